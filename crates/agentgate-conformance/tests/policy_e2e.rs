//! End to end: the managed settings `agentgate policy build` compiles from
//! the `agentgate init` baseline, given to the real Claude Code CLI (pinned,
//! offline, scripted model) as its managed scope. A bypassPermissions
//! request runs in the policy's default mode (acceptEdits), a credential read is denied, and the
//! agentgate hook fires.
//!
//! Needs `AGENTGATE_CLAUDE` and `AGENTGATE_HOOK_BIN` (the `agentgate-hook` binary); `scripts/test.sh` sets both
//! and `AGENTGATE_E2E=1`, which turns their absence into a failure.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;
use std::time::Duration;

use agentgate_conformance::runner::{run_case, Observation, RunConfig};
use serde_json::{json, Value};

fn setup() -> Option<(RunConfig, String)> {
    match (
        std::env::var("AGENTGATE_CLAUDE"),
        std::env::var("AGENTGATE_HOOK_BIN"),
    ) {
        (Ok(c), Ok(b)) => Some((
            RunConfig {
                claude: PathBuf::from(c),
                timeout: Duration::from_secs(120),
                keep: true,
                scratch_base: PathBuf::from("/var/lib/agentgate-conformance"),
            },
            b,
        )),
        _ => {
            assert!(
                std::env::var("AGENTGATE_E2E").as_deref() != Ok("1"),
                "AGENTGATE_E2E=1 but AGENTGATE_CLAUDE or AGENTGATE_HOOK_BIN is unset"
            );
            eprintln!(
                "skipped: set AGENTGATE_CLAUDE and AGENTGATE_HOOK_BIN (scripts/test.sh does)"
            );
            None
        }
    }
}

/// The baseline policy as `agentgate init --yes` writes it, with the hook
/// pointed at the binary under test, compiled by `policy build`.
fn managed_settings(hook_bin: &str) -> Value {
    let template = agentgate_orgpolicy::template();
    // As deployed: the policy file and the state directory named on the
    // hook's command line (policy build pins them; here they point into
    // the test's own tree instead of /etc and the account's home).
    let file =
        std::env::temp_dir().join(format!("agentgate-e2e-policy-{}.toml", std::process::id()));
    std::fs::write(&file, &template).unwrap();
    let hook = format!(
        "command = {:?}",
        format!(
            "'{hook_bin}' --policy '{}' --state-dir \"$HOME/.agentgate\"",
            file.display()
        )
    );
    let policy = template.replace("command = \"/usr/local/bin/agentgate-hook\"", &hook);
    assert_ne!(policy, template, "the template names the hook command");
    let d = agentgate_orgpolicy::Deployment::parse(&policy, "agentgate.toml").unwrap();
    agentgate_managed::build(&d).unwrap().settings
}

fn run(cfg: &RunConfig, c: &Value) -> Observation {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(run_case(cfg, c))
        .unwrap()
}

/// The permission mode the CLI reports in its init message.
fn mode_in_force(transcript: &str) -> Option<String> {
    transcript
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .find(|m| m["type"] == "system" && m["subtype"] == "init")
        .and_then(|m| m["permissionMode"].as_str().map(str::to_owned))
}

/// Every tool_result text in the transcript.
fn tool_results(transcript: &str) -> Vec<String> {
    transcript
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter_map(|m| {
            m.pointer("/message/content")
                .and_then(Value::as_array)
                .cloned()
        })
        .flatten()
        .filter(|b| b["type"] == "tool_result")
        .map(|b| match &b["content"] {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        })
        .collect()
}

fn journal(obs: &Observation) -> Vec<Value> {
    let dir = obs.scratch.as_ref().unwrap();
    std::fs::read_to_string(dir.join("home/.agentgate/journal/journal.jsonl"))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

#[test]
fn the_real_cli_obeys_the_built_baseline() {
    let Some((cfg, bin)) = setup() else { return };
    let managed = managed_settings(&bin);
    for (id, tool, input) in [
        (
            "policy-e2e-read",
            "Read",
            json!({"file_path": "~/.ssh/test_ed25519"}),
        ),
        (
            "policy-e2e-cat",
            "Bash",
            json!({"command": "cat ~/.ssh/test_ed25519", "description": "e2e"}),
        ),
    ] {
        let c = json!({
            "id": id,
            "trusted": true,
            "scopes": {
                "managed": managed,
                // The developer asks for everything: bypass, and an allow rule.
                "user": {"permissions": {"allow": ["Read", "Bash(cat:*)"]}}
            },
            "flags": {"permission_mode": "bypassPermissions"},
            // As root the CLI refuses bypassPermissions outside a sandbox;
            // this lets the request reach the policy.
            "env": {"IS_SANDBOX": "1"},
            "preceded_by": [],
            "tool_name": tool,
            "tool_input": input,
        });
        let obs = run(&cfg, &c);
        // The bypass request runs in the policy's default mode instead
        // (observed: with a managed defaultMode the refused bypass falls back
        // to it, not to "default").
        assert_eq!(
            mode_in_force(&obs.transcript).as_deref(),
            managed["permissions"]["defaultMode"].as_str(),
            "{id}: {}",
            obs.transcript.chars().take(2000).collect::<String>()
        );
        // The credential was not read.
        let results = tool_results(&obs.transcript);
        assert!(
            !results.is_empty(),
            "{id}: the call was answered: {}",
            obs.evidence
        );
        assert!(
            results
                .iter()
                .all(|r| !r.contains("fixture ~/.ssh/test_ed25519")),
            "{id}: the credential was read: {results:?}"
        );
        // The agentgate hook fired, as a managed hook.
        let j = journal(&obs);
        assert!(
            j.iter().any(|e| e["record"]["event"] == "SessionStart"),
            "{id}: the hook did not fire: {j:?}"
        );
        eprintln!(
            "policy e2e {id}: mode {:?} under a bypass request; tool_result {:?}; {} journal records",
            mode_in_force(&obs.transcript),
            results.first().map(|r| r.chars().take(120).collect::<String>()),
            j.len()
        );
        if let Some(d) = &obs.scratch {
            let _ = std::fs::remove_dir_all(d);
        }
    }
}

#[test]
fn the_managed_deny_rule_holds_without_the_hook() {
    let Some((cfg, bin)) = setup() else { return };
    let mut managed = managed_settings(&bin);
    managed.as_object_mut().unwrap().remove("hooks");
    let c = json!({
        "id": "policy-e2e-deny-only",
        "trusted": true,
        "scopes": {"managed": managed, "user": {"permissions": {"allow": ["Read"]}}},
        "flags": {"permission_mode": "bypassPermissions"},
        "env": {"IS_SANDBOX": "1"},
        "preceded_by": [],
        "tool_name": "Read",
        "tool_input": {"file_path": "~/.ssh/test_ed25519"},
    });
    let obs = run(&cfg, &c);
    let results = tool_results(&obs.transcript);
    assert_eq!(results.len(), 1, "{}", obs.transcript);
    assert!(
        !results[0].contains("fixture ~/.ssh/test_ed25519"),
        "{results:?}"
    );
    assert!(
        !results[0].contains("agentgate"),
        "no hook ran: {results:?}"
    );
    assert!(
        results[0].to_lowercase().contains("denied"),
        "Claude Code's own deny rule answered: {results:?}"
    );
    eprintln!(
        "policy e2e deny-only: {:?}",
        results[0].chars().take(160).collect::<String>()
    );
    if let Some(d) = &obs.scratch {
        let _ = std::fs::remove_dir_all(d);
    }
}
