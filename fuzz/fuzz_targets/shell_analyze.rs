//! Any string as a shell command: analysis never panics or recurses without bound.
#![no_main]

use agentgate_shell::{analyze, Limits};
use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: {
        // Panics inside brush-parser are caught by agentgate-shell and become
        // "unparseable" errors; only other panics are findings.
        std::panic::set_hook(Box::new(|info| {
            if !agentgate_shell::is_contained_parser_panic(info) {
                eprintln!("{info}");
                std::process::abort();
            }
        }));
    },
    |data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(a) = analyze(text, &Limits::default()) {
        for c in &a.commands {
            let _ = c.name();
        }
    }
});
