//! Any text through the redactor: no panic, and redacting twice changes
//! nothing more.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: agentgate_fuzz::install_panic_hook(),
    |data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (once, _) = agentgate_redact::redact_str(text);
    let (twice, _) = agentgate_redact::redact_str(&once);
    assert_eq!(once, twice);
});
