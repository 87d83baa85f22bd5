//! `sudo agentgate policy install` on the real system paths, inside a
//! private mount namespace whose /etc/claude-code and /var/lib are fresh
//! tmpfs mounts: the machine's own files are never touched. Then
//! `agentgate check` on its default paths reports a clean posture, and a
//! weaker policy is refused.
//!
//! Needs root and `unshare` (util-linux); CI runs as root, where a missing
//! prerequisite is a failure.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::process::Command;

mod common;

#[test]
fn install_to_the_system_paths_then_check_is_clean() {
    if !common::root_and_unshare() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for sub in ["home/.claude", "repo/.git"] {
        std::fs::create_dir_all(d.join(sub)).unwrap();
    }
    let bin = env!("CARGO_BIN_EXE_agentgate");
    let init = Command::new(bin)
        .args(["init", "--yes", "--output"])
        .arg(d.join("agentgate.toml"))
        .output()
        .unwrap();
    assert!(init.status.success(), "{init:?}");
    let policy = std::fs::read_to_string(d.join("agentgate.toml")).unwrap();
    let weaker = policy.replace("managed_hooks_only = true", "managed_hooks_only = false");
    assert_ne!(weaker, policy);
    std::fs::write(d.join("weaker.toml"), weaker).unwrap();
    let script = r#"
set -e
mkdir -p /etc/claude-code
mount -t tmpfs -o mode=0755 tmpfs /etc/claude-code
mount -t tmpfs -o mode=0755 tmpfs /var/lib
mkdir -p /etc/agentgate
mount -t tmpfs -o mode=0755 tmpfs /etc/agentgate
"$AG" policy install --policy "$D/agentgate.toml"
echo "owner: $(stat -c '%U:%G %a' /etc/claude-code/managed-settings.json)"
echo "policy owner: $(stat -c '%U:%G %a' /etc/agentgate/policy.toml)"
cmp "$D/agentgate.toml" /etc/agentgate/policy.toml && echo "policy installed as written"
set +e
"$AG" policy install --policy "$D/weaker.toml" 2>&1
echo "weaker install exit: $?"
"$AG" check --home "$D/home" --cwd "$D/repo"
echo "check exit: $?"
"#;
    let out = Command::new("unshare")
        .args(["--mount", "--propagation", "private", "sh", "-c", script])
        .env("AG", bin)
        .env("D", d)
        .env("HOME", d.join("home"))
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{text}");
    assert!(text.contains("policy owner: root:root 644"), "{text}");
    assert!(text.contains("policy installed as written"), "{text}");
    assert!(
        text.contains("installed /etc/claude-code/managed-settings.json"),
        "{text}"
    );
    assert!(text.contains("owner: root:root 644"), "{text}");
    assert!(text.contains("managed-only hooks is turned off"), "{text}");
    assert!(text.contains("weaker install exit: 5"), "{text}");
    assert!(
        text.contains("OK: the posture matches the baseline"),
        "{text}"
    );
    assert!(text.contains("check exit: 0"), "{text}");
    // Nothing leaked out of the namespace.
    assert!(
        !std::path::Path::new("/etc/claude-code/managed-settings.json").exists()
            || std::fs::read_to_string("/etc/claude-code/managed-settings.json")
                .map(|t| !t.contains("agentgate.policy=baseline"))
                .unwrap_or(true),
        "the machine's /etc/claude-code was written"
    );
}
