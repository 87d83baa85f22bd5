//! The engine must agree with every case observed on the real Claude Code
//! CLI 2.1.331: the shared dev set and this project's own observations.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

use agentgate_conformance::case;

fn shared_dir() -> PathBuf {
    match std::env::var("AGENTGATE_SHARED") {
        Ok(d) => PathBuf::from(d),
        Err(_) => manifest_dir().join("../../../shared"),
    }
}

/// Decides every case of a file and asserts each matches its `expected` label.
fn assert_all_agree(path: &Path, at_least: usize) {
    let cases = case::load(path)
        .unwrap_or_else(|e| panic!("{e}; set AGENTGATE_SHARED to the shared/ folder"));
    assert!(
        cases.len() >= at_least,
        "{}: expected at least {at_least} cases, found {}",
        path.display(),
        cases.len()
    );
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|c| {
            let verdict = case::engine_decision(c).unwrap();
            let expected = c["expected"].as_str().unwrap();
            (verdict.decision.as_str() != expected).then(|| {
                format!(
                    "{}: observed {expected}, engine {} ({}; {:?})",
                    case::id(c),
                    verdict.decision.as_str(),
                    verdict.reason,
                    verdict.subcommand
                )
            })
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases disagree:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn engine_agrees_with_every_observed_dev_case() {
    assert_all_agree(&shared_dir().join("fixtures/policy/dev.jsonl"), 160);
}

#[test]
fn own_observed_cases_agree() {
    // Cases observed on the real CLI by this project (scripts/conformance.sh --record).
    let path = manifest_dir().join("cases/observed.jsonl");
    assert_all_agree(&path, 800);
}

/// The crate's directory, read at run time: a test binary built from another
/// checkout (a shared target directory) carries that checkout's path.
fn manifest_dir() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")))
}
