//! Any bytes as an OTLP/HTTP body (JSON or protobuf, logs or metrics): an
//! error or events, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: agentgate_fuzz::install_panic_hook(),
    |data: &[u8]| {
    let _ = agentgate_otlp::decode_logs_json(data);
    let _ = agentgate_otlp::decode_logs_protobuf(data);
    let _ = agentgate_otlp::decode_metrics_json(data);
    let _ = agentgate_otlp::decode_metrics_protobuf(data);
});
