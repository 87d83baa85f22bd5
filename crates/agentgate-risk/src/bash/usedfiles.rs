//! Files a program uses rather than prints: an identity handed to ssh
//! (`ssh -i KEY` inside `core.sshCommand`, `IdentityFile=KEY`), and the
//! env file a loader (`op run --env-file=FILE`, `env-cmd -f FILE`) puts
//! into the command's environment (the command is judged on its own). The argument
//! checks do not read these as secrets read.

use crate::paths;

/// The files of `vals` that `name` uses rather than prints.
pub(super) fn used_files<'a>(name: &str, vals: &[&'a str]) -> Vec<&'a str> {
    let mut out: Vec<&'a str> = vals.iter().flat_map(|v| identity_files(v)).collect();
    // Only an env file (`.env`, `.env.production`, `prod.env`): a key or
    // another store named there is still read.
    for (loader, opts) in ENV_LOADERS {
        if name != *loader {
            continue;
        }
        for opt in *opts {
            out.extend(opt_values(vals, opt).into_iter().filter(|f| {
                let base = paths::basename(f);
                base.starts_with(".env") || base.ends_with(".env")
            }));
        }
    }
    out
}

/// Programs that load an env file into the environment of the command they
/// run, and the options that name it: 1Password's `op run --env-file`,
/// env-cmd's `-f`, dotenvx's `-f`, dotenv-cli's `-e`.
const ENV_LOADERS: &[(&str, &[&str])] = &[
    ("op", &["--env-file"]),
    ("env-cmd", &["-f", "--file"]),
    ("dotenvx", &["-f", "--env-file"]),
    ("dotenv", &["-e"]),
];

/// Key files named as an identity inside one argument: the word after `-i`
/// in an ssh command line (`ssh -i ~/.ssh/deploy_key`) and the value of
/// `IdentityFile=`.
pub(super) fn identity_files(value: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let command = value.split_once('=').map_or(value, |(_, v)| v);
    let ssh = command.split_whitespace().next().is_some_and(|w| {
        matches!(
            paths::basename(w.trim_matches(['"', '\''])),
            "ssh" | "scp" | "sftp"
        )
    });
    if !ssh && !value.contains("IdentityFile=") {
        return out;
    }
    let mut words = value.split_whitespace().peekable();
    while let Some(w) = words.next() {
        let w = w.trim_matches(['"', '\'']);
        if w == "-i" {
            if let Some(key) = words.peek() {
                out.push(key.trim_matches(['"', '\'']));
            }
        } else if let Some(key) = w
            .split_once("IdentityFile=")
            .map(|(_, k)| k)
            .filter(|k| !k.is_empty())
        {
            out.push(key);
        }
    }
    out
}

/// The values of option `opt` in `vals` (`--opt=V` and `--opt V`).
fn opt_values<'a>(vals: &[&'a str], opt: &str) -> Vec<&'a str> {
    vals.iter()
        .enumerate()
        .filter_map(|(i, v)| match v.strip_prefix(opt) {
            Some(rest) if rest.starts_with('=') => rest.get(1..),
            Some("") => vals.get(i + 1).copied(),
            _ => None,
        })
        .collect()
}
