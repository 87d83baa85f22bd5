//! PostgreSQL, for when one machine is not enough: several collector
//! replicas share one database. Ingest for a device is serialised across
//! replicas with a transaction-scoped advisory lock on the device, so the
//! chain checks see a consistent predecessor; (device, seq) stays the
//! primary key, so a race can never store a record twice.

use agentgate_journal::{sha256_hex, Entry};
use agentgate_otlp::{LogEvent, MetricPoint};
use serde_json::Value;
use tokio_postgres::{Client, NoTls};

use crate::checkpoint::{self, Verdict, MISMATCH, PENDING, VERIFIED};
use crate::{
    joined_row, ChainIssue, CheckpointReport, DeviceSummary, Dialect, IngestReport, Query,
    SignedCheckpoint, StoreAudit, DEVICES_SQL,
};

/// PostgreSQL errors.
#[derive(Debug, thiserror::Error)]
pub enum PgError {
    /// The server or a statement failed.
    #[error("PostgreSQL error: {0}; check the connection string and that the server is up")]
    Db(#[from] tokio_postgres::Error),
    /// A record sent for ingest is not a journal line.
    #[error("record {index} of the batch is not a journal line: {detail}")]
    BadRecord {
        /// Position in the batch.
        index: usize,
        /// What is wrong.
        detail: String,
    },
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS journal (
    id BIGSERIAL,
    device TEXT NOT NULL,
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL,
    prev TEXT NOT NULL,
    ts TEXT NOT NULL,
    event TEXT, session_id TEXT, tool_use_id TEXT, tool TEXT, answer TEXT,
    os_user TEXT, git_email TEXT, host TEXT, repo TEXT, branch TEXT, commit_id TEXT,
    cwd TEXT, config_digest TEXT,
    line TEXT NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (device, seq)
);
CREATE INDEX IF NOT EXISTS journal_session ON journal(session_id);
CREATE INDEX IF NOT EXISTS journal_tool_use ON journal(tool_use_id);
CREATE INDEX IF NOT EXISTS journal_ts ON journal(ts);
CREATE TABLE IF NOT EXISTS chain_issues (
    device TEXT NOT NULL, seq BIGINT NOT NULL, kind TEXT NOT NULL, detail TEXT NOT NULL,
    seen_at TIMESTAMPTZ NOT NULL DEFAULT now(), resolved BOOLEAN NOT NULL DEFAULT false,
    PRIMARY KEY (device, seq, kind)
);
CREATE TABLE IF NOT EXISTS telemetry (
    digest TEXT PRIMARY KEY, time_ns BIGINT NOT NULL, name TEXT NOT NULL,
    session_id TEXT, tool_use_id TEXT, tool_name TEXT, source TEXT NOT NULL, event TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS telemetry_session ON telemetry(session_id);
CREATE INDEX IF NOT EXISTS telemetry_tool_use ON telemetry(tool_use_id);
CREATE INDEX IF NOT EXISTS journal_id ON journal(id);
CREATE TABLE IF NOT EXISTS forward_done (
    destination TEXT NOT NULL, device TEXT NOT NULL, seq BIGINT NOT NULL,
    PRIMARY KEY (destination, device, seq)
);
CREATE TABLE IF NOT EXISTS forward_done_telemetry (
    destination TEXT NOT NULL, digest TEXT NOT NULL,
    PRIMARY KEY (destination, digest)
);
CREATE TABLE IF NOT EXISTS checkpoints (
    device TEXT NOT NULL, size BIGINT NOT NULL, root TEXT NOT NULL, head TEXT NOT NULL,
    note TEXT NOT NULL, status TEXT NOT NULL, received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (device, size)
);
CREATE TABLE IF NOT EXISTS device_trees (
    device TEXT PRIMARY KEY, key TEXT, size BIGINT NOT NULL DEFAULT 0, roots TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS metrics (
    digest TEXT PRIMARY KEY, time_ns BIGINT NOT NULL, name TEXT NOT NULL,
    session_id TEXT, value DOUBLE PRECISION NOT NULL, source TEXT NOT NULL, point TEXT NOT NULL
);
";

fn s<'a>(v: &'a Value, pointer: &str) -> Option<&'a str> {
    v.pointer(pointer).and_then(Value::as_str)
}

/// The PostgreSQL store.
#[derive(Debug)]
pub struct PgStore {
    client: tokio::sync::Mutex<Client>,
}

impl PgStore {
    /// Connects (`host=127.0.0.1 port=5432 user=agentgate dbname=agentgate`
    /// or a `postgres://` URL) and creates the schema if needed. Must be
    /// called inside a tokio runtime: the connection runs as a task.
    pub async fn connect(conninfo: &str) -> Result<Self, PgError> {
        let (client, connection) = tokio_postgres::connect(conninfo, NoTls).await?;
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                eprintln!("agentgate: PostgreSQL connection ended: {e}");
            }
        });
        // The schema is made once, under a lock (replicas starting together
        // race on the catalog). It is not re-run when present: DDL on a live
        // table takes locks that deadlock with ingest transactions upgrading
        // from reads to writes.
        let check =
            "SELECT to_regclass('forward_done') IS NOT NULL AND to_regclass('metrics') IS NOT NULL
             AND to_regclass('device_trees') IS NOT NULL
             AND to_regclass('forward_done_telemetry') IS NOT NULL";
        let mut client = client;
        if !client.query_one(check, &[]).await?.get::<_, bool>(0) {
            let tx = client.transaction().await?;
            tx.execute("SELECT pg_advisory_xact_lock(7263514)", &[])
                .await?;
            // Checked again under the lock: another replica may have just
            // made it.
            if !tx.query_one(check, &[]).await?.get::<_, bool>(0) {
                tx.batch_execute(SCHEMA).await?;
            }
            tx.commit().await?;
        }
        Ok(Self {
            client: tokio::sync::Mutex::new(client),
        })
    }

    /// As [`crate::SqliteStore::ingest_journal`]; safe to run from several
    /// replicas at once.
    pub async fn ingest_journal(
        &self,
        device: &str,
        lines: &[String],
    ) -> Result<IngestReport, PgError> {
        let mut parsed = Vec::with_capacity(lines.len());
        for (index, line) in lines.iter().enumerate() {
            let e: Entry = serde_json::from_str(line).map_err(|e| PgError::BadRecord {
                index,
                detail: e.to_string(),
            })?;
            if e.seq == 0 {
                return Err(PgError::BadRecord {
                    index,
                    detail: "sequence numbers start at 1".into(),
                });
            }
            parsed.push((e, sha256_hex(line.as_bytes())));
        }
        let mut client = self.client.lock().await;
        let tx = client.transaction().await?;
        tx.execute("SELECT pg_advisory_xact_lock(hashtext($1))", &[&device])
            .await?;
        let mut report = IngestReport::default();
        let hash_at = |seq: i64| {
            let tx = &tx;
            async move {
                tx.query_opt(
                    "SELECT hash, prev FROM journal WHERE device = $1 AND seq = $2",
                    &[&device, &seq],
                )
                .await
                .map(|r| r.map(|r| (r.get::<_, String>(0), r.get::<_, String>(1))))
            }
        };
        for ((e, hash), line) in parsed.iter().zip(lines) {
            let seq = i64::try_from(e.seq).unwrap_or(i64::MAX);
            if let Some((h, _)) = hash_at(seq).await? {
                if h == *hash {
                    report.duplicates += 1;
                } else {
                    report.issues.push(
                        issue(
                            &tx,
                            device,
                            e.seq,
                            "fork",
                            format!(
                                "a second, different record {} arrived; the first is kept",
                                e.seq
                            ),
                        )
                        .await?,
                    );
                }
                continue;
            }
            if e.seq > 1 {
                match hash_at(seq - 1).await? {
                    None => {
                        let last: Option<i64> = tx
                            .query_one(
                                "SELECT MAX(seq) FROM journal WHERE device = $1 AND seq < $2",
                                &[&device, &seq],
                            )
                            .await?
                            .get(0);
                        let from = last.map_or(1, |l| l + 1);
                        report.issues.push(
                            issue(
                                &tx,
                                device,
                                e.seq,
                                "gap",
                                format!("records {from}..{} have not arrived", e.seq - 1),
                            )
                            .await?,
                        );
                    }
                    Some((p, _)) if p != e.prev => {
                        report.issues.push(
                            issue(&tx, device, e.seq, "fork", format!("record {} does not chain to the stored record {}: the device's journal was rewritten", e.seq, e.seq - 1)).await?,
                        );
                    }
                    Some(_) => {}
                }
            } else if e.prev != agentgate_journal::GENESIS {
                report.issues.push(
                    issue(
                        &tx,
                        device,
                        1,
                        "fork",
                        "record 1 does not start from the genesis link".into(),
                    )
                    .await?,
                );
            }
            let r = &e.record;
            tx.execute(
                "INSERT INTO journal (device, seq, hash, prev, ts, event, session_id, tool_use_id, tool, answer,
                    os_user, git_email, host, repo, branch, commit_id, cwd, config_digest, line)
                 VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19)",
                &[
                    &device, &seq, hash, &e.prev, &e.ts,
                    &s(r, "/event"), &s(r, "/session_id"), &s(r, "/tool_use_id"), &s(r, "/tool"), &s(r, "/answer"),
                    &s(r, "/who/user"), &s(r, "/who/git_email"), &s(r, "/who/host"),
                    &s(r, "/where/repo/remote"), &s(r, "/where/repo/branch"), &s(r, "/where/repo/commit"),
                    &s(r, "/where/cwd"), &s(r, "/config/digest"), line,
                ],
            )
            .await?;
            report.accepted += 1;
            tx.execute(
                "UPDATE chain_issues SET resolved = true WHERE device = $1 AND kind = 'gap' AND seq = $2",
                &[&device, &(seq + 1)],
            )
            .await?;
            if let Some((_, next_prev)) = hash_at(seq + 1).await? {
                if next_prev != *hash {
                    report.issues.push(
                        issue(&tx, device, e.seq + 1, "fork", format!("the stored record {} does not chain to record {}: the device's journal was rewritten", e.seq + 1, e.seq)).await?,
                    );
                }
            }
        }
        tx.commit().await?;
        Ok(report)
    }

    /// As [`crate::SqliteStore::ingest_logs`].
    pub async fn ingest_logs(&self, source: &str, events: &[LogEvent]) -> Result<usize, PgError> {
        let mut client = self.client.lock().await;
        let tx = client.transaction().await?;
        let stmt = tx
            .prepare(
                "INSERT INTO telemetry (digest, time_ns, name, session_id, tool_use_id, tool_name, source, event)
                 VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT (digest) DO NOTHING",
            )
            .await?;
        let mut n = 0;
        for e in events {
            let text = serde_json::to_string(e).unwrap_or_default();
            let digest = sha256_hex(text.as_bytes());
            let t = i64::try_from(e.time_unix_nano).unwrap_or(i64::MAX);
            n += tx
                .execute(
                    &stmt,
                    &[
                        &digest,
                        &t,
                        &e.name,
                        &e.attr("session.id"),
                        &e.attr("tool_use_id"),
                        &e.attr("tool_name"),
                        &source,
                        &text,
                    ],
                )
                .await?;
        }
        tx.commit().await?;
        Ok(usize::try_from(n).unwrap_or(usize::MAX))
    }

    /// As [`crate::SqliteStore::ingest_metrics`].
    pub async fn ingest_metrics(
        &self,
        source: &str,
        points: &[MetricPoint],
    ) -> Result<usize, PgError> {
        let mut client = self.client.lock().await;
        let tx = client.transaction().await?;
        let stmt = tx
            .prepare(
                "INSERT INTO metrics (digest, time_ns, name, session_id, value, source, point)
                 VALUES ($1,$2,$3,$4,$5,$6,$7) ON CONFLICT (digest) DO NOTHING",
            )
            .await?;
        let mut n = 0;
        for p in points {
            let text = serde_json::to_string(p).unwrap_or_default();
            let digest = sha256_hex(text.as_bytes());
            let t = i64::try_from(p.time_unix_nano).unwrap_or(i64::MAX);
            let session = p
                .attributes
                .get("session.id")
                .or_else(|| p.resource.get("session.id"))
                .and_then(Value::as_str);
            n += tx
                .execute(
                    &stmt,
                    &[&digest, &t, &p.name, &session, &p.value, &source, &text],
                )
                .await?;
        }
        tx.commit().await?;
        Ok(usize::try_from(n).unwrap_or(usize::MAX))
    }

    /// As [`crate::SqliteStore::query`].
    pub async fn query(&self, q: &Query) -> Result<Vec<Value>, PgError> {
        let (sql, args) = q.sql(Dialect::Postgres);
        let client = self.client.lock().await;
        let params: Vec<&(dyn tokio_postgres::types::ToSql + Sync)> = args
            .iter()
            .map(|a| a as &(dyn tokio_postgres::types::ToSql + Sync))
            .collect();
        let rows = client.query(&sql, &params).await?;
        let tel = client
            .prepare("SELECT event FROM telemetry WHERE tool_use_id = $1 ORDER BY time_ns")
            .await?;
        let mut out = Vec::new();
        for row in rows {
            let line: String = row.get(2);
            let entry: Value = serde_json::from_str(&line).unwrap_or(Value::Null);
            let mut events = Vec::new();
            if let Some(t) = s(&entry, "/record/tool_use_id") {
                for ev in client.query(&tel, &[&t]).await? {
                    events.push(ev.get::<_, String>(0));
                }
            }
            out.push(joined_row(row.get(0), row.get(1), &entry, &events));
        }
        Ok(out)
    }

    /// As [`crate::SqliteStore::session_telemetry`].
    pub async fn session_telemetry(&self, session: &str) -> Result<Vec<Value>, PgError> {
        let client = self.client.lock().await;
        let rows = client
            .query(
                "SELECT event FROM telemetry WHERE session_id = $1 ORDER BY time_ns",
                &[&session],
            )
            .await?;
        Ok(rows
            .iter()
            .map(|r| serde_json::from_str(&r.get::<_, String>(0)).unwrap_or(Value::Null))
            .collect())
    }

    /// As [`crate::SqliteStore::chain_issues`].
    pub async fn chain_issues(&self, device: Option<&str>) -> Result<Vec<ChainIssue>, PgError> {
        let client = self.client.lock().await;
        let rows = client
            .query(
                "SELECT device, seq, kind, detail FROM chain_issues
                 WHERE NOT resolved AND ($1::TEXT IS NULL OR device = $1) ORDER BY device, seq",
                &[&device],
            )
            .await?;
        Ok(rows
            .iter()
            .map(|r| ChainIssue {
                device: r.get(0),
                seq: u64::try_from(r.get::<_, i64>(1)).unwrap_or(0),
                kind: r.get(2),
                detail: r.get(3),
            })
            .collect())
    }

    /// Journal rows not yet delivered to `destination`: (id, device, seq,
    /// line). Rows are marked per (device, seq), not by a position, because
    /// replicas commit out of id order.
    pub async fn forward_pending(
        &self,
        destination: &str,
        limit: i64,
    ) -> Result<Vec<(i64, String, i64, String)>, PgError> {
        let client = self.client.lock().await;
        let rows = client
            .query(
                "SELECT id, device, seq, line FROM journal j WHERE NOT EXISTS (
                    SELECT 1 FROM forward_done f
                    WHERE f.destination = $1 AND f.device = j.device AND f.seq = j.seq)
                 ORDER BY id LIMIT $2",
                &[&destination, &limit],
            )
            .await?;
        Ok(rows
            .iter()
            .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3)))
            .collect())
    }

    /// Telemetry events not yet delivered to `destination`: (digest, event
    /// JSON), oldest first.
    pub async fn forward_telemetry_pending(
        &self,
        destination: &str,
        limit: i64,
    ) -> Result<Vec<(String, String)>, PgError> {
        let client = self.client.lock().await;
        let rows = client
            .query(
                "SELECT digest, event FROM telemetry t WHERE NOT EXISTS (
                    SELECT 1 FROM forward_done_telemetry f
                    WHERE f.destination = $1 AND f.digest = t.digest)
                 ORDER BY time_ns, digest LIMIT $2",
                &[&destination, &limit],
            )
            .await?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
    }

    /// Marks telemetry events delivered to `destination`.
    pub async fn forward_telemetry_done(
        &self,
        destination: &str,
        digests: &[String],
    ) -> Result<(), PgError> {
        let client = self.client.lock().await;
        client
            .execute(
                "INSERT INTO forward_done_telemetry (destination, digest)
                 SELECT $1, d FROM unnest($2::TEXT[]) AS d ON CONFLICT DO NOTHING",
                &[&destination, &digests],
            )
            .await?;
        Ok(())
    }

    /// Marks rows delivered to `destination`.
    pub async fn forward_done(
        &self,
        destination: &str,
        rows: &[(String, i64)],
    ) -> Result<(), PgError> {
        let mut client = self.client.lock().await;
        let tx = client.transaction().await?;
        let stmt = tx
            .prepare(
                "INSERT INTO forward_done (destination, device, seq) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            )
            .await?;
        for (device, seq) in rows {
            tx.execute(&stmt, &[&destination, device, seq]).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// As [`crate::SqliteStore::ingest_checkpoints`]; serialised per device
    /// across replicas by the same advisory lock as journal ingest.
    pub async fn ingest_checkpoints(
        &self,
        device: &str,
        key: Option<&str>,
        cps: &[SignedCheckpoint],
    ) -> Result<CheckpointReport, PgError> {
        let mut client = self.client.lock().await;
        let tx = client.transaction().await?;
        tx.execute("SELECT pg_advisory_xact_lock(hashtext($1))", &[&device])
            .await?;
        if let Some(k) = key {
            tx.execute(
                "INSERT INTO device_trees (device, key) VALUES ($1, $2)
                 ON CONFLICT (device) DO UPDATE SET key = excluded.key",
                &[&device, &k],
            )
            .await?;
        }
        let mut work: Vec<SignedCheckpoint> = cps.to_vec();
        for r in tx
            .query(
                "SELECT size, root, head, note FROM checkpoints WHERE device = $1 AND status = $2",
                &[&device, &PENDING],
            )
            .await?
        {
            let size = u64::try_from(r.get::<_, i64>(0)).unwrap_or(0);
            if let Some(c) = checkpoint::stored(size, r.get(1), r.get(2), r.get(3)) {
                work.push(c);
            }
        }
        work.sort_by_key(|c| c.size);
        let mut report = CheckpointReport::default();
        for c in &work {
            let size = i64::try_from(c.size).unwrap_or(i64::MAX);
            let root = checkpoint::root_hex(c);
            let existing = tx
                .query_opt(
                    "SELECT root, head, status FROM checkpoints WHERE device = $1 AND size = $2",
                    &[&device, &size],
                )
                .await?;
            if let Some(r) = existing {
                if r.get::<_, String>(0) != root || r.get::<_, String>(1) != c.head {
                    report.issues.push(
                        issue(
                            &tx,
                            device,
                            c.size,
                            "checkpoint-fork",
                            checkpoint::equivocation(c.size),
                        )
                        .await?,
                    );
                    continue;
                }
                if r.get::<_, String>(2) != PENDING {
                    continue;
                }
            }
            let (tree_size, roots) = tx
                .query_opt(
                    "SELECT size, roots FROM device_trees WHERE device = $1",
                    &[&device],
                )
                .await?
                .map_or((0, "[]".to_owned()), |r| (r.get::<_, i64>(0), r.get(1)));
            let tree_size = u64::try_from(tree_size).unwrap_or(0);
            let base = match checkpoint::frontier_from_text(tree_size, &roots) {
                Some(f) if f.size() < c.size => f,
                _ => agentgate_journal::Frontier::new(),
            };
            let from = i64::try_from(base.size()).unwrap_or(0);
            let lines: Vec<(u64, String)> = tx
                .query(
                    "SELECT seq, line FROM journal WHERE device = $1 AND seq > $2 AND seq <= $3 ORDER BY seq",
                    &[&device, &from, &size],
                )
                .await?
                .iter()
                .map(|r| (u64::try_from(r.get::<_, i64>(0)).unwrap_or(0), r.get(1)))
                .collect();
            let status = match checkpoint::judge(c, base, &lines) {
                Verdict::Verified(f) => {
                    report.verified += 1;
                    if f.size() > tree_size {
                        let fsize = i64::try_from(f.size()).unwrap_or(i64::MAX);
                        tx.execute(
                            "INSERT INTO device_trees (device, size, roots) VALUES ($1, $2, $3)
                             ON CONFLICT (device) DO UPDATE SET size = excluded.size, roots = excluded.roots",
                            &[&device, &fsize, &checkpoint::frontier_to_text(&f)],
                        )
                        .await?;
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
                        .push(issue(&tx, device, c.size, "checkpoint", why).await?);
                    MISMATCH
                }
            };
            tx.execute(
                "INSERT INTO checkpoints (device, size, root, head, note, status) VALUES ($1, $2, $3, $4, $5, $6)
                 ON CONFLICT (device, size) DO UPDATE SET status = excluded.status",
                &[&device, &size, &root, &c.head, &c.note, &status],
            )
            .await?;
        }
        report.verified_size = tx
            .query_opt(
                "SELECT size FROM device_trees WHERE device = $1",
                &[&device],
            )
            .await?
            .map_or(0, |r| u64::try_from(r.get::<_, i64>(0)).unwrap_or(0));
        tx.commit().await?;
        Ok(report)
    }

    /// As [`crate::SqliteStore::audit_device`]; rows are streamed, not
    /// loaded whole.
    pub async fn audit_device(&self, device: &str) -> Result<StoreAudit, PgError> {
        use futures_util::TryStreamExt;
        let client = self.client.lock().await;
        let cps = client
            .query(
                "SELECT size, root, head FROM checkpoints WHERE device = $1 AND status = 'verified'",
                &[&device],
            )
            .await?
            .iter()
            .map(|r| {
                (
                    u64::try_from(r.get::<_, i64>(0)).unwrap_or(0),
                    r.get(1),
                    r.get(2),
                )
            })
            .collect();
        let mut walk = checkpoint::Reverifier::new(device, cps);
        let rows = client
            .query_raw(
                "SELECT seq, hash, prev, line FROM journal WHERE device = $1 ORDER BY seq",
                [device],
            )
            .await?;
        futures_util::pin_mut!(rows);
        while let Some(r) = rows.try_next().await? {
            let seq = u64::try_from(r.get::<_, i64>(0)).unwrap_or(0);
            walk.push(seq, r.get(1), r.get(2), r.get(3));
        }
        Ok(walk.finish())
    }

    /// As [`crate::SqliteStore::devices`].
    pub async fn devices(&self) -> Result<Vec<DeviceSummary>, PgError> {
        let client = self.client.lock().await;
        let u = |v: i64| u64::try_from(v).unwrap_or(0);
        Ok(client
            .query(DEVICES_SQL, &[])
            .await?
            .iter()
            .map(|r| DeviceSummary {
                device: r.get(0),
                records: u(r.get(1)),
                last_seq: u(r.get(2)),
                verified_size: u(r.get(3)),
                pending_checkpoints: u(r.get(4)),
                key: r.get(5),
            })
            .collect())
    }

    /// Number of journal rows for a device.
    pub async fn count(&self, device: &str) -> Result<u64, PgError> {
        let client = self.client.lock().await;
        let n: i64 = client
            .query_one("SELECT COUNT(*) FROM journal WHERE device = $1", &[&device])
            .await?
            .get(0);
        Ok(u64::try_from(n).unwrap_or(0))
    }
}

async fn issue(
    tx: &tokio_postgres::Transaction<'_>,
    device: &str,
    seq: u64,
    kind: &str,
    detail: String,
) -> Result<ChainIssue, PgError> {
    let s = i64::try_from(seq).unwrap_or(i64::MAX);
    tx.execute(
        "INSERT INTO chain_issues (device, seq, kind, detail) VALUES ($1,$2,$3,$4) ON CONFLICT DO NOTHING",
        &[&device, &s, &kind, &detail],
    )
    .await?;
    Ok(ChainIssue {
        device: device.to_owned(),
        seq,
        kind: kind.to_owned(),
        detail,
    })
}
