//! Directories on the PATH: a file written straight into one is a command
//! every later shell may run by that name. Under the name of a program the
//! walker knows (`~/.cargo/bin/git`, `/usr/local/bin/python3`) it replaces
//! that command for the developer and the agent alike (High); under a new
//! name (`/usr/local/bin/subl`, `~/.local/bin/mytool`) it adds a command
//! (Medium: asked). Session 42: `~/.local/bin` was denied whatever the
//! name, `~/.cargo/bin` not looked at at all.

use crate::paths::{basename, is_home_rooted};
use crate::{Context, Severity};

/// The user's own program directories, below the home directory (rustup's,
/// Go's, Deno's, Bun's, Volta's, npm's usual global prefix, pipx's and the
/// XDG one).
const USER_BIN: &[&str] = &[
    "/.local/bin/",
    "/bin/",
    "/.cargo/bin/",
    "/go/bin/",
    "/.deno/bin/",
    "/.bun/bin/",
    "/.volta/bin/",
    "/.npm-global/bin/",
];

/// The system's program directories (its libraries are [`SYSTEM_LIBS`];
/// Homebrew's and MacPorts' programs come first on a Mac developer's PATH).
pub(crate) const SYSTEM_PROGRAMS: &[&str] = &[
    "/usr/local/bin/",
    "/usr/bin/",
    "/bin/",
    "/sbin/",
    "/usr/sbin/",
    "/usr/local/sbin/",
    "/opt/homebrew/bin/",
    "/opt/homebrew/sbin/",
    "/opt/local/bin/",
];

/// Whether a program named by `argv0` is a file of that name rather than
/// the system's tool: a path outside the system's program directories
/// (`./security`, `bin/ssh`, `~/x/ansible-playbook`). What the tool only
/// uses (`security -k KEYCHAIN`, `ssh -i KEY`) such a file may print
/// (session 51, attacking its own keychain mend).
pub(crate) fn local_program(argv0: &str) -> bool {
    argv0.contains('/') && !SYSTEM_PROGRAMS.iter().any(|d| argv0.starts_with(d))
}

/// Whether a PATH value (`.:$PATH`, `$PWD/bin:$PATH`) names a directory
/// the agent can fill with programs of its own: the working directory (an
/// empty entry too), a relative or project directory, a scratch
/// directory, one under home other than the user's program directories,
/// or one only known when it runs. A bare name after it may be the agent's
/// file, not the tool (session 51's PATH bypass of the key-option rule:
/// `PATH=.:$PATH security -k KEYCHAIN`).
pub(crate) fn plants_programs(value: &str, ctx: &Context) -> bool {
    let value = value.replace(['"', '\'', '\\'], "");
    let home = ctx.home.trim_end_matches('/');
    value.split(':').any(|d| {
        if matches!(d, "$PATH" | "${PATH}") {
            return false;
        }
        let below_home = ["~", "${HOME}", "$HOME"]
            .iter()
            .find_map(|h| d.strip_prefix(h))
            .or_else(|| d.strip_prefix(home).filter(|_| !home.is_empty()))
            .filter(|r| r.is_empty() || r.starts_with('/'));
        if let Some(rest) = below_home {
            let dir = format!("{}/", rest.trim_end_matches('/'));
            return !USER_BIN.contains(&dir.as_str());
        }
        if d.contains(['$', '`']) || !d.starts_with('/') {
            return true;
        }
        crate::paths::temp_root(d).is_some()
            || !ctx.cwd.is_empty() && crate::paths::within(d, &ctx.cwd)
    })
}

/// Code that programs load when they start, at `t` (`lower` its lower
/// case): Python's `.pth` files and `sitecustomize.py` (every interpreter
/// start), and the modules of a package installed outside the project
/// (`~/.local/lib/python3.12/site-packages`, pipx's venvs,
/// `/usr/lib/python3/dist-packages`, global `node_modules`, gems): a file
/// written over one runs the next time a program imports it (ppnh,
/// session 52: `wget -O ~/.local/pipx/venvs/crackmapexec/.../smb.py`).
/// The project's own environments (`.venv`, `node_modules`) are its own.
pub(crate) fn installed_code(
    t: &str,
    lower: &str,
    ctx: &Context,
) -> Option<(Severity, &'static str)> {
    let base = basename(t);
    if base.ends_with(".pth")
        && (lower.contains("site-packages") || lower.contains("dist-packages"))
    {
        return Some((
            Severity::High,
            "a Python .pth file (runs on every interpreter start)",
        ));
    }
    if base == "sitecustomize.py" || base == "usercustomize.py" {
        return Some((Severity::High, "Python start-up customisation"));
    }
    let installed = [
        "/site-packages/",
        "/dist-packages/",
        "/node_modules/",
        "/gems/",
    ]
    .iter()
    .any(|d| lower.contains(d));
    let code = [".py", ".pyc", ".so", ".js", ".cjs", ".mjs", ".rb"]
        .iter()
        .any(|e| lower.ends_with(e));
    let outside = (is_home_rooted(t, ctx) || t.starts_with('/'))
        && !crate::paths::within(t, &ctx.project_dir);
    (installed && code && outside).then_some((
        Severity::Medium,
        "an installed package's code (runs when a program imports it)",
    ))
}

/// The agents' own command names: a file under one of them is the agent
/// the developer starts next.
const AGENT_COMMANDS: &[&str] = &["claude", "codex", "gemini", "agentgate", "agentgate-hook"];

/// Whether `abs` is a PATH directory itself (`/usr/local/bin`,
/// `~/.cargo/bin`): a copy into it lands under the sources' names.
pub(crate) fn path_dir(abs: &str, ctx: &Context) -> bool {
    let dir = format!("{}/", abs.trim_end_matches('/'));
    path_program(&dir, &dir.to_ascii_lowercase(), ctx).is_some()
}

/// What a new program in a system PATH directory changes.
pub(crate) const NEW_SYSTEM_PROGRAM: &str = "the system's commands (a new program on the PATH)";

/// What a new program in one of the user's PATH directories changes.
pub(crate) const NEW_USER_PROGRAM: &str = "the user's commands (a new program on the PATH)";

/// What a file lying straight in one of the user's PATH directories
/// changes when it is a command's name.
pub(crate) const USER_PATH_PROGRAM: &str = "a directory on the user's PATH";

/// What a file at `t` (canonical, `lower` its lower case) is when it lies
/// straight in a PATH directory: the severity and what it changes.
pub(crate) fn path_program(
    t: &str,
    lower: &str,
    ctx: &Context,
) -> Option<(Severity, &'static str)> {
    let home = ctx.home.to_ascii_lowercase();
    let rest = if is_home_rooted(t, ctx) {
        let below = lower
            .strip_prefix('~')
            .or_else(|| lower.strip_prefix(home.trim_end_matches('/')))?;
        USER_BIN.iter().find_map(|d| below.strip_prefix(d))
    } else {
        SYSTEM_PROGRAMS.iter().find_map(|d| lower.strip_prefix(d))
    }?;
    if rest.contains('/') {
        return None;
    }
    let system = !is_home_rooted(t, ctx);
    let name = basename(t);
    let shadows =
        rest.is_empty() || crate::bash::known_command(name) || AGENT_COMMANDS.contains(&name);
    Some(match (shadows, system) {
        (true, true) => (Severity::High, "system executables or libraries"),
        (true, false) => (Severity::High, USER_PATH_PROGRAM),
        (false, true) => (Severity::Medium, NEW_SYSTEM_PROGRAM),
        (false, false) => (Severity::Medium, NEW_USER_PROGRAM),
    })
}

/// Commands every shell session runs by name, from coreutils, procps,
/// net-tools, iproute2, util-linux, sudo and the shells: a file by one of
/// these names is a stand-in for it. Not names that are as often data
/// (`passwd` is also a copy of /etc/passwd, `env` an environment file).
const CORE_COMMANDS: &[&str] = &[
    "ls",
    "cat",
    "id",
    "whoami",
    "ps",
    "ifconfig",
    "ip",
    "netstat",
    "ss",
    "echo",
    "cp",
    "mv",
    "rm",
    "sudo",
    "su",
    "service",
    "systemctl",
    "tar",
    "gzip",
    "find",
    "grep",
    "awk",
    "sed",
    "curl",
    "wget",
    "ssh",
    "scp",
    "bash",
    "sh",
    "uname",
    "hostname",
    "date",
    "who",
    "kill",
    "mount",
    "umount",
    "chmod",
    "chown",
    "less",
    "more",
    "head",
    "tail",
    "sort",
    "touch",
    "mkdir",
    "df",
    "du",
    "top",
    "free",
    "which",
    "crontab",
    "ping",
    "python",
    "python3",
    "perl",
];

/// What a PATH hijack makes: a program named like a system command
/// outside the system's and the project's directories.
pub(crate) const HIJACK: &str =
    "a program named like a system command outside the system directories (a PATH hijack)";

/// A file at `t` (canonical) named like a system command
/// (`/home/armour/bin/ifconfig`, `~/echo`, `/tmp/whoami`) outside the
/// system directories, the user's PATH directories (`path_program`) and
/// the project: whoever runs that command with the file's directory early
/// in PATH runs the file (olpe session 47, pwiki session 46).
pub(crate) fn hijack(t: &str, ctx: &Context) -> Option<(Severity, &'static str)> {
    // The name first: most paths are no command's (this runs for every
    // path a writer is handed). A word at the root (`/id`) is as often a
    // Windows program's option.
    if !CORE_COMMANDS.contains(&basename(t)) {
        return None;
    }
    let rooted = t.starts_with('/') && t.matches('/').count() > 1 || is_home_rooted(t, ctx);
    let in_project = crate::paths::absolute(t, t, t.starts_with('~'), ctx)
        .is_some_and(|abs| abs.starts_with(&format!("{}/", ctx.project_dir.trim_end_matches('/'))));
    (rooted && !in_project).then_some((Severity::Medium, HIJACK))
}

/// The system's library directories: a file written there replaces the
/// library of that name, as one in [`SYSTEM_PROGRAMS`] replaces the
/// command.
const SYSTEM_LIBS: &[&str] = &["/usr/lib/", "/lib/", "/lib64/", "/usr/local/lib/"];

/// The system's program and library directories.
fn system_bin() -> impl Iterator<Item = &'static str> {
    SYSTEM_PROGRAMS.iter().chain(SYSTEM_LIBS).copied()
}

/// A file in a program directory of a deployment under `/opt`
/// (`/opt/cni/bin/bridge`, `/opt/NAME/sbin/x`): the container runtime runs
/// CNI's plugins as root for every pod (the CNI specification's default
/// plugin directory, https://www.cni.dev/docs/spec/), and a package's own
/// `bin` is on PATH or in its services. The rest of `/opt` is the
/// deployment's data (kthw, session 68).
fn opt_program_dir(lower: &str) -> bool {
    lower
        .strip_prefix("/opt/")
        .and_then(|r| r.split_once('/'))
        .is_some_and(|(_, r)| {
            let dir = r.split('/').next().unwrap_or(r);
            matches!(dir, "bin" | "sbin" | "libexec")
        })
}

/// Whether `abs` is one of the system's program or library directories
/// itself.
pub(crate) fn system_bin_dir(abs: &str) -> bool {
    system_bin().any(|d| d.trim_end_matches('/') == abs.trim_end_matches('/'))
}

/// Whether `lower` (a lower-case absolute path) is a file in one of the
/// system's program or library directories or in a program directory
/// under `/opt`.
pub(crate) fn system_bin_file(lower: &str) -> bool {
    system_bin().any(|p| lower.starts_with(p)) || opt_program_dir(lower)
}
