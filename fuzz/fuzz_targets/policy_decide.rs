//! A fuzzed rule list and a fuzzed Bash command: the decision never panics,
//! and a command matched by a deny rule is never allowed.
#![no_main]

use agentgate_hook_input::ToolCall;
use agentgate_policy::{Decision, Policy, PolicyInputs};
use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: agentgate_fuzz::install_panic_hook(),
    |data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (rules, command) = text.split_once('\n').unwrap_or(("Bash(rm:*)", text));
    let allow: Vec<String> = rules.split('|').map(str::to_owned).collect();
    let policy = Policy::compile(&PolicyInputs {
        allowed_tools: allow,
        disallowed_tools: vec!["Bash(rm:*)".into()],
        home: "/h".into(),
        cwd: "/h/p".into(),
        ..PolicyInputs::default()
    });
    let mut input = serde_json_map(command);
    let call = ToolCall {
        tool_name: "Bash".into(),
        tool_input: std::mem::take(&mut input),
        cwd: None,
        permission_mode: None,
        session_id: None,
        hook_event_name: None,
        tool_use_id: None,
    };
    let v = policy.decide(&call);
    if command.trim_start().starts_with("rm ") {
        assert_ne!(v.decision, Decision::Allow, "deny rule bypassed: {command:?}");
    }
});

fn serde_json_map(command: &str) -> agentgate_policy_json::Map {
    let mut m = agentgate_policy_json::Map::new();
    m.insert("command".into(), agentgate_policy_json::Value::String(command.into()));
    m
}

mod agentgate_policy_json {
    pub use serde_json::{Map as RawMap, Value};
    pub type Map = RawMap<String, Value>;
}
