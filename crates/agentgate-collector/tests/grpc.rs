//! OTLP/gRPC on loopback with the generated client, using Claude Code's own
//! protobuf payloads.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;

use agentgate_collector::{AppState, Role, Tokens};
use agentgate_store::SqliteStore;
use opentelemetry_proto::tonic::collector::logs::v1::logs_service_client::LogsServiceClient;
use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
use opentelemetry_proto::tonic::collector::metrics::v1::metrics_service_client::MetricsServiceClient;
use opentelemetry_proto::tonic::collector::metrics::v1::ExportMetricsServiceRequest;
use prost::Message;

fn fixture(rel: &str) -> Vec<u8> {
    let shared = std::env::var_os("AGENTGATE_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            std::env::var_os("CARGO_MANIFEST_DIR")
                .map(PathBuf::from)
                .unwrap()
                .join("../../../shared")
        });
    std::fs::read(shared.join("fixtures/claude-code/otlp").join(rel)).unwrap()
}

fn authed<T>(msg: T, token: &str) -> tonic::Request<T> {
    let mut r = tonic::Request::new(msg);
    r.metadata_mut()
        .insert("authorization", format!("Bearer {token}").parse().unwrap());
    r
}

#[test]
fn grpc_logs_and_metrics_with_auth() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite");
    let mut tokens = Tokens::default();
    tokens.insert("ingest", "claude-fleet", Role::Ingest);
    tokens.insert("reader", "soc", Role::Read);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(agentgate_collector::serve_grpc(
            listener,
            AppState::new(SqliteStore::open(&db).unwrap(), tokens),
        ));
        let url = format!("http://{addr}");
        let mut logs = loop {
            match LogsServiceClient::connect(url.clone()).await {
                Ok(c) => break c,
                Err(_) => tokio::time::sleep(std::time::Duration::from_millis(20)).await,
            }
        };
        let req =
            ExportLogsServiceRequest::decode(fixture("http-protobuf/0001_logs.pb").as_slice())
                .unwrap();
        let n = agentgate_otlp::logs_from_request(&req).unwrap().len();
        let err = logs
            .export(tonic::Request::new(req.clone()))
            .await
            .unwrap_err();
        assert_eq!(err.code(), tonic::Code::Unauthenticated);
        let err = logs
            .export(authed(req.clone(), "reader"))
            .await
            .unwrap_err();
        assert_eq!(err.code(), tonic::Code::PermissionDenied);
        logs.export(authed(req, "ingest")).await.unwrap();
        let mut metrics = MetricsServiceClient::connect(url).await.unwrap();
        let m = ExportMetricsServiceRequest::decode(
            fixture("http-protobuf/0003_metrics.pb").as_slice(),
        )
        .unwrap();
        metrics.export(authed(m, "ingest")).await.unwrap();
        let store = SqliteStore::open(&db).unwrap();
        let session = agentgate_otlp::logs_from_request(
            &ExportLogsServiceRequest::decode(fixture("http-protobuf/0001_logs.pb").as_slice())
                .unwrap(),
        )
        .unwrap()[0]
            .attr("session.id")
            .unwrap()
            .to_owned();
        assert_eq!(store.session_telemetry(&session).unwrap().len(), n);
    });
}
