//! What a command certainly makes: the destinations it writes, judged as
//! writes there (the target of a copy, move, install or link, a file or
//! the directory it lands in; tee's and sponge's files; dd's `of=`;
//! rsync's local destination), and the links it makes to places whose
//! other names would go unseen.
//!
//! What a known name there means (`/etc/sudoers`, a PATH directory, a
//! start-up file) is [`paths::trust_target`]'s, judged over every operand
//! in `generic_args`. This adds the rest of the machine's own directories
//! ([`paths::system_write`]: `/usr/share`, `/var/lib`, `/var/www`): only
//! for a destination, never for an operand that may be read (kitsun,
//! session 48: `cp nc.exe /var/www/html` passed while `cp nc.exe
//! /var/www/html/` asked).

use super::*;

impl<'c> Walker<'c> {
    /// A destination of `name VALS` in a system directory: a change of the
    /// machine (self-escalation, medium).
    pub(super) fn system_destinations(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        for dest in destinations(name, vals) {
            let Some(abs) = paths::absolute(dest, dest, dest.starts_with('~'), &self.ctx) else {
                continue;
            };
            if paths::trust_target(&abs, &self.ctx).is_some() {
                continue;
            }
            if let Some((sev, what)) = paths::system_write(&abs, &self.ctx) {
                self.find(
                    SelfEsc,
                    sev,
                    format!("changes {what} ({abs})"),
                    &site.cmd.text,
                );
            }
        }
    }
}

impl Walker<'_> {
    /// `ln -s TARGET LINK` to one of agentgate's own paths, a directory
    /// above one (the home, /etc, the root), or a credential directory:
    /// LINK is another name for it, and what the line does through that
    /// name is judged by the name (`ln -s ~ h; find h/ | cpio -o`,
    /// regressions_s30; `ln -s ~/.local/state/agentgate s; rm -rf s/`).
    /// A copy only reads its sources (`guard::judge_args`), so the link is
    /// where this is seen.
    pub(super) fn link_alias(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        let symbolic = vals.iter().any(|v| {
            *v == "--symbolic" || (v.starts_with('-') && !v.starts_with("--") && v.contains('s'))
        });
        if !matches!(name, "ln" | "gln") || !symbolic {
            return;
        }
        let takes = |v: &str| matches!(v, "-S" | "--suffix" | "-t" | "--target-directory");
        let ops = knowledge::operands(vals, &takes, true);
        let by_dir = vals
            .iter()
            .any(|v| *v == "-t" || v.starts_with("--target-directory"));
        let targets = match ops.split_last() {
            Some((_, rest)) if !rest.is_empty() && !by_dir => rest,
            _ => ops.as_slice(),
        };
        for t in targets.iter().filter_map(|i| vals.get(*i)) {
            let Some(abs) = paths::absolute(t, t, t.starts_with('~'), &self.ctx) else {
                continue;
            };
            if let Some((rel, g)) = guard::relation(&abs, &self.ctx) {
                let (sev, cat) = match rel {
                    guard::Relation::Inside => (High, SelfEsc),
                    guard::Relation::Above => (Medium, Unverifiable),
                };
                self.find(
                    cat,
                    sev,
                    format!("makes a link to {abs}, which holds {}: what is done through the link cannot be checked", g.what),
                    &site.cmd.text,
                );
            } else if let Some(what) = paths::credential_dir(&abs) {
                self.find(
                    Unverifiable,
                    Medium,
                    format!("makes a link to {abs}, which holds {what}: what is done through the link cannot be checked"),
                    &site.cmd.text,
                );
            }
        }
    }
}

/// The words of `vals` that `name` certainly writes.
fn destinations<'v>(name: &str, vals: &[&'v str]) -> Vec<&'v str> {
    match name {
        "cp" | "mv" | "install" | "ln" | "gcp" | "gmv" | "ginstall" | "gln" => {
            // `install -d DIR...`: every operand is a directory made.
            let makes_dirs = name.ends_with("install")
                && vals.iter().any(|v| {
                    *v == "--directory"
                        || (!v.starts_with("--") && v.starts_with('-') && v.contains('d'))
                });
            if makes_dirs {
                let takes = crate::guard::copy_option_takes_value;
                return knowledge::operands(vals, &takes, true)
                    .iter()
                    .filter_map(|i| vals.get(*i).copied())
                    .collect();
            }
            // Written whatever the shape: an option among the operands
            // only makes the guard judge every word.
            guard::copy_target(name, vals)
                .and_then(|t| vals.get(t.index).copied())
                .map(|w| w.strip_prefix("--target-directory=").unwrap_or(w))
                .into_iter()
                .collect()
        }
        // moreutils' sponge soaks up its input, then writes the file.
        "tee" | "sponge" => {
            let takes = |_: &str| false;
            knowledge::operands(vals, &takes, false)
                .iter()
                .filter_map(|i| vals.get(*i).copied())
                .collect()
        }
        "dd" => vals.iter().filter_map(|v| v.strip_prefix("of=")).collect(),
        "rsync" => {
            let row = agentgate_commands::program("rsync");
            let opts = row.map(knowledge::value_options).unwrap_or_default();
            let takes = |v: &str| opts.contains(&v);
            let ops = knowledge::operands(vals, &takes, true);
            if ops.len() < 2 {
                return Vec::new();
            }
            // A remote destination (`host:path`, `rsync://`) is another
            // machine's file.
            ops.last()
                .and_then(|i| vals.get(*i))
                .filter(|d| !d.contains(':'))
                .copied()
                .into_iter()
                .collect()
        }
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::destinations;

    #[test]
    fn destinations_of_each_writer() {
        let d = |name: &str, words: &str| {
            let vals: Vec<&str> = words.split_whitespace().collect();
            destinations(name, &vals)
                .into_iter()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        assert_eq!(d("cp", "-r a b /x"), ["/x"]);
        assert_eq!(d("cp", "-t /x a b"), ["/x"]);
        assert_eq!(d("cp", "-vt /x a"), ["/x"]);
        assert_eq!(d("cp", "--target-directory=/x a"), ["/x"]);
        assert_eq!(d("cp", "-S .bak a /x"), ["/x"]);
        assert!(d("cp", "a").is_empty());
        assert_eq!(d("install", "-d /x /y"), ["/x", "/y"]);
        assert_eq!(d("install", "-m 644 a /x"), ["/x"]);
        assert_eq!(d("ln", "-sf /t /x"), ["/x"]);
        assert_eq!(d("tee", "-a /x /y"), ["/x", "/y"]);
        assert_eq!(d("sponge", "-a /x"), ["/x"]);
        assert_eq!(d("dd", "if=/a of=/x bs=1k"), ["/x"]);
        assert_eq!(d("rsync", "-a --exclude /e src/ /x"), ["/x"]);
        assert!(d("rsync", "-a src/ host:/x").is_empty());
        assert!(d("cat", "/x").is_empty());
    }
}
