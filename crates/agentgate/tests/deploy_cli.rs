//! `agentgate init` and `agentgate policy build | install | diff | rollback`
//! from the command line. Installs go to a staged tree (`--root`): these
//! tests run as root in CI and must never touch the machine's
//! /etc/claude-code.
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

#[test]
fn install_keeps_versions_refuses_weakening_and_rolls_back() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let root = d.join("root");
    let root_s = root.to_str().unwrap();
    assert_eq!(agentgate(d, &["init", "--yes"]).0, 0);
    let (code, out, err) = agentgate(d, &["policy", "install", "--root", root_s]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("installed "), "{out}");
    let managed = root.join("etc/claude-code/managed-settings.json");
    let mode = std::fs::metadata(&managed).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o644);
    let (code, out, _) = agentgate(d, &["policy", "install", "--root", root_s]);
    assert_eq!(code, 0);
    assert!(out.contains("already installed"), "{out}");
    let (code, out, _) = agentgate(d, &["policy", "diff", "--root", root_s]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("no differences"), "{out}");

    // Drop a credential deny rule and allow curl: refused, and diff says why.
    let policy = std::fs::read_to_string(d.join("agentgate.toml")).unwrap();
    let looser = policy
        .replace("  \"Read(~/.aws/credentials)\",\n", "")
        .replace("allow = []", "allow = [\"Bash(curl:*)\"]");
    assert_ne!(looser, policy);
    std::fs::write(d.join("agentgate.toml"), &looser).unwrap();
    let (code, _, err) = agentgate(d, &["policy", "install", "--root", root_s]);
    assert_eq!(code, 5, "{err}");
    assert!(
        err.contains("deny rule Read(~/.aws/credentials) is removed"),
        "{err}"
    );
    assert!(err.contains("allow rule Bash(curl:*) is added"), "{err}");
    let (code, out, _) = agentgate(d, &["policy", "diff", "--root", root_s]);
    assert_eq!(code, 10, "{out}");
    assert!(
        out.contains("- /permissions/deny \"Read(~/.aws/credentials)\""),
        "{out}"
    );
    assert!(
        out.contains("+ /permissions/allow \"Bash(curl:*)\""),
        "{out}"
    );
    assert!(
        out.contains("weakens: deny rule Read(~/.aws/credentials) is removed"),
        "{out}"
    );
    let installed = std::fs::read_to_string(&managed).unwrap();
    assert!(
        installed.contains("Read(~/.aws/credentials)"),
        "unchanged after refusal"
    );

    // Forced: installed, the earlier version kept; rollback restores it.
    let (code, out, err) = agentgate(d, &["policy", "install", "--root", root_s, "--force"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("kept the previous version"), "{out}");
    assert!(
        out.contains("forced: deny rule Read(~/.aws/credentials) is removed"),
        "{out}"
    );
    assert!(!std::fs::read_to_string(&managed)
        .unwrap()
        .contains("Read(~/.aws/credentials)"));
    let (code, out, _) = agentgate(
        d,
        &["policy", "diff", "--root", root_s, "--previous", "--json"],
    );
    assert_eq!(code, 10);
    let j: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(j["weakenings"].as_array().unwrap().len() >= 2, "{j}");
    let (code, out, err) = agentgate(d, &["policy", "rollback", "--root", root_s]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("restored "), "{out}");
    assert_eq!(std::fs::read_to_string(&managed).unwrap(), installed);
    // The rolled-back version is kept in turn, under a new number.
    let kept: Vec<String> = std::fs::read_dir(root.join("var/lib/agentgate/managed-history"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(kept, ["000002"], "{kept:?}");
}
