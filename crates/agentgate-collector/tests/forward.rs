//! Forwarding: journal records stored by the collector reach a real
//! rsyslog (RFC 5424 over TCP, parsed by rsyslog) and an upstream OTLP/HTTP
//! receiver (a second collector).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use agentgate_collector::{AppState, Destination, Role, Tokens};
use agentgate_journal::{Journal, JournalConfig, Sync};
use agentgate_store::SqliteStore;
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
        j.append(json!({"event": "PreToolUse", "session_id": "fwd", "tool_use_id": format!("toolu_fwd_{i}"),
                        "tool": "Bash", "answer": "deny", "reason": format!("blocked \"{i}\" ]"),
                        "who": {"user": "dev", "host": "laptop-7"}}), false).unwrap();
    }
    std::fs::read_to_string(j.path())
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

struct Rsyslog(Child);
impl Drop for Rsyslog {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn rsyslogd() -> Option<String> {
    ["/usr/sbin/rsyslogd", "/sbin/rsyslogd"]
        .iter()
        .find(|p| std::path::Path::new(p).exists())
        .map(|p| (*p).to_owned())
}

#[test]
fn records_reach_rsyslog_and_an_upstream_otlp_receiver() {
    let Some(bin) = rsyslogd() else {
        assert!(
            std::env::var("AGENTGATE_RSYSLOG").as_deref() != Ok("1"),
            "AGENTGATE_RSYSLOG=1 but rsyslogd is missing"
        );
        eprintln!("skipped: rsyslogd is not installed (scripts/test.sh installs it)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let out = dir.path().join("received.log");
    let conf = dir.path().join("rsyslog.conf");
    std::fs::write(
        &conf,
        format!(
            "global(workDirectory=\"{d}\")\n\
             module(load=\"imtcp\")\n\
             input(type=\"imtcp\" port=\"{port}\" address=\"127.0.0.1\")\n\
             template(name=\"fields\" type=\"string\" string=\"%pri%|%app-name%|%msgid%|%hostname%|%structured-data%|%msg%\\n\")\n\
             *.* action(type=\"omfile\" file=\"{o}\" template=\"fields\")\n",
            d = dir.path().display(),
            o = out.display()
        ),
    )
    .unwrap();
    let _rsyslog = Rsyslog(
        Command::new(bin)
            .args(["-n", "-f"])
            .arg(&conf)
            .arg("-i")
            .arg(dir.path().join("rsyslog.pid"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    // Wait for rsyslog to listen.
    let deadline = Instant::now() + Duration::from_secs(10);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "rsyslogd did not listen");
        std::thread::sleep(Duration::from_millis(20));
    }

    // The upstream OTLP receiver: another collector.
    let mut up_tokens = Tokens::default();
    up_tokens.insert("upstream-token", "edge-collector", Role::Ingest);
    let up_db = dir.path().join("upstream.sqlite");
    let up_listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let up_url = format!("http://{}", up_listener.local_addr().unwrap());
    rt.spawn(agentgate_collector::serve(
        up_listener,
        AppState::new(SqliteStore::open(&up_db).unwrap(), up_tokens),
    ));

    // The edge collector, forwarding to both.
    let mut tokens = Tokens::default();
    tokens.insert("dev", "dev-fwd", Role::Ingest);
    let state = AppState::new(
        SqliteStore::open(&dir.path().join("edge.sqlite")).unwrap(),
        tokens,
    );
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    rt.block_on(async {
        state.spawn_forwarder(Destination::Syslog(format!("127.0.0.1:{port}")));
        state.spawn_forwarder(Destination::Otlp {
            url: up_url.clone(),
            token: Some("upstream-token".into()),
        });
    });
    rt.spawn(agentgate_collector::serve(listener, state));

    let l = lines(30);
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    for chunk in l.chunks(7) {
        let body = serde_json::to_vec(&json!({"device": "dev-fwd", "lines": chunk})).unwrap();
        let r = agent
            .post(format!("{url}/v1/journal"))
            .header("Authorization", "Bearer dev")
            .header("Content-Type", "application/json")
            .send(&body[..])
            .unwrap();
        assert_eq!(r.status(), 200);
    }
    // Claude Code's own telemetry, as the real CLI exported it.
    let otlp =
        std::fs::read(shared().join("fixtures/claude-code/otlp/http-json/0001_logs.json")).unwrap();
    let events = agentgate_otlp::decode_logs_json(&otlp).unwrap();
    let session = events[0].attr("session.id").unwrap().to_owned();
    let of_session = events
        .iter()
        .filter(|e| e.attr("session.id") == Some(session.as_str()))
        .count();
    let r = agent
        .post(format!("{url}/v1/logs"))
        .header("Authorization", "Bearer dev")
        .header("Content-Type", "application/json")
        .send(&otlp[..])
        .unwrap();
    assert_eq!(r.status(), 200);
    // Bounded wait for delivery.
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let got = std::fs::read_to_string(&out).unwrap_or_default();
        let upstream = SqliteStore::open(&up_db).unwrap();
        let up = upstream.session_telemetry("fwd").unwrap().len();
        let up_cc = upstream.session_telemetry(&session).unwrap().len();
        let cc_lines = got.lines().filter(|l| l.contains("|claude-code|")).count();
        if got.lines().count() >= 30 + events.len()
            && up >= 30
            && up_cc >= of_session
            && cc_lines >= events.len()
        {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "delivered: syslog {} lines, upstream {up} events\n{got}",
            got.lines().count()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let got = std::fs::read_to_string(&out).unwrap();
    // Journal and telemetry go on separate tasks: find the first record.
    let first = got
        .lines()
        .find(|l| l.contains("|agentgate|") && l.contains("seq=\"1\""))
        .unwrap();
    // rsyslog parsed our RFC 5424 fields: authpriv.warning = 84.
    let f: Vec<&str> = first.splitn(6, '|').collect();
    assert_eq!(
        &f[..4],
        &["84", "agentgate", "PreToolUse", "laptop-7"],
        "{first}"
    );
    assert!(
        f[4].starts_with("[agentgate@32473 ") && f[4].contains("device=\"dev-fwd\" seq=\"1\""),
        "{first}"
    );
    assert!(f[4].contains("answer=\"deny\""), "{first}");
    assert!(f[5].contains("blocked \"0\" ]"), "{first}");
    let seqs: std::collections::BTreeSet<String> = got
        .lines()
        .filter_map(|l| {
            l.split("seq=\"")
                .nth(1)
                .and_then(|s| s.split('"').next())
                .map(str::to_owned)
        })
        .collect();
    assert_eq!(seqs.len(), 30, "every record, once or more (at-least-once)");
    let up = SqliteStore::open(&up_db)
        .unwrap()
        .session_telemetry("fwd")
        .unwrap();
    assert!(
        up.iter()
            .all(|e| e["name"] == "PreToolUse" && e["resource"]["service.name"] == "agentgate"),
        "{up:?}"
    );
    // Claude Code's events reached upstream unchanged.
    let up_cc = SqliteStore::open(&up_db)
        .unwrap()
        .session_telemetry(&session)
        .unwrap();
    let mut sent: Vec<String> = events
        .iter()
        .filter(|e| e.attr("session.id") == Some(session.as_str()))
        .map(|e| serde_json::to_string(e).unwrap())
        .collect();
    let mut received: Vec<String> = up_cc.iter().map(|e| e.to_string()).collect();
    sent.sort();
    received.sort();
    received.dedup();
    let sent: Vec<serde_json::Value> = sent
        .iter()
        .map(|s| serde_json::from_str(s).unwrap())
        .collect();
    let received: Vec<serde_json::Value> = received
        .iter()
        .map(|s| serde_json::from_str(s).unwrap())
        .collect();
    assert_eq!(received.len(), sent.len());
    for r in &received {
        assert!(sent.contains(r), "not sent as received upstream: {r}");
    }
    // And rsyslog parsed them: app-name claude-code, the event name as
    // MSGID, the attributes as structured data.
    let decision = got
        .lines()
        .find(|l| l.contains("|claude-code|tool_decision|"))
        .expect("a tool_decision event in syslog");
    let f: Vec<&str> = decision.splitn(6, '|').collect();
    assert!(f[4].starts_with("[claude_code@32473 "), "{decision}");
    assert!(
        f[4].contains(&format!("session.id=\"{session}\"")),
        "{decision}"
    );
    assert!(f[4].contains("tool_use_id=\"toolu_"), "{decision}");
}

fn shared() -> std::path::PathBuf {
    std::env::var_os("AGENTGATE_SHARED")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| {
            std::path::PathBuf::from(
                std::env::var_os("CARGO_MANIFEST_DIR")
                    .unwrap_or_else(|| env!("CARGO_MANIFEST_DIR").into()),
            )
            .join("../../../shared")
        })
}

/// The same from a PostgreSQL-backed collector (rows are tracked per
/// (device, seq), since replicas commit out of order).
#[test]
fn postgres_backed_collector_forwards_to_rsyslog() {
    let (Some(bin), Ok(pg)) = (rsyslogd(), std::env::var("AGENTGATE_PG_URL")) else {
        assert!(
            std::env::var("AGENTGATE_PG").as_deref() != Ok("1"),
            "AGENTGATE_PG=1 but AGENTGATE_PG_URL is unset"
        );
        eprintln!("skipped: needs rsyslogd and AGENTGATE_PG_URL");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let out = dir.path().join("received.log");
    let conf = dir.path().join("rsyslog.conf");
    std::fs::write(
        &conf,
        format!(
            "global(workDirectory=\"{d}\")\nmodule(load=\"imtcp\")\ninput(type=\"imtcp\" port=\"{port}\" address=\"127.0.0.1\")\ntemplate(name=\"sd\" type=\"string\" string=\"%structured-data%\\n\")\n*.* action(type=\"omfile\" file=\"{o}\" template=\"sd\")\n",
            d = dir.path().display(),
            o = out.display()
        ),
    )
    .unwrap();
    let _rsyslog = Rsyslog(
        Command::new(bin)
            .args(["-n", "-f"])
            .arg(&conf)
            .arg("-i")
            .arg(dir.path().join("pid"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "rsyslogd did not listen");
        std::thread::sleep(Duration::from_millis(20));
    }
    let device = format!(
        "pgfwd-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    );
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let mut tokens = Tokens::default();
    tokens.insert("dev", &device, Role::Ingest);
    let state = AppState::postgres(
        rt.block_on(agentgate_store::PgStore::connect(&pg)).unwrap(),
        tokens,
    );
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    rt.block_on(async {
        state.spawn_forwarder(Destination::Syslog(format!("127.0.0.1:{port}")));
    });
    rt.spawn(agentgate_collector::serve(listener, state));
    let l = lines(20);
    let body = serde_json::to_vec(&json!({"device": device, "lines": l})).unwrap();
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let r = agent
        .post(format!("{url}/v1/journal"))
        .header("Authorization", "Bearer dev")
        .header("Content-Type", "application/json")
        .send(&body[..])
        .unwrap();
    assert_eq!(r.status(), 200);
    // A Claude Code event of a session named after this run.
    let event = json!({"resourceLogs": [{"scopeLogs": [{"logRecords": [{
    "timeUnixNano": "1795555271513000000",
    "body": {"stringValue": "claude_code.tool_decision"},
    "attributes": [
        {"key": "event.name", "value": {"stringValue": "tool_decision"}},
        {"key": "session.id", "value": {"stringValue": device}},
        {"key": "decision", "value": {"stringValue": "reject"}}
    ]}]}]}]});
    let r = agent
        .post(format!("{url}/v1/logs"))
        .header("Authorization", "Bearer dev")
        .header("Content-Type", "application/json")
        .send(event.to_string().as_bytes())
        .unwrap();
    assert_eq!(r.status(), 200);
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let got = std::fs::read_to_string(&out).unwrap_or_default();
        let event_seen = got.lines().any(|l| {
            l.starts_with("[claude_code@32473 ") && l.contains(&format!("session.id=\"{device}\""))
        });
        let mine: std::collections::BTreeSet<String> = got
            .lines()
            .filter(|l| l.contains(&format!("device=\"{device}\"")))
            .filter_map(|l| {
                l.split("seq=\"")
                    .nth(1)
                    .and_then(|s| s.split('"').next())
                    .map(str::to_owned)
            })
            .collect();
        if mine.len() == 20 && event_seen {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "only {} of 20 records reached rsyslog (Claude Code event: {event_seen})",
            mine.len()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}
