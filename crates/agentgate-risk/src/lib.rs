//! The risk engine: what a tool call would actually do.
//!
//! Claude Code's own rules match command strings; this crate looks at what
//! would run. A Bash command is parsed with a real bash parser
//! ([`agentgate_shell`]); every command that would execute is examined,
//! including those inside `&&`/`;`/pipes, substitutions, subshells,
//! here-documents, `bash -c`/`eval` strings (recursively), wrappers such as
//! `sudo`, `env`, `xargs` and `find -exec`, interpreter one-liners, and payloads
//! hidden behind base64, `rev` or `tr`. Each harmful action becomes a
//! [`Finding`] with a [`Category`], a [`Severity`] and a reason a developer
//! can act on. The same classification applies to Read, Edit, Write, WebFetch
//! and MCP tool inputs ([`assess_tool`]).
//!
//! The engine also reports [`Effects`]: whether the call could send data out,
//! change what the machine trusts, take in untrusted content or touch a
//! secret. The session guard uses them to tighten decisions once a session has
//! read untrusted content.
//!
//! A command that cannot be parsed is never clean: it yields an
//! [`Category::Unverifiable`] finding.

// The risk engine reads untrusted commands and tool inputs: an index out
// of range must never panic (issue 11). Exceptions carry a reason.
#![deny(clippy::indexing_slicing, clippy::string_slice)]

mod bash;
mod cmdline;
mod code;
mod codeargv;
mod codecalls;
mod codefold;
mod codeshell;
mod codeuses;
mod codewrites;
mod decode;
mod environ;
mod guard;
mod net;
mod pathbin;
mod paths;
mod pwsh;
mod storeglob;
mod sysdirs;
mod tools;
mod winpath;

use serde::Serialize;

pub use environ::{assigned_names, environment_unknown, environment_values};
pub use guard::Guarded;
pub use tools::assess_tool;

/// What kind of harm an action does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Irreversible loss of data or availability.
    Destructive,
    /// Brings a secret into the transcript or into a copy.
    CredentialAccess,
    /// Sends local data off the machine.
    Exfiltration,
    /// Runs code fetched at run time.
    RemoteCodeExec,
    /// Widens the agent's own permissions or plants persistence.
    SelfEscalation,
    /// Hides what runs (encoded payloads, assembled command names, shell
    /// escapes through other programs, skipped hooks, cleared history).
    Obfuscation,
    /// The action cannot be checked (unparsable or too deeply nested).
    Unverifiable,
}

impl Category {
    /// The stable name used in policies, reasons and the journal.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Destructive => "destructive",
            Self::CredentialAccess => "credential_access",
            Self::Exfiltration => "exfiltration",
            Self::RemoteCodeExec => "remote_code_exec",
            Self::SelfEscalation => "self_escalation",
            Self::Obfuscation => "obfuscation",
            Self::Unverifiable => "unverifiable",
        }
    }

    /// Every category, in a stable order.
    pub const ALL: [Category; 7] = [
        Self::Destructive,
        Self::CredentialAccess,
        Self::Exfiltration,
        Self::RemoteCodeExec,
        Self::SelfEscalation,
        Self::Obfuscation,
        Self::Unverifiable,
    ];

    /// Parses [`Category::as_str`] names.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == name)
    }
}

/// How bad a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Harmful in many contexts but with legitimate uses: a human should decide.
    Medium,
    /// Serious harm that needs explicit human approval.
    High,
    /// Irreversible and wide, or hands a secret or the machine to a third party.
    Critical,
}

impl Severity {
    /// The stable name used in policies, reasons and the journal.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Medium => "medium",
            Self::High => "high",
            Self::Critical => "critical",
        }
    }

    /// Parses [`Severity::as_str`] names.
    pub fn parse(name: &str) -> Option<Self> {
        [Self::Medium, Self::High, Self::Critical]
            .into_iter()
            .find(|s| s.as_str() == name)
    }
}

/// One harmful action found in a tool call.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The kind of harm.
    pub category: Category,
    /// How bad.
    pub severity: Severity,
    /// What the action does, in one sentence, for the developer and the agent.
    pub reason: String,
    /// The command or value it was found in.
    pub evidence: String,
}

/// What a call could do besides the findings; the session guard uses these.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Effects {
    /// Could send data off the machine (network tools, DNS, pushes, uploads,
    /// web fetches, MCP calls).
    pub egress: bool,
    /// Could change what the machine trusts or runs later (installs, writes to
    /// agent settings, hooks, rc files, cron, git config, system paths).
    pub trust_change: bool,
    /// Brings content from outside the project into the session (web pages,
    /// PR and issue text, files outside the project, network downloads).
    pub untrusted_input: bool,
    /// Touches a secret (credential files, tokens, environment dumps).
    pub secret_access: bool,
}

/// The result of assessing one tool call.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Assessment {
    /// Every harmful action found, in the order found.
    pub findings: Vec<Finding>,
    /// What the call could do.
    pub effects: Effects,
    /// Git remotes the call points off the machine (`git remote add NAME
    /// URL`, `set-url`, `git config remote.NAME.url`), by name: the hook
    /// remembers them for the session ([`Context::session_remotes`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub remotes_set: Vec<String>,
}

impl Assessment {
    /// A write to rclone's configuration may define any remote: the
    /// session stops taking named remotes for the developer's own
    /// (`bash/rclone.rs`; the mark `rclone:*`).
    pub(crate) fn note_rclone_config_written(&mut self) {
        let written = self.findings.iter().any(|f| {
            f.category == Category::SelfEscalation
                && f.reason.contains(agentgate_commands::RCLONE_CONFIG)
        });
        let any = "rclone:*";
        if written && !self.remotes_set.iter().any(|r| r == any) {
            self.remotes_set.push(any.to_owned());
        }
    }

    /// The most severe finding (the first one among equals).
    pub fn worst(&self) -> Option<&Finding> {
        let mut best: Option<&Finding> = None;
        for f in &self.findings {
            if best.is_none_or(|b| f.severity > b.severity) {
                best = Some(f);
            }
        }
        best
    }

    pub(crate) fn push(
        &mut self,
        category: Category,
        severity: Severity,
        reason: impl Into<String>,
        evidence: &str,
    ) {
        let reason = reason.into();
        // The same action is often seen twice (for instance a decoded payload
        // and its wrapper); keep one.
        if self
            .findings
            .iter()
            .any(|f| f.category == category && f.severity == severity && f.reason == reason)
        {
            return;
        }
        if category == Category::CredentialAccess {
            self.effects.secret_access = true;
        }
        if matches!(
            category,
            Category::SelfEscalation | Category::RemoteCodeExec
        ) {
            self.effects.trust_change = true;
        }
        if category == Category::Exfiltration {
            self.effects.egress = true;
        }
        self.findings.push(Finding {
            category,
            severity,
            reason,
            evidence: clip(evidence, 200),
        });
    }
}

/// Where the call happens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Context {
    /// The working directory of the call.
    pub cwd: String,
    /// The user's home directory.
    pub home: String,
    /// The project root (Claude Code's `CLAUDE_PROJECT_DIR`, else `cwd`).
    pub project_dir: String,
    /// agentgate's own files and directories, which no call may change
    /// ([`Context::new`] fills in the default locations; the hook adds the
    /// state directory, policy file and binary it actually uses).
    pub guarded: Vec<Guarded>,
    /// Variables of the environment the command runs in that may stand for
    /// a `$NAME` the line does not set (see [`environment_values`], which
    /// picks them); empty when unknown.
    pub environment: Vec<(String, String)>,
    /// Names set in that environment to values that cannot be used
    /// ([`environment_unknown`]): a `${NAME:-default}` is not the default.
    pub environment_unknown: Vec<String>,
    /// Git remotes earlier calls of the session pointed off the machine
    /// ([`Assessment::remotes_set`]): a push to one is an upload.
    pub session_remotes: Vec<String>,
    /// The remotes of the repository the call runs in, as (name, URL)
    /// pairs from its configuration ([`git_remote_urls`]): a push to one
    /// by its URL is a push to that remote.
    pub repo_remotes: Vec<(String, String)>,
}

impl Context {
    /// A context whose project is the working directory.
    pub fn new(cwd: impl Into<String>, home: impl Into<String>) -> Self {
        let cwd = cwd.into();
        let home = home.into();
        Self {
            project_dir: cwd.clone(),
            cwd,
            guarded: guard::defaults(&home),
            home,
            environment: Vec::new(),
            environment_unknown: Vec::new(),
            session_remotes: Vec::new(),
            repo_remotes: Vec::new(),
        }
    }

    /// Adds one of agentgate's own paths to guard (`path` must be absolute;
    /// a relative one is ignored, as it cannot be placed).
    pub fn guard(&mut self, path: &str, what: &str) {
        if path.starts_with('/') && !self.guarded.iter().any(|g| g.path == path) {
            self.guarded.push(Guarded::new(path, what));
        }
    }

    /// Whether absolute `abs` is neither in the project nor in scratch
    /// space: the machine's files.
    pub(crate) fn beyond_work(&self, abs: &str) -> bool {
        !paths::within(abs, &self.project_dir) && paths::temp_root(abs).is_none()
    }
}

/// The remotes a git configuration file names, as (name, URL) pairs
/// (`url`, and `pushurl` where one is set), in file order.
pub fn git_remote_urls(config: &str) -> Vec<(String, String)> {
    bash::gitremote::git_remote_urls(config)
}

/// Assesses one Bash command line.
pub fn assess_bash(command: &str, ctx: &Context) -> Assessment {
    let mut walker = bash::Walker::new(ctx);
    walker.script(command, 0);
    walker.written_commands();
    let mut a = walker.finish();
    a.note_rclone_config_written();
    a
}

/// Shortens `s` to at most `max` bytes on a char boundary, marking the cut.
pub(crate) fn clip(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_owned();
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", s.get(..end).unwrap_or(""))
}
