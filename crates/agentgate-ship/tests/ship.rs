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
