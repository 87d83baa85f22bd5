//! The org policy, `agentgate.toml`.
//!
//! One file holds what the security team decides: rules in Claude Code's own
//! syntax (evaluated by `agentgate-policy`), what to do with each kind of risk
//! the risk engine finds, how strict the session guard gets, and how the hook
//! fails. It is found through `--policy`, `$AGENTGATE_POLICY` or
//! `/etc/agentgate/policy.toml`; with none of them, the built-in secure
//! baseline ([`BASELINE`]) applies.

pub mod deploy;

pub use deploy::Deployment;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use agentgate_risk::{Category, Severity};
use serde::Deserialize;
use sha2::{Digest, Sha256};

/// The built-in secure baseline for the hook, as TOML.
pub const BASELINE: &str = include_str!("baseline.toml");

/// [`BASELINE`] as JSON, written by build.rs: what the hook reads (see
/// build.rs for why); `the_baseline_reads_the_same_from_json` keeps the two
/// equal.
const BASELINE_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/baseline.json"));

/// SHA-256 (hex) of [`BASELINE`]'s text, written by build.rs.
const BASELINE_DIGEST: &str = include_str!(concat!(env!("OUT_DIR"), "/baseline.sha256"));

/// Where the built-in baseline comes from, as policies name their source.
const BASELINE_SOURCE: &str = "<built-in baseline>";

/// The built-in baseline's deployment sections (compiled by `policy build`;
/// kept apart so that the hook, which reads the baseline on every call when
/// no policy file exists, does not read them).
pub const DEPLOY_BASELINE: &str = include_str!("deploy_baseline.toml");

/// A complete, commented policy file: what `agentgate init` writes.
pub fn template() -> String {
    format!("{BASELINE}\n{DEPLOY_BASELINE}")
}

/// The system-wide policy location.
pub const SYSTEM_POLICY: &str = "/etc/agentgate/policy.toml";

/// Errors loading a policy.
#[derive(Debug, thiserror::Error)]
pub enum OrgPolicyError {
    /// The file cannot be read.
    #[error("cannot read the agentgate policy {path}: {source}; fix the path given by {via}, or remove it to use the built-in baseline")]
    Read {
        /// The file.
        path: String,
        /// How it was chosen.
        via: &'static str,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
    /// The file is not a valid policy.
    #[error("invalid agentgate policy {path}: {message}")]
    Invalid {
        /// The file.
        path: String,
        /// What is wrong, with line and column.
        message: String,
    },
}

/// An answer the hook can give.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// Record only.
    Log,
    /// Ask the developer.
    Ask,
    /// Block.
    Deny,
}

impl Action {
    /// The name used in the policy file.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Log => "log",
            Self::Ask => "ask",
            Self::Deny => "deny",
        }
    }
}

/// Claude Code rules.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Permissions {
    /// Explicit allow rules (the only way the hook answers allow).
    #[serde(default)]
    pub allow: Vec<String>,
    /// Ask rules.
    #[serde(default)]
    pub ask: Vec<String>,
    /// Deny rules.
    #[serde(default)]
    pub deny: Vec<String>,
}

/// Per-severity actions.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeverityActions {
    /// For critical findings.
    pub critical: Option<Action>,
    /// For high findings.
    pub high: Option<Action>,
    /// For medium findings.
    pub medium: Option<Action>,
}

/// What to do with risk findings.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskSettings {
    /// Default for critical findings.
    pub critical: Action,
    /// Default for high findings.
    pub high: Action,
    /// Default for medium findings.
    pub medium: Action,
    /// Overrides by category name.
    #[serde(default)]
    pub categories: BTreeMap<String, SeverityActions>,
}

impl RiskSettings {
    /// The action for a finding.
    pub fn action(&self, category: Category, severity: Severity) -> Action {
        let o = self.categories.get(category.as_str());
        let pick = |x: Option<&SeverityActions>| {
            x.and_then(|s| match severity {
                Severity::Critical => s.critical,
                Severity::High => s.high,
                Severity::Medium => s.medium,
            })
        };
        pick(o).unwrap_or(match severity {
            Severity::Critical => self.critical,
            Severity::High => self.high,
            Severity::Medium => self.medium,
        })
    }
}

/// The session guard.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionSettings {
    /// Egress after untrusted content.
    pub untrusted_egress: Action,
    /// Trust changes after untrusted content.
    pub untrusted_trust_change: Action,
    /// Egress after untrusted content and a secret.
    pub untrusted_and_secret_egress: Action,
    /// MCP servers whose output is trusted.
    #[serde(default)]
    pub trusted_mcp_servers: Vec<String>,
}

/// How the hook itself behaves.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HookSettings {
    /// The answer on internal errors, oversized input or timeouts.
    pub on_error: Action,
    /// Time budget for one decision, in milliseconds.
    pub time_budget_ms: u64,
    /// Largest resident size of the hook process while it decides, in MiB;
    /// over it, the decision gets the failure answer.
    #[serde(default = "default_memory_budget_mb")]
    pub memory_budget_mb: u64,
    /// Largest hook input accepted, in bytes.
    pub max_input_bytes: usize,
    /// Where the journal and session state live.
    #[serde(default)]
    pub state_dir: Option<String>,
    /// Deny when the journal cannot be written.
    #[serde(default = "yes")]
    pub require_journal: bool,
}

fn yes() -> bool {
    true
}

/// The default `hook.memory_budget_mb`: far above what the largest accepted
/// input needs (16 MiB of command text analyses in well under 200 MiB), far
/// below what a parser pathology reaches before the time budget.
fn default_memory_budget_mb() -> u64 {
    512
}

/// When journal records reach the disk.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum SyncMode {
    /// fsync every record.
    Always,
    /// fsync in batches, at checkpoints and at session ends.
    Batched,
    /// Leave it to the OS.
    Never,
}

/// The audit journal.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditSettings {
    /// When records reach the disk.
    pub sync: SyncMode,
    /// Records per fsync batch.
    pub sync_every: u64,
    /// Records between signed checkpoints.
    pub checkpoint_every: u64,
    /// Active file size that triggers rotation.
    pub rotate_bytes: u64,
}

/// The policy file's contents.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgPolicy {
    /// Claude Code rules.
    #[serde(default)]
    pub permissions: Permissions,
    /// Risk settings.
    pub risk: RiskSettings,
    /// Session guard settings.
    pub session: SessionSettings,
    /// Hook settings.
    pub hook: HookSettings,
    /// Audit journal settings.
    pub audit: AuditSettings,
    /// SHA-256 (hex) of the policy text (not in the file).
    #[serde(skip)]
    pub digest: String,
    /// Where the policy came from (not in the file).
    #[serde(skip)]
    pub source: String,
}

/// Partial file: every section optional, filled from the baseline.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PolicyFile {
    permissions: Option<Permissions>,
    risk: Option<RiskSettings>,
    session: Option<SessionSettings>,
    hook: Option<HookSettings>,
    audit: Option<AuditSettings>,
    // Deployment sections: compiled by `agentgate policy build`
    // ([`Deployment`]); the hook skips them unparsed.
    #[serde(rename = "claude")]
    _claude: Option<serde::de::IgnoredAny>,
    #[serde(rename = "telemetry")]
    _telemetry: Option<serde::de::IgnoredAny>,
    #[serde(rename = "network")]
    _network: Option<serde::de::IgnoredAny>,
    #[serde(rename = "mcp")]
    _mcp: Option<serde::de::IgnoredAny>,
}

/// The built-in baseline's sections, read from [`BASELINE_JSON`].
fn baseline_file() -> Result<PolicyFile, OrgPolicyError> {
    serde_json::from_str(BASELINE_JSON).map_err(|e| OrgPolicyError::Invalid {
        path: BASELINE_SOURCE.to_owned(),
        message: e.to_string(),
    })
}

impl OrgPolicy {
    /// The built-in baseline.
    pub fn baseline() -> Result<Self, OrgPolicyError> {
        let file = baseline_file()?;
        Self::assemble(file, None, BASELINE_DIGEST.to_owned(), BASELINE_SOURCE)
    }

    /// Parses a policy; sections left out come from the baseline.
    pub fn parse(text: &str, path: &str) -> Result<Self, OrgPolicyError> {
        let file: PolicyFile = toml::from_str(text).map_err(|e| OrgPolicyError::Invalid {
            path: path.to_owned(),
            message: e.to_string().trim_end().to_owned(),
        })?;
        // The baseline fills only the sections a file leaves out; most files
        // name them all, and the hook should not read the baseline as well.
        let complete = file.permissions.is_some()
            && file.risk.is_some()
            && file.session.is_some()
            && file.hook.is_some()
            && file.audit.is_some();
        let base = if complete {
            None
        } else {
            Some(baseline_file()?)
        };
        let digest = hex::encode(Sha256::digest(text.as_bytes()));
        Self::assemble(file, base, digest, path)
    }

    /// The policy from a file's sections, those it leaves out from `base`.
    fn assemble(
        file: PolicyFile,
        base: Option<PolicyFile>,
        digest: String,
        path: &str,
    ) -> Result<Self, OrgPolicyError> {
        let missing = |what: &str| OrgPolicyError::Invalid {
            path: path.to_owned(),
            message: format!("missing [{what}] section"),
        };
        fn pick<T>(
            a: Option<T>,
            b: Option<T>,
            err: impl FnOnce() -> OrgPolicyError,
        ) -> Result<T, OrgPolicyError> {
            a.or(b).ok_or_else(err)
        }
        let (bp, br, bs, bh, ba) = match base {
            Some(b) => (b.permissions, b.risk, b.session, b.hook, b.audit),
            None => (None, None, None, None, None),
        };
        let policy = Self {
            permissions: file.permissions.or(bp).unwrap_or_default(),
            risk: pick(file.risk, br, || missing("risk"))?,
            session: pick(file.session, bs, || missing("session"))?,
            hook: pick(file.hook, bh, || missing("hook"))?,
            audit: pick(file.audit, ba, || missing("audit"))?,
            digest,
            source: path.to_owned(),
        };
        policy.validate()?;
        Ok(policy)
    }

    fn validate(&self) -> Result<(), OrgPolicyError> {
        let bad = |message: String| OrgPolicyError::Invalid {
            path: self.source.clone(),
            message,
        };
        for name in self.risk.categories.keys() {
            if Category::parse(name).is_none() {
                return Err(bad(format!(
                    "unknown risk category `{name}` in [risk.categories]; expected one of: {}",
                    Category::ALL.map(|c| c.as_str()).join(", ")
                )));
            }
        }
        if self.hook.on_error == Action::Log {
            return Err(bad(
                "hook.on_error must be \"deny\" or \"ask\": a failing hook never passes a call"
                    .into(),
            ));
        }
        if self.audit.sync_every == 0 {
            return Err(bad("audit.sync_every must be at least 1".into()));
        }
        if self.hook.time_budget_ms == 0 || self.hook.time_budget_ms > 60_000 {
            return Err(bad("hook.time_budget_ms must be between 1 and 60000".into()));
        }
        if !(16..=65_536).contains(&self.hook.memory_budget_mb) {
            return Err(bad(
                "hook.memory_budget_mb must be between 16 and 65536 (MiB)".into(),
            ));
        }
        Ok(())
    }

    /// Loads the policy: `explicit` (from `--policy`), else [`SYSTEM_POLICY`]
    /// when it exists, else `$AGENTGATE_POLICY`, else the baseline. A
    /// deployed system policy is never displaced by a variable: the agent
    /// can set variables (in a project's settings `env`, for instance), and
    /// a variable pointing at a permissive file must not weaken the org's
    /// policy. A file that was named but cannot be read is an error.
    pub fn load(explicit: Option<&Path>, env: Option<&str>) -> Result<Self, OrgPolicyError> {
        Self::load_with_system(explicit, env, Path::new(SYSTEM_POLICY))
    }

    /// [`OrgPolicy::load`] with the system policy at `system` (for tests and
    /// staged trees).
    pub fn load_with_system(
        explicit: Option<&Path>,
        env: Option<&str>,
        system: &Path,
    ) -> Result<Self, OrgPolicyError> {
        let (path, via): (PathBuf, &'static str) = match (explicit, env) {
            (Some(p), _) => (p.to_path_buf(), "--policy"),
            _ if system.exists() => (system.to_path_buf(), SYSTEM_POLICY),
            (None, Some(e)) if !e.is_empty() => (PathBuf::from(e), "$AGENTGATE_POLICY"),
            _ => return Self::baseline(),
        };
        let text = std::fs::read_to_string(&path).map_err(|source| OrgPolicyError::Read {
            path: path.display().to_string(),
            via,
            source,
        })?;
        Self::parse(&text, &path.display().to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The baseline the hook reads (JSON, from build.rs) is the baseline
    /// the source shows (TOML): every field, the digest and the source.
    #[test]
    fn the_baseline_reads_the_same_from_json() {
        let json = OrgPolicy::baseline().unwrap();
        let file: PolicyFile = toml::from_str(BASELINE).unwrap();
        let digest = hex::encode(Sha256::digest(BASELINE.as_bytes()));
        let toml = OrgPolicy::assemble(file, None, digest, BASELINE_SOURCE).unwrap();
        assert_eq!(format!("{json:#?}"), format!("{toml:#?}"));
        assert!(json
            .permissions
            .deny
            .iter()
            .any(|r| r == "Read(~/.aws/credentials)"));
        // A file that names one section takes the others from the baseline.
        let partial = OrgPolicy::parse(
            "[risk]\ncritical = 'deny'\nhigh = 'ask'\nmedium = 'log'\n",
            "p.toml",
        )
        .unwrap();
        assert_eq!(format!("{:?}", partial.hook), format!("{:?}", toml.hook));
        assert_eq!(
            format!("{:?}", partial.permissions),
            format!("{:?}", toml.permissions)
        );
        assert_ne!(partial.digest, toml.digest);
    }

    /// Regression (issue 11): `AGENTGATE_POLICY` pointing at a permissive
    /// file displaced the deployed `/etc/agentgate/policy.toml`.
    #[test]
    fn a_variable_never_displaces_the_system_policy() {
        let dir = tempfile::tempdir().unwrap();
        let system = dir.path().join("system.toml");
        let loose = dir.path().join("loose.toml");
        std::fs::write(
            &system,
            "[risk]\ncritical = 'deny'\nhigh = 'deny'\nmedium = 'ask'\n",
        )
        .unwrap();
        std::fs::write(
            &loose,
            "[risk]\ncritical = 'log'\nhigh = 'log'\nmedium = 'log'\n",
        )
        .unwrap();
        let loose_s = loose.display().to_string();
        let p = OrgPolicy::load_with_system(None, Some(&loose_s), &system).unwrap();
        assert_eq!(p.source, system.display().to_string());
        assert_eq!(
            p.risk.action(Category::RemoteCodeExec, Severity::Critical),
            Action::Deny
        );
        // Without a system policy the variable still works (a developer's
        // own machine), and --policy always wins.
        let none = dir.path().join("absent.toml");
        let p = OrgPolicy::load_with_system(None, Some(&loose_s), &none).unwrap();
        assert_eq!(p.source, loose_s);
        let p = OrgPolicy::load_with_system(Some(&loose), None, &system).unwrap();
        assert_eq!(p.source, loose_s);
    }

    #[test]
    fn baseline_parses() {
        let p = OrgPolicy::baseline().unwrap();
        assert_eq!(
            p.risk.action(Category::Destructive, Severity::Critical),
            Action::Deny
        );
        assert_eq!(
            p.risk.action(Category::Destructive, Severity::Medium),
            Action::Ask
        );
        assert_eq!(p.hook.on_error, Action::Deny);
        assert!(!p.permissions.deny.is_empty());
    }

    #[test]
    fn sections_default_to_the_baseline_and_overrides_apply() {
        let p = OrgPolicy::parse(
            "[risk]\ncritical='deny'\nhigh='ask'\nmedium='log'\n[risk.categories.destructive]\nmedium='deny'\n",
            "p.toml",
        )
        .unwrap();
        assert_eq!(
            p.risk.action(Category::Destructive, Severity::Medium),
            Action::Deny
        );
        assert_eq!(
            p.risk.action(Category::Obfuscation, Severity::Medium),
            Action::Log
        );
        assert_eq!(
            p.risk.action(Category::Obfuscation, Severity::High),
            Action::Ask
        );
        assert_eq!(p.session.untrusted_and_secret_egress, Action::Deny);
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let e = OrgPolicy::parse("[risk]\ncritical = 'maybe'\n", "/etc/agentgate/policy.toml")
            .unwrap_err();
        let msg = e.to_string();
        assert!(msg.contains("/etc/agentgate/policy.toml"), "{msg}");
        assert!(msg.contains("line 2"), "{msg}");
        let e = OrgPolicy::parse("[risk.categories.nope]\nhigh='deny'\n[risk]\ncritical='deny'\nhigh='deny'\nmedium='ask'\n", "p.toml").unwrap_err();
        assert!(e.to_string().contains("unknown risk category"), "{e}");
        let e = OrgPolicy::parse(
            "[hook]\non_error='log'\ntime_budget_ms=5\nmax_input_bytes=10\n",
            "p.toml",
        )
        .unwrap_err();
        assert!(e.to_string().contains("never passes"), "{e}");
        let e = OrgPolicy::parse("surprise = 1\n", "p.toml").unwrap_err();
        assert!(e.to_string().contains("surprise"), "{e}");
    }

    #[test]
    fn a_named_missing_file_is_an_error() {
        let e = OrgPolicy::load(Some(Path::new("/nonexistent/agentgate.toml")), None).unwrap_err();
        assert!(e.to_string().contains("--policy"), "{e}");
    }
}
