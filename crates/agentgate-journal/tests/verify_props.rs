//! Property: `audit verify` catches every single-record modification,
//! deletion, insertion, reordering and truncation of a checkpointed journal,
//! and names the first bad record.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::Path;

use agentgate_journal::{verify_dir, Journal, JournalConfig, Sync};
use proptest::prelude::*;
use serde_json::json;

#[derive(Clone, Debug)]
enum Damage {
    /// Change one byte of record `index` at `at` (modulo its length).
    Modify {
        index: usize,
        at: usize,
        to: u8,
    },
    Delete {
        index: usize,
    },
    /// Insert a copy of record `from` before record `index`.
    Duplicate {
        from: usize,
        index: usize,
    },
    Swap {
        a: usize,
        b: usize,
    },
    /// Keep the first `keep` records.
    Truncate {
        keep: usize,
    },
    /// Cut the file `cut` bytes into record `index` (a torn tail).
    TruncateMid {
        index: usize,
        cut: usize,
    },
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        (any::<usize>(), any::<usize>(), any::<u8>()).prop_map(|(index, at, to)| Damage::Modify {
            index,
            at,
            to
        }),
        any::<usize>().prop_map(|index| Damage::Delete { index }),
        (any::<usize>(), any::<usize>())
            .prop_map(|(from, index)| Damage::Duplicate { from, index }),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Damage::Swap { a, b }),
        any::<usize>().prop_map(|keep| Damage::Truncate { keep }),
        (any::<usize>(), any::<usize>())
            .prop_map(|(index, cut)| Damage::TruncateMid { index, cut }),
    ]
}

fn build(dir: &Path, n: usize) -> Vec<String> {
    let j = Journal::open(
        dir,
        JournalConfig {
            sync: Sync::Never,
            sync_every: 1,
            checkpoint_every: 5,
            rotate_bytes: 0,
        },
    )
    .unwrap();
    for i in 0..n {
        j.append(
            json!({"event": "PreToolUse", "tool": "Bash", "n": i, "command": format!("echo {i}")}),
            false,
        )
        .unwrap();
    }
    j.checkpoint().unwrap();
    fs::read_to_string(j.path())
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

/// Applies the damage; returns the new text and the 1-based position of the
/// first record that differs from the original, or None for a no-op.
fn apply(lines: &[String], d: &Damage) -> Option<(String, u64)> {
    let (text, _) = damage_text(lines, d)?;
    let new: Vec<&str> = text.lines().collect();
    let first = (0..lines.len().max(new.len()))
        .find(|&k| new.get(k).copied() != lines.get(k).map(String::as_str))?;
    Some((text, first as u64 + 1))
}

fn damage_text(lines: &[String], d: &Damage) -> Option<(String, u64)> {
    let n = lines.len();
    let mut v: Vec<String> = lines.to_vec();
    let join = |v: &[String]| {
        let mut s = v.join("\n");
        if !v.is_empty() {
            s.push('\n');
        }
        s
    };
    match *d {
        Damage::Modify { index, at, to } => {
            let i = index % n;
            let mut bytes = v[i].clone().into_bytes();
            let at = at % bytes.len();
            if bytes[at] == to || to == b'\n' {
                return None;
            }
            bytes[at] = to;
            v[i] = String::from_utf8_lossy(&bytes).into_owned();
            if v[i] == lines[i] {
                return None;
            }
            Some((join(&v), i as u64 + 1))
        }
        Damage::Delete { index } => {
            let i = index % n;
            v.remove(i);
            Some((join(&v), i as u64 + 1))
        }
        Damage::Duplicate { from, index } => {
            let f = from % n;
            let i = index % (n + 1);
            v.insert(i, lines[f].clone());
            Some((join(&v), i as u64 + 1))
        }
        Damage::Swap { a, b } => {
            let (a, b) = (a % n, b % n);
            if a == b {
                return None;
            }
            v.swap(a, b);
            Some((join(&v), a.min(b) as u64 + 1))
        }
        Damage::Truncate { keep } => {
            let k = keep % n;
            v.truncate(k);
            Some((join(&v), k as u64 + 1))
        }
        Damage::TruncateMid { index, cut } => {
            let i = index % n;
            let mut text = join(&v[..i]);
            let line = &lines[i];
            let c = 1 + cut % (line.len() - 1);
            text.push_str(&line[..c]);
            Some((text, i as u64 + 1))
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn verify_catches_every_single_record_damage(n in 2usize..24, d in damage()) {
        let dir = tempfile::tempdir().unwrap();
        let lines = build(dir.path(), n);
        let clean = verify_dir(dir.path(), None).unwrap();
        prop_assert!(clean.ok(), "clean journal: {:?}", clean.problems);
        prop_assert_eq!(clean.covered, n as u64);
        let Some((text, first)) = apply(&lines, &d) else {
            return Ok(());
        };
        fs::write(dir.path().join("journal.jsonl"), text).unwrap();
        let report = verify_dir(dir.path(), None).unwrap();
        prop_assert!(!report.ok(), "{:?} not detected", d);
        let named = report.problems[0].record;
        // A changed link field in record k cannot be told apart from a
        // changed record k-1: either may be named.
        prop_assert!(
            named == Some(first) || named == Some(first.saturating_sub(1).max(1)),
            "{:?}: first bad record {} but verify named {:?}: {:?}",
            d, first, named, report.problems
        );
    }
}

#[test]
fn a_forged_checkpoint_is_caught_with_a_trusted_key() {
    let dir = tempfile::tempdir().unwrap();
    build(dir.path(), 6);
    let trusted = agentgate_journal::DeviceKey::load_or_create(dir.path())
        .unwrap()
        .verifier_key();
    // An attacker rewrites the journal, replaces the device key and re-signs.
    let lines = build(tempfile::tempdir().unwrap().path(), 3);
    let _ = lines;
    fs::remove_file(dir.path().join("device.key")).unwrap();
    fs::remove_file(dir.path().join("checkpoints.jsonl")).unwrap();
    fs::remove_file(dir.path().join("tree.json")).unwrap();
    fs::remove_file(dir.path().join("journal.jsonl")).unwrap();
    build(dir.path(), 3);
    let local = verify_dir(dir.path(), None).unwrap();
    assert!(
        local.ok(),
        "the local key is the attacker's: nothing to see"
    );
    let pinned = verify_dir(dir.path(), Some(&trusted)).unwrap();
    assert!(!pinned.ok());
    assert!(
        pinned.problems[0].what.contains("not signed by key"),
        "{:?}",
        pinned.problems
    );
}
