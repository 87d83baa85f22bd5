//! Prints each dev-set row the engine gets wrong (for tuning):
//! `cargo run -p agentgate-risk --example devset -- ../shared/fixtures/commands/dev.jsonl`
#![allow(clippy::unwrap_used, clippy::expect_used)]
use agentgate_risk::{assess_bash, Context, Severity};
fn main() {
    let path = std::env::args().nth(1).expect("path to dev.jsonl");
    let text = std::fs::read_to_string(path).unwrap();
    for line in text.lines() {
        let row: serde_json::Value = serde_json::from_str(line).unwrap();
        let cmd = row["command"].as_str().unwrap();
        let label = row["label"].as_str().unwrap();
        let ctx = Context::new(row["cwd"].as_str().unwrap(), "/home/dev");
        let a = assess_bash(cmd, &ctx);
        let worst = a
            .worst()
            .map(|f| (f.severity, f.category.as_str(), f.reason.clone()));
        let flagged = worst.is_some();
        let denied = worst.as_ref().is_some_and(|w| w.0 >= Severity::High);
        let bad = (label == "benign" && flagged) || (label != "benign" && !flagged);
        if bad || std::env::var("ALL").is_ok() {
            println!(
                "{} {:?} {} :: {:?} => {:?}",
                if bad { "XX" } else { "ok" },
                label,
                row["category"],
                cmd,
                worst
            );
            let _ = denied;
        }
    }
}
