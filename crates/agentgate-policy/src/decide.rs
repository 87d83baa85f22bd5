//! Deciding one tool call.

use agentgate_hook_input::ToolCall;
use agentgate_rules::{host_of_url, rule_family, Behavior, Content, ToolSelector};
use agentgate_shell::{analyze, Analysis, Limits, SimpleCommand, Word};
use serde::Serialize;
use serde_json::{Map, Value};
use std::borrow::Cow;

use crate::builtin::{self, ReadOnly};
use crate::compile::{list_index, Policy, PolicyRule};
use crate::mode::PermissionMode;
use crate::paths;

/// Claude Code prompts for any command longer than this (ro45, ro46).
pub const MAX_COMMAND_CHARS: usize = 10_000;

/// What Claude Code does with the call.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    /// Runs without a prompt.
    Allow,
    /// Prompts the user (denied automatically in `-p` runs).
    Ask,
    /// Refused.
    Deny,
}

impl Decision {
    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Allow => "allow",
            Self::Ask => "ask",
            Self::Deny => "deny",
        }
    }
}

/// What the decision rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// A permission rule.
    Rule,
    /// The built-in read-only command set.
    ReadOnlyCommand,
    /// The path lies in (or outside) the working directories.
    WorkingDirectory,
    /// The permission mode alone.
    PermissionMode,
    /// A protected path that only bypassPermissions may write.
    ProtectedPath,
    /// A built-in pre-approved documentation host.
    PreapprovedHost,
    /// The tool needs no permission.
    NoPermissionNeeded,
    /// The command cannot be parsed or is too long to check.
    Unparseable,
    /// A nested command (substitution, subshell, group) cannot be pre-approved.
    NestedCommand,
    /// A built-in safety check on the command's paths.
    PathSafety,
    /// The call goes to the auto-mode classifier, which is unavailable offline.
    Classifier,
    /// The input is malformed.
    InvalidInput,
    /// The tool does not exist in this Claude Code version.
    UnavailableTool,
}

/// The rule behind a decision.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RuleRef {
    /// The rule as written.
    pub rule: String,
    /// Its list.
    pub list: Behavior,
    /// Its scope.
    pub scope: &'static str,
    /// Its file, if from a settings file.
    pub file: Option<String>,
    /// Its line in the file.
    pub line: Option<u32>,
    /// How it arrived (settings file or a command-line flag).
    pub via: crate::compile::Via,
}

impl RuleRef {
    pub(crate) fn of(pr: &PolicyRule) -> Self {
        Self {
            rule: pr.rule.raw.clone(),
            list: pr.behavior,
            scope: pr.origin.scope.as_str(),
            file: pr.origin.file.clone(),
            line: pr.origin.location.map(|l| l.line),
            via: pr.origin.via,
        }
    }

    /// `file:line`, the flag, or the scope.
    pub fn where_written(&self) -> String {
        match (&self.file, self.line, self.via) {
            (Some(f), Some(l), _) => format!("{f}:{l}"),
            (Some(f), None, _) => f.clone(),
            (None, _, crate::compile::Via::AllowedToolsFlag) => "--allowedTools".into(),
            (None, _, crate::compile::Via::DisallowedToolsFlag) => "--disallowedTools".into(),
            (None, _, _) => self.scope.into(),
        }
    }
}

/// The decision on one tool call, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Verdict {
    /// allow, ask or deny.
    pub decision: Decision,
    /// Why, in one sentence.
    pub reason: String,
    /// The deciding rule, if a rule decided.
    pub rule: Option<RuleRef>,
    /// For Bash: the sub-command that decided.
    pub subcommand: Option<String>,
    /// The permission mode in force.
    pub mode: PermissionMode,
    /// What the decision rests on.
    pub basis: Basis,
}

/// Internal outcome before the mode and rule are attached.
struct Outcome {
    decision: Decision,
    reason: String,
    rule: Option<usize>,
    sub: Option<String>,
    basis: Basis,
}

impl Outcome {
    fn new(decision: Decision, basis: Basis, reason: impl Into<String>) -> Self {
        Self {
            decision,
            reason: reason.into(),
            rule: None,
            sub: None,
            basis,
        }
    }

    fn rule(decision: Decision, idx: usize, reason: impl Into<String>) -> Self {
        Self {
            decision,
            reason: reason.into(),
            rule: Some(idx),
            sub: None,
            basis: Basis::Rule,
        }
    }

    fn sub(mut self, sub: Option<&str>) -> Self {
        self.sub = sub.map(str::to_owned);
        self
    }
}

/// Built-in tools that Claude Code 2.1.331 does not offer (observed: "No such
/// tool available"); a call to one never runs.
fn unavailable_tool(tool: &str) -> Option<String> {
    const ABSENT: &[&str] = &[
        "Glob",
        "Grep",
        "LS",
        "MultiEdit",
        "NotebookRead",
        "TodoWrite",
        "TodoRead",
    ];
    ABSENT
        .contains(&tool)
        .then(|| format!("Claude Code 2.1.331 has no {tool} tool; a call to it is refused"))
}

/// Tools Claude Code runs without asking for permission.
fn needs_no_permission(tool: &str) -> bool {
    matches!(
        tool,
        "Agent"
            | "Task"
            | "TodoWrite"
            | "Glob"
            | "Grep"
            | "LS"
            | "NotebookRead"
            | "ExitPlanMode"
            | "EnterPlanMode"
            | "BashOutput"
            | "KillShell"
            | "TaskOutput"
            | "TaskStop"
            | "TaskCreate"
            | "TaskGet"
            | "TaskList"
            | "TaskUpdate"
            | "ListMcpResourcesTool"
            | "ReadMcpResourceTool"
            | "LSP"
            | "AskUserQuestion"
    )
}

fn rule_reason(pr: &PolicyRule) -> String {
    use crate::compile::Via;
    let o = &pr.origin;
    match (&o.file, o.location, o.via) {
        (Some(f), Some(l), _) => format!(
            "matches {} rule {:?} ({f}:{})",
            pr.behavior, pr.rule.raw, l.line
        ),
        (Some(f), None, _) => format!("matches {} rule {:?} ({f})", pr.behavior, pr.rule.raw),
        (None, _, Via::AllowedToolsFlag) => format!(
            "matches {} rule {:?} (--allowedTools)",
            pr.behavior, pr.rule.raw
        ),
        (None, _, Via::DisallowedToolsFlag) => format!(
            "matches {} rule {:?} (--disallowedTools)",
            pr.behavior, pr.rule.raw
        ),
        (None, _, Via::SettingsFile) => format!(
            "matches {} rule {:?} ({})",
            pr.behavior, pr.rule.raw, o.scope
        ),
    }
}

impl Policy {
    /// The mode a call runs in.
    pub fn effective_mode(&self, call: &ToolCall) -> PermissionMode {
        let mode = if self.mode_from_flag {
            self.mode
        } else {
            call.permission_mode
                .as_deref()
                .and_then(|m| m.parse().ok())
                .unwrap_or(self.mode)
        };
        if mode == PermissionMode::BypassPermissions && self.bypass_disabled.is_some() {
            // Observed: a bypass request silently runs in default mode (mbd_01).
            return PermissionMode::Default;
        }
        mode
    }

    /// Decides a tool call.
    pub fn decide(&self, call: &ToolCall) -> Verdict {
        let mode = self.effective_mode(call);
        let outcome = self.decide_in_mode(call, mode);
        Verdict {
            decision: outcome.decision,
            rule: outcome
                .rule
                .and_then(|i| self.rules.get(i))
                .map(RuleRef::of),
            reason: outcome.reason,
            subcommand: outcome.sub,
            mode,
            basis: outcome.basis,
        }
    }

    fn decide_in_mode(&self, call: &ToolCall, mode: PermissionMode) -> Outcome {
        let tool = call.tool_name.as_str();
        let input = &call.tool_input;
        // Deny and ask rules on the whole tool or on a parameter come first,
        // for every tool.
        for b in [Behavior::Deny, Behavior::Ask] {
            if let Some(i) = self.whole_tool_rule(b, tool, input) {
                return self.rule_outcome(b, i, mode, None);
            }
        }
        if let Some(why) = unavailable_tool(tool) {
            return Outcome::new(Decision::Deny, Basis::UnavailableTool, why);
        }
        match rule_family(tool) {
            "Bash" => self.decide_bash(input, mode),
            "Read" => self.decide_read(tool, input, mode),
            "Edit" => self.decide_edit(tool, input, mode),
            "WebFetch" => self.decide_webfetch(input, mode),
            _ => self.decide_other(tool, input, mode),
        }
    }

    fn rule_outcome(
        &self,
        b: Behavior,
        idx: usize,
        mode: PermissionMode,
        sub: Option<&str>,
    ) -> Outcome {
        let Some(pr) = self.rules.get(idx) else {
            return Outcome::new(
                Decision::Ask,
                Basis::InvalidInput,
                "internal rule index error",
            );
        };
        match b {
            Behavior::Deny => Outcome::rule(Decision::Deny, idx, rule_reason(pr)).sub(sub),
            Behavior::Ask if mode == PermissionMode::DontAsk => Outcome::rule(
                Decision::Deny,
                idx,
                format!("{}; dontAsk mode denies what would prompt", rule_reason(pr)),
            )
            .sub(sub),
            Behavior::Ask => Outcome::rule(Decision::Ask, idx, rule_reason(pr)).sub(sub),
            Behavior::Allow => Outcome::rule(Decision::Allow, idx, rule_reason(pr)).sub(sub),
        }
    }

    /// What happens to a call nothing approved, in this mode.
    fn unapproved(
        &self,
        mode: PermissionMode,
        reason: String,
        basis: Basis,
        classifier: bool,
    ) -> Outcome {
        match mode {
            PermissionMode::BypassPermissions => Outcome::new(
                Decision::Allow,
                Basis::PermissionMode,
                "bypassPermissions mode runs everything that no deny or ask rule catches",
            ),
            PermissionMode::DontAsk => Outcome::new(
                Decision::Deny,
                Basis::PermissionMode,
                format!("{reason}; dontAsk mode denies what would prompt"),
            ),
            PermissionMode::Plan | PermissionMode::Auto
                if classifier && (mode == PermissionMode::Auto || self.auto_mode_during_plan) =>
            {
                Outcome::new(
                    Decision::Deny,
                    Basis::Classifier,
                    format!(
                        "{reason}; in {mode} mode this goes to the auto-mode classifier, which denies when it cannot run (as offline)"
                    ),
                )
            }
            _ => Outcome::new(Decision::Ask, basis, reason),
        }
    }

    /// First rule in `b` covering the whole tool or one of its parameters.
    fn whole_tool_rule(
        &self,
        b: Behavior,
        tool: &str,
        input: &Map<String, Value>,
    ) -> Option<usize> {
        let list = &self.lists[list_index(b)];
        let family = rule_family(tool);
        let mut best: Option<usize> = None;
        let mut consider = |i: usize| best = Some(best.map_or(i, |b: usize| b.min(i)));
        if let Some(rules) = list.by_family.get(family) {
            for &i in rules {
                let Some(pr) = self.rules.get(i) else {
                    continue;
                };
                let ToolSelector::Tool(t) = &pr.rule.tool else {
                    continue;
                };
                // A bare tool rule names exactly one tool (observed: a bare `Edit`
                // allow or deny does not apply to Write).
                let covers = t == agentgate_rules::canonical_tool(tool);
                let whole = match &pr.rule.content {
                    Content::Whole => true,
                    Content::Bash(p) => p.is_any(),
                    Content::Name(p) => name_param(tool, input).is_some_and(|n| p.matches(n)),
                    _ => false,
                };
                if covers && whole {
                    consider(i);
                }
            }
        }
        let server_rules = tool.strip_prefix("mcp__").and_then(|rest| {
            list.mcp_selectors
                .get(rest.split("__").next().unwrap_or(rest))
        });
        for &i in list
            .selectors
            .iter()
            .chain(server_rules.into_iter().flatten())
        {
            if let Some(pr) = self.rules.get(i) {
                if matches!(pr.rule.content, Content::Whole) && pr.rule.tool.covers(tool) {
                    consider(i);
                }
            }
        }
        for &i in &list.params {
            if let Some(pr) = self.rules.get(i) {
                if let Content::Param { name, value } = &pr.rule.content {
                    let covers = match &pr.rule.tool {
                        ToolSelector::Tool(t) => {
                            t == agentgate_rules::canonical_tool(tool) || t == family
                        }
                        other => other.covers(tool),
                    };
                    let hit = input
                        .get(name)
                        .and_then(scalar_text)
                        .is_some_and(|v| value.matches(&v));
                    if covers && hit {
                        consider(i);
                    }
                }
            }
        }
        best
    }

    fn in_workdirs(&self, path: &str) -> bool {
        self.workdirs.iter().any(|d| paths::is_within(path, d))
    }

    fn path_rule(&self, b: Behavior, edit: bool, path: &str) -> Option<usize> {
        let list = &self.lists[list_index(b)];
        let set = if edit {
            &list.edit_paths
        } else {
            &list.read_paths
        };
        set.as_ref().and_then(|s| s.first_match(path))
    }

    fn resolve_path(&self, p: &str) -> String {
        paths::resolve(&self.cwd, &self.home, p)
    }

    fn decide_read(&self, tool: &str, input: &Map<String, Value>, mode: PermissionMode) -> Outcome {
        let raw = ["file_path", "path", "notebook_path"]
            .iter()
            .find_map(|k| input.get(*k).and_then(Value::as_str));
        let Some(raw) = raw else {
            if needs_no_permission(tool) {
                return Outcome::new(
                    Decision::Allow,
                    Basis::NoPermissionNeeded,
                    format!("{tool} searches the working directory and needs no permission"),
                );
            }
            return Outcome::new(
                Decision::Ask,
                Basis::InvalidInput,
                format!("{tool} input names no file_path"),
            );
        };
        let path = self.resolve_path(raw);
        if let Some(i) = self.path_rule(Behavior::Deny, false, &path) {
            return self.rule_outcome(Behavior::Deny, i, mode, None);
        }
        if let Some(i) = self.path_rule(Behavior::Ask, false, &path) {
            return self.rule_outcome(Behavior::Ask, i, mode, None);
        }
        if let Some(i) = self
            .path_rule(Behavior::Allow, false, &path)
            .or_else(|| self.path_rule(Behavior::Allow, true, &path))
            .or_else(|| self.whole_allow(tool))
        {
            return self.rule_outcome(Behavior::Allow, i, mode, None);
        }
        if self.in_workdirs(&path) {
            return Outcome::new(
                Decision::Allow,
                Basis::WorkingDirectory,
                format!("{path} is inside the working directories; reads there need no permission"),
            );
        }
        if matches!(mode, PermissionMode::Plan | PermissionMode::Auto)
            && (mode == PermissionMode::Auto || self.auto_mode_during_plan)
        {
            // Observed: reads outside the working directory run without a
            // prompt in plan mode with auto mode during plan (mplan_07).
            return Outcome::new(
                Decision::Allow,
                Basis::PermissionMode,
                format!("{mode} mode with the auto-mode classifier reads {path} without a prompt"),
            );
        }
        self.unapproved(
            mode,
            format!("{path} is outside the working directories"),
            Basis::WorkingDirectory,
            false,
        )
    }

    fn whole_allow(&self, tool: &str) -> Option<usize> {
        self.whole_tool_rule(Behavior::Allow, tool, &Map::new())
    }

    fn decide_edit(&self, tool: &str, input: &Map<String, Value>, mode: PermissionMode) -> Outcome {
        let raw = ["file_path", "notebook_path", "path"]
            .iter()
            .find_map(|k| input.get(*k).and_then(Value::as_str));
        let Some(raw) = raw else {
            return Outcome::new(
                Decision::Ask,
                Basis::InvalidInput,
                format!("{tool} input names no file_path"),
            );
        };
        let path = self.resolve_path(raw);
        if tool != "NotebookEdit" {
            if let Some(i) = self.path_rule(Behavior::Deny, false, &path) {
                let mut o = self.rule_outcome(Behavior::Deny, i, mode, None);
                o.reason = format!(
                    "{}; a Read deny rule also blocks writing the file",
                    o.reason
                );
                return o;
            }
        }
        if let Some(i) = self.path_rule(Behavior::Deny, true, &path) {
            return self.rule_outcome(Behavior::Deny, i, mode, None);
        }
        if let Some(i) = self.path_rule(Behavior::Ask, true, &path) {
            return self.rule_outcome(Behavior::Ask, i, mode, None);
        }
        if mode == PermissionMode::BypassPermissions {
            return self.unapproved(mode, String::new(), Basis::PermissionMode, false);
        }
        if mode == PermissionMode::Plan
            && self.auto_mode_during_plan
            && builtin::is_protected(&path)
        {
            // Observed: a protected path in plan mode goes to the auto-mode
            // classifier, which denies when it cannot run.
            return self.unapproved(
                mode,
                format!("{path} is a protected path"),
                Basis::ProtectedPath,
                true,
            );
        }
        if mode == PermissionMode::Plan {
            return Outcome::new(
                Decision::Ask,
                Basis::PermissionMode,
                format!("plan mode does not write files ({path}) until the plan is approved"),
            );
        }
        let protected = builtin::is_protected(&path);
        if !protected {
            if let Some(i) = self
                .path_rule(Behavior::Allow, true, &path)
                .or_else(|| self.whole_allow(tool))
            {
                return self.rule_outcome(Behavior::Allow, i, mode, None);
            }
            if mode == PermissionMode::AcceptEdits && self.in_workdirs(&path) {
                return Outcome::new(
                    Decision::Allow,
                    Basis::PermissionMode,
                    format!(
                        "acceptEdits mode approves edits inside the working directories ({path})"
                    ),
                );
            }
        }
        if protected {
            return self.unapproved(
                mode,
                format!("{path} is a protected path; only an explicit approval writes it"),
                Basis::ProtectedPath,
                false,
            );
        }
        self.unapproved(
            mode,
            format!("writing {path} needs approval"),
            Basis::PermissionMode,
            false,
        )
    }

    fn decide_webfetch(&self, input: &Map<String, Value>, mode: PermissionMode) -> Outcome {
        let Some(url) = input.get("url").and_then(Value::as_str) else {
            return Outcome::new(
                Decision::Ask,
                Basis::InvalidInput,
                "WebFetch input has no url",
            );
        };
        let Some(host) = host_of_url(url) else {
            return Outcome::new(
                Decision::Ask,
                Basis::InvalidInput,
                format!("cannot find a host in the URL {url:?}"),
            );
        };
        for b in [Behavior::Deny, Behavior::Ask, Behavior::Allow] {
            if let Some(i) = self.domain_rule(b, &host) {
                return self.rule_outcome(b, i, mode, None);
            }
        }
        if let Some(i) = self.whole_allow("WebFetch") {
            return self.rule_outcome(Behavior::Allow, i, mode, None);
        }
        if builtin::is_preapproved_host(&host) {
            return Outcome::new(
                Decision::Allow,
                Basis::PreapprovedHost,
                format!("{host} is one of Claude Code's pre-approved documentation hosts"),
            );
        }
        self.unapproved(
            mode,
            format!("fetching from {host} needs approval"),
            Basis::PermissionMode,
            true,
        )
    }

    fn domain_rule(&self, b: Behavior, host: &str) -> Option<usize> {
        let list = &self.lists[list_index(b)];
        let exact = list.domains.exact.get(host).copied();
        let other = list.domains.other.iter().copied().find(|&i| {
            self.rules
                .get(i)
                .is_some_and(|pr| matches!(&pr.rule.content, Content::Domain(d) if d.matches(host)))
        });
        match (exact, other) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    fn decide_other(
        &self,
        tool: &str,
        input: &Map<String, Value>,
        mode: PermissionMode,
    ) -> Outcome {
        if let Some(i) = self.whole_tool_rule(Behavior::Allow, tool, input) {
            return self.rule_outcome(Behavior::Allow, i, mode, None);
        }
        if needs_no_permission(tool) {
            return Outcome::new(
                Decision::Allow,
                Basis::NoPermissionNeeded,
                format!("{tool} needs no permission"),
            );
        }
        self.unapproved(
            mode,
            format!("{tool} needs approval"),
            Basis::PermissionMode,
            true,
        )
    }

    // ---------------------------------------------------------------- Bash

    fn decide_bash(&self, input: &Map<String, Value>, mode: PermissionMode) -> Outcome {
        let Some(command) = input.get("command").and_then(Value::as_str) else {
            return Outcome::new(
                Decision::Ask,
                Basis::InvalidInput,
                "Bash input has no command string",
            );
        };
        let analysis = analyze(command, &Limits::default());
        let trimmed = command.trim();
        // The texts deny and ask rules see, computed once for both lists.
        let variants: Vec<Vec<Cow<'_, str>>> = match &analysis {
            Ok(a) => a.commands.iter().map(deny_variants).collect(),
            Err(_) => Vec::new(),
        };
        let into_shell = analysis.as_ref().is_ok_and(pipes_into_shell);
        // Deny, then ask: every command that would run, nested ones included.
        for b in [Behavior::Deny, Behavior::Ask] {
            match &analysis {
                Ok(a) => {
                    if let Some((i, sub)) = self.bash_rule_any(b, a, &variants) {
                        return self.rule_outcome(b, i, mode, Some(&sub));
                    }
                    // The whole command line is matched by exact rules
                    // (observed: `Bash(echo a | cat)` denies that pipeline),
                    // and by any rule when it pipes into a shell (observed:
                    // `Bash(* | *)` denies `echo ls | sh` but not `echo a | cat`).
                    if a.commands.len() > 1 {
                        if let Some(i) = self.bash_rule_text(b, trimmed).filter(|&i| {
                            into_shell
                                || self.rules.get(i).is_some_and(|pr| {
                                    matches!(&pr.rule.content, Content::Bash(p) if p.is_exact())
                                })
                        }) {
                            return self.rule_outcome(b, i, mode, Some(trimmed));
                        }
                    }
                    if let Some((i, sub)) = self.bash_path_rule(b, a) {
                        return self.rule_outcome(b, i, mode, Some(&sub));
                    }
                }
                Err(_) => {
                    if let Some(i) = self.bash_rule_text(b, trimmed) {
                        return self.rule_outcome(b, i, mode, Some(trimmed));
                    }
                }
            }
        }
        let a = match analysis {
            Ok(a) => a,
            Err(e) => {
                return self.unapproved(
                    mode,
                    format!("the command cannot be checked: {e}"),
                    Basis::Unparseable,
                    true,
                );
            }
        };
        // `bash -c SCRIPT`: a deny rule matching inside the script asks (bf34).
        if let Some((i, sub)) = self.shell_script_deny(&a) {
            let pr = self.rules.get(i);
            let rule = pr.map(|p| p.rule.raw.clone()).unwrap_or_default();
            let mut o = Outcome::new(
                Decision::Ask,
                Basis::Rule,
                format!("deny rule {rule:?} matches a command inside a shell -c script, which Claude Code cannot check; it asks instead"),
            )
            .sub(Some(&sub));
            o.rule = Some(i);
            if mode == PermissionMode::DontAsk {
                o.decision = Decision::Deny;
            }
            return o;
        }
        if command.chars().count() > MAX_COMMAND_CHARS {
            return self.unapproved(
                mode,
                format!("the command is over {MAX_COMMAND_CHARS} characters"),
                Basis::Unparseable,
                true,
            );
        }
        if let Some(sub) = self.critical_removal(&a) {
            return Outcome::new(
                Decision::Ask,
                Basis::PathSafety,
                "removing the root, a top-level directory, the home directory or the working directory always needs approval",
            )
            .sub(Some(&sub));
        }
        if mode == PermissionMode::BypassPermissions {
            return self.unapproved(mode, String::new(), Basis::PermissionMode, false);
        }
        // An exact allow rule may name a whole compound command (observed:
        // `Bash(touch a && touch b)` allows exactly that); wildcard rules do
        // not stretch over operators (cp03).
        if a.commands.len() > 1 {
            if let Some(i) = self.bash_rule_text(Behavior::Allow, trimmed).filter(|&i| {
                self.rules
                    .get(i)
                    .is_some_and(|pr| matches!(&pr.rule.content, Content::Bash(p) if p.is_exact()))
            }) {
                return self.rule_outcome(Behavior::Allow, i, mode, Some(trimmed));
            }
        }
        // A whole-tool allow (`Bash`, `Bash(*)`) approves every command that
        // no deny or ask rule caught, redirections included (bf30, rd19).
        if let Some(i) = self.whole_allow("Bash") {
            return self.rule_outcome(Behavior::Allow, i, mode, None);
        }
        // Allow: every top-level element must be approved on its own.
        if let Some(&idx) = a.compound_top_level.first() {
            let sub = a
                .commands
                .iter()
                .find(|c| c.top_index == idx)
                .map(|c| c.text.clone());
            return self
                .unapproved(
                    mode,
                    "a subshell, group or control structure cannot be pre-approved".into(),
                    Basis::NestedCommand,
                    true,
                )
                .sub(sub.as_deref());
        }
        let mut cwd = self.cwd.clone();
        let mut last_allow: Option<(usize, String)> = None;
        let mut basis_note: Option<(Basis, String)> = None;
        let mut changes_dir = false;
        let mut writes: Option<String> = None;
        let approvable = |c: &&SimpleCommand| {
            matches!(
                c.nesting,
                agentgate_shell::Nesting::TopLevel | agentgate_shell::Nesting::IfClause
            )
        };
        for c in a.commands.iter().filter(approvable) {
            if c.background {
                return self
                    .unapproved(
                        mode,
                        "the & background operator defers execution past approval-time checks"
                            .into(),
                        Basis::NestedCommand,
                        true,
                    )
                    .sub(Some(&c.text));
            }
            changes_dir |= c.argv.first().and_then(|w| w.literal.as_deref()) == Some("cd");
            match self.approve_simple(c, mode, &mut cwd) {
                Approval::Rule(i) => {
                    writes = Some(c.text.clone());
                    last_allow = Some((i, c.text.clone()));
                }
                Approval::Builtin(basis, why) => {
                    if basis != Basis::ReadOnlyCommand {
                        writes = Some(c.text.clone());
                    }
                    basis_note = Some((basis, why));
                }
                Approval::No(basis, why) => {
                    return self.unapproved(mode, why, basis, true).sub(Some(&c.text));
                }
            }
        }
        // Observed: `cd src && touch x` asks even when touch is allowed.
        if let (true, Some(sub)) = (changes_dir, writes) {
            return self
                .unapproved(
                    mode,
                    "commands that change directories and write need explicit approval".into(),
                    Basis::PathSafety,
                    true,
                )
                .sub(Some(&sub));
        }
        match (last_allow, basis_note) {
            (Some((i, sub)), _) => self.rule_outcome(Behavior::Allow, i, mode, Some(&sub)),
            (None, Some((basis, why))) => Outcome::new(Decision::Allow, basis, why),
            (None, None) => Outcome::new(
                Decision::Allow,
                Basis::ReadOnlyCommand,
                "the command runs nothing",
            ),
        }
    }

    /// First rule of list `b` matching any command (deny-side variants).
    fn bash_rule_any(
        &self,
        b: Behavior,
        a: &Analysis,
        variants: &[Vec<Cow<'_, str>>],
    ) -> Option<(usize, String)> {
        let mut best: Option<(usize, String)> = None;
        for (ci, c) in a.commands.iter().enumerate() {
            for v in variants.get(ci).into_iter().flatten() {
                if let Some(i) = self.bash_rule_text(b, v) {
                    if best.as_ref().is_none_or(|(bi, _)| i < *bi) {
                        best = Some((i, c.text.clone()));
                    }
                }
            }
        }
        best
    }

    /// First Bash-pattern rule of list `b` matching a command text.
    fn bash_rule_text(&self, b: Behavior, text: &str) -> Option<usize> {
        let idx = &self.lists[list_index(b)].bash;
        let name = text.split([' ', '\t']).next().unwrap_or("");
        let keyed = idx.by_name.get(name).into_iter().flatten();
        let mut generic = Vec::new();
        idx.generic_candidates(text, &mut generic);
        keyed
            .chain(generic.iter())
            .copied()
            .filter(|&i| {
                self.rules.get(i).is_some_and(
                    |pr| matches!(&pr.rule.content, Content::Bash(p) if p.matches(text)),
                )
            })
            .min()
    }

    /// Read/Edit rules of list `b` on the files commands read or write.
    fn bash_path_rule(&self, b: Behavior, a: &Analysis) -> Option<(usize, String)> {
        let list = &self.lists[list_index(b)];
        let reads_matter = b == Behavior::Deny && list.read_paths.is_some();
        if !reads_matter && list.edit_paths.is_none() {
            return None;
        }
        let mut best: Option<(usize, String)> = None;
        let mut note = |i: usize, c: &SimpleCommand| {
            if best.as_ref().is_none_or(|(bi, _)| i < *bi) {
                best = Some((i, c.text.clone()));
            }
        };
        for c in &a.commands {
            for r in &c.redirects {
                let Some(t) = &r.target else { continue };
                if !r.kind.writes() {
                    if b != Behavior::Deny {
                        continue;
                    }
                    if let Some(i) = self.word_path_rule(b, false, t) {
                        note(i, c);
                    }
                    continue;
                }
                // Only Edit rules govern writes by redirection (observed: a
                // Read deny does not stop `ls > file`).
                if let Some(i) = self.word_path_rule(b, true, t) {
                    note(i, c);
                }
            }
            let argv = strip_wrappers(&c.argv, builtin::strip_deny_wrapper);
            let Some(name) = argv.first().and_then(|w| w.literal.as_deref()) else {
                continue;
            };
            let name = basename(name);
            let operands: Vec<&Word> = argv[1..]
                .iter()
                .filter(|w| !w.literal.as_deref().unwrap_or("-x").starts_with('-'))
                .collect();
            let sed_in_place = name == "sed"
                && argv[1..].iter().any(|w| {
                    w.literal
                        .as_deref()
                        .is_some_and(|l| l.starts_with("-i") || l.starts_with("--in-place"))
                });
            if builtin::WRITE_COMMANDS.contains(&name) || sed_in_place {
                for w in &operands {
                    if let Some(i) = self.word_path_rule(b, true, w) {
                        note(i, c);
                    }
                }
            }
            // Read ask rules do not apply to commands that read (observed:
            // `cat notes.txt` runs under `ask: Read(./notes.txt)`).
            if builtin::READ_COMMANDS.contains(&name) && b == Behavior::Deny {
                let paths: Vec<&Word> = match builtin::read_only(argv) {
                    ReadOnly::Paths(p) if !p.is_empty() => p,
                    _ => operands.clone(),
                };
                for w in paths {
                    if let Some(i) = self.word_path_rule(b, false, w) {
                        note(i, c);
                    }
                }
            }
        }
        best
    }

    fn word_path_rule(&self, b: Behavior, edit: bool, w: &Word) -> Option<usize> {
        let text = self.static_path(w)?;
        let path = self.resolve_path(&text);
        self.path_rule(b, edit, &path)
    }

    fn shell_script_deny(&self, a: &Analysis) -> Option<(usize, String)> {
        for c in &a.commands {
            let argv = strip_wrappers(&c.argv, builtin::strip_deny_wrapper);
            let Some(name) = argv.first().and_then(|w| w.literal.as_deref()) else {
                continue;
            };
            if !builtin::is_shell(basename(name)) {
                continue;
            }
            let script = argv
                .iter()
                .position(|w| {
                    w.literal.as_deref().is_some_and(|l| {
                        l.starts_with('-') && !l.starts_with("--") && l.contains('c')
                    })
                })
                .and_then(|p| argv.get(p + 1))
                .and_then(|w| w.literal.as_deref());
            let Some(script) = script else { continue };
            if let Ok(inner) = analyze(script, &Limits::default()) {
                let inner_variants: Vec<Vec<Cow<'_, str>>> =
                    inner.commands.iter().map(deny_variants).collect();
                if let Some((i, _)) = self.bash_rule_any(Behavior::Deny, &inner, &inner_variants) {
                    return Some((i, c.text.clone()));
                }
            }
        }
        None
    }

    fn critical_removal(&self, a: &Analysis) -> Option<String> {
        for c in &a.commands {
            let argv = strip_wrappers(&c.argv, builtin::strip_deny_wrapper);
            let Some(name) = argv.first().and_then(|w| w.literal.as_deref()) else {
                continue;
            };
            if !matches!(basename(name), "rm" | "rmdir") {
                continue;
            }
            for w in &argv[1..] {
                let raw = w.raw.as_str();
                if raw.starts_with('-') {
                    continue;
                }
                let critical = match &w.literal {
                    Some(l) => {
                        builtin::is_critical_removal(&self.resolve_path(l), &self.home, &self.cwd)
                            || l == "*"
                            || l.ends_with("/*")
                                && builtin::is_critical_removal(
                                    &self.resolve_path(l.trim_end_matches("/*")),
                                    &self.home,
                                    &self.cwd,
                                )
                    }
                    // `rm -rf "$VAR"/*` and friends.
                    None => match self.static_path(w) {
                        Some(p) => builtin::is_critical_removal(
                            &self.resolve_path(&p),
                            &self.home,
                            &self.cwd,
                        ),
                        // `rm -rf "$VAR"/*` and friends.
                        None => raw.ends_with("/*") || raw.ends_with("/*\""),
                    },
                };
                if critical {
                    return Some(c.text.clone());
                }
            }
        }
        None
    }

    /// Whether one top-level simple command is approved without a prompt.
    fn approve_simple(
        &self,
        c: &SimpleCommand,
        mode: PermissionMode,
        cwd: &mut String,
    ) -> Approval {
        if c.has_nested_commands {
            return Approval::No(
                Basis::NestedCommand,
                "a nested command in this command can't be checked before it runs".into(),
            );
        }
        if c.timed_posix {
            return Approval::No(
                Basis::Unparseable,
                "`time -p` makes the command look like an incomplete fragment to Claude Code"
                    .into(),
            );
        }
        let words = c
            .argv
            .iter()
            .chain(c.redirects.iter().filter_map(|r| r.target.as_ref()));
        for w in words {
            if w.braced_parameter {
                return Approval::No(
                    Basis::NestedCommand,
                    "a variable in braces (${...}) can't be checked before it runs".into(),
                );
            }
            if w.brace_expansion {
                return Approval::No(
                    Basis::PathSafety,
                    "brace expansion can't be checked before it runs".into(),
                );
            }
        }
        if c.redirects.iter().any(|r| r.expanding_heredoc) {
            return Approval::No(
                Basis::NestedCommand,
                "a here-document with an unquoted delimiter undergoes shell expansion".into(),
            );
        }
        let safe_env = c
            .assignments
            .iter()
            .all(|a| builtin::is_safe_env_var(&a.name) && !a.value.is_dynamic());
        let argv: &[Word] = if safe_env {
            strip_wrappers(&c.argv, builtin::strip_allow_wrapper)
        } else {
            &c.argv
        };
        let name = argv
            .first()
            .and_then(|w| w.literal.as_deref())
            .unwrap_or("");
        // A command name that is a glob or only known at run time is never
        // pre-approved, even by a rule that matches its text (bf25).
        if argv.first().is_some_and(|w| w.glob || w.is_dynamic()) {
            return Approval::No(
                Basis::PathSafety,
                "the command name is a pattern or only known at run time".into(),
            );
        }
        // Built-in path safety that no allow rule overrides (bf18, bf21).
        let cp_flags = name == "cp" && argv[1..].iter().any(|w| w.raw.starts_with('-'));
        // Redirections write files: each target needs its own approval (rd13).
        if let Some(no) = self.check_redirects(c, mode, cwd) {
            return no;
        }
        if cp_flags {
            return Approval::No(
                Basis::PathSafety,
                "cp with flags requires manual approval to ensure path safety".into(),
            );
        }
        let rule = allow_variants(c, safe_env)
            .into_iter()
            .filter_map(|v| self.bash_rule_text(Behavior::Allow, &v))
            .min();
        if let Some(i) = rule {
            return Approval::Rule(i);
        }
        if !safe_env {
            return Approval::No(
                Basis::PermissionMode,
                "variable assignments in front of the command need approval".into(),
            );
        }
        match builtin::read_only(argv) {
            ReadOnly::Paths(paths) => {
                for w in paths {
                    let Some(lit) = w.literal.as_deref() else {
                        return Approval::No(
                            Basis::WorkingDirectory,
                            format!("{name} reads a path only known at run time"),
                        );
                    };
                    let p = paths::resolve(cwd, &self.home, lit);
                    let allowed_by_rule = self.path_rule(Behavior::Allow, false, &p).is_some()
                        || self.path_rule(Behavior::Allow, true, &p).is_some();
                    if !self.in_workdirs(&p) && !allowed_by_rule {
                        return Approval::No(
                            Basis::WorkingDirectory,
                            format!("{name} in '{p}' is outside the working directories"),
                        );
                    }
                    if name == "cd" {
                        *cwd = p;
                    }
                }
                Approval::Builtin(Basis::ReadOnlyCommand, format!("{name} is in Claude Code's read-only command set and reads only inside the working directories"))
            }
            ReadOnly::No => {
                if mode == PermissionMode::AcceptEdits
                    && builtin::ACCEPT_EDITS_COMMANDS.contains(&name)
                {
                    if name == "sed"
                        && !argv
                            .iter()
                            .any(|w| matches!(w.literal.as_deref(), Some("-i" | "--in-place")))
                    {
                        return Approval::No(
                            Basis::PermissionMode,
                            "this command requires approval".into(),
                        );
                    }
                    let mut operands = argv[1..].iter().filter(|w| !w.raw.starts_with('-'));
                    if name == "sed" {
                        operands.next();
                    }
                    for w in operands {
                        if w.glob {
                            return Approval::No(
                                Basis::PathSafety,
                                "glob patterns are not allowed in write operations".into(),
                            );
                        }
                        let Some(lit) = self.static_path(w) else {
                            return Approval::No(
                                Basis::WorkingDirectory,
                                format!("{name} names a path only known at run time"),
                            );
                        };
                        let p = paths::resolve(cwd, &self.home, &lit);
                        if !self.in_workdirs(&p) {
                            return Approval::No(
                                Basis::WorkingDirectory,
                                format!("{name} in '{p}' is outside the working directories"),
                            );
                        }
                        if builtin::is_protected(&p) {
                            return Approval::No(
                                Basis::ProtectedPath,
                                format!("{name} in '{p}' touches a protected path"),
                            );
                        }
                    }
                    return Approval::Builtin(
                        Basis::PermissionMode,
                        format!("acceptEdits mode approves {name} inside the working directories"),
                    );
                }
                if builtin::ACCEPT_EDITS_COMMANDS.contains(&name) {
                    return Approval::No(
                        Basis::PermissionMode,
                        format!("{name} changes files; it needs approval"),
                    );
                }
                Approval::No(
                    Basis::PermissionMode,
                    "this command requires approval".into(),
                )
            }
        }
    }

    /// A word's value as a path: its literal, or `$HOME/...` with the home
    /// directory put in (observed: `rm -rf "$HOME"/project/build` is checked
    /// as a path; `${HOME}` is not).
    fn static_path(&self, w: &Word) -> Option<String> {
        if let Some(l) = &w.literal {
            return Some(l.clone());
        }
        if w.braced_parameter || w.has_command_substitution {
            return None;
        }
        let unquoted: String = w.raw.chars().filter(|c| *c != '"').collect();
        let rest = unquoted.strip_prefix("$HOME")?;
        if !(rest.is_empty() || rest.starts_with('/')) || rest.contains(['$', '`', '\\', '\'']) {
            return None;
        }
        Some(format!("{}{rest}", self.home))
    }

    fn check_redirects(
        &self,
        c: &SimpleCommand,
        mode: PermissionMode,
        cwd: &str,
    ) -> Option<Approval> {
        for r in c.redirects.iter().filter(|r| r.kind.writes()) {
            let Some(t) = &r.target else { continue };
            let lit = match self.static_path(t) {
                Some(l) if !t.tilde && !t.glob => l,
                _ => {
                    return Some(Approval::No(
                        Basis::PathSafety,
                        "shell expansion syntax in paths requires manual approval".into(),
                    ))
                }
            };
            // Only /dev/null is exempt (observed: /dev/stdout and /dev/stderr ask).
            if lit == "/dev/null" {
                continue;
            }
            let p = paths::resolve(cwd, &self.home, &lit);
            let protected = builtin::is_protected(&p);
            if !protected && self.path_rule(Behavior::Allow, true, &p).is_some() {
                continue;
            }
            if !protected && mode == PermissionMode::AcceptEdits && self.in_workdirs(&p) {
                continue;
            }
            let why = if protected {
                format!("output redirection to '{p}' writes a protected path")
            } else {
                format!("output redirection to '{p}' needs approval")
            };
            return Some(Approval::No(
                if protected {
                    Basis::ProtectedPath
                } else {
                    Basis::WorkingDirectory
                },
                why,
            ));
        }
        None
    }
}

enum Approval {
    Rule(usize),
    Builtin(Basis, String),
    No(Basis, String),
}

fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The name an `Agent(...)`/`Skill(...)` rule matches.
fn name_param<'a>(tool: &str, input: &'a Map<String, Value>) -> Option<&'a str> {
    let key = match agentgate_rules::canonical_tool(tool) {
        "Agent" => "subagent_type",
        "Skill" => "skill",
        "SlashCommand" => "command",
        _ => return None,
    };
    input.get(key).and_then(Value::as_str)
}

fn basename(name: &str) -> &str {
    name.rsplit('/').next().unwrap_or(name)
}

/// Whether a shell reads its script from a pipe (`... | sh`).
fn pipes_into_shell(a: &Analysis) -> bool {
    a.commands.iter().skip(1).any(|c| {
        c.argv
            .first()
            .and_then(|w| w.literal.as_deref())
            .is_some_and(|n| {
                builtin::is_shell(basename(n))
                    && !c.argv.iter().any(|w| {
                        w.literal
                            .as_deref()
                            .is_some_and(|l| l.starts_with('-') && l.contains('c'))
                    })
            })
    })
}

/// Strips wrappers repeatedly.
fn strip_wrappers(argv: &[Word], strip: fn(&[Word]) -> Option<usize>) -> &[Word] {
    let mut rest = argv;
    for _ in 0..16 {
        match strip(rest) {
            Some(n) if n > 0 && n <= rest.len() => rest = &rest[n..],
            _ => break,
        }
    }
    rest
}

fn join_raw(words: &[Word]) -> String {
    let mut out = String::new();
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&w.raw);
    }
    out
}

/// Texts deny and ask rules are matched against: the command as written,
/// without assignments, past each wrapper, and with its name normalized
/// (`/bin/rm`, `\rm`, `'rm'` → `rm`; bf33, bf36, bf37).
fn deny_variants(c: &SimpleCommand) -> Vec<Cow<'_, str>> {
    let mut out: Vec<Cow<'_, str>> = Vec::with_capacity(4);
    if !c.text.is_empty() {
        out.push(Cow::Borrowed(&c.text));
    }
    if !c.assignments.is_empty() && !c.argv_text.is_empty() {
        out.push(Cow::Borrowed(&c.argv_text));
    }
    let mut rest: &[Word] = &c.argv;
    for _ in 0..16 {
        if let Some(name) = rest.first() {
            if let Some(lit) = &name.literal {
                let base = basename(lit);
                if base != name.raw {
                    let mut t = base.to_owned();
                    if rest.len() > 1 {
                        t.push(' ');
                        t.push_str(&join_raw(&rest[1..]));
                    }
                    out.push(Cow::Owned(t));
                }
            }
        }
        match builtin::strip_deny_wrapper(rest) {
            Some(n) if n > 0 && n < rest.len() => {
                rest = &rest[n..];
                out.push(Cow::Owned(join_raw(rest)));
            }
            _ => break,
        }
    }
    out
}

/// Texts allow rules are matched against: the command as written, then (when
/// every assignment is a safe variable) without assignments and past each
/// allow-side wrapper.
fn allow_variants(c: &SimpleCommand, safe_env: bool) -> Vec<String> {
    let mut out = Vec::with_capacity(3);
    if !c.text.is_empty() {
        out.push(c.text.clone());
    }
    if !safe_env {
        return out;
    }
    if !c.assignments.is_empty() && !c.argv_text.is_empty() {
        out.push(c.argv_text.clone());
    }
    // A quoted or escaped command name (`'touch'`, `\touch`) matches as its
    // value; a path (`/usr/bin/touch`) does not (observed).
    if let Some(name) = c.argv.first() {
        if let Some(lit) = &name.literal {
            if *lit != name.raw && !lit.contains('/') {
                let mut t = lit.clone();
                if c.argv.len() > 1 {
                    t.push(' ');
                    t.push_str(&join_raw(&c.argv[1..]));
                }
                out.push(t);
            }
        }
    }
    let mut rest: &[Word] = &c.argv;
    for _ in 0..16 {
        match builtin::strip_allow_wrapper(rest) {
            Some(n) if n > 0 && n < rest.len() => {
                rest = &rest[n..];
                out.push(join_raw(rest));
            }
            _ => break,
        }
    }
    out
}
