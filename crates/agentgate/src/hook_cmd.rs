//! `agentgate hook`: the command Claude Code runs on every hook event (the
//! same process as `agentgate-hook`, [`agentgate_hook::run`]), and
//! `agentgate risk`: the same risk engine for a person at a terminal.

use std::io::Write;
use std::path::PathBuf;

use agentgate_risk::{assess_bash, Context};

pub use agentgate_hook::run::default_state_dir;

/// Arguments of `agentgate hook`.
#[derive(clap::Args, Debug)]
pub struct HookArgs {
    /// The org policy (else /etc/agentgate/policy.toml, $AGENTGATE_POLICY, or
    /// the built-in baseline).
    #[arg(long)]
    policy: Option<PathBuf>,
    /// Where the journal and session state live (else hook.state_dir,
    /// $AGENTGATE_STATE_DIR, $XDG_STATE_HOME/agentgate, ~/.local/state/agentgate).
    #[arg(long)]
    state_dir: Option<PathBuf>,
}

/// Runs one hook event (see [`agentgate_hook::run::run`]).
pub fn run_hook(args: &HookArgs) -> u8 {
    agentgate_hook::run::run(&agentgate_hook::run::Paths {
        policy: args.policy.clone(),
        state_dir: args.state_dir.clone(),
    })
}

/// Arguments of `agentgate risk`.
#[derive(clap::Args, Debug)]
pub struct RiskArgs {
    /// The Bash command line to assess.
    command: String,
    /// Working directory (the project).
    #[arg(long)]
    cwd: Option<String>,
    /// Home directory.
    #[arg(long)]
    home: Option<String>,
    /// An environment variable the command runs with (`NAME=VALUE`,
    /// repeatable): what a `$NAME` the line does not set stands for. The
    /// hook uses its own environment; `risk` only these, so its answer does
    /// not depend on the shell it is run from.
    #[arg(long = "env", value_name = "NAME=VALUE")]
    env: Vec<String>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// `agentgate risk`: exit 0 when nothing was found, 10 when findings exist.
pub fn run_risk(args: &RiskArgs) -> u8 {
    let cwd = args.cwd.clone().unwrap_or_else(|| {
        std::env::current_dir()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|_| "/".into())
    });
    let home = args
        .home
        .clone()
        .unwrap_or_else(|| std::env::var("HOME").unwrap_or_default());
    let mut ctx = Context::new(cwd, home);
    let pairs: Vec<(String, String)> = args
        .env
        .iter()
        .filter_map(|kv| {
            let (k, v) = kv.split_once('=')?;
            Some((k.to_owned(), v.to_owned()))
        })
        .collect();
    ctx.environment = agentgate_risk::environment_values(pairs.iter().cloned());
    ctx.environment_unknown = agentgate_risk::environment_unknown(pairs);
    let a = assess_bash(&args.command, &ctx);
    // A closed stdout (`agentgate risk ... | head -1`) is not an error
    // worth a panic: what could not be written is simply not needed.
    let mut out = std::io::stdout().lock();
    let _ = if args.json {
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&a).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
        )
    } else if a.findings.is_empty() {
        writeln!(out, "no risk found")
    } else {
        a.findings.iter().try_for_each(|f| {
            writeln!(
                out,
                "{:<8} {:<17} {}",
                f.severity.as_str(),
                f.category.as_str(),
                f.reason
            )
        })
    };
    if a.findings.is_empty() {
        0
    } else {
        crate::exit::FINDINGS
    }
}
