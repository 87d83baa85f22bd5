//! `agentgate-hook`: the Claude Code hook as its own small binary. It links
//! only what a hook call needs (no collector, console, installer or HTTP
//! client), because Claude Code starts a fresh process for every tool call
//! and start-up is most of a call's cost. The same process as
//! `agentgate hook`; both take `--policy FILE` and `--state-dir DIR`.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use agentgate_hook::run::{run, Paths};

const USAGE: &str = "\
The Claude Code hook: reads one hook event on stdin, answers on stdout.

Usage: agentgate-hook [--policy FILE] [--state-dir DIR]

Options:
  --policy FILE     The org policy (else /etc/agentgate/policy.toml,
                    $AGENTGATE_POLICY, or the built-in baseline)
  --state-dir DIR   Where the journal and session state live (else
                    hook.state_dir, $AGENTGATE_STATE_DIR,
                    $XDG_STATE_HOME/agentgate, ~/.local/state/agentgate)
  -h, --help        Print this help
  -V, --version     Print the version
";

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
enum Cli {
    Run(Paths),
    Help,
    Version,
}

/// Parses the two options by hand rather than with clap: a hook call is a
/// fresh process per tool call, and building a clap command on every start
/// is cost for two options. An unknown argument is an error (exit 2, which
/// Claude Code treats as a block), never ignored.
fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Cli, String> {
    let mut paths = Paths::default();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let text = arg.to_string_lossy().into_owned();
        let (name, inline) = match text.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_owned(), Some(v.to_owned())),
            _ => (text.clone(), None),
        };
        let slot = match name.as_str() {
            "-h" | "--help" => return Ok(Cli::Help),
            "-V" | "--version" => return Ok(Cli::Version),
            "--policy" => &mut paths.policy,
            "--state-dir" => &mut paths.state_dir,
            _ => return Err(format!("unexpected argument '{text}'")),
        };
        if slot.is_some() {
            return Err(format!("{name} given twice"));
        }
        let value = match inline {
            Some(v) => OsString::from(v),
            None => args.next().ok_or_else(|| format!("{name} needs a value"))?,
        };
        if value.is_empty() {
            return Err(format!("{name} needs a non-empty value"));
        }
        *slot = Some(PathBuf::from(value));
    }
    Ok(Cli::Run(paths))
}

fn main() -> ExitCode {
    match parse(std::env::args_os().skip(1)) {
        Ok(Cli::Run(paths)) => ExitCode::from(run(&paths)),
        Ok(Cli::Help) => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Ok(Cli::Version) => {
            println!("agentgate-hook {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Err(e) => {
            // Exit 2: Claude Code blocks the call and shows stderr.
            eprintln!("agentgate-hook: {e}; blocking the call\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Result<Cli, String> {
        parse(a.iter().map(OsString::from))
    }

    #[test]
    fn both_spellings_of_both_options() {
        let want = Cli::Run(Paths {
            policy: Some("/etc/agentgate/policy.toml".into()),
            state_dir: Some("~/.local/state/agentgate".into()),
        });
        assert_eq!(
            args(&[
                "--policy",
                "/etc/agentgate/policy.toml",
                "--state-dir",
                "~/.local/state/agentgate"
            ]),
            Ok(want)
        );
        let want = Cli::Run(Paths {
            policy: Some("/p=q.toml".into()),
            state_dir: Some("/s".into()),
        });
        assert_eq!(args(&["--policy=/p=q.toml", "--state-dir=/s"]), Ok(want));
        assert_eq!(args(&[]), Ok(Cli::Run(Paths::default())));
    }

    #[test]
    fn anything_else_is_an_error() {
        for bad in [
            &["--policy"][..],
            &["--policy", ""],
            &["--policy=/a", "--policy=/b"],
            &["--state-dir=/a", "--state-dir", "/b"],
            &["hook"],
            &["--polcy", "/a"],
            &["-p", "/a"],
        ] {
            assert!(args(bad).is_err(), "{bad:?} parsed");
        }
    }
}
