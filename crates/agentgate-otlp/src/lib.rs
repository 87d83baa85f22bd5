//! OTLP logs and metrics, from protobuf (HTTP or gRPC) or JSON, decoded into
//! flat events the store can hold.
//!
//! Protobuf goes through the official generated types (opentelemetry-proto).
//! JSON is read with lenient types of our own: Claude Code's exporter
//! (OTel JS) sends 64-bit integers as JSON numbers, where the OTLP/JSON spec
//! asks for strings, and the generated serde mapping accepts only one form.

// This crate parses untrusted input: an index out of range must be an
// error, never a panic (issue 11). Exceptions carry a reason.
#![deny(clippy::indexing_slicing, clippy::string_slice)]

use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
use opentelemetry_proto::tonic::collector::metrics::v1::ExportMetricsServiceRequest;
use opentelemetry_proto::tonic::common::v1::{any_value, AnyValue as PbAny, KeyValue as PbKv};
use opentelemetry_proto::tonic::metrics::v1::{metric, number_data_point};
use prost::Message;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Number, Value};

/// Most events accepted from one request; larger batches are refused whole.
pub const MAX_EVENTS: usize = 100_000;
/// Nesting depth kept for array and map attribute values.
const MAX_DEPTH: usize = 16;

/// Why a payload was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum OtlpError {
    /// Not valid protobuf for the message.
    #[error("not a valid OTLP protobuf {what}: {detail}")]
    Protobuf {
        /// Which message.
        what: &'static str,
        /// The decoder's error.
        detail: String,
    },
    /// Not valid OTLP/JSON.
    #[error("not valid OTLP/JSON {what}: {detail}")]
    Json {
        /// Which message.
        what: &'static str,
        /// The parser's error.
        detail: String,
    },
    /// Too many events in one request.
    #[error("{0} events in one request; at most {MAX_EVENTS} are accepted, send smaller batches")]
    TooMany(usize),
}

/// One OTLP log record, flattened.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogEvent {
    /// Event time (ns since the epoch; observed time when unset).
    pub time_unix_nano: u64,
    /// `event.name` (Claude Code: `tool_decision`, `tool_result`, ...), else
    /// the body without a `claude_code.` prefix.
    pub name: String,
    /// The body as text.
    pub body: String,
    /// Severity text, if any.
    pub severity: String,
    /// Record attributes.
    pub attributes: Map<String, Value>,
    /// Resource attributes.
    pub resource: Map<String, Value>,
    /// Instrumentation scope name.
    pub scope: String,
}

impl LogEvent {
    /// A string attribute (record first, then resource).
    pub fn attr(&self, key: &str) -> Option<&str> {
        self.attributes
            .get(key)
            .or_else(|| self.resource.get(key))
            .and_then(Value::as_str)
    }
}

/// One metric data point, flattened.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MetricPoint {
    /// Point time (ns since the epoch).
    pub time_unix_nano: u64,
    /// Metric name (`claude_code.token.usage`).
    pub name: String,
    /// `sum`, `gauge` or `histogram`.
    pub kind: String,
    /// Unit.
    pub unit: String,
    /// The value (histograms: their sum).
    pub value: f64,
    /// Point attributes.
    pub attributes: Map<String, Value>,
    /// Resource attributes.
    pub resource: Map<String, Value>,
}

fn check_count(n: usize) -> Result<(), OtlpError> {
    if n > MAX_EVENTS {
        return Err(OtlpError::TooMany(n));
    }
    Ok(())
}

fn event_name(body: &str, attrs: &Map<String, Value>) -> String {
    attrs
        .get("event.name")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .unwrap_or_else(|| body.strip_prefix("claude_code.").unwrap_or(body).to_owned())
}

// ---- protobuf -------------------------------------------------------------

fn pb_value(v: &PbAny, depth: usize) -> Value {
    if depth > MAX_DEPTH {
        return Value::String("<nested too deeply>".into());
    }
    match &v.value {
        Some(any_value::Value::StringValue(s)) => Value::String(s.clone()),
        Some(any_value::Value::BoolValue(b)) => Value::Bool(*b),
        Some(any_value::Value::IntValue(i)) => Value::Number((*i).into()),
        Some(any_value::Value::DoubleValue(d)) => {
            Number::from_f64(*d).map_or(Value::Null, Value::Number)
        }
        Some(any_value::Value::ArrayValue(a)) => {
            Value::Array(a.values.iter().map(|x| pb_value(x, depth + 1)).collect())
        }
        Some(any_value::Value::KvlistValue(kv)) => Value::Object(pb_attrs(&kv.values, depth + 1)),
        Some(any_value::Value::BytesValue(b)) => Value::String(hex_string(b)),
        _ => Value::Null,
    }
}

fn hex_string(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn pb_attrs(kvs: &[PbKv], depth: usize) -> Map<String, Value> {
    kvs.iter()
        .map(|kv| {
            (
                kv.key.clone(),
                kv.value
                    .as_ref()
                    .map_or(Value::Null, |v| pb_value(v, depth)),
            )
        })
        .collect()
}

fn body_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Flattens a decoded logs request (also the gRPC receiver's input).
pub fn logs_from_request(req: &ExportLogsServiceRequest) -> Result<Vec<LogEvent>, OtlpError> {
    let n: usize = req
        .resource_logs
        .iter()
        .flat_map(|r| &r.scope_logs)
        .map(|s| s.log_records.len())
        .sum();
    check_count(n)?;
    let mut out = Vec::with_capacity(n);
    for rl in &req.resource_logs {
        let resource = rl
            .resource
            .as_ref()
            .map(|r| pb_attrs(&r.attributes, 0))
            .unwrap_or_default();
        for sl in &rl.scope_logs {
            let scope = sl
                .scope
                .as_ref()
                .map(|s| s.name.clone())
                .unwrap_or_default();
            for r in &sl.log_records {
                let attributes = pb_attrs(&r.attributes, 0);
                let body = body_text(&r.body.as_ref().map_or(Value::Null, |b| pb_value(b, 0)));
                out.push(LogEvent {
                    time_unix_nano: if r.time_unix_nano > 0 {
                        r.time_unix_nano
                    } else {
                        r.observed_time_unix_nano
                    },
                    name: event_name(&body, &attributes),
                    body,
                    severity: r.severity_text.clone(),
                    attributes,
                    resource: resource.clone(),
                    scope: scope.clone(),
                });
            }
        }
    }
    Ok(out)
}

/// Flattens a decoded metrics request (also the gRPC receiver's input).
pub fn metrics_from_request(
    req: &ExportMetricsServiceRequest,
) -> Result<Vec<MetricPoint>, OtlpError> {
    let mut out = Vec::new();
    for rm in &req.resource_metrics {
        let resource = rm
            .resource
            .as_ref()
            .map(|r| pb_attrs(&r.attributes, 0))
            .unwrap_or_default();
        for sm in &rm.scope_metrics {
            for m in &sm.metrics {
                let mut push = |kind: &str, t: u64, value: f64, attrs: &[PbKv]| {
                    out.push(MetricPoint {
                        time_unix_nano: t,
                        name: m.name.clone(),
                        kind: kind.into(),
                        unit: m.unit.clone(),
                        value,
                        attributes: pb_attrs(attrs, 0),
                        resource: resource.clone(),
                    });
                };
                let num = |v: &Option<number_data_point::Value>| match v {
                    Some(number_data_point::Value::AsDouble(d)) => *d,
                    Some(number_data_point::Value::AsInt(i)) => *i as f64,
                    None => 0.0,
                };
                match &m.data {
                    Some(metric::Data::Sum(s)) => {
                        for p in &s.data_points {
                            push("sum", p.time_unix_nano, num(&p.value), &p.attributes);
                        }
                    }
                    Some(metric::Data::Gauge(g)) => {
                        for p in &g.data_points {
                            push("gauge", p.time_unix_nano, num(&p.value), &p.attributes);
                        }
                    }
                    Some(metric::Data::Histogram(h)) => {
                        for p in &h.data_points {
                            push(
                                "histogram",
                                p.time_unix_nano,
                                p.sum.unwrap_or(0.0),
                                &p.attributes,
                            );
                        }
                    }
                    _ => {}
                }
                check_count(out.len())?;
            }
        }
    }
    Ok(out)
}

/// Decodes an OTLP/HTTP protobuf logs body.
pub fn decode_logs_protobuf(body: &[u8]) -> Result<Vec<LogEvent>, OtlpError> {
    let req = ExportLogsServiceRequest::decode(body).map_err(|e| OtlpError::Protobuf {
        what: "ExportLogsServiceRequest",
        detail: e.to_string(),
    })?;
    logs_from_request(&req)
}

/// Decodes an OTLP/HTTP protobuf metrics body.
pub fn decode_metrics_protobuf(body: &[u8]) -> Result<Vec<MetricPoint>, OtlpError> {
    let req = ExportMetricsServiceRequest::decode(body).map_err(|e| OtlpError::Protobuf {
        what: "ExportMetricsServiceRequest",
        detail: e.to_string(),
    })?;
    metrics_from_request(&req)
}

// ---- JSON -----------------------------------------------------------------

/// A 64-bit integer sent as a JSON number or a string.
#[derive(Deserialize, Clone, Copy, Default)]
#[serde(untagged)]
enum Int {
    #[default]
    Missing,
    Num(i64),
    Unsigned(u64),
    Float(f64),
    Str(#[serde(deserialize_with = "de_int_str")] i64),
}

fn de_int_str<'de, D: serde::Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    let s = String::deserialize(d)?;
    s.parse::<i64>()
        .or_else(|_| s.parse::<u64>().map(|u| u as i64))
        .map_err(serde::de::Error::custom)
}

impl Int {
    fn as_u64(self) -> u64 {
        match self {
            Int::Missing => 0,
            Int::Num(i) | Int::Str(i) => u64::try_from(i).unwrap_or(0),
            Int::Unsigned(u) => u,
            Int::Float(f) if f.is_finite() && f >= 0.0 => f as u64,
            Int::Float(_) => 0,
        }
    }
    fn as_i64(self) -> Option<i64> {
        match self {
            Int::Missing => None,
            Int::Num(i) | Int::Str(i) => Some(i),
            Int::Unsigned(u) => i64::try_from(u).ok(),
            Int::Float(f) if f.is_finite() => Some(f as i64),
            Int::Float(_) => None,
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct JAny {
    #[serde(alias = "string_value")]
    string_value: Option<String>,
    #[serde(alias = "bool_value")]
    bool_value: Option<bool>,
    #[serde(alias = "int_value")]
    int_value: Option<Int>,
    #[serde(alias = "double_value")]
    double_value: Option<f64>,
    #[serde(alias = "array_value")]
    array_value: Option<JArray>,
    #[serde(alias = "kvlist_value")]
    kvlist_value: Option<JKvList>,
    #[serde(alias = "bytes_value")]
    bytes_value: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct JArray {
    values: Vec<JAny>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct JKvList {
    values: Vec<JKv>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct JKv {
    key: String,
    value: Option<JAny>,
}

fn j_value(v: &JAny, depth: usize) -> Value {
    if depth > MAX_DEPTH {
        return Value::String("<nested too deeply>".into());
    }
    if let Some(s) = &v.string_value {
        return Value::String(s.clone());
    }
    if let Some(b) = v.bool_value {
        return Value::Bool(b);
    }
    if let Some(i) = v.int_value.and_then(Int::as_i64) {
        return Value::Number(i.into());
    }
    if let Some(d) = v.double_value {
        return Number::from_f64(d).map_or(Value::Null, Value::Number);
    }
    if let Some(a) = &v.array_value {
        return Value::Array(a.values.iter().map(|x| j_value(x, depth + 1)).collect());
    }
    if let Some(kv) = &v.kvlist_value {
        return Value::Object(j_attrs(&kv.values, depth + 1));
    }
    if let Some(b) = &v.bytes_value {
        return Value::String(b.clone());
    }
    Value::Null
}

fn j_attrs(kvs: &[JKv], depth: usize) -> Map<String, Value> {
    kvs.iter()
        .map(|kv| {
            (
                kv.key.clone(),
                kv.value.as_ref().map_or(Value::Null, |v| j_value(v, depth)),
            )
        })
        .collect()
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct JResource {
    attributes: Vec<JKv>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct JScope {
    name: String,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct JLogsData {
    #[serde(alias = "resource_logs")]
    resource_logs: Vec<JResourceLogs>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct JResourceLogs {
    resource: Option<JResource>,
    #[serde(alias = "scope_logs")]
    scope_logs: Vec<JScopeLogs>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct JScopeLogs {
    scope: Option<JScope>,
    #[serde(alias = "log_records")]
    log_records: Vec<JLogRecord>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct JLogRecord {
    #[serde(alias = "time_unix_nano")]
    time_unix_nano: Int,
    #[serde(alias = "observed_time_unix_nano")]
    observed_time_unix_nano: Int,
    #[serde(alias = "severity_text")]
    severity_text: String,
    body: Option<JAny>,
    attributes: Vec<JKv>,
}

/// serde accepts a struct written as a JSON array; OTLP messages are objects.
fn require_object(body: &[u8], what: &'static str) -> Result<(), OtlpError> {
    match body.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'{') => Ok(()),
        _ => Err(OtlpError::Json {
            what,
            detail: "expected a JSON object".into(),
        }),
    }
}

/// Decodes an OTLP/JSON logs body.
pub fn decode_logs_json(body: &[u8]) -> Result<Vec<LogEvent>, OtlpError> {
    require_object(body, "logs")?;
    let data: JLogsData = serde_json::from_slice(body).map_err(|e| OtlpError::Json {
        what: "logs",
        detail: e.to_string(),
    })?;
    let n: usize = data
        .resource_logs
        .iter()
        .flat_map(|r| &r.scope_logs)
        .map(|s| s.log_records.len())
        .sum();
    check_count(n)?;
    let mut out = Vec::with_capacity(n);
    for rl in &data.resource_logs {
        let resource = rl
            .resource
            .as_ref()
            .map(|r| j_attrs(&r.attributes, 0))
            .unwrap_or_default();
        for sl in &rl.scope_logs {
            let scope = sl
                .scope
                .as_ref()
                .map(|s| s.name.clone())
                .unwrap_or_default();
            for r in &sl.log_records {
                let attributes = j_attrs(&r.attributes, 0);
                let body = body_text(&r.body.as_ref().map_or(Value::Null, |b| j_value(b, 0)));
                let t = r.time_unix_nano.as_u64();
                out.push(LogEvent {
                    time_unix_nano: if t > 0 {
                        t
                    } else {
                        r.observed_time_unix_nano.as_u64()
                    },
                    name: event_name(&body, &attributes),
                    body,
                    severity: r.severity_text.clone(),
                    attributes,
                    resource: resource.clone(),
                    scope: scope.clone(),
                });
            }
        }
    }
    Ok(out)
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct JMetricsData {
    #[serde(alias = "resource_metrics")]
    resource_metrics: Vec<JResourceMetrics>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct JResourceMetrics {
    resource: Option<JResource>,
    #[serde(alias = "scope_metrics")]
    scope_metrics: Vec<JScopeMetrics>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct JScopeMetrics {
    metrics: Vec<JMetric>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct JMetric {
    name: String,
    unit: String,
    sum: Option<JPoints>,
    gauge: Option<JPoints>,
    histogram: Option<JPoints>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct JPoints {
    #[serde(alias = "data_points")]
    data_points: Vec<JPoint>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct JPoint {
    attributes: Vec<JKv>,
    #[serde(alias = "time_unix_nano")]
    time_unix_nano: Int,
    #[serde(alias = "as_double")]
    as_double: Option<f64>,
    #[serde(alias = "as_int")]
    as_int: Option<Int>,
    sum: Option<f64>,
}

/// Decodes an OTLP/JSON metrics body.
pub fn decode_metrics_json(body: &[u8]) -> Result<Vec<MetricPoint>, OtlpError> {
    require_object(body, "metrics")?;
    let data: JMetricsData = serde_json::from_slice(body).map_err(|e| OtlpError::Json {
        what: "metrics",
        detail: e.to_string(),
    })?;
    let mut out = Vec::new();
    for rm in &data.resource_metrics {
        let resource = rm
            .resource
            .as_ref()
            .map(|r| j_attrs(&r.attributes, 0))
            .unwrap_or_default();
        for sm in &rm.scope_metrics {
            for m in &sm.metrics {
                for (kind, pts) in [
                    ("sum", &m.sum),
                    ("gauge", &m.gauge),
                    ("histogram", &m.histogram),
                ] {
                    let Some(pts) = pts else { continue };
                    for p in &pts.data_points {
                        let value = if kind == "histogram" {
                            p.sum.unwrap_or(0.0)
                        } else {
                            p.as_double
                                .or_else(|| p.as_int.and_then(Int::as_i64).map(|i| i as f64))
                                .unwrap_or(0.0)
                        };
                        out.push(MetricPoint {
                            time_unix_nano: p.time_unix_nano.as_u64(),
                            name: m.name.clone(),
                            kind: kind.into(),
                            unit: m.unit.clone(),
                            value,
                            attributes: j_attrs(&p.attributes, 0),
                            resource: resource.clone(),
                        });
                    }
                }
                check_count(out.len())?;
            }
        }
    }
    Ok(out)
}

/// An attribute value in OTLP/JSON form (`{"stringValue": ..}`, ...).
fn json_any(v: &Value) -> Value {
    match v {
        Value::String(x) => serde_json::json!({"stringValue": x}),
        Value::Bool(b) => serde_json::json!({"boolValue": b}),
        Value::Number(n) if n.is_i64() || n.is_u64() => {
            serde_json::json!({"intValue": n.to_string()})
        }
        Value::Number(n) => serde_json::json!({"doubleValue": n.as_f64()}),
        Value::Array(items) => {
            serde_json::json!({"arrayValue": {"values": items.iter().map(json_any).collect::<Vec<_>>()}})
        }
        Value::Object(m) => serde_json::json!({"kvlistValue": {"values": json_kvs(m)}}),
        Value::Null => serde_json::json!({}),
    }
}

fn json_kvs(m: &Map<String, Value>) -> Vec<Value> {
    m.iter()
        .map(|(k, v)| serde_json::json!({"key": k, "value": json_any(v)}))
        .collect()
}

/// Events back into an OTLP/JSON `LogsData` body (for forwarding upstream):
/// one `resourceLogs` per distinct resource and one `scopeLogs` per scope,
/// in the order first seen. [`decode_logs_json`] of the result gives the
/// same events.
pub fn encode_logs_json(events: &[LogEvent]) -> Value {
    let mut groups: Vec<(&Map<String, Value>, &str, Vec<Value>)> = Vec::new();
    for e in events {
        let record = serde_json::json!({
            "timeUnixNano": e.time_unix_nano.to_string(),
            "severityText": e.severity,
            "body": {"stringValue": e.body},
            "attributes": json_kvs(&e.attributes),
        });
        match groups
            .iter_mut()
            .find(|(r, s, _)| *r == &e.resource && *s == e.scope)
        {
            Some(g) => g.2.push(record),
            None => groups.push((&e.resource, &e.scope, vec![record])),
        }
    }
    let resource_logs: Vec<Value> = groups
        .into_iter()
        .map(|(resource, scope, records)| {
            serde_json::json!({
                "resource": {"attributes": json_kvs(resource)},
                "scopeLogs": [{"scope": {"name": scope}, "logRecords": records}],
            })
        })
        .collect();
    serde_json::json!({"resourceLogs": resource_logs})
}
