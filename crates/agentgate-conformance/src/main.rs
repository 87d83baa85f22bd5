//! `agentgate-conformance`: runs conformance cases against the real Claude
//! Code CLI and against agentgate's engine, and reports every disagreement.
//!
//! Checking a new Claude Code release is one command:
//! `CLAUDE_CODE_VERSION=X.Y.Z scripts/conformance.sh --all`.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use agentgate_conformance::{case, runner};
use anyhow::Context;
use clap::Parser;
use serde_json::{json, Value};

#[derive(Parser, Debug)]
#[command(about = "Compare agentgate's policy engine with the real Claude Code CLI")]
struct Args {
    /// The claude binary (pinned version).
    #[arg(long)]
    claude: PathBuf,
    /// Case files (JSON lines, shared/fixtures/policy/dev.jsonl schema).
    #[arg(long = "cases", required = true)]
    cases: Vec<PathBuf>,
    /// Run a sample of N cases, spread over topics (0 = all).
    #[arg(long, default_value_t = 0)]
    sample: usize,
    /// Run only these case ids (comma-separated).
    #[arg(long, value_delimiter = ',')]
    ids: Vec<String>,
    /// Seed that picks the sample.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Per-case time limit in seconds.
    #[arg(long, default_value_t = 120)]
    timeout: u64,
    /// Keep scratch directories.
    #[arg(long)]
    keep: bool,
    /// Directory for scratch homes (not under /tmp).
    #[arg(long, default_value = "/var/lib/agentgate-conformance")]
    scratch: PathBuf,
    /// Print one JSON object per case.
    #[arg(long)]
    json: bool,
    /// Also write every observed case, with its label, to this JSON-lines file.
    #[arg(long)]
    record: Option<PathBuf>,
}

/// FNV-1a, for a stable sample order independent of file order.
fn fnv(s: &str, seed: u64) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325_u64 ^ seed;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn select(cases: Vec<Value>, args: &Args) -> Vec<Value> {
    if !args.ids.is_empty() {
        return cases
            .into_iter()
            .filter(|c| args.ids.contains(&case::id(c)))
            .collect();
    }
    if args.sample == 0 || args.sample >= cases.len() {
        return cases;
    }
    // Round-robin over topics, each topic in hash order.
    let mut by_topic: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for c in cases {
        let t = c
            .get("topic")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned();
        by_topic.entry(t).or_default().push(c);
    }
    for v in by_topic.values_mut() {
        v.sort_by_key(|c| fnv(&case::id(c), args.seed));
        v.reverse();
    }
    let mut out = Vec::new();
    while out.len() < args.sample {
        let mut progressed = false;
        for v in by_topic.values_mut() {
            if out.len() >= args.sample {
                break;
            }
            if let Some(c) = v.pop() {
                out.push(c);
                progressed = true;
            }
        }
        if !progressed {
            break;
        }
    }
    out
}

fn main() -> ExitCode {
    match real_main() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("agentgate-conformance: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn real_main() -> anyhow::Result<ExitCode> {
    let args = Args::parse();
    let mut cases = Vec::new();
    for f in &args.cases {
        cases.extend(case::load(f)?);
    }
    let cases = select(cases, &args);
    anyhow::ensure!(!cases.is_empty(), "no case selected");
    let cfg = runner::RunConfig {
        claude: args.claude.clone(),
        timeout: Duration::from_secs(args.timeout),
        keep: args.keep,
        scratch_base: args.scratch.clone(),
    };
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    let mut record = match &args.record {
        Some(p) => Some(
            std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        ),
        None => None,
    };
    let (mut agree, mut disagree, mut drift, mut errors) = (0usize, 0usize, 0usize, 0usize);
    let total = cases.len();
    for (n, c) in cases.iter().enumerate() {
        let id = case::id(c);
        let engine = case::engine_decision(c).map(|v| v.decision.as_str());
        let observed = rt.block_on(runner::run_case(&cfg, c));
        let expected = c.get("expected").and_then(Value::as_str);
        match (&observed, &engine) {
            (Ok(obs), Ok(eng)) => {
                let ok = obs.decision == *eng;
                let drifted = expected.is_some_and(|e| e != obs.decision);
                if ok {
                    agree += 1;
                } else {
                    disagree += 1;
                }
                if drifted {
                    drift += 1;
                }
                if args.json {
                    println!(
                        "{}",
                        json!({"id": id, "observed": obs.decision, "engine": eng, "expected": expected, "evidence": obs.evidence})
                    );
                } else {
                    let status = if ok { "ok  " } else { "DIFF" };
                    let note = if drifted {
                        format!(" (recorded: {})", expected.unwrap_or(""))
                    } else {
                        String::new()
                    };
                    eprintln!(
                        "[{}/{total}] {status} {id}: cli={} engine={eng}{note}",
                        n + 1,
                        obs.decision
                    );
                    if !ok {
                        eprintln!("        {}", obs.evidence);
                    }
                }
                if let Some(f) = record.as_mut() {
                    use std::io::Write as _;
                    let mut labelled = c.clone();
                    labelled["expected"] = json!(obs.decision);
                    labelled["evidence"] = json!(obs.evidence);
                    writeln!(f, "{labelled}").context("cannot write the record file")?;
                }
            }
            (Err(e), _) => {
                errors += 1;
                eprintln!("[{}/{total}] ERR  {id}: {e}", n + 1);
            }
            (_, Err(e)) => {
                errors += 1;
                eprintln!("[{}/{total}] ERR  {id}: {e}", n + 1);
            }
        }
    }
    eprintln!(
        "conformance: {agree} agree, {disagree} disagree, {errors} errors, {drift} differ from the recorded label"
    );
    println!("conformance: {agree} passed, {} failed", disagree + errors);
    Ok(if disagree + errors == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
