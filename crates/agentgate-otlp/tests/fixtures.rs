//! The real payloads Claude Code 2.1.331 exported, decoded both ways.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;

use agentgate_otlp::*;

fn otlp_dir() -> PathBuf {
    let shared = std::env::var_os("AGENTGATE_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            std::env::var_os("CARGO_MANIFEST_DIR")
                .map(PathBuf::from)
                .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")))
                .join("../../../shared")
        });
    shared.join("fixtures/claude-code/otlp")
}

#[test]
fn json_logs_carry_the_tool_events() {
    let body = std::fs::read(otlp_dir().join("http-json/0001_logs.json")).unwrap();
    let events = decode_logs_json(&body).unwrap();
    assert_eq!(events.len(), 51);
    let decisions: Vec<&LogEvent> = events
        .iter()
        .filter(|e| e.name == "tool_decision")
        .collect();
    assert!(!decisions.is_empty());
    let d = decisions[0];
    assert!(d.attr("tool_use_id").unwrap().starts_with("toolu_"));
    assert_eq!(d.attr("decision"), Some("accept"));
    assert_eq!(
        d.attr("service.name"),
        Some("claude-code"),
        "resource attributes are kept"
    );
    assert!(d.attr("session.id").is_some());
    assert!(d.time_unix_nano > 1_700_000_000_000_000_000);
    // event.sequence was sent as a JSON number, not a string.
    assert!(d.attributes["event.sequence"].is_i64());
    let rejected = events
        .iter()
        .chain(
            decode_logs_json(&std::fs::read(otlp_dir().join("http-json/0003_logs.json")).unwrap())
                .unwrap()
                .iter(),
        )
        .any(|e| {
            e.name == "tool_decision"
                && e.attr("decision") == Some("reject")
                && e.attr("source") == Some("hook")
        });
    assert!(
        rejected,
        "the hook's deny shows as a reject from source hook"
    );
}

#[test]
fn protobuf_and_its_json_twin_decode_alike() {
    for stem in ["0001_logs", "0002_logs"] {
        let pb = std::fs::read(otlp_dir().join(format!("http-protobuf/{stem}.pb"))).unwrap();
        let js =
            std::fs::read(otlp_dir().join(format!("http-protobuf/{stem}.pb.otlp.json"))).unwrap();
        let a = decode_logs_protobuf(&pb).unwrap();
        let b = decode_logs_json(&js).unwrap();
        assert_eq!(a.len(), b.len(), "{stem}");
        assert!(!a.is_empty());
        for (x, y) in a.iter().zip(&b) {
            assert_eq!(x.name, y.name);
            assert_eq!(x.time_unix_nano, y.time_unix_nano);
            assert_eq!(x.attr("tool_use_id"), y.attr("tool_use_id"));
            assert_eq!(x.attr("session.id"), y.attr("session.id"));
        }
    }
    let pb = std::fs::read(otlp_dir().join("http-protobuf/0003_metrics.pb")).unwrap();
    let js = std::fs::read(otlp_dir().join("http-protobuf/0003_metrics.pb.otlp.json")).unwrap();
    let a = decode_metrics_protobuf(&pb).unwrap();
    let b = decode_metrics_json(&js).unwrap();
    assert_eq!(a.len(), b.len());
    assert!(a.iter().any(|m| m.name == "claude_code.token.usage"));
    for (x, y) in a.iter().zip(&b) {
        assert_eq!((x.name.as_str(), x.value), (y.name.as_str(), y.value));
    }
}

#[test]
fn json_metrics() {
    let body = std::fs::read(otlp_dir().join("http-json/0002_metrics.json")).unwrap();
    let points = decode_metrics_json(&body).unwrap();
    assert!(points
        .iter()
        .any(|p| p.name == "claude_code.cost.usage" && p.value > 0.0));
    assert!(points.iter().all(|p| p.kind == "sum"));
}

#[test]
fn hostile_payloads_are_errors_not_panics() {
    assert!(matches!(
        decode_logs_json(b"{"),
        Err(OtlpError::Json { .. })
    ));
    assert!(matches!(
        decode_logs_json(b"[]"),
        Err(OtlpError::Json { .. })
    ));
    assert!(matches!(
        decode_logs_protobuf(&[0xff; 64]),
        Err(OtlpError::Protobuf { .. })
    ));
    assert!(decode_logs_json(b"{}").unwrap().is_empty());
    // Deep nesting is cut, not recursed into forever.
    let mut v = String::from("{\"stringValue\":\"x\"}");
    for _ in 0..100 {
        v = format!("{{\"arrayValue\":{{\"values\":[{v}]}}}}");
    }
    let body = format!("{{\"resourceLogs\":[{{\"scopeLogs\":[{{\"logRecords\":[{{\"attributes\":[{{\"key\":\"k\",\"value\":{v}}}]}}]}}]}}]}}");
    assert!(matches!(
        decode_logs_json(body.as_bytes()),
        Err(OtlpError::Json { .. })
    ));
    // Integers as strings, as the spec says, and out of range.
    let body = br#"{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"timeUnixNano":"1795555271439000000","attributes":[{"key":"n","value":{"intValue":"99999999999999999999"}}]}]}]}]}"#;
    assert!(matches!(
        decode_logs_json(body),
        Err(OtlpError::Json { .. })
    ));
    let body = br#"{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"timeUnixNano":"1795555271439000000","body":{"stringValue":"claude_code.user_prompt"}}]}]}]}"#;
    let e = decode_logs_json(body).unwrap();
    assert_eq!(
        (e[0].name.as_str(), e[0].time_unix_nano),
        ("user_prompt", 1_795_555_271_439_000_000)
    );
}

#[test]
fn encoding_for_upstream_round_trips_the_real_events() {
    for (dir, name, json) in [
        ("http-json", "0001_logs.json", true),
        ("http-json", "0003_logs.json", true),
        ("http-protobuf", "0001_logs.pb", false),
    ] {
        let body = std::fs::read(otlp_dir().join(dir).join(name)).unwrap();
        let events = if json {
            decode_logs_json(&body).unwrap()
        } else {
            decode_logs_protobuf(&body).unwrap()
        };
        assert!(!events.is_empty(), "{dir}/{name}");
        let encoded = encode_logs_json(&events).to_string();
        let back = decode_logs_json(encoded.as_bytes()).unwrap();
        assert_eq!(back, events, "{dir}/{name}");
    }
}
