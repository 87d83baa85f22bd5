//! The `agentgate` command. Argument parsing and I/O only; the work happens
//! in the library crates.

mod audit_cmd;
mod check_cmd;
mod deploy_cmd;
mod hook_cmd;
mod policy_cmd;
mod serve_cmd;

// No custom global allocator: `agentgate hook` is a fresh process per tool
// call, and mimalloc's start-up (reserving and zeroing large pages) cost more
// than the whole decision (measured with perf: ~20% of the process in
// clear_page). The criterion benchmarks of the engine still use mimalloc.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Exit codes with a meaning scripts can rely on.
pub mod exit {
    /// The command did its job.
    pub const OK: u8 = 0;
    /// A settings file is broken or unreadable.
    pub const SETTINGS: u8 = 3;
    /// The input (hook JSON, flags) is malformed.
    pub const INPUT: u8 = 4;
    /// Anything else went wrong.
    pub const INTERNAL: u8 = 1;
    /// `agentgate risk` found something.
    pub const FINDINGS: u8 = 10;
    /// The org policy (agentgate.toml) is invalid or cannot be compiled.
    pub const POLICY: u8 = 5;
    /// `agentgate audit verify` found the journal altered.
    pub const TAMPERED: u8 = 12;
}

#[derive(Parser, Debug)]
#[command(
    name = "agentgate",
    version,
    about = "Security control plane for AI coding agents"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// `agentgate hook` on its own, for the fast path in `main`.
#[derive(Parser, Debug)]
#[command(
    name = "agentgate hook",
    about = "The Claude Code hook: reads one hook event on stdin, answers on stdout."
)]
struct HookCli {
    #[command(flatten)]
    args: hook_cmd::HookArgs,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Write agentgate.toml, a commented org policy holding the secure
    /// baseline (asks a few questions on a terminal; --yes takes defaults).
    Init(deploy_cmd::InitArgs),
    /// The posture of this machine (or of a given tree of settings files)
    /// against the secure baseline: findings with evidence, as text, JSON or
    /// SARIF; exit 10 at or above --fail-on.
    Check(check_cmd::CheckArgs),
    /// Claude Code permission policy: decide, explain, show, build.
    #[command(subcommand)]
    Policy(policy_cmd::PolicyCommand),
    /// The Claude Code hook: reads one hook event on stdin, answers on stdout.
    Hook(hook_cmd::HookArgs),
    /// Assess one Bash command line with the risk engine.
    Risk(hook_cmd::RiskArgs),
    /// The audit journal: verify, tail, query, export, key.
    #[command(subcommand)]
    Audit(audit_cmd::AuditCommand),
    /// The collector: OTLP/HTTP receivers, journal ingest, query API.
    #[cfg(feature = "collector")]
    Serve(serve_cmd::ServeArgs),
    /// Ship this machine's journal to the collector.
    Ship(serve_cmd::ShipArgs),
}

fn main() -> ExitCode {
    // Panics inside the bash parser are caught and reported as "cannot be
    // parsed" decisions; anything else is a bug, reported in one line.
    std::panic::set_hook(Box::new(|info| {
        if !agentgate_shell::is_contained_parser_panic(info) {
            eprintln!("agentgate: internal error: {info}");
        }
    }));
    // `agentgate hook` runs once per tool call: parse only its own flags
    // rather than building the whole command tree (measured with perf).
    if std::env::args_os().nth(1).as_deref() == Some(std::ffi::OsStr::new("hook")) {
        let hook = HookCli::parse_from(std::env::args_os().skip(1));
        return ExitCode::from(hook_cmd::run_hook(&hook.args));
    }
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Init(args) => deploy_cmd::run_init(&args),
        Command::Check(args) => check_cmd::run(&args),
        Command::Policy(cmd) => policy_cmd::run(cmd),
        Command::Audit(cmd) => audit_cmd::run(cmd),
        #[cfg(feature = "collector")]
        Command::Serve(args) => serve_cmd::serve(args),
        Command::Ship(args) => serve_cmd::ship(args),
        Command::Hook(args) => return ExitCode::from(hook_cmd::run_hook(&args)),
        Command::Risk(args) => return ExitCode::from(hook_cmd::run_risk(&args)),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            let code = if err.downcast_ref::<deploy_cmd::PolicyInvalid>().is_some() {
                exit::POLICY
            } else {
                err.downcast_ref::<policy_cmd::Failure>()
                    .map(policy_cmd::Failure::exit_code)
                    .unwrap_or(exit::INTERNAL)
            };
            eprintln!("agentgate: error: {err:#}");
            ExitCode::from(code)
        }
    }
}
