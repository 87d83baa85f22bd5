//! `agentgate serve`: the collector.
//!
//! - `POST /v1/logs`, `POST /v1/metrics`: OTLP/HTTP, protobuf or JSON, as
//!   Claude Code exports them.
//! - `POST /v1/journal`: agentgate's own ingest of journal lines, acknowledged
//!   only once stored (the shipper's at-least-once delivery).
//!   A batch may carry the device's signed checkpoints and its verifier key:
//!   each checkpoint's signature is checked on arrival, and its Merkle root
//!   and head are recomputed from the stored records.
//! - `GET /api/records`, `GET /api/sessions/{id}`, `GET /api/chain-issues`,
//!   `GET /api/devices`, `GET /api/devices/{id}/verify` (re-checks the
//!   stored rows against the device's signed checkpoints): the JSON query
//!   API.
//!
//! Every request needs a bearer token from the tokens file; nothing
//! anonymous is stored. A token for journal ingest is bound to one device:
//! its name is the device ID, so one machine cannot write another's chain.
//! Bad input gets a 4xx with a reason and never reaches the store half-done.

mod forward;
mod grpc;

pub use forward::Destination;
pub use grpc::serve_grpc;

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};

use agentgate_otlp::{LogEvent, MetricPoint};
use agentgate_store::{
    authenticate, ChainIssue, CheckpointReport, DeviceSummary, IngestReport, PgError, PgStore,
    Query, SignedCheckpoint, SqliteStore, StoreAudit, StoreError,
};
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path as UrlPath, Query as UrlQuery, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{json, Value};

/// Largest request body accepted (OTLP exporters batch well below this).
pub const MAX_BODY: usize = 16 * 1024 * 1024;
/// Most journal lines in one ingest request.
pub const MAX_LINES: usize = 10_000;
/// Most checkpoints in one ingest request.
pub const MAX_CHECKPOINTS: usize = 1_000;

/// What a token may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Send telemetry, and journal lines for the device the token names.
    Ingest,
    /// Read the query API.
    Read,
}

/// A token entry: who it is, what it may do.
#[derive(Clone, Debug)]
pub struct Principal {
    /// The token's name (for ingest tokens: the device ID).
    pub name: String,
    /// Its role.
    pub role: Role,
}

/// Tokens file errors.
#[derive(Debug, thiserror::Error)]
pub enum TokensError {
    /// Unreadable.
    #[error("cannot read the tokens file {path}: {source}")]
    Read {
        /// The file.
        path: String,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
    /// A bad line.
    #[error("{path}:{line}: {why}; each line is `NAME SHA256-OF-TOKEN [ingest|read]` (make one with `agentgate serve --hash-token TOKEN`)")]
    Line {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        why: String,
    },
}

/// Tokens by the SHA-256 of their secret (the file never holds a token).
#[derive(Clone, Debug, Default)]
pub struct Tokens {
    by_hash: HashMap<String, Principal>,
}

/// SHA-256 (hex) of a token, as the tokens file stores it.
pub fn hash_token(token: &str) -> String {
    agentgate_journal::sha256_hex(token.as_bytes())
}

impl Tokens {
    /// Parses a tokens file's text.
    pub fn parse(text: &str, path: &str) -> Result<Self, TokensError> {
        let mut by_hash = HashMap::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = |why: &str| TokensError::Line {
                path: path.to_owned(),
                line: i + 1,
                why: why.to_owned(),
            };
            let mut f = line.split_whitespace();
            let (Some(name), Some(hash)) = (f.next(), f.next()) else {
                return Err(bad("expected a name and a token hash"));
            };
            if hash.len() != 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(bad("the token hash is not 64 hex digits"));
            }
            let role = match f.next() {
                None | Some("ingest") => Role::Ingest,
                Some("read") => Role::Read,
                Some(other) => return Err(bad(&format!("unknown role `{other}`"))),
            };
            by_hash.insert(
                hash.to_ascii_lowercase(),
                Principal {
                    name: name.to_owned(),
                    role,
                },
            );
        }
        Ok(Self { by_hash })
    }

    /// Loads a tokens file.
    pub fn load(path: &Path) -> Result<Self, TokensError> {
        let text = std::fs::read_to_string(path).map_err(|source| TokensError::Read {
            path: path.display().to_string(),
            source,
        })?;
        Self::parse(&text, &path.display().to_string())
    }

    /// Adds a token (tests, generated setups).
    pub fn insert(&mut self, token: &str, name: &str, role: Role) {
        self.by_hash.insert(
            hash_token(token),
            Principal {
                name: name.to_owned(),
                role,
            },
        );
    }

    fn check(&self, headers: &HeaderMap) -> Option<&Principal> {
        let auth = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
        let token = auth
            .strip_prefix("Bearer ")
            .or_else(|| auth.strip_prefix("bearer "))?;
        self.lookup(token.trim())
    }

    fn lookup(&self, token: &str) -> Option<&Principal> {
        self.by_hash.get(&hash_token(token))
    }
}

/// Where the collector stores.
#[derive(Clone, Debug)]
pub(crate) enum Backend {
    /// Embedded: one writer, calls run on the blocking pool.
    Sqlite(Arc<Mutex<SqliteStore>>),
    /// Shared by several replicas.
    Postgres(Arc<PgStore>),
}

/// Shared state of the server.
#[derive(Clone, Debug)]
pub struct AppState {
    store: Backend,
    tokens: Arc<Tokens>,
}

impl AppState {
    /// State over an SQLite store and tokens.
    pub fn new(store: SqliteStore, tokens: Tokens) -> Self {
        Self {
            store: Backend::Sqlite(Arc::new(Mutex::new(store))),
            tokens: Arc::new(tokens),
        }
    }

    /// State over a PostgreSQL store and tokens.
    pub fn postgres(store: PgStore, tokens: Tokens) -> Self {
        Self {
            store: Backend::Postgres(Arc::new(store)),
            tokens: Arc::new(tokens),
        }
    }

    /// Starts forwarding every stored journal record and every received
    /// Claude Code event to `dest` (two background tasks, each with its own
    /// progress in the store).
    pub fn spawn_forwarder(&self, dest: Destination) {
        tokio::spawn(forward::forward(
            self.store.clone(),
            dest.clone(),
            forward::Stream::Journal,
        ));
        tokio::spawn(forward::forward(
            self.store.clone(),
            dest,
            forward::Stream::Telemetry,
        ));
    }

    pub(crate) async fn ingest_journal(
        &self,
        device: String,
        lines: Vec<String>,
    ) -> Result<IngestReport, ApiError> {
        match &self.store {
            Backend::Sqlite(s) => sqlite(s, move |st| st.ingest_journal(&device, &lines)).await,
            Backend::Postgres(p) => p.ingest_journal(&device, &lines).await.map_err(pg_error),
        }
    }

    pub(crate) async fn ingest_checkpoints(
        &self,
        device: String,
        key: Option<String>,
        cps: Vec<SignedCheckpoint>,
    ) -> Result<CheckpointReport, ApiError> {
        match &self.store {
            Backend::Sqlite(s) => {
                sqlite(s, move |st| {
                    st.ingest_checkpoints(&device, key.as_deref(), &cps)
                })
                .await
            }
            Backend::Postgres(p) => p
                .ingest_checkpoints(&device, key.as_deref(), &cps)
                .await
                .map_err(pg_error),
        }
    }

    async fn audit_device(&self, device: String) -> Result<StoreAudit, ApiError> {
        match &self.store {
            Backend::Sqlite(s) => sqlite(s, move |st| st.audit_device(&device)).await,
            Backend::Postgres(p) => p.audit_device(&device).await.map_err(pg_error),
        }
    }

    async fn devices(&self) -> Result<Vec<DeviceSummary>, ApiError> {
        match &self.store {
            Backend::Sqlite(s) => sqlite(s, |st| st.devices()).await,
            Backend::Postgres(p) => p.devices().await.map_err(pg_error),
        }
    }

    pub(crate) async fn ingest_logs(
        &self,
        source: String,
        events: Vec<LogEvent>,
    ) -> Result<usize, ApiError> {
        match &self.store {
            Backend::Sqlite(s) => sqlite(s, move |st| st.ingest_logs(&source, &events)).await,
            Backend::Postgres(p) => p.ingest_logs(&source, &events).await.map_err(pg_error),
        }
    }

    pub(crate) async fn ingest_metrics(
        &self,
        source: String,
        points: Vec<MetricPoint>,
    ) -> Result<usize, ApiError> {
        match &self.store {
            Backend::Sqlite(s) => sqlite(s, move |st| st.ingest_metrics(&source, &points)).await,
            Backend::Postgres(p) => p.ingest_metrics(&source, &points).await.map_err(pg_error),
        }
    }

    async fn query(&self, q: Query) -> Result<Vec<Value>, ApiError> {
        match &self.store {
            Backend::Sqlite(s) => sqlite(s, move |st| st.query(&q)).await,
            Backend::Postgres(p) => p.query(&q).await.map_err(pg_error),
        }
    }

    async fn session_telemetry(&self, id: String) -> Result<Vec<Value>, ApiError> {
        match &self.store {
            Backend::Sqlite(s) => sqlite(s, move |st| st.session_telemetry(&id)).await,
            Backend::Postgres(p) => p.session_telemetry(&id).await.map_err(pg_error),
        }
    }

    async fn chain_issues(&self) -> Result<Vec<ChainIssue>, ApiError> {
        match &self.store {
            Backend::Sqlite(s) => sqlite(s, |st| st.chain_issues(None)).await,
            Backend::Postgres(p) => p.chain_issues(None).await.map_err(pg_error),
        }
    }
}

fn pg_error(e: PgError) -> ApiError {
    match e {
        PgError::BadRecord { .. } => ApiError(StatusCode::BAD_REQUEST, e.to_string()),
        PgError::Db(_) => ApiError(StatusCode::SERVICE_UNAVAILABLE, e.to_string()),
    }
}

/// An error answer: status and a JSON reason.
#[derive(Debug)]
pub struct ApiError(StatusCode, pub(crate) String);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, Json(json!({"error": self.1}))).into_response()
    }
}

fn unauthorized() -> ApiError {
    ApiError(
        StatusCode::UNAUTHORIZED,
        "missing or unknown bearer token: send `Authorization: Bearer <token>` with a token listed in the collector's tokens file".into(),
    )
}

fn store_error(e: StoreError) -> ApiError {
    match e {
        StoreError::BadRecord { .. } => ApiError(StatusCode::BAD_REQUEST, e.to_string()),
        StoreError::Db(_) => ApiError(StatusCode::SERVICE_UNAVAILABLE, e.to_string()),
    }
}

async fn sqlite<T: Send + 'static>(
    store: &Arc<Mutex<SqliteStore>>,
    f: impl FnOnce(&mut SqliteStore) -> Result<T, StoreError> + Send + 'static,
) -> Result<T, ApiError> {
    let store = store.clone();
    tokio::task::spawn_blocking(move || {
        let mut guard = store.lock().map_err(|_| {
            ApiError(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the store lock is poisoned; restart the collector".into(),
            )
        })?;
        f(&mut guard).map_err(store_error)
    })
    .await
    .map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?
}

fn is_protobuf(headers: &HeaderMap) -> Result<bool, ApiError> {
    let ct = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let ct = ct.split(';').next().unwrap_or("").trim();
    match ct {
        "application/x-protobuf" | "application/protobuf" => Ok(true),
        "application/json" => Ok(false),
        other => Err(ApiError(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            format!("content type {other:?}: OTLP/HTTP takes application/x-protobuf or application/json"),
        )),
    }
}

fn ingest_principal(state: &AppState, headers: &HeaderMap) -> Result<Principal, ApiError> {
    match state.tokens.check(headers) {
        Some(p) if p.role == Role::Ingest => Ok(p.clone()),
        Some(_) => Err(ApiError(
            StatusCode::FORBIDDEN,
            "this token may read, not send".into(),
        )),
        None => Err(unauthorized()),
    }
}

fn otlp_ok(protobuf: bool) -> Response {
    // An empty ExportLogsServiceResponse: no bytes in protobuf, {} in JSON.
    if protobuf {
        (
            [(header::CONTENT_TYPE, "application/x-protobuf")],
            Vec::new(),
        )
            .into_response()
    } else {
        ([(header::CONTENT_TYPE, "application/json")], "{}").into_response()
    }
}

async fn v1_logs(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let who = ingest_principal(&state, &headers)?;
    let protobuf = is_protobuf(&headers)?;
    let events = if protobuf {
        agentgate_otlp::decode_logs_protobuf(&body)
    } else {
        agentgate_otlp::decode_logs_json(&body)
    }
    .map_err(|e| ApiError(StatusCode::BAD_REQUEST, e.to_string()))?;
    state.ingest_logs(who.name, events).await?;
    Ok(otlp_ok(protobuf))
}

async fn v1_metrics(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let who = ingest_principal(&state, &headers)?;
    let protobuf = is_protobuf(&headers)?;
    let points = if protobuf {
        agentgate_otlp::decode_metrics_protobuf(&body)
    } else {
        agentgate_otlp::decode_metrics_json(&body)
    }
    .map_err(|e| ApiError(StatusCode::BAD_REQUEST, e.to_string()))?;
    state.ingest_metrics(who.name, points).await?;
    Ok(otlp_ok(protobuf))
}

/// The body of `POST /v1/journal`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JournalBatch {
    device: String,
    lines: Vec<String>,
    /// The device's verifier key (`agentgate audit key`), with checkpoints.
    #[serde(default)]
    key: Option<String>,
    /// Signed checkpoint notes over records of this device.
    #[serde(default)]
    checkpoints: Vec<String>,
}

async fn v1_journal(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let who = ingest_principal(&state, &headers)?;
    let batch: JournalBatch = serde_json::from_slice(&body).map_err(|e| {
        ApiError(
            StatusCode::BAD_REQUEST,
            format!(
                "not a journal batch ({e}): expected {{\"device\": ID, \"lines\": [LINE, ...]}}"
            ),
        )
    })?;
    if batch.device != who.name {
        return Err(ApiError(
            StatusCode::FORBIDDEN,
            format!(
                "this token is for device {:?}, not {:?}: each device ships with its own token",
                who.name, batch.device
            ),
        ));
    }
    if batch.lines.len() > MAX_LINES {
        return Err(ApiError(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!(
                "{} lines in one batch; send at most {MAX_LINES}",
                batch.lines.len()
            ),
        ));
    }
    if batch.checkpoints.len() > MAX_CHECKPOINTS {
        return Err(ApiError(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!(
                "{} checkpoints in one batch; send at most {MAX_CHECKPOINTS}",
                batch.checkpoints.len()
            ),
        ));
    }
    // Signatures are checked before anything is stored: an honest device
    // never sends a note its key did not sign, so such a batch is refused
    // whole, and the shipper says so (`audit verify` on the device shows
    // which checkpoint is bad).
    let cps = authenticate(&batch.device, batch.key.as_deref(), &batch.checkpoints)
        .map_err(|e| ApiError(StatusCode::BAD_REQUEST, e.to_string()))?;
    let mut report = state
        .ingest_journal(batch.device.clone(), batch.lines)
        .await?;
    // After the records (a checkpoint is checked against them), and on
    // every batch: checkpoints that waited for these records are re-checked.
    let mut checks = state
        .ingest_checkpoints(batch.device, batch.key, cps)
        .await?;
    report.issues.append(&mut checks.issues);
    Ok(Json(json!({
        "accepted": report.accepted,
        "duplicates": report.duplicates,
        "issues": report.issues,
        "checkpoints": checks,
    }))
    .into_response())
}

fn reader(state: &AppState, headers: &HeaderMap) -> Result<(), ApiError> {
    match state.tokens.check(headers) {
        Some(p) if p.role == Role::Read => Ok(()),
        Some(_) => Err(ApiError(
            StatusCode::FORBIDDEN,
            "this token may send, not read: the query API needs a `read` token".into(),
        )),
        None => Err(unauthorized()),
    }
}

/// Query parameters of `GET /api/records`.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RecordsParams {
    device: Option<String>,
    user: Option<String>,
    repo: Option<String>,
    session: Option<String>,
    tool: Option<String>,
    decision: Option<String>,
    since: Option<String>,
    until: Option<String>,
    limit: Option<usize>,
}

async fn api_records(
    State(state): State<AppState>,
    headers: HeaderMap,
    UrlQuery(p): UrlQuery<RecordsParams>,
) -> Result<Response, ApiError> {
    reader(&state, &headers)?;
    let q = Query {
        device: p.device,
        user: p.user,
        repo: p.repo,
        session: p.session,
        tool: p.tool,
        decision: p.decision,
        since: p.since,
        until: p.until,
        limit: p.limit.unwrap_or(1000),
    };
    let rows = state.query(q).await?;
    Ok(Json(rows).into_response())
}

async fn api_session(
    State(state): State<AppState>,
    headers: HeaderMap,
    UrlPath(id): UrlPath<String>,
) -> Result<Response, ApiError> {
    reader(&state, &headers)?;
    let records = state
        .query(Query {
            session: Some(id.clone()),
            limit: 100_000,
            ..Query::default()
        })
        .await?;
    let telemetry = state.session_telemetry(id).await?;
    Ok(Json(json!({"records": records, "telemetry": telemetry})).into_response())
}

async fn api_chain_issues(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    reader(&state, &headers)?;
    let issues = state.chain_issues().await?;
    Ok(Json(issues).into_response())
}

async fn api_devices(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    reader(&state, &headers)?;
    Ok(Json(state.devices().await?).into_response())
}

async fn api_device_verify(
    State(state): State<AppState>,
    headers: HeaderMap,
    UrlPath(id): UrlPath<String>,
) -> Result<Response, ApiError> {
    reader(&state, &headers)?;
    Ok(Json(state.audit_device(id).await?).into_response())
}

async fn not_found() -> ApiError {
    ApiError(StatusCode::NOT_FOUND, "no such endpoint".into())
}

/// The HTTP router.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/v1/logs", post(v1_logs))
        .route("/v1/metrics", post(v1_metrics))
        .route("/v1/journal", post(v1_journal))
        .route("/api/records", get(api_records))
        .route("/api/sessions/{id}", get(api_session))
        .route("/api/chain-issues", get(api_chain_issues))
        .route("/api/devices", get(api_devices))
        .route("/api/devices/{id}/verify", get(api_device_verify))
        .route(
            "/healthz",
            get(|| async { Json(Value::String("ok".into())) }),
        )
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(state)
}

/// Serves until the listener fails.
pub async fn serve(listener: tokio::net::TcpListener, state: AppState) -> std::io::Result<()> {
    axum::serve(listener, router(state)).await
}
