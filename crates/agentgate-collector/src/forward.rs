//! Forwarding to the org's existing pipeline: every stored journal record
//! goes on as an RFC 5424 syslog message (TCP, octet-counted framing, RFC
//! 6587) and/or as OTLP/JSON logs to an upstream collector.
//!
//! At-least-once: each destination has a cursor in the store (the last row
//! delivered); it moves only after the destination took the batch, so a
//! restart or an outage resumes where delivery stopped.

use std::time::Duration;

use agentgate_journal::Entry;
use tokio::io::AsyncWriteExt;

use crate::Backend;

/// Where to forward.
#[derive(Clone, Debug)]
pub enum Destination {
    /// An RFC 5424 receiver over TCP (`127.0.0.1:514`).
    Syslog(String),
    /// An OTLP/HTTP receiver's base URL, with an optional bearer token.
    Otlp {
        /// Base URL (`http://collector:4318`).
        url: String,
        /// Sent as `Authorization: Bearer`.
        token: Option<String>,
    },
}

impl Destination {
    fn key(&self) -> String {
        match self {
            Self::Syslog(a) => format!("syslog:{a}"),
            Self::Otlp { url, .. } => format!("otlp:{url}"),
        }
    }
}

/// Rows per delivery.
const BATCH: usize = 500;

/// Runs forever: delivers new rows to `dest`, retrying with backoff.
pub(crate) async fn forward(store: Backend, dest: Destination) {
    let key = dest.key();
    let mut backoff = Duration::from_millis(200);
    loop {
        let batch = match pending(&store, &key).await {
            Ok(b) => b,
            Err(e) => {
                eprintln!("agentgate serve: cannot read rows to forward to {key} ({e}); retrying");
                tokio::time::sleep(backoff).await;
                continue;
            }
        };
        if batch.is_empty() {
            tokio::time::sleep(Duration::from_millis(250)).await;
            continue;
        }
        let rows: Vec<(i64, String, String)> = batch
            .iter()
            .map(|(id, device, _, line)| (*id, device.clone(), line.clone()))
            .collect();
        match deliver(&dest, &rows).await {
            Ok(()) => {
                backoff = Duration::from_millis(200);
                if let Err(e) = done(&store, &key, &batch).await {
                    eprintln!("agentgate serve: cannot record delivery to {key} ({e}); rows may be sent again");
                }
            }
            Err(e) => {
                eprintln!("agentgate serve: forwarding to {key} failed ({e}); retrying");
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(Duration::from_secs(30));
            }
        }
    }
}

type Row = (i64, String, i64, String);

async fn pending(store: &Backend, key: &str) -> Result<Vec<Row>, String> {
    match store {
        Backend::Sqlite(s) => {
            let (k, s) = (key.to_owned(), s.clone());
            tokio::task::spawn_blocking(move || {
                let st = s.lock().map_err(|_| "store lock poisoned".to_owned())?;
                let cursor = st.forward_cursor(&k).map_err(|e| e.to_string())?;
                let rows = st.journal_after(cursor, BATCH).map_err(|e| e.to_string())?;
                Ok(rows.into_iter().map(|(id, d, l)| (id, d, 0, l)).collect())
            })
            .await
            .map_err(|e| e.to_string())?
        }
        Backend::Postgres(p) => p
            .forward_pending(key, BATCH as i64)
            .await
            .map_err(|e| e.to_string()),
    }
}

async fn done(store: &Backend, key: &str, batch: &[Row]) -> Result<(), String> {
    match store {
        Backend::Sqlite(s) => {
            // One writer: rowids grow in commit order, so a cursor suffices.
            let last = batch.last().map_or(0, |r| r.0);
            let (k, s) = (key.to_owned(), s.clone());
            tokio::task::spawn_blocking(move || {
                let st = s.lock().map_err(|_| "store lock poisoned".to_owned())?;
                st.set_forward_cursor(&k, last).map_err(|e| e.to_string())
            })
            .await
            .map_err(|e| e.to_string())?
        }
        Backend::Postgres(p) => {
            let keys: Vec<(String, i64)> = batch.iter().map(|r| (r.1.clone(), r.2)).collect();
            p.forward_done(key, &keys).await.map_err(|e| e.to_string())
        }
    }
}

async fn deliver(dest: &Destination, rows: &[(i64, String, String)]) -> Result<(), String> {
    let entries: Vec<(&str, Entry)> = rows
        .iter()
        .filter_map(|(_, device, line)| {
            serde_json::from_str::<Entry>(line)
                .ok()
                .map(|e| (device.as_str(), e))
        })
        .collect();
    match dest {
        Destination::Syslog(addr) => {
            let mut out = Vec::new();
            for (device, e) in &entries {
                let msg = agentgate_console::syslog_line(device, e);
                // RFC 6587 octet counting: "LEN SP MSG".
                out.extend_from_slice(format!("{} {msg}", msg.len()).as_bytes());
            }
            let mut conn = tokio::net::TcpStream::connect(addr)
                .await
                .map_err(|e| e.to_string())?;
            conn.write_all(&out).await.map_err(|e| e.to_string())?;
            conn.shutdown().await.map_err(|e| e.to_string())
        }
        Destination::Otlp { url, token } => {
            let mut by_device: std::collections::BTreeMap<&str, Vec<Entry>> = Default::default();
            for (d, e) in entries {
                by_device.entry(d).or_default().push(e);
            }
            for (device, es) in by_device {
                let host = es
                    .iter()
                    .find_map(|e| e.record.pointer("/who/host").and_then(|v| v.as_str()))
                    .unwrap_or("")
                    .to_owned();
                let body = agentgate_console::otlp_logs(device, &host, &es).to_string();
                let url = format!("{}/v1/logs", url.trim_end_matches('/'));
                let token = token.clone();
                let status = tokio::task::spawn_blocking(move || {
                    let agent: ureq::Agent = ureq::Agent::config_builder()
                        .http_status_as_error(false)
                        .timeout_global(Some(Duration::from_secs(30)))
                        .build()
                        .into();
                    let mut req = agent.post(&url).header("Content-Type", "application/json");
                    if let Some(t) = &token {
                        req = req.header("Authorization", format!("Bearer {t}"));
                    }
                    req.send(body)
                        .map(|r| r.status().as_u16())
                        .map_err(|e| e.to_string())
                })
                .await
                .map_err(|e| e.to_string())??;
                if !(200..300).contains(&status) {
                    return Err(format!("upstream answered {status}"));
                }
            }
            Ok(())
        }
    }
}
