//! Any string as a Bash command: the risk engine never panics, and a command
//! that cannot be parsed is never reported clean.
#![no_main]

use agentgate_risk::{assess_bash, Category, Context};
use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: agentgate_fuzz::install_panic_hook(),
    |data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    let ctx = Context::new("/home/dev/project", "/home/dev");
    let a = assess_bash(src, &ctx);
    let parses = agentgate_shell::analyze(src, &agentgate_shell::Limits::default()).is_ok();
    if !parses {
        assert!(
            a.findings.iter().any(|f| f.category == Category::Unverifiable),
            "an unparsable command was reported clean: {src:?}"
        );
    }
});
