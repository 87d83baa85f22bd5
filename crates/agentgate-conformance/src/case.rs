//! Conformance cases and their translation into policy-engine inputs.

use std::path::Path;

use agentgate_hook_input::ToolCall;
use agentgate_policy::{PermissionMode, PolicyInputs};
use agentgate_settings::{Scope, SettingsError, SettingsFile, Sources};
use serde_json::Value;

/// A case that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum CaseError {
    /// Not JSON.
    #[error("{file}:{line}: not a JSON case: {message}")]
    Json {
        /// File.
        file: String,
        /// Line.
        line: usize,
        /// Cause.
        message: String,
    },
    /// A required field is missing or has the wrong type.
    #[error("case {id}: field {field} is missing or malformed")]
    Field {
        /// Case id.
        id: String,
        /// Field.
        field: &'static str,
    },
    /// A scope's settings cannot be parsed.
    #[error("case {id}: {source}")]
    Settings {
        /// Case id.
        id: String,
        /// Cause.
        source: SettingsError,
    },
    /// The file cannot be read.
    #[error("cannot read {file}: {source}")]
    Io {
        /// File.
        file: String,
        /// Cause.
        source: std::io::Error,
    },
}

/// Reads a JSON-lines case file.
pub fn load(path: &Path) -> Result<Vec<Value>, CaseError> {
    let file = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| CaseError::Io {
        file: file.clone(),
        source,
    })?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.trim_start().starts_with("//") {
            continue;
        }
        let v: Value = serde_json::from_str(line).map_err(|e| CaseError::Json {
            file: file.clone(),
            line: i + 1,
            message: e.to_string(),
        })?;
        out.push(v);
    }
    Ok(out)
}

/// The case id.
pub fn id(case: &Value) -> String {
    case.get("id")
        .and_then(Value::as_str)
        .unwrap_or("<no id>")
        .to_owned()
}

fn str_field<'a>(case: &'a Value, field: &'static str) -> Result<&'a str, CaseError> {
    case.get(field)
        .and_then(Value::as_str)
        .ok_or_else(|| CaseError::Field {
            id: id(case),
            field,
        })
}

/// The path a scope's file had when the case was observed.
pub fn scope_path(scope: Scope, home: &str, cwd: &str) -> String {
    match scope {
        Scope::Managed => "/etc/claude-code/managed-settings.json".into(),
        Scope::Cli => format!("{home}/cli-settings/settings.json"),
        Scope::Local => format!("{cwd}/.claude/settings.local.json"),
        Scope::Project => format!("{cwd}/.claude/settings.json"),
        Scope::User => format!("{home}/.claude/settings.json"),
    }
}

/// The case's JSON key for a scope.
pub fn scope_key(scope: Scope) -> &'static str {
    match scope {
        Scope::Managed => "managed",
        Scope::Cli => "cli_settings",
        Scope::Local => "local",
        Scope::Project => "project",
        Scope::User => "user",
    }
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// Engine inputs for a case.
pub fn inputs(case: &Value) -> Result<PolicyInputs, CaseError> {
    let home = str_field(case, "home")?.to_owned();
    let cwd = str_field(case, "cwd")?.to_owned();
    let mut sources = Sources::default();
    for scope in Scope::ALL {
        let Some(v) = case.pointer(&format!("/scopes/{}", scope_key(scope))) else {
            continue;
        };
        if v.is_null() {
            continue;
        }
        let path = scope_path(scope, &home, &cwd);
        let text = serde_json::to_string_pretty(v).unwrap_or_default();
        let file =
            SettingsFile::parse(scope, &path, &text).map_err(|source| CaseError::Settings {
                id: id(case),
                source,
            })?;
        match scope {
            Scope::Managed => sources.managed.push(file),
            Scope::Cli => sources.cli = Some(file),
            Scope::Local => sources.local = Some(file),
            Scope::Project => sources.project = Some(file),
            Scope::User => sources.user = Some(file),
        }
    }
    let mode_flag = match case
        .pointer("/flags/permission_mode")
        .and_then(Value::as_str)
    {
        Some(m) => Some(m.parse::<PermissionMode>().map_err(|_| CaseError::Field {
            id: id(case),
            field: "flags.permission_mode",
        })?),
        None => None,
    };
    Ok(PolicyInputs {
        sources,
        trusted: case
            .get("trusted")
            .and_then(Value::as_bool)
            .unwrap_or(false),
        allowed_tools: strings(case.pointer("/flags/allowed_tools")),
        disallowed_tools: strings(case.pointer("/flags/disallowed_tools")),
        mode_flag,
        home,
        cwd,
    })
}

/// The tool call of a case.
pub fn call(case: &Value) -> Result<ToolCall, CaseError> {
    Ok(ToolCall {
        tool_name: str_field(case, "tool_name")?.to_owned(),
        tool_input: case
            .get("tool_input")
            .and_then(Value::as_object)
            .cloned()
            .ok_or_else(|| CaseError::Field {
                id: id(case),
                field: "tool_input",
            })?,
        cwd: case.get("cwd").and_then(Value::as_str).map(str::to_owned),
        permission_mode: None,
        session_id: None,
        hook_event_name: Some("PreToolUse".into()),
        tool_use_id: None,
    })
}

/// What the engine decides for a case.
pub fn engine_decision(case: &Value) -> Result<agentgate_policy::Verdict, CaseError> {
    let inputs = inputs(case)?;
    let policy = agentgate_policy::Policy::compile(&inputs);
    Ok(policy.decide(&call(case)?))
}
