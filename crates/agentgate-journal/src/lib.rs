//! The local audit journal: one JSON line per hook event, on each device.
//!
//! - **Append-only and hash-chained.** Every line carries the device's
//!   sequence number and the SHA-256 of the previous line, so that
//!   `audit verify` detects modified, deleted, inserted or reordered records.
//! - **Signed checkpoints.** Every `checkpoint_every` records, and when a
//!   session stops, the journal signs a checkpoint (C2SP signed note with a
//!   tlog-checkpoint body: the RFC 6962 Merkle root over all lines so far and
//!   the chain head) with the device's Ed25519 key. A checkpoint pins the
//!   journal's length, so truncation is detected too.
//! - **Crash-safe.** Each record is a single `write` of a whole line under an
//!   exclusive file lock (hook processes run concurrently). A line torn by a
//!   crash is fenced off with a newline on the next append, and verify names
//!   it. State files are replaced atomically (write, fsync, rename).
//! - **Batched fsync.** `Sync::Batched` flushes every `sync_every` records,
//!   at each checkpoint and when a session stops: a power loss costs at most
//!   one batch, and the tool calls in between pay no disk flush.
//! - **Rotated.** After a checkpoint, an active file larger than
//!   `rotate_bytes` is renamed `journal-<last seq>.jsonl`; the chain and the
//!   sequence continue in the new file.

pub mod device;
pub mod merkle;
pub mod note;
pub mod verify;

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

pub use device::DeviceKey;
pub use merkle::{Frontier, Hash};
pub use note::Checkpoint;
pub use verify::{verify_dir, verify_lines, Problem, Report};

/// The hash recorded as `prev` by the first record of a journal.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// How far back from the end the previous record is looked for. Records are
/// capped well below this (see [`MAX_RECORD_BYTES`]).
const TAIL_WINDOW: u64 = 256 * 1024;

/// Largest serialised record; bigger values are shortened before writing.
pub const MAX_RECORD_BYTES: usize = 64 * 1024;

/// The active journal file's name.
pub const ACTIVE: &str = "journal.jsonl";
/// The signed checkpoints, one JSON line each.
pub const CHECKPOINTS: &str = "checkpoints.jsonl";
/// The Merkle frontier at the last checkpoint.
const TREE: &str = "tree.json";

/// Errors from the journal.
#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    /// The journal directory or file cannot be used.
    #[error("cannot write the audit journal at {path}: {source}; check that the directory exists and is writable, or set hook.state_dir")]
    Io {
        /// The file or directory.
        path: String,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
    /// A journal file is not what it should be.
    #[error("the audit journal at {path} is damaged ({detail}); run `agentgate audit verify` to find where")]
    Corrupt {
        /// The file.
        path: String,
        /// What is wrong.
        detail: String,
    },
}

/// One line of the journal.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Entry {
    /// 1-based position in this device's journal.
    pub seq: u64,
    /// SHA-256 (hex) of the previous line, without its newline.
    pub prev: String,
    /// When the record was written (RFC 3339, UTC).
    pub ts: String,
    /// The record.
    pub record: Value,
}

/// The part of the last line an append needs. The other fields must be
/// there and be JSON, as in an [`Entry`], but are skipped, not built.
#[derive(Deserialize)]
struct Tail {
    seq: u64,
    #[serde(rename = "prev")]
    _prev: serde::de::IgnoredAny,
    #[serde(rename = "ts")]
    _ts: serde::de::IgnoredAny,
    #[serde(rename = "record")]
    _record: serde::de::IgnoredAny,
}

/// When records reach the disk.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Sync {
    /// fsync every record.
    Always,
    /// fsync every `sync_every` records, at checkpoints and at session ends.
    Batched,
    /// Leave it to the OS.
    Never,
}

/// How a journal behaves.
#[derive(Clone, Debug)]
pub struct JournalConfig {
    /// When records reach the disk.
    pub sync: Sync,
    /// Records per batch for [`Sync::Batched`].
    pub sync_every: u64,
    /// Records between signed checkpoints (0: only when asked).
    pub checkpoint_every: u64,
    /// Active file size after which it is rotated (0: never).
    pub rotate_bytes: u64,
}

impl Default for JournalConfig {
    fn default() -> Self {
        Self {
            sync: Sync::Batched,
            sync_every: 256,
            checkpoint_every: 256,
            rotate_bytes: 64 * 1024 * 1024,
        }
    }
}

/// The Merkle state at the last checkpoint, and where the next uncovered
/// line starts in the active file.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
struct TreeState {
    size: u64,
    roots: Vec<String>,
    head: String,
    offset: u64,
}

/// One stored checkpoint.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct StoredCheckpoint {
    /// Records covered.
    pub size: u64,
    /// When it was signed.
    pub ts: String,
    /// The signed note.
    pub note: String,
}

/// A device's append-only journal (a directory of segment files).
#[derive(Debug)]
pub struct Journal {
    dir: PathBuf,
    config: JournalConfig,
}

impl Journal {
    /// Opens (creating as needed) the journal in `dir`.
    pub fn open(dir: &Path, config: JournalConfig) -> Result<Self, JournalError> {
        fs::create_dir_all(dir).map_err(|source| JournalError::Io {
            path: dir.display().to_string(),
            source,
        })?;
        Ok(Self {
            dir: dir.to_path_buf(),
            config,
        })
    }

    /// The active journal file.
    pub fn path(&self) -> PathBuf {
        self.dir.join(ACTIVE)
    }

    /// The journal directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Appends `record`. `flush` asks for a checkpoint and a disk flush now
    /// (a session stopping). Returns the entry written.
    pub fn append(&self, record: Value, flush: bool) -> Result<Entry, JournalError> {
        let path = self.path();
        let io = |source| JournalError::Io {
            path: path.display().to_string(),
            source,
        };
        // The file may be rotated between open and lock: then the lock is on
        // a file that is no longer the active one, and the append retries.
        let mut file = None;
        for _ in 0..16 {
            let f = open_append(&path).map_err(io)?;
            f.lock().map_err(io)?;
            if same_file(&f, &path) {
                file = Some(f);
                break;
            }
        }
        let Some(mut file) = file else {
            return Err(JournalError::Corrupt {
                path: path.display().to_string(),
                detail: "the active file keeps being replaced".into(),
            });
        };
        let result = self.append_locked(&mut file, record, flush);
        // The lock is released when the file is closed, even on error.
        let _ = file.unlock();
        result
    }

    fn append_locked(
        &self,
        file: &mut File,
        record: Value,
        flush: bool,
    ) -> Result<Entry, JournalError> {
        let path = self.path();
        let io = |source| JournalError::Io {
            path: path.display().to_string(),
            source,
        };
        let (mut last, torn) = last_line(file).map_err(io)?;
        if last.is_none() && !torn {
            // A fresh active file after a rotation continues the chain of the
            // newest rotated segment.
            last = self.newest_segment_tail()?;
        }
        let (seq, prev) = match &last {
            None => (1, GENESIS.to_owned()),
            Some(line) => {
                // Only the sequence number is needed: the record is checked
                // for being JSON but not built (a hook call pays for this on
                // every append).
                let tail: Tail = serde_json::from_str(line).map_err(|e| JournalError::Corrupt {
                    path: path.display().to_string(),
                    detail: format!("last record: {e}"),
                })?;
                (tail.seq + 1, sha256_hex(line.as_bytes()))
            }
        };
        let entry = Entry {
            seq,
            prev,
            ts: humantime::format_rfc3339_micros(std::time::SystemTime::now()).to_string(),
            record: bound_record(record),
        };
        let mut line = String::new();
        if torn {
            // Fence off a line torn by a crash; verify reports it.
            line.push('\n');
        }
        line.push_str(
            &serde_json::to_string(&entry).map_err(|e| JournalError::Corrupt {
                path: path.display().to_string(),
                detail: e.to_string(),
            })?,
        );
        line.push('\n');
        file.write_all(line.as_bytes()).map_err(io)?;
        let every = self.config.checkpoint_every;
        let checkpoint = flush || (every > 0 && seq % every == 0);
        let sync = match self.config.sync {
            Sync::Always => true,
            Sync::Batched => checkpoint || flush || seq % self.config.sync_every.max(1) == 0,
            Sync::Never => false,
        };
        if sync {
            file.sync_data().map_err(io)?;
        }
        if checkpoint {
            let key = DeviceKey::load_or_create(&self.dir)?;
            self.checkpoint_locked(file, &key)?;
        }
        Ok(entry)
    }

    /// Signs a checkpoint over every record so far (under the lock).
    fn checkpoint_locked(&self, file: &mut File, key: &DeviceKey) -> Result<(), JournalError> {
        let path = self.path();
        let io = |source| JournalError::Io {
            path: path.display().to_string(),
            source,
        };
        let (mut frontier, mut head, offset) = match self.load_tree(file) {
            Some(t) => t,
            // No usable state: rebuild from every segment.
            None => self.rebuild_tree()?,
        };
        file.seek(SeekFrom::Start(offset)).map_err(io)?;
        let mut rest = Vec::new();
        file.read_to_end(&mut rest).map_err(io)?;
        // Only whole lines; a torn tail waits for the next checkpoint.
        let end = rest.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
        for line in rest[..end].split(|b| *b == b'\n').filter(|l| !l.is_empty()) {
            if serde_json::from_slice::<Entry>(line).is_err() {
                // A fenced torn line is not a record; verify reports it.
                continue;
            }
            frontier.push(merkle::leaf_hash(line));
            head = sha256_hex(line);
        }
        let new_offset = offset + end as u64;
        let cp = Checkpoint {
            origin: key.origin(),
            size: frontier.size(),
            root: frontier.root(),
            head: head.clone(),
        };
        let stored = StoredCheckpoint {
            size: cp.size,
            ts: humantime::format_rfc3339_micros(std::time::SystemTime::now()).to_string(),
            note: cp.sign(&key.origin(), key.signing_key()),
        };
        let cps = self.dir.join(CHECKPOINTS);
        let mut line = serde_json::to_string(&stored).map_err(|e| JournalError::Corrupt {
            path: cps.display().to_string(),
            detail: e.to_string(),
        })?;
        line.push('\n');
        let mut f = open_append(&cps).map_err(|source| JournalError::Io {
            path: cps.display().to_string(),
            source,
        })?;
        f.write_all(line.as_bytes())
            .and_then(|()| f.sync_data())
            .map_err(|source| JournalError::Io {
                path: cps.display().to_string(),
                source,
            })?;
        let rotate = self.config.rotate_bytes > 0 && new_offset >= self.config.rotate_bytes;
        if rotate {
            let rotated = self
                .dir
                .join(format!("journal-{:020}.jsonl", frontier.size()));
            fs::rename(&path, &rotated).map_err(io)?;
        }
        self.save_tree(&TreeState {
            size: frontier.size(),
            roots: frontier.roots().iter().map(hex::encode).collect(),
            head,
            offset: if rotate { 0 } else { new_offset },
        })
    }

    /// The saved frontier, checked against the active file: the line at the
    /// saved offset must be the next record (or the end of the file).
    fn load_tree(&self, file: &mut File) -> Option<(Frontier, String, u64)> {
        let text = fs::read_to_string(self.dir.join(TREE)).ok()?;
        let t: TreeState = serde_json::from_str(&text).ok()?;
        let roots = t
            .roots
            .iter()
            .map(|h| hex::decode(h).ok()?.try_into().ok())
            .collect::<Option<Vec<Hash>>>()?;
        let frontier = Frontier::from_parts(t.size, roots)?;
        let len = file.seek(SeekFrom::End(0)).ok()?;
        if t.offset > len {
            return None;
        }
        if t.offset < len {
            file.seek(SeekFrom::Start(t.offset)).ok()?;
            let mut buf = vec![0u8; 64];
            let n = file.read(&mut buf).ok()?;
            let head = String::from_utf8_lossy(&buf[..n]);
            if leading_seq(&head) != Some(t.size + 1) {
                return None;
            }
        }
        Some((frontier, t.head, t.offset))
    }

    /// Rebuilds the frontier from all rotated segments; the active file is
    /// then read from offset 0.
    fn rebuild_tree(&self) -> Result<(Frontier, String, u64), JournalError> {
        let mut frontier = Frontier::new();
        let mut head = GENESIS.to_owned();
        for seg in self.rotated_segments()? {
            let text = fs::read(&seg).map_err(|source| JournalError::Io {
                path: seg.display().to_string(),
                source,
            })?;
            for line in text.split(|b| *b == b'\n').filter(|l| !l.is_empty()) {
                if serde_json::from_slice::<Entry>(line).is_ok() {
                    frontier.push(merkle::leaf_hash(line));
                    head = sha256_hex(line);
                }
            }
        }
        Ok((frontier, head, 0))
    }

    fn save_tree(&self, t: &TreeState) -> Result<(), JournalError> {
        let path = self.dir.join(TREE);
        let tmp = self.dir.join(format!("{TREE}.tmp"));
        let io = |source| JournalError::Io {
            path: path.display().to_string(),
            source,
        };
        let text = serde_json::to_string(t).map_err(|e| JournalError::Corrupt {
            path: path.display().to_string(),
            detail: e.to_string(),
        })?;
        // No fsync: the tree state is a cache. If a power loss leaves it
        // stale or empty, the next checkpoint detects that and rebuilds it
        // from the segments.
        let mut f = File::create(&tmp).map_err(io)?;
        f.write_all(text.as_bytes()).map_err(io)?;
        fs::rename(&tmp, &path).map_err(io)
    }

    /// Rotated segment files, oldest first.
    pub fn rotated_segments(&self) -> Result<Vec<PathBuf>, JournalError> {
        segments(&self.dir)
    }

    fn newest_segment_tail(&self) -> Result<Option<String>, JournalError> {
        let Some(seg) = self.rotated_segments()?.pop() else {
            return Ok(None);
        };
        let io = |source| JournalError::Io {
            path: seg.display().to_string(),
            source,
        };
        let mut f = File::open(&seg).map_err(io)?;
        let (last, _) = last_line(&mut f).map_err(io)?;
        Ok(last)
    }

    /// Signs a checkpoint now over every record (e.g. before shipping).
    pub fn checkpoint(&self) -> Result<(), JournalError> {
        let path = self.path();
        let io = |source| JournalError::Io {
            path: path.display().to_string(),
            source,
        };
        let mut file = open_append(&path).map_err(io)?;
        file.lock().map_err(io)?;
        let key = DeviceKey::load_or_create(&self.dir)?;
        let result = self.checkpoint_locked(&mut file, &key);
        let _ = file.unlock();
        result
    }

    /// Reads every entry of every segment, oldest first. Torn or damaged
    /// lines are returned as errors in place.
    pub fn read_all(&self) -> Result<Vec<Result<Entry, String>>, JournalError> {
        let mut out = Vec::new();
        let mut files = self.rotated_segments()?;
        files.push(self.path());
        for f in files {
            let text = match fs::read_to_string(&f) {
                Ok(t) => t,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(source) => {
                    return Err(JournalError::Io {
                        path: f.display().to_string(),
                        source,
                    })
                }
            };
            out.extend(
                text.lines()
                    .filter(|l| !l.is_empty())
                    .map(|l| serde_json::from_str(l).map_err(|e| format!("{e}: {l}"))),
            );
        }
        Ok(out)
    }
}

/// Rotated segment files in `dir`, oldest first (names sort by sequence).
pub fn segments(dir: &Path) -> Result<Vec<PathBuf>, JournalError> {
    let rd = match fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => {
            return Err(JournalError::Io {
                path: dir.display().to_string(),
                source,
            })
        }
    };
    let mut segs: Vec<PathBuf> = rd
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("journal-") && n.ends_with(".jsonl"))
        })
        .collect();
    segs.sort();
    Ok(segs)
}

#[cfg(unix)]
fn same_file(f: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (f.metadata(), fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_f: &File, path: &Path) -> bool {
    path.exists()
}

fn open_append(path: &Path) -> std::io::Result<File> {
    let mut opts = OpenOptions::new();
    opts.read(true).append(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(path)
}

/// The last complete line of the file, and whether the file ends in a torn
/// (newline-less) line. Reads backwards from the end in growing windows, so
/// that an append costs the size of one record, not of the journal.
fn last_line(file: &mut File) -> std::io::Result<(Option<String>, bool)> {
    let len = file.seek(SeekFrom::End(0))?;
    if len == 0 {
        return Ok((None, false));
    }
    let mut window: u64 = 8 * 1024;
    loop {
        let start = len.saturating_sub(window);
        file.seek(SeekFrom::Start(start))?;
        let mut buf = Vec::with_capacity((len - start) as usize);
        (&mut *file).take(window).read_to_end(&mut buf)?;
        let torn = buf.last() != Some(&b'\n');
        let body = if torn {
            match buf.iter().rposition(|b| *b == b'\n') {
                Some(i) => &buf[..=i],
                None => &buf[..0],
            }
        } else {
            &buf[..]
        };
        let trimmed = body.strip_suffix(b"\n").unwrap_or(body);
        // The last line is whole when a newline precedes it inside the
        // window, or when the window reaches the start of the file.
        let whole = trimmed.contains(&b'\n') || start == 0;
        if whole || window >= TAIL_WINDOW {
            let last = trimmed
                .rsplit(|b| *b == b'\n')
                .find(|l| !l.is_empty())
                .map(|l| String::from_utf8_lossy(l).into_owned());
            return Ok((last, torn));
        }
        window *= 4;
    }
}

/// The sequence number at the start of a journal line, read without parsing
/// the line: an [`Entry`] is always serialised with `seq` first.
pub fn leading_seq(line: &str) -> Option<u64> {
    let rest = line.strip_prefix("{\"seq\":")?;
    let end = rest.find(',')?;
    rest[..end].parse().ok()
}

/// SHA-256 of `bytes`, hex-encoded.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Shortens long strings so that one record stays under [`MAX_RECORD_BYTES`].
fn bound_record(record: Value) -> Value {
    let size = serde_json::to_string(&record).map_or(usize::MAX, |s| s.len());
    if size <= MAX_RECORD_BYTES {
        return record;
    }
    let mut r = record;
    clip_strings(&mut r, 1024, 0);
    r
}

fn clip_strings(v: &mut Value, max: usize, depth: usize) {
    if depth > 64 {
        *v = Value::String("<nested too deeply>".into());
        return;
    }
    match v {
        Value::String(s) if s.len() > max => {
            let mut end = max;
            while !s.is_char_boundary(end) {
                end -= 1;
            }
            let total = s.len();
            s.truncate(end);
            s.push_str(&format!("…<{total} bytes>"));
        }
        Value::Array(a) => {
            a.truncate(256);
            a.iter_mut().for_each(|x| clip_strings(x, max, depth + 1));
        }
        Value::Object(o) => o.values_mut().for_each(|x| clip_strings(x, max, depth + 1)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn config() -> JournalConfig {
        JournalConfig {
            sync: Sync::Never,
            sync_every: 1,
            checkpoint_every: 4,
            rotate_bytes: 0,
        }
    }

    #[test]
    fn chains_records_and_survives_a_torn_line() {
        let dir = tempfile::tempdir().unwrap();
        let j = Journal::open(dir.path(), config()).unwrap();
        let a = j.append(json!({"n": 1}), false).unwrap();
        let b = j.append(json!({"n": 2}), false).unwrap();
        assert_eq!((a.seq, b.seq), (1, 2));
        assert_eq!(a.prev, GENESIS);
        let text = fs::read_to_string(j.path()).unwrap();
        assert_eq!(verify_lines(&text), Ok(2));
        // A crash mid-write leaves a torn line.
        let mut f = OpenOptions::new().append(true).open(j.path()).unwrap();
        f.write_all(b"{\"seq\":3,\"prev\":\"ab").unwrap();
        let c = j.append(json!({"n": 3}), false).unwrap();
        assert_eq!(c.seq, 3, "the torn line is not counted");
        let text = fs::read_to_string(j.path()).unwrap();
        let last = text.lines().last().unwrap();
        assert!(
            last.contains("\"n\":3"),
            "the new record is whole on its own line"
        );
        assert_eq!(
            verify_lines(&text).unwrap_err().0,
            3,
            "verify names the torn line"
        );
    }

    /// The append reads only the last line's `seq` (session 48), but a last
    /// line that is not a whole journal entry is still refused, not chained.
    #[test]
    fn a_damaged_last_line_is_refused() {
        for bad in [
            "{\"seq\":7,\"prev\":\"ab\",\"ts\":\"t\",\"record\":{\"n\":}}\n",
            "{\"seq\":7,\"prev\":\"ab\",\"ts\":\"t\"}\n",
            "{\"seq\":\"7\",\"prev\":\"ab\",\"ts\":\"t\",\"record\":{}}\n",
            "not json\n",
        ] {
            let dir = tempfile::tempdir().unwrap();
            let j = Journal::open(dir.path(), config()).unwrap();
            fs::write(j.path(), bad).unwrap();
            assert!(
                matches!(
                    j.append(json!({"n": 1}), false),
                    Err(JournalError::Corrupt { .. })
                ),
                "{bad}"
            );
        }
        let dir = tempfile::tempdir().unwrap();
        let j = Journal::open(dir.path(), config()).unwrap();
        fs::write(
            j.path(),
            "{\"seq\":7,\"prev\":\"ab\",\"ts\":\"t\",\"record\":{\"n\":[1,{\"x\":null}]}}\n",
        )
        .unwrap();
        assert_eq!(j.append(json!({"n": 1}), false).unwrap().seq, 8);
    }

    #[test]
    fn huge_records_are_bounded() {
        let dir = tempfile::tempdir().unwrap();
        let j = Journal::open(dir.path(), config()).unwrap();
        let e = j
            .append(json!({"content": "x".repeat(1_000_000)}), false)
            .unwrap();
        assert!(serde_json::to_string(&e).unwrap().len() < MAX_RECORD_BYTES);
        let e2 = j.append(json!({"n": 1}), false).unwrap();
        assert_eq!(e2.seq, 2);
    }

    #[test]
    fn concurrent_appends_keep_the_chain_across_rotations() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().to_path_buf();
        let handles: Vec<_> = (0..4)
            .map(|t| {
                let p = path.clone();
                std::thread::spawn(move || {
                    let j = Journal::open(
                        &p,
                        JournalConfig {
                            rotate_bytes: 2048,
                            ..config()
                        },
                    )
                    .unwrap();
                    for n in 0..50 {
                        j.append(json!({ "t": t, "n": n }), false).unwrap();
                    }
                })
            })
            .collect();
        for h in handles {
            h.join().unwrap();
        }
        let j = Journal::open(&path, config()).unwrap();
        assert!(j.rotated_segments().unwrap().len() > 3, "rotated");
        j.checkpoint().unwrap();
        let report = verify_dir(&path, None).unwrap();
        assert_eq!(report.problems, Vec::new());
        assert_eq!(report.records, 200);
        assert_eq!(report.checkpoints_checked, report.checkpoints);
        assert!(report.checkpoints >= 50);
        assert_eq!(report.covered, 200);
    }

    #[test]
    fn damaged_tree_state_is_rebuilt() {
        let dir = tempfile::tempdir().unwrap();
        let j = Journal::open(dir.path(), config()).unwrap();
        for n in 0..6 {
            j.append(json!({ "n": n }), false).unwrap();
        }
        fs::write(dir.path().join(TREE), "{not json").unwrap();
        for n in 6..9 {
            j.append(json!({ "n": n }), false).unwrap();
        }
        j.checkpoint().unwrap();
        let report = verify_dir(dir.path(), None).unwrap();
        assert_eq!(report.problems, Vec::new());
        assert_eq!(report.covered, 9);
    }
}
