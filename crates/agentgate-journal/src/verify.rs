//! `audit verify`: re-walks the chain of every segment, recomputes the Merkle
//! tree and checks every signed checkpoint against it.

use std::fs;
use std::path::Path;

use ed25519_dalek::VerifyingKey;
use serde::Serialize;

use crate::merkle::{leaf_hash, Frontier};
use crate::note::{parse_verifier_key, Checkpoint};
use crate::{device, sha256_hex, DeviceKey, Entry, JournalError, StoredCheckpoint, GENESIS};

/// One thing wrong with the journal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The bad record: its 1-based position in the journal (across all
    /// segments), which is its sequence number in an intact journal.
    pub record: Option<u64>,
    /// The file.
    pub file: String,
    /// 1-based line in that file (0: the file as a whole).
    pub line: usize,
    /// What is wrong.
    pub what: String,
}

/// The outcome of a verification.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// Records read.
    pub records: u64,
    /// Checkpoints found.
    pub checkpoints: usize,
    /// Checkpoints whose signature and root both held.
    pub checkpoints_checked: usize,
    /// Records covered by the newest good checkpoint.
    pub covered: u64,
    /// The key checkpoints were checked against.
    pub key: String,
    /// Where that key came from.
    pub key_source: String,
    /// Problems, the first bad record first.
    pub problems: Vec<Problem>,
    /// Things that are not proof of tampering but limit what is proven.
    pub warnings: Vec<String>,
}

impl Report {
    /// True when nothing is wrong.
    pub fn ok(&self) -> bool {
        self.problems.is_empty()
    }
}

struct Line {
    file: String,
    line: usize,
    text: String,
}

/// Verifies the journal in `dir`. `trusted_key` is a verifier key string
/// (from `audit key` at enrolment); without it the local device key is used,
/// which proves less (whoever can rewrite the journal can rewrite the key).
pub fn verify_dir(dir: &Path, trusted_key: Option<&str>) -> Result<Report, JournalError> {
    let mut files = crate::segments(dir)?;
    files.push(dir.join(crate::ACTIVE));
    let mut lines = Vec::new();
    for f in &files {
        let text = match fs::read(f) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(source) => {
                return Err(JournalError::Io {
                    path: f.display().to_string(),
                    source,
                })
            }
        };
        let name = f
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let ends_whole = text.last().is_none_or(|b| *b == b'\n');
        let parts: Vec<&[u8]> = text.split(|b| *b == b'\n').collect();
        let n = parts.len();
        for (i, l) in parts.into_iter().enumerate() {
            if l.is_empty() && (i + 1 == n || i == 0 || ends_whole) {
                continue;
            }
            let mut text = String::from_utf8_lossy(l).into_owned();
            if i + 1 == n && !ends_whole {
                text.push_str("\u{0}torn");
            }
            lines.push(Line {
                file: name.clone(),
                line: i + 1,
                text,
            });
        }
    }

    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    let mut expected = 1u64;
    let mut prev = GENESIS.to_owned();
    let mut leaves = Vec::new();
    let mut heads = Vec::new();
    for l in &lines {
        let pos = leaves.len() as u64 + 1;
        let problem = |record: Option<u64>, what: String| Problem {
            record,
            file: l.file.clone(),
            line: l.line,
            what,
        };
        if l.text.ends_with("\u{0}torn") {
            problems.push(problem(
                Some(pos),
                "a torn record: the file ends in the middle of a line (a crash, or truncation)"
                    .into(),
            ));
            continue;
        }
        let entry: Entry = match serde_json::from_str(&l.text) {
            Ok(e) => e,
            Err(e) => {
                let what = if l.text.is_empty() {
                    "an empty line (a record fenced off after a crash, or removed text)".into()
                } else {
                    format!("not a journal record ({e}): it was modified or is a torn write")
                };
                problems.push(problem(Some(pos), what));
                continue;
            }
        };
        if entry.seq != expected {
            let what = if entry.seq > expected {
                format!(
                    "sequence jumps from {} to {}: record(s) {expected}..{} were deleted",
                    expected.saturating_sub(1),
                    entry.seq,
                    entry.seq - 1
                )
            } else {
                format!(
                    "sequence {} after {}: a record was inserted, reordered or replayed",
                    entry.seq,
                    expected.saturating_sub(1)
                )
            };
            problems.push(problem(Some(pos), what));
        } else if entry.prev != prev {
            // Either the previous record changed or this record's link did;
            // the chain alone cannot tell which, so the earlier one is named.
            problems.push(problem(
                Some(pos.saturating_sub(1).max(1)),
                format!(
                    "record {} does not chain to record {}: record {} (or the link in record {}) was modified or replaced",
                    entry.seq,
                    entry.seq.saturating_sub(1),
                    entry.seq.saturating_sub(1),
                    entry.seq
                ),
            ));
        }
        // Carry on from this record so that later, independent damage is
        // reported too.
        expected = entry.seq + 1;
        prev = sha256_hex(l.text.as_bytes());
        leaves.push(leaf_hash(l.text.as_bytes()));
        heads.push(prev.clone());
    }

    // The key.
    let (name, key, key_source): (String, Option<VerifyingKey>, String) = match trusted_key {
        Some(k) => {
            let (n, vk) = parse_verifier_key(k).map_err(|e| JournalError::Corrupt {
                path: "--key".into(),
                detail: e.to_string(),
            })?;
            (n, Some(vk), "given (--key)".into())
        }
        None => {
            if dir.join("device.key").exists() {
                let dk = DeviceKey::load_or_create(dir)?;
                (
                    dk.origin(),
                    Some(dk.verifying_key()),
                    "this machine's device key (pass --key to check against a key held elsewhere)"
                        .into(),
                )
            } else {
                (String::new(), None, "none: no device key".into())
            }
        }
    };

    // Checkpoints.
    let cps_path = dir.join(crate::CHECKPOINTS);
    let mut stored = Vec::new();
    if let Ok(text) = fs::read_to_string(&cps_path) {
        for (i, l) in text.lines().enumerate().filter(|(_, l)| !l.is_empty()) {
            match serde_json::from_str::<StoredCheckpoint>(l) {
                Ok(c) => stored.push((i + 1, c)),
                Err(e) => problems.push(Problem {
                    record: None,
                    file: crate::CHECKPOINTS.into(),
                    line: i + 1,
                    what: format!("not a checkpoint ({e})"),
                }),
            }
        }
    }
    let records = leaves.len() as u64;
    let mut checked = 0;
    let mut covered = 0;
    let mut frontier = Frontier::new();
    let mut order: Vec<usize> = (0..stored.len()).collect();
    order.sort_by_key(|&i| stored[i].1.size);
    for i in order {
        let (line, sc) = &stored[i];
        let problem = |what: String, record: Option<u64>| Problem {
            record,
            file: crate::CHECKPOINTS.into(),
            line: *line,
            what,
        };
        let Some(key) = &key else {
            problems.push(problem("cannot check: no key".into(), None));
            continue;
        };
        let cp = match Checkpoint::verify(&sc.note, &name, key) {
            Ok(cp) => cp,
            Err(e) => {
                problems.push(problem(e.to_string(), None));
                continue;
            }
        };
        if cp.origin != device::origin(&device::device_id(key)) {
            problems.push(problem(
                format!("checkpoint for another journal ({})", cp.origin),
                None,
            ));
            continue;
        }
        if cp.size > records {
            problems.push(problem(
                format!(
                    "the checkpoint signed at {} covers {} records but the journal has {records}: records {}..{} were removed (truncation)",
                    sc.ts,
                    cp.size,
                    records + 1,
                    cp.size
                ),
                Some(records + 1),
            ));
            continue;
        }
        while frontier.size() < cp.size {
            let Some(leaf) = usize::try_from(frontier.size())
                .ok()
                .and_then(|k| leaves.get(k))
            else {
                break;
            };
            frontier.push(*leaf);
        }
        let head_ok = usize::try_from(cp.size)
            .ok()
            .and_then(|s| s.checked_sub(1))
            .and_then(|k| heads.get(k))
            .is_none_or(|h| *h == cp.head);
        if !head_ok {
            problems.push(problem(
                format!(
                    "record {} is not the record the checkpoint signed at {} ends with: it was modified or replaced",
                    cp.size, sc.ts
                ),
                Some(cp.size),
            ));
            continue;
        }
        if frontier.root() != cp.root {
            problems.push(problem(
                format!(
                    "records 1..{} are not the ones the checkpoint signed at {} covers",
                    cp.size, sc.ts
                ),
                None,
            ));
            continue;
        }
        checked += 1;
        covered = covered.max(cp.size);
    }
    if stored.is_empty() && records > 0 {
        warnings.push(
            "no signed checkpoint yet: deletion of the newest records cannot be detected".into(),
        );
    } else if covered < records {
        warnings.push(format!(
            "records {}..{records} are after the newest checkpoint: their deletion could not be detected",
            covered + 1
        ));
    }
    // First bad record first; problems without a record last.
    problems.sort_by_key(|p| p.record.unwrap_or(u64::MAX));
    Ok(Report {
        records,
        checkpoints: stored.len(),
        checkpoints_checked: checked,
        covered,
        key: key
            .map(|k| crate::note::verifier_key(&name, &k))
            .unwrap_or_default(),
        key_source,
        problems,
        warnings,
    })
}

/// Checks the chain of one file's lines: returns the number of records, or
/// the 1-based line number of the first line that breaks it, with the reason.
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
