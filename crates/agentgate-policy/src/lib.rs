//! The agentgate policy engine.
//!
//! Given Claude Code's settings scopes, flags and folder trust, decides a tool
//! call the way Claude Code 2.1.331 does (deny, then ask, then allow, pooled
//! across scopes, then the permission mode) and says which rule from which
//! file decided, or which built-in behaviour did.

mod builtin;
mod compile;
mod decide;
mod explain;
mod mode;
mod paths;

pub use compile::{Policy, PolicyDiagnostic, PolicyInputs, PolicyRule, RuleOrigin, Via};
pub use decide::{Basis, Decision, RuleRef, Verdict, MAX_COMMAND_CHARS};
pub use explain::{Considered, Explanation};
pub use mode::{PermissionMode, UnknownMode};
pub use paths::resolve as resolve_path;
