//! Ships the local journal to the collector.
//!
//! At-least-once and resumable: lines after the cursor are sent in batches;
//! the cursor moves only after the collector has acknowledged a batch (it
//! answers once the batch is committed). A crash between the two re-sends
//! the batch, which the collector counts as duplicates, because ingest is
//! idempotent by (device, seq).
//!
//! The device's signed checkpoints travel with the records they cover, with
//! the device's verifier key, so that the collector can check that what it
//! stored is what the device signed. A checkpoint is signed before each run
//! when records were added since the last one.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use agentgate_journal::{leading_seq, DeviceKey, Entry, Journal, JournalConfig, StoredCheckpoint};
use serde::{Deserialize, Serialize};
use serde_json::json;

/// Shipping errors.
#[derive(Debug, thiserror::Error)]
pub enum ShipError {
    /// The journal cannot be read.
    #[error(transparent)]
    Journal(#[from] agentgate_journal::JournalError),
    /// The collector could not be reached.
    #[error("cannot reach the collector at {url}: {detail}; check the URL and that `agentgate serve` runs there")]
    Unreachable {
        /// The URL.
        url: String,
        /// The transport error.
        detail: String,
    },
    /// The collector refused a batch.
    #[error("the collector refused the batch ({status}): {body}")]
    Refused {
        /// HTTP status.
        status: u16,
        /// Its reason.
        body: String,
    },
    /// The cursor file cannot be written.
    #[error("cannot write the ship cursor {path}: {source}")]
    Cursor {
        /// The file.
        path: String,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
}

/// Where shipping stopped, per collector.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Cursor {
    /// The collector's URL.
    pub collector: String,
    /// The last sequence number acknowledged.
    pub seq: u64,
    /// The size of the last checkpoint acknowledged.
    #[serde(default)]
    pub checkpoint: u64,
}

/// What one run shipped.
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct ShipReport {
    /// The device ID.
    pub device: String,
    /// Lines sent (including re-sends).
    pub sent: usize,
    /// New rows at the collector.
    pub accepted: usize,
    /// Lines the collector already had.
    pub duplicates: usize,
    /// Chain issues the collector reported.
    pub issues: Vec<serde_json::Value>,
    /// The cursor after the run.
    pub cursor: u64,
    /// Checkpoints sent.
    pub checkpoints_sent: usize,
    /// Records 1..verified_size are covered by a checkpoint the collector
    /// checked against what it stored.
    pub verified_size: u64,
}

/// Ships a journal directory's records to a collector.
#[derive(Debug)]
pub struct Shipper {
    /// The journal directory (`$STATE/journal`).
    pub journal_dir: PathBuf,
    /// The collector's base URL (`http://127.0.0.1:4318`).
    pub collector: String,
    /// The bearer token for this device.
    pub token: String,
    /// Lines per request.
    pub batch: usize,
}

impl Shipper {
    fn cursor_path(&self) -> PathBuf {
        self.journal_dir.join("ship-cursor.json")
    }

    /// The saved cursor (0 when none, or when it was for another collector).
    pub fn cursor(&self) -> u64 {
        self.saved().seq
    }

    fn saved(&self) -> Cursor {
        fs::read_to_string(self.cursor_path())
            .ok()
            .and_then(|t| serde_json::from_str::<Cursor>(&t).ok())
            .filter(|c| c.collector == self.collector)
            .unwrap_or_default()
    }

    fn save_cursor(&self, seq: u64, checkpoint: u64) -> Result<(), ShipError> {
        let path = self.cursor_path();
        let err = |source| ShipError::Cursor {
            path: path.display().to_string(),
            source,
        };
        let tmp = self.journal_dir.join("ship-cursor.json.tmp");
        let text = serde_json::to_string(&Cursor {
            collector: self.collector.clone(),
            seq,
            checkpoint,
        })
        .unwrap_or_default();
        let mut f = fs::File::create(&tmp).map_err(err)?;
        f.write_all(text.as_bytes())
            .and_then(|()| f.sync_data())
            .map_err(err)?;
        fs::rename(&tmp, &path).map_err(err)
    }

    /// Sends everything after the cursor; returns what was shipped.
    pub fn ship_once(&self) -> Result<ShipReport, ShipError> {
        let journal = Journal::open(&self.journal_dir, JournalConfig::default())?;
        let key = DeviceKey::load_or_create(&self.journal_dir)?;
        let device = key.id().to_owned();
        let saved = self.saved();
        let start = saved.seq;
        let mut lines = journal_lines_after(&journal, start)?;
        // Sign the newest records first, so that they reach the collector
        // covered by a checkpoint (the hook signs every `checkpoint_every`
        // records and at session ends; records written since are not).
        let newest = lines.last().map_or(start, |(seq, _)| *seq);
        if newest > last_checkpoint(&self.journal_dir).map_or(0, |c| c.size) {
            journal.checkpoint()?;
            // A checkpoint may rotate the file, and the hook may have added
            // records meanwhile: read again.
            lines = journal_lines_after(&journal, start)?;
        }
        let checkpoints = checkpoints_after(&self.journal_dir, saved.checkpoint)?;
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(30)))
            .build()
            .into();
        let url = format!("{}/v1/journal", self.collector.trim_end_matches('/'));
        let mut report = ShipReport {
            device: device.clone(),
            cursor: start,
            ..ShipReport::default()
        };
        let mut acked_checkpoint = saved.checkpoint;
        let verifier_key = key.verifier_key();
        // One request per chunk of lines; a run with no new lines but an
        // unsent checkpoint still sends one (empty) batch.
        let mut chunks: Vec<&[(u64, String)]> = lines.chunks(self.batch.max(1)).collect();
        if chunks.is_empty() && checkpoints.iter().any(|c| c.size <= start) {
            chunks.push(&[]);
        }
        for chunk in chunks {
            let last = chunk.last().map_or(report.cursor, |(seq, _)| *seq);
            // A damaged line would make the collector refuse the whole
            // batch; it stays local, where `audit verify` reports it.
            let good: Vec<&String> = chunk
                .iter()
                .filter(|(_, l)| serde_json::from_str::<Entry>(l).is_ok())
                .map(|(_, l)| l)
                .collect();
            // The checkpoints whose records have all been sent by now.
            let notes: Vec<&str> = checkpoints
                .iter()
                .filter(|c| c.size > acked_checkpoint && c.size <= last)
                .map(|c| c.note.as_str())
                .collect();
            let newest_note = checkpoints
                .iter()
                .filter(|c| c.size > acked_checkpoint && c.size <= last)
                .map(|c| c.size)
                .max();
            let mut body = json!({
                "device": device,
                "lines": good,
            });
            if !notes.is_empty() {
                body["key"] = json!(verifier_key);
                body["checkpoints"] = json!(notes);
            }
            let mut resp = agent
                .post(&url)
                .header("Authorization", format!("Bearer {}", self.token))
                .header("Content-Type", "application/json")
                .send(body.to_string())
                .map_err(|e| ShipError::Unreachable {
                    url: url.clone(),
                    detail: e.to_string(),
                })?;
            let status = resp.status().as_u16();
            let text = resp.body_mut().read_to_string().unwrap_or_default();
            if status != 200 {
                return Err(ShipError::Refused { status, body: text });
            }
            let ack: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
            report.sent += good.len();
            report.checkpoints_sent += notes.len();
            report.accepted += ack["accepted"].as_u64().unwrap_or(0) as usize;
            report.duplicates += ack["duplicates"].as_u64().unwrap_or(0) as usize;
            report.verified_size = ack["checkpoints"]["verified_size"]
                .as_u64()
                .unwrap_or(report.verified_size);
            if let Some(issues) = ack["issues"].as_array() {
                report.issues.extend(issues.iter().cloned());
            }
            // Acknowledged: only now does the cursor move.
            acked_checkpoint = newest_note.unwrap_or(acked_checkpoint);
            self.save_cursor(last, acked_checkpoint)?;
            report.cursor = last;
        }
        Ok(report)
    }
}

/// The newest stored checkpoint, if any.
fn last_checkpoint(dir: &Path) -> Option<StoredCheckpoint> {
    checkpoints_after(dir, 0).ok()?.pop()
}

/// Stored checkpoints with size > `after`, in file order. A damaged line is
/// skipped here (`audit verify` names it).
fn checkpoints_after(dir: &Path, after: u64) -> Result<Vec<StoredCheckpoint>, ShipError> {
    let path = dir.join(agentgate_journal::CHECKPOINTS);
    let text = match fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => {
            return Err(ShipError::Journal(agentgate_journal::JournalError::Io {
                path: path.display().to_string(),
                source,
            }))
        }
    };
    Ok(text
        .lines()
        .filter_map(|l| serde_json::from_str::<StoredCheckpoint>(l).ok())
        .filter(|c| c.size > after)
        .collect())
}

/// The raw lines (as written, so hashes match) with sequence > `after`.
fn journal_lines_after(j: &Journal, after: u64) -> Result<Vec<(u64, String)>, ShipError> {
    let mut files = j.rotated_segments()?;
    files.push(j.path());
    let mut out = Vec::new();
    for f in files {
        let text = match fs::read_to_string(&f) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(source) => {
                return Err(ShipError::Journal(agentgate_journal::JournalError::Io {
                    path: f.display().to_string(),
                    source,
                }))
            }
        };
        // Only whole lines: a line being written has no newline yet.
        let whole = match text.rfind('\n') {
            Some(i) => &text[..=i],
            None => "",
        };
        for line in whole.lines().filter(|l| !l.is_empty()) {
            // The journal writes `{"seq":N,` first: lines are picked by that
            // prefix, without parsing them whole (a long journal, a small
            // tail). Each line is checked in full just before it is sent.
            match leading_seq(line) {
                Some(seq) if seq > after => out.push((seq, line.to_owned())),
                Some(_) => {}
                // Torn or damaged: not shipped; `audit verify` names it.
                None => {}
            }
        }
    }
    Ok(out)
}

/// The journal directory's device ID (creating the key if needed).
pub fn device_id(journal_dir: &Path) -> Result<String, ShipError> {
    Ok(DeviceKey::load_or_create(journal_dir)?.id().to_owned())
}
