//! `agentgate check`: the posture of this machine, or of a given tree of
//! settings files, against the secure baseline.

use std::io::Write;
use std::path::PathBuf;

use agentgate_policy::PolicyInputs;
use agentgate_posture::{check, sarif, Context, Finding, Severity};
use agentgate_settings::{discover, read_trust, DiscoverOptions};
use anyhow::{Context as _, Result};
use clap::Args;

/// `agentgate check`.
#[derive(Args, Debug)]
pub struct CheckArgs {
    /// Output: text for people, json, or sarif (SARIF 2.1.0 for code
    /// scanning).
    #[arg(long, default_value = "text", value_parser = ["text", "json", "sarif"])]
    format: String,
    /// Same as --format json.
    #[arg(long)]
    json: bool,
    /// Exit 10 when a finding is at least this severe: low, medium, high,
    /// critical, or never.
    #[arg(long, default_value = "high", value_parser = ["low", "medium", "high", "critical", "never"])]
    fail_on: String,
    /// Home directory whose user settings to read (default: $HOME).
    #[arg(long, value_name = "DIR")]
    home: Option<PathBuf>,
    /// Project directory (default: the current directory).
    #[arg(long, value_name = "DIR")]
    cwd: Option<PathBuf>,
    /// Managed settings directory (default: this platform's, e.g.
    /// /etc/claude-code).
    #[arg(long, value_name = "DIR")]
    managed_dir: Option<PathBuf>,
}

/// Runs `check`.
pub fn run(a: &CheckArgs) -> Result<u8> {
    // Relative paths are made absolute: the policy engine expands `~` and
    // matches rules on absolute paths, as Claude Code does.
    let abs = |p: &PathBuf| std::path::absolute(p).unwrap_or_else(|_| p.clone());
    let home = match &a.home {
        Some(h) => abs(h),
        None => std::env::var_os("HOME")
            .map(PathBuf::from)
            .context("HOME is not set; pass --home DIR")?,
    };
    let cwd = match &a.cwd {
        Some(c) => abs(c),
        None => std::env::current_dir().context("cannot read the current directory")?,
    };
    let managed_dir = a
        .managed_dir
        .as_ref()
        .map(abs)
        .unwrap_or_else(DiscoverOptions::default_managed_dir);
    let opts = DiscoverOptions {
        home: home.clone(),
        cwd: cwd.clone(),
        managed_dir: managed_dir.clone(),
        config_dir: if a.home.is_some() {
            None
        } else {
            std::env::var_os("CLAUDE_CONFIG_DIR").map(PathBuf::from)
        },
    };
    let sources = discover(&opts).map_err(crate::policy_cmd::Failure::Settings)?;
    let trusted = read_trust(&opts)
        .map_err(crate::policy_cmd::Failure::Settings)?
        .trusted;
    let inputs = PolicyInputs {
        sources,
        trusted,
        home: home.display().to_string(),
        cwd: cwd.display().to_string(),
        ..PolicyInputs::default()
    };
    let findings = check(&Context {
        inputs: &inputs,
        managed_dir: Some(managed_dir.clone()),
    });
    let format = if a.json { "json" } else { a.format.as_str() };
    let mut out = std::io::stdout().lock();
    match format {
        "json" => {
            let report = serde_json::json!({
                "ok": findings.is_empty(),
                "managed_dir": managed_dir.display().to_string(),
                "files": inputs.sources.files().iter().map(|f| serde_json::json!({
                    "scope": f.scope.as_str(), "path": f.path,
                })).collect::<Vec<_>>(),
                "findings": findings.iter().map(|f| {
                    let mut v = serde_json::to_value(f).unwrap_or_default();
                    v["fingerprint"] = serde_json::json!(f.fingerprint());
                    v
                }).collect::<Vec<_>>(),
            });
            writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
        }
        "sarif" => {
            let log = sarif::log(&findings, env!("CARGO_PKG_VERSION"));
            writeln!(out, "{}", serde_json::to_string_pretty(&log)?)?;
        }
        _ => text(&mut out, &inputs, &findings)?,
    }
    let threshold = Severity::parse(&a.fail_on);
    Ok(match threshold {
        Some(t) if findings.iter().any(|f| f.severity >= t) => crate::exit::FINDINGS,
        _ => crate::exit::OK,
    })
}

fn text(out: &mut impl Write, inputs: &PolicyInputs, findings: &[Finding]) -> Result<()> {
    writeln!(out, "settings files read (highest precedence first):")?;
    let files = inputs.sources.files();
    if files.is_empty() {
        writeln!(out, "  (none)")?;
    }
    for f in files {
        writeln!(out, "  {:<8} {}", f.scope.as_str(), f.path)?;
    }
    if findings.is_empty() {
        writeln!(
            out,
            "OK: the posture matches the baseline ({} checks passed)",
            agentgate_posture::CHECKS.len()
        )?;
        return Ok(());
    }
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    writeln!(
        out,
        "{} finding(s): {} critical, {} high, {} medium, {} low",
        findings.len(),
        count(Severity::Critical),
        count(Severity::High),
        count(Severity::Medium),
        count(Severity::Low)
    )?;
    for f in findings {
        writeln!(
            out,
            "\n{} {} {}: {}",
            f.severity.as_str().to_uppercase(),
            f.id,
            f.name,
            f.message
        )?;
        for e in &f.evidence {
            let scope = e
                .scope
                .as_deref()
                .map(|s| format!(" ({s})"))
                .unwrap_or_default();
            let value = if e.file.is_some() {
                format!(" {} = {}", e.pointer, e.value)
            } else {
                String::new()
            };
            writeln!(out, "  evidence: {}{scope}{value}", e.location())?;
        }
        writeln!(out, "  fix: {}", f.remediation)?;
    }
    Ok(())
}
