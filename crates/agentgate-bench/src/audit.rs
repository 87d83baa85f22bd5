//! Audit-trail throughput, side by side in one run:
//! - OTLP/HTTP (JSON) log ingest through `agentgate serve` into SQLite,
//!   against a plain bulk insert of the same rows into the same schema;
//! - journal ingest (`POST /v1/journal`) through the collector;
//! - `audit verify` over a journal (records/s).
//!
//!   audit-bench [--events N] [--batch B] [--records R]

use std::time::Instant;

use agentgate_collector::{AppState, Role, Tokens};
use agentgate_journal::{verify_dir, Journal, JournalConfig, Sync};
use agentgate_store::SqliteStore;
use anyhow::{Context, Result};
use clap::Parser;
use serde_json::json;

#[derive(Parser)]
struct Args {
    /// OTLP log events to ingest.
    #[arg(long, default_value_t = 50_000)]
    events: usize,
    /// Events per OTLP request (and journal lines per ingest request).
    #[arg(long, default_value_t = 200)]
    batch: usize,
    /// Journal records for the journal ingest and verify runs.
    #[arg(long, default_value_t = 50_000)]
    records: usize,
    /// Also measure PostgreSQL (connection string).
    #[arg(long)]
    postgres: Option<String>,
}

/// One OTLP/JSON request of `n` Claude Code-like tool_result events.
fn otlp_request(start: usize, n: usize) -> Vec<u8> {
    let records: Vec<_> = (start..start + n)
        .map(|i| {
            json!({
                "timeUnixNano": (1_795_555_271_000_000_000u64 + i as u64).to_string(),
                "body": {"stringValue": "claude_code.tool_result"},
                "attributes": [
                    {"key": "event.name", "value": {"stringValue": "tool_result"}},
                    {"key": "session.id", "value": {"stringValue": format!("bench-{}", i / 500)}},
                    {"key": "tool_use_id", "value": {"stringValue": format!("toolu_bench_{i}")}},
                    {"key": "tool_name", "value": {"stringValue": "Bash"}},
                    {"key": "success", "value": {"stringValue": "true"}},
                    {"key": "duration_ms", "value": {"intValue": 28}},
                    {"key": "user.id", "value": {"stringValue": "b2e0904068d6e06e8330153cb50a6292822c2815bc36f4c6aef33503d8638389"}}
                ]
            })
        })
        .collect();
    serde_json::to_vec(&json!({"resourceLogs": [{
        "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "claude-code"}}]},
        "scopeLogs": [{"scope": {"name": "com.anthropic.claude_code.events"}, "logRecords": records}]
    }]}))
    .unwrap_or_default()
}

fn rate(n: usize, secs: f64) -> f64 {
    n as f64 / secs.max(1e-9)
}

fn main() -> Result<()> {
    let args = Args::parse();
    let dir = tempfile::tempdir()?;
    let batch = args.batch.max(1);
    let requests: Vec<Vec<u8>> = (0..args.events.div_ceil(batch))
        .map(|k| otlp_request(k * batch, batch.min(args.events - k * batch)))
        .collect();

    // 1. OTLP/HTTP through the collector.
    let mut tokens = Tokens::default();
    tokens.insert("bench", "bench-device", Role::Ingest);
    let db = dir.path().join("http.sqlite");
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let listener = rt.block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))?;
    let url = format!("http://{}", listener.local_addr()?);
    rt.spawn(agentgate_collector::serve(
        listener,
        AppState::new(SqliteStore::open(&db)?, tokens),
    ));
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let t = Instant::now();
    for body in &requests {
        let r = agent
            .post(format!("{url}/v1/logs"))
            .header("Authorization", "Bearer bench")
            .header("Content-Type", "application/json")
            .send(&body[..])
            .context("POST /v1/logs")?;
        anyhow::ensure!(r.status() == 200, "collector answered {}", r.status());
    }
    let http_secs = t.elapsed().as_secs_f64();

    // 2. The same rows, bulk-inserted into the same schema with prepared
    //    statements in one transaction (no HTTP, no decoding, no digests).
    let events: Vec<agentgate_otlp::LogEvent> = requests
        .iter()
        .map(|b| agentgate_otlp::decode_logs_json(b))
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .flatten()
        .collect();
    let rows: Vec<(String, i64, String, String)> = events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            (
                format!("{i:064x}"),
                i64::try_from(e.time_unix_nano).unwrap_or(0),
                e.name.clone(),
                serde_json::to_string(e).unwrap_or_default(),
            )
        })
        .collect();
    let bulk_db = dir.path().join("bulk.sqlite");
    drop(SqliteStore::open(&bulk_db)?); // the same schema and pragmas
    let mut conn = rusqlite::Connection::open(&bulk_db)?;
    conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;")?;
    let t = Instant::now();
    let tx = conn.transaction()?;
    {
        let mut stmt = tx.prepare(
            "INSERT INTO telemetry (digest, time_ns, name, session_id, tool_use_id, tool_name, source, event)
             VALUES (?1, ?2, ?3, NULL, NULL, NULL, 'bench', ?4)",
        )?;
        for (d, t, n, ev) in &rows {
            stmt.execute(rusqlite::params![d, t, n, ev])?;
        }
    }
    tx.commit()?;
    let bulk_secs = t.elapsed().as_secs_f64();

    // 3. Journal lines through the collector, and 4. verify.
    let jdir = dir.path().join("journal");
    let j = Journal::open(
        &jdir,
        JournalConfig {
            sync: Sync::Never,
            sync_every: 1,
            checkpoint_every: 4096,
            rotate_bytes: 0,
        },
    )?;
    for i in 0..args.records {
        j.append(
            json!({"event": "PreToolUse", "session_id": "bench", "tool_use_id": format!("toolu_{i}"),
                   "tool": "Bash", "tool_input": {"command": "cargo test --workspace"}, "answer": "defer",
                   "who": {"user": "dev", "host": "laptop", "git_email": "dev@example.com"},
                   "where": {"cwd": "/src/app", "repo": {"remote": "https://git.example.com/app.git", "branch": "main"}}}),
            false,
        )?;
    }
    j.checkpoint()?;
    let lines: Vec<String> = std::fs::read_to_string(j.path())?
        .lines()
        .map(str::to_owned)
        .collect();
    let t = Instant::now();
    for chunk in lines.chunks(batch) {
        let body = serde_json::to_vec(&json!({"device": "bench-device", "lines": chunk}))?;
        let r = agent
            .post(format!("{url}/v1/journal"))
            .header("Authorization", "Bearer bench")
            .header("Content-Type", "application/json")
            .send(&body[..])?;
        anyhow::ensure!(r.status() == 200, "journal ingest answered {}", r.status());
    }
    let journal_secs = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let report = verify_dir(&jdir, None)?;
    let verify_secs = t.elapsed().as_secs_f64();
    anyhow::ensure!(report.ok(), "verify found problems: {:?}", report.problems);

    // 5. PostgreSQL: the same requests through a collector on PgStore, and
    //    the same rows bulk-inserted in one transaction.
    let pg = match &args.postgres {
        Some(conninfo) => {
            let store = rt.block_on(agentgate_store::PgStore::connect(conninfo))?;
            let mut tokens = Tokens::default();
            tokens.insert("bench", "bench-device", Role::Ingest);
            let listener = rt.block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))?;
            let pg_url = format!("http://{}", listener.local_addr()?);
            rt.spawn(agentgate_collector::serve(
                listener,
                AppState::postgres(store, tokens),
            ));
            // Distinct events from the SQLite run's, so nothing is a duplicate.
            let run = std::process::id() as usize * 1_000_000_000;
            let pg_requests: Vec<Vec<u8>> = (0..args.events.div_ceil(batch))
                .map(|k| otlp_request(run + k * batch, batch.min(args.events - k * batch)))
                .collect();
            let t = Instant::now();
            for body in &pg_requests {
                let r = agent
                    .post(format!("{pg_url}/v1/logs"))
                    .header("Authorization", "Bearer bench")
                    .header("Content-Type", "application/json")
                    .send(&body[..])?;
                anyhow::ensure!(
                    r.status() == 200,
                    "collector (PostgreSQL) answered {}",
                    r.status()
                );
            }
            let pg_http = t.elapsed().as_secs_f64();
            let pg_bulk = rt.block_on(async {
                let (mut client, conn) = tokio_postgres::connect(conninfo, tokio_postgres::NoTls).await?;
                tokio::spawn(conn);
                let t = Instant::now();
                let tx = client.transaction().await?;
                let stmt = tx
                    .prepare(
                        "INSERT INTO telemetry (digest, time_ns, name, session_id, tool_use_id, tool_name, source, event)
                         VALUES ($1, $2, $3, NULL, NULL, NULL, 'bench', $4)",
                    )
                    .await?;
                for (d, ts, n, ev) in &rows {
                    let d = format!("bulk-{run}-{d}");
                    tx.execute(&stmt, &[&d, ts, n, ev]).await?;
                }
                tx.commit().await?;
                anyhow::Ok(t.elapsed().as_secs_f64())
            })?;
            Some((rate(events.len(), pg_http), rate(rows.len(), pg_bulk)))
        }
        None => None,
    };

    let http = rate(events.len(), http_secs);
    let bulk = rate(rows.len(), bulk_secs);
    println!("audit trail throughput (SQLite, one run, {batch} per request)");
    println!(
        "  OTLP/HTTP JSON ingest via agentgate serve  {http:>12.0} events/s  ({} events)",
        events.len()
    );
    println!("  plain bulk INSERT, same rows and schema    {bulk:>12.0} rows/s");
    println!(
        "  ratio ingest / bulk insert                 {:>12.3}",
        http / bulk
    );
    if let Some((pg_http, pg_bulk)) = pg {
        println!("  PostgreSQL: OTLP/HTTP JSON ingest          {pg_http:>12.0} events/s");
        println!("  PostgreSQL: plain bulk INSERT              {pg_bulk:>12.0} rows/s");
        println!(
            "  PostgreSQL: ratio ingest / bulk insert     {:>12.3}",
            pg_http / pg_bulk
        );
    }
    println!(
        "  journal ingest via agentgate serve         {:>12.0} records/s ({} records)",
        rate(lines.len(), journal_secs),
        lines.len()
    );
    println!(
        "  audit verify (chain, Merkle, signatures)   {:>12.0} records/s",
        rate(lines.len(), verify_secs)
    );
    Ok(())
}
