//! Raw disks: a program handed a disk or partition device reads or
//! writes every file on it past their permissions (ATT&CK T1006, Direct
//! Volume Access: `cat /dev/sda`, `dd if=/dev/nvme0n1 of=disk.img`,
//! `strings /dev/sda1 | grep password`), or changes the device itself
//! (`blockdev --setro /dev/hda4`, `e2label /dev/sda1 x`, `pvchange -x n
//! /dev/sdb1`, `losetup /dev/loop1 img`).
//!
//! One generic reading instead of a row per administration program
//! (session 30: the tail of disk tools in jaywcjlove/linux-command did not
//! converge row by row). Clean are only the calls known to read the
//! device's structure, not its files: a program that only names it
//! (`agentgate_commands::DEVICE_NAMERS`), a reading call of
//! `agentgate_commands::ROOT_READERS` (`blkid`, `smartctl -A`, `hdparm
//! -T`, `fsck -n`, `blockdev --getsize64`), and the partitioning tools'
//! listing modes (`disk_tool_reads`). A program known to print
//! what it reads is reading credentials; anything else is asked about as
//! unverifiable. Writes the engine already knows (`dd of=/dev/sda`,
//! `mkfs`, `> /dev/sda`) keep their own, stronger findings.

use agentgate_commands::root_reader;

use super::*;

/// `docker run`'s (and podman's) options that limit a device's I/O
/// (https://docs.docker.com/reference/cli/docker/container/run/).
const IO_LIMITS: &[&str] = &[
    "--blkio-weight-device",
    "--device-read-bps",
    "--device-read-iops",
    "--device-write-bps",
    "--device-write-iops",
];

impl Walker<'_> {
    /// Judges the raw disks among a command's operands, `KEY=VALUE` values
    /// (`dd if=/dev/sda`) and input redirections.
    pub(super) fn raw_disks(
        &mut self,
        site: Site<'_>,
        name: &str,
        rest: &[Arg<'_>],
        vals: &[&str],
    ) {
        let mut disks: Vec<String> = Vec::new();
        // grep's first operand is its pattern (`mount | grep /dev/sdb`:
        // l101f, session 52), unless `-e` or `-f` give it.
        let pattern =
            matches!(name, "grep" | "egrep" | "fgrep" | "zgrep" | "rg") && !pattern_by_option(vals);
        let pattern_at = rest.iter().position(|a| !a.v().starts_with('-'));
        for (i, a) in rest.iter().enumerate() {
            if pattern && Some(i) == pattern_at {
                continue;
            }
            // A container's I/O limits name a disk they throttle, not one
            // they hand in (`docker run --blkio-weight-device /dev/sda:200`:
            // the Docker CLI's docs, session 67).
            let prev = i.checked_sub(1).and_then(|p| rest.get(p)).map(Arg::v);
            let limit = |v: &str| {
                IO_LIMITS
                    .iter()
                    .any(|o| v.strip_prefix(o).is_some_and(|r| r.starts_with('=')))
            };
            if prev.is_some_and(|p| IO_LIMITS.contains(&p)) || limit(a.v()) {
                continue;
            }
            for p in self.arg_paths(a) {
                if is_raw_disk(&p) && !disks.contains(&p) {
                    disks.push(p);
                }
            }
        }
        for r in &site.cmd.redirects {
            let reads = matches!(r.kind, RedirectKind::Read | RedirectKind::ReadWrite);
            if let (true, Some(t)) = (reads, r.target.as_ref()) {
                // `d=/dev/sda; cat < $d`: the word bash reads from.
                let bound = self.bound_target(t);
                let v = bound.as_ref().unwrap_or(t).value_or_raw();
                if is_raw_disk(v) && !disks.iter().any(|d| d == v) {
                    disks.push(v.to_owned());
                }
            }
        }
        let Some(first) = disks.first() else {
            return;
        };
        if self.reads_device_structure(name, vals) {
            return;
        }
        let text = &site.cmd.text;
        let more = if disks.len() > 1 { " and others" } else { "" };
        let prints = agentgate_commands::PURE_READERS.contains(&name) || READERS.contains(&name);
        if prints || matches!(name, "dd" | "cp" | "pv") {
            self.find(
                Cred,
                Medium,
                format!(
                    "reads the raw disk {first}{more}: every file on it, past their permissions"
                ),
                text,
            );
        } else {
            self.find(
                Unverifiable,
                Medium,
                format!("hands the raw disk {first}{more} to {name}, which may read or change every file on it"),
                text,
            );
        }
    }

    /// Whether the call only reads a device's structure (its size, label,
    /// partitions, health), never the files on it.
    fn reads_device_structure(&self, name: &str, vals: &[&str]) -> bool {
        if agentgate_commands::DEVICE_NAMERS.contains(&name) {
            return true;
        }
        if system::DISK_TOOLS.contains(&name) {
            return disk_tool_reads(name, vals);
        }
        // A reader's row whose operands are names (devices), not files
        // whose content it prints: `cat` is a root reader of /var/log, and
        // still reads the raw disk.
        root_reader(name)
            .filter(|r| r.operands == agentgate_commands::Operands::Names)
            .is_some_and(|r| self.reads(r, vals))
    }
}

/// A disk, a partition or a volume built on them: `/dev/sda`,
/// `/dev/nvme0n1p2`, `/dev/mapper/root`, `/dev/disk/by-uuid/...`, a loop
/// device, an md array, a floppy.
pub(super) fn is_raw_disk(path: &str) -> bool {
    path.strip_prefix("/dev/").is_some_and(|dev| {
        is_disk_device(dev)
            || dev == "root"
            || dev.starts_with("nbd")
            || dev
                .strip_prefix("fd")
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// Whether a call of a partitioning tool only reads: its listing and
/// dumping modes, or asking it for help or its version (`cfdisk
/// --version` was denied: l101c, session 29). Also what `sudo` may run
/// without asking (`asroot.rs`).
pub(super) fn disk_tool_reads(name: &str, vals: &[&str]) -> bool {
    if super::lists::only_asks_itself(vals) {
        return true;
    }
    // Listing needs a listing option and nothing else that acts (`sgdisk
    // -p -Z` zaps; `parted DEV rm 1 print` removes, then prints).
    let options: Vec<&str> = vals
        .iter()
        .copied()
        .filter(|v| v.starts_with('-'))
        .collect();
    let only = |set: &[&str]| {
        options
            .iter()
            .all(|o| set.contains(o) || o.starts_with("--color"))
    };
    let any = |set: &[&str]| options.iter().any(|o| set.contains(o));
    const FDISK: &[&str] = &[
        "-l",
        "--list",
        "-d",
        "--dump",
        "-s",
        "--show-size",
        "-J",
        "--json",
        "-V",
        "--verify",
        "-g",
        "--show-geometry",
        "-F",
        "--list-free",
        "-x",
        "--list-details",
    ];
    const QUIET: &[&str] = &["-q", "--quiet", "-n", "--no-act"];
    const SGDISK: &[&str] = &["-p", "--print", "-v", "--verify", "-O", "--print-mbr"];
    match name {
        // fdisk's listing modes, with what only changes the display (units,
        // sector size, columns, colour), in clusters too (`-lu`: htfor,
        // session 37).
        "fdisk" => {
            const DISPLAY: &[&str] = &[
                "-u",
                "-b",
                "-o",
                "-L",
                "--units",
                "--sector-size",
                "--output",
                "--color",
            ];
            let words: Vec<String> = options
                .iter()
                .flat_map(
                    |o| match o.strip_prefix('-').filter(|r| !r.starts_with('-')) {
                        Some(cluster) => {
                            cluster.chars().map(|c| format!("-{c}")).collect::<Vec<_>>()
                        }
                        None => vec![o.split('=').next().unwrap_or(o).to_owned()],
                    },
                )
                .collect();
            words.iter().any(|w| FDISK.contains(&w.as_str()))
                && words.iter().all(|w| {
                    let w = w.as_str();
                    FDISK.contains(&w) || QUIET.contains(&w) || DISPLAY.contains(&w)
                })
        }
        "sfdisk" | "cfdisk" => {
            any(FDISK)
                && options
                    .iter()
                    .all(|o| FDISK.contains(o) || QUIET.contains(o))
        }
        "parted" => {
            let operands: Vec<&str> = vals
                .iter()
                .copied()
                .filter(|v| !v.starts_with('-'))
                .collect();
            only(&["-l", "--list", "-s", "--script", "-m", "--machine"])
                && (any(&["-l", "--list"])
                    || operands.len() > 1
                        && operands
                            .iter()
                            .skip(1)
                            .all(|o| matches!(*o, "print" | "p" | "help" | "version")))
        }
        "sgdisk" => any(SGDISK) && only(SGDISK),
        // Without -a or -o, wipefs lists the signatures it finds.
        "wipefs" => !vals.iter().any(|v| {
            matches!(*v, "-o" | "--offset" | "--all")
                || v.starts_with("--offset=")
                || v.starts_with('-') && !v.starts_with("--") && v.contains(['a', 'o'])
        }),
        _ => false,
    }
}

/// Whether a `/dev/` name is a disk or partition.
pub(super) fn is_disk_device(dev: &str) -> bool {
    [
        "sd", "hd", "vd", "xvd", "nvme", "mmcblk", "disk", "rdisk", "md", "dm-", "mapper/", "loop",
    ]
    .iter()
    .any(|p| dev.starts_with(p))
}

/// Whether a `/dev/` name is a tape drive (`st0`, `nst0`, BSD's `sa0` and
/// `nsa0`; not `stdout`): what a write puts there replaces what the tape
/// held (l101e, session 52). Reading one is an archive's reading.
pub(super) fn is_tape_device(dev: &str) -> bool {
    ["st", "nst", "sa", "nsa"].iter().any(|p| {
        dev.strip_prefix(p)
            .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()))
    })
}

#[cfg(test)]
mod tests {
    use super::is_raw_disk;

    #[test]
    fn raw_disks_are_disks() {
        for d in [
            "/dev/sda",
            "/dev/sdb1",
            "/dev/hda4",
            "/dev/nvme0n1p2",
            "/dev/mapper/vg-root",
            "/dev/disk/by-uuid/1234",
            "/dev/loop1",
            "/dev/md0",
            "/dev/fd0",
            "/dev/root",
            "/dev/xvda",
            "/dev/mmcblk0",
        ] {
            assert!(is_raw_disk(d), "{d}");
        }
        for d in [
            "/dev/null",
            "/dev/zero",
            "/dev/stdin",
            "/dev/tty",
            "/dev/shm/x",
            "/dev/fd/0",
            "/dev/urandom",
            "sda",
        ] {
            assert!(!is_raw_disk(d), "{d}");
        }
    }
}
