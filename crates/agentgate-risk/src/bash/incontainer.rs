//! What `docker run IMAGE CMD...` runs. CMD runs in the container, on the
//! image's files, not the host's: `docker run busybox chmod 400
//! /etc/hostname` changes the container's `/etc` (session 35, htlinb). Only
//! the host directories mounted in, and the network, reach past it. So CMD
//! is judged as a command with every path it names mapped: a path under a
//! mount's target is the host directory mounted there (`-v "$PWD":/src
//! ... rm -rf /src` deletes the project); any other path is the
//! container's own, a throwaway tree (`CONTAINER_ROOT`, a scratch path).

use super::*;

/// Where the container's own files are placed for judging: a scratch
/// directory, which every rule already treats as throwaway.
pub(super) const CONTAINER_ROOT: &str = "/tmp/container-fs";

/// `docker run`'s options that take a value as the next word
/// (https://docs.docker.com/reference/cli/docker/container/run/; podman
/// run's common ones, https://docs.podman.io/en/latest/markdown/podman-run.1.html).
const RUN_VALUES: &[&str] = &[
    "-a",
    "--attach",
    "--add-host",
    "--annotation",
    "--blkio-weight",
    "--blkio-weight-device",
    "--cap-add",
    "--cap-drop",
    "--cgroup-parent",
    "--cgroupns",
    "--cidfile",
    "--cpu-period",
    "--cpu-quota",
    "--cpu-rt-period",
    "--cpu-rt-runtime",
    "-c",
    "--cpu-shares",
    "--cpus",
    "--cpuset-cpus",
    "--cpuset-mems",
    "--device",
    "--device-cgroup-rule",
    "--device-read-bps",
    "--device-read-iops",
    "--device-write-bps",
    "--device-write-iops",
    "--dns",
    "--dns-option",
    "--dns-search",
    "--domainname",
    "--entrypoint",
    "-e",
    "--env",
    "--env-file",
    "--expose",
    "--gpus",
    "--group-add",
    "--health-cmd",
    "--health-interval",
    "--health-retries",
    "--health-start-period",
    "--health-timeout",
    "-h",
    "--hostname",
    "--ip",
    "--ip6",
    "--ipc",
    "--isolation",
    "--kernel-memory",
    "-l",
    "--label",
    "--label-file",
    "--link",
    "--link-local-ip",
    "--log-driver",
    "--log-opt",
    "--mac-address",
    "-m",
    "--memory",
    "--memory-reservation",
    "--memory-swap",
    "--memory-swappiness",
    "--mount",
    "--name",
    "--network",
    "--net",
    "--network-alias",
    "--oom-score-adj",
    "--pid",
    "--pids-limit",
    "--platform",
    "-p",
    "--publish",
    "--pull",
    "--restart",
    "--runtime",
    "--security-opt",
    "--shm-size",
    "--stop-signal",
    "--stop-timeout",
    "--storage-opt",
    "--sysctl",
    "--tmpfs",
    "--ulimit",
    "-u",
    "--user",
    "--userns",
    "--uts",
    "-v",
    "--volume",
    "--volume-driver",
    "--volumes-from",
    "-w",
    "--workdir",
    "--pod",
    "--secret",
    "--arch",
    "--os",
    "--variant",
];

/// Global options of the container CLIs that take a value.
const GLOBAL_VALUES: &[&str] = &[
    "-H",
    "--host",
    "-c",
    "--context",
    "--config",
    "-l",
    "--log-level",
    "--tlscacert",
    "--tlscert",
    "--tlskey",
    "--url",
    "--connection",
];

/// Where a container CLI's sub-command is in `vals`: after its global
/// options, some taking a value (`docker -H tcp://h:2375 run ...`,
/// `--context prod`).
pub(super) fn subcommand_at(vals: &[&str]) -> usize {
    let mut at = 0;
    while let Some(v) = vals.get(at) {
        if GLOBAL_VALUES.contains(v) {
            at += 2;
        } else if v.starts_with('-') {
            at += 1;
        } else {
            break;
        }
    }
    at
}

/// A container CLI's words (`rest`) in a management command's spelling
/// (`container run`, `image rm`): where that pair starts and the legacy
/// sub-command it is (`agentgate_commands::MANAGEMENT_ALIASES`).
pub(super) fn legacy_form(name: &str, rest: &[super::Arg<'_>]) -> Option<(usize, &'static str)> {
    if !CONTAINER_CLIS.contains(&name) {
        return None;
    }
    let vals: Vec<&str> = rest.iter().map(|a| a.v()).collect();
    let at = subcommand_at(&vals);
    let group = *vals.get(at)?;
    let verb = *vals.get(at + 1)?;
    agentgate_commands::management_alias(group, verb).map(|a| (at, a.legacy))
}

/// Where `docker [GLOBAL] run|create [OPTIONS]` (or `container run`) names
/// its image in `vals`; `docker compose run SERVICE` is not covered (the
/// service's mounts are in a file).
pub(super) fn run_image_at(vals: &[&str]) -> Option<usize> {
    let mut at = subcommand_at(vals);
    if vals.get(at) == Some(&"container") {
        at += 1;
    }
    if !matches!(vals.get(at), Some(&"run") | Some(&"create")) {
        return None;
    }
    let mut i = at + 1;
    while let Some(v) = vals.get(i) {
        if *v == "--" {
            return vals.get(i + 1).map(|_| i + 1);
        }
        if v.starts_with('-') {
            i += if RUN_VALUES.contains(v) { 2 } else { 1 };
            continue;
        }
        return Some(i);
    }
    None
}

/// A bind mount as written: the host side and the container side (`-v
/// SRC:DST[:OPTS]`, `--volume=`, `--mount type=bind,src=..,dst=..`).
/// A named volume's source (`cache:/root/.cache`) is no host path; it is
/// kept, and told apart by [`Walker::mount_host`].
pub(super) fn bind_mounts(vals: &[&str]) -> Vec<(String, Option<String>)> {
    vals.iter()
        .enumerate()
        .filter_map(|(i, v)| {
            let spec = if *v == "-v" || *v == "--volume" {
                vals.get(i + 1).copied()?
            } else if let Some(m) = v.strip_prefix("--volume=") {
                m
            } else if *v == "--mount" || v.starts_with("--mount=") {
                let spec = v
                    .strip_prefix("--mount=")
                    .or_else(|| vals.get(i + 1).copied())?;
                let field = |keys: &[&str]| {
                    spec.split(',').find_map(|kv| {
                        let (k, val) = kv.split_once('=')?;
                        keys.contains(&k).then(|| val.to_owned())
                    })
                };
                let src = field(&["src", "source"])?;
                return Some((src, field(&["dst", "destination", "target"])));
            } else {
                return None;
            };
            let mut parts = spec.splitn(3, ':');
            let src = parts.next()?.to_owned();
            Some((src, parts.next().map(str::to_owned)))
        })
        .collect()
}

impl Walker<'_> {
    /// The host directory a mount's source names, absolute; None for a
    /// named volume or a value that cannot be known.
    pub(super) fn mount_host(&self, src: &str) -> Option<String> {
        let known = self.known_value(src).unwrap_or_else(|| src.to_owned());
        let known = known.replace(['"', '\''], "");
        if !known.starts_with(['/', '~', '.']) && !paths::starts_with_home_var(&known) {
            return None;
        }
        paths::absolute(&known, &known, known.starts_with('~'), &self.ctx)
    }

    /// Judges the command `docker run` starts in the container, its paths
    /// mapped through the mounts (see the module's comment). What runs
    /// code fetched at run time or hides what runs is asked about, not
    /// denied, when a host directory is mounted (it runs inside the
    /// container, with only what is mounted), and let be when none is.
    pub(super) fn container_command(&mut self, site: Site<'_>, vals: &[&str]) {
        let Some(image) = run_image_at(vals) else {
            return;
        };
        // The words as docker gets them: the host's shell expands what is
        // not quoted (`d=/src; docker run -v "$PWD:$d" img rm -rf $d`);
        // what is quoted is the container's (`sh -c 'rm -rf $d'`).
        let words = &site.cmd.argv;
        let offset = words.len().checked_sub(vals.len());
        let expanded: Vec<String> = vals
            .iter()
            .enumerate()
            .map(|(i, v)| {
                offset
                    .and_then(|o| words.get(o + i))
                    .filter(|w| w.is_dynamic())
                    .and_then(|w| self.known_value(&w.raw))
                    .unwrap_or_else(|| (*v).to_owned())
            })
            .collect();
        let vals: Vec<&str> = expanded.iter().map(String::as_str).collect();
        let vals = vals.as_slice();
        let entry = vals
            .iter()
            .enumerate()
            .take(image)
            .find_map(|(i, v)| match *v {
                "--entrypoint" => vals.get(i + 1).copied(),
                _ => v.strip_prefix("--entrypoint="),
            });
        let argv: Vec<&str> = entry
            .into_iter()
            .chain(vals.get(image + 1..).unwrap_or(&[]).iter().copied())
            .collect();
        if argv.is_empty() {
            return;
        }
        let mut mounts: Vec<(String, String)> = bind_mounts(vals.get(..image).unwrap_or(&[]))
            .into_iter()
            .filter_map(|(src, dst)| {
                let dst = dst?.trim_end_matches('/').to_owned();
                Some((dst, self.mount_host(&src)?))
            })
            .filter(|(dst, _)| dst.starts_with('/') && dst.len() > 1)
            .collect();
        // The deepest target first: `/src` and `/src/cache` both mounted.
        mounts.sort_by_key(|m| std::cmp::Reverse(m.0.len()));
        let workdir = vals
            .iter()
            .enumerate()
            .take(image)
            .find_map(|(i, v)| match *v {
                "-w" | "--workdir" => vals.get(i + 1).copied(),
                _ => v.strip_prefix("--workdir="),
            })
            .unwrap_or("/");
        let line = format!(
            "cd {} && {}",
            super::usedfiles::quote_word(&map_paths(workdir, &mounts)),
            argv.iter()
                .map(|w| super::usedfiles::quote_word(&map_paths(w, &mounts)))
                .collect::<Vec<_>>()
                .join(" ")
        );
        // The container's own programs are the image's: made for it, not
        // left in a temporary directory by someone (only while judging it).
        let made = self.made_here.len();
        self.made_here.push(CONTAINER_ROOT.to_owned());
        let found = self.probe(|w| w.script(&line, site.depth + 1));
        self.made_here.truncate(made);
        // The container's environment is its image's and what the run
        // passes in (`-e`, `--env`, `--env-file`, podman's `--secret
        // NAME,type=env`): without those, printing it shows none of the
        // developer's secrets (`docker run --rm ubuntu env`, devsheets).
        let passes_env = vals.iter().take(image).any(|v| {
            matches!(
                *v,
                "-e" | "--env" | "--env-file" | "--secret" | "--env-host"
            ) || v.starts_with("--env=")
                || v.starts_with("--env-file=")
                || v.starts_with("--secret=")
                || v.starts_with("-e") && !v.starts_with("--")
        });
        // Without host directories, devices, capabilities or the host's
        // namespaces, a change to the system inside is the container's
        // own (`docker run -it debian passwd root`, `docker run ubuntu ip
        // link add dummy0 type dummy`: the Docker CLI's docs, session 67).
        let isolated = mounts.is_empty()
            && !vals
                .iter()
                .take(image)
                .enumerate()
                .any(|(i, v)| reaches_host(v, vals.get(i + 1).copied()));
        for f in found {
            if !passes_env && f.reason.ends_with(super::system::ENV_DUMP_REASON) {
                continue;
            }
            if isolated && f.category == SelfEsc {
                continue;
            }
            // The image's packages are the container's: an install there
            // changes no machine (`agentgate_commands::SYSTEM_INSTALL`).
            if f.reason.contains(agentgate_commands::SYSTEM_INSTALL) {
                continue;
            }
            let severity = if matches!(f.category, Rce | Obf | Unverifiable) {
                // Without a host directory mounted, what the container
                // runs reaches only its own files and the network: code it
                // fetches or hides cannot touch the host's (a `.venv/bin/
                // ${MODULE_NAME}` assembled in CI's throwaway container).
                if mounts.is_empty() {
                    continue;
                }
                f.severity.min(Medium)
            } else {
                f.severity
            };
            self.find(
                f.category,
                severity,
                format!("in the container: {}", f.reason),
                &site.cmd.text,
            );
        }
        // The mapping reads the command's text: a path the container's
        // shell assembles (`cd / && rm -rf w`, `/s""rc`, `${d}rc`) is not
        // seen to land in a mount. A changer run that way with host
        // directories mounted is asked (session 35's review; mapping at
        // path resolution is the mend, status item 1).
        let text = argv.join(" ");
        if !mounts.is_empty() && builds_paths(&text) && runs_changer(&text) {
            let targets: Vec<&str> = mounts.iter().map(|(t, _)| t.as_str()).collect();
            self.find(
                Unverifiable,
                Medium,
                format!(
                    "changes files in a container with host directories mounted ({}), through paths its shell builds",
                    targets.join(", ")
                ),
                &site.cmd.text,
            );
        }
    }
}

/// Whether `docker run`'s option `opt` (with the next word `next`) lets
/// the container reach the host: privileges, added capabilities, devices,
/// a security profile turned off, or one of the host's namespaces.
fn reaches_host(opt: &str, next: Option<&str>) -> bool {
    let (name, value) = match opt.split_once('=') {
        Some((n, v)) if n.starts_with("--") => (n, Some(v)),
        _ => (opt, next),
    };
    match name {
        "--privileged" | "--cap-add" | "--device" | "--security-opt" => {
            name != "--security-opt" || value.is_some_and(|v| v.contains("unconfined"))
        }
        "--network" | "--net" | "--pid" | "--ipc" | "--uts" | "--userns" | "--cgroupns" => {
            value == Some("host")
        }
        _ => false,
    }
}

/// Whether a container's command line builds paths at run time: a `cd`, a
/// variable or substitution, or a path spliced from quoted pieces
/// (`/s""rc`, `/s\rc`).
fn builds_paths(text: &str) -> bool {
    let spliced = text.char_indices().any(|(i, c)| {
        c == '/'
            && text.get(i + 1..).is_some_and(|rest| {
                let word: String = rest
                    .chars()
                    .take_while(|ch| !ch.is_whitespace() && !";|&()<>".contains(*ch))
                    .collect();
                let quote = word.find(['"', '\'', '\\']);
                quote.is_some_and(|q| {
                    word.get(q..)
                        .and_then(|r| r.trim_start_matches(['"', '\'', '\\']).chars().next())
                        .is_some_and(|n| n.is_ascii_alphanumeric())
                        && q > 0
                })
            })
    });
    spliced
        || text.contains('$')
        || text.contains('`')
        || text
            .split(|c: char| c.is_whitespace() || ";&|('\"".contains(c))
            .any(|w| w == "cd" || w == "pushd")
}

/// Whether a command line runs a program that removes, moves or changes
/// whole trees, or a find that deletes.
fn runs_changer(text: &str) -> bool {
    text.split(|c: char| c.is_whitespace() || ";|&()'\"".contains(c))
        .any(|w| agentgate_commands::TREE_CHANGERS.contains(&paths::basename(w)) || w == "-delete")
}

/// `word` with each absolute path in it (a word of its own, or after a
/// quote, `=`, `:` or a shell operator inside a command line) mapped: under
/// a mount's target to the host directory, elsewhere into
/// [`CONTAINER_ROOT`]. The container's `~` and `$HOME` are its own.
/// Devices stay (`/dev/tcp/HOST/PORT` is the network, `/dev/null`
/// nothing).
fn map_paths(word: &str, mounts: &[(String, String)]) -> String {
    let mut out = String::with_capacity(word.len());
    let mut rest = word;
    let mut prev: Option<char> = None;
    while let Some(c) = rest.chars().next() {
        let starts = prev.is_none_or(|p| p.is_whitespace() || "'\"=:;|&(<>`".contains(p));
        let home = ["~", "$HOME", "${HOME}"]
            .iter()
            .find(|h| rest.starts_with(**h))
            .filter(|h| {
                rest.get(h.len()..)
                    .and_then(|r| r.chars().next())
                    .is_none_or(|n| n == '/' || n.is_whitespace() || "'\";|&)".contains(n))
            });
        if starts && (c == '/' && !rest.starts_with("//") || home.is_some()) {
            let end = rest
                .find(|ch: char| ch.is_whitespace() || "'\";|&)<>`".contains(ch))
                .unwrap_or(rest.len());
            let (path, after) = rest.split_at(end);
            let path = match home {
                Some(h) => format!("/root{}", path.get(h.len()..).unwrap_or("")),
                None => path.to_owned(),
            };
            out.push_str(&map_path(&path, mounts));
            prev = path.chars().last();
            rest = after;
            continue;
        }
        out.push(c);
        prev = Some(c);
        rest = rest.get(c.len_utf8()..).unwrap_or("");
    }
    out
}

/// One absolute path of the container mapped (see [`map_paths`]).
fn map_path(path: &str, mounts: &[(String, String)]) -> String {
    for (target, host) in mounts {
        if let Some(under) = path.strip_prefix(target.as_str()) {
            if under.is_empty() || under.starts_with('/') {
                return format!("{host}{under}");
            }
        }
    }
    if path.starts_with("/dev/") {
        return path.to_owned();
    }
    format!("{CONTAINER_ROOT}{path}")
}

/// Paths inside a larger value (`--xform s@.*@~/.bashrc@`), not the rest of
/// a relative glob (`packages/*/bin/x` names no `/bin/x`: session 67). A
/// container CLI's `target=`, `dst=` and `destination=` name paths in the
/// container (`--config source=c,target=/etc/redis/redis.conf`: the Docker
/// CLI's docs), judged by what runs there; its sources stay the host's.
pub(super) fn inner_paths<'a>(
    text: &'a str,
    whole: &'a str,
    container: Option<bool>,
) -> impl Iterator<Item = &'a str> {
    let relative = !whole.starts_with(['/', '~', '$']);
    let runs_inside = container == Some(true);
    let container = container.is_some();
    paths::tokens(text).filter(move |t| {
        if runs_inside {
            return false;
        }
        let at = (t.as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
        let before = text.get(..at).unwrap_or("");
        let after_glob = before.ends_with('*');
        let in_container = container
            && ["target=", "dst=", "destination="]
                .iter()
                .any(|k| before.ends_with(k));
        *t != whole
            && (t.starts_with('~') || t.starts_with('/'))
            && !(relative && after_glob)
            && !in_container
    })
}

/// For a container CLI's argument `v` (after `prev`): `Some(true)` when
/// the whole value is a command the container runs (`--health-cmd='stat
/// /etc/passwd'`: the Docker CLI's docs), `Some(false)` for its other
/// values, `None` for another program's.
pub(super) fn container_value(name: &str, v: &str, prev: Option<&str>) -> Option<bool> {
    if !agentgate_commands::CONTAINER_CLIS.contains(&name) {
        return None;
    }
    Some(v.starts_with("--health-cmd=") || prev == Some("--health-cmd"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_map_through_mounts() {
        let m = vec![
            ("/src/cache".to_owned(), "/home/dev/.cache/x".to_owned()),
            ("/src".to_owned(), "/home/dev/project".to_owned()),
        ];
        assert_eq!(map_paths("/src", &m), "/home/dev/project");
        assert_eq!(map_paths("/src/a", &m), "/home/dev/project/a");
        assert_eq!(map_paths("/srcx", &m), "/tmp/container-fs/srcx");
        assert_eq!(map_paths("/src/cache/y", &m), "/home/dev/.cache/x/y");
        assert_eq!(map_paths("/etc/hosts", &m), "/tmp/container-fs/etc/hosts");
        assert_eq!(
            map_paths("cat /src/k > /dev/tcp/h/1", &m),
            "cat /home/dev/project/k > /dev/tcp/h/1"
        );
        assert_eq!(map_paths("--out=/src/o", &m), "--out=/home/dev/project/o");
        assert_eq!(
            map_paths("http://x.example/a/b", &m),
            "http://x.example/a/b"
        );
        assert_eq!(
            map_paths("rm -rf ~/.ssh", &m),
            "rm -rf /tmp/container-fs/root/.ssh"
        );
        assert_eq!(map_paths("a/b", &m), "a/b");
    }

    #[test]
    fn paths_built_inside_the_container() {
        for t in [
            "sh -c cd / && rm -rf w",
            "sh -c rm -rf /s\"\"rc",
            "sh -c d=/s; rm -rf ${d}rc",
        ] {
            assert!(builds_paths(t) && runs_changer(t), "{t}");
        }
        assert!(!builds_paths("rm -rf /src/build"));
        assert!(!builds_paths("sh -c \"make test\""));
        assert!(!runs_changer("cargo test"));
    }

    #[test]
    fn image_found_past_options() {
        let v = ["run", "--rm", "-v", "a:/b", "--cap-add", "X", "img", "ls"];
        assert_eq!(run_image_at(&v), Some(6));
        let v = ["-H", "unix:///s", "container", "run", "img"];
        assert_eq!(run_image_at(&v), Some(4));
        assert_eq!(run_image_at(&["compose", "run", "web", "ls"]), None);
        assert_eq!(run_image_at(&["run", "--rm"]), None);
    }
}
