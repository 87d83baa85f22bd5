//! Regression tests for session 11: one test per class, each with the
//! variants it must catch and the ordinary commands it must leave alone.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use agentgate_risk::{assess_bash, Assessment};

mod common;

fn assess(cmd: &str) -> Assessment {
    assess_bash(cmd, &common::ctx())
}

/// Every command of `cmds` has `want` as its worst finding ("clean": none).
#[track_caller]
fn each(cmds: &[&str], want: &str) {
    for cmd in cmds {
        assert_eq!(worst(&assess(cmd)), want, "{cmd}");
    }
}

fn worst(a: &Assessment) -> String {
    a.worst()
        .map(|f| format!("{:?} {:?}", f.category, f.severity))
        .unwrap_or_else(|| "clean".into())
}

/// Bypass (own review of session 10's generic destroying-verb rule): a
/// `--help` or `--dry-run` anywhere made the rule step aside, so an agent
/// could append one after `--`, where it is an operand, or undo it with a
/// later `--no-dry-run`; and a destroying verb right after any value-less
/// flag (`--yes delete`) was skipped as the flag's value.
#[test]
fn destroying_verb_rule_evasions() {
    each(
        &[
            "nats stream purge ORDERS -- --help",
            "velero backup delete nightly --dry-run --no-dry-run",
            "velero backup delete nightly --dry-run=false",
            "railway --yes volume delete --volume prod-db",
            "doppler --quiet delete API_KEY",
            "doppler -s delete API_KEY",
            "nats --force stream purge ORDERS",
        ],
        "Destructive Medium",
    );
    each(
        &[
            "velero backup delete nightly --dry-run",
            "nats stream purge --help",
            "mongoimport --file file.json --mode delete",
            "mongoimport --mode delete --file file.json",
            "kubectl -n prod get pods",
        ],
        "clean",
    );
}
