//! `agentgate init` and `agentgate policy build` from the command line.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::{Command, Stdio};

fn agentgate(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_agentgate"))
        .args(args)
        .current_dir(dir)
        .env("HOME", dir.join("home"))
        .env_remove("AGENTGATE_POLICY")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn init_then_build_writes_the_managed_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (code, out, err) = agentgate(d, &["init", "--yes"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("wrote agentgate.toml"), "{out}");
    let policy = std::fs::read_to_string(d.join("agentgate.toml")).unwrap();
    assert!(
        policy.contains("[claude]") && policy.contains("[risk]"),
        "{policy}"
    );
    // Not overwritten without --force; no questions without a terminal.
    let (code, _, err) = agentgate(d, &["init", "--yes"]);
    assert_eq!(code, 5, "{err}");
    assert!(err.contains("already exists"), "{err}");
    let (code, _, err) = agentgate(d, &["init", "-o", "other.toml"]);
    assert_eq!(code, 5, "{err}");
    assert!(err.contains("pass --yes"), "{err}");

    // Printed, and written to a directory: the same bytes.
    let (code, printed, err) = agentgate(d, &["policy", "build"]);
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = agentgate(
        d,
        &["policy", "build", "--out", "dist", "--platform", "macos"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("install to /Library/Application Support/ClaudeCode/managed-settings.json"),
        "{out}"
    );
    let written = std::fs::read_to_string(d.join("dist/managed-settings.json")).unwrap();
    assert_eq!(printed, written);
    let v: serde_json::Value = serde_json::from_str(&written).unwrap();
    assert_eq!(v["permissions"]["disableBypassPermissionsMode"], "disable");
    let (code, out, _) = agentgate(d, &["policy", "build", "--json", "--platform", "linux"]);
    assert_eq!(code, 0);
    let j: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(j["managed_dir"], "/etc/claude-code");
    assert_eq!(j["files"][0]["name"], "managed-settings.json");
    assert_eq!(j["files"][0]["content"], v);
}

#[test]
fn an_invalid_policy_exits_5_naming_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("agentgate.toml"),
        "[claude]\ndefault_mode = \"bypassPermissions\"\ndisable_bypass_permissions = false\ndisable_auto_mode = true\nmanaged_permission_rules_only = false\nmanaged_hooks_only = true\n[claude.settings]\ndisableBypassPermissionsMode = \"disable\"\n",
    )
    .unwrap();
    let (code, out, err) = agentgate(d, &["policy", "build"]);
    assert_eq!(code, 5, "{out}{err}");
    assert!(out.is_empty());
    insta::assert_snapshot!("build_invalid", err);
    let (code, _, err) = agentgate(d, &["policy", "build", "--policy", "missing.toml"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("agentgate init"), "{err}");
}
