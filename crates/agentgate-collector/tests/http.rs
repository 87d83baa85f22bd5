//! The collector over real HTTP on loopback: Claude Code's own payloads,
//! journal ingest, auth and hostile input.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;

use agentgate_collector::{AppState, Role, Tokens};
use agentgate_journal::{Journal, JournalConfig, Sync};
use agentgate_store::SqliteStore;
use serde_json::{json, Value};

struct Server {
    base: String,
    _rt: tokio::runtime::Runtime,
}

fn start(db: &std::path::Path) -> Server {
    let mut tokens = Tokens::default();
    tokens.insert("ingest-dev1", "dev1", Role::Ingest);
    tokens.insert("reader", "auditor", Role::Read);
    let state = AppState::new(SqliteStore::open(db).unwrap(), tokens);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let addr = listener.local_addr().unwrap();
    rt.spawn(agentgate_collector::serve(listener, state));
    Server {
        base: format!("http://{addr}"),
        _rt: rt,
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into()
}

fn post(s: &Server, path: &str, token: Option<&str>, ct: &str, body: &[u8]) -> (u16, String) {
    let mut req = agent()
        .post(format!("{}{path}", s.base))
        .header("Content-Type", ct);
    if let Some(t) = token {
        req = req.header("Authorization", format!("Bearer {t}"));
    }
    let mut resp = req.send(body).unwrap();
    (
        resp.status().as_u16(),
        resp.body_mut().read_to_string().unwrap_or_default(),
    )
}

fn get(s: &Server, path: &str, token: &str) -> (u16, Value) {
    let mut resp = agent()
        .get(format!("{}{path}", s.base))
        .header("Authorization", format!("Bearer {token}"))
        .call()
        .unwrap();
    let status = resp.status().as_u16();
    (
        status,
        serde_json::from_str(&resp.body_mut().read_to_string().unwrap()).unwrap(),
    )
}

fn otlp(rel: &str) -> Vec<u8> {
    let shared = std::env::var_os("AGENTGATE_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            std::env::var_os("CARGO_MANIFEST_DIR")
                .map(PathBuf::from)
                .unwrap()
                .join("../../../shared")
        });
    std::fs::read(shared.join("fixtures/claude-code/otlp").join(rel)).unwrap()
}

fn journal_lines(tool_use_ids: &[&str]) -> Vec<String> {
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
    for id in tool_use_ids {
        j.append(
            json!({"event": "PreToolUse", "session_id": "bc845de0-6683-465f-8a40-80cac2fd9b11",
                        "tool_use_id": id, "tool": "Bash", "answer": "deny",
                        "who": {"user": "dev"}}),
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
fn claude_code_telemetry_joins_hook_records() {
    let dir = tempfile::tempdir().unwrap();
    let s = start(&dir.path().join("db.sqlite"));
    let (code, body) = post(
        &s,
        "/v1/logs",
        Some("ingest-dev1"),
        "application/json",
        &otlp("http-json/0001_logs.json"),
    );
    assert_eq!((code, body.as_str()), (200, "{}"));
    let (code, _) = post(
        &s,
        "/v1/logs",
        Some("ingest-dev1"),
        "application/json",
        &otlp("http-json/0003_logs.json"),
    );
    assert_eq!(code, 200);
    let (code, _) = post(
        &s,
        "/v1/logs",
        Some("ingest-dev1"),
        "application/x-protobuf",
        &otlp("http-protobuf/0001_logs.pb"),
    );
    assert_eq!(code, 200);
    let (code, _) = post(
        &s,
        "/v1/metrics",
        Some("ingest-dev1"),
        "application/json",
        &otlp("http-json/0002_metrics.json"),
    );
    assert_eq!(code, 200);
    let lines = journal_lines(&["toolu_fake_0003_f7000a6a"]);
    let batch = serde_json::to_vec(&json!({"device": "dev1", "lines": lines})).unwrap();
    let (code, body) = post(
        &s,
        "/v1/journal",
        Some("ingest-dev1"),
        "application/json",
        &batch,
    );
    assert_eq!(code, 200, "{body}");
    let report: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(report["accepted"], 1);
    let (code, body) = post(
        &s,
        "/v1/journal",
        Some("ingest-dev1"),
        "application/json",
        &batch,
    );
    assert_eq!(code, 200);
    assert_eq!(
        serde_json::from_str::<Value>(&body).unwrap()["duplicates"],
        1
    );

    let (code, rows) = get(&s, "/api/records?decision=deny", "reader");
    assert_eq!(code, 200);
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 1);
    let claude = rows[0]["claude_code"].as_array().unwrap();
    let decision = claude
        .iter()
        .find(|e| e["name"] == "tool_decision")
        .expect("Claude Code's own tool_decision");
    assert_eq!(decision["attributes"]["decision"], "reject");
    assert_eq!(decision["attributes"]["source"], "hook");
    let (code, sess) = get(
        &s,
        "/api/sessions/bc845de0-6683-465f-8a40-80cac2fd9b11",
        "reader",
    );
    assert_eq!(code, 200);
    assert!(sess["telemetry"].as_array().unwrap().len() > 40);
}

#[test]
fn auth_and_hostile_input_get_4xx() {
    let dir = tempfile::tempdir().unwrap();
    let s = start(&dir.path().join("db.sqlite"));
    let logs = otlp("http-json/0004_metrics.json");
    assert_eq!(
        post(&s, "/v1/metrics", None, "application/json", &logs).0,
        401
    );
    assert_eq!(
        post(&s, "/v1/metrics", Some("wrong"), "application/json", &logs).0,
        401
    );
    assert_eq!(
        post(&s, "/v1/metrics", Some("reader"), "application/json", &logs).0,
        403
    );
    assert_eq!(get(&s, "/api/records", "ingest-dev1").0, 403);
    assert_eq!(
        post(
            &s,
            "/v1/logs",
            Some("ingest-dev1"),
            "application/json",
            b"{\"resourceLogs\":[{"
        )
        .0,
        400
    );
    assert_eq!(
        post(
            &s,
            "/v1/logs",
            Some("ingest-dev1"),
            "application/x-protobuf",
            &[0xff; 100]
        )
        .0,
        400
    );
    assert_eq!(
        post(&s, "/v1/logs", Some("ingest-dev1"), "text/plain", b"hi").0,
        415
    );
    let big = vec![b' '; agentgate_collector::MAX_BODY + 10];
    assert_eq!(
        post(
            &s,
            "/v1/logs",
            Some("ingest-dev1"),
            "application/json",
            &big
        )
        .0,
        413
    );
    // Another device's chain, and lines that are not journal records.
    let lines = journal_lines(&["t1"]);
    let other = serde_json::to_vec(&json!({"device": "dev2", "lines": lines})).unwrap();
    assert_eq!(
        post(
            &s,
            "/v1/journal",
            Some("ingest-dev1"),
            "application/json",
            &other
        )
        .0,
        403
    );
    let junk = serde_json::to_vec(&json!({"device": "dev1", "lines": ["{\"seq\":0}"]})).unwrap();
    assert_eq!(
        post(
            &s,
            "/v1/journal",
            Some("ingest-dev1"),
            "application/json",
            &junk
        )
        .0,
        400
    );
    assert_eq!(
        post(
            &s,
            "/v1/journal",
            Some("ingest-dev1"),
            "application/json",
            b"[]"
        )
        .0,
        400
    );
    // Nothing was stored by any of these, and the server still answers.
    let (code, rows) = get(&s, "/api/records", "reader");
    assert_eq!((code, rows.as_array().unwrap().len()), (200, 0));
    let (code, issues) = get(&s, "/api/chain-issues", "reader");
    assert_eq!((code, issues.as_array().unwrap().len()), (200, 0));
}

#[test]
fn tokens_file_format() {
    let h = agentgate_collector::hash_token("s3cret");
    let t = Tokens::parse(&format!("# devices\ndev1 {h}\nsoc {h} read\n"), "tokens").unwrap();
    let _ = t;
    let err = Tokens::parse("dev1 abc\n", "tokens")
        .unwrap_err()
        .to_string();
    assert!(err.contains("tokens:1") && err.contains("64 hex"), "{err}");
    let err = Tokens::parse(&format!("dev1 {h} admin\n"), "tokens")
        .unwrap_err()
        .to_string();
    assert!(err.contains("unknown role"), "{err}");
}
