//! Regression tests for session 52.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use agentgate_risk::{Category, Severity};
use common::{each, flagged_each};

/// Found at the end of session 51: after the line puts a directory the
/// agent can write on PATH (`.`, a project directory, scratch), a bare
/// `security` or `ssh` may be the agent's own script of that name, which
/// prints the key it is handed. The key-option rule (the tool only uses
/// `-k KEYCHAIN`, `-i KEY`) held for `./security` but not for `security`
/// found through `PATH=.:$PATH`.
#[test]
fn a_path_changed_to_a_writable_directory_makes_bare_names_local() {
    flagged_each(
        &[
            "export PATH=.:$PATH; security -k ~/Library/Keychains/login.keychain-db",
            "PATH=.:$PATH security -k ~/Library/Keychains/login.keychain-db",
            "PATH=$PWD/bin:$PATH ssh -i ~/.ssh/id_rsa host",
            "export PATH=\"./tools:$PATH\"; ssh-add ~/.ssh/id_ed25519",
            "PATH=bin:$PATH; ssh -i ~/.ssh/id_rsa host",
            "export PATH=$PATH:.; ssh -i ~/.ssh/id_rsa host",
            "PATH=$(pwd):$PATH ssh -i ~/.ssh/id_rsa host",
            "declare -x PATH=.:$PATH; ssh -i ~/.ssh/id_rsa host",
            "typeset PATH=.:$PATH; ssh -i ~/.ssh/id_rsa host",
            "env PATH=.:$PATH ssh -i ~/.ssh/id_rsa host",
            "PATH=/home/dev/project/bin:$PATH ssh -i ~/.ssh/id_rsa host",
            // The same script behind a wrapper: session 51's mend looked
            // at the line's first word (`env`, `nice`), not the program.
            "env ./ssh -i ~/.ssh/id_rsa h",
            "nice ./security -k ~/Library/Keychains/login.keychain-db",
            "timeout 5 ./ssh -i ~/.ssh/id_rsa h",
            "command ./ssh -i ~/.ssh/id_rsa h",
            "exec ./ssh -i ~/.ssh/id_rsa h",
            "nohup ./ssh-add ~/.ssh/id_ed25519",
        ],
        Category::CredentialAccess,
        Severity::High,
    );
    // The system's and the user's own program directories are not the
    // agent's to plant in without a finding of their own.
    each(
        &[
            "export PATH=$HOME/.cargo/bin:$PATH; ssh -i ~/.ssh/id_rsa host",
            "PATH=/usr/local/bin:/usr/bin:/bin ssh -i ~/.ssh/id_rsa host",
            "export PATH=\"$HOME/.local/bin:$PATH\"; ssh-add ~/.ssh/id_ed25519",
            "ssh -i ~/.ssh/id_rsa host",
        ],
        "clean",
    );
}
