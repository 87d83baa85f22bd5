//! Ingest of real journal lines: idempotent by (device, seq), with gaps and
//! forks found across batches.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use agentgate_journal::{Journal, JournalConfig, Sync};
use agentgate_store::{Query, SqliteStore};
use serde_json::json;

fn lines(n: usize) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let j = Journal::open(
        dir.path(),
        JournalConfig {
            sync: Sync::Never,
            sync_every: 1,
            checkpoint_every: 0,
            rotate_bytes: 0,
        },
    )
    .unwrap();
    for i in 0..n {
        j.append(
            json!({"event": "PreToolUse", "session_id": "s1", "tool_use_id": format!("toolu_{i}"),
                   "tool": "Bash", "answer": if i % 2 == 0 { "deny" } else { "defer" },
                   "who": {"user": "dev", "git_email": "dev@example.com"},
                   "where": {"repo": {"remote": "https://git.example.com/app.git"}}}),
            false,
        )
        .unwrap();
    }
    std::fs::read_to_string(j.path())
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn resent_batches_are_duplicates_not_rows() {
    let l = lines(10);
    let mut s = SqliteStore::in_memory().unwrap();
    let a = s.ingest_journal("dev1", &l[..6]).unwrap();
    assert_eq!((a.accepted, a.duplicates), (6, 0));
    // The shipper died before its cursor moved: it sends 4..10 again.
    let b = s.ingest_journal("dev1", &l[3..]).unwrap();
    assert_eq!((b.accepted, b.duplicates), (4, 3));
    assert!(b.issues.is_empty(), "{:?}", b.issues);
    assert_eq!(s.query(&Query::default()).unwrap().len(), 10);
    assert_eq!(s.contiguous_seq("dev1").unwrap(), 10);
    // The same lines from another device are that device's.
    assert_eq!(s.ingest_journal("dev2", &l[..2]).unwrap().accepted, 2);
}

#[test]
fn gaps_are_reported_and_resolved_when_filled() {
    let l = lines(8);
    let mut s = SqliteStore::in_memory().unwrap();
    s.ingest_journal("d", &l[..3]).unwrap();
    let r = s.ingest_journal("d", &l[5..]).unwrap();
    assert_eq!(r.issues.len(), 1);
    assert_eq!((r.issues[0].kind.as_str(), r.issues[0].seq), ("gap", 6));
    assert!(
        r.issues[0].detail.contains("4..5"),
        "{}",
        r.issues[0].detail
    );
    assert_eq!(s.contiguous_seq("d").unwrap(), 3);
    assert_eq!(s.chain_issues(Some("d")).unwrap().len(), 1);
    let r = s.ingest_journal("d", &l[3..5]).unwrap();
    assert!(r.issues.is_empty(), "{:?}", r.issues);
    assert!(
        s.chain_issues(Some("d")).unwrap().is_empty(),
        "the gap is filled"
    );
    assert_eq!(s.contiguous_seq("d").unwrap(), 8);
}

#[test]
fn rewritten_history_is_a_fork() {
    let l = lines(5);
    let other = {
        // A second journal whose records 1..5 differ (another history).
        let dir = tempfile::tempdir().unwrap();
        let j = Journal::open(
            dir.path(),
            JournalConfig {
                sync: Sync::Never,
                sync_every: 1,
                checkpoint_every: 0,
                rotate_bytes: 0,
            },
        )
        .unwrap();
        for i in 0..5 {
            j.append(
                json!({"event": "PreToolUse", "n": i, "answer": "allow"}),
                false,
            )
            .unwrap();
        }
        std::fs::read_to_string(j.path())
            .unwrap()
            .lines()
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    let mut s = SqliteStore::in_memory().unwrap();
    s.ingest_journal("d", &l[..3]).unwrap();
    // Record 3 again, but different: a fork; the first stays.
    let r = s.ingest_journal("d", &other[2..3]).unwrap();
    assert_eq!(
        (r.accepted, r.issues[0].kind.as_str(), r.issues[0].seq),
        (0, "fork", 3)
    );
    // Record 4 of the other history does not chain to the stored 3.
    let r = s.ingest_journal("d", &other[3..4]).unwrap();
    assert_eq!((r.issues[0].kind.as_str(), r.issues[0].seq), ("fork", 4));
    let q = s
        .query(&Query {
            decision: Some("allow".into()),
            ..Query::default()
        })
        .unwrap();
    assert_eq!(
        q.len(),
        1,
        "the forked record 4 is stored for the investigation"
    );
}

#[test]
fn bad_lines_refuse_the_whole_batch() {
    let l = lines(3);
    let mut s = SqliteStore::in_memory().unwrap();
    let batch = vec![l[0].clone(), "{not json".into(), l[2].clone()];
    assert!(s.ingest_journal("d", &batch).is_err());
    assert!(
        s.query(&Query::default()).unwrap().is_empty(),
        "nothing half-stored"
    );
}

#[test]
fn query_filters_and_joins_telemetry() {
    let l = lines(6);
    let mut s = SqliteStore::in_memory().unwrap();
    s.ingest_journal("d", &l).unwrap();
    let body = br#"{"resourceLogs":[{"scopeLogs":[{"logRecords":[
        {"timeUnixNano":"1795555271513000000","body":{"stringValue":"claude_code.tool_decision"},
         "attributes":[{"key":"event.name","value":{"stringValue":"tool_decision"}},
                       {"key":"session.id","value":{"stringValue":"s1"}},
                       {"key":"tool_use_id","value":{"stringValue":"toolu_2"}},
                       {"key":"decision","value":{"stringValue":"reject"}},
                       {"key":"source","value":{"stringValue":"hook"}}]}]}]}]}"#;
    let events = agentgate_otlp::decode_logs_json(body).unwrap();
    assert_eq!(s.ingest_logs("tok", &events).unwrap(), 1);
    assert_eq!(s.ingest_logs("tok", &events).unwrap(), 0, "idempotent");
    let denies = s
        .query(&Query {
            decision: Some("deny".into()),
            user: Some("dev@".into()),
            ..Query::default()
        })
        .unwrap();
    assert_eq!(denies.len(), 3);
    let hit = denies
        .iter()
        .find(|r| r["record"]["tool_use_id"] == "toolu_2")
        .unwrap();
    assert_eq!(hit["claude_code"][0]["name"], "tool_decision");
    assert_eq!(hit["claude_code"][0]["attributes"]["source"], "hook");
    assert_eq!(s.session_telemetry("s1").unwrap().len(), 1);
    assert!(s
        .query(&Query {
            repo: Some("other".into()),
            ..Query::default()
        })
        .unwrap()
        .is_empty());
}
