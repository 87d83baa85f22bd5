//! Files a program uses rather than prints: an identity handed to ssh
//! (`ssh -i KEY` inside `core.sshCommand`, `IdentityFile=KEY`), and the
//! env file a loader (`op run --env-file=FILE`, `env-cmd -f FILE`) puts
//! into the command's environment (the command is judged on its own). The argument
//! checks do not read these as secrets read.

use super::{Site, Walker};
use crate::paths;
use agentgate_commands::CONTAINER_CLIS;

impl Walker<'_> {
    /// An env file the line wrote, loaded by `name` (`node
    /// --env-file=.env`, `op run --env-file=F -- CMD`): its settings are
    /// the command's environment, judged as if they prefixed it
    /// (`NODE_OPTIONS=--require F node app.js`).
    pub(super) fn written_env_files(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        for (file, words) in loaded_env_files(name, vals) {
            let Some(g) = self.written(file) else {
                continue;
            };
            let assigns = env_file_assignments(&g.payload);
            if assigns.is_empty() {
                continue;
            }
            let rest: Vec<String> = vals
                .iter()
                .enumerate()
                .filter(|(i, _)| !words.contains(i))
                .map(|(_, v)| quote_word(v))
                .collect();
            let line = format!(
                "{} {} {}",
                assigns.join(" "),
                quote_word(name),
                rest.join(" ")
            );
            self.script(&line, site.depth + 1);
        }
    }
}

/// openssl's commands that sign, certify, serve or decrypt with a key and
/// print none of it (`req -new -key K`, `x509 -req -CAkey K`, `s_server
/// -key K`, `dgst -sign K`); `rsa -in K` and `pkey -in K` print it (their
/// row). htlin, session 34: `openssl req -new -key $F.key -x509 -out
/// $F.crt` was asked as reading a private key.
const OPENSSL_KEY_USERS: &[&str] = &[
    "req", "x509", "ca", "s_server", "s_client", "dgst", "pkeyutl", "cms", "smime", "ts", "ocsp",
    "spkac", "crl",
];

/// The options of [`OPENSSL_KEY_USERS`] that name the key used.
const OPENSSL_KEY_OPTS: &[&str] = &["-key", "-CAkey", "-signkey", "-inkey", "-sign", "-rkey"];

/// The files of `vals` that `name` uses rather than prints.
pub(super) fn used_files<'a>(name: &str, vals: &[&'a str]) -> Vec<&'a str> {
    let mut out: Vec<&'a str> = vals.iter().flat_map(|v| identity_files(v)).collect();
    if name == "openssl" && vals.first().is_some_and(|s| OPENSSL_KEY_USERS.contains(s)) {
        out.extend((0..vals.len()).filter_map(|i| {
            agentgate_commands::option_value(vals, i, OPENSSL_KEY_OPTS).map(|(v, _)| v)
        }));
    }
    // sqlite3 shown only its schema (`sqlite3 pgadmin4.db .schema`: htnet
    // part 1, session 35) prints no row of the database.
    if name == "sqlite3" {
        let ops: Vec<&'a str> = vals
            .iter()
            .copied()
            .filter(|v| !v.starts_with('-'))
            .collect();
        if let [db, commands @ ..] = ops.as_slice() {
            let schema_only = !commands.is_empty()
                && commands.iter().all(|c| {
                    let c = c.trim();
                    [".schema", ".tables", ".indexes", ".indices", ".databases"]
                        .iter()
                        .any(|m| c == *m || c.strip_prefix(m).is_some_and(|r| r.starts_with(' ')))
                });
            if schema_only {
                out.push(db);
            }
        }
    }
    // Only an env file (`.env`, `.env.production`, `prod.env`): a key or
    // another store named there is still read.
    out.extend(
        loaded_env_files(name, vals)
            .into_iter()
            .map(|(f, _)| f)
            .filter(|f| {
                let base = paths::basename(f);
                base.starts_with(".env") || base.ends_with(".env")
            }),
    );
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
    // Node 20.6+, Bun and Deno load an env file into their own process
    // (https://nodejs.org/api/cli.html#--env-fileconfig).
    ("node", &["--env-file", "--env-file-if-exists"]),
    ("bun", &["--env-file"]),
    ("deno", &["--env-file"]),
];

/// The env files `name` loads among `vals`, with the words of `vals` that
/// name them (an option and its value, or `--opt=FILE`).
pub(super) fn loaded_env_files<'a>(name: &str, vals: &[&'a str]) -> Vec<(&'a str, Vec<usize>)> {
    let mut out = Vec::new();
    for (loader, opts) in ENV_LOADERS {
        if name != *loader {
            continue;
        }
        for (i, v) in vals.iter().enumerate() {
            for opt in *opts {
                match v.strip_prefix(opt) {
                    Some(rest) if rest.starts_with('=') => {
                        out.extend(rest.get(1..).map(|f| (f, vec![i])));
                    }
                    Some("") => out.extend(vals.get(i + 1).map(|f| (*f, vec![i, i + 1]))),
                    _ => {}
                }
            }
        }
    }
    out
}

/// The `NAME=VALUE` lines of an env file (`export ` and a value's quotes
/// dropped, comments skipped), each as one shell word `NAME=VALUE`.
pub(super) fn env_file_assignments(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines().take(256) {
        let l = line.trim();
        let l = l.strip_prefix("export ").unwrap_or(l).trim();
        if l.starts_with('#') {
            continue;
        }
        let Some((name, value)) = l.split_once('=') else {
            continue;
        };
        let name = name.trim();
        let ident = !name.is_empty()
            && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
            && !name.starts_with(|c: char| c.is_ascii_digit());
        if !ident {
            continue;
        }
        let v = value.trim();
        let v = [('"', '"'), ('\'', '\'')]
            .iter()
            .find_map(|(a, b)| v.strip_prefix(*a).and_then(|r| r.strip_suffix(*b)))
            .unwrap_or(v);
        out.push(format!("{name}={}", quote_word(v)));
    }
    out
}

/// `word` as one shell word: bare when it holds only characters the shell
/// leaves alone, else single-quoted.
pub(super) fn quote_word(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_./=:,@%+-".contains(&b));
    if plain {
        word.to_owned()
    } else {
        crate::code::single_quote(word)
    }
}

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

/// Files a key user still reads as data (`ssh -F FILE` prints the lines of
/// a file it cannot parse, `docker cp FILE CTR:` copies it out of reach of
/// the host's permissions, `file -m FILE` prints lines of it).
pub(super) fn exposed_files<'v>(name: &str, vals: &[&'v str]) -> Vec<&'v str> {
    match name {
        "ssh" | "scp" | "sftp" => vals
            .windows(2)
            .filter_map(|w| match w {
                ["-F", file] => Some(*file),
                _ => None,
            })
            .chain(
                vals.iter()
                    .filter_map(|v| v.strip_prefix("-F"))
                    .filter(|f| !f.is_empty()),
            )
            .collect(),
        // file(1) -m/--magic-file and -f/--files-from read a file as
        // data and print lines of it (GTFOBins file).
        "file" => vals
            .windows(2)
            .filter_map(|w| match w {
                [opt, f] if matches!(*opt, "-m" | "--magic-file" | "-f" | "--files-from") => {
                    Some(*f)
                }
                _ => None,
            })
            .collect(),
        n if CONTAINER_CLIS.contains(&n) && vals.first() == Some(&"cp") => vals
            .iter()
            .skip(1)
            .filter(|v| !v.starts_with('-'))
            .take(1)
            .copied()
            .collect(),
        _ => Vec::new(),
    }
}
