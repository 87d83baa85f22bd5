//! The walker's reading of the command knowledge tables
//! (`agentgate-commands`): options, sub-commands, operands and variables
//! that run code; programs that serve or open the network; libraries
//! loaded; harmful sub-commands.
//!
//! A value handed to a program is judged by what it *is* once parsed: a
//! shell or interpreter it starts, a file written earlier in the line, a
//! temporary or relative program path, or a payload with findings of its
//! own. A value that is just another ordinary program (`-I zstd`,
//! `core.pager=less`) stays clean.

use agentgate_commands::{self as kb, option_value, Exec, Harm, Lang, Net, Program};

use super::subwords::{shown_word, unknown_operand_match, words_match};
use super::{fed_to_login, Arg, Site, Walker, SHELLS};
use crate::{code, paths, Category, Severity};

use Category::{
    CredentialAccess as Cred, Destructive as Destr, Exfiltration as Exfil, Obfuscation as Obf,
    RemoteCodeExec as Rce, SelfEscalation as SelfEsc, Unverifiable,
};
use Severity::{High, Medium};

pub(super) fn category(h: Harm) -> Category {
    match h {
        Harm::Destructive => Destr,
        Harm::Credential => Cred,
        Harm::Exfiltration => Exfil,
        Harm::RemoteCode => Rce,
        Harm::SelfEscalation => SelfEsc,
        Harm::Evasion => Obf,
    }
}

/// Whether `host` (a `--listen`/`-S` value: `HOST:PORT`, `PORT`, `HOST`)
/// stays on this machine.
fn loopback(value: &str) -> bool {
    let v = value
        .trim_start_matches("tcp://")
        .trim_start_matches("http://");
    let host = if v.starts_with('[') {
        v.split(']').next().unwrap_or("").trim_start_matches('[')
    } else {
        v.rsplit_once(':').map_or(v, |(h, _)| h)
    };
    matches!(host, "localhost" | "::1" | "ip6-localhost") || host.starts_with("127.")
}

/// The indexes of the operands of `vals` (words that are not options or
/// option values), given the options that take a value; `clusters` when
/// the program reads `-abc` as short flags (not PowerShell's or Windows'
/// one-dash long names: `-NoProfile` is no cluster ending in `-e`).
pub(super) fn operands(vals: &[&str], takes: &dyn Fn(&str) -> bool, clusters: bool) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut after_dd = false;
    while let Some(v) = vals.get(i) {
        if !after_dd && *v == "--" {
            after_dd = true;
            i += 1;
            continue;
        }
        if !after_dd && v.starts_with('-') && v.len() > 1 {
            // `-dmS NAME`: a cluster whose last flag takes a value; only
            // before the first operand (after it, `-rf` is more likely a
            // wrapped command's own flags than a cluster of ours).
            let clustered = clusters
                && out.is_empty()
                && v.get(v.len() - 1..).is_some_and(|l| {
                    let short = format!("-{l}");
                    kb::cluster_ends_with(v, &short) && takes(&short)
                });
            i += if (takes(v) || clustered) && !v.contains('=') {
                2
            } else {
                1
            };
            continue;
        }
        out.push(i);
        i += 1;
    }
    out
}

/// Every option spelling a row names (their values are not operands).
pub(super) fn value_options(p: &Program) -> Vec<&'static str> {
    let mut v: Vec<&'static str> = p.value_opts.to_vec();
    v.extend_from_slice(p.writes);
    for e in p.exec {
        match e {
            Exec::Opt { names, .. }
            | Exec::OptEncoded { names, .. }
            | Exec::OptProgram { names }
            | Exec::OptLibrary { names } => {
                v.extend(names.iter().filter(|n| n.starts_with('-')));
            }
            Exec::OptKey { opt, .. } if !opt.is_empty() => v.push(opt),
            _ => {}
        }
    }
    for n in p.net {
        let (Net::Serves(list) | Net::Connects(list)) = n;
        v.extend(list.iter().filter(|n| n.starts_with('-')));
    }
    v
}

/// The language an interpreter runs, by its name.
/// Where the command a row's `SubArgv` runs starts in `vals` (`docker
/// exec -u root app CMD`: CMD's index), if the line has that sub-command.
/// The program's own argument checks stop there: the command's words are
/// judged as that command's.
pub(super) fn sub_argv_start(name: &str, vals: &[&str]) -> Option<usize> {
    let p = kb::program(name).filter(|p| !p.fold_case)?;
    let opts = value_options(p);
    let ops = operands(vals, &|o: &str| opts.contains(&o), !p.windows);
    p.exec.iter().find_map(|e| match *e {
        Exec::SubArgv { sub, skip } => command_after(&ops, vals, sub, skip),
        // `pueue add -- 'CMD'`: every word after the sub-command is the
        // command's (its own options included, judged by its reading).
        Exec::SubCommand { subs } => ops
            .iter()
            .find(|i| vals.get(**i).is_some_and(|v| subs.contains(v)))
            .map(|i| i + 1),
        _ => None,
    })
}

/// The index in `vals` of the command after the operand `sub` and `skip`
/// more operands (`ops`: the operands' indexes).
pub(super) fn command_after(ops: &[usize], vals: &[&str], sub: &str, skip: u8) -> Option<usize> {
    // A sub-command comes before `--` (after it, `dotenv -e .env -- deno
    // run URL`, the word is the command's own).
    let pos = ops.iter().position(|i| {
        vals.get(*i) == Some(&sub) && !vals.get(..*i).is_some_and(|b| b.contains(&"--"))
    })?;
    ops.get(pos + 1 + usize::from(skip)).copied()
}

pub(super) use super::codeargs::lang_of;

impl Walker<'_> {
    /// Applies the program's row, if any.
    pub(super) fn knowledge(
        &mut self,
        site: Site<'_>,
        name: &str,
        rest: &[Arg<'_>],
        vals: &[&str],
    ) {
        self.shell_to_network(site, name, vals);
        self.alternate_streams(site, name, vals);
        self.gtfobins(site, name, vals);
        self.program_options(site, name, vals);
        // An interpreter running a script the tables know (`python3
        // manage.py flush`, `php artisan db:wipe`): the script's row applies
        // to the words after it.
        // Likewise a package runner's package (`npx prisma migrate reset`).
        // A shell running a script file by name (`bash LinEnum.sh`) too.
        let runner = matches!(name, "npx" | "bunx" | "pnpx");
        let shell_file = SHELLS.contains(&name) && !vals.iter().any(|v| v.starts_with("-c"));
        if super::INTERPRETERS.contains(&name) || runner || shell_file {
            let script = (vals.iter().position(|v| !v.starts_with('-')))
                .filter(|i| !super::interp::code_before(name, vals, *i));
            if let Some(i) = script {
                let word = vals.get(i).copied().unwrap_or("");
                // `prisma@5.1.0`: the package without its version.
                let word = if runner && !word.starts_with('@') {
                    word.split('@').next().unwrap_or(word)
                } else {
                    word
                };
                let base = paths::basename(word);
                // A copy of a tool's script made earlier in the line (`mv
                // GetUserSPNs.py q.py; python3 q.py`) is that tool.
                let copied = kb::program(base)
                    .is_none()
                    .then(|| paths::absolute(word, word, word.starts_with('~'), &self.ctx))
                    .flatten()
                    .and_then(|a| self.copied_from(&a).map(str::to_owned));
                let base = copied.as_deref().unwrap_or(base);
                if kb::program(base).is_some() {
                    let after = vals.get(i + 1..).unwrap_or(&[]);
                    let rest_after = rest.get(i + 1..).unwrap_or(&[]);
                    self.knowledge(site, base, rest_after, after);
                }
            }
        }
        let Some(p) = kb::program(name) else {
            // Programs without a row: the usual output options still write.
            // For a program the walker does not know at all, only if they
            // are output options there (nload's `-o` is a bandwidth): asked
            // about, unless agentgate's own files or a login key would be
            // written.
            for i in 0..vals.len() {
                if let Some((v, _)) = option_value(vals, i, kb::output_options(name)) {
                    let opt = vals.get(i).map_or("", |w| w.split('=').next().unwrap_or(w));
                    let mark = self.out.findings.len();
                    self.written_by_option(site, name, v);
                    if super::unknown::known_command(name) {
                        continue;
                    }
                    for f in self.out.findings.iter_mut().skip(mark) {
                        if f.severity == Severity::High {
                            f.severity = Severity::Medium;
                            f.reason = format!("{}, if {opt} names where {name} writes", f.reason);
                        }
                    }
                }
            }
            self.shell_in_values(site, name, vals);
            return;
        };
        // `open --env NAME=VALUE -a App`: an assignment for the program it
        // starts (htmac part 1: `_JAVA_OPTIONS='-javaagent:...'` passed).
        // Most rows have none: no scan of the words then.
        if !p.sets_env.is_empty() {
            for i in 0..vals.len() {
                if let Some((n, v)) =
                    option_value(vals, i, p.sets_env).and_then(|(a, _)| a.split_once('='))
                {
                    self.known_variable(n, v, &site.cmd.text, site.depth);
                }
            }
        }
        // Case-insensitive options (PowerShell) and Windows's words, as
        // their rows spell them (`super::windows::folded`).
        let folded: Vec<String>;
        let folded_refs: Vec<&str>;
        let vals: &[&str] = if p.fold_case || p.windows {
            folded = vals
                .iter()
                .map(|v| super::windows::folded(v, p.windows))
                .collect();
            folded_refs = folded.iter().map(String::as_str).collect();
            &folded_refs
        } else {
            vals
        };
        let opts = value_options(p);
        let takes = |o: &str| opts.contains(&o);
        let clusters = !p.fold_case && !p.windows;
        let ops = operands(vals, &takes, clusters);
        let operand = |n: usize| ops.get(n).and_then(|i| vals.get(*i).copied());
        let mut code_given = Vec::new();
        for e in p.exec {
            match *e {
                Exec::Opt { names, lang } => {
                    for i in 0..vals.len() {
                        if let Some((v, n)) = super::util::opt_value(p.fold_case, vals, i, names) {
                            code_given.push(lang);
                            let opt = vals.get(i).copied().unwrap_or("");
                            // A shell line the shell expands first
                            // (`--prepare "$ENGINE create"`): judged as `sh
                            // -c WORD` judges its word.
                            let word = rest.get(i + 1).filter(|a| n == 2 && a.dynamic());
                            match word {
                                Some(a) if lang == Lang::Shell => {
                                    self.script_arg(site, a, &format!("{name} {opt}"))
                                }
                                _ => {
                                    // Elements of the argument list the
                                    // code reads, as the words given
                                    // (`open(H, '-|', 'sh', '-c', $ARGV[0])`).
                                    let base = name.trim_end_matches(|c: char| c.is_ascii_digit());
                                    let after = vals.get(i + n..).unwrap_or(&[]);
                                    // PowerShell's `-c` takes every word after it.
                                    let joined = (lang == Lang::PowerShell && n == 2)
                                        .then(|| crate::pwsh::operand_command(vals.get(i + 1..)?));
                                    let code = joined.flatten().unwrap_or_else(|| {
                                        super::codeargs::argv_elements(base, after, v.to_owned())
                                    });
                                    self.run_value(site, name, opt, &code, lang)
                                }
                            }
                        }
                    }
                }
                Exec::OptEncoded { names, lang } => {
                    for i in 0..vals.len() {
                        if let Some((v, _)) = super::util::opt_value(p.fold_case, vals, i, names) {
                            code_given.push(lang);
                            let opt = vals.get(i).copied().unwrap_or("");
                            // Encoding the command hides it from whoever
                            // reads the line (ATT&CK T1027.010): asked in
                            // itself, and the decoded code judged.
                            let decoded = crate::decode::base64_utf16le(v);
                            let reason = if decoded.is_some() {
                                format!(
                                    "{name} {opt} runs an encoded command, which hides what runs"
                                )
                            } else {
                                format!("{name} {opt} runs an encoded command that does not decode, which cannot be checked")
                            };
                            self.find(Obf, High, reason, &site.cmd.text);
                            if let Some(code) = decoded {
                                self.run_value(site, name, opt, &code, lang);
                            }
                        }
                    }
                }
                Exec::OptProgram { names } => {
                    for i in 0..vals.len() {
                        if let Some((v, _)) = option_value(vals, i, names) {
                            let opt = vals.get(i).copied().unwrap_or("");
                            self.run_value(site, name, opt, v, Lang::Shell);
                        }
                    }
                }
                Exec::OptKey { opt, keys, lang } => {
                    let pairs: Vec<&str> = if opt.is_empty() {
                        ops.iter().filter_map(|i| vals.get(*i).copied()).collect()
                    } else {
                        (0..vals.len())
                            .filter_map(|i| option_value(vals, i, &[opt]).map(|(v, _)| v))
                            .collect()
                    };
                    for kv in pairs {
                        if let Some((k, v)) = kv.split_once('=') {
                            let k = k.trim();
                            let k_lower = k.to_ascii_lowercase();
                            // A `*` stands for one or more key parts
                            // (`hooks.*`: every hook; `target.*.runner`).
                            let listed = agentgate_commands::key_listed(keys, &k_lower);
                            if listed {
                                // A TOML value (cargo's `--config`): a
                                // string is the command line, an array of
                                // strings the argv.
                                let line = super::notation::toml_command(v.trim());
                                self.run_value(site, name, k, line.as_deref().unwrap_or(v), lang);
                            }
                        }
                    }
                }
                Exec::SubArgv { sub, skip } => {
                    if let Some(start) = command_after(&ops, vals, sub, skip) {
                        // One last word with blanks (`sops exec-env F 'CMD
                        // ARGS'`) is a command line: the tools that take
                        // one hand it to a shell, and no program is named
                        // with blanks.
                        match vals.get(start..) {
                            Some([line]) if line.contains([' ', '\t', '\n']) => {
                                self.script(line, site.depth + 1);
                            }
                            _ => self.simple(site, rest, start),
                        }
                    }
                }
                Exec::SubCode { sub, lang } => {
                    if let Some(pos) = ops.iter().position(|i| vals.get(*i) == Some(&sub)) {
                        if let Some(v) = ops.get(pos + 1).and_then(|i| vals.get(*i)) {
                            // Typed keys (`screen -X stuff 'CMD\n'`, `^M`):
                            // screen turns these escapes into the keys that
                            // end a command line.
                            let typed = (sub == "stuff").then(|| {
                                v.replace("\\n", "\n")
                                    .replace("\\r", "\n")
                                    .replace("^M", "\n")
                                    .replace("^J", "\n")
                            });
                            self.run_value(site, name, sub, typed.as_deref().unwrap_or(v), lang);
                        }
                    }
                }
                Exec::OperandCode { index, lang } => {
                    if code_given.contains(&lang) {
                        continue;
                    }
                    // Windows PowerShell joins every word from its first
                    // operand on into the command (`powershell Remove-Item
                    // -Recurse -Force ~`: the options are the command's;
                    // session 36, it passed); a `.ps1` first is a file.
                    let joined = (lang == Lang::PowerShell)
                        .then(|| {
                            crate::pwsh::operand_command(vals.get(*ops.get(usize::from(index))?..)?)
                        })
                        .flatten();
                    if let Some(code) = joined {
                        self.run_value(site, name, "", &code, lang);
                    } else if let Some(v) = operand(usize::from(index)) {
                        self.run_value(site, name, "", v, lang);
                    }
                }
                // The walker follows the command itself, through
                // `wrapper_payload` (one reading of the row's grammar).
                Exec::Argv { .. }
                | Exec::ShellLine { .. }
                | Exec::EachLine { .. }
                | Exec::OptArgv { .. } => {}
                Exec::SubPackage { sub } => self.package_program(site, sub, vals),
                Exec::StdinCode { sub, names } => {
                    if (sub.is_empty() || operand(0) == Some(sub))
                        && (names.is_empty() || vals.iter().any(|v| names.contains(v)))
                    {
                        self.fetched_stdin(site, name);
                    }
                }
                Exec::SubWordsCode { words, skip, lang } => {
                    let at = ops.windows(words.len()).position(|w| {
                        w.iter()
                            .zip(words)
                            .all(|(i, word)| vals.get(*i) == Some(word))
                    });
                    let code = at
                        .and_then(|p| ops.get(p + words.len() + usize::from(skip)))
                        .and_then(|i| vals.get(*i));
                    if let Some(code) = code {
                        let sub = words.join(" ");
                        self.run_value(site, name, &sub, code.trim_start_matches('!'), lang);
                    }
                }
                Exec::SubOwn { subs, from } => {
                    let at = ops
                        .iter()
                        .position(|i| vals.get(*i).is_some_and(|v| subs.contains(v)));
                    let lists = at.map_or(&[][..], |p| {
                        ops.get(p + 1 + usize::from(from)..).unwrap_or(&[])
                    });
                    for list in lists.iter().filter_map(|i| vals.get(*i)) {
                        for cmd in split_unquoted(list, ';').into_iter().take(16) {
                            if !cmd.trim().is_empty() {
                                self.script(&format!("{name} {cmd}"), site.depth + 1);
                            }
                        }
                    }
                }
                Exec::ShellArgs { after, shell } => {
                    if let Some(at) = vals.iter().position(|v| *v == after) {
                        let words = rest.get(at + 1..).unwrap_or(&[]);
                        let shell_vals: Vec<&str> = words.iter().map(|a| a.v()).collect();
                        self.shell(site, shell, words, &shell_vals, true);
                    }
                }
                Exec::SubCommand { subs } => {
                    if let Some(at) = ops
                        .iter()
                        .copied()
                        .find(|i| vals.get(*i).is_some_and(|v| subs.contains(v)))
                    {
                        let sub = vals.get(at).copied().unwrap_or("");
                        // The sub-command's options, then the command: the
                        // command's own flags (`rm -rf`) are not ours.
                        let after = vals.get(at + 1..).unwrap_or(&[]);
                        let own = operands(after, &takes, clusters);
                        let start = own.first().map_or(after.len(), |i| *i);
                        match after.get(start..).unwrap_or(&[]) {
                            [] => {}
                            [one] => self.run_value(site, name, sub, one, Lang::Shell),
                            _ => self.simple(site, rest, at + 1 + start),
                        }
                    }
                }
                Exec::OptFile {
                    names,
                    default,
                    lang,
                } => {
                    let mut files: Vec<&str> = (0..vals.len())
                        .filter_map(|i| option_value(vals, i, names).map(|(v, _)| v))
                        .collect();
                    if files.is_empty() {
                        files.extend(default.iter().copied());
                    }
                    for file in files {
                        // A file the line wrote, or a process substitution
                        // printing fixed text (`make -f <(printf ...)`).
                        let payload = self.written(file).map(|g| g.payload).or_else(|| {
                            (file == "<(...)")
                                .then(|| super::decode_chain(&super::children(site)))
                                .flatten()
                        });
                        let Some(payload) = payload else {
                            continue;
                        };
                        let key = (file.to_owned(), payload.clone());
                        if !self.reading_files.contains(&key) {
                            self.reading_files.push(key);
                            if lang == Lang::Make {
                                self.makefile(site, &payload);
                            } else {
                                self.run_value(site, name, file, &payload, lang);
                            }
                            self.reading_files.pop();
                        }
                    }
                }
                Exec::OptLibrary { names } => {
                    for i in 0..vals.len() {
                        if let Some((v, _)) = option_value(vals, i, names) {
                            self.find(
                                Obf,
                                High,
                                format!("loads the shared library {v} into {name}"),
                                &site.cmd.text,
                            );
                        }
                    }
                }
            }
        }
        self.network_use(site, name, p, vals, &ops);
        self.harmful_subs(site, name, p, vals, &ops);
        self.remote_payload(site, name, p, vals);
        self.cmd_stdin(site, name);
        self.cmd_line(site, p);
        for i in 0..vals.len() {
            if let Some((v, _)) = option_value(vals, i, p.writes) {
                self.written_by_option(site, name, v);
            }
        }
    }

    /// A shell and a network endpoint handed to the same program
    /// (`prog tcp:host:4444 /bin/sh`, `tool --connect host:4444 -x sh -i`):
    /// a reverse or bind shell, whatever the program.
    fn shell_to_network(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        if kb::TEXT_ARGUMENT_PROGRAMS.contains(&name) || SHELLS.contains(&name) {
            return;
        }
        let shell = vals.iter().any(|v| {
            let t = v.rsplit([':', '=']).next().unwrap_or(v);
            code::is_bare_shell(t) && t.contains('/')
                || code::is_bare_shell(v)
                    && (v.contains(" -i") || v.contains("<&") || v.contains(">&"))
        });
        let endpoint = vals.iter().any(|v| {
            let l = v.to_ascii_lowercase();
            l.starts_with("tcp") || l.starts_with("udp") || l.contains("/dev/tcp/") || {
                let (host, port) = v.rsplit_once(':').unwrap_or(("", ""));
                !host.is_empty()
                    && !host.contains('/')
                    && !port.is_empty()
                    && port.chars().all(|c| c.is_ascii_digit())
            }
        });
        if shell && endpoint {
            self.out.effects.egress = true;
            self.find(
                Exfil,
                Severity::Critical,
                format!("{name} hands a shell to a network peer (reverse or bind shell)"),
                &site.cmd.text,
            );
        }
    }

    /// A program the tables do not know, handed a value that is itself a
    /// shell command line (`--filter='/bin/sh -i'`, `--exec=|sh -c id`,
    /// `--hook=/bin/sh`): whatever the option is called, the program will
    /// most likely run it. Programs whose arguments are text (messages,
    /// patterns, printed words) are left out.
    fn shell_in_values(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        if kb::TEXT_ARGUMENT_PROGRAMS.contains(&name) || SHELLS.contains(&name) {
            return;
        }
        for v in vals {
            let (value, keyed) = match v.split_once('=') {
                Some((opt, val)) if opt.starts_with('-') => (val, true),
                _ => (*v, false),
            };
            let cand = value
                .trim()
                .trim_start_matches("exec=")
                .trim_start_matches(['|', ';', '!'])
                .trim();
            let first = cand.split_whitespace().next().unwrap_or("");
            let is_shell = SHELLS.contains(&paths::basename(first));
            // A whole command line in one word, or a shell path given as
            // `--option=/bin/sh` (a bare `--shell /bin/bash` is a setting).
            let judged =
                is_shell && !v.starts_with('-') && (cand.contains(' ') || cand != value.trim())
                    || is_shell && keyed && first.starts_with('/') && !v.starts_with("--shell");
            if judged {
                self.find(
                    Obf,
                    Medium,
                    format!("hands {name} a shell command to run ({cand})"),
                    &site.cmd.text,
                );
                self.script(cand, site.depth + 1);
            }
        }
    }

    fn network_use(
        &mut self,
        site: Site<'_>,
        name: &str,
        p: &Program,
        vals: &[&str],
        ops: &[usize],
    ) {
        let text = &site.cmd.text;
        let first = ops.first().and_then(|i| vals.get(*i).copied());
        for n in p.net {
            match n {
                Net::Serves(list) => {
                    for item in *list {
                        let (word, more) = item.split_once(' ').unwrap_or((item, ""));
                        if word.starts_with('-') {
                            for i in 0..vals.len() {
                                let hit = option_value(vals, i, &[word])
                                    .map(|(v, _)| v)
                                    .or_else(|| (vals.get(i) == Some(&word)).then_some(""));
                                if let Some(v) = hit {
                                    if !loopback(v) {
                                        self.out.effects.egress = true;
                                        self.find(
                                            Exfil,
                                            High,
                                            format!("serves this machine on the network ({name} {word})"),
                                            text,
                                        );
                                    }
                                }
                            }
                        } else if first == Some(word)
                            && (more.is_empty() || vals.contains(&more))
                            && !vals.iter().any(|v| loopback(v) && v.contains(':'))
                        {
                            self.out.effects.egress = true;
                            self.find(
                                Exfil,
                                High,
                                format!("serves this machine on the network ({name} {item})"),
                                text,
                            );
                        }
                    }
                }
                Net::Connects(list) => {
                    let hit = list
                        .iter()
                        .any(|w| (w.is_empty() && first.is_some()) || first == Some(*w));
                    if hit {
                        self.out.effects.egress = true;
                        // `openssl s_client` sends only its standard input:
                        // a connection test fed nothing or fixed text
                        // carries nothing out (session 27, tbosk).
                        if name != "openssl" || super::urldata::stdin_carries_data(site) {
                            self.find(
                                Exfil,
                                High,
                                format!("opens a raw network connection with {name}"),
                                text,
                            );
                        }
                    }
                }
            }
        }
    }

    fn harmful_subs(
        &mut self,
        site: Site<'_>,
        name: &str,
        p: &Program,
        vals: &[&str],
        ops: &[usize],
    ) {
        // `tool --help`, `tool --version`, `tool -l payloads`: asking a
        // tool what it can do does none of it, so rows that match every
        // invocation do not match these.
        // su's and runuser's `-l` is `--login` (l101d: `su -l username`).
        let login_l = matches!(name, "su" | "runuser");
        let informational = p.subs.iter().any(|s| s.words.is_empty())
            && !vals.is_empty()
            && vals.iter().enumerate().all(|(i, v)| {
                matches!(
                    *v,
                    "-h" | "--help" | "-V" | "--version" | "version" | "help" | "-l" | "--list"
                ) && !(login_l && *v == "-l")
                    || (i > 0
                        && !login_l
                        && vals
                            .get(i - 1)
                            .is_some_and(|p| matches!(*p, "-l" | "--list")))
            });
        // `--dry-run` (kubectl's `--dry-run=client|server`) does nothing;
        // programs that do not know the option refuse to run. A value that
        // turns it off (`=none`, apt's `=false`, `=no`, `=0`) or a later
        // `--no-dry-run` does not: the last word decides.
        let dry_run = vals.iter().fold(false, |dry, v| match *v {
            "--dry-run" => true,
            "--no-dry-run" => false,
            _ => v.strip_prefix("--dry-run=").map_or(dry, |x| {
                !matches!(
                    x.to_ascii_lowercase().as_str(),
                    "none" | "false" | "no" | "0" | "off"
                )
            }),
        });
        // The AWS CLI's help is an operand (`aws s3 presign help`).
        if dry_run || name == "aws" && super::cloudverbs::aws_help(vals) {
            return;
        }
        // A token printed straight into a registry login (`aws ecr
        // get-login-password | docker login --password-stdin`) is used, never
        // shown; a key the pipeline just made (`genrsa | pkcs8`) is no store.
        let into_login = fed_to_login(site) || super::usedfiles::fresh_key_in(site, name, vals);
        let mut asked_unknown = false;
        for s in p.subs {
            if s.words.is_empty() && informational || into_login && s.harm == Harm::Credential {
                continue;
            }
            let matched = words_match(s.words, vals, ops);
            // A sub-command word whose value cannot be known, where this
            // row's words would do harm (`docker-credential-gcr $@`).
            // A function body's `"$@"` is judged at each call, with the
            // call's words (`in_function_body`).
            if let Some(v) = (!matched && !asked_unknown)
                .then(|| unknown_operand_match(s.words, vals, ops))
                .flatten()
                .filter(|v| !(super::in_function_body(site) && super::is_positional_ref(v)))
            {
                asked_unknown = true;
                self.find(
                    Unverifiable,
                    Severity::Medium,
                    format!("runs {name} with a sub-command word that cannot be known ({v}); it may be one that {}", s.reason),
                    &site.cmd.text,
                );
            }
            if matched {
                let shown: Vec<&str> = s
                    .words
                    .iter()
                    .copied()
                    .filter(|w| !w.starts_with('!') && *w != "?")
                    .map(|w| shown_word(w, vals, ops))
                    .collect();
                let via = format!("{name} {}", shown.join(" "));
                self.find(
                    category(s.harm),
                    paths::level_severity(s.level),
                    format!("{} ({})", s.reason, via.trim_end()),
                    &site.cmd.text,
                );
                // An upload whose operand is a secret sends the secret.
                let secret = ops.iter().find_map(|i| paths::credential(vals.get(*i)?));
                if let Some((_, what)) = secret.filter(|_| s.harm == Harm::Exfiltration) {
                    self.find(
                        Exfil,
                        Severity::Critical,
                        format!("sends {what} off the machine ({})", via.trim_end()),
                        &site.cmd.text,
                    );
                }
            }
        }
    }
}

impl Walker<'_> {
    /// A pager or editor option's value (`PROGRAM_OPTIONS`), run as a
    /// command line, unless the program's row reads the option itself.
    fn program_options(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        let row = agentgate_commands::program(name);
        for opt in agentgate_commands::PROGRAM_OPTIONS {
            let own = row.is_some_and(|p| {
                p.exec.iter().any(|e| match e {
                    Exec::Opt { names, .. } | Exec::OptProgram { names } => names.contains(opt),
                    _ => false,
                })
            });
            if own {
                continue;
            }
            for i in 0..vals.len() {
                if let Some((v, _)) = option_value(vals, i, &[*opt]) {
                    self.run_value(site, name, opt, v, Lang::Shell);
                }
            }
        }
    }
}

/// `text` split at each `sep` outside quotes and not escaped (a tmux
/// command list: `display hi ; run-shell "a; b"`).
fn split_unquoted(text: &str, sep: char) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut quote, mut escaped, mut start) = (None, false, 0);
    for (i, c) in text.char_indices() {
        match (quote, c) {
            _ if escaped => escaped = false,
            (Some('\''), '\'') | (Some('"'), '"') => quote = None,
            (Some('"') | None, '\\') => escaped = true,
            (None, '\'' | '"') => quote = Some(c),
            (None, c) if c == sep => {
                out.push(text.get(start..i).unwrap_or(""));
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push(text.get(start..).unwrap_or(""));
    out
}
