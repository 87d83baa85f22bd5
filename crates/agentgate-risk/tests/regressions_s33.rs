//! Regression tests for session 33 (HackTricks' macOS, exfiltration and
//! tunnelling pages, `htmac`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use agentgate_risk::{Category, Severity};
use common::{each, flagged_each};

/// htmac part 0, first contact: the generic client rule read a file or
/// directory named like a verb as a sub-command (`mkdir del` and `ditto
/// -c -k del test.zip` were asked as "deletes what the client manages").
#[test]
fn file_operands_are_not_client_verbs() {
    each(
        &[
            "mkdir del",
            "touch delete",
            "mkdir -p drop/tables",
            "ditto -c -k del test.zip",
            "cp -r purge backup",
            "ln -s remove current",
            "du -sh destroy",
        ],
        "clean",
    );
    flagged_each(
        &[
            "nats stream purge ORDERS",
            "railway volume delete --volume prod-db --yes",
        ],
        Category::Destructive,
        Severity::Medium,
    );
}

/// htmac part 0: reading a start-up property list or an authorization
/// right was denied as changing it (`defaults read
/// .../com.apple.loginwindow.plist`, `plutil -p ...`, `security
/// authorizationdb read RIGHT`); their rows now say which words change.
#[test]
fn property_list_readers_only_read() {
    each(
        &[
            "defaults read /Users/$USER/Library/Preferences/com.apple.loginwindow.plist",
            "plutil -p ~/Library/Preferences/ByHost/com.apple.loginwindow.UUID.plist",
            "plutil -p ~/Library/LaunchAgents/com.example.agent.plist",
            "plutil -lint ~/Library/LaunchAgents/com.example.agent.plist",
            "security authorizationdb read com.apple.safaridriver.allow",
        ],
        "clean",
    );
    flagged_each(
        &[
            "defaults write ~/Library/LaunchAgents/com.example.agent ProgramArguments -array /tmp/x",
            "plutil -replace ProgramArguments -json '[\"/tmp/x\"]' ~/Library/LaunchAgents/a.plist",
            "plutil -create xml1 ~/Library/LaunchAgents/a.plist",
            "defaults import ~/Library/Preferences/com.apple.loginwindow.plist evil.plist",
            "security authorizationdb write system.preferences allow",
            "security authorizationdb remove com.apple.safaridriver.allow",
        ],
        Category::SelfEscalation,
        Severity::Medium,
    );
}

/// htmac part 0: `sudo find / -name Info.plist -exec grep -l "java\." {}
/// \;` was denied as changing agentgate's policy directory: find handing
/// files to a search that prints only the names it matched changes
/// nothing. A program that prints what it reads stays judged as before:
/// under agentgate's state it would print the device key.
#[test]
fn find_handing_files_to_a_reader_changes_nothing() {
    each(
        &[
            "find / -name Info.plist -exec grep -l java {} \\;",
            "find /etc -name '*.conf' -exec grep -l foo {} +",
        ],
        "clean",
    );
    flagged_each(
        &[
            "find / -exec rm {} \\;",
            "find /etc -name agentgate -exec chmod 777 {} \\;",
        ],
        Category::SelfEscalation,
        Severity::High,
    );
    flagged_each(
        &[
            "find / -name '*.pem' -exec cat {} \\;",
            "find ~ -name id_rsa -exec cat {} +",
        ],
        Category::CredentialAccess,
        Severity::Medium,
    );
    flagged_each(
        &[
            "find ~/.local/state/agentgate -name device.key -exec cat {} +",
            "find ~/.local/state/agentgate -exec grep -H . {} \\;",
        ],
        Category::SelfEscalation,
        Severity::High,
    );
}
