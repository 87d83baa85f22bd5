//! Any bytes as a hook input: parsing never panics, and a parsed call is decided.
#![no_main]

use agentgate_hook_input::parse_tool_call;
use agentgate_policy::{Policy, PolicyInputs};
use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: agentgate_fuzz::install_panic_hook(),
    |data: &[u8]| {
    let Ok(call) = parse_tool_call(data) else { return };
    let policy = Policy::compile(&PolicyInputs {
        home: "/h".into(),
        cwd: "/h/p".into(),
        ..PolicyInputs::default()
    });
    let _ = policy.decide(&call);
});
