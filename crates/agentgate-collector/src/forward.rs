//! Forwarding to the org's existing pipeline: every stored journal record,
//! and every Claude Code event received over OTLP, goes on as an RFC 5424
//! syslog message (TCP, octet-counted framing, RFC 6587) and/or as OTLP/JSON
//! logs to an upstream collector.
//!
//! At-least-once: each destination and stream (journal, telemetry) has its
//! own progress in the store; it moves only after the destination took the
//! batch, so a restart or an outage resumes where delivery stopped.

use std::time::Duration;

use agentgate_journal::Entry;
use agentgate_otlp::LogEvent;
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

/// What is forwarded: the hook's journal or Claude Code's own telemetry.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Stream {
    Journal,
    Telemetry,
}

/// One thing to deliver.
enum Item {
    /// A journal line and its device.
    Record(String, Entry),
    /// A Claude Code event.
    Event(LogEvent),
}

/// How to record that a batch was delivered.
enum Ack {
    /// SQLite has one writer, so rowids grow in commit order: a cursor.
    Cursor(String, i64),
    /// PostgreSQL replicas commit out of order: rows are marked one by one.
    PgJournal(Vec<(String, i64)>),
    PgTelemetry(Vec<String>),
}

/// Runs forever: delivers new rows of `stream` to `dest`, retrying with
/// backoff.
pub(crate) async fn forward(store: Backend, dest: Destination, stream: Stream) {
    let key = match stream {
        Stream::Journal => dest.key(),
        Stream::Telemetry => format!("{}#telemetry", dest.key()),
    };
    let mut backoff = Duration::from_millis(200);
    loop {
        let (items, ack) = match pending(&store, &key, stream).await {
            Ok(b) => b,
            Err(e) => {
                eprintln!("agentgate serve: cannot read rows to forward to {key} ({e}); retrying");
                tokio::time::sleep(backoff).await;
                continue;
            }
        };
        let Some(ack) = ack else {
            tokio::time::sleep(Duration::from_millis(250)).await;
            continue;
        };
        match deliver(&dest, &items).await {
            Ok(()) => {
                backoff = Duration::from_millis(200);
                if let Err(e) = done(&store, &key, ack).await {
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

/// The next batch and how to acknowledge it (None: nothing new). Rows that
/// no longer parse are skipped but acknowledged, so one bad row cannot stall
/// a destination.
async fn pending(
    store: &Backend,
    key: &str,
    stream: Stream,
) -> Result<(Vec<Item>, Option<Ack>), String> {
    let record = |device: String, line: &str| {
        serde_json::from_str::<Entry>(line)
            .ok()
            .map(|e| Item::Record(device, e))
    };
    let event = |text: &str| serde_json::from_str::<LogEvent>(text).ok().map(Item::Event);
    match store {
        Backend::Sqlite(s) => {
            let (k, s) = (key.to_owned(), s.clone());
            let rows = tokio::task::spawn_blocking(move || {
                let st = s.lock().map_err(|_| "store lock poisoned".to_owned())?;
                let cursor = st.forward_cursor(&k).map_err(|e| e.to_string())?;
                match stream {
                    Stream::Journal => st
                        .journal_after(cursor, BATCH)
                        .map(|r| r.into_iter().map(|(id, d, l)| (id, Some(d), l)).collect())
                        .map_err(|e| e.to_string()),
                    Stream::Telemetry => st
                        .telemetry_after(cursor, BATCH)
                        .map(|r| {
                            r.into_iter()
                                .map(|(id, ev)| (id, None, ev))
                                .collect::<Vec<_>>()
                        })
                        .map_err(|e| e.to_string()),
                }
            })
            .await
            .map_err(|e| e.to_string())??;
            let last = rows.last().map(|r| r.0);
            let items = rows
                .into_iter()
                .filter_map(|(_, device, text)| match device {
                    Some(d) => record(d, &text),
                    None => event(&text),
                })
                .collect();
            Ok((items, last.map(|l| Ack::Cursor(key.to_owned(), l))))
        }
        Backend::Postgres(p) => match stream {
            Stream::Journal => {
                let rows = p
                    .forward_pending(key, BATCH as i64)
                    .await
                    .map_err(|e| e.to_string())?;
                if rows.is_empty() {
                    return Ok((Vec::new(), None));
                }
                let keys = rows.iter().map(|r| (r.1.clone(), r.2)).collect();
                let items = rows
                    .into_iter()
                    .filter_map(|(_, device, _, line)| record(device, &line))
                    .collect();
                Ok((items, Some(Ack::PgJournal(keys))))
            }
            Stream::Telemetry => {
                let rows = p
                    .forward_telemetry_pending(key, BATCH as i64)
                    .await
                    .map_err(|e| e.to_string())?;
                if rows.is_empty() {
                    return Ok((Vec::new(), None));
                }
                let digests = rows.iter().map(|r| r.0.clone()).collect();
                let items = rows.iter().filter_map(|(_, ev)| event(ev)).collect();
                Ok((items, Some(Ack::PgTelemetry(digests))))
            }
        },
    }
}

async fn done(store: &Backend, key: &str, ack: Ack) -> Result<(), String> {
    match (store, ack) {
        (Backend::Sqlite(s), Ack::Cursor(k, last)) => {
            let s = s.clone();
            tokio::task::spawn_blocking(move || {
                let st = s.lock().map_err(|_| "store lock poisoned".to_owned())?;
                st.set_forward_cursor(&k, last).map_err(|e| e.to_string())
            })
            .await
            .map_err(|e| e.to_string())?
        }
        (Backend::Postgres(p), Ack::PgJournal(keys)) => {
            p.forward_done(key, &keys).await.map_err(|e| e.to_string())
        }
        (Backend::Postgres(p), Ack::PgTelemetry(digests)) => p
            .forward_telemetry_done(key, &digests)
            .await
            .map_err(|e| e.to_string()),
        (Backend::Sqlite(_), Ack::PgJournal(_) | Ack::PgTelemetry(_))
        | (Backend::Postgres(_), Ack::Cursor(..)) => {
            Err("internal: acknowledgement for the other store".into())
        }
    }
}

/// A Claude Code event as an RFC 5424 message: APP-NAME `claude-code`,
/// MSGID the event name, its attributes as structured data (names that
/// RFC 5424 cannot carry are left out; the OTLP destination keeps them).
pub(crate) fn syslog_event_line(e: &LogEvent) -> String {
    let severity = match e.attr("decision") {
        Some("reject") => 4,
        _ => 6,
    };
    let pri = 10 * 8 + severity;
    let ts = humantime::format_rfc3339_micros(
        std::time::UNIX_EPOCH + Duration::from_nanos(e.time_unix_nano),
    );
    let host = agentgate_console::nil_or(e.attr("host.name").unwrap_or(""), 255);
    let msgid = agentgate_console::nil_or(&e.name, 32);
    let mut sd = format!("[claude_code@{}", agentgate_console::SD_ENTERPRISE);
    for (k, v) in e.attributes.iter().chain(e.resource.iter()) {
        // SD-NAME: 1-32 printable ASCII, none of '=', ' ', ']', '"'.
        let name_ok = !k.is_empty()
            && k.len() <= 32
            && k.chars()
                .all(|c| c.is_ascii_graphic() && !matches!(c, '=' | ']' | '"'));
        if !name_ok {
            continue;
        }
        let text = match v {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Null => continue,
            other => other.to_string(),
        };
        sd.push_str(&format!(" {k}=\"{}\"", agentgate_console::sd_escape(&text)));
    }
    sd.push(']');
    let msg = e.body.replace(['\n', '\r'], " ");
    format!("<{pri}>1 {ts} {host} claude-code - {msgid} {sd} {msg}")
}

async fn deliver(dest: &Destination, items: &[Item]) -> Result<(), String> {
    if items.is_empty() {
        return Ok(());
    }
    match dest {
        Destination::Syslog(addr) => {
            let mut out = Vec::new();
            for item in items {
                let msg = match item {
                    Item::Record(device, e) => agentgate_console::syslog_line(device, e),
                    Item::Event(e) => syslog_event_line(e),
                };
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
            let mut events = Vec::new();
            for item in items {
                match item {
                    Item::Record(d, e) => by_device.entry(d).or_default().push(e.clone()),
                    Item::Event(e) => events.push(e.clone()),
                }
            }
            let mut bodies = Vec::new();
            for (device, es) in by_device {
                let host = es
                    .iter()
                    .find_map(|e| e.record.pointer("/who/host").and_then(|v| v.as_str()))
                    .unwrap_or("");
                bodies.push(agentgate_console::otlp_logs(device, host, &es).to_string());
            }
            if !events.is_empty() {
                bodies.push(agentgate_otlp::encode_logs_json(&events).to_string());
            }
            for body in bodies {
                post_otlp(url, token.as_deref(), body).await?;
            }
            Ok(())
        }
    }
}

async fn post_otlp(url: &str, token: Option<&str>, body: String) -> Result<(), String> {
    let url = format!("{}/v1/logs", url.trim_end_matches('/'));
    let token = token.map(str::to_owned);
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
    if (200..300).contains(&status) {
        Ok(())
    } else {
        Err(format!("upstream answered {status}"))
    }
}
