//! The system's own directories, as Linux, macOS and Windows lay them
//! out: which a deletion or rewrite breaks the machine through, and which
//! are scratch space (split from paths.rs, session 37).

use crate::paths::{system_path, within};
use crate::{Context, Severity};

/// Top-level system directories: deleting or rewriting them breaks the
/// machine. Written in lower case: compared without case.
pub(crate) fn is_system_dir(abs: &str) -> bool {
    const SYSTEM: &[&str] = &[
        "/bin",
        "/boot",
        "/dev",
        "/etc",
        "/lib",
        "/lib32",
        "/lib64",
        "/opt",
        "/proc",
        "/root",
        "/sbin",
        "/srv",
        "/sys",
        "/usr",
        "/var",
        "/home",
        "/users",
        "/system",
        "/library",
        "/applications",
        "/mnt",
        "/media",
        "/snap",
        "/private",
    ];
    // Compared without case: macOS's file system ignores it (`/USR`).
    let abs = system_path(abs).to_ascii_lowercase();
    let abs = abs.as_str();
    crate::winpath::system(abs)
        || SYSTEM
            .iter()
            .any(|s| within(abs, s) && !within(abs, "/var/tmp") && !within(abs, "/var/folders"))
}

/// Temporary directories, where a specifically named item is scratch space.
pub(crate) fn temp_root(abs: &str) -> Option<std::borrow::Cow<'static, str>> {
    // macOS: /tmp is /private/tmp, and a user's $TMPDIR is under
    // /var/folders (/private/var/folders).
    [
        "/tmp",
        "/var/tmp",
        "/dev/shm",
        "/private/tmp",
        "/private/var/tmp",
        "/var/folders",
        "/private/var/folders",
    ]
    .into_iter()
    .find(|t| within(abs, t))
    .map(std::borrow::Cow::Borrowed)
    .or_else(|| crate::winpath::temp_root(abs).map(std::borrow::Cow::Owned))
}

/// A file written where the operating system keeps its own files
/// (`/usr/share`, `/var/lib`, `/var/db`, `/System`, `/Library`, `/sys`)
/// that [`crate::paths::trust_target`] has no other name for: the machine
/// changed outside the home, the project and scratch space. Only for what
/// is certainly written (a redirection, an output option, the file tools),
/// not for any operand. Directories a user or a deployment may own (`/opt`,
/// `/srv`, `/mnt`, `/media`, `/usr/local`, `/usr/src`, other users' homes)
/// keep their own rules, devices and `/proc` theirs (`/dev/null` is no
/// change).
pub(crate) fn system_write(token: &str, ctx: &Context) -> Option<(Severity, &'static str)> {
    const OWNED_ELSEWHERE: &[&str] = &[
        "/opt",
        "/srv",
        "/mnt",
        "/media",
        "/home",
        "/users",
        "/snap",
        "/dev",
        "/proc",
        // Sources built by hand and local installs (`tar -C /usr/src`,
        // the Go archive under `/usr/local`); their programs and libraries
        // are `trust_target`'s.
        "/usr/src",
        "/usr/local",
    ];
    let canonical = system_path(token.trim_matches(|c| c == '\'' || c == '"'));
    let t = canonical.as_ref();
    let lower = t.to_ascii_lowercase();
    (t.starts_with('/')
        && is_system_dir(t)
        && !within(t, &ctx.home)
        && !within(t, &ctx.project_dir)
        && temp_root(t).is_none()
        && !OWNED_ELSEWHERE.iter().any(|d| within(&lower, d)))
    .then_some((Severity::Medium, SYSTEM_DIRECTORY))
}

/// What [`system_write`] calls the place it judges.
pub(crate) const SYSTEM_DIRECTORY: &str = "a system directory, outside the home and the project";

/// Shell startup files by name (see `paths::trust_target`).
pub(crate) const RC_FILES: &[&str] = &[
    ".shrc",
    ".bash_aliases",
    ".xprofile",
    ".xinitrc",
    ".xsessionrc",
    ".bashrc",
    ".bash_profile",
    ".bash_login",
    ".bash_logout",
    ".profile",
    ".zshrc",
    ".zprofile",
    ".zshenv",
    ".zlogin",
    ".zlogout",
    ".kshrc",
    ".cshrc",
    ".tcshrc",
    ".mkshrc",
    ".yashrc",
    ".xonshrc",
];

/// Startup files of shells that keep them in a directory of their own,
/// by the end of their path (elvish's, Nushell's, xonsh's, PowerShell's
/// profile, fish's config; devdocsd, session 50: ruff's docs append an
/// `eval` to `~/.elvish/rc.elv`). Sources: each shell's documentation of
/// the file it reads at start.
pub(crate) const RC_PATHS: &[&str] = &[
    ".config/fish/config.fish",
    ".elvish/rc.elv",
    ".config/elvish/rc.elv",
    ".config/nushell/config.nu",
    ".config/nushell/env.nu",
    ".config/nushell/login.nu",
    ".config/xonsh/rc.xsh",
    ".config/powershell/microsoft.powershell_profile.ps1",
    ".config/powershell/profile.ps1",
    ".config/ion/initrc",
];
