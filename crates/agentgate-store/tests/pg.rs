//! The PostgreSQL store against a real server (scripts/test.sh starts one
//! and sets AGENTGATE_PG_URL; AGENTGATE_PG=1 makes its absence a failure).
//! Several "replicas" (connections) ingest the same device at once.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use agentgate_journal::{Journal, JournalConfig, Sync};
use agentgate_store::{PgStore, Query};
use serde_json::json;

fn url() -> Option<String> {
    match std::env::var("AGENTGATE_PG_URL") {
        Ok(u) => Some(u),
        Err(_) => {
            assert!(
                std::env::var("AGENTGATE_PG").as_deref() != Ok("1"),
                "AGENTGATE_PG=1 but AGENTGATE_PG_URL is unset"
            );
            eprintln!("skipped: set AGENTGATE_PG_URL (scripts/test.sh starts a server)");
            None
        }
    }
}

fn lines(n: usize, tag: &str) -> Vec<String> {
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
            json!({"event": "PreToolUse", "session_id": tag, "tool_use_id": format!("{tag}_{i}"),
                        "tool": "Bash", "answer": if i % 2 == 0 { "deny" } else { "defer" },
                        "who": {"user": "dev", "git_email": "dev@example.com"}}),
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

fn device(tag: &str) -> String {
    format!(
        "{tag}-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    )
}

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

#[test]
fn idempotent_ingest_gaps_and_forks() {
    let Some(url) = url() else { return };
    rt().block_on(async {
        let s = PgStore::connect(&url).await.unwrap();
        let d = device("pg-basic");
        let l = lines(10, &d);
        let a = s.ingest_journal(&d, &l[..3]).await.unwrap();
        assert_eq!((a.accepted, a.duplicates), (3, 0));
        let b = s.ingest_journal(&d, &l[5..8]).await.unwrap();
        assert_eq!((b.issues.len(), b.issues[0].kind.as_str(), b.issues[0].seq), (1, "gap", 6));
        let c = s.ingest_journal(&d, &l[..10]).await.unwrap();
        assert_eq!((c.accepted, c.duplicates), (4, 6));
        assert!(s.chain_issues(Some(&d)).await.unwrap().is_empty(), "the gap is filled");
        let other = lines(4, &format!("{d}-other"));
        let f = s.ingest_journal(&d, &other[2..3]).await.unwrap();
        assert_eq!((f.accepted, f.issues[0].kind.as_str()), (0, "fork"));
        assert!(s.ingest_journal(&d, &["{bad".to_owned()]).await.is_err());
        let denies = s.query(&Query { device: Some(d.clone()), decision: Some("deny".into()), limit: 100, ..Query::default() }).await.unwrap();
        assert_eq!(denies.len(), 5);
        let ev = agentgate_otlp::decode_logs_json(format!(
            r#"{{"resourceLogs":[{{"scopeLogs":[{{"logRecords":[{{"timeUnixNano":"1795555271513000000","body":{{"stringValue":"claude_code.tool_decision"}},"attributes":[{{"key":"session.id","value":{{"stringValue":"{d}"}}}},{{"key":"tool_use_id","value":{{"stringValue":"{d}_2"}}}},{{"key":"decision","value":{{"stringValue":"reject"}}}}]}}]}}]}}]}}"#
        ).as_bytes()).unwrap();
        assert_eq!(s.ingest_logs("t", &ev).await.unwrap(), 1);
        assert_eq!(s.ingest_logs("t", &ev).await.unwrap(), 0, "idempotent");
        let rows = s.query(&Query { session: Some(d.clone()), limit: 100, ..Query::default() }).await.unwrap();
        let hit = rows.iter().find(|r| r["record"]["tool_use_id"] == format!("{d}_2")).unwrap();
        assert_eq!(hit["claude_code"][0]["attributes"]["decision"], "reject");
        assert_eq!(s.session_telemetry(&d).await.unwrap().len(), 1);
    });
}

#[test]
fn replicas_racing_on_one_device_store_each_record_once() {
    let Some(url) = url() else { return };
    rt().block_on(async {
        let d = device("pg-race");
        let l = lines(400, &d);
        // Four collector replicas, each with its own connection, each
        // sending overlapping, shuffled windows of the same chain.
        let mut tasks = Vec::new();
        for r in 0..4usize {
            let (url, d, l) = (url.clone(), d.clone(), l.clone());
            tasks.push(tokio::spawn(async move {
                let s = PgStore::connect(&url).await.unwrap();
                let mut accepted = 0;
                let mut issues = Vec::new();
                for k in 0..20usize {
                    let start = ((k * 7 + r * 13) % 20) * 20;
                    let rep = s
                        .ingest_journal(&d, &l[start..(start + 40).min(400)])
                        .await
                        .unwrap();
                    accepted += rep.accepted;
                    issues.extend(rep.issues);
                }
                (accepted, issues)
            }));
        }
        let mut accepted = 0;
        for t in tasks {
            let (a, issues) = t.await.unwrap();
            accepted += a;
            assert!(issues.iter().all(|i| i.kind != "fork"), "{issues:?}");
        }
        let s = PgStore::connect(&url).await.unwrap();
        assert_eq!(s.count(&d).await.unwrap(), 400);
        assert_eq!(
            accepted, 400,
            "each record accepted exactly once across replicas"
        );
        assert!(
            s.chain_issues(Some(&d)).await.unwrap().is_empty(),
            "all gaps filled"
        );
    });
}

#[test]
fn signed_checkpoints_are_checked_against_stored_rows() {
    let Some(url) = url() else { return };
    let dir = tempfile::tempdir().unwrap();
    let j = Journal::open(dir.path(), JournalConfig::default()).unwrap();
    let mut notes = Vec::new();
    for round in 0..2 {
        for i in 0..10 {
            j.append(json!({"event": "PreToolUse", "n": round * 10 + i}), false)
                .unwrap();
        }
        j.checkpoint().unwrap();
    }
    for l in std::fs::read_to_string(dir.path().join("checkpoints.jsonl"))
        .unwrap()
        .lines()
    {
        let c: agentgate_journal::StoredCheckpoint = serde_json::from_str(l).unwrap();
        notes.push(c.note);
    }
    let key = agentgate_journal::DeviceKey::load_or_create(dir.path()).unwrap();
    let d = key.id().to_owned();
    let vk = key.verifier_key();
    let l: Vec<String> = std::fs::read_to_string(j.path())
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    let cps = agentgate_store::authenticate(&d, Some(&vk), &notes).unwrap();
    rt().block_on(async {
        let s = PgStore::connect(&url).await.unwrap();
        s.ingest_journal(&d, &l[..15]).await.unwrap();
        let r = s.ingest_checkpoints(&d, Some(&vk), &cps).await.unwrap();
        assert_eq!((r.verified, r.pending, r.verified_size), (1, 1, 10));
        s.ingest_journal(&d, &l[15..]).await.unwrap();
        let r = s.ingest_checkpoints(&d, None, &[]).await.unwrap();
        assert_eq!((r.verified, r.pending, r.verified_size), (1, 0, 20));
        // Sent again: nothing new, nothing reported.
        let r = s.ingest_checkpoints(&d, Some(&vk), &cps).await.unwrap();
        assert_eq!((r.verified, r.issues.len()), (0, 0));
        let a = s.audit_device(&d).await.unwrap();
        assert!(a.ok(), "{:?}", a.problems);
        assert_eq!(
            (a.records, a.checkpoints_checked, a.verified_size),
            (20, 2, 20)
        );
        let summary = s.devices().await.unwrap();
        let me = summary.iter().find(|x| x.device == d).unwrap();
        assert_eq!(
            (me.records, me.verified_size, me.key.as_deref()),
            (20, 20, Some(vk.as_str()))
        );

        // A row rewritten in the database with a matching hash.
        let (client, conn) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
            .await
            .unwrap();
        tokio::spawn(conn);
        let forged = l[13].replace("\"n\":13", "\"n\":1300");
        assert_ne!(forged, l[13]);
        client
            .execute(
                "UPDATE journal SET line = $1, hash = $2 WHERE device = $3 AND seq = 14",
                &[
                    &forged,
                    &agentgate_journal::sha256_hex(forged.as_bytes()),
                    &d,
                ],
            )
            .await
            .unwrap();
        let a = s.audit_device(&d).await.unwrap();
        assert_eq!(a.verified_size, 10, "{:?}", a.problems);
        assert!(
            a.problems.iter().any(|p| p.contains("records 1..20")),
            "{:?}",
            a.problems
        );
    });
}
