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

mod analyze;
mod word;

pub use analyze::{
    analyze, Analysis, Assignment, Limits, Nesting, Redirect, RedirectKind, ShellError,
    SimpleCommand,
};
pub use word::Word;
