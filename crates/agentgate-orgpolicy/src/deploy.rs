//! The deployment half of the policy: what `agentgate policy build` compiles
//! into Claude Code's managed settings (`[claude]`, `[telemetry]`,
//! `[network]`, `[mcp]`), next to the rules in `[permissions]`.
//!
//! The hook never reads these sections (it skips them unparsed); they are
//! read here, with the position of each value kept, so that an error names
//! the policy file and line.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use crate::{OrgPolicyError, Permissions, BASELINE, DEPLOY_BASELINE};

/// A permission mode Claude Code starts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum Mode {
    /// Ask before edits and commands.
    #[serde(rename = "default")]
    Default,
    /// Edits run; commands ask.
    #[serde(rename = "acceptEdits")]
    AcceptEdits,
    /// Read-only planning.
    #[serde(rename = "plan")]
    Plan,
    /// Anything that would ask is denied.
    #[serde(rename = "dontAsk")]
    DontAsk,
    /// Everything runs: refused by `policy build`.
    #[serde(rename = "bypassPermissions")]
    BypassPermissions,
    /// A model decides: refused by `policy build`.
    #[serde(rename = "auto")]
    Auto,
}

impl Mode {
    /// Claude Code's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Default => "default",
            Self::AcceptEdits => "acceptEdits",
            Self::Plan => "plan",
            Self::DontAsk => "dontAsk",
            Self::BypassPermissions => "bypassPermissions",
            Self::Auto => "auto",
        }
    }

    /// True for modes no looser than acceptEdits (the baseline's floor).
    pub fn within_baseline(self) -> bool {
        matches!(
            self,
            Self::Default | Self::AcceptEdits | Self::Plan | Self::DontAsk
        )
    }
}

/// How the agentgate hook is registered in the managed settings.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HookInstall {
    /// The command Claude Code runs (absolute path to agentgate).
    pub command: Spanned<String>,
    /// The hook events it is registered for.
    pub events: Vec<Spanned<String>>,
    /// Seconds Claude Code waits for it.
    pub timeout: u64,
}

/// `[claude]`: Claude Code's own controls.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaudeSettings {
    /// The mode sessions start in.
    pub default_mode: Spanned<Mode>,
    /// `permissions.disableBypassPermissionsMode = "disable"`.
    pub disable_bypass_permissions: bool,
    /// `permissions.disableAutoMode = "disable"`.
    pub disable_auto_mode: bool,
    /// `allowManagedPermissionRulesOnly`.
    pub managed_permission_rules_only: bool,
    /// `allowManagedHooksOnly`.
    pub managed_hooks_only: bool,
    /// Ask before network tools run (curl, wget, nc, ssh, scp, ...).
    #[serde(default)]
    pub ask_network_tools: bool,
    /// Domains WebFetch may reach without asking.
    #[serde(default)]
    pub webfetch_allowed_domains: Vec<Spanned<String>>,
    /// The agentgate hook (absent: not installed).
    pub hook: Option<HookInstall>,
    /// Further managed-settings keys, verbatim (checked against what Claude
    /// Code accepts by `policy build`).
    #[serde(default)]
    pub settings: BTreeMap<String, Spanned<toml::Value>>,
}

/// `[telemetry]`: Claude Code's OpenTelemetry export.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TelemetrySettings {
    /// Export at all (its position locates section-level problems).
    pub enabled: Spanned<bool>,
    /// The collector (`agentgate serve`) base URL.
    #[serde(default)]
    pub endpoint: Option<Spanned<String>>,
    /// `http/protobuf`, `http/json` or `grpc`.
    #[serde(default = "default_protocol")]
    pub protocol: Spanned<String>,
    /// `OTEL_EXPORTER_OTLP_HEADERS`, e.g. `Authorization=Bearer <token>`.
    #[serde(default)]
    pub headers: Option<String>,
    /// `OTEL_LOG_TOOL_DETAILS`: tool inputs in the events.
    #[serde(default)]
    pub log_tool_details: bool,
    /// `OTEL_LOG_USER_PROMPTS`: prompt text in the events.
    #[serde(default)]
    pub log_user_prompts: bool,
    /// `OTEL_RESOURCE_ATTRIBUTES` (copied onto every event).
    #[serde(default)]
    pub resource_attributes: BTreeMap<String, String>,
}

fn default_protocol() -> Spanned<String> {
    Spanned::new(0..0, "http/protobuf".to_owned())
}

/// `[network]`: egress.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NetworkSettings {
    /// The egress proxy every agent goes through (`HTTPS_PROXY`).
    #[serde(default)]
    pub proxy: Option<Spanned<String>>,
    /// Hosts reached directly (`NO_PROXY`).
    #[serde(default)]
    pub no_proxy: Vec<String>,
}

/// One MCP server match, as Claude Code's allow and deny lists take it:
/// exactly one of name, URL pattern or command.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct McpMatch {
    /// `serverName` (not a security control on its own).
    #[serde(default)]
    pub name: Option<String>,
    /// `serverUrl`, a pattern with `*`.
    #[serde(default)]
    pub url: Option<String>,
    /// `serverCommand`, the exact argv.
    #[serde(default)]
    pub command: Option<Vec<String>>,
}

/// `[mcp]`: which MCP servers may run.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct McpSettings {
    /// `allowManagedMcpServersOnly`: only the managed lists count.
    pub managed_only: bool,
    /// `enableAllProjectMcpServers` (a repository's `.mcp.json` servers).
    pub allow_project_servers: bool,
    /// `allowedMcpServers` (reviewed servers; empty: none).
    #[serde(default)]
    pub allowed: Vec<Spanned<McpMatch>>,
    /// `deniedMcpServers`.
    #[serde(default)]
    pub denied: Vec<Spanned<McpMatch>>,
    /// Servers the org runs for everyone (`managed-mcp.json`); when any is
    /// listed, only these load.
    #[serde(default)]
    pub servers: BTreeMap<String, Spanned<toml::Value>>,
}

/// The deployment sections of a policy, with the text they came from.
#[derive(Clone, Debug)]
pub struct Deployment {
    /// Rules, also compiled into the managed settings.
    pub permissions: Permissions,
    /// `[claude]`.
    pub claude: ClaudeSettings,
    /// `[telemetry]`.
    pub telemetry: TelemetrySettings,
    /// `[network]`.
    pub network: NetworkSettings,
    /// `[mcp]`.
    pub mcp: McpSettings,
    /// The policy file's name, for errors.
    pub source: String,
    /// The policy file's text (spans index into it; the baseline's text for
    /// sections the file left out).
    pub text: String,
    /// Which sections came from the built-in baseline.
    pub from_baseline: Vec<&'static str>,
    /// `[hook] state_dir`, which `policy build` pins on the hook's command
    /// line (None: the default, `~/.local/state/agentgate`).
    pub state_dir: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeploymentFile {
    permissions: Option<Permissions>,
    claude: Option<ClaudeSettings>,
    telemetry: Option<TelemetrySettings>,
    network: Option<NetworkSettings>,
    mcp: Option<McpSettings>,
    // The hook's sections, checked by `OrgPolicy::parse`.
    risk: Option<serde::de::IgnoredAny>,
    session: Option<serde::de::IgnoredAny>,
    hook: Option<serde::de::IgnoredAny>,
    audit: Option<serde::de::IgnoredAny>,
}

/// 1-based line of a byte offset.
pub fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset.min(text.len()))
        .map_or(1, |t| t.bytes().filter(|b| *b == b'\n').count() + 1)
}

impl Deployment {
    /// Parses the deployment sections of `text`; sections left out come
    /// from the baseline. The hook's sections are checked too (through
    /// [`crate::OrgPolicy::parse`]), so a file that builds is one the hook
    /// accepts.
    pub fn parse(text: &str, path: &str) -> Result<Self, OrgPolicyError> {
        let hook_policy = crate::OrgPolicy::parse(text, path)?;
        let invalid = |p: &str, e: toml::de::Error| OrgPolicyError::Invalid {
            path: p.to_owned(),
            message: e.to_string().trim_end().to_owned(),
        };
        let file: DeploymentFile = toml::from_str(text).map_err(|e| invalid(path, e))?;
        let _ = (file.risk, file.session, file.hook, file.audit);
        let base: DeploymentFile = toml::from_str(&format!("{BASELINE}\n{DEPLOY_BASELINE}"))
            .map_err(|e| invalid("<built-in baseline>", e))?;
        let mut from_baseline = Vec::new();
        let mut pick = |name: &'static str, mine: bool| {
            if !mine {
                from_baseline.push(name);
            }
        };
        pick("permissions", file.permissions.is_some());
        pick("claude", file.claude.is_some());
        pick("telemetry", file.telemetry.is_some());
        pick("network", file.network.is_some());
        pick("mcp", file.mcp.is_some());
        let missing = |what: &str| OrgPolicyError::Invalid {
            path: "<built-in baseline>".into(),
            message: format!("missing [{what}] section"),
        };
        // Spans of sections taken from the baseline index into the
        // baseline's text; a file mixing both reports baseline positions as
        // "<built-in baseline>" (see `origin`).
        Ok(Self {
            permissions: file.permissions.or(base.permissions).unwrap_or_default(),
            claude: file
                .claude
                .or(base.claude)
                .ok_or_else(|| missing("claude"))?,
            telemetry: file
                .telemetry
                .or(base.telemetry)
                .ok_or_else(|| missing("telemetry"))?,
            network: file.network.or(base.network).unwrap_or_default(),
            mcp: file.mcp.or(base.mcp).ok_or_else(|| missing("mcp"))?,
            source: path.to_owned(),
            text: text.to_owned(),
            from_baseline,
            state_dir: hook_policy.hook.state_dir,
        })
    }

    /// `file:line` of a value in `section` at byte `offset`.
    pub fn origin(&self, section: &str, offset: usize) -> String {
        if self.from_baseline.contains(&section) {
            let text = format!("{BASELINE}\n{DEPLOY_BASELINE}");
            format!("<built-in baseline>:{}", line_of(&text, offset))
        } else {
            format!("{}:{}", self.source, line_of(&self.text, offset))
        }
    }
}
