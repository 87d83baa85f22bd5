//! System package managers: what installs or removes software for the
//! whole machine, and what changes where packages come from. One row per
//! program, the same [`Program`] rows as [`crate::PROGRAMS`] (read together
//! through [`crate::programs`]).
//!
//! A system package runs its install scripts as root and may start
//! services that stay and listen (`apt install postfix`, `dnsmasq`,
//! `openssh-server`), for every user of the machine. Installing one is
//! asked (Medium); removing one is asked as a loss; a new package source
//! or key, or a manager told to skip signatures, is asked as trust the
//! machine did not give. A dry run, a download, a search and an install
//! into another root (`--installroot`, `--root`) change nothing here and
//! stay clean. Managers that install for the user alone (Homebrew, scoop,
//! nix-env, `flatpak --user`, `pip`, `npm`) are not system installs.
//!
//! Session 38 left installs without `sudo` clean (the line fails for a
//! user; where it works the agent is root already). Every untuned set
//! since labelled them a change of the machine (151 rows of 193 across the
//! corpora; 12 of session 57's 14 first-contact misses), and a package is
//! more than files: session 58 asks them. Commands run in a container
//! (`docker run`, `docker exec`) install into the container and are not
//! asked (the risk engine's `incontainer.rs` and `remote.rs`).
//!
//! Sub-command words use the grammar of [`crate::Sub::words`].

#![allow(
    clippy::needless_update,
    reason = "every row ends in `..P`, so a field added later needs no edit of rows that leave it out"
)]

use crate::programs::{sub, P};
use crate::Harm::{Destructive, Exfiltration, SelfEscalation};
use crate::Level::Medium;
use crate::{Program, Sub};

/// What installing software for the whole machine does, completing "this
/// call ...". The risk engine drops findings with this reason for
/// commands that run in a container.
pub const SYSTEM_INSTALL: &str =
    "installs software for the whole machine (its install scripts run as root)";

/// What uninstalling does, completing "this call ...".
pub(crate) const PKG_REMOVE: &str = "removes installed software from the machine";
/// A package manager told not to check signatures installs whatever the
/// repository, a mirror or anyone on the path serves, and runs its
/// scripts as root: the trust the system's signed sources give is gone
/// (toolsdocs, session 53: `apk add --allow-untrusted goreleaser*.apk`).
pub(crate) const UNSIGNED: &str =
    "installs packages without checking their signatures (whoever serves them runs code as root)";

/// What adding a package source does.
pub(crate) const PKG_SOURCES: &str =
    "changes the machine's package sources (their packages install as root)";

/// apt's sub-commands that install or upgrade packages.
const APT_INSTALLS: &str =
    "install|reinstall|upgrade|full-upgrade|dist-upgrade|safe-upgrade|build-dep";

/// The table. Keep rows sorted by canonical name.
pub const SYSTEM_PACKAGES: &[Program] = &[
    Program {
        names: &["add-apt-repository", "apt-add-repository"],
        source: "man:add-apt-repository(1) (adds a PPA or repository line to apt's sources, and its key; -r/--remove removes one); HackTricks suricata cheatsheet (htlin, session 34)",
        subs: &[Sub { words: &["!-h|--help|-L|--list"], harm: SelfEscalation, level: Medium, reason: PKG_SOURCES }],
        flagged: &["add-apt-repository ppa:oisf/suricata-stable", "sudo add-apt-repository -y 'deb http://x.example/ubuntu jammy main'"],
        clean: &["add-apt-repository --help", "add-apt-repository --list"],
        ..P
    },
    Program {
        names: &["apk"],
        source: "https://wiki.alpinelinux.org/wiki/Alpine_Package_Keeper (del removes packages)",
        value_opts: &["-X", "--repository", "-p", "--root", "--arch"],
        subs: &[
            sub(&["del"], Destructive, Medium, PKG_REMOVE),
            sub(&["--allow-untrusted"], SelfEscalation, Medium, UNSIGNED),
            sub(&["add|upgrade|fix", "!-s+|--simulate", "!-p|--root"], SelfEscalation, Medium, SYSTEM_INSTALL),
        ],
        flagged: &["apk del nginx", "apk add --allow-untrusted goreleaser*.apk", "apk add --no-cache jq", "apk -U upgrade"],
        clean: &["apk info", "apk add -s jq", "apk --root /tmp/rootfs add busybox", "apk search jq"],
        ..P
    },
    Program {
        names: &["apt", "apt-get", "aptitude"],
        source: "man:apt(8), apt-get(8), aptitude(8) (remove, purge, autoremove uninstall packages); man:apt.conf(5) (-c FILE is read as apt.conf: APT::Update::Pre-Invoke, DPkg::Pre-Invoke and Post-Invoke hold shell commands apt runs)",
        exec: &[crate::Exec::OptFile { names: &["-c", "--config-file"], default: &[], lang: crate::Lang::Data }],
        value_opts: &["-o", "--option", "-c", "--config-file", "-t", "--target-release"],
        subs: &[
            sub(&["remove|purge|autoremove|autopurge"], Destructive, Medium, PKG_REMOVE),
            sub(&["--allow-unauthenticated|--allow-insecure-repositories"], SelfEscalation, Medium, UNSIGNED),
            sub(
                &[APT_INSTALLS, "!-s+|--simulate|--dry-run|--just-print|--no-act|--recon", "!-d+|--download-only|--print-uris"],
                SelfEscalation,
                Medium,
                SYSTEM_INSTALL,
            ),
            // apt reads its options in order, negates any boolean one with
            // `--no-` or `=false`, and reads settings from `-o` and `-c`
            // files: `-s -o APT::Get::Simulate=false`, `-s --no-simulate`
            // install. Only a plain `-s`/`-d` counts as a simulation.
            sub(&[APT_INSTALLS, "-o|--option|-c|--config-file ?"], SelfEscalation, Medium, SYSTEM_INSTALL),
            sub(
                &[
                    APT_INSTALLS,
                    "--simulate=*|--dry-run=*|--just-print=*|--no-act=*|--recon=*|--download-only=*|--print-uris=*|--no-simulate|--no-dry-run|--no-just-print|--no-no-act|--no-recon|--no-download-only|--no-print-uris",
                ],
                SelfEscalation,
                Medium,
                SYSTEM_INSTALL,
            ),
        ],
        flagged: &["printf 'APT::Update::Pre-Invoke {\"cat ~/.ssh/id_rsa\";};\n' > /tmp/a.conf; apt-get -c /tmp/a.conf update", "apt remove g++", "apt-get purge -y nginx", "apt autoremove", "apt-get install -y --allow-unauthenticated foo", "apt-get install -y jq", "apt full-upgrade", "apt-get -o Dir::Cache=/tmp/c install x", "apt-get install -s -o APT::Get::Simulate=false jq", "apt-get install -s --no-simulate jq"],
        clean: &["printf 'Acquire::http::Proxy \"http://127.0.0.1:3142\";\n' > /tmp/a.conf; apt-get -c /tmp/a.conf update", "apt search g++", "apt list --installed", "apt-get update", "apt-get install -s jq", "apt-get install --download-only jq", "apt-get -y -d install jq"],
        ..P
    },
    Program {
        names: &["apt-key"],
        source: "man:apt-key(8) (add FILE and adv --recv-keys add a key apt trusts: packages it signs install as root; deprecated for that reason); lcmd session 47",
        subs: &[
            Sub { words: &["add"], harm: SelfEscalation, level: Medium, reason: "adds a key apt trusts (packages it signs install as root)" },
            Sub { words: &["adv"], harm: SelfEscalation, level: Medium, reason: "fetches a key apt trusts (packages it signs install as root)" },
        ],
        flagged: &["apt-key add keyname", "curl -fsSL https://x.example/key.gpg | sudo apt-key add -", "apt-key adv --keyserver keyserver.ubuntu.com --recv-keys 0ABCDEF"],
        clean: &["apt-key list"],
        ..P
    },
    Program {
        names: &["brew"],
        source: "https://docs.brew.sh/Manpage (uninstall/remove/rm, autoremove; the older `brew cask uninstall|zap`; gist-logs uploads a formula's build logs with the system's configuration to a new gist; services start|restart register a launchd service at login, services run does not)",
        subs: &[
            sub(&["uninstall|remove|rm|autoremove"], Destructive, Medium, PKG_REMOVE),
            sub(&["cask", "uninstall|remove|rm|zap"], Destructive, Medium, PKG_REMOVE),
            // toolsdocsd, session 54 (Homebrew's Troubleshooting page).
            sub(&["gist-logs"], Exfiltration, Medium, "uploads build logs and the system's configuration to a GitHub gist"),
            // mcdev part 10 (session 65): `start` and `restart` write the
            // formula's plist into ~/Library/LaunchAgents (or, as root,
            // /Library/LaunchDaemons) and load it; `run` starts it without
            // registering it, `stop` unregisters it.
            sub(&["services", "start|restart"], SelfEscalation, Medium, "registers a service that starts at every login (a launchd agent, persisting after the session)"),
        ],
        flagged: &["brew uninstall node", "brew cask uninstall firefox", "brew gist-logs wget", "brew services start postgresql@16", "brew services restart nginx"],
        clean: &["brew list", "brew install jq", "brew services list", "brew services run postgresql@16", "brew services stop postgresql@16", "brew services info redis"],
        ..P
    },
    Program {
        names: &["choco", "choco.exe", "cinst"],
        source: "https://docs.chocolatey.org/en-us/choco/commands/install/ (install/upgrade run a package's chocolateyInstall.ps1 as administrator; --noop/--whatif change nothing; cinst is the old install shim); devdocsg, opsdocsi (session 57)",
        value_opts: &["-s", "--source", "--version", "--params", "--package-parameters", "--ia", "--install-arguments", "-u", "--user", "-p", "--password"],
        subs: &[
            sub(&["install|upgrade|update|up", "!--noop|--whatif|--what-if"], SelfEscalation, Medium, SYSTEM_INSTALL),
            sub(&["uninstall"], Destructive, Medium, PKG_REMOVE),
            sub(&["source|sources", "add"], SelfEscalation, Medium, PKG_SOURCES),
        ],
        flagged: &["choco install mkcert", "choco upgrade all -y", "choco install Containers Microsoft-Hyper-V --source windowsfeatures", "choco uninstall git"],
        clean: &["choco list", "choco search git", "choco install git --noop", "choco info git"],
        ..P
    },
    Program {
        names: &["dnf", "yum", "microdnf", "tdnf"],
        source: "man:dnf(8), yum(8) (remove/erase, autoremove, group remove/groupremove uninstall packages); dnf-plugins-core's config-manager (--add-repo/--addrepo writes a repository file into /etc/yum.repos.d); lcmd session 49",
        value_opts: &["-c", "--config", "--enablerepo", "--disablerepo", "--setopt", "--installroot", "--releasever"],
        subs: &[
            sub(&["remove|erase|autoremove|groupremove|grouperase"], Destructive, Medium, PKG_REMOVE),
            sub(&["group|groups", "remove|erase"], Destructive, Medium, PKG_REMOVE),
            sub(&["config-manager", "--add-repo|--addrepo"], SelfEscalation, Medium, PKG_SOURCES),
            sub(&["config-manager", "addrepo"], SelfEscalation, Medium, PKG_SOURCES),
            // dnf-plugins-core's copr: `enable` adds a Copr project's
            // repository (opsdocsc, session 55).
            sub(&["copr", "enable"], SelfEscalation, Medium, PKG_SOURCES),
            sub(&["--nogpgcheck"], SelfEscalation, Medium, UNSIGNED),
            sub(
                &["install|in|localinstall|reinstall|upgrade|update|up|downgrade|distro-sync|distrosync|swap|groupinstall|groupupdate|upgrade-minimal", "!--assumeno|--downloadonly|--installroot"],
                SelfEscalation,
                Medium,
                SYSTEM_INSTALL,
            ),
            sub(&["group|groups", "install|upgrade", "!--assumeno|--downloadonly|--installroot"], SelfEscalation, Medium, SYSTEM_INSTALL),
        ],
        flagged: &[
            "dnf install --nogpgcheck foo",
            "yum -y --nogpgcheck localinstall x.rpm",
            "yum groupremove group1",
            "dnf remove httpd",
            "dnf group remove 'Development Tools'",
            "dnf config-manager --add-repo https://download.docker.com/linux/fedora/docker-ce.repo",
            "sudo dnf config-manager addrepo --from-repofile=https://x.example/x.repo",
            "dnf copr enable daftaupe/gopass",
            "dnf install -y git",
            "yum -y update",
            "dnf group install 'Development Tools'",
        ],
        clean: &["yum list installed", "dnf grouplist", "dnf config-manager --dump", "dnf copr list", "dnf install --downloadonly jq", "dnf --installroot=/tmp/root install -y coreutils", "yum info jq", "dnf check-update"],
        ..P
    },
    Program {
        names: &["dpkg"],
        source: "man:dpkg(1) (-r/--remove, -P/--purge uninstall packages; --add-architecture and --remove-architecture change the architectures packages install for)",
        subs: &[
            sub(&["-r+"], Destructive, Medium, PKG_REMOVE),
            sub(&["-P+"], Destructive, Medium, PKG_REMOVE),
            sub(&["--remove"], Destructive, Medium, PKG_REMOVE),
            sub(&["--purge"], Destructive, Medium, PKG_REMOVE),
            sub(&["-i+|--install|--unpack", "!--root|--instdir|--admindir", "!--dry-run|--no-act|--simulate"], SelfEscalation, Medium, SYSTEM_INSTALL),
            // spn part 3: another architecture's packages become
            // installable (apt's sources then serve them).
            sub(&["--add-architecture|--remove-architecture"], SelfEscalation, Medium, "changes the architectures the system's packages install for"),
        ],
        flagged: &["dpkg -P nginx", "dpkg --remove nginx", "dpkg -i pkg.deb", "dpkg --install a.deb", "dpkg --add-architecture i386"],
        clean: &["dpkg -l", "dpkg -L coreutils", "dpkg -I x.deb", "dpkg --info x.deb", "dpkg -c x.deb", "dpkg --print-architecture", "dpkg --print-foreign-architectures"],
        ..P
    },
    Program {
        names: &["emerge"],
        source: "man:emerge(1) (any package or set operand is merged, built and installed as root; -p/--pretend, -f/--fetchonly, -s/--search, -S/--searchdesc, --info, --sync and -h change nothing; -C/--unmerge, -c/--depclean and --prune remove)",
        value_opts: &["--jobs", "-j", "--load-average", "--root", "--config-root", "--with-bdeps", "--backtrack", "--exclude", "--usepkg-exclude", "--keep-going"],
        subs: &[
            sub(&["-C+|--unmerge|-c+|--depclean|-P+|--prune"], Destructive, Medium, PKG_REMOVE),
            sub(
                &["?", "!-p+|--pretend", "!-f+|--fetchonly", "!-s+|--search", "!-S+|--searchdesc", "!--info", "!-h+|--help", "!-C+|--unmerge", "!-c+|--depclean", "!-P+|--prune", "!--root"],
                SelfEscalation,
                Medium,
                SYSTEM_INSTALL,
            ),
        ],
        flagged: &["emerge --ask app-misc/jq", "emerge -uDN @world", "emerge --depclean"],
        clean: &["emerge --search jq", "emerge -p app-misc/jq", "emerge --sync", "emerge --info"],
        ..P
    },
    Program {
        names: &["eopkg"],
        source: "https://help.getsol.us/docs/user/package-management/ (Solus's package manager: ar/add-repo and er/enable-repo add package sources, rm/remove, rmf/remove-orphans... and rmo remove software); denisidoro/cheats (session 41)",
        subs: &[
            sub(&["ar|add-repo|er|enable-repo"], SelfEscalation, Medium, PKG_SOURCES),
            sub(&["rm|remove|rmf|remove-orphans|rmo|rmdeps"], Destructive, Medium, PKG_REMOVE),
            sub(&["it|install|up|upgrade", "!-n+|--dry-run"], SelfEscalation, Medium, SYSTEM_INSTALL),
        ],
        flagged: &["eopkg ar solus https://cdn.getsol.us/repo/shannon/eopkg-index.xml.xz", "eopkg rmo", "eopkg it nano"],
        clean: &["eopkg li", "eopkg info nano", "eopkg sr query"],
        ..P
    },
    Program {
        names: &["flatpak"],
        source: "flatpak-uninstall(1), flatpak-remote-add(1) (a new source of applications; denisidoro/cheats, session 41); flatpak-install(1): an application runs in its sandbox, installed per user with --user (labelled benign in navicheats), so installs are not asked",
        subs: &[
            sub(&["uninstall"], Destructive, Medium, PKG_REMOVE),
            sub(&["remote-add"], SelfEscalation, Medium, "adds a source of applications (their packages install with the system's trust)"),
        ],
        flagged: &["flatpak uninstall org.gimp.GIMP", "flatpak remote-add --if-not-exists flathub https://flathub.org/repo/flathub.flatpakrepo"],
        clean: &["flatpak list", "flatpak install --user flathub org.gimp.GIMP"],
        ..P
    },
    Program {
        names: &["kiss"],
        source: "https://kisslinux.github.io/wiki/package-manager (i/install installs built packages into the system, with their post-install scripts; b/build builds as the user; s/search, l/list report); toolsdocsh (session 54)",
        subs: &[sub(&["i|install|u|update"], SelfEscalation, Medium, SYSTEM_INSTALL), sub(&["r|remove"], Destructive, Medium, PKG_REMOVE)],
        flagged: &["kiss b github-cli && kiss i github-cli", "kiss r foo"],
        clean: &["kiss s github-cli", "kiss l", "kiss b github-cli"],
        ..P
    },
    Program {
        names: &["layman"],
        source: "man:layman(8) (-a/--add adds an overlay, a source of ebuilds that emerge builds and installs as root; -d/--delete removes one; -l/-L list); opsdocsi (session 57)",
        value_opts: &["-c", "--config", "-o", "--overlays"],
        subs: &[sub(&["-a|--add"], SelfEscalation, Medium, PKG_SOURCES)],
        flagged: &["layman -a sunrise", "layman --add=guru"],
        clean: &["layman -L", "layman -l"],
        ..P
    },
    Program {
        names: &["opkg"],
        source: "https://openwrt.org/docs/guide-user/additional-software/opkg (install/upgrade run a package's scripts as root; --noaction changes nothing; remove uninstalls)",
        value_opts: &["-f", "--conf", "-d", "--dest", "-o", "--offline-root"],
        subs: &[
            sub(&["install|upgrade", "!--noaction|-o|--offline-root"], SelfEscalation, Medium, SYSTEM_INSTALL),
            sub(&["remove"], Destructive, Medium, PKG_REMOVE),
        ],
        flagged: &["opkg install luci", "opkg remove luci"],
        clean: &["opkg list-installed", "opkg update", "opkg install --noaction luci"],
        ..P
    },
    Program {
        names: &["pacman", "yay", "paru"],
        source: "man:pacman(8) (-R/--remove uninstalls packages)",
        subs: &[
            sub(&["-R+"], Destructive, Medium, PKG_REMOVE),
            sub(&["--remove"], Destructive, Medium, PKG_REMOVE),
            // -S installs from the sync repositories (with -y, -u the whole
            // system), -U from a file; with -s, -i, -l, -g, -c, -w or -p it
            // searches, shows, lists, cleans the cache, downloads or prints.
            sub(
                &["-S+|-U+|--sync|--upgrade", "!-s+|--search", "!-i+|--info", "!-l+|--list", "!-g+|--groups", "!-c+|--clean", "!-w+|--downloadonly", "!-p+|--print", "!-r|--root|-b|--dbpath"],
                SelfEscalation,
                Medium,
                SYSTEM_INSTALL,
            ),
        ],
        flagged: &["pacman -Rns firefox", "yay -R foo", "pacman -S --needed git", "pacman -Syu", "pacman -U ./pkg.tar.zst", "yay -S foo"],
        clean: &["pacman -Qi firefox", "pacman -Ss vim", "pacman -Si vim", "pacman -Sw vim", "pacman -Scc", "pacman -Sl core"],
        ..P
    },
    Program {
        names: &["pkcon"],
        source: "man:pkcon(1) (PackageKit: install, install-local, update, upgrade-system install packages; remove uninstalls; search, get-details report)",
        subs: &[
            sub(&["install|install-local|update|upgrade-system|offline-trigger", "!--only-download"], SelfEscalation, Medium, SYSTEM_INSTALL),
            sub(&["remove"], Destructive, Medium, PKG_REMOVE),
        ],
        flagged: &["pkcon install vim", "pkcon remove vim"],
        clean: &["pkcon search name vim", "pkcon get-updates"],
        ..P
    },
    Program {
        names: &["pkg", "pkg-static"],
        source: "man:pkg(8) (FreeBSD: install/add/upgrade install packages and run their scripts as root; -n/--dry-run changes nothing; delete/remove uninstalls; Termux's pkg wraps apt the same way); opsdocsi, lcmdh",
        value_opts: &["-c", "--chroot", "-r", "--rootdir", "-j", "--jail", "-C", "--config", "-R", "--repo-conf-dir", "-o", "--option"],
        subs: &[
            sub(&["install|ins|add|upgrade|reinstall", "!-n+|--dry-run", "!-c|--chroot|-r|--rootdir|-j|--jail"], SelfEscalation, Medium, SYSTEM_INSTALL),
            sub(&["delete|remove|rm|uninstall|autoremove"], Destructive, Medium, PKG_REMOVE),
        ],
        flagged: &["pkg install gopass", "pkg install -y ncdu", "pkg delete nginx"],
        clean: &["pkg info", "pkg search gopass", "pkg install -n gopass", "pkg update"],
        ..P
    },
    Program {
        names: &["pkg_add"],
        source: "man:pkg_add(1) (OpenBSD, NetBSD: installs each package operand with its scripts, as root; -n changes nothing); opsdocsi (session 57)",
        value_opts: &["-B", "-D", "-L", "-P", "-V"],
        subs: &[sub(&["?", "!-n+"], SelfEscalation, Medium, SYSTEM_INSTALL)],
        flagged: &["pkg_add -r foo", "pkg_add gopass"],
        clean: &["pkg_add -n gopass"],
        ..P
    },
    Program {
        names: &["pkgin"],
        source: "man:pkgin(1) (pkgsrc: install/in, upgrade/ug, full-upgrade/fug install packages; -n changes nothing; remove/rm uninstalls); toolsdocsg (session 54)",
        subs: &[
            sub(&["install|in|upgrade|ug|full-upgrade|fug", "!-n+"], SelfEscalation, Medium, SYSTEM_INSTALL),
            sub(&["remove|rm|autoremove|ar"], Destructive, Medium, PKG_REMOVE),
        ],
        flagged: &["pkgin install gh", "pkgin -y fug"],
        clean: &["pkgin search gh", "pkgin list", "pkgin -n install gh"],
        ..P
    },
    Program {
        names: &["port"],
        source: "man:port(1) (MacPorts: install, upgrade, activate install ports under /opt/local as root; -y changes nothing; uninstall removes); gitcs",
        subs: &[
            sub(&["install|upgrade|activate|selfupdate", "!-y+"], SelfEscalation, Medium, SYSTEM_INSTALL),
            sub(&["uninstall"], Destructive, Medium, PKG_REMOVE),
        ],
        flagged: &["port install git-flow", "sudo port selfupdate", "port uninstall git-flow"],
        clean: &["port search git-flow", "port installed", "port -y install git-flow"],
        ..P
    },
    Program {
        names: &["snap"],
        source: "man:snap(8) (install/refresh/revert change the machine's snaps, for every user; remove uninstalls)",
        subs: &[
            sub(&["remove"], Destructive, Medium, PKG_REMOVE),
            sub(&["install|refresh|revert"], SelfEscalation, Medium, SYSTEM_INSTALL),
        ],
        flagged: &["snap remove firefox", "snap install code --classic", "snap refresh"],
        clean: &["snap list", "snap info code", "snap find jq"],
        ..P
    },
    Program {
        names: &["softwareupdate"],
        source: "man:softwareupdate(8) (macOS: -i/--install installs updates, --install-rosetta installs Rosetta, --fetch-full-installer a macOS installer; -l/--list and --history report; -d/--download only downloads)",
        subs: &[sub(&["-i+|--install|--install-rosetta|--fetch-full-installer", "!-d+|--download"], SelfEscalation, Medium, SYSTEM_INSTALL)],
        flagged: &["softwareupdate --install-rosetta", "softwareupdate -i -a"],
        clean: &["softwareupdate -l", "softwareupdate --history", "softwareupdate -d -a"],
        ..P
    },
    Program {
        names: &["swupd"],
        source: "man:swupd(1) (Clear Linux: bundle-add and update install software as root; bundle-remove removes it; search, bundle-list report)",
        subs: &[
            sub(&["bundle-add|update|os-install|repair"], SelfEscalation, Medium, SYSTEM_INSTALL),
            sub(&["bundle-remove"], Destructive, Medium, PKG_REMOVE),
        ],
        flagged: &["swupd bundle-add dev-utils", "swupd bundle-remove dev-utils"],
        clean: &["swupd search -b package", "swupd bundle-list"],
        ..P
    },
    Program {
        names: &["winget", "winget.exe"],
        source: "https://learn.microsoft.com/en-us/windows/package-manager/winget/ (install/add and upgrade/update run an installer, for the machine unless --scope user; source add adds a source; uninstall removes)",
        value_opts: &["--id", "-q", "--query", "-v", "--version", "-s", "--source", "--scope", "-l", "--location", "--override", "--custom", "--log", "-o"],
        subs: &[
            sub(&["install|add|upgrade|update", "!--scope user"], SelfEscalation, Medium, SYSTEM_INSTALL),
            sub(&["uninstall|remove|rm"], Destructive, Medium, PKG_REMOVE),
            sub(&["source", "add"], SelfEscalation, Medium, PKG_SOURCES),
        ],
        flagged: &["winget install --id=astral-sh.uv -e", "winget install Kubernetes.minikube", "winget upgrade --all", "winget uninstall Git.Git"],
        clean: &["winget search uv", "winget list", "winget show Git.Git", "winget install --scope user Git.Git"],
        ..P
    },
    Program {
        names: &["xbps-install"],
        source: "man:xbps-install(1) (Void: each package operand, and -u the whole system, is installed as root; -n/--dry-run changes nothing; -S alone syncs the index; -r/--rootdir installs into another root)",
        value_opts: &["-C", "--config", "-c", "--cachedir", "-r", "--rootdir", "-R", "--repository"],
        subs: &[
            sub(&["?", "!-n+|--dry-run", "!-r|--rootdir"], SelfEscalation, Medium, SYSTEM_INSTALL),
            sub(&["-u+|--update", "!-n+|--dry-run", "!-r|--rootdir"], SelfEscalation, Medium, SYSTEM_INSTALL),
        ],
        flagged: &["xbps-install -S jq", "xbps-install -Su"],
        clean: &["xbps-install -S", "xbps-install -n jq"],
        ..P
    },
    Program {
        names: &["xcode-select"],
        source: "man:xcode-select(1) (macOS: --install installs the Command Line Tools for the whole machine; -s/--switch and -r/--reset change the active developer directory every user's xcrun, cc and make run from, as root; -p/--print-path and -v report); mcdev part 25, session 66",
        value_opts: &["-s", "--switch"],
        subs: &[
            sub(&["--install"], SelfEscalation, Medium, SYSTEM_INSTALL),
            sub(&["-s|--switch|-r|--reset"], SelfEscalation, Medium, "changes the machine's active developer tools (what every user's cc, git and make run)"),
        ],
        flagged: &["xcode-select --install", "sudo xcode-select -s /Applications/Xcode.app/Contents/Developer", "sudo xcode-select --reset"],
        clean: &["xcode-select -p", "xcode-select --print-path", "xcode-select -v"],
        ..P
    },
    Program {
        names: &["yum-config-manager"],
        source: "man:yum-config-manager(1) (--add-repo URL writes a repository file into /etc/yum.repos.d; without it, it shows or sets options); lcmd session 49",
        subs: &[sub(&["--add-repo|--addrepo"], SelfEscalation, Medium, PKG_SOURCES)],
        flagged: &["yum-config-manager --add-repo https://download.docker.com/linux/centos/docker-ce.repo", "sudo yum-config-manager --add-repo=http://x.example/x.repo"],
        clean: &["yum-config-manager --help", "yum-config-manager"],
        ..P
    },
    Program {
        names: &["zypper"],
        source: "man:zypper(8) (remove/rm uninstalls packages; addrepo/ar adds a package source); session 49",
        subs: &[
            sub(&["remove|rm"], Destructive, Medium, PKG_REMOVE),
            sub(&["addrepo|ar"], SelfEscalation, Medium, PKG_SOURCES),
            // --gpg-auto-import-keys trusts any new repository key.
            sub(&["--no-gpg-checks|--gpg-auto-import-keys"], SelfEscalation, Medium, UNSIGNED),
            sub(
                &["install|in|update|up|dist-upgrade|dup|patch|source-install|si|install-new-recommends|inr", "!--download-only|--dry-run|--download-as-needed", "!-R|--root|--installroot"],
                SelfEscalation,
                Medium,
                SYSTEM_INSTALL,
            ),
        ],
        flagged: &["zypper --no-gpg-checks in x", "zypper rm nginx", "zypper ar http://download.opensuse.org/repositories/x/x.repo", "sudo zypper addrepo -f https://x.example/repo r", "zypper --non-interactive install -y git", "zypper dup"],
        clean: &["zypper search nginx", "zypper lr", "zypper install --download-only jq", "zypper --root /tmp/r in jq"],
        ..P
    },
];
