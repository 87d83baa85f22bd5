//! `agentgate policy eval | explain | show`.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use agentgate_hook_input::{parse_tool_call, ToolCall, MAX_INPUT_BYTES};
use agentgate_policy::{Basis, Explanation, PermissionMode, Policy, PolicyInputs, Verdict};
use agentgate_settings::{
    discover, merge, read_trust, DiscoverOptions, MergedValue, Scope, SettingsError, SettingsFile,
    Sources,
};
use anyhow::Context;
use clap::{Args, Subcommand};
use serde::Serialize;
use serde_json::Value;

use crate::exit;

/// A failure with its own exit code.
#[derive(Debug)]
pub enum Failure {
    /// A settings file is broken.
    Settings(SettingsError),
    /// The input or a flag is malformed.
    Input(String),
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Settings(e) => write!(f, "{e}"),
            Self::Input(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for Failure {}

impl Failure {
    /// The process exit code for this failure.
    pub fn exit_code(&self) -> u8 {
        match self {
            Self::Settings(_) => exit::SETTINGS,
            Self::Input(_) => exit::INPUT,
        }
    }
}

#[derive(Subcommand, Debug)]
pub enum PolicyCommand {
    /// Decide one tool call read from stdin (a Claude Code PreToolUse hook
    /// input) and print the decision as one JSON object.
    Eval(EvalArgs),
    /// The same decision written for people: the deciding rule with its file
    /// and line, and the rules that lost and why.
    Explain(ExplainArgs),
    /// The effective merged settings, each value with its origin.
    Show(ShowArgs),
    /// Compile the org policy (agentgate.toml) into Claude Code's
    /// managed-settings.json (and managed-mcp.json), checked against what
    /// Claude Code accepts; exit 5 with file:line on any problem.
    Build(crate::deploy_cmd::BuildArgs),
    /// Write the compiled files to the system's managed directory (as
    /// root), root-owned, mode 0644; keeps the replaced version and refuses
    /// to weaken the installed policy unless --force.
    Install(crate::deploy_cmd::InstallArgs),
    /// What installing the policy would change (exit 10 when anything
    /// differs), or with --previous what the last install changed.
    Diff(crate::deploy_cmd::DiffArgs),
    /// Put the previous installed version back.
    Rollback(crate::deploy_cmd::RollbackArgs),
}

/// Where the settings come from. By default the machine's real files;
/// each flag below replaces one scope or one piece of context.
#[derive(Args, Debug, Clone, Default)]
pub struct ScopeArgs {
    /// Managed settings file (replaces /etc/claude-code/managed-settings.json and its drop-ins).
    #[arg(long, value_name = "FILE")]
    managed: Option<PathBuf>,
    /// User settings file (replaces ~/.claude/settings.json).
    #[arg(long, value_name = "FILE")]
    user: Option<PathBuf>,
    /// Content for the project's .claude/settings.json.
    #[arg(long, value_name = "FILE")]
    project: Option<PathBuf>,
    /// Content for the project's .claude/settings.local.json.
    #[arg(long, value_name = "FILE")]
    local: Option<PathBuf>,
    /// The file passed to `claude --settings` (or inline JSON).
    #[arg(long, value_name = "FILE")]
    settings: Option<String>,
    /// Rules passed to `claude --allowedTools` (comma- or space-separated; repeatable).
    #[arg(long = "allowed-tools", value_name = "RULES")]
    allowed_tools: Vec<String>,
    /// Rules passed to `claude --disallowedTools` (comma- or space-separated; repeatable).
    #[arg(long = "disallowed-tools", value_name = "RULES")]
    disallowed_tools: Vec<String>,
    /// The mode passed to `claude --permission-mode`.
    #[arg(long = "permission-mode", value_name = "MODE")]
    permission_mode: Option<String>,
    /// Treat the project folder as trusted.
    #[arg(long, conflicts_with = "untrusted")]
    trusted: bool,
    /// Treat the project folder as untrusted.
    #[arg(long)]
    untrusted: bool,
    /// Home directory (default: $HOME).
    #[arg(long, value_name = "DIR")]
    home: Option<PathBuf>,
    /// Working directory (default: the input's cwd, else the current directory).
    #[arg(long, value_name = "DIR")]
    cwd: Option<PathBuf>,
    /// Use only the scopes given by flags; read no settings file from the machine.
    #[arg(long)]
    isolated: bool,
}

#[derive(Args, Debug)]
pub struct EvalArgs {
    #[command(flatten)]
    scopes: ScopeArgs,
}

#[derive(Args, Debug)]
pub struct ExplainArgs {
    #[command(flatten)]
    scopes: ScopeArgs,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

#[derive(Args, Debug)]
pub struct ShowArgs {
    #[command(flatten)]
    scopes: ScopeArgs,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

pub fn run(cmd: PolicyCommand) -> anyhow::Result<u8> {
    match cmd {
        PolicyCommand::Eval(a) => eval(&a.scopes),
        PolicyCommand::Explain(a) => explain(&a.scopes, a.json),
        PolicyCommand::Show(a) => show(&a.scopes, a.json),
        PolicyCommand::Build(a) => crate::deploy_cmd::run_build(&a),
        PolicyCommand::Install(a) => crate::deploy_cmd::run_install(&a),
        PolicyCommand::Diff(a) => crate::deploy_cmd::run_diff(&a),
        PolicyCommand::Rollback(a) => crate::deploy_cmd::run_rollback(&a),
    }
}

fn read_call() -> anyhow::Result<ToolCall> {
    let mut buf = Vec::new();
    std::io::stdin()
        .take(MAX_INPUT_BYTES as u64 + 1)
        .read_to_end(&mut buf)
        .context("cannot read the hook input from standard input")?;
    parse_tool_call(&buf).map_err(|e| Failure::Input(e.to_string()).into())
}

/// The JSON object `policy eval` prints.
#[derive(Serialize)]
struct EvalOutput<'a> {
    decision: &'static str,
    reason: &'a str,
    rule: Option<&'a str>,
    scope: Option<&'static str>,
    file: Option<&'a str>,
    line: Option<u32>,
    list: Option<&'static str>,
    subcommand: Option<&'a str>,
    mode: PermissionMode,
    basis: Basis,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    warnings: Vec<String>,
}

fn eval_output<'a>(v: &'a Verdict, warnings: Vec<String>) -> EvalOutput<'a> {
    EvalOutput {
        decision: v.decision.as_str(),
        reason: &v.reason,
        rule: v.rule.as_ref().map(|r| r.rule.as_str()),
        scope: v.rule.as_ref().map(|r| match r.via {
            agentgate_policy::Via::SettingsFile => r.scope,
            agentgate_policy::Via::AllowedToolsFlag => "cli:allowedTools",
            agentgate_policy::Via::DisallowedToolsFlag => "cli:disallowedTools",
        }),
        file: v.rule.as_ref().and_then(|r| r.file.as_deref()),
        line: v.rule.as_ref().and_then(|r| r.line),
        list: v.rule.as_ref().map(|r| r.list.as_str()),
        subcommand: v.subcommand.as_deref(),
        mode: v.mode,
        basis: v.basis,
        warnings,
    }
}

/// Flag errors are reported before standard input is read.
fn parse_mode(args: &ScopeArgs) -> anyhow::Result<Option<PermissionMode>> {
    match &args.permission_mode {
        Some(m) => Ok(Some(
            m.parse::<PermissionMode>()
                .map_err(|e| Failure::Input(e.to_string()))?,
        )),
        None => Ok(None),
    }
}

fn eval(args: &ScopeArgs) -> anyhow::Result<u8> {
    parse_mode(args)?;
    let call = read_call()?;
    let inputs = build_inputs(args, call.cwd.as_deref())?;
    let policy = Policy::compile(&inputs);
    let verdict = policy.decide(&call);
    let warnings = policy.diagnostics().iter().map(diagnostic_line).collect();
    let out = eval_output(&verdict, warnings);
    print_json(&out)?;
    Ok(exit::OK)
}

fn diagnostic_line(d: &agentgate_policy::PolicyDiagnostic) -> String {
    let place = match (&d.origin.file, d.origin.location) {
        (Some(f), Some(l)) => format!("{f}:{}", l.line),
        (Some(f), None) => f.clone(),
        (None, _) => match d.origin.via {
            agentgate_policy::Via::AllowedToolsFlag => "--allowedTools".into(),
            agentgate_policy::Via::DisallowedToolsFlag => "--disallowedTools".into(),
            agentgate_policy::Via::SettingsFile => d.origin.scope.as_str().into(),
        },
    };
    match &d.rule {
        Some(r) => format!("{place}: {r:?}: {}", d.message),
        None => format!("{place}: {}", d.message),
    }
}

fn explain(args: &ScopeArgs, json: bool) -> anyhow::Result<u8> {
    parse_mode(args)?;
    let call = read_call()?;
    let inputs = build_inputs(args, call.cwd.as_deref())?;
    let policy = Policy::compile(&inputs);
    let explanation = policy.explain(&inputs, &call);
    if json {
        print_json(&explanation)?;
    } else {
        let text = render_explanation(&call, &policy, &explanation);
        write_stdout(&text)?;
    }
    Ok(exit::OK)
}

/// The text form of an explanation.
pub fn render_explanation(call: &ToolCall, policy: &Policy, e: &Explanation) -> String {
    use std::fmt::Write as _;
    let v = &e.verdict;
    let mut s = String::new();
    let what = match call.tool_input.get("command").and_then(Value::as_str) {
        Some(c) => format!("{}({c})", call.tool_name),
        None => match ["file_path", "url", "path"]
            .iter()
            .find_map(|k| call.tool_input.get(*k).and_then(Value::as_str))
        {
            Some(p) => format!("{}({p})", call.tool_name),
            None => call.tool_name.clone(),
        },
    };
    let _ = writeln!(s, "{}: {what}", v.decision.as_str().to_uppercase());
    let (mode, mode_source) = policy.mode();
    let mode_note = match (policy.bypass_disabled(), mode) {
        (Some(why), PermissionMode::BypassPermissions) if v.mode != mode => format!(
            "{} (bypassPermissions was requested by {mode_source}, but {why})",
            v.mode
        ),
        _ if v.mode == mode => format!("{} (from {mode_source})", v.mode),
        _ => format!("{} (from the input's permission_mode)", v.mode),
    };
    let _ = writeln!(s, "  mode:   {mode_note}");
    let _ = writeln!(s, "  reason: {}", v.reason);
    if let Some(r) = &v.rule {
        let _ = writeln!(
            s,
            "  rule:   {} in {} [{} scope]",
            r.rule,
            r.where_written(),
            r.scope
        );
    }
    if let Some(sub) = &v.subcommand {
        let _ = writeln!(s, "  decided by sub-command: {sub}");
    }
    if e.considered.is_empty() {
        let _ = writeln!(s, "  no permission rule matches this call");
    } else {
        let _ = writeln!(s, "rules that match this call:");
        for c in &e.considered {
            let _ = writeln!(
                s,
                "  [{}] {} {} ({}): {}",
                c.status,
                c.rule.list,
                c.rule.rule,
                c.rule.where_written(),
                c.why
            );
        }
    }
    let diags = policy.diagnostics();
    if !diags.is_empty() {
        let _ = writeln!(s, "warnings:");
        for d in diags {
            let _ = writeln!(s, "  {}", diagnostic_line(d));
        }
    }
    s
}

fn show(args: &ScopeArgs, json: bool) -> anyhow::Result<u8> {
    let inputs = build_inputs(args, None)?;
    let files = inputs.sources.files();
    let merged = merge(&files, inputs.trusted);
    let policy = Policy::compile(&inputs);
    if json {
        #[derive(Serialize)]
        struct ShowOutput<'a> {
            files: Vec<ShowFile<'a>>,
            trusted: bool,
            mode: PermissionMode,
            mode_source: &'a str,
            working_directories: &'a [String],
            settings: &'a MergedValue,
            diagnostics: &'a [agentgate_settings::Diagnostic],
            rule_warnings: Vec<String>,
        }
        #[derive(Serialize)]
        struct ShowFile<'a> {
            scope: Scope,
            path: &'a str,
        }
        let (mode, mode_source) = policy.mode();
        print_json(&ShowOutput {
            files: files
                .iter()
                .map(|f| ShowFile {
                    scope: f.scope,
                    path: &f.path,
                })
                .collect(),
            trusted: inputs.trusted,
            mode,
            mode_source,
            working_directories: policy.working_directories(),
            settings: &merged.root,
            diagnostics: &merged.diagnostics,
            rule_warnings: policy.diagnostics().iter().map(diagnostic_line).collect(),
        })?;
        return Ok(exit::OK);
    }
    use std::fmt::Write as _;
    let mut s = String::new();
    let _ = writeln!(s, "settings files (highest precedence first):");
    if files.is_empty() {
        let _ = writeln!(s, "  (none)");
    }
    for f in &files {
        let _ = writeln!(s, "  {:<8} {}", f.scope.as_str(), f.path);
    }
    let (mode, mode_source) = policy.mode();
    let _ = writeln!(s, "folder trusted: {}", inputs.trusted);
    let _ = writeln!(s, "permission mode: {mode} (from {mode_source})");
    let _ = writeln!(
        s,
        "working directories: {}",
        policy.working_directories().join(", ")
    );
    let _ = writeln!(s, "effective settings:");
    if matches!(&merged.root, MergedValue::Object(e) if e.is_empty()) {
        let _ = writeln!(s, "  (none)");
    }
    render_merged(&mut s, &merged.root, "");
    if !merged.diagnostics.is_empty() || !policy.diagnostics().is_empty() {
        let _ = writeln!(s, "warnings:");
        for d in &merged.diagnostics {
            let _ = writeln!(s, "  {}: {}", d.origin.display_location(), d.message);
        }
        for d in policy.diagnostics() {
            let _ = writeln!(s, "  {}", diagnostic_line(d));
        }
    }
    write_stdout(&s)?;
    Ok(exit::OK)
}

fn render_merged(s: &mut String, v: &MergedValue, path: &str) {
    use std::fmt::Write as _;
    match v {
        MergedValue::Object(entries) => {
            for (k, child) in entries {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                render_merged(s, child, &p);
            }
        }
        MergedValue::Array(items) => {
            if items.is_empty() {
                let _ = writeln!(s, "  {path} = []");
            }
            for (i, item) in items.iter().enumerate() {
                let _ = writeln!(
                    s,
                    "  {path}[{i}] = {}    <- {} {}",
                    item.value,
                    item.origin.scope,
                    item.origin.display_location()
                );
            }
        }
        MergedValue::Scalar {
            value,
            origin,
            overrides,
        } => {
            let mut line = format!(
                "  {path} = {value}    <- {} {}",
                origin.scope,
                origin.display_location()
            );
            for o in overrides {
                let _ = write!(line, " (overrides {} {})", o.scope, o.display_location());
            }
            let _ = writeln!(s, "{line}");
        }
    }
}

fn print_json<T: Serialize>(value: &T) -> anyhow::Result<()> {
    let mut text = serde_json::to_string(value).context("cannot serialize the output")?;
    text.push('\n');
    write_stdout(&text)
}

fn write_stdout(text: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        // A closed pipe (`| head`) is not an error worth reporting.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(e).context("cannot write to standard output"),
    }
}

/// Splits a `--allowedTools` value into rules: commas and spaces separate
/// rules, except inside parentheses (`Bash(git log:*)`).
pub fn split_rules(value: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut cur = String::new();
    for c in value.chars() {
        match c {
            '(' => {
                depth += 1;
                cur.push(c);
            }
            ')' => {
                depth = depth.saturating_sub(1);
                cur.push(c);
            }
            ',' | ' ' | '\t' | '\n' if depth == 0 => {
                if !cur.trim().is_empty() {
                    out.push(cur.trim().to_owned());
                }
                cur.clear();
            }
            _ => cur.push(c),
        }
    }
    if !cur.trim().is_empty() {
        out.push(cur.trim().to_owned());
    }
    out
}

fn settings_err(e: SettingsError) -> anyhow::Error {
    Failure::Settings(e).into()
}

fn read_scope(scope: Scope, path: &Path) -> anyhow::Result<SettingsFile> {
    match SettingsFile::read(scope, path) {
        Ok(Some(f)) => Ok(f),
        Ok(None) => Err(Failure::Input(format!(
            "{} settings file {} does not exist",
            scope,
            path.display()
        ))
        .into()),
        Err(e) => Err(settings_err(e)),
    }
}

fn build_inputs(args: &ScopeArgs, input_cwd: Option<&str>) -> anyhow::Result<PolicyInputs> {
    let home = match &args.home {
        Some(h) => h.clone(),
        None => std::env::var_os("HOME")
            .map(PathBuf::from)
            .ok_or_else(|| Failure::Input("HOME is not set; pass --home DIR".into()))?,
    };
    let cwd = match (&args.cwd, input_cwd) {
        (Some(c), _) => c.clone(),
        (None, Some(c)) => PathBuf::from(c),
        (None, None) => std::env::current_dir().context("cannot read the current directory")?,
    };
    let opts = DiscoverOptions {
        home: home.clone(),
        cwd: cwd.clone(),
        managed_dir: DiscoverOptions::default_managed_dir(),
        config_dir: if args.home.is_some() {
            None
        } else {
            std::env::var_os("CLAUDE_CONFIG_DIR").map(PathBuf::from)
        },
    };
    let mut sources = if args.isolated {
        Sources::default()
    } else {
        discover(&opts).map_err(settings_err)?
    };
    if let Some(p) = &args.managed {
        sources.managed = vec![read_scope(Scope::Managed, p)?];
    }
    if let Some(p) = &args.user {
        sources.user = Some(read_scope(Scope::User, p)?);
    }
    if let Some(p) = &args.project {
        sources.project = Some(read_scope(Scope::Project, p)?);
    }
    if let Some(p) = &args.local {
        sources.local = Some(read_scope(Scope::Local, p)?);
    }
    if let Some(s) = &args.settings {
        let trimmed = s.trim_start();
        sources.cli = Some(if trimmed.starts_with('{') {
            SettingsFile::parse(Scope::Cli, "--settings (inline JSON)", s).map_err(settings_err)?
        } else {
            read_scope(Scope::Cli, Path::new(s))?
        });
    }
    let trusted = if args.trusted {
        true
    } else if args.untrusted || args.isolated {
        false
    } else {
        read_trust(&opts).map_err(settings_err)?.trusted
    };
    let mode_flag = parse_mode(args)?;
    Ok(PolicyInputs {
        sources,
        trusted,
        allowed_tools: args
            .allowed_tools
            .iter()
            .flat_map(|v| split_rules(v))
            .collect(),
        disallowed_tools: args
            .disallowed_tools
            .iter()
            .flat_map(|v| split_rules(v))
            .collect(),
        mode_flag,
        home: home.display().to_string(),
        cwd: cwd.display().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::split_rules;

    #[test]
    fn splits_rule_lists() {
        assert_eq!(
            split_rules("Bash(git log:*), Edit Read(./a b/**)"),
            ["Bash(git log:*)", "Edit", "Read(./a b/**)"]
        );
    }
}
