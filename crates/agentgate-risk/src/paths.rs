//! What a path names: a secret, something the machine trusts, a system
//! location, or a part of the project.
//!
//! Matching is by hand-written segment checks rather than regular
//! expressions: the hook is a fresh process on every tool call, and compiling
//! a few dozen regexes would cost more than the whole decision.

pub(crate) use crate::pathbin::system_bin_dir;
pub(crate) use crate::storeglob::glob_credential;
use crate::storeglob::glob_credential_dir;
pub(crate) use crate::sysdirs::{is_system_dir, system_write, temp_root, RC_FILES};
pub(crate) use agentgate_rules::lexical::{is_within as within, normalize, system_path};

use crate::{Context, Severity};

/// What a dotenv file is called in findings: a project's secrets, made to
/// be loaded into a program's environment (`captured::holds`).
pub(crate) const DOTENV: &str = "a .env secrets file";
/// Characters that end a path-like token inside free text (code, option
/// values such as `--extra-opts=@file`, TeX, URLs).
fn is_delimiter(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\'' | '"'
                | '`'
                | '='
                | '@'
                | '{'
                | '}'
                | '('
                | ')'
                | '['
                | ']'
                | ','
                | ';'
                | '|'
                | '<'
                | '>'
                | '&'
                | '\\'
                | '*'
        )
}

/// Path-like tokens inside `text`.
pub(crate) fn tokens(text: &str) -> impl Iterator<Item = &str> {
    text.split(is_delimiter)
        .map(|t| t.trim_end_matches([':', '.']))
        .filter(|t| !t.is_empty())
}

/// The last path segment.
pub(crate) fn basename(path: &str) -> &str {
    path.trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or(path)
}

/// Whether `s` starts with `$HOME` or `${HOME}` (not `$HOMEBREW_PREFIX`).
pub(crate) fn starts_with_home_var(s: &str) -> bool {
    s.starts_with("${HOME}")
        || s.strip_prefix("$HOME")
            .is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_'))
}

/// Whether `token` starts at the user's home directory.
pub(crate) fn is_home_rooted(token: &str, ctx: &Context) -> bool {
    token == "~"
        || token.starts_with("~/")
        || starts_with_home_var(token)
        || (!ctx.home.is_empty() && within(token, &ctx.home))
        || token.starts_with("/home/")
        || token.starts_with("/root/")
        || token.starts_with("/Users/")
}

const ENV_TEMPLATES: &[&str] = &[
    "example", "sample", "template", "tmpl", "tpl", "dist", "defaults", "default", "schema",
];

/// A secret named by `token`: its severity and what it is.
pub(crate) fn credential(token: &str) -> Option<(Severity, &'static str)> {
    let t = token.trim_matches(|c| c == '\'' || c == '"');
    let msys = crate::winpath::msys(t);
    let t = msys.as_deref().unwrap_or(t);
    let base = basename(t);
    let lower = t.to_ascii_lowercase();
    // A public key, also at the end of code or a quoted command
    // (`os.system("cat ~/.ssh/id_ed25519.pub")`).
    // The file name runs up to the first character no file name here has
    // (`id_ed25519.pub", shell=True)` when a whole line of code is read).
    let file_name = base
        .split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')))
        .next()
        .unwrap_or(base);
    if file_name.ends_with(".pub") {
        return None;
    }
    let high = Severity::High;
    if lower.contains(".ssh/") {
        let b = base.to_ascii_lowercase();
        if b.starts_with("id_")
            || b.ends_with("_rsa")
            || b.ends_with("_dsa")
            || b.ends_with("_ecdsa")
            || b.ends_with("_ed25519")
            || b == "identity"
        {
            return Some((high, "an SSH private key"));
        }
        // Keys are named as their owners like (`~/.ssh/github`,
        // `~/.ssh/deploy`, `~/.ssh/work.pem`): any file right in an `.ssh`
        // directory is one, but the files ssh(1) FILES lists as public or
        // as settings.
        if let Some((dir, name)) = t.rsplit_once('/') {
            if dir.ends_with("/.ssh") || dir == ".ssh" {
                const NOT_KEYS: &[&str] = &[
                    "known_hosts",
                    "known_hosts.old",
                    "known_hosts2",
                    "config",
                    "authorized_keys",
                    "authorized_keys2",
                    "environment",
                    "rc",
                    "allowed_signers",
                ];
                if !name.is_empty() && !NOT_KEYS.contains(&b.as_str()) {
                    return Some((high, "an SSH private key"));
                }
            }
        }
    }
    if SSH_KEY_NAMES.contains(&base) {
        return Some((high, "an SSH private key"));
    }
    if base == ".npmrc" {
        // A project's own `.npmrc` usually holds registry settings; the
        // home one holds the token.
        return Some((
            if lower.starts_with('.') && !lower.starts_with("./..") {
                Severity::Medium
            } else {
                high
            },
            "the npm token file",
        ));
    }
    if let Some(store) = agentgate_commands::credential_store(t, base) {
        return Some((level_severity(store.level), store.what));
    }
    // Another process's memory holds its passwords and keys (ATT&CK
    // T1003.007); the kernel's and the machine's hold everyone's.
    if (base == "mem" && lower.starts_with("/proc/"))
        || matches!(lower.as_str(), "/proc/kcore" | "/dev/mem" | "/dev/kmem")
    {
        return Some((high, "process memory (passwords and keys in it)"));
    }
    if base == "environ" && t.contains('/') {
        return Some((high, "a process environment (tokens and keys)"));
    }
    // Another process's open files (`/proc/1234/fd/4`: a deleted key, a
    // socket, a terminal) and the screen (`/dev/fb0`, HackTricks video
    // group).
    let other_fd = lower
        .strip_prefix("/proc/")
        .and_then(|r| r.split_once("/fd/"))
        .is_some_and(|(pid, _)| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()));
    if other_fd {
        return Some((Severity::Medium, "another process's open file"));
    }
    if lower
        .strip_prefix("/dev/fb")
        .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
    {
        return Some((Severity::Medium, "the screen (framebuffer)"));
    }
    if base == ".env" {
        return Some((Severity::Medium, DOTENV));
    }
    if let Some(suffix) = base.strip_prefix(".env.") {
        let s = suffix.to_ascii_lowercase();
        if !ENV_TEMPLATES.iter().any(|t| s == *t || s.ends_with(t)) {
            return Some((Severity::Medium, DOTENV));
        }
    }
    if base == "credentials.json" || base.starts_with("service-account") && base.ends_with(".json")
    {
        return Some((Severity::Medium, "a credentials file"));
    }
    // A plain-text or spreadsheet file named for the keys or passwords it
    // holds (`access_keys.txt`, AWS's `user_accessKeys.csv`, `db-passwords.txt`;
    // session 27).
    let (stem, ext) = lower
        .rsplit('/')
        .next()
        .unwrap_or("")
        .rsplit_once('.')
        .unwrap_or(("", ""));
    let named = stem.split(['_', '-', '.']).next_back().is_some_and(|w| {
        matches!(
            w,
            "secret"
                | "secrets"
                | "password"
                | "passwords"
                | "passwd"
                | "credentials"
                | "accesskeys"
                | "tokens"
        )
    }) || stem.ends_with("access_keys")
        || stem.ends_with("access_key");
    if named && matches!(ext, "txt" | "csv") {
        return Some((Severity::Medium, "a file named as a secret"));
    }
    // A file named `credentials` with no extension, alone or beside what
    // it is for (`credentials-velero`, `/srv/app/cloud-credentials`): the
    // AWS format's shared credentials file handed to installers (Velero's
    // `--secret-file`; opsdocs, session 55). An extension says what else
    // the file is (`credentials.md`, `credentials_test.go`); a bare word
    // ending so is a verb (`get-credentials`, `set-credentials`), so that
    // form needs a directory.
    let name = lower.rsplit('/').next().unwrap_or("");
    if !name.contains('.')
        && (name == "credentials"
            || name
                .strip_prefix("credentials-")
                .is_some_and(|r| !r.is_empty())
            || lower.contains('/')
                && name
                    .strip_suffix("-credentials")
                    .is_some_and(|r| !r.is_empty()))
    {
        return Some((Severity::Medium, "a credentials file"));
    }
    // An object in cloud storage named as a credential file
    // (`s3://b/aws/credentials`, `gs://b/keys/id_ed25519`): copying it
    // down fetches a credential (session 27, cloudgoat).
    let object = lower
        .strip_prefix("s3://")
        .or_else(|| lower.strip_prefix("gs://"))
        .and_then(|rest| rest.split_once('/'))
        .map(|(_, key)| basename(key));
    // A bare extension word (`s3://b/key`) is an object's placeholder name.
    let bare = |o: &str| matches!(o, "key" | "token" | "env" | "pem" | "p12" | "pfx" | "ovpn");
    if object.is_some_and(|o| !o.is_empty() && !bare(o) && credential_pattern(o)) {
        return Some((Severity::Medium, "a credential file in cloud storage"));
    }
    None
}

/// What [`trust_target`] calls an installed macOS application.
pub(crate) const INSTALLED_APP: &str = "an installed application";

/// What [`trust_target`] calls a file named authorized_keys outside `.ssh`.
pub(crate) const NAMED_AUTHORIZED_KEYS: &str =
    "a file named as SSH's authorized_keys (remote login)";

/// What [`trust_target`] calls the system logs.
pub(crate) const SYSTEM_LOGS: &str = "the system logs (hides what happened)";

/// Something the machine trusts or runs later, named by `token`, that a write
/// would change: severity and what it is.
pub(crate) fn trust_target(token: &str, ctx: &Context) -> Option<(Severity, &'static str)> {
    // Judged by what the path is, whatever its spelling (`/private/etc`
    // is macOS's `/etc`, `//etc` is `/etc`).
    let canonical = system_path(token.trim_matches(|c| c == '\'' || c == '"'));
    let t = canonical.as_ref();
    let base = basename(t);
    let lower = t.to_ascii_lowercase();
    let high = Severity::High;
    let critical = Severity::Critical;
    if lower.contains("/etc/claude-code")
        || lower.contains("library/application support/claudecode")
    {
        return Some((critical, "the managed Claude Code policy"));
    }
    if let Some(what) = crate::winpath::startup(&lower) {
        return Some((high, what));
    }
    if lower.contains(".claude/settings") {
        return Some((high, "Claude Code settings"));
    }
    if base == ".claude.json" {
        return Some((high, "Claude Code's user configuration"));
    }
    if lower.contains(".claude/hooks") {
        return Some((high, "Claude Code hook scripts"));
    }
    if (lower.contains("/.claude/") || lower.ends_with("/.claude")) && is_home_rooted(t, ctx) {
        return Some((high, "Claude Code's user configuration"));
    }
    if base == ".mcp.json" {
        return Some((high, "the project's MCP server list"));
    }
    if lower.contains(".git/hooks") {
        return Some((high, "git hooks (run on every commit or checkout)"));
    }
    if lower.ends_with(".git/config") {
        return Some((high, "the repository's git configuration"));
    }
    if RC_FILES.contains(&base) || crate::sysdirs::RC_PATHS.iter().any(|p| lower.ends_with(p)) {
        return Some((high, "a shell startup file"));
    }
    if matches!(
        base,
        ".pam_environment" | ".xsession" | ".xsessionrc" | ".bash_completion"
    ) {
        return Some((high, "a shell startup file"));
    }
    // Directories a shell reads files from by itself (`~/.bashrc.d/`,
    // fish's functions, completion directories).
    if let Some(dir) = agentgate_commands::shell_load_dir(&lower).filter(|d| {
        !d.prefix
            || !within(&lower, &ctx.project_dir.to_ascii_lowercase()) && temp_root(&lower).is_none()
    }) {
        use agentgate_commands::Loads;
        return Some(match dir.loads {
            Loads::AtStart => (high, "a shell startup file"),
            Loads::AsCommand => (
                high,
                "a shell function file (it runs in place of a command)",
            ),
            Loads::OnCompletion => (
                Severity::Medium,
                "shell completions (run when the user completes a command)",
            ),
        });
    }
    // Kernel hooks that run a program as root when something happens: the
    // cgroup v1 release agent (a classic container escape), the core-dump
    // pipe, the hotplug and module helpers.
    if base == "release_agent"
        || base == "notify_on_release"
        || lower.ends_with("/proc/sys/kernel/core_pattern")
        || lower.ends_with("/proc/sys/kernel/modprobe")
        || lower.ends_with("/sys/kernel/uevent_helper")
        || lower.ends_with("/proc/sys/kernel/hotplug")
    {
        return Some((critical, "a kernel hook that runs a program as root"));
    }
    // A cgroup's process list: writing a PID into it moves that process
    // into the cgroup, and its exit then runs the cgroup's release agent
    // (the trigger of the release-agent container escape); no developer
    // task writes it by hand.
    if base == "cgroup.procs" {
        return Some((
            high,
            "a cgroup's process list (it triggers the cgroup's release agent)",
        ));
    }
    // Shell and REPL histories: emptying or replacing one hides what ran
    // (ATT&CK T1070.003); reading one is a credential read (credentials.rs).
    // Their names start with a dot (`.zsh_history`, `.python_history`),
    // but fish's; a bare word ending so is a zsh option's name (`setopt
    // share_history`, mcdev parts 9 and 11), not a file.
    if base.ends_with("_history") && (base.starts_with('.') || base == "fish_history")
        || base == ".histfile"
    {
        return Some((Severity::Medium, "shell history (hides what ran)"));
    }
    if lower.ends_with(".ssh/authorized_keys") || lower.ends_with(".ssh/authorized_keys2") {
        return Some((critical, "the SSH authorized_keys file (remote login)"));
    }
    // sshd reads the file wherever `AuthorizedKeysFile` says; the name
    // alone says what it is for (`cat key >> authorized_keys` in `~/.ssh`
    // after a `cd` the line does not show: r1cks, session 44).
    if matches!(base, "authorized_keys" | "authorized_keys2") {
        return Some((
            Severity::Medium,
            "a file named as SSH's authorized_keys (remote login)",
        ));
    }
    if lower.ends_with(".ssh/config")
        || lower.ends_with(".ssh/rc")
        || lower.ends_with(".ssh/environment")
    {
        return Some((high, "the SSH client configuration"));
    }
    // Another system's accounts through a mount of its root
    // (`/mnt/etc/passwd` after `docker run -v /:/mnt`, `/host/etc/shadow`,
    // `/proc/1/root/etc/sudoers`); a project's or a scratch directory's
    // `etc/` is a fixture.
    if let Some((root, rest)) = lower.rsplit_once("/etc/") {
        const ACCOUNTS: &[&str] = &[
            "passwd",
            "shadow",
            "sudoers",
            "group",
            "gshadow",
            "crontab",
            "cron.",
            "cron/",
            "ld.so.preload",
            "pam.d",
        ];
        if !root.is_empty()
            && lower.starts_with('/')
            && ACCOUNTS.iter().any(|p| rest.starts_with(p))
            && !within(&lower, &ctx.project_dir.to_ascii_lowercase())
            && !within(&lower, &ctx.home.to_ascii_lowercase())
            && temp_root(&lower).is_none()
        {
            return Some((critical, "the accounts or schedules of a mounted system"));
        }
    }
    if let Some(rest) = lower.strip_prefix("/etc/") {
        const CRITICAL_ETC: &[&str] = &[
            "sudoers",
            "pam.d",
            "passwd",
            "shadow",
            "group",
            "gshadow",
            "ld.so.preload",
            "crontab",
            "cron.",
            "cron/",
            "security/",
        ];
        if CRITICAL_ETC.iter().any(|p| rest.starts_with(p)) {
            return Some((critical, "system authentication or scheduling files"));
        }
        // The package manager's sources and their signing keys: asked, as
        // `add-apt-repository` is (session 38); its hooks (`apt.conf.d`)
        // run commands as root and stay with the rest of /etc.
        if agentgate_commands::PACKAGE_SOURCE_FILES
            .iter()
            .any(|p| rest.starts_with(p))
        {
            return Some((
                Severity::Medium,
                "the machine's package sources (their packages install as root)",
            ));
        }
        return Some((high, "system configuration under /etc"));
    }
    // Cron and at tables: Linux's spool, macOS's and the BSDs' `/var/at`.
    if ["/var/spool/cron", "/var/spool/at", "/var/at/"]
        .iter()
        .any(|d| lower.starts_with(d))
    {
        return Some((critical, "the cron tables"));
    }
    // Podman's quadlets (`*.container`, `*.pod`...) are turned into
    // systemd units by its generator (podman-systemd.unit(5)).
    if lower.contains(".config/systemd/user")
        || lower.contains("/systemd/system/")
        || lower.contains("/containers/systemd/")
        || lower.ends_with("/containers/systemd")
    {
        return Some((high, "systemd units (run at login or boot)"));
    }
    if let Some(place) = agentgate_commands::autostart(&lower) {
        return Some((high, place.what));
    }
    // macOS's settings for every user (network, logging, the login window)
    // and the profiles an organisation enforces: the system's
    // configuration, as `/etc` is on Linux.
    if ["/library/preferences/", "/library/managed preferences/"]
        .iter()
        .any(|d| lower.starts_with(d))
    {
        return Some((high, "macOS's system-wide settings (/Library/Preferences)"));
    }
    // An installed macOS application's bundle: what runs when the user
    // opens it (ATT&CK T1554, binary and Info.plist changes).
    if (lower.starts_with("/applications/") || lower.contains("/applications/"))
        && lower.contains(".app/")
    {
        return Some((high, INSTALLED_APP));
    }
    // The system's own record of what happened (ATT&CK T1070.002).
    const LOGS: &[&str] = &[
        "/var/log/",
        "/private/var/log/",
        "/var/audit/",
        "/var/account/",
    ];
    if LOGS.iter().any(|l| lower.starts_with(l))
        || matches!(lower.as_str(), "/var/run/utmp" | "/run/utmp" | "/var/log")
    {
        return Some((high, SYSTEM_LOGS));
    }
    if let Some(hit) = crate::pathbin::installed_code(t, &lower, ctx) {
        return Some(hit);
    }
    if is_home_rooted(t, ctx) {
        if base == ".npmrc" || base == ".yarnrc" || base == ".yarnrc.yml" {
            return Some((high, "the user's package registry configuration"));
        }
        if base == ".gitconfig" || lower.ends_with(".config/git/config") {
            return Some((high, "the user's git configuration"));
        }
        // `~/.cargo/config.toml`; a project's own `.cargo/config.toml` is
        // the project's (what a runner in it holds is judged as written).
        if lower.contains(".cargo/config") && !within(t, &ctx.project_dir) {
            return Some((high, "the user's cargo configuration"));
        }
        if lower.contains(".docker/config.json") {
            return Some((high, "Docker's client configuration"));
        }
        // Other programs' start-up files run commands when the program
        // starts (`~/.rtorrent.rc`, `~/.config/procps/toprc`, `~/.gdbinit`;
        // GTFOBins rtorrent, top, gdb).
        let startup = (base.len() > 3
            && (lower.ends_with("rc") && base.starts_with('.') || lower.ends_with(".rc")))
            || matches!(
                base,
                ".gdbinit" | ".lldbinit" | ".emacs" | ".tmux.conf" | ".exrc" | "toprc" | ".wgetrc"
            );
        if startup && !within(t, &ctx.project_dir) {
            return Some((
                Severity::Medium,
                "a program's start-up file (runs when it starts)",
            ));
        }
        if let Some(place) = agentgate_commands::startup_file(&lower) {
            return Some((Severity::Medium, place.what));
        }
    }
    if base == "pip.conf" || base == "pip.ini" {
        return Some((high, "pip's configuration (package index)"));
    }
    if let Some(found) =
        crate::pathbin::path_program(t, &lower, ctx).or_else(|| crate::pathbin::hijack(t, ctx))
    {
        return Some(found);
    }
    if crate::pathbin::system_bin_file(&lower) || crate::winpath::system(&lower) {
        return Some((high, "system executables or libraries"));
    }
    if lower.starts_with("/boot/") {
        return Some((critical, "the boot partition"));
    }
    // A credential store outside the project overwritten (`echo x >
    // ~/.aws/credentials`, `: > ~/.ssh/id_rsa`, `cp /dev/null
    // ~/.kube/config`): the old secret is lost, and a planted one changes
    // who the user's tools act as or which server they trust. The
    // project's own `.env` is the developer's to write. A home under a
    // temporary directory (CI runners, containers) is a home, not scratch.
    if (is_home_rooted(t, ctx) || t.starts_with('/'))
        && !within(t, &ctx.project_dir)
        && (temp_root(t).is_none() || !ctx.home.is_empty() && within(t, &ctx.home))
    {
        if let Some((_, what)) = credential(t) {
            return Some((Severity::Medium, what));
        }
    }
    None
}

/// What a file certainly written at `token` changes: [`trust_target`], or
/// else [`system_write`].
pub(crate) fn written_target(token: &str, ctx: &Context) -> Option<(Severity, &'static str)> {
    trust_target(token, ctx).or_else(|| system_write(token, ctx))
}

/// Expands a path argument to an absolute, normalised path when its value is
/// known statically (`~` and `$HOME` are known; other variables are not).
pub(crate) fn absolute(value: &str, raw: &str, tilde: bool, ctx: &Context) -> Option<String> {
    let v = if tilde || raw.starts_with('~') {
        if value == "~" || raw == "~" {
            ctx.home.clone()
        } else if let Some(rest) = value.strip_prefix("~/") {
            format!("{}/{rest}", ctx.home)
        } else {
            return None;
        }
    } else if let Some(rest) = strip_home_var(value) {
        format!("{}{rest}", ctx.home)
    } else if let Some(rest) = value
        .strip_prefix(ctx.home.as_str())
        .filter(|r| !ctx.home.is_empty() && r.starts_with('$'))
    {
        // The home directory's value followed by an expansion, as above.
        format!("{}/{rest}", ctx.home)
    } else if value.contains(['$', '`']) && crate::winpath::msys(value).is_none() {
        return None;
    } else {
        crate::winpath::msys(value).unwrap_or_else(|| value.to_owned())
    };
    let joined = if v.starts_with('/') {
        v
    } else {
        format!("{}/{v}", ctx.cwd)
    };
    Some(normalize(&joined))
}

fn strip_home_var(value: &str) -> Option<std::borrow::Cow<'_, str>> {
    let v = value.trim_start_matches('"');
    for p in ["$HOME", "${HOME}"] {
        let Some(rest) = v.strip_prefix(p) else {
            continue;
        };
        let rest = rest.trim_matches('"');
        if rest.is_empty() || rest.starts_with('/') {
            return Some(std::borrow::Cow::Borrowed(rest));
        }
        // `$HOME$X`: the home directory itself when X is empty, a path in
        // it when X starts with `/`; judged as `$HOME/$X`.
        if rest.starts_with('$') {
            return Some(std::borrow::Cow::Owned(format!("/{rest}")));
        }
    }
    None
}

/// Names of build outputs and caches that a project regenerates (the
/// `BUILD_OUTPUTS` table).
pub(crate) fn is_regenerable(name: &str) -> bool {
    agentgate_commands::build_output(name).is_some()
}

/// A project path the build regenerates: a `BUILD_OUTPUTS` name as the
/// path or its first part, anything inside one at any depth
/// (`infra/.terraform/providers`: ruancsd, session 43), or an unambiguous
/// output anywhere; a weak name deeper down (`src/pkg`) is the project's.
pub(crate) fn regenerated_path(rel: &str) -> bool {
    let first = rel.split('/').next().unwrap_or("");
    let inside = rel
        .rsplit_once('/')
        .is_some_and(|(dirs, _)| dirs.split('/').any(is_regenerable));
    let last = rel.rsplit('/').next().unwrap_or("");
    is_regenerable(rel)
        || is_regenerable(first)
        || inside
        || matches!(last, "node_modules" | "target" | "dist" | "build")
}

/// A file directly in the root directory (`/cmd`, the cgroup escape's
/// payload): only root writes there, and nothing of a project lives there.
pub(crate) fn root_level_file(abs: &str) -> bool {
    abs.len() > 1
        && abs.starts_with('/')
        && !abs.get(1..).is_some_and(|r| r.contains('/'))
        && !is_system_dir(abs)
        && !matches!(
            abs,
            "/tmp"
                | "/home"
                | "/Users"
                | "/var"
                | "/mnt"
                | "/media"
                | "/workspace"
                | "/workspaces"
                | "/src"
                | "/app"
                | "/code"
                | "/data"
                | "/run"
                | "/private"
        )
}

/// A directory that holds credentials (`~/.ssh`, `~/.aws`, ...), named by
/// its last segments: copying, archiving or searching it gathers secrets.
pub(crate) fn credential_dir(abs: &str) -> Option<&'static str> {
    agentgate_commands::credential_store_dir(abs)
        .map(|s| s.what)
        .or_else(|| glob_credential_dir(abs))
}

/// ssh(1)'s default private key names, a key wherever it lies.
pub(crate) const SSH_KEY_NAMES: &[&str] = &["id_rsa", "id_dsa", "id_ecdsa", "id_ed25519"];

/// The credential directory `abs` is, or lies inside (`~/.ssh/x`,
/// `~/.aws/cli/cache`): writing there plants keys, credentials or the
/// configuration that names a credential helper to run.
pub(crate) fn within_credential_dir(abs: &str) -> Option<&'static str> {
    let mut at = abs.trim_end_matches('/');
    loop {
        if let Some(what) = credential_dir(at) {
            return Some(what);
        }
        match at.rfind('/') {
            Some(i) if i > 0 => at = at.get(..i).unwrap_or(""),
            _ => return None,
        }
    }
}

/// The engine's severity for a table's level.
pub(crate) fn level_severity(level: agentgate_commands::Level) -> Severity {
    match level {
        agentgate_commands::Level::Medium => Severity::Medium,
        agentgate_commands::Level::High => Severity::High,
        agentgate_commands::Level::Critical => Severity::Critical,
    }
}

/// A file-name pattern that looks for credentials (`-name id_rsa`,
/// `-name '*.pem'`).
pub(crate) fn credential_pattern(pattern: &str) -> bool {
    let p = pattern
        .trim_matches(|c| c == '\'' || c == '"')
        .to_ascii_lowercase();
    let stem = p.trim_start_matches(['*', '.']).trim_end_matches('*');
    matches!(
        stem,
        "id_rsa"
            | "id_dsa"
            | "id_ecdsa"
            | "id_ed25519"
            | "id_"
            | "credentials"
            | "netrc"
            | "git-credentials"
            | "pgpass"
            | "pem"
            | "key"
            | "p12"
            | "pfx"
            | "kdbx"
            | "ovpn"
            | "accesstokens.json"
            | "msal_token_cache.json"
            | "credentials.db"
            | "access_tokens.db"
            | "vault-token"
            | "shadow"
            | "token"
            | "env"
            | "npmrc"
            | "pypirc"
            | "htpasswd"
            | "kubeconfig"
    ) || p.starts_with("id_")
        || store_name(stem)
}

/// Whether `name` is the last part of a credential store's directory or
/// file name in the table (`.kube`, `.aws`, `gcloud`, `.git-credentials`),
/// generic names (`config`) aside: a search for it looks for that store
/// (found on badPods, session 27: `find / -name .kube`).
fn store_name(name: &str) -> bool {
    use agentgate_commands::{Where, CREDENTIAL_STORES};
    const GENERIC: &[&str] = &[
        "config", "configs", "data", "cache", "default", "json", "db", "",
    ];
    let last = |p: &str| -> String {
        p.trim_end_matches('/')
            .rsplit('/')
            .next()
            .unwrap_or("")
            .trim_start_matches('.')
            .to_ascii_lowercase()
    };
    !GENERIC.contains(&name)
        && CREDENTIAL_STORES.iter().any(|s| {
            s.dirs.iter().any(|d| last(d) == name)
                || s.paths.iter().any(|w| match w {
                    Where::Suffix(p) | Where::Part(p) | Where::Base(p) | Where::Dotfile(p) => {
                        last(p) == name
                    }
                })
        })
}
