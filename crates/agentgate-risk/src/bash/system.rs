//! Scheduling, services, processes, the environment and aliases.

use super::*;

impl<'c> Walker<'c> {
    /// A false timestamp set on a file outside the project and the
    /// scratch directories (`touch -d 2020-01-01 ~/x`, `touch -r /bin/ls
    /// FILE`, macOS `SetFile -m DATE FILE`): it hides when the file changed
    /// (ATT&CK T1070.006). Builds set times on their own files; scratch
    /// files are nobody's evidence.
    pub(super) fn timestomp(&mut self, site: Site<'_>, name: &str, rest: &[Arg<'_>]) {
        // Options that set a time, and whether their value is separate.
        let (time_short, long): (&[char], &[&str]) = match name {
            "touch" => (&['t', 'd', 'r'], &["--date", "--reference"]),
            "SetFile" | "setfile" => (&['d', 'm'], &[]),
            _ => return,
        };
        let mut sets_time = false;
        let mut operands = Vec::new();
        let mut it = rest.iter();
        while let Some(a) = it.next() {
            let v = a.v();
            if let Some(opt) = v.strip_prefix("--") {
                let key = opt.split('=').next().unwrap_or("");
                if long.iter().any(|l| l.trim_start_matches('-') == key) {
                    sets_time = true;
                    if !opt.contains('=') {
                        it.next();
                    }
                }
            } else if let Some(letters) = v.strip_prefix('-').filter(|l| !l.is_empty()) {
                if letters.chars().any(|c| time_short.contains(&c)) {
                    sets_time = true;
                    // The value follows the cluster (`-acmr REF`), unless
                    // glued to its letter (`-t202001010000`).
                    if letters
                        .chars()
                        .last()
                        .is_some_and(|c| time_short.contains(&c))
                    {
                        it.next();
                    }
                }
            } else {
                operands.push(a);
            }
        }
        if !sets_time {
            return;
        }
        for a in operands {
            for abs in self.arg_paths(a) {
                if self.ctx.beyond_work(&abs) {
                    self.find(
                        Obf,
                        Medium,
                        format!("sets a false timestamp on {abs}, outside the project (hides when it changed)"),
                        &site.cmd.text,
                    );
                }
            }
        }
    }

    pub(super) fn crontab(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        let text = &site.cmd.text;
        // Listing, unless the call also edits (`crontab -l -e`, lcmd).
        if vals.contains(&"-l") && !vals.iter().any(|v| matches!(*v, "-e" | "-r")) {
            return;
        }
        if vals.contains(&"-r") {
            return self.find(
                Destr,
                High,
                format!("deletes the user's table ({name} -r)"),
                text,
            );
        }
        let when = if name == "incrontab" {
            "when watched files change"
        } else {
            "on a schedule"
        };
        self.find(
            SelfEsc,
            Critical,
            format!("installs a table with {name} (runs commands {when})"),
            text,
        );
    }

    /// A file-system formatter (`mkfs.*`, [`FORMATTERS`]): a disk formatted
    /// is denied, a file asked about (it may be a link to a disk), a dry
    /// run clean.
    pub(super) fn formatter(
        &mut self,
        site: Site<'_>,
        name: &str,
        rest: &[Arg<'_>],
        vals: &[&str],
    ) {
        if dry_run_format(name, vals) {
            return;
        }
        let text = &site.cmd.text;
        if self.formats_a_device(rest) {
            self.find(Destr, Critical, "formats a filesystem", text);
        } else {
            // An image file, unless the name is a link to a disk.
            self.find(
                Destr,
                Medium,
                "formats a file as a filesystem (it may be a link to a disk)",
                text,
            );
        }
    }

    /// `chattr +i FILE`, `chattr -a FILE`: the immutable and append-only
    /// attributes lock a file or unlock one the system locked
    /// (`/etc/resolv.conf`); outside the project and scratch that is the
    /// machine's files (lcmdb, session 29).
    pub(super) fn chattr(&mut self, site: Site<'_>, rest: &[Arg<'_>], vals: &[&str]) {
        // The first word that is no option and no mode is the first file.
        let mode_seen = vals
            .iter()
            .any(|v| v.starts_with(['+', '=']) || v.starts_with('-'));
        for (a, v) in rest.iter().zip(vals) {
            if v.starts_with(['-', '+', '=']) || !mode_seen {
                continue;
            }
            let outside = paths::absolute(v, &a.word.raw, a.word.tilde, &self.ctx)
                .is_none_or(|abs| self.ctx.beyond_work(&abs));
            if outside {
                self.find(
                    SelfEsc,
                    Medium,
                    format!("changes the attributes (immutable, append-only) of {v}, outside the project"),
                    &site.cmd.text,
                );
                return;
            }
        }
    }

    /// Whether mkfs/mkswap's operands may name a disk: a path under
    /// `/dev`, a value the line cannot know, or a relative name after a
    /// `cd` whose target is not known. Building an image file
    /// (`mkfs.erofs image.erofs root/`, `mkswap /swapfile`) formats none,
    /// unless the name is a link to a disk (asked about by the caller).
    pub(super) fn formats_a_device(&self, rest: &[Arg<'_>]) -> bool {
        rest.iter().filter(|a| !a.v().starts_with('-')).any(|a| {
            if a.dynamic() {
                return true;
            }
            let relative = !a.v().starts_with('/') && !a.word.tilde;
            if relative && self.cwd_unknown {
                return true;
            }
            paths::absolute(a.v(), &a.word.raw, a.word.tilde, &self.ctx)
                .is_none_or(|p| p == "/dev" || p.starts_with("/dev/"))
        })
    }

    pub(super) fn at(&mut self, site: Site<'_>, vals: &[&str]) {
        // `-l` lists the queue (atq), `-c N` prints a job, `-r`/`-d`
        // remove one (atrm): at(1); none schedules anything.
        let queue_only = vals.first().is_some_and(|v| {
            v.starts_with('-')
                && !v.starts_with("--")
                && v.chars()
                    .skip(1)
                    .any(|c| matches!(c, 'l' | 'c' | 'r' | 'd'))
        });
        if site
            .cmd
            .argv
            .first()
            .is_some_and(|w| w.value_or_raw() == "at")
            && queue_only
        {
            return;
        }
        self.find(
            SelfEsc,
            High,
            "schedules a command with at (runs later, outside the session)",
            &site.cmd.text,
        );
        self.stdin_program(site, "at", true);
    }

    pub(super) fn systemctl(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        let text = &site.cmd.text;
        let action = vals
            .iter()
            .find(|v| !v.starts_with('-'))
            .copied()
            .unwrap_or("");
        match (name, action) {
            ("systemctl", "poweroff" | "reboot" | "halt" | "kexec") => {
                self.find(Destr, High, "takes the machine down", text)
            }
            // A suspended machine resumes with what it held (tldr).
            ("systemctl", "suspend" | "hibernate" | "hybrid-sleep" | "suspend-then-hibernate") => {
                self.find(
                    Destr,
                    Medium,
                    "suspends the machine (the session stops until it resumes)",
                    text,
                )
            }
            // A unit's resource settings (`CPUQuota=`, `MemoryMax=`): what
            // runs changes; `--runtime` until the next boot (tldr).
            ("systemctl", "set-property") => {
                self.find(SelfEsc, Medium, "changes a unit's resource settings", text)
            }
            ("systemctl", "enable" | "link" | "edit") => self.find(
                SelfEsc,
                High,
                "installs or enables a service (persists after the session)",
                text,
            ),
            // It enables nothing: the unit files on disk are read again (a
            // unit the agent writes is judged where it is written).
            ("systemctl", "daemon-reload" | "daemon-reexec") => self.find(
                SelfEsc,
                Medium,
                "reloads the service definitions (units changed on disk take effect)",
                text,
            ),
            ("systemctl", "stop" | "disable" | "mask" | "kill") => {
                self.find(Destr, Medium, "stops or disables a system service", text)
            }
            // Session 28 (bol): starting, restarting or reloading a system
            // service changes what runs on the machine; another target
            // stops what it does not want. The user's own units (`--user`)
            // are the developer's session.
            (
                "systemctl",
                "start"
                | "restart"
                | "reload"
                | "try-restart"
                | "reload-or-restart"
                | "try-reload-or-restart"
                | "condrestart"
                | "force-reload"
                | "freeze"
                | "signal"
                | "thaw"
                | "isolate"
                | "set-default"
                | "unmask"
                | "set-environment"
                | "unset-environment"
                | "import-environment"
                | "revert"
                | "preset"
                | "preset-all"
                | "add-wants"
                | "add-requires"
                | "default",
            ) if !vals.contains(&"--user") => self.find(
                Destr,
                Medium,
                format!("changes the system services ({name} {action})"),
                text,
            ),
            // As `telinit 1`: asked, where halting and rebooting are denied.
            ("systemctl", "rescue" | "emergency") => self.find(
                Destr,
                Medium,
                "switches the machine to rescue or emergency mode (stops its services)",
                text,
            ),
            ("launchctl", "load" | "bootstrap" | "enable" | "submit") => self.find(
                SelfEsc,
                High,
                "loads a launchd job (persists after the session)",
                text,
            ),
            _ => {}
        }
    }

    /// Stopping, unloading, disabling or removing one of the machine's
    /// defences (`agentgate_commands::DEFENSES`) with a program that stops
    /// things (`agentgate_commands::STOPPERS`).
    pub(super) fn stops_defense(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        let Some(verbs) = agentgate_commands::stopper(name) else {
            return;
        };
        let acts = verbs.is_empty() || verbs.iter().any(|w| vals.contains(w));
        if !acts {
            return;
        }
        let text = &site.cmd.text;
        let named = vals
            .iter()
            .filter(|v| !v.starts_with('-') || v.contains('|'))
            .find_map(|v| agentgate_commands::defense_named(v))
            .or_else(|| {
                // `kill -9 $(pgrep falcond)`: the process named in a
                // substitution of the kill's own line.
                verbs
                    .is_empty()
                    .then(|| agentgate_commands::defense_named(text))
                    .flatten()
            });
        if let Some((d, word)) = named {
            self.find(
                SelfEsc,
                High,
                format!(
                    "{name} stops {} ({word}), blinding the people who watch this machine",
                    d.what
                ),
                text,
            );
        }
    }

    pub(super) fn kill(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        let text = &site.cmd.text;
        // Any signal to a system service (`pkill ^cron$`, `kill $(pgrep sshd)`).
        let named = |w: &str| {
            let w = w.trim_matches(|c| c == '^' || c == '$' || c == '"' || c == '\'');
            agentgate_commands::SYSTEM_SERVICES.contains(&w)
        };
        let target = vals
            .iter()
            .copied()
            .filter(|v| !v.starts_with('-'))
            .find(|v| named(v))
            .or_else(|| {
                text.split(|c: char| c.is_whitespace() || c == ')' || c == '(')
                    .find(|w| named(w))
            });
        if let Some(svc) = target {
            self.find(Destr, High, format!("stops the system service {svc}"), text);
        }
        // `pgrep -f agentgate | xargs kill -9`: the process ids come from
        // the pipeline before xargs.
        let through_xargs = site
            .cmd
            .name()
            .is_some_and(|n| matches!(paths::basename(n.value_or_raw()), "xargs" | "parallel"));
        let fed = through_xargs
            && upstream(site)
                .iter()
                .any(|c| guard::signals_agentgate(&c.text));
        if guard::signals_agentgate(text) || fed {
            self.find(
                SelfEsc,
                Critical,
                format!("{name} would signal agentgate's own processes"),
                text,
            );
        }
        if name == "kill" && vals.len() >= 2 && vals.last().is_some_and(|v| *v == "-1") {
            return self.find(
                Destr,
                High,
                "kills every process of the user (kill -1)",
                text,
            );
        }
        if name == "kill"
            && vals.contains(&"1")
            && vals.iter().any(|v| v.starts_with("-9") || *v == "-KILL")
        {
            self.find(Destr, High, "kills init (PID 1)", text);
        }
        // Every process of a user (`pkill -u dev`, `killall -u dev`,
        // `pkill -9 .`), or of the machine (`killall5`).
        let user_opt = |v: &str| matches!(v, "-u" | "-U" | "--user" | "--euid" | "--uid");
        let by_user = vals.iter().any(|v| user_opt(v) || v.starts_with("--user="));
        // With a pattern too (`pkill -u dev node`), only those processes.
        let value_of_option =
            |i: usize| i > 0 && vals.get(i - 1).is_some_and(|p| user_opt(p) || *p == "-s");
        let pattern = vals
            .iter()
            .enumerate()
            .any(|(i, v)| !v.starts_with('-') && !value_of_option(i));
        let all_of_user = matches!(name, "pkill" | "killall") && by_user && !pattern;
        let everything = name == "pkill"
            && vals
                .iter()
                .any(|v| !v.starts_with('-') && matches!(*v, "." | ".*" | "^" | "''"));
        if all_of_user || everything || name == "killall5" {
            self.find(
                Destr,
                High,
                if name == "killall5" {
                    "killall5 kills every process on the machine".to_owned()
                } else {
                    format!("{name} kills every process of a user, the agent's and the editor's among them")
                },
                text,
            );
        }
        if name == "killall"
            && vals.iter().any(|v| matches!(*v, "-9" | "-KILL"))
            && vals.len() <= 2
            && vals
                .iter()
                .any(|v| matches!(*v, "sshd" | "systemd" | "init" | "dockerd"))
        {
            self.find(Destr, High, "kills a system service", text);
        }
        if self
            .out
            .findings
            .iter()
            .any(|f| f.category == Destr && f.severity >= High)
        {
            return;
        }
        if let Some(what) = self.foreign_kill(site, name, vals, through_xargs) {
            self.find(
                Destr,
                Medium,
                format!("{name} kills {what}, which this session may not have started"),
                text,
            );
        }
    }

    /// `cp X /usr/local/bin/`, `ln -s A B /usr/local/bin`, `install -t DIR
    /// X`: what a copy puts into a directory lands there under each
    /// source's name, judged as written there (l101: a link named gcc in
    /// /usr/local/bin). Only a destination known to be a directory: a
    /// trailing slash, `-t`, several sources, or a system program
    /// directory itself.
    pub(super) fn lands_in_directory(
        &mut self,
        site: Site<'_>,
        name: &str,
        rest: &[Arg<'_>],
        vals: &[&str],
    ) {
        let Some((copy, abs)) = self.copy_into_dir(name, rest, vals) else {
            return;
        };
        for n in copy.names {
            let there = format!("{}/{n}", abs.trim_end_matches('/'));
            if let Some((sev, what)) = paths::written_target(&there, &self.ctx) {
                self.find(
                    SelfEsc,
                    sev,
                    format!("changes {what} ({there})"),
                    &site.cmd.text,
                );
            }
        }
    }

    /// The copy `name VALS` makes into a destination known to be a
    /// directory (a trailing slash, `-t`, several sources, or a system or
    /// PATH program directory itself), with that directory's absolute
    /// path: its sources land there under their own names.
    pub(super) fn copy_into_dir(
        &self,
        name: &str,
        rest: &[Arg<'_>],
        vals: &[&str],
    ) -> Option<(crate::guard::CopyInto, String)> {
        let copy = crate::guard::copied_into(name, vals)?;
        let dest = rest.get(copy.dir)?;
        let v = dest.v();
        let v = v.strip_prefix("--target-directory=").unwrap_or(v);
        let abs = paths::absolute(v, &dest.word.raw, dest.word.tilde, &self.ctx)?;
        (v.ends_with('/')
            || copy.by_option
            || copy.names.len() > 1
            || paths::system_bin_dir(&abs)
            || crate::pathbin::path_dir(&abs, &self.ctx))
        .then_some((copy, abs))
    }

    pub(super) fn export(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        let text = &site.cmd.text;
        if prints_environment(name, vals) && !super::credsend::searched_for_plain_names(site) {
            return self.find(
                Cred,
                Medium,
                "prints the shell's variables (may include secrets)",
                text,
            );
        }
        if prints_environment(name, vals) {
            return;
        }
        // `export -f /usr/sbin/service`: a function named as a program's
        // path, exported: a bash that a program started from here runs (a
        // setuid program's `system("/usr/sbin/service ...")`) imports it
        // and runs it instead of the program (bash(1) `export -f`;
        // tib3rius and frizb, session 40).
        let functions = vals
            .iter()
            .any(|v| v.starts_with('-') && !v.starts_with("--") && v.contains('f'))
            && (name == "export" || vals.iter().any(|v| v.starts_with('-') && v.contains('x')));
        if let Some(path) = vals
            .iter()
            .find(|v| functions && !v.starts_with('-') && v.contains('/'))
        {
            self.find(
                SelfEsc,
                High,
                format!("exports a function that replaces the program {path} in every bash started from here"),
                text,
            );
        }
        // `declare -n r=HOME`: a name reference; `$r` is `$HOME` from here on.
        let nameref = vals
            .iter()
            .any(|v| v.starts_with('-') && !v.starts_with("--") && v.contains('n'));
        for v in vals {
            if let Some((k, val)) = v.split_once('=') {
                // `f() { local -n v=$1; eval "$v"; }`: judged at each call.
                if is_positional_ref(val) && in_function_body(site) {
                    self.param_vars.insert(k.to_owned());
                }
                if nameref {
                    let target = match val {
                        "HOME" => Some(self.ctx.home.clone()),
                        "PWD" if !self.cwd_unknown => Some(self.ctx.cwd.clone()),
                        other => self.vars.get(other).cloned(),
                    };
                    match target {
                        Some(t) => {
                            self.vars.insert(k.to_owned(), t);
                        }
                        None => {
                            self.vars.remove(k);
                        }
                    }
                    continue;
                }
                // A value the shell computes (`export d=$(echo ~)`) is
                // no literal text: the operand's word as written says so.
                let computed = site
                    .cmd
                    .argv
                    .iter()
                    .any(|w| w.is_dynamic() && w.value_or_raw() == *v);
                let word = if computed {
                    Word {
                        literal: None,
                        has_command_substitution: val.contains("$(") || val.contains('`'),
                        has_parameter_expansion: val.contains('$'),
                        ..Word::plain(val)
                    }
                } else {
                    Word::plain(val)
                };
                self.assignment(k, &word, site);
            }
        }
        // `declare -a A=('x y' z)`: the array's words as written (quote
        // removal above would have merged them).
        for w in site.cmd.argv.iter().skip(1) {
            if let Some((k, rest)) = w.raw.split_once("=(") {
                if let Some(inner) = rest.strip_suffix(')') {
                    if !k.is_empty() && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                        self.arrays.insert(k.to_owned(), inner.to_owned());
                    }
                }
            }
        }
    }

    pub(super) fn env_dump(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        let text = &site.cmd.text;
        let operands: Vec<&&str> = vals.iter().filter(|v| !v.starts_with('-')).collect();
        if prints_environment(name, vals) {
            if super::credsend::searched_for_plain_names(site) {
                return;
            }
            self.out.effects.secret_access = true;
            return self.find(Cred, Medium, format!("{name} {ENV_DUMP_REASON}"), text);
        }
        if name == "printenv" && operands.iter().any(|v| is_secret_name(v)) {
            self.find(Cred, High, "prints a secret environment variable", text);
        }
    }

    pub(super) fn ps(&mut self, site: Site<'_>, vals: &[&str]) {
        // BSD-style `ps e` / `ps auxe` shows each process's environment.
        // The word after an option that takes one (`k size`, `o pid,cmd`,
        // `-o cmd`: a sort key or a format) is that option's value.
        let mut after_value_option = false;
        if vals.iter().any(|v| {
            let value = std::mem::take(&mut after_value_option);
            let bsd = !v.starts_with('-');
            after_value_option = if bsd {
                v.ends_with(['k', 'o', 'O', 'p', 't', 'U', 'q'])
            } else {
                v.len() == 2 && v.ends_with(['o', 'O', 'k', 'p', 't', 'u', 'U', 'g', 'G', 'C', 'q'])
                    || matches!(*v, "--sort" | "--format" | "--pid" | "--user")
            };
            !value
                && bsd
                && v.chars().all(|c| c.is_ascii_alphabetic())
                && v.contains('e')
                && v.len() <= 6
        }) {
            self.find(
                Cred,
                High,
                "lists every process's environment (tokens and keys)",
                &site.cmd.text,
            );
        }
    }

    /// `read -s -p '[sudo] password for dev: ' p`: a silent read behind a
    /// prompt that asks for a password. The Bash tool has no terminal for
    /// the developer to answer; a prompt dressed as sudo's or ssh's is
    /// there to phish the password (ATT&CK T1056.002, InternalAllTheThings
    /// Linux persistence "fake sudo").
    pub(super) fn password_prompt(&mut self, site: Site<'_>, vals: &[&str]) {
        let mut silent = false;
        let mut prompt = None;
        let mut i = 0;
        while let Some(v) = vals.get(i) {
            let Some(letters) = v
                .strip_prefix('-')
                .filter(|l| !l.is_empty() && !l.starts_with('-'))
            else {
                i += 1;
                continue;
            };
            // Options that take a value: the rest of the word, else the next.
            let mut taken = false;
            for (k, c) in letters.char_indices() {
                if c == 's' {
                    silent = true;
                }
                if matches!(c, 'p' | 'a' | 'd' | 'i' | 'n' | 'N' | 't' | 'u') {
                    let rest = letters.get(k + 1..).unwrap_or("");
                    let value = if rest.is_empty() {
                        taken = true;
                        vals.get(i + 1).copied()
                    } else {
                        Some(rest)
                    };
                    if c == 'p' {
                        prompt = value;
                    }
                    break;
                }
            }
            i += if taken { 2 } else { 1 };
        }
        let Some(prompt) = prompt.map(str::to_ascii_lowercase) else {
            return;
        };
        let asks_password = ["password", "passphrase", "passwd", "pin:", "pin for"]
            .iter()
            .any(|w| prompt.contains(w));
        if !asks_password {
            return;
        }
        let impersonates = [
            "[sudo]",
            "password for",
            "'s password",
            "enter passphrase for",
        ]
        .iter()
        .any(|w| prompt.contains(w));
        if silent || impersonates {
            self.find(
                Cred,
                if impersonates { High } else { Medium },
                "asks the developer for a password behind a silent prompt (a prompt dressed as sudo's or ssh's phishes it)",
                &site.cmd.text,
            );
        }
    }

    /// Partitioning and formatting tools: every run rewrites a disk,
    /// except their listing and dumping modes (`fdisk -l`, `sfdisk -d`,
    /// `parted -l`, `sgdisk -p`: found on l101, session 28).
    pub(super) fn disk_tool(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        if !super::devices::disk_tool_reads(name, vals) {
            self.find(
                Destr,
                Critical,
                format!("{name} rewrites disk partitions or filesystems"),
                &site.cmd.text,
            );
        }
    }
}

/// Formatters besides `mkfs` and `mkfs.*` (lcmdb, session 29: `mke2fs -q
/// /dev/hda1` passed).
pub(super) const FORMATTERS: &[&str] = &[
    "mkswap",
    "mke2fs",
    "mke4fs",
    "mkdosfs",
    "mkntfs",
    "mkexfatfs",
    "newfs",
];

/// A formatter's dry run: mke2fs's and mkntfs' `-n` (make nothing, show
/// what would be made; `mkfs.fat -n` is a volume name), mkfs.xfs's `-N`.
fn dry_run_format(name: &str, vals: &[&str]) -> bool {
    // The flag alone or in a cluster of flags (the `-k+` of row words).
    let flag = |f: &str| vals.iter().any(|v| super::subwords::option_word(f, v));
    match name {
        "mke2fs" | "mke4fs" | "mkfs.ext2" | "mkfs.ext3" | "mkfs.ext4" | "mkntfs" | "mkfs.ntfs" => {
            flag("-n+")
        }
        "mkfs.xfs" => flag("-N+"),
        _ => false,
    }
}

/// The partitioning and wiping tools `disk_tool` judges.
pub(super) const DISK_TOOLS: &[&str] = &[
    "mkfs",
    "wipefs",
    "fdisk",
    "sfdisk",
    "sgdisk",
    "parted",
    "blkdiscard",
    "cfdisk",
];

/// The reason of a whole-environment print (`env_dump`).
pub(super) const ENV_DUMP_REASON: &str = "prints the whole environment (tokens and keys)";

/// Whether `name VALS` prints the whole environment or every variable of
/// the shell: `env` and `printenv` with no operand, `set` alone, `export`,
/// `declare` and `typeset` with nothing or only `-p` and `-x` (`readonly`
/// and `local` list the shell's read-only and a function's own: lcmdj).
/// One list for findings and what a command hands on (`--body "$(env)"`).
pub(super) fn prints_environment(name: &str, vals: &[&str]) -> bool {
    match name {
        "env" | "printenv" => vals.iter().all(|v| v.starts_with('-')),
        "set" => vals.is_empty(),
        "export" | "declare" | "typeset" => vals
            .iter()
            .all(|v| matches!(*v, "-p" | "-x" | "-px" | "-xp")),
        _ => false,
    }
}
