//! `agentgate policy install | diff | rollback`: the compiled files written
//! to the system's managed directory, root-owned and not writable by
//! anyone else, with every replaced version kept for diff and rollback.
//!
//! An install that would weaken the installed policy (a deny rule dropped,
//! an allow rule added, a lock turned off, a looser mode, telemetry or the
//! proxy removed, ...) is refused unless forced: a stricter policy set by
//! one team is not undone by another's stale file.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::{render, Build, Platform, MCP_FILE, SETTINGS_FILE};

/// Install errors.
#[derive(Debug, thiserror::Error)]
pub enum InstallError {
    /// A file or directory could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// Where.
        path: String,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
    /// The new policy is looser than the installed one.
    #[error("the new policy would weaken the installed one:\n{}\nreview the change with `agentgate policy diff`, and pass --force if it is intended", .0.iter().map(|w| format!("  - {w}")).collect::<Vec<_>>().join("\n"))]
    Weakens(Vec<String>),
    /// An installed file is not JSON.
    #[error("the installed {path} is not valid JSON ({detail}); Claude Code ignores it whole. Reinstall with --force")]
    Damaged {
        /// The file.
        path: String,
        /// The parse error.
        detail: String,
    },
    /// Nothing to roll back to.
    #[error("no earlier version is kept in {0}")]
    NoHistory(String),
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> InstallError + '_ {
    move |source| InstallError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// What was recorded with each installed version.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InstallMeta {
    /// When (RFC 3339).
    pub installed_at: String,
    /// The policy file it was built from.
    pub policy: String,
    /// SHA-256 of the policy text.
    pub policy_digest: String,
    /// Whether --force overrode a weakening.
    #[serde(default)]
    pub forced: bool,
}

/// What an install did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct InstallReport {
    /// The managed directory written.
    pub managed_dir: String,
    /// Files written.
    pub written: Vec<String>,
    /// Files removed (a managed-mcp.json the policy no longer has).
    pub removed: Vec<String>,
    /// Where the replaced version was kept (None: nothing was installed).
    pub kept: Option<String>,
    /// False when the installed files were already these.
    pub changed: bool,
    /// Weakenings overridden with --force.
    pub forced: Vec<String>,
}

/// The managed directory of a system rooted at `root`.
#[derive(Clone, Debug)]
pub struct Installer {
    /// `/` for this machine; a directory for a staged tree (tests, images).
    pub root: PathBuf,
    /// Whose paths.
    pub platform: Platform,
}

/// Joins an absolute system path under `root`.
fn under(root: &Path, abs: &Path) -> PathBuf {
    let rel: PathBuf = abs
        .components()
        .filter(|c| {
            !matches!(
                c,
                std::path::Component::RootDir | std::path::Component::Prefix(_)
            )
        })
        .collect();
    root.join(rel)
}

impl Installer {
    /// The installer for this machine.
    pub fn system() -> Self {
        Self {
            root: PathBuf::from("/"),
            platform: Platform::current(),
        }
    }

    /// Where Claude Code reads managed files.
    pub fn managed_dir(&self) -> PathBuf {
        under(&self.root, &self.platform.managed_dir())
    }

    /// Where replaced versions are kept, newest last.
    pub fn history_dir(&self) -> PathBuf {
        match self.platform {
            Platform::Windows => under(
                &self.root,
                Path::new(r"C:\ProgramData\agentgate\managed-history"),
            ),
            _ => under(&self.root, Path::new("/var/lib/agentgate/managed-history")),
        }
    }

    /// The installed files, if any.
    pub fn installed(&self) -> Result<Option<Build>, InstallError> {
        read_build(&self.managed_dir())
    }

    /// Kept versions, oldest first.
    pub fn history(&self) -> Result<Vec<PathBuf>, InstallError> {
        let dir = self.history_dir();
        let mut out = match fs::read_dir(&dir) {
            Ok(rd) => rd
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.join(SETTINGS_FILE).exists())
                .collect::<Vec<_>>(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
            Err(e) => return Err(io(&dir)(e)),
        };
        out.sort();
        Ok(out)
    }

    /// Installs `build`; refuses to weaken the installed policy unless
    /// `force`.
    pub fn install(
        &self,
        build: &Build,
        meta: &InstallMeta,
        force: bool,
    ) -> Result<InstallReport, InstallError> {
        let dir = self.managed_dir();
        let current = self.installed()?;
        let weak = current
            .as_ref()
            .map(|c| weakenings(c, build))
            .unwrap_or_default();
        if !weak.is_empty() && !force {
            return Err(InstallError::Weakens(weak));
        }
        let mut report = InstallReport {
            managed_dir: dir.display().to_string(),
            written: Vec::new(),
            removed: Vec::new(),
            kept: None,
            changed: current.as_ref() != Some(build),
            forced: weak,
        };
        if !report.changed {
            return Ok(report);
        }
        if current.is_some() {
            report.kept = Some(self.keep(&dir)?.display().to_string());
        }
        make_dir(&dir)?;
        for (name, text) in build.files() {
            let path = dir.join(name);
            write_atomic(&path, text.as_bytes())?;
            report.written.push(path.display().to_string());
        }
        if build.mcp.is_none() {
            let stale = dir.join(MCP_FILE);
            if stale.exists() {
                fs::remove_file(&stale).map_err(io(&stale))?;
                report.removed.push(stale.display().to_string());
            }
        }
        let record = InstallMeta {
            forced: !report.forced.is_empty(),
            ..meta.clone()
        };
        let meta_path = dir.join(".agentgate-install.json");
        write_atomic(
            &meta_path,
            render(&serde_json::to_value(&record).unwrap_or_default()).as_bytes(),
        )?;
        Ok(report)
    }

    /// Where the hook reads the org policy (`--policy` as `policy build`
    /// pins it).
    pub fn policy_file(&self) -> PathBuf {
        under(&self.root, Path::new(agentgate_orgpolicy::SYSTEM_POLICY))
    }

    /// Installs the org policy file itself, next to the managed settings it
    /// was compiled into, so the hook's pinned `--policy` names the same
    /// policy. Returns the path when it was written (None: unchanged).
    pub fn install_policy(&self, text: &str) -> Result<Option<String>, InstallError> {
        let path = self.policy_file();
        if fs::read_to_string(&path).ok().as_deref() == Some(text) {
            return Ok(None);
        }
        if let Some(dir) = path.parent() {
            make_dir(dir)?;
        }
        write_atomic(&path, text.as_bytes())?;
        Ok(Some(path.display().to_string()))
    }

    /// Copies the installed files into a new history entry.
    fn keep(&self, dir: &Path) -> Result<PathBuf, InstallError> {
        let hist = self.history_dir();
        make_dir(&hist)?;
        // Numbered after the newest entry (not by count: a rollback removes
        // one, and a count would reuse a number still taken).
        let n = self
            .history()?
            .last()
            .and_then(|p| p.file_name()?.to_str()?.parse::<u64>().ok())
            .unwrap_or(0)
            + 1;
        let entry = hist.join(format!("{n:06}"));
        make_dir(&entry)?;
        for name in [SETTINGS_FILE, MCP_FILE, ".agentgate-install.json"] {
            let from = dir.join(name);
            if from.exists() {
                let bytes = fs::read(&from).map_err(io(&from))?;
                write_atomic(&entry.join(name), &bytes)?;
            }
        }
        Ok(entry)
    }

    /// Puts the newest kept version back (the current one is kept in turn),
    /// and drops it from the history.
    pub fn rollback(&self) -> Result<InstallReport, InstallError> {
        let hist = self.history()?;
        let Some(last) = hist.last() else {
            return Err(InstallError::NoHistory(
                self.history_dir().display().to_string(),
            ));
        };
        let previous = read_build(last)?
            .ok_or_else(|| InstallError::NoHistory(self.history_dir().display().to_string()))?;
        let meta: InstallMeta = fs::read_to_string(last.join(".agentgate-install.json"))
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default();
        let entry = last.clone();
        // A rollback is an explicit choice: it may loosen.
        let report = self.install(&previous, &meta, true)?;
        fs::remove_dir_all(&entry).map_err(io(&entry))?;
        Ok(report)
    }
}

/// The files of a kept version.
pub fn read_kept(entry: &Path) -> Result<Option<Build>, InstallError> {
    read_build(entry)
}

fn read_build(dir: &Path) -> Result<Option<Build>, InstallError> {
    let read = |name: &str| -> Result<Option<Value>, InstallError> {
        let p = dir.join(name);
        match fs::read_to_string(&p) {
            Ok(t) => serde_json::from_str(&t)
                .map(Some)
                .map_err(|e| InstallError::Damaged {
                    path: p.display().to_string(),
                    detail: e.to_string(),
                }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io(&p)(e)),
        }
    };
    let Some(settings) = read(SETTINGS_FILE)? else {
        return Ok(None);
    };
    Ok(Some(Build {
        settings,
        mcp: read(MCP_FILE)?,
    }))
}

/// Creates a directory (and parents), root-only writable.
fn make_dir(dir: &Path) -> Result<(), InstallError> {
    fs::create_dir_all(dir).map_err(io(dir))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o755)).map_err(io(dir))?;
        chown_root(dir)?;
    }
    Ok(())
}

/// When running as root, the file belongs to root (a file owned by a user
/// lets that user rewrite the org's policy).
#[cfg(unix)]
fn chown_root(path: &Path) -> Result<(), InstallError> {
    // Files we create are ours already; this also fixes the group, and a
    // managed directory that existed with another owner. Where the uid is
    // unknown nothing is changed, and `agentgate check` reports a file not
    // owned by root.
    if agentgate_context::current_uid() == Some(0) {
        std::os::unix::fs::chown(path, Some(0), Some(0)).map_err(io(path))?;
    }
    Ok(())
}

/// Writes through a temporary file in the same directory, synced, then
/// renamed into place: a reader sees the old file or the new one, never
/// half of either. Mode 0644: readable by the agents, writable by root only.
fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), InstallError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let tmp = dir.join(format!(
        ".{}.tmp",
        path.file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("agentgate")
    ));
    {
        let mut f = fs::File::create(&tmp).map_err(io(&tmp))?;
        f.write_all(bytes).map_err(io(&tmp))?;
        f.sync_all().map_err(io(&tmp))?;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&tmp, fs::Permissions::from_mode(0o644)).map_err(io(&tmp))?;
        chown_root(&tmp)?;
    }
    fs::rename(&tmp, path).map_err(io(path))
}

/// How strict a mode is (higher: looser).
fn looseness(mode: &str) -> u8 {
    match mode {
        "plan" | "dontAsk" => 0,
        "default" | "manual" => 1,
        "acceptEdits" => 2,
        "auto" => 3,
        "bypassPermissions" => 4,
        _ => 1,
    }
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|x| x.as_str().map_or_else(|| x.to_string(), str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// Every way `new` is looser than `old`, in words.
pub fn weakenings(old: &Build, new: &Build) -> Vec<String> {
    let (o, n) = (&old.settings, &new.settings);
    let mut out = Vec::new();
    let at = |v: &Value, p: &str| v.pointer(p).cloned().unwrap_or(Value::Null);
    for (p, what) in [
        ("/permissions/deny", "deny rule"),
        ("/permissions/ask", "ask rule"),
        ("/deniedMcpServers", "denied MCP server"),
    ] {
        let now = strings(&at(n, p));
        for r in strings(&at(o, p)) {
            if !now.contains(&r) {
                out.push(format!("{what} {r} is removed"));
            }
        }
    }
    for (p, what) in [
        ("/permissions/allow", "allow rule"),
        ("/allowedMcpServers", "allowed MCP server"),
    ] {
        let before = at(o, p);
        let was = strings(&before);
        // An absent MCP allowlist allows everything: going from a list to
        // none is the widest widening.
        if p == "/allowedMcpServers" && !before.is_null() && at(n, p).is_null() {
            out.push("the MCP server allowlist is removed (every server allowed)".into());
            continue;
        }
        for r in strings(&at(n, p)) {
            if !was.contains(&r) {
                out.push(format!("{what} {r} is added"));
            }
        }
    }
    for (p, what) in [
        ("/allowManagedHooksOnly", "managed-only hooks"),
        ("/allowManagedMcpServersOnly", "managed-only MCP servers"),
        (
            "/allowManagedPermissionRulesOnly",
            "managed-only permission rules",
        ),
    ] {
        if at(o, p) == Value::Bool(true) && at(n, p) != Value::Bool(true) {
            out.push(format!("{what} is turned off"));
        }
    }
    if at(o, "/enableAllProjectMcpServers") != Value::Bool(true)
        && at(n, "/enableAllProjectMcpServers") == Value::Bool(true)
    {
        out.push("every repository's .mcp.json servers are enabled".into());
    }
    for (p, what) in [
        (
            "/permissions/disableBypassPermissionsMode",
            "the bypassPermissions lock",
        ),
        ("/permissions/disableAutoMode", "the auto mode lock"),
        ("/env/CLAUDE_CODE_ENABLE_TELEMETRY", "telemetry"),
        ("/env/OTEL_EXPORTER_OTLP_ENDPOINT", "the telemetry endpoint"),
        ("/env/HTTPS_PROXY", "the egress proxy"),
    ] {
        if !at(o, p).is_null() && at(n, p).is_null() {
            out.push(format!("{what} is removed"));
        }
    }
    let (om, nm) = (
        at(o, "/permissions/defaultMode"),
        at(n, "/permissions/defaultMode"),
    );
    if let (Some(a), Some(b)) = (om.as_str(), nm.as_str()) {
        if looseness(b) > looseness(a) {
            out.push(format!("the default mode goes from {a} to {b}"));
        }
    }
    if let Some(hooks) = at(o, "/hooks").as_object() {
        for (event, v) in hooks {
            if at(n, &format!("/hooks/{event}")) != *v {
                out.push(format!("the {event} hooks change or are removed"));
            }
        }
    }
    match (&old.mcp, &new.mcp) {
        (Some(_), None) => out
            .push("managed-mcp.json is removed (users may add their own MCP servers again)".into()),
        (Some(a), Some(b)) => {
            let names = |v: &Value| -> Vec<String> {
                v["mcpServers"]
                    .as_object()
                    .map(|m| m.keys().cloned().collect())
                    .unwrap_or_default()
            };
            let was = names(a);
            for s in names(b) {
                if !was.contains(&s) {
                    out.push(format!("managed MCP server {s} is added"));
                }
            }
        }
        _ => {}
    }
    out
}

/// One difference between two settings files.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Change {
    /// JSON pointer of the value.
    pub path: String,
    /// Before (None: absent).
    pub before: Option<Value>,
    /// After (None: absent).
    pub after: Option<Value>,
}

/// Leaf-level differences, in path order. Arrays of strings are compared as
/// sets (an added rule is one change, not a shifted list).
pub fn diff(before: &Value, after: &Value) -> Vec<Change> {
    let mut out = Vec::new();
    diff_at("", before, after, &mut out);
    out
}

fn diff_at(path: &str, a: &Value, b: &Value, out: &mut Vec<Change>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let mut keys: Vec<&String> = x.keys().chain(y.keys()).collect();
            keys.sort();
            keys.dedup();
            for k in keys {
                let p = format!("{path}/{}", k.replace('~', "~0").replace('/', "~1"));
                match (x.get(k), y.get(k)) {
                    (Some(u), Some(v)) => diff_at(&p, u, v, out),
                    (u, v) => out.push(Change {
                        path: p,
                        before: u.cloned(),
                        after: v.cloned(),
                    }),
                }
            }
        }
        (Value::Array(x), Value::Array(y)) if x.iter().chain(y.iter()).all(Value::is_string) => {
            for v in x.iter().filter(|v| !y.contains(v)) {
                out.push(Change {
                    path: path.to_owned(),
                    before: Some(v.clone()),
                    after: None,
                });
            }
            for v in y.iter().filter(|v| !x.contains(v)) {
                out.push(Change {
                    path: path.to_owned(),
                    before: None,
                    after: Some(v.clone()),
                });
            }
        }
        _ if a != b => out.push(Change {
            path: path.to_owned(),
            before: Some(a.clone()),
            after: Some(b.clone()),
        }),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn b(v: Value) -> Build {
        Build {
            settings: v,
            mcp: None,
        }
    }

    #[test]
    fn weakenings_are_named() {
        let old = b(json!({
            "permissions": {"deny": ["Read(~/.ssh/**)"], "allow": [], "defaultMode": "plan",
                            "disableBypassPermissionsMode": "disable"},
            "allowManagedHooksOnly": true,
            "allowedMcpServers": [],
            "env": {"HTTPS_PROXY": "http://p:3128"}
        }));
        let new = b(json!({
            "permissions": {"deny": [], "allow": ["Bash"], "defaultMode": "bypassPermissions"},
            "allowManagedHooksOnly": false,
            "env": {}
        }));
        let w = weakenings(&old, &new);
        assert_eq!(
            w,
            [
                "deny rule Read(~/.ssh/**) is removed",
                "allow rule Bash is added",
                "the MCP server allowlist is removed (every server allowed)",
                "managed-only hooks is turned off",
                "the bypassPermissions lock is removed",
                "the egress proxy is removed",
                "the default mode goes from plan to bypassPermissions"
            ]
        );
        assert!(
            weakenings(&new, &old).is_empty(),
            "tightening is not weakening"
        );
    }

    #[test]
    fn diff_lists_rules_as_set_changes() {
        let d = diff(
            &json!({"permissions": {"deny": ["A", "B"]}, "x": 1}),
            &json!({"permissions": {"deny": ["B", "C"]}, "y": 2}),
        );
        let text: Vec<String> = d
            .iter()
            .map(|c| format!("{} {:?} {:?}", c.path, c.before, c.after))
            .collect();
        assert_eq!(
            text,
            [
                "/permissions/deny Some(String(\"A\")) None",
                "/permissions/deny None Some(String(\"C\"))",
                "/x Some(Number(1)) None",
                "/y None Some(Number(2))"
            ]
        );
    }
}
