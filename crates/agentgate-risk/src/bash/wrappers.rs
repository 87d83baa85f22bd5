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

pub(super) enum Wrapped {
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
        | "chronic" | "ifne" | "sem" | "runuser" | "strace" | "valgrind" | "time" | "gtime"
        | "ssh-agent" | "exec" => {
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
        // ltrace(1): -F FILE is a configuration file it reads (and prints
        // lines of); the other value-taking options.
        "ltrace" => cmd_at(skip(
            &[
                "-F", "-o", "-e", "-p", "-u", "-a", "-s", "-n", "-l", "-x", "-w", "-A", "-D",
            ],
            0,
        ))?,
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
