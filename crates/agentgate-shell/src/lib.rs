//! Shell analysis for agentgate.
//!
//! Turns one bash command line (as an agent would run it) into the flat list of
//! simple commands that would execute, including those nested in subshells,
//! brace groups, control structures, function bodies, `$(...)`, backticks and
//! process substitutions. Each command keeps its source text, its assignments,
//! its argument words and its redirections, so that a policy can match rules
//! against it and check the paths it touches.
//!
//! Parsing uses `brush-parser`, a bash-compatible tokenizer and parser, rather
//! than string splitting: quoting, escapes and nesting are decided the way bash
//! decides them.

// This crate parses untrusted input: an index out of range must be an
// error, never a panic (issue 11). Exceptions carry a reason.
#![deny(clippy::indexing_slicing, clippy::string_slice)]

mod analyze;
mod eof;
mod readloop;
mod word;

pub use analyze::{
    analyze, Analysis, Assignment, FunctionDef, Limits, LoopBinding, Nesting, PipelinePos,
    Redirect, RedirectKind, ShellError, SimpleCommand,
};
pub use word::Word;

/// Whether a panic was raised inside the bash parser. Such panics are caught
/// by [`analyze`] and reported as [`ShellError::Syntax`]; a panic hook can use
/// this to stay quiet about them (and fuzz targets to not count them).
pub fn is_contained_parser_panic(info: &std::panic::PanicHookInfo<'_>) -> bool {
    info.location()
        .is_some_and(|l| l.file().contains("brush-parser") || l.file().contains("brush_parser"))
}
