//! Regression tests for session 36.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use agentgate_risk::{Category, Severity};
use common::{each, flagged_each, not_clean};

/// Session 35's review: a PATH look-up needed a literal name, so the
/// name handed through a variable passed, for agentgate's own hook
/// (critical) as for a system program: `p=agentgate-hook; rm -f $(which
/// $p)` was allowed. Names are resolved, unquoted and brace-expanded
/// before the look-up is judged; one not known here is asked.
#[test]
fn lookup_name_through_a_variable() {
    flagged_each(
        &[
            "p=agentgate-hook; rm -f $(which $p)",
            "p=agentgate-hook; rm -f \"$(command -v \"$p\")\"",
            "p=agentgate-hook; rm -f $(which ${p})",
            "p=agentgate; rm -f $(which $p-hook)",
            "rm -f $(which agent''gate-hook)",
            "rm -f $(which agent\"\"gate-hook)",
            "rm -f $(which agentgate-{hook,x})",
            "rm -f $(which -a ls agentgate-hook)",
            "p=agentgate-hook; d=$(dirname $(which $p)); rm -rf $d",
        ],
        Category::SelfEscalation,
        Severity::Critical,
    );
    flagged_each(
        &[
            "p=dhcpd; mv $(which $p) /tmp/x",
            "mv $(which $1) /tmp/x",
            "chmod +s $(command -v \"$prog\")",
        ],
        Category::Unverifiable,
        Severity::Medium,
    );
    not_clean(&["p=bash; $(which $p) -c 'rm -rf ~'"]);
    each(
        &[
            "p=ls; cp $(which $p) ./bin/",
            "p=python3; $(which $p) --version",
            "ls -l $(which $1)",
        ],
        "clean",
    );
}
