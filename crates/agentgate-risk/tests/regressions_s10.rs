//! Regression tests for session 10: one test per class, each with the
//! variants it must catch and the ordinary commands it must leave alone.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use agentgate_risk::{assess_bash, Assessment};

mod common;

fn assess(cmd: &str) -> Assessment {
    assess_bash(cmd, &common::ctx())
}

fn worst(a: &Assessment) -> String {
    a.worst()
        .map(|f| format!("{:?} {:?}", f.category, f.severity))
        .unwrap_or_else(|| "clean".into())
}

/// Bypass (found by dcg's test corpus, `( (chmod -R 755 /etc) )`):
/// brush-parser reads `( (` ... `) )` with a space between the parentheses
/// as an arithmetic command, so nothing inside was checked; bash reads
/// nested subshells and runs it. Only adjacent `((` is arithmetic.
#[test]
fn spaced_double_parentheses_are_nested_subshells() {
    for cmd in [
        "( (rm -rf ~) )",
        "( ( rm -rf ~ ) )",
        "echo x; (  (rm -rf ~))",
        "( ( ( rm -rf ~ ) ) )",
        "if ( (rm -rf ~) ); then :; fi",
        "echo $( (rm -rf ~) )",
    ] {
        assert_eq!(worst(&assess(cmd)), "Destructive Critical", "{cmd}");
    }
    for clean in [
        "(( x = 1 + 2 ))",
        "x=$(( (1+2) * 3 ))",
        "( (echo \"a  b\") )",
    ] {
        assert_eq!(worst(&assess(clean)), "clean", "{clean}");
    }
}
