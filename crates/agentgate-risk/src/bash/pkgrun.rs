//! yarn's and pnpm's runs of a package's program: `pnpm exec CMD`, `yarn
//! run NAME`, `yarn NAME` (out of devtools.rs, session 50).

use super::*;

impl Walker<'_> {
    /// `pnpm exec CMD ARGS`, `yarn exec CMD ARGS`: run a command already
    /// installed (the project's `node_modules/.bin`, then `PATH`); unlike
    /// `npm exec` they never fetch a package (https://pnpm.io/cli/exec,
    /// https://classic.yarnpkg.com/en/docs/cli/exec,
    /// https://yarnpkg.com/cli/exec). With pnpm's `-c` / `--shell-mode`
    /// the words are a shell command line.
    pub(super) fn pnpm_exec(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        let after = pnpm_exec_start(name, vals).map_or(&[][..], |at| vals.get(at..).unwrap_or(&[]));
        let mut shell_mode = false;
        let mut i = 0;
        while let Some(v) = after.get(i) {
            match *v {
                "-c" | "--shell-mode" => shell_mode = true,
                "--resume-from" | "--filter" | "-F" | "--workspace-concurrency" => i += 1,
                "--" => {
                    i += 1;
                    break;
                }
                o if o.starts_with('-') => {}
                _ => break,
            }
            i += 1;
        }
        let words = after.get(i..).unwrap_or(&[]);
        if words.is_empty() {
            return;
        }
        let line = if shell_mode {
            words.join(" ")
        } else {
            requote(words)
        };
        self.script(&line, site.depth + 1);
    }
}

/// Where the command of `pnpm exec CMD` (or yarn's) starts in `vals` (see
/// [`Walker::pnpm_exec`]): the program's own argument checks stop there.
///
/// yarn and pnpm run a package's program by its name too: `yarn run
/// NAME` and `yarn NAME` (when NAME is no command of their own) run the
/// script or the installed program called NAME with the words after it
/// (https://classic.yarnpkg.com/lang/en/docs/cli/run/,
/// https://pnpm.io/cli/run); judged as that program run with them, so
/// `yarn rimraf ~` is `rimraf ~` (session 50: it passed, while `npm exec
/// rimraf ~` was denied).
pub(super) fn pnpm_exec_start(name: &str, vals: &[&str]) -> Option<usize> {
    if !matches!(name, "pnpm" | "yarn") {
        return None;
    }
    // Options before the command; those known to take a value skip it
    // (`yarn --cwd web rimraf ~`, `pnpm --filter app exec ...`).
    let mut at = 0;
    while let Some(v) = vals.get(at) {
        if VALUE_OPTIONS.contains(v) {
            at += 2;
        } else if v.starts_with('-') {
            at += 1;
        } else {
            break;
        }
    }
    match vals.get(at).copied() {
        Some("exec" | "run" | "run-script") => Some(at + 1),
        Some(cmd) if !YARN_PNPM_COMMANDS.contains(&cmd) => Some(at),
        _ => None,
    }
}

/// Options of yarn and pnpm before the command that take a value.
const VALUE_OPTIONS: &[&str] = &[
    "--cwd",
    "-C",
    "--dir",
    "--filter",
    "-F",
    "--filter-prod",
    "--modules-folder",
    "--cache-folder",
    "--mutex",
    "--network-timeout",
    "--registry",
    "--reporter",
    "--loglevel",
    "--workspace-concurrency",
];

/// The commands of yarn (classic and berry) and pnpm themselves; any other
/// first word names a script or a package's program
/// (https://classic.yarnpkg.com/lang/en/docs/cli/, https://yarnpkg.com/cli,
/// https://pnpm.io/pnpm-cli).
const YARN_PNPM_COMMANDS: &[&str] = &[
    "add",
    "approve-builds",
    "audit",
    "autoclean",
    "bin",
    "cache",
    "cat-file",
    "cat-index",
    "check",
    "config",
    "constraints",
    "create",
    "dedupe",
    "deploy",
    "dlx",
    "doctor",
    "env",
    "explain",
    "fetch",
    "find-hash",
    "generate-lock-entry",
    "global",
    "help",
    "i",
    "ignored-builds",
    "import",
    "info",
    "init",
    "install",
    "install-test",
    "it",
    "licenses",
    "link",
    "list",
    "ln",
    "login",
    "logout",
    "ls",
    "node",
    "npm",
    "outdated",
    "owner",
    "pack",
    "patch",
    "patch-commit",
    "patch-remove",
    "plugin",
    "policies",
    "prune",
    "publish",
    "rb",
    "rebuild",
    "recursive",
    "remove",
    "rm",
    "root",
    "sdks",
    "search",
    "self-update",
    "server",
    "set",
    "setup",
    "stage",
    "store",
    "tag",
    "team",
    "test",
    "t",
    "start",
    "unlink",
    "unplug",
    "up",
    "update",
    "upgrade",
    "upgrade-interactive",
    "version",
    "versions",
    "why",
    "workspace",
    "workspaces",
    "x",
];
