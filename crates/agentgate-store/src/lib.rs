//! The collector's store.
//!
//! - **Journal records**, keyed by (device, seq). Ingest is idempotent: a
//!   record sent again is a duplicate, not a second row. Each record's `prev`
//!   is checked against the stored predecessor, so a device's chain is
//!   verified across batches: a missing predecessor is a *gap*, a record that
//!   does not chain, or a second, different record for a taken (device, seq),
//!   is a *fork*. Forks are reported and the first record kept.
//! - **Telemetry**: Claude Code's OTLP log events, idempotent by content
//!   digest, joined to hook records by session and `tool_use_id`.
//!
//! SQLite (WAL, one writer) is the embedded default.

pub mod checkpoint;
pub mod pg;

pub use checkpoint::{
    authenticate, CheckpointError, CheckpointReport, SignedCheckpoint, StoreAudit,
};
pub use pg::{PgError, PgStore};

use std::path::Path;

use agentgate_journal::{sha256_hex, Entry};
use agentgate_otlp::{LogEvent, MetricPoint};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use serde_json::{json, Value};

/// Store errors.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database failed.
    #[error("database error: {0}; check that the database file is writable and not corrupt")]
    Db(#[from] rusqlite::Error),
    /// A record sent for ingest is not a journal line.
    #[error("record {index} of the batch is not a journal line: {detail}")]
    BadRecord {
        /// Position in the batch.
        index: usize,
        /// What is wrong.
        detail: String,
    },
}

/// A chain problem seen at ingest.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ChainIssue {
    /// The device.
    pub device: String,
    /// Where.
    pub seq: u64,
    /// `gap` or `fork`.
    pub kind: String,
    /// What was seen.
    pub detail: String,
}

/// What an ingest did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct IngestReport {
    /// New rows stored.
    pub accepted: usize,
    /// Rows already stored, identical.
    pub duplicates: usize,
    /// Chain problems found by this batch.
    pub issues: Vec<ChainIssue>,
}

/// Filters for the audit view.
#[derive(Clone, Debug, Default)]
pub struct Query {
    /// Device.
    pub device: Option<String>,
    /// OS user or git email (substring).
    pub user: Option<String>,
    /// Repository remote (substring).
    pub repo: Option<String>,
    /// Session ID.
    pub session: Option<String>,
    /// Tool name.
    pub tool: Option<String>,
    /// Hook answer.
    pub decision: Option<String>,
    /// RFC 3339 lower bound (inclusive).
    pub since: Option<String>,
    /// RFC 3339 upper bound (exclusive).
    pub until: Option<String>,
    /// Most rows returned.
    pub limit: usize,
}

/// The embedded store.
#[derive(Debug)]
pub struct SqliteStore {
    conn: Connection,
}

const SCHEMA: &str = "
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS journal (
    device TEXT NOT NULL,
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL,
    prev TEXT NOT NULL,
    ts TEXT NOT NULL,
    event TEXT,
    session_id TEXT,
    tool_use_id TEXT,
    tool TEXT,
    answer TEXT,
    os_user TEXT,
    git_email TEXT,
    host TEXT,
    repo TEXT,
    branch TEXT,
    commit_id TEXT,
    cwd TEXT,
    config_digest TEXT,
    line TEXT NOT NULL,
    received_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    PRIMARY KEY (device, seq)
);
CREATE INDEX IF NOT EXISTS journal_session ON journal(session_id);
CREATE INDEX IF NOT EXISTS journal_tool_use ON journal(tool_use_id);
CREATE INDEX IF NOT EXISTS journal_ts ON journal(ts);
CREATE TABLE IF NOT EXISTS chain_issues (
    device TEXT NOT NULL,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    detail TEXT NOT NULL,
    seen_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    resolved INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (device, seq, kind)
);
CREATE TABLE IF NOT EXISTS telemetry (
    digest TEXT PRIMARY KEY,
    time_ns INTEGER NOT NULL,
    name TEXT NOT NULL,
    session_id TEXT,
    tool_use_id TEXT,
    tool_name TEXT,
    source TEXT NOT NULL,
    event TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS telemetry_session ON telemetry(session_id);
CREATE INDEX IF NOT EXISTS telemetry_tool_use ON telemetry(tool_use_id);
CREATE TABLE IF NOT EXISTS forward_cursors (
    destination TEXT PRIMARY KEY,
    last_rowid INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS checkpoints (
    device TEXT NOT NULL,
    size INTEGER NOT NULL,
    root TEXT NOT NULL,
    head TEXT NOT NULL,
    note TEXT NOT NULL,
    status TEXT NOT NULL,
    received_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    PRIMARY KEY (device, size)
);
CREATE TABLE IF NOT EXISTS device_trees (
    device TEXT PRIMARY KEY,
    key TEXT,
    size INTEGER NOT NULL DEFAULT 0,
    roots TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS metrics (
    digest TEXT PRIMARY KEY,
    time_ns INTEGER NOT NULL,
    name TEXT NOT NULL,
    session_id TEXT,
    value REAL NOT NULL,
    source TEXT NOT NULL,
    point TEXT NOT NULL
);
";

fn s<'a>(v: &'a Value, pointer: &str) -> Option<&'a str> {
    v.pointer(pointer).and_then(Value::as_str)
}

impl SqliteStore {
    /// Opens (creating) the database file.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        conn.execute_batch(SCHEMA)?;
        Ok(Self { conn })
    }

    /// An in-memory store (tests, benchmarks).
    pub fn in_memory() -> Result<Self, StoreError> {
        let conn = Connection::open_in_memory()?;
        conn.execute_batch(SCHEMA)?;
        Ok(Self { conn })
    }

    /// Stores a batch of journal lines from `device`, in one transaction:
    /// when this returns Ok, every line is durable (acknowledge after it).
    pub fn ingest_journal(
        &mut self,
        device: &str,
        lines: &[String],
    ) -> Result<IngestReport, StoreError> {
        let mut parsed = Vec::with_capacity(lines.len());
        for (index, line) in lines.iter().enumerate() {
            let e: Entry = serde_json::from_str(line).map_err(|e| StoreError::BadRecord {
                index,
                detail: e.to_string(),
            })?;
            if e.seq == 0 {
                return Err(StoreError::BadRecord {
                    index,
                    detail: "sequence numbers start at 1".into(),
                });
            }
            parsed.push((e, sha256_hex(line.as_bytes())));
        }
        let tx = self.conn.transaction()?;
        let mut report = IngestReport::default();
        for ((e, hash), line) in parsed.iter().zip(lines) {
            let seq = i64::try_from(e.seq).unwrap_or(i64::MAX);
            let existing: Option<String> = tx
                .query_row(
                    "SELECT hash FROM journal WHERE device = ?1 AND seq = ?2",
                    params![device, seq],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(h) = existing {
                if h == *hash {
                    report.duplicates += 1;
                } else {
                    report.issues.push(issue(
                        &tx,
                        device,
                        e.seq,
                        "fork",
                        format!("a second, different record {} arrived (stored {}, new {hash}); the first is kept", e.seq, &h[..12]),
                    )?);
                }
                continue;
            }
            // The predecessor, as stored.
            if e.seq > 1 {
                let prev: Option<String> = tx
                    .query_row(
                        "SELECT hash FROM journal WHERE device = ?1 AND seq = ?2",
                        params![device, seq - 1],
                        |r| r.get(0),
                    )
                    .optional()?;
                match prev {
                    None => {
                        let last: Option<i64> = tx.query_row(
                            "SELECT MAX(seq) FROM journal WHERE device = ?1 AND seq < ?2",
                            params![device, seq],
                            |r| r.get(0),
                        )?;
                        let from = last.map_or(1, |l| l + 1);
                        report.issues.push(issue(
                            &tx,
                            device,
                            e.seq,
                            "gap",
                            format!("records {from}..{} have not arrived", e.seq - 1),
                        )?);
                    }
                    Some(p) if p != e.prev => {
                        report.issues.push(issue(
                            &tx,
                            device,
                            e.seq,
                            "fork",
                            format!(
                                "record {} does not chain to the stored record {}: the device's journal was rewritten",
                                e.seq,
                                e.seq - 1
                            ),
                        )?);
                    }
                    Some(_) => {}
                }
            } else if e.prev != agentgate_journal::GENESIS {
                report.issues.push(issue(
                    &tx,
                    device,
                    1,
                    "fork",
                    "record 1 does not start from the genesis link".into(),
                )?);
            }
            let r = &e.record;
            tx.execute(
                "INSERT INTO journal (device, seq, hash, prev, ts, event, session_id, tool_use_id, tool, answer,
                    os_user, git_email, host, repo, branch, commit_id, cwd, config_digest, line)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
                params![
                    device,
                    seq,
                    hash,
                    e.prev,
                    e.ts,
                    s(r, "/event"),
                    s(r, "/session_id"),
                    s(r, "/tool_use_id"),
                    s(r, "/tool"),
                    s(r, "/answer"),
                    s(r, "/who/user"),
                    s(r, "/who/git_email"),
                    s(r, "/who/host"),
                    s(r, "/where/repo/remote"),
                    s(r, "/where/repo/branch"),
                    s(r, "/where/repo/commit"),
                    s(r, "/where/cwd"),
                    s(r, "/config/digest"),
                    line,
                ],
            )?;
            report.accepted += 1;
            // A gap this record fills is resolved.
            tx.execute(
                "UPDATE chain_issues SET resolved = 1 WHERE device = ?1 AND kind = 'gap' AND seq = ?2",
                params![device, seq + 1],
            )?;
            // A successor that arrived first must chain to this record.
            let next: Option<String> = tx
                .query_row(
                    "SELECT prev FROM journal WHERE device = ?1 AND seq = ?2",
                    params![device, seq + 1],
                    |r| r.get(0),
                )
                .optional()?;
            if next.is_some_and(|p| p != *hash) {
                report.issues.push(issue(
                    &tx,
                    device,
                    e.seq + 1,
                    "fork",
                    format!(
                        "the stored record {} does not chain to record {}: the device's journal was rewritten",
                        e.seq + 1,
                        e.seq
                    ),
                )?);
            }
        }
        tx.commit()?;
        Ok(report)
    }

    /// Stores telemetry events, idempotently; returns how many were new.
    pub fn ingest_logs(&mut self, source: &str, events: &[LogEvent]) -> Result<usize, StoreError> {
        let tx = self.conn.transaction()?;
        let mut n = 0;
        for e in events {
            let text = serde_json::to_string(e).unwrap_or_default();
            let digest = sha256_hex(text.as_bytes());
            n += tx.execute(
                "INSERT OR IGNORE INTO telemetry (digest, time_ns, name, session_id, tool_use_id, tool_name, source, event)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    digest,
                    i64::try_from(e.time_unix_nano).unwrap_or(i64::MAX),
                    e.name,
                    e.attr("session.id"),
                    e.attr("tool_use_id"),
                    e.attr("tool_name"),
                    source,
                    text
                ],
            )?;
        }
        tx.commit()?;
        Ok(n)
    }

    /// Stores metric points, idempotently; returns how many were new.
    pub fn ingest_metrics(
        &mut self,
        source: &str,
        points: &[MetricPoint],
    ) -> Result<usize, StoreError> {
        let tx = self.conn.transaction()?;
        let mut n = 0;
        for p in points {
            let text = serde_json::to_string(p).unwrap_or_default();
            let digest = sha256_hex(text.as_bytes());
            let session = p
                .attributes
                .get("session.id")
                .or_else(|| p.resource.get("session.id"))
                .and_then(Value::as_str);
            n += tx.execute(
                "INSERT OR IGNORE INTO metrics (digest, time_ns, name, session_id, value, source, point)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    digest,
                    i64::try_from(p.time_unix_nano).unwrap_or(i64::MAX),
                    p.name,
                    session,
                    p.value,
                    source,
                    text
                ],
            )?;
        }
        tx.commit()?;
        Ok(n)
    }

    /// The audit view: hook records matching `q`, newest last, each with the
    /// Claude Code telemetry of the same tool call (`tool_use_id`).
    pub fn query(&self, q: &Query) -> Result<Vec<Value>, StoreError> {
        let (sql, args) = q.sql(Dialect::Sqlite);
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        let mut out = Vec::new();
        let mut tel = self
            .conn
            .prepare("SELECT event FROM telemetry WHERE tool_use_id = ?1 ORDER BY time_ns")?;
        for row in rows {
            let (device, seq, line) = row?;
            let entry: Value = serde_json::from_str(&line).unwrap_or(Value::Null);
            let mut events = Vec::new();
            if let Some(t) = s(&entry, "/record/tool_use_id") {
                for ev in tel.query_map(params![t], |r| r.get::<_, String>(0))? {
                    events.push(ev?);
                }
            }
            out.push(joined_row(device, seq, &entry, &events));
        }
        Ok(out)
    }

    /// Every telemetry event of a session, in time order.
    pub fn session_telemetry(&self, session: &str) -> Result<Vec<Value>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT event FROM telemetry WHERE session_id = ?1 ORDER BY time_ns")?;
        let rows = stmt.query_map(params![session], |r| r.get::<_, String>(0))?;
        let mut out = Vec::new();
        for r in rows {
            out.push(serde_json::from_str(&r?).unwrap_or(Value::Null));
        }
        Ok(out)
    }

    /// Open chain issues (gaps not filled, forks).
    pub fn chain_issues(&self, device: Option<&str>) -> Result<Vec<ChainIssue>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT device, seq, kind, detail FROM chain_issues
             WHERE resolved = 0 AND (?1 IS NULL OR device = ?1) ORDER BY device, seq",
        )?;
        let rows = stmt.query_map(params![device], |r| {
            Ok(ChainIssue {
                device: r.get(0)?,
                seq: u64::try_from(r.get::<_, i64>(1)?).unwrap_or(0),
                kind: r.get(2)?,
                detail: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// The highest sequence stored for a device with nothing missing below
    /// it (where a resumed shipper may start).
    pub fn contiguous_seq(&self, device: &str) -> Result<u64, StoreError> {
        // Walk from 1 while rows are consecutive; devices ship in order, so
        // this is the count unless a gap exists.
        let n: i64 = self.conn.query_row(
            "SELECT COUNT(*) FROM journal WHERE device = ?1",
            params![device],
            |r| r.get(0),
        )?;
        let max: Option<i64> = self.conn.query_row(
            "SELECT MAX(seq) FROM journal WHERE device = ?1",
            params![device],
            |r| r.get(0),
        )?;
        if max == Some(n) {
            return Ok(u64::try_from(n).unwrap_or(0));
        }
        // The end of the first run: the smallest stored seq whose successor
        // is missing (0 when record 1 itself is missing).
        let has_first: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM journal WHERE device = ?1 AND seq = 1)",
            params![device],
            |r| r.get(0),
        )?;
        if !has_first {
            return Ok(0);
        }
        let first_gap: Option<i64> = self.conn.query_row(
            "SELECT MIN(seq) FROM journal j WHERE device = ?1
             AND NOT EXISTS (SELECT 1 FROM journal n WHERE n.device = j.device AND n.seq = j.seq + 1)",
            params![device],
            |r| r.get(0),
        )?;
        Ok(first_gap.map_or(0, |g| u64::try_from(g).unwrap_or(0)))
    }
}

impl SqliteStore {
    /// Journal rows stored after `rowid`, in storage order (for forwarding):
    /// (rowid, device, line).
    pub fn journal_after(
        &self,
        rowid: i64,
        limit: usize,
    ) -> Result<Vec<(i64, String, String)>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT rowid, device, line FROM journal WHERE rowid > ?1 ORDER BY rowid LIMIT ?2",
        )?;
        let rows = stmt.query_map(
            params![rowid, i64::try_from(limit).unwrap_or(i64::MAX)],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// Telemetry rows stored after `rowid`, in storage order (for
    /// forwarding): (rowid, event JSON).
    pub fn telemetry_after(
        &self,
        rowid: i64,
        limit: usize,
    ) -> Result<Vec<(i64, String)>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT rowid, event FROM telemetry WHERE rowid > ?1 ORDER BY rowid LIMIT ?2",
        )?;
        let rows = stmt.query_map(
            params![rowid, i64::try_from(limit).unwrap_or(i64::MAX)],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// Where forwarding to `destination` stopped (0: nothing sent yet).
    pub fn forward_cursor(&self, destination: &str) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT last_rowid FROM forward_cursors WHERE destination = ?1",
                params![destination],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or(0))
    }

    /// Records that everything up to `rowid` reached `destination`.
    pub fn set_forward_cursor(&self, destination: &str, rowid: i64) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO forward_cursors (destination, last_rowid) VALUES (?1, ?2)
             ON CONFLICT(destination) DO UPDATE SET last_rowid = excluded.last_rowid",
            params![destination, rowid],
        )?;
        Ok(())
    }
}

impl SqliteStore {
    /// Stores a device's signed checkpoints (already authenticated by
    /// [`authenticate`]) and checks each against the stored records; also
    /// re-checks the device's checkpoints that were waiting for records.
    pub fn ingest_checkpoints(
        &mut self,
        device: &str,
        key: Option<&str>,
        cps: &[SignedCheckpoint],
    ) -> Result<CheckpointReport, StoreError> {
        use checkpoint::{Verdict, MISMATCH, PENDING, VERIFIED};
        let tx = self.conn.transaction()?;
        if let Some(k) = key {
            tx.execute(
                "INSERT INTO device_trees (device, key) VALUES (?1, ?2)
                 ON CONFLICT(device) DO UPDATE SET key = excluded.key",
                params![device, k],
            )?;
        }
        let mut work: Vec<SignedCheckpoint> = cps.to_vec();
        {
            let mut stmt = tx.prepare(
                "SELECT size, root, head, note FROM checkpoints WHERE device = ?1 AND status = ?2",
            )?;
            let rows = stmt.query_map(params![device, PENDING], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                ))
            })?;
            for row in rows {
                let (size, root, head, note) = row?;
                if let Some(c) =
                    checkpoint::stored(u64::try_from(size).unwrap_or(0), &root, head, note)
                {
                    work.push(c);
                }
            }
        }
        work.sort_by_key(|c| c.size);
        let mut report = CheckpointReport::default();
        for c in &work {
            let size = i64::try_from(c.size).unwrap_or(i64::MAX);
            let root = checkpoint::root_hex(c);
            let existing: Option<(String, String, String)> = tx
                .query_row(
                    "SELECT root, head, status FROM checkpoints WHERE device = ?1 AND size = ?2",
                    params![device, size],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            if let Some((r, h, status)) = &existing {
                if *r != root || *h != c.head {
                    report.issues.push(issue(
                        &tx,
                        device,
                        c.size,
                        "checkpoint-fork",
                        checkpoint::equivocation(c.size),
                    )?);
                    continue;
                }
                if status != PENDING {
                    continue;
                }
            }
            let (tree_size, roots): (i64, String) = tx
                .query_row(
                    "SELECT size, roots FROM device_trees WHERE device = ?1",
                    params![device],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?
                .unwrap_or((0, "[]".into()));
            let tree_size = u64::try_from(tree_size).unwrap_or(0);
            let base = match checkpoint::frontier_from_text(tree_size, &roots) {
                Some(f) if f.size() < c.size => f,
                _ => agentgate_journal::Frontier::new(),
            };
            let mut stmt = tx.prepare_cached(
                "SELECT seq, line FROM journal WHERE device = ?1 AND seq > ?2 AND seq <= ?3 ORDER BY seq",
            )?;
            let lines = stmt
                .query_map(
                    params![device, i64::try_from(base.size()).unwrap_or(0), size],
                    |r| Ok((u64::try_from(r.get::<_, i64>(0)?).unwrap_or(0), r.get(1)?)),
                )?
                .collect::<Result<Vec<(u64, String)>, _>>()?;
            drop(stmt);
            let status = match checkpoint::judge(c, base, &lines) {
                Verdict::Verified(f) => {
                    report.verified += 1;
                    if f.size() > tree_size {
                        tx.execute(
                            "INSERT INTO device_trees (device, size, roots) VALUES (?1, ?2, ?3)
                             ON CONFLICT(device) DO UPDATE SET size = excluded.size, roots = excluded.roots",
                            params![
                                device,
                                i64::try_from(f.size()).unwrap_or(i64::MAX),
                                checkpoint::frontier_to_text(&f)
                            ],
                        )?;
                    }
                    VERIFIED
                }
                Verdict::Pending(_) => {
                    report.pending += 1;
                    PENDING
                }
                Verdict::Mismatch(why) => {
                    report
                        .issues
                        .push(issue(&tx, device, c.size, "checkpoint", why)?);
                    MISMATCH
                }
            };
            tx.execute(
                "INSERT INTO checkpoints (device, size, root, head, note, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT(device, size) DO UPDATE SET status = excluded.status",
                params![device, size, root, c.head, c.note, status],
            )?;
        }
        report.verified_size = tx
            .query_row(
                "SELECT size FROM device_trees WHERE device = ?1",
                params![device],
                |r| r.get::<_, i64>(0),
            )
            .optional()?
            .map_or(0, |s| u64::try_from(s).unwrap_or(0));
        tx.commit()?;
        Ok(report)
    }

    /// Re-checks everything stored for `device` (see [`StoreAudit`]); one
    /// pass over its rows.
    pub fn audit_device(&self, device: &str) -> Result<StoreAudit, StoreError> {
        let mut cps = self.conn.prepare(
            "SELECT size, root, head FROM checkpoints WHERE device = ?1 AND status = 'verified'",
        )?;
        let cps = cps
            .query_map(params![device], |r| {
                Ok((
                    u64::try_from(r.get::<_, i64>(0)?).unwrap_or(0),
                    r.get(1)?,
                    r.get(2)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut walk = checkpoint::Reverifier::new(device, cps);
        let mut stmt = self
            .conn
            .prepare("SELECT seq, hash, prev, line FROM journal WHERE device = ?1 ORDER BY seq")?;
        let mut rows = stmt.query(params![device])?;
        while let Some(r) = rows.next()? {
            let seq = u64::try_from(r.get::<_, i64>(0)?).unwrap_or(0);
            let (hash, prev, line): (String, String, String) = (r.get(1)?, r.get(2)?, r.get(3)?);
            walk.push(seq, &hash, &prev, &line);
        }
        Ok(walk.finish())
    }

    /// Every device that shipped records, with how far its signed
    /// checkpoints have been verified.
    pub fn devices(&self) -> Result<Vec<DeviceSummary>, StoreError> {
        let mut stmt = self.conn.prepare(DEVICES_SQL)?;
        let rows = stmt.query_map([], |r| {
            Ok(DeviceSummary {
                device: r.get(0)?,
                records: u64::try_from(r.get::<_, i64>(1)?).unwrap_or(0),
                last_seq: u64::try_from(r.get::<_, i64>(2)?).unwrap_or(0),
                verified_size: u64::try_from(r.get::<_, i64>(3)?).unwrap_or(0),
                pending_checkpoints: u64::try_from(r.get::<_, i64>(4)?).unwrap_or(0),
                key: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }
}

/// Per-device summary; the same SQL runs on both stores.
pub(crate) const DEVICES_SQL: &str = "SELECT j.device, COUNT(*), MAX(j.seq),
        COALESCE((SELECT t.size FROM device_trees t WHERE t.device = j.device), 0),
        (SELECT COUNT(*) FROM checkpoints c WHERE c.device = j.device AND c.status = 'pending'),
        (SELECT t.key FROM device_trees t WHERE t.device = j.device)
     FROM journal j GROUP BY j.device ORDER BY j.device";

/// One device as the collector sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DeviceSummary {
    /// The device ID.
    pub device: String,
    /// Records stored.
    pub records: u64,
    /// The highest sequence stored.
    pub last_seq: u64,
    /// Records 1..verified_size match a checkpoint the device signed.
    pub verified_size: u64,
    /// Checkpoints waiting for records.
    pub pending_checkpoints: u64,
    /// The device's verifier key, once it sent one.
    pub key: Option<String>,
}

/// SQL spelling differences between the two stores.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Dialect {
    Sqlite,
    Postgres,
}

impl Query {
    /// The audit view's SQL (device, seq, line of each matching journal row)
    /// and its arguments, in the store's dialect.
    pub(crate) fn sql(&self, d: Dialect) -> (String, Vec<String>) {
        let (contains, placeholder) = match d {
            Dialect::Sqlite => ("instr", '?'),
            Dialect::Postgres => ("strpos", '$'),
        };
        let mut sql = String::from("SELECT device, seq, line FROM journal WHERE 1 = 1");
        let mut args: Vec<String> = Vec::new();
        let mut add = |cond: &str, v: &String| {
            args.push(v.clone());
            sql.push_str(
                &cond
                    .replace("CONTAINS", contains)
                    .replace('?', &format!("{placeholder}{}", args.len())),
            );
        };
        if let Some(v) = &self.device {
            add(" AND device = ?", v);
        }
        if let Some(v) = &self.user {
            add(" AND (CONTAINS(os_user, ?) > 0", v);
            add(" OR CONTAINS(git_email, ?) > 0)", v);
        }
        if let Some(v) = &self.repo {
            add(" AND CONTAINS(repo, ?) > 0", v);
        }
        if let Some(v) = &self.session {
            add(" AND session_id = ?", v);
        }
        if let Some(v) = &self.tool {
            add(" AND lower(tool) = lower(?)", v);
        }
        if let Some(v) = &self.decision {
            add(" AND answer = ?", v);
        }
        if let Some(v) = &self.since {
            add(" AND ts >= ?", v);
        }
        if let Some(v) = &self.until {
            add(" AND ts < ?", v);
        }
        let limit = if self.limit == 0 {
            1000
        } else {
            self.limit.min(100_000)
        };
        sql.push_str(&format!(" ORDER BY ts, device, seq LIMIT {limit}"));
        (sql, args)
    }
}

/// One row of the audit view: the hook's record with the Claude Code
/// telemetry events (stored JSON) of the same tool call.
pub(crate) fn joined_row(device: String, seq: i64, entry: &Value, events: &[String]) -> Value {
    let claude: Vec<Value> = events
        .iter()
        .map(|ev| {
            let ev: Value = serde_json::from_str(ev).unwrap_or(Value::Null);
            json!({
                "name": ev["name"],
                "time_unix_nano": ev["time_unix_nano"],
                "attributes": ev["attributes"],
            })
        })
        .collect();
    json!({
        "device": device,
        "seq": seq,
        "ts": entry["ts"],
        "record": entry["record"],
        "claude_code": claude,
    })
}

fn issue(
    tx: &rusqlite::Transaction<'_>,
    device: &str,
    seq: u64,
    kind: &str,
    detail: String,
) -> Result<ChainIssue, StoreError> {
    tx.execute(
        "INSERT OR IGNORE INTO chain_issues (device, seq, kind, detail) VALUES (?1, ?2, ?3, ?4)",
        params![device, i64::try_from(seq).unwrap_or(i64::MAX), kind, detail],
    )?;
    Ok(ChainIssue {
        device: device.to_owned(),
        seq,
        kind: kind.to_owned(),
        detail,
    })
}
