//! The hook input contract of Claude Code.
//!
//! Claude Code writes one JSON object to a hook's standard input. This crate
//! reads it defensively: bounded size, strict JSON, required fields checked
//! with errors that say which field is wrong.

// This crate parses untrusted input: an index out of range must be an
// error, never a panic (issue 11). Exceptions carry a reason.
#![deny(clippy::indexing_slicing, clippy::string_slice)]

use serde_json::{Map, Value};

/// Largest hook input accepted. Claude Code's tool inputs are far smaller
/// (file contents for Write are the largest); anything above is refused.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// A tool call as Claude Code describes it to PreToolUse hooks.
#[derive(Clone, Debug, PartialEq)]
pub struct ToolCall {
    /// `tool_name`, e.g. `Bash`, `Read`, `mcp__github__create_issue`.
    pub tool_name: String,
    /// `tool_input`: the tool's arguments.
    pub tool_input: Map<String, Value>,
    /// `cwd`: the session's working directory.
    pub cwd: Option<String>,
    /// `permission_mode`, when Claude Code sent it.
    pub permission_mode: Option<String>,
    /// `session_id`.
    pub session_id: Option<String>,
    /// `hook_event_name`.
    pub hook_event_name: Option<String>,
    /// `tool_use_id`.
    pub tool_use_id: Option<String>,
}

/// Why a hook input was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum InputError {
    /// Larger than [`MAX_INPUT_BYTES`].
    #[error("hook input is {size} bytes, over the {max}-byte limit")]
    TooLarge {
        /// Bytes read.
        size: usize,
        /// The limit.
        max: usize,
    },
    /// Empty input.
    #[error("hook input is empty; expected one JSON object on standard input")]
    Empty,
    /// Not JSON.
    #[error("hook input is not valid JSON at line {line}, column {column}: {message}")]
    Json {
        /// Line (1-based).
        line: usize,
        /// Column (1-based).
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// JSON, but not an object.
    #[error("hook input must be a JSON object, not {0}")]
    NotAnObject(&'static str),
    /// A required field is missing.
    #[error("hook input has no \"{0}\" field; a PreToolUse input needs tool_name and tool_input")]
    Missing(&'static str),
    /// A field has the wrong type.
    #[error("hook input field \"{field}\" must be {expected}")]
    WrongType {
        /// The field.
        field: &'static str,
        /// What it must be.
        expected: &'static str,
    },
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Parses any hook input into its top-level object.
pub fn parse_object(bytes: &[u8]) -> Result<Map<String, Value>, InputError> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(InputError::TooLarge {
            size: bytes.len(),
            max: MAX_INPUT_BYTES,
        });
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(InputError::Empty);
    }
    // serde_json bounds nesting depth (128), so deep input is an error.
    let value: Value = serde_json::from_slice(bytes).map_err(|e| InputError::Json {
        line: e.line(),
        column: e.column(),
        message: {
            let m = e.to_string();
            m.rfind(" at line ")
                .and_then(|i| m.get(..i))
                .map_or_else(|| m.clone(), str::to_owned)
        },
    })?;
    match value {
        Value::Object(m) => Ok(m),
        other => Err(InputError::NotAnObject(kind(&other))),
    }
}

fn opt_string(map: &Map<String, Value>, field: &'static str) -> Result<Option<String>, InputError> {
    match map.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(InputError::WrongType {
            field,
            expected: "a string",
        }),
    }
}

/// Parses a PreToolUse-shaped input (also PostToolUse, PermissionRequest).
pub fn parse_tool_call(bytes: &[u8]) -> Result<ToolCall, InputError> {
    tool_call_from_object(parse_object(bytes)?)
}

/// The tool call in an already parsed hook input object, with the same
/// checks as [`parse_tool_call`].
pub fn tool_call_from_object(mut map: Map<String, Value>) -> Result<ToolCall, InputError> {
    let tool_name = match map.get("tool_name") {
        Some(Value::String(s)) if !s.is_empty() => s.clone(),
        Some(Value::String(_)) => {
            return Err(InputError::WrongType {
                field: "tool_name",
                expected: "a non-empty string",
            })
        }
        Some(_) => {
            return Err(InputError::WrongType {
                field: "tool_name",
                expected: "a string",
            })
        }
        None => return Err(InputError::Missing("tool_name")),
    };
    let tool_input = match map.remove("tool_input") {
        Some(Value::Object(m)) => m,
        Some(_) => {
            return Err(InputError::WrongType {
                field: "tool_input",
                expected: "an object",
            })
        }
        None => return Err(InputError::Missing("tool_input")),
    };
    Ok(ToolCall {
        tool_name,
        tool_input,
        cwd: opt_string(&map, "cwd")?,
        permission_mode: opt_string(&map, "permission_mode")?,
        session_id: opt_string(&map, "session_id")?,
        hook_event_name: opt_string(&map, "hook_event_name")?,
        tool_use_id: opt_string(&map, "tool_use_id")?,
    })
}

#[cfg(test)]
#[allow(
    clippy::indexing_slicing,
    clippy::string_slice,
    reason = "tests index known values"
)]
mod tests {
    use super::*;

    #[test]
    fn parses_real_fixture_shape() {
        let input = br#"{"session_id":"s","cwd":"/p","permission_mode":"default","hook_event_name":"PreToolUse","tool_name":"Bash","tool_input":{"command":"ls"},"tool_use_id":"t"}"#;
        let call = parse_tool_call(input).unwrap();
        assert_eq!(call.tool_name, "Bash");
        assert_eq!(call.tool_input["command"], "ls");
        assert_eq!(call.permission_mode.as_deref(), Some("default"));
    }

    #[test]
    fn rejects_bad_inputs() {
        assert_eq!(parse_tool_call(b"  "), Err(InputError::Empty));
        assert!(matches!(
            parse_tool_call(b"{"),
            Err(InputError::Json { .. })
        ));
        assert_eq!(
            parse_tool_call(b"[]"),
            Err(InputError::NotAnObject("an array"))
        );
        assert_eq!(
            parse_tool_call(br#"{"tool_input":{}}"#),
            Err(InputError::Missing("tool_name"))
        );
        assert!(matches!(
            parse_tool_call(br#"{"tool_name":"Bash","tool_input":"ls"}"#),
            Err(InputError::WrongType {
                field: "tool_input",
                ..
            })
        ));
        let deep = "[".repeat(100_000);
        assert!(matches!(
            parse_tool_call(deep.as_bytes()),
            Err(InputError::Json { .. })
        ));
    }
}
