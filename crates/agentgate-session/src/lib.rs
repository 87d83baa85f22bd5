//! Per-session guard state.
//!
//! Each Claude Code session (keyed by its `session_id`) gets one small file
//! that records, append-only, the first time the session took in untrusted
//! content and the first time it touched a secret. Appending one short line
//! with `O_APPEND` is atomic with respect to concurrent hook processes and
//! leaves nothing half-updated after a crash; the state is the fold of the
//! lines. A file that cannot be read or understood counts as tainted: the
//! guard fails towards stricter, never looser.
//!
//! Besides the two first-time marks, a session remembers every git remote a
//! call pointed off the machine (`git remote add`, `set-url`, `git config
//! remote.NAME.url`): a push to one in a later call is judged as a push to
//! its URL, as it would be in the same command line.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

/// A state file larger than this is not read; the session counts as tainted.
const MAX_STATE_BYTES: u64 = 64 * 1024;

/// Errors from the session store.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    /// The state directory or file cannot be used.
    #[error("cannot use the session state at {path}: {source}; check that the directory is writable, or point hook.state_dir elsewhere")]
    Io {
        /// The file or directory.
        path: String,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
}

/// What a session has taken in so far.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SessionState {
    /// The first untrusted content the session read (what and where).
    pub untrusted: Option<String>,
    /// The first secret the session touched.
    pub secret: Option<String>,
    /// Git remotes the session pointed off the machine, by name.
    pub remotes: Vec<String>,
}

/// Something the session did that changes how strict the guard is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mark {
    /// Took in untrusted content.
    Untrusted(String),
    /// Touched a secret.
    Secret(String),
    /// Pointed the git remote of this name off the machine.
    Remote(String),
}

impl Mark {
    /// Whether `state` lacks this mark (a first-time mark of a kind the
    /// state has is not new; a remote is new until recorded).
    pub fn is_new(&self, state: &SessionState) -> bool {
        match self {
            Mark::Untrusted(_) => state.untrusted.is_none(),
            Mark::Secret(_) => state.secret.is_none(),
            Mark::Remote(name) => !state.remotes.iter().any(|r| r == &clean(name)),
        }
    }
}

/// A mark's text as stored: one line, no control characters, bounded.
fn clean(what: &str) -> String {
    what.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(300)
        .collect()
}

/// The directory of session state files.
#[derive(Clone, Debug)]
pub struct SessionStore {
    dir: PathBuf,
}

impl SessionStore {
    /// A store in `dir` (created on first write).
    pub fn new(dir: &Path) -> Self {
        Self {
            dir: dir.to_path_buf(),
        }
    }

    /// The state file of a session. Session ids come from the agent, so they
    /// are hashed rather than used as file names.
    pub fn file(&self, session_id: &str) -> PathBuf {
        let digest = hex::encode(Sha256::digest(session_id.as_bytes()));
        self.dir.join(format!("{}.state", &digest[..32]))
    }

    /// Loads a session's state. A missing file is a fresh session.
    pub fn load(&self, session_id: &str) -> SessionState {
        let path = self.file(session_id);
        let meta = match fs::metadata(&path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return SessionState::default(),
            Err(e) => return tainted(&format!("session state unreadable: {e}")),
        };
        if meta.len() > MAX_STATE_BYTES {
            return tainted("session state file is oversized");
        }
        let text = match fs::read(&path) {
            Ok(b) => b,
            Err(e) => return tainted(&format!("session state unreadable: {e}")),
        };
        let text = String::from_utf8_lossy(&text);
        let mut state = SessionState::default();
        for line in text.lines() {
            match line.split_once('\t') {
                Some(("untrusted", what)) => {
                    state.untrusted.get_or_insert_with(|| what.to_owned());
                }
                Some(("secret", what)) => {
                    state.secret.get_or_insert_with(|| what.to_owned());
                }
                Some(("remote", name)) => {
                    if !state.remotes.iter().any(|r| r == name) {
                        state.remotes.push(name.to_owned());
                    }
                }
                _ if line.is_empty() => {}
                _ => return tainted("session state file is damaged"),
            }
        }
        state
    }

    /// Records a mark unless the state already has one of its kind.
    pub fn mark(
        &self,
        session_id: &str,
        current: &SessionState,
        mark: &Mark,
    ) -> Result<(), SessionError> {
        if !mark.is_new(current) {
            return Ok(());
        }
        let (kind, what) = match mark {
            Mark::Untrusted(w) => ("untrusted", w),
            Mark::Secret(w) => ("secret", w),
            Mark::Remote(w) => ("remote", w),
        };
        let io = |path: &Path| {
            let path = path.display().to_string();
            move |source| SessionError::Io { path, source }
        };
        fs::create_dir_all(&self.dir).map_err(io(&self.dir))?;
        let path = self.file(session_id);
        let mut opts = OpenOptions::new();
        opts.append(true).create(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let mut f = opts.open(&path).map_err(io(&path))?;
        f.write_all(format!("{kind}\t{}\n", clean(what)).as_bytes())
            .map_err(io(&path))
    }

    /// Forgets a session (at SessionEnd).
    pub fn end(&self, session_id: &str) {
        let _ = fs::remove_file(self.file(session_id));
    }
}

fn tainted(why: &str) -> SessionState {
    // A state that cannot be read cannot say which remotes the session
    // pointed elsewhere; `origin` is the one a bare `git push` uses.
    SessionState {
        untrusted: Some(why.to_owned()),
        secret: Some(why.to_owned()),
        remotes: vec!["origin".to_owned()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_persist_and_first_wins() {
        let dir = tempfile::tempdir().unwrap();
        let store = SessionStore::new(dir.path());
        let s = store.load("abc");
        assert_eq!(s, SessionState::default());
        store
            .mark("abc", &s, &Mark::Untrusted("WebFetch https://x".into()))
            .unwrap();
        let s = store.load("abc");
        assert_eq!(s.untrusted.as_deref(), Some("WebFetch https://x"));
        store
            .mark("abc", &s, &Mark::Untrusted("second".into()))
            .unwrap();
        store
            .mark("abc", &s, &Mark::Secret("Read .env".into()))
            .unwrap();
        let s = store.load("abc");
        assert_eq!(s.untrusted.as_deref(), Some("WebFetch https://x"));
        assert_eq!(s.secret.as_deref(), Some("Read .env"));
        assert_eq!(store.load("other"), SessionState::default());
        store.end("abc");
        assert_eq!(store.load("abc"), SessionState::default());
    }

    #[test]
    fn remotes_accumulate_once_each() {
        let dir = tempfile::tempdir().unwrap();
        let store = SessionStore::new(dir.path());
        let s = store.load("r");
        assert!(s.remotes.is_empty());
        store.mark("r", &s, &Mark::Remote("origin".into())).unwrap();
        let s = store.load("r");
        store.mark("r", &s, &Mark::Remote("origin".into())).unwrap();
        store
            .mark("r", &s, &Mark::Remote("fork\tx".into()))
            .unwrap();
        store
            .mark("r", &s, &Mark::Secret("Read .env".into()))
            .unwrap();
        let s = store.load("r");
        assert_eq!(s.remotes, ["origin", "fork x"]);
        assert!(!Mark::Remote("fork\tx".into()).is_new(&s));
        assert!(Mark::Remote("up".into()).is_new(&s));
        assert_eq!(s.secret.as_deref(), Some("Read .env"));
        assert!(store.load("other").remotes.is_empty());
    }

    #[test]
    fn damaged_or_huge_state_counts_as_tainted() {
        let dir = tempfile::tempdir().unwrap();
        let store = SessionStore::new(dir.path());
        fs::write(store.file("s"), "garbage\n").unwrap();
        assert!(store.load("s").untrusted.is_some());
        fs::write(store.file("t"), "x".repeat(100_000)).unwrap();
        assert!(store.load("t").secret.is_some());
    }

    #[test]
    fn hostile_session_ids_stay_inside_the_directory() {
        let dir = tempfile::tempdir().unwrap();
        let store = SessionStore::new(dir.path());
        let f = store.file("../../etc/passwd");
        assert_eq!(f.parent(), Some(dir.path()));
    }
}
