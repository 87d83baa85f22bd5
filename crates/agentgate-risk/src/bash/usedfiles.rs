//! Files a program uses rather than prints: an identity handed to ssh
//! (`ssh -i KEY` inside `core.sshCommand`, `IdentityFile=KEY`), and the
//! env file a loader (`op run --env-file=FILE`, `env-cmd -f FILE`) puts
//! into the command's environment (the command is judged on its own). The argument
//! checks do not read these as secrets read.

use super::{Arg, Site, Walker};
use crate::paths;
use agentgate_commands::CONTAINER_CLIS;
use agentgate_shell::RedirectKind;

impl Walker<'_> {
    /// Whether the file `word` names through a [`KEY_OPTIONS`] row is used
    /// rather than read: the call carries the row's verbs, does not print
    /// what it read, and (for a file that leaves the machine) the file is
    /// the project's. `word` is the option's value or `--opt=[KEY=]FILE`.
    ///
    /// [`KEY_OPTIONS`]: agentgate_commands::KEY_OPTIONS
    pub(super) fn key_used(
        &self,
        site: Site<'_>,
        vals: &[&str],
        k: &agentgate_commands::KeyOption,
        word: &str,
    ) -> bool {
        let verbs = k.verbs.iter().all(|v| vals.contains(v));
        let file = word.rsplit('=').next().unwrap_or(word);
        let project = !k.project_only
            || (!file.starts_with('~') && !file.contains('$'))
                && paths::absolute(file, file, false, &self.ctx)
                    .is_some_and(|abs| paths::within(&abs, &self.ctx.project_dir));
        verbs && project && !shown_by(site, vals, k.shown_by)
    }

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

/// Whether the call prints what it read after all: `vals` holds one of
/// `opts` (exactly, or joined: `-oyaml`, `--output=json`) and its standard
/// output is no file (`> secrets.yaml` keeps it from the agent).
pub(super) fn shown_by(site: Site<'_>, vals: &[&str], opts: &[&str]) -> bool {
    let named = vals.iter().any(|v| opts.iter().any(|o| v.starts_with(o)));
    named && !stdout_to_file(site)
}

/// The command's standard output goes to a file (`> out`, `>> out`, `&>
/// out`), not a terminal, a standard stream or a descriptor.
pub(super) fn stdout_to_file(site: Site<'_>) -> bool {
    site.cmd.redirects.iter().any(|r| {
        matches!(
            r.kind,
            RedirectKind::Write | RedirectKind::Append | RedirectKind::OutputAndError
        ) && r.fd.unwrap_or(1) == 1
            && r.target.as_ref().is_some_and(|t| {
                let f = t.value_or_raw();
                !(f.starts_with("/dev/") || f.starts_with("/proc/") || f.contains('$'))
            })
    })
}

/// openssl's commands that make a key (`ecparam` only with `-genkey`) and
/// print it unless `-out` is given.
const OPENSSL_KEY_MAKERS: &[&str] = &["genrsa", "genpkey", "gendsa", "ecparam"];

/// `name vals` reads its key from standard input (openssl without `-in`)
/// and the pipeline element before it prints a key it has just made
/// (`openssl genrsa 2048 | openssl pkcs8 -topk8 -nocrypt -out key.p8`):
/// the key is no stored credential, as `openssl genrsa 2048` alone prints
/// none. ruancsb (session 43): asked as writing out a private key.
pub(super) fn fresh_key_in(site: Site<'_>, name: &str, vals: &[&str]) -> bool {
    let from_stdin = name == "openssl"
        && !vals.iter().any(|v| *v == "-in" || v.starts_with("-in="))
        && !site
            .cmd
            .redirects
            .iter()
            .any(|r| r.fd.unwrap_or(0) == 0 && r.kind == RedirectKind::Read);
    let pos = site.cmd.pipeline;
    let before = super::util::upstream(site)
        .into_iter()
        .rev()
        .find(|c| c.pipeline.index + 1 == pos.index);
    from_stdin
        && before.is_some_and(|c| {
            let words: Vec<Option<&str>> = c.argv.iter().map(|w| w.literal.as_deref()).collect();
            match words.as_slice() {
                [Some(prog), Some(sub), opts @ ..] if paths::basename(prog) == "openssl" => {
                    OPENSSL_KEY_MAKERS.contains(sub)
                        && (*sub != "ecparam" || opts.contains(&Some("-genkey")))
                }
                _ => false,
            }
        })
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

/// Options naming the identity a client's SSH session signs in with
/// (`railway ssh -i KEY`, `fly ssh console -i KEY`), as ssh's `-i` does.
const CLIENT_SSH_IDENTITY: &[&str] = &[
    "-i",
    "--identity",
    "--identity-file",
    "--ssh-key",
    "--private-key",
    "--ssh-key-file",
    "--ssh-key-path",
];

/// The identities a client's `ssh` sub-command is given (hostdocs part 6,
/// session 62: `railway ssh -i ~/.ssh/railway_ed25519` was denied as a key
/// read): used to sign in, neither read nor changed. Only with `ssh` among
/// the first three operands: `acmecli upload -i KEY` is still a key handed
/// to a program nothing is known about.
pub(super) fn client_ssh_identities<'a>(name: &str, vals: &[&'a str]) -> Vec<&'a str> {
    // `ssh` among the leading operands: after a group word too (`hcloud
    // server ssh NAME -i KEY`, `gcloud compute ssh`: clouddocs part 4).
    let ssh = vals
        .iter()
        .filter(|v| !v.starts_with('-'))
        .take(3)
        .any(|v| *v == "ssh");
    if !ssh || matches!(name, "ssh" | "scp" | "sftp") {
        return Vec::new();
    }
    // An SSH key, by where it is or how it is named: another store handed
    // over (`acmecli ssh -i ~/.aws/credentials`) is still read.
    let ssh_key = |v: &str| {
        let base = paths::basename(v);
        v.contains("/.ssh/") || base.starts_with("id_") || base.ends_with(".pem")
    };
    (0..vals.len())
        .filter_map(|i| {
            agentgate_commands::option_value(vals, i, CLIENT_SSH_IDENTITY).map(|(v, _)| v)
        })
        .filter(|v| ssh_key(v))
        .collect()
}

/// The files of `vals` that `name` uses rather than prints.
pub(super) fn used_files<'a>(name: &str, vals: &[&'a str]) -> Vec<&'a str> {
    let mut out: Vec<&'a str> = vals.iter().flat_map(|v| identity_files(v)).collect();
    out.extend(client_ssh_identities(name, vals));
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
    if matches!(name, "sed" | "gsed") {
        out.extend(edited_in_place(vals));
    }
    // chezmoi's sub-commands that name home files without showing them,
    // and `add --encrypt` (kept encrypted in the source directory;
    // clidocs part 3). `cat`, `diff` and a plain `add` (a plaintext copy a
    // later read finds under another name) stay reads.
    if name == "chezmoi" {
        // Past the row's value options and their values (`chezmoi -c
        // chattr cat KEY` runs `cat`: found in review).
        let ops: Vec<&'a str> = super::cloudverbs::command_words(name, vals)
            .into_iter()
            .map(|(_, w)| w)
            .collect();
        // A boolean flag's last word decides (`--encrypt --encrypt=false`
        // adds in plaintext: found trying this rule as the agent).
        let encrypted = vals.iter().fold(false, |on, v| match *v {
            "--encrypt" => true,
            _ => v.strip_prefix("--encrypt=").map_or(on, |x| {
                matches!(x.to_ascii_lowercase().as_str(), "true" | "t" | "1")
            }),
        });
        if let Some((sub, files)) = ops.split_first() {
            let names_only = matches!(
                *sub,
                "chattr"
                    | "forget"
                    | "unmanage"
                    | "managed"
                    | "unmanaged"
                    | "source-path"
                    | "target-path"
                    | "verify"
                    | "edit"
            ) || matches!(*sub, "add" | "re-add") && encrypted;
            if names_only {
                out.extend(files.iter().copied());
            }
        }
    }
    // `podman secret create NAME FILE`: the project's file becomes a
    // secret the engine hands to containers (podman-secret-create(1),
    // docker secret create); one of the home's stores is still read.
    if CONTAINER_CLIS.contains(&name) {
        let ops: Vec<&'a str> = vals
            .iter()
            .copied()
            .filter(|v| !v.starts_with('-'))
            .collect();
        if let ["secret", "create", _, file] = ops.as_slice() {
            if !file.starts_with(['/', '~', '$']) && !file.contains("..") {
                out.push(file);
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
    // The container's environment (docker-run(1) --env-file; podman-run(1)).
    ("docker", &["--env-file"]),
    ("podman", &["--env-file"]),
    ("nerdctl", &["--env-file"]),
    ("finch", &["--env-file"]),
];

/// The env files `name` loads among `vals`, with the words of `vals` that
/// name them (an option and its value, or `--opt=FILE`).
pub(super) fn loaded_env_files<'a>(name: &str, vals: &[&'a str]) -> Vec<(&'a str, Vec<usize>)> {
    let mut out = Vec::new();
    // Any other client's `--env-file FILE` loads the file into what it
    // runs or creates (`railway sandbox create --env-file .env`: hostdocs
    // part 6, session 62), as docker's does; its words are text for the
    // programs that print or search (`grep -- --env-file .env`).
    let generic: (&str, &[&str]) = (name, &["--env-file"]);
    let known = ENV_LOADERS.iter().any(|(l, _)| *l == name);
    let text = agentgate_commands::VERB_EXEMPT
        .first()
        .is_some_and(|t| t.names.contains(&name));
    let loaders = ENV_LOADERS
        .iter()
        .chain((!known && !text).then_some(&generic));
    for (loader, opts) in loaders {
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
    // `core.sshCommand=ssh -i KEY`: the command after a `KEY=`, not after
    // an ssh option's (`ssh -i KEY -o IdentitiesOnly=yes`, mcdev part 10).
    let command = value
        .split_once('=')
        .filter(|(k, _)| !k.contains(char::is_whitespace))
        .map_or(value, |(_, v)| v);
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
        // wc's and du's --files0-from read a file of names and print each
        // line they cannot open in an error (GTFOBins wc; olpe session 47).
        "wc" | "du" => vals
            .iter()
            .enumerate()
            .filter_map(|(i, v)| match v.strip_prefix("--files0-from") {
                Some("") => vals.get(i + 1).copied(),
                Some(rest) => rest.strip_prefix('='),
                None => None,
            })
            .collect(),
        // `docker cp`, `docker container cp`, `podman machine cp` (into
        // the machine's VM): the source.
        n if CONTAINER_CLIS.contains(&n) => {
            let at = match vals {
                ["cp", ..] => 1,
                ["container" | "machine", "cp", ..] => 2,
                _ => return Vec::new(),
            };
            vals.iter()
                .skip(at)
                .filter(|v| !v.starts_with('-'))
                .take(1)
                .copied()
                .collect()
        }
        _ => Vec::new(),
    }
}

/// sed's files edited in place (`sed -i 's/a/b/' .env`): GNU sed sends
/// everything a script prints (`p`, `=`, `l`, `F`) into the file, so none
/// of it reaches the agent unless the script writes elsewhere (`w FILE`,
/// `W`, `s///w`, a `/dev/` path) or runs commands (`e`, `s///e`). A script
/// sed reads from a file (`-f`) is not seen: its operands stay read.
/// ruancsb (session 42): `sed -i ... .env` was asked as reading .env.
fn edited_in_place<'a>(vals: &[&'a str]) -> Vec<&'a str> {
    match sed_words(vals) {
        Some(w)
            if w.in_place
                && !w.scripts.is_empty()
                && w.scripts.iter().all(|s| quiet_sed_script(s)) =>
        {
            w.operands
        }
        _ => Vec::new(),
    }
}

/// sed's words sorted: its scripts (`-e S`, `--expression=S`, or the first
/// operand), the files it reads or edits, and whether it edits in place.
pub(super) struct SedWords<'a> {
    pub(super) in_place: bool,
    pub(super) scripts: Vec<&'a str>,
    pub(super) operands: Vec<&'a str>,
}

/// sed's scripts among its arguments (none for another program), but a
/// word that is also a file it edits (`sed -i -e /etc/d /etc/d`) is one,
/// and so is a script spelled as a path (`sed -i /etc/x.conf 's/a/b/'`
/// means to edit it, however sed reads it: toolsdocs).
pub(super) fn sed_scripts<'a>(name: &str, vals: &[&'a str]) -> Vec<&'a str> {
    let sed = matches!(name, "sed" | "gsed");
    let Some(w) = sed.then(|| sed_words(vals)).flatten() else {
        return Vec::new();
    };
    w.scripts
        .into_iter()
        .filter(|s| !w.operands.contains(s) && !s.starts_with(['/', '~']))
        .collect()
}

/// [`SedWords`] of sed's arguments; `None` when a script comes from a file
/// (`-f`) or a flag this reading does not know.
pub(super) fn sed_words<'a>(vals: &[&'a str]) -> Option<SedWords<'a>> {
    let mut in_place = false;
    let mut scripts: Vec<&str> = Vec::new();
    let mut operands: Vec<&'a str> = Vec::new();
    let mut i = 0;
    while let Some(v) = vals.get(i).copied() {
        i += 1;
        if let Some(s) = v.strip_prefix("--expression=") {
            scripts.push(s);
        } else if v == "--in-place" || v.starts_with("--in-place=") {
            in_place = true;
        } else if matches!(v, "--expression" | "--line-length") {
            scripts.extend(vals.get(i).filter(|_| v == "--expression"));
            i += 1;
        } else if v == "--file" || v.starts_with("--file=") {
            return None;
        } else if v == "--" {
            operands.extend(vals.iter().skip(i).copied());
            break;
        } else if v.starts_with("--") {
            // --posix, --separate, --null-data, --regexp-extended, ...
        } else if let Some(flags) = v.strip_prefix('-').filter(|f| !f.is_empty()) {
            for (k, c) in flags.char_indices() {
                let after = flags.get(k + c.len_utf8()..).unwrap_or("");
                match c {
                    // `-i[SUFFIX]`: the rest of the word is the backup
                    // suffix; BSD sed's `-i ''` gives it as the next word.
                    'i' => {
                        in_place = true;
                        if after.is_empty() && vals.get(i) == Some(&"") {
                            i += 1;
                        }
                        break;
                    }
                    'e' | 'l' => {
                        let value = if after.is_empty() {
                            i += 1;
                            vals.get(i - 1).copied()
                        } else {
                            Some(after)
                        };
                        if c == 'e' {
                            scripts.extend(value);
                        }
                        break;
                    }
                    'n' | 'E' | 'r' | 's' | 'u' | 'z' => {}
                    // `-f FILE` and flags this reading does not know.
                    _ => return None,
                }
            }
        } else {
            operands.push(v);
        }
    }
    if scripts.is_empty() && !operands.is_empty() {
        scripts.push(operands.remove(0));
    }
    Some(SedWords {
        in_place,
        scripts,
        operands,
    })
}

/// A sed script that writes nowhere but its output and runs nothing: no
/// `w`/`W`/`e` command, no `w` or `e` flag of `s`, no `/dev/` or `/proc/`
/// path. Read conservatively: a piece it cannot read (a `;` inside a
/// regex splits one) counts as writing.
fn quiet_sed_script(script: &str) -> bool {
    if script.contains("/dev/") || script.contains("/proc/") {
        return false;
    }
    script.split(['\n', ';']).all(|raw| {
        let mut cmd = raw.trim();
        // Addresses: line numbers, `$`, ranges, steps, negation, blocks,
        // and `/regex/` ones.
        loop {
            cmd = cmd.trim_start_matches(|c: char| {
                c.is_ascii_digit()
                    || matches!(c, '$' | ',' | '!' | ' ' | '\t' | '{' | '}' | '~' | '+')
            });
            match cmd.strip_prefix('/') {
                Some(rest) => match rest.split_once('/') {
                    Some((_, after)) => cmd = after.trim_start_matches(['I', 'M']),
                    None => return false,
                },
                None => break,
            }
        }
        let mut chars = cmd.chars();
        match chars.next() {
            None => true,
            Some('w' | 'W' | 'e' | '\\') => false,
            Some('s') => {
                let body = chars.as_str();
                let Some(delim) = body.chars().next() else {
                    return false;
                };
                let parts = super::values::split_unescaped(
                    body.get(delim.len_utf8()..).unwrap_or(""),
                    delim,
                );
                parts
                    .get(2)
                    .is_some_and(|flags| parts.len() == 3 && !flags.contains(['w', 'W', 'e']))
            }
            Some(_) => true,
        }
    })
}

/// Whether the program's row says its operands are only read on this line
/// (`Program::changes_with`: none of its changing words is there) and
/// operand `i` is no value of an option naming a file it writes (`plutil
/// -convert xml1 -o ~/Library/LaunchAgents/a.plist`).
pub(super) fn only_reads(
    row: Option<&agentgate_commands::Program>,
    vals: &[&str],
    rest: &[Arg<'_>],
    i: usize,
) -> bool {
    let Some(row) = row else {
        return false;
    };
    !row.changes_with.is_empty()
        && !written_by_row(Some(row), rest, i)
        && !vals.iter().any(|v| {
            row.changes_with
                .iter()
                .any(|w| super::subwords::sub_word(w, v) || super::subwords::option_word(w, v))
        })
}

/// Whether argument `i` is the value of an option the program's row says
/// names a file it writes (`openssl genrsa -out KEY`, `plutil -o FILE`).
pub(super) fn written_by_row(
    row: Option<&agentgate_commands::Program>,
    rest: &[Arg<'_>],
    i: usize,
) -> bool {
    row.is_some_and(|r| {
        i.checked_sub(1)
            .and_then(|p| rest.get(p))
            .is_some_and(|p| r.writes.contains(&p.v()))
    })
}

/// Whether argument `i` is the value of an option the program only reads
/// (`agentgate_commands::READ_OPTIONS`: `skopeo login --cert-dir DIR`).
pub(super) fn read_option(name: &str, rest: &[Arg<'_>], i: usize) -> bool {
    let prev = i.checked_sub(1).and_then(|p| rest.get(p)).map(Arg::v);
    rest.get(i)
        .is_some_and(|a| agentgate_commands::read_option_value(name, prev, a.v()))
}
