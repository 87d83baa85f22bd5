//! Regression tests for session 49 (first contact with lcmdj, and
//! bypasses found by attacking the session's own rules).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use agentgate_risk::{Category, Severity};
use common::{each, flagged, flagged_each, not_clean};

/// Bypass (found testing lcmdj's awk row): awk allows blanks between a
/// function's name and its parenthesis, and gawk runs a command as a
/// two-way coprocess with `|&`; `system ("rm -rf ~")` and `"CMD" |&
/// getline` were not seen as running anything, so the home's deletion
/// passed.
#[test]
fn awk_runs_commands_however_the_call_is_spaced() {
    flagged(
        "awk 'BEGIN{system (\"rm -rf ~\")}'",
        Category::Destructive,
        Severity::Critical,
    );
    flagged(
        "gawk 'BEGIN{system\t(\"rm -rf ~\")}'",
        Category::Destructive,
        Severity::Critical,
    );
    flagged(
        "gawk 'BEGIN{ \"rm -rf ~\" |& getline x; print x }'",
        Category::Destructive,
        Severity::Critical,
    );
    not_clean(&[
        "awk 'BEGIN{system (\"/bin/sh\")}'",
        "gawk 'BEGIN{ c = \"sh\"; print \"id\" |& c; close(c) }'",
        "awk 'BEGIN{ cmd = \"ls \" ENVIRON[\"X\"]; system (cmd) }'",
        "awk '{ print |& \"sh\" }' f",
    ]);
}

/// Bypass (found reading awk's run sites): `print ... | "CMD"` ran CMD
/// unjudged unless the statement was a bare `print |` or CMD a shell, so
/// `print $0 | "rm -rf ~"` passed. Every command a program shows whole is
/// judged, one printed into as fed by awk (`print | "xargs rm"` deletes
/// names nobody can know); `system()` and `| getline` stay asked (session
/// 11's decision), as does printing into a shell or an interpreter.
#[test]
fn awk_commands_printed_into_are_judged() {
    flagged(
        "awk '{print $0 | \"rm -rf ~\"}' f",
        Category::Destructive,
        Severity::Critical,
    );
    flagged(
        "awk 'BEGIN { \"cat ~/.ssh/id_rsa\" | getline k; print k }'",
        Category::CredentialAccess,
        Severity::High,
    );
    each(
        &[
            "awk 'BEGIN{ while( \"ls\" | getline) print }'",
            "awk 'BEGIN{system (\"ls -l\")}'",
            "awk 'BEGIN { print \"x\" |& \"sh\" }'",
        ],
        "Obfuscation Medium",
    );
    each(
        &[
            "awk '{print $1 | \"sort\"}' f",
            "awk '{ print | \"sort -u\" }' f",
        ],
        "clean",
    );
    not_clean(&[
        "awk '{print | \"sh\"}' f",
        "awk '{print | \"bash -s\"}' f",
        "awk 'BEGIN{system(\"rm \" $1)}'",
        "awk '{system($0)}' cmds.txt",
        "awk '{print | \"xargs rm -rf\"}' list",
        "awk '{print | \"python3\"}' f",
    ]);
    each(
        &[
            "awk '/foo|bar/ {print $2}' f",
            "awk '$1 == \"a\" || $1 == \"b\"' f",
        ],
        "clean",
    );
}

/// Bypass (introduced by this session's awk reader, caught by compose3
/// before it landed): a brace inside the printed string (`-exec cat {}
/// +`) was read as the statement's start, so `print "..." | "sh"` was no
/// run site and the script passed. A string after a bar is a command
/// printed into wherever the statement is taken to start.
#[test]
fn awk_print_into_a_shell_with_braces_in_the_script() {
    flagged(
        "awk 'BEGIN { print \"find ~ -name '\"'\"'*.pem'\"'\"' -exec cat {} +\" | \"sh\" }'",
        Category::CredentialAccess,
        Severity::High,
    );
    not_clean(&["awk '/\"/ { x = 1 }; { print \"rm -rf ~\" | cmd }' f"]);
}

/// Misses (lcmdj first contact): a repository added with yum's and dnf's
/// config-manager or zypper's addrepo is a new package source, asked as
/// `add-apt-repository` is (session 38's decision: sources, not
/// installs).
#[test]
fn package_sources_added_by_any_manager_are_asked() {
    flagged_each(
        &[
            "yum-config-manager --add-repo https://download.docker.com/linux/centos/docker-ce.repo",
            "sudo yum-config-manager --add-repo=http://x.example/x.repo",
            "dnf config-manager --add-repo https://x.example/x.repo",
            "dnf -y config-manager --addrepo https://x.example/x.repo",
            "zypper ar http://download.opensuse.org/repositories/x/x.repo x",
            "zypper addrepo -f https://x.example/repo r",
        ],
        Category::SelfEscalation,
        Severity::Medium,
    );
    each(
        &[
            "yum-config-manager",
            "dnf config-manager --dump",
            "zypper lr",
            "zypper search nginx",
        ],
        "clean",
    );
}

/// Miss (lcmdj first contact): `timedatectl set-ntp true` changes how the
/// clock is kept, as `set-timezone` does.
#[test]
fn clock_synchronisation_changed_is_asked() {
    flagged(
        "timedatectl set-ntp true",
        Category::SelfEscalation,
        Severity::Medium,
    );
    flagged(
        "timedatectl set-ntp false",
        Category::Obfuscation,
        Severity::Medium,
    );
    each(&["timedatectl", "timedatectl show-timesync"], "clean");
}

/// False ask (lcmdj first contact): `readonly` alone lists the shell's
/// read-only variables (`UID`, `BASHOPTS`), and `local` a function's own;
/// neither prints the environment, which `env`, `export`, `declare` and
/// `set` do.
#[test]
fn readonly_and_local_alone_print_no_environment() {
    each(&["readonly", "readonly -p", "local"], "clean");
    not_clean(&[
        "env",
        "export",
        "export -p",
        "declare -x",
        "declare",
        "set",
        "printenv",
    ]);
}
