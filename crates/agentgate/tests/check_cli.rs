//! `agentgate check` from the command line: init → build → install (into a
//! staged tree) → check is clean; a weakened tree is flagged, in text, JSON
//! and SARIF, and the SARIF passes Microsoft's validator
//! (@microsoft/sarif-multitool, installed by scripts/test.sh).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::{Command, Stdio};

fn agentgate(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_agentgate"))
        .args(args)
        .current_dir(dir)
        .env("HOME", dir.join("home"))
        .env_remove("AGENTGATE_POLICY")
        .env_remove("CLAUDE_CONFIG_DIR")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

mod common;
use common::is_root;

/// A machine in a directory: home, a git repository, and a staged root.
fn tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for d in ["home/.claude", "repo/.git", "repo/.claude", "root"] {
        std::fs::create_dir_all(dir.path().join(d)).unwrap();
    }
    dir
}

fn check_args<'a>(d: &'a str, extra: &[&'a str]) -> Vec<String> {
    let mut v: Vec<String> = [
        "check",
        "--home",
        &format!("{d}/home"),
        "--cwd",
        &format!("{d}/repo"),
        "--managed-dir",
        &format!("{d}/root/etc/claude-code"),
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    v.extend(extra.iter().map(|s| s.to_string()));
    v
}

fn run_check(dir: &Path, extra: &[&str]) -> (i32, String, String) {
    let d = dir.to_str().unwrap();
    let args = check_args(d, extra);
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    agentgate(dir, &refs)
}

fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.add_filter(r"/tmp/\.tmp[A-Za-z0-9]+", "[TREE]");
    s
}

#[test]
fn init_build_install_then_check_is_clean() {
    let dir = tree();
    let d = dir.path();
    assert_eq!(agentgate(d, &["init", "--yes"]).0, 0);
    let (code, _, err) = agentgate(
        d,
        &[
            "policy",
            "install",
            "--root",
            d.join("root").to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = run_check(d, &[]);
    // Relative paths give the same answer (regression: `--home home` made
    // `~` relative, and the credential probes were allowed).
    let (rel_code, rel_out, _) = agentgate(
        d,
        &[
            "check",
            "--home",
            "home",
            "--cwd",
            "repo",
            "--managed-dir",
            "root/etc/claude-code",
        ],
    );
    assert_eq!(rel_code, code, "{rel_out}");
    if is_root() {
        assert_eq!(code, 0, "{out}{err}");
        settings().bind(|| insta::assert_snapshot!("check_clean", out));
    } else {
        // Files made by a normal user are not root's: only that is flagged.
        assert!(out.contains("AG011") && !out.contains("AG001"), "{out}");
    }
}

#[test]
fn a_weak_tree_is_flagged_in_text_json_and_valid_sarif() {
    let dir = tree();
    let d = dir.path();
    std::fs::create_dir_all(d.join("root/etc/claude-code")).unwrap();
    std::fs::write(
        d.join("root/etc/claude-code/managed-settings.json"),
        "{\n  \"disableBypassPermissionsMode\": \"disable\",\n  \"permissions\": {\"deny\": []}\n}\n",
    )
    .unwrap();
    std::fs::write(
        d.join("repo/.claude/settings.json"),
        "{\n  \"permissions\": {\n    \"allow\": [\"Bash(curl:*)\"]\n  },\n  \"enableAllProjectMcpServers\": true\n}\n",
    )
    .unwrap();
    let (code, out, err) = run_check(d, &[]);
    assert_eq!(code, 10, "{out}{err}");
    settings().bind(|| insta::assert_snapshot!("check_weak", out));
    // The threshold decides the exit code.
    assert_eq!(run_check(d, &["--fail-on", "never"]).0, 0);
    assert_eq!(
        run_check(d, &["--fail-on", "critical"]).0,
        10,
        "AG001 is critical"
    );
    let (code, out, _) = run_check(d, &["--json"]);
    assert_eq!(code, 10);
    let j: serde_json::Value = serde_json::from_str(&out).unwrap();
    let ids: Vec<&str> = j["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    for id in [
        "AG001", "AG002", "AG004", "AG005", "AG006", "AG007", "AG008", "AG009", "AG010", "AG012",
    ] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
    let (code, sarif, _) = run_check(d, &["--format", "sarif"]);
    assert_eq!(code, 10);
    let log: serde_json::Value = serde_json::from_str(&sarif).unwrap();
    assert_eq!(log["version"], "2.1.0");
    let results = log["runs"][0]["results"].as_array().unwrap();
    let wrong_key = results.iter().find(|r| r["ruleId"] == "AG002").unwrap();
    let loc = &wrong_key["locations"][0]["physicalLocation"];
    assert!(loc["artifactLocation"]["uri"]
        .as_str()
        .unwrap()
        .ends_with("/root/etc/claude-code/managed-settings.json"));
    assert_eq!(loc["region"]["startLine"], 2);
    let path = d.join("check.sarif");
    std::fs::write(&path, &sarif).unwrap();
    match std::env::var("AGENTGATE_SARIF_MULTITOOL") {
        Ok(tool) => {
            let out = Command::new(tool)
                .args([
                    "validate",
                    "--output",
                    d.join("validation.sarif").to_str().unwrap(),
                    path.to_str().unwrap(),
                ])
                .output()
                .unwrap();
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(
                out.status.success(),
                "{text}{}",
                String::from_utf8_lossy(&out.stderr)
            );
            // No errors and no warnings: rule metadata, URIs, fingerprints.
            let problems: Vec<&str> = text
                .lines()
                .filter(|l| l.contains(": error ") || l.contains(": warning "))
                .collect();
            assert!(problems.is_empty(), "{}", problems.join("\n"));
            assert!(text.contains("Analysis completed successfully"), "{text}");
        }
        Err(_) => {
            assert!(
                std::env::var("CI").is_err(),
                "CI runs need AGENTGATE_SARIF_MULTITOOL (scripts/test.sh installs it)"
            );
            eprintln!("skipped the SARIF validator: set AGENTGATE_SARIF_MULTITOOL");
        }
    }
}
