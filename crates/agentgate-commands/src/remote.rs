//! Programs that run a command on another machine: a remote host (`ssh
//! HOST CMD`), a cluster workload (`kubectl exec POD -- CMD`), a virtual
//! machine (`docker-machine ssh VM CMD`, `gcloud compute ssh VM --command
//! CMD`). The command's words are that machine's: its paths are not this
//! machine's paths (`ssh h cat /etc/hosts` changes nothing here), and what
//! it does is judged as a command run there (session 40, devsheets: both
//! were wrong, the first denied, most of the second let through).

/// Where a program's remote command is on its command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RemoteForm {
    /// ssh's grammar: options (some taking a value, `-p 22`, `-p22`), the
    /// destination, then the command's words, joined with spaces and run
    /// by the remote user's shell (ssh(1)). `--` ends the options.
    Ssh,
    /// After the sub-command words and `skip` more operands (the target),
    /// or after `--`: the command's words, an argv (`kubectl exec POD --
    /// CMD ARGS`); one word with spaces is a command line for the remote
    /// shell (`docker-machine ssh VM "CMD ARGS"`).
    Argv {
        /// Operands between the sub-command words and the command.
        skip: u8,
    },
    /// The value of one of these options is a command line run by the
    /// remote shell (`gcloud compute ssh VM --command 'CMD'`).
    Opt {
        /// Option spellings (`--x V` and `--x=V`).
        names: &'static [&'static str],
    },
}

/// One program (and sub-command) that runs a command elsewhere.
#[derive(Clone, Copy, Debug)]
pub struct RemoteShell {
    /// Program names.
    pub names: &'static [&'static str],
    /// Sub-command words, in order, before the target (empty for ssh).
    pub sub: &'static [&'static str],
    /// Where the command is.
    pub form: RemoteForm,
    /// Options of the program that take a value as the next word (so
    /// their values are not counted as operands).
    pub value_opts: &'static [&'static str],
    /// What the command runs on, for reasons ("the remote host").
    pub place: &'static str,
    /// Where the knowledge comes from.
    pub source: &'static str,
    /// Command lines whose remote command starts at the word given
    /// (index into the words after the program name).
    pub examples: &'static [(&'static str, usize)],
    /// Command lines with no remote command.
    pub none: &'static [&'static str],
}

/// `docker|podman|nerdctl [container] exec`'s options that take a value
/// (https://docs.docker.com/reference/cli/docker/container/exec/).
const CONTAINER_EXEC_VALUES: &[&str] = &[
    "-e",
    "--env",
    "--env-file",
    "-u",
    "--user",
    "-w",
    "--workdir",
    "--detach-keys",
];

/// `docker compose exec`'s and `docker-compose exec`'s (with compose's own
/// `-f`, `-p` before the sub-command).
const COMPOSE_EXEC_VALUES: &[&str] = &[
    "-e",
    "--env",
    "-u",
    "--user",
    "-w",
    "--workdir",
    "--index",
    "-f",
    "--file",
    "-p",
    "--project-name",
];

/// ssh's options that take a value (OpenBSD ssh(1) SYNOPSIS).
pub const SSH_VALUE_OPTS: &[&str] = &[
    "-B", "-b", "-c", "-D", "-E", "-e", "-F", "-I", "-i", "-J", "-L", "-l", "-m", "-O", "-o", "-P",
    "-p", "-Q", "-R", "-S", "-W", "-w",
];

/// The table.
pub const REMOTE_SHELLS: &[RemoteShell] = &[
    RemoteShell {
        names: &["ssh"],
        sub: &[],
        form: RemoteForm::Ssh,
        value_opts: SSH_VALUE_OPTS,
        place: "the remote host",
        source: "man:ssh(1) (destination [command [argument ...]]: the command is run by the remote user's shell)",
        examples: &[
            ("ssh somehost cat /etc/hosts", 1),
            ("ssh -p 2222 -i key dev@h ls /", 5),
            ("ssh -p2222 h 'rm -rf x'", 2),
            ("ssh -- h uptime", 2),
        ],
        none: &["ssh somehost", "ssh -p 22 -i key dev@h", "ssh -L 8080:localhost:80 h"],
    },
    RemoteShell {
        names: &["autossh"],
        sub: &[],
        form: RemoteForm::Ssh,
        value_opts: &[
            "-M", "-B", "-b", "-c", "-D", "-E", "-e", "-F", "-I", "-i", "-J", "-L", "-l", "-m", "-O", "-o",
            "-P", "-p", "-Q", "-R", "-S", "-W", "-w",
        ],
        place: "the remote host",
        source: "man:autossh(1) (-M port[:echo_port], then ssh's own arguments)",
        examples: &[("autossh -M 0 build.example.org 'uptime'", 3), ("autossh -M0 -f h ls", 3)],
        none: &["autossh -M 0 -N -L 8080:localhost:80 h"],
    },
    RemoteShell {
        names: &["plink"],
        sub: &[],
        form: RemoteForm::Ssh,
        value_opts: &["-P", "-l", "-pw", "-i", "-m", "-L", "-R", "-D", "-hostkey", "-proxycmd", "-sercfg", "-load", "-pwfile"],
        place: "the remote host",
        source: "https://the.earth.li/~sgtatham/putty/0.81/htmldoc/Chapter7.html (plink [options] [user@]host [command])",
        examples: &[("plink -ssh -pw secret dev@h ls /", 4)],
        none: &["plink -ssh -pw secret dev@h"],
    },
    RemoteShell {
        names: &["mosh"],
        sub: &[],
        form: RemoteForm::Ssh,
        value_opts: &["-p", "--port", "--ssh", "--server", "--client", "--family"],
        place: "the remote host",
        source: "man:mosh(1) (mosh [options] [--] [user@]host [command...])",
        examples: &[("mosh build.example.org -- ls /etc", 2), ("mosh h top", 1)],
        none: &["mosh h", "mosh --ssh='ssh -p 2222' dev.example.org"],
    },
    RemoteShell {
        names: &["kubectl", "oc"],
        sub: &["exec"],
        form: RemoteForm::Argv { skip: 1 },
        value_opts: &["-n", "--namespace", "--context", "-c", "--container", "--kubeconfig", "--as", "--as-group", "-f", "--filename", "--pod-running-timeout"],
        place: "the cluster workload",
        source: "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_exec/ (kubectl exec (POD | TYPE/NAME) [-c CONTAINER] -- COMMAND [args...]; the old form without --)",
        examples: &[
            ("kubectl exec -it mytest -- ls -l /etc/hosts", 4),
            ("kubectl exec redis-master env", 2),
            ("kubectl -n ns exec -c app pod -- cat /x", 7),
        ],
        none: &["kubectl get pods", "kubectl exec -it mytest"],
    },
    // ci4 (session 41): playwright's workflow runs `docker exec --user root
    // docker-tests chown -R pwuser /home/pwuser/playwright`, judged as a
    // change of this machine's /home. The command runs in a container
    // that already exists, whose mounts the line does not show (`docker
    // run`'s own are mapped in incontainer.rs): judged as run there, as a
    // cluster workload's is.
    RemoteShell {
        names: &["docker", "podman", "nerdctl"],
        sub: &["exec"],
        form: RemoteForm::Argv { skip: 1 },
        value_opts: CONTAINER_EXEC_VALUES,
        place: "the container",
        source: "https://docs.docker.com/reference/cli/docker/container/exec/ (docker exec [OPTIONS] CONTAINER COMMAND [ARG...]); podman-exec(1)",
        examples: &[
            ("docker exec --user root docker-tests chown -R pwuser /home/pwuser/playwright", 4),
            ("docker exec -it web bash", 3),
            ("podman exec -w /srv app ls", 4),
        ],
        none: &["docker ps", "docker exec --help"],
    },
    RemoteShell {
        names: &["docker", "podman", "nerdctl"],
        sub: &["container", "exec"],
        form: RemoteForm::Argv { skip: 1 },
        value_opts: CONTAINER_EXEC_VALUES,
        place: "the container",
        source: "https://docs.docker.com/reference/cli/docker/container/exec/",
        examples: &[("docker container exec web cat /etc/os-release", 3)],
        none: &["docker container ls"],
    },
    RemoteShell {
        names: &["docker", "podman"],
        sub: &["compose", "exec"],
        form: RemoteForm::Argv { skip: 1 },
        value_opts: COMPOSE_EXEC_VALUES,
        place: "the service's container",
        source: "https://docs.docker.com/reference/cli/docker/compose/exec/ (docker compose exec [OPTIONS] SERVICE COMMAND [ARGS...])",
        examples: &[("docker compose exec web env", 3), ("docker compose -f c.yml exec -T db psql -U app", 6)],
        none: &["docker compose up -d"],
    },
    RemoteShell {
        names: &["docker-compose", "podman-compose"],
        sub: &["exec"],
        form: RemoteForm::Argv { skip: 1 },
        value_opts: COMPOSE_EXEC_VALUES,
        place: "the service's container",
        source: "https://docs.docker.com/reference/cli/docker/compose/exec/",
        examples: &[("docker-compose exec web env", 2)],
        none: &["docker-compose up"],
    },
    RemoteShell {
        names: &["adb"],
        sub: &["shell"],
        form: RemoteForm::Argv { skip: 0 },
        value_opts: &["-s", "-t", "-H", "-P", "-L"],
        place: "the connected device",
        source: "https://developer.android.com/tools/adb#shellcommands (adb [-s SERIAL] shell COMMAND: runs COMMAND on the device)",
        examples: &[("adb shell rm -rf /sdcard/DCIM", 1), ("adb -s dev1 shell 'ls /sdcard'", 3)],
        none: &["adb shell", "adb devices"],
    },
    RemoteShell {
        names: &["docker-machine"],
        sub: &["ssh"],
        form: RemoteForm::Argv { skip: 1 },
        value_opts: &["-s", "--storage-path"],
        place: "the virtual machine",
        source: "https://github.com/docker/docs/blob/v18.09/machine/reference/ssh.md (docker-machine ssh MACHINE [COMMAND])",
        examples: &[("docker-machine ssh myvm1 \"docker node ls\"", 2)],
        none: &["docker-machine ssh myvm1", "docker-machine ls"],
    },
    RemoteShell {
        names: &["gcloud"],
        sub: &["compute", "ssh"],
        form: RemoteForm::Opt { names: &["--command"] },
        value_opts: &["--zone", "--project", "--command"],
        place: "the virtual machine",
        source: "https://cloud.google.com/sdk/gcloud/reference/compute/ssh (--command=COMMAND: a command to run on the virtual machine)",
        examples: &[
            ("gcloud compute ssh vm-1 --command 'ls /etc'", 4),
            ("gcloud compute ssh vm-1 --command='ls /etc'", 3),
        ],
        none: &["gcloud compute ssh vm-1 --zone us-central1-a"],
    },
    RemoteShell {
        names: &["vagrant"],
        sub: &["ssh"],
        form: RemoteForm::Opt { names: &["-c", "--command"] },
        value_opts: &["-c", "--command"],
        place: "the virtual machine",
        source: "https://developer.hashicorp.com/vagrant/docs/cli/ssh (-c COMMAND: runs the command on the machine)",
        examples: &[("vagrant ssh -c 'ls /etc'", 2), ("vagrant ssh default --command='uptime'", 2)],
        none: &["vagrant ssh", "vagrant up"],
    },
    RemoteShell {
        names: &["fly", "flyctl"],
        sub: &["ssh", "console"],
        form: RemoteForm::Opt { names: &["-C", "--command"] },
        value_opts: &[
            "-A", "--address", "-a", "--app", "-C", "--command", "-c", "--config", "--container",
            "--machine", "-o", "--org", "-g", "--process-group", "-r", "--region", "-u", "--user",
            "-t", "--access-token",
        ],
        place: "the Fly Machine",
        source: "https://github.com/superfly/docs/blob/main/flyctl/cmd/fly_ssh_console.md (-C, --command: command to run on SSH session); flydocs part 1, session 61",
        examples: &[
            ("fly ssh console -a app -C 'ls /etc'", 5),
            ("flyctl ssh console --command='uptime'", 2),
        ],
        none: &["fly ssh console", "fly ssh console -a app --pty"],
    },
];

/// A program that copies files between this machine and another, each
/// place an operand: `TARGET:PATH` is on the other machine, anything else
/// here; the last operand is where the copy goes (`kubectl cp ns/pod:/x
/// ./x` downloads, `gcloud compute scp f vm:~/` uploads). Only the upload
/// sends local data away; a download writes here, judged as any write.
#[derive(Clone, Copy, Debug)]
pub struct MachineCopy {
    /// Program names.
    pub names: &'static [&'static str],
    /// Sub-command words, in order.
    pub sub: &'static [&'static str],
    /// Options that take a value as the next word.
    pub value_opts: &'static [&'static str],
    /// Whether TARGET may hold one `/` (`namespace/pod`).
    pub target_slash: bool,
    /// What TARGET is, for reasons.
    pub place: &'static str,
    /// Where the knowledge comes from.
    pub source: &'static str,
    /// Copies from here to there.
    pub uploads: &'static [&'static str],
    /// Copies from there to here, and lines with no copy.
    pub downloads: &'static [&'static str],
}

/// The table.
pub const MACHINE_COPIES: &[MachineCopy] = &[
    MachineCopy {
        names: &["kubectl", "oc"],
        sub: &["cp"],
        value_opts: &["-n", "--namespace", "--context", "-c", "--container", "--kubeconfig", "--retries"],
        target_slash: true,
        place: "a cluster workload",
        source: "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_cp/ (kubectl cp <file-spec-src> <file-spec-dest>; a remote spec is [namespace/]pod:path)",
        uploads: &["kubectl cp /tmp/my some-namespace/some-pod:/tmp/server", "kubectl cp -c app ./dist web-0:/srv"],
        downloads: &["kubectl cp some-namespace/some-pod:/tmp/server /tmp/my", "kubectl cp web-0:/var/log/app.log ./app.log"],
    },
    MachineCopy {
        names: &["oc"],
        sub: &["rsync"],
        value_opts: &["-n", "--namespace", "-c", "--container", "--exclude", "--include"],
        target_slash: true,
        place: "a cluster workload",
        source: "https://docs.openshift.com/container-platform/latest/cli_reference/openshift_cli/developer-cli-commands.html (oc rsync SOURCE DESTINATION; a pod's path is pod:dir)",
        uploads: &["oc rsync ./dist web-1:/srv"],
        downloads: &["oc rsync web-1:/srv/logs ./logs"],
    },
    MachineCopy {
        names: &["gcloud"],
        sub: &["compute", "scp"],
        value_opts: &["--zone", "--project", "--ssh-key-file", "--port", "--scp-flag"],
        target_slash: false,
        place: "a virtual machine",
        source: "https://cloud.google.com/sdk/gcloud/reference/compute/scp ([[USER@]INSTANCE:]SRC ... [[USER@]INSTANCE:]DEST)",
        uploads: &["gcloud compute scp ./report.csv vm-1:~/", "gcloud compute scp --recurse ./site dev@vm-1:/srv"],
        downloads: &["gcloud compute scp vm-1:~/f .", "gcloud compute scp --zone us-east1-b vm-1:/var/log/syslog ./syslog"],
    },
    MachineCopy {
        names: &["gcloud"],
        sub: &["compute", "copy-files"],
        value_opts: &["--zone", "--project", "--ssh-key-file"],
        target_slash: false,
        place: "a virtual machine",
        source: "https://cloud.google.com/sdk/gcloud/reference/compute/copy-files (the deprecated spelling of compute scp)",
        uploads: &["gcloud compute copy-files ./f vm-1:~/"],
        downloads: &["gcloud compute copy-files vm-1:~/f ."],
    },
];

/// A copy between machines on `name VALS...`: the row and the indexes of
/// its operands after the sub-command (sources first, destination last).
pub fn machine_copy(name: &str, vals: &[&str]) -> Option<(&'static MachineCopy, Vec<usize>)> {
    MACHINE_COPIES
        .iter()
        .filter(|r| r.names.contains(&name))
        .find_map(|row| {
            let mut operands = scan(vals, row.value_opts)
                .filter(|(_, o)| *o)
                .map(|(i, _)| i);
            for sub in row.sub {
                if vals.get(operands.next()?) != Some(sub) {
                    return None;
                }
            }
            let rest: Vec<usize> = operands.collect();
            (rest.len() >= 2).then_some((row, rest))
        })
}

/// Whether `word` is `TARGET:PATH` on another machine as the program reads
/// it: scp-like (`dev@vm:~/`): a TARGET with no `/` (`./a:b` is a local
/// file); kubectl's (`target_slash`): a TARGET with at most one `/`,
/// wherever it starts (kubectl's `extractFileSpec` splits at the first
/// `:` and takes `NS/POD`, so `./pod:/x` and `/pod:/x` are pods, not local
/// files; found attacking the first version).
pub fn elsewhere(word: &str, target_slash: bool) -> bool {
    let Some((target, _)) = word.split_once(':') else {
        return false;
    };
    let slashes = target.matches('/').count();
    !target.is_empty() && (slashes == 0 || target_slash && slashes == 1)
}

/// A command a line runs on another machine.
#[derive(Clone, Copy, Debug)]
pub struct RemoteCommand {
    /// The row that says so.
    pub row: &'static RemoteShell,
    /// Where its words start in the words after the program name.
    pub at: usize,
    /// The word at `at` is `--opt=VALUE`: the command line is VALUE.
    pub inline: bool,
    /// The target's index (host, pod, machine), when the form names one.
    pub target: Option<usize>,
}

/// Walks `vals` as getopt does: yields (index, is_operand) for each word
/// that is not an option's value, stopping after `--` (whose index is
/// yielded with `is_operand` false; everything after it is an operand).
fn scan<'a>(
    vals: &'a [&'a str],
    value_opts: &'a [&'a str],
) -> impl Iterator<Item = (usize, bool)> + 'a {
    let mut i = 0;
    let mut ended = false;
    std::iter::from_fn(move || {
        let v = *vals.get(i)?;
        let at = i;
        i += 1;
        if ended || v == "-" || !v.starts_with('-') {
            return Some((at, true));
        }
        if v == "--" {
            ended = true;
            return Some((at, false));
        }
        if value_opts.contains(&v) {
            i += 1;
            return Some((at, false));
        }
        if v.starts_with("--") {
            return Some((at, false));
        }
        // A short cluster (`-tp 22`, `-p22`): the first letter that takes a
        // value takes the rest of the word, or the next word when it ends it.
        let letters = v.get(1..).unwrap_or("");
        if let Some((k, _)) = letters.char_indices().find(|(_, c)| {
            let mut b = [0u8; 4];
            let opt = format!("-{}", c.encode_utf8(&mut b));
            value_opts.contains(&opt.as_str())
        }) {
            if k + 1 == letters.len() {
                i += 1;
            }
        }
        Some((at, false))
    })
}

/// The remote command on `name VALS...`, if a row knows one there.
pub fn remote_command(name: &str, vals: &[&str]) -> Option<RemoteCommand> {
    REMOTE_SHELLS
        .iter()
        .filter(|r| r.names.contains(&name))
        .find_map(|row| found(row, vals))
}

fn found(row: &'static RemoteShell, vals: &[&str]) -> Option<RemoteCommand> {
    let mut words = scan(vals, row.value_opts).peekable();
    // The sub-command words, in order, as the first operands.
    for sub in row.sub {
        let (i, _) = words.by_ref().find(|(_, operand)| *operand)?;
        if vals.get(i) != Some(sub) {
            return None;
        }
    }
    let done = |row, at, inline, target| {
        (at < vals.len()).then_some(RemoteCommand {
            row,
            at,
            inline,
            target,
        })
    };
    match row.form {
        RemoteForm::Ssh | RemoteForm::Argv { .. } => {
            let skip = match row.form {
                RemoteForm::Argv { skip } => usize::from(skip),
                _ => 1,
            };
            let mut target = None;
            let mut seen = 0;
            for (i, operand) in words {
                let after_dashes = vals.get(i) == Some(&"--");
                if operand && seen < skip {
                    seen += 1;
                    target = Some(i);
                } else if operand || (after_dashes && seen == skip) {
                    let at = if operand { i } else { i + 1 };
                    return done(row, at, false, target);
                }
            }
            None
        }
        RemoteForm::Opt { names } => words.find_map(|(i, _)| {
            let v = vals.get(i)?;
            if names.contains(v) {
                return done(row, i + 1, false, None);
            }
            names
                .iter()
                .any(|n| v.strip_prefix(n).is_some_and(|r| r.starts_with('=')))
                .then_some(RemoteCommand {
                    row,
                    at: i,
                    inline: true,
                    target: None,
                })
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_example_finds_its_command() {
        for r in REMOTE_SHELLS {
            for (ex, at) in r.examples {
                let words: Vec<&str> = ex.split_whitespace().collect();
                let (name, vals) = words.split_first().unwrap_or((&"", &[]));
                // Examples quote one command line: split as the shell would
                // for the index check (a quoted line is one word).
                let vals = shellish(&vals.join(" "));
                let vals: Vec<&str> = vals.iter().map(String::as_str).collect();
                let found = remote_command(name, &vals);
                assert_eq!(found.map(|f| f.at), Some(*at), "{ex}");
            }
            for ex in r.none {
                let words = shellish(ex);
                let vals: Vec<&str> = words.iter().skip(1).map(String::as_str).collect();
                let name = words.first().map_or("", String::as_str);
                assert!(remote_command(name, &vals).is_none(), "{ex}");
            }
        }
    }

    /// Words split at spaces outside quotes (the examples' quoting only).
    fn shellish(line: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut cur = String::new();
        let mut quote = None;
        let mut any = false;
        for c in line.chars() {
            match (quote, c) {
                (None, '\'' | '"') => {
                    quote = Some(c);
                    any = true;
                }
                (Some(q), c) if c == q => quote = None,
                (None, ' ') => {
                    if any {
                        out.push(std::mem::take(&mut cur));
                    }
                    any = false;
                }
                _ => {
                    cur.push(c);
                    any = true;
                }
            }
        }
        if any {
            out.push(cur);
        }
        out
    }

    #[test]
    fn copies_go_where_their_last_operand_is() {
        for row in MACHINE_COPIES {
            let last_there = |ex: &str| {
                let words: Vec<&str> = ex.split_whitespace().collect();
                let (name, vals) = words.split_first().unwrap_or((&"", &[]));
                let (r, ops) = machine_copy(name, vals)?;
                let dest = vals.get(*ops.last()?)?;
                Some(elsewhere(dest, r.target_slash))
            };
            for ex in row.uploads {
                assert_eq!(last_there(ex), Some(true), "{ex}");
            }
            for ex in row.downloads {
                assert_ne!(last_there(ex), Some(true), "{ex}");
            }
        }
        for w in ["./a:b", "/x/y:z", "a/b/c:d", "plain", ":x"] {
            assert!(!elsewhere(w, false), "{w}");
        }
        for w in ["./pod:/x", "/pod:/x", "ns/pod:/x", "pod:/x"] {
            assert!(elsewhere(w, true), "{w}");
        }
        assert!(!elsewhere("a/b/c:d", true));
        assert!(!elsewhere("ns/pod:/x", false));
        assert!(elsewhere("dev@vm-1:~/", false));
    }

    #[test]
    fn rows_are_well_formed() {
        for (i, r) in REMOTE_SHELLS.iter().enumerate() {
            assert!(!r.names.is_empty() && !r.source.is_empty() && !r.place.is_empty());
            assert!(
                !r.examples.is_empty() && !r.none.is_empty(),
                "{:?}",
                r.names
            );
            for (ex, at) in r.examples {
                let first = ex.split_whitespace().next().unwrap_or("");
                assert!(r.names.contains(&first), "{ex}");
                assert!(ex.split_whitespace().count() > *at, "{ex}");
            }
            for ex in r.none {
                let first = ex.split_whitespace().next().unwrap_or("");
                assert!(r.names.contains(&first), "{ex}");
            }
            // One row per program and sub-command.
            assert!(REMOTE_SHELLS
                .iter()
                .skip(i + 1)
                .all(|o| o.sub != r.sub || o.names.iter().all(|n| !r.names.contains(n))));
            if let RemoteForm::Opt { names } = r.form {
                assert!(names
                    .iter()
                    .all(|n| n.starts_with('-') && r.value_opts.contains(n)));
            }
        }
    }
}
