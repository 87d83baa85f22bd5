//! Every case in shared/fixtures/policy/dev.jsonl was observed on the real
//! Claude Code 2.1.331; the engine must agree with all of them.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;

use agentgate_conformance::case;

fn shared_dir() -> PathBuf {
    match std::env::var("AGENTGATE_SHARED") {
        Ok(d) => PathBuf::from(d),
        Err(_) => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
    }
}

#[test]
fn engine_agrees_with_every_observed_dev_case() {
    let path = shared_dir().join("fixtures/policy/dev.jsonl");
    let cases = case::load(&path)
        .unwrap_or_else(|e| panic!("{e}; set AGENTGATE_SHARED to the shared/ folder"));
    assert!(
        cases.len() >= 160,
        "expected the full dev set, found {} cases",
        cases.len()
    );
    let mut failures = Vec::new();
    for c in &cases {
        let verdict = case::engine_decision(c).unwrap();
        let expected = c["expected"].as_str().unwrap();
        if verdict.decision.as_str() != expected {
            failures.push(format!(
                "{}: expected {expected}, got {} ({}; {:?})",
                case::id(c),
                verdict.decision.as_str(),
                verdict.reason,
                verdict.subcommand
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases disagree:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn own_observed_cases_agree() {
    // Cases observed on the real CLI by this project (scripts/conformance.sh --record).
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("cases/observed.jsonl");
    let cases = case::load(&path).unwrap();
    let mut failures = Vec::new();
    for c in &cases {
        let verdict = case::engine_decision(c).unwrap();
        let expected = c["expected"].as_str().unwrap();
        if verdict.decision.as_str() != expected {
            failures.push(format!(
                "{}: observed {expected}, engine {} ({})",
                case::id(c),
                verdict.decision.as_str(),
                verdict.reason
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases disagree:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
