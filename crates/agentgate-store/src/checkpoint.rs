//! The devices' signed checkpoints, checked at the collector.
//!
//! Chain links alone show that stored records follow each other; they cannot
//! show that the records are the ones the device wrote (a rewritten journal
//! can be re-chained before shipping, and a store row can be edited). A
//! checkpoint is the device's Ed25519 signature over the RFC 6962 root of
//! its first `size` records and the hash of record `size`. The collector
//! recomputes both from the lines it stored, keeping one Merkle frontier per
//! device so that each checkpoint costs the records since the last one.
//!
//! The device ID is derived from the public key ([`device_id`]), so a key
//! sent with the checkpoints cannot speak for another device: no trust on
//! first use is needed.
//!
//! The judgement is here, once; the SQLite and PostgreSQL stores only fetch
//! and save.

use agentgate_journal::device::{device_id, origin};
use agentgate_journal::merkle::{leaf_hash, Frontier, Hash};
use agentgate_journal::note::{parse_verifier_key, Checkpoint};
use serde::Serialize;

/// Status of a stored checkpoint.
pub(crate) const VERIFIED: &str = "verified";
/// Waiting for records.
pub(crate) const PENDING: &str = "pending";
/// Does not match the stored records.
pub(crate) const MISMATCH: &str = "mismatch";

/// A checkpoint whose signature checked out, with its note as received.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignedCheckpoint {
    /// Records covered.
    pub size: u64,
    /// The signed RFC 6962 root.
    pub root: Hash,
    /// The signed chain head (hex SHA-256 of record `size`).
    pub head: String,
    /// The signed note, verbatim (kept as evidence).
    pub note: String,
}

/// Why checkpoints were refused before reaching the store.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CheckpointError {
    /// Checkpoints came without the device's verifier key.
    #[error("checkpoints were sent without the device's verifier key: send \"key\" (the output of `agentgate audit key`) with them")]
    NoKey,
    /// The key is malformed.
    #[error("the verifier key is not usable: {0}")]
    BadKey(String),
    /// The key belongs to another device.
    #[error("the verifier key belongs to device {actual}, not {claimed}: each device signs with its own key")]
    ForeignKey {
        /// The device the batch claims.
        claimed: String,
        /// The device the key names.
        actual: String,
    },
    /// A note does not verify.
    #[error("checkpoint {index} of the batch does not verify: {detail}")]
    BadNote {
        /// Position in the batch.
        index: usize,
        /// Why.
        detail: String,
    },
}

/// What a batch of checkpoints came to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct CheckpointReport {
    /// Newly verified against the stored records.
    pub verified: usize,
    /// Waiting for records that have not arrived.
    pub pending: usize,
    /// The largest size verified so far for this device.
    pub verified_size: u64,
    /// Checkpoints that do not match the stored records, or two different
    /// checkpoints of one size.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub issues: Vec<crate::ChainIssue>,
}

/// Checks that `key` is `device`'s own key and that every note is signed by
/// it for that device's journal.
pub fn authenticate(
    device: &str,
    key: Option<&str>,
    notes: &[String],
) -> Result<Vec<SignedCheckpoint>, CheckpointError> {
    if notes.is_empty() {
        return Ok(Vec::new());
    }
    let key = key.ok_or(CheckpointError::NoKey)?;
    let (name, vk) = parse_verifier_key(key).map_err(|e| CheckpointError::BadKey(e.to_string()))?;
    let actual = device_id(&vk);
    if actual != device || name != origin(device) {
        return Err(CheckpointError::ForeignKey {
            claimed: device.to_owned(),
            actual,
        });
    }
    notes
        .iter()
        .enumerate()
        .map(|(index, note)| {
            let bad = |detail: String| CheckpointError::BadNote { index, detail };
            let cp = Checkpoint::verify(note, &name, &vk).map_err(|e| bad(e.to_string()))?;
            if cp.origin != name {
                return Err(bad(format!(
                    "it is for the journal {:?}, not {name:?}",
                    cp.origin
                )));
            }
            Ok(SignedCheckpoint {
                size: cp.size,
                root: cp.root,
                head: cp.head,
                note: note.clone(),
            })
        })
        .collect()
}

/// The outcome of checking one checkpoint against stored records.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Root and head match; the frontier now covers `size` records.
    Verified(Frontier),
    /// Records are missing from the store (named in the string).
    Pending(String),
    /// The stored records are not what the device signed.
    Mismatch(String),
}

/// Extends `base` with the stored lines that follow it, `(seq, line)` in
/// sequence order, and compares the result with what `cp` signs.
pub(crate) fn judge(cp: &SignedCheckpoint, mut base: Frontier, lines: &[(u64, String)]) -> Verdict {
    let mut head = None;
    for (seq, line) in lines {
        let want = base.size() + 1;
        if *seq != want {
            return Verdict::Pending(format!("record {want} has not arrived"));
        }
        base.push(leaf_hash(line.as_bytes()));
        head = Some(agentgate_journal::sha256_hex(line.as_bytes()));
    }
    if base.size() < cp.size {
        return Verdict::Pending(format!("record {} has not arrived", base.size() + 1));
    }
    if base.size() != cp.size {
        return Verdict::Mismatch(format!(
            "internal: {} records were read for a checkpoint over {}",
            base.size(),
            cp.size
        ));
    }
    if base.root() != cp.root {
        return Verdict::Mismatch(format!(
            "the device signed records 1..{} with root {}, but the stored records hash to {}: records were altered after they were written (on the device before shipping, or in the store)",
            cp.size,
            hex::encode(cp.root),
            hex::encode(base.root())
        ));
    }
    if let Some(h) = head {
        if h != cp.head {
            return Verdict::Mismatch(format!(
                "the device signed head {} for record {}, but the stored record hashes to {h}",
                cp.head, cp.size
            ));
        }
    }
    Verdict::Verified(base)
}

/// Two checkpoints of one size that sign different trees: the device (or
/// whoever holds its key) signed two histories.
pub(crate) fn equivocation(size: u64) -> String {
    format!("two different checkpoints for records 1..{size} were signed with the device's key: its journal was rewritten after a checkpoint was shipped")
}

/// The hex root of a checkpoint, as stored.
pub(crate) fn root_hex(cp: &SignedCheckpoint) -> String {
    hex::encode(cp.root)
}

/// A stored checkpoint back (its note is re-read, not trusted: the fields
/// come from the note as it was verified on arrival and stored with it).
pub(crate) fn stored(
    size: u64,
    root: &str,
    head: String,
    note: String,
) -> Option<SignedCheckpoint> {
    Some(SignedCheckpoint {
        size,
        root: hex::decode(root).ok()?.try_into().ok()?,
        head,
        note,
    })
}

/// A re-check of everything the collector holds for one device, long after
/// ingest: each stored row against its own hash, each link of the chain, and
/// every verified checkpoint against the Merkle root of the stored rows. It
/// finds rows edited in the store itself, which ingest-time checks cannot.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct StoreAudit {
    /// The device.
    pub device: String,
    /// Rows read.
    pub records: u64,
    /// Signed checkpoints recomputed from the rows.
    pub checkpoints_checked: u64,
    /// The largest checkpoint that still matches.
    pub verified_size: u64,
    /// What does not hold, first problem first (at most [`MAX_PROBLEMS`]).
    pub problems: Vec<String>,
}

impl StoreAudit {
    /// True when nothing is wrong.
    pub fn ok(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Most problems listed by one audit (the first is the one that matters).
pub const MAX_PROBLEMS: usize = 100;

/// Walks a device's stored rows in sequence order.
pub(crate) struct Reverifier {
    audit: StoreAudit,
    frontier: Frontier,
    prev: String,
    contiguous: bool,
    /// Verified checkpoints, (size, root hex, head), ascending.
    checkpoints: std::collections::VecDeque<(u64, String, String)>,
}

impl Reverifier {
    pub(crate) fn new(device: &str, mut checkpoints: Vec<(u64, String, String)>) -> Self {
        checkpoints.sort();
        Self {
            audit: StoreAudit {
                device: device.to_owned(),
                ..StoreAudit::default()
            },
            frontier: Frontier::new(),
            prev: agentgate_journal::GENESIS.to_owned(),
            contiguous: true,
            checkpoints: checkpoints.into(),
        }
    }

    fn problem(&mut self, what: String) {
        if self.audit.problems.len() < MAX_PROBLEMS {
            self.audit.problems.push(what);
        }
    }

    /// One stored row: its sequence, stored hash, stored link, and line.
    pub(crate) fn push(&mut self, seq: u64, hash: &str, prev: &str, line: &str) {
        self.audit.records += 1;
        let actual = agentgate_journal::sha256_hex(line.as_bytes());
        if actual != hash {
            self.problem(format!(
                "record {seq}: the stored line no longer hashes to the hash stored with it: the row was edited in the store"
            ));
        }
        if !self.contiguous {
            return;
        }
        if seq != self.frontier.size() + 1 {
            // Past a gap the signed roots cannot be recomputed; the gap
            // itself is a chain issue reported at ingest.
            self.contiguous = false;
            return;
        }
        if prev != self.prev {
            self.problem(format!(
                "record {seq} does not chain to the stored record {}",
                seq - 1
            ));
        }
        self.prev = actual;
        self.frontier.push(leaf_hash(line.as_bytes()));
        while let Some((size, root, head)) = self.checkpoints.front().cloned() {
            if size > self.frontier.size() {
                break;
            }
            self.checkpoints.pop_front();
            if size < self.frontier.size() {
                continue;
            }
            self.audit.checkpoints_checked += 1;
            if hex::encode(self.frontier.root()) != root || self.prev != head {
                self.problem(format!(
                    "the signed checkpoint over records 1..{size} no longer matches the stored records: a record at or below {size} was altered in the store"
                ));
            } else if self.audit.problems.is_empty() {
                self.audit.verified_size = size;
            }
        }
    }

    pub(crate) fn finish(self) -> StoreAudit {
        self.audit
    }
}

/// A frontier as stored: size and hex roots.
pub(crate) fn frontier_to_text(f: &Frontier) -> String {
    let roots: Vec<String> = f.roots().iter().map(hex::encode).collect();
    serde_json::to_string(&roots).unwrap_or_else(|_| "[]".into())
}

/// A stored frontier back; None when the row is damaged (the caller starts
/// over from record 1, which is slower but right).
pub(crate) fn frontier_from_text(size: u64, text: &str) -> Option<Frontier> {
    let roots: Vec<String> = serde_json::from_str(text).ok()?;
    let roots = roots
        .iter()
        .map(|r| hex::decode(r).ok()?.try_into().ok())
        .collect::<Option<Vec<Hash>>>()?;
    Frontier::from_parts(size, roots)
}

#[cfg(test)]
mod tests {
    use super::*;
    use agentgate_journal::DeviceKey;

    fn lines(n: u64) -> Vec<(u64, String)> {
        (1..=n).map(|i| (i, format!("{{\"seq\":{i}}}"))).collect()
    }

    fn signed(key: &DeviceKey, ls: &[(u64, String)]) -> SignedCheckpoint {
        let mut f = Frontier::new();
        for (_, l) in ls {
            f.push(leaf_hash(l.as_bytes()));
        }
        let cp = Checkpoint {
            origin: key.origin(),
            size: f.size(),
            root: f.root(),
            head: agentgate_journal::sha256_hex(ls.last().map_or(b"" as &[u8], |l| l.1.as_bytes())),
        };
        let note = cp.sign(&key.origin(), key.signing_key());
        authenticate(key.id(), Some(&key.verifier_key()), &[note])
            .unwrap()
            .remove(0)
    }

    #[test]
    fn a_checkpoint_over_the_stored_lines_verifies_in_steps() {
        let key = DeviceKey::from_secret([3; 32]);
        let all = lines(10);
        let cp4 = signed(&key, &all[..4]);
        let cp10 = signed(&key, &all);
        let Verdict::Verified(f4) = judge(&cp4, Frontier::new(), &all[..4]) else {
            panic!("cp4");
        };
        // Only the records after the stored frontier are read.
        let again = frontier_from_text(f4.size(), &frontier_to_text(&f4)).unwrap();
        assert_eq!(
            judge(&cp10, again, &all[4..]),
            Verdict::Verified(all_frontier(&all))
        );
    }

    fn all_frontier(ls: &[(u64, String)]) -> Frontier {
        let mut f = Frontier::new();
        for (_, l) in ls {
            f.push(leaf_hash(l.as_bytes()));
        }
        f
    }

    #[test]
    fn an_altered_or_missing_record_is_caught() {
        let key = DeviceKey::from_secret([3; 32]);
        let all = lines(6);
        let cp = signed(&key, &all);
        let mut altered = all.clone();
        altered[2].1.push(' ');
        assert!(matches!(
            judge(&cp, Frontier::new(), &altered),
            Verdict::Mismatch(_)
        ));
        let mut missing = all.clone();
        missing.remove(3);
        assert_eq!(
            judge(&cp, Frontier::new(), &missing),
            Verdict::Pending("record 4 has not arrived".into())
        );
        assert_eq!(
            judge(&cp, Frontier::new(), &all[..5]),
            Verdict::Pending("record 6 has not arrived".into())
        );
    }

    #[test]
    fn the_store_audit_finds_an_edited_row_and_names_the_checkpoint() {
        let key = DeviceKey::from_secret([3; 32]);
        let all = lines(8);
        let cp = signed(&key, &all);
        let rows: Vec<(u64, String, String, String)> = {
            let mut prev = agentgate_journal::GENESIS.to_owned();
            all.iter()
                .map(|(s, l)| {
                    let h = agentgate_journal::sha256_hex(l.as_bytes());
                    let row = (*s, h.clone(), prev.clone(), l.clone());
                    prev = h;
                    row
                })
                .collect()
        };
        let run = |rows: &[(u64, String, String, String)]| {
            let mut r = Reverifier::new("d", vec![(8, root_hex(&cp), cp.head.clone())]);
            for (s, h, p, l) in rows {
                r.push(*s, h, p, l);
            }
            r.finish()
        };
        let clean = run(&rows);
        assert!(clean.ok(), "{:?}", clean.problems);
        assert_eq!(
            (
                clean.records,
                clean.checkpoints_checked,
                clean.verified_size
            ),
            (8, 1, 8)
        );
        // A line edited in place, its stored hash left alone.
        let mut edited = rows.clone();
        edited[2].3 = "{\"seq\":3,\"x\":1}".into();
        let a = run(&edited);
        assert!(
            a.problems[0].starts_with("record 3: the stored line no longer hashes"),
            "{:?}",
            a.problems
        );
        assert!(a
            .problems
            .iter()
            .any(|p| p.contains("checkpoint over records 1..8")));
        assert_eq!(a.verified_size, 0);
        // Edited with the hashes re-computed: the chain holds, the
        // signature does not.
        let mut rehashed = edited.clone();
        let mut prev = agentgate_journal::GENESIS.to_owned();
        for row in &mut rehashed {
            row.1 = agentgate_journal::sha256_hex(row.3.as_bytes());
            row.2 = prev.clone();
            prev = row.1.clone();
        }
        let a = run(&rehashed);
        assert_eq!(a.problems.len(), 1, "{:?}", a.problems);
        assert!(a.problems[0].contains("checkpoint over records 1..8"));
    }

    #[test]
    fn keys_and_notes_of_other_devices_are_refused() {
        let a = DeviceKey::from_secret([3; 32]);
        let b = DeviceKey::from_secret([4; 32]);
        let note = signed(&a, &lines(2)).note;
        assert_eq!(
            authenticate(a.id(), None, std::slice::from_ref(&note)),
            Err(CheckpointError::NoKey)
        );
        assert!(matches!(
            authenticate(a.id(), Some(&b.verifier_key()), std::slice::from_ref(&note)),
            Err(CheckpointError::ForeignKey { .. })
        ));
        assert!(matches!(
            authenticate(b.id(), Some(&b.verifier_key()), std::slice::from_ref(&note)),
            Err(CheckpointError::BadNote { index: 0, .. })
        ));
        let forged = note.replacen("\n2\n", "\n3\n", 1);
        assert!(matches!(
            authenticate(a.id(), Some(&a.verifier_key()), &[forged]),
            Err(CheckpointError::BadNote { index: 0, .. })
        ));
        assert!(matches!(
            authenticate(a.id(), Some("junk"), &[note]),
            Err(CheckpointError::BadKey(_))
        ));
    }
}
