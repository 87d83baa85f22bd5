//! Conformance between agentgate's policy engine and the real Claude Code CLI.
//!
//! A case (the schema of `shared/fixtures/policy/dev.jsonl`) names settings for
//! each scope, flags, folder trust and one tool call. [`case`] turns a case into
//! engine inputs; [`runner`] reproduces it with the real CLI in a scratch home,
//! a private mount namespace for `/etc/claude-code`, and a scripted model on
//! loopback, and reads the outcome from hook logs.

pub mod case;
pub mod runner;
