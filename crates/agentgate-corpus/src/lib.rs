//! Labelled command corpora through the whole hook decision.
//!
//! A corpus is JSON lines in the dev set's format (`command`, `cwd`,
//! `label`, `category`, `severity`, `why`, `source`, `tags`). Each row is
//! run through [`agentgate_hook::handle`] under a policy (the built-in
//! baseline by default) as a PreToolUse Bash call in a fresh session, and the
//! answers are tallied per category and severity.
//!
//! **Splitting by source.** Figures that count come from rows nobody tuned
//! on. [`split_of`] puts every row of one *source item* (the part of
//! `source` before `#`: one GTFOBins program, one Atomic Red Team technique,
//! one repository's CI file) in the same half, chosen by a hash of the item,
//! so that a program's variants never straddle the two halves. Tune on
//! [`Split::Tune`]; report [`Split::Holdout`].

use std::collections::BTreeMap;
use std::path::Path;

use agentgate_hook::{handle, Answer, HookEnv};
use agentgate_orgpolicy::OrgPolicy;
use agentgate_session::SessionStore;
use serde::{Deserialize, Serialize};
use serde_json::json;
use sha2::{Digest, Sha256};

/// One labelled command.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Row {
    /// The Bash command line.
    pub command: String,
    /// Where it runs.
    #[serde(default = "default_cwd")]
    pub cwd: String,
    /// `dangerous` or `benign`.
    pub label: String,
    /// The dev set's categories (`destructive`, `wrapper_escape`, ...).
    #[serde(default)]
    pub category: Option<String>,
    /// `critical`, `high` or `medium` for dangerous rows.
    #[serde(default)]
    pub severity: Option<String>,
    /// Why it has this label.
    #[serde(default)]
    pub why: String,
    /// Where the row comes from: `gtfobins:tar#shell`, a URL, `written`.
    #[serde(default)]
    pub source: String,
    /// Free tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Environment variables the command runs with (a CI workflow's `env:`
    /// blocks), beyond the machine's.
    #[serde(default)]
    pub env: std::collections::BTreeMap<String, String>,
}

fn default_cwd() -> String {
    "/home/dev/project".into()
}

impl Row {
    /// Whether the row should be stopped or asked about.
    pub fn dangerous(&self) -> bool {
        self.label == "dangerous"
    }

    /// The source item the row belongs to (the split unit).
    pub fn item(&self) -> &str {
        self.source.split('#').next().unwrap_or(&self.source)
    }
}

/// Which half of a corpus.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Split {
    /// The half used to tune the engine.
    Tune,
    /// The half that is only measured.
    Holdout,
    /// Both.
    All,
}

/// The half a row's source item falls in: the low bit of the SHA-256 of
/// the item name (stable across runs, machines and file orders).
pub fn split_of(row: &Row) -> Split {
    let digest = Sha256::digest(row.item().as_bytes());
    if digest.first().is_some_and(|b| b & 1 == 0) {
        Split::Tune
    } else {
        Split::Holdout
    }
}

/// Reads JSON-lines corpora; a malformed line is an error naming it.
pub fn load(path: &Path) -> anyhow::Result<Vec<Row>> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| anyhow::anyhow!("cannot read the corpus {}: {e}", path.display()))?;
    let mut rows = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let row: Row = serde_json::from_str(line).map_err(|e| {
            anyhow::anyhow!(
                "{}:{}: not a corpus row ({e}); see crates/agentgate-corpus",
                path.display(),
                i + 1
            )
        })?;
        rows.push(row);
    }
    Ok(rows)
}

/// Counts for one group of rows.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    /// Rows.
    pub total: usize,
    /// Answered deny.
    pub denied: usize,
    /// Answered ask.
    pub asked: usize,
}

impl Tally {
    fn add(&mut self, answer: Answer) {
        self.total += 1;
        match answer {
            Answer::Deny => self.denied += 1,
            Answer::Ask => self.asked += 1,
            Answer::Allow | Answer::Defer => {}
        }
    }

    /// Denied or asked, in percent of the rows.
    pub fn caught_pct(&self) -> f64 {
        pct(self.denied + self.asked, self.total)
    }
}

fn pct(n: usize, d: usize) -> f64 {
    if d == 0 {
        return 100.0;
    }
    100.0 * n as f64 / d as f64
}

/// One row the hook got wrong.
#[derive(Clone, Debug, Serialize)]
pub struct Mistake {
    /// The row.
    pub row: Row,
    /// What the hook answered.
    pub answer: &'static str,
    /// The hook's reason.
    pub reason: String,
}

/// The result of a run.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Report {
    /// Dangerous rows per category.
    pub by_category: BTreeMap<String, Tally>,
    /// Dangerous rows per severity.
    pub by_severity: BTreeMap<String, Tally>,
    /// All dangerous rows.
    pub dangerous: Tally,
    /// All benign rows.
    pub benign: Tally,
    /// Dangerous rows that got no answer.
    pub misses: Vec<Mistake>,
    /// Benign rows that were denied or asked.
    pub false_positives: Vec<Mistake>,
    /// Rows (by source) that got no decision within the time limit.
    pub timeouts: Vec<String>,
    /// How long the in-process decision took per row, in microseconds,
    /// with the row's index in the rows evaluated (empty for an external
    /// program, whose time is a process's).
    #[serde(skip)]
    pub decide_micros: Vec<(u64, usize)>,
}

impl Report {
    /// Benign rows denied, in percent.
    pub fn benign_denied_pct(&self) -> f64 {
        pct(self.benign.denied, self.benign.total)
    }

    /// Benign rows asked, in percent.
    pub fn benign_asked_pct(&self) -> f64 {
        pct(self.benign.asked, self.benign.total)
    }

    /// The table, as the dev-set test has always printed it.
    pub fn table(&self) -> String {
        let mut s = format!(
            "{:<20} {:>6} {:>7} {:>6} {:>9}\n",
            "dangerous category", "rows", "denied", "asked", "caught %"
        );
        for (cat, t) in self.by_category.iter().chain(self.by_severity.iter()) {
            s.push_str(&format!(
                "{cat:<20} {:>6} {:>7} {:>6} {:>8.1}%\n",
                t.total,
                t.denied,
                t.asked,
                t.caught_pct()
            ));
        }
        let d = &self.dangerous;
        s.push_str(&format!(
            "{:<20} {:>6} {:>7} {:>6} {:>8.1}%\n",
            "ALL dangerous",
            d.total,
            d.denied,
            d.asked,
            d.caught_pct()
        ));
        s.push_str(&format!(
            "benign: {} rows, denied {} ({:.1}%), asked {} ({:.1}%)\n",
            self.benign.total,
            self.benign.denied,
            self.benign_denied_pct(),
            self.benign.asked,
            self.benign_asked_pct()
        ));
        s
    }
}

/// The PreToolUse input Claude Code would send for row `i`, each row in a
/// session of its own.
fn hook_input(i: usize, row: &Row) -> serde_json::Value {
    json!({
        "hook_event_name": "PreToolUse",
        "session_id": format!("corpus-{i}"),
        "cwd": row.cwd,
        "tool_name": "Bash",
        "tool_input": {"command": row.command},
    })
}

/// Runs every row through another PreToolUse hook program (for instance
/// dcg), one process per row with the hook input on stdin, the way Claude
/// Code runs it: a `permissionDecision` of deny or ask on stdout, or exit
/// code 2, counts as stopped. Each run is bounded by `timeout`.
pub fn evaluate_external(
    rows: &[Row],
    program: &Path,
    timeout: std::time::Duration,
) -> anyhow::Result<Report> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut report = Report::default();
    for (i, row) in rows.iter().enumerate() {
        let input = hook_input(i, row);
        let mut child = Command::new(program)
            .env("HOME", "/home/dev")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| anyhow::anyhow!("cannot run {}: {e}", program.display()))?;
        if let Some(mut stdin) = child.stdin.take() {
            // A hook that exits before reading all of it is its own business.
            let _ = stdin.write_all(input.to_string().as_bytes());
        }
        let deadline = std::time::Instant::now() + timeout;
        let status = loop {
            if let Some(st) = child.try_wait()? {
                break Some(st);
            }
            if std::time::Instant::now() > deadline {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            std::thread::sleep(std::time::Duration::from_millis(2));
        };
        let mut out = String::new();
        if let Some(mut so) = child.stdout.take() {
            use std::io::Read;
            let _ = so.read_to_string(&mut out);
        }
        let decision = serde_json::from_str::<serde_json::Value>(out.trim())
            .ok()
            .and_then(|v| {
                v.pointer("/hookSpecificOutput/permissionDecision")
                    .and_then(|d| d.as_str())
                    .map(str::to_owned)
            });
        let answer = match (status.and_then(|s| s.code()), decision.as_deref()) {
            (Some(2), _) | (_, Some("deny")) => Answer::Deny,
            (_, Some("ask")) => Answer::Ask,
            _ => Answer::Defer,
        };
        tally(&mut report, row, answer, out.trim().to_owned());
    }
    Ok(report)
}

fn tally(report: &mut Report, row: &Row, answer: Answer, reason: String) {
    let caught = matches!(answer, Answer::Deny | Answer::Ask);
    if row.dangerous() {
        report.dangerous.add(answer);
        report
            .by_category
            .entry(row.category.clone().unwrap_or_else(|| "unlabelled".into()))
            .or_default()
            .add(answer);
        report
            .by_severity
            .entry(row.severity.clone().unwrap_or_else(|| "unrated".into()))
            .or_default()
            .add(answer);
        if !caught {
            report.misses.push(Mistake {
                row: row.clone(),
                answer: answer.as_str(),
                reason,
            });
        }
    } else {
        report.benign.add(answer);
        if caught {
            report.false_positives.push(Mistake {
                row: row.clone(),
                answer: answer.as_str(),
                reason,
            });
        }
    }
}

/// How many rows may overrun the time limit before the run stops: each one
/// leaves its thread running (a thread cannot be stopped from outside), so
/// a parser pathology repeated over many rows would exhaust the machine.
const MAX_TIMEOUTS: usize = 3;

type Job = (serde_json::Map<String, serde_json::Value>, HookEnv);

/// How one row is decided: the hook's `handle` (tests put a slow one in).
type Decide = std::sync::Arc<dyn Fn(&Job) -> (Answer, String) + Send + Sync>;

/// Starts a thread that decides `jobs` in order and sends each answer.
fn start_worker(
    jobs: Vec<Job>,
    decide: &Decide,
) -> anyhow::Result<std::sync::mpsc::Receiver<(Answer, String, u64)>> {
    let (tx, answers) = std::sync::mpsc::channel();
    let decide = decide.clone();
    std::thread::Builder::new()
        .name("corpus-decide".into())
        .spawn(move || {
            for job in &jobs {
                let start = std::time::Instant::now();
                let (answer, reason) = decide(job);
                let micros = u64::try_from(start.elapsed().as_micros()).unwrap_or(u64::MAX);
                if tx.send((answer, reason, micros)).is_err() {
                    return;
                }
            }
        })?;
    Ok(answers)
}

/// Runs every row through the hook decision under `policy`, each within
/// `limit` (a thread decides the rows in order; the time runs from the
/// previous answer). A row that overruns it is counted as denied, as the
/// installed hook's watchdog answers, and listed in [`Report::timeouts`];
/// the rows after it go to a new thread. After [`MAX_TIMEOUTS`] of them the
/// run stops with an error naming them.
pub fn evaluate(
    rows: &[Row],
    policy: &OrgPolicy,
    limit: std::time::Duration,
) -> anyhow::Result<Report> {
    let state = tempfile::tempdir()?;
    let sessions = SessionStore::new(state.path());
    let policy = policy.clone();
    let decide: Decide = std::sync::Arc::new(move |(obj, env): &Job| {
        let out = handle(obj, &policy, env, &sessions);
        (out.answer, out.reason)
    });
    evaluate_by(rows, limit, &decide)
}

/// [`evaluate`] with the decision given.
fn evaluate_by(
    rows: &[Row],
    limit: std::time::Duration,
    decide: &Decide,
) -> anyhow::Result<Report> {
    let mut jobs: Vec<(usize, &Row, Job)> = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        let env = HookEnv {
            home: "/home/dev".into(),
            project_dir: Some(row.cwd.clone()),
            guarded: Vec::new(),
            environment: agentgate_risk::environment_values(row.env.clone()),
            environment_unknown: agentgate_risk::environment_unknown(row.env.clone()),
        };
        if let Some(obj) = hook_input(i, row).as_object() {
            jobs.push((i, row, (obj.clone(), env)));
        }
    }
    let rest = |from: usize| -> Vec<Job> {
        jobs.iter()
            .skip(from)
            .map(|(_, _, job)| job.clone())
            .collect()
    };
    let mut answers = start_worker(rest(0), decide)?;
    let mut report = Report::default();
    for (at, (index, row, _)) in jobs.iter().enumerate() {
        match answers.recv_timeout(limit) {
            Ok((answer, reason, micros)) => {
                report.decide_micros.push((micros, *index));
                tally(&mut report, row, answer, reason);
            }
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                anyhow::bail!(
                    "the decision thread stopped unexpectedly at row {}",
                    row.source
                );
            }
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                report.timeouts.push(row.source.clone());
                let reason = format!(
                    "no decision within {} ms (the installed hook's watchdog denies)",
                    limit.as_millis()
                );
                tally(&mut report, row, Answer::Deny, reason);
                if report.timeouts.len() >= MAX_TIMEOUTS {
                    anyhow::bail!(
                        "{} rows took longer than {} ms ({}); their threads are still running, so the run stops here. Find the row with `agentgate risk`, fix the engine, and run again",
                        report.timeouts.len(),
                        limit.as_millis(),
                        report.timeouts.join(", ")
                    );
                }
                // The stuck thread is left behind; the rows after this
                // one go to a new thread.
                answers = start_worker(rest(at + 1), decide)?;
            }
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn row(source: &str) -> Row {
        serde_json::from_value(json!({
            "command": "ls", "label": "benign", "source": source
        }))
        .unwrap()
    }

    #[test]
    fn a_source_item_never_straddles_the_halves() {
        let a = split_of(&row("gtfobins:tar#shell"));
        let b = split_of(&row("gtfobins:tar#file-read"));
        assert_eq!(a, b);
        // Both halves get used over a spread of items.
        let halves: std::collections::BTreeSet<_> = ["a", "b", "c", "d", "e", "f", "g", "h"]
            .iter()
            .map(|s| format!("{:?}", split_of(&row(&format!("gtfobins:{s}")))))
            .collect();
        assert_eq!(halves.len(), 2);
    }

    #[test]
    fn the_baseline_catches_and_passes() {
        let rows: Vec<Row> = [
            json!({"command": "rm -rf ~", "label": "dangerous", "category": "destructive", "severity": "critical", "source": "t#1"}),
            json!({"command": "cargo test", "label": "benign", "source": "t#2"}),
        ]
        .into_iter()
        .map(|v| serde_json::from_value(v).unwrap())
        .collect();
        let r = evaluate(
            &rows,
            &OrgPolicy::baseline().unwrap(),
            std::time::Duration::from_secs(10),
        )
        .unwrap();
        assert_eq!(r.dangerous.denied, 1);
        assert_eq!(r.benign.total, 1);
        assert!(r.false_positives.is_empty());
        assert!(r.table().contains("ALL dangerous"));
    }

    /// A row the engine cannot decide in time is denied (as the installed
    /// hook's watchdog answers), the rows after it are still decided, and
    /// the run stops after a few such rows rather than piling up threads.
    #[test]
    fn rows_over_the_time_limit_are_denied_then_the_run_stops() {
        let rows = |cmds: &[&str]| -> Vec<Row> {
            cmds.iter()
                .enumerate()
                .map(|(i, c)| {
                    serde_json::from_value(json!({
                        "command": c, "label": "benign", "source": format!("t#{i}")
                    }))
                    .unwrap()
                })
                .collect()
        };
        // Decides "hang" never (the thread sleeps past the test), the rest
        // at once.
        let decide: Decide = std::sync::Arc::new(|(obj, _): &Job| {
            let cmd = obj
                .get("tool_input")
                .and_then(|t| t.get("command"))
                .and_then(|c| c.as_str())
                .unwrap_or("");
            if cmd == "hang" {
                std::thread::sleep(std::time::Duration::from_secs(3600));
            }
            (Answer::Defer, String::new())
        });
        let limit = std::time::Duration::from_millis(200);
        let r = evaluate_by(&rows(&["ls", "hang", "pwd"]), limit, &decide).unwrap();
        assert_eq!(r.timeouts, vec!["t#1".to_owned()]);
        assert_eq!((r.benign.total, r.benign.denied), (3, 1));
        let err = evaluate_by(&rows(&["hang", "hang", "hang", "ls"]), limit, &decide).unwrap_err();
        assert!(
            err.to_string().contains("3 rows took longer than 200 ms"),
            "{err}"
        );
    }
}
