//! Shared helpers: turning an observed conformance case into policy inputs.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;

use agentgate_hook_input::ToolCall;
use agentgate_policy::{PolicyInputs, PermissionMode};
use agentgate_settings::{Scope, SettingsFile, Sources};
use serde_json::Value;

/// `shared/` next to the repository (CI clones it there), or `$AGENTGATE_SHARED`.
pub fn shared_dir() -> PathBuf {
    if let Ok(d) = std::env::var("AGENTGATE_SHARED") {
        return PathBuf::from(d);
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
}

pub fn load_cases(rel: &str) -> Vec<Value> {
    let path = shared_dir().join(rel);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}; set AGENTGATE_SHARED to the shared/ folder", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn file(scope: Scope, path: &str, v: &Value) -> SettingsFile {
    let text = serde_json::to_string_pretty(v).unwrap();
    SettingsFile::parse(scope, path, &text).unwrap()
}

pub fn inputs_for(case: &Value) -> PolicyInputs {
    let home = case["home"].as_str().unwrap().to_owned();
    let cwd = case["cwd"].as_str().unwrap().to_owned();
    let scopes = &case["scopes"];
    let mut sources = Sources::default();
    if !scopes["managed"].is_null() {
        sources.managed.push(file(Scope::Managed, "/etc/claude-code/managed-settings.json", &scopes["managed"]));
    }
    if !scopes["cli_settings"].is_null() {
        sources.cli = Some(file(Scope::Cli, &format!("{home}/cli-settings/settings.json"), &scopes["cli_settings"]));
    }
    if !scopes["local"].is_null() {
        sources.local = Some(file(Scope::Local, &format!("{cwd}/.claude/settings.local.json"), &scopes["local"]));
    }
    if !scopes["project"].is_null() {
        sources.project = Some(file(Scope::Project, &format!("{cwd}/.claude/settings.json"), &scopes["project"]));
    }
    if !scopes["user"].is_null() {
        sources.user = Some(file(Scope::User, &format!("{home}/.claude/settings.json"), &scopes["user"]));
    }
    let strings = |v: &Value| -> Vec<String> {
        v.as_array().map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_owned)).collect()).unwrap_or_default()
    };
    PolicyInputs {
        sources,
        trusted: case["trusted"].as_bool().unwrap_or(false),
        allowed_tools: strings(&case["flags"]["allowed_tools"]),
        disallowed_tools: strings(&case["flags"]["disallowed_tools"]),
        mode_flag: case["flags"]["permission_mode"].as_str().map(|m| m.parse::<PermissionMode>().unwrap()),
        home,
        cwd,
    }
}

pub fn call_for(case: &Value) -> ToolCall {
    ToolCall {
        tool_name: case["tool_name"].as_str().unwrap().to_owned(),
        tool_input: case["tool_input"].as_object().unwrap().clone(),
        cwd: case["cwd"].as_str().map(str::to_owned),
        permission_mode: None,
        session_id: None,
        hook_event_name: Some("PreToolUse".into()),
        tool_use_id: None,
    }
}
