//! A scripted model for driving the real Claude Code CLI offline.
//!
//! Claude Code talks to `POST /v1/messages` with `stream: true` (observed on
//! 2.1.331). This server answers from a script: the Nth reply is chosen by
//! counting the assistant messages already in the request, so the server is
//! stateless and each turn is reproducible. A step is a tool call; once the
//! script is used up the model gives a final text answer.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use serde_json::{json, Value};
use tokio::sync::{oneshot, Mutex};

/// One tool call the model will request.
#[derive(Clone, Debug, PartialEq)]
pub struct ToolStep {
    /// The `tool_use` id (fixed, so hooks can be matched to the step).
    pub id: String,
    /// Tool name.
    pub name: String,
    /// Tool input.
    pub input: Value,
}

/// A running scripted model.
#[derive(Debug)]
pub struct ScriptedModel {
    addr: SocketAddr,
    requests: Arc<Mutex<Vec<Value>>>,
    stop: Option<oneshot::Sender<()>>,
}

/// Failure to start the server.
#[derive(Debug, thiserror::Error)]
#[error("cannot start the scripted model on 127.0.0.1: {0}")]
pub struct StartError(#[from] std::io::Error);

#[derive(Clone)]
struct AppState {
    steps: Arc<Vec<ToolStep>>,
    requests: Arc<Mutex<Vec<Value>>>,
}

impl ScriptedModel {
    /// Starts a server on an ephemeral loopback port.
    pub async fn start(steps: Vec<ToolStep>) -> Result<Self, StartError> {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let requests = Arc::new(Mutex::new(Vec::new()));
        let state = AppState {
            steps: Arc::new(steps),
            requests: requests.clone(),
        };
        let app = Router::new()
            .route("/v1/messages", post(messages))
            .fallback(|| async { StatusCode::NOT_FOUND })
            .with_state(state);
        let (tx, rx) = oneshot::channel::<()>();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = rx.await;
                })
                .await;
        });
        Ok(Self {
            addr,
            requests,
            stop: Some(tx),
        })
    }

    /// `http://127.0.0.1:PORT`, for `ANTHROPIC_BASE_URL`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The request bodies received so far.
    pub async fn requests(&self) -> Vec<Value> {
        self.requests.lock().await.clone()
    }
}

impl Drop for ScriptedModel {
    fn drop(&mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
    }
}

async fn messages(State(state): State<AppState>, Json(body): Json<Value>) -> Response {
    let turn = body
        .get("messages")
        .and_then(Value::as_array)
        .map(|m| {
            m.iter()
                .filter(|x| x.get("role").and_then(Value::as_str) == Some("assistant"))
                .count()
        })
        .unwrap_or(0);
    let stream = body.get("stream").and_then(Value::as_bool).unwrap_or(false);
    state.requests.lock().await.push(body);
    let (content, stop_reason) = match state.steps.get(turn) {
        Some(step) => (
            vec![
                json!({"type": "tool_use", "id": step.id, "name": step.name, "input": step.input}),
            ],
            "tool_use",
        ),
        None => (
            vec![json!({"type": "text", "text": "Done (scripted model)."})],
            "end_turn",
        ),
    };
    let message_id = format!("msg_scripted_{turn:04}");
    if !stream {
        return Json(json!({
            "id": message_id, "type": "message", "role": "assistant", "model": "scripted",
            "content": content, "stop_reason": stop_reason, "stop_sequence": null,
            "usage": {"input_tokens": 1, "output_tokens": 1}
        }))
        .into_response();
    }
    let mut sse = String::new();
    let mut event = |name: &str, data: Value| {
        sse.push_str("event: ");
        sse.push_str(name);
        sse.push_str("\ndata: ");
        sse.push_str(&data.to_string());
        sse.push_str("\n\n");
    };
    event(
        "message_start",
        json!({"type": "message_start", "message": {
            "id": message_id, "type": "message", "role": "assistant", "model": "scripted",
            "content": [], "stop_reason": null, "stop_sequence": null,
            "usage": {"input_tokens": 1, "output_tokens": 1}}}),
    );
    for (i, block) in content.iter().enumerate() {
        match block.get("type").and_then(Value::as_str) {
            Some("tool_use") => {
                let mut start = block.clone();
                start["input"] = json!({});
                event(
                    "content_block_start",
                    json!({"type": "content_block_start", "index": i, "content_block": start}),
                );
                let input = block
                    .get("input")
                    .cloned()
                    .unwrap_or(Value::Null)
                    .to_string();
                event(
                    "content_block_delta",
                    json!({"type": "content_block_delta", "index": i,
                    "delta": {"type": "input_json_delta", "partial_json": input}}),
                );
            }
            _ => {
                event(
                    "content_block_start",
                    json!({"type": "content_block_start", "index": i,
                    "content_block": {"type": "text", "text": ""}}),
                );
                event(
                    "content_block_delta",
                    json!({"type": "content_block_delta", "index": i,
                    "delta": {"type": "text_delta", "text": block.get("text").cloned().unwrap_or(Value::Null)}}),
                );
            }
        }
        event(
            "content_block_stop",
            json!({"type": "content_block_stop", "index": i}),
        );
    }
    event(
        "message_delta",
        json!({"type": "message_delta", "delta": {"stop_reason": stop_reason, "stop_sequence": null},
               "usage": {"output_tokens": 1}}),
    );
    event("message_stop", json!({"type": "message_stop"}));
    Response::builder()
        .status(StatusCode::OK)
        .header(header::CONTENT_TYPE, "text/event-stream")
        .header(header::CACHE_CONTROL, "no-cache")
        .body(Body::from(sse))
        .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}
