//! Claude Code settings: where they live, how they load, how they merge.
//!
//! Claude Code spreads its configuration over five scopes (managed, command
//! line, local project, shared project, user), plus drop-in files and folder
//! trust. This crate finds those files, parses them strictly (a file Claude
//! Code would reject is an error naming the file, line and column), records
//! where every value sits, and merges them with Claude Code's precedence so
//! that every effective value can be traced back to its file and line.

mod discover;
mod file;
mod merge;

pub use discover::{
    discover, find_git_root, read_trust, settings_paths, DiscoverOptions, Sources, Trust,
};
pub use file::{Location, Scope, SettingsError, SettingsFile, MAX_SETTINGS_BYTES};
pub use merge::{merge, Diagnostic, Merged, MergedValue, Origin, Severity, MANAGED_ONLY_KEYS};
