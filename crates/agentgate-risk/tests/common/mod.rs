//! Helpers shared by the risk engine's case files: the developer context
//! they run in, and the two assertions they make.
#![allow(dead_code, reason = "each test file uses the helpers it needs")]

use agentgate_risk::{assess_bash, Category, Context, Severity};

/// A developer in `/home/dev/project` with home `/home/dev`.
pub fn ctx() -> Context {
    Context::new("/home/dev/project", "/home/dev")
}

/// `cmd` has a finding of `cat` at `min` or above.
#[track_caller]
pub fn flagged(cmd: &str, cat: Category, min: Severity) {
    let a = assess_bash(cmd, &ctx());
    assert!(
        a.findings
            .iter()
            .any(|f| f.category == cat && f.severity >= min),
        "{cmd:?}: expected {cat:?} >= {min:?}, got {:#?}",
        a.findings
    );
}

/// `cmd` has no finding at all.
#[track_caller]
pub fn clean(cmd: &str) {
    let a = assess_bash(cmd, &ctx());
    assert!(
        a.findings.is_empty(),
        "{cmd:?}: expected nothing, got {:#?}",
        a.findings
    );
}
