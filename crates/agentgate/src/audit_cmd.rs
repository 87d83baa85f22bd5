//! `agentgate audit`: verify, read and export this machine's audit journal.

use std::io::Write;
use std::path::PathBuf;

use agentgate_console::{otlp_logs, parse_decision, parse_time, syslog_line, text_line, Filter};
use agentgate_journal::{verify_dir, DeviceKey, Entry, Journal, JournalConfig};
use anyhow::{Context as _, Result};
use clap::{Args, Subcommand, ValueEnum};

/// `agentgate audit` subcommands.
#[derive(Subcommand, Debug)]
pub enum AuditCommand {
    /// Check the journal: chain, checkpoints and signatures. Names the first
    /// bad record; exit 12 when anything was modified, deleted, inserted,
    /// reordered or truncated.
    Verify(VerifyArgs),
    /// The newest records.
    Tail(TailArgs),
    /// Records matching filters.
    Query(QueryArgs),
    /// Records in a format for the org's pipeline.
    Export(ExportArgs),
    /// Print this device's verifier key (give it to `verify --key` elsewhere).
    Key(StateArgs),
}

/// Where the journal is.
#[derive(Args, Debug, Clone)]
pub struct StateArgs {
    /// The agentgate state directory (else $AGENTGATE_STATE_DIR,
    /// $XDG_STATE_HOME/agentgate, ~/.local/state/agentgate).
    #[arg(long)]
    state_dir: Option<PathBuf>,
}

/// `audit verify`.
#[derive(Args, Debug)]
pub struct VerifyArgs {
    #[command(flatten)]
    state: StateArgs,
    /// The device's verifier key, as printed by `audit key` at enrolment.
    /// Without it the key on this machine is used, which proves less.
    #[arg(long)]
    key: Option<String>,
    /// Verify what the collector stored instead of this machine's journal:
    /// every device's rows against their hashes, chain and signed
    /// checkpoints, plus the chain issues seen at ingest.
    #[arg(
        long,
        value_name = "URL",
        env = "AGENTGATE_COLLECTOR",
        conflicts_with = "key"
    )]
    collector: Option<String>,
    /// A `read` token for --collector.
    #[arg(long, env = "AGENTGATE_READ_TOKEN", hide_env_values = true)]
    token: Option<String>,
    /// Only this device (with --collector).
    #[arg(long, requires = "collector")]
    device: Option<String>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// `audit tail`.
#[derive(Args, Debug)]
pub struct TailArgs {
    #[command(flatten)]
    state: StateArgs,
    /// How many records.
    #[arg(short = 'n', long, default_value_t = 20)]
    lines: usize,
    /// Print JSON lines.
    #[arg(long)]
    json: bool,
}

/// Filters shared by `query` and `export`.
#[derive(Args, Debug)]
pub struct FilterArgs {
    /// OS user or git email (substring).
    #[arg(long)]
    user: Option<String>,
    /// Repository remote or root (substring).
    #[arg(long)]
    repo: Option<String>,
    /// Session ID.
    #[arg(long)]
    session: Option<String>,
    /// Tool name (Bash, Read, mcp__server__tool, ...).
    #[arg(long)]
    tool: Option<String>,
    /// The hook's answer: deny, ask, allow or defer.
    #[arg(long)]
    decision: Option<String>,
    /// From this time (RFC 3339) or this long ago (24h, 7d).
    #[arg(long)]
    since: Option<String>,
    /// Until this time (RFC 3339) or this long ago.
    #[arg(long)]
    until: Option<String>,
}

/// `audit query`.
#[derive(Args, Debug)]
pub struct QueryArgs {
    #[command(flatten)]
    state: StateArgs,
    #[command(flatten)]
    filter: FilterArgs,
    /// Ask the collector instead of this machine's journal: every device,
    /// with Claude Code's own telemetry beside each record.
    #[arg(long, value_name = "URL", env = "AGENTGATE_COLLECTOR")]
    collector: Option<String>,
    /// A `read` token for --collector.
    #[arg(long, env = "AGENTGATE_READ_TOKEN", hide_env_values = true)]
    token: Option<String>,
    /// Only this device (with --collector).
    #[arg(long)]
    device: Option<String>,
    /// Print JSON lines.
    #[arg(long)]
    json: bool,
}

/// Export formats.
#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum Format {
    /// One journal entry per line, as stored.
    Jsonl,
    /// OTLP/JSON logs (`ExportLogsServiceRequest`).
    Otlp,
    /// RFC 5424 syslog messages, one per line.
    Syslog,
}

/// `audit export`.
#[derive(Args, Debug)]
pub struct ExportArgs {
    #[command(flatten)]
    state: StateArgs,
    #[command(flatten)]
    filter: FilterArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    format: Format,
}

fn journal_dir(s: &StateArgs) -> Result<PathBuf> {
    let dir = crate::hook_cmd::default_state_dir(s.state_dir.as_deref())
        .context("no state directory: pass --state-dir, or set AGENTGATE_STATE_DIR or HOME")?;
    Ok(dir.join("journal"))
}

fn entries(s: &StateArgs) -> Result<Vec<Entry>> {
    let dir = journal_dir(s)?;
    let j = Journal::open(&dir, JournalConfig::default())
        .with_context(|| format!("cannot open the journal in {}", dir.display()))?;
    // Damaged lines are skipped here; `audit verify` reports them.
    Ok(j.read_all()?.into_iter().filter_map(Result::ok).collect())
}

fn filter(f: &FilterArgs) -> Result<Filter> {
    let now = std::time::SystemTime::now();
    Ok(Filter {
        user: f.user.clone(),
        repo: f.repo.clone(),
        session: f.session.clone(),
        tool: f.tool.clone(),
        decision: f.decision.as_deref().map(parse_decision).transpose()?,
        since: f.since.as_deref().map(|t| parse_time(t, now)).transpose()?,
        until: f.until.as_deref().map(|t| parse_time(t, now)).transpose()?,
    })
}

/// Runs an audit command; returns the exit code.
pub fn run(cmd: AuditCommand) -> Result<u8> {
    let mut out = std::io::stdout().lock();
    match cmd {
        AuditCommand::Verify(a) if a.collector.is_some() => verify_collector(&mut out, &a),
        AuditCommand::Verify(a) => {
            let dir = journal_dir(&a.state)?;
            let report = verify_dir(&dir, a.key.as_deref())?;
            if a.json {
                writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
            } else {
                writeln!(out, "journal:     {}", dir.display())?;
                writeln!(
                    out,
                    "records:     {} ({} covered by signed checkpoints)",
                    report.records, report.covered
                )?;
                writeln!(
                    out,
                    "checkpoints: {} ({} verified)",
                    report.checkpoints, report.checkpoints_checked
                )?;
                writeln!(out, "key:         {}", report.key_source)?;
                if report.ok() {
                    writeln!(
                        out,
                        "OK: no record was modified, deleted, inserted, reordered or truncated"
                    )?;
                } else {
                    let first = report.problems[0]
                        .record
                        .map_or_else(|| "a checkpoint".to_owned(), |r| format!("record {r}"));
                    writeln!(
                        out,
                        "FAILED: {} problem(s); the first bad record is {first}",
                        report.problems.len()
                    )?;
                    for p in &report.problems {
                        let at = if p.line > 0 {
                            format!("{}:{}", p.file, p.line)
                        } else {
                            p.file.clone()
                        };
                        writeln!(out, "  {at}: {}", p.what)?;
                    }
                }
                for w in &report.warnings {
                    writeln!(out, "warning: {w}")?;
                }
            }
            Ok(if report.ok() {
                crate::exit::OK
            } else {
                crate::exit::TAMPERED
            })
        }
        AuditCommand::Tail(a) => {
            let all = entries(&a.state)?;
            let start = all.len().saturating_sub(a.lines);
            print_entries(&mut out, &all[start..], a.json)?;
            Ok(crate::exit::OK)
        }
        AuditCommand::Query(a) if a.collector.is_some() => query_collector(&mut out, &a),
        AuditCommand::Query(a) => {
            let f = filter(&a.filter)?;
            let hits: Vec<Entry> = entries(&a.state)?
                .into_iter()
                .filter(|e| f.matches(e))
                .collect();
            print_entries(&mut out, &hits, a.json)?;
            Ok(crate::exit::OK)
        }
        AuditCommand::Export(a) => {
            let f = filter(&a.filter)?;
            let hits: Vec<Entry> = entries(&a.state)?
                .into_iter()
                .filter(|e| f.matches(e))
                .collect();
            let key = DeviceKey::load_or_create(&journal_dir(&a.state)?)?;
            match a.format {
                Format::Jsonl => print_entries(&mut out, &hits, true)?,
                Format::Otlp => {
                    let host = hits
                        .iter()
                        .find_map(|e| e.record.pointer("/who/host").and_then(|v| v.as_str()))
                        .unwrap_or("");
                    writeln!(out, "{}", otlp_logs(key.id(), host, &hits))?;
                }
                Format::Syslog => {
                    for e in &hits {
                        writeln!(out, "{}", syslog_line(key.id(), e))?;
                    }
                }
            }
            Ok(crate::exit::OK)
        }
        AuditCommand::Key(s) => {
            let key = DeviceKey::load_or_create(&journal_dir(&s)?)?;
            writeln!(out, "{}", key.verifier_key())?;
            Ok(crate::exit::OK)
        }
    }
}

/// A GET against the collector's query API, as JSON.
/// `timeout`: a whole-store re-check takes longer than a query.
fn collector_get(
    base: &str,
    token: &str,
    path: &str,
    params: &[(&str, String)],
    timeout: std::time::Duration,
) -> Result<serde_json::Value> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(timeout))
        .build()
        .into();
    let mut req = agent
        .get(format!("{base}{path}"))
        .header("Authorization", format!("Bearer {token}"));
    for (k, v) in params {
        req = req.query(*k, v);
    }
    let mut resp = req
        .call()
        .with_context(|| format!("cannot reach the collector at {base}"))?;
    let status = resp.status().as_u16();
    let body = resp.body_mut().read_to_string()?;
    anyhow::ensure!(status == 200, "the collector answered {status}: {body}");
    Ok(serde_json::from_str(&body)?)
}

/// How long `audit verify --collector` waits for each answer.
const VERIFY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(600);

/// `audit verify --collector`: every device's stored rows re-checked by the
/// collector, and the chain issues it saw at ingest. Gaps are records still
/// in flight or lost on the way, and are warnings; forks and checkpoint
/// mismatches mean a history was rewritten, and fail the run.
fn verify_collector(out: &mut impl Write, a: &VerifyArgs) -> Result<u8> {
    let base = a
        .collector
        .as_deref()
        .unwrap_or_default()
        .trim_end_matches('/');
    let token = a
        .token
        .as_deref()
        .context("--collector needs --token (a `read` token) or $AGENTGATE_READ_TOKEN")?;
    let devices: Vec<String> = match &a.device {
        Some(d) => vec![d.clone()],
        None => collector_get(base, token, "/api/devices", &[], VERIFY_TIMEOUT)?
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|d| d["device"].as_str().map(str::to_owned))
            .collect(),
    };
    let issues: Vec<serde_json::Value> =
        collector_get(base, token, "/api/chain-issues", &[], VERIFY_TIMEOUT)?
            .as_array()
            .cloned()
            .unwrap_or_default()
            .into_iter()
            .filter(|i| a.device.is_none() || i["device"].as_str() == a.device.as_deref())
            .collect();
    let mut audits = Vec::new();
    for d in &devices {
        // Device IDs are hex; anything else is not sent in a path.
        anyhow::ensure!(
            !d.is_empty() && d.chars().all(|c| c.is_ascii_alphanumeric()),
            "{d:?} is not a device ID (16 hex digits, as `agentgate ship --print-device` shows)"
        );
        audits.push(collector_get(
            base,
            token,
            &format!("/api/devices/{d}/verify"),
            &[],
            VERIFY_TIMEOUT,
        )?);
    }
    let failed_issues = issues
        .iter()
        .filter(|i| i["kind"].as_str() != Some("gap"))
        .count();
    let failed_devices = audits
        .iter()
        .filter(|a| !a["problems"].as_array().is_none_or(Vec::is_empty))
        .count();
    let ok = failed_issues == 0 && failed_devices == 0;
    if a.json {
        let report = serde_json::json!({
            "collector": base,
            "ok": ok,
            "devices": audits,
            "chain_issues": issues,
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
    } else {
        writeln!(out, "collector: {base}")?;
        for d in &audits {
            let problems = d["problems"].as_array().cloned().unwrap_or_default();
            let verified = d["verified_size"].as_u64().unwrap_or(0);
            let checked = d["checkpoints_checked"].as_u64().unwrap_or(0);
            writeln!(
                out,
                "device {}: {} records; {checked} signed checkpoint{} recomputed; {}: {}",
                d["device"].as_str().unwrap_or(""),
                d["records"],
                if checked == 1 { "" } else { "s" },
                if verified == 0 {
                    "no record matches a signature yet".to_owned()
                } else {
                    format!("records 1..{verified} match the device's signature")
                },
                if problems.is_empty() { "OK" } else { "FAILED" }
            )?;
            for p in problems {
                writeln!(out, "  {}", p.as_str().unwrap_or(""))?;
            }
        }
        for i in &issues {
            let level = if i["kind"].as_str() == Some("gap") {
                "warning"
            } else {
                "FAILED"
            };
            writeln!(
                out,
                "{level}: device {} record {} ({}): {}",
                i["device"].as_str().unwrap_or(""),
                i["seq"],
                i["kind"].as_str().unwrap_or(""),
                i["detail"].as_str().unwrap_or("")
            )?;
        }
        if ok {
            writeln!(
                out,
                "OK: {} device(s); every stored record matches its hash, its chain and the device's signed checkpoints",
                audits.len()
            )?;
        } else {
            writeln!(
                out,
                "FAILED: {failed_devices} device(s) whose stored records differ from what they signed, {failed_issues} fork or checkpoint issue(s) seen at ingest; treat those records as tampered, and compare with `agentgate audit verify` on the device"
            )?;
        }
    }
    Ok(if ok {
        crate::exit::OK
    } else {
        crate::exit::TAMPERED
    })
}

/// `audit query --collector`: the collector's joined view.
fn query_collector(out: &mut impl Write, a: &QueryArgs) -> Result<u8> {
    let base = a
        .collector
        .as_deref()
        .unwrap_or_default()
        .trim_end_matches('/');
    let token = a
        .token
        .as_deref()
        .context("--collector needs --token (a `read` token) or $AGENTGATE_READ_TOKEN")?;
    let f = &a.filter;
    let now = std::time::SystemTime::now();
    // Relative times are resolved here; the API takes RFC 3339.
    let time = |t: &Option<String>| -> Result<Option<String>> {
        t.as_deref()
            .map(|t| parse_time(t, now).map(|t| humantime::format_rfc3339_micros(t).to_string()))
            .transpose()
            .map_err(Into::into)
    };
    let mut params: Vec<(&str, String)> = Vec::new();
    for (k, v) in [
        ("device", a.device.clone()),
        ("user", f.user.clone()),
        ("repo", f.repo.clone()),
        ("session", f.session.clone()),
        ("tool", f.tool.clone()),
        (
            "decision",
            f.decision.as_deref().map(parse_decision).transpose()?,
        ),
        ("since", time(&f.since)?),
        ("until", time(&f.until)?),
    ] {
        if let Some(v) = v {
            params.push((k, v));
        }
    }
    let rows: Vec<serde_json::Value> = serde_json::from_value(collector_get(
        base,
        token,
        "/api/records",
        &params,
        std::time::Duration::from_secs(60),
    )?)?;
    for r in &rows {
        if a.json {
            writeln!(out, "{r}")?;
            continue;
        }
        let entry = Entry {
            seq: r["seq"].as_u64().unwrap_or(0),
            prev: String::new(),
            ts: r["ts"].as_str().unwrap_or("").to_owned(),
            record: r["record"].clone(),
        };
        writeln!(
            out,
            "{}  [{}]",
            text_line(&entry),
            r["device"].as_str().unwrap_or("")
        )?;
        for ev in r["claude_code"].as_array().into_iter().flatten() {
            let at = &ev["attributes"];
            let detail: Vec<String> = ["decision", "source", "success", "duration_ms"]
                .iter()
                .filter_map(|k| {
                    at.get(*k).filter(|v| !v.is_null()).map(|v| {
                        format!(
                            "{k}={}",
                            v.as_str().map_or_else(|| v.to_string(), str::to_owned)
                        )
                    })
                })
                .collect();
            writeln!(
                out,
                "      claude_code.{} {}",
                ev["name"].as_str().unwrap_or(""),
                detail.join(" ")
            )?;
        }
    }
    Ok(crate::exit::OK)
}

fn print_entries(out: &mut impl Write, entries: &[Entry], json: bool) -> Result<()> {
    for e in entries {
        if json {
            writeln!(out, "{}", serde_json::to_string(e)?)?;
        } else {
            writeln!(out, "{}", text_line(e))?;
        }
    }
    Ok(())
}
