//! Regression tests for session 34 (HackTricks' Linux and generic
//! methodology pages, `htlin`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use agentgate_risk::{Category, Severity};
use common::{each, flagged_each};

/// htlin part 0, first contact: a find test's pattern was read as a file
/// (`! -path "$HOME/*"` "read stored git credentials"), and any find above
/// agentgate's state that printed what it matched was denied as changing
/// the state (`find ~ -name '*.md' -exec cat {} +`). Patterns name files
/// read only when find prints what they match; a printing find reads the
/// device key unless a `-name` test keeps the key's name out.
#[test]
fn find_patterns_and_printing_finds() {
    each(
        &[
            "find / -type f -group dev -perm -g=w ! -path \"/proc/*\" ! -path \"$HOME/*\" 2>/dev/null",
            "find ~ -path '*/.ssh/*'",
            "find ~ -name '*.md' -exec cat {} +",
            "find ~ -name '*.md' -exec head -5 {} \\;",
            "find ~/.local/state/agentgate -name '*.jsonl' -exec cat {} +",
        ],
        "clean",
    );
    flagged_each(
        &[
            "find ~ -name 'device.*' -exec cat {} +",
            "find ~ -iname 'DEVICE.KEY' -exec head {} +",
            "find ~ -name '*.md' -o -name x -exec cat {} +",
            "find ~ ! -name '*.md' -exec cat {} +",
            "find ~ -newer x -exec cat {} +",
            "find ~/.local/state/agentgate -exec cat {} +",
            "n=device.key; find ~ -name \"$n\" -exec cat {} +",
            "find ~ -name '*.key' -exec cat {} +",
            "find ~ -path '*/.ssh/*' -exec cat {} +",
            "find ~ -name '*.md' -exec cat {} + -exec cat ~/.local/state/agentgate/journal/device.key \\;",
        ],
        Category::CredentialAccess,
        Severity::High,
    );
    flagged_each(
        &[
            "find ~ -name '*.md' -exec rm {} +",
            "find ~ -name '*.md' -exec sh -c 'cat $0' {} \\;",
        ],
        Category::SelfEscalation,
        Severity::High,
    );
}
