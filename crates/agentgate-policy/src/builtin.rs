//! What Claude Code decides on its own, without any rule: the read-only
//! command set, the file commands `acceptEdits` approves, protected paths,
//! pre-approved documentation hosts, wrappers and safe environment variables.
//!
//! These tables are reconstructed from Claude Code's documentation and from
//! what the real CLI 2.1.331 did when driven offline (see
//! `shared/fixtures/policy/README.md`); each entry that an observation decided
//! is marked with the case ids that decided it.

use agentgate_shell::Word;

/// Commands that only read and run without a prompt in every mode, provided
/// the paths they read lie in the working directories (ro01-ro50). `uniq`,
/// `xxd`, `less` and `more` are not in the set (observed: they ask).
pub const READ_ONLY_COMMANDS: &[&str] = &[
    "[",
    "basename",
    "cat",
    "cd",
    "cmp",
    "column",
    "comm",
    "cut",
    "date",
    "df",
    "diff",
    "dirname",
    "du",
    "echo",
    "egrep",
    "false",
    "fgrep",
    "file",
    "find",
    "fold",
    "grep",
    "head",
    "history",
    "hostname",
    "id",
    "jq",
    "ls",
    "md5sum",
    "nl",
    "nproc",
    "od",
    "printf",
    "ps",
    "pwd",
    "readlink",
    "realpath",
    "rev",
    "rg",
    "sed",
    "seq",
    "sha1sum",
    "sha256sum",
    "sha512sum",
    "sleep",
    "sort",
    "stat",
    "strings",
    "tac",
    "tail",
    "test",
    "tr",
    "tree",
    "true",
    "type",
    "uname",
    "uptime",
    "wc",
    "which",
    "whoami",
];

/// Commands whose arguments are not checked against the working directories
/// (observed: `basename /a/b`, `realpath ..` and `du -sh ~` run without a prompt).
const NO_PATH_ARGS: &[&str] = &[
    "[", "basename", "date", "dirname", "du", "echo", "false", "history", "hostname", "id",
    "nproc", "printf", "ps", "pwd", "readlink", "realpath", "seq", "sleep", "test", "true", "type",
    "uname", "uptime", "which", "whoami",
];

/// Read-only `git` subcommands (ro16-ro20; `git add`, `commit`, `config` ask).
const READ_ONLY_GIT: &[&str] = &[
    "blame",
    "branch",
    "config",
    "describe",
    "diff",
    "log",
    "ls-files",
    "ls-tree",
    "remote",
    "rev-parse",
    "shortlog",
    "show",
    "stash",
    "status",
    "tag",
];

/// Tools whose `--version` is read-only (observed: `python3`, `node`; `npm`
/// and `mkdir` ask).
const VERSION_COMMANDS: &[&str] = &[
    "cargo", "clang", "gcc", "git", "go", "java", "node", "perl", "pip", "pip3", "python",
    "python3", "ruby", "rustc",
];

/// File commands that `acceptEdits` approves inside the working directories
/// (macce_08, mae_06).
pub const ACCEPT_EDITS_COMMANDS: &[&str] = &["cp", "mkdir", "mv", "rm", "rmdir", "sed", "touch"];

/// Commands that write to the files named in their arguments: a Read or Edit
/// deny rule on such a path denies the command (rd18 for `tee`).
pub const WRITE_COMMANDS: &[&str] = &[
    "chmod", "chown", "cp", "ln", "mkdir", "mv", "rm", "rmdir", "tee", "touch", "truncate",
];

/// Commands that read the files named in their arguments: a Read deny rule on
/// such a path denies the command (sr01-sr16; observed: `awk` is one, `less`
/// and `more` are not; `cp` reads its sources).
pub const READ_COMMANDS: &[&str] = &[
    "awk",
    "cat",
    "cmp",
    "comm",
    "cp",
    "cut",
    "diff",
    "du",
    "egrep",
    "fgrep",
    "file",
    "find",
    "grep",
    "head",
    "jq",
    "ls",
    "md5sum",
    "nl",
    "od",
    "rg",
    "sed",
    "sha1sum",
    "sha256sum",
    "sha512sum",
    "sort",
    "stat",
    "strings",
    "tac",
    "tail",
    "tree",
    "uniq",
    "wc",
    "xxd",
];

/// The index of the first argument from `start` on that is not an option:
/// options are skipped, and those in `with_value` also skip the next word.
fn skip_options(argv: &[Word], start: usize, with_value: &[&str]) -> usize {
    let mut i = start;
    while let Some(a) = argv.get(i).and_then(|w| w.literal.as_deref()) {
        if with_value.contains(&a) {
            i += 2;
        } else if a.starts_with('-') {
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// Wrappers stripped before allow rules are matched (wr01-wr09): the command
/// they run is what must be allowed.
pub fn strip_allow_wrapper(argv: &[Word]) -> Option<usize> {
    let name = argv.first()?.literal.as_deref()?;
    let arg = |i: usize| argv.get(i).and_then(|w| w.literal.as_deref());
    match name {
        "nohup" | "builtin" | "noglob" => Some(1),
        // `time -p cmd` is not stripped for allow rules (observed: asks).
        "time" => (!arg(1)?.starts_with('-')).then_some(1),
        // `command -p cmd` runs cmd; `command -v`/`-V` only looks it up.
        "command" => match arg(1)? {
            "-p" => Some(2),
            a if a.starts_with('-') => None,
            _ => Some(1),
        },
        "timeout" => {
            // timeout [-s SIG] [-k D] [--preserve-status] [--foreground] DURATION cmd
            let i = skip_options(argv, 1, &["-s", "-k", "--signal", "--kill-after"]);
            arg(i)?; // the duration
            Some(i + 1)
        }
        "nice" => Some(skip_options(argv, 1, &["-n", "--adjustment"])),
        "stdbuf" => Some(skip_options(argv, 1, &[])),
        // Only a bare `xargs` is transparent; `xargs -n1 ...` is not (wr13).
        "xargs" => Some(1),
        _ => None,
    }
}

/// Wrappers (and runners) stripped before deny and ask rules are matched:
/// a deny must see the command they run (wr21-wr32). This list is wider
/// than the allow list on purpose: `env rm` is denied by `Bash(rm:*)` (wr28)
/// but `env touch` is not allowed by `Bash(touch:*)` (wr10).
pub fn strip_deny_wrapper(argv: &[Word]) -> Option<usize> {
    if let Some(i) = strip_allow_wrapper(argv) {
        return Some(i);
    }
    let name = argv.first()?.literal.as_deref()?;
    let arg = |i: usize| argv.get(i).and_then(|w| w.literal.as_deref());
    match name {
        "time" => Some(skip_options(argv, 1, &[])),
        // flock [options] FILE cmd (wd: observed denied by `Bash(rm:*)`).
        "flock" => {
            Some(skip_options(argv, 1, &["-w", "--timeout", "-E", "--conflict-exit-code"]) + 1)
        }
        "env" => {
            let mut i = 1;
            while let Some(a) = arg(i) {
                if a == "-u" || a == "--unset" || a == "-C" || a == "--chdir" || a == "-S" {
                    i += 2;
                } else if a.starts_with('-') || a.contains('=') {
                    i += 1;
                } else {
                    break;
                }
            }
            Some(i)
        }
        "xargs" => Some(skip_options(
            argv,
            1,
            &[
                "-I",
                "-n",
                "-P",
                "-L",
                "-d",
                "-E",
                "-s",
                "-a",
                "--max-args",
                "--max-procs",
                "--delimiter",
                "--arg-file",
            ],
        )),
        "sudo" | "doas" => Some(skip_options(
            argv,
            1,
            &["-u", "-g", "-C", "-D", "-h", "-p", "-U", "-r", "-t"],
        )),
        "exec" | "setsid" | "ionice" | "chronic" | "unbuffer" => Some(skip_options(argv, 1, &[])),
        _ => None,
    }
}

/// Environment variables whose assignment in front of a command does not stop
/// an allow rule from matching (wr11-wr16 vs. `LANG=C`, `NODE_ENV=test`).
pub fn is_safe_env_var(name: &str) -> bool {
    const SAFE: &[&str] = &[
        "CI",
        "CLICOLOR",
        "CLICOLOR_FORCE",
        "COLORTERM",
        "COLUMNS",
        "FORCE_COLOR",
        "GOARCH",
        "GOOS",
        "CGO_ENABLED",
        "LANG",
        "LANGUAGE",
        "LINES",
        "NODE_ENV",
        "NO_COLOR",
        "PYTHONDONTWRITEBYTECODE",
        "PYTHONUNBUFFERED",
        "RUST_BACKTRACE",
        "RUST_LOG",
        "TERM",
        "TZ",
    ];
    SAFE.contains(&name) || name.starts_with("LC_")
}

/// Names of shells whose `-c` script Claude Code inspects for deny rules
/// (bf34, bf35).
pub fn is_shell(name: &str) -> bool {
    matches!(name, "bash" | "sh" | "zsh" | "dash" | "ksh")
}

/// Whether an argument list of a read-only command keeps it read-only, and
/// which arguments are paths that must lie in the working directories.
pub enum ReadOnly<'a> {
    /// Not read-only.
    No,
    /// Read-only; these static arguments are paths.
    Paths(Vec<&'a Word>),
}

/// Classifies a command (argv after wrappers) as read-only.
pub fn read_only<'a>(argv: &'a [Word]) -> ReadOnly<'a> {
    let Some(name) = argv.first().and_then(|w| w.literal.as_deref()) else {
        return ReadOnly::No;
    };
    let args = &argv[1..];
    fn lit(w: &Word) -> &str {
        w.literal.as_deref().unwrap_or("")
    }
    if args.len() == 1 && lit(&args[0]) == "--version" && VERSION_COMMANDS.contains(&name) {
        return ReadOnly::Paths(Vec::new());
    }
    if name == "git" {
        let Some(sub) = args.first().map(lit) else {
            return ReadOnly::No;
        };
        if !READ_ONLY_GIT.contains(&sub) {
            return ReadOnly::No;
        }
        if sub == "branch"
            && args[1..].iter().any(|a| {
                matches!(
                    lit(a),
                    "-d" | "-D"
                        | "-m"
                        | "-M"
                        | "-c"
                        | "-C"
                        | "--delete"
                        | "--move"
                        | "--copy"
                        | "-f"
                        | "--force"
                ) || !lit(a).starts_with('-')
            })
        {
            return ReadOnly::No;
        }
        if args.iter().any(|a| lit(a).starts_with("--output")) {
            return ReadOnly::No;
        }
        let rest: Vec<&str> = args[1..].iter().map(lit).collect();
        let read_only = match sub {
            "config" => rest.first().is_some_and(|a| {
                matches!(*a, "--get" | "--get-all" | "--get-regexp" | "--list" | "-l")
            }),
            "remote" => rest.iter().all(|a| matches!(*a, "-v" | "--verbose")),
            "tag" => rest.iter().all(|a| matches!(*a, "-l" | "--list" | "-n")),
            "stash" => matches!(rest.first(), Some(&"list") | Some(&"show")),
            _ => true,
        };
        if !read_only {
            return ReadOnly::No;
        }
        return ReadOnly::Paths(Vec::new());
    }
    if !READ_ONLY_COMMANDS.contains(&name) {
        return ReadOnly::No;
    }
    if NO_PATH_ARGS.contains(&name) {
        return ReadOnly::Paths(Vec::new());
    }
    let mut paths = Vec::new();
    let mut operands = args
        .iter()
        .filter(|a| !lit(a).starts_with('-') || lit(a) == "-");
    match name {
        "find" => {
            for a in args {
                if agentgate_commands::FIND_ACTIONS.contains(&lit(a)) {
                    return ReadOnly::No;
                }
            }
            for a in args {
                let v = lit(a);
                if v.starts_with('-') || v == "(" || v == "!" {
                    break;
                }
                paths.push(a);
            }
            if paths.is_empty() {
                return ReadOnly::Paths(Vec::new());
            }
        }
        "sed" => {
            let flags: Vec<&str> = args
                .iter()
                .map(lit)
                .filter(|a| a.starts_with('-'))
                .collect();
            let quiet = flags.iter().any(|f| {
                *f == "-n"
                    || *f == "--quiet"
                    || *f == "--silent"
                    || (f.starts_with('-') && !f.starts_with("--") && f.contains('n'))
            });
            let in_place = flags.iter().any(|f| {
                f.starts_with("-i")
                    || f.starts_with("--in-place")
                    || (!f.starts_with("--") && f.contains('i'))
            });
            if !quiet || in_place || flags.iter().any(|f| *f == "-e" || *f == "-f") {
                return ReadOnly::No;
            }
            let script = operands.next().map(lit).unwrap_or("");
            if script.contains('w') || script.contains('W') || script.contains('e') {
                return ReadOnly::No;
            }
            paths.extend(operands);
        }
        "grep" | "egrep" | "fgrep" | "rg" => {
            let has_pattern_flag = args
                .iter()
                .any(|a| matches!(lit(a), "-e" | "-f" | "--regexp" | "--file"));
            if has_pattern_flag {
                return ReadOnly::No;
            }
            operands.next();
            paths.extend(operands);
        }
        "jq" => {
            if args
                .iter()
                .any(|a| matches!(lit(a), "-f" | "--from-file" | "--rawfile" | "--slurpfile"))
            {
                return ReadOnly::No;
            }
            operands.next();
            paths.extend(operands);
        }
        "sort" => {
            if args
                .iter()
                .any(|a| lit(a).starts_with("-o") || lit(a).starts_with("--output"))
            {
                return ReadOnly::No;
            }
            paths.extend(operands);
        }
        "tree" if args.iter().any(|a| lit(a) == "-o") => return ReadOnly::No,
        _ => paths.extend(operands),
    }
    ReadOnly::Paths(paths)
}

/// Directory names under which files are protected: never approved by allow
/// rules or `acceptEdits`, only by `bypassPermissions` (fp61, fp62, rd11).
const PROTECTED_DIRS: &[&str] = &[
    ".git",
    ".vscode",
    ".idea",
    ".husky",
    ".cargo",
    ".devcontainer",
    ".yarn",
    ".mvn",
    ".claude",
];

/// File names that are protected wherever they sit.
const PROTECTED_FILES: &[&str] = &[
    ".gitconfig",
    ".gitmodules",
    ".bashrc",
    ".bash_profile",
    ".bash_login",
    ".bash_logout",
    ".profile",
    ".zshrc",
    ".zshenv",
    ".zprofile",
    ".zlogin",
    ".zlogout",
    ".npmrc",
    ".yarnrc",
    ".yarnrc.yml",
    "bunfig.toml",
    ".bazelrc",
    ".pre-commit-config.yaml",
    "lefthook.yml",
    ".lefthook.yml",
    "lefthook.yaml",
    ".devcontainer.json",
    ".ripgreprc",
    "pyrightconfig.json",
    ".mcp.json",
    ".claude.json",
    "gradle-wrapper.properties",
    "maven-wrapper.properties",
];

/// Whether writing `path` (absolute, normalized) needs explicit approval
/// even in `acceptEdits`.
pub fn is_protected(path: &str) -> bool {
    let mut segs = path.split('/').filter(|s| !s.is_empty()).peekable();
    let mut prev: Option<&str> = None;
    while let Some(seg) = segs.next() {
        let last = segs.peek().is_none();
        if !last {
            if seg == ".claude" {
                // `.claude/worktrees` is the one writable place under `.claude`.
                if segs.peek() == Some(&"worktrees") {
                    return false;
                }
                return true;
            }
            if PROTECTED_DIRS.contains(&seg) {
                return true;
            }
            if seg == ".config" && segs.peek() == Some(&"git") {
                return true;
            }
        } else if PROTECTED_DIRS.contains(&seg)
            || PROTECTED_FILES.contains(&seg)
            || seg.starts_with(".yarnrc")
            || seg.starts_with(".pnp.")
            || seg.starts_with(".bazelrc")
            || (seg == "config" && prev == Some(".git"))
        {
            return true;
        }
        prev = Some(seg);
    }
    false
}

/// Whether `rm`/`rmdir` on this path is a removal no mode approves: the root,
/// a top-level directory, the home directory, or the working directory or one
/// of its parents.
pub fn is_critical_removal(path: &str, home: &str, cwd: &str) -> bool {
    let p = path.trim_end_matches("/*").trim_end_matches('/');
    let p = if p.is_empty() { "/" } else { p };
    if p == "/" || p == home.trim_end_matches('/') {
        return true;
    }
    if p.matches('/').count() == 1 {
        return true;
    }
    crate::paths::is_within(cwd, p)
}

/// Documentation hosts WebFetch may read without a rule (wf24, wf25; a deny
/// rule still wins, wf27). Claude Code ships this list; it is reproduced here
/// for the hosts whose behaviour matters to an explanation.
pub fn is_preapproved_host(host: &str) -> bool {
    const HOSTS: &[&str] = &[
        "angular.io",
        "bun.sh",
        "cloud.google.com",
        "code.claude.com",
        "d3js.org",
        "dev.mysql.com",
        "developer.android.com",
        "developer.apple.com",
        "developer.mozilla.org",
        "devcenter.heroku.com",
        "docs.aws.amazon.com",
        "docs.djangoproject.com",
        "docs.flutter.dev",
        "docs.netlify.com",
        "docs.oracle.com",
        "docs.python.org",
        "docs.spring.io",
        "docs.swift.org",
        "docs.unity.com",
        "doc.rust-lang.org",
        "dotnet.microsoft.com",
        "en.cppreference.com",
        "expressjs.com",
        "fastapi.tiangolo.com",
        "flask.palletsprojects.com",
        "getbootstrap.com",
        "git-scm.com",
        "go.dev",
        "gradle.org",
        "graphql.org",
        "httpd.apache.org",
        "jestjs.io",
        "jquery.com",
        "jupyter.org",
        "keras.io",
        "kotlinlang.org",
        "kubernetes.io",
        "laravel.com",
        "learn.microsoft.com",
        "matplotlib.org",
        "maven.apache.org",
        "modelcontextprotocol.io",
        "nextjs.org",
        "nginx.org",
        "nodejs.org",
        "numpy.org",
        "pandas.pydata.org",
        "pkg.go.dev",
        "platform.claude.com",
        "prisma.io",
        "pytorch.org",
        "react.dev",
        "reactnative.dev",
        "reactrouter.com",
        "redis.io",
        "redux.js.org",
        "ruby-doc.org",
        "scikit-learn.org",
        "selenium.dev",
        "spark.apache.org",
        "symfony.com",
        "tailwindcss.com",
        "threejs.org",
        "tomcat.apache.org",
        "vuejs.org",
        "webpack.js.org",
        "www.docker.com",
        "www.mongodb.com",
        "www.php.net",
        "www.postgresql.org",
        "www.sqlite.org",
        "www.tensorflow.org",
        "www.terraform.io",
        "www.typescriptlang.org",
    ];
    HOSTS.contains(&host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn protected_paths() {
        assert!(is_protected("/p/.git/config"));
        assert!(is_protected("/p/.git/rd11"));
        assert!(is_protected("/p/.claude/settings.json"));
        assert!(!is_protected("/p/.claude/worktrees/x/a.txt"));
        assert!(is_protected("/home/u/.bashrc"));
        assert!(is_protected("/p/.mcp.json"));
        assert!(!is_protected("/p/src/main.rs"));
        assert!(!is_protected("/p/.gitignore"));
    }

    #[test]
    fn critical_removals() {
        assert!(is_critical_removal("/", "/h", "/h/p"));
        assert!(is_critical_removal("/usr", "/h", "/h/p"));
        assert!(is_critical_removal("/h", "/h", "/h/p"));
        assert!(is_critical_removal("/h/p", "/h", "/h/p"));
        assert!(!is_critical_removal("/h/p/build", "/h", "/h/p"));
    }
}
