//! Wrapper programs (`env`, `nice`, `timeout`, ...) and GTFOBins-style
//! escapes from programs that run what they are given.

use super::*;

impl<'c> Walker<'c> {
    /// GTFOBins-style shell escapes through programs that are not shells.
    pub(super) fn gtfo_escape(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        if SHELLS.contains(&name)
            || name == "eval"
            || name == "exec"
            || name == "sudo"
            || name == "env"
        {
            return;
        }
        // Copying, linking, moving or changing the mode of a shell runs
        // nothing (`ln -sf busybox initramfs/bin/sh`); what is done with
        // the copy later is judged where it is run.
        if agentgate_commands::TREE_CHANGERS.contains(&name) && name != "rsync" {
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
        // An interpreter's code is read as code (`R -e 'system("make")'`:
        // the command it shows is judged); the text markers below are for
        // programs whose arguments are not.
        // sed's scripts too: `sed_script` reads their `e` commands and
        // flags (`sed 's|/bin/bash|bash|' f` names a shell, runs none).
        let code_read = matches!(name, "sed" | "gsed")
            || super::codeargs::lang_of(name).is_some()
            && (0..vals.len()).any(|i| super::codeargs::interpreter_code_at(name, vals, i))
            // A row's sub-command whose operand is code (`rails runner
            // CODE`), read by `knowledge` in its language.
            || agentgate_commands::program(name).is_some_and(|p| {
                p.exec.iter().any(|e| {
                    matches!(e, agentgate_commands::Exec::SubCode { sub, .. } if vals.contains(sub))
                })
            });
        // A shell given to a container CLI runs inside the container (its
        // reach of the host is judged by the container reading).
        let in_container = agentgate_commands::CONTAINER_CLIS.contains(&name);
        // A remote command's words are another machine's (`gcloud compute
        // ssh VM --command "sh -c '...'"`, `fly ssh console -C ...`): the
        // remote reading judges what they run (flydocs part 1, session 61:
        // read here too, its deletions were denied as this machine's). A
        // bare shell there is still the escape (`ssh localhost /bin/sh`,
        // GTFOBins).
        let here = super::remote::remote_start(name, vals).unwrap_or(vals.len());
        let shell_in_args = !code_read
            && !in_container
            && vals.iter().enumerate().any(|(i, v)| {
                let t = v.trim();
                if i >= here && !code::is_bare_shell(t) {
                    return false;
                }
                // `--shell /bin/bash` names a login shell; it runs nothing.
                let setting = i > 0
                    && matches!(vals.get(i - 1).copied(), Some("--shell" | "--login-shell"))
                    && code::is_bare_shell(t)
                    && !t.contains(' ');
                // `export SHELL=/bin/zsh`: a variable set to a shell's path
                // is a setting; PAGER, EDITOR and the other variables that
                // run what they hold are judged by their ENV_VARS rows.
                let assigns = DECLARERS.contains(&name);
                let assigned = assigns
                    && t.split_once('=').is_some_and(|(n, v)| {
                        !n.is_empty()
                            && n.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
                            && code::is_bare_shell(v)
                            && !v.contains(' ')
                    });
                if setting || assigned {
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
                    // `system("sh")`: a shell with nothing to run is the
                    // escape; a command shown whole (`system("make")`) is
                    // judged as that command by the embedded reading.
                    || system_literals(t).any(crate::code::is_bare_shell)
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
                        | "hash"
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

pub(super) enum Wrapped {
    /// The payload command starts at this index of the arguments.
    Command(usize),
    /// The argument at this index is a script.
    Script(usize),
    /// The arguments from this index, joined with spaces, are a script.
    Joined(usize),
    /// The argument at this index (after an `-S`/`--split-string=` it
    /// starts with) is split into words, and the arguments after it follow
    /// as they are (`env -S 'sh -c' 'CMD'` runs `sh -c CMD`).
    Split(usize),
    /// Each argument from this index on is a script of its own.
    Each(usize),
    /// Nothing runs.
    Nothing,
    /// Each line of standard input is a command (`parallel` with no
    /// command and no `:::`).
    StdinLines,
}

/// Where the command starts in the arguments of a program whose row runs
/// its operands (`Exec::Argv`): options are skipped, with the next word for
/// those the row says take a value (also as the last letter of a cluster:
/// `-dmS NAME`), then `skip` operands (`timeout DURATION`).
fn argv_start(p: &agentgate_commands::Program, skip: u8, vals: &[&str]) -> usize {
    let takes = |v: &str| {
        p.value_opts.contains(&v)
            || p.value_opts
                .iter()
                .any(|o| agentgate_commands::cluster_ends_with(v, o))
    };
    let mut i = 0;
    // Operands still to pass over before the command; options may come
    // before and after them (`setarch x86_64 -R CMD`).
    let mut operands = usize::from(skip);
    while let Some(v) = vals.get(i) {
        if *v == "--" {
            i += 1;
            break;
        }
        if !v.starts_with('-') || *v == "-" {
            // `cross-env NODE_ENV=production CMD`: settings before the
            // command (no program is named `NAME=VALUE`).
            if v.split_once('=').is_some_and(|(k, _)| {
                !k.is_empty() && k.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
            }) {
                i += 1;
                continue;
            }
            if operands > 0 {
                operands -= 1;
                i += 1;
                continue;
            }
            break;
        }
        i += if v.contains('=') {
            1
        } else if p.pair_opts.contains(v) {
            3
        } else if takes(v) {
            2
        } else {
            1
        };
    }
    i + operands
}

/// For wrapper programs: where the wrapped command starts.
pub(super) fn wrapper_payload(name: &str, vals: &[&str]) -> Option<Wrapped> {
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
        "env" => {
            let mut i = 0;
            while let Some(v) = vals.get(i) {
                if *v == "-S" || *v == "--split-string" {
                    return Some(Wrapped::Split(i + 1));
                }
                if v.starts_with("-S") || v.starts_with("--split-string=") {
                    return Some(Wrapped::Split(i));
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
        // `fd PATTERN -x CMD ARGS...` / `-X` (`--exec`, `--exec-batch`):
        // the rest of the line is a command run for the results.
        "fd" | "fdfind" => {
            let p = vals
                .iter()
                .position(|v| matches!(*v, "-x" | "--exec" | "-X" | "--exec-batch"))?;
            cmd_at(p + 1)?
        }
        // `cmake -E env [--unset=VAR] [VAR=VALUE]... COMMAND` (cmake(1),
        // command-line tool mode).
        "cmake" if vals.get(..2) == Some(&["-E", "env"]) => {
            let mut i = 2;
            while vals
                .get(i)
                .is_some_and(|v| v.starts_with("--") || v.contains('='))
            {
                if vals.get(i) == Some(&"--") {
                    i += 1;
                    break;
                }
                i += 1;
            }
            cmd_at(i)?
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
            let i = skip(&["-n", "--interval", "-d", "-q", "--differences"], 0);
            // `-x` among watch's own options (`watch -n 60 -x CMD`), also
            // in a cluster (`-tx`).
            let exec = vals.get(..i).unwrap_or(&[]).iter().any(|v| {
                *v == "-x"
                    || *v == "--exec"
                    || v.starts_with('-')
                        && !v.starts_with("--")
                        && v.len() > 2
                        && v.bytes().skip(1).all(|b| b.is_ascii_alphabetic())
                        && v.contains('x')
            });
            if i >= vals.len() {
                return None;
            }
            if exec {
                Wrapped::Command(i)
            } else {
                Wrapped::Joined(i)
            }
        }
        // `script -qc CMD`, `su -lc CMD`: the script option, also last in a
        // cluster of flags.
        "script" | "su" => {
            let p = vals.iter().position(|v| {
                matches!(*v, "-c" | "--command") || agentgate_commands::cluster_ends_with(v, "-c")
            })?;
            Wrapped::Script(p + 1)
        }
        "parallel" => {
            let i = skip(&["-j", "--jobs", "-S", "--sshlogin", "-a", "--arg-file"], 0);
            let end = vals
                .iter()
                .position(|v| *v == ":::" || *v == "::::")
                .unwrap_or(vals.len());
            if i >= end {
                // No command: each argument is one (`parallel ::: 'make a'
                // 'make b'`), or each line of standard input (`printf
                // '%s\n' 'make a' | parallel`).
                if end == vals.len() && !vals.iter().any(|v| matches!(*v, "-a" | "--arg-file")) {
                    return Some(Wrapped::StdinLines);
                }
                return (end < vals.len() && vals.get(end) == Some(&":::"))
                    .then_some(Wrapped::Each(end + 1));
            }
            Wrapped::Joined(i)
        }
        "sg" => {
            let p = vals.iter().position(|v| *v == "-c")?;
            Wrapped::Script(p + 1)
        }
        // cmd's `start ["title"] [/b /min /wait /d DIR ...] PROGRAM ARGS`
        // (learn.microsoft.com, windows-commands/start). Bash drops the
        // quotes that mark the title, so a first word is read as the title
        // when it is empty, holds a space, or is followed by an option or
        // by a program the tables know.
        "start" | "start.exe" => {
            let option = |v: &str| v.starts_with('/') && !v.get(1..).unwrap_or("").contains('/');
            let first = vals.first().copied().unwrap_or("/");
            let title = first.is_empty()
                || first.contains(' ')
                || !option(first)
                    && vals.get(1).is_some_and(|next| {
                        option(next) || agentgate_commands::program(paths::basename(next)).is_some()
                    });
            let mut i = usize::from(title);
            while let Some(v) = vals.get(i).filter(|v| option(v)) {
                let takes = ["/d", "/node", "/affinity"]
                    .iter()
                    .any(|o| v.eq_ignore_ascii_case(o));
                i += if takes { 2 } else { 1 };
            }
            cmd_at(i)?
        }
        // `command -v NAME` looks a name up; it runs nothing.
        "command"
            if vals
                .iter()
                .take_while(|v| v.starts_with('-'))
                .any(|v| *v == "-v" || *v == "-V") =>
        {
            Wrapped::Nothing
        }
        _ => {
            let p = agentgate_commands::program(name)?;
            // Each operand a command line of its own, through a shell
            // (`hyperfine 'A' 'B'`, `pee 'A' 'B'`).
            if let Some(skip) = p.exec.iter().find_map(|e| match e {
                agentgate_commands::Exec::EachLine { skip } => Some(*skip),
                _ => None,
            }) {
                let at = argv_start(p, skip, vals);
                return cmd_at(at).map(|_| Wrapped::Each(at));
            }
            // The words after an option (`nix develop -c CMD ARGS`).
            let opt_argv = p.exec.iter().find_map(|e| match e {
                agentgate_commands::Exec::OptArgv { names } => {
                    vals.iter().position(|v| names.contains(v)).map(|i| i + 1)
                }
                _ => None,
            });
            if let Some(at) = opt_argv {
                // One word with spaces after the option is a command line
                // (`execlineb -c 'CMD ARGS'`), not a program's name.
                if at + 1 == vals.len() && vals.get(at).is_some_and(|v| v.contains(' ')) {
                    return Some(Wrapped::Script(at));
                }
                return cmd_at(at);
            }
            // A row with a sub-command that runs a command too (`dotenv
            // run CMD` beside dotenv-cli's `dotenv -- CMD`): that form is
            // the row's `SubArgv`, applied by `knowledge`.
            if super::knowledge::sub_argv_start(name, vals).is_some() {
                return None;
            }
            let (skip, joined) = p.exec.iter().find_map(|e| match e {
                agentgate_commands::Exec::Argv { skip } => Some((*skip, false)),
                agentgate_commands::Exec::ShellLine { skip } => Some((*skip, true)),
                _ => None,
            })?;
            let at = argv_start(p, skip, vals);
            // Versions differ in how they hand several words to the shell
            // (joined as they are, or quoted one by one): one word is read
            // as a command line, several as the argv they quote.
            if joined && at + 1 == vals.len() {
                Wrapped::Script(at)
            } else {
                cmd_at(at)?
            }
        }
    })
}

impl Walker<'_> {
    /// `strace -o '|CMD'`, `ltrace -o '!CMD'`: the trace is piped into a
    /// command line, run through a shell (strace(1), -o).
    pub(super) fn piped_output(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        if !matches!(name, "strace" | "ltrace") {
            return;
        }
        for i in 0..vals.len() {
            let value =
                agentgate_commands::option_value(vals, i, &["-o", "--output"]).map(|(v, _)| v);
            if let Some(cmd) = value.and_then(|v| v.strip_prefix(['|', '!'])) {
                self.shell_value(site, &format!("{name} -o"), cmd);
            }
        }
    }
}

/// The string literals handed to `system("...")` calls in `code`.
fn system_literals(code: &str) -> impl Iterator<Item = &str> {
    code.match_indices("system(\"").filter_map(move |(i, m)| {
        let rest = code.get(i + m.len()..)?;
        rest.get(..rest.find('"')?)
    })
}

impl Walker<'_> {
    /// `exec -a '[kworker/1:0]' nmap ...`, `zapper -fa /usr/sbin/sshd
    /// tmux`: a program started under the name of a system process
    /// (`agentgate_commands::ARGV0_OPTIONS`, `system_title`), hiding it in
    /// process listings. Any other name is a label (`exec -a worker bash -c
    /// 'make lint'`: the compose carriers label it benign).
    pub(super) fn false_argv0(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        for (_, opt) in agentgate_commands::ARGV0_OPTIONS
            .iter()
            .filter(|(p, _)| *p == name)
        {
            let mut shown: Option<&str> = None;
            let mut i = 0;
            while let Some(v) = vals.get(i) {
                i += 1;
                if *v == "--" || !v.starts_with('-') {
                    // The program started, its name compared.
                    let run = if *v == "--" { vals.get(i) } else { Some(v) };
                    if let (Some(s), Some(run)) = (shown, run) {
                        let own = paths::basename(run);
                        if s != own && system_title(s) {
                            let why = format!("starts {own} under the name {s}, which process listings show instead (masquerading)");
                            self.find(Obf, Medium, why, &site.cmd.text);
                        }
                    }
                    break;
                }
                if let Some(inline) = v.strip_prefix(opt).filter(|r| !r.is_empty()) {
                    shown = Some(inline);
                } else if *v == *opt || agentgate_commands::cluster_ends_with(v, opt) {
                    shown = vals.get(i).copied();
                    i += 1;
                }
            }
        }
    }
}

/// A process title only the system shows: a kernel thread's `[kworker/1:0]`,
/// a program's absolute path (`/usr/sbin/sshd`), or a daemon's status title
/// (`sshd: root@pts/0`).
fn system_title(s: &str) -> bool {
    s.starts_with('[') && s.ends_with(']')
        || s.starts_with('/')
        || s.split_once(": ")
            .is_some_and(|(d, _)| !d.is_empty() && !d.contains(' '))
}
