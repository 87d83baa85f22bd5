//! Snapshot tests of the user-facing output of `agentgate policy`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(dir: &Path, args: &[&str], stdin: &str) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_agentgate"))
        .args(args)
        .current_dir(dir)
        .env("HOME", dir.join("home"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The binary may stop reading early (oversized input): write from a
    // thread and ignore a closed pipe.
    let mut pipe = child.stdin.take().unwrap();
    let data = stdin.as_bytes().to_vec();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    let tmp = dir.display().to_string();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).replace(&tmp, "[TMP]"),
        stderr: String::from_utf8_lossy(&out.stderr).replace(&tmp, "[TMP]"),
    }
}

fn fixture() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir_all(d.join("home")).unwrap();
    std::fs::write(
        d.join("managed.json"),
        "{\n  \"permissions\": {\n    \"deny\": [\"Bash(rm:*)\", \"Read(~/.ssh/**)\"],\n    \"disableBypassPermissionsMode\": \"disable\"\n  }\n}\n",
    )
    .unwrap();
    std::fs::write(
        d.join("user.json"),
        "{\n  \"permissions\": {\n    \"allow\": [\"Bash(git status)\", \"Bash(npm run test:*)\", \"Write(./x/**)\"],\n    \"ask\": [\"Bash(git push:*)\"]\n  },\n  \"model\": \"opus\"\n}\n",
    )
    .unwrap();
    std::fs::write(
        d.join("project.json"),
        "{\n  \"permissions\": {\n    \"allow\": [\"Bash(rm -rf build)\"],\n    \"defaultMode\": \"acceptEdits\"\n  },\n  \"model\": \"sonnet\"\n}\n",
    )
    .unwrap();
    std::fs::write(
        d.join("broken.json"),
        "{\n  \"permissions\": {\n    \"allow\": [\"Bash\"],\n  }\n}\n",
    )
    .unwrap();
    dir
}

const SCOPES: &[&str] = &[
    "--isolated",
    "--managed",
    "managed.json",
    "--user",
    "user.json",
    "--project",
    "project.json",
    "--home",
    "/home/dev",
    "--cwd",
    "/home/dev/app",
];

fn args<'a>(cmd: &'a [&'a str], extra: &'a [&'a str]) -> Vec<&'a str> {
    let mut v = vec!["policy"];
    v.extend_from_slice(cmd);
    v.extend_from_slice(SCOPES);
    v.extend_from_slice(extra);
    v
}

#[test]
fn eval_names_rule_file_line_and_subcommand() {
    let dir = fixture();
    let r = run(
        dir.path(),
        &args(&["eval"], &["--trusted"]),
        r#"{"tool_name":"Bash","tool_input":{"command":"git status && rm -rf build"}}"#,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    insta::assert_snapshot!(r.stdout);
}

#[test]
fn explain_lists_winner_and_losers() {
    let dir = fixture();
    let r = run(
        dir.path(),
        &args(&["explain"], &["--trusted"]),
        r#"{"tool_name":"Bash","tool_input":{"command":"git status && rm -rf build"}}"#,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    insta::assert_snapshot!(r.stdout);
}

#[test]
fn explain_untrusted_project_and_modes() {
    let dir = fixture();
    let r = run(
        dir.path(),
        &args(
            &["explain"],
            &["--untrusted", "--permission-mode", "bypassPermissions"],
        ),
        r#"{"tool_name":"Bash","tool_input":{"command":"git push origin main"}}"#,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    insta::assert_snapshot!(r.stdout);
}

#[test]
fn explain_json_for_a_read() {
    let dir = fixture();
    let r = run(
        dir.path(),
        &args(&["explain", "--json"], &[]),
        r#"{"tool_name":"Read","tool_input":{"file_path":"/home/dev/.ssh/id_ed25519"}}"#,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    insta::assert_json_snapshot!(v);
}

#[test]
fn show_gives_every_value_its_origin() {
    let dir = fixture();
    let r = run(dir.path(), &args(&["show"], &["--untrusted"]), "");
    assert_eq!(r.code, 0, "{}", r.stderr);
    insta::assert_snapshot!(r.stdout);
}

#[test]
fn broken_settings_file_is_exit_3_with_line_and_column() {
    let dir = fixture();
    let r = run(
        dir.path(),
        &[
            "policy",
            "eval",
            "--isolated",
            "--user",
            "broken.json",
            "--home",
            "/h",
            "--cwd",
            "/h/p",
        ],
        r#"{"tool_name":"Bash","tool_input":{"command":"ls"}}"#,
    );
    assert_eq!(r.code, 3);
    assert!(r.stdout.is_empty());
    insta::assert_snapshot!(r.stderr);
}

#[test]
fn malformed_hook_input_is_exit_4() {
    let dir = fixture();
    for (input, needle) in [
        ("", "empty"),
        ("{\"tool_name\": 3, \"tool_input\": {}}", "tool_name"),
        ("[1,2]", "JSON object"),
        ("{\"tool_name\":\"Bash\"", "not valid JSON"),
    ] {
        let r = run(dir.path(), &args(&["eval"], &[]), input);
        assert_eq!(r.code, 4, "input {input:?}: {}", r.stderr);
        assert!(r.stderr.contains(needle), "input {input:?}: {}", r.stderr);
        assert!(r.stdout.is_empty());
    }
}

#[test]
fn huge_input_is_refused_not_allowed() {
    let dir = fixture();
    let big = format!(
        "{{\"tool_name\":\"Bash\",\"tool_input\":{{\"command\":\"{}\"}}}}",
        "a".repeat(17 * 1024 * 1024)
    );
    let r = run(dir.path(), &args(&["eval"], &[]), &big);
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stderr.contains("limit"));
}

#[test]
fn bad_permission_mode_is_exit_4() {
    let dir = fixture();
    let r = run(
        dir.path(),
        &args(&["eval"], &["--permission-mode", "yolo"]),
        "{}",
    );
    assert_eq!(r.code, 4);
    assert!(r.stderr.contains("unknown permission mode"));
}
