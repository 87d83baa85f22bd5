//! Shared set-up for the fuzz targets.

/// Panics inside brush-parser are caught by agentgate-shell and become
/// "unparseable" errors; only other panics are findings, so only they abort.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        if !agentgate_shell::is_contained_parser_panic(info) {
            eprintln!("{info}");
            std::process::abort();
        }
    }));
}
