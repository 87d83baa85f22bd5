//! The Bash walker: every command that would run, through every wrapper.

use std::collections::HashMap;

mod knowledge;

use agentgate_shell::{analyze, Analysis, Limits, RedirectKind, SimpleCommand, Word};

use crate::code;
use crate::decode;
use crate::guard;
use crate::net::{self, HostClass};
use crate::paths;
use crate::{Assessment, Category, Context, Severity};

use Category::{
    CredentialAccess as Cred, Destructive as Destr, Exfiltration as Exfil, Obfuscation as Obf,
    RemoteCodeExec as Rce, SelfEscalation as SelfEsc, Unverifiable,
};
use Severity::{Critical, High, Medium};

/// How many scripts deep (`bash -c "eval '...'"`) the walker follows.
const MAX_DEPTH: usize = 6;
/// How many nested scripts one assessment may open in total.
const MAX_SCRIPTS: usize = 64;

pub(crate) struct Walker<'c> {
    /// The context; `cd` earlier in the line changes its working directory.
    ctx: std::borrow::Cow<'c, Context>,
    out: Assessment,
    scripts: usize,
    /// Literal variable values assigned earlier in the command line.
    vars: HashMap<String, String>,
    /// Variables with several possible values (`for v in a b c`).
    alts: HashMap<String, Vec<String>>,
    /// Directories the line creates again (`mkdir`, `cp`/`mv` destinations):
    /// deleting one of these first is regenerating it, not losing work.
    recreated: Vec<String>,
    /// Files fetched from the network earlier in the command line.
    downloaded: Vec<String>,
    /// Files written with a known (decoded) payload.
    generated: Vec<Generated>,
    /// Git remotes added earlier in the command line.
    new_remotes: Vec<String>,
    /// Proxy settings were removed earlier in the command line.
    proxy_bypass: bool,
}

/// A file written earlier in the command line from text known statically.
#[derive(Clone)]
struct Generated {
    /// The path as written.
    path: String,
    /// What it holds.
    payload: String,
    /// Some write to it went through a decoder (base64, xxd, rev, tr...),
    /// as opposed to plain `echo`/`printf`/here-documents.
    decoded: bool,
}

/// One argument: its value when static, else its text as written.
#[derive(Clone, Copy)]
struct Arg<'a> {
    word: &'a Word,
}

impl<'a> Arg<'a> {
    fn v(&self) -> &'a str {
        self.word.value_or_raw()
    }
    fn dynamic(&self) -> bool {
        self.word.is_dynamic()
    }
}

/// Where a command sits, for pipeline and nesting lookups.
#[derive(Clone, Copy)]
struct Site<'a> {
    analysis: &'a Analysis,
    index: usize,
    cmd: &'a SimpleCommand,
    depth: usize,
}

const SHELLS: &[&str] = &[
    "sh", "bash", "zsh", "dash", "ksh", "mksh", "ash", "fish", "csh", "tcsh", "rbash", "busybox",
];
const INTERPRETERS: &[&str] = &[
    "python",
    "python2",
    "python3",
    "perl",
    "ruby",
    "node",
    "nodejs",
    "php",
    "deno",
    "bun",
    "lua",
    "luajit",
    "Rscript",
    "osascript",
    "ghc",
    "ghci",
    "runghc",
    "guile",
    "tclsh",
    "wish",
    "pwsh",
    "powershell",
    "jrunscript",
    "jjs",
    "irb",
    "sbcl",
    "clisp",
    "gawk",
    "awk",
    "mawk",
    "nawk",
    "busybox",
    "julia",
    "elixir",
    "erl",
    "groovy",
    "kotlinc",
    "scala",
    "swift",
    "crystal",
    "nim",
    "v",
    "go",
    "dotnet",
    "java",
    "jshell",
    "gdb",
    "bpftrace",
    "gnuplot",
    "octave",
    "sqlite3",
    "vim",
    "vi",
    "nvim",
    "ex",
    "ed",
    "emacs",
];
const FETCHERS: &[&str] = &[
    "curl",
    "wget",
    "fetch",
    "aria2c",
    "http",
    "https",
    "xh",
    "lwp-request",
    "GET",
    "lynx",
    "links",
    "w3m",
    "httpie",
    "axel",
    "wget2",
    "curlie",
];
const NETCAT: &[&str] = &[
    "nc", "ncat", "netcat", "socat", "telnet", "pwncat", "cryptcat",
];
/// Programs that use a credential file without printing it.
const KEY_USERS: &[&str] = &[
    "ssh",
    "ssh-add",
    "ssh-keygen",
    "scp",
    "sftp",
    "chmod",
    "chown",
    "chgrp",
    "ls",
    "stat",
    "test",
    "[",
    "[[",
    "file",
    "touch",
    "mkdir",
    "source",
    ".",
    "docker",
    "docker-compose",
    "podman",
    "direnv",
    "dotenv",
    "wc",
    "git",
    "rm",
    "shred",
    "realpath",
    "readlink",
    "dirname",
    "basename",
    "mv",
    "keychain",
    "gpg-agent",
];
/// Programs that only read the files they are given (a trust-path argument
/// is read, not written).
const READERS: &[&str] = &[
    "cat",
    "less",
    "more",
    "head",
    "tail",
    "grep",
    "egrep",
    "fgrep",
    "rg",
    "ag",
    "ack",
    "wc",
    "diff",
    "cmp",
    "ls",
    "stat",
    "file",
    "jq",
    "yq",
    "bat",
    "batcat",
    "test",
    "[",
    "[[",
    "md5sum",
    "sha1sum",
    "sha256sum",
    "sha512sum",
    "source",
    ".",
    "code",
    "nl",
    "view",
    "strings",
    "hexdump",
    "xxd",
    "od",
    "git",
    "column",
    "sort",
    "uniq",
    "cut",
    "awk",
    "sed",
    "realpath",
    "readlink",
    "dirname",
    "basename",
    "echo",
    "printf",
    "find",
    "fd",
    "tree",
    "du",
    "colordiff",
    "delta",
    "shellcheck",
    "python",
    "python3",
    "node",
];

impl<'c> Walker<'c> {
    pub(crate) fn new(ctx: &'c Context) -> Self {
        Self {
            ctx: std::borrow::Cow::Borrowed(ctx),
            out: Assessment::default(),
            scripts: 0,
            vars: HashMap::new(),
            alts: HashMap::new(),
            recreated: Vec::new(),
            downloaded: Vec::new(),
            generated: Vec::new(),
            new_remotes: Vec::new(),
            proxy_bypass: false,
        }
    }

    pub(crate) fn finish(self) -> Assessment {
        self.out
    }

    fn find(&mut self, cat: Category, sev: Severity, reason: impl Into<String>, evidence: &str) {
        self.out.push(cat, sev, reason, evidence);
    }

    /// Assesses a script (a command line, a `-c` string, a decoded payload).
    pub(crate) fn script(&mut self, src: &str, depth: usize) {
        self.scripts += 1;
        if depth > MAX_DEPTH || self.scripts > MAX_SCRIPTS {
            self.find(
                Unverifiable,
                Medium,
                "nests shells and wrappers too deeply to check",
                src,
            );
            return;
        }
        self.text_checks(src);
        if unquoted_ifs(src) {
            self.find(Obf, High, "uses $IFS to hide the spaces between words", src);
            let replaced = src
                .replace("${IFS}", " ")
                .replace("${IFS:0:1}", " ")
                .replace("$IFS", " ");
            if replaced != src {
                self.script(&replaced, depth + 1);
            }
        }
        let analysis = match analyze(src, &Limits::default()) {
            Ok(a) => a,
            Err(e) => {
                self.find(
                    Unverifiable,
                    Medium,
                    format!("cannot be parsed, so it cannot be checked ({e})"),
                    src,
                );
                // Still look for the worst patterns in the raw text.
                self.raw_text_fallback(src);
                return;
            }
        };
        self.note_recreated(&analysis);
        for b in &analysis.loop_bindings {
            let values: Vec<String> = b
                .values
                .iter()
                .take(32)
                .map(|w| w.value_or_raw().to_owned())
                .collect();
            self.alts.insert(b.name.clone(), values);
        }
        for index in 0..analysis.commands.len() {
            if let Some(cmd) = analysis.commands.get(index) {
                self.command(Site {
                    analysis: &analysis,
                    index,
                    cmd,
                    depth,
                });
            }
        }
    }

    /// `$HOME...` / `${HOME}...`, which the path code resolves itself.
    fn home_based(raw: &str) -> bool {
        let r = raw.trim_start_matches('"');
        r.starts_with("$HOME") || r.starts_with("${HOME}")
    }

    /// Remembers the directories this line creates (see `recreated`).
    fn note_recreated(&mut self, analysis: &Analysis) {
        for c in &analysis.commands {
            let words: Vec<&str> = c.argv.iter().map(Word::value_or_raw).collect();
            let Some((name, args)) = words.split_first() else {
                continue;
            };
            let operands: Vec<&str> = args
                .iter()
                .copied()
                .filter(|a| !a.starts_with('-'))
                .collect();
            let made: Vec<String> = match paths::basename(name) {
                "mkdir" => operands.iter().map(|o| (*o).to_owned()).collect(),
                "cp" | "mv" | "rsync" if operands.len() >= 2 => {
                    let (dest, sources) = match operands.split_last() {
                        Some((d, s)) => (*d, s),
                        None => continue,
                    };
                    let mut v = vec![dest.to_owned()];
                    for src in sources {
                        v.push(format!(
                            "{}/{}",
                            dest.trim_end_matches('/'),
                            paths::basename(src)
                        ));
                    }
                    v
                }
                _ => continue,
            };
            for m in made {
                // `initramfs/{bin,sbin}`: the literal part is what is made.
                let lit = m.split(['{', '*', '?']).next().unwrap_or("");
                let lit = lit.trim_end_matches('/');
                if lit.is_empty() {
                    continue;
                }
                if let Some(abs) = paths::absolute(lit, lit, lit.starts_with('~'), &self.ctx) {
                    self.recreated.push(abs);
                }
            }
        }
    }

    /// Checks on the whole text that do not depend on parsing.
    fn text_checks(&mut self, src: &str) {
        if src.contains("/dev/tcp/") || src.contains("/dev/udp/") {
            let sev = if src.contains("-i") || src.contains("0>&1") || src.contains("exec ") {
                Critical
            } else {
                High
            };
            self.find(
                Exfil,
                sev,
                "opens a raw network connection through /dev/tcp (a reverse shell or data exfiltration)",
                src,
            );
        }
        if is_fork_bomb(src) {
            self.find(
                Destr,
                Critical,
                "is a fork bomb (exhausts the machine)",
                src,
            );
        }
    }

    fn raw_text_fallback(&mut self, src: &str) {
        for tok in paths::tokens(src) {
            if let Some((sev, what)) = paths::credential(tok) {
                self.find(Cred, sev, format!("reads {what}"), tok);
            }
        }
        let lower = src.to_ascii_lowercase();
        if (lower.contains("curl") || lower.contains("wget"))
            && (lower.contains("| sh")
                || lower.contains("|sh")
                || lower.contains("| bash")
                || lower.contains("|bash"))
        {
            self.find(Rce, Critical, "downloads code and runs it in a shell", src);
        }
        if lower.contains("rm -rf /") || lower.contains("rm -rf ~") || lower.contains("rm -fr /") {
            self.find(Destr, Critical, "deletes the system or home directory", src);
        }
    }

    fn command(&mut self, site: Site<'_>) {
        let cmd = site.cmd;
        for a in &cmd.assignments {
            self.assignment(&a.name, &a.value, cmd, site.depth);
        }
        for r in &cmd.redirects {
            self.redirect(r, cmd);
        }
        if cmd.argv.is_empty() {
            return;
        }
        let args: Vec<Arg<'_>> = cmd.argv.iter().map(|word| Arg { word }).collect();
        self.simple(site, &args, 0);
        self.record_generated(site);
    }

    /// Remembers files written from text known statically (`echo X > f`,
    /// `echo B64 | base64 -d > f`), so that running them later is assessed.
    fn record_generated(&mut self, site: Site<'_>) {
        let cmd = site.cmd;
        let Some(target) = cmd
            .redirects
            .iter()
            .rev()
            .find(|r| matches!(r.kind, RedirectKind::Write | RedirectKind::Append))
        else {
            return;
        };
        let Some(path) = target.target.as_ref().and_then(|t| t.literal.clone()) else {
            return;
        };
        let mut chain = upstream(site);
        chain.push(cmd);
        let Some(payload) = decode_chain(&chain) else {
            return;
        };
        let through_decoder = chain.iter().any(|c| {
            let name = c.name().map_or("", |w| paths::basename(w.value_or_raw()));
            let args: Vec<&str> = c.argv.iter().skip(1).map(Word::value_or_raw).collect();
            decode::stage_of(name, &args).is_some()
        });
        self.manifest_written(site, &path, &payload);
        let earlier = self.written(&path);
        if target.kind == RedirectKind::Append {
            if let Some(entry) = self
                .generated
                .iter_mut()
                .find(|g| same_file(&g.path, &path))
            {
                entry.payload.push('\n');
                entry.payload.push_str(&payload);
                entry.decoded |= through_decoder;
                return;
            }
        }
        self.generated.retain(|g| !same_file(&g.path, &path));
        self.generated.push(Generated {
            decoded: through_decoder || earlier.is_some_and(|g| g.decoded),
            path,
            payload,
        });
    }

    /// The file written earlier in the line at `file`, if any.
    fn written(&self, file: &str) -> Option<Generated> {
        self.generated
            .iter()
            .find(|g| same_file(&g.path, file))
            .cloned()
    }

    fn assignment(&mut self, name: &str, value: &Word, cmd: &SimpleCommand, depth: usize) {
        let v = value.value_or_raw();
        if let Some(lit) = &value.literal {
            let lit = if value.tilde && !lit.starts_with('~') {
                format!("~{lit}")
            } else {
                lit.clone()
            };
            self.vars.insert(name.to_owned(), lit);
        } else if let Some(known) = self.known_value(&value.raw) {
            // `D=$HOME/.local`, `F=$D/x`: the value is known.
            self.vars.insert(name.to_owned(), known);
        } else {
            // Reassigned to something unknown: forget the old value.
            self.vars.remove(name);
        }
        self.known_variable(name, v, &cmd.text, depth);
        match name {
            // `IFS= read -r line` (and mapfile) is how lines are read, not
            // a way to hide anything; other IFS changes are asked about.
            "IFS"
                if !cmd.argv.first().is_some_and(|w| {
                    matches!(w.value_or_raw(), "read" | "mapfile" | "readarray")
                }) =>
            {
                self.find(
                    Obf,
                    Medium,
                    "changes IFS to hide how words are split",
                    &cmd.text,
                )
            }
            "BASH_ENV" | "ENV" | "PROMPT_COMMAND" | "PS4" if !v.is_empty() => self.find(
                Obf,
                High,
                format!("sets {name}, which makes the shell run hidden commands"),
                &cmd.text,
            ),
            "HISTFILE" | "HISTSIZE" | "HISTFILESIZE"
                if v.is_empty() || v == "0" || v == "/dev/null" =>
            {
                self.find(
                    Obf,
                    Medium,
                    "turns off shell history (hides what ran)",
                    &cmd.text,
                )
            }
            "HUSKY" | "HUSKY_SKIP_HOOKS" | "SKIP" | "PRE_COMMIT_ALLOW_NO_CONFIG" | "LEFTHOOK"
                if name != "SKIP" || !v.is_empty() =>
            {
                if (name == "HUSKY" || name == "LEFTHOOK") && v != "0" {
                    return;
                }
                self.find(Obf, Medium, "skips the repository's git hooks", &cmd.text)
            }
            "HTTPS_PROXY" | "HTTP_PROXY" | "https_proxy" | "http_proxy" | "ALL_PROXY"
            | "all_proxy"
                if v.is_empty() =>
            {
                self.proxy_bypass = true
            }
            "NO_PROXY" | "no_proxy" if v == "*" => self.proxy_bypass = true,
            _ => {}
        }
    }

    fn redirect(&mut self, r: &agentgate_shell::Redirect, cmd: &SimpleCommand) {
        let Some(target) = &r.target else {
            return;
        };
        let value = target.value_or_raw();
        if r.kind.writes() {
            if value.starts_with("/dev/") {
                let dev = value.trim_start_matches("/dev/");
                if is_disk_device(dev) {
                    self.find(
                        Destr,
                        Critical,
                        format!("overwrites the disk device {value}"),
                        &cmd.text,
                    );
                }
                return;
            }
            self.write_target(value, target, cmd);
            for abs in self.arg_paths(&Arg { word: target }) {
                if let Some((_, g)) = guard::relation(&abs, &self.ctx) {
                    let reason = format!(
                        "writes over {abs}, part of {}, which the agent must not alter",
                        g.what
                    );
                    self.find(SelfEsc, Critical, reason, &cmd.text);
                }
            }
            if let Some(abs) = paths::absolute(value, &target.raw, target.tilde, &self.ctx) {
                if abs.ends_with("_history") && r.kind == RedirectKind::Write {
                    self.find(
                        Obf,
                        Medium,
                        "clears shell history (hides what ran)",
                        &cmd.text,
                    );
                }
            }
        } else if matches!(r.kind, RedirectKind::Read | RedirectKind::ReadWrite) {
            self.read_target(value, cmd);
        }
    }

    /// A file the command writes.
    fn write_target(&mut self, value: &str, word: &Word, cmd: &SimpleCommand) {
        let resolved = paths::absolute(value, &word.raw, word.tilde, &self.ctx);
        if let Some(abs) = resolved.as_deref() {
            if abs == "/proc/sysrq-trigger" {
                self.find(
                    Destr,
                    High,
                    "writes to /proc/sysrq-trigger (reboots, crashes or kills at once)",
                    &cmd.text,
                );
            } else if abs.starts_with("/proc/sys/") {
                self.find(
                    SelfEsc,
                    High,
                    format!("changes the kernel setting {abs}"),
                    &cmd.text,
                );
            }
        }
        let check = resolved.as_deref().unwrap_or(value);
        if let Some((sev, what)) =
            paths::trust_target(value, &self.ctx).or_else(|| paths::trust_target(check, &self.ctx))
        {
            self.find(SelfEsc, sev, format!("writes to {what}"), &cmd.text);
        } else if let Some(abs) = &resolved {
            if !paths::within(abs, &self.ctx.project_dir)
                && paths::temp_root(abs).is_none()
                && !paths::within(abs, &format!("{}/.cache", self.ctx.home))
            {
                self.out.effects.trust_change = true;
            }
        }
    }

    /// A file the command reads.
    fn read_target(&mut self, value: &str, cmd: &SimpleCommand) {
        if let Some((sev, what)) = paths::credential(value) {
            self.find(Cred, sev, format!("reads {what}"), &cmd.text);
        }
    }

    /// Looks at one command (after wrappers were stripped to `args[start..]`).
    fn simple(&mut self, site: Site<'_>, all: &[Arg<'_>], start: usize) {
        let Some(args) = all.get(start..) else {
            return;
        };
        let Some(first) = args.first() else {
            return;
        };
        let text = &site.cmd.text;
        // The command name itself.
        let name_word = first.word;
        if name_word.is_dynamic() {
            self.dynamic_name(site, args);
            return;
        }
        let full_name = first.v();
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
        if name_word.raw != full_name
            && !alias_bypass
            && !name_word.raw.starts_with('"')
            && !name_word.raw.starts_with('\'')
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
        let name = paths::basename(full_name);
        let rest = &args[1..];
        if full_name.contains('/') {
            if self.downloaded.iter().any(|d| same_file(d, full_name)) {
                self.find(
                    Rce,
                    Critical,
                    format!("runs {full_name}, which it just downloaded"),
                    text,
                );
            }
            if let Some(Generated { payload, .. }) = self.written(full_name) {
                self.find(
                    Obf,
                    High,
                    format!("runs {full_name}, a script it just wrote"),
                    text,
                );
                self.script(&payload, site.depth + 1);
            }
        }
        let vals: Vec<&str> = rest.iter().map(|a| a.v()).collect();

        // What the knowledge tables say about this program.
        self.knowledge(site, name, rest, &vals);

        // Wrappers: the payload is what matters.
        if let Some(skip) = wrapper_payload(name, &vals) {
            match skip {
                Wrapped::Command(k) => {
                    if name == "sudo" || name == "doas" {
                        self.sudo_shell(&vals, text);
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
                    self.generic_args(site, name, &others, &other_vals);
                    if let Some(s) = rest.get(k) {
                        self.script_arg(site, s, name);
                    }
                    return;
                }
                Wrapped::Joined(k) => {
                    let joined = vals.get(k..).unwrap_or(&[]).join(" ");
                    self.script(&joined, site.depth + 1);
                    return;
                }
                Wrapped::Nothing => {}
            }
        }

        self.generic_args(site, name, rest, &vals);

        match name {
            "cd" | "pushd" => self.change_dir(rest),
            n if SHELLS.contains(&n) => self.shell(site, name, rest, &vals, start > 0),
            "eval" => self.eval(site, rest, &vals),
            "source" | "." => self.source(site, rest),
            "exec" => {}
            "xargs" => self.xargs(site, all, start, &vals),
            "find" => self.find_cmd(site, all, start, &vals),
            "rm" | "rmdir" | "unlink" => self.rm(site, rest, &vals),
            "git" => self.git(site, &vals),
            "gh" => self.gh(site, &vals),
            n if FETCHERS.contains(&n) => self.fetcher(site, name, &vals),
            n if NETCAT.contains(&n) => self.netcat(site, name, &vals),
            "ssh" | "scp" | "sftp" | "rsync" | "rclone" | "ftp" | "tftp" | "lftp" | "smbclient" => {
                self.remote_copy(site, name, &vals)
            }
            "dig" | "nslookup" | "host" | "drill" | "ping" | "ping6" | "traceroute" | "whois"
            | "getent" | "resolvectl" => self.dns(site, name, rest, &vals),
            "dd" => self.dd(site, &vals),
            "mkfs" | "wipefs" | "fdisk" | "sfdisk" | "sgdisk" | "parted" | "blkdiscard"
            | "mkswap" | "cfdisk" => self.find(
                Destr,
                Critical,
                format!("{name} rewrites disk partitions or filesystems"),
                text,
            ),
            n if n.starts_with("mkfs.") => self.find(Destr, Critical, "formats a filesystem", text),
            "shred" => self.shred(site, rest, &vals),
            "chmod" | "chown" | "chgrp" | "setfacl" => self.chmod(site, name, rest, &vals),
            "setcap" => self.find(
                SelfEsc,
                Critical,
                "grants Linux capabilities to a program",
                text,
            ),
            "useradd" | "adduser" | "usermod" | "userdel" | "groupadd" | "gpasswd" | "passwd"
            | "chpasswd" | "visudo" | "vipw" => self.find(
                SelfEsc,
                Critical,
                format!("{name} changes system accounts or sudo rights"),
                text,
            ),
            "crontab" => self.crontab(site, &vals),
            "at" | "batch" => self.at(site),
            "systemctl" | "launchctl" | "service" => self.systemctl(site, name, &vals),
            "shutdown" | "reboot" | "halt" | "poweroff" => {
                self.find(Destr, High, format!("{name} takes the machine down"), text)
            }
            "init" | "telinit" if vals.first().is_some_and(|v| *v == "0" || *v == "6") => {
                self.find(Destr, High, "takes the machine down", text)
            }
            "kill" | "pkill" | "killall" | "killall5" | "skill" | "snice" => {
                self.kill(site, name, &vals)
            }
            "history"
                if vals
                    .iter()
                    .any(|v| *v == "-c" || *v == "-w" || v.starts_with("-d")) =>
            {
                self.find(Obf, Medium, "clears shell history (hides what ran)", text);
            }
            "unset" => {
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
                if vals.windows(2).any(|w| w[0] == "+o" && w[1] == "history") {
                    self.find(
                        Obf,
                        Medium,
                        "turns off shell history (hides what ran)",
                        text,
                    );
                }
                if vals.is_empty() {
                    self.find(
                        Cred,
                        Medium,
                        "prints every shell variable (may include secrets)",
                        text,
                    );
                }
            }
            "export" | "declare" | "typeset" | "readonly" | "local" => self.export(site, &vals),
            "env" | "printenv" => self.env_dump(site, name, &vals),
            "ps" => self.ps(site, &vals),
            "alias" => self.alias(site, &vals),
            "trap" => {
                if let Some(body) = rest.first() {
                    if !body.dynamic() {
                        self.script(body.v(), site.depth + 1);
                    }
                }
            }
            "security" | "secret-tool" | "op" | "vault" | "pass" | "gopass" | "keyring" | "bw"
            | "lpass" | "kwallet-query" | "gcloud" | "aws" | "az" | "kubectl" | "heroku"
            | "doctl" | "flyctl" | "vercel" | "netlify" | "npm" | "pnpm" | "yarn" | "pip"
            | "pip3" | "uv" | "pipx" | "cargo" | "gem" | "docker" | "podman" | "terraform"
            | "tofu" | "pulumi" | "cdk" | "helm" | "npx" | "bunx" | "uvx" | "gsutil"
            | "redis-cli" | "psql" | "mysql" | "mariadb" | "sqlite3" | "mongosh" | "mongo"
            | "dropdb" | "claude" | "ngrok" | "cloudflared" | "code" | "lt" | "bore" | "brew"
            | "apt" | "apt-get" | "dnf" | "yum" | "snap" => self.tools(site, name, &vals),
            n if INTERPRETERS.contains(&n) => self.interpreter(site, name, rest, &vals),
            _ => {}
        }
        // After the program's own checks, so that their more specific
        // reason ("deletes the home directory") comes first among equals.
        self.guard_args(site, name, rest, &vals);
        if FETCHERS.contains(&name) || NETCAT.contains(&name) {
            return;
        }
        self.gtfo_escape(site, name, &vals);
    }

    /// A word's value when it is known: `$HOME` and variables assigned
    /// earlier in the line are substituted; anything else is unknown.
    fn known_value(&self, raw: &str) -> Option<String> {
        let home = self.ctx.home.clone();
        let mut text = raw.replace("${HOME}", &home).replace("$HOME", &home);
        if text.contains('$') {
            text = self.resolve_vars(&text)?;
        }
        if text.contains(['`', '$', '(']) {
            return None;
        }
        Some(text.replace(['"', '\''], ""))
    }

    /// Every absolute path an argument may name, when its value can be
    /// known (literal, `~`, `$HOME`, variables assigned earlier or bound by a
    /// `for` loop, `--opt=PATH`, `of=PATH`).
    fn arg_paths(&self, a: &Arg<'_>) -> Vec<String> {
        let v = a.v();
        let raw = a.word.raw.as_str();
        let (v, raw) = match (split_key(v), split_key(raw)) {
            (Some(pv), Some(pr)) => (pv, pr),
            _ => (v, raw),
        };
        if v.is_empty() || (v.starts_with('-') && !v.contains('/')) {
            return Vec::new();
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
        if let Some(known) = self.known_value(raw) {
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
    fn arg_path(&self, a: &Arg<'_>) -> Option<String> {
        self.arg_paths(a).into_iter().next()
    }

    /// agentgate's own files: no program but a pure reader may touch them.
    fn guard_args(&mut self, site: Site<'_>, name: &str, rest: &[Arg<'_>], vals: &[&str]) {
        if self.ctx.guarded.is_empty() {
            return;
        }
        let resolved: Vec<Option<String>> = rest
            .iter()
            .flat_map(|a| {
                let p = self.arg_paths(a);
                if p.is_empty() {
                    vec![None]
                } else {
                    p.into_iter().map(Some).collect()
                }
            })
            .collect();
        for v in guard::judge_args(name, vals, &resolved, &self.ctx) {
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
    fn change_dir(&mut self, rest: &[Arg<'_>]) {
        let target = rest
            .iter()
            .find(|a| !a.v().starts_with('-') || a.v() == "-");
        let abs = match target {
            None => Some(self.ctx.home.clone()),
            Some(a) if a.v() == "-" => None,
            Some(a) => self.arg_path(a),
        };
        // An unknown directory (`cd -`, `cd "$X"`) keeps the old one: a
        // later relative path then resolves as before.
        if let Some(dir) = abs {
            self.ctx.to_mut().cwd = dir;
        }
    }

    fn sudo_shell(&mut self, vals: &[&str], text: &str) {
        let interactive = vals
            .iter()
            .take_while(|v| v.starts_with('-'))
            .any(|v| *v == "-i" || *v == "-s" || *v == "-su");
        let only_opts = vals.iter().all(|v| v.starts_with('-'));
        if interactive && only_opts || vals.first().is_some_and(|v| *v == "su") {
            self.find(Obf, Medium, "opens a root shell", text);
        }
    }

    /// A command whose name is only known at run time.
    fn dynamic_name(&mut self, site: Site<'_>, args: &[Arg<'_>]) {
        let text = &site.cmd.text;
        let Some(first) = args.first() else {
            return;
        };
        // Resolve `a=r; b=m; $a$b -rf ~` from earlier literal assignments.
        if let Some(resolved) = self.resolve_vars(&first.word.raw) {
            let mut line = resolved;
            for a in &args[1..] {
                line.push(' ');
                line.push_str(&a.word.raw);
            }
            let pieces = first.word.raw.matches('$').count();
            if pieces > 1 || first.word.raw.contains("${") && first.word.raw.contains(':') {
                self.find(
                    Obf,
                    High,
                    format!(
                        "assembles its program name from variables ({})",
                        first.word.raw
                    ),
                    text,
                );
            }
            self.script(&line, site.depth + 1);
            return;
        }
        if first.word.has_command_substitution {
            self.find(
                Obf,
                High,
                "runs a program whose name comes from a command substitution",
                text,
            );
            return;
        }
        let raw = first.word.raw.trim_matches('"');
        let single_var = (raw.starts_with('$')
            && raw[1..]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_'))
            || (raw.starts_with("${")
                && raw.ends_with('}')
                && raw[2..raw.len() - 1]
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_'));
        if raw.contains(":") && raw.contains("${") || !single_var && raw.matches('$').count() > 1 {
            self.find(
                Obf,
                High,
                format!(
                    "assembles its program name at run time ({})",
                    first.word.raw
                ),
                text,
            );
        } else {
            self.find(
                Unverifiable,
                Medium,
                format!(
                    "runs a program named by a variable ({}), which cannot be checked",
                    first.word.raw
                ),
                text,
            );
        }
    }

    fn resolve_vars(&self, raw: &str) -> Option<String> {
        let mut out = String::new();
        let chars: Vec<char> = raw.chars().collect();
        let mut i = 0;
        let mut any = false;
        while i < chars.len() {
            let c = chars[i];
            if c == '"' {
                i += 1;
                continue;
            }
            if c != '$' {
                out.push(c);
                i += 1;
                continue;
            }
            let braced = chars.get(i + 1) == Some(&'{');
            let s = if braced { i + 2 } else { i + 1 };
            let mut e = s;
            while e < chars.len() && (chars[e].is_ascii_alphanumeric() || chars[e] == '_') {
                e += 1;
            }
            let name: String = chars[s..e].iter().collect();
            let value = self.vars.get(&name)?;
            out.push_str(value);
            any = true;
            i = if braced {
                if chars.get(e) != Some(&'}') {
                    return None;
                }
                e + 1
            } else {
                e
            };
        }
        any.then_some(out)
    }

    /// Arguments of any command: secrets read, trust paths written, hosts.
    fn generic_args(&mut self, site: Site<'_>, name: &str, rest: &[Arg<'_>], vals: &[&str]) {
        let text = &site.cmd.text;
        let piped_out = site.cmd.pipeline.index + 1 < site.cmd.pipeline.len;
        let printing = matches!(name, "echo" | "printf");
        let key_user = KEY_USERS.contains(&name);
        let skip_first = matches!(name, "grep" | "egrep" | "fgrep" | "rg" | "ag" | "ack")
            && !vals.iter().any(|v| *v == "-e" || *v == "-f");
        let mut first_operand = true;
        for (i, a) in rest.iter().enumerate() {
            let v = a.v();
            let is_operand = !v.starts_with('-');
            if skip_first && is_operand && first_operand {
                first_operand = false;
                continue;
            }
            if is_operand {
                first_operand = false;
            }
            if key_user || (printing && !piped_out) {
                continue;
            }
            // `cp`/`mv`/`install` read every operand but the last.
            let is_dest = matches!(name, "cp" | "install" | "rsync" | "scp" | "tee")
                && (i + 1 == rest.len() || name == "tee");
            if is_dest {
                continue;
            }
            // A value known from earlier in the line (`f=~/.ssh/id_rsa; cat
            // $f`, a loop over `~/.ssh/*`), and globs over a key directory.
            let resolved = if a.dynamic() || a.word.glob || v.contains('*') {
                self.arg_paths(a)
            } else {
                Vec::new()
            };
            for r in &resolved {
                if a.dynamic() {
                    if let Some((sev, what)) = paths::credential(r) {
                        self.find(Cred, sev, format!("reads {what} ({r})"), text);
                    }
                }
                if let Some(dir) = r.strip_suffix("/*").or_else(|| r.strip_suffix('*')) {
                    if let Some(what) = paths::credential_dir(dir) {
                        self.find(
                            Cred,
                            High,
                            format!("reads every file of {what} ({r})"),
                            text,
                        );
                    }
                }
            }
            // The whole value too: a path with spaces ("Login Data") is
            // one argument but several tokens.
            let whole = v.contains(' ').then_some(v).and_then(paths::credential);
            if let Some((sev, what)) = whole {
                self.find(Cred, sev, format!("reads {what} ({v})"), text);
            }
            for tok in paths::tokens(v) {
                if let Some((sev, what)) = paths::credential(tok) {
                    self.find(Cred, sev, format!("reads {what} ({tok})"), text);
                }
            }
        }
        // A file written earlier in the command line, handed to a program
        // (as an operand, `--opt=FILE` or `of=FILE`): what it holds is
        // what the program will read or run.
        if !SHELLS.contains(&name) && !matches!(name, "chmod" | "cat" | "rm" | "ls") {
            for v in vals {
                let target = split_key(v).unwrap_or(v);
                let Some(Generated { path, payload, .. }) = self.written(target) else {
                    continue;
                };
                for tok in paths::tokens(&payload) {
                    if let Some((sev, what)) = paths::credential(tok) {
                        self.find(
                            Cred,
                            sev,
                            format!("hands {name} a file it just wrote ({path}) that reads {what}"),
                            text,
                        );
                    }
                }
                if INTERPRETERS.contains(&name) {
                    // Code for the interpreter: read as code in its
                    // language (with its escape hatches), not as shell.
                    match knowledge::lang_of(name) {
                        Some(lang) => self.run_value(site, name, "", &payload, lang),
                        None => self.code(site, name, &payload),
                    }
                    continue;
                }
                // Whether `name` runs the file is not known: it is read as
                // a script to see what it would do if run, and what it
                // would do is asked about (Medium), not charged at the
                // severity of a command that surely runs. How a data file
                // looks as shell (its first word a "program" spelt with
                // backslashes) says nothing.
                let parses = analyze(&payload, &Limits::default()).is_ok();
                let before = self.out.findings.len();
                if parses {
                    self.script(&payload, site.depth + 1);
                }
                let would_act = self
                    .out
                    .findings
                    .drain(before..)
                    .filter(|f| f.category != Obf)
                    .count()
                    > 0;
                let spawns = payload.contains("/bin/sh")
                    || payload.contains("/bin/bash")
                    || payload.contains("exec ")
                    || payload.lines().any(code::is_bare_shell);
                if spawns || would_act {
                    self.find(
                        Obf,
                        Medium,
                        format!("hands {name} a file it just wrote ({path}) that runs commands"),
                        text,
                    );
                }
            }
        }
        // Environment secrets printed or sent.
        for a in rest {
            if a.word.has_parameter_expansion {
                if let Some(var) = secret_var(&a.word.raw) {
                    if printing || matches!(name, "cat" | "tee" | "xxd" | "base64" | "od") {
                        self.find(
                            Cred,
                            High,
                            format!("prints the secret variable ${var}"),
                            text,
                        );
                    }
                }
            }
        }
        // Writes to trust paths through arguments.
        if !READERS.contains(&name)
            || (name == "sed" && vals.iter().any(|v| v.starts_with("-i")))
            || (name == "sort" && vals.iter().any(|v| v.starts_with("-o")))
        {
            let dest_only = matches!(name, "cp" | "mv" | "install" | "ln" | "rsync" | "scp");
            for (i, a) in rest.iter().enumerate() {
                if dest_only && i + 1 != rest.len() {
                    continue;
                }
                let v = a.v();
                if v.starts_with('-') && !v.contains('/') {
                    continue;
                }
                let candidate = v.split_once('=').map_or(v, |(_, r)| r);
                // A path inside a larger value (`--xform s@.*@~/.bashrc@`).
                let inner = paths::tokens(candidate)
                    .filter(|t| *t != candidate && (t.starts_with('~') || t.starts_with('/')))
                    .find_map(|t| {
                        let abs = paths::absolute(t, t, t.starts_with('~'), &self.ctx)?;
                        paths::trust_target(&abs, &self.ctx)
                    });
                if let Some((sev, what)) = paths::trust_target(candidate, &self.ctx)
                    .or_else(|| {
                        paths::absolute(candidate, &a.word.raw, a.word.tilde, &self.ctx)
                            .and_then(|abs| paths::trust_target(&abs, &self.ctx))
                    })
                    .or(inner)
                {
                    // Reading the crontab or a settings file is fine; these
                    // programs change what they are given.
                    if name == "mkdir" || name == "ls" {
                        continue;
                    }
                    // A system program named as a setting (`chsh -s
                    // /bin/zsh`, `--shell /bin/bash`) is not changed by it:
                    // only programs that write what they are given do.
                    let writes = matches!(
                        name,
                        "cp" | "mv"
                            | "install"
                            | "ln"
                            | "rsync"
                            | "tee"
                            | "dd"
                            | "truncate"
                            | "patchelf"
                            | "strip"
                            | "sed"
                            | "perl"
                            | "chmod"
                            | "chown"
                            | "chgrp"
                            | "chattr"
                            | "setfacl"
                            | "rm"
                            | "shred"
                            | "unlink"
                            | "touch"
                            | "vim"
                            | "vi"
                            | "nano"
                            | "ed"
                            | "emacs"
                            | "curl"
                            | "wget"
                            | "tar"
                            | "unzip"
                            | "cpio"
                            | "ditto"
                            | "scp"
                    );
                    if what == "system executables or libraries" && !writes {
                        continue;
                    }
                    // A program nothing is known about (no table row, not a
                    // writer above) may only read what it is given (`nagios4
                    // /etc/nagios4/nagios.cfg`): that it changes it cannot
                    // be verified, so it is asked about, not denied.
                    if !writes && agentgate_commands::program(name).is_none() {
                        self.find(
                            Unverifiable,
                            Medium,
                            format!("hands {what} ({v}) to {name}, which may change it"),
                            text,
                        );
                        continue;
                    }
                    self.find(SelfEsc, sev, format!("changes {what} ({v})"), text);
                }
            }
        }
        self.gathers_secrets(site, name, rest, vals);
        // Files outside the project read by common readers: untrusted content.
        if READERS.contains(&name) && !printing {
            for a in rest {
                let v = a.v();
                if v.starts_with('-') {
                    continue;
                }
                if let Some(abs) = paths::absolute(v, &a.word.raw, a.word.tilde, &self.ctx) {
                    if v.contains('/') && !paths::within(&abs, &self.ctx.project_dir) {
                        self.out.effects.untrusted_input = true;
                    }
                }
            }
        }
    }

    /// Gathering secrets in bulk: archiving or copying a key directory (or
    /// the whole home), and recursive searches for secret words across the
    /// home or the system.
    fn gathers_secrets(&mut self, site: Site<'_>, name: &str, rest: &[Arg<'_>], vals: &[&str]) {
        let text = &site.cmd.text;
        let bulk = matches!(
            name,
            "tar"
                | "zip"
                | "7z"
                | "7za"
                | "rar"
                | "cpio"
                | "cp"
                | "rsync"
                | "scp"
                | "ditto"
                | "gzip"
                | "bzip2"
                | "xz"
                | "zstd"
                | "base64"
                | "openssl"
                | "gpg"
                | "age"
        );
        if bulk {
            for a in rest {
                if a.v().starts_with('-') {
                    continue;
                }
                for abs in self.arg_paths(a) {
                    if let Some(what) = paths::credential_dir(&abs) {
                        self.find(Cred, High, format!("{name} gathers {what} ({abs})"), text);
                    } else if abs == self.ctx.home && !matches!(name, "cp" | "rsync") {
                        self.find(
                            Cred,
                            Medium,
                            format!("{name} packs the whole home directory"),
                            text,
                        );
                    }
                }
            }
        }
        let searcher = matches!(
            name,
            "grep" | "egrep" | "fgrep" | "rg" | "ag" | "ack" | "git"
        );
        if !searcher || name == "git" {
            return;
        }
        let recursive = name != "grep" && name != "egrep" && name != "fgrep"
            || vals.iter().any(|v| {
                v.starts_with('-') && !v.starts_with("--") && (v.contains('r') || v.contains('R'))
                    || *v == "--recursive"
            });
        let secret_word = vals.iter().any(|v| {
            let l = v.to_ascii_lowercase();
            !l.starts_with('-')
                && [
                    "password",
                    "passwd",
                    "secret",
                    "token",
                    "api_key",
                    "apikey",
                    "private key",
                    "aws_access_key",
                ]
                .iter()
                .any(|w| l.contains(w))
        });
        if recursive && secret_word {
            let wide = rest.iter().filter(|a| !a.v().starts_with('-')).any(|a| {
                self.arg_paths(a).iter().any(|abs| {
                    abs == "/"
                        || abs == &self.ctx.home
                        || paths::is_system_dir(abs) && !paths::within(abs, &self.ctx.project_dir)
                        || paths::credential_dir(abs).is_some()
                })
            });
            if wide {
                self.find(
                    Cred,
                    Medium,
                    format!("{name} searches the home or the system for secrets"),
                    text,
                );
            }
        }
    }

    /// `bash -c STR`, `bash FILE`, `... | bash`, `bash <<EOF`.
    fn shell(
        &mut self,
        site: Site<'_>,
        name: &str,
        rest: &[Arg<'_>],
        vals: &[&str],
        wrapped: bool,
    ) {
        let mut i = 0;
        let mut command_string = false;
        let mut read_stdin = false;
        while let Some(v) = vals.get(i) {
            if *v == "--" {
                i += 1;
                break;
            }
            if name == "busybox" && i == 0 && !v.starts_with('-') {
                // `busybox sh -c ...`
                i += 1;
                continue;
            }
            if v.starts_with('-') || v.starts_with('+') {
                if !v.starts_with("--") && v.contains('c') && v.starts_with('-') {
                    command_string = true;
                }
                if !v.starts_with("--") && v.contains('s') && v.starts_with('-') {
                    read_stdin = true;
                }
                if matches!(*v, "-o" | "+o" | "--rcfile" | "--init-file" | "-O" | "+O") {
                    i += 1;
                }
                i += 1;
                continue;
            }
            break;
        }
        // A shell given nothing to run but wired to the terminal or to
        // duplicated descriptors (`/bin/sh </dev/tty`, `exec sh 0<&2 1>&2`,
        // `sh -i`): the GTFOBins way to hand someone an interactive shell.
        if !command_string && rest.get(i).is_none() {
            let tty = site.cmd.redirects.iter().any(|r| {
                r.kind == RedirectKind::Duplicate
                    || r.target
                        .as_ref()
                        .is_some_and(|t| t.value_or_raw() == "/dev/tty")
            });
            let interactive = vals
                .iter()
                .any(|v| v.starts_with('-') && !v.starts_with("--") && v.contains('i'));
            if tty || interactive {
                self.find(
                    Obf,
                    Medium,
                    format!("spawns an interactive {name} wired to the terminal"),
                    &site.cmd.text,
                );
            }
        }
        if command_string {
            if let Some(s) = rest.get(i) {
                self.script_arg(site, s, name);
            }
            return;
        }
        if let Some(file) = rest.get(i).filter(|_| !read_stdin) {
            self.run_file(site, file.v(), name);
            return;
        }
        let fed = site.cmd.pipeline.index > 0
            || site
                .cmd
                .redirects
                .iter()
                .any(|r| r.input_text.is_some() || r.kind == RedirectKind::Read);
        if wrapped && !fed {
            let via = site
                .cmd
                .argv
                .first()
                .map_or("", |w| paths::basename(w.value_or_raw()));
            self.find(
                Obf,
                Medium,
                format!("spawns an interactive shell through {via}"),
                &site.cmd.text,
            );
        }
        self.stdin_program(site, name, true);
    }

    /// A script handed over as one argument (`bash -c`, `eval`, `su -c`).
    fn script_arg(&mut self, site: Site<'_>, arg: &Arg<'_>, via: &str) {
        if !arg.dynamic() {
            self.script(arg.v(), site.depth + 1);
            return;
        }
        if let Some(resolved) = self.resolve_vars(&arg.word.raw) {
            self.script(&resolved, site.depth + 1);
            return;
        }
        self.substituted_program(site, via, &arg.word.raw);
    }

    /// A program text produced by substitutions: who produced it?
    fn substituted_program(&mut self, site: Site<'_>, via: &str, raw: &str) {
        let children = children(site);
        if let Some(url) = children.iter().find_map(|c| fetch_url(c)) {
            self.rce_from(url, via, &site.cmd.text);
            return;
        }
        if let Some(payload) = decode_chain(&children) {
            self.find(
                Obf,
                High,
                format!("hands {via} a decoded payload"),
                &site.cmd.text,
            );
            self.script(&payload, site.depth + 1);
            return;
        }
        if children.iter().any(|c| {
            c.name()
                .is_some_and(|n| decode::is_decoder_name(paths::basename(n.value_or_raw())))
        }) {
            self.find(
                Obf,
                High,
                format!("hands {via} an encoded payload"),
                &site.cmd.text,
            );
            return;
        }
        if children.is_empty() && raw.contains('$') {
            self.find(
                Unverifiable,
                Medium,
                format!("runs a {via} program held in a variable, which cannot be checked"),
                &site.cmd.text,
            );
        }
    }

    fn rce_from(&mut self, url: &str, via: &str, text: &str) {
        let host = net::host_of(url).unwrap_or("");
        if net::classify(host) == HostClass::Local {
            return;
        }
        if net::is_vendor_installer_url(url) {
            self.find(
                Rce,
                Medium,
                format!("runs a vendor installer from {host} in {via}"),
                text,
            );
        } else {
            self.find(
                Rce,
                Critical,
                format!(
                    "downloads code from {} and runs it in {via}",
                    if host.is_empty() { url } else { host }
                ),
                text,
            );
        }
    }

    /// A program that reads its script from standard input.
    fn stdin_program(&mut self, site: Site<'_>, via: &str, is_shell: bool) {
        let text = &site.cmd.text;
        // Here-documents and here-strings.
        for r in &site.cmd.redirects {
            if let Some(input) = &r.input_text {
                if is_shell {
                    self.script(input, site.depth + 1);
                } else {
                    self.code(site, via, input);
                }
                return;
            }
            if r.kind == RedirectKind::Read {
                if let Some(t) = &r.target {
                    self.run_file(site, t.value_or_raw(), via);
                    return;
                }
            }
        }
        let pos = site.cmd.pipeline;
        if pos.index == 0 || pos.len < 2 {
            return;
        }
        let upstream = upstream(site);
        if let Some(url) = upstream.iter().find_map(|c| fetch_url(c)) {
            self.rce_from(url, via, text);
            return;
        }
        if let Some(payload) = decode_chain(&upstream) {
            let encoded = upstream.iter().any(|c| {
                c.name().is_some_and(|n| {
                    let n = paths::basename(n.value_or_raw());
                    n != "echo" && n != "printf" && n != "cat"
                })
            });
            if encoded {
                self.find(
                    Obf,
                    High,
                    format!("pipes a decoded payload into {via}"),
                    text,
                );
            }
            if is_shell {
                self.script(&payload, site.depth + 1);
            } else {
                self.code(site, via, &payload);
            }
            return;
        }
        if upstream.iter().any(|c| {
            c.name().is_some_and(|n| {
                decode::is_decoder_name(paths::basename(n.value_or_raw()))
                    && !matches!(paths::basename(n.value_or_raw()), "printf" | "tr")
            })
        }) {
            self.find(
                Obf,
                High,
                format!("pipes an encoded payload into {via}"),
                text,
            );
            return;
        }
        self.find(
            Unverifiable,
            Medium,
            format!("pipes generated text into {via} as a program, which cannot be checked"),
            text,
        );
    }

    /// A script file run by a shell or interpreter.
    fn run_file(&mut self, site: Site<'_>, file: &str, via: &str) {
        let text = &site.cmd.text;
        if file == "-" || file == "/dev/stdin" {
            return self.stdin_program(site, via, SHELLS.contains(&via));
        }
        // A program whose name claims it is data (ATT&CK T1036.008).
        let ext = file
            .rsplit_once('.')
            .map_or("", |(_, e)| e)
            .to_ascii_lowercase();
        if matches!(
            ext.as_str(),
            "png"
                | "jpg"
                | "jpeg"
                | "gif"
                | "bmp"
                | "ico"
                | "svg"
                | "pdf"
                | "txt"
                | "doc"
                | "docx"
                | "xls"
                | "xlsx"
                | "ppt"
                | "mp3"
                | "mp4"
                | "wav"
                | "avi"
                | "mov"
                | "csv"
                | "log"
                | "dat"
        ) {
            self.find(
                Obf,
                Medium,
                format!("runs {file} with {via}, a program named as if it were data"),
                text,
            );
        }
        if self.downloaded.iter().any(|d| same_file(d, file)) {
            self.find(
                Rce,
                Critical,
                format!("runs {file}, which it just downloaded"),
                text,
            );
            return;
        }
        if let Some(Generated {
            payload, decoded, ..
        }) = self.written(file)
        {
            // Writing a script and running it is ordinary work; what it
            // does is what matters. Hiding it behind a decoder is not.
            if decoded {
                self.find(
                    Obf,
                    High,
                    format!("runs {file}, written from a decoded payload"),
                    text,
                );
            }
            if SHELLS.contains(&via) {
                self.script(&payload, site.depth + 1);
            } else {
                let before = self.out.findings.len();
                match knowledge::lang_of(via) {
                    Some(lang) => self.run_value(site, via, "", &payload, lang),
                    None => self.code(site, via, &payload),
                }
                // Code that runs processes, opens the network, deletes or
                // writes files, and that the scan could not pin down, is
                // asked about: it was written a moment ago by the agent.
                let f = code::scan(&payload);
                let able = f.runs_commands || f.network || f.deletes || f.writes_files;
                if able && self.out.findings.len() == before {
                    self.find(
                        Obf,
                        Medium,
                        format!(
                            "runs {file}, a {via} script it just wrote that runs programs, uses the network or changes files"
                        ),
                        text,
                    );
                }
            }
            return;
        }
        if file == "<(...)" {
            self.substituted_program(site, via, file);
        }
    }

    fn eval(&mut self, site: Site<'_>, rest: &[Arg<'_>], vals: &[&str]) {
        if rest.iter().all(|a| !a.dynamic()) {
            let joined = vals.join(" ");
            self.script(&joined, site.depth + 1);
            return;
        }
        let raw: Vec<&str> = rest.iter().map(|a| a.word.raw.as_str()).collect();
        if let Some(resolved) = self.resolve_vars(&raw.join(" ")) {
            self.script(&resolved, site.depth + 1);
            return;
        }
        self.substituted_program(site, "eval", &raw.join(" "));
    }

    fn source(&mut self, site: Site<'_>, rest: &[Arg<'_>]) {
        if let Some(file) = rest.first() {
            let v = file.v();
            if v == "<(...)" || file.word.has_command_substitution {
                self.substituted_program(site, "source", &file.word.raw);
            } else {
                self.run_file(site, v, "source");
            }
        }
    }

    fn xargs(&mut self, site: Site<'_>, all: &[Arg<'_>], start: usize, vals: &[&str]) {
        let mut i = 0;
        while let Some(v) = vals.get(i) {
            if *v == "--" {
                i += 1;
                break;
            }
            if !v.starts_with('-') {
                break;
            }
            if matches!(
                *v,
                "-a" | "-I"
                    | "-d"
                    | "-E"
                    | "-L"
                    | "-n"
                    | "-P"
                    | "-s"
                    | "--arg-file"
                    | "--delimiter"
                    | "--max-args"
                    | "--max-procs"
                    | "--max-lines"
                    | "--max-chars"
                    | "--replace"
            ) {
                i += 1;
            }
            i += 1;
        }
        if i < vals.len() {
            self.simple(site, all, start + 1 + i);
        }
    }

    fn find_cmd(&mut self, site: Site<'_>, all: &[Arg<'_>], start: usize, vals: &[&str]) {
        let text = &site.cmd.text;
        // Searching key directories, or the home or the system for key
        // files, gathers where the secrets are.
        let roots: Vec<String> = vals
            .iter()
            .take_while(|p| !p.starts_with('-'))
            .filter_map(|p| paths::absolute(p, p, p.starts_with('~'), &self.ctx))
            .collect();
        let looks_for_keys = vals.windows(2).any(|w| {
            matches!(w[0], "-name" | "-iname" | "-path" | "-ipath" | "-wholename")
                && paths::credential_pattern(w[1])
        });
        for r in &roots {
            let wide = !paths::within(r, &self.ctx.project_dir);
            if let Some(what) = paths::credential_dir(r) {
                self.find(
                    Cred,
                    Medium,
                    format!("searches the directory of {what}"),
                    text,
                );
            } else if looks_for_keys && wide {
                self.find(
                    Cred,
                    Medium,
                    format!("searches {r} for credential files"),
                    text,
                );
            }
        }
        let mut i = 0;
        while i < vals.len() {
            let v = vals[i];
            if matches!(v, "-exec" | "-execdir" | "-ok" | "-okdir") {
                let body_start = i + 1;
                let mut end = body_start;
                while end < vals.len() && vals[end] != ";" && vals[end] != "+" && vals[end] != "\\;"
                {
                    end += 1;
                }
                if end > body_start {
                    // Assess the -exec payload as its own command.
                    let payload: Vec<Arg<'_>> =
                        all[start + 1 + body_start..start + 1 + end].to_vec();
                    self.simple(site, &payload, 0);
                }
                i = end + 1;
                continue;
            }
            if v == "-delete" {
                let filtered = vals.iter().any(|p| {
                    matches!(
                        *p,
                        "-name"
                            | "-iname"
                            | "-path"
                            | "-ipath"
                            | "-regex"
                            | "-iregex"
                            | "-type"
                            | "-newer"
                            | "-mtime"
                            | "-mmin"
                            | "-atime"
                            | "-size"
                            | "-empty"
                            | "-user"
                            | "-perm"
                            | "-wholename"
                    )
                });
                for p in vals.iter().take_while(|p| !p.starts_with('-')) {
                    if !filtered {
                        self.removal_target(p, p, false, true, text);
                        continue;
                    }
                    // A filtered delete: only where it runs matters.
                    if let Some(abs) = paths::absolute(p, p, p.starts_with('~'), &self.ctx) {
                        let outside = !paths::within(&abs, &self.ctx.project_dir)
                            && paths::temp_root(&abs).is_none();
                        if outside
                            && (abs == "/"
                                || abs == self.ctx.home
                                || paths::is_system_dir(&abs)
                                || paths::within(&abs, &self.ctx.home))
                        {
                            self.find(
                                Destr,
                                High,
                                format!("deletes matching files across {abs}, outside the project"),
                                text,
                            );
                        }
                    }
                }
            }
            if v == "-fprint" || v == "-fprintf" || v == "-fls" {
                if let Some(f) = vals.get(i + 1) {
                    if let Some((sev, what)) = paths::trust_target(f, &self.ctx) {
                        self.find(SelfEsc, sev, format!("writes to {what}"), text);
                    }
                }
            }
            i += 1;
        }
    }

    fn rm(&mut self, site: Site<'_>, rest: &[Arg<'_>], vals: &[&str]) {
        let text = &site.cmd.text;
        let mut recursive = false;
        let mut operands = Vec::new();
        let mut after_dd = false;
        for (a, v) in rest.iter().zip(vals) {
            if !after_dd && *v == "--" {
                after_dd = true;
                continue;
            }
            if !after_dd && v.starts_with("--") {
                recursive |= *v == "--recursive";
                if *v == "--no-preserve-root" {
                    self.find(Destr, Critical, "disables rm's protection of /", text);
                }
                continue;
            }
            if !after_dd && v.starts_with('-') && v.len() > 1 {
                recursive |= v.contains('r') || v.contains('R');
                continue;
            }
            operands.push(*a);
        }
        for a in operands {
            // A value known from earlier in the line (`d=~; rm -rf "$d"`) is
            // judged as that value; one that cannot be known is unverifiable.
            if a.dynamic() && !a.word.tilde && !Self::home_based(&a.word.raw) {
                let known = self.arg_paths(&a);
                if !known.is_empty() {
                    for k in known {
                        let glob = k.contains(['*', '?', '[']);
                        self.removal_target(&k, &k, glob, recursive, text);
                    }
                    continue;
                }
                let before = self.out.findings.len();
                self.removal_target(a.v(), &a.word.raw, a.word.glob, recursive, text);
                // `rm -rf "vendor/${X}"`: whatever X is, the deletion stays in
                // a subdirectory of the project.
                let prefix: String = a
                    .word
                    .raw
                    .split('$')
                    .next()
                    .unwrap_or("")
                    .chars()
                    .filter(|c| *c != '"' && *c != '\'')
                    .collect();
                let confined = prefix.contains('/')
                    && paths::absolute(&prefix, &prefix, false, &self.ctx).is_some_and(|p| {
                        paths::within(&p, &self.ctx.project_dir) && p != self.ctx.project_dir
                    });
                if recursive && !confined && self.out.findings.len() == before {
                    self.find(
                        Unverifiable,
                        Medium,
                        format!(
                            "deletes {}, whose value cannot be known before it runs",
                            a.word.raw
                        ),
                        text,
                    );
                }
                continue;
            }
            self.removal_target(a.v(), &a.word.raw, a.word.glob, recursive, text);
            if a.word.tilde || a.v().contains("_history") {
                if let Some(abs) = paths::absolute(a.v(), &a.word.raw, a.word.tilde, &self.ctx) {
                    if abs.ends_with("_history") {
                        self.find(Obf, Medium, "deletes shell history (hides what ran)", text);
                    }
                }
            }
        }
    }

    /// One path that `rm`, `find -delete` or a `shutil.rmtree` would remove.
    fn removal_target(&mut self, value: &str, raw: &str, glob: bool, recursive: bool, text: &str) {
        let home = self.ctx.home.clone();
        let raw_t = raw.trim_matches('"');
        // `rm -rf "$DIR/"*`: an unset variable makes this `/`.
        if (raw_t.starts_with('$') || raw_t.starts_with("\"$") || raw_t.starts_with("${"))
            && !raw_t.starts_with("$HOME")
            && !raw_t.starts_with("${HOME}")
            && !raw_t.starts_with("$PWD")
            && recursive
        {
            let after = raw_t
                .trim_start_matches("${")
                .trim_start_matches('$')
                .trim_start_matches(|c: char| {
                    c.is_ascii_alphanumeric() || c == '_' || c == '}' || c == '"'
                });
            if after.starts_with('/') && !raw_t.contains(":?") {
                let sev = if after.trim_end_matches(['*', '/', '"']).is_empty() {
                    High
                } else {
                    Medium
                };
                self.find(
                    Destr,
                    sev,
                    format!("deletes {raw}, which becomes a path under / if the variable is unset"),
                    text,
                );
            }
            return;
        }
        let tilde = raw.starts_with('~');
        let Some(abs) = paths::absolute(value, raw, tilde, &self.ctx) else {
            return;
        };
        let trimmed = value.trim_end_matches('/');
        let bare_star = matches!(trimmed, "*" | ".*" | "./*" | "./.*");
        if abs == "/"
            || (glob && paths::normalize(&abs.replace('*', "")) == "/")
            || value.starts_with("/*")
        {
            return self.find(Destr, Critical, "deletes the whole filesystem", text);
        }
        if abs == home
            || (paths::within(&abs, &home)
                && glob
                && paths::normalize(abs.trim_end_matches('*')) == home)
        {
            return self.find(Destr, Critical, "deletes the home directory", text);
        }
        if !recursive && !glob {
            // Single files: only system files matter.
            if paths::is_system_dir(&abs)
                && !paths::within(&abs, &home)
                && !paths::within(&abs, &self.ctx.project_dir)
            {
                self.find(Destr, High, format!("deletes the system file {abs}"), text);
            }
            return;
        }
        let project = self.ctx.project_dir.clone();
        if abs == project || paths::within(&project, &abs) {
            return self.find(
                Destr,
                High,
                format!("deletes the whole project ({value})"),
                text,
            );
        }
        if paths::within(&abs, &project) {
            let rel = abs.get(project.len() + 1..).unwrap_or("");
            if bare_star && rel.is_empty() || rel == "*" {
                return self.find(Destr, High, "deletes everything in the project", text);
            }
            if rel == ".git" || rel.starts_with(".git/") && !rel.starts_with(".git/hooks") {
                return self.find(Destr, High, "deletes the repository history (.git)", text);
            }
            let first_seg = rel.split('/').next().unwrap_or("");
            if glob
                || paths::is_regenerable(rel)
                || paths::is_regenerable(first_seg)
                || rel.contains("/node_modules")
                || rel.contains("/target")
                || rel.contains("/dist")
                || rel.contains("/build")
            {
                return;
            }
            let regenerated = self
                .recreated
                .iter()
                .any(|r| r == &abs || paths::within(r, &abs));
            if recursive && !regenerated {
                self.find(
                    Destr,
                    Medium,
                    format!("recursively deletes {value}, which may hold uncommitted work"),
                    text,
                );
            }
            return;
        }
        if paths::within(&abs, &home) {
            let rel = abs.get(home.len() + 1..).unwrap_or("");
            if rel.starts_with(".cache/")
                || rel.starts_with(".npm/")
                || rel.starts_with(".cargo/registry")
            {
                return;
            }
            let sev = if rel.contains('/') { High } else { Critical };
            let sev = if matches!(rel, ".ssh" | ".gnupg" | ".aws" | ".config") {
                Critical
            } else {
                sev
            };
            return self.find(
                Destr,
                sev,
                format!("deletes {value} in the home directory, outside the project"),
                text,
            );
        }
        // Scratch space only after home: a home directory under /tmp (CI
        // runners, containers) is still a home directory.
        if let Some(tmp) = paths::temp_root(&abs) {
            if abs == tmp || (glob && paths::normalize(abs.trim_end_matches('*')) == tmp) {
                self.find(
                    Destr,
                    Medium,
                    format!("deletes everything under {tmp}"),
                    text,
                );
            }
            return;
        }
        if paths::is_system_dir(&abs) {
            let depth = abs.matches('/').count();
            return self.find(
                Destr,
                if depth <= 2 { Critical } else { High },
                format!("deletes the system path {abs}"),
                text,
            );
        }
        self.find(
            Destr,
            High,
            format!("recursively deletes {abs}, outside the project"),
            text,
        );
    }

    fn git(&mut self, site: Site<'_>, vals: &[&str]) {
        let text = &site.cmd.text;
        let mut i = 0;
        while let Some(v) = vals.get(i) {
            match *v {
                "-c" => {
                    if let Some(kv) = vals.get(i + 1) {
                        self.git_config_pair(site, kv, true);
                    }
                    i += 2;
                }
                "-C" | "--git-dir" | "--work-tree" | "--namespace" | "--exec-path"
                | "--config-env" => i += 2,
                s if s.starts_with('-') => i += 1,
                _ => break,
            }
        }
        let Some(sub) = vals.get(i) else {
            return;
        };
        let args = vals.get(i + 1..).unwrap_or(&[]);
        let has = |f: &str| args.contains(&f);
        match *sub {
            "push" => self.git_push(site, args),
            "reset" if has("--hard") || has("--merge") => self.find(
                Destr,
                Medium,
                "discards uncommitted changes (git reset --hard)",
                text,
            ),
            "clean" => {
                let dry = args.iter().any(|a| {
                    *a == "-n"
                        || *a == "--dry-run"
                        || (a.starts_with('-') && !a.starts_with("--") && a.contains('n'))
                });
                let force = args.iter().any(|a| {
                    *a == "--force"
                        || (a.starts_with('-') && !a.starts_with("--") && a.contains('f'))
                });
                if force && !dry {
                    self.find(
                        Destr,
                        Medium,
                        "deletes untracked files (git clean -f)",
                        text,
                    );
                }
            }
            "checkout" | "restore" => {
                let whole = args
                    .iter()
                    .skip_while(|a| **a != "--")
                    .skip(1)
                    .any(|a| *a == "." || *a == ":/" || *a == "*")
                    || (*sub == "restore"
                        && args.iter().any(|a| *a == "." || *a == ":/")
                        && !has("--staged"))
                    || (*sub == "checkout" && args.first().is_some_and(|a| *a == "."))
                    || (*sub == "checkout" && (has("-f") || has("--force")));
                if whole {
                    self.find(
                        Destr,
                        Medium,
                        "discards every uncommitted change in the tree",
                        text,
                    );
                }
            }
            "stash" if args.first().is_some_and(|a| *a == "drop" || *a == "clear") => self.find(
                Destr,
                Medium,
                "deletes stashed work (git stash drop/clear)",
                text,
            ),
            "filter-branch" | "filter-repo" => {
                self.find(Destr, Medium, "rewrites the repository history", text)
            }
            "reflog" if has("expire") || args.first().is_some_and(|a| *a == "expire") => self.find(
                Destr,
                Medium,
                "expires the reflog (makes lost commits unrecoverable)",
                text,
            ),
            "config" => self.git_config(site, args),
            "rebase" if !has("--no-verify") => {
                if let Some(p) = args.iter().position(|a| *a == "--exec" || *a == "-x") {
                    if let Some(cmdline) = args.get(p + 1) {
                        self.script(cmdline, site.depth + 1);
                    }
                }
                for a in args {
                    if let Some(c) = a.strip_prefix("--exec=") {
                        self.script(c, site.depth + 1);
                    }
                }
            }
            "bisect" if args.first().is_some_and(|a| *a == "run") => {
                let joined = args.get(1..).unwrap_or(&[]).join(" ");
                self.script(&joined, site.depth + 1);
            }
            "submodule" if args.first().is_some_and(|a| *a == "foreach") => {
                let body: Vec<&str> = args
                    .iter()
                    .skip(1)
                    .filter(|a| !a.starts_with("--"))
                    .copied()
                    .collect();
                self.script(&body.join(" "), site.depth + 1);
            }
            "credential" | "credential-store" | "credential-cache"
                if args.iter().any(|a| matches!(*a, "fill" | "get")) =>
            {
                self.find(
                    Cred,
                    Critical,
                    "asks git's credential helper for a stored password",
                    text,
                )
            }
            "remote" if args.first().is_some_and(|a| *a == "add" || *a == "set-url") => {
                if let Some(n) = args.get(1) {
                    self.new_remotes.push((*n).to_owned());
                }
            }
            "commit" | "merge" | "am" | "cherry-pick" | "revert" | "rebase"
                if has("--no-verify") || (*sub == "commit" && has("-n")) =>
            {
                self.find(
                    Obf,
                    Medium,
                    "skips the repository's git hooks (--no-verify)",
                    text,
                )
            }
            "fetch" | "pull" | "clone" | "ls-remote" => self.out.effects.untrusted_input = true,
            "show" | "log" | "diff" | "grep" | "cat-file" => {
                for a in args {
                    if let Some((_, p)) = a.split_once(':') {
                        if let Some((sev, what)) = paths::credential(p) {
                            self.find(Cred, sev, format!("reads {what} from git history"), text);
                        }
                    }
                }
            }
            _ => {}
        }
        if *sub == "push" && has("--no-verify") {
            self.find(
                Obf,
                Medium,
                "skips the repository's git hooks (--no-verify)",
                text,
            );
        }
    }

    fn git_push(&mut self, site: Site<'_>, args: &[&str]) {
        let text = &site.cmd.text;
        self.out.effects.egress = true;
        let mut force = false;
        let mut delete = false;
        let mut mirror = false;
        let mut positional = Vec::new();
        for a in args {
            match *a {
                "-f" | "--force" => force = true,
                "-d" | "--delete" => delete = true,
                "--mirror" | "--all" if *a == "--mirror" => mirror = true,
                s if s.starts_with("--force-with-lease")
                    || s.starts_with("--force-if-includes") => {}
                s if s.starts_with("--") => {}
                s if s.starts_with('-') && !s.starts_with("--") => {
                    force |= s.contains('f');
                    delete |= s.contains('d');
                }
                s => positional.push(s),
            }
        }
        if mirror {
            self.find(
                Destr,
                High,
                "mirror-pushes, overwriting and deleting every remote branch",
                text,
            );
        }
        let remote = positional.first().copied();
        if let Some(r) = remote {
            if r.contains("://") || r.contains('@') || (r.contains(':') && r.contains('/')) {
                let host = net::host_of(r).unwrap_or(r);
                if net::classify(host) != HostClass::Local {
                    self.find(
                        Exfil,
                        High,
                        format!("pushes the repository to {r}, not to its own remote"),
                        text,
                    );
                }
            } else if self.new_remotes.iter().any(|n| n == r) {
                self.find(
                    Exfil,
                    High,
                    format!("pushes to {r}, a remote it just added"),
                    text,
                );
            }
        }
        let refs = positional.get(1..).unwrap_or(&[]);
        if refs.is_empty() {
            if force {
                self.find(Destr, Medium, "force-pushes without naming a branch", text);
            }
            return;
        }
        for r in refs {
            let plus = r.starts_with('+');
            let colon_delete = r.starts_with(':');
            let target = r.trim_start_matches('+').rsplit(':').next().unwrap_or(r);
            let target = target.trim_start_matches("refs/heads/");
            let protected = is_protected_branch(target);
            if (force || plus) && protected {
                self.find(
                    Destr,
                    High,
                    format!("force-pushes over the protected branch {target}"),
                    text,
                );
            } else if (delete || colon_delete) && protected {
                self.find(
                    Destr,
                    High,
                    format!("deletes the protected branch {target} on the remote"),
                    text,
                );
            }
        }
    }

    fn git_config(&mut self, site: Site<'_>, args: &[&str]) {
        let read_only = args.iter().any(|a| {
            matches!(
                *a,
                "--get" | "--get-all" | "--list" | "-l" | "--get-regexp" | "--show-origin"
            )
        });
        if read_only {
            return;
        }
        let positional: Vec<&str> = args
            .iter()
            .copied()
            .filter(|a| !a.starts_with('-'))
            .collect();
        if let [key, value, ..] = positional.as_slice() {
            self.git_config_pair(site, &format!("{key}={value}"), false);
        }
        if args.iter().any(|a| matches!(*a, "--global" | "--system")) {
            self.out.effects.trust_change = true;
        }
    }

    /// `key=value` given to `git -c` (`one_shot`) or written by `git config`.
    fn git_config_pair(&mut self, site: Site<'_>, kv: &str, one_shot: bool) {
        let text = &site.cmd.text;
        let (key, value) = kv.split_once('=').unwrap_or((kv, ""));
        let k = key.to_ascii_lowercase();
        let runs = matches!(
            k.as_str(),
            "core.pager"
                | "core.sshcommand"
                | "core.editor"
                | "core.fsmonitor"
                | "core.askpass"
                | "diff.external"
                | "sequence.editor"
                | "pager.log"
                | "pager.diff"
                | "gpg.program"
                | "credential.helper"
                | "core.hookspath"
                | "uploadpack.packobjectshook"
        ) || (k.starts_with("alias.") && value.starts_with('!'))
            || (k.starts_with("filter.")
                && (k.ends_with(".clean") || k.ends_with(".smudge") || k.ends_with(".process")))
            || k.starts_with("pager.");
        let redirects =
            k.starts_with("url.") && (k.ends_with(".insteadof") || k.ends_with(".pushinsteadof"));
        if one_shot {
            if runs && !value.is_empty() && k != "core.hookspath" {
                // Judged by what the value runs: `core.pager=cat` is fine,
                // `core.pager='sh -c ...'` is not (the same reading as the
                // knowledge table's git row, so the reasons coincide).
                let cmd = value.trim_start_matches('!');
                self.run_value(site, "git", key, cmd, agentgate_commands::Lang::Shell);
            }
            if k == "core.hookspath" {
                self.find(
                    Obf,
                    Medium,
                    "points git at other hooks for this command",
                    text,
                );
            }
            return;
        }
        if runs
            || redirects
            || k == "include.path"
            || k == "includeif"
            || k.starts_with("protocol.")
        {
            self.find(
                SelfEsc,
                High,
                format!("sets git's {key}, which makes git run or fetch something else later"),
                text,
            );
            if runs && !value.is_empty() && k != "core.hookspath" && k != "credential.helper" {
                self.script(value.trim_start_matches('!'), site.depth + 1);
            }
        }
    }

    fn gh(&mut self, site: Site<'_>, vals: &[&str]) {
        let text = &site.cmd.text;
        let sub = vals.first().copied().unwrap_or("");
        let action = vals.get(1).copied().unwrap_or("");
        match (sub, action) {
            ("auth", "token") => self.find(Cred, Critical, "prints the GitHub CLI token", text),
            ("auth", "status") if vals.iter().any(|v| *v == "-t" || *v == "--show-token") => {
                self.find(Cred, High, "prints the GitHub CLI token", text)
            }
            ("repo", "delete") => self.find(Destr, Critical, "deletes a GitHub repository", text),
            ("gist", "create") | ("gist", "edit") => {
                self.out.effects.egress = true;
                let public = vals.iter().any(|v| *v == "--public" || *v == "-p");
                let secret_file = vals.iter().any(|v| paths::credential(v).is_some());
                if secret_file {
                    self.find(
                        Exfil,
                        Critical,
                        "publishes a secret file as a GitHub gist",
                        text,
                    );
                } else {
                    self.find(
                        Exfil,
                        if public { High } else { Medium },
                        "uploads local content to a GitHub gist",
                        text,
                    );
                }
            }
            ("issue", "comment")
            | ("pr", "comment")
            | ("issue", "create")
            | ("pr", "create")
            | ("pr", "review")
            | ("issue", "edit")
            | ("pr", "edit")
            | ("release", "create")
            | ("release", "upload") => {
                self.out.effects.egress = true;
                let carries_secret = vals
                    .iter()
                    .any(|v| paths::credential(v).is_some() || secret_var(v).is_some())
                    || site.cmd.argv.iter().any(|w| {
                        w.has_command_substitution
                            && children(site).iter().any(|c| {
                                c.argv
                                    .iter()
                                    .any(|a| paths::credential(a.value_or_raw()).is_some())
                            })
                    });
                if carries_secret {
                    self.find(Exfil, Critical, "posts secrets to GitHub", text);
                }
            }
            ("api", _) => {
                self.out.effects.egress = true;
                self.out.effects.untrusted_input = true;
                if vals.iter().any(|v| {
                    v.contains("=@")
                        && paths::credential(v.split("=@").nth(1).unwrap_or("")).is_some()
                }) {
                    self.find(
                        Exfil,
                        Critical,
                        "sends a secret file to the GitHub API",
                        text,
                    );
                }
            }
            ("secret", "list") | ("secret", "set") => {}
            ("pr", "view")
            | ("issue", "view")
            | ("pr", "diff")
            | ("pr", "list")
            | ("issue", "list")
            | ("run", "view")
            | ("pr", "checks")
            | ("repo", "view")
            | ("search", _)
            | ("release", "view") => {
                self.out.effects.untrusted_input = true;
            }
            ("extension", "install") => {
                self.out.effects.trust_change = true;
                self.find(
                    Rce,
                    Medium,
                    "installs a GitHub CLI extension (third-party code)",
                    text,
                );
            }
            _ => {
                if !matches!(
                    sub,
                    "help" | "completion" | "--version" | "version" | "" | "status"
                ) {
                    self.out.effects.egress = true;
                }
            }
        }
    }

    fn fetcher(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        let text = &site.cmd.text;
        let urls: Vec<&str> = url_args(vals);
        let hosts: Vec<HostClass> = urls
            .iter()
            .filter_map(|u| net::host_of(u))
            .map(net::classify)
            .collect();
        let all_local = !hosts.is_empty() && hosts.iter().all(|h| *h == HostClass::Local);
        if hosts.contains(&HostClass::Metadata) {
            let creds = urls.iter().any(|u| {
                let l = u.to_ascii_lowercase();
                l.contains("credential")
                    || l.contains("token")
                    || l.contains("identity")
                    || l.contains("secret")
            });
            self.find(
                Cred,
                if creds { Critical } else { High },
                "queries the cloud metadata service, which hands out instance credentials",
                text,
            );
        }
        if !all_local {
            self.out.effects.egress = true;
        }
        // Where the body goes.
        let mut data_from: Vec<String> = Vec::new();
        let mut uploads = false;
        let mut output_file: Option<&str> = None;
        let mut i = 0;
        while i < vals.len() {
            let v = vals[i];
            let next = vals.get(i + 1).copied();
            let (flag, inline) = match v.split_once('=') {
                Some((f, val)) if f.starts_with("--") => (f, Some(val)),
                _ => (v, None),
            };
            // Combined short flags (`-sSLo FILE`): the last one takes the value.
            let combined;
            let flag = if flag.len() > 2
                && flag.starts_with('-')
                && !flag.starts_with("--")
                && flag[1..].chars().all(|c| c.is_ascii_alphabetic())
            {
                combined = format!("-{}", &flag[flag.len() - 1..]);
                combined.as_str()
            } else {
                flag
            };
            let val = inline.or(next);
            match flag {
                "-d" | "--data" | "--data-binary" | "--data-raw" | "--data-ascii"
                | "--data-urlencode" | "--json" | "-F" | "--form" | "--form-string"
                | "--post-data" | "--body-data" => {
                    uploads = true;
                    if let Some(d) = val {
                        data_from.push(d.to_owned());
                    }
                    if inline.is_none() {
                        i += 1;
                    }
                }
                "-T" | "--upload-file" | "--post-file" | "--body-file" => {
                    uploads = true;
                    if let Some(d) = val {
                        data_from.push(format!("@{d}"));
                    }
                    if inline.is_none() {
                        i += 1;
                    }
                }
                "-o" | "--output" | "-O" | "--output-document"
                    if name == "wget" || flag != "-O" =>
                {
                    output_file = val;
                    if inline.is_none() {
                        i += 1;
                    }
                }
                "-H" | "--header" | "-u" | "--user" | "-e" | "--referer" | "-A"
                | "--user-agent" | "-b" | "--cookie" => {
                    if let Some(h) = val {
                        if h.contains("$(") || h.contains('`') {
                            data_from.push(h.to_owned());
                            uploads = true;
                        } else if let Some(var) = secret_var(h) {
                            let auth = h.to_ascii_lowercase().starts_with("authorization")
                                || flag == "-u"
                                || flag == "--user";
                            if !auth && !all_local {
                                self.find(
                                    Exfil,
                                    High,
                                    format!("sends ${var} in a request header"),
                                    text,
                                );
                            }
                        }
                    }
                    if inline.is_none() {
                        i += 1;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        if name == "curl"
            && output_file.is_none()
            && vals.iter().any(|v| {
                *v == "-O"
                    || *v == "--remote-name"
                    || (v.starts_with('-') && !v.starts_with("--") && v.contains('O'))
            })
        {
            if let Some(u) = urls.first() {
                output_file = Some(u.rsplit('/').next().unwrap_or(u));
            }
        }
        if name == "wget"
            && output_file.is_none()
            && !vals.iter().any(|v| *v == "-qO-" || *v == "-O-")
        {
            if let Some(u) = urls.first() {
                output_file = Some(u.rsplit('/').next().unwrap_or(u));
            }
        }
        if let Some(out) = output_file {
            if out != "-" && out != "/dev/stdout" {
                self.downloaded.push(out.to_owned());
                if let Some((sev, what)) = paths::trust_target(out, &self.ctx) {
                    self.find(SelfEsc, sev, format!("downloads over {what}"), text);
                }
            }
        } else if !all_local {
            self.out.effects.untrusted_input = true;
        }
        // Data in the URL itself.
        for u in &urls {
            if (u.contains("$(") || u.contains('`') || secret_var(u).is_some()) && !all_local {
                self.find(
                    Exfil,
                    High,
                    "puts command output or a secret into a URL",
                    text,
                );
            }
        }
        if !uploads || all_local {
            if self.proxy_bypass && !all_local {
                self.find(
                    Exfil,
                    High,
                    "bypasses the egress proxy and then reaches the network",
                    text,
                );
            }
            if vals.contains(&"--noproxy") && !all_local {
                self.find(Exfil, Medium, "bypasses the egress proxy (--noproxy)", text);
            }
            return;
        }
        let host_sev = if hosts.contains(&HostClass::Suspicious) {
            Critical
        } else {
            High
        };
        for d in &data_from {
            // `@file`, and curl's form fields `name=@file` / `name=<file`.
            let file = d
                .strip_prefix('@')
                .or_else(|| d.split_once("=@").map(|(_, f)| f))
                .or_else(|| d.split_once("=<").map(|(_, f)| f))
                .map(|f| f.trim_start_matches('<').split(';').next().unwrap_or(f));
            let from_secret = file.is_some_and(|f| paths::credential(f).is_some())
                || d.contains("env")
                || paths::tokens(d).any(|t| paths::credential(t).is_some())
                || secret_var(d).is_some();
            if from_secret {
                self.find(
                    Exfil,
                    Critical,
                    "uploads secrets or the environment to the network",
                    text,
                );
            } else if file.is_some() && file != Some("-") {
                self.find(
                    Exfil,
                    host_sev,
                    format!(
                        "uploads the local file {} to the network",
                        file.unwrap_or("")
                    ),
                    text,
                );
            } else if file == Some("-") && site.cmd.pipeline.index > 0 {
                self.find(
                    Exfil,
                    host_sev,
                    "uploads the output of another command to the network",
                    text,
                );
            } else if d.contains("$(") || d.contains('`') || d.contains('$') {
                self.find(
                    Exfil,
                    host_sev,
                    "uploads command output or variables to the network",
                    text,
                );
            }
        }
        if data_from.is_empty() && uploads && site.cmd.pipeline.index > 0 {
            self.find(Exfil, host_sev, "uploads piped data to the network", text);
        }
    }

    fn netcat(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        let text = &site.cmd.text;
        let exec = vals.iter().any(|v| {
            let l = v.to_ascii_lowercase();
            matches!(*v, "-e" | "-c" | "--exec" | "--sh-exec" | "--lua-exec")
                || l.starts_with("exec:")
                || l.contains(",exec:")
                || l.contains("system:")
        });
        let listen = vals.iter().any(|v| {
            *v == "-l"
                || (v.starts_with('-') && !v.starts_with("--") && v.contains('l'))
                || v.starts_with("TCP-LISTEN")
                || v.starts_with("tcp-listen")
        });
        let hosts: Vec<HostClass> = vals
            .iter()
            .filter(|v| {
                !v.starts_with('-')
                    && (net::looks_like_url(v) || net::is_ipv4(v) || v.contains(':'))
            })
            .filter_map(|v| {
                let v = v
                    .trim_start_matches("TCP:")
                    .trim_start_matches("tcp:")
                    .trim_start_matches("TCP4:");
                net::host_of(v)
            })
            .map(net::classify)
            .collect();
        let local_only = !hosts.is_empty() && hosts.iter().all(|h| *h == HostClass::Local);
        if exec {
            return self.find(
                Exfil,
                Critical,
                format!("{name} hands a shell to a network peer (reverse or bind shell)"),
                text,
            );
        }
        if listen {
            self.out.effects.egress = true;
            return self.find(
                Exfil,
                High,
                format!("{name} listens for connections, exposing this machine"),
                text,
            );
        }
        if local_only {
            return;
        }
        self.out.effects.egress = true;
        let sev = if site.cmd.pipeline.index > 0
            || site
                .cmd
                .redirects
                .iter()
                .any(|r| r.kind == RedirectKind::Read)
        {
            Critical
        } else {
            High
        };
        self.find(
            Exfil,
            sev,
            format!("{name} opens a raw connection to a remote host"),
            text,
        );
    }

    fn remote_copy(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        let text = &site.cmd.text;
        // Shell commands hidden in options.
        for (i, v) in vals.iter().enumerate() {
            let opt_cmd = match *v {
                "-e" | "--rsh" if name == "rsync" => vals.get(i + 1).copied(),
                "-o" => vals.get(i + 1).and_then(|o| {
                    o.strip_prefix("ProxyCommand=")
                        .or_else(|| o.strip_prefix("ProxyCommand "))
                        .or_else(|| o.strip_prefix("LocalCommand="))
                }),
                s if s.starts_with("--rsh=") => s.strip_prefix("--rsh="),
                s if s.starts_with("-oProxyCommand=") => s.strip_prefix("-oProxyCommand="),
                _ => None,
            };
            if let Some(c) = opt_cmd {
                let base = c
                    .split_whitespace()
                    .next()
                    .map(paths::basename)
                    .unwrap_or("");
                if base != "ssh" || c.contains("sh -c") {
                    self.find(
                        Obf,
                        Medium,
                        format!("runs a local shell command through {name}'s options"),
                        text,
                    );
                    self.script(c, site.depth + 1);
                }
            }
        }
        let operands: Vec<&str> = vals
            .iter()
            .copied()
            .filter(|v| !v.starts_with('-'))
            .collect();
        let remote = |s: &str| {
            if s.contains("://") {
                return true;
            }
            match s.split_once(':') {
                Some((h, _)) => !h.is_empty() && !h.contains('/'),
                None => false,
            }
        };
        match name {
            "ssh" => {
                self.out.effects.egress = true;
                // `tar cz ~ | ssh host 'cat > x'`: what is piped in is sent.
                let host = operands.first().map(|h| h.rsplit('@').next().unwrap_or(h));
                if site.cmd.pipeline.index > 0
                    && host.is_some_and(|h| net::classify(h) != HostClass::Local)
                {
                    self.find(
                        Exfil,
                        High,
                        "sends piped local data to a remote host over ssh",
                        text,
                    );
                }
                if vals.iter().any(|v| *v == "-R" || v.starts_with("-R")) {
                    self.find(
                        Exfil,
                        High,
                        "opens a reverse SSH tunnel, exposing this machine",
                        text,
                    );
                }
            }
            "scp" | "rsync" | "sftp" | "rclone" | "smbclient" => {
                self.out.effects.egress = true;
                if let Some(dest) = operands.last() {
                    let sources = &operands[..operands.len().saturating_sub(1)];
                    if remote(dest) && !sources.iter().all(|s| remote(s)) && name != "sftp" {
                        let host = net::host_of(dest).unwrap_or(dest);
                        if net::classify(host) != HostClass::Local {
                            let secret = sources.iter().any(|s| paths::credential(s).is_some());
                            self.find(
                                Exfil,
                                if secret || net::classify(host) == HostClass::Suspicious {
                                    Critical
                                } else {
                                    High
                                },
                                format!("copies local files to {host}"),
                                text,
                            );
                        }
                    }
                    if !remote(dest) {
                        if let Some((sev, what)) = paths::trust_target(dest, &self.ctx) {
                            self.find(SelfEsc, sev, format!("downloads over {what}"), text);
                        }
                    }
                }
                if name == "rclone"
                    && matches!(
                        operands.first().copied(),
                        Some("copy" | "sync" | "move" | "copyto")
                    )
                {
                    self.find(Exfil, High, "copies local files to a cloud remote", text);
                }
            }
            "ftp" | "tftp" | "lftp" => {
                self.out.effects.egress = true;
                let host = operands.first().copied().unwrap_or("");
                if net::classify(host) != HostClass::Local {
                    let sev = if net::classify(host) == HostClass::Suspicious {
                        Critical
                    } else {
                        High
                    };
                    self.find(
                        Exfil,
                        sev,
                        format!("opens a {name} session to {host}, which can upload files"),
                        text,
                    );
                }
            }
            _ => {}
        }
    }

    fn dns(&mut self, site: Site<'_>, name: &str, rest: &[Arg<'_>], vals: &[&str]) {
        let text = &site.cmd.text;
        self.out.effects.egress = true;
        let dynamic_host = rest.iter().any(|a| {
            !a.v().starts_with('-')
                && (a.word.has_command_substitution || a.word.has_parameter_expansion)
        });
        if dynamic_host {
            return self.find(Exfil, High, format!("{name} looks up a name built from command output or variables (DNS exfiltration)"), text);
        }
        if (name == "ping" || name == "ping6") && vals.contains(&"-p") {
            return self.find(
                Exfil,
                High,
                "ping carries a data pattern (ICMP exfiltration)",
                text,
            );
        }
        if name == "whois" && vals.contains(&"-h") {
            let host = vals
                .iter()
                .skip_while(|v| **v != "-h")
                .nth(1)
                .copied()
                .unwrap_or("");
            if !host.contains("whois.") {
                return self.find(
                    Exfil,
                    High,
                    format!("sends data to the non-whois server {host}"),
                    text,
                );
            }
        }
        if name == "getent" {
            self.out.effects.egress = false;
        }
    }

    fn dd(&mut self, site: Site<'_>, vals: &[&str]) {
        let text = &site.cmd.text;
        for v in vals {
            if let Some(of) = v.strip_prefix("of=") {
                if let Some(dev) = of.strip_prefix("/dev/") {
                    if is_disk_device(dev) {
                        self.find(
                            Destr,
                            Critical,
                            format!("overwrites the disk device {of}"),
                            text,
                        );
                    }
                } else if let Some((sev, what)) = paths::trust_target(of, &self.ctx) {
                    self.find(SelfEsc, sev, format!("writes to {what}"), text);
                }
            }
            if let Some(inp) = v.strip_prefix("if=") {
                if let Some((sev, what)) = paths::credential(inp) {
                    self.find(Cred, sev, format!("reads {what}"), text);
                }
            }
        }
    }

    fn shred(&mut self, site: Site<'_>, rest: &[Arg<'_>], vals: &[&str]) {
        let text = &site.cmd.text;
        for (a, v) in rest.iter().zip(vals) {
            if v.starts_with('-') {
                continue;
            }
            if let Some(dev) = v.strip_prefix("/dev/") {
                if is_disk_device(dev) {
                    self.find(Destr, Critical, format!("wipes the disk device {v}"), text);
                }
                continue;
            }
            if v.contains("_history") {
                self.find(Obf, Medium, "destroys shell history (hides what ran)", text);
                continue;
            }
            let abs = paths::absolute(v, &a.word.raw, a.word.tilde, &self.ctx).unwrap_or_default();
            let sev = if paths::within(&abs, &self.ctx.project_dir) {
                Medium
            } else {
                High
            };
            self.find(Destr, sev, format!("irrecoverably destroys {v}"), text);
        }
    }

    fn chmod(&mut self, site: Site<'_>, name: &str, rest: &[Arg<'_>], vals: &[&str]) {
        let text = &site.cmd.text;
        let recursive = vals.iter().any(|v| *v == "-R" || *v == "--recursive");
        let mode = vals
            .iter()
            .find(|v| !v.starts_with('-'))
            .copied()
            .unwrap_or("");
        if name == "chmod" {
            let setuid = mode.contains("+s")
                || mode.contains("u+s")
                || mode.contains("g+s")
                || (mode.len() == 4
                    && mode.bytes().all(|b| b.is_ascii_digit())
                    && matches!(mode.as_bytes().first(), Some(b'2' | b'4' | b'6')));
            if setuid {
                self.find(
                    SelfEsc,
                    Critical,
                    "sets the setuid/setgid bit (runs as another user)",
                    text,
                );
            }
        }
        let targets: Vec<&Arg<'_>> = rest
            .iter()
            .filter(|a| !a.v().starts_with('-'))
            .skip(1)
            .collect();
        for a in targets {
            let Some(abs) = paths::absolute(a.v(), &a.word.raw, a.word.tilde, &self.ctx) else {
                continue;
            };
            let wide = abs == "/"
                || abs == self.ctx.home
                || (paths::is_system_dir(&abs) && abs.matches('/').count() <= 2);
            if wide && (recursive || abs == "/") {
                self.find(
                    Destr,
                    Critical,
                    format!("recursively changes ownership or permissions of {abs}"),
                    text,
                );
            } else if recursive && paths::is_system_dir(&abs) {
                self.find(
                    Destr,
                    High,
                    format!("recursively changes permissions of the system path {abs}"),
                    text,
                );
            } else if name == "chmod"
                && mode.contains("777")
                && (paths::is_system_dir(&abs) || abs == self.ctx.home)
            {
                self.find(
                    Destr,
                    High,
                    format!("makes {abs} writable by everyone"),
                    text,
                );
            }
        }
    }

    fn crontab(&mut self, site: Site<'_>, vals: &[&str]) {
        let text = &site.cmd.text;
        if vals.contains(&"-l") {
            return;
        }
        if vals.contains(&"-r") {
            return self.find(Destr, High, "deletes the user's crontab", text);
        }
        self.find(
            SelfEsc,
            Critical,
            "installs a crontab (runs commands on a schedule)",
            text,
        );
    }

    fn at(&mut self, site: Site<'_>) {
        self.find(
            SelfEsc,
            High,
            "schedules a command with at (runs later, outside the session)",
            &site.cmd.text,
        );
        self.stdin_program(site, "at", true);
    }

    fn systemctl(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        let text = &site.cmd.text;
        let action = vals
            .iter()
            .find(|v| !v.starts_with('-'))
            .copied()
            .unwrap_or("");
        match (name, action) {
            ("systemctl", "poweroff" | "reboot" | "halt" | "kexec" | "suspend" | "hibernate") => {
                self.find(Destr, High, "takes the machine down", text)
            }
            ("systemctl", "enable" | "link" | "daemon-reload" | "edit" | "set-property") => self
                .find(
                    SelfEsc,
                    High,
                    "installs or enables a service (persists after the session)",
                    text,
                ),
            ("systemctl", "stop" | "disable" | "mask" | "kill") => {
                self.find(Destr, Medium, "stops or disables a system service", text)
            }
            ("launchctl", "load" | "bootstrap" | "enable" | "submit") => self.find(
                SelfEsc,
                High,
                "loads a launchd job (persists after the session)",
                text,
            ),
            _ => {}
        }
    }

    fn kill(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
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
        if guard::signals_agentgate(text) {
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
        if name == "killall"
            && vals.iter().any(|v| matches!(*v, "-9" | "-KILL"))
            && vals.len() <= 2
            && vals
                .iter()
                .any(|v| matches!(*v, "sshd" | "systemd" | "init" | "dockerd"))
        {
            self.find(Destr, High, "kills a system service", text);
        }
    }

    fn export(&mut self, site: Site<'_>, vals: &[&str]) {
        let text = &site.cmd.text;
        if vals.is_empty()
            || vals
                .iter()
                .all(|v| matches!(*v, "-p" | "-x" | "-px" | "-xp"))
        {
            return self.find(
                Cred,
                Medium,
                "prints every exported variable (may include secrets)",
                text,
            );
        }
        for v in vals {
            if let Some((k, val)) = v.split_once('=') {
                self.assignment(k, &Word::plain(val), site.cmd, site.depth);
            }
        }
    }

    fn env_dump(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        let text = &site.cmd.text;
        let operands: Vec<&&str> = vals.iter().filter(|v| !v.starts_with('-')).collect();
        if operands.is_empty() {
            self.out.effects.secret_access = true;
            return self.find(
                Cred,
                Medium,
                format!("{name} prints the whole environment (tokens and keys)"),
                text,
            );
        }
        if name == "printenv" && operands.iter().any(|v| is_secret_name(v)) {
            self.find(Cred, High, "prints a secret environment variable", text);
        }
    }

    fn ps(&mut self, site: Site<'_>, vals: &[&str]) {
        // BSD-style `ps e` / `ps auxe` shows each process's environment.
        if vals.iter().any(|v| {
            !v.starts_with('-')
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

    fn alias(&mut self, site: Site<'_>, vals: &[&str]) {
        for v in vals {
            if let Some((name, body)) = v.split_once('=') {
                let common = matches!(
                    name,
                    "ls" | "cd"
                        | "cat"
                        | "git"
                        | "sudo"
                        | "echo"
                        | "grep"
                        | "cp"
                        | "mv"
                        | "rm"
                        | "npm"
                        | "python"
                        | "curl"
                        | "ssh"
                        | "make"
                        | "cargo"
                        | "pwd"
                );
                if common {
                    self.find(
                        Obf,
                        Medium,
                        format!("redefines the command {name} with an alias"),
                        &site.cmd.text,
                    );
                }
                self.script(body, site.depth + 1);
            }
        }
    }

    /// Cloud, package, container and database tools.
    fn tools(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        let text = &site.cmd.text;
        let sub = vals
            .iter()
            .find(|v| !v.starts_with('-'))
            .copied()
            .unwrap_or("");
        let has = |f: &str| vals.contains(&f);
        let joined = vals.join(" ").to_ascii_lowercase();
        match name {
            "security"
                if (sub.starts_with("dump-keychain")
                    || sub.starts_with("find-") && (has("-w") || has("-g"))
                    || sub == "export") =>
            {
                self.find(
                    Cred,
                    Critical,
                    "reads secrets from the macOS keychain",
                    text,
                );
            }
            "secret-tool" if matches!(sub, "lookup" | "search") => {
                self.find(Cred, High, "reads a secret from the keyring", text)
            }
            "op" if matches!(sub, "read" | "inject" | "run")
                || (sub == "item"
                    && (joined.contains("item get") || joined.contains("--reveal"))) =>
            {
                self.find(Cred, High, "reads a secret from 1Password", text)
            }
            "vault" if matches!(sub, "read" | "kv") && !joined.contains(" put") => {
                self.find(Cred, High, "reads a secret from Vault", text)
            }
            "pass" | "gopass" if sub != "ls" && sub != "init" && !sub.is_empty() => {
                self.find(Cred, High, "reads a password from the password store", text)
            }
            "bw" | "lpass" | "keyring" if joined.contains("get") || joined.contains("show") => {
                self.find(Cred, High, "reads a secret from a password manager", text)
            }
            "gcloud" => {
                self.out.effects.egress = true;
                if joined.contains("print-access-token") || joined.contains("print-identity-token")
                {
                    self.find(Cred, High, "prints a Google Cloud access token", text);
                }
                if joined.contains("projects delete") {
                    self.find(Destr, Critical, "deletes a Google Cloud project", text);
                }
                if joined.contains(" delete") && !joined.contains("projects delete") {
                    self.find(Destr, Medium, "deletes cloud resources", text);
                }
            }
            "aws" => {
                self.out.effects.egress = true;
                if joined.contains("configure get") && joined.contains("secret")
                    || joined.contains("export-credentials")
                    || joined.contains("get-session-token")
                    || joined.contains("secretsmanager get-secret-value")
                    || joined.contains("ssm get-parameter") && joined.contains("--with-decryption")
                {
                    self.find(Cred, High, "prints AWS credentials or secrets", text);
                }
                if joined.starts_with("s3 rb")
                    || joined.starts_with("s3 rm") && joined.contains("--recursive")
                    || joined.contains("terminate-instances")
                    || joined.contains("delete-db")
                    || joined.contains("delete-bucket")
                    || joined.contains("delete-stack")
                {
                    self.find(Destr, High, "deletes cloud resources", text);
                }
                if joined.starts_with("s3 cp")
                    || joined.starts_with("s3 sync")
                    || joined.starts_with("s3 mv")
                {
                    let ops: Vec<&str> = vals
                        .iter()
                        .copied()
                        .filter(|v| !v.starts_with('-'))
                        .collect();
                    if ops.last().is_some_and(|d| d.starts_with("s3://"))
                        && ops.get(2).is_some_and(|s| !s.starts_with("s3://"))
                    {
                        self.find(Exfil, High, "uploads local files to S3", text);
                    }
                }
            }
            "az" => {
                self.out.effects.egress = true;
                if joined.contains("get-access-token") {
                    self.find(Cred, High, "prints an Azure access token", text);
                }
                if joined.contains("group delete") {
                    self.find(Destr, Critical, "deletes an Azure resource group", text);
                }
            }
            "kubectl" => {
                if (sub == "get" || sub == "describe") && (joined.contains("secret")) {
                    self.find(Cred, High, "reads Kubernetes secrets", text);
                }
                if sub == "delete"
                    && (joined.contains("namespace")
                        || joined.contains(" ns ")
                        || joined.ends_with(" ns")
                        || has("--all")
                        || has("-A")
                        || has("--all-namespaces"))
                {
                    self.find(
                        Destr,
                        High,
                        "deletes a Kubernetes namespace or everything in it",
                        text,
                    );
                }
                if sub == "exec" || sub == "cp" {
                    self.out.effects.egress = true;
                }
            }
            "helm" if matches!(sub, "uninstall" | "delete" | "del" | "un") => {
                self.find(Destr, High, "uninstalls a Helm release", text)
            }
            "terraform" | "tofu" | "pulumi" | "cdk" => {
                if sub == "destroy"
                    || joined.contains("-destroy")
                    || (sub == "apply"
                        && joined.contains("-auto-approve")
                        && joined.contains("destroy"))
                {
                    self.find(Destr, High, format!("{name} destroys infrastructure"), text);
                }
                if joined.contains("state rm") || joined.contains("state push") {
                    self.find(Destr, Medium, "rewrites infrastructure state", text);
                }
            }
            "heroku" if joined.contains("auth:token") => {
                self.find(Cred, High, "prints the Heroku token", text)
            }
            "docker" | "podman" => self.docker(site, vals),
            "npm" | "pnpm" | "yarn" => {
                if matches!(
                    sub,
                    "install" | "i" | "add" | "ci" | "update" | "exec" | "dlx" | "x"
                ) {
                    self.out.effects.trust_change = true;
                }
                if matches!(sub, "config" | "set")
                    && (joined.contains("set registry")
                        || joined.contains("ignore-scripts false")
                        || joined.contains("set //")
                        || joined.contains("registry "))
                    && !joined.contains("config get")
                {
                    self.find(
                        SelfEsc,
                        High,
                        "changes the package registry or script policy persistently",
                        text,
                    );
                }
                if matches!(sub, "install" | "i" | "add") {
                    for v in vals.iter().filter(|v| !v.starts_with('-')).skip(1) {
                        if v.contains("://")
                            || v.starts_with("git+")
                            || v.starts_with("github:")
                            || v.ends_with(".tgz")
                        {
                            self.find(
                                Rce,
                                High,
                                format!("installs a package from {v}, outside the registry"),
                                text,
                            );
                        }
                    }
                    if let Some(r) = vals.iter().position(|v| *v == "--registry") {
                        if vals.get(r + 1).is_some_and(|h| {
                            net::host_of(h).is_some_and(|h| net::classify(h) != HostClass::Known)
                        }) {
                            self.find(Rce, High, "installs from an untrusted registry", text);
                        }
                    }
                }
                if matches!(sub, "exec" | "dlx" | "x") {
                    self.npx_like(
                        site,
                        vals.iter()
                            .copied()
                            .skip_while(|v| *v != sub)
                            .skip(1)
                            .collect(),
                    );
                }
                if sub == "publish" {
                    self.out.effects.egress = true;
                }
                if sub == "token" || joined.contains("config get") && joined.contains("authtoken") {
                    self.find(Cred, High, "prints an npm token", text);
                }
            }
            "npx" | "bunx" | "uvx" => self.npx_like(site, vals.to_vec()),
            "pip" | "pip3" | "uv" | "pipx" => {
                let install = vals.iter().any(|v| *v == "install" || *v == "add");
                if install {
                    self.out.effects.trust_change = true;
                }
                if sub == "config"
                    && (joined.contains("index-url") || joined.contains("trusted-host"))
                    && joined.contains("set")
                {
                    self.find(
                        SelfEsc,
                        High,
                        "changes pip's package index persistently",
                        text,
                    );
                }
                if install {
                    for (i, v) in vals.iter().enumerate() {
                        if matches!(
                            *v,
                            "-i" | "--index-url"
                                | "--extra-index-url"
                                | "--trusted-host"
                                | "-f"
                                | "--find-links"
                        ) {
                            let value = vals.get(i + 1).copied().unwrap_or("");
                            // A local directory of built wheels (`--find-links
                            // dist`) is not a remote index.
                            let remote = value.contains("://");
                            let host = net::host_of(value).unwrap_or("");
                            if remote
                                && !matches!(
                                    net::classify(host),
                                    HostClass::Known | HostClass::Local
                                )
                            {
                                self.find(
                                    Rce,
                                    High,
                                    format!("installs packages from the untrusted index {host}"),
                                    text,
                                );
                            }
                        } else if (v.contains("://") || v.starts_with("git+"))
                            && !v.starts_with("-")
                        {
                            let host = net::host_of(v.trim_start_matches("git+")).unwrap_or("");
                            if !matches!(net::classify(host), HostClass::Local) {
                                self.find(
                                    Rce,
                                    High,
                                    format!("installs a package straight from {host}"),
                                    text,
                                );
                            }
                        }
                    }
                }
            }
            "cargo" if sub == "install" => {
                self.out.effects.trust_change = true;
                if let Some(i) = vals.iter().position(|v| *v == "--git") {
                    let url = vals.get(i + 1).copied().unwrap_or("");
                    let host = net::host_of(url).unwrap_or("");
                    if net::classify(host) != HostClass::Known {
                        self.find(Rce, High, format!("installs a crate from {url}"), text);
                    }
                }
            }
            "gem" if sub == "install" => {
                self.out.effects.trust_change = true;
                if has("--source") || has("-s") {
                    self.find(Rce, High, "installs a gem from another source", text);
                }
            }
            "brew" | "apt" | "apt-get" | "dnf" | "yum" | "snap"
                if matches!(sub, "install" | "tap" | "add-repo") =>
            {
                self.out.effects.trust_change = true;
            }
            "redis-cli" if joined.contains("flushall") || joined.contains("flushdb") => {
                self.find(Destr, High, "wipes a Redis database", text)
            }
            "psql" | "mysql" | "mariadb" | "sqlite3" | "mongosh" | "mongo" => {
                let mut sql = joined.clone();
                for r in &site.cmd.redirects {
                    if let Some(t) = &r.input_text {
                        sql.push(' ');
                        sql.push_str(&t.to_ascii_lowercase());
                    }
                }
                for c in upstream(site) {
                    sql.push(' ');
                    sql.push_str(&c.text.to_ascii_lowercase());
                }
                if is_destructive_sql(&sql) {
                    self.find(Destr, High, "drops or truncates database data", text);
                }
            }
            "dropdb" => self.find(Destr, High, "drops a database", text),
            "claude" => {
                if sub == "mcp" && joined.contains("add") {
                    self.find(SelfEsc, High, "adds an MCP server to Claude Code", text);
                }
                if sub == "config" && joined.contains("set") {
                    self.find(SelfEsc, High, "changes Claude Code's configuration", text);
                }
                if has("--dangerously-skip-permissions") || joined.contains("bypasspermissions") {
                    self.find(
                        SelfEsc,
                        High,
                        "starts Claude Code without permission checks",
                        text,
                    );
                }
            }
            "ngrok" | "cloudflared" | "lt" | "bore" => {
                self.out.effects.egress = true;
                if name != "cloudflared" || joined.contains("tunnel") {
                    self.find(
                        Exfil,
                        High,
                        format!("{name} exposes this machine through a public tunnel"),
                        text,
                    );
                }
            }
            "code" if sub == "tunnel" => {
                self.find(
                    Exfil,
                    High,
                    "exposes this machine through a VS Code tunnel",
                    text,
                );
            }
            _ => {}
        }
    }

    fn npx_like(&mut self, site: Site<'_>, vals: Vec<&str>) {
        const KNOWN_TOOLS: &[&str] = &[
            "prettier",
            "tsc",
            "eslint",
            "vitest",
            "jest",
            "typescript",
            "ts-node",
            "tsx",
            "vite",
            "next",
            "nuxt",
            "playwright",
            "@playwright/test",
            "cypress",
            "mocha",
            "create-react-app",
            "create-next-app",
            "create-vite",
            "nx",
            "turbo",
            "lerna",
            "rimraf",
            "webpack",
            "rollup",
            "esbuild",
            "parcel",
            "storybook",
            "nodemon",
            "concurrently",
            "serve",
            "http-server",
            "npm-check-updates",
            "ncu",
            "husky",
            "lint-staged",
            "stylelint",
            "biome",
            "@biomejs/biome",
            "prisma",
            "drizzle-kit",
            "wrangler",
            "vercel",
            "netlify-cli",
            "svelte-check",
            "astro",
            "ruff",
            "black",
            "mypy",
            "pytest",
            "pre-commit",
            "cowsay",
            "tailwindcss",
            "postcss",
            "ava",
            "c8",
            "nyc",
            "knip",
            "depcheck",
            "semantic-release",
            "changeset",
            "@changesets/cli",
            "degit",
            "license-checker",
            "madge",
            "size-limit",
            "pyright",
            "httpie",
            "shadcn",
            "shadcn-ui",
            "@angular/cli",
            "ng",
            "expo",
            "react-native",
            "tsup",
            "vue-tsc",
            "jscodeshift",
        ];
        let mut pkg = None;
        let mut i = 0;
        while let Some(v) = vals.get(i) {
            // `-y`/`--yes` only skips npx's prompt; the package is what counts.
            if *v == "-y" || *v == "--yes" {
            } else if *v == "-p" || *v == "--package" || *v == "--from" {
                pkg = vals.get(i + 1).copied();
                i += 1;
            } else if !v.starts_with('-') {
                if pkg.is_none() {
                    pkg = Some(*v);
                }
                break;
            }
            i += 1;
        }
        let Some(pkg) = pkg else { return };
        let base = pkg
            .rsplit_once('@')
            .filter(|(b, _)| !b.is_empty())
            .map_or(pkg, |(b, _)| b);
        if pkg.contains("://") || pkg.starts_with("github:") || pkg.starts_with("git+") {
            self.find(
                Rce,
                High,
                format!("runs a package fetched from {pkg}"),
                &site.cmd.text,
            );
        } else if !KNOWN_TOOLS.contains(&base) && !base.starts_with("@types/") {
            self.out.effects.trust_change = true;
            self.find(
                Rce,
                Medium,
                format!("downloads and runs the package {base}, which is not a well-known tool"),
                &site.cmd.text,
            );
        }
    }

    fn docker(&mut self, site: Site<'_>, vals: &[&str]) {
        let text = &site.cmd.text;
        let sub = vals
            .iter()
            .find(|v| !v.starts_with('-'))
            .copied()
            .unwrap_or("");
        let joined = vals.join(" ");
        match sub {
            "run" | "create" => {
                let host_root = vals.iter().enumerate().any(|(i, v)| {
                    let mount = if *v == "-v" || *v == "--volume" {
                        vals.get(i + 1).copied()
                    } else {
                        v.strip_prefix("-v").or_else(|| v.strip_prefix("--volume="))
                    };
                    mount.is_some_and(|m| {
                        m.starts_with("/:")
                            || m.starts_with("/etc:")
                            || m.starts_with("/root")
                            || m.contains("docker.sock")
                            || m.starts_with("~:")
                            || m.starts_with("$HOME:")
                    })
                }) || joined.contains("source=/,")
                    || joined.contains("src=/,");
                let privileged = vals.iter().any(|v| {
                    *v == "--privileged"
                        || v.starts_with("--pid=host")
                        || v.starts_with("--cap-add=SYS_ADMIN")
                        || *v == "--cap-add=ALL"
                });
                let image = docker_image(vals);
                let untrusted_image = image.is_some_and(|im| {
                    let first = im.split('/').next().unwrap_or("");
                    im.contains('/') && (first.contains('.') || first.contains(':')) && {
                        let h = first.split(':').next().unwrap_or(first);
                        matches!(net::classify(h), HostClass::Suspicious | HostClass::Unknown)
                    }
                });
                if host_root || privileged {
                    self.find(
                        Rce,
                        Critical,
                        "runs a container with the host's root filesystem or full privileges",
                        text,
                    );
                } else if untrusted_image {
                    self.find(
                        Rce,
                        High,
                        format!(
                            "runs the container image {} from an untrusted registry",
                            image.unwrap_or("")
                        ),
                        text,
                    );
                }
            }
            "volume" if joined.contains(" rm") || joined.contains(" prune") => self.find(
                Destr,
                High,
                "deletes Docker volumes (their data is lost)",
                text,
            ),
            "system" if joined.contains("prune") => self.find(
                Destr,
                Medium,
                "prunes Docker images, containers and volumes",
                text,
            ),
            "push" | "login" => self.out.effects.egress = true,
            _ => {}
        }
    }

    fn interpreter(&mut self, site: Site<'_>, name: &str, rest: &[Arg<'_>], vals: &[&str]) {
        let text = &site.cmd.text;
        let base = name.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
        // awk/gawk programs.
        if matches!(base, "awk" | "gawk" | "mawk" | "nawk") {
            if let Some(prog) = vals.iter().find(|v| !v.starts_with('-')) {
                if prog.contains("system(")
                    || prog.contains("| getline")
                    || prog.contains("|getline")
                    || prog.contains("/inet/")
                    || prog.contains("print |")
                    || prog.contains("printf |")
                {
                    self.find(Obf, Medium, "runs shell commands from an awk program", text);
                    self.code(site, name, prog);
                }
            }
            return;
        }
        // One-liners: -c, -e, -r, --eval, -p, -E.
        let code_flag: &[&str] = match base {
            "python" => &["-c"],
            "perl" => &["-e", "-E", "-ne", "-pe", "-lne", "-nle", "-ple", "-lpe"],
            "ruby" | "irb" => &["-e"],
            "node" | "nodejs" | "bun" => &["-e", "--eval", "-p", "--print", "-pe"],
            "php" => &["-r"],
            "deno" => &["eval"],
            "lua" | "luajit" => &["-e"],
            "Rscript" => &["-e"],
            "osascript" => &["-e"],
            "ghc" | "ghci" | "runghc" => &["-e"],
            "guile" => &["-c"],
            "tclsh" => &["-c"],
            "pwsh" | "powershell" => &["-c", "-Command", "-command", "-EncodedCommand", "-e"],
            "gdb" => &["-ex", "--eval-command"],
            "bpftrace" => &["-e"],
            "vim" | "vi" | "nvim" | "ex" => &["-c", "--cmd"],
            "sqlite3" => &[],
            "julia" | "elixir" | "groovy" => &["-e"],
            _ => &[],
        };
        for (i, v) in vals.iter().enumerate() {
            let inline = code_flag.iter().find_map(|f| {
                v.strip_prefix(f)
                    .filter(|r| !r.is_empty() && f.len() == 2 && base == "perl")
            });
            if code_flag.contains(v) || inline.is_some() {
                let code_text = match inline {
                    Some(c) => Some(c.to_owned()),
                    None => rest.get(i + 1).map(|a| a.v().to_owned()),
                };
                if let Some(c) = code_text {
                    if matches!(base, "vim" | "vi" | "nvim" | "ex" | "gdb") {
                        if c.trim_start_matches(':').starts_with('!')
                            || c.contains("shell")
                            || c.contains("system(")
                        {
                            self.find(Obf, Medium, format!("escapes to a shell from {name}"), text);
                            self.script(
                                c.trim_start_matches(':').trim_start_matches('!'),
                                site.depth + 1,
                            );
                        }
                        continue;
                    }
                    if matches!(base, "pwsh" | "powershell")
                        && v.eq_ignore_ascii_case("-EncodedCommand")
                    {
                        self.find(Obf, High, "runs an encoded PowerShell command", text);
                    }
                    self.code(site, name, &c);
                }
                return;
            }
        }
        if base == "python" {
            if let Some(m) = vals.iter().position(|v| *v == "-m") {
                let module = vals.get(m + 1).copied().unwrap_or("");
                if module == "http.server" || module == "SimpleHTTPServer" {
                    let bind = vals
                        .windows(2)
                        .find(|w| w[0] == "--bind" || w[0] == "-b")
                        .map(|w| w[1]);
                    let local = bind
                        .is_some_and(|b| b == "localhost" || b == "::1" || b.starts_with("127."));
                    if !local {
                        self.out.effects.egress = true;
                        // Without --bind, http.server listens on every
                        // interface (Python's documentation).
                        let sev = if bind.is_some() { High } else { Medium };
                        self.find(
                            Exfil,
                            sev,
                            "serves local files to every network this machine is on (add --bind 127.0.0.1 to keep them local)",
                            text,
                        );
                    }
                }
                if module == "pip" {
                    let sub: Vec<&str> = vals.get(m + 2..).unwrap_or(&[]).to_vec();
                    self.tools(site, "pip", &sub);
                }
                return;
            }
        }
        if base == "php" && vals.contains(&"-S") {
            if vals.iter().any(|v| v.starts_with("0.0.0.0")) {
                self.find(Exfil, High, "serves local files to the whole network", text);
            }
            return;
        }
        if base == "go" {
            if matches!(vals.first(), Some(&"install" | &"get")) {
                self.out.effects.trust_change = true;
            }
            // `go run - <<EOF` and `go run URL@version`.
            if vals.first() == Some(&"run") {
                if vals.get(1) == Some(&"-") {
                    self.stdin_program(site, name, false);
                } else if let Some(p) = vals.get(1) {
                    if p.contains('@') && p.contains('.') && !p.starts_with('.') {
                        self.find(
                            Rce,
                            Medium,
                            format!("downloads and runs the Go program {p}"),
                            text,
                        );
                    }
                }
            }
            return;
        }
        if base == "deno" && vals.first() == Some(&"run") {
            if let Some(u) = vals.iter().find(|v| v.starts_with("http")) {
                self.rce_from(u, "deno", text);
            }
            return;
        }
        // No code flag: a script file or standard input.
        let operand = rest.iter().find(|a| !a.v().starts_with('-'));
        match operand {
            Some(file) if file.v() != "-" => {
                let f = file.v();
                if f == "<(...)" || file.word.has_command_substitution {
                    self.substituted_program(site, name, &file.word.raw);
                } else {
                    self.run_file(site, f, name);
                }
            }
            _ => {
                if matches!(
                    base,
                    "python"
                        | "perl"
                        | "ruby"
                        | "node"
                        | "nodejs"
                        | "php"
                        | "bun"
                        | "lua"
                        | "Rscript"
                        | "osascript"
                        | "pwsh"
                        | "tclsh"
                        | "guile"
                        | "ghci"
                        | "irb"
                ) {
                    let has_input = site.cmd.redirects.iter().any(|r| r.input_text.is_some())
                        || site.cmd.pipeline.index > 0;
                    if has_input {
                        self.stdin_program(site, name, false);
                    }
                }
            }
        }
    }

    /// Code run by an interpreter.
    fn code(&mut self, site: Site<'_>, via: &str, code_text: &str) {
        let text = &site.cmd.text;
        let facts = code::scan(code_text);
        let creds: Vec<(Severity, &'static str)> = facts
            .literals
            .iter()
            .flat_map(|l| {
                paths::tokens(l)
                    .filter_map(paths::credential)
                    .collect::<Vec<_>>()
            })
            .collect();
        let hosts: Vec<HostClass> = facts
            .literals
            .iter()
            .filter(|l| l.contains("://") || net::looks_like_url(l))
            .filter_map(|l| net::host_of(l))
            .map(net::classify)
            .collect();
        let remote =
            hosts.iter().any(|h| *h != HostClass::Local) || (facts.network && hosts.is_empty());
        if facts.network && remote {
            self.out.effects.egress = true;
            self.out.effects.untrusted_input = true;
        }
        if facts.network
            && remote
            && (facts.reads_env || facts.reads_files || !creds.is_empty() || facts.runs_commands)
        {
            self.find(Exfil, Critical, format!("{via} code sends local data (files, environment or command output) to the network"), text);
        }
        for (sev, what) in &creds {
            self.find(Cred, *sev, format!("{via} code reads {what}"), text);
        }
        if facts.deletes && facts.home_ref {
            self.find(
                Destr,
                High,
                format!("{via} code deletes a path built from the home directory"),
                text,
            );
        }
        for lit in &facts.literals {
            for tok in paths::tokens(lit) {
                let abs = paths::absolute(tok, tok, tok.starts_with('~'), &self.ctx);
                let Some(abs) = abs.filter(|_| tok.contains('/') || tok.starts_with('~')) else {
                    continue;
                };
                if guard::is_own_secret(&abs, &self.ctx) {
                    self.find(
                        Cred,
                        Critical,
                        format!("{via} code reads agentgate's device signing key"),
                        text,
                    );
                }
                if facts.writes_files || facts.deletes || facts.runs_commands {
                    let hit = guard::relation(&abs, &self.ctx)
                        .filter(|(r, _)| *r == guard::Relation::Inside || facts.deletes);
                    if let Some((_, g)) = hit {
                        self.find(
                            SelfEsc,
                            Critical,
                            format!(
                                "{via} code would change {}, which the agent must not alter",
                                g.what
                            ),
                            text,
                        );
                    }
                }
            }
            if facts.writes_files {
                for tok in paths::tokens(lit) {
                    if let Some((sev, what)) = paths::trust_target(tok, &self.ctx) {
                        self.find(SelfEsc, sev, format!("{via} code writes to {what}"), text);
                    }
                }
            }
            if facts.deletes {
                for tok in paths::tokens(lit) {
                    if tok.starts_with('/') || tok.starts_with('~') {
                        self.removal_target(tok, tok, false, true, text);
                    }
                }
            }
        }
        if facts.reads_env
            && !facts.network
            && (code_text.contains("print")
                || code_text.contains("console.log")
                || code_text.contains("puts")
                || code_text.contains("echo"))
            && !code_text.contains("environ.get")
            && !code_text.contains("getenv(")
            && !code_text.contains("env.")
        {
            self.find(
                Cred,
                Medium,
                format!("{via} code prints the environment"),
                text,
            );
        }
        if facts.runs_commands {
            let mut any_shell = false;
            for lit in &facts.literals {
                if code::is_bare_shell(lit) {
                    any_shell = true;
                    self.find(Obf, Medium, format!("{via} code spawns a shell"), text);
                } else if code::looks_like_shell(lit) {
                    any_shell = true;
                    self.script(lit, site.depth + 1);
                }
            }
            if facts.evals_decoded || !any_shell {
                for payload in decode::base64_runs(code_text) {
                    self.find(
                        Obf,
                        High,
                        format!("{via} code runs a base64-hidden payload"),
                        text,
                    );
                    self.script(&payload, site.depth + 1);
                }
            }
        } else if facts.evals_decoded {
            for payload in decode::base64_runs(code_text) {
                self.find(
                    Obf,
                    High,
                    format!("{via} code evaluates a base64-hidden payload"),
                    text,
                );
                self.code(site, via, &payload);
            }
        }
    }

    /// GTFOBins-style shell escapes through programs that are not shells.
    fn gtfo_escape(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        if SHELLS.contains(&name)
            || name == "eval"
            || name == "exec"
            || name == "sudo"
            || name == "env"
        {
            return;
        }
        // Interpreter code is read by `code`; only editors and debuggers
        // among them escape through their arguments.
        if INTERPRETERS.contains(&name)
            && !matches!(name, "vim" | "vi" | "nvim" | "ex" | "gdb" | "busybox")
        {
            return;
        }
        let text = &site.cmd.text;
        // tar, zip and cpio options that run programs are read from the
        // knowledge table (by what they run, not by their spelling).
        let flags_escape = vals.iter().any(|v| {
            matches!(*v, "--shell-escape" | "-shell-escape" | "--interactive")
                && matches!(
                    name,
                    "pdflatex" | "latex" | "tex" | "xelatex" | "lualatex" | "jtag" | "rlwrap"
                )
        });
        let shell_in_args = vals.iter().enumerate().any(|(i, v)| {
            let t = v.trim();
            // `--shell /bin/bash` names a login shell; it runs nothing.
            let setting = i > 0
                && matches!(vals.get(i - 1).copied(), Some("--shell" | "--login-shell"))
                && code::is_bare_shell(t)
                && !t.contains(' ');
            if setting {
                return false;
            }
            t.contains("/bin/sh")
                || t.contains("/bin/bash")
                || t.contains("/bin/zsh")
                || t.starts_with("sh -c")
                || t.starts_with("bash -c")
                || t.contains("write18")
                || t.contains("!sh")
                || t.starts_with("+!")
                || t.starts_with("!/")
                || t.contains("system(\"")
                || t.contains("exec sh")
                || t.contains("exec /bin")
        });
        let interactive_escape = matches!(
            name,
            "minicom"
                | "jtag"
                | "ftp"
                | "gdb"
                | "nmap"
                | "vim"
                | "vi"
                | "less"
                | "more"
                | "man"
                | "mysql"
                | "sqlite3"
                | "lxc"
                | "socat"
                | "telnet"
                | "expect"
                | "rlwrap"
                | "tmux"
                | "screen"
                | "script"
                | "openvt"
                | "logsave"
                | "busybox"
                | "forge"
                | "fastfetch"
                | "gem"
                | "borg"
                | "bpftrace"
                | "ghc"
                | "guile"
                | "pdflatex"
                | "tex"
                | "xelatex"
                | "cpio"
        ) && (shell_in_args
            || flags_escape
            || (matches!(name, "minicom" | "jtag")
                && !vals
                    .iter()
                    .any(|v| *v == "--version" || *v == "-h" || *v == "--help")));
        if flags_escape
            || interactive_escape
            || (shell_in_args
                && !matches!(
                    name,
                    "echo"
                        | "printf"
                        | "grep"
                        | "rg"
                        | "cat"
                        | "git"
                        | "which"
                        | "type"
                        | "ls"
                        | "file"
                        | "chsh"
                        | "test"
                        | "["
                        | "readlink"
                ))
        {
            self.find(
                Obf,
                Medium,
                format!("escapes to a shell through {name}"),
                text,
            );
            // The shell command itself, when written out.
            for v in vals {
                let t = v.trim_start_matches('+').trim_start_matches('!');
                if t.contains(' ')
                    && (t.contains("curl")
                        || t.contains("wget")
                        || t.contains("nc ")
                        || t.contains("rm ")
                        || t.contains("cat "))
                {
                    self.script(t, site.depth + 1);
                }
            }
        }
    }
}

enum Wrapped {
    /// The payload command starts at this index of the arguments.
    Command(usize),
    /// The argument at this index is a script.
    Script(usize),
    /// The arguments from this index, joined with spaces, are a script.
    Joined(usize),
    /// Nothing runs.
    Nothing,
}

/// For wrapper programs: where the wrapped command starts.
fn wrapper_payload(name: &str, vals: &[&str]) -> Option<Wrapped> {
    // Skips options; `with_arg` options consume the next word.
    let skip = |with_arg: &[&str], start: usize| -> usize {
        let mut i = start;
        while let Some(v) = vals.get(i) {
            if *v == "--" {
                return i + 1;
            }
            if !v.starts_with('-') || *v == "-" {
                return i;
            }
            if with_arg.contains(v) {
                i += 1;
            }
            i += 1;
        }
        i
    };
    let cmd_at = |i: usize| (i < vals.len()).then_some(Wrapped::Command(i));
    Some(match name {
        "sudo" | "doas" | "pkexec" => {
            let i = skip(
                &[
                    "-u",
                    "-g",
                    "-h",
                    "-p",
                    "-C",
                    "-D",
                    "-r",
                    "-t",
                    "-U",
                    "-T",
                    "--user",
                    "--group",
                    "--host",
                    "--prompt",
                    "--chdir",
                    "--close-from",
                    "--role",
                    "--type",
                ],
                0,
            );
            cmd_at(i)?
        }
        "env" => {
            let mut i = 0;
            while let Some(v) = vals.get(i) {
                if *v == "-S" || *v == "--split-string" {
                    return Some(Wrapped::Script(i + 1));
                }
                if let Some(rest) = v.strip_prefix("-S") {
                    if !rest.is_empty() {
                        return Some(Wrapped::Joined(i));
                    }
                }
                if *v == "-u" || *v == "-C" || *v == "--unset" || *v == "--chdir" {
                    i += 2;
                    continue;
                }
                if v.starts_with('-') || v.contains('=') {
                    i += 1;
                    continue;
                }
                break;
            }
            cmd_at(i)?
        }
        "nohup" | "setsid" | "unbuffer" | "caffeinate" | "catchsegv" | "fakeroot"
        | "proxychains" | "proxychains4" | "torsocks" | "torify" | "firejail" | "xvfb-run"
        | "dbus-run-session" | "nsenter" | "unshare" | "systemd-run" | "builtin" | "command"
        | "chronic" | "ifne" | "sem" | "runuser" | "strace" | "ltrace" | "valgrind" | "time"
        | "gtime" | "ssh-agent" | "exec" => {
            if name == "command"
                && vals
                    .iter()
                    .take_while(|v| v.starts_with('-'))
                    .any(|v| *v == "-v" || *v == "-V")
            {
                return Some(Wrapped::Nothing);
            }
            let i = skip(
                &[
                    "-o",
                    "-e",
                    "-p",
                    "-s",
                    "-u",
                    "-E",
                    "-f",
                    "--unit",
                    "--property",
                    "-t",
                    "-n",
                    "--setenv",
                ],
                0,
            );
            cmd_at(i)?
        }
        "nice" | "ionice" | "chrt" | "taskset" => {
            let mut i = skip(
                &["-n", "-c", "-p", "--adjustment", "--class", "--classdata"],
                0,
            );
            if matches!(name, "chrt" | "taskset") {
                i += 1;
            }
            cmd_at(i)?
        }
        "stdbuf" => cmd_at(skip(&["-i", "-o", "-e"], 0))?,
        "timeout" | "gtimeout" => {
            let i = skip(&["-s", "-k", "--signal", "--kill-after"], 0);
            cmd_at(i + 1)?
        }
        "flock" => {
            let i = skip(&["-w", "-E", "--timeout", "--conflict-exit-code"], 0);
            // flock FILE -c STR | flock FILE CMD...
            match vals.get(i + 1) {
                Some(&"-c") | Some(&"--command") => Wrapped::Script(i + 2),
                Some(_) => Wrapped::Command(i + 1),
                None => return None,
            }
        }
        "watch" => {
            let exec = vals
                .iter()
                .take_while(|v| v.starts_with('-'))
                .any(|v| *v == "-x" || *v == "--exec");
            let i = skip(&["-n", "--interval", "-d", "-q", "--differences"], 0);
            if i >= vals.len() {
                return None;
            }
            if exec {
                Wrapped::Command(i)
            } else {
                Wrapped::Joined(i)
            }
        }
        "script" => {
            let p = vals.iter().position(|v| *v == "-c" || *v == "--command")?;
            Wrapped::Script(p + 1)
        }
        "su" => {
            let p = vals.iter().position(|v| *v == "-c" || *v == "--command")?;
            Wrapped::Script(p + 1)
        }
        "logsave" => {
            let i = skip(&[], 0);
            cmd_at(i + 1)?
        }
        "openvt" => cmd_at(skip(&["-c", "-u"], 0))?,
        "chroot" => cmd_at(skip(&["--userspec", "--groups"], 0) + 1)?,
        "parallel" => {
            let i = skip(&["-j", "--jobs", "-S", "--sshlogin"], 0);
            let end = vals
                .iter()
                .position(|v| *v == ":::" || *v == "::::")
                .unwrap_or(vals.len());
            if i >= end {
                return None;
            }
            Wrapped::Joined(i)
        }
        "sg" => {
            let p = vals.iter().position(|v| *v == "-c")?;
            Wrapped::Script(p + 1)
        }
        _ => return None,
    })
}

/// Commands listed right after `site` and nested in it (its substitutions).
fn children<'a>(site: Site<'a>) -> Vec<&'a SimpleCommand> {
    if !site.cmd.has_nested_commands {
        return Vec::new();
    }
    site.analysis
        .commands
        .iter()
        .skip(site.index + 1)
        .take_while(|c| c.depth > site.cmd.depth)
        .collect()
}

/// Earlier elements of the pipeline `site` is in (with their nested commands).
fn upstream<'a>(site: Site<'a>) -> Vec<&'a SimpleCommand> {
    let pos = site.cmd.pipeline;
    site.analysis
        .commands
        .iter()
        .take(site.index)
        .filter(|c| {
            c.pipeline.id == pos.id && c.pipeline.index < pos.index && c.depth == site.cmd.depth
        })
        .collect()
}

/// The URL a fetcher command downloads, if `cmd` is one.
fn fetch_url(cmd: &SimpleCommand) -> Option<&str> {
    let vals: Vec<&str> = cmd.argv.iter().map(|w| w.value_or_raw()).collect();
    // Look through wrappers (`sudo`, `timeout 5`, `env X=1`, ...) the same
    // way the walker does, so `timeout 5 curl URL | sh` names curl.
    let mut start = 0;
    let mut name = paths::basename(vals.first()?);
    for _ in 0..8 {
        match wrapper_payload(name, &vals[start + 1..]) {
            Some(Wrapped::Command(i)) => {
                start += 1 + i;
                name = paths::basename(vals.get(start)?);
            }
            Some(_) => return None,
            None => break,
        }
    }
    if !FETCHERS.contains(&name) && !NETCAT.contains(&name) {
        return None;
    }
    vals[start + 1..]
        .iter()
        .copied()
        .find(|v| net::looks_like_url(v))
}

/// Replays `echo X | base64 -d | rev ...` to the payload it produces.
fn decode_chain(cmds: &[&SimpleCommand]) -> Option<String> {
    let mut data: Option<String> = None;
    for c in cmds {
        let name = paths::basename(c.name()?.value_or_raw());
        if c.argv.iter().any(|w| w.is_dynamic()) {
            return None;
        }
        let args: Vec<&str> = c.argv.iter().skip(1).map(|w| w.value_or_raw()).collect();
        if data.is_none() {
            if let Some(p) = decode::printed(name, &args) {
                data = Some(p);
                continue;
            }
            if let Some(input) = c.redirects.iter().find_map(|r| r.input_text.as_deref()) {
                data = Some(input.to_owned());
                if let Some(stage) = decode::stage_of(name, &args) {
                    data = decode::apply(&stage, data.as_deref()?);
                }
                continue;
            }
            return None;
        }
        let stage = decode::stage_of(name, &args)?;
        data = decode::apply(&stage, data.as_deref()?);
    }
    data
}

fn docker_image<'a>(vals: &[&'a str]) -> Option<&'a str> {
    let run = vals.iter().position(|v| *v == "run" || *v == "create")?;
    let mut i = run + 1;
    while let Some(v) = vals.get(i) {
        if v.starts_with('-') {
            let takes = matches!(
                *v,
                "-v" | "--volume"
                    | "-p"
                    | "--publish"
                    | "-e"
                    | "--env"
                    | "--name"
                    | "-w"
                    | "--workdir"
                    | "--network"
                    | "--net"
                    | "-u"
                    | "--user"
                    | "--entrypoint"
                    | "--mount"
                    | "-l"
                    | "--label"
                    | "--env-file"
                    | "--platform"
                    | "-h"
                    | "--hostname"
                    | "--add-host"
                    | "--cpus"
                    | "-m"
                    | "--memory"
            );
            i += if takes { 2 } else { 1 };
            continue;
        }
        return Some(v);
    }
    None
}

fn url_args<'a>(vals: &[&'a str]) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut skip_next = false;
    for v in vals {
        if skip_next {
            skip_next = false;
            continue;
        }
        if matches!(
            *v,
            "-d" | "--data"
                | "-H"
                | "--header"
                | "-o"
                | "--output"
                | "-O"
                | "-F"
                | "-T"
                | "-u"
                | "-A"
                | "-e"
                | "-b"
                | "-c"
                | "-X"
                | "--data-binary"
                | "--data-raw"
                | "--post-data"
                | "--post-file"
                | "-x"
                | "--proxy"
        ) {
            skip_next = v != &"-O";
            continue;
        }
        if v.starts_with('-') {
            continue;
        }
        if net::looks_like_url(v) {
            out.push(*v);
        }
    }
    out
}

/// `--opt=VALUE` or dd's `of=VALUE`: the value.
fn split_key(v: &str) -> Option<&str> {
    let (key, value) = v.split_once('=')?;
    let k = key.trim_start_matches('-');
    let ident = !k.is_empty()
        && k.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        && k.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
    ident.then_some(value)
}

fn same_file(a: &str, b: &str) -> bool {
    let a = a.trim_start_matches("./");
    let b = b.trim_start_matches("./");
    a == b || paths::basename(a) == paths::basename(b) && (a.contains('/') || b.contains('/'))
}

fn is_disk_device(dev: &str) -> bool {
    [
        "sd", "hd", "vd", "xvd", "nvme", "mmcblk", "disk", "rdisk", "md", "dm-", "mapper/", "loop",
    ]
    .iter()
    .any(|p| dev.starts_with(p))
}

fn is_protected_branch(branch: &str) -> bool {
    let b = branch.trim_start_matches("origin/");
    matches!(
        b,
        "main" | "master" | "trunk" | "production" | "prod" | "HEAD" | "stable" | "live"
    ) || b.starts_with("release")
        || b.starts_with("prod")
}

/// A variable name that likely holds a secret.
pub(crate) fn is_secret_name(name: &str) -> bool {
    let n = name.to_ascii_uppercase();
    // Distinctive words count anywhere in the name; AUTH only as a whole
    // `_`-separated part (`GH_AUTH`, not `PRAUTHOR` or `AUTHOR_NAME`).
    [
        "TOKEN",
        "SECRET",
        "PASSWORD",
        "PASSWD",
        "API_KEY",
        "APIKEY",
        "ACCESS_KEY",
        "PRIVATE_KEY",
        "CREDENTIAL",
        "SESSION_KEY",
    ]
    .iter()
    .any(|s| n.contains(s))
        || n.split('_').any(|part| part == "AUTH")
}

/// The first secret-looking `$VAR` referenced in `text`.
fn secret_var(text: &str) -> Option<String> {
    let mut rest = text;
    while let Some(i) = rest.find('$') {
        let after = &rest[i + 1..];
        let after = after.strip_prefix('{').unwrap_or(after);
        let name: String = after
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() && is_secret_name(&name) {
            return Some(name);
        }
        rest = &rest[i + 1..];
    }
    None
}

fn is_fork_bomb(src: &str) -> bool {
    let compact: String = src.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.contains(":(){:|:&};:") {
        return true;
    }
    // name(){ name|name& }; name
    if let Some(p) = compact.find("(){") {
        let name = &compact[..p];
        let name = name.rsplit([';', '&', '|', '\n']).next().unwrap_or(name);
        if !name.is_empty() && compact.contains(&format!("{{{name}|{name}&")) {
            return true;
        }
    }
    false
}

fn is_destructive_sql(sql: &str) -> bool {
    sql.contains("drop table")
        || sql.contains("drop database")
        || sql.contains("drop schema")
        || sql.contains("truncate ")
        || sql.contains("dropdatabase")
        || sql.contains("flushall")
        || (sql.contains("delete from") && !sql.contains(" where "))
}

/// Whether `$IFS` (or `${IFS...}`) is expanded outside quotes anywhere in
/// `src`: only there does it split words and so hide the spaces between
/// them (`cat$IFS/etc/passwd`). Inside double quotes (`echo "$IFS"`) it is
/// one word's text; inside single quotes it is not expanded at all.
fn unquoted_ifs(src: &str) -> bool {
    // Quoting starts afresh inside `$(...)` and backquotes, even within
    // double quotes: a stack of the enclosing double-quote states.
    let (mut single, mut double, mut escaped) = (false, false, false);
    let mut outer: Vec<bool> = Vec::new();
    let mut chars = src.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if escaped {
            escaped = false;
            continue;
        }
        match c {
            '\\' if !single => escaped = true,
            '\'' if !double => single = !single,
            '"' if !single => double = !double,
            '$' if !single && chars.peek().map(|&(_, n)| n) == Some('(') => {
                outer.push(double);
                double = false;
                chars.next();
            }
            ')' if !single && !double && !outer.is_empty() => {
                double = outer.pop().unwrap_or(false);
            }
            '$' if !single && !double => {
                let rest = src.get(i + 1..).unwrap_or("");
                if rest.starts_with("IFS") || rest.starts_with("{IFS") {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}
