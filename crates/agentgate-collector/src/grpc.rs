//! OTLP/gRPC receivers (logs and metrics), on the generated tonic services.

use opentelemetry_proto::tonic::collector::logs::v1::logs_service_server::{
    LogsService, LogsServiceServer,
};
use opentelemetry_proto::tonic::collector::logs::v1::{
    ExportLogsServiceRequest, ExportLogsServiceResponse,
};
use opentelemetry_proto::tonic::collector::metrics::v1::metrics_service_server::{
    MetricsService, MetricsServiceServer,
};
use opentelemetry_proto::tonic::collector::metrics::v1::{
    ExportMetricsServiceRequest, ExportMetricsServiceResponse,
};
use tonic::metadata::MetadataMap;
use tonic::{Request, Response, Status};

use crate::{AppState, Principal, Role, MAX_BODY};

/// Both OTLP services over one state.
#[derive(Clone, Debug)]
pub struct GrpcReceiver {
    state: AppState,
}

impl GrpcReceiver {
    fn principal(&self, md: &MetadataMap) -> Result<Principal, Status> {
        let token = md
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
            .ok_or_else(|| {
                Status::unauthenticated(
                    "missing bearer token: set OTEL_EXPORTER_OTLP_HEADERS=Authorization=Bearer <token>",
                )
            })?;
        match self.state.tokens.lookup(token.trim()) {
            Some(p) if p.role == Role::Ingest => Ok(p.clone()),
            Some(_) => Err(Status::permission_denied("this token may read, not send")),
            None => Err(Status::unauthenticated("unknown token")),
        }
    }
}

fn status(e: crate::ApiError) -> Status {
    Status::unavailable(e.1)
}

#[tonic::async_trait]
impl LogsService for GrpcReceiver {
    async fn export(
        &self,
        request: Request<ExportLogsServiceRequest>,
    ) -> Result<Response<ExportLogsServiceResponse>, Status> {
        let who = self.principal(request.metadata())?;
        let events = agentgate_otlp::logs_from_request(request.get_ref())
            .map_err(|e| Status::invalid_argument(e.to_string()))?;
        self.state
            .ingest_logs(who.name, events)
            .await
            .map_err(status)?;
        Ok(Response::new(ExportLogsServiceResponse {
            partial_success: None,
        }))
    }
}

#[tonic::async_trait]
impl MetricsService for GrpcReceiver {
    async fn export(
        &self,
        request: Request<ExportMetricsServiceRequest>,
    ) -> Result<Response<ExportMetricsServiceResponse>, Status> {
        let who = self.principal(request.metadata())?;
        let points = agentgate_otlp::metrics_from_request(request.get_ref())
            .map_err(|e| Status::invalid_argument(e.to_string()))?;
        self.state
            .ingest_metrics(who.name, points)
            .await
            .map_err(status)?;
        Ok(Response::new(ExportMetricsServiceResponse {
            partial_success: None,
        }))
    }
}

/// Serves OTLP/gRPC on `listener` until it fails.
pub async fn serve_grpc(
    listener: tokio::net::TcpListener,
    state: AppState,
) -> Result<(), tonic::transport::Error> {
    let r = GrpcReceiver { state };
    tonic::transport::Server::builder()
        .add_service(LogsServiceServer::new(r.clone()).max_decoding_message_size(MAX_BODY))
        .add_service(MetricsServiceServer::new(r).max_decoding_message_size(MAX_BODY))
        .serve_with_incoming(tonic::transport::server::TcpIncoming::from(listener))
        .await
}
