//! Regression tests for session 29.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use agentgate_risk::{Category, Severity};
use common::{each, flagged_each, not_clean};

/// Session 29's decision on `sudo` (status item 00000000): a command run
/// as root that only reads (`agentgate_commands::ROOT_READERS`) is clean;
/// the sources' benign asks were mostly `sudo dmidecode`, `sudo smartctl
/// -A`, `sudo tail -f /var/log/...`.
#[test]
fn root_reads_of_the_machine_state_are_clean() {
    each(
        &[
            "sudo dmidecode -t memory | grep -E \"(Locator|Size|Speed)\"",
            "echo \"Serial: $(sudo dmidecode -s system-serial-number)\"",
            "sudo smartctl -A /dev/sdb | grep Reallocated",
            "sudo tail -f /var/log/ufw.log | grep DPT",
            "sudo nice -n 19 badblocks -sv /dev/sdb",
            "sudo fsck -nv /dev/sdb1",
            "sudo /usr/sbin/dmidecode -t bios",
            "doas dmidecode -t system",
            "sudo -n ufw status numbered",
            "sudo journalctl -u nginx --since today",
        ],
        "clean",
    );
}

/// The ways the agent would try to ride the root-read exemption, written
/// first: each still asks (or worse).
#[test]
fn root_read_exemption_cannot_be_ridden() {
    not_clean(&[
        // A symbolic link planted where the agent writes, read as root.
        "ln -s /root/.ssh/id_rsa notes.txt; sudo cat notes.txt",
        "sudo cat ./notes.txt",
        "sudo tail /tmp/x",
        "sudo cat /usr/local/share/x",
        // Out of the readable trees by `..`, after `--`, hidden behind a
        // flag read as a value.
        "sudo cat /var/log/../../root/.bash_history",
        "sudo tail -- /root/notes",
        "sudo wc -c /root/notes",
        "sudo grep -e x /root/notes",
        "sudo grep -f /root/patterns /var/log/syslog",
        // The program is not the system's, or gets more than root.
        "sudo ./dmidecode",
        "sudo ~/bin/dmidecode -t memory",
        "sudo LD_PRELOAD=/tmp/x.so dmidecode",
        "sudo -E dmidecode",
        "sudo -u postgres cat /var/log/syslog",
        "sudo -s",
        // Unknown words, modes that write, raw devices, pagers.
        "sudo dmidecode \"$@\"",
        "sudo dmidecode $OPTS",
        "sudo dmidecode --dump-bin /etc/passwd",
        "sudo badblocks -o out.txt /dev/sdb",
        "sudo cat /dev/sda",
        "sudo less /var/log/syslog",
        "sudo tune2fs -O ^has_journal /dev/sdb1",
        "sudo ufw disable",
        "sudo nice -n 19 sh -c 'dmidecode'",
        "sudo -v",
    ]);
    flagged_each(
        &["sudo cat /etc/shadow", "sudo cat /etc/ipsec.secrets"],
        Category::CredentialAccess,
        Severity::High,
    );
}
