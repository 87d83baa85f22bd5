//! `agentgate init` and `agentgate policy build`: from a readable org policy
//! to the files Claude Code reads from its managed scope.

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

use agentgate_managed::install::{InstallError, InstallMeta, InstallReport, Installer};
use agentgate_managed::{build, BuildError, Platform};
use agentgate_orgpolicy::Deployment;
use anyhow::{Context, Result};
use clap::Args;

/// `agentgate init`.
#[derive(Args, Debug)]
pub struct InitArgs {
    /// Where to write the policy.
    #[arg(long, short, default_value = "agentgate.toml")]
    output: PathBuf,
    /// Take every default without asking.
    #[arg(long, short)]
    yes: bool,
    /// Overwrite an existing file.
    #[arg(long)]
    force: bool,
}

/// `agentgate policy build`.
#[derive(Args, Debug)]
pub struct BuildArgs {
    /// The policy file (else $AGENTGATE_POLICY, else ./agentgate.toml).
    #[arg(long)]
    policy: Option<PathBuf>,
    /// Whose managed paths to report: linux, macos or windows (default:
    /// this machine's).
    #[arg(long, value_parser = ["linux", "macos", "windows"])]
    platform: Option<String>,
    /// Write the files into this directory instead of printing
    /// managed-settings.json.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Print JSON: the platform, its managed directory and each file.
    #[arg(long)]
    json: bool,
}

/// `agentgate policy install`.
#[derive(Args, Debug)]
pub struct InstallArgs {
    /// The policy file (else $AGENTGATE_POLICY, else ./agentgate.toml).
    #[arg(long)]
    policy: Option<PathBuf>,
    /// Install into this tree instead of the system (a staged image, a
    /// test); without it, agentgate must run as root.
    #[arg(long)]
    root: Option<PathBuf>,
    /// Install even if it weakens the installed policy.
    #[arg(long)]
    force: bool,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// `agentgate policy diff`.
#[derive(Args, Debug)]
pub struct DiffArgs {
    /// The policy file (else $AGENTGATE_POLICY, else ./agentgate.toml).
    #[arg(long)]
    policy: Option<PathBuf>,
    /// The tree to look in (default: this system).
    #[arg(long)]
    root: Option<PathBuf>,
    /// Compare the installed files with the version they replaced, instead
    /// of with what the policy builds now.
    #[arg(long)]
    previous: bool,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// `agentgate policy rollback`.
#[derive(Args, Debug)]
pub struct RollbackArgs {
    /// The tree to roll back (default: this system; needs root).
    #[arg(long)]
    root: Option<PathBuf>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// The installer for a staged tree, or for this system.
fn staged_or_system(root: Option<&Path>) -> Installer {
    match root {
        Some(r) => Installer {
            root: r.to_path_buf(),
            platform: Platform::current(),
        },
        None => Installer::system(),
    }
}

/// The installer for writing: the system needs root (refused when the uid
/// is known and not root; where it cannot be learned, the OS decides).
fn installer(root: Option<&Path>) -> Result<Installer> {
    if root.is_none() {
        anyhow::ensure!(
            !matches!(agentgate_context::current_uid(), Some(uid) if uid != 0),
            "writing {} needs root: run it with sudo (or pass --root DIR to stage a tree)",
            Platform::current().managed_dir().display()
        );
    }
    Ok(staged_or_system(root))
}

fn print_install(report: &InstallReport, json: bool, verb: &str) -> Result<()> {
    if json {
        println!("{}", serde_json::to_string_pretty(report)?);
        return Ok(());
    }
    if !report.changed {
        println!("{}: already installed, nothing changed", report.managed_dir);
        return Ok(());
    }
    for w in &report.written {
        println!("{verb} {w}");
    }
    for r in &report.removed {
        println!("removed {r}");
    }
    if let Some(k) = &report.kept {
        println!("kept the previous version in {k} (`agentgate policy rollback` restores it)");
    }
    for f in &report.forced {
        println!("forced: {f}");
    }
    Ok(())
}

/// Runs `policy install`.
pub fn run_install(a: &InstallArgs) -> Result<u8> {
    let path = policy_path(a.policy.as_deref());
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read the policy {}", path.display()))?;
    let (_, built) = load_and_build(&path)?;
    let inst = installer(a.root.as_deref())?;
    let meta = InstallMeta {
        installed_at: humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string(),
        policy: std::fs::canonicalize(&path)
            .unwrap_or_else(|_| path.clone())
            .display()
            .to_string(),
        policy_digest: agentgate_journal::sha256_hex(text.as_bytes()),
        forced: false,
    };
    match inst.install(&built, &meta, a.force) {
        Ok(mut report) => {
            if let Some(p) = inst.install_policy(&text)? {
                report.written.push(p);
                report.changed = true;
            }
            print_install(&report, a.json, "installed")?;
            Ok(crate::exit::OK)
        }
        Err(e @ InstallError::Weakens(_)) => Err(PolicyInvalid(e.to_string()).into()),
        Err(e) => Err(e.into()),
    }
}

/// Runs `policy diff`; exit 0 when identical, 10 when they differ.
pub fn run_diff(a: &DiffArgs) -> Result<u8> {
    let inst = staged_or_system(a.root.as_deref());
    let installed = inst.installed()?;
    let (before, after, label) = if a.previous {
        let hist = inst.history()?;
        let prev = match hist.last() {
            Some(h) => agentgate_managed::install::read_kept(h)?,
            None => None,
        };
        (prev, installed, "previous → installed")
    } else {
        let (_, built) = load_and_build(&policy_path(a.policy.as_deref()))?;
        (installed, Some(built), "installed → policy")
    };
    let empty = serde_json::json!({});
    let changes = agentgate_managed::install::diff(
        before.as_ref().map_or(&empty, |b| &b.settings),
        after.as_ref().map_or(&empty, |b| &b.settings),
    );
    let weak = match (&before, &after) {
        (Some(b), Some(a)) => agentgate_managed::install::weakenings(b, a),
        _ => Vec::new(),
    };
    if a.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({
                "compared": label,
                "changes": changes,
                "weakenings": weak,
            }))?
        );
    } else {
        println!("{label} ({})", inst.managed_dir().display());
        if changes.is_empty() {
            println!("no differences");
        }
        for c in &changes {
            match (&c.before, &c.after) {
                (Some(b), None) => println!("- {} {b}", c.path),
                (None, Some(x)) => println!("+ {} {x}", c.path),
                (Some(b), Some(x)) => println!("~ {} {b} -> {x}", c.path),
                (None, None) => {}
            }
        }
        for w in &weak {
            println!("weakens: {w}");
        }
    }
    Ok(if changes.is_empty() {
        crate::exit::OK
    } else {
        crate::exit::FINDINGS
    })
}

/// Runs `policy rollback`.
pub fn run_rollback(a: &RollbackArgs) -> Result<u8> {
    let inst = installer(a.root.as_deref())?;
    let report = inst.rollback()?;
    print_install(&report, a.json, "restored")?;
    Ok(crate::exit::OK)
}

/// The policy is invalid or cannot be compiled.
#[derive(Debug)]
pub struct PolicyInvalid(pub String);

impl std::fmt::Display for PolicyInvalid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for PolicyInvalid {}

/// The policy file `build` and `check` read.
pub fn policy_path(explicit: Option<&Path>) -> PathBuf {
    if let Some(p) = explicit {
        return p.to_path_buf();
    }
    match std::env::var("AGENTGATE_POLICY") {
        Ok(p) if !p.is_empty() => PathBuf::from(p),
        _ => PathBuf::from("agentgate.toml"),
    }
}

/// Loads and compiles a policy; errors are [`PolicyInvalid`] (exit 5).
pub fn load_and_build(path: &Path) -> Result<(Deployment, agentgate_managed::Build)> {
    let text = std::fs::read_to_string(path).with_context(|| {
        format!(
            "cannot read the policy {}; write one with `agentgate init`, or pass --policy",
            path.display()
        )
    })?;
    let d = Deployment::parse(&text, &path.display().to_string())
        .map_err(|e| PolicyInvalid(e.to_string()))?;
    let b = build(&d).map_err(|e| match e {
        BuildError::Invalid(_) | BuildError::Policy(_) => PolicyInvalid(e.to_string()),
    })?;
    Ok((d, b))
}

/// Runs `policy build`.
pub fn run_build(a: &BuildArgs) -> Result<u8> {
    let path = policy_path(a.policy.as_deref());
    let (_, built) = load_and_build(&path)?;
    let platform = a
        .platform
        .as_deref()
        .and_then(Platform::parse)
        .unwrap_or_else(Platform::current);
    let files = built.files();
    let mut out = std::io::stdout().lock();
    if let Some(dir) = &a.out {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        for (name, text) in &files {
            let p = dir.join(name);
            std::fs::write(&p, text).with_context(|| format!("cannot write {}", p.display()))?;
        }
    }
    if a.json {
        let report = serde_json::json!({
            "policy": path.display().to_string(),
            "platform": platform.as_str(),
            "managed_dir": platform.managed_dir().display().to_string(),
            "files": files.iter().map(|(name, text)| serde_json::json!({
                "name": name,
                "content": serde_json::from_str::<serde_json::Value>(text).unwrap_or_default(),
            })).collect::<Vec<_>>(),
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
    } else if let Some(dir) = &a.out {
        for (name, _) in &files {
            writeln!(
                out,
                "wrote {} (install to {})",
                dir.join(name).display(),
                platform.managed_dir().join(name).display()
            )?;
        }
    } else {
        for (name, text) in &files {
            if files.len() > 1 {
                writeln!(out, "// {}", platform.managed_dir().join(name).display())?;
            }
            out.write_all(text.as_bytes())?;
        }
    }
    Ok(crate::exit::OK)
}

/// The answers `init` asks for, with the template's defaults.
struct Answers {
    mode: String,
    endpoint: String,
    proxy: Option<String>,
    domains: Vec<String>,
}

const DEFAULT_ENDPOINT: &str = "http://127.0.0.1:4318";
const DEFAULT_PROXY: &str = "http://127.0.0.1:3128";

fn ask(
    input: &mut impl BufRead,
    out: &mut impl Write,
    question: &str,
    default: &str,
) -> Result<String> {
    write!(out, "{question} [{default}]: ")?;
    out.flush()?;
    let mut line = String::new();
    input.read_line(&mut line)?;
    let line = line.trim();
    Ok(if line.is_empty() {
        default.to_owned()
    } else {
        line.to_owned()
    })
}

/// Fills the template with the answers, keeping every comment.
fn fill(template: &str, a: &Answers) -> String {
    let mut out = String::with_capacity(template.len());
    for line in template.lines() {
        let replaced = if line.starts_with("default_mode = ") {
            format!("default_mode = {:?}", a.mode)
        } else if line.starts_with("endpoint = ") {
            format!("endpoint = {:?}", a.endpoint)
        } else if line.starts_with("proxy = ") {
            match &a.proxy {
                Some(p) => format!("proxy = {p:?}"),
                None => {
                    format!("# proxy = {DEFAULT_PROXY:?}   # none: `agentgate check` reports it")
                }
            }
        } else {
            line.to_owned()
        };
        out.push_str(&replaced);
        out.push('\n');
    }
    if a.domains.is_empty() {
        return out;
    }
    // The allowlist is a multi-line array in the template: replace it whole.
    let start = out.find("webfetch_allowed_domains = [");
    let end = start.and_then(|s| out[s..].find("]\n").map(|e| s + e + 2));
    match (start, end) {
        (Some(s), Some(e)) => {
            let list: Vec<String> = a.domains.iter().map(|d| format!("  {d:?},")).collect();
            format!(
                "{}webfetch_allowed_domains = [\n{}\n]\n{}",
                &out[..s],
                list.join("\n"),
                &out[e..]
            )
        }
        _ => out,
    }
}

/// Runs `init`.
pub fn run_init(a: &InitArgs) -> Result<u8> {
    if a.output.exists() && !a.force {
        return Err(PolicyInvalid(format!(
            "{} already exists; edit it, or pass --force to replace it with a new baseline",
            a.output.display()
        ))
        .into());
    }
    let mut answers = Answers {
        mode: "acceptEdits".into(),
        endpoint: DEFAULT_ENDPOINT.into(),
        proxy: Some(DEFAULT_PROXY.into()),
        domains: Vec::new(),
    };
    if !a.yes {
        let stdin = std::io::stdin();
        if !stdin.is_terminal() {
            return Err(PolicyInvalid(
                "`agentgate init` asks a few questions on a terminal; pass --yes to take the defaults".into(),
            )
            .into());
        }
        let mut input = stdin.lock();
        let mut out = std::io::stderr().lock();
        loop {
            let m = ask(
                &mut input,
                &mut out,
                "Default permission mode (default, acceptEdits, plan, dontAsk)",
                &answers.mode,
            )?;
            if ["default", "acceptEdits", "plan", "dontAsk"].contains(&m.as_str()) {
                answers.mode = m;
                break;
            }
            writeln!(
                out,
                "  {m:?} is not one of them (nothing looser than acceptEdits)"
            )?;
        }
        answers.endpoint = ask(
            &mut input,
            &mut out,
            "Collector for Claude Code's telemetry (agentgate serve)",
            DEFAULT_ENDPOINT,
        )?;
        let proxy = ask(
            &mut input,
            &mut out,
            "Egress proxy URL, or none",
            DEFAULT_PROXY,
        )?;
        answers.proxy = (proxy != "none").then_some(proxy);
        let domains = ask(
            &mut input,
            &mut out,
            "Domains WebFetch may reach (comma-separated)",
            "docs.rs, crates.io, doc.rust-lang.org, docs.python.org, developer.mozilla.org",
        )?;
        answers.domains = domains
            .split(',')
            .map(|d| d.trim().to_owned())
            .filter(|d| !d.is_empty())
            .collect();
    }
    let text = fill(&agentgate_orgpolicy::template(), &answers);
    // What is written must build: check before writing.
    let d = Deployment::parse(&text, &a.output.display().to_string())
        .map_err(|e| PolicyInvalid(e.to_string()))?;
    build(&d).map_err(|e| PolicyInvalid(e.to_string()))?;
    std::fs::write(&a.output, &text)
        .with_context(|| format!("cannot write {}", a.output.display()))?;
    println!(
        "wrote {}; next: `agentgate policy build --policy {0}` to see the managed settings, then `sudo agentgate policy install --policy {0}`",
        a.output.display()
    );
    Ok(crate::exit::OK)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_fill_the_template_and_it_still_builds() {
        let a = Answers {
            mode: "plan".into(),
            endpoint: "https://collector.example:4318".into(),
            proxy: None,
            domains: vec!["docs.example.com".into()],
        };
        let text = fill(&agentgate_orgpolicy::template(), &a);
        let d = Deployment::parse(&text, "t.toml").unwrap();
        let b = build(&d).unwrap();
        assert_eq!(b.settings["permissions"]["defaultMode"], "plan");
        assert_eq!(
            b.settings["env"]["OTEL_EXPORTER_OTLP_ENDPOINT"],
            "https://collector.example:4318"
        );
        assert!(b.settings["env"].get("HTTPS_PROXY").is_none());
        let allow = b.settings["permissions"]["allow"].as_array().unwrap();
        assert!(allow.contains(&serde_json::json!("WebFetch(domain:docs.example.com)")));
        assert!(!allow.contains(&serde_json::json!("WebFetch(domain:docs.rs)")));
        assert!(
            text.contains("# Refuse --dangerously-skip-permissions"),
            "comments kept"
        );
    }
}
