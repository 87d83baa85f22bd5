//! Two collector replicas over HTTP on one PostgreSQL database (started by
//! scripts/test.sh: AGENTGATE_PG_URL; AGENTGATE_PG=1 makes its absence a
//! failure). Each device's chain lands once, whichever replica got it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use agentgate_collector::{AppState, Role, Tokens};
use agentgate_journal::{Journal, JournalConfig, Sync};
use agentgate_store::PgStore;
use serde_json::{json, Value};

#[test]
fn two_replicas_share_one_database() {
    let Ok(url) = std::env::var("AGENTGATE_PG_URL") else {
        assert!(
            std::env::var("AGENTGATE_PG").as_deref() != Ok("1"),
            "AGENTGATE_PG=1 but AGENTGATE_PG_URL is unset"
        );
        eprintln!("skipped: set AGENTGATE_PG_URL");
        return;
    };
    let device = format!(
        "replica-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    );
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
    for i in 0..300 {
        j.append(json!({"event": "PreToolUse", "session_id": device, "tool_use_id": format!("{device}_{i}"), "answer": "defer"}), false).unwrap();
    }
    let lines: Vec<String> = std::fs::read_to_string(j.path())
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let mut urls = Vec::new();
    for _ in 0..2 {
        let mut tokens = Tokens::default();
        tokens.insert("dev", &device, Role::Ingest);
        tokens.insert("read", "soc", Role::Read);
        let state = AppState::postgres(rt.block_on(PgStore::connect(&url)).unwrap(), tokens);
        let listener = rt
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .unwrap();
        urls.push(format!("http://{}", listener.local_addr().unwrap()));
        rt.spawn(agentgate_collector::serve(listener, state));
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    // Two shippers race: overlapping windows to alternating replicas.
    let senders: Vec<_> = (0..2usize)
        .map(|k| {
            let (urls, lines, device, agent) =
                (urls.clone(), lines.clone(), device.clone(), agent.clone());
            std::thread::spawn(move || {
                let mut accepted = 0;
                for (n, start) in (0..300).step_by(25).enumerate() {
                    let chunk = &lines[start..(start + 50).min(300)];
                    let body =
                        serde_json::to_vec(&json!({"device": device, "lines": chunk})).unwrap();
                    let mut r = agent
                        .post(format!("{}/v1/journal", urls[(n + k) % 2]))
                        .header("Authorization", "Bearer dev")
                        .header("Content-Type", "application/json")
                        .send(&body[..])
                        .unwrap();
                    assert_eq!(r.status(), 200);
                    let rep: Value =
                        serde_json::from_str(&r.body_mut().read_to_string().unwrap()).unwrap();
                    accepted += rep["accepted"].as_u64().unwrap();
                    assert!(
                        rep["issues"]
                            .as_array()
                            .unwrap()
                            .iter()
                            .all(|i| i["kind"] != "fork"),
                        "{rep}"
                    );
                }
                accepted
            })
        })
        .collect();
    let accepted: u64 = senders.into_iter().map(|s| s.join().unwrap()).sum();
    assert_eq!(
        accepted, 300,
        "every record stored once across both replicas"
    );
    for u in &urls {
        let mut r = agent
            .get(format!("{u}/api/records?device={device}&limit=1000"))
            .header("Authorization", "Bearer read")
            .call()
            .unwrap();
        let rows: Value = serde_json::from_str(&r.body_mut().read_to_string().unwrap()).unwrap();
        assert_eq!(
            rows.as_array().unwrap().len(),
            300,
            "each replica reads the shared store"
        );
    }
}
