//! Which processes a kill reaches (session 28, bol: `killall pulseaudio`
//! and `kill -9 $(ps aux | grep x | awk '{print $2}')` passed silently).
//!
//! The line's own background jobs (`kill %1`, `kill $!`), probes (`kill
//! -0`) and the development processes an agent starts and stops as part of
//! its work (`pkill -f vite`, `kill $(lsof -t -i:3000)`: see
//! `agentgate_commands::DEV_PROCESSES`) are its own. A process named by any
//! other program, by a service's port (`fuser -k 5432/tcp`), by a file or
//! mount, by an id typed out or found some way this line does not show,
//! may be the developer's database, editor or another agent: asked about.

use agentgate_commands::{dev_process, service_port};

use super::*;

/// Options of kill, pkill, killall and pgrep that take a value: never a
/// target.
fn valued(o: &str) -> bool {
    matches!(
        o,
        "-s" | "-n"
            | "--signal"
            | "-u"
            | "-U"
            | "-g"
            | "-G"
            | "-P"
            | "-t"
            | "--parent"
            | "--uid"
            | "--euid"
            | "--group"
            | "--pgroup"
            | "--terminal"
            | "-o"
            | "-y"
            | "--younger-than"
            | "--older-than"
    )
}

/// The operands of `vals`: neither options nor their values.
fn operands<'v>(vals: &[&'v str]) -> Vec<&'v str> {
    vals.iter()
        .enumerate()
        .filter(|(i, v)| {
            !(v.starts_with('-') || *i > 0 && vals.get(i - 1).is_some_and(|p| valued(p)))
        })
        .map(|(_, v)| *v)
        .collect()
}

/// The port a process finder names (`-i:3000`, `-ti:3000`, `tcp:8080`,
/// `:5432`, `3000/tcp`), if any.
fn port_in(word: &str) -> Option<u16> {
    let digits = match word.rsplit_once(':') {
        Some((_, p)) => p,
        None => word
            .strip_suffix("/tcp")
            .or_else(|| word.strip_suffix("/udp"))?,
    };
    let digits = digits.split(['-', ',']).next().unwrap_or(digits);
    digits.parse().ok()
}

impl Walker<'_> {
    /// What a kill reaches beyond the line's own processes, if anything.
    pub(super) fn foreign_kill(
        &self,
        site: Site<'_>,
        name: &str,
        vals: &[&str],
        through_xargs: bool,
    ) -> Option<String> {
        // Signal 0 probes; SIGCONT resumes a stopped process (lcmdh,
        // session 47: `kill -s SIGCONT PID` was a kill).
        let resumes = |sig: &str| matches!(sig, "0" | "CONT" | "SIGCONT" | "cont" | "sigcont");
        let probe = vals.iter().any(|v| {
            matches!(
                *v,
                "-0" | "-l"
                    | "-L"
                    | "--list"
                    | "--help"
                    | "-V"
                    | "--version"
                    | "-CONT"
                    | "-SIGCONT"
            )
        }) || vals.windows(2).any(
            |w| matches!(w, [s, sig] if matches!(*s, "-s" | "-n" | "--signal") && resumes(sig)),
        );
        if probe {
            return None;
        }
        let raws: Vec<&str> = site.cmd.argv.iter().map(|w| w.raw.as_str()).collect();
        let targets = operands(vals);
        match name {
            "kill" => {
                if targets.is_empty() {
                    // `pgrep x | xargs kill`: the ids come from upstream.
                    return through_xargs
                        .then(|| self.finder_reach(&upstream(site)))
                        .flatten();
                }
                // A target is its word's value, else the word as written
                // (`$pid`): a job spec or the line's own job id.
                let own = |v: &str| v.starts_with('%') || self.own_job_id(v);
                // Each id by where it comes from: a substitution by the
                // finder in it, anything else (`4242`, `$PID`) unknown.
                let substituted: Vec<&str> = site
                    .cmd
                    .argv
                    .iter()
                    .filter(|w| w.has_command_substitution)
                    .map(|w| w.value_or_raw())
                    .collect();
                let foreign: Vec<&str> = targets.into_iter().filter(|v| !own(v)).collect();
                if foreign.is_empty() {
                    return None;
                }
                if let Some(other) = foreign.iter().find(|v| !substituted.contains(v)) {
                    return Some(format!("process {other}"));
                }
                self.finder_reach(&children(site))
            }
            "pkill" | "killall" | "skill" => {
                // `pkill -P $$`: this shell's own children.
                let own_children = raws
                    .windows(2)
                    .any(|w| matches!(w, ["-P" | "--parent", "$$" | "\"$$\""]));
                if own_children {
                    return None;
                }
                if targets.is_empty() {
                    return vals
                        .iter()
                        .any(|v| valued(v))
                        .then(|| "processes by user or group".to_owned());
                }
                let foreign = targets.iter().find(|p| !dev_process(p))?;
                Some(format!("every process matching {foreign}"))
            }
            "fuser" => {
                let kills = vals.iter().any(|v| {
                    v.strip_prefix('-').is_some_and(|c| {
                        !c.starts_with('-')
                            && c.contains('k')
                            && c.chars().all(|c| c.is_ascii_alphabetic())
                    })
                });
                if !kills {
                    return None;
                }
                targets.iter().find_map(|t| match port_in(t) {
                    Some(port) => service_port(port)
                        .map(|what| format!("the process on port {port} ({what})")),
                    None => Some(format!("every process using {t}")),
                })
            }
            _ => None,
        }
    }

    /// What the ids a process finder prints reach: `pgrep`/`pidof` by
    /// name, `ps | grep` by pattern, `lsof`/`fuser` by port or file, a
    /// pid file. `None` when every finder names the agent's own work.
    fn finder_reach(&self, cmds: &[&SimpleCommand]) -> Option<String> {
        let mut known = false;
        for c in cmds {
            let words: Vec<&str> = c.argv.iter().map(|w| w.value_or_raw()).collect();
            let Some((prog, rest)) = words.split_first() else {
                continue;
            };
            let found = operands(rest);
            match paths::basename(prog) {
                "pgrep" | "pidof" | "grep" | "egrep" => {
                    // `grep -v grep`: drops the grep itself, names nothing.
                    let patterns: Vec<&str> = found.into_iter().filter(|p| *p != "grep").collect();
                    if let Some(p) = patterns.iter().find(|p| !dev_process(p)) {
                        return Some(format!("every process matching {p}"));
                    }
                    known |= !patterns.is_empty();
                }
                "lsof" | "fuser" | "ss" | "netstat" => {
                    let ports: Vec<u16> = rest.iter().filter_map(|w| port_in(w)).collect();
                    if ports.is_empty() {
                        return Some(format!("the processes {prog} lists"));
                    }
                    if let Some((p, what)) = ports.iter().find_map(|p| Some((p, service_port(*p)?)))
                    {
                        return Some(format!("the process on port {p} ({what})"));
                    }
                    known = true;
                }
                "cat" | "head" | "tail" => {
                    // A pid file: the project's own (`tmp/pids/server.pid`).
                    for f in found {
                        let inside = paths::absolute(f, f, false, &self.ctx)
                            .is_some_and(|a| paths::within(&a, &self.ctx.project_dir));
                        if !inside || !f.ends_with(".pid") {
                            return Some(format!("the process in {f}"));
                        }
                        known = true;
                    }
                }
                "echo" | "printf" if words.iter().any(|w| self.own_job_id(w)) => known = true,
                // `jobs -p`: the ids of this shell's own jobs (l101b).
                "jobs" => known = true,
                _ => {}
            }
        }
        (!known).then(|| "the processes another command listed".to_owned())
    }

    /// Whether `raw` is the id of a job this line started: `$!`, or a
    /// variable the line assigned `$!` to (`pid=$!; ...; kill $pid`).
    fn own_job_id(&self, raw: &str) -> bool {
        sole_expansion(raw).is_some_and(|n| n == "!" || self.job_ids.contains(n))
    }
}
