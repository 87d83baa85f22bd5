//! Soak: `agentgate serve` is killed with SIGKILL 100 times while journal
//! batches and OTLP logs are being sent to it. Every batch the collector
//! acknowledged must be in the store afterwards: an acknowledgement means
//! committed. It runs against SQLite, and against PostgreSQL when
//! `AGENTGATE_PG_URL` is set (scripts/test.sh starts a server).
#![cfg(feature = "collector")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use agentgate_journal::{Journal, JournalConfig, Sync};
use agentgate_ship::{device_id, Shipper};
use serde_json::json;

const KILLS: usize = 100;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Where the collector stores.
#[derive(Clone, Debug)]
enum Backend {
    Sqlite,
    Postgres(String),
}

fn start(dir: &Path, port: u16, backend: &Backend) -> Child {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_agentgate"));
    cmd.args(["serve", "--listen", &format!("127.0.0.1:{port}")]);
    match backend {
        Backend::Sqlite => cmd.arg("--db").arg(dir.join("collector.sqlite")),
        Backend::Postgres(url) => cmd.arg("--postgres").arg(url),
    };
    cmd.arg("--tokens")
        .arg(dir.join("tokens"))
        .stdout(Stdio::null())
        .stderr(if std::env::var_os("SOAK_DEBUG").is_some() {
            Stdio::inherit()
        } else {
            Stdio::null()
        })
        .spawn()
        .unwrap()
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(5)))
        .build()
        .into()
}

fn wait_ready(port: u16) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if agent()
            .get(format!("http://127.0.0.1:{port}/healthz"))
            .call()
            .is_ok_and(|r| r.status() == 200)
        {
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    panic!("the collector did not come up on port {port}");
}

/// One OTLP/JSON log record carrying a unique number.
fn otlp_log(n: u64) -> Vec<u8> {
    serde_json::to_vec(&json!({"resourceLogs": [{"scopeLogs": [{"logRecords": [{
    "timeUnixNano": (1_795_555_271_000_000_000u64 + n).to_string(),
    "body": {"stringValue": "claude_code.tool_result"},
    "attributes": [
        {"key": "event.name", "value": {"stringValue": "tool_result"}},
        {"key": "session.id", "value": {"stringValue": "soak"}},
        {"key": "tool_use_id", "value": {"stringValue": format!("toolu_soak_{n}")}}
    ]}]}]}]}))
    .unwrap()
}

#[test]
fn no_acknowledged_event_is_lost_across_100_sigkills() {
    soak(&Backend::Sqlite);
}

#[test]
fn no_acknowledged_event_is_lost_across_100_sigkills_with_postgres() {
    match std::env::var("AGENTGATE_PG_URL") {
        Ok(url) => soak(&Backend::Postgres(url)),
        Err(_) => {
            assert!(
                std::env::var("AGENTGATE_PG").as_deref() != Ok("1"),
                "AGENTGATE_PG=1 but AGENTGATE_PG_URL is unset"
            );
            eprintln!("skipped: set AGENTGATE_PG_URL (scripts/test.sh starts a server)");
        }
    }
}

/// What the store holds for the device and the soak session afterwards.
struct Stored {
    /// Journal records 1..contiguous are all present.
    contiguous: u64,
    issues: Vec<agentgate_store::ChainIssue>,
    audit: agentgate_store::StoreAudit,
    telemetry: Vec<serde_json::Value>,
}

fn read_store(dir: &Path, backend: &Backend, device: &str) -> Stored {
    match backend {
        Backend::Sqlite => {
            let store = agentgate_store::SqliteStore::open(&dir.join("collector.sqlite")).unwrap();
            Stored {
                contiguous: store.contiguous_seq(device).unwrap(),
                issues: store.chain_issues(Some(device)).unwrap(),
                audit: store.audit_device(device).unwrap(),
                telemetry: store.session_telemetry("soak").unwrap(),
            }
        }
        Backend::Postgres(url) => tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(async {
                let store = agentgate_store::PgStore::connect(url).await.unwrap();
                let issues = store.chain_issues(Some(device)).await.unwrap();
                let audit = store.audit_device(device).await.unwrap();
                // Rows are keyed by (device, seq) and the audit walks them
                // in order, stopping its Merkle checks at the first gap: no
                // gap issue and a count of N mean 1..N are all there.
                let count = store.count(device).await.unwrap();
                let gaps = issues.iter().any(|i| i.kind == "gap");
                Stored {
                    contiguous: if gaps { 0 } else { count },
                    issues,
                    audit,
                    telemetry: store.session_telemetry("soak").await.unwrap(),
                }
            }),
    }
}

fn soak(backend: &Backend) {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    let jdir = state.join("journal");
    // A journal big enough that shipping never runs dry during the soak.
    let j = Journal::open(
        &jdir,
        JournalConfig {
            sync: Sync::Never,
            sync_every: 1,
            checkpoint_every: 0,
            rotate_bytes: 0,
        },
    )
    .unwrap();
    for n in 0..5_000u64 {
        j.append(
            json!({"event": "PreToolUse", "tool": "Bash", "n": n, "tool_use_id": format!("toolu_{n}")}),
            false,
        )
        .unwrap();
    }
    let device = device_id(&jdir).unwrap();
    let hash = agentgate_collector::hash_token;
    let mut tokens = std::fs::File::create(dir.path().join("tokens")).unwrap();
    writeln!(tokens, "{device} {}", hash("dev-token")).unwrap();
    writeln!(tokens, "fleet {}", hash("otel-token")).unwrap();
    drop(tokens);
    let port = free_port();
    let url = format!("http://127.0.0.1:{port}");

    // The OTLP sender runs all along, recording what was acknowledged.
    let acked_logs = Arc::new(Mutex::new(BTreeSet::new()));
    let stop = Arc::new(AtomicBool::new(false));
    let sender = {
        let (acked, stop, url) = (acked_logs.clone(), stop.clone(), url.clone());
        std::thread::spawn(move || {
            let mut n = 0u64;
            // Bounded: at most 200k attempts, and it stops with the soak.
            while !stop.load(Ordering::SeqCst) && n < 200_000 {
                let r = agent()
                    .post(format!("{url}/v1/logs"))
                    .header("Authorization", "Bearer otel-token")
                    .header("Content-Type", "application/json")
                    .send(&otlp_log(n)[..]);
                if r.is_ok_and(|r| r.status() == 200) {
                    acked.lock().unwrap().insert(n);
                    n += 1;
                } else {
                    std::thread::sleep(Duration::from_millis(2));
                }
            }
        })
    };

    let shipper = Shipper {
        journal_dir: jdir.clone(),
        collector: url.clone(),
        token: "dev-token".into(),
        batch: 25,
    };
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for _ in 0..KILLS {
        let mut child = start(dir.path(), port, backend);
        wait_ready(port);
        // Ship on another thread; kill the server after a pseudo-random
        // delay, in the middle of whatever it is doing. PostgreSQL commits
        // a 25-record batch in tens of milliseconds (a debug build, an fsync
        // per commit), SQLite in a few: the window is scaled so that batches
        // both land and get cut off.
        let s = Shipper {
            journal_dir: shipper.journal_dir.clone(),
            collector: shipper.collector.clone(),
            token: shipper.token.clone(),
            batch: shipper.batch,
        };
        let ship = std::thread::spawn(move || s.ship_once());
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let (least, span) = match backend {
            Backend::Sqlite => (5, 40),
            Backend::Postgres(_) => (30, 170),
        };
        std::thread::sleep(Duration::from_millis(least + seed % span));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        // The shipper fails (or finished); its cursor holds what was acked.
        let shipped = ship.join().unwrap();
        if std::env::var_os("SOAK_DEBUG").is_some() {
            eprintln!("ship: {shipped:?}");
        }
    }
    stop.store(true, Ordering::SeqCst);
    sender.join().unwrap();

    let acked_seq = shipper.cursor();
    let acked_logs = acked_logs.lock().unwrap().clone();
    assert!(
        acked_seq > 100,
        "the load got through between kills ({acked_seq})"
    );
    assert!(
        acked_logs.len() > 100,
        "OTLP got through ({})",
        acked_logs.len()
    );

    // Afterwards, from the store itself.
    let stored = read_store(dir.path(), backend, &device);
    assert!(
        stored.contiguous >= acked_seq,
        "journal records 1..{acked_seq} were acknowledged; the store has 1..{} contiguous",
        stored.contiguous
    );
    assert!(
        stored.issues.iter().all(|i| i.kind != "fork"),
        "{:?}",
        stored.issues
    );
    // Nothing half-written: every stored row matches its hash and chain.
    assert!(stored.audit.ok(), "{:?}", stored.audit.problems);
    // The OTLP events are unique per run; PostgreSQL keeps earlier runs'
    // rows of the same session, which are identical events (idempotent).
    let stored: BTreeSet<u64> = stored
        .telemetry
        .iter()
        .filter_map(|e| {
            e["attributes"]["tool_use_id"]
                .as_str()
                .and_then(|t| t.strip_prefix("toolu_soak_"))
                .and_then(|n| n.parse().ok())
        })
        .collect();
    let lost: Vec<&u64> = acked_logs.difference(&stored).collect();
    assert!(lost.is_empty(), "acknowledged OTLP events lost: {lost:?}");
    eprintln!(
        "soak ({backend:?}): {KILLS} SIGKILLs; {acked_seq} journal records and {} OTLP events acknowledged, none lost",
        acked_logs.len()
    );
}
