//! Programs that, run as root (`sudo`, `doas`, `pkexec`, `run0`), only
//! read the machine's state: its hardware, disks, logs, sockets and
//! firewall rules. One row per program, with the calls that stay clean
//! under `sudo` and the ones that are still asked about.
//!
//! Session 29 decided (status item 00000000: `sudo dmidecode -t memory`,
//! `sudo smartctl -A /dev/sdb` and `sudo tail -f /var/log/ufw.log` were
//! most of the benign asks left in two sysadmin sources): running a
//! command as root is asked about (Medium) unless every part of the call
//! is read here as reading. What root adds to a read is reach: the files
//! only root may open. So a row says exactly which options keep the
//! program a reader (an allow-list where the program has modes that
//! change things: `fsck -n`, `tune2fs -l`, `badblocks` without `-w`) and
//! whether its operands are files whose content it prints (those must lie
//! under [`ROOT_READABLE`], trees root owns; a credential store anywhere
//! is judged on its own, with or without `sudo`). An option that makes it
//! write a file is never allowed: root writing where the agent can plant
//! a symbolic link (the project, /tmp) writes wherever the link points.
//! Pagers (`less`, `more`) are not here: they run shell commands. The
//! partitioning tools' listing modes (`fdisk -l`, `sfdisk -d`, `parted
//! -l`) are known once, in the risk engine's `disk_tool_reads`, which
//! judges them with or without `sudo`. Anything else under `sudo`, a program
//! named by a path that is not a system directory, variables set for it
//! (`sudo LD_PRELOAD=... ls`) and sudo's own options that change whose
//! rights or environment the program gets (`-u`, `-E`, `-s`, `-i`) still
//! ask. Sources: each row's manual page.

use crate::Level;

/// Which options a call may carry and stay a reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opts {
    /// Only these: `flags` take no value (single-letter ones may be
    /// clustered, `-sv`), `values` take one (`-b 4096`, `-b4096`,
    /// `--log=error`).
    Only {
        /// Options without a value.
        flags: &'static [&'static str],
        /// Options with a value.
        values: &'static [&'static str],
    },
    /// Any option but these (`-k+` is the flag alone or clustered, as in
    /// [`crate::Sub::words`]). Only for rows whose operands are
    /// [`Operands::Names`], where an option's value need not be told from
    /// an operand.
    Except {
        /// Options that make the call change something.
        bad: &'static [&'static str],
    },
}

/// What the operands are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operands {
    /// Devices, hosts, names, numbers, sub-command words: nothing whose
    /// content the program prints.
    Names,
    /// Files whose content it prints: each must lie under
    /// [`ROOT_READABLE`] or in the project. `pattern`: the first operand is
    /// a pattern, unless an option gives one (`grep -e PAT FILE`).
    Files {
        /// The first operand is a search pattern.
        pattern: bool,
    },
}

/// One program that reads as root.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RootReader {
    /// The names it is run as.
    pub names: &'static [&'static str],
    /// Where the knowledge comes from.
    pub source: &'static str,
    /// Which options keep it a reader.
    pub opts: Opts,
    /// Words one of which the call must carry to read (the
    /// [`crate::Sub::words`] grammar: `-n` an option anywhere, other words
    /// the sub-command at its place); empty: every call that passes `opts`.
    pub modes: &'static [&'static [&'static str]],
    /// What its operands are.
    pub operands: Operands,
    /// Calls (with `sudo` in front) that stay clean.
    pub clean: &'static [&'static str],
    /// Calls (with `sudo` in front) that are still asked about.
    pub asked: &'static [&'static str],
}

/// Where root may print files from without reaching anyone's secrets
/// beyond what the credential table names: logs, system configuration
/// (its secret files, `/etc/shadow` and the rest, are credential stores,
/// judged with or without `sudo`), kernel interfaces, installed software
/// Not the homes (`/root`, `/home`), the raw devices (`/dev/sda` holds
/// every file), services' data (`/var/lib`), nor any tree the agent can
/// write to: a symbolic link it plants in the project, /tmp, /opt or a
/// mounted medium would point root's read at `/root/.ssh/id_rsa`.
pub const ROOT_READABLE: &[&str] = &[
    "/var/log",
    "/etc",
    "/proc",
    "/sys",
    "/usr/share",
    "/usr/lib",
    "/boot",
    "/run/log",
];

/// sudo's and doas' options that leave the program, its user and its
/// environment as they are: `-n` fails rather than prompt, `-H` and `-k`
/// touch only sudo's own home and timestamp handling, `--` ends options.
pub const PLAIN_ROOT_OPTIONS: &[&str] = &[
    "-n",
    "--non-interactive",
    "-H",
    "--set-home",
    "-k",
    "--reset-timestamp",
    "--",
];

/// How a call that runs as root but is not read as reading is judged.
pub const ROOT_LEVEL: Level = Level::Medium;

const NONE: &[&str] = &[];

/// The table. Keep rows sorted by canonical name.
#[rustfmt::skip]
pub const ROOT_READERS: &[RootReader] = &[
    RootReader {
        names: &["badblocks"],
        source: "man:badblocks(8) (read-only test by default; -n is a non-destructive read-write test, -w destroys data; -o FILE writes the list)",
        opts: Opts::Only { flags: &["-s", "-v", "-B"], values: &["-b", "-c", "-e", "-d", "-p", "-t", "-i"] },
        modes: &[],
        operands: Operands::Names,
        clean: &["sudo badblocks -sv /dev/sdb", "sudo badblocks -sv -b 4096 /dev/sdb 262144 0"],
        asked: &["sudo badblocks -wsv /dev/sdb", "sudo badblocks -nsv /dev/sdb", "sudo badblocks -o /etc/passwd /dev/sdb", "sudo badblocks -o list.txt /dev/sdb"],
    },
    RootReader {
        names: &["blkid", "lsblk", "lscpu", "lsmem", "lspci", "lsusb", "lsscsi", "findmnt"],
        source: "man:blkid(8), lsblk(8), lscpu(1), lsmem(1), lspci(8), lsusb(8), lsscsi(8), findmnt(8) (list devices and mounts; blkid -c names a cache file it writes)",
        opts: Opts::Except { bad: &["-c", "--cache-file"] },
        modes: &[],
        operands: Operands::Names,
        clean: &["sudo blkid /dev/sdb1", "sudo lsblk -f", "sudo lspci -vvv -s 00:1f.2", "sudo lsusb -v", "sudo findmnt -T /srv"],
        asked: &["sudo blkid -c /etc/fstab"],
    },
    RootReader {
        names: &["blockdev"],
        source: "man:blockdev(8) (the --get* queries and --report read a device's settings; --setro, --setrw, --setra, --setbsz, --flushbufs and --rereadpt change them)",
        opts: Opts::Only {
            flags: &["-q", "-v", "--report", "--getsz", "--getro", "--getdiscardzeroes", "--getss", "--getpbsz", "--getiomin", "--getioopt", "--getalignoff", "--getmaxsect", "--getbsz", "--getsize", "--getsize64", "--getra", "--getfra"],
            values: NONE,
        },
        modes: &[],
        operands: Operands::Names,
        clean: &["sudo blockdev --getsize64 /dev/sda", "sudo blockdev --report"],
        asked: &["sudo blockdev --setro /dev/hda4", "sudo blockdev --setrw /dev/hda4", "sudo blockdev --flushbufs /dev/sda"],
    },
    RootReader {
        names: &["cat", "tac", "zcat", "wc"],
        source: "man:cat(1), tac(1), zcat(1), wc(1) (print or count the files they are given)",
        opts: Opts::Only {
            flags: &["-n", "-A", "-v", "-e", "-t", "-s", "-b", "-E", "-T", "-u", "-f", "-q", "-l", "-c", "-w", "-m", "-L", "--number", "--show-all", "--squeeze-blank", "--lines", "--words", "--bytes", "--chars"],
            values: NONE,
        },
        modes: &[],
        operands: Operands::Files { pattern: false },
        clean: &["sudo cat /etc/fstab", "sudo wc -l /var/log/auth.log", "sudo zcat /var/log/syslog.2.gz"],
        asked: &["sudo cat /root/.bash_history", "sudo cat /dev/sda", "sudo cat /home/bob/notes.txt", "sudo cat notes-link.txt", "sudo cat /tmp/x", "sudo cat \"$F\"", "sudo wc -c /root/notes"],
    },
    RootReader {
        names: &["dmesg"],
        source: "man:dmesg(1) (-c/-C clear the kernel ring buffer, -n/-D/-E change console logging)",
        opts: Opts::Only {
            flags: &["-T", "-H", "-k", "-u", "-x", "-w", "-W", "-L", "-P", "-r", "-t", "-d", "-e", "--ctime", "--human", "--kernel", "--userspace", "--decode", "--follow", "--follow-new", "--nopager", "--raw", "--notime", "--show-delta", "--reltime"],
            values: &["-l", "-f", "-s", "--level", "--facility", "--buffer-size", "--time-format", "--color"],
        },
        modes: &[],
        operands: Operands::Names,
        clean: &["sudo dmesg -T", "sudo dmesg -s 1048576", "sudo dmesg --level=err,warn"],
        asked: &["sudo dmesg -c", "sudo dmesg -n 1", "sudo dmesg -F /root/.ssh/id_rsa"],
    },
    RootReader {
        names: &["dmidecode", "biosdecode", "vpddecode"],
        source: "man:dmidecode(8) (-d FILE and --from-dump read another file as the table; --dump-bin FILE writes one)",
        opts: Opts::Except { bad: &["-d", "--dev-mem", "--from-dump", "--dump-bin"] },
        modes: &[],
        operands: Operands::Names,
        clean: &["sudo dmidecode", "sudo dmidecode -t memory", "sudo dmidecode -s system-serial-number"],
        asked: &["sudo dmidecode --dump-bin /etc/passwd", "sudo dmidecode -d /root/secret"],
    },
    RootReader {
        names: &["dumpe2fs", "xfs_info", "tune2fs"],
        source: "man:dumpe2fs(8), xfs_info(8), tune2fs(8) (tune2fs changes a file system unless it only lists: -l)",
        opts: Opts::Only { flags: &["-h", "-x", "-b", "-l"], values: NONE },
        modes: &[],
        operands: Operands::Names,
        clean: &["sudo tune2fs -l /dev/sdb1", "sudo dumpe2fs -h /dev/sdb1", "sudo xfs_info /dev/sdb1"],
        asked: &["sudo tune2fs -O ^has_journal /dev/sdb1", "sudo tune2fs -m 0 /dev/sdb1"],
    },
    RootReader {
        names: &["fsck", "e2fsck", "fsck.ext2", "fsck.ext3", "fsck.ext4", "xfs_repair", "mke2fs", "mkfs.ext2", "mkfs.ext3", "mkfs.ext4"],
        source: "man:fsck(8), e2fsck(8) (-n: answer no to every repair, open read-only), xfs_repair(8) (-n: no-modify mode), mke2fs(8) (-n: do not create, show what would be done)",
        opts: Opts::Only { flags: &["-n", "-v", "-f", "-V", "-N", "-q"], values: &["-t", "-C", "-b", "-B", "-T"] },
        modes: &[&["-n+"]],
        operands: Operands::Names,
        clean: &["sudo fsck -nv /dev/sdb1", "sudo mke2fs -n /dev/sdb1", "sudo xfs_repair -n /dev/sdb1"],
        asked: &["sudo fsck -y /dev/sdb1", "sudo e2fsck -f /dev/sdb1", "sudo xfs_repair /dev/sdb1"],
    },
    RootReader {
        names: &["grep", "egrep", "fgrep", "zgrep"],
        source: "man:grep(1) (-f FILE reads patterns from a file, which is not allowed here)",
        opts: Opts::Only {
            flags: &["-i", "-v", "-n", "-c", "-l", "-L", "-w", "-x", "-E", "-F", "-P", "-G", "-o", "-h", "-H", "-s", "-q", "-a", "-I", "-z", "--ignore-case", "--invert-match", "--line-number", "--count", "--only-matching", "--no-filename", "--with-filename", "--extended-regexp", "--fixed-strings", "--word-regexp"],
            values: &["-e", "-A", "-B", "-C", "-m", "--regexp", "--after-context", "--before-context", "--context", "--max-count", "--color", "--colour"],
        },
        modes: &[],
        operands: Operands::Files { pattern: true },
        clean: &["sudo grep su /var/log/auth.log", "sudo grep -i error /var/log/syslog", "sudo grep -e DPT -c /var/log/ufw.log"],
        asked: &["sudo grep -r password /home", "sudo grep key /root/.profile", "sudo grep -f /root/patterns /var/log/syslog"],
    },
    RootReader {
        names: &["hdparm"],
        source: "man:hdparm(8) (-T/-t time reads, -I/-i/-g/-C report; most other flags set the drive's features, and --security-erase, --trim-sector-ranges and --write-sector destroy data)",
        opts: Opts::Only { flags: &["-T", "-t", "-I", "-i", "-g", "-C", "--direct"], values: NONE },
        modes: &[],
        operands: Operands::Names,
        clean: &["sudo hdparm -T /dev/sda", "sudo hdparm -tT --direct /dev/sda", "sudo hdparm -I /dev/sda"],
        asked: &["sudo hdparm -W0 /dev/sda", "sudo hdparm --security-erase pw /dev/sda", "sudo hdparm -S 120 /dev/sda"],
    },
    RootReader {
        names: &["head", "tail"],
        source: "man:head(1), tail(1) (-n and -c take a count)",
        opts: Opts::Only {
            flags: &["-f", "-F", "-q", "-v", "-z", "--follow", "--retry", "--quiet", "--silent", "--verbose"],
            values: &["-n", "-c", "-s", "--lines", "--bytes", "--sleep-interval", "--pid", "--max-unchanged-stats"],
        },
        modes: &[],
        operands: Operands::Files { pattern: false },
        clean: &["sudo tail -f /var/log/ufw.log", "sudo tail -n 50 /var/log/syslog", "sudo head -20 /var/log/dpkg.log"],
        asked: &["sudo tail /var/lib/postgresql/data/pg_hba.conf", "sudo head -c 100 /root/notes", "sudo tail -n50 -- /home/bob/x"],
    },
    RootReader {
        names: &["iptables", "ip6tables", "iptables-save", "ip6tables-save"],
        source: "man:iptables(8) (-L and -S list; every other command changes the rules), iptables-save(8) (prints; -f FILE writes)",
        opts: Opts::Only { flags: &["-L", "-S", "-n", "-v", "-x", "--list", "--list-rules", "--numeric", "--verbose", "--exact", "--line-numbers", "-c", "--counters"], values: &["-t", "--table"] },
        modes: &[],
        operands: Operands::Names,
        clean: &["sudo iptables -L -n -v", "sudo iptables -t nat -S", "sudo iptables-save"],
        asked: &["sudo iptables -F", "sudo iptables -A INPUT -p tcp --dport 22 -j ACCEPT", "sudo iptables-save -f /etc/iptables/rules.v4"],
    },
    RootReader {
        names: &["journalctl"],
        source: "man:journalctl(1) (--vacuum-*, --rotate, --flush, --sync and --setup-keys change the journal)",
        opts: Opts::Only {
            flags: &["-f", "-e", "-x", "-r", "-a", "-q", "-k", "-b", "-m", "--no-pager", "--follow", "--pager-end", "--catalog", "--reverse", "--all", "--quiet", "--dmesg", "--boot", "--merge", "--utc", "--no-hostname", "--list-boots", "--disk-usage", "--user", "--system"],
            values: &["-u", "-n", "-p", "-o", "-t", "-g", "-S", "-U", "--unit", "--lines", "--priority", "--output", "--since", "--until", "--identifier", "--grep", "--user-unit", "--facility"],
        },
        modes: &[],
        operands: Operands::Names,
        clean: &["sudo journalctl -u nginx --since today", "sudo journalctl -xe", "sudo journalctl -k -b -1"],
        asked: &["sudo journalctl --vacuum-time=1s", "sudo journalctl --rotate"],
    },
    RootReader {
        names: &["log"],
        source: "log(1) (macOS unified log: show, stream, stats read it; erase deletes it and config changes what is kept)",
        opts: Opts::Except { bad: NONE },
        modes: &[&["show|stream|stats"]],
        operands: Operands::Names,
        clean: &["sudo log stream --style syslog --predicate 'eventMessage CONTAINS[c] \"x\"'", "sudo log show --last 1h"],
        asked: &["sudo log erase --all", "sudo log config --mode level:debug"],
    },
    RootReader {
        names: &["ls", "stat", "du", "df"],
        source: "man:ls(1), stat(1), du(1), df(1) (report names, sizes and modes, never what a file holds)",
        opts: Opts::Except { bad: NONE },
        modes: &[],
        operands: Operands::Names,
        clean: &["sudo ls -la /root", "sudo du -sh /var/lib/docker", "sudo df -h /mnt/test", "sudo stat /etc/shadow"],
        asked: NONE,
    },
    RootReader {
        names: &["lsmp", "kextstat", "kmutil-showloaded"],
        source: "lsmp(1) (macOS: lists a process's Mach ports), kextstat(8) (lists loaded kernel extensions); HackTricks macOS IPC (sudo lsmp -p 1)",
        opts: Opts::Except { bad: NONE },
        modes: &[],
        operands: Operands::Names,
        clean: &["sudo lsmp -p 1", "sudo kextstat -l"],
        asked: NONE,
    },
    RootReader {
        names: &["lsof", "ss", "netstat", "ps", "pgrep", "fuser", "pidof", "top", "iotop", "free", "vmstat", "uptime", "who", "w", "last", "lastb", "lastlog"],
        source: "man:lsof(8), ss(8) (-K kills sockets), netstat(8), ps(1), pgrep(1), fuser(1) (-k kills), top(1), iotop(8), last(1) (list processes, sockets and logins)",
        opts: Opts::Except { bad: &["-K", "--kill", "-k+"] },
        modes: &[],
        operands: Operands::Names,
        clean: &["sudo lsof -i :8080", "sudo ss -tulpn", "sudo netstat -plant", "sudo ps -fp 1234", "sudo last -n 20"],
        asked: &["sudo ss -K dst 10.0.0.1", "sudo fuser -k 80/tcp"],
    },
    RootReader {
        names: &["mandb"],
        source: "man:mandb(8) (rebuilds the manual page index caches in /var/cache/man, its own files)",
        opts: Opts::Only { flags: &["-q", "-f", "-c", "-s", "-p", "-t", "--quiet", "--no-straycats", "--no-purge", "--test", "--create"], values: NONE },
        modes: &[],
        operands: Operands::Names,
        clean: &["sudo mandb -q", "sudo mandb -f"],
        asked: &["sudo mandb -C /root/man.conf"],
    },
    RootReader {
        names: &["smartctl"],
        source: "man:smartctl(8) (-a/-A/-i/-H/-x/-c/-l report, -t starts the drive's own self-test; -s, -o, -S and --set change the drive's settings)",
        opts: Opts::Only {
            flags: &["-a", "-A", "-i", "-H", "-x", "-c", "--all", "--xall", "--info", "--health", "--attributes", "--capabilities", "--scan", "--scan-open", "-j", "--json"],
            values: &["-d", "-l", "-t", "-q", "-f", "-n", "-T", "--device", "--log", "--test", "--quietmode", "--format", "--nocheck", "--tolerance"],
        },
        modes: &[],
        operands: Operands::Names,
        clean: &["sudo smartctl -A /dev/sdb", "sudo smartctl -t long /dev/sdb", "sudo smartctl -a -d sat /dev/sda"],
        asked: &["sudo smartctl -s off /dev/sdb", "sudo smartctl --set=standby,now /dev/sdb"],
    },
    RootReader {
        names: &["spctl"],
        source: "man:spctl(8) (macOS Gatekeeper: --status, --list and --assess read its state and rules; --enable, --disable, --add, --remove change them)",
        opts: Opts::Only { flags: &["--status", "--list", "--assess", "-a", "-v", "--verbose", "-vv", "--raw"], values: &["--type", "-t", "--label", "--context"] },
        modes: &[],
        operands: Operands::Names,
        clean: &["sudo spctl --list", "sudo spctl --status", "sudo spctl --assess -v /Applications/App.app"],
        asked: &["sudo spctl --master-disable", "sudo spctl --add --label Approved /tmp/x.app"],
    },
    RootReader {
        names: &["systemctl"],
        source: "man:systemctl(1) (status, show, cat, list-*, is-* and get-default report units and their state; every other command starts, stops, enables, edits or masks them); ruancsd, session 43: `sudo systemctl status nginx` was asked",
        opts: Opts::Except { bad: &["-H", "--host", "-M", "--machine"] },
        modes: &[&["status|show|cat|list-units|list-unit-files|list-timers|list-sockets|list-dependencies|list-jobs|is-active|is-enabled|is-failed|is-system-running|get-default|show-environment"]],
        operands: Operands::Names,
        clean: &["sudo systemctl status nginx", "sudo systemctl list-units --failed", "sudo systemctl is-active docker", "sudo systemctl cat nginx.service"],
        asked: &["sudo systemctl restart nginx", "sudo systemctl enable --now evil.service", "sudo systemctl status -H root@10.0.0.5 nginx"],
    },
    RootReader {
        names: &["tcptraceroute", "traceroute", "traceroute6", "mtr", "tracepath"],
        source: "man:traceroute(8), tcptraceroute(1), mtr(8) (root for raw-socket probes; they send a few packets to the host)",
        opts: Opts::Except { bad: NONE },
        modes: &[],
        operands: Operands::Names,
        clean: &["sudo traceroute google.com", "sudo tcptraceroute -n github.com 443", "sudo mtr -rwc 10 example.com"],
        asked: NONE,
    },
    RootReader {
        names: &["ufw"],
        source: "man:ufw(8) (status, show and app list/info report; every other command changes the firewall)",
        opts: Opts::Only { flags: &["--dry-run"], values: NONE },
        modes: &[&["status"], &["show"], &["app", "list|info"], &["version"]],
        operands: Operands::Names,
        clean: &["sudo ufw status numbered", "sudo ufw app list", "sudo ufw app info OpenSSH", "sudo ufw status verbose"],
        asked: &["sudo ufw disable", "sudo ufw allow 22/tcp", "sudo ufw app update all"],
    },
];

/// The row for a program name.
pub fn root_reader(name: &str) -> Option<&'static RootReader> {
    ROOT_READERS.iter().find(|r| r.names.contains(&name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_rows_sorted() {
        let mut seen = std::collections::BTreeSet::new();
        for r in ROOT_READERS {
            for n in r.names {
                assert!(seen.insert(*n), "{n} is in two rows");
            }
        }
        let firsts: Vec<&str> = ROOT_READERS
            .iter()
            .filter_map(|r| r.names.first().copied())
            .collect();
        let mut sorted = firsts.clone();
        sorted.sort_unstable();
        assert_eq!(firsts, sorted);
    }

    #[test]
    fn every_row_has_a_clean_example_under_a_root_wrapper() {
        for r in ROOT_READERS {
            assert!(!r.clean.is_empty(), "{:?}", r.names);
            for ex in r.clean.iter().chain(r.asked) {
                assert!(ex.starts_with("sudo "), "{ex}");
                assert!(
                    r.names.iter().any(|n| ex.split(' ').nth(1) == Some(*n)),
                    "{ex} does not run {:?}",
                    r.names
                );
            }
        }
    }

    /// A row's allowed flags and valued options do not overlap: a word
    /// read as a value would hide an operand (`wc -c /root/x`).
    #[test]
    fn flags_and_values_are_apart() {
        for r in ROOT_READERS {
            if let Opts::Only { flags, values } = r.opts {
                for v in values {
                    assert!(!flags.contains(v), "{:?}: {v} is both", r.names);
                }
            }
        }
    }

    /// Only trees that root owns: a file the agent can plant a symbolic
    /// link in (the project, /tmp, /media) would hand root's reach to it.
    #[test]
    fn readable_roots_are_roots_own() {
        for r in ROOT_READABLE {
            assert!(r.starts_with('/') && !r.ends_with('/'), "{r}");
            assert!(
                ![
                    "/home",
                    "/root",
                    "/tmp",
                    "/var/tmp",
                    "/media",
                    "/mnt",
                    "/opt",
                    "/dev",
                    "/var/lib",
                    "/usr/local"
                ]
                .iter()
                .any(|u| r.starts_with(u)),
                "{r}"
            );
        }
    }
}
