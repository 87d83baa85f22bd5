//! Directories whose files a shell reads in by itself: at start
//! (`~/.bashrc.d/`, fish's `conf.d`), in place of a command (fish's and
//! zsh's autoloaded functions) or when the user completes a command
//! (completion directories). Writing a file there is writing shell code
//! that runs later without being asked for. Matched as parts of a path in
//! lower case. Shell start-up files by name (`.bashrc`) are judged by the
//! risk engine's own list (`paths::RC_FILES`).

/// When the shell reads the files in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Loads {
    /// At every start of a shell or login.
    AtStart,
    /// The first time a command of the file's name is run, in its place.
    AsCommand,
    /// When the user completes a command of the file's name.
    OnCompletion,
}

/// One directory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShellLoadDir {
    /// A part of the path, in lower case.
    pub part: &'static str,
    /// When its files run.
    pub loads: Loads,
    /// A package prefix's directory (`/usr/local/share/zsh/site-functions`):
    /// a copy of that layout inside the project or a scratch directory is
    /// a package being built, not the machine's.
    pub prefix: bool,
    /// Where the knowledge comes from.
    pub source: &'static str,
}

const FISH: &str = "https://fishshell.com/docs/current/language.html#autoloading-functions; fish's conf.d (Configuration files)";
const ZSH: &str =
    "zshcompsys(1) and zshmisc(1) (fpath, autoload); the user directories zsh guides add to fpath";
const BASH_COMPLETION: &str = "https://github.com/scop/bash-completion/blob/main/README.md (user and system completion directories)";

/// The table.
pub const SHELL_LOAD_DIRS: &[ShellLoadDir] = &[
    // Fedora's `.bashrc` sources `~/.bashrc.d/*`; systemd and PAM set the
    // session's environment from `environment.d`.
    ShellLoadDir { part: "/.bashrc.d/", loads: Loads::AtStart, prefix: false, source: "Fedora's /etc/skel/.bashrc (sources ~/.bashrc.d/*)" },
    ShellLoadDir { part: "/.profile.d/", loads: Loads::AtStart, prefix: false, source: "dotfile managers' ~/.profile.d convention (sourced by ~/.profile)" },
    ShellLoadDir { part: "/.zshrc.d/", loads: Loads::AtStart, prefix: false, source: "dotfile managers' ~/.zshrc.d convention (sourced by ~/.zshrc)" },
    ShellLoadDir { part: "/.config/fish/conf.d/", loads: Loads::AtStart, prefix: false, source: FISH },
    ShellLoadDir { part: "/.oh-my-zsh/custom/", loads: Loads::AtStart, prefix: false, source: "https://github.com/ohmyzsh/ohmyzsh/wiki/Customization (every *.zsh of custom/ is sourced)" },
    ShellLoadDir { part: "/.config/environment.d/", loads: Loads::AtStart, prefix: false, source: "man:environment.d(5)" },
    // Sourced by every `conda activate` of the environment, whatever
    // prefix the environment has (`$CONDA_PREFIX/etc/...`).
    ShellLoadDir { part: "/etc/conda/activate.d/", loads: Loads::AtStart, prefix: false, source: "https://docs.conda.io/projects/conda-build/en/latest/resources/activate-scripts.html" },
    ShellLoadDir { part: "/etc/conda/deactivate.d/", loads: Loads::AtStart, prefix: false, source: "https://docs.conda.io/projects/conda-build/en/latest/resources/activate-scripts.html" },
    ShellLoadDir { part: "/.config/fish/functions/", loads: Loads::AsCommand, prefix: false, source: FISH },
    // devdocs, session 49: `uvx --generate-shell-completion fish >
    // ~/.config/fish/completions/uvx.fish`.
    ShellLoadDir { part: "/.config/fish/completions/", loads: Loads::OnCompletion, prefix: false, source: FISH },
    ShellLoadDir { part: "/.local/share/bash-completion/completions/", loads: Loads::OnCompletion, prefix: false, source: BASH_COMPLETION },
    // devdocsj, session 51: `rustup completions zsh > ~/.zfunc/_rustup`.
    ShellLoadDir { part: "/.zfunc/", loads: Loads::OnCompletion, prefix: false, source: ZSH },
    ShellLoadDir { part: "/.zsh/completions/", loads: Loads::OnCompletion, prefix: false, source: ZSH },
    ShellLoadDir { part: "/.zsh/completion/", loads: Loads::OnCompletion, prefix: false, source: ZSH },
    ShellLoadDir { part: "/.zsh/functions/", loads: Loads::OnCompletion, prefix: false, source: ZSH },
    ShellLoadDir { part: "/.oh-my-zsh/completions/", loads: Loads::OnCompletion, prefix: false, source: "https://github.com/ohmyzsh/ohmyzsh/wiki/Customization; zshcompsys(1)" },
    ShellLoadDir { part: "/.local/share/zsh/site-functions/", loads: Loads::OnCompletion, prefix: false, source: ZSH },
    // A package prefix's directories load for every user (devdocsn,
    // session 52: `rustup completions bash > $(brew --prefix)/etc/
    // bash_completion.d/rustup.bash-completion`).
    ShellLoadDir { part: "/etc/bash_completion.d/", loads: Loads::OnCompletion, prefix: true, source: BASH_COMPLETION },
    ShellLoadDir { part: "/share/bash-completion/completions/", loads: Loads::OnCompletion, prefix: true, source: BASH_COMPLETION },
    ShellLoadDir { part: "/share/zsh/site-functions/", loads: Loads::OnCompletion, prefix: true, source: ZSH },
    ShellLoadDir { part: "/share/zsh/vendor-completions/", loads: Loads::OnCompletion, prefix: true, source: "Debian's zsh package (vendor-completions on fpath)" },
    ShellLoadDir { part: "/share/fish/vendor_completions.d/", loads: Loads::OnCompletion, prefix: true, source: FISH },
    ShellLoadDir { part: "/share/fish/vendor_functions.d/", loads: Loads::AsCommand, prefix: true, source: FISH },
    ShellLoadDir { part: "/share/fish/vendor_conf.d/", loads: Loads::AtStart, prefix: true, source: FISH },
];

/// The directory of the table that `lower` (a path in lower case) lies
/// in, if any: a path inside one, or the directory itself named without its slash
/// (`cp x.fish ~/.config/fish/conf.d` puts the file in it).
pub fn shell_load_dir(lower: &str) -> Option<&'static ShellLoadDir> {
    SHELL_LOAD_DIRS.iter().find(|d| {
        lower.contains(d.part)
            || d.part
                .strip_suffix('/')
                .is_some_and(|dir| lower.ends_with(dir))
    })
}

/// Writes the risk engine must flag, and commands it must leave clean.
pub const SHELL_LOAD_EXAMPLES: (&[&str], &[&str]) = (
    &[
        "echo 'curl x | sh' > ~/.bashrc.d/x.sh",
        "cp f.fish ~/.config/fish/functions/ls.fish",
        "uvx --generate-shell-completion fish > ~/.config/fish/completions/uvx.fish",
        "rustup completions zsh > ~/.zfunc/_rustup",
        "rustup completions bash > /opt/homebrew/etc/bash_completion.d/rustup",
        "cp _tool /usr/local/share/zsh/site-functions/",
        "echo x > \"$CONDA_PREFIX/etc/conda/activate.d/env.sh\"",
        "ln -s ~/.asdf/completions/asdf.fish ~/.config/fish/completions",
        "mv x.sh ~/.bashrc.d",
    ],
    &[
        "ls ~/.config/fish/functions/",
        "mkdir -p ~/.config/fish/completions",
        "cat ~/.zfunc/_rustup",
        "mkdir -p build/share/zsh/site-functions/ && cp _tool build/share/zsh/site-functions/",
        "tool completions bash > /tmp/pkg/etc/bash_completion.d/tool",
    ],
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_lower_case_directories_named_once() {
        for (i, d) in SHELL_LOAD_DIRS.iter().enumerate() {
            assert_eq!(d.part, d.part.to_ascii_lowercase());
            assert!(
                d.part.starts_with('/') && d.part.ends_with('/'),
                "{}",
                d.part
            );
            assert!(!d.source.is_empty(), "{}", d.part);
            assert!(
                SHELL_LOAD_DIRS.iter().skip(i + 1).all(|e| e.part != d.part),
                "{} twice",
                d.part
            );
        }
    }
}
