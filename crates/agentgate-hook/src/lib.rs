//! The decision for one Claude Code hook event.
//!
//! For a PreToolUse event, three things are combined:
//! 1. the org policy's Claude Code rules (`agentgate-policy`): a matching deny
//!    or ask rule answers deny or ask; a matching allow rule is the only way
//!    the hook ever answers allow, because a hook's allow skips Claude Code's
//!    own prompt (observed);
//! 2. the risk engine's findings (`agentgate-risk`), each mapped to deny, ask
//!    or log by the policy, which stop a call even where an allow rule would
//!    pass it;
//! 3. the session guard (`agentgate-session`): once a session has taken in
//!    untrusted content, egress and trust changes get stricter.
//!
//! The strictest answer wins. With no answer, the hook says nothing and
//! Claude Code's own rules decide. PostToolUse events update the session
//! guard. Every event produces one journal record ([`Outcome::record`]).

mod gitrepo;
pub mod memory;
pub mod run;
pub mod startup;

use agentgate_context::{Repo, Who};
use agentgate_hook_input::{parse_object, tool_call_from_object, ToolCall};
use agentgate_orgpolicy::{Action, OrgPolicy};
use agentgate_policy::{Decision, Policy, PolicyInputs};
use agentgate_risk::{assess_tool, Assessment, Context, Finding};
use agentgate_session::{Mark, SessionState, SessionStore};
use agentgate_settings::{Scope, SettingsFile, Sources};
use serde::Serialize;
use serde_json::{json, Map, Value};

/// What the hook answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Answer {
    /// Say nothing: Claude Code's own rules decide.
    Defer,
    /// Allow without a prompt (only for an explicit org allow rule).
    Allow,
    /// Ask the developer.
    Ask,
    /// Block.
    Deny,
}

impl Answer {
    fn from_action(a: Action) -> Self {
        match a {
            Action::Log => Self::Defer,
            Action::Ask => Self::Ask,
            Action::Deny => Self::Deny,
        }
    }

    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Defer => "defer",
            Self::Allow => "allow",
            Self::Ask => "ask",
            Self::Deny => "deny",
        }
    }
}

/// The org rule that decided, if any.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RuleHit {
    /// The rule as written.
    pub rule: String,
    /// allow, ask or deny.
    pub list: String,
    /// The policy file.
    pub source: String,
}

/// The result of handling one event.
#[derive(Clone, Debug, Serialize)]
pub struct Outcome {
    /// The hook event name.
    pub event: String,
    /// The answer.
    pub answer: Answer,
    /// Why, for the agent and the developer.
    pub reason: String,
    /// The tool, for tool events.
    pub tool: Option<String>,
    /// Risk findings.
    pub findings: Vec<Finding>,
    /// The org rule that matched.
    pub rule: Option<RuleHit>,
    /// The session guard's escalation, if it applied.
    pub guard: Option<String>,
    /// The session state before this event.
    pub session_untrusted: Option<String>,
    /// The session state before this event.
    pub session_secret: Option<String>,
    /// An internal error that decided the answer.
    pub error: Option<String>,
}

impl Outcome {
    /// An answer forced by an internal error (fail closed).
    pub fn failure(on_error: Action, event: &str, error: &str) -> Self {
        let answer = match on_error {
            Action::Ask => Answer::Ask,
            Action::Deny | Action::Log => Answer::Deny,
        };
        Self {
            event: event.to_owned(),
            answer,
            reason: format!(
                "agentgate could not check this call ({error}), so it is {}. Tell the developer; they can run `agentgate hook` by hand with this input to see the problem.",
                if answer == Answer::Deny { "blocked" } else { "held for approval" }
            ),
            tool: None,
            findings: Vec::new(),
            rule: None,
            guard: None,
            session_untrusted: None,
            session_secret: None,
            error: Some(error.to_owned()),
        }
    }

    /// The JSON to print on standard output, if any. Only PreToolUse (and
    /// failures, which are always answered as PreToolUse decisions) print.
    pub fn stdout(&self) -> Option<String> {
        let decision = match self.answer {
            Answer::Defer => return None,
            Answer::Allow => "allow",
            Answer::Ask => "ask",
            Answer::Deny => "deny",
        };
        if self.event != "PreToolUse" && self.error.is_none() {
            return None;
        }
        Some(
            json!({
                "hookSpecificOutput": {
                    "hookEventName": "PreToolUse",
                    "permissionDecision": decision,
                    "permissionDecisionReason": self.reason,
                }
            })
            .to_string(),
        )
    }

    /// The journal record of this event: what happened, who, where, under
    /// which configuration. Secrets anywhere in it are redacted.
    pub fn record(&self, input: Option<&Map<String, Value>>, ctx: &AuditContext) -> Value {
        let pick = |k: &str| input.and_then(|m| m.get(k)).cloned().unwrap_or(Value::Null);
        let mut r = json!({
            "v": 1,
            "agent": "claude-code",
            "event": self.event,
            "session_id": pick("session_id"),
            "tool_use_id": pick("tool_use_id"),
            "permission_mode": pick("permission_mode"),
            "tool": self.tool,
            "tool_input": pick("tool_input"),
            "answer": self.answer,
            "reason": self.reason,
            "findings": self.findings,
            "rule": self.rule,
            "guard": self.guard,
            "session": {"untrusted": self.session_untrusted, "secret": self.session_secret},
            "error": self.error,
            "who": ctx.who,
            "where": {"cwd": pick("cwd"), "repo": ctx.repo},
            "config": {
                "digest": ctx.config_digest,
                "policy": {"source": ctx.policy_source, "sha256": ctx.policy_digest},
            },
        });
        let n = agentgate_redact::redact_value(&mut r);
        if let Value::Object(m) = &mut r {
            m.insert("redactions".into(), json!(n));
        }
        r
    }
}

/// Who, where and which configuration, for the journal record.
#[derive(Clone, Debug, Default, Serialize)]
pub struct AuditContext {
    /// OS user, host, git email.
    pub who: Who,
    /// The repository the call ran in.
    pub repo: Option<Repo>,
    /// Digest of the configuration snapshot in force.
    pub config_digest: Option<String>,
    /// Where the org policy came from.
    pub policy_source: String,
    /// SHA-256 of the org policy text.
    pub policy_digest: String,
}

impl AuditContext {
    /// Gathers the context for a call in `cwd`. `snapshots` is where
    /// settings snapshots are kept by digest: a new configuration is stored
    /// there once (an unchanged one costs only reading the files).
    pub fn gather(
        home: &str,
        cwd: Option<&str>,
        policy: &OrgPolicy,
        snapshots: Option<&std::path::Path>,
    ) -> Self {
        let home = std::path::Path::new(home);
        let cwd = cwd
            .map(std::path::PathBuf::from)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_else(|| std::path::PathBuf::from("/"));
        let git = agentgate_context::find_git(&cwd);
        let digest = agentgate_context::config_digest(
            home,
            &cwd,
            git.as_ref(),
            &policy.source,
            &policy.digest,
        );
        if let Some(dir) = snapshots {
            if !agentgate_context::snapshot_stored(dir, &digest) {
                let snap = agentgate_context::config_snapshot(
                    digest.clone(),
                    home,
                    &cwd,
                    &policy.source,
                    &policy.digest,
                );
                // Evidence, not a precondition: a failure is reported and
                // the record keeps the digest.
                if let Err(e) = agentgate_context::store_snapshot(dir, &snap) {
                    eprintln!("agentgate: cannot store the settings snapshot: {e}");
                }
            }
        }
        Self {
            who: agentgate_context::who(home, git.as_ref()),
            repo: git.as_ref().map(agentgate_context::repo),
            config_digest: Some(digest),
            policy_source: policy.source.clone(),
            policy_digest: policy.digest.clone(),
        }
    }
}

/// Where the hook runs.
#[derive(Clone, Debug)]
pub struct HookEnv {
    /// The user's home directory.
    pub home: String,
    /// `CLAUDE_PROJECT_DIR`, when Claude Code set it.
    pub project_dir: Option<String>,
    /// agentgate's own paths in use (absolute path, what it is) beyond the
    /// defaults: the state directory, the policy file, the binary.
    pub guarded: Vec<(String, String)>,
    /// Variables of the environment Claude Code started the hook with (and
    /// the Bash tool's shell with), as picked by
    /// [`agentgate_risk::environment_values`]: what a `$NAME` the command
    /// line does not set stands for.
    pub environment: Vec<(String, String)>,
    /// Names set in that environment to values that cannot be used
    /// ([`agentgate_risk::environment_unknown`]).
    pub environment_unknown: Vec<String>,
}

/// Handles one hook input.
pub fn handle(
    input: &Map<String, Value>,
    policy: &OrgPolicy,
    env: &HookEnv,
    sessions: &SessionStore,
) -> Outcome {
    let event = input
        .get("hook_event_name")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_owned();
    let session_id = input
        .get("session_id")
        .and_then(Value::as_str)
        .unwrap_or("");
    let state = if session_id.is_empty() {
        SessionState::default()
    } else {
        sessions.load(session_id)
    };
    let mut outcome = Outcome {
        event: event.clone(),
        answer: Answer::Defer,
        reason: String::new(),
        tool: None,
        findings: Vec::new(),
        rule: None,
        guard: None,
        session_untrusted: state.untrusted.clone(),
        session_secret: state.secret.clone(),
        error: None,
    };
    // Any input that names a tool is a call to check, whatever its event
    // field says: a missing, misspelt or lower-case event name must not turn
    // into silence (issue 11). Only the exact names of events that are not
    // about to run a tool keep their own meaning.
    let names_tool = input.contains_key("tool_name") || input.contains_key("tool_input");
    let post = matches!(
        event.as_str(),
        "PostToolUse"
            | "PostToolUseFailure"
            | "Stop"
            | "SubagentStop"
            | "SessionStart"
            | "SessionEnd"
            | "Notification"
            | "UserPromptSubmit"
            | "PreCompact"
    );
    let route = if event == "PreToolUse" || (names_tool && !post) {
        "PreToolUse"
    } else {
        event.as_str()
    };
    if route == "PreToolUse" && event != "PreToolUse" {
        outcome.event = "PreToolUse".into();
    }
    match route {
        "PreToolUse" => {
            let call = match tool_call(input) {
                Ok(c) => c,
                Err(e) => return Outcome::failure(policy.hook.on_error, "PreToolUse", &e),
            };
            outcome.tool = Some(call.tool_name.clone());
            let a = pre_tool_use(&call, policy, env, &state, &mut outcome);
            let target = TaintTarget {
                sessions,
                session_id,
                state: &state,
            };
            record_taint(&call, &a, policy, &target, &mut outcome);
        }
        "PostToolUse" | "PostToolUseFailure" => {
            if let Ok(call) = tool_call(input) {
                outcome.tool = Some(call.tool_name.clone());
                let ctx = context(&call, env, &state);
                let a = assess_tool(&call.tool_name, &call.tool_input, &ctx);
                let marks = marks_for(&call, &a, policy);
                for m in marks {
                    if let Err(e) = sessions.mark(session_id, &state, &m) {
                        outcome.error = Some(e.to_string());
                    }
                }
            }
        }
        "SessionEnd" if !session_id.is_empty() => {
            sessions.end(session_id);
        }
        _ => {}
    }
    outcome
}

/// Where a session's taint is recorded.
#[derive(Clone, Copy)]
struct TaintTarget<'a> {
    sessions: &'a SessionStore,
    session_id: &'a str,
    state: &'a SessionState,
}

/// Records, before the call runs, the taint it will leave (untrusted
/// content read, a secret touched, a git remote pointed off the machine).
/// A mark that cannot be recorded (disk full, state directory unwritable,
/// no session id) would let the session guard forget it, so the call
/// itself gets the failure answer instead.
fn record_taint(
    call: &ToolCall,
    a: &Assessment,
    policy: &OrgPolicy,
    target: &TaintTarget<'_>,
    out: &mut Outcome,
) {
    let TaintTarget {
        sessions,
        session_id,
        state,
    } = *target;
    if out.answer == Answer::Deny {
        return;
    }
    let marks = marks_for(call, a, policy);
    let new = marks.iter().any(|m| m.is_new(state));
    if !new {
        return;
    }
    let failed = if session_id.is_empty() {
        Some("the input has no session_id to record it under".to_owned())
    } else {
        marks
            .iter()
            .find_map(|m| sessions.mark(session_id, state, m).err())
            .map(|e| e.to_string())
    };
    if let Some(why) = failed {
        let strict = Answer::from_action(policy.hook.on_error).max(Answer::Ask);
        if strict > out.answer {
            out.answer = strict;
            out.reason = format!(
                "agentgate {}: this call would bring untrusted content or a secret into the session, or point a git remote off the machine, and the session guard cannot record that ({why}). Free disk space or fix the state directory, then retry.",
                if strict == Answer::Deny { "blocked this" } else { "needs approval" }
            );
        }
        out.error = Some(format!("cannot record session taint: {why}"));
    }
}

fn tool_call(input: &Map<String, Value>) -> Result<ToolCall, String> {
    // The input stays whole for the journal record, so the call gets a copy.
    tool_call_from_object(input.clone()).map_err(|e| e.to_string())
}

/// An MCP tool whose server the policy does not list as trusted.
fn is_untrusted_mcp(tool_name: &str, policy: &OrgPolicy) -> bool {
    tool_name.strip_prefix("mcp__").is_some_and(|rest| {
        let server = rest.split("__").next().unwrap_or("");
        !policy
            .session
            .trusted_mcp_servers
            .iter()
            .any(|s| s == server)
    })
}

/// Parses raw hook input bytes into an object, with the policy's size limit.
pub fn parse_input(bytes: &[u8], max: usize) -> Result<Map<String, Value>, String> {
    if bytes.len() > max {
        return Err(format!(
            "hook input is {} bytes, over the {max}-byte limit in hook.max_input_bytes",
            bytes.len()
        ));
    }
    parse_object(bytes).map_err(|e| e.to_string())
}

fn context(call: &ToolCall, env: &HookEnv, state: &SessionState) -> Context {
    let cwd = call
        .cwd
        .clone()
        .unwrap_or_else(|| env.project_dir.clone().unwrap_or_default());
    let mut ctx = Context::new(cwd, env.home.clone());
    if let Some(p) = &env.project_dir {
        ctx.project_dir.clone_from(p);
    }
    for (path, what) in &env.guarded {
        ctx.guard(path, what);
    }
    ctx.environment.clone_from(&env.environment);
    ctx.environment_unknown.clone_from(&env.environment_unknown);
    ctx.session_remotes.clone_from(&state.remotes);
    ctx
}

/// The remotes of the repository a Bash call runs in, read only where a
/// push may name one by URL: before the call, where they can change the
/// answer (a PostToolUse's marks do not depend on them).
fn repo_remotes(call: &ToolCall, ctx: &mut Context) {
    let pushes = call
        .tool_input
        .get("command")
        .and_then(Value::as_str)
        .is_some_and(|c| c.contains("push"));
    if call.tool_name == "Bash" && pushes && ctx.cwd.starts_with('/') {
        ctx.repo_remotes = gitrepo::remotes(std::path::Path::new(&ctx.cwd));
    }
}

/// Session marks a completed tool call leaves.
fn marks_for(call: &ToolCall, a: &Assessment, policy: &OrgPolicy) -> Vec<Mark> {
    let mut marks = Vec::new();
    let what = format!("{} {}", call.tool_name, summary(call));
    let untrusted_mcp = is_untrusted_mcp(&call.tool_name, policy);
    if a.effects.untrusted_input && (!call.tool_name.starts_with("mcp__") || untrusted_mcp) {
        marks.push(Mark::Untrusted(what.clone()));
    }
    if a.effects.secret_access {
        marks.push(Mark::Secret(what));
    }
    marks.extend(a.remotes_set.iter().cloned().map(Mark::Remote));
    marks
}

fn summary(call: &ToolCall) -> String {
    let s = ["command", "url", "file_path", "query"]
        .iter()
        .find_map(|k| call.tool_input.get(*k).and_then(Value::as_str))
        .unwrap_or("");
    // Session marks keep a short, char-safe prefix of what was read.
    let mut end = s.len().min(160);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s[..end].to_owned()
}

fn pre_tool_use(
    call: &ToolCall,
    policy: &OrgPolicy,
    env: &HookEnv,
    state: &SessionState,
    out: &mut Outcome,
) -> Assessment {
    let mut ctx = context(call, env, state);
    repo_remotes(call, &mut ctx);
    // 1. Org rules, decided as Claude Code would (in default mode, so that
    //    only rules speak).
    let engine = compile_rules(policy, &ctx);
    let mut probe = call.clone();
    probe.permission_mode = Some("default".into());
    let verdict = engine.decide(&probe);
    let rule_answer = match (&verdict.rule, verdict.decision) {
        (Some(r), d) => {
            out.rule = Some(RuleHit {
                rule: r.rule.clone(),
                list: r.list.as_str().to_owned(),
                source: policy.source.clone(),
            });
            match d {
                Decision::Deny => Answer::Deny,
                Decision::Ask => Answer::Ask,
                Decision::Allow => Answer::Allow,
            }
        }
        (None, _) => Answer::Defer,
    };
    // 2. Risk findings.
    let assessment = assess_tool(&call.tool_name, &call.tool_input, &ctx);
    let mut risk_answer = Answer::Defer;
    let mut top: Option<&Finding> = None;
    for f in &assessment.findings {
        let a = Answer::from_action(policy.risk.action(f.category, f.severity));
        if a > risk_answer || (a == risk_answer && top.is_some_and(|t| f.severity > t.severity)) {
            risk_answer = a;
            top = Some(f);
        }
    }
    // 3. The session guard.
    let mut guard_answer = Answer::Defer;
    if let Some(src) = &state.untrusted {
        let e = assessment.effects;
        let mcp_untrusted = is_untrusted_mcp(&call.tool_name, policy);
        let egress = e.egress && (!call.tool_name.starts_with("mcp__") || mcp_untrusted);
        if egress && (state.secret.is_some() || e.secret_access) {
            guard_answer = Answer::from_action(policy.session.untrusted_and_secret_egress);
            out.guard = Some(format!(
                "this session read untrusted content ({src}) and touched a secret ({}); sending data out now could leak it",
                state.secret.as_deref().unwrap_or("in this call")
            ));
        } else if egress {
            guard_answer = Answer::from_action(policy.session.untrusted_egress);
            out.guard = Some(format!(
                "this session read untrusted content ({src}); it could be steering the agent to send data out"
            ));
        } else if e.trust_change {
            guard_answer = Answer::from_action(policy.session.untrusted_trust_change);
            out.guard = Some(format!(
                "this session read untrusted content ({src}); it could be steering the agent to change what this machine trusts"
            ));
        }
    }
    out.findings.clone_from(&assessment.findings);
    // The strictest wins; allow only from an explicit rule with nothing else.
    let answer = [rule_answer, risk_answer, guard_answer]
        .into_iter()
        .max()
        .unwrap_or(Answer::Defer);
    out.answer = answer;
    out.reason = match answer {
        Answer::Defer => String::new(),
        Answer::Allow => format!(
            "allowed by the org policy rule {} ({})",
            verdict.rule.as_ref().map_or("", |r| r.rule.as_str()),
            policy.source
        ),
        _ if risk_answer == answer && top.is_some() => top.map_or_else(String::new, |f| risk_reason(f, answer)),
        _ if rule_answer == answer => format!(
            "agentgate: the org policy {} this call: it matches the {} rule {} in {}. Ask the security team if this is needed.",
            if answer == Answer::Deny { "blocks" } else { "asks about" },
            out.rule.as_ref().map_or("", |r| r.list.as_str()),
            out.rule.as_ref().map_or("", |r| r.rule.as_str()),
            policy.source
        ),
        _ => format!(
            "agentgate: {} because {}. If the developer expects this action, they can approve it.",
            if answer == Answer::Deny { "blocked" } else { "needs approval" },
            out.guard.as_deref().unwrap_or("the session guard applied")
        ),
    };
    assessment
}

fn risk_reason(f: &Finding, answer: Answer) -> String {
    let next = match f.category {
        agentgate_risk::Category::Destructive => "If this is really wanted, the developer should run it themselves.",
        agentgate_risk::Category::CredentialAccess => "Secrets must not enter the conversation; use the tool that needs the credential instead of reading it.",
        agentgate_risk::Category::Exfiltration => "Local data must not leave the machine this way; ask the developer.",
        agentgate_risk::Category::RemoteCodeExec => "Download the script, review it, and run it only with the developer's approval.",
        agentgate_risk::Category::SelfEscalation => "Changes to agent settings, hooks, shell start-up files or scheduling need the developer.",
        agentgate_risk::Category::Obfuscation => "Write the command out plainly so it can be checked.",
        agentgate_risk::Category::Unverifiable => "Rewrite it as plain commands that can be checked.",
    };
    format!(
        "agentgate {}: this call {} [{} / {}]. {next}",
        if answer == Answer::Deny {
            "blocked this"
        } else {
            "needs approval"
        },
        f.reason,
        f.category.as_str(),
        f.severity.as_str()
    )
}

/// Compiles the org policy's rules as one managed settings file.
pub fn compile_rules(policy: &OrgPolicy, ctx: &Context) -> Policy {
    let mut perms = Map::new();
    let list = |v: &[String]| Value::Array(v.iter().cloned().map(Value::String).collect());
    perms.insert("allow".into(), list(&policy.permissions.allow));
    perms.insert("ask".into(), list(&policy.permissions.ask));
    perms.insert("deny".into(), list(&policy.permissions.deny));
    let mut root = Map::new();
    root.insert("permissions".into(), Value::Object(perms));
    let file = SettingsFile::from_value(Scope::Managed, &policy.source, root);
    Policy::compile(&PolicyInputs {
        sources: Sources {
            managed: vec![file],
            ..Sources::default()
        },
        trusted: true,
        allowed_tools: Vec::new(),
        disallowed_tools: Vec::new(),
        mode_flag: None,
        home: ctx.home.clone(),
        cwd: ctx.cwd.clone(),
    })
}
