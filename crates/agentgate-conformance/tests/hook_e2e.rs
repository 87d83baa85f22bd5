//! End to end: the real Claude Code CLI (pinned, offline, scripted model)
//! with `agentgate-hook` installed as a managed hook. A dangerous command
//! that the developer's own allow rule would let through is blocked by the
//! hook; a benign one runs; the session guard escalates after untrusted
//! content; every decision lands in the journal.
//!
//! Needs `AGENTGATE_CLAUDE` (the claude binary), `AGENTGATE_HOOK_BIN` (the
//! `agentgate-hook` binary as the README installs it) and `AGENTGATE_BIN`
//! (the `agentgate` binary); `scripts/test.sh` sets them and
//! `AGENTGATE_E2E=1`, which turns their absence into a failure.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;
use std::time::Duration;

use agentgate_conformance::runner::{run_case, Observation, RunConfig};
use serde_json::{json, Value};

/// The binaries under test: the hook as the README installs it, and the
/// main binary for what an auditor runs.
struct Bins {
    hook: String,
    main: String,
}

fn setup() -> Option<(RunConfig, Bins)> {
    let claude = std::env::var("AGENTGATE_CLAUDE").ok();
    let hook = std::env::var("AGENTGATE_HOOK_BIN").ok();
    let main = std::env::var("AGENTGATE_BIN").ok();
    match (claude, hook, main) {
        (Some(c), Some(hook), Some(main)) => Some((
            RunConfig {
                claude: PathBuf::from(c),
                timeout: Duration::from_secs(120),
                keep: true,
                scratch_base: PathBuf::from("/var/lib/agentgate-conformance"),
            },
            Bins { hook, main },
        )),
        _ => {
            assert!(
                std::env::var("AGENTGATE_E2E").as_deref() != Ok("1"),
                "AGENTGATE_E2E=1 but AGENTGATE_CLAUDE, AGENTGATE_HOOK_BIN or AGENTGATE_BIN is unset"
            );
            eprintln!("skipped: set AGENTGATE_CLAUDE, AGENTGATE_HOOK_BIN and AGENTGATE_BIN (scripts/test.sh does)");
            None
        }
    }
}

/// A case whose managed settings install agentgate as the hook for every
/// event, and whose user settings allow what the developer would allow.
fn case(hook_bin: &str, id: &str, command: &str, user_allow: &[&str], preceded_by: Value) -> Value {
    let hook = json!([{ "matcher": "*", "hooks": [{
        "type": "command",
        "command": format!("AGENTGATE_STATE_DIR=\"$HOME/.agentgate\" '{hook_bin}'"),
        "timeout": 30
    }]}]);
    json!({
        "id": id,
        "trusted": true,
        "scopes": {
            "managed": { "hooks": {
                "PreToolUse": hook, "PostToolUse": hook, "SessionStart": hook, "SessionEnd": hook
            }},
            "user": { "permissions": { "allow": user_allow } }
        },
        "preceded_by": preceded_by,
        "tool_name": "Bash",
        "tool_input": { "command": command, "description": "e2e" }
    })
}

fn run(cfg: &RunConfig, c: &Value) -> Observation {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(run_case(cfg, c)).unwrap()
}

fn journal(obs: &Observation) -> Vec<Value> {
    let dir = obs.scratch.as_ref().unwrap();
    let text = std::fs::read_to_string(dir.join("home/.agentgate/journal/journal.jsonl")).unwrap();
    assert!(
        agentgate_journal::verify_lines(&text).is_ok(),
        "journal chain intact"
    );
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn cleanup(obs: &Observation) {
    if let Some(d) = &obs.scratch {
        let _ = std::fs::remove_dir_all(d);
    }
}

#[test]
fn the_hook_blocks_a_dangerous_command_that_an_allow_rule_would_pass() {
    let Some((cfg, bins)) = setup() else { return };
    let c = case(
        &bins.hook,
        "e2e-credential",
        "cat ~/.ssh/id_test",
        &["Bash(cat:*)"],
        json!([]),
    );
    let obs = run(&cfg, &c);
    assert_eq!(obs.decision, "deny", "{}", obs.evidence);
    assert!(
        obs.evidence.contains("agentgate"),
        "the agent sees agentgate's reason: {}",
        obs.evidence
    );
    let j = journal(&obs);
    let pre: Vec<&Value> = j
        .iter()
        .filter(|e| e["record"]["event"] == "PreToolUse")
        .collect();
    assert!(
        pre.iter().any(|e| e["record"]["answer"] == "deny"
            && e["record"]["findings"][0]["category"] == "credential_access"),
        "{j:?}"
    );
    assert!(j.iter().any(|e| e["record"]["event"] == "SessionStart"));
    cleanup(&obs);

    let c = case(
        &bins.hook,
        "e2e-force-push",
        "git push --force origin main",
        &["Bash(git push:*)"],
        json!([]),
    );
    let obs = run(&cfg, &c);
    assert_eq!(obs.decision, "deny", "{}", obs.evidence);
    cleanup(&obs);
}

#[test]
fn the_hook_lets_a_benign_command_run() {
    let Some((cfg, bins)) = setup() else { return };
    let mut c = case(
        &bins.hook,
        "e2e-benign",
        "echo hello > out.txt",
        &["Bash(echo:*)"],
        json!([]),
    );
    // Claude Code itself asks about redirects in default mode.
    c["flags"] = json!({ "permission_mode": "acceptEdits" });
    let obs = run(&cfg, &c);
    assert_eq!(obs.decision, "allow", "{}", obs.evidence);
    let dir = obs.scratch.clone().unwrap();
    let out = std::fs::read_to_string(dir.join("home/project/out.txt")).unwrap();
    assert_eq!(out.trim(), "hello");
    let j = journal(&obs);
    assert!(
        j.iter()
            .any(|e| e["record"]["event"] == "PreToolUse" && e["record"]["answer"] == "defer"),
        "{j:?}"
    );
    assert!(j.iter().any(|e| e["record"]["event"] == "PostToolUse"));
    cleanup(&obs);
}

#[test]
fn the_session_guard_holds_egress_after_untrusted_content() {
    let Some((cfg, bins)) = setup() else { return };
    // Reading a file outside the project taints the session; a network call
    // that the developer allows is then held for approval (a deny in -p mode).
    let pre =
        json!([{ "tool_name": "Read", "tool_input": { "file_path": "/home/user/outside.txt" } }]);
    let c = case(
        &bins.hook,
        "e2e-guard",
        "curl -s https://example.com/",
        &["Bash(curl:*)", "Read(~/**)"],
        pre,
    );
    let obs = run(&cfg, &c);
    assert_eq!(obs.decision, "deny", "{}", obs.evidence);
    let j = journal(&obs);
    assert!(
        j.iter().any(|e| e["record"]["event"] == "PreToolUse"
            && e["record"]["tool"] == "Bash"
            && e["record"]["answer"] == "ask"
            && e["record"]["guard"]
                .as_str()
                .is_some_and(|g| g.contains("untrusted"))),
        "{j:?}"
    );
    cleanup(&obs);
    // Without the Read, the same call is not held.
    let c = case(
        &bins.hook,
        "e2e-guard-clean",
        "curl -s https://example.com/",
        &["Bash(curl:*)"],
        json!([]),
    );
    let obs = run(&cfg, &c);
    assert_eq!(obs.decision, "allow", "{}", obs.evidence);
    cleanup(&obs);
}

/// Issue 4's end to end: Claude Code's own telemetry goes to the collector,
/// the journal is shipped there, and the session is complete in the store:
/// identity, repository, config digest, and each tool call with the hook's
/// decision beside Claude Code's tool_decision.
#[test]
fn a_real_session_is_complete_in_the_audit_trail_http_json() {
    audit_trail_end_to_end("http/json");
}

#[test]
fn a_real_session_is_complete_in_the_audit_trail_http_protobuf() {
    audit_trail_end_to_end("http/protobuf");
}

fn audit_trail_end_to_end(protocol: &str) {
    use agentgate_collector::{AppState, Role, Tokens};
    use agentgate_store::{Query, SqliteStore};

    let Some((cfg, bins)) = setup() else { return };
    let db_dir = tempfile::tempdir().unwrap();
    let db = db_dir.path().join("collector.sqlite");
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let mut tokens = Tokens::default();
    tokens.insert("otel-e2e-token", "claude-fleet", Role::Ingest);
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    rt.spawn(agentgate_collector::serve(
        listener,
        AppState::new(SqliteStore::open(&db).unwrap(), tokens),
    ));

    let pre =
        json!([{ "tool_name": "Bash", "tool_input": { "command": "ls", "description": "list" } }]);
    let mut c = case(
        &bins.hook,
        "e2e-audit",
        "rm -rf ~/old-projects",
        &["Bash(rm:*)", "Bash(ls)"],
        pre,
    );
    c["scopes"]["managed"]["env"] = json!({
        "CLAUDE_CODE_ENABLE_TELEMETRY": "1",
        "OTEL_LOGS_EXPORTER": "otlp",
        "OTEL_METRICS_EXPORTER": "otlp",
        "OTEL_EXPORTER_OTLP_PROTOCOL": protocol,
        "OTEL_EXPORTER_OTLP_ENDPOINT": url,
        "OTEL_EXPORTER_OTLP_HEADERS": "Authorization=Bearer otel-e2e-token",
        "OTEL_LOGS_EXPORT_INTERVAL": "500",
        "OTEL_LOG_TOOL_DETAILS": "1"
    });
    c["scopes"]["managed"]["hooks"]["Stop"] =
        c["scopes"]["managed"]["hooks"]["SessionStart"].clone();
    let obs = run(&cfg, &c);
    assert_eq!(obs.decision, "deny", "{}", obs.evidence);
    let scratch = obs.scratch.clone().unwrap();

    // Ship the journal through a second collector replica on the same
    // database, with this device's token.
    let jdir = scratch.join("home/.agentgate/journal");
    let device = agentgate_ship::device_id(&jdir).unwrap();
    let mut tokens = Tokens::default();
    tokens.insert("device-e2e-token", &device, Role::Ingest);
    tokens.insert("reader-e2e-token", "auditor", Role::Read);
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let url2 = format!("http://{}", listener.local_addr().unwrap());
    rt.spawn(agentgate_collector::serve(
        listener,
        AppState::new(SqliteStore::open(&db).unwrap(), tokens),
    ));
    let report = agentgate_ship::Shipper {
        journal_dir: jdir.clone(),
        collector: url2.clone(),
        token: "device-e2e-token".into(),
        batch: 100,
    }
    .ship_once()
    .unwrap();
    assert!(report.accepted >= 3, "{report:?}");
    assert!(report.issues.is_empty(), "{report:?}");
    // Every record arrived under a checkpoint the device signed, and the
    // collector recomputed it from what it stored.
    assert_eq!(report.verified_size, report.cursor, "{report:?}");
    // The local journal, checkpointed at Stop, verifies.
    let v = agentgate_journal::verify_dir(&jdir, None).unwrap();
    assert!(v.ok() && v.checkpoints >= 1, "{:?}", v.problems);

    let store = SqliteStore::open(&db).unwrap();
    let rows = store
        .query(&Query {
            device: Some(device.clone()),
            limit: 1000,
            ..Query::default()
        })
        .unwrap();
    let session = rows
        .iter()
        .find_map(|r| r["record"]["session_id"].as_str())
        .unwrap()
        .to_owned();
    let calls: Vec<&Value> = rows
        .iter()
        .filter(|r| r["record"]["event"] == "PreToolUse")
        .collect();
    assert_eq!(calls.len(), 2, "{rows:#?}");
    for r in &calls {
        let rec = &r["record"];
        assert!(
            rec["who"]["user"].as_str().is_some_and(|u| !u.is_empty()),
            "{rec}"
        );
        assert!(
            rec["who"]["host"].as_str().is_some_and(|h| !h.is_empty()),
            "{rec}"
        );
        assert!(
            rec["where"]["repo"]["root"].as_str().is_some(),
            "the project is a git repository: {rec}"
        );
        assert!(
            rec["config"]["digest"]
                .as_str()
                .is_some_and(|d| d.len() == 64),
            "{rec}"
        );
        assert_eq!(rec["session_id"], session.as_str());
    }
    let denied = calls
        .iter()
        .find(|r| r["record"]["answer"] == "deny")
        .expect("the rm is denied by the hook");
    let claude = denied["claude_code"].as_array().unwrap();
    assert!(
        claude.iter().any(|e| e["name"] == "tool_decision"
            && e["attributes"]["decision"] == "reject"
            && e["attributes"]["source"] == "hook"),
        "Claude Code's own tool_decision beside the hook's deny: {claude:#?}"
    );
    let allowed = calls
        .iter()
        .find(|r| r["record"]["tool_input"]["command"] == "ls")
        .unwrap();
    let claude = allowed["claude_code"].as_array().unwrap();
    assert!(
        claude
            .iter()
            .any(|e| e["name"] == "tool_decision" && e["attributes"]["decision"] == "accept")
            && claude.iter().any(|e| e["name"] == "tool_result"),
        "tool_decision and tool_result for the call that ran: {claude:#?}"
    );
    // The configuration snapshot for the digest is stored.
    let digest = denied["record"]["config"]["digest"].as_str().unwrap();
    assert!(scratch
        .join(format!("home/.agentgate/snapshots/{digest}.json"))
        .exists());
    // What an auditor runs: `agentgate audit query` against the collector.
    let out = std::process::Command::new(&bins.main)
        .args([
            "audit",
            "query",
            "--collector",
            &url2,
            "--token",
            "reader-e2e-token",
            "--session",
            &session,
        ])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.contains("deny") && text.contains("rm -rf ~/old-projects"),
        "{text}"
    );
    assert!(
        text.contains("claude_code.tool_decision decision=reject source=hook"),
        "{text}"
    );
    assert!(text.contains("claude_code.tool_result"), "{text}");
    eprintln!("audit query --collector --session {session}:\n{text}");
    // And what the auditor runs to trust the store: every stored row against
    // the device's signatures.
    let out = std::process::Command::new(&bins.main)
        .args([
            "audit",
            "verify",
            "--collector",
            &url2,
            "--token",
            "reader-e2e-token",
            "--device",
            &device,
        ])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains(&format!(
            "records 1..{} match the device's signature",
            report.cursor
        )) && text.contains("OK"),
        "{text}"
    );
    let telemetry = store.session_telemetry(&session).unwrap();
    eprintln!(
        "audit e2e ({protocol}): session {session}: {} hook records shipped, {} Claude Code events received; deny joined to tool_decision(reject, hook)",
        report.accepted,
        telemetry.len()
    );
    cleanup(&obs);
}

/// The environment the hook judges `$NAME` by is the one the Bash tool
/// runs with: the managed settings' `env` reaches both. A program named
/// by such a variable runs when its value is plain and harmless (the
/// hook does not ask, and the tool's shell sees the same value), and is
/// denied when its value is a force push.
#[test]
fn the_hook_and_the_bash_tool_share_the_environment() {
    let Some((cfg, bins)) = setup() else { return };
    let mut c = case(
        &bins.hook,
        "e2e-env-echo",
        "\"$AG_TOOL\" hello > out.txt",
        &["Bash"],
        json!([]),
    );
    c["scopes"]["managed"]["env"] = json!({ "AG_TOOL": "echo" });
    c["flags"] = json!({ "permission_mode": "acceptEdits" });
    let obs = run(&cfg, &c);
    // `Bash` without a pattern: Claude Code's own `Bash(prefix:*)` rules
    // ask about any command that starts with a variable.
    assert_eq!(obs.decision, "allow", "{}", obs.evidence);
    let j = journal(&obs);
    assert!(
        j.iter().any(|e| e["record"]["event"] == "PreToolUse"
            && e["record"]["tool"] == "Bash"
            && e["record"]["answer"] == "defer"),
        "the hook judged $AG_TOOL as echo: {j:?}"
    );
    let dir = obs.scratch.clone().unwrap();
    let out = std::fs::read_to_string(dir.join("home/project/out.txt")).unwrap();
    assert_eq!(out.trim(), "hello", "the Bash tool saw AG_TOOL=echo");
    cleanup(&obs);

    let mut c = case(
        &bins.hook,
        "e2e-env-deny",
        "$AG_TOOL",
        &["Bash(*)"],
        json!([]),
    );
    c["scopes"]["managed"]["env"] = json!({ "AG_TOOL": "git push --force origin main" });
    let obs = run(&cfg, &c);
    assert_eq!(obs.decision, "deny", "{}", obs.evidence);
    let j = journal(&obs);
    assert!(
        j.iter().any(|e| e["record"]["event"] == "PreToolUse"
            && e["record"]["answer"] == "deny"
            && e["record"]["reason"]
                .as_str()
                .is_some_and(|r| r.contains("force"))),
        "{j:?}"
    );
    cleanup(&obs);
}

/// Observed with the real CLI (session 9): a variable exported only from
/// `~/.bashrc` reaches the Bash tool (Claude Code's shell snapshot) but not
/// the hook. The hook treats such a name as unknown: `${AG_RC:-echo}` is
/// not judged as `echo` (it is asked about, a deny in `-p` mode), while a
/// command that only prints the variable runs and shows the rc value.
#[test]
fn bashrc_exports_reach_the_bash_tool_not_the_hook() {
    let Some((cfg, bins)) = setup() else { return };
    let rc = json!({ ".bashrc": "export AG_RC=from-bashrc\n" });
    let mut c = case(
        &bins.hook,
        "e2e-env-bashrc-print",
        "echo \"rc=${AG_RC:-unset}\" > out.txt",
        &["Bash"],
        json!([]),
    );
    c["home_text"] = rc.clone();
    let obs = run(&cfg, &c);
    assert_eq!(obs.decision, "allow", "{}", obs.evidence);
    let dir = obs.scratch.clone().unwrap();
    let out = std::fs::read_to_string(dir.join("home/project/out.txt")).unwrap();
    assert_eq!(
        out.trim(),
        "rc=from-bashrc",
        "the Bash tool sees ~/.bashrc's export"
    );
    cleanup(&obs);

    let mut c = case(
        &bins.hook,
        "e2e-env-bashrc-run",
        "${AG_RC:-echo} hello > out.txt",
        &["Bash"],
        json!([]),
    );
    c["home_text"] = rc;
    let obs = run(&cfg, &c);
    assert_eq!(obs.decision, "deny", "{}", obs.evidence);
    let j = journal(&obs);
    assert!(
        j.iter().any(|e| e["record"]["event"] == "PreToolUse"
            && e["record"]["tool"] == "Bash"
            && e["record"]["answer"] == "ask"),
        "the hook does not take AG_RC as unset: {j:?}"
    );
    cleanup(&obs);
}
