//! Who ran the agent, where, and with which configuration in force: the
//! context every audit record carries.
//!
//! Everything is read from files, not from subprocesses: the hook runs once
//! per tool call, and spawning `git` (a millisecond or more) would cost more
//! than the whole decision. The git files read are the documented on-disk
//! format (HEAD, refs, packed-refs, config); `include` directives in git
//! config files are not followed.

use std::fs;
use std::path::{Path, PathBuf};

use agentgate_settings::{discover, settings_paths, DiscoverOptions, SettingsFile};
use serde::Serialize;
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};

/// Who ran the agent.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Who {
    /// OS account name.
    pub user: String,
    /// Numeric user ID (Unix).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uid: Option<u32>,
    /// Host name.
    pub host: String,
    /// git `user.email` (repository config first, then global).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub git_email: Option<String>,
}

/// The repository the agent worked in.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Repo {
    /// The work tree's root.
    pub root: String,
    /// The `origin` remote's URL (else the first remote), credentials removed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remote: Option<String>,
    /// Current branch (None when detached).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
    /// Commit checked out (None in a repository without commits).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commit: Option<String>,
}

/// Reads the OS user and host.
pub fn who(home: &Path, repo_git: Option<&GitDir>) -> Who {
    let uid = current_uid();
    let user = uid
        .and_then(user_name)
        .or_else(|| env_nonempty("USER"))
        .or_else(|| env_nonempty("LOGNAME"))
        .unwrap_or_default();
    let host = fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| fs::read_to_string("/etc/hostname"))
        .map(|h| h.trim().to_owned())
        .ok()
        .filter(|h| !h.is_empty())
        .or_else(|| env_nonempty("HOSTNAME"))
        .unwrap_or_default();
    let mut configs: Vec<PathBuf> = Vec::new();
    if let Some(g) = repo_git {
        configs.push(g.common.join("config"));
    }
    match env_nonempty("XDG_CONFIG_HOME") {
        Some(x) => configs.push(PathBuf::from(x).join("git/config")),
        None => configs.push(home.join(".config/git/config")),
    }
    configs.push(home.join(".gitconfig"));
    let git_email = configs.iter().find_map(|p| {
        let text = fs::read_to_string(p).ok()?;
        git_config_get(&text, "user", None, "email")
    });
    Who {
        user,
        uid,
        host,
        git_email,
    }
}

fn env_nonempty(k: &str) -> Option<String> {
    std::env::var(k).ok().filter(|v| !v.is_empty())
}

/// The process's effective uid (None where it cannot be learned).
#[cfg(unix)]
pub fn current_uid() -> Option<u32> {
    use std::os::unix::fs::MetadataExt;
    // /proc/self belongs to the process's effective user: a way to learn the
    // uid without a libc call (the workspace forbids unsafe code).
    // Asked several times per hook call; the answer cannot change.
    static UID: std::sync::OnceLock<Option<u32>> = std::sync::OnceLock::new();
    *UID.get_or_init(|| fs::metadata("/proc/self").ok().map(|m| m.uid()))
}

/// The process's effective uid (None where it cannot be learned).
#[cfg(not(unix))]
pub fn current_uid() -> Option<u32> {
    None
}

/// The home directory of account `uid` in /etc/passwd. Unlike `$HOME`, it
/// cannot be changed by a variable the agent sets.
pub fn account_home(uid: u32) -> Option<String> {
    passwd_field(uid, 5, |home| home.starts_with('/'))
}

fn user_name(uid: u32) -> Option<String> {
    passwd_field(uid, 0, |_| true)
}

/// Field `index` (0 = name, 5 = home) of the first /etc/passwd line of
/// account `uid` whose field `accept`s.
///
/// The file is read once per process: a hook call asks for the account's
/// name and home, and every user of this crate is a short-lived process
/// (the hook, the installer's commands).
fn passwd_field(uid: u32, index: usize, accept: fn(&str) -> bool) -> Option<String> {
    static PASSWD: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    let passwd = PASSWD
        .get_or_init(|| fs::read_to_string("/etc/passwd").ok())
        .as_deref()?;
    passwd.lines().find_map(|l| {
        let f: Vec<&str> = l.split(':').collect();
        let id = f.get(2)?.parse::<u32>().ok()?;
        let v = f.get(index)?;
        (id == uid && accept(v)).then(|| (*v).to_owned())
    })
}

/// A repository's git directory and the common directory of its worktrees.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GitDir {
    /// The work tree root.
    pub root: PathBuf,
    /// `.git`, or the worktree's own git directory.
    pub git: PathBuf,
    /// Where refs and config live (differs from `git` in linked worktrees).
    pub common: PathBuf,
}

/// Finds the repository that contains `dir`.
pub fn find_git(dir: &Path) -> Option<GitDir> {
    let mut cur = Some(dir);
    while let Some(d) = cur {
        let dot = d.join(".git");
        if let Ok(meta) = fs::metadata(&dot) {
            let git = if meta.is_dir() {
                dot
            } else {
                // A linked worktree or submodule: "gitdir: <path>".
                let text = fs::read_to_string(&dot).ok()?;
                let p = text.trim().strip_prefix("gitdir:")?.trim();
                let p = PathBuf::from(p);
                if p.is_absolute() {
                    p
                } else {
                    d.join(p)
                }
            };
            let common = fs::read_to_string(git.join("commondir"))
                .ok()
                .map(|c| {
                    let c = PathBuf::from(c.trim());
                    if c.is_absolute() {
                        c
                    } else {
                        git.join(c)
                    }
                })
                .unwrap_or_else(|| git.clone());
            return Some(GitDir {
                root: d.to_path_buf(),
                git,
                common,
            });
        }
        cur = d.parent();
    }
    None
}

/// Branch, commit and remote of a repository.
pub fn repo(g: &GitDir) -> Repo {
    let head = fs::read_to_string(g.git.join("HEAD")).unwrap_or_default();
    let head = head.trim();
    let (branch, commit) = match head.strip_prefix("ref:") {
        Some(r) => {
            let r = r.trim();
            let branch = r.strip_prefix("refs/heads/").unwrap_or(r).to_owned();
            (Some(branch), resolve_ref(g, r))
        }
        None if is_hex_id(head) => (None, Some(head.to_owned())),
        None => (None, None),
    };
    let remote = fs::read_to_string(g.common.join("config"))
        .ok()
        .and_then(|text| {
            git_config_get(&text, "remote", Some("origin"), "url")
                .or_else(|| git_config_first_remote_url(&text))
        })
        .map(|u| agentgate_redact::redact_str(&u).0);
    Repo {
        root: g.root.display().to_string(),
        remote,
        branch,
        commit,
    }
}

fn is_hex_id(s: &str) -> bool {
    (s.len() == 40 || s.len() == 64) && s.bytes().all(|b| b.is_ascii_hexdigit())
}

fn resolve_ref(g: &GitDir, name: &str) -> Option<String> {
    // Guard against a crafted HEAD pointing outside the repository.
    if name.contains("..") || name.starts_with('/') {
        return None;
    }
    for base in [&g.git, &g.common] {
        if let Ok(t) = fs::read_to_string(base.join(name)) {
            let t = t.trim();
            if is_hex_id(t) {
                return Some(t.to_owned());
            }
        }
    }
    let packed = fs::read_to_string(g.common.join("packed-refs")).ok()?;
    packed.lines().find_map(|l| {
        let (id, r) = l.split_once(' ')?;
        (r.trim() == name && is_hex_id(id)).then(|| id.to_owned())
    })
}

/// A value from git config text: `[section "sub"] key = value` (section and
/// key compared case-insensitively, the subsection exactly).
pub fn git_config_get(text: &str, section: &str, sub: Option<&str>, key: &str) -> Option<String> {
    let mut in_section = false;
    let mut found = None;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if let Some(h) = line.strip_prefix('[') {
            let h = h.split(']').next().unwrap_or("").trim();
            let (name, s) = match h.split_once(char::is_whitespace) {
                Some((n, s)) => (n, Some(s.trim().trim_matches('"'))),
                None => match h.split_once('.') {
                    Some((n, s)) => (n, Some(s)),
                    None => (h, None),
                },
            };
            in_section = name.eq_ignore_ascii_case(section) && s == sub;
            continue;
        }
        if !in_section {
            continue;
        }
        let (k, v) = line.split_once('=').unwrap_or((line, "true"));
        if k.trim().eq_ignore_ascii_case(key) {
            // The last value wins, as in git.
            found = Some(unquote(v.trim()));
        }
    }
    found
}

fn git_config_first_remote_url(text: &str) -> Option<String> {
    let name = text.lines().find_map(|l| {
        let l = l.trim().strip_prefix("[remote ")?;
        Some(l.trim_end_matches(']').trim().trim_matches('"').to_owned())
    })?;
    git_config_get(text, "remote", Some(&name), "url")
}

fn unquote(v: &str) -> String {
    let v = v.split(" #").next().unwrap_or(v).trim();
    v.strip_prefix('"')
        .and_then(|x| x.strip_suffix('"'))
        .unwrap_or(v)
        .to_owned()
}

/// The configuration in force, content-addressed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Snapshot {
    /// [`config_digest`] of the files it was read from.
    pub digest: String,
    /// Every Claude Code settings file in force (scope, path, content) and
    /// the agentgate policy (source, SHA-256 of its text).
    pub content: Value,
}

fn discover_options(home: &Path, cwd: &Path) -> DiscoverOptions {
    DiscoverOptions {
        home: home.to_path_buf(),
        cwd: cwd.to_path_buf(),
        managed_dir: DiscoverOptions::default_managed_dir(),
        config_dir: std::env::var_os("CLAUDE_CONFIG_DIR").map(PathBuf::from),
    }
}

/// The digest of the configuration in force: SHA-256 over the org policy's
/// digest and, for every settings file Claude Code reads for `cwd`, its
/// scope, path and exact bytes. Cheap enough for every hook call (no
/// parsing); [`config_snapshot`] holds the readable content for a digest.
/// `git` is the repository `cwd` is in, when the caller has found it.
pub fn config_digest(
    home: &Path,
    cwd: &Path,
    git: Option<&GitDir>,
    policy_source: &str,
    policy_digest: &str,
) -> String {
    let opts = discover_options(home, cwd);
    let mut h = Sha256::new();
    h.update(b"agentgate-config-v1\n");
    h.update(policy_source.as_bytes());
    h.update(b"\n");
    h.update(policy_digest.as_bytes());
    h.update(b"\n");
    for (scope, path) in settings_paths(&opts, git.map(|g| g.root.as_path())) {
        if let Ok(bytes) = fs::read(&path) {
            h.update(scope.as_str().as_bytes());
            h.update(b"\n");
            h.update(path.display().to_string().as_bytes());
            h.update(b"\n");
            h.update((bytes.len() as u64).to_le_bytes());
            h.update(&bytes);
        }
    }
    hex::encode(h.finalize())
}

/// The readable snapshot of the configuration whose [`config_digest`] is
/// `digest`: every Claude Code settings file (scope, path, parsed content)
/// and the org policy's identity, secrets redacted.
pub fn config_snapshot(
    digest: String,
    home: &Path,
    cwd: &Path,
    policy_source: &str,
    policy_digest: &str,
) -> Snapshot {
    let files = match discover(&discover_options(home, cwd)) {
        Ok(sources) => sources
            .files()
            .into_iter()
            .map(|f: &SettingsFile| {
                json!({"scope": f.scope.as_str(), "path": f.path, "content": Value::Object(f.value.clone())})
            })
            .collect(),
        Err(e) => vec![json!({"error": e.to_string()})],
    };
    let mut content = json!({
        "claude_code_settings": files,
        "agentgate_policy": {"source": policy_source, "sha256": policy_digest},
    });
    // Settings may hold secrets (env values, helper commands with tokens).
    agentgate_redact::redact_value(&mut content);
    Snapshot { digest, content }
}

/// Whether the snapshot for `digest` is already stored in `dir`.
pub fn snapshot_stored(dir: &Path, digest: &str) -> bool {
    dir.join(format!("{digest}.json")).exists()
}

/// Stores a snapshot once, as `<dir>/<digest>.json` (write, then rename, so a
/// reader never sees half a file).
pub fn store_snapshot(dir: &Path, s: &Snapshot) -> std::io::Result<PathBuf> {
    let path = dir.join(format!("{}.json", s.digest));
    if path.exists() {
        return Ok(path);
    }
    fs::create_dir_all(dir)?;
    let tmp = dir.join(format!(".{}.{}.tmp", s.digest, std::process::id()));
    fs::write(&tmp, canonical(&s.content))?;
    fs::rename(&tmp, &path)?;
    Ok(path)
}

/// JSON with object keys sorted at every level, so that equal content has
/// one digest whatever order the files listed keys in.
pub fn canonical(v: &Value) -> String {
    fn sort(v: &Value) -> Value {
        match v {
            Value::Object(m) => {
                let mut keys: Vec<&String> = m.keys().collect();
                keys.sort();
                let mut out = Map::new();
                for k in keys {
                    if let Some(x) = m.get(k) {
                        out.insert(k.clone(), sort(x));
                    }
                }
                Value::Object(out)
            }
            Value::Array(a) => Value::Array(a.iter().map(sort).collect()),
            other => other.clone(),
        }
    }
    sort(v).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo_fixture() -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        let g = d.path().join(".git");
        fs::create_dir_all(g.join("refs/heads")).unwrap();
        fs::write(g.join("HEAD"), "ref: refs/heads/feature/x\n").unwrap();
        fs::write(
            g.join("packed-refs"),
            "# pack-refs with: peeled\n1111111111111111111111111111111111111111 refs/heads/feature/x\n",
        )
        .unwrap();
        fs::write(
            g.join("config"),
            "[core]\n\tbare = false\n[remote \"upstream\"]\n\turl = https://example.com/up.git\n[remote \"origin\"]\n\turl = https://dev:s3cretpass@git.example.com/team/app.git\n[user]\n\temail = dev@example.com\n",
        )
        .unwrap();
        fs::create_dir_all(d.path().join("src/deep")).unwrap();
        d
    }

    #[test]
    fn reads_branch_commit_remote_and_email_from_files() {
        let d = repo_fixture();
        let g = find_git(&d.path().join("src/deep")).unwrap();
        assert_eq!(g.root, d.path());
        let r = repo(&g);
        assert_eq!(r.branch.as_deref(), Some("feature/x"));
        assert_eq!(
            r.commit.as_deref(),
            Some("1111111111111111111111111111111111111111")
        );
        assert_eq!(
            r.remote.as_deref(),
            Some("https://dev:[REDACTED:url-password]@git.example.com/team/app.git"),
            "credentials in the remote URL are not journaled"
        );
        let w = who(Path::new("/nonexistent"), Some(&g));
        assert_eq!(w.git_email.as_deref(), Some("dev@example.com"));
        // A loose ref wins over packed-refs.
        fs::create_dir_all(d.path().join(".git/refs/heads/feature")).unwrap();
        fs::write(
            d.path().join(".git/refs/heads/feature/x"),
            "2222222222222222222222222222222222222222\n",
        )
        .unwrap();
        assert_eq!(
            repo(&g).commit.as_deref(),
            Some("2222222222222222222222222222222222222222")
        );
    }

    #[test]
    fn detached_head_and_hostile_ref() {
        let d = repo_fixture();
        let g = find_git(d.path()).unwrap();
        fs::write(
            d.path().join(".git/HEAD"),
            "3333333333333333333333333333333333333333\n",
        )
        .unwrap();
        let r = repo(&g);
        assert_eq!(
            (r.branch, r.commit.as_deref()),
            (None, Some("3333333333333333333333333333333333333333"))
        );
        fs::write(d.path().join(".git/HEAD"), "ref: ../../../../etc/passwd\n").unwrap();
        assert_eq!(repo(&g).commit, None);
    }

    #[test]
    fn worktree_gitdir_file_is_followed() {
        let d = repo_fixture();
        let wt = d.path().join(".git/worktrees/w1");
        fs::create_dir_all(&wt).unwrap();
        fs::write(wt.join("HEAD"), "ref: refs/heads/feature/x\n").unwrap();
        fs::write(wt.join("commondir"), "../..\n").unwrap();
        let tree = tempfile::tempdir().unwrap();
        fs::write(
            tree.path().join(".git"),
            format!("gitdir: {}\n", wt.display()),
        )
        .unwrap();
        let g = find_git(tree.path()).unwrap();
        let r = repo(&g);
        assert_eq!(
            r.commit.as_deref(),
            Some("1111111111111111111111111111111111111111")
        );
        assert!(r.remote.unwrap().contains("git.example.com"));
    }

    #[test]
    fn snapshot_digest_follows_the_files_and_redacts() {
        let home = tempfile::tempdir().unwrap();
        let cwd = tempfile::tempdir().unwrap();
        fs::create_dir_all(home.path().join(".claude")).unwrap();
        fs::write(
            home.path().join(".claude/settings.json"),
            r#"{"model":"opus","env":{"API_TOKEN":"abc123"}}"#,
        )
        .unwrap();
        let digest = |src: &str| config_digest(home.path(), cwd.path(), None, src, "ab");
        let a = config_snapshot(
            digest("<built-in baseline>"),
            home.path(),
            cwd.path(),
            "<built-in baseline>",
            "ab",
        );
        assert_eq!(
            a.digest,
            digest("<built-in baseline>"),
            "unchanged files, same digest"
        );
        assert!(
            !a.content.to_string().contains("abc123"),
            "secrets redacted"
        );
        assert!(a.content.to_string().contains("opus"));
        let store = tempfile::tempdir().unwrap();
        assert!(!snapshot_stored(store.path(), &a.digest));
        let p = store_snapshot(store.path(), &a).unwrap();
        assert!(snapshot_stored(store.path(), &a.digest));
        assert_eq!(p, store_snapshot(store.path(), &a).unwrap(), "stored once");
        fs::write(
            home.path().join(".claude/settings.json"),
            r#"{"env":{"API_TOKEN":"abc123"},"model":"opus"}"#,
        )
        .unwrap();
        let b = digest("<built-in baseline>");
        assert_ne!(
            a.digest, b,
            "any byte of a settings file changes the digest"
        );
        let c = digest("/etc/agentgate/policy.toml");
        assert_ne!(b, c, "the org policy is part of the configuration");
    }
}
