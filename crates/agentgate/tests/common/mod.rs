//! Helpers shared by the CLI test binaries: running `agentgate hook` as
//! Claude Code does, and the root-and-namespace precondition.
#![allow(dead_code, reason = "each test binary uses part of this module")]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::Value;

/// What one `agentgate hook` process did.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// The permission decision and its reason, or None when the hook said
    /// nothing (Claude Code's own rules decide).
    pub fn decision(&self) -> Option<(String, String)> {
        if self.stdout.trim().is_empty() {
            return None;
        }
        let v: Value = serde_json::from_str(self.stdout.trim()).unwrap();
        let h = &v["hookSpecificOutput"];
        Some((
            h["permissionDecision"].as_str().unwrap().to_owned(),
            h["permissionDecisionReason"].as_str().unwrap().to_owned(),
        ))
    }

    /// Blocked: a deny answer, or exit code 2 (Claude Code blocks the call).
    pub fn blocked(&self) -> bool {
        self.code == 2 || self.decision().is_some_and(|(d, _)| d == "deny")
    }
}

/// The hook command under test: `agentgate hook` from this build, or the
/// binary `AGENTGATE_TEST_HOOK_BIN` names (`scripts/test.sh` runs the hook
/// suites again against `agentgate-hook` as the README installs it).
pub fn hook_command() -> (String, Vec<&'static str>) {
    match std::env::var("AGENTGATE_TEST_HOOK_BIN") {
        Ok(bin) if !bin.is_empty() => (bin, Vec::new()),
        _ => (env!("CARGO_BIN_EXE_agentgate").to_owned(), vec!["hook"]),
    }
}

/// Runs `agentgate hook EXTRA...` in `dir` with `stdin`, its home at
/// `dir/home` and its state at `dir/state`, and no variable from the
/// outside that could move the policy or the state.
pub fn hook(dir: &Path, extra: &[&str], stdin: &[u8]) -> Run {
    hook_env(dir, extra, stdin, &[])
}

/// [`hook`] with more variables in the hook's environment (as Claude Code
/// passes its own, and the settings' `env`, to hooks).
pub fn hook_env(dir: &Path, extra: &[&str], stdin: &[u8], vars: &[(&str, &str)]) -> Run {
    let (bin, args) = hook_command();
    let mut child = Command::new(bin)
        .args(args)
        .args(extra)
        .envs(vars.iter().copied())
        .current_dir(dir)
        .env("HOME", dir.join("home"))
        .env("AGENTGATE_STATE_DIR", dir.join("state"))
        .env_remove("AGENTGATE_POLICY")
        .env_remove("XDG_STATE_HOME")
        .env_remove("CLAUDE_PROJECT_DIR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    // The hook may stop reading early (oversized input): ignore a closed pipe.
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Whether this process runs as root.
pub fn is_root() -> bool {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata("/proc/self")
        .map(|m| m.uid() == 0)
        .unwrap_or(false)
}

/// Whether a test that needs root and `unshare` (private mount namespaces)
/// can run; on CI, which runs as root with util-linux, it must.
pub fn root_and_unshare() -> bool {
    let unshare = Command::new("unshare").arg("--version").output().is_ok();
    if is_root() && unshare {
        return true;
    }
    assert!(
        std::env::var("CI").is_err(),
        "CI runs as root with util-linux: this test must run there"
    );
    eprintln!("skipped: needs root and unshare");
    false
}
