//! `hook-latency`: times whole hook processes, from spawn to answer, on the
//! same inputs, side by side, and prints p50/p99 and ratios. Each contender
//! is spawned with the hook JSON on stdin; the clock stops when its stdout
//! closes and it has exited. Contenders are interleaved per input so that
//! machine noise affects them alike. It also counts how many dangerous inputs
//! each blocks (deny) or holds (ask) and how many benign ones it stops.
//!
//! Ratios are printed twice: over every sample pooled, and as the median of
//! the rounds' own ratios. A burst of load that lands in one round (the
//! baseline's p99 swung from 2 to 14 ms within one session on a shared
//! machine, session 29) moves the pooled p99 of a 2 ms process by itself;
//! the median over rounds is the figure that burst cannot decide.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{Context, Result};
use clap::Parser;
use serde_json::{json, Value};

#[derive(Parser, Debug)]
struct Args {
    /// The labelled command set (JSON lines with command, cwd, label, severity).
    #[arg(long)]
    commands: PathBuf,
    /// Contender as NAME=PROGRAM ARGS... (split on spaces; repeatable). The
    /// first is the baseline for ratios.
    #[arg(long = "contender", required = true)]
    contenders: Vec<String>,
    /// Passes over the whole input set.
    #[arg(long, default_value_t = 3)]
    rounds: usize,
    /// A contender (by NAME) timed in a pass of its own, after the others
    /// (repeatable). A heavy process (a Python interpreter, 50 ms) leaves
    /// the kernel work of its exit and cold caches to whatever runs next;
    /// timed apart, it does not inflate the p99 of the 2 ms processes.
    #[arg(long = "apart")]
    apart: Vec<String>,
}

struct Contender {
    name: String,
    argv: Vec<String>,
    times_us: Vec<f64>,
    /// The same samples by round (`per_round[r]`).
    per_round: Vec<Vec<f64>>,
    caught_dangerous: usize,
    caught_critical: usize,
    stopped_benign: usize,
}

fn spawn_once(argv: &[String], input: &[u8]) -> Result<(f64, String)> {
    let start = Instant::now();
    let mut child = Command::new(&argv[0])
        .args(&argv[1..])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .with_context(|| format!("cannot start {}", argv[0]))?;
    if let Some(mut stdin) = child.stdin.take() {
        // /bin/true may exit before reading; a broken pipe is fine.
        let _ = stdin.write_all(input);
    }
    let mut out = String::new();
    if let Some(mut stdout) = child.stdout.take() {
        stdout.read_to_string(&mut out)?;
    }
    child.wait()?;
    Ok((start.elapsed().as_secs_f64() * 1e6, out))
}

/// The input with its own session id, serialised before the clock starts.
fn session_input(input: &Value, session: &str) -> Vec<u8> {
    let mut input = input.clone();
    input["session_id"] = Value::from(session);
    input.to_string().into_bytes()
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let idx = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[idx.min(sorted.len() - 1)]
}

fn main() -> Result<()> {
    let args = Args::parse();
    let text = std::fs::read_to_string(&args.commands)
        .with_context(|| format!("cannot read {}", args.commands.display()))?;
    let rows: Vec<Value> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(serde_json::from_str)
        .collect::<Result<_, _>>()?;
    // Each spawn gets its own session (see `session_input`): a row that
    // marks its session (reads untrusted content) must not make another
    // contender's or another round's answer on that row stricter.
    let inputs: Vec<(Value, bool, bool)> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let input = json!({
                "session_id": "",
                "hook_event_name": "PreToolUse",
                "cwd": r["cwd"],
                "permission_mode": "default",
                "tool_name": "Bash",
                "tool_input": {"command": r["command"], "description": "bench"},
                "tool_use_id": format!("toolu_bench_{i}"),
            });
            (input, r["label"] != "benign", r["severity"] == "critical")
        })
        .collect();
    let mut contenders: Vec<Contender> = args
        .contenders
        .iter()
        .map(|c| {
            let (name, cmd) = c.split_once('=').unwrap_or((c, c));
            // Split on spaces, no shell: a shell would add its own start-up.
            let argv: Vec<String> = cmd.split_whitespace().map(str::to_owned).collect();
            Contender {
                name: name.to_owned(),
                argv,
                times_us: Vec::new(),
                per_round: vec![Vec::new(); args.rounds],
                caught_dangerous: 0,
                caught_critical: 0,
                stopped_benign: 0,
            }
        })
        .collect();
    // Warm the page cache.
    for (j, c) in contenders.iter().enumerate() {
        for (i, (input, _, _)) in inputs.iter().enumerate().take(5) {
            spawn_once(&c.argv, &session_input(input, &format!("warm-{j}-{i}")))?;
        }
    }
    // The contenders interleaved together, then those timed apart.
    if let Some(name) = args
        .apart
        .iter()
        .find(|a| !contenders.iter().any(|c| &c.name == *a))
    {
        anyhow::bail!("--apart {name}: no contender is named {name}; name one given with --contender NAME=PROGRAM");
    }
    let (together, apart): (Vec<usize>, Vec<usize>) = (0..contenders.len()).partition(|j| {
        contenders
            .get(*j)
            .is_some_and(|c| !args.apart.contains(&c.name))
    });
    for group in [together, apart] {
        for round in 0..args.rounds {
            for (k, (input, dangerous, critical)) in inputs.iter().enumerate() {
                // Rotate who goes first: a contender that runs right after a
                // heavy one (python, dcg) finds the CPU caches cold, so a fixed
                // order would favour some contenders over others.
                let n = group.len();
                for j in 0..n {
                    let Some(who) = group.get((k + round + j) % n).copied() else {
                        continue;
                    };
                    let Some(c) = contenders.get_mut(who) else {
                        continue;
                    };
                    let input = session_input(input, &format!("bench-{who}-{round}-{k}"));
                    let (us, out) = spawn_once(&c.argv, &input)?;
                    c.times_us.push(us);
                    if let Some(r) = c.per_round.get_mut(round) {
                        r.push(us);
                    }
                    if round == 0 {
                        let stopped = out.contains("\"permissionDecision\":\"deny\"")
                            || out.contains("\"permissionDecision\":\"ask\"");
                        if stopped && *dangerous {
                            c.caught_dangerous += 1;
                            if *critical {
                                c.caught_critical += 1;
                            }
                        } else if stopped {
                            c.stopped_benign += 1;
                        }
                    }
                }
            }
        }
    }
    let dangerous = inputs.iter().filter(|i| i.1).count();
    let critical = inputs.iter().filter(|i| i.2).count();
    let benign = inputs.len() - dangerous;
    println!(
        "{} inputs x {} rounds; wall time per process, spawn to answer",
        inputs.len(),
        args.rounds
    );
    println!(
        "{:<12} {:>10} {:>10} {:>10} {:>14} {:>14} {:>12}",
        "contender", "p50 us", "p99 us", "mean us", "dangerous", "critical", "benign hit"
    );
    let mut stats = Vec::new();
    for c in &mut contenders {
        c.times_us.sort_by(f64::total_cmp);
        let p50 = percentile(&c.times_us, 0.5);
        let p99 = percentile(&c.times_us, 0.99);
        let mean = c.times_us.iter().sum::<f64>() / c.times_us.len() as f64;
        println!(
            "{:<12} {p50:>10.0} {p99:>10.0} {mean:>10.0} {:>6}/{:<7} {:>6}/{:<7} {:>5}/{:<6}",
            c.name,
            c.caught_dangerous,
            dangerous,
            c.caught_critical,
            critical,
            c.stopped_benign,
            benign
        );
        stats.push((c.name.clone(), p50, p99));
    }
    if let Some((base, b50, b99)) = stats.first().cloned() {
        println!("ratios against {base} (p50, p99):");
        for (name, p50, p99) in stats.iter().skip(1) {
            println!("  {name:<12} {:.2}x  {:.2}x", p50 / b50, p99 / b99);
        }
    }
    // The median over rounds of each round's ratio to the baseline.
    let round_stats = |c: &Contender| -> Vec<(f64, f64)> {
        c.per_round
            .iter()
            .map(|r| {
                let mut r = r.clone();
                r.sort_by(f64::total_cmp);
                (percentile(&r, 0.5), percentile(&r, 0.99))
            })
            .collect()
    };
    let median = |mut v: Vec<f64>| -> f64 {
        v.sort_by(f64::total_cmp);
        percentile(&v, 0.5)
    };
    if let Some((base, rest)) = contenders.split_first() {
        let b = round_stats(base);
        println!(
            "median over {} rounds of each round's ratio to {} (p50, p99):",
            args.rounds, base.name
        );
        for c in rest {
            let own = round_stats(c);
            let r50 = median(own.iter().zip(&b).map(|(o, b)| o.0 / b.0).collect());
            let r99 = median(own.iter().zip(&b).map(|(o, b)| o.1 / b.1).collect());
            println!("  {:<12} {r50:.2}x  {r99:.2}x", c.name);
        }
    }
    if let (Some(ag), Some(dcg)) = (
        stats.iter().find(|s| s.0 == "agentgate"),
        stats.iter().find(|s| s.0 == "dcg"),
    ) {
        println!(
            "agentgate vs dcg (p50, p99): {:.2}x  {:.2}x",
            ag.1 / dcg.1,
            ag.2 / dcg.2
        );
    }
    Ok(())
}
