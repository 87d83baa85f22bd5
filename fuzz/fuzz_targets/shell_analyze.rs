//! Any string as a shell command: analysis never panics or recurses without bound.
#![no_main]

use agentgate_shell::{analyze, Limits};
use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: agentgate_fuzz::install_panic_hook(),
    |data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(a) = analyze(text, &Limits::default()) {
        for c in &a.commands {
            let _ = c.name();
        }
    }
});
