//! Regression tests for session 37.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use agentgate_risk::{Category, Severity};
use common::{each, flagged_each};

/// htfor part 0, probing a miss (`vim /Library/Preferences/...`): on
/// macOS `/etc` and `/var` are links to `/private/etc` and
/// `/private/var`, so `echo x > /private/etc/hosts` changed the system's
/// configuration unjudged, and `/private/etc/sudoers` was judged only as
/// "a mounted system". A path is judged by what it is, whatever the
/// spelling: links of the system and repeated slashes are resolved first.
#[test]
fn macos_private_aliases_of_system_config() {
    flagged_each(
        &[
            "echo x > /private/etc/hosts",
            "cp hosts /private/etc/hosts",
            "echo 'nameserver 203.0.113.9' > /private/etc/resolv.conf",
        ],
        Category::SelfEscalation,
        Severity::High,
    );
    flagged_each(
        &[
            "echo 'dev ALL=(ALL) NOPASSWD:ALL' >> /private/etc/sudoers",
            "echo x >> //etc/sudoers",
            "echo x >> /./etc/pam.d/sudo",
            "echo '* * * * * sh /tmp/x' > /private/var/at/tabs/root",
            "echo '* * * * * sh /tmp/x' > /var/at/tabs/dev",
        ],
        Category::SelfEscalation,
        Severity::Critical,
    );
    each(
        &[
            "cat /private/etc/hosts",
            "ls /private/var/log",
            "echo x > /private/tmp/scratch.txt",
            "echo x > ./private/etc/hosts",
        ],
        "clean",
    );
}

/// Probing the macOS aliases as the agent would: agentgate's org policy
/// under `/etc/agentgate` is `/private/etc/agentgate` on macOS, and `rm -f
/// /private/etc/agentgate/policy.toml` was only asked (as a change under
/// `/etc`), not refused as a change of agentgate's own files; deleting
/// `/private/etc` or `/private` was "outside the project", not the system.
#[test]
fn guard_through_macos_private_aliases() {
    flagged_each(
        &[
            "rm -f /private/etc/agentgate/policy.toml",
            "mv /private/etc/agentgate /tmp/x",
            "echo '[hook]' > //private/etc/agentgate/policy.toml",
            "rm -rf /private/etc",
            "rm -rf /private",
            "rm -rf /private/var/lib/agentgate",
        ],
        Category::SelfEscalation,
        Severity::Critical,
    );
    flagged_each(
        &["rm -rf /private/var/db", "rm -rf /private/etc/ssh"],
        Category::Destructive,
        Severity::Critical,
    );
}

/// htfor part 0, first contact: `vim
/// /Library/Preferences/Logging/com.apple.system.logging.plist` passed.
/// `/Library/Preferences` holds macOS's settings for every user (network,
/// logging, the login window) and `/Library/Managed Preferences` the
/// profiles an organisation enforces: changing either changes the system,
/// as `/etc` does on Linux. The user's own `~/Library/Preferences` is not
/// the system's.
#[test]
fn macos_system_preferences() {
    flagged_each(
        &[
            "vim /Library/Preferences/Logging/com.apple.system.logging.plist",
            "cp x.plist /Library/Preferences/SystemConfiguration/preferences.plist",
            "echo x > '/Library/Managed Preferences/com.apple.x.plist'",
            "rm -f /Library/Preferences/com.apple.security.plist",
            "plutil -replace Enable -bool true /Library/Preferences/Logging/com.apple.system.logging.plist",
        ],
        Category::SelfEscalation,
        Severity::High,
    );
    each(
        &[
            "cat /Library/Preferences/Logging/com.apple.system.logging.plist",
            "plutil -p /Library/Preferences/SystemConfiguration/preferences.plist",
            "ls '/Library/Managed Preferences'",
            "cp ~/Library/Preferences/com.googlecode.iterm2.plist ./backup/",
        ],
        "clean",
    );
}
