//! Samba's client: what it copies to a share.

use super::*;

impl Walker<'_> {
    /// smbclient's commands (`-c 'put F; mput *.sql'`) and tar mode
    /// (`-T c ARCHIVE FILES`): local files sent to the share.
    pub(super) fn smb_uploads(&mut self, vals: &[&str], text: &str) {
        self.out.effects.egress = true;
        let commands = vals.iter().enumerate().filter_map(|(i, v)| match *v {
            "-c" | "--command" => vals.get(i + 1).copied(),
            _ => v.strip_prefix("--command="),
        });
        let mut files: Vec<&str> = Vec::new();
        for c in commands {
            for part in c.split(';') {
                let mut words = part.split_whitespace();
                if matches!(words.next(), Some("put" | "mput" | "append" | "reput")) {
                    files.extend(words.take(1));
                }
            }
        }
        let tar_create = vals.iter().enumerate().any(|(i, v)| {
            v.starts_with("-T")
                && (v.get(2..).is_some_and(|r| r.starts_with('c'))
                    || vals.get(i + 1).is_some_and(|n| n.starts_with('c')))
        });
        if files.is_empty() && !tar_create {
            return;
        }
        let secret = files.iter().any(|f| {
            paths::credential(f).is_some()
                || paths::absolute(f, f, f.starts_with('~'), &self.ctx).is_some_and(|a| {
                    paths::credential(&a).is_some() || paths::credential_dir(&a).is_some()
                })
        });
        self.find(
            Exfil,
            if secret { Critical } else { High },
            "copies local files to a network share (smbclient)",
            text,
        );
    }
}
