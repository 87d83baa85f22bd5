//! The `agentgate hook` process as Claude Code runs it: answers on stdout,
//! exit codes, and failing closed on every kind of trouble.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use serde_json::json;

mod common;
use common::hook;

fn bash(command: &str) -> Vec<u8> {
    serde_json::to_vec(&json!({
        "session_id": "cli-test",
        "transcript_path": "/tmp/t.jsonl",
        "cwd": "/work/app",
        "permission_mode": "default",
        "hook_event_name": "PreToolUse",
        "tool_name": "Bash",
        "tool_input": {"command": command},
        "tool_use_id": "toolu_cli"
    }))
    .unwrap()
}

fn setup() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("home")).unwrap();
    dir
}

const HOOK_SECTION: &str =
    "[hook]\non_error = \"deny\"\ntime_budget_ms = 1000\nmax_input_bytes = 65536\n";

#[test]
fn dangerous_command_is_denied_and_journaled() {
    let dir = setup();
    let r = hook(dir.path(), &[], &bash("rm -rf ~"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let (decision, reason) = r.decision().unwrap();
    assert_eq!(decision, "deny");
    assert!(reason.contains("destructive"), "{reason}");
    let journal = std::fs::read_to_string(dir.path().join("state/journal/journal.jsonl")).unwrap();
    assert_eq!(agentgate_journal::verify_lines(&journal), Ok(1));
    assert!(journal.contains("\"answer\":\"deny\""), "{journal}");
}

#[test]
fn benign_command_gets_no_answer() {
    let dir = setup();
    let r = hook(dir.path(), &[], &bash("ls -la src"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.decision(), None, "{}", r.stdout);
}

#[test]
fn malformed_input_is_denied() {
    let dir = setup();
    for input in [&b""[..], b"[1]", b"{\"tool_name\":", b"\xff\xfe"] {
        let r = hook(dir.path(), &[], input);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let (decision, reason) = r.decision().unwrap();
        assert_eq!(decision, "deny", "{input:?}");
        assert!(reason.contains("could not check"), "{reason}");
    }
}

#[test]
fn oversized_input_is_denied() {
    let dir = setup();
    std::fs::write(dir.path().join("p.toml"), HOOK_SECTION).unwrap();
    let big = bash(&"a".repeat(70_000));
    let r = hook(dir.path(), &["--policy", "p.toml"], &big);
    let (decision, reason) = r.decision().unwrap();
    assert_eq!(decision, "deny");
    assert!(
        reason.contains("limit") || reason.contains("large"),
        "{reason}"
    );
}

#[test]
fn broken_policy_is_denied_with_file_and_line() {
    let dir = setup();
    std::fs::write(dir.path().join("p.toml"), "[risk]\ncritical = \"maybe\"\n").unwrap();
    let r = hook(dir.path(), &["--policy", "p.toml"], &bash("ls"));
    let (decision, reason) = r.decision().unwrap();
    assert_eq!(decision, "deny");
    assert!(reason.contains("p.toml"), "{reason}");
    assert!(r.stderr.contains("line 2"), "{}", r.stderr);
}

#[test]
fn exceeded_time_budget_is_denied() {
    let dir = setup();
    // A benign command that takes far longer than 1 ms to analyse (about
    // 200 ms in a release build): without the budget it would get no answer.
    let policy = "[hook]\non_error = \"deny\"\ntime_budget_ms = 1\nmax_input_bytes = 16777216\n";
    std::fs::write(dir.path().join("p.toml"), policy).unwrap();
    let slow = "echo a b c d e f g h i j k l m n o p q r s t u v w x y z; ".repeat(4000);
    let r = hook(dir.path(), &["--policy", "p.toml"], &bash(&slow));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let (decision, reason) = r.decision().unwrap();
    assert_eq!(decision, "deny");
    assert!(reason.contains("time_budget_ms"), "{reason}");
    // Exactly one answer.
    assert_eq!(r.stdout.trim().lines().count(), 1, "{}", r.stdout);
}

/// A decision that grows the hook past its memory budget gets the failure
/// answer from the watchdog, not an abort (which Claude Code would treat as
/// no objection). The attacker's lever is a huge command line: 12 MiB of
/// one-letter words makes millions of words in the analysis.
#[test]
fn exceeded_memory_budget_is_denied() {
    let dir = setup();
    let policy = "[hook]\non_error = \"deny\"\ntime_budget_ms = 60000\nmemory_budget_mb = 40\nmax_input_bytes = 16777216\n";
    std::fs::write(dir.path().join("p.toml"), policy).unwrap();
    let huge = "echo ".to_owned() + &"a ".repeat(6 << 20);
    let r = hook(dir.path(), &["--policy", "p.toml"], &bash(&huge));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let (decision, reason) = r.decision().unwrap();
    assert_eq!(decision, "deny");
    assert!(reason.contains("memory_budget_mb"), "{reason}");
    assert_eq!(r.stdout.trim().lines().count(), 1, "{}", r.stdout);
}

/// Finding (fuzzing, session 11): the 10-byte line `)$(<<TAB TAB t ` made
/// the parser loop, allocating without end (3.5 GB in 5 s); the memory
/// budget's watchdog cut it off with a deny. Since session 55 the vendored
/// brush-parser bounds that loop (`vendor/README.md`; the same loop as that
/// session's fuzz finding): the line is unparseable and answered at once,
/// well inside a small budget, and never passes. (The budget's own deny
/// is `exceeded_memory_budget_is_denied`.)
#[test]
fn parser_allocation_loop_is_denied() {
    let dir = setup();
    let policy = "[hook]\non_error = \"deny\"\ntime_budget_ms = 60000\nmemory_budget_mb = 64\nmax_input_bytes = 65536\n";
    std::fs::write(dir.path().join("p.toml"), policy).unwrap();
    for line in [
        ")$(<<\t\tt ",
        " <<\"F\nOEF]]d O\t''$(?mF+\" ?'''))$(  d$(b)} b1h <<msf b1hd'''''''g''''''''''/'=<<'$'${ ",
    ] {
        let r = hook(dir.path(), &["--policy", "p.toml"], &bash(line));
        assert_eq!(r.code, 0, "{}", r.stderr);
        let (decision, reason) = r.decision().unwrap();
        assert!(
            matches!(decision.as_str(), "ask" | "deny"),
            "{decision}: {reason}"
        );
        assert!(!reason.contains("memory_budget_mb"), "{reason}");
    }
}

/// Out-of-range budgets are refused when the policy loads.
#[test]
fn memory_budget_out_of_range_is_refused() {
    let dir = setup();
    let policy = "[hook]\non_error = \"deny\"\ntime_budget_ms = 1000\nmemory_budget_mb = 1\nmax_input_bytes = 65536\n";
    std::fs::write(dir.path().join("p.toml"), policy).unwrap();
    let r = hook(dir.path(), &["--policy", "p.toml"], &bash("ls"));
    let (decision, reason) = r.decision().unwrap();
    assert_eq!(decision, "deny");
    assert!(reason.contains("memory_budget_mb"), "{reason}");
}

#[test]
fn unwritable_journal_is_denied_when_required() {
    let dir = setup();
    // The state directory is a file, so the journal cannot be created.
    std::fs::write(dir.path().join("state"), "not a directory").unwrap();
    let r = hook(dir.path(), &[], &bash("ls -la src"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let (decision, reason) = r.decision().unwrap();
    assert_eq!(decision, "deny");
    assert!(reason.contains("could not check"), "{reason}");
}

/// A program named by a variable the line does not set is judged by the
/// value Claude Code's environment gives it (the Bash tool's shell has the
/// same): a plain build command passes, a deletion is denied, and without
/// the variable, or with a name that suggests a secret, it is asked.
#[test]
fn environment_names_the_program() {
    let dir = setup();
    let build = bash("$BUILD_CMD test --locked");
    let r = common::hook_env(dir.path(), &[], &build, &[("BUILD_CMD", "cargo")]);
    assert_eq!(r.decision(), None, "{}", r.stdout);
    let r = common::hook_env(dir.path(), &[], &build, &[("BUILD_CMD", "rm -rf /")]);
    assert_eq!(r.decision().unwrap().0, "deny", "{}", r.stdout);
    let r = common::hook_env(dir.path(), &[], &build, &[]);
    assert_eq!(r.decision().unwrap().0, "ask", "{}", r.stdout);
    let r = common::hook_env(
        dir.path(),
        &[],
        &bash("$API_TOKEN test"),
        &[("API_TOKEN", "cargo")],
    );
    assert_eq!(r.decision().unwrap().0, "ask", "{}", r.stdout);
    // A default applies only when the environment does not set the name;
    // set to a value that cannot be used, it is not known.
    let cc = bash("${CC:-cc} -c x.c");
    let r = common::hook_env(dir.path(), &[], &cc, &[]);
    assert_eq!(r.decision(), None, "{}", r.stdout);
    let r = common::hook_env(dir.path(), &[], &cc, &[("CC", "$(curl x)")]);
    assert_eq!(r.decision().unwrap().0, "ask", "{}", r.stdout);
    // A name the user's shell start-up files set reaches the Bash tool
    // (Claude Code's shell snapshot) but not the hook: unknown, neither
    // the hook's value nor the default.
    std::fs::write(
        dir.path().join("home/.bashrc"),
        "export BUILD_CMD=make\nexport CC=clang\n",
    )
    .unwrap();
    let r = common::hook_env(dir.path(), &[], &build, &[("BUILD_CMD", "cargo")]);
    assert_eq!(r.decision().unwrap().0, "ask", "{}", r.stdout);
    let r = common::hook_env(dir.path(), &[], &cc, &[]);
    assert_eq!(r.decision().unwrap().0, "ask", "{}", r.stdout);
    std::fs::remove_file(dir.path().join("home/.bashrc")).unwrap();
    // The line's own assignment wins over the environment.
    let r = common::hook_env(
        dir.path(),
        &[],
        &bash("read BUILD_CMD < cmd.txt; $BUILD_CMD test"),
        &[("BUILD_CMD", "cargo")],
    );
    assert_eq!(r.decision().unwrap().0, "ask", "{}", r.stdout);
}
