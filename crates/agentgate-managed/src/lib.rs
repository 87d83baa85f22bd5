//! `agentgate policy build`: the org policy compiled into exactly the files
//! Claude Code reads from its managed scope, the one nothing below can
//! override.
//!
//! - `managed-settings.json`: permission rules, the default mode, the
//!   bypass and auto-mode locks (nested under `permissions`, the only place
//!   they work), managed-only hooks with the agentgate hook registered,
//!   telemetry and proxy environment, the MCP allow and deny lists.
//! - `managed-mcp.json`, when the policy lists servers the org runs.
//!
//! The output is deterministic (keys sorted, two-space indent, a final
//! newline), so two builds of one policy are byte-identical and a change
//! shows as a small diff. Every key is checked against what Claude Code
//! accepts ([`schema`]); a problem names the policy file and line.

pub mod install;
pub mod schema;

use std::path::PathBuf;

use agentgate_orgpolicy::deploy::McpMatch;
use agentgate_orgpolicy::Deployment;
use serde_json::{json, Map, Value};

/// Build errors.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// The policy itself does not load.
    #[error(transparent)]
    Policy(#[from] agentgate_orgpolicy::OrgPolicyError),
    /// Values that cannot be compiled, each with its `file:line`.
    #[error("the policy cannot be compiled into managed settings:\n{}", .0.iter().map(|p| format!("  {}: {}", p.at, p.what)).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<PolicyProblem>),
}

/// One problem, located in the policy file.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct PolicyProblem {
    /// `file:line`.
    pub at: String,
    /// What is wrong and what to write instead.
    pub what: String,
}

/// An operating system whose managed paths to use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Platform {
    /// `/etc/claude-code/`.
    Linux,
    /// `/Library/Application Support/ClaudeCode/`.
    Macos,
    /// `C:\Program Files\ClaudeCode\`.
    Windows,
}

impl Platform {
    /// The platform this binary runs on.
    pub fn current() -> Self {
        if cfg!(target_os = "macos") {
            Self::Macos
        } else if cfg!(windows) {
            Self::Windows
        } else {
            Self::Linux
        }
    }

    /// Parses `linux`, `macos` or `windows`.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "linux" => Some(Self::Linux),
            "macos" | "darwin" => Some(Self::Macos),
            "windows" => Some(Self::Windows),
            _ => None,
        }
    }

    /// The lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Linux => "linux",
            Self::Macos => "macos",
            Self::Windows => "windows",
        }
    }

    /// The system directory Claude Code reads managed files from.
    pub fn managed_dir(self) -> PathBuf {
        match self {
            Self::Linux => PathBuf::from("/etc/claude-code"),
            Self::Macos => PathBuf::from("/Library/Application Support/ClaudeCode"),
            Self::Windows => PathBuf::from(r"C:\Program Files\ClaudeCode"),
        }
    }
}

/// The hook's state directory when the policy names none; `~` is the
/// account's home from /etc/passwd (the hook expands it, not the shell).
pub const DEFAULT_STATE_DIR: &str = "~/.local/state/agentgate";

/// The hook command with `--policy` and `--state-dir` pinned, unless the
/// policy's command already names them.
pub fn pin_hook_command(cmd: &str, state_dir: &str) -> String {
    let mut out = cmd.trim_end().to_owned();
    let words: Vec<&str> = cmd.split_whitespace().collect();
    let has = |flag: &str| {
        words
            .iter()
            .any(|w| *w == flag || w.starts_with(&format!("{flag}=")))
    };
    if !has("--policy") {
        out.push_str(" --policy ");
        out.push_str(&shell_quote(agentgate_orgpolicy::SYSTEM_POLICY));
    }
    if !has("--state-dir") {
        out.push_str(" --state-dir ");
        out.push_str(&shell_quote(state_dir));
    }
    out
}

/// Single-quotes a word for `sh` (Claude Code runs hook commands through a
/// shell); `~` inside quotes stays literal for the hook to expand.
fn shell_quote(s: &str) -> String {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '-' | '_'))
    {
        return s.to_owned();
    }
    format!("'{}'", s.replace('\'', "'\\''"))
}

/// The compiled files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Build {
    /// `managed-settings.json`.
    pub settings: Value,
    /// `managed-mcp.json`, when the policy lists servers.
    pub mcp: Option<Value>,
}

/// The files' names in the managed directory.
pub const SETTINGS_FILE: &str = "managed-settings.json";
/// See [`SETTINGS_FILE`].
pub const MCP_FILE: &str = "managed-mcp.json";

impl Build {
    /// The files to write, `(name, bytes)`, deterministic.
    pub fn files(&self) -> Vec<(&'static str, String)> {
        let mut out = vec![(SETTINGS_FILE, render(&self.settings))];
        if let Some(m) = &self.mcp {
            out.push((MCP_FILE, render(m)));
        }
        out
    }
}

/// JSON with keys sorted at every level, two-space indent and a final
/// newline.
pub fn render(v: &Value) -> String {
    let mut s = serde_json::to_string_pretty(&sorted(v)).unwrap_or_else(|_| "{}".into());
    s.push('\n');
    s
}

/// A copy with object keys in order (the workspace's serde_json keeps
/// insertion order).
fn sorted(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            Value::Object(
                keys.into_iter()
                    .filter_map(|k| m.get(k).map(|x| (k.clone(), sorted(x))))
                    .collect(),
            )
        }
        Value::Array(a) => Value::Array(a.iter().map(sorted).collect()),
        other => other.clone(),
    }
}

/// Network tools asked about with `ask_network_tools`.
pub const NETWORK_TOOLS: &[&str] = &[
    "curl", "wget", "nc", "ncat", "netcat", "socat", "ssh", "scp", "sftp", "rsync", "ftp", "telnet",
];

/// The hook events agentgate answers.
pub const HOOK_EVENTS: &[&str] = &[
    "PreToolUse",
    "PostToolUse",
    "PostToolUseFailure",
    "SessionStart",
    "SessionEnd",
    "Stop",
    "UserPromptSubmit",
];

fn mcp_entry(m: &McpMatch) -> Result<Value, String> {
    match (&m.name, &m.url, &m.command) {
        (Some(n), None, None) => Ok(json!({"serverName": n})),
        (None, Some(u), None) => Ok(json!({"serverUrl": u})),
        (None, None, Some(c)) if !c.is_empty() => Ok(json!({"serverCommand": c})),
        (None, None, Some(_)) => {
            Err("an MCP `command` match needs the program and its arguments".into())
        }
        _ => Err("an MCP match takes exactly one of `name`, `url` or `command`".into()),
    }
}

/// Compiles a policy's deployment sections.
pub fn build(d: &Deployment) -> Result<Build, BuildError> {
    let mut problems = Vec::new();
    let mut problem = |section: &str, offset: usize, what: String| {
        problems.push(PolicyProblem {
            at: d.origin(section, offset),
            what,
        });
    };
    let c = &d.claude;

    // Permissions: the policy's rules, the WebFetch allowlist, the mode and
    // the locks (nested: the top-level spellings do nothing).
    let mut allow: Vec<Value> = d.permissions.allow.iter().map(|r| json!(r)).collect();
    for domain in &c.webfetch_allowed_domains {
        let dom = domain.get_ref();
        let valid = !dom.is_empty()
            && dom
                .chars()
                .all(|ch| ch.is_ascii_alphanumeric() || matches!(ch, '.' | '-' | '*'));
        if !valid {
            problem(
                "claude",
                domain.span().start,
                format!("{dom:?} is not a domain name (write `example.com` or `*.example.com`)"),
            );
            continue;
        }
        allow.push(json!(format!("WebFetch(domain:{dom})")));
    }
    let mode = *c.default_mode.get_ref();
    if !mode.within_baseline() {
        problem(
            "claude",
            c.default_mode.span().start,
            format!(
                "default_mode {:?} is looser than acceptEdits; use \"default\", \"acceptEdits\", \"plan\" or \"dontAsk\"",
                mode.as_str()
            ),
        );
    }
    let mut permissions = Map::new();
    permissions.insert("allow".into(), Value::Array(allow));
    let mut ask: Vec<Value> = d.permissions.ask.iter().map(|r| json!(r)).collect();
    if c.ask_network_tools {
        ask.extend(NETWORK_TOOLS.iter().map(|t| json!(format!("Bash({t}:*)"))));
    }
    permissions.insert("ask".into(), Value::Array(ask));
    permissions.insert("deny".into(), json!(d.permissions.deny));
    permissions.insert("defaultMode".into(), json!(mode.as_str()));
    if c.disable_bypass_permissions {
        permissions.insert("disableBypassPermissionsMode".into(), json!("disable"));
    }
    if c.disable_auto_mode {
        permissions.insert("disableAutoMode".into(), json!("disable"));
    }
    let mut settings = Map::new();
    settings.insert("permissions".into(), Value::Object(permissions));
    settings.insert(
        "allowManagedPermissionRulesOnly".into(),
        json!(c.managed_permission_rules_only),
    );
    settings.insert("allowManagedHooksOnly".into(), json!(c.managed_hooks_only));

    // The agentgate hook, for every tool and each event it answers. The
    // policy file and the state directory are pinned on its command line
    // (and in the managed env below): a variable the agent can set, in a
    // project's settings `env` for instance, must not move either (issue 11).
    let state_dir = d.state_dir.as_deref().unwrap_or(DEFAULT_STATE_DIR);
    if let Some(h) = &c.hook {
        let cmd = &pin_hook_command(h.command.get_ref(), state_dir);
        if cmd.trim().is_empty() {
            problem(
                "claude",
                h.command.span().start,
                "the hook command is empty".into(),
            );
        }
        let mut hooks = Map::new();
        for ev in &h.events {
            let name = ev.get_ref().as_str();
            if !HOOK_EVENTS.contains(&name) {
                problem(
                    "claude",
                    ev.span().start,
                    format!(
                        "agentgate does not answer the hook event {name:?}; use some of: {}",
                        HOOK_EVENTS.join(", ")
                    ),
                );
                continue;
            }
            let mut handler = json!({"type": "command", "command": cmd, "timeout": h.timeout});
            // Tool events take a matcher; session events do not.
            let entry = if matches!(name, "PreToolUse" | "PostToolUse" | "PostToolUseFailure") {
                json!([{"matcher": "*", "hooks": [handler.take()]}])
            } else {
                json!([{"hooks": [handler.take()]}])
            };
            hooks.insert(name.to_owned(), entry);
        }
        settings.insert("hooks".into(), Value::Object(hooks));
    }

    // Environment: telemetry and the proxy.
    let mut env = Map::new();
    let t = &d.telemetry;
    if *t.enabled.get_ref() {
        let endpoint = t.endpoint.as_ref();
        match endpoint {
            Some(e) if e.get_ref().starts_with("http://") || e.get_ref().starts_with("https://") => {
                env.insert("OTEL_EXPORTER_OTLP_ENDPOINT".into(), json!(e.get_ref()));
            }
            Some(e) => problem(
                "telemetry",
                e.span().start,
                format!("endpoint {:?} is not an http(s) URL", e.get_ref()),
            ),
            None => problem(
                "telemetry",
                t.enabled.span().start,
                "telemetry is enabled but has no endpoint: set endpoint = \"https://collector:4318\" (agentgate serve)".into(),
            ),
        }
        let proto = t.protocol.get_ref();
        if !matches!(proto.as_str(), "http/protobuf" | "http/json" | "grpc") {
            problem(
                "telemetry",
                t.protocol.span().start,
                format!("protocol {proto:?}: use \"http/protobuf\", \"http/json\" or \"grpc\""),
            );
        }
        env.insert("CLAUDE_CODE_ENABLE_TELEMETRY".into(), json!("1"));
        env.insert("OTEL_LOGS_EXPORTER".into(), json!("otlp"));
        env.insert("OTEL_METRICS_EXPORTER".into(), json!("otlp"));
        env.insert("OTEL_EXPORTER_OTLP_PROTOCOL".into(), json!(proto));
        if let Some(h) = &t.headers {
            env.insert("OTEL_EXPORTER_OTLP_HEADERS".into(), json!(h));
        }
        if t.log_tool_details {
            env.insert("OTEL_LOG_TOOL_DETAILS".into(), json!("1"));
        }
        if t.log_user_prompts {
            env.insert("OTEL_LOG_USER_PROMPTS".into(), json!("1"));
        }
        if !t.resource_attributes.is_empty() {
            // W3C baggage-style list; commas and equals signs in values
            // would split it, so they are percent-encoded.
            let enc = |s: &str| {
                s.replace('%', "%25")
                    .replace(',', "%2C")
                    .replace('=', "%3D")
            };
            let attrs: Vec<String> = t
                .resource_attributes
                .iter()
                .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
                .collect();
            env.insert("OTEL_RESOURCE_ATTRIBUTES".into(), json!(attrs.join(",")));
        }
    }
    if let Some(p) = &d.network.proxy {
        let url = p.get_ref();
        if url.starts_with("http://") || url.starts_with("https://") {
            env.insert("HTTPS_PROXY".into(), json!(url));
            env.insert("HTTP_PROXY".into(), json!(url));
            if !d.network.no_proxy.is_empty() {
                env.insert("NO_PROXY".into(), json!(d.network.no_proxy.join(",")));
            }
        } else {
            problem(
                "network",
                p.span().start,
                format!("proxy {url:?} is not an http(s) URL"),
            );
        }
    }
    if c.hook.is_some() {
        env.insert(
            "AGENTGATE_POLICY".into(),
            json!(agentgate_orgpolicy::SYSTEM_POLICY),
        );
        env.insert("AGENTGATE_STATE_DIR".into(), json!(state_dir));
    }
    if !env.is_empty() {
        settings.insert("env".into(), Value::Object(env));
    }

    // MCP.
    let m = &d.mcp;
    settings.insert("allowManagedMcpServersOnly".into(), json!(m.managed_only));
    settings.insert(
        "enableAllProjectMcpServers".into(),
        json!(m.allow_project_servers),
    );
    for (key, list) in [
        ("allowedMcpServers", &m.allowed),
        ("deniedMcpServers", &m.denied),
    ] {
        let mut out = Vec::new();
        for entry in list {
            match mcp_entry(entry.get_ref()) {
                Ok(v) => out.push(v),
                Err(why) => problem("mcp", entry.span().start, why),
            }
        }
        settings.insert(key.into(), Value::Array(out));
    }
    let mcp = if m.servers.is_empty() {
        None
    } else {
        let mut servers = Map::new();
        for (name, spec) in &m.servers {
            match toml_to_json(spec.get_ref()) {
                Value::Object(o) if o.contains_key("command") || o.contains_key("url") => {
                    servers.insert(name.clone(), Value::Object(o));
                }
                _ => problem(
                    "mcp",
                    spec.span().start,
                    format!("MCP server `{name}` needs a `command` (stdio) or a `url` (http, sse)"),
                ),
            }
        }
        Some(json!({"mcpServers": servers}))
    };

    // Verbatim extra keys: checked, and refused where they would replace
    // what the policy's own sections compile.
    for (name, value) in &c.settings {
        let v = toml_to_json(value.get_ref());
        if settings.contains_key(name) {
            problem(
                "claude",
                value.span().start,
                format!("`{name}` is compiled from the policy's own sections; set it there, not in [claude.settings]"),
            );
            continue;
        }
        let found = schema::check(&json!({ name.clone(): v.clone() }));
        if found.is_empty() {
            settings.insert(name.clone(), v);
        }
        for p in found {
            problem("claude", value.span().start, p.what);
        }
    }

    let settings = Value::Object(settings);
    // What was compiled is checked too: a bug here must not ship a file
    // Claude Code would silently ignore in part.
    if problems.is_empty() {
        for p in schema::check(&settings) {
            problems.push(PolicyProblem {
                at: d.source.clone(),
                what: format!("internal: compiled {}", p.what),
            });
        }
    }
    if problems.is_empty() {
        Ok(Build { settings, mcp })
    } else {
        Err(BuildError::Invalid(problems))
    }
}

/// TOML values as JSON (datetimes as their text).
pub fn toml_to_json(v: &toml::Value) -> Value {
    match v {
        toml::Value::String(s) => json!(s),
        toml::Value::Integer(i) => json!(i),
        toml::Value::Float(f) => json!(f),
        toml::Value::Boolean(b) => json!(b),
        toml::Value::Datetime(d) => json!(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => Value::Object(
            t.iter()
                .map(|(k, v)| (k.clone(), toml_to_json(v)))
                .collect(),
        ),
    }
}
