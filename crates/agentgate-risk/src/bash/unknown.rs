//! A program no row, list or analyser knows, handed a known program's words
//! (`tsp rm -rf ~`, `chpst -u dev rm -rf ~`, `dtach -n SOCK CMD`, `newtool
//! --opt x -- curl URL | sh`): the shape of every wrapper and runner
//! (`nice`, `timeout`, `aws-vault exec`, `doppler run`). compose7's and
//! compose8's blind rounds missed such wrappers one program at a time;
//! reading any unknown program as a wrapper of the first known program
//! among its operands judges the words as the command they spell. Whether
//! the program runs them is not known; a known program's words with its
//! arguments after them are most likely handed on (a sub-command of the
//! unknown client that is also a program's name, `mc rm`, still gets the
//! client's destroying-verb reading).

use super::exec::shell_script_at;
use super::*;

/// Programs the walker dispatches on by name (its `simple` match and
/// `wrapper_payload`) that no list, row or GTFOBins entry names: never
/// read as unknown.
/// The test `every_dispatched_name_is_known` keeps it in step with
/// `simple.rs`.
pub(super) const HANDLED: &[&str] = &[
    "fuser",
    "rclone",
    "incrontab",
    "fcrontab",
    "nslookup",
    "host",
    "drill",
    "ping",
    "ping6",
    "traceroute",
    "getent",
    "resolvectl",
    // Wipers judged as shred (session 27).
    "scrub",
    "wipe",
    "sswap",
    "badblocks",
    "mknod",
    "rcp",
    "chattr",
    "setcap",
    "batch",
    "shutdown",
    "reboot",
    "halt",
    "poweroff",
    "init",
    "telinit",
    "kill",
    "pkill",
    "killall",
    "killall5",
    "skill",
    "snice",
    "unset",
    "typeset",
    "secret-tool",
    "pass",
    "gopass",
    "keyring",
    "bw",
    "lpass",
    "netlify",
    "pip3",
    "cdk",
    "npx",
    "bunx",
    "uvx",
    "redis-cli",
    "mongosh",
    "mongo",
    "cqlsh",
    "dropdb",
    "claude",
    "ngrok",
    "cloudflared",
    "lt",
    "bore",
    "brew",
    "svn",
    "fdfind",
    "rimraf",
    "del-cli",
];

/// Whether the walker knows `name`: a row, a list, a name it dispatches on,
/// a GTFOBins entry or an ordinary program known not to run its operands.
pub(crate) fn known_command(name: &str) -> bool {
    agentgate_commands::program(name).is_some()
        || HANDLED.contains(&name)
        || VAULT_CLIENTS.contains(&name)
        || super::lists::ACCOUNT_TOOLS.contains(&name)
        || super::system::FORMATTERS.contains(&name)
        || super::system::DISK_TOOLS.contains(&name)
        || agentgate_commands::NOT_RUNNERS.contains(&name)
        || agentgate_commands::SHELL_BUILTINS.contains(&name)
        || agentgate_commands::TEXT_ARGUMENT_PROGRAMS.contains(&name)
        || READERS.contains(&name)
        || agentgate_commands::PURE_READERS.contains(&name)
        || agentgate_commands::TREE_CHANGERS.contains(&name)
        || SHELLS.contains(&name)
        || INTERPRETERS.contains(&name)
        || FETCHERS.contains(&name)
        || NETCAT.contains(&name)
        || CONTAINER_CLIS.contains(&name)
        || KEY_USERS.contains(&name)
        || super::mail::MAILERS.iter().any(|(m, _)| *m == name)
        || name.starts_with("mkfs.")
        || !agentgate_commands::gtfobins(name).is_empty()
        // A file server's operands are a share's name and its directory
        // (`impacket-smbserver -smb2support test .`), not a command.
        || agentgate_commands::FILE_SERVERS
            .iter()
            .any(|r| r.words.is_empty() && r.names.contains(&name))
}

/// Directories a program named by its full path is looked up in: a word
/// `/usr/bin/rm` names rm; `./rm` or `~/bin/rm` is a file of the project or
/// the user, judged as a path.
const SYSTEM_BIN: &[&str] = &[
    "/bin/",
    "/usr/bin/",
    "/usr/local/bin/",
    "/sbin/",
    "/usr/sbin/",
];

/// Programs whose names are everyday words of other tools' command lines:
/// a sub-command (`dune init`, `minikube service list`, redis's `config set dir X`) or an option's
/// value (`hardhat node --hostname hostname`, `addcomputer.py -dc-host
/// hostname`), far more often than a command handed on (session 28).
/// `env` too: `fnm env`, `opam env`, `docker-machine env default`,
/// `poetry env info` print or manage their environments (session 42); a
/// command after it is still found (`tool env rm -rf ~`). `console` too:
/// Symfony's `bin/console` has a row (session 62), and `xm console DOM`,
/// `rails console`, `fly ssh console` open one; and `mount`, the
/// sub-command of every FUSE client (`agentfs mount ID ./mnt`, `rclone
/// mount`, `borg mount`: tursodocs, session 62, asked as root's mount).
pub(super) const WORD_NAMES: &[&str] = &[
    "hostname", "init", "restore", "service", "dir", "env", "console", "mount",
];

/// Options that take a user's name in nearly every client (`-u john`,
/// `--username root`): the word after one is no program an unknown tool
/// runs.
const USER_OPTIONS: &[&str] = &["-u", "-U", "--user", "--username"];

/// Where the wrapped command starts in `vals` when `name` is a program the
/// walker does not know: the first operand naming a known program (as
/// spelled: `John 3:16` is prose), with words after it (a bare last word
/// is a sub-command far more often than a command run without arguments:
/// `gpg-card passwd`, `safe env`, `procs zsh`), and not a shell builtin
/// (no wrapper can run one: `packwiz modrinth export`).
pub(super) fn unknown_argv_start(name: &str, vals: &[&str]) -> Option<usize> {
    // A command run on another machine is judged as one (`remote`); a
    // cloud CLI's words are its own command words, judged by
    // `cloud_cli_change` (`scw instance volume update ID`: clouddocs,
    // session 62, read as a wrapped program and left unjudged).
    if known_command(name)
        || agentgate_commands::CLOUD_VERB_CLIS.contains(&name)
        || agentgate_commands::remote_command(name, vals).is_some()
    {
        return None;
    }
    let last = vals.len().checked_sub(1)?;
    // Right after `--`, a bare name with words after it is the command
    // handed on, known or not (`newtool -- influx bucket delete -n x`).
    if let Some(d) = vals.iter().position(|v| *v == "--") {
        let next = vals.get(d + 1).filter(|v| {
            d + 1 < last
                && !v.starts_with('-')
                && v.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        });
        if next.is_some_and(|v| !agentgate_commands::SHELL_BUILTINS.contains(v)) {
            return Some(d + 1);
        }
    }
    vals.iter().take(last).enumerate().position(|(i, v)| {
        // `TOOL completion bash --no-descriptions`: the shell whose
        // completion script the tool prints (ci4: golangci-lint), no
        // command it runs; so is `fnm env --shell bash --use-on-cd`'s.
        let names_shell = i.checked_sub(1).and_then(|p| vals.get(p)).is_some_and(|p| {
            *p == "complete" || *p == "--shell" || agentgate_commands::COMPLETION_WORDS.contains(p)
        }) && !vals.get(i + 1).is_some_and(|n| n.starts_with("-c"));
        // `-u john`: a user's name (WADComs' examples log in as john; the
        // password cracker's name), not a command (session 67).
        let user_name = i
            .checked_sub(1)
            .and_then(|p| vals.get(p))
            .is_some_and(|p| USER_OPTIONS.contains(p));
        if v.starts_with('-') || v.contains('=') || names_shell || user_name {
            return false;
        }
        // `"$(command -v rm)"`: the program PATH finds under that name.
        let found = path_lookup(v);
        let v = found.as_deref().unwrap_or(v);
        // `/usr/bin//rm`, `/bin/../bin/rm`: the path as the kernel reads it.
        let norm = v.starts_with('/').then(|| paths::normalize(v));
        let v = norm.as_deref().unwrap_or(v);
        let base = SYSTEM_BIN
            .iter()
            .find_map(|d| v.strip_prefix(d))
            .unwrap_or(v);
        !base.is_empty()
            && !base.contains('/')
            && base != name
            && !WORD_NAMES.contains(&base)
            && !agentgate_commands::SHELL_BUILTINS.contains(&base)
            && known_command(base)
            && (!base.bytes().any(|b| b.is_ascii_uppercase())
                || agentgate_commands::programs().any(|p| p.names.contains(&base))
                || INTERPRETERS.contains(&base))
    })
}

/// `pm2 start /bin/sh -- -c CMD`: the script of a shell's words that start
/// with a runner's own `--`, between the program it starts and that
/// program's arguments (pm2, forever, nodemon). A shell given `--` first
/// would take `-c` as a script's name, so the runner passes `-c CMD` on.
fn script_past_runner_dash<'v>(words: &[&'v str]) -> Option<&'v str> {
    let (first, rest) = words.split_first()?;
    if *first != "--" || shell_script_at(words).is_some() {
        return None;
    }
    shell_script_at(rest).and_then(|k| rest.get(k)).copied()
}

impl Walker<'_> {
    /// Judges an unknown program's words from `k` on as the command they
    /// spell (see the module's note): its own words before `k` are checked
    /// as any program's arguments, and the whole line keeps the unknown
    /// client's destroying-verb reading (`mc rm -r --force prod/backups`).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn unknown_wrapper(
        &mut self,
        site: Site<'_>,
        args: &[Arg<'_>],
        full_name: &str,
        name: &str,
        vals: &[&str],
        k: usize,
        before: usize,
    ) {
        let rest = args.get(1..).unwrap_or(&[]);
        if let (Some(own), Some(own_vals)) = (rest.get(..k), vals.get(..k)) {
            self.generic_args(site, full_name, name, own, own_vals);
            self.guard_args(site, name, own, own_vals);
            // Its own options may hold a command line too (`mlr --prepipe
            // 'CMD' cat f.csv`).
            self.embedded_commands(site, name, own_vals);
        }
        // Right after `--` the words are handed on (`tini -s -- CMD`,
        // `dotenv -e .env -- CMD`), and nothing but a runner hands a shell
        // its `-c` script (`machinectl shell .host /bin/sh -c CMD`);
        // otherwise the word may be the client's own sub-command (`qm su
        // 100`, `jrnl today at 3am`), so what the command would do is
        // asked about, not denied.
        let is_shell = vals
            .get(k)
            .is_some_and(|v| SHELLS.contains(&paths::basename(v)));
        let after = vals.get(k + 1..).unwrap_or(&[]);
        if let Some(script) = is_shell.then(|| script_past_runner_dash(after)).flatten() {
            self.script(script, site.depth + 1);
            self.destroying_verbs(site, full_name, name, vals, before);
            return;
        }
        let shell_script = is_shell && shell_script_at(after).is_some();
        let handed_on = shell_script || k.checked_sub(1).and_then(|p| vals.get(p)) == Some(&"--");
        let mark = self.out.findings.len();
        self.simple(site, args, 1 + k);
        if !handed_on {
            for f in self.out.findings.iter_mut().skip(mark) {
                if f.severity > Medium {
                    f.severity = Medium;
                    f.reason = format!("{}, if {name} runs the words it is handed", f.reason);
                }
            }
        }
        // Named beside a remote store's URL, a secret leaves the machine
        // whichever word is the program (`mc cp ~/.kube b2://b/`).
        self.copy_to_store(site, name, rest);
        self.destroying_verbs(site, full_name, name, vals, before);
        // The client's own readings over all its words: a word naming a
        // known program may be its sub-command (`acmecli info
        // --show-secrets`, `acmecli cat tokens create`: session 61's Left
        // 2); a finding the wrapped command made already stands.
        self.publishing_verb(site, name, vals, before);
        self.secret_verb(site, full_name, name, vals, before);
    }

    /// A program no row or analyser knows, handed a shell and its script
    /// among its operands (`numactl --interleave=all sh -c 'CMD'`,
    /// `newtool --opt x bash -lc 'CMD'`): the shape of every runner and
    /// wrapper (compose7's held-out half missed five runners the tables
    /// lacked, each with this shape). The script is judged as the command
    /// it is; whether the program runs it is not known, but nothing else
    /// hands a shell a script. (Reached when no earlier operand named a
    /// known program: `unknown_wrapper` judges those.)
    pub(super) fn unknown_runner(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        // A PowerShell cmdlet typed as a shell command (a Windows line, an
        // agent whose shell is PowerShell): judged as PowerShell runs it
        // (wlpe session 47: `Remove-Item -Recurse -Force C:\Users\dev`,
        // `iwr URL -OutFile "C:\Program Files\..."` passed). The words
        // are taken as written, so Windows paths keep their backslashes.
        // Only a Verb-Noun name or an alias no shell has (`rmdir`, `copy`,
        // `del` are also cmd's and the shell's own words).
        let powershell_only = name.contains('-') || matches!(name, "iwr" | "irm" | "iex" | "ri");
        if powershell_only && !known_command(name) && agentgate_commands::cmdlet(name).is_some() {
            let code = site.cmd.argv_text.replace('\'', r"'\''");
            self.script(
                &format!("pwsh -NoProfile -Command '{code}'"),
                site.depth + 1,
            );
            return;
        }
        self.whole_tree_to_unknown(site, name, vals);
        self.password_list_to_unknown(site, name, vals);
        if agentgate_commands::program(name).is_some()
            || READERS.contains(&name)
            || SHELLS.contains(&name)
        {
            return;
        }
        for (j, v) in vals.iter().enumerate() {
            if !SHELLS.contains(&paths::basename(v)) {
                continue;
            }
            let words = vals.get(j + 1..).unwrap_or(&[]);
            if let Some(script) = shell_script_at(words)
                .and_then(|k| words.get(k))
                .copied()
                .or_else(|| script_past_runner_dash(words))
            {
                self.script(script, site.depth + 1);
                return;
            }
        }
    }
}

impl Walker<'_> {
    /// A program nothing is known about handed the whole home directory
    /// or the root of the file system (`./x -rf ~`, perhaps a renamed `rm`
    /// copied in an earlier call): what it does to the tree cannot be
    /// verified, so it is asked about, as a credential file handed to an
    /// unknown program is.
    fn whole_tree_to_unknown(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        if known_command(name) {
            return;
        }
        // `/` alone is often an API's or a tool's own root (`pvesh ls /`,
        // `portageq get_repos /`, rmlint's `//` separator): it counts only
        // spelled `/` or `/*` beside options (`./x -rf /`).
        let options = vals.iter().any(|v| v.starts_with('-') && v.len() > 1);
        let whole = vals.iter().filter(|v| !v.starts_with('-')).find_map(|v| {
            let abs = paths::absolute(v, v, v.starts_with('~'), &self.ctx)?;
            let abs = abs.trim_end_matches('/');
            if abs.is_empty() && options && matches!(*v, "/" | "/*") {
                Some("the root of the file system")
            } else if abs == self.ctx.home.trim_end_matches('/') {
                Some("the whole home directory")
            } else {
                None
            }
        });
        if let Some(what) = whole {
            self.find(
                Unverifiable,
                Medium,
                format!("hands {what} to {name}, a program nothing is known about, which may change or delete it"),
                &site.cmd.text,
            );
        }
    }
}

impl Walker<'_> {
    /// A password list ([`agentgate_commands::password_list`]) given as an
    /// option's value (`-p rockyou.txt`, `--passwords=LIST`) to a program
    /// nothing is known about: a login guesser no table names (kitsun,
    /// session 48: `nat -u users.txt -p rockyou.txt HOST`). Known guessers
    /// (hydra, ncrack, john) have rows. Not an operand: many programs no
    /// table names only read or unpack one (`gunzip rockyou.txt.gz`).
    fn password_list_to_unknown(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        if !unknown_program(name) {
            return;
        }
        let given = vals.iter().enumerate().find_map(|(i, v)| {
            let value = match v.split_once('=') {
                Some((opt, value)) if opt.starts_with('-') => value,
                _ => {
                    let after_option = i
                        .checked_sub(1)
                        .and_then(|p| vals.get(p))
                        .is_some_and(|p| p.starts_with('-') && p.len() > 1);
                    if !after_option {
                        return None;
                    }
                    v
                }
            };
            agentgate_commands::password_list(value).then_some(value)
        });
        if let Some(list) = given {
            self.find(
                Cred,
                Medium,
                format!("hands a password list ({list}) to {name}, a program nothing is known about: guessing logins"),
                &site.cmd.text,
            );
        }
    }
}

/// Whether `vals[i]` is an argument an interpreter hands to the script or
/// module it runs (`python3 scanner.py -g ~/.config/gcloud`, `ruby x.rb
/// ~/.ssh`, `python3 -m tool ~/.aws`): that script is a program nothing is
/// known about, as `./tool ~/.ssh` is (rtcs, session 48). Not for code
/// given inline (`-c`, `-e`), judged as code.
pub(super) fn handed_to_script(name: &str, vals: &[&str], i: usize) -> bool {
    // The project's own program, run by its build tool (`cargo run ARGS`,
    // `npm run SCRIPT ARGS`): `PROJECT_RUNNERS`.
    if let Some(start) = agentgate_commands::project_args_start(name, vals) {
        return i >= start;
    }
    if !agentgate_commands::INTERPRETERS.contains(&name) && !SHELLS.contains(&name) {
        return false;
    }
    let mut k = 0;
    while let Some(v) = vals.get(k) {
        if matches!(
            *v,
            "-c" | "-e" | "-E" | "-r" | "--eval" | "-p" | "--print" | "-i" | "-n"
        ) {
            return false;
        }
        if *v == "-m" {
            // The module is the program; what follows is handed to it.
            return i > k + 1;
        }
        if !v.starts_with('-') {
            return i > k;
        }
        k += 1;
    }
    false
}

/// A program no table describes and no list names: what it does with a
/// directory it is given is not known.
pub(super) fn unknown_program(name: &str) -> bool {
    agentgate_commands::program(name).is_none()
        && !READERS.contains(&name)
        && !agentgate_commands::PURE_READERS.contains(&name)
        && !agentgate_commands::TREE_CHANGERS.contains(&name)
        && !SHELLS.contains(&name)
        && !matches!(
            name,
            "mkdir"
                | "find"
                | "fd"
                | "cd"
                | "pushd"
                | "popd"
                | "tar"
                | "zip"
                | "7z"
                | "cp"
                | "rsync"
                | "unzip"
                | "ditto"
                | "scp"
                // Builtins whose operands are scripts or assignments, judged
                // as such (`eval "$c"`, `readonly c='ls ~/.ssh'`).
                | "eval"
                | "export"
                | "declare"
                | "typeset"
                | "readonly"
                | "local"
                | "unset"
                | "alias"
                | "trap"
        )
}

/// A program name in capitals as the program it runs where file names
/// ignore case (macOS's and Windows' file systems by default: a PATH
/// lookup of `SH` runs sh; `curl URL | SH` passed, session 66): the lower
/// case when only that names a known program. A path (`./SH`) names its
/// own file; a known name keeps its case (`R`).
pub(super) fn case_folded(name: &str) -> Option<String> {
    if name.contains('/') || !name.bytes().any(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let lower = name.to_ascii_lowercase();
    // Rows are looked up without regard to case; a row or list that
    // spells the name so is another program (`R`).
    let exact = agentgate_commands::program(name).is_some_and(|p| p.names.contains(&name))
        || INTERPRETERS.contains(&name)
        || SHELLS.contains(&name);
    let known = !unknown_program(&lower) || INTERPRETERS.contains(&lower.as_str());
    (!exact && known).then_some(lower)
}

/// The analysis with every command's program name folded as
/// [`case_folded`] says, so that every check that reads a command's name
/// (`curl URL | SH`) sees the program that runs.
pub(super) fn folded_case(mut analysis: agentgate_shell::Analysis) -> agentgate_shell::Analysis {
    for c in &mut analysis.commands {
        let Some(w) = c.argv.first_mut() else {
            continue;
        };
        let Some(lower) = w.literal.as_deref().and_then(case_folded) else {
            continue;
        };
        if w.literal.as_deref() == Some(w.raw.as_str()) {
            w.raw.clone_from(&lower);
        }
        w.literal = Some(lower);
    }
    analysis
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every literal name `simple.rs` dispatches on (its `match name` arms,
    /// up to the unknown-program fallback) is in `HANDLED` or known
    /// otherwise: a name added there is never read as an unknown wrapper.
    #[test]
    fn every_dispatched_name_is_known() {
        let src = include_str!("simple.rs");
        let start = src.find("        match name {").unwrap_or(0);
        let end = src.find("_ => self.unknown_runner").unwrap_or(src.len());
        let body = src.get(start..end).unwrap_or("");
        let mut names = Vec::new();
        for line in body.lines() {
            // Arm patterns sit at the match's indentation (12 spaces);
            // bodies are deeper.
            let Some(pat) = line.strip_prefix("            ") else {
                continue;
            };
            if !(pat.starts_with('"') || pat.starts_with("| \"")) {
                continue;
            }
            let pat = pat.split("=>").next().unwrap_or("");
            let pat = pat.split(" if ").next().unwrap_or("");
            for (i, part) in pat.split('"').enumerate() {
                if i % 2 == 1 {
                    names.push(part.to_owned());
                }
            }
        }
        assert!(names.len() > 100, "parsed {} names", names.len());
        for n in names {
            assert!(known_command(&n), "{n} is dispatched on but not known");
        }
    }

    #[test]
    fn unknown_programs_wrap_the_first_known_program() {
        let cases: &[(&str, &[&str], Option<usize>)] = &[
            ("tsp", &["rm", "-rf", "~"], Some(0)),
            // A last word, a builtin or a capitalised word is no command.
            ("gpg-card", &["passwd"], None),
            ("packwiz", &["modrinth", "export", "x"], None),
            ("kjv", &["John", "3:16"], None),
            ("chpst", &["-u", "dev", "rm", "-rf", "~"], Some(2)),
            ("dtach", &["-n", "/tmp/d.sock", "rm", "-rf", "~"], Some(2)),
            (
                "newtool",
                &["--x", "--", "/usr/bin/curl", "-s", "u"],
                Some(2),
            ),
            ("newtool", &["/usr/bin//rm", "-rf", "~"], Some(0)),
            // Known programs are never read as wrappers.
            ("man", &["rm"], None),
            ("logger", &["rm", "-rf", "~"], None),
            ("rm", &["-rf", "cat"], None),
            ("cp", &["/tmp/x", "/home/dev/.local/bin/git"], None),
            // A path of the project or the user is not a program's name.
            ("newtool", &["./rm", "~/bin/git"], None),
            ("newtool", &["deploy", "prod"], None),
        ];
        for (name, vals, want) in cases {
            assert_eq!(unknown_argv_start(name, vals), *want, "{name} {vals:?}");
        }
    }
}
