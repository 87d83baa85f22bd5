//! Per-session guard state.
//!
//! Each Claude Code session (keyed by its `session_id`) gets one small file
//! that records, append-only, the first time the session took in untrusted
//! content and the first time it touched a secret. Appending one short line
//! with `O_APPEND` is atomic with respect to concurrent hook processes and
//! leaves nothing half-updated after a crash; the state is the fold of the
//! lines. A file that cannot be read or understood counts as tainted: the
//! guard fails towards stricter, never looser.

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
}

/// Something the session did that changes how strict the guard is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mark {
    /// Took in untrusted content.
    Untrusted(String),
    /// Touched a secret.
    Secret(String),
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
        let (kind, what) = match mark {
            Mark::Untrusted(w) if current.untrusted.is_none() => ("untrusted", w),
            Mark::Secret(w) if current.secret.is_none() => ("secret", w),
            _ => return Ok(()),
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
        let clean: String = what
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .take(300)
            .collect();
        f.write_all(format!("{kind}\t{clean}\n").as_bytes())
            .map_err(io(&path))
    }

    /// Forgets a session (at SessionEnd).
    pub fn end(&self, session_id: &str) {
        let _ = fs::remove_file(self.file(session_id));
    }
}

fn tainted(why: &str) -> SessionState {
    SessionState {
        untrusted: Some(why.to_owned()),
        secret: Some(why.to_owned()),
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
