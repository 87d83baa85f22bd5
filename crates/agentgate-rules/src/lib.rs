//! Claude Code permission rules.
//!
//! A rule string such as `Bash(git push:*)`, `Read(./secrets/**)`,
//! `WebFetch(domain:*.example.com)` or `mcp__github__get_*` is parsed into a
//! validated [`Rule`]. Parsing never drops a rule silently: a rule that Claude
//! Code would skip or never consult is still returned, with a [`RuleWarning`]
//! that says why, so that tools can report it.

mod domain;
pub mod lexical;
mod parse;
mod path;
mod wildcard;

pub use domain::{host_of_url, normalize_host, DomainPattern};
pub use parse::{Behavior, Content, Rule, RuleError, RuleWarning, ToolSelector};
pub use path::{PathAnchor, PathPattern, PathRoots};
pub use wildcard::{BashPattern, Wildcard};

/// Canonical name of a tool, folding the aliases Claude Code accepts.
pub fn canonical_tool(name: &str) -> &str {
    match name {
        "Task" => "Agent",
        other => other,
    }
}

/// Which family of rules governs a tool: the tool whose name rules use.
/// `Read(...)` rules cover the read-only file tools and `Edit(...)` rules the
/// tools that write files.
pub fn rule_family(tool: &str) -> &str {
    match tool {
        "Read" | "Grep" | "Glob" | "LS" | "LSP" | "NotebookRead" => "Read",
        "Edit" | "Write" | "MultiEdit" | "NotebookEdit" => "Edit",
        "Monitor" => "Bash",
        "Task" => "Agent",
        other => other,
    }
}
