//! Running one case with the real Claude Code CLI.
//!
//! The method reproduces the one used to record `dev.jsonl`
//! (`shared/fixtures/policy/README.md`): a fresh scratch HOME with the same
//! fixture files, the project a `git init` repository, logging-only hooks in
//! the user settings, managed settings bind-mounted over `/etc/claude-code` in
//! a private mount namespace, all traffic on loopback, and the outcome read
//! from which hook events fired for the call.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use agentgate_scripted_model::{ScriptedModel, ToolStep};
use serde_json::{json, Map, Value};

use crate::case;

/// The placeholder home of recorded cases.
pub const PLACEHOLDER_HOME: &str = "/home/user";

/// Files every session has, relative to the project (README of the cases).
const PROJECT_FILES: &[&str] = &[
    "README.md",
    "notes.txt",
    ".env",
    ".env.local",
    "config.json",
    "src/main.rs",
    "src/lib/util.rs",
    "sub/src/deep.txt",
    "secrets/key.txt",
    "docs/guide.md",
    "build/out.txt",
    "a/b/c/d.txt",
    "data.log",
    "sub/notes.txt",
    "edit_me.txt",
    "edit_me2.txt",
    "src/edit_src.txt",
    "docs/edit_doc.md",
];

/// Files every session has, relative to HOME.
const HOME_FILES: &[&str] = &[
    "outside.txt",
    "other/file.txt",
    "other/.env",
    ".ssh/id_test",
    ".ssh/test_ed25519",
    "docs/h.md",
    "cli-settings/x.txt",
    ".claude/notes.txt",
    "project2/src/p2.txt",
];

/// How to run the CLI.
#[derive(Clone, Debug)]
pub struct RunConfig {
    /// The `claude` binary.
    pub claude: PathBuf,
    /// Per-case time limit.
    pub timeout: Duration,
    /// Keep scratch directories (for debugging).
    pub keep: bool,
    /// Where scratch homes are made. Not under /tmp: rules such as
    /// `Read(//tmp/**)` must not cover the project.
    pub scratch_base: PathBuf,
}

/// What the CLI did with the call.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Observation {
    /// allow, ask or deny (by the hook signals).
    pub decision: &'static str,
    /// The hook events seen for the call.
    pub evidence: String,
    /// Scratch directory, when kept.
    pub scratch: Option<PathBuf>,
    /// The CLI's stream-json output (its init message names the permission
    /// mode in force).
    pub transcript: String,
}

/// A failure to run a case (not a disagreement).
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    /// Setting up files failed.
    #[error("cannot prepare the scratch home: {0}")]
    Io(#[from] std::io::Error),
    /// The case is malformed.
    #[error(transparent)]
    Case(#[from] case::CaseError),
    /// The scripted model failed to start.
    #[error(transparent)]
    Model(#[from] agentgate_scripted_model::StartError),
    /// The CLI did not finish in time.
    #[error("claude did not finish within {0:?}")]
    Timeout(Duration),
    /// The CLI produced no usable result.
    #[error("claude exited with {status}; stderr: {stderr}")]
    Cli {
        /// Exit status.
        status: String,
        /// Its standard error (truncated).
        stderr: String,
    },
}

/// Replaces the placeholder home in every string of a value.
fn map_home(v: &Value, home: &str) -> Value {
    match v {
        Value::String(s) => Value::String(s.replace(PLACEHOLDER_HOME, home)),
        Value::Array(a) => Value::Array(a.iter().map(|x| map_home(x, home)).collect()),
        Value::Object(m) => Value::Object(
            m.iter()
                .map(|(k, x)| (k.replace(PLACEHOLDER_HOME, home), map_home(x, home)))
                .collect(),
        ),
        other => other.clone(),
    }
}

fn write_json(path: &Path, v: &Value) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(path, serde_json::to_vec_pretty(v).unwrap_or_default())
}

fn hook_config(log: &Path) -> Value {
    let command = format!("cat >> '{0}'; echo >> '{0}'", log.display());
    let entry = json!([{ "matcher": "*", "hooks": [{ "type": "command", "command": command, "timeout": 30 }] }]);
    let mut hooks = Map::new();
    for event in [
        "PreToolUse",
        "PostToolUse",
        "PostToolUseFailure",
        "PermissionRequest",
        "PermissionDenied",
    ] {
        hooks.insert(event.into(), entry.clone());
    }
    Value::Object(hooks)
}

/// Runs one case with the real CLI.
pub async fn run_case(cfg: &RunConfig, raw_case: &Value) -> Result<Observation, RunError> {
    std::fs::create_dir_all(&cfg.scratch_base)?;
    let scratch = tempfile::Builder::new()
        .prefix("agc-")
        .tempdir_in(&cfg.scratch_base)?;
    let root = scratch.path().canonicalize()?;
    let home = root.join("home");
    let home_s = home.display().to_string();
    let c = map_home(raw_case, &home_s);
    let cwd = PathBuf::from(
        c.get("cwd")
            .and_then(Value::as_str)
            .unwrap_or(&format!("{home_s}/project")),
    );
    let id = case::id(&c);

    // Fixture files, each with the line the cases read.
    for f in PROJECT_FILES {
        let p = cwd.join(f);
        if let Some(d) = p.parent() {
            std::fs::create_dir_all(d)?;
        }
        std::fs::write(&p, format!("fixture {f}\nline2 hello\n"))?;
    }
    for f in HOME_FILES {
        let p = home.join(f);
        if let Some(d) = p.parent() {
            std::fs::create_dir_all(d)?;
        }
        std::fs::write(&p, format!("fixture ~/{f}\nline2 hello\n"))?;
    }
    // Files a case puts in the home directory (`"home_text": {".bashrc":
    // "export X=1\n"}`), written after the fixtures; paths stay inside it.
    if let Some(files) = c.get("home_text").and_then(Value::as_object) {
        for (rel, text) in files {
            let inside = !rel.starts_with('/') && !rel.split('/').any(|p| p == "..");
            if let (true, Some(text)) = (inside, text.as_str()) {
                let p = home.join(rel);
                if let Some(d) = p.parent() {
                    std::fs::create_dir_all(d)?;
                }
                std::fs::write(&p, text)?;
            }
        }
    }
    let git = tokio::process::Command::new("git")
        .args(["init", "-q"])
        .current_dir(&cwd)
        .stdin(Stdio::null())
        .status()
        .await?;
    if !git.success() {
        return Err(RunError::Cli {
            status: git.to_string(),
            stderr: "git init failed".into(),
        });
    }

    // Settings per scope; the user scope also carries the logging hooks.
    let hook_log = root.join("hooks.jsonl");
    let scope = |k: &str| {
        c.pointer(&format!("/scopes/{k}"))
            .filter(|v| !v.is_null())
            .cloned()
    };
    let mut user = scope("user").unwrap_or_else(|| json!({}));
    if let Some(obj) = user.as_object_mut() {
        obj.insert("hooks".into(), hook_config(&hook_log));
    }
    write_json(&home.join(".claude/settings.json"), &user)?;
    if let Some(p) = scope("project") {
        write_json(&cwd.join(".claude/settings.json"), &p)?;
    }
    if let Some(l) = scope("local") {
        write_json(&cwd.join(".claude/settings.local.json"), &l)?;
    }
    let cli_settings = home.join("cli-settings/settings.json");
    let cli = scope("cli_settings");
    if let Some(s) = &cli {
        write_json(&cli_settings, s)?;
    }
    let managed_dir = root.join("managed");
    std::fs::create_dir_all(&managed_dir)?;
    if let Some(m) = scope("managed") {
        write_json(&managed_dir.join("managed-settings.json"), &m)?;
    }
    let mut global = json!({ "hasCompletedOnboarding": true });
    if c.get("trusted").and_then(Value::as_bool) == Some(true) {
        global["projects"] =
            json!({ cwd.display().to_string(): { "hasTrustDialogAccepted": true } });
    }
    write_json(&home.join(".claude.json"), &global)?;

    // The script: any preceding calls (Edit needs a prior Read), then the case's call.
    let mut steps = Vec::new();
    if let Some(pre) = c.get("preceded_by").and_then(Value::as_array) {
        for (i, p) in pre.iter().enumerate() {
            steps.push(ToolStep {
                id: format!("toolu_conformance_pre_{i:02}"),
                name: p
                    .get("tool_name")
                    .and_then(Value::as_str)
                    .unwrap_or("Read")
                    .to_owned(),
                input: p.get("tool_input").cloned().unwrap_or_else(|| json!({})),
            });
        }
    }
    let call_id = "toolu_conformance_case".to_owned();
    let tool_name = c
        .get("tool_name")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_owned();
    let tool_input = c.get("tool_input").cloned().unwrap_or_else(|| json!({}));
    steps.push(ToolStep {
        id: call_id.clone(),
        name: tool_name.clone(),
        input: tool_input.clone(),
    });
    let model = ScriptedModel::start(steps).await?;

    // The command: claude inside a private mount namespace whose
    // /etc/claude-code is this case's managed directory.
    let mut args: Vec<String> = vec![
        "-p".into(),
        "do the task".into(),
        "--output-format".into(),
        "stream-json".into(),
        "--verbose".into(),
    ];
    if let Some(m) = c.pointer("/flags/permission_mode").and_then(Value::as_str) {
        args.extend(["--permission-mode".into(), m.into()]);
    }
    for (flag, key) in [
        ("--allowedTools", "allowed_tools"),
        ("--disallowedTools", "disallowed_tools"),
    ] {
        let rules: Vec<String> = c
            .pointer(&format!("/flags/{key}"))
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        if !rules.is_empty() {
            args.push(flag.into());
            args.extend(rules);
        }
    }
    if cli.is_some() {
        args.extend(["--settings".into(), cli_settings.display().to_string()]);
    }
    let mut cmd = tokio::process::Command::new("unshare");
    cmd.args(["--mount", "--propagation", "private", "sh", "-c"])
        .arg("mkdir -p /etc/claude-code && mount --bind \"$1\" /etc/claude-code && shift && exec \"$@\"")
        .arg("sh")
        .arg(&managed_dir)
        .arg(&cfg.claude)
        .args(&args)
        .current_dir(&cwd)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_else(|_| "/usr/bin:/bin".into()))
        .env("HOME", &home)
        .env("USER", "root")
        .env("ANTHROPIC_BASE_URL", model.base_url())
        .env("ANTHROPIC_API_KEY", "dummy")
        .env("DISABLE_TELEMETRY", "1")
        .env("CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC", "1")
        .env("DISABLE_AUTOUPDATER", "1")
        .env("DISABLE_ERROR_REPORTING", "1")
        .env("CLAUDE_CODE_TMPDIR", root.join("tmp"))
        .env("HTTP_PROXY", "http://127.0.0.1:9")
        .env("HTTPS_PROXY", "http://127.0.0.1:9")
        .env("http_proxy", "http://127.0.0.1:9")
        .env("https_proxy", "http://127.0.0.1:9")
        .env("NO_PROXY", "127.0.0.1")
        .env("no_proxy", "127.0.0.1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    std::fs::create_dir_all(root.join("tmp"))?;
    if let Some(env) = c.get("env").and_then(Value::as_object) {
        for (k, v) in env {
            if let Some(v) = v.as_str() {
                cmd.env(k, v);
            }
        }
    }
    let child = cmd.spawn()?;
    let output = match tokio::time::timeout(cfg.timeout, child.wait_with_output()).await {
        Ok(o) => o?,
        Err(_) => return Err(RunError::Timeout(cfg.timeout)),
    };
    drop(model);

    let log = std::fs::read_to_string(&hook_log).unwrap_or_default();
    let events: Vec<Value> = log
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    let ev_name = |e: &Value| {
        e.get("hook_event_name")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned()
    };
    // PermissionRequest and PermissionDenied carry no tool_use_id: they belong
    // to the latest PreToolUse before them (calls run strictly one by one).
    let mut current: Option<String> = None;
    let mut seen: Vec<String> = Vec::new();
    for e in &events {
        let name = ev_name(e);
        let owner = match e.get("tool_use_id").and_then(Value::as_str) {
            Some(t) => {
                if name == "PreToolUse" {
                    current = Some(t.to_owned());
                }
                Some(t.to_owned())
            }
            None => current.clone(),
        };
        if owner.as_deref() == Some(call_id.as_str()) {
            seen.push(name);
        }
    }
    if events.is_empty() && !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(RunError::Cli {
            status: output.status.to_string(),
            stderr: stderr.chars().take(600).collect(),
        });
    }
    let decision = if seen.iter().any(|e| e == "PermissionRequest") {
        "ask"
    } else if seen
        .iter()
        .any(|e| e == "PostToolUse" || e == "PostToolUseFailure")
    {
        "allow"
    } else {
        "deny"
    };
    let stdout = String::from_utf8_lossy(&output.stdout);
    let tool_result = stdout
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter_map(|m| {
            m.pointer("/message/content")
                .and_then(Value::as_array)
                .and_then(|blocks| {
                    blocks.iter().find(|b| {
                        b.get("type").and_then(Value::as_str) == Some("tool_result")
                            && b.get("tool_use_id").and_then(Value::as_str)
                                == Some(call_id.as_str())
                    })
                })
                .map(|b| match b.get("content") {
                    Some(Value::String(s)) => s.clone(),
                    Some(other) => other.to_string(),
                    None => String::new(),
                })
        })
        .next()
        .unwrap_or_default();
    let evidence = format!(
        "{id}: hooks [{}]; tool_result: {}",
        seen.join(", "),
        tool_result.chars().take(160).collect::<String>()
    );
    let kept = if cfg.keep { Some(scratch.keep()) } else { None };
    Ok(Observation {
        decision,
        evidence,
        scratch: kept,
        transcript: stdout.into_owned(),
    })
}
