//! The environment a command runs in: which of its variables the engine may
//! use as the value of a `$NAME` the command line does not set itself.
//!
//! A program named by a variable (`$BUILD_CMD test`) cannot be checked
//! from the line alone. Claude Code starts the Bash tool's shell and the
//! hook with the same environment (its own, plus the settings' `env`
//! blocks), so the hook's environment says what such a name runs. The
//! value is judged like text written in the line: `X='rm -rf ~'` in the
//! environment makes `$X` a deletion of the home directory, not an unknown.
//!
//! Only plain values are taken (words of letters, digits and `_./+@:,=%-`):
//! a value with quotes, globs, substitutions or newlines would be read by
//! bash differently from how it reads in the line, so it stays unknown.
//! Variables bash sets itself (`PWD`, `SHLVL`, `BASH_*`), agentgate's and
//! Claude Code's own (`AGENTGATE_*`, `CLAUDE_*`) and any whose name suggests
//! a secret are never taken: the first differ between the hook and the
//! agent's shell, and a secret's value must not reach a finding's text.

/// Longest value taken, in bytes.
const MAX_VALUE: usize = 200;

/// Variables the shell manages itself; their value in the agent's shell is
/// not the hook's.
const SHELL_MANAGED: &[&str] = &[
    "_",
    "HOME",
    "PWD",
    "OLDPWD",
    "SHLVL",
    "SHELL",
    "IFS",
    "PATH",
    "PS1",
    "PS2",
    "PS3",
    "PS4",
    "RANDOM",
    "SRANDOM",
    "SECONDS",
    "LINENO",
    "PPID",
    "UID",
    "EUID",
    "GROUPS",
    "OPTIND",
    "OPTARG",
    "REPLY",
    "FUNCNAME",
    "HOSTNAME",
    "HOSTTYPE",
    "OSTYPE",
    "MACHTYPE",
    "COLUMNS",
    "LINES",
    "HISTFILE",
    "HISTSIZE",
    "HISTCONTROL",
    "PROMPT_COMMAND",
    "ENV",
    "CDPATH",
    "GLOBIGNORE",
    "SHELLOPTS",
    "EPOCHSECONDS",
    "EPOCHREALTIME",
    "PIPESTATUS",
    "DIRSTACK",
    "COMP_WORDS",
    "MAIL",
    "MAILPATH",
    "TMOUT",
];

/// Name prefixes that belong to a program or the shell, not the project.
const OWN_PREFIXES: &[&str] = &["BASH", "AGENTGATE_", "CLAUDE", "ANTHROPIC_", "OTEL_", "LD_"];

/// Parts of a name that suggest a secret (compared in lowercase).
const SECRET_PARTS: &[&str] = &[
    "token",
    "secret",
    "passw",
    "passphrase",
    "key",
    "credential",
    "auth",
    "cookie",
    "session",
    "private",
    "cert",
    "signature",
    "salt",
];

/// Whether the environment variable `name` may stand for its value in a
/// command line.
fn usable_name(name: &str) -> bool {
    let mut chars = name.chars();
    let starts = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    let lower = name.to_ascii_lowercase();
    starts
        && name.len() <= 64
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !SHELL_MANAGED.contains(&name)
        && !OWN_PREFIXES.iter().any(|p| name.starts_with(p))
        && !SECRET_PARTS.iter().any(|p| lower.contains(p))
}

/// Whether `value` reads the same to bash expanded unquoted as it does
/// written out: words of plain characters separated by single spaces.
fn plain_value(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= MAX_VALUE
        && !value.starts_with(' ')
        && !value.ends_with(' ')
        && !value.contains("  ")
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_./+@:,=%- ".contains(c))
}

/// The variables of `vars` (an environment, such as the hook's own) that a
/// command line may be judged with, sorted by name.
pub fn environment_values(
    vars: impl IntoIterator<Item = (String, String)>,
) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = vars
        .into_iter()
        .filter(|(n, v)| usable_name(n) && plain_value(v))
        .collect();
    out.sort();
    out.dedup_by(|a, b| a.0 == b.0);
    out
}

/// The names of `vars` that [`environment_values`] leaves out: set in the
/// environment, so a default (`${CC:-cc}`) does not apply, but to a value
/// that cannot be used. Sorted.
pub fn environment_unknown(vars: impl IntoIterator<Item = (String, String)>) -> Vec<String> {
    let mut out: Vec<String> = vars
        .into_iter()
        .filter(|(n, v)| !(usable_name(n) && plain_value(v)))
        .map(|(n, _)| n)
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The variable names a shell start-up file assigns or exports (`X=1`,
/// `export X`, `declare -x X=1`, `X+=:y`), over-approximated: Claude Code's
/// shell snapshot carries them into the Bash tool's shell, but not into
/// the hook's environment, so such a name is known to neither side.
pub fn assigned_names(text: &str) -> Vec<String> {
    let ident = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.trim_start();
        if line.starts_with('#') {
            continue;
        }
        for statement in line.split([';', '&', '|']) {
            let mut declaring = false;
            let words =
                statement.split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '{' | '}'));
            for word in words {
                if matches!(
                    word,
                    "export" | "declare" | "typeset" | "readonly" | "local"
                ) {
                    declaring = true;
                    continue;
                }
                let name = match word.split_once('=') {
                    Some((n, _)) => n.strip_suffix('+').unwrap_or(n),
                    None if declaring && !word.starts_with('-') => word,
                    None => continue,
                };
                if ident(name) {
                    out.push(name.to_owned());
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(name: &str, value: &str) -> bool {
        !environment_values([(name.to_owned(), value.to_owned())]).is_empty()
    }

    #[test]
    fn plain_project_variables_are_kept() {
        for (n, v) in [
            ("BUILD_CMD", "cargo"),
            ("BUILD_CMD", "cross"),
            ("MODULE_NAME", "uv"),
            ("BIN", "target/x86_64-unknown-linux-musl/release/rg"),
            ("X", "rm -rf /home/dev"),
            ("CARGO_TERM_COLOR", "always"),
        ] {
            assert!(kept(n, v), "{n}={v}");
        }
    }

    #[test]
    fn secrets_shell_and_own_variables_and_odd_values_are_left_out() {
        for (n, v) in [
            ("GITHUB_TOKEN", "ghp_abc"),
            ("AWS_SECRET_ACCESS_KEY", "abc"),
            ("NPM_AUTH", "abc"),
            ("DB_PASSWORD", "hunter2"),
            ("SSH_PRIVATE", "x"),
            ("PWD", "/home/dev"),
            ("SHELL", "/bin/bash"),
            ("BASH_ENV", "/tmp/x"),
            ("AGENTGATE_STATE_DIR", "/tmp"),
            ("CLAUDE_PROJECT_DIR", "/p"),
            ("LD_PRELOAD", "/tmp/x.so"),
            ("X", "$(id)"),
            ("X", "a;b"),
            ("X", "*"),
            ("X", "a\nb"),
            ("X", "'a'"),
            ("X", "~/x"),
            ("X", ""),
            ("X", " a"),
            ("X", "a  b"),
            ("1X", "a"),
            ("X-Y", "a"),
        ] {
            assert!(!kept(n, v), "{n}={v:?}");
        }
        assert!(!kept("X", &"a".repeat(MAX_VALUE + 1)));
    }

    #[test]
    fn names_left_out_are_known_to_be_set() {
        let env = [
            ("CC".to_owned(), "clang".to_owned()),
            ("GODA".to_owned(), "/opt/goda --x 'y'".to_owned()),
            ("GITHUB_TOKEN".to_owned(), "x".to_owned()),
        ];
        assert_eq!(environment_unknown(env.clone()), ["GITHUB_TOKEN", "GODA"]);
        assert_eq!(environment_values(env), [("CC".into(), "clang".into())]);
    }

    #[test]
    fn names_a_start_up_file_sets() {
        let rc = "# comment X=1\nexport GOPATH=$HOME/go\nexport EDITOR\nPATH+=:/opt/bin\n\
                  declare -x CC=clang; alias ll='ls -l'\nif [ -f x ]; then BUILD=1; fi\n";
        // Over-approximated: `ll='ls -l'` reads as an assignment too.
        assert_eq!(
            assigned_names(rc),
            ["BUILD", "CC", "EDITOR", "GOPATH", "PATH", "ll"]
        );
    }

    #[test]
    fn one_value_per_name_sorted() {
        let v = environment_values([
            ("B".to_owned(), "2".to_owned()),
            ("A".to_owned(), "1".to_owned()),
            ("A".to_owned(), "3".to_owned()),
        ]);
        assert_eq!(v, [("A".into(), "1".into()), ("B".into(), "2".into())]);
    }
}
