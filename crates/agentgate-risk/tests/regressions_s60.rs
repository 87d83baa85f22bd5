//! Regression tests for session 60.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use agentgate_risk::{Category, Severity};
use common::{clean, flagged_each};

/// Missed at first contact on clidocs part 7: `git extras update` updates
/// git-extras by piping its install script from GitHub into bash
/// (`curl -s $INSTALL_SCRIPT | PREFIX=... bash /dev/stdin`, bin/git-extras),
/// as `curl ... | bash` written out would. Its version and help print.
#[test]
fn git_extras_update_pipes_its_installer_into_bash() {
    flagged_each(
        &[
            "git extras update",
            "git-extras update",
            "git -C ~/src extras update",
            "cd /tmp && git extras update && git extras --version",
        ],
        Category::RemoteCodeExec,
        Severity::Medium,
    );
    for c in [
        "git extras",
        "git extras --version",
        "git-extras -v",
        "git extras --help",
    ] {
        clean(c);
    }
}
