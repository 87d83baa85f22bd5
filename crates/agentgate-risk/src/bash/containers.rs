//! Containers: `docker`/`podman` sub-commands (host mounts, privileges,
//! untrusted registries, daemons on other machines) and container
//! daemons' sockets used by other programs.

use super::*;

impl Walker<'_> {
    pub(super) fn docker(&mut self, site: Site<'_>, vals: &[&str]) {
        let text = &site.cmd.text;
        // Global options before the sub-command (`incontainer.rs`).
        let at = super::incontainer::subcommand_at(vals);
        let sub = vals.get(at).copied().unwrap_or("");
        // A daemon on another machine (`-H tcp://10.0.0.5:2375`): whatever
        // the command does, it does there, as that daemon's root.
        // `DOCKER_HOST=...` before the command names it too; docker reads a
        // value without a scheme (`-H host:2375`) as tcp.
        let assigned = site
            .cmd
            .assignments
            .iter()
            .filter(|a| a.name == "DOCKER_HOST" || a.name == "CONTAINER_HOST")
            .filter_map(|a| a.value.literal.clone());
        let named: Vec<String> = vals
            .iter()
            .enumerate()
            .filter_map(|(i, v)| match *v {
                "-H" | "--host" | "--url" => vals.get(i + 1).map(|h| (*h).to_owned()),
                _ => v
                    .strip_prefix("--host=")
                    .or_else(|| v.strip_prefix("-H"))
                    .or_else(|| v.strip_prefix("--url="))
                    .map(str::to_owned),
            })
            .chain(assigned)
            .collect();
        let remote = named.iter().find_map(|h| {
            let url = if h.contains("://") {
                if !["tcp://", "ssh://", "http://", "https://"]
                    .iter()
                    .any(|s| h.starts_with(s))
                {
                    return None;
                }
                h.clone()
            } else {
                format!("tcp://{}", h.trim())
            };
            let host = net::host_of(&url)?;
            (!host.is_empty() && net::classify(host) != HostClass::Local).then(|| h.clone())
        });
        if let Some(h) = remote {
            self.out.effects.egress = true;
            self.find(
                SelfEsc,
                Medium,
                format!("drives the container daemon of another machine ({h})"),
                text,
            );
        }
        // What the container runs, its paths mapped through the mounts.
        self.container_command(site, vals);
        let joined = vals.join(" ");
        match sub {
            "run" | "create" => {
                let host_root = vals.iter().enumerate().any(|(i, v)| {
                    let mount = if *v == "-v" || *v == "--volume" {
                        vals.get(i + 1).copied()
                    } else {
                        v.strip_prefix("-v").or_else(|| v.strip_prefix("--volume="))
                    };
                    // `"$HOME":/root`: the word as written, quotes and all.
                    let mount = mount.map(|m| m.replace(['"', '\''], ""));
                    mount.is_some_and(|m| {
                        m.starts_with("/:")
                            || m.starts_with("${HOME}:")
                            || m.starts_with("~/:")
                            || m.starts_with("/etc:")
                            || m.starts_with("/root")
                            || m.contains("docker.sock")
                            || m.starts_with("~:")
                            || m.starts_with("$HOME:")
                    })
                }) || joined.contains("source=/,")
                    || joined.contains("src=/,");
                // The host side of every bind mount: a credential store
                // mounted in is readable by whatever the container runs.
                let hosts: Vec<String> = super::incontainer::bind_mounts(vals)
                    .into_iter()
                    .map(|(src, _)| src)
                    .collect();
                for h in &hosts {
                    let known = self.known_value(h).unwrap_or_else(|| h.clone());
                    let Some(abs) =
                        paths::absolute(&known, &known, known.starts_with('~'), &self.ctx)
                    else {
                        continue;
                    };
                    let what = paths::credential_dir(&abs)
                        .or_else(|| paths::credential(&abs).map(|(_, w)| w));
                    if let Some(what) = what {
                        self.find(
                            Cred,
                            Medium,
                            format!("mounts {what} ({h}) into a container, where whatever runs can read it"),
                            text,
                        );
                    }
                }
                // `--restart=always` (or `unless-stopped`): the daemon starts
                // the container again after every reboot, by itself.
                let restarts = vals.iter().enumerate().any(|(i, v)| {
                    let value = v.strip_prefix("--restart=").or_else(|| {
                        (*v == "--restart").then(|| vals.get(i + 1).copied().unwrap_or(""))
                    });
                    value.is_some_and(|r| matches!(r, "always" | "unless-stopped"))
                });
                if restarts {
                    self.find(
                        SelfEsc,
                        Medium,
                        "starts a container the daemon restarts after every reboot (it persists)",
                        text,
                    );
                }
                // The host's network: its loopback services (databases,
                // agentgate's collector) and every interface.
                let host_net = vals.iter().enumerate().any(|(i, v)| {
                    matches!(*v, "--net=host" | "--network=host")
                        || matches!(*v, "--net" | "--network") && vals.get(i + 1) == Some(&"host")
                });
                if host_net {
                    self.find(
                        SelfEsc,
                        Medium,
                        "runs a container on the host's network, with its loopback services",
                        text,
                    );
                }
                let privileged = vals.iter().any(|v| {
                    *v == "--privileged"
                        || v.strip_prefix("--privileged=").is_some_and(|b| {
                            !matches!(b.to_ascii_lowercase().as_str(), "false" | "0" | "f")
                        })
                        || v.starts_with("--pid=host")
                }) || weakened_isolation(vals).is_some_and(|(full, _)| full);
                // Isolation widened short of full privileges (htlin, session
                // 34): a capability that reaches past the container, a
                // security profile turned off, a host system directory or
                // disk mounted writable.
                let weakened = weakened_isolation(vals)
                    .filter(|(full, _)| !full)
                    .map(|(_, what)| what)
                    .or_else(|| writable_system_mount(vals));
                if let Some(what) = weakened.filter(|_| !privileged && !host_root) {
                    // Asked, not denied: `--cap-add=SYS_PTRACE --security-opt
                    // seccomp=unconfined` is how a debugger runs in a
                    // container, and `label=disable` how Fedora shares a
                    // source tree with one.
                    self.find(
                        SelfEsc,
                        Medium,
                        format!("runs a container whose isolation is weakened ({what}): what runs in it can reach the host"),
                        text,
                    );
                }
                let image =
                    super::incontainer::run_image_at(vals).and_then(|i| vals.get(i).copied());
                let untrusted_image = image.is_some_and(|im| {
                    // containers-transports(5): `docker://REF` is a registry
                    // reference; the other transports name local storage.
                    let im = im.strip_prefix("docker://").unwrap_or(im);
                    if agentgate_commands::local_transport(im) {
                        return false;
                    }
                    let first = im.split('/').next().unwrap_or("");
                    im.contains('/') && (first.contains('.') || first.contains(':')) && {
                        let h = first.split(':').next().unwrap_or(first);
                        matches!(net::classify(h), HostClass::Suspicious | HostClass::Unknown)
                    }
                });
                // A known set-up image run as it ships (`SETUP_IMAGES`:
                // binfmt registration for multi-arch builds) is asked.
                let setup = image.and_then(agentgate_commands::setup_image).filter(|_| {
                    !vals.iter().any(|v| {
                        v.starts_with("--entrypoint")
                            || v.starts_with("--mount")
                            || v.starts_with("--volume")
                            || v.starts_with("-v")
                    })
                });
                if let Some(s) = setup.filter(|_| privileged && !host_root) {
                    self.find(
                        SelfEsc,
                        Medium,
                        format!("runs {} with full privileges to {}", s.repository, s.does),
                        text,
                    );
                } else if host_root || privileged {
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
            // A dry run lists what a prune would delete (devdocsb).
            "volume"
                if (joined.contains(" rm") || joined.contains(" prune"))
                    && !vals.contains(&"--dry-run") =>
            {
                // One volume named is asked, as `rm -rf DIR` is; a prune or
                // a listing's every volume is denied (the Docker CLI's docs,
                // session 67: `docker volume rm rclonevolume` was denied).
                let every = joined.contains(" prune")
                    || vals.iter().any(|v| v.contains("$(") || v.contains('`'));
                let level = if every { High } else { Medium };
                self.find(
                    Destr,
                    level,
                    "deletes Docker volumes (their data is lost)",
                    text,
                )
            }
            "rm" | "container"
                if (joined.contains("ps -a") || joined.contains("ps -q"))
                    && (vals.contains(&"-f")
                        || vals.contains(&"--force")
                        || joined.contains(" rm"))
                    || (sub == "rm" || joined.starts_with("container rm"))
                        && vals.iter().any(|v| lists_every(v, false)) =>
            {
                self.find(
                    Destr,
                    Medium,
                    "removes every container on this machine",
                    text,
                )
            }
            // `docker rmi $(docker images -q)`: every image listed, as
            // `docker image prune -a` (session 39, acs).
            "rmi" | "image"
                if (sub == "rmi" || joined.starts_with("image rm"))
                    && vals.iter().any(|v| lists_every(v, true)) =>
            {
                self.find(Destr, Medium, "deletes every image on this machine", text)
            }
            // `docker compose down -v` removes the project's named volumes
            // with the containers (https://docs.docker.com/reference/cli/docker/compose/down/).
            "compose"
                if joined.contains(" down")
                    && (vals.contains(&"-v") || vals.contains(&"--volumes")) =>
            {
                self.find(
                    Destr,
                    Medium,
                    "removes the project's containers and their volumes (their data is lost)",
                    text,
                )
            }
            // `podman system reset`: every image, container, pod and
            // volume (https://docs.podman.io/en/latest/markdown/podman-system-reset.1.html).
            "system" if joined.contains(" reset") => self.find(
                Destr,
                Medium,
                "deletes every image, container and volume of the container engine",
                text,
            ),
            // `docker image prune -a`, `docker builder|buildx prune -a`:
            // every image or build cache not in use right now.
            "image" | "builder" | "buildx"
                if joined.contains(" prune")
                    && vals
                        .iter()
                        .any(|v| *v == "-a" || *v == "--all" || *v == "-af" || *v == "-fa") =>
            {
                self.find(
                    Destr,
                    Medium,
                    "deletes every unused image or build cache",
                    text,
                )
            }
            "system" if joined.contains("prune") => self.find(
                Destr,
                Medium,
                "prunes Docker images, containers and volumes",
                text,
            ),
            _ if image_push(sub, vals) => {
                self.out.effects.egress = true;
                self.find(
                    Exfil,
                    Medium,
                    "uploads a container image (the project's code and files) to a registry",
                    text,
                );
            }
            "login" => self.out.effects.egress = true,
            // `docker inspect --format '{{.Config.Env}}' app`: the
            // container's environment, where its secrets are passed.
            "inspect" | "container" | "image"
                if (joined.contains(" inspect") || sub == "inspect")
                    && (joined.contains(".Env") || joined.contains(".Config}}")) =>
            {
                self.find(
                    Cred,
                    Medium,
                    "prints a container's environment (the secrets passed to it)",
                    text,
                );
            }
            _ => {}
        }
    }
}

impl Walker<'_> {
    /// A container runtime's control socket used by something other than
    /// its own client (`curl --unix-socket /var/run/docker.sock ...`,
    /// `socat - UNIX-CONNECT:/run/containerd/containerd.sock`): whoever
    /// talks to the daemon can start a container with the host's root
    /// filesystem, so this is root on the machine.
    pub(super) fn runtime_socket(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        const SOCKETS: &[&str] = &[
            "docker.sock",
            "containerd.sock",
            "podman.sock",
            "crio.sock",
            "cri-dockerd.sock",
            "buildkitd.sock",
        ];
        const CLIENTS: &[&str] = &[
            "docker",
            "podman",
            "nerdctl",
            "crictl",
            "ctr",
            "buildctl",
            "lazydocker",
            "dive",
            // Local clusters and VMs that run a container runtime hand
            // its socket to it (`minikube start --docker-opt
            // containerd=/var/run/containerd/containerd.sock`: devdocsh,
            // session 51); they are root's tools of the same kind.
            "minikube",
            "kind",
            "k3d",
            "colima",
            "limactl",
            "ls",
            "stat",
            "test",
            "[",
            "[[",
            "chmod",
            "chown",
            "chgrp",
            "getfacl",
            "file",
            // Naming the socket for the clients above
            // (`export DOCKER_HOST=unix:///run/podman/podman.sock`): they
            // are judged by what they ask the daemon.
            "export",
            "declare",
            "typeset",
            "local",
            "readonly",
        ];
        if CLIENTS.contains(&name) {
            return;
        }
        // The socket's file name, not a host named like it
        // (`http://open.docker.socket:2375/version` is another machine's
        // daemon: htnet, session 35).
        let names_socket = |v: &str| {
            SOCKETS.iter().any(|s| {
                v.match_indices(s).any(|(at, _)| {
                    v.get(at + s.len()..)
                        .and_then(|r| r.chars().next())
                        .is_none_or(|c| !c.is_ascii_alphanumeric() && c != '.' && c != '-')
                })
            })
        };
        let Some(sock) = vals.iter().find(|v| names_socket(v)) else {
            return;
        };
        // `ssh -L ./b.sock:/run/buildkit/buildkitd.sock host`: the daemon
        // is the remote host's, reached through a socket made here
        // (devdocsl, session 52); `-R` hands this machine's one out.
        let local_forward = |i: usize| i.checked_sub(1).and_then(|p| vals.get(p)) == Some(&"-L");
        let attached = sock.starts_with("-L");
        if name == "ssh"
            && (attached
                || vals
                    .iter()
                    .position(|v| v == sock)
                    .is_some_and(local_forward))
        {
            return;
        }
        // A search for the socket's name (`find / -name docker.sock`,
        // `locate docker.sock`) only lists where it is: the reconnaissance
        // of a container escape, asked about as a search for setuid
        // programs is; find's `-exec` would hand it on (r1cks, session 44).
        let search = matches!(name, "locate" | "plocate" | "mlocate")
            || name == "find"
                && !vals
                    .iter()
                    .any(|v| v.starts_with("-exec") || v.starts_with("-ok"));
        if search {
            self.find(
                SelfEsc,
                Medium,
                format!("{name} looks for a container daemon's socket (the reconnaissance of a container escape)"),
                &site.cmd.text,
            );
            return;
        }
        // Only looking (`curl --unix-socket ... http://localhost/containers/json`).
        let looks = name == "curl"
            && !vals.iter().any(|v| {
                matches!(
                    *v,
                    "-d" | "--data" | "--data-binary" | "--data-raw" | "-F" | "--form" | "-T"
                ) || v.starts_with("--data")
                    || (v.starts_with("-X") || v.starts_with("--request")) && !v.ends_with("GET")
                    || v.contains("/create")
                    || v.contains("/exec")
                    || v.contains("/start")
            })
            && !vals.windows(2).any(
                |w| matches!(w, [opt, m] if matches!(*opt, "-X" | "--request") && *m != "GET"),
            );
        // A rootless daemon's socket where rootless Docker and Podman put
        // it: the user's own rights. Asked, because an earlier call can
        // make the path lead elsewhere (`ln -s /var/run /run/user/1000/podman`).
        if rootless_socket(sock) {
            self.find(
                SelfEsc,
                Medium,
                format!(
                    "{name} talks to a container daemon's socket directly ({sock}): a rootless daemon's, unless the path was made to lead to a system daemon"
                ),
                &site.cmd.text,
            );
            return;
        }
        self.find(
            SelfEsc,
            if looks { Medium } else { High },
            format!(
                "{name} talks to a container daemon's socket directly ({sock}), which is root on this machine"
            ),
            &site.cmd.text,
        );
    }
}

/// Whether `value` (`/run/user/1000/podman/podman.sock`,
/// `unix:///run/user/1000/docker.sock`, `--podman-host=...`) names a
/// rootless daemon's socket at the path rootless Podman or Docker use:
/// `/run/user/UID/podman/podman.sock` or `/run/user/UID/docker.sock`,
/// from the value's start (after an option's `=` or a URL scheme).
fn rootless_socket(value: &str) -> bool {
    let v = value.split_once('=').map_or(value, |(_, r)| r);
    let v = v
        .strip_prefix("unix://")
        .or_else(|| v.strip_prefix("UNIX-CONNECT:"))
        .or_else(|| v.strip_prefix("unix-connect:"))
        .unwrap_or(v);
    let Some(rest) = v.strip_prefix("/run/user/") else {
        return false;
    };
    let Some((uid, file)) = rest.split_once('/') else {
        return false;
    };
    !uid.is_empty()
        && uid.bytes().all(|b| b.is_ascii_digit())
        && matches!(file, "podman/podman.sock" | "docker.sock")
}

/// What in a `docker run` line weakens the container's isolation, and
/// whether it amounts to full privileges: a host-reaching capability
/// (`--cap-add SYS_PTRACE`, `--cap-add=CAP_SYS_ADMIN`), a security profile
/// turned off (`--security-opt seccomp=unconfined`, `apparmor=unconfined`,
/// `label=disable`, `systempaths=unconfined`), the host's IPC or user
/// namespace.
fn weakened_isolation(vals: &[&str]) -> Option<(bool, String)> {
    let value_of = |i: usize, v: &str, opt: &str| -> Option<String> {
        v.strip_prefix(opt)
            .and_then(|r| r.strip_prefix('='))
            .map(str::to_owned)
            .or_else(|| {
                (v == opt)
                    .then(|| vals.get(i + 1).map(|n| (*n).to_owned()))
                    .flatten()
            })
    };
    // Full privileges wherever they are named; else the first weakening.
    let mut first = None;
    for (i, v) in vals.iter().enumerate() {
        if let Some(caps) = value_of(i, v, "--cap-add") {
            for cap in caps.split(',') {
                // `HOST_CAPABILITIES` (agentgate-commands): full, the
                // node's, or a weakening.
                let upper = cap.trim().to_ascii_uppercase();
                let cap = upper.strip_prefix("CAP_").unwrap_or(&upper);
                match agentgate_commands::capability_reach(cap) {
                    Some(agentgate_commands::CapReach::Full) => {
                        return Some((true, format!("adds {cap}")));
                    }
                    Some(_) if first.is_none() => first = Some(format!("adds {cap}")),
                    _ => {}
                }
            }
        }
        if let Some(opt) = value_of(i, v, "--security-opt") {
            let o = opt.to_ascii_lowercase().replace(':', "=");
            if matches!(
                o.as_str(),
                "seccomp=unconfined"
                    | "apparmor=unconfined"
                    | "label=disable"
                    | "systempaths=unconfined"
                    | "no-new-privileges=false"
            ) && first.is_none()
            {
                first = Some(format!("--security-opt {opt}"));
            }
        }
        // A host device handed in, by path or by its CDI name, or a
        // cgroup rule that opens devices to it (the Docker CLI's docs,
        // session 67: `--device=vendor.com/class=device-name` passed).
        if let Some(d) =
            value_of(i, v, "--device").or_else(|| value_of(i, v, "--device-cgroup-rule"))
        {
            if first.is_none() {
                first = Some(format!("the host's device {d}"));
            }
        }
        for ns in ["--ipc", "--userns", "--uts"] {
            if value_of(i, v, ns).is_some_and(|n| n == "host") && first.is_none() {
                first = Some(format!("{ns}=host"));
            }
        }
    }
    first.map(|what| (false, what))
}

/// Whether `spec`, a word of container CLI `name`, is a bind mount made
/// read-only (`HOST:CTR:ro`, `HOST:CTR:ro,z`, `-v` glued to it; to `cp` the
/// same word is a file name with colons): what runs in the container reads the
/// host's file and cannot change it (devdocs, session 49: `-v
/// /etc/ssl/certs/ca-certificates.crt:/etc/ssl/certs/ca-certificates.crt:ro`
/// was denied as a change of /etc). Credential stores mounted are judged
/// by the mount rules, read-only or not.
pub(super) fn read_only_mount(name: &str, spec: &str) -> bool {
    if !agentgate_commands::CONTAINER_CLIS.contains(&name) {
        return false;
    }
    let spec = spec
        .strip_prefix("--volume=")
        .or_else(|| spec.strip_prefix("-v"))
        .unwrap_or(spec);
    let mut parts = spec.split(':');
    let (Some(host), Some(inside), Some(opts), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    host.starts_with(['/', '~', '$'])
        && inside.starts_with('/')
        && opts.split(',').any(|o| o == "ro")
}

/// A host system directory or disk mounted writable into a container
/// (`-v /usr:/ubuntu1`: what runs in it changes the host's programs);
/// read-only mounts (`:ro`) and `/dev/shm` are left alone.
fn writable_system_mount(vals: &[&str]) -> Option<String> {
    const SYSTEM: &[&str] = &[
        "/bin", "/sbin", "/usr", "/lib", "/lib32", "/lib64", "/boot", "/proc", "/sys", "/dev",
    ];
    vals.iter().enumerate().find_map(|(i, v)| {
        let spec = if *v == "-v" || *v == "--volume" {
            vals.get(i + 1).copied()?
        } else {
            v.strip_prefix("--volume=")
                .or_else(|| v.strip_prefix("-v"))?
        };
        let spec = spec.replace(['"', '\''], "");
        let mut parts = spec.split(':');
        let host = parts.next()?.trim_end_matches('/').to_owned();
        let _ = parts.next()?;
        let read_only = parts
            .next()
            .is_some_and(|o| o.split(',').any(|f| f == "ro"));
        let system = SYSTEM
            .iter()
            .any(|d| host == *d || host.strip_prefix(d).is_some_and(|r| r.starts_with('/')));
        let shared_memory = host == "/dev/shm" || host.starts_with("/dev/shm/");
        (system && !read_only && !shared_memory).then(|| format!("mounts {host} writable"))
    })
}

/// Whether a word is a command substitution listing every container
/// (`$(docker ps -a -q)`, `` `podman ps -qa` ``, `$(docker container ls
/// --all -q)`: stopped ones too) or, for `images`, every image
/// (`$(docker images -q)`, `$(docker image ls -aq)`), with no filter
/// (`-f`, `--filter`) narrowing it. A filter on a stopped state
/// (`status=exited`, `created`, `dead`) still lists every stopped
/// container: what `container prune` removes (devsheets, session 40).
fn lists_every(word: &str, images: bool) -> bool {
    let Some(inner) = super::util::substitution_body(word) else {
        return false;
    };
    let words: Vec<&str> = inner.split_whitespace().collect();
    let Some((first, rest)) = words.split_first() else {
        return false;
    };
    if !matches!(*first, "docker" | "podman" | "nerdctl" | "finch") {
        return false;
    }
    let mut operands: Vec<&str> = Vec::new();
    let mut filters: Vec<&str> = Vec::new();
    let mut all = false;
    let mut it = rest.iter().copied();
    while let Some(w) = it.next() {
        if let Some(v) = w.strip_prefix("--filter=") {
            filters.push(v);
        } else if w == "--filter" {
            filters.push(it.next().unwrap_or(""));
        } else if w == "--all" {
            all = true;
        } else if let Some(letters) = w.strip_prefix('-').filter(|l| !l.starts_with('-')) {
            all |= letters.contains('a');
            // `-f VALUE`, `-qf VALUE`, `-fstatus=exited`.
            if let Some((at, _)) = letters.char_indices().find(|(_, c)| *c == 'f') {
                let glued = letters.get(at + 1..).unwrap_or("");
                filters.push(if glued.is_empty() {
                    it.next().unwrap_or("")
                } else {
                    glued
                });
            }
        } else if !w.starts_with('-') {
            operands.push(w);
        }
    }
    let stopped = |f: &&str| {
        let f = f.trim_matches(['"', '\'']);
        matches!(f, "status=exited" | "status=created" | "status=dead")
    };
    let filtered = operands.len() > 2
        || !(images && filters.is_empty() || !images && filters.iter().all(stopped));
    let listing = |noun: &str, old: &str| match operands.as_slice() {
        [one] => *one == old,
        [n, verb] => *n == noun && matches!(*verb, "ls" | "list" | "ps"),
        _ => false,
    };
    if images {
        !filtered && listing("image", "images")
    } else {
        // A status filter lists stopped containers without `-a`.
        !filtered && (all || !filters.is_empty()) && listing("container", "ps")
    }
}

/// Whether a container CLI's call uploads an image to a registry: `push`,
/// `image push`, `compose push`, or a build that pushes what it built
/// (`build --push`, `buildx bake --push`, `compose build --push`, an
/// output of type `registry` or with `push=true`:
/// https://docs.docker.com/reference/cli/docker/buildx/build/#output).
/// devdocsc, session 50: only `push` was read.
fn image_push(sub: &str, vals: &[&str]) -> bool {
    let operands: Vec<&str> = vals
        .iter()
        .copied()
        .take_while(|v| *v != "--")
        .filter(|v| !v.starts_with('-'))
        .collect();
    let second = operands.get(1).copied();
    if sub == "push" || matches!(sub, "image" | "compose") && second == Some("push") {
        let image = if sub == "push" {
            operands.get(1)
        } else {
            operands.get(2)
        };
        // `podman push IMG oci:/path`: a destination in local storage.
        let destination = if sub == "push" {
            operands.get(2)
        } else {
            operands.get(3)
        };
        if destination.is_some_and(|d| agentgate_commands::local_transport(d)) {
            return false;
        }
        // A registry on this machine (`localhost:5000/app`, k3d's
        // `k3d-registry.localhost:12345/nginx`) keeps the image here.
        let local = image.is_some_and(|im| {
            let first = im.split('/').next().unwrap_or("");
            let host = first.rsplit_once(':').map_or(first, |(h, _)| h);
            im.contains('/')
                && (first.contains(['.', ':']) || first == "localhost")
                && net::classify(host) == HostClass::Local
        });
        return !local;
    }
    // `podman image scp IMG user@host::` copies the image to another
    // machine; `user@localhost::` to this one's other users (devdocsf).
    if sub == "image" && second == Some("scp") {
        return operands.iter().skip(2).any(|o| {
            o.split_once("::").is_some_and(|(dest, _)| {
                let host = dest.rsplit('@').next().unwrap_or(dest);
                !host.is_empty() && net::classify(host) != HostClass::Local
            })
        });
    }
    let builds = matches!(
        sub,
        "build" | "buildx" | "builder" | "compose" | "bake" | "image"
    ) && operands
        .iter()
        .any(|o| matches!(*o, "build" | "bake" | "b"));
    let pushes = vals.iter().enumerate().any(|(i, v)| {
        let output = match *v {
            "-o" | "--output" => vals.get(i + 1).copied(),
            _ => v
                .strip_prefix("--output=")
                .or_else(|| v.strip_prefix("-o=")),
        };
        matches!(*v, "--push" | "--push=true")
            || output.is_some_and(|o| o.contains("type=registry") || o.contains("push=true"))
    });
    (builds || sub == "build") && pushes
}
