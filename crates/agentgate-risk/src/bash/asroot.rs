//! Commands run as root (`sudo`, `doas`, `pkexec`, `run0`): asked about
//! unless the call only reads, as `agentgate_commands::ROOT_READERS`
//! says (session 29: `sudo dmidecode -t memory`, `sudo smartctl -A
//! /dev/sdb`, `sudo tail -f /var/log/ufw.log` were most of the benign asks
//! left in the sysadmin sources). What the wrapped command does is judged
//! on its own as well, by every other rule.

use agentgate_commands::{root_reader, Operands, Opts, RootReader, PLAIN_ROOT_OPTIONS};

use super::subwords::{option_word, words_match};
use super::*;

/// The programs that run a command as another user, by default root.
pub(super) const ROOT_WRAPPERS: &[&str] = &["sudo", "doas", "pkexec", "run0"];

/// Wrappers that change only how the command is scheduled (`sudo nice -n
/// 19 badblocks ...`): the command after them is the one that runs.
const SCHEDULERS: &[&str] = &["nice", "ionice", "timeout"];

/// Directories a program named by path may come from and still be the
/// program of that name: root-owned ones (`sudo ./dmidecode` runs the
/// project's file as root).
const SYSTEM_BIN: &[&str] = &["/usr/bin", "/usr/sbin", "/bin", "/sbin"];

/// sudo's options that only ask about sudo itself.
const ASKS_SUDO: &[&str] = &[
    "-l",
    "--list",
    "-h",
    "--help",
    "-V",
    "--version",
    "-K",
    "-k",
];

impl<'c> Walker<'c> {
    /// A call of a root wrapper: asked about (Medium) unless it only reads.
    pub(super) fn as_root(&mut self, name: &str, rest: &[Arg<'_>], vals: &[&str], text: &str) {
        if vals.iter().all(|v| ASKS_SUDO.contains(v)) && !vals.is_empty() {
            return;
        }
        if self.reads_as_root(name, rest, vals) {
            return;
        }
        self.find(
            knowledge::category(agentgate_commands::Harm::SelfEscalation),
            paths::level_severity(agentgate_commands::ROOT_LEVEL),
            format!("runs a command as root ({name})"),
            text,
        );
    }

    /// Whether the wrapped command only reads: plain wrapper options, a
    /// program of [`agentgate_commands::ROOT_READERS`] by its bare name or
    /// a system path, no word whose value is unknown, and a call its row
    /// reads as reading.
    fn reads_as_root(&self, name: &str, rest: &[Arg<'_>], vals: &[&str]) -> bool {
        let Some(Wrapped::Command(mut k)) = wrapper_payload(name, vals) else {
            return false;
        };
        let own = vals.get(..k).unwrap_or(&[]);
        if !own.iter().all(|o| PLAIN_ROOT_OPTIONS.contains(o)) {
            return false;
        }
        if rest.iter().any(|a| a.dynamic()) {
            return false;
        }
        // Through the schedulers to the program.
        let mut words = vals;
        loop {
            let Some((prog, after)) = words.get(k..).and_then(|w| w.split_first()) else {
                return false;
            };
            let bare = match prog.rsplit_once('/') {
                Some((dir, base)) if SYSTEM_BIN.contains(&dir) => base,
                Some(_) => return false,
                None => prog,
            };
            if SCHEDULERS.contains(&bare) {
                match wrapper_payload(bare, after) {
                    Some(Wrapped::Command(j)) => {
                        words = after;
                        k = j;
                        continue;
                    }
                    _ => return false,
                }
            }
            // The partitioning tools' listing modes are known once, where
            // they are judged without `sudo`.
            if system::DISK_TOOLS.contains(&bare) {
                return super::devices::disk_tool_reads(bare, after);
            }
            return root_reader(bare).is_some_and(|r| self.reads(r, after));
        }
    }

    /// Whether a call of a root reader's program reads: every option
    /// allowed, one of its modes present, and its printed files in trees
    /// root owns.
    pub(super) fn reads(&self, r: &RootReader, vals: &[&str]) -> bool {
        let Some((ops, pattern_given)) = reader_operands(r.opts, vals) else {
            return false;
        };
        if !r.modes.is_empty() && !r.modes.iter().any(|m| words_match(m, vals, &ops)) {
            return false;
        }
        match r.operands {
            Operands::Names => true,
            Operands::Files { pattern } => {
                let skip = usize::from(pattern && !pattern_given);
                ops.iter()
                    .skip(skip)
                    .all(|i| vals.get(*i).is_some_and(|v| self.root_readable(v)))
            }
        }
    }

    /// A file root may print: under `agentgate_commands::ROOT_READABLE`,
    /// and not inside a process's own directory under /proc, whose `root`,
    /// `cwd` and `fd` entries lead anywhere (`/proc/self/root/root/x`).
    fn root_readable(&self, v: &str) -> bool {
        paths::absolute(v, v, v.starts_with('~'), &self.ctx).is_some_and(|abs| {
            !per_process(&abs)
                && agentgate_commands::ROOT_READABLE
                    .iter()
                    .any(|r| abs.strip_prefix(r).is_some_and(|t| t.starts_with('/')))
        })
    }
}

/// The operands of a reader's call (indices into `vals`) and whether an
/// option gave the pattern (`grep -e PAT`), or `None` when an option is
/// not allowed. A short option that takes a value takes the rest of its
/// cluster or the next word.
fn reader_operands(opts: Opts, vals: &[&str]) -> Option<(Vec<usize>, bool)> {
    let mut ops = Vec::new();
    let mut pattern_given = false;
    let mut i = 0;
    let mut only_operands = false;
    while let Some(v) = vals.get(i) {
        i += 1;
        if only_operands || !v.starts_with('-') || *v == "-" {
            ops.push(i - 1);
            continue;
        }
        // `-20` (`head -20`), `-1` (`journalctl -b -1`): a count.
        if is_number(v) {
            continue;
        }
        if *v == "--" {
            only_operands = true;
            continue;
        }
        match opts {
            Opts::Except { bad } => {
                if bad
                    .iter()
                    .any(|b| option_word(b, v) || short_in_cluster(b, v))
                {
                    return None;
                }
            }
            Opts::Only { flags, values } => {
                if let Some(long) = v.strip_prefix("--") {
                    let (name, attached) = match long.split_once('=') {
                        Some((n, _)) => (n, true),
                        None => (long, false),
                    };
                    let name = format!("--{name}");
                    let valued = values.contains(&name.as_str());
                    let flag = flags.contains(&name.as_str()) && !attached;
                    if !valued && !flag {
                        return None;
                    }
                    pattern_given |= name == "--regexp";
                    if valued && !attached {
                        i += 1;
                    }
                    continue;
                }
                // A cluster of short flags, the last possibly with a value.
                let cluster = v.get(1..)?;
                for (at, c) in cluster.char_indices() {
                    let opt = format!("-{c}");
                    if values.contains(&opt.as_str()) {
                        pattern_given |= c == 'e';
                        if cluster.len() == at + c.len_utf8() {
                            i += 1;
                        }
                        break;
                    }
                    if !flags.contains(&opt.as_str()) {
                        return None;
                    }
                }
            }
        }
    }
    Some((ops, pattern_given))
}

/// `-12`, `-1`: a number, not an option letter.
fn is_number(v: &str) -> bool {
    v.get(1..)
        .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether the short option `b` (`-d`) is in the cluster `v` (`-qd`).
fn short_in_cluster(b: &str, v: &str) -> bool {
    let Some(c) = b.strip_prefix('-').filter(|c| c.len() == 1) else {
        return false;
    };
    !v.starts_with("--") && v.len() > 2 && v.get(1..).is_some_and(|cl| cl.contains(c))
}

/// Whether `abs` lies in a process's directory under /proc (`/proc/1/...`,
/// `/proc/self/...`, `/proc/thread-self/...`).
fn per_process(abs: &str) -> bool {
    abs.strip_prefix("/proc/")
        .and_then(|r| r.split('/').next())
        .is_some_and(|p| {
            p == "self"
                || p == "thread-self"
                || (!p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        })
}

impl Walker<'_> {
    /// `sudo -i`, `sudo -s`, `sudo su`: an interactive root shell.
    pub(super) fn sudo_shell(&mut self, vals: &[&str], text: &str) {
        let interactive = vals
            .iter()
            .take_while(|v| v.starts_with('-'))
            .any(|v| *v == "-i" || *v == "-s" || *v == "-su");
        let only_opts = vals.iter().all(|v| v.starts_with('-'));
        if interactive && only_opts || vals.first().is_some_and(|v| *v == "su") {
            self.find(Obf, Medium, "opens a root shell", text);
        }
    }
}
