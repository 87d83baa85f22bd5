//! Archivers that delete what they pack (tar's `--remove-files`, zip's
//! `-m`): judged as a recursive removal of their operands.

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
