//! The hook guards itself: no tool call may change, move, truncate, replace,
//! chmod or signal agentgate's own files and processes. Each attack here was
//! written before the check (issue 11); each must be a critical
//! self-escalation (or, for the device key, a critical credential read).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use agentgate_risk::{assess_bash, assess_tool, Assessment, Category, Context, Severity};
use serde_json::{json, Map, Value};

const HOME: &str = "/home/dev";
const STATE: &str = "/home/dev/.local/state/agentgate";

fn ctx() -> Context {
    let mut c = Context::new("/home/dev/project", HOME);
    // What the hook adds: a state directory pinned elsewhere, the policy it
    // loaded, and its own binary.
    c.guard("/srv/agentgate-state", "agentgate's state");
    c.guard("/opt/org/agentgate.toml", "the org policy");
    c.guard("/opt/agentgate/bin/agentgate", "the agentgate binary");
    c
}

fn tampers(a: &Assessment) -> bool {
    a.findings.iter().any(|f| {
        (f.category == Category::SelfEscalation || f.category == Category::CredentialAccess)
            && f.severity == Severity::Critical
    })
}

#[track_caller]
fn blocked(cmd: &str) {
    let a = assess_bash(cmd, &ctx());
    assert!(tampers(&a), "{cmd:?} passed: {:#?}", a.findings);
}

#[track_caller]
fn untouched(cmd: &str) {
    let a = assess_bash(cmd, &ctx());
    assert!(
        !a.findings
            .iter()
            .any(|f| f.category == Category::SelfEscalation && f.severity == Severity::Critical),
        "{cmd:?} flagged: {:#?}",
        a.findings
    );
}

fn tool(name: &str, input: Value) -> Assessment {
    let Value::Object(m) = input else {
        panic!("object")
    };
    let m: Map<String, Value> = m;
    assess_tool(name, &m, &ctx())
}

#[test]
fn journal_checkpoints_and_key_cannot_be_removed_or_replaced() {
    for target in [
        format!("{STATE}/journal/journal.jsonl"),
        format!("{STATE}/journal"),
        format!("{STATE}/journal/device.key"),
        format!("{STATE}/journal/checkpoints"),
        "~/.local/state/agentgate".to_owned(),
        "$HOME/.local/state/agentgate/sessions".to_owned(),
        "/srv/agentgate-state/journal/journal.jsonl".to_owned(),
    ] {
        blocked(&format!("rm -rf {target}"));
        blocked(&format!("mv {target} /tmp/x"));
        blocked(&format!("truncate -s 0 {target}"));
        blocked(&format!(": > {target}"));
        blocked(&format!("cp /dev/null {target}"));
        blocked(&format!("ln -sf /dev/null {target}"));
        blocked(&format!("chmod 000 {target}"));
        blocked(&format!("shred -u {target}"));
        blocked(&format!("echo x >> {target}"));
        blocked(&format!("sed -i d {target}"));
        blocked(&format!("dd if=/dev/zero of={target}"));
        blocked(&format!("tee {target} < /dev/null"));
        blocked(&format!("find {target} -delete"));
        blocked(&format!(
            "python3 -c \"import shutil; shutil.rmtree('{target}')\""
        ));
        blocked(&format!("bash -c 'rm -f {target}'"));
        blocked(&format!("sudo rm -rf {target}"));
    }
}

#[test]
fn directories_above_the_state_cannot_be_moved_or_deleted() {
    blocked("mv ~/.local/state ~/.local/state.old");
    blocked("rm -rf ~/.local/state");
    blocked("rm -rf ~/.l*");
    blocked("chmod -R 000 ~/.local");
    blocked("mv /srv /srv2");
}

#[test]
fn values_not_spellings() {
    blocked("d=~/.local/state/agentgate; rm -rf \"$d\"");
    blocked("D=$HOME/.local/state; rm -rf $D/agentgate");
    blocked("cd ~/.local/state/agentgate && rm -rf journal");
    blocked("cd ~/.local/state && rm -rf agentgate");
    blocked("cd ~/.local/state/agentgate/sessions && : > abc.state");
    blocked("rm -rf ~/.local/state/agentgate/*");
    blocked("rm -rf ~/.local/state/agentgate/sess*");
}

#[test]
fn session_taint_cannot_be_cleared() {
    blocked("rm ~/.local/state/agentgate/sessions/*.state");
    blocked("for f in ~/.local/state/agentgate/sessions/*; do : > $f; done");
    blocked("find ~/.local/state/agentgate/sessions -type f -exec truncate -s0 {} +");
}

#[test]
fn policy_managed_settings_and_binary_cannot_be_replaced() {
    blocked("mv /etc/agentgate/policy.toml /tmp/");
    blocked("cp /tmp/loose.toml /etc/agentgate/policy.toml");
    blocked("mv /opt/org/agentgate.toml /opt/org/x");
    blocked("rm /etc/claude-code/managed-settings.json");
    blocked("ln -sf /tmp/mine.json /etc/claude-code/managed-settings.json");
    blocked("mv /opt/agentgate/bin/agentgate /tmp/a");
    blocked("cp /bin/true /usr/local/bin/agentgate");
    blocked("chmod -x /usr/local/bin/agentgate");
    blocked("cp /bin/true /usr/local/bin/agentgate-hook");
    blocked("ln -sf /bin/true /usr/local/bin/agentgate-hook");
    blocked("printf '#!/bin/sh\\nexit 0\\n' > /usr/local/bin/agentgate-hook");
    blocked("rm -rf /var/lib/agentgate/managed-history");
}

#[test]
fn agentgate_processes_cannot_be_signalled() {
    blocked("pkill agentgate");
    blocked("pkill -f 'agentgate hook'");
    blocked("killall -9 agentgate");
    blocked("kill -9 $(pgrep agentgate)");
    blocked("kill $(pidof agentgate)");
}

#[test]
fn the_device_key_is_a_secret() {
    blocked(&format!("cat {STATE}/journal/device.key"));
    blocked("base64 ~/.local/state/agentgate/journal/device.key");
    let a = tool(
        "Read",
        json!({"file_path": format!("{STATE}/journal/device.key")}),
    );
    assert!(tampers(&a), "{:#?}", a.findings);
}

#[test]
fn file_tools_cannot_write_agentgate_files() {
    for t in ["Write", "Edit", "MultiEdit"] {
        for p in [
            format!("{STATE}/sessions/0123.state"),
            format!("{STATE}/journal/journal.jsonl"),
            "/etc/agentgate/policy.toml".to_owned(),
            "/opt/org/agentgate.toml".to_owned(),
            // macOS's name of /etc (session 37), and repeated slashes.
            "/private/etc/agentgate/policy.toml".to_owned(),
            "//etc/agentgate/./policy.toml".to_owned(),
        ] {
            let a = tool(
                t,
                json!({"file_path": p, "content": "", "old_string": "a", "new_string": "b"}),
            );
            assert!(tampers(&a), "{t} {p}: {:#?}", a.findings);
        }
    }
    let a = tool(
        "NotebookEdit",
        json!({"notebook_path": "/srv/agentgate-state/x.ipynb", "new_source": ""}),
    );
    assert!(tampers(&a), "{:#?}", a.findings);
    let a = tool(
        "mcp__filesystem__write_file",
        json!({"path": format!("{STATE}/journal/journal.jsonl"), "content": ""}),
    );
    assert!(tampers(&a), "{:#?}", a.findings);
}

/// Claude Code's PowerShell tool (session 46: it had no reading at all)
/// against the same files and processes.
#[test]
fn the_powershell_tool_cannot_touch_agentgate() {
    for c in [
        format!("Remove-Item -Recurse -Force {STATE}"),
        format!("Clear-Content {STATE}/journal/journal.jsonl"),
        format!("Set-Content {STATE}/sessions/0123.state ''"),
        format!("Move-Item {STATE}/journal /tmp/j"),
        "Remove-Item /srv/agentgate-state/journal/journal.jsonl".to_owned(),
        "Copy-Item evil.toml /opt/org/agentgate.toml".to_owned(),
        "Stop-Process -Name agentgate -Force".to_owned(),
        format!("Get-Content {STATE}/journal/device.key"),
    ] {
        let a = tool("PowerShell", json!({ "command": c }));
        assert!(tampers(&a), "{c}: {:#?}", a.findings);
    }
    // Monitor runs a shell command in the background.
    for c in [
        format!("until false; do rm -f {STATE}/journal/journal.jsonl; sleep 1; done"),
        "while sleep 5; do pkill agentgate; done".to_owned(),
    ] {
        let a = tool("Monitor", json!({ "command": c, "description": "w" }));
        assert!(tampers(&a), "{c}: {:#?}", a.findings);
    }
}

#[test]
fn reading_and_inspecting_is_not_tampering() {
    untouched("ls -la ~/.local/state/agentgate");
    untouched("tail -n 5 ~/.local/state/agentgate/journal/journal.jsonl");
    untouched("grep deny ~/.local/state/agentgate/journal/journal.jsonl");
    untouched("agentgate audit verify --state-dir ~/.local/state/agentgate");
    untouched("du -sh ~/.local");
    untouched("find ~/.local/state -name '*.jsonl'");
    untouched("rm -rf ~/.local/share/Trash/files/old");
    untouched("cp ~/.local/state/other/x.log ./");
    untouched("tar czf backup.tgz src");
    untouched("kill %1");
    untouched("pkill -f 'npm run dev'");
}
