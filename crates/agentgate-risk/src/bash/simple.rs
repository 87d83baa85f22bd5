//! The simple command: the program named, after wrappers, variables and
//! aliases, dispatched to what knows it; values resolved through the line.

use super::*;

impl<'c> Walker<'c> {
    /// Looks at one command (after wrappers were stripped to `args[start..]`).
    pub(super) fn simple(&mut self, site: Site<'_>, all: &[Arg<'_>], start: usize) {
        let Some(args) = all.get(start..) else {
            return;
        };
        let Some(first) = args.first() else {
            return;
        };
        let text = &site.cmd.text;
        // The command name itself.
        let name_word = first.word;
        self.encoded_words(site, args);
        if name_word.is_dynamic() {
            self.dynamic_name(site, args);
            return;
        }
        let full_name = first.v();
        // `{rm,-rf,~}`: bash makes the command's words from the braces.
        if name_word.brace_expansion {
            let words = expand_braces(full_name, 16);
            if words.len() > 1 {
                self.find(
                    Obf,
                    Medium,
                    format!("spells its command as a brace expansion ({full_name})"),
                    text,
                );
                self.script(
                    &super::dynamic::with_args(&words.join(" "), args),
                    site.depth + 1,
                );
                return;
            }
        }
        // A function defined in the line, called with arguments: its body
        // with the arguments in place of `$1`, `$@`... (`f() { rm -rf
        // "$1"; }; f ~`).
        let alias_again = self.expanding_aliases.iter().any(|a| a == full_name);
        let alias = self.aliases.contains(full_name);
        if let Some(body) = self
            .functions
            .get(full_name)
            .filter(|_| !alias_again)
            .cloned()
        {
            if alias {
                self.expanding_aliases.push(full_name.to_owned());
            }
            let call: Vec<&str> = args
                .get(1..)
                .unwrap_or(&[])
                .iter()
                .map(|a| a.word.raw.as_str())
                .collect();
            for line in body {
                self.function_lines += 1;
                if self.function_lines > MAX_FUNCTION_LINES {
                    self.find(
                        Unverifiable,
                        Medium,
                        format!("calls {full_name}, whose expansion is too large to check"),
                        text,
                    );
                    break;
                }
                let expanded = with_positional(&line, &call);
                // `f "$@" "$@"` doubles its arguments at every level: past
                // this size the expansion is not followed (it is asked about).
                if expanded.len() > MAX_EXPANSION {
                    self.find(
                        Unverifiable,
                        Medium,
                        format!("calls {full_name} with arguments that expand too far to check"),
                        text,
                    );
                    break;
                }
                self.script_same_shell(&expanded, site.depth + 1);
            }
            if alias {
                self.expanding_aliases.pop();
            }
        }
        if name_word.glob {
            self.find(
                Obf,
                High,
                format!("names its program with a glob ({full_name}), hiding what runs"),
                text,
            );
        }
        // One backslash before a plain name (`\rm`, `\ls`) is how a user
        // skips an alias: the program is still spelt out whole.
        let alias_bypass = name_word.raw.strip_prefix('\\') == Some(full_name);
        // `/c/Program\ Files/Git/bin/git.exe`: backslashes that only keep
        // spaces in a path hide nothing.
        let spaced_path = full_name.contains('/')
            && !name_word
                .raw
                .replace("\\ ", " ")
                .contains(['\\', '\'', '"']);
        if name_word.raw != full_name
            && !alias_bypass
            && !spaced_path
            && (!name_word.raw.starts_with(['"', '\''])
                || super::encoded::quoted_pieces(&name_word.raw, full_name))
            && (name_word.raw.contains('\'')
                || name_word.raw.contains('"')
                || name_word.raw.contains('\\'))
        {
            self.find(
                Obf,
                High,
                format!(
                    "splits the program name with quotes or backslashes ({})",
                    name_word.raw
                ),
                text,
            );
        }
        if name_word.raw.starts_with("$'") && name_word.raw.contains('\\') {
            self.find(Obf, High, "spells the program name with escape codes", text);
        }
        self.cmd_variable(full_name, text);
        // `python3.11`, `lua5.1`, `perl5.36`: the interpreter itself.
        // Windows names are not case-sensitive (`RM.EXE` is rm).
        let base = paths::basename(full_name);
        let win = windows_program(base);
        // A name in capitals where file names ignore case (`SH`, `sudo RM`).
        let lowered = if win.len() < base.len() && win.bytes().any(|b| b.is_ascii_uppercase()) {
            Some(win.to_ascii_lowercase())
        } else {
            unknown::case_folded(win)
        };
        let name = versioned_interpreter(lowered.as_deref().unwrap_or(win));
        self.remote_argument(site, name);
        // A copy of a known program made earlier in the line (`cp /bin/rm
        // ./x; ./x -rf ~`) is that program.
        let copy_of = self.copy_of(site, full_name);
        let name = copy_of.as_deref().unwrap_or(name);
        let rest = args.get(1..).unwrap_or(&[]);
        // `docker container run`, `docker image rm`: the legacy sub-command
        // they are (`run`, `rmi`), for every analyser of the CLI's words
        // (devdocsg, session 51; `container cp` passed where `cp` was read).
        let legacy_word;
        let legacy_args: Vec<Arg<'_>>;
        let rest = match super::incontainer::legacy_form(name, rest) {
            Some((at, legacy)) => {
                legacy_word = Word::plain(legacy);
                legacy_args = rest
                    .iter()
                    .take(at)
                    .copied()
                    .chain(std::iter::once(Arg { word: &legacy_word }))
                    .chain(rest.iter().skip(at + 2).copied())
                    .collect();
                &legacy_args[..]
            }
            None => rest,
        };
        if full_name.contains('/') {
            if masquerades(full_name) && self.written(full_name).is_none() {
                self.find(
                    Obf,
                    Medium,
                    format!("runs {full_name}, a program named as if it were data"),
                    text,
                );
            }
            self.runs_exploit(full_name, text);
            self.runs_download(full_name, text);
            if self.download_unpacked && !full_name.starts_with('/') && !full_name.starts_with('~')
            {
                self.find(
                    Rce,
                    High,
                    format!("runs {full_name} after unpacking an archive it just downloaded"),
                    text,
                );
            }
            let abs = paths::absolute(full_name, full_name, false, &self.ctx);
            self.temp_program_not_made(site, full_name);
            if abs
                .as_deref()
                .is_some_and(|a| self.shell_copies.iter().any(|c| same_file(c, a)))
            {
                self.find(
                    Obf,
                    Medium,
                    format!("runs {full_name}, a copy of a shell under another name"),
                    text,
                );
                let rest = args.get(1..).unwrap_or(&[]);
                let vals: Vec<&str> = rest.iter().map(|a| a.v()).collect();
                self.shell(site, "sh", rest, &vals, false);
                return;
            }
            // A script written earlier in the line, run by its path: judged
            // as `run_file` judges `sh FILE`, by what it holds.
            if let Some(Generated { payload, .. }) = self.written(full_name) {
                let via = shebang(&payload).unwrap_or("sh");
                self.run_file(site, full_name, via);
            }
        } else if let Some(g) = self.written_on_path(full_name) {
            // A program the line wrote into a PATH directory, run by its
            // name (session 42).
            let via = shebang(&g.payload).unwrap_or("sh");
            self.run_file(site, &g.path, via);
        } else if self.path_planted {
            self.runs_download_by_name(full_name, text);
        }
        let vals: Vec<&str> = rest.iter().map(|a| a.v()).collect();
        let before = self.out.findings.len();

        // What the knowledge tables say about this program.
        self.knowledge(site, name, rest, &vals);
        self.builds_clone(site, full_name, &vals);

        if asroot::ROOT_WRAPPERS.contains(&name) {
            self.as_root(name, rest, &vals, text);
        }
        // Wrappers: the payload is what matters.
        if let Some(skip) = wrapper_payload(name, &vals) {
            match skip {
                Wrapped::Command(k) => {
                    if name == "sudo" || name == "doas" {
                        self.sudo_shell(&vals, text);
                    }
                    self.rlwrap_listener(site, name, vals.get(k..).unwrap_or(&[]));
                    // The wrapper's own options read files too (`ltrace -F
                    // ~/.kube/config CMD`); env's are variables for the
                    // command (`env KUBECONFIG=~/.kube/config kubectl`).
                    if name != "env" {
                        if let (Some(own), Some(own_vals)) = (rest.get(..k), vals.get(..k)) {
                            self.generic_args(site, full_name, name, own, own_vals);
                            self.piped_output(site, name, own_vals);
                            // Settings before the command (`sudo
                            // LD_PRELOAD=LIB ls`, `cross-env NAME=VALUE
                            // CMD`) are the command's environment, as env's.
                            for v in own_vals.iter().filter(|v| !v.starts_with('-')) {
                                if let Some((n, value)) =
                                    v.split_once('=').filter(|(n, _)| is_identifier(n))
                                {
                                    self.known_variable(n, value, text, site.depth);
                                }
                            }
                        }
                    } else {
                        // `env A='rm -rf' B=' ~' sh -c 'eval "$A$B"'`: the
                        // command sees the names env sets, as it would a
                        // prefix assignment's.
                        for a in rest.get(..k).unwrap_or(&[]) {
                            let Some((n, v)) = a.v().split_once('=') else {
                                continue;
                            };
                            if is_identifier(n) && !a.word.is_dynamic() {
                                self.vars.insert(n.to_owned(), v.to_owned());
                            }
                            // A name the tables know (`env PERL5OPT=...`,
                            // `env 'BASH_FUNC_f%%=() {...}'`), as a prefix
                            // assignment's is.
                            self.known_variable(n, v, text, site.depth);
                        }
                    }
                    return self.simple(site, args, 1 + k);
                }
                Wrapped::Script(k) => {
                    let others: Vec<Arg<'_>> = rest
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| *i != k)
                        .map(|(_, a)| *a)
                        .collect();
                    let other_vals: Vec<&str> = others.iter().map(|a| a.v()).collect();
                    self.generic_args(site, full_name, name, &others, &other_vals);
                    if let Some(s) = rest.get(k) {
                        self.script_arg(site, s, name);
                    }
                    return;
                }
                Wrapped::Split(k) => {
                    let first = vals.get(k).copied().unwrap_or("");
                    let first = first
                        .strip_prefix("--split-string=")
                        .or_else(|| first.strip_prefix("-S"))
                        .unwrap_or(first);
                    // A shell started this way is an escape through env's
                    // argument splitting (GTFOArgs env), asked as the other
                    // non-interpreters' hand-overs to a shell are; what it
                    // runs is judged too.
                    if first
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| SHELLS.contains(&paths::basename(w)))
                    {
                        self.find(Obf, Medium, "runs a shell through env -S", text);
                    }
                    let mut line = first.to_owned();
                    for v in vals.get(k + 1..).unwrap_or(&[]) {
                        line.push(' ');
                        line.push_str(&crate::code::single_quote(v));
                    }
                    self.script(&line, site.depth + 1);
                    return;
                }
                Wrapped::Joined(k) => {
                    let joined = vals.get(k..).unwrap_or(&[]).join(" ");
                    self.script(&joined, site.depth + 1);
                    return;
                }
                Wrapped::Each(k) => {
                    for s in rest.get(k..).unwrap_or(&[]).iter().take(64) {
                        self.script_arg(site, s, name);
                    }
                    return;
                }
                Wrapped::Nothing => {}
                Wrapped::StdinLines => {
                    self.stdin_program(site, name, true);
                    return;
                }
            }
        }

        // A program nothing knows, handed a known program's words.
        if let Some(k) = unknown::unknown_argv_start(name, &vals) {
            return self.unknown_wrapper(site, args, full_name, name, &vals, k, before);
        }
        self.generic_args(site, full_name, name, rest, &vals);
        self.raw_disks(site, name, rest, &vals);
        self.runtime_socket(site, name, &vals);
        self.stdin_makefile(site, name, &vals);
        self.stops_defense(site, name, &vals);
        self.encrypts(site, name, rest, &vals);
        self.prompt_escapes(site, name);
        self.copies_and_unpacks(site, name, rest, &vals);
        self.carries_download(name, &vals);
        self.lands_in_directory(site, name, rest, &vals);
        self.system_destinations(site, name, &vals);
        self.link_alias(site, name, &vals);
        self.hands_shell_copy(site, name, rest);
        self.option_commands(site, name, &vals);
        if name == "mv" {
            self.mv(site, rest);
        }
        if name == "rsync" {
            self.rsync_delete(site, rest);
        }
        self.archive_removes(name, rest, &vals, text);
        self.timestomp(site, name, rest);
        self.remote_command(site, name, &vals);
        self.machine_copy(site, name, &vals);

        match name {
            "cd" | "pushd" => self.change_dir(rest),
            n if SHELLS.contains(&n) => self.shell(site, name, rest, &vals, start > 0),
            "eval" => self.eval(site, rest, &vals),
            "mapfile" | "readarray" => {
                self.forget_assigned(name, &vals);
                self.mapfile(site, &vals);
            }
            "getopts" | "let" => {
                self.forget_assigned(name, &vals);
            }
            "source" | "." => self.source(site, rest),
            "exec" => {}
            "xargs" => self.xargs(site, all, start, &vals),
            "find" => self.find_cmd(site, all, start, &vals),
            // srm (secure-delete, https://manpages.debian.org/srm) deletes as rm
            // does, overwriting first: rm's ladder applies.
            // rmdir removes only empty directories: nothing is lost (l101).
            "rm" | "unlink" | "srm" => self.rm(site, rest, &vals),
            // npm's rimraf and del-cli (https://github.com/isaacs/rimraf,
            // https://github.com/sindresorhus/del-cli): `rm -rf` in Node.
            "rimraf" | "del-cli" => self.rm_rf(site, rest, &vals),
            "git" => self.git(site, rest, &vals),
            n if super::git::extras::extra_program(n).is_some() => {
                self.git_extras_program(n, &vals, site)
            }
            "gh" => self.gh(site, &vals),
            n if FETCHERS.contains(&n) => self.fetcher(site, name, &vals),
            n if NETCAT.contains(&n) => self.netcat(site, name, &vals),
            n if mail::MAILERS.iter().any(|(m, _)| *m == n) => self.mail(site, name, &vals),
            "ssh" | "scp" | "sftp" | "rsync" | "rclone" | "ftp" | "tftp" | "lftp" | "rcp" => {
                self.remote_copy(site, name, &vals)
            }
            "smbclient" => self.smb_uploads(&vals, text),
            // PuTTY's command-line ssh forwards as ssh does (`-R`, `-L`,
            // `-D`); https://the.earth.li/~sgtatham/putty/0.81/htmldoc/Chapter7.html.
            "plink" => self.remote_copy(site, "ssh", &vals),
            "dig" | "nslookup" | "host" | "drill" | "ping" | "ping6" | "traceroute" | "whois"
            | "getent" | "resolvectl" => self.dns(site, name, rest, &vals),
            "dd" => self.dd(site, &vals),
            n if system::DISK_TOOLS.contains(&n) => self.disk_tool(site, name, &vals),
            n if n.starts_with("mkfs.") || system::FORMATTERS.contains(&n) => {
                self.formatter(site, name, rest, &vals)
            }
            "chattr" => self.chattr(site, rest, &vals),
            // Shredders and wipers as shred is judged (session 27, tbosk);
            // badblocks only with its destructive write test (`-w`).
            "shred" | "scrub" | "wipe" | "sswap" => self.shred(site, rest, &vals),
            "badblocks" if vals.iter().any(|v| v.starts_with('-') && v.contains('w')) => {
                self.shred(site, rest, &vals)
            }
            "truncate" => self.truncate(site, rest, &vals),
            "chmod" | "chown" | "chgrp" | "setfacl" => self.chmod(site, name, rest, &vals),
            "mknod" if rest.iter().any(|a| matches!(a.v(), "b" | "c")) => self.find(
                SelfEsc,
                High,
                "creates a device node (raw access to a disk or memory)",
                text,
            ),
            "setcap" => self.find(
                SelfEsc,
                Critical,
                "grants Linux capabilities to a program",
                text,
            ),
            n if ACCOUNT_TOOLS.contains(&n)
                && !only_asks_itself(&vals)
                && !lists_accounts(n, &vals) =>
            {
                let plain = super::lists::unprivileged_new_account(n, &vals);
                self.find(
                    SelfEsc,
                    if plain { Medium } else { Critical },
                    if plain {
                        format!("{name} creates a user account on the machine")
                    } else {
                        format!("{name} changes system accounts or sudo rights")
                    },
                    text,
                )
            }
            // Mounting (not listing): a remote or device file system, a
            // cgroup or /proc remounted with other options (container
            // escapes, NFS root squashing, hidepid); it needs root.
            n if n == "mount" || n.starts_with("mount_") || n.starts_with("mount.") => {
                let mut operands = 0;
                let mut i = 0;
                while let Some(v) = vals.get(i) {
                    if matches!(
                        *v,
                        "-t" | "-o" | "-O" | "-L" | "-U" | "-T" | "--types" | "--options"
                    ) {
                        i += 2;
                        continue;
                    }
                    if !v.starts_with('-') {
                        operands += 1;
                    }
                    i += 1;
                }
                if operands > 0 {
                    self.find(
                        SelfEsc,
                        Medium,
                        "mounts a file system (needs root; can expose or hide files)",
                        text,
                    );
                }
            }
            // incron's and fcron's tables are crontabs too: incrontab's
            // lines run a command when a watched file changes.
            "crontab" | "incrontab" | "fcrontab" => self.crontab(site, name, &vals),
            "at" | "batch" => self.at(site, &vals),
            "systemctl" | "launchctl" | "service" => self.systemctl(site, name, &vals),
            // `-w`/`--wtmp-only` only writes the shutdown record; `-c`
            // cancels a scheduled shutdown (lcmdi: `reboot -w`).
            "shutdown" | "reboot" | "halt" | "poweroff"
                if !vals
                    .iter()
                    .any(|v| matches!(*v, "-w" | "--wtmp-only" | "-c" | "--help")) =>
            {
                self.find(Destr, High, format!("{name} takes the machine down"), text)
            }
            "init" | "telinit" if vals.first().is_some_and(|v| *v == "0" || *v == "6") => {
                self.find(Destr, High, "takes the machine down", text)
            }
            "kill" | "pkill" | "killall" | "killall5" | "skill" | "snice" | "fuser" => {
                self.kill(site, name, &vals)
            }
            "history" if vals.iter().any(|v| *v == "-c" || v.starts_with("-d")) => {
                self.find(Obf, Medium, "clears shell history (hides what ran)", text);
            }
            "unset" => {
                // `unset d`: d expands empty from here on (`unset -f`
                // names functions).
                if !vals.iter().any(|v| v.starts_with("-f")) {
                    for v in vals.iter().filter(|v| !v.starts_with('-')) {
                        self.vars.insert((*v).to_owned(), String::new());
                        self.arrays.remove(*v);
                        self.path_planted |= *v == "PATH"; // bash then searches `.`
                    }
                }
                for v in &vals {
                    if v.starts_with("HIST") {
                        self.find(
                            Obf,
                            Medium,
                            "turns off shell history (hides what ran)",
                            text,
                        );
                    }
                    if v.to_ascii_lowercase().ends_with("_proxy") {
                        self.proxy_bypass = true;
                    }
                }
            }
            "set" => {
                // `set -- ~ /x`: the positional parameters for the rest of
                // the line (their raw words, as a function call's are).
                if vals.first() == Some(&"--") {
                    self.positional = Some(
                        rest.iter()
                            .skip(1)
                            .take(16)
                            .map(|a| a.word.raw.clone())
                            .collect(),
                    );
                }
                if vals.windows(2).any(|w| w == ["+o", "history"]) {
                    self.find(
                        Obf,
                        Medium,
                        "turns off shell history (hides what ran)",
                        text,
                    );
                }
                if super::system::prints_environment(name, &vals)
                    && !super::credsend::searched_for_plain_names(site)
                {
                    self.find(
                        Cred,
                        Medium,
                        "prints every shell variable (may include secrets)",
                        text,
                    );
                }
            }
            n if DECLARERS.contains(&n) => self.export(site, name, &vals),
            "env" | "printenv" => self.env_dump(site, name, &vals),
            "ps" => self.ps(site, &vals),
            "alias" => self.alias(site, &vals),
            // `hash -p /bin/bash runit`: the name runs that program from now
            // on, as a function calling it would.
            "hash" if vals.first() == Some(&"-p") => {
                if let (Some(path), Some(n)) = (vals.get(1), vals.get(2)) {
                    self.functions
                        .insert((*n).to_owned(), vec![format!("{path} $@")]);
                }
            }
            // `printf -v c FMT ARGS`: the variable holds the formatted text.
            "printf" => {
                if let ["-v", var, fmt, args @ ..] = vals.as_slice() {
                    let value = (!rest.iter().any(|a| a.dynamic()))
                        .then(|| decode::printf_format(fmt, args))
                        .flatten();
                    self.builtin_assigned(var, value.as_deref(), text, site.depth);
                    if let Some(value) = value {
                        self.vars.insert((*var).to_owned(), value);
                    }
                }
            }
            // `read -r d <<< ~`: the variable holds the here-string's word.
            "read" => self.read_builtin(site, name, &vals, text),
            "trap" => {
                if let Some(body) = rest.first() {
                    if !body.dynamic() {
                        self.script(body.v(), site.depth + 1);
                    }
                }
                // A DEBUG trap runs before every command and sees each one
                // (`$BASH_COMMAND`): a keylogger for the shell. A body
                // written out that does not read the command (`trap 'make
                // lint' DEBUG`) is judged as the script it is.
                let reads_commands = rest.first().is_none_or(|b| {
                    let body = b.v();
                    b.dynamic()
                        || ["BASH_COMMAND", "history", "source"]
                            .iter()
                            .any(|k| body.contains(k))
                        || body.trim_start().starts_with(". ")
                });
                if reads_commands && vals.iter().skip(1).any(|s| s.eq_ignore_ascii_case("DEBUG")) {
                    self.find(
                        Obf,
                        Medium,
                        "installs a DEBUG trap, which runs before every command and sees it",
                        text,
                    );
                }
            }
            "security" | "secret-tool" | "op" | "pass" | "gopass" | "keyring" | "bw" | "lpass"
            | "kwallet-query" | "gcloud" | "aws" | "az" | "kubectl" | "oc" | "heroku" | "doctl"
            | "flyctl" | "vercel" | "netlify" | "npm" | "pnpm" | "yarn" | "pip" | "pip3" | "uv"
            | "pipx" | "poetry" | "pdm" | "rye" | "cargo" | "gem" | "terraform" | "tofu"
            | "pulumi" | "cdk" | "helm" | "npx" | "bunx" | "uvx" | "gsutil" | "redis-cli"
            | "psql" | "mysql" | "mariadb" | "sqlite3" | "mongosh" | "mongo" | "cqlsh"
            | "dropdb" | "claude" | "ngrok" | "cloudflared" | "code" | "lt" | "bore" | "brew"
            | "apt" | "apt-get" | "dnf" | "yum" | "snap" | "svn" | "docker-compose"
            | "podman-compose" | "sqlcmd" => self.tools(site, name, &vals),
            n if CONTAINER_CLIS.contains(&n) || VAULT_CLIENTS.contains(&n) => {
                self.tools(site, name, &vals)
            }
            "bun" if vals.iter().find(|v| !v.starts_with('-')) == Some(&"x") => {
                self.tools(site, name, &vals)
            }
            n if INTERPRETERS.contains(&n) => self.interpreter(site, name, rest, &vals),
            _ => self.unknown_runner(site, name, &vals),
        }
        // After the program's own checks, so that their more specific
        // reason ("deletes the home directory") comes first among equals.
        self.guard_args(site, name, rest, &vals);
        self.secret_flow(site, name, rest, &vals);
        self.destroying_verbs(site, full_name, name, &vals, before);
        self.publishing_verb(site, name, &vals, before);
        self.secret_verb(site, full_name, name, &vals, before);
        self.direnv_trust(site, name, &vals);
        self.markers(site, name, &vals);
        self.pass_the_hash(site, &vals);
        // Last among the cloud clients' readings: only what none judged.
        match name {
            "aws" => self.aws_change(site, &vals),
            n if agentgate_commands::CLOUD_VERB_CLIS.contains(&n) => {
                self.cloud_cli_change(site, name, &vals)
            }
            _ => {}
        }
        self.connect_out(site, full_name, name, &vals);
        // `java -jar jenkins-cli.jar -s URL delete-job prod`: the jar is
        // the client, and its words are judged as a client's.
        if name == "java" {
            self.jvm_server(site, &vals);
            if let Some(i) = vals.iter().position(|v| *v == "-jar") {
                if let (Some(jar), Some(args)) = (vals.get(i + 1), vals.get(i + 2..)) {
                    let stem = paths::basename(jar);
                    let stem = stem.strip_suffix(".jar").unwrap_or(stem);
                    self.destroying_verbs(site, stem, stem, args, before);
                }
            }
        }
        self.embedded_commands(site, name, &vals);
        self.copy_to_store(site, name, rest);
        self.remote_terminal(site, name, &vals);
        self.package_sources(site, name, &vals);
        self.file_server(site, name, &vals);
        self.script_file_server(site, name, &vals);
        if FETCHERS.contains(&name) || NETCAT.contains(&name) {
            return;
        }
        self.gtfo_escape(site, name, &vals);
    }

    /// Every absolute path an argument may name, when its value can be
    /// known (literal, `~`, `$HOME`, variables assigned earlier or bound by a
    /// `for` loop, `--opt=PATH`, `of=PATH`).
    pub(super) fn arg_paths(&self, a: &Arg<'_>) -> Vec<String> {
        let v = a.v();
        let raw = a.word.raw.as_str();
        let (v, raw) = match (split_key(v), split_key(raw)) {
            (Some(pv), Some(pr)) => (pv, pr),
            _ => (v, raw),
        };
        if v.is_empty() || (v.starts_with('-') && !v.contains('/')) {
            return Vec::new();
        }
        // `~/.{ssh,aws}/credentials`: one path per word bash makes.
        if a.word.brace_expansion && !a.dynamic() {
            return expand_braces(v, 16)
                .iter()
                .filter_map(|w| paths::absolute(w, w, w.starts_with('~'), &self.ctx))
                .collect();
        }
        if !a.dynamic() || a.word.tilde && !raw.contains('$') {
            return paths::absolute(v, raw, a.word.tilde, &self.ctx)
                .into_iter()
                .collect();
        }
        // A loop variable: one path per value.
        let mut out = Vec::new();
        for (name, values) in &self.alts {
            if raw.contains(&format!("${name}")) || raw.contains(&format!("${{{name}}}")) {
                for val in values {
                    let text = raw
                        .replace(&format!("${{{name}}}"), val)
                        .replace(&format!("${name}"), val);
                    if let Some(known) = self.known_value(&text) {
                        out.extend(paths::absolute(
                            &known,
                            &known,
                            known.starts_with('~'),
                            &self.ctx,
                        ));
                    }
                }
            }
        }
        // `"$(echo /etc)/passwd"`: the fixed output in its place.
        let echoed = super::quoted::static_output(raw);
        if let Some(known) = self.known_value(echoed.as_deref().unwrap_or(raw)) {
            out.extend(paths::absolute(
                &known,
                &known,
                known.starts_with('~'),
                &self.ctx,
            ));
        }
        out
    }

    /// The first path [`Walker::arg_paths`] knows.
    pub(super) fn arg_path(&self, a: &Arg<'_>) -> Option<String> {
        self.arg_paths(a).into_iter().next()
    }

    /// agentgate's own files: no program but a pure reader may touch them.
    pub(super) fn guard_args(
        &mut self,
        site: Site<'_>,
        name: &str,
        rest: &[Arg<'_>],
        vals: &[&str],
    ) {
        if self.ctx.guarded.is_empty() {
            return;
        }
        let resolved: Vec<Option<String>> = rest
            .iter()
            .flat_map(|a| {
                let mut p = self.arg_paths(a);
                // `$(command -v agentgate-hook)`: whatever PATH finds under
                // a guarded binary's name is taken to be that binary.
                let raw = self.lookup_resolved(&a.word.raw);
                for name in path_lookups(&raw) {
                    p.extend(guard::named(&name, &self.ctx).map(|g| g.path.clone()));
                }
                // `"$(dirname $(command -v agentgate-hook))/agentgate-hook"`.
                p.extend(super::lookup::guarded_path(&raw, &self.ctx));
                if p.is_empty() {
                    vec![None]
                } else {
                    p.into_iter().map(Some).collect()
                }
            })
            .collect();
        let piped = guard::output_handed_on(site.cmd);
        for v in guard::judge_args(name, vals, &resolved, &self.ctx, piped) {
            match v {
                guard::Verdict::Tamper(reason) => {
                    self.find(SelfEsc, Critical, reason, &site.cmd.text)
                }
                guard::Verdict::Secret(path) => self.find(
                    Cred,
                    Critical,
                    format!("reads agentgate's device signing key ({path})"),
                    &site.cmd.text,
                ),
            }
        }
    }

    /// `cd DIR`: later relative paths in the line resolve against DIR.
    pub(super) fn change_dir(&mut self, rest: &[Arg<'_>]) {
        let target = rest
            .iter()
            .find(|a| !a.v().starts_with('-') || a.v() == "-");
        let abs = match target {
            None => Some(self.ctx.home.clone()),
            Some(a) if a.v() == "-" => None,
            Some(a) => self.arg_path(a),
        };
        // An unknown directory (`cd -`, `cd "$X"`) keeps the old one for
        // resolving paths, and marks it unknown: a recursive delete of a
        // relative path after it is unverifiable (see `rm`).
        match abs {
            Some(dir) => {
                self.ctx.to_mut().cwd = dir;
                self.cwd_unknown = false;
            }
            None => self.cwd_unknown = true,
        }
    }
}
