//! Helpers shared by the risk engine's case files: the developer context
//! they run in, and the assertions they make.
#![allow(dead_code, reason = "each test file uses the helpers it needs")]

use agentgate_risk::{assess_bash, Assessment, Category, Context, Severity};

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

/// Every command of `cmds` has no finding of `cat` (others may stand: a
/// cloud CLI's change asked, a credential not read).
#[track_caller]
pub fn none_of(cmds: &[&str], cat: Category) {
    for cmd in cmds {
        let a = assess_bash(cmd, &ctx());
        assert!(
            a.findings.iter().all(|f| f.category != cat),
            "{cmd:?}: expected no {cat:?}, got {:#?}",
            a.findings
        );
    }
}

/// Every finding of `cmd` is of `cat` (none at all passes too).
#[track_caller]
pub fn only_of(cmd: &str, cat: Category) {
    let a = assess_bash(cmd, &ctx());
    assert!(
        a.findings.iter().all(|f| f.category == cat),
        "{cmd:?}: expected only {cat:?}, got {:#?}",
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

/// The assessment of `cmd` in the developer context.
pub fn assess(cmd: &str) -> Assessment {
    assess_bash(cmd, &ctx())
}

/// The worst finding of `a` as "Category Severity", or "clean".
pub fn worst(a: &Assessment) -> String {
    a.worst()
        .map(|f| format!("{:?} {:?}", f.category, f.severity))
        .unwrap_or_else(|| "clean".into())
}

/// Every command of `cmds` has `want` as its worst finding ("clean": none).
#[track_caller]
pub fn each(cmds: &[&str], want: &str) {
    for cmd in cmds {
        assert_eq!(worst(&assess(cmd)), want, "{cmd}");
    }
}

/// Every command of `cmds` has a finding of `cat` at `min` or above.
#[track_caller]
pub fn flagged_each(cmds: &[&str], cat: Category, min: Severity) {
    for cmd in cmds {
        flagged(cmd, cat, min);
    }
}

/// Every command of `cmds` has some finding (is asked about or denied).
#[track_caller]
pub fn not_clean(cmds: &[&str]) {
    for cmd in cmds {
        assert_ne!(worst(&assess(cmd)), "clean", "{cmd}");
    }
}
