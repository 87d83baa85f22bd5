//! Programs that print their own shell set-up for the shell to run
//! (`eval "$(pyenv init -)"`, `eval "$(brew shellenv)"`, `source <(kubectl
//! completion bash)`): environment exports, functions, hooks and
//! completions that belong to the program itself. Running that text trusts
//! the program no more than running it does, so it is judged as the
//! program is. Any other text a command prints and a shell then runs
//! cannot be checked.

/// One program and the sub-commands that print its shell set-up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShellSetup {
    /// The programs (basenames).
    pub names: &'static [&'static str],
    /// Sub-commands (the first word that is no option) that print the
    /// set-up; empty: the program with options only (`ssh-agent -s`).
    pub verbs: &'static [&'static str],
    /// Where the knowledge comes from.
    pub source: &'static str,
    /// Commands the risk engine must flag.
    pub flagged: &'static [&'static str],
    /// Commands the risk engine must not flag.
    pub clean: &'static [&'static str],
}

/// Sub-commands and options with which any program prints its own
/// completion script (clap_complete, cobra, click, argcomplete and
/// hand-written ones).
pub const COMPLETION_WORDS: &[&str] = &[
    "completion",
    "completions",
    "generate-shell-completion",
    "--generate-shell-completion",
    "shell-completion",
    "gen-completions",
    "--completion",
    "--completions",
    "--generate-completion",
    "--print-completion",
];

/// The table.
pub const SHELL_SETUPS: &[ShellSetup] = &[
    ShellSetup {
        names: &["ssh-agent", "gpg-agent"],
        verbs: &[],
        source: "man:ssh-agent(1) (-s, -c: Bourne or C shell commands to set SSH_AUTH_SOCK, for eval); man:gpg-agent(1) --daemon",
        flagged: &["eval \"$(ssh-agent cat /tmp/p)\""],
        clean: &["eval \"$(ssh-agent -s)\"", "eval $(ssh-agent)", "eval $(gpg-agent --daemon)"],
    },
    ShellSetup {
        names: &["brew", "devbox"],
        verbs: &["shellenv"],
        source: "https://docs.brew.sh/Manpage#shellenv-shell- ; https://www.jetify.com/docs/devbox/cli_reference/devbox_global_shellenv",
        flagged: &["eval \"$(brew shellenv; get_more)\""],
        clean: &["eval \"$(/opt/homebrew/bin/brew shellenv)\"", "eval \"$(devbox shellenv)\""],
    },
    ShellSetup {
        names: &["pyenv", "rbenv", "nodenv", "goenv", "jenv", "plenv", "phpenv", "tfenv", "swiftenv"],
        verbs: &["init", "virtualenv-init", "sh-shell"],
        source: "https://github.com/pyenv/pyenv#set-up-your-shell-environment-for-pyenv ; https://github.com/rbenv/rbenv#basic-git-checkout (eval \"$(rbenv init - bash)\")",
        flagged: &["eval \"$(pyenv init - ; cat /tmp/p)\""],
        clean: &["eval \"$(pyenv init -)\"", "eval \"$(rbenv init - bash)\"", "eval \"$(pyenv virtualenv-init -)\""],
    },
    ShellSetup {
        names: &["direnv"],
        verbs: &["hook", "export"],
        source: "https://direnv.net/docs/hook.html (eval \"$(direnv hook bash)\")",
        flagged: &["eval \"$(direnv hook bash; get_more)\""],
        clean: &["eval \"$(direnv hook bash)\"", "eval \"$(direnv export bash)\""],
    },
    ShellSetup {
        names: &["starship", "zoxide", "atuin", "mcfly", "oh-my-posh", "navi"],
        verbs: &["init", "widget"],
        source: "https://starship.rs/guide/#step-2-set-up-your-shell-to-use-starship ; https://github.com/ajeetdsouza/zoxide#installation (eval \"$(zoxide init bash)\"); https://docs.atuin.sh/guide/installation/",
        flagged: &["eval \"$(starship init bash)\"; $(get_cmd)"],
        clean: &["eval \"$(starship init bash)\"", "eval \"$(zoxide init bash --cmd cd)\"", "eval \"$(atuin init bash)\""],
    },
    ShellSetup {
        names: &["fnm", "mise", "rtx", "opam", "luarocks", "pixi", "volta"],
        verbs: &["env", "activate", "path", "shell-hook", "setup"],
        source: "https://github.com/Schniz/fnm#shell-setup (eval \"$(fnm env --use-on-cd)\"); https://mise.jdx.dev/getting-started.html (eval \"$(mise activate bash)\"); https://opam.ocaml.org/doc/man/opam-env.html; https://github.com/luarocks/luarocks/wiki/luarocks-path",
        flagged: &["eval \"$(mise exec -- cat /tmp/p)\""],
        clean: &["eval \"$(fnm env --use-on-cd --shell bash)\"", "eval \"$(mise activate bash)\"", "eval $(opam env)", "eval \"$(luarocks path)\""],
    },
    ShellSetup {
        names: &["minikube", "docker-machine"],
        verbs: &["docker-env", "podman-env", "env"],
        source: "https://minikube.sigs.k8s.io/docs/commands/docker-env/ (eval $(minikube docker-env))",
        flagged: &["eval $(minikube ssh -- cat /tmp/p)"],
        clean: &["eval $(minikube docker-env)", "eval $(docker-machine env default)"],
    },
    ShellSetup {
        names: &["op"],
        verbs: &["signin"],
        source: "https://developer.1password.com/docs/cli/reference/commands/signin/ (eval $(op signin): exports the session token OP_SESSION_<account> into the shell)",
        flagged: &["eval $(op signin; cat /tmp/p)", "eval $(op read op://vault/item/cmd)"],
        clean: &["eval $(op signin --account $SUBDOMAIN)", "eval $(op signin)", "eval \"$(op signin --account my)\""],
    },
    ShellSetup {
        names: &["thefuck"],
        verbs: &["--alias"],
        source: "https://github.com/nvbn/thefuck#manual-installation (eval $(thefuck --alias))",
        flagged: &["eval \"$(thefuck --alias; get_more)\""],
        clean: &["eval \"$(thefuck --alias)\""],
    },
    ShellSetup {
        names: &["dircolors", "lesspipe", "lesspipe.sh", "path_helper"],
        verbs: &[],
        source: "man:dircolors(1) (-b: Bourne shell code setting LS_COLORS, for eval); man:lesspipe(1); man:path_helper(8) (-s)",
        flagged: &["eval \"$(dircolors -b; get_more)\""],
        clean: &["eval \"$(dircolors -b)\"", "eval \"$(lesspipe)\"", "eval \"$(/usr/libexec/path_helper -s)\""],
    },
    ShellSetup {
        names: &["kubectl", "helm", "gh", "rustup", "docker", "npm", "pip", "uv", "uvx", "poetry", "deno", "kind", "k3d", "flux", "argocd", "terraform", "golangci-lint", "hugo", "cobra-cli"],
        verbs: &[],
        source: "COMPLETION_WORDS: https://kubernetes.io/docs/reference/kubectl/generated/kubectl_completion/ (source <(kubectl completion bash)); https://docs.rs/clap_complete ; https://cobra.dev/#generating-shell-completions ; https://docs.astral.sh/uv/getting-started/installation/#shell-autocompletion",
        flagged: &["source <(kubectl completion bash; cat /tmp/p)"],
        clean: &["source <(kubectl completion bash)", "source <(helm completion bash)", "eval \"$(gh completion -s bash)\"", "eval \"$(./uv generate-shell-completion bash)\"", "eval \"$(uvx --generate-shell-completion bash)\""],
    },
];

/// Shells a set-up or completion script is printed for.
const SHELL_NAMES: &[&str] = &[
    "bash",
    "zsh",
    "fish",
    "sh",
    "ksh",
    "tcsh",
    "csh",
    "elvish",
    "nushell",
    "nu",
    "powershell",
    "pwsh",
    "xonsh",
    "-",
];

/// `name ARGS` (name a basename) prints its own shell set-up or completion
/// script: the first word that is no option is one of the row's verbs (or
/// a completion word, for any program), and every word after it is an
/// option, a shell's name or a plain identifier (`zoxide init bash --cmd
/// cd`), never a path or a command. A row with no verbs takes options only
/// (`ssh-agent -s`: `ssh-agent CMD` runs CMD and prints what it prints).
pub fn prints_shell_setup(name: &str, args: &[&str]) -> bool {
    let plain = |w: &&str| {
        w.starts_with('-') && !w.contains('/') && !w.contains(' ')
            || SHELL_NAMES.contains(w)
            || !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '='))
                && !w.starts_with('.')
    };
    let options_only = args.iter().all(|w| w.starts_with('-') && !w.contains('/'));
    let first = args.iter().position(|w| !w.starts_with('-'));
    let verb = first.and_then(|i| args.get(i)).copied();
    // `--alias`, `--generate-shell-completion`: an option that is the verb.
    let option_verb = |verbs: &[&str]| args.iter().any(|w| verbs.contains(w));
    let completion =
        verb.is_some_and(|v| COMPLETION_WORDS.contains(&v)) || option_verb(COMPLETION_WORDS);
    // A variable as a long option's value (`op signin --account
    // $SUBDOMAIN`) names what the program acts on, not what it runs.
    let option_value_var = |i: usize, w: &str| {
        let name = w
            .strip_prefix("${")
            .and_then(|r| r.strip_suffix('}'))
            .or_else(|| w.strip_prefix('$'));
        name.is_some_and(|n| {
            !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        }) && i
            .checked_sub(1)
            .and_then(|p| args.get(p))
            .is_some_and(|p| p.starts_with("--") && !p.contains('='))
    };
    let tail_plain = args
        .iter()
        .enumerate()
        .all(|(i, w)| plain(w) || option_value_var(i, w));
    if completion && tail_plain {
        return true;
    }
    SHELL_SETUPS
        .iter()
        .filter(|r| r.names.contains(&name))
        .any(|r| {
            if r.verbs.is_empty() {
                options_only
            } else {
                (verb.is_some_and(|v| r.verbs.contains(&v)) || option_verb(r.verbs)) && tail_plain
            }
        })
}
