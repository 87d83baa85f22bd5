//! Regression tests for session 45 (bypasses found by attacking session
//! 44's own rules, and r1cks misses).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use agentgate_risk::{Category, Severity};
use common::{clean, flagged_each};

/// Bypass (session 44's review, left for session 45): the commit-message
/// rule took the first word that is not an option as git's sub-command,
/// so a global option with a value in front of it (`-C .`, `-c k=v`,
/// `--git-dir DIR`) hid `commit` and the secret went into history.
#[test]
fn a_secret_commit_message_behind_git_global_options_is_a_read() {
    flagged_each(
        &[
            "git -C . commit -m \"$GITHUB_TOKEN\"",
            "git -c user.name=x commit -m \"$GITHUB_TOKEN\"",
            "git --git-dir .git --work-tree . commit -am \"$NPM_TOKEN\"",
            "git -C /tmp/r -c core.pager=cat tag -m \"$AWS_SECRET_ACCESS_KEY\" v1",
        ],
        Category::CredentialAccess,
        Severity::High,
    );
    for cmd in [
        "git -C . commit -m \"fix: $USER\"",
        "git -c user.name=x commit -m 'release'",
        "git -C . log -m \"$GITHUB_TOKEN\"",
    ] {
        clean(cmd);
    }
}

/// Found with the one above: what `git for-each-ref --format=TEXT` prints
/// is read as the text eval runs, but behind `-C .` or `-c k=v` the
/// sub-command was missed and the line was only asked.
#[test]
fn a_git_format_behind_global_options_is_read_as_code() {
    flagged_each(
        &[
            "eval \"$(git -C . for-each-ref --count=1 --format='rm -rf ~' refs/heads)\"",
            "eval \"$(git --no-pager -c x=y for-each-ref --count=1 --format='rm -rf ~' refs/heads)\"",
        ],
        Category::Destructive,
        Severity::Critical,
    );
}
