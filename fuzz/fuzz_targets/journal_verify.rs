//! Any text as a journal file or a signed checkpoint: verify answers, never
//! panics, and never calls random text a valid chain of records.
#![no_main]

use agentgate_journal::{note, verify_lines, Checkpoint};
use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: agentgate_fuzz::install_panic_hook(),
    |data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(n) = verify_lines(text) {
        // Only genuine chains verify: a non-empty "chain" must start at the
        // genesis link.
        if n > 0 {
            assert!(text.contains(agentgate_journal::GENESIS));
        }
    }
    let key = agentgate_journal::DeviceKey::from_secret([7; 32]);
    let _ = Checkpoint::verify(text, &key.origin(), &key.verifying_key());
    let _ = note::parse_verifier_key(text);
});
