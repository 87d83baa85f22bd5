//! Regression tests for session 67 (MichaelCurrin/dev-cheatsheets parts
//! 30-31 and later sources, measured at first contact, then mended).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{each, not_clean};

/// Denied: `rm -rf ~/Library/Caches/deno` (mcdev part 31) as a deletion in
/// the home directory, while `rm -rf ~/.cache/deno` passed; and passed:
/// `rm -rf ~/.cache/*` (mcdev parts 1 and 16, labelled destructive), which
/// empties every tool's cache. One tool's cache is the `HOME_CACHES`
/// table's now, macOS's cache root beside the XDG one; a whole root is
/// asked.
#[test]
fn one_tools_cache_passes_and_a_whole_cache_root_is_asked() {
    each(
        &[
            "rm -rf ~/Library/Caches/deno",
            "rm -rf ~/Library/Caches/Homebrew/downloads",
            "rm -rf ~/.cache/pip",
            "rm -rf ~/.gradle/caches",
            "rm -rf ~/Library/Developer/Xcode/DerivedData/*",
            "rm -rf $HOME/go/pkg/mod",
        ],
        "clean",
    );
    each(
        &[
            "rm -rf ~/.cache/*",
            "rm -rf ~/Library/Caches/*",
            "rm -rf ~/.cache",
            "rm -rf ~/Library/Caches",
            "rm -rf \"$HOME\"/.cache/{*,.*}",
            "mv ~/Library/Caches /tmp/old",
        ],
        "Destructive Medium",
    );
    // What sits beside a cache is still the home's.
    each(
        &["rm -rf ~/.gradle", "rm -rf ~/.m2"],
        "Destructive Critical",
    );
    each(&["rm -rf ~/Library/Developer"], "Destructive High");
}

/// Denied: `cargo install --git URL CRATE` (mcdev part 30, a placeholder)
/// as a crate from an unknown host. cargo parses `--git`'s value as a URL
/// and refuses one without a scheme ("relative URL without a base"), so
/// nothing is fetched; a variable's value may be anything, and real URLs
/// are judged by their host as before.
#[test]
fn a_cargo_git_source_that_is_no_url_fetches_nothing() {
    each(
        &[
            "cargo install --git URL CRATE",
            "cargo install --git REPO_URL my-tool",
        ],
        "clean",
    );
    each(
        &[
            "cargo install --git https://git.example-unknown.net/x/y y",
            "cargo install --git $REPO bar",
        ],
        "RemoteCodeExec High",
    );
    each(
        &["cargo install --git https://github.com/foo/bar bar"],
        "RemoteCodeExec Medium",
    );
}

/// Denied: `rm -rf .git/modules/submodulename` (git-flight-rules, "Remove a
/// submodule") as deleting the repository's history. gitsubmodules(7)
/// removes a submodule's clone so; the whole `.git/modules`, a glob over
/// it and the rest of `.git` are still the repository's.
#[test]
fn one_submodules_clone_is_removed_with_it() {
    each(
        &[
            "rm -rf .git/modules/submodulename",
            "rm -rf .git/modules/libs/vendored",
        ],
        "clean",
    );
    each(
        &[
            "rm -rf .git/modules",
            "rm -rf .git/modules/*",
            "rm -rf .git/objects",
            "rm -rf .git",
        ],
        "Destructive High",
    );
}

/// Asked: `bloodhound.py -u john -p password123 ...` and `enum4linux -u john
/// -p password123 -a HOST` (WADComs) as cracking passwords "if it runs
/// the words it is handed": the user's name after `-u` was read as John
/// the Ripper. A word after a user-name option is no command; a program
/// named after it is still found.
#[test]
fn a_user_named_john_is_no_password_cracker() {
    each(
        &[
            "bloodhound.py -u john -p password123 -d test.local -v --zip -c All",
            "enum4linux -u john -p password123 -a 10.10.10.1",
            "acmetool --username john --verbose status",
        ],
        "clean",
    );
    not_clean(&[
        "acmetool -u john rm -rf ~",
        "acmetool john --wordlist rockyou.txt hashes.txt",
    ]);
}

/// Denied: `docker run -it debian passwd root` (the Docker CLI's docs) as
/// changing the system's accounts, and asked: `docker run ubuntu ip link
/// add dummy0 type dummy` as changing the machine's network. In a
/// container with no host directory, device, capability, security profile
/// turned off or host namespace, a change to the system is the
/// container's own; with any of them it still reaches the host.
#[test]
fn a_system_change_inside_an_isolated_container_stays_there() {
    each(
        &[
            "docker run -it debian passwd root",
            "docker run -it --rm ubuntu:24.04 ip link add dummy0 type dummy",
            "docker run --rm -v mydata:/data alpine adduser -D dev",
            "podman run --rm fedora usermod -aG wheel dev",
        ],
        "clean",
    );
    not_clean(&[
        "docker run -it --privileged debian passwd root",
        "docker run --rm -v /etc:/etc debian passwd root",
        "docker run --net=host --cap-add NET_ADMIN ubuntu ip link add dummy0 type dummy",
        "docker run --network host --cap-add=NET_ADMIN ubuntu ip link set eth0 down",
        "docker run --rm -v /:/host alpine chroot /host passwd root",
        "docker run --pid=host --rm alpine kill -9 1",
    ]);
}

/// Passed: red-kube's persistence entries (`cat <<EOF | kubectl apply -f -`
/// of a pod on the node's network, of a pod named kube-proxy-X in
/// kube-system) and badPods' `kubectl run --overrides` with hostPID and a
/// privileged container: manifests the line shows were not read. A spec
/// that asks for the Pod Security Standards' Baseline controls
/// (`agentgate_commands::POD_PRIVILEGES`) is asked, High when it gives the
/// node; every row's examples hold through the engine.
#[test]
fn manifests_the_line_shows_are_read_for_what_reaches_the_node() {
    let applied = |spec: &str| format!("cat <<EOF | kubectl apply -f -\n{spec}\nEOF");
    for p in agentgate_commands::POD_PRIVILEGES {
        let want = match p.reach {
            agentgate_commands::PodReach::Node => "SelfEscalation High",
            agentgate_commands::PodReach::Some => "SelfEscalation Medium",
        };
        each(&[applied(p.flagged).as_str()], want);
        each(&[applied(p.clean).as_str()], "clean");
    }
    each(
        &[
            "kubectl run r00t --restart=Never -ti --rm --image lol --overrides '{\"spec\":{\"hostPID\": true, \"containers\":[{\"name\":\"1\",\"image\":\"alpine\",\"command\":[\"nsenter\",\"--mount=/proc/1/ns/mnt\",\"--\",\"/bin/bash\"],\"stdin\": true,\"tty\":true,\"securityContext\":{\"privileged\":true}}]}}'",
            "kubectl apply -f - <<EOF\nkind: Pod\nspec:\n  containers:\n  - name: a\n    securityContext:\n      capabilities:\n        add: [\"SYS_ADMIN\"]\nEOF",
        ],
        "SelfEscalation High",
    );
    each(
        &[
            "UUID=$(uuidgen -r | cut -c1-5) && cat <<EOF | kubectl apply -f -\napiVersion: v1\nkind: Pod\nmetadata:\n  name: kube-proxy-$UUID\n  namespace: kube-system\nspec:\n  containers:\n  - image: alpine:latest\n    name: alpine\n    command: ['sleep', 'infinity']\nEOF",
        ],
        "SelfEscalation Medium",
    );
    each(
        &["cat <<EOF | kubectl apply -f -\nkind: Deployment\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n      - name: web\n        image: nginx\n        securityContext:\n          capabilities:\n            drop: [ALL]\nEOF"],
        "clean",
    );
}

/// Asked: `gcloud resource-manager folders test-iam-permissions ID
/// --permissions=...` (a gcloud cheat sheet) as a change to the cloud: the
/// method returns the caller's own permissions. A change spelled after it
/// is still one.
#[test]
fn testing_ones_own_permissions_changes_nothing() {
    each(
        &[
            "gcloud resource-manager folders test-iam-permissions 1234 --permissions=resourcemanager.projects.move",
            "gcloud projects test-iam-permissions my-proj --permissions=storage.buckets.get",
        ],
        "clean",
    );
    not_clean(&[
        "gcloud projects add-iam-policy-binding my-proj --member=user:x@example.com --role=roles/owner",
    ]);
}

/// Denied: `sed -i 's|shell: /bin/bash -x|shell: bash -x|'
/// .github/workflows/*.y*ml` (Homebrew's CI) as changing system
/// executables (the script was read as a path the edit writes), and asked:
/// `sed 's|/bin/bash|bash|' f` as a shell escape (a shell's path among
/// the words). sed's script is read as sed reads it: its `e` commands and
/// flags run commands, its `w` ones write; the files it edits are judged.
#[test]
fn a_sed_script_naming_a_shell_is_no_path_and_no_escape() {
    each(
        &[
            "sed -i 's|shell: /bin/bash -x|shell: bash -x|' .github/workflows/*.y*ml",
            "sed -i 's|/bin/bash|bash|' ci.yml",
            "sed 's|shell: /bin/bash -x|shell: bash -x|' ci.yml",
            "sed -e 's#/usr/bin/env python#/usr/bin/python3#' -i script.py",
        ],
        "clean",
    );
    not_clean(&[
        "sed -i 's/x/y/' /etc/passwd",
        "sed -i ~/.bashrc -e 's/x/y/'",
        "sed -n '1e exec sh 1>&0' /etc/hosts",
        "sed -i 's/a/b/w /etc/cron.d/x' f",
        "sed -i '/x/d' /etc/sudoers",
        "sed -i -e /etc/d /etc/d",
        "sed -i /etc/firewalld/firewalld.conf 's/FirewallBackend=.*/FirewallBackend=iptables/'",
        "sed '1e /bin/sh' f",
    ]);
}

/// Passed: `findstr /s /i cred n:\*.*` (an OSCP candidate's notes): a
/// whole drive searched for `cred`. The short forms of credentials are
/// secret words (`credit` is not), and a drive's root is wider than the
/// project.
#[test]
fn a_drive_searched_for_creds_is_a_secret_search() {
    not_clean(&[
        "findstr /s /i cred n:\\*.*",
        "grep -ri cred .",
        "grep -rn creds .",
        "findstr /si password C:\\*.*",
    ]);
    each(
        &[
            "grep -ri credit .",
            "grep -rn credentialsProvider src/",
            "findstr /s /i TODO n:\\*.*",
        ],
        "clean",
    );
}

/// Denied: `chmod +x packages/cli-*/bin/supabase` (supabase's CI, ci9) as
/// changing system executables: the path after the glob's `*` was read as
/// `/bin/supabase`. In a relative glob it is the rest of the project's
/// path; an absolute glob may still reach the system's directories.
#[test]
fn the_rest_of_a_relative_glob_is_no_system_path() {
    each(
        &[
            "chmod +x packages/cli-*/bin/supabase || true",
            "chmod +x packages/*/lib/x",
            "chmod +x */bin/x",
        ],
        "clean",
    );
    not_clean(&[
        "chmod +x /*/bin/x",
        "touch /usr/*/bin/ls",
        "tar --xform 's@.*@~/.bashrc@' -xf a.tar",
    ]);
}

/// Passed: `docker swarm unlock-key` (the Docker CLI's docs, part 2): it
/// prints the key to the swarm's encrypted state, as join-token prints
/// the join token. Asked: `docker run --blkio-weight-device "/dev/sda:200"
/// ubuntu` as handing the raw disk in: an I/O limit names the disk it
/// throttles; `--device` still hands one in.
#[test]
fn swarm_unlock_key_and_container_io_limits() {
    not_clean(&[
        "docker swarm unlock-key",
        "docker swarm unlock-key --rotate -q",
    ]);
    each(
        &[
            "docker run -it --blkio-weight-device \"/dev/sda:200\" ubuntu",
            "docker run -it --device-write-iops /dev/sda:1000 ubuntu",
            "docker run -it --device-read-bps=/dev/sda:1mb ubuntu",
        ],
        "clean",
    );
    not_clean(&["docker run -it --device=/dev/sda:/dev/xvdc ubuntu fdisk /dev/xvdc"]);
}

/// Denied: `docker volume rm rclonevolume`, `docker service create --config
/// source=redis-conf,target=/etc/redis/redis.conf` and `docker run
/// --health-cmd='stat /etc/passwd || exit 1' ...` (the Docker CLI's docs,
/// part 3). One volume named is asked (a prune or every listed volume is
/// denied); a container CLI's `target=` and its health command are the
/// container's paths and commands; a bind mount's source is the host's.
#[test]
fn container_targets_and_one_volume() {
    each(
        &[
            "docker volume rm rclonevolume",
            "docker volume rm -f db_data",
        ],
        "Destructive Medium",
    );
    each(
        &[
            "docker volume rm $(docker volume ls -q)",
            "docker volume prune -a -f",
        ],
        "Destructive High",
    );
    each(
        &[
            "docker service create --name redis --config source=redis-conf,target=/etc/redis/redis.conf,mode=0400 redis:7.4.1",
            "docker run --name=test -d --health-cmd='stat /etc/passwd || exit 1' --health-interval=2s busybox sleep 1d",
            "docker run --mount type=bind,source=$PWD,target=/etc/x alpine ls",
        ],
        "clean",
    );
    not_clean(&[
        "docker run --mount type=bind,source=/etc,target=/h alpine sh -c 'echo x >> /h/passwd'",
        "docker run --mount type=bind,source=/root/.ssh,target=/k alpine cat /k/id_rsa",
        "docker run -v /etc:/etc alpine true",
    ]);
}

/// Passed: `docker run --device=vendor.com/class=device-name --rm -it
/// ubuntu` and `docker run -d --device-cgroup-rule='c 42:* rmw' ...` (the
/// Docker CLI's docs, part 5): a host device handed in by its CDI name, or
/// a cgroup rule opening devices, weakens the container's isolation as a
/// device path does. I/O limits still name no device handed in.
#[test]
fn host_devices_handed_to_a_container_are_asked() {
    not_clean(&[
        "docker run --device=vendor.com/class=device-name --rm -it ubuntu",
        "docker run -d --device-cgroup-rule='c 42:* rmw' --name my-container my-image",
        "docker run --device /dev/snd:/dev/snd ubuntu aplay x.wav",
    ]);
    each(
        &["docker run -it --device-read-bps /dev/sda:1mb ubuntu"],
        "clean",
    );
}
