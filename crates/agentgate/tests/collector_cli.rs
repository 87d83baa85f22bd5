//! The audit trail from the command line, end to end on loopback: the hook
//! writes the journal, `agentgate ship` sends it with its signed
//! checkpoints to `agentgate serve`, and `agentgate audit verify
//! --collector` checks what the collector stored, before and after a row is
//! edited in its database.
#![cfg(feature = "collector")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;

fn agentgate(dir: &Path, args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_agentgate"))
        .args(args)
        .current_dir(dir)
        .env("HOME", dir.join("home"))
        .env("AGENTGATE_STATE_DIR", dir.join("state"))
        .env_remove("AGENTGATE_POLICY")
        .env_remove("AGENTGATE_COLLECTOR")
        .env_remove("AGENTGATE_READ_TOKEN")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Kills the collector when the test ends, however it ends.
struct Collector(std::process::Child);

impl Drop for Collector {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn settings(device: &str) -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.add_filter(&regex_escape(device), "[DEVICE]");
    s.add_filter(r"http://127\.0\.0\.1:\d+", "http://127.0.0.1:[PORT]");
    s.add_filter(r"root [0-9a-f]{64}", "root [HASH]");
    s.add_filter(r"to [0-9a-f]{64}", "to [HASH]");
    s
}

fn regex_escape(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_string()
            } else {
                format!("\\{c}")
            }
        })
        .collect()
}

#[test]
fn ship_then_verify_the_collector_and_catch_an_edited_row() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir_all(d.join("home")).unwrap();
    for (i, cmd) in ["ls -la", "rm -rf ~", "git status"].iter().enumerate() {
        let input = serde_json::to_vec(&json!({
            "session_id": "s-cli",
            "cwd": "/work/app",
            "permission_mode": "default",
            "hook_event_name": "PreToolUse",
            "tool_name": "Bash",
            "tool_input": {"command": cmd},
            "tool_use_id": format!("toolu_{i}")
        }))
        .unwrap();
        let (code, _, err) = agentgate(d, &["hook"], &input);
        assert_eq!(code, 0, "{err}");
    }
    let (code, device, err) = agentgate(d, &["ship", "--print-device"], b"");
    assert_eq!(code, 0, "{err}");
    let device = device.trim().to_owned();
    let (_, ingest_hash, _) = agentgate(d, &["serve", "--hash-token", "dev-tok"], b"");
    let (_, read_hash, _) = agentgate(d, &["serve", "--hash-token", "read-tok"], b"");
    std::fs::write(
        d.join("tokens"),
        format!(
            "{device} {} ingest\nauditor {} read\n",
            ingest_hash.trim(),
            read_hash.trim()
        ),
    )
    .unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}");
    let db = d.join("collector.sqlite");
    let _collector = Collector(
        Command::new(env!("CARGO_BIN_EXE_agentgate"))
            .args(["serve", "--listen", &format!("127.0.0.1:{port}"), "--db"])
            .arg(&db)
            .arg("--tokens")
            .arg(d.join("tokens"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "the collector did not start");
        std::thread::sleep(Duration::from_millis(10));
    }

    let (code, out, err) = agentgate(d, &["ship", "--collector", &url, "--token", "dev-tok"], b"");
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("the collector verified records 1..3"), "{out}");

    let verify = [
        "audit",
        "verify",
        "--collector",
        &url,
        "--token",
        "read-tok",
    ];
    let (code, out, err) = agentgate(d, &verify, b"");
    assert_eq!(code, 0, "{out}{err}");
    settings(&device).bind(|| insta::assert_snapshot!("collector_verify_ok", out));

    // Someone with access to the database turns the recorded deny into an
    // allow and fixes up the row's hash.
    {
        let c = rusqlite::Connection::open(&db).unwrap();
        let line: String = c
            .query_row(
                "SELECT line FROM journal WHERE device = ?1 AND seq = 2",
                [&device],
                |r| r.get(0),
            )
            .unwrap();
        let forged = line.replacen("\"answer\":\"deny\"", "\"answer\":\"allow\"", 1);
        assert_ne!(forged, line);
        c.execute(
            "UPDATE journal SET line = ?1, hash = ?2, answer = 'allow' WHERE device = ?3 AND seq = 2",
            rusqlite::params![
                forged,
                agentgate_journal_sha256(&forged),
                device
            ],
        )
        .unwrap();
    }
    let (code, out, err) = agentgate(d, &verify, b"");
    assert_eq!(code, 12, "{out}{err}");
    settings(&device).bind(|| insta::assert_snapshot!("collector_verify_tampered", out));
    let mut json_args = verify.to_vec();
    json_args.push("--json");
    let (code, out, _) = agentgate(d, &json_args, b"");
    assert_eq!(code, 12);
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["ok"], json!(false));
    assert_eq!(report["devices"][0]["verified_size"], json!(0));
}

/// SHA-256 hex, spelled here so the test does not trust the code under test
/// for the forgery it makes.
fn agentgate_journal_sha256(s: &str) -> String {
    let out = Command::new("sha256sum")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            c.stdin.take().unwrap().write_all(s.as_bytes())?;
            c.wait_with_output()
        })
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned()
}
