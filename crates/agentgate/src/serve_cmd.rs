//! `agentgate serve` (the collector) and `agentgate ship` (journal to
//! collector).

use std::path::PathBuf;

#[cfg(feature = "collector")]
use agentgate_collector::{hash_token, AppState, Tokens};
use agentgate_ship::Shipper;
#[cfg(feature = "collector")]
use agentgate_store::{PgStore, SqliteStore};
use anyhow::{Context as _, Result};

/// `agentgate serve`.
#[cfg(feature = "collector")]
#[derive(clap::Args, Debug)]
pub struct ServeArgs {
    /// Address for OTLP/HTTP, journal ingest and the query API.
    #[arg(long, default_value = "127.0.0.1:4318")]
    listen: String,
    /// Address for OTLP/gRPC (logs and metrics); off when not given.
    #[arg(long)]
    grpc_listen: Option<String>,
    /// The SQLite database (created if missing).
    #[arg(long, conflicts_with = "postgres")]
    db: Option<PathBuf>,
    /// Store in PostgreSQL instead (`host=... user=... dbname=...` or a
    /// postgres:// URL); several collectors may share one database.
    #[arg(long)]
    postgres: Option<String>,
    /// Tokens file: `NAME SHA256-OF-TOKEN [ingest|read]` per line; for
    /// journal ingest NAME is the device ID.
    #[arg(long, required_unless_present = "hash_token")]
    tokens: Option<PathBuf>,
    /// Forward every journal record to this RFC 5424 syslog receiver (TCP,
    /// host:port), at least once.
    #[arg(long, value_name = "HOST:PORT")]
    forward_syslog: Option<String>,
    /// Forward every journal record as OTLP/JSON logs to this upstream
    /// OTLP/HTTP receiver (base URL), at least once.
    #[arg(long, value_name = "URL")]
    forward_otlp: Option<String>,
    /// Bearer token for --forward-otlp.
    #[arg(long, env = "AGENTGATE_FORWARD_OTLP_TOKEN", hide_env_values = true)]
    forward_otlp_token: Option<String>,
    /// Print the tokens-file hash of TOKEN and exit.
    #[arg(long, value_name = "TOKEN")]
    hash_token: Option<String>,
}

/// `agentgate ship`.
#[derive(clap::Args, Debug)]
pub struct ShipArgs {
    /// The collector's base URL.
    #[arg(
        long,
        env = "AGENTGATE_COLLECTOR",
        required_unless_present = "print_device"
    )]
    collector: Option<String>,
    /// This device's token (else $AGENTGATE_SHIP_TOKEN).
    #[arg(
        long,
        env = "AGENTGATE_SHIP_TOKEN",
        hide_env_values = true,
        required_unless_present = "print_device"
    )]
    token: Option<String>,
    /// The agentgate state directory.
    #[arg(long)]
    state_dir: Option<PathBuf>,
    /// Lines per request.
    #[arg(long, default_value_t = 500)]
    batch: usize,
    /// Print the device ID (the name its token must have) and exit.
    #[arg(long)]
    print_device: bool,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// Runs the collector until it fails or is killed.
#[cfg(feature = "collector")]
pub fn serve(a: ServeArgs) -> Result<u8> {
    if let Some(t) = &a.hash_token {
        println!("{}", hash_token(t));
        return Ok(crate::exit::OK);
    }
    let tokens_path = a.tokens.context("--tokens is required")?;
    let tokens = Tokens::load(&tokens_path)?;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    rt.block_on(async move {
        let (state, store_name) = match &a.postgres {
            Some(conninfo) => {
                let pg = PgStore::connect(conninfo)
                    .await
                    .context("cannot open the PostgreSQL store")?;
                (AppState::postgres(pg, tokens), "PostgreSQL".to_owned())
            }
            None => {
                let db = match &a.db {
                    Some(d) => d.clone(),
                    None => crate::hook_cmd::default_state_dir(None)
                        .context("no state directory for the database: pass --db")?
                        .join("collector.sqlite"),
                };
                if let Some(parent) = db.parent() {
                    std::fs::create_dir_all(parent)
                        .with_context(|| format!("cannot create {}", parent.display()))?;
                }
                (
                    AppState::new(SqliteStore::open(&db)?, tokens),
                    db.display().to_string(),
                )
            }
        };
        if let Some(addr) = &a.forward_syslog {
            state.spawn_forwarder(agentgate_collector::Destination::Syslog(addr.clone()));
        }
        if let Some(url) = &a.forward_otlp {
            state.spawn_forwarder(agentgate_collector::Destination::Otlp {
                url: url.clone(),
                token: a.forward_otlp_token.clone(),
            });
        }
        let listener = tokio::net::TcpListener::bind(&a.listen)
            .await
            .with_context(|| format!("cannot listen on {}", a.listen))?;
        eprintln!(
            "agentgate serve: listening on http://{} (store {store_name})",
            listener.local_addr()?
        );
        if let Some(g) = &a.grpc_listen {
            let grpc = tokio::net::TcpListener::bind(g)
                .await
                .with_context(|| format!("cannot listen on {g}"))?;
            eprintln!("agentgate serve: OTLP/gRPC on {}", grpc.local_addr()?);
            let s = state.clone();
            tokio::select! {
                r = agentgate_collector::serve(listener, state) => r.context("the HTTP receiver stopped"),
                r = agentgate_collector::serve_grpc(grpc, s) => r.context("the gRPC receiver stopped"),
            }
        } else {
            agentgate_collector::serve(listener, state)
                .await
                .context("the collector stopped")
        }
    })?;
    Ok(crate::exit::OK)
}

/// Ships the journal once.
pub fn ship(a: ShipArgs) -> Result<u8> {
    let dir = crate::hook_cmd::default_state_dir(a.state_dir.as_deref())
        .context("no state directory: pass --state-dir, or set AGENTGATE_STATE_DIR or HOME")?
        .join("journal");
    if a.print_device {
        println!("{}", agentgate_ship::device_id(&dir)?);
        return Ok(crate::exit::OK);
    }
    let shipper = Shipper {
        journal_dir: dir,
        collector: a.collector.context("--collector is required")?,
        token: a.token.context("--token is required")?,
        batch: a.batch,
    };
    let report = shipper.ship_once()?;
    if a.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        println!(
            "device {}: sent {}, new {}, already there {}, cursor at {}; {} signed checkpoint(s) sent, the collector verified records 1..{}",
            report.device,
            report.sent,
            report.accepted,
            report.duplicates,
            report.cursor,
            report.checkpoints_sent,
            report.verified_size
        );
        for i in &report.issues {
            println!("chain issue: {i}");
        }
    }
    Ok(crate::exit::OK)
}
