//! Every case in shared/fixtures/policy/dev.jsonl was observed on the real
//! Claude Code 2.1.331; the engine must agree with all of them.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use agentgate_policy::Policy;

#[test]
fn engine_agrees_with_every_observed_dev_case() {
    let cases = support::load_cases("fixtures/policy/dev.jsonl");
    assert!(cases.len() >= 160, "expected the full dev set, found {} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let inputs = support::inputs_for(case);
        let policy = Policy::compile(&inputs);
        let verdict = policy.decide(&support::call_for(case));
        let expected = case["expected"].as_str().unwrap();
        if verdict.decision.as_str() != expected {
            failures.push(format!(
                "{}: expected {expected}, got {} ({}; {:?})",
                case["id"].as_str().unwrap(),
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
