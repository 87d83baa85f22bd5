//! Dotfile managers: programs that keep the home's configuration files in
//! a repository and write them into the home (chezmoi, yadm, rcm). One row
//! per program, the same [`Program`] rows as [`crate::PROGRAMS`] (read
//! together through [`crate::programs`]).
//!
//! Applying a dotfile source writes the home's shell start-up files
//! (`.bashrc`, `.profile`, `.zshrc`), the git and SSH configuration, and
//! runs the source's own scripts (chezmoi's `run_` scripts, yadm's
//! bootstrap, rcm's hooks): what every later shell and tool of the
//! developer runs. Asked (Medium, self-escalation), as a write of a
//! start-up file is. Their other commands read the files they are given
//! (`chezmoi add ~/.bashrc` copies it into the source; `verify` and
//! `diff` compare), which `changes_with` says, so a start-up file among
//! their operands is no change. Found on clidocs part 0 (session 59:
//! `chezmoi init --apply URL` passed; `chezmoi verify ~/.bashrc` and `add
//! --template ~/.gitconfig` were asked as an unknown program handed a
//! start-up file).
//!
//! Sub-command words use the grammar of [`crate::Sub::words`].

#![allow(
    clippy::needless_update,
    reason = "every row ends in `..P`, so a field added later needs no edit of rows that leave it out"
)]

use crate::programs::{sub, P};
use crate::Harm::{Credential, Destructive, SelfEscalation};
use crate::Level::{High, Medium};
use crate::Program;

/// What applying a dotfile source does, completing "this call ...".
const APPLIES: &str = "writes the home's dotfiles (shell start-up files among them) from a dotfile source and runs its scripts";

/// chezmoi's template functions that read a password manager, a vault or
/// the keyring (https://www.chezmoi.io/reference/templates/functions/:
/// 1Password, Bitwarden, Dashlane, Doppler, ejson, gopass, KeePassXC,
/// Keeper, keyring, LastPass, pass, passhole, Proton Pass, AWS Secrets
/// Manager, Azure Key Vault, HCP Vault Secrets, Vault, `secret`), as
/// [`crate::Sub::words`] parts of the template operand.
const SECRET_TEMPLATES: &str = "*onepassword*|*bitwarden*|*dashlane*|*doppler*|*ejson*|*gopass*|*keepassxc*|*keeper*|*keyring*|*lastpass*|*pass *|*passFields*|*passRaw*|*passhole*|*protonPass*|*awsSecretsManager*|*azureKeyVault*|*hcpVaultSecret*|*vault *|*secret *|*secretJSON*";

/// The table. Keep rows sorted by canonical name.
pub const DOTFILES: &[Program] = &[
    Program {
        names: &["chezmoi"],
        source: "https://www.chezmoi.io/reference/commands/ (apply, update, init --apply/--one-shot write the destination directory, the home, and run run_ scripts; destroy removes targets from the source and the destination; purge removes chezmoi's configuration and data; -n/--dry-run changes nothing); clidocs, session 59",
        value_opts: &["-S", "--source", "-D", "--destination", "-c", "--config", "--config-format", "-o", "--output", "-x", "--exclude", "-i", "--include", "--cache", "--color", "--mode", "--persistent-state", "-W", "--working-tree", "--branch", "--depth", "--bucket", "--key", "--value", "--format"],
        subs: &[
            sub(&["apply|update"], SelfEscalation, Medium, APPLIES),
            sub(&["init", "--apply|-a|--one-shot"], SelfEscalation, Medium, APPLIES),
            sub(&["edit", "--apply|-a"], SelfEscalation, Medium, APPLIES),
            // Template functions that fetch a secret from a password
            // manager or vault (reference/templates/*-functions): the
            // template's output, printed, holds it.
            sub(&["execute-template", SECRET_TEMPLATES], Credential, High, "prints a secret a template fetched from a password manager (chezmoi execute-template)"),
            // reference/commands/ssh: installs chezmoi on the host and runs
            // `chezmoi init --apply INIT-ARGS` there, always (clidocs parts
            // 4 and 5; part 4's mend asked only with an apply word). A
            // container's (`chezmoi docker`) is left: throwaway.
            sub(&["ssh"], SelfEscalation, Medium, "writes a remote host's home dotfiles (shell start-up files among them) from a dotfile source and runs its scripts"),
            sub(&["secret", "keyring", "get"], Credential, High, "prints a secret from the system keyring (chezmoi secret keyring get)"),
            sub(&["destroy"], Destructive, Medium, "deletes files from the home and from chezmoi's source (chezmoi destroy)"),
            sub(&["purge"], Destructive, Medium, "deletes chezmoi's configuration and source directory (chezmoi purge)"),
        ],
        // `--output FILE` (archive, completion, dump, execute-template...):
        // a start-up or completion file named there is written (clidocs
        // part 5: `completion fish --output=~/.config/fish/completions/x`).
        writes: &["-o", "--output"],
        changes_with: &["apply", "update", "init", "destroy", "purge"],
        flagged: &["chezmoi apply", "chezmoi init --apply https://github.com/u/dotfiles.git", "chezmoi update", "chezmoi destroy ~/.bashrc", "chezmoi edit --apply ~/.zshrc", "chezmoi execute-template '{{ onepasswordRead \"op://v/i/password\" }}'"],
        clean: &["chezmoi edit ~/.bashrc", "chezmoi execute-template '{{ .chezmoi.hostname }}'", "chezmoi diff ~/.bashrc", "chezmoi verify ~/.bashrc", "chezmoi add --template ~/.gitconfig", "chezmoi apply --dry-run --verbose", "chezmoi init https://github.com/u/dotfiles.git", "chezmoi cd"],
        ..P
    },
    Program {
        names: &["rcup"],
        source: "man:rcup(1) (links the dotfiles of ~/.dotfiles, or -d DIR, into the home and runs the hooks under hooks/pre-up and hooks/post-up; -K skips the hooks)",
        value_opts: &["-d", "-t", "-x", "-I", "-S", "-U", "-u", "-B"],
        subs: &[sub(&[], SelfEscalation, Medium, APPLIES)],
        flagged: &["rcup -v", "rcup -d ~/dotfiles -x README.md"],
        clean: &["rcup -h"],
        ..P
    },
    Program {
        names: &["yadm"],
        source: "https://yadm.io/docs/ (clone checks a repository out with the home as its work tree and offers to run its bootstrap; bootstrap runs ~/.config/yadm/bootstrap; other commands are git's, run on the home's repository)",
        value_opts: &["-Y", "--yadm-dir", "--yadm-data", "--yadm-repo", "--yadm-config", "--yadm-encrypt", "--yadm-archive", "--yadm-bootstrap", "-w", "-b", "-f"],
        subs: &[
            sub(&["clone"], SelfEscalation, Medium, APPLIES),
            sub(&["bootstrap"], SelfEscalation, Medium, APPLIES),
        ],
        changes_with: &["clone", "bootstrap", "checkout", "reset", "restore", "pull", "merge", "stash", "decrypt", "alt"],
        flagged: &["yadm clone https://github.com/u/dotfiles.git", "yadm bootstrap"],
        clean: &["yadm status", "yadm add ~/.bashrc", "yadm commit -m bashrc", "yadm diff", "yadm list -a"],
        ..P
    },
];
