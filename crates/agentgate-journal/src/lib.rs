//! The local audit journal: one JSON line per hook decision.
//!
//! Append-only and hash-chained from the first day: every line carries a
//! per-journal sequence number and the SHA-256 of the previous line, so that a
//! later `audit verify` can detect modified, deleted, inserted or reordered
//! records. Crash-safe: each record is a single `write` of a whole line, made
//! under an exclusive file lock (hook processes run concurrently), and a line
//! torn by a crash is detected on the next append and fenced off with a
//! newline so that it can never merge with the next record.
//!
//! `fsync` after each record is optional (`sync_each_record`): it makes the
//! record survive power loss at the cost of a disk flush per tool call.

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

/// The hash recorded as `prev` by the first record of a journal.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// How far back from the end the previous record is looked for. Records are
/// capped well below this (see [`MAX_RECORD_BYTES`]).
const TAIL_WINDOW: u64 = 256 * 1024;

/// Largest serialised record; bigger values are shortened before writing.
pub const MAX_RECORD_BYTES: usize = 64 * 1024;

/// Errors from the journal.
#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    /// The journal directory or file cannot be used.
    #[error("cannot write the audit journal at {path}: {source}; check that the directory exists and is writable, or point hook.journal_dir elsewhere")]
    Io {
        /// The file or directory.
        path: String,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
    /// The last record is not a journal line.
    #[error("the last record of {path} is not valid ({detail}); run `agentgate audit verify` to find where the journal was damaged")]
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
    /// 1-based position in this journal.
    pub seq: u64,
    /// SHA-256 (hex) of the previous line, without its newline.
    pub prev: String,
    /// When the record was written (RFC 3339, UTC).
    pub ts: String,
    /// The record.
    pub record: Value,
}

/// An append-only journal file.
#[derive(Debug)]
pub struct Journal {
    path: PathBuf,
    sync_each_record: bool,
}

impl Journal {
    /// Opens (creating as needed) the journal `journal.jsonl` in `dir`.
    pub fn open(dir: &Path, sync_each_record: bool) -> Result<Self, JournalError> {
        fs::create_dir_all(dir).map_err(|source| JournalError::Io {
            path: dir.display().to_string(),
            source,
        })?;
        Ok(Self {
            path: dir.join("journal.jsonl"),
            sync_each_record,
        })
    }

    /// The journal file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends `record`; returns the entry written.
    pub fn append(&self, record: Value) -> Result<Entry, JournalError> {
        let io = |source| JournalError::Io {
            path: self.path.display().to_string(),
            source,
        };
        let mut file = open_append(&self.path).map_err(io)?;
        file.lock().map_err(io)?;
        let result = self.append_locked(&mut file, record);
        // The lock is released when the file is closed, even on error.
        let _ = file.unlock();
        result
    }

    fn append_locked(&self, file: &mut File, record: Value) -> Result<Entry, JournalError> {
        let io = |source| JournalError::Io {
            path: self.path.display().to_string(),
            source,
        };
        let (last, torn) = last_line(file).map_err(io)?;
        let (seq, prev) = match &last {
            None => (1, GENESIS.to_owned()),
            Some(line) => {
                let entry: Entry =
                    serde_json::from_str(line).map_err(|e| JournalError::Corrupt {
                        path: self.path.display().to_string(),
                        detail: e.to_string(),
                    })?;
                (entry.seq + 1, sha256_hex(line.as_bytes()))
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
                path: self.path.display().to_string(),
                detail: e.to_string(),
            })?,
        );
        line.push('\n');
        file.write_all(line.as_bytes()).map_err(io)?;
        if self.sync_each_record {
            file.sync_data().map_err(io)?;
        }
        Ok(entry)
    }

    /// Reads every entry (for `audit` commands and tests). Torn or damaged
    /// lines are returned as errors in place.
    pub fn read_all(&self) -> Result<Vec<Result<Entry, String>>, JournalError> {
        let text = match fs::read_to_string(&self.path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(source) => {
                return Err(JournalError::Io {
                    path: self.path.display().to_string(),
                    source,
                })
            }
        };
        Ok(text
            .lines()
            .filter(|l| !l.is_empty())
            .map(|l| serde_json::from_str(l).map_err(|e| format!("{e}: {l}")))
            .collect())
    }
}

/// Checks the chain of a journal's lines: returns the 1-based line number of
/// the first line that breaks it, with the reason.
pub fn verify_lines(text: &str) -> Result<u64, (usize, String)> {
    let mut prev_hash = GENESIS.to_owned();
    let mut expected = 1;
    for (i, line) in text.lines().enumerate() {
        let entry: Entry = serde_json::from_str(line)
            .map_err(|e| (i + 1, format!("not a journal record: {e}")))?;
        if entry.seq != expected {
            return Err((
                i + 1,
                format!("sequence {} where {expected} was expected", entry.seq),
            ));
        }
        if entry.prev != prev_hash {
            return Err((i + 1, "previous-record hash does not match".into()));
        }
        prev_hash = sha256_hex(line.as_bytes());
        expected += 1;
    }
    Ok(expected - 1)
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
        file.take(window).read_to_end(&mut buf)?;
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

    #[test]
    fn chains_records_and_survives_a_torn_line() {
        let dir = tempfile::tempdir().unwrap();
        let j = Journal::open(dir.path(), false).unwrap();
        let a = j.append(json!({"n": 1})).unwrap();
        let b = j.append(json!({"n": 2})).unwrap();
        assert_eq!((a.seq, b.seq), (1, 2));
        assert_eq!(a.prev, GENESIS);
        let text = fs::read_to_string(j.path()).unwrap();
        assert_eq!(verify_lines(&text), Ok(2));
        // A crash mid-write leaves a torn line.
        let mut f = OpenOptions::new().append(true).open(j.path()).unwrap();
        f.write_all(b"{\"seq\":3,\"prev\":\"ab").unwrap();
        let c = j.append(json!({"n": 3})).unwrap();
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

    #[test]
    fn verify_detects_modification_deletion_and_reordering() {
        let dir = tempfile::tempdir().unwrap();
        let j = Journal::open(dir.path(), false).unwrap();
        for n in 0..5 {
            j.append(json!({ "n": n })).unwrap();
        }
        let text = fs::read_to_string(j.path()).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let modified = text.replacen("\"n\":2", "\"n\":9", 1);
        assert_eq!(verify_lines(&modified).unwrap_err().0, 4);
        let deleted: Vec<&str> = lines
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != 1)
            .map(|(_, l)| *l)
            .collect();
        assert_eq!(verify_lines(&deleted.join("\n")).unwrap_err().0, 2);
        let mut swapped = lines.clone();
        swapped.swap(1, 2);
        assert_eq!(verify_lines(&swapped.join("\n")).unwrap_err().0, 2);
    }

    #[test]
    fn huge_records_are_bounded() {
        let dir = tempfile::tempdir().unwrap();
        let j = Journal::open(dir.path(), true).unwrap();
        let e = j.append(json!({"content": "x".repeat(1_000_000)})).unwrap();
        assert!(serde_json::to_string(&e).unwrap().len() < MAX_RECORD_BYTES);
        let e2 = j.append(json!({"n": 1})).unwrap();
        assert_eq!(e2.seq, 2);
    }

    #[test]
    fn concurrent_appends_keep_the_chain() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().to_path_buf();
        let handles: Vec<_> = (0..4)
            .map(|t| {
                let p = path.clone();
                std::thread::spawn(move || {
                    let j = Journal::open(&p, false).unwrap();
                    for n in 0..50 {
                        j.append(json!({ "t": t, "n": n })).unwrap();
                    }
                })
            })
            .collect();
        for h in handles {
            h.join().unwrap();
        }
        let text = fs::read_to_string(path.join("journal.jsonl")).unwrap();
        assert_eq!(verify_lines(&text), Ok(200));
    }
}
