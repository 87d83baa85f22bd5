//! Shipping to a real collector on loopback: resumable, at-least-once,
//! idempotent.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use agentgate_collector::{AppState, Role, Tokens};
use agentgate_journal::{Journal, JournalConfig, Sync};
use agentgate_ship::{device_id, ShipError, Shipper};
use agentgate_store::SqliteStore;
use serde_json::json;

fn append(dir: &std::path::Path, from: usize, to: usize) {
    let j = Journal::open(
        dir,
        JournalConfig {
            sync: Sync::Never,
            sync_every: 1,
            checkpoint_every: 0,
            rotate_bytes: 0,
        },
    )
    .unwrap();
    for i in from..to {
        j.append(json!({"event": "PreToolUse", "n": i}), false)
            .unwrap();
    }
}

#[test]
fn ships_resumes_and_resends_idempotently() {
    let state_dir = tempfile::tempdir().unwrap();
    let jdir = state_dir.path().join("journal");
    append(&jdir, 0, 50);
    let device = device_id(&jdir).unwrap();
    let mut tokens = Tokens::default();
    tokens.insert("tok-device", &device, Role::Ingest);
    let db = tempfile::tempdir().unwrap();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    rt.spawn(agentgate_collector::serve(
        listener,
        AppState::new(SqliteStore::open(&db.path().join("c.db")).unwrap(), tokens),
    ));

    let shipper = Shipper {
        journal_dir: jdir.clone(),
        collector: url.clone(),
        token: "tok-device".into(),
        batch: 7,
    };
    let r = shipper.ship_once().unwrap();
    assert_eq!(
        (r.sent, r.accepted, r.duplicates, r.cursor),
        (50, 50, 0, 50)
    );
    assert_eq!(shipper.ship_once().unwrap().sent, 0, "nothing new");
    // The cursor is lost (a crash before it was saved): everything is sent
    // again and the collector keeps one copy.
    std::fs::remove_file(jdir.join("ship-cursor.json")).unwrap();
    let r = shipper.ship_once().unwrap();
    assert_eq!((r.sent, r.accepted, r.duplicates), (50, 0, 50));
    append(&jdir, 50, 60);
    let r = shipper.ship_once().unwrap();
    assert_eq!((r.accepted, r.cursor), (10, 60));
    assert!(r.issues.is_empty());

    // A wrong token is refused and the cursor stays.
    append(&jdir, 60, 61);
    let bad = Shipper {
        token: "nope".into(),
        ..shipper
    };
    assert!(matches!(
        bad.ship_once(),
        Err(ShipError::Refused { status: 401, .. })
    ));
    assert_eq!(bad.cursor(), 60);
    // No collector: an error, and the cursor stays.
    let gone = Shipper {
        collector: "http://127.0.0.1:9".into(),
        token: "tok-device".into(),
        ..bad
    };
    assert!(matches!(
        gone.ship_once(),
        Err(ShipError::Unreachable { .. })
    ));
}

/// A collector on loopback over an SQLite file; returns its URL.
fn collector(rt: &tokio::runtime::Runtime, db: &std::path::Path, device: &str) -> String {
    let mut tokens = Tokens::default();
    tokens.insert("tok-device", device, Role::Ingest);
    tokens.insert("tok-read", "auditor", Role::Read);
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    rt.spawn(agentgate_collector::serve(
        listener,
        AppState::new(SqliteStore::open(db).unwrap(), tokens),
    ));
    url
}

fn read(url: &str) -> serde_json::Value {
    let mut resp = ureq::get(url)
        .header("Authorization", "Bearer tok-read")
        .call()
        .unwrap();
    serde_json::from_str(&resp.body_mut().read_to_string().unwrap()).unwrap()
}

/// Rewrites record `seq`'s content and re-chains every later record, as
/// someone holding the device's files could; then signs the new history
/// with the device's key.
fn rewrite_history(jdir: &std::path::Path, seq: u64) {
    let path = jdir.join("journal.jsonl");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut prev = agentgate_journal::GENESIS.to_owned();
    let mut out = String::new();
    for line in text.lines() {
        let mut e: agentgate_journal::Entry = serde_json::from_str(line).unwrap();
        if e.seq == seq {
            e.record["n"] = json!("rewritten");
        }
        e.prev = prev;
        let l = serde_json::to_string(&e).unwrap();
        prev = agentgate_journal::sha256_hex(l.as_bytes());
        out.push_str(&l);
        out.push('\n');
    }
    std::fs::write(&path, out).unwrap();
    for f in ["checkpoints.jsonl", "tree.json", "ship-cursor.json"] {
        let _ = std::fs::remove_file(jdir.join(f));
    }
    Journal::open(jdir, JournalConfig::default())
        .unwrap()
        .checkpoint()
        .unwrap();
}

#[test]
fn the_collector_checks_signed_checkpoints_and_catches_rewritten_histories() {
    let state_dir = tempfile::tempdir().unwrap();
    let jdir = state_dir.path().join("journal");
    append(&jdir, 0, 20);
    let device = device_id(&jdir).unwrap();
    let db_dir = tempfile::tempdir().unwrap();
    let db = db_dir.path().join("c.db");
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let url = collector(&rt, &db, &device);
    let shipper = Shipper {
        journal_dir: jdir.clone(),
        collector: url.clone(),
        token: "tok-device".into(),
        batch: 7,
    };
    // The shipper signs the unsigned tail and sends the checkpoint with the
    // batch that completes it; the collector recomputes it.
    let r = shipper.ship_once().unwrap();
    assert_eq!(
        (r.accepted, r.checkpoints_sent, r.verified_size),
        (20, 1, 20)
    );
    assert!(r.issues.is_empty(), "{:?}", r.issues);
    append(&jdir, 20, 33);
    let r = shipper.ship_once().unwrap();
    assert_eq!(
        (r.accepted, r.checkpoints_sent, r.verified_size),
        (13, 1, 33)
    );
    // Nothing new: no request, no new checkpoint.
    let r = shipper.ship_once().unwrap();
    assert_eq!((r.sent, r.checkpoints_sent), (0, 0));
    let devices = read(&format!("{url}/api/devices"));
    assert_eq!(devices[0]["device"], json!(device));
    assert_eq!(devices[0]["verified_size"], json!(33));
    assert_eq!(devices[0]["pending_checkpoints"], json!(0));
    let audit = read(&format!("{url}/api/devices/{device}/verify"));
    assert_eq!(audit["problems"], json!([]));
    assert_eq!(audit["checkpoints_checked"], json!(2));

    // A row edited in the store, with its hash fixed up to match: the
    // chain check would pass, the device's signature does not.
    {
        let c = rusqlite::Connection::open(&db).unwrap();
        let line: String = c
            .query_row(
                "SELECT line FROM journal WHERE device = ?1 AND seq = 7",
                [&device],
                |r| r.get(0),
            )
            .unwrap();
        let forged = line.replace("\"n\":6", "\"n\":600");
        assert_ne!(forged, line);
        c.execute(
            "UPDATE journal SET line = ?1, hash = ?2 WHERE device = ?3 AND seq = 7",
            rusqlite::params![
                forged,
                agentgate_journal::sha256_hex(forged.as_bytes()),
                device
            ],
        )
        .unwrap();
    }
    let audit = read(&format!("{url}/api/devices/{device}/verify"));
    let problems: Vec<String> = serde_json::from_value(audit["problems"].clone()).unwrap();
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("record 8 does not chain")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("checkpoint over records 1..20")),
        "{problems:?}"
    );
    assert_eq!(audit["verified_size"], json!(0));

    // The device rewrites record 5, re-chains and re-signs its journal,
    // then ships again: the collector keeps the first history and reports
    // both the fork and the second signed checkpoint for the same size.
    rewrite_history(&jdir, 5);
    let r = shipper.ship_once().unwrap();
    let kinds: Vec<(u64, &str)> = r
        .issues
        .iter()
        .map(|i| (i["seq"].as_u64().unwrap(), i["kind"].as_str().unwrap()))
        .collect();
    assert!(kinds.contains(&(5, "fork")), "{kinds:?}");
    assert!(kinds.contains(&(33, "checkpoint-fork")), "{kinds:?}");
    // And the auditor's view lists them.
    let issues = read(&format!("{url}/api/chain-issues"));
    assert!(issues
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i["kind"] == json!("checkpoint-fork")));
}

#[test]
fn a_checkpoint_that_waits_for_its_records_is_verified_when_they_arrive() {
    let state_dir = tempfile::tempdir().unwrap();
    let jdir = state_dir.path().join("journal");
    append(&jdir, 0, 10);
    let device = device_id(&jdir).unwrap();
    let j = Journal::open(&jdir, JournalConfig::default()).unwrap();
    j.checkpoint().unwrap();
    let note: agentgate_journal::StoredCheckpoint = serde_json::from_str(
        std::fs::read_to_string(jdir.join("checkpoints.jsonl"))
            .unwrap()
            .lines()
            .last()
            .unwrap(),
    )
    .unwrap();
    let lines: Vec<String> = std::fs::read_to_string(jdir.join("journal.jsonl"))
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    let key = agentgate_journal::DeviceKey::load_or_create(&jdir)
        .unwrap()
        .verifier_key();
    let mut store = SqliteStore::in_memory().unwrap();
    let cps = agentgate_store::authenticate(&device, Some(&key), &[note.note]).unwrap();
    // Records 1..6 arrive with the checkpoint over 1..10: it waits.
    store.ingest_journal(&device, &lines[..6]).unwrap();
    let r = store.ingest_checkpoints(&device, Some(&key), &cps).unwrap();
    assert_eq!((r.verified, r.pending, r.verified_size), (0, 1, 0));
    // The rest arrive with no checkpoint: the waiting one is re-checked.
    store.ingest_journal(&device, &lines[6..]).unwrap();
    let r = store.ingest_checkpoints(&device, None, &[]).unwrap();
    assert_eq!((r.verified, r.pending, r.verified_size), (1, 0, 10));
    assert!(store.audit_device(&device).unwrap().ok());
}
