//! Commands that print a well-known directory (`brew --prefix`, `go env
//! GOPATH`, `npm root -g`): a write to `"$(CMD)/x"` lands in that
//! directory, so the risk engine judges it as a write there (devdocsn,
//! session 52: `rustup completions bash > $(brew --prefix)/etc/
//! bash_completion.d/rustup` passed, its destination unknown).
//!
//! The directory differs between machines (Homebrew lives in
//! `/opt/homebrew` on Apple silicon, `/usr/local` on Intel Macs and
//! `/home/linuxbrew/.linuxbrew` on Linux); the value given is one of them,
//! and each of them is the same kind of place (an install prefix outside
//! the project, or a directory in the user's home), which is what a
//! write is judged by.

/// One command.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DirPrinter {
    /// The command's words, one space apart; a last word `{}` stands for
    /// one plain word (`brew --prefix rbenv`).
    pub command: &'static str,
    /// The directory it prints; `~` is the user's home and `{}` the word.
    pub prints: &'static str,
    /// Where the knowledge comes from.
    pub source: &'static str,
}

const BREW: &str = "https://docs.brew.sh/Installation (default prefixes); man:brew(1) --prefix, --repository, --cellar";
const GO: &str = "https://pkg.go.dev/cmd/go#hdr-Environment_variables (GOPATH defaults to $HOME/go; GOMODCACHE to GOPATH/pkg/mod)";
const NPM: &str = "https://docs.npmjs.com/cli/v10/configuring-npm/folders (global prefix /usr/local, modules in {prefix}/lib/node_modules)";
const PY_SITE: &str = "https://docs.python.org/3/library/site.html (--user-site, --user-base)";

/// The table.
pub const DIRECTORY_PRINTERS: &[DirPrinter] = &[
    DirPrinter { command: "brew --prefix", prints: "/opt/homebrew", source: BREW },
    DirPrinter { command: "brew --prefix {}", prints: "/opt/homebrew/opt/{}", source: BREW },
    DirPrinter { command: "brew --repository", prints: "/opt/homebrew", source: BREW },
    DirPrinter { command: "brew --repo", prints: "/opt/homebrew", source: BREW },
    DirPrinter { command: "brew --cellar", prints: "/opt/homebrew/Cellar", source: BREW },
    DirPrinter { command: "go env GOPATH", prints: "~/go", source: GO },
    DirPrinter { command: "go env GOMODCACHE", prints: "~/go/pkg/mod", source: GO },
    DirPrinter { command: "go env GOROOT", prints: "/usr/local/go", source: GO },
    DirPrinter { command: "npm root -g", prints: "/usr/local/lib/node_modules", source: NPM },
    DirPrinter { command: "npm root --global", prints: "/usr/local/lib/node_modules", source: NPM },
    DirPrinter { command: "npm prefix -g", prints: "/usr/local", source: NPM },
    DirPrinter { command: "npm config get prefix", prints: "/usr/local", source: NPM },
    DirPrinter { command: "npm bin -g", prints: "/usr/local/bin", source: NPM },
    DirPrinter {
        command: "yarn global dir",
        prints: "~/.config/yarn/global",
        source: "https://classic.yarnpkg.com/en/docs/cli/global (yarn global dir)",
    },
    DirPrinter {
        command: "pnpm root -g",
        prints: "~/.local/share/pnpm/global/5/node_modules",
        source: "https://pnpm.io/cli/root (pnpm root -g)",
    },
    DirPrinter { command: "python3 -m site --user-site", prints: "~/.local/lib/python3/site-packages", source: PY_SITE },
    DirPrinter { command: "python -m site --user-site", prints: "~/.local/lib/python3/site-packages", source: PY_SITE },
    DirPrinter { command: "python3 -m site --user-base", prints: "~/.local", source: PY_SITE },
    DirPrinter { command: "python -m site --user-base", prints: "~/.local", source: PY_SITE },
    DirPrinter {
        command: "gem env gemdir",
        prints: "/var/lib/gems/3.1.0",
        source: "https://guides.rubygems.org/command-reference/#gem-environment (gemdir)",
    },
    DirPrinter {
        command: "rustc --print sysroot",
        prints: "~/.rustup/toolchains/stable-x86_64-unknown-linux-gnu",
        source: "https://doc.rust-lang.org/rustc/command-line-arguments.html#--print-print-compiler-information (sysroot)",
    },
    DirPrinter {
        command: "pyenv root",
        prints: "~/.pyenv",
        source: "https://github.com/pyenv/pyenv/blob/master/COMMANDS.md#pyenv-root",
    },
    DirPrinter {
        command: "rbenv root",
        prints: "~/.rbenv",
        source: "https://github.com/rbenv/rbenv#command-reference (rbenv root)",
    },
    DirPrinter {
        command: "systemd-path user-configuration",
        prints: "~/.config",
        source: "man:systemd-path(1); man:file-hierarchy(7)",
    },
    DirPrinter {
        command: "systemd-path user-binaries",
        prints: "~/.local/bin",
        source: "man:systemd-path(1); man:file-hierarchy(7)",
    },
    DirPrinter {
        command: "systemd-path user-shared",
        prints: "~/.local/share",
        source: "man:systemd-path(1); man:file-hierarchy(7)",
    },
];

/// The directory the command `body` (the text inside `$( )` or
/// backquotes) prints, if it is one of the table's.
pub fn printed_directory(body: &str) -> Option<String> {
    let words: Vec<&str> = body.split_whitespace().collect();
    DIRECTORY_PRINTERS.iter().find_map(|p| {
        let pattern: Vec<&str> = p.command.split(' ').collect();
        match pattern.split_last() {
            Some((&"{}", fixed)) => {
                let (head, word) = words.split_at_checked(fixed.len())?;
                let [word] = word else { return None };
                let plain = !word.is_empty()
                    && word.chars().all(|c| {
                        c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '@' | '+')
                    })
                    && !word.starts_with(['-', '.']);
                (head == fixed && plain).then(|| p.prints.replace("{}", word))
            }
            _ => (words == pattern).then(|| p.prints.to_owned()),
        }
    })
}

/// A variable naming a well-known directory, with the value its
/// specification gives when it is not set: a write to `"$VAR/x"` the
/// line does not set `VAR` for is judged as a write there (toolsdocsg,
/// session 54: `trivy completion zsh > "${fpath[1]}/_trivy"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DirVariable {
    /// The variable's name.
    pub name: &'static str,
    /// An array whose elements are such directories (zsh's `fpath`:
    /// `${fpath[1]}`, `$fpath[1]`).
    pub array: bool,
    /// The directory; `~` is the user's home.
    pub default: &'static str,
    /// Where the knowledge comes from.
    pub source: &'static str,
}

const XDG: &str =
    "https://specifications.freedesktop.org/basedir-spec/latest/ (defaults when unset or empty)";

/// The table.
pub const DIRECTORY_VARIABLES: &[DirVariable] = &[
    DirVariable { name: "XDG_CONFIG_HOME", array: false, default: "~/.config", source: XDG },
    DirVariable { name: "XDG_DATA_HOME", array: false, default: "~/.local/share", source: XDG },
    DirVariable { name: "XDG_STATE_HOME", array: false, default: "~/.local/state", source: XDG },
    DirVariable { name: "XDG_CACHE_HOME", array: false, default: "~/.cache", source: XDG },
    DirVariable {
        name: "fpath",
        array: true,
        default: "/usr/local/share/zsh/site-functions",
        source: "zshcompsys(1) (fpath: where zsh autoloads functions and completions; its site-functions directory is on it by default)",
    },
];

/// Writes through these commands that the risk engine must flag, and
/// ones it must leave clean.
pub const DIRECTORY_PRINTER_EXAMPLES: (&[&str], &[&str]) = (
    &[
        "cp x.fish \"$XDG_CONFIG_HOME/fish/conf.d/\"",
        "trivy completion zsh > \"${fpath[1]}/_trivy\"",
        "rustup completions bash > $(brew --prefix)/etc/bash_completion.d/rustup.bash-completion",
        "echo 'import os' > \"$(python3 -m site --user-site)/x.pth\"",
        "cp evil \"$(go env GOPATH)/bin/go\"",
        "echo x > `npm root -g`/npm/index.js",
        "echo 'exec sh' > \"$(systemd-path user-configuration)/autostart/x.desktop\"",
    ],
    &[
        "ls $(brew --prefix)/bin",
        "cat \"$(go env GOPATH)/pkg/mod/cache/download/x\"",
        "echo $(brew --prefix rbenv)",
        "ls ${fpath[1]}",
    ],
);

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn every_row_is_one_command_and_prints_an_absolute_or_home_path() {
        for (i, p) in DIRECTORY_PRINTERS.iter().enumerate() {
            assert!(
                p.prints.starts_with('/') || p.prints.starts_with('~'),
                "{}",
                p.command
            );
            assert_eq!(
                p.command.split_whitespace().collect::<Vec<_>>().join(" "),
                p.command
            );
            assert!(!p.source.is_empty(), "{}", p.command);
            assert_eq!(
                p.command.contains("{}"),
                p.prints.contains("{}"),
                "{}",
                p.command
            );
            assert!(
                DIRECTORY_PRINTERS
                    .iter()
                    .skip(i + 1)
                    .all(|q| q.command != p.command),
                "{} twice",
                p.command
            );
        }
    }

    #[test]
    fn every_variable_is_named_once_with_an_absolute_or_home_default() {
        for (i, v) in DIRECTORY_VARIABLES.iter().enumerate() {
            assert!(
                v.default.starts_with('/') || v.default.starts_with('~'),
                "{}",
                v.name
            );
            assert!(!v.source.is_empty(), "{}", v.name);
            assert!(
                v.name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_'),
                "{}",
                v.name
            );
            assert!(
                DIRECTORY_VARIABLES
                    .iter()
                    .skip(i + 1)
                    .all(|w| w.name != v.name),
                "{} twice",
                v.name
            );
        }
    }

    #[test]
    fn commands_are_matched_by_their_words() {
        assert_eq!(printed_directory("brew --prefix").unwrap(), "/opt/homebrew");
        assert_eq!(
            printed_directory(" brew  --prefix\tnode@20 ").unwrap(),
            "/opt/homebrew/opt/node@20"
        );
        assert_eq!(printed_directory("go env GOPATH").unwrap(), "~/go");
        assert_eq!(printed_directory("brew --prefix ../x"), None);
        assert_eq!(printed_directory("brew --prefix $X"), None);
        assert_eq!(printed_directory("brew --prefix a b"), None);
        assert_eq!(printed_directory("go env"), None);
    }
}
