//! Deleting and overwriting: `rm` and its severity ladder, `dd`, `shred`,
//! and permission changes.

use super::*;
use agentgate_commands::CacheHit;

impl<'c> Walker<'c> {
    pub(super) fn rm(&mut self, site: Site<'_>, rest: &[Arg<'_>], vals: &[&str]) {
        self.remove(site, rest, vals, false);
    }

    /// Removes its operands as `rm -rf` does, whatever its options say
    /// (npm's `rimraf`, `del-cli`: recursive and forced by design).
    pub(super) fn rm_rf(&mut self, site: Site<'_>, rest: &[Arg<'_>], vals: &[&str]) {
        self.remove(site, rest, vals, true);
    }

    fn remove(&mut self, site: Site<'_>, rest: &[Arg<'_>], vals: &[&str], always: bool) {
        let text = &site.cmd.text;
        let mut recursive = always;
        let mut operands = Vec::new();
        let mut after_dd = false;
        for (a, v) in rest.iter().zip(vals) {
            if !after_dd && *v == "--" {
                after_dd = true;
                continue;
            }
            if !after_dd && v.starts_with("--") {
                recursive |= *v == "--recursive";
                if *v == "--no-preserve-root" {
                    self.find(Destr, Critical, "disables rm's protection of /", text);
                }
                continue;
            }
            if !after_dd && v.starts_with('-') && v.len() > 1 {
                recursive |= v.contains('r') || v.contains('R');
                continue;
            }
            operands.push(*a);
        }
        for a in operands {
            // `rm ~/.ssh/{id_rsa,id_ed25519}`: one path per word bash makes.
            if a.word.brace_expansion && !a.dynamic() {
                for k in self.arg_paths(&a) {
                    let glob = k.contains(['*', '?', '[']);
                    self.removal_target(&k, &k, glob, recursive, text);
                }
                continue;
            }
            // A value known from earlier in the line (`d=~; rm -rf "$d"`) is
            // judged as that value; one that cannot be known is unverifiable.
            if a.dynamic() && !a.word.tilde && !Self::home_based(&a.word.raw) {
                let known = self.arg_paths(&a);
                if !known.is_empty() {
                    for k in known {
                        let glob = k.contains(['*', '?', '[']);
                        self.removal_target(&k, &k, glob, recursive, text);
                    }
                    continue;
                }
                let before = self.out.findings.len();
                self.removal_target(a.v(), &a.word.raw, a.word.glob, recursive, text);
                // `rm -rf "vendor/${X}"`: whatever X is, the deletion stays in
                // a subdirectory of the project.
                let confined = self.confined_prefix(&a.word.raw);
                // `rm -rf $(find . -name __pycache__)`: judged as the
                // listing piped into xargs rm (`listing.rs`).
                let listed = super::listing::listing_substitution(&a.word.raw).is_some();
                if recursive && !confined && !listed && self.out.findings.len() == before {
                    self.find(
                        Unverifiable,
                        Medium,
                        format!(
                            "deletes {}, whose value cannot be known before it runs",
                            a.word.raw
                        ),
                        text,
                    );
                }
                continue;
            }
            let relative = !a.v().starts_with('/') && !a.word.tilde;
            if self.cwd_unknown && relative && recursive {
                let everything = matches!(a.v(), "*" | "." | ".." | "./*" | ".*");
                self.find(
                    Unverifiable,
                    if everything { High } else { Medium },
                    format!(
                        "deletes {} after a cd to a directory that cannot be known before it runs",
                        a.word.raw
                    ),
                    text,
                );
                continue;
            }
            self.removal_target(a.v(), &a.word.raw, a.word.glob, recursive, text);
            if a.word.tilde || a.v().contains("_history") {
                if let Some(abs) = paths::absolute(a.v(), &a.word.raw, a.word.tilde, &self.ctx) {
                    if abs.ends_with("_history") {
                        self.find(Obf, Medium, "deletes shell history (hides what ran)", text);
                    }
                }
            }
        }
    }

    /// `"vendor/${X}"`: whatever X is, the path stays in a subdirectory of
    /// the project.
    pub(super) fn confined_prefix(&self, raw: &str) -> bool {
        let prefix: String = raw
            .split(['$', '`'])
            .next()
            .unwrap_or("")
            .chars()
            .filter(|c| *c != '"' && *c != '\'')
            .collect();
        prefix.contains('/')
            && paths::absolute(&prefix, &prefix, false, &self.ctx).is_some_and(|p| {
                paths::within(&p, &self.ctx.project_dir) && p != self.ctx.project_dir
            })
    }

    /// One path that `rm`, `find -delete` or a `shutil.rmtree` would remove.
    pub(super) fn removal_target(
        &mut self,
        value: &str,
        raw: &str,
        glob: bool,
        recursive: bool,
        text: &str,
    ) {
        let home = self.ctx.home.clone();
        let raw_t = raw.trim_matches('"');
        // `rm -rf "$DIR/"*`: an unset variable makes this `/`.
        if (raw_t.starts_with('$') || raw_t.starts_with("\"$") || raw_t.starts_with("${"))
            && !paths::starts_with_home_var(raw_t)
            && !raw_t.starts_with("$PWD")
            && recursive
        {
            let after = raw_t
                .trim_start_matches("${")
                .trim_start_matches('$')
                .trim_start_matches(|c: char| {
                    c.is_ascii_alphanumeric() || c == '_' || c == '}' || c == '"'
                });
            if after.starts_with('/') && !raw_t.contains(":?") {
                let sev = if after.trim_end_matches(['*', '/', '"']).is_empty() {
                    High
                } else {
                    Medium
                };
                self.find(
                    Destr,
                    sev,
                    format!("deletes {raw}, which becomes a path under / if the variable is unset"),
                    text,
                );
            }
            return;
        }
        let tilde = raw.starts_with('~');
        let Some(abs) = paths::absolute(value, raw, tilde, &self.ctx) else {
            return;
        };
        let trimmed = value.trim_end_matches('/');
        let bare_star = matches!(trimmed, "*" | ".*" | "./*" | "./.*");
        if abs == "/"
            || (glob && paths::normalize(&abs.replace('*', "")) == "/")
            || value.starts_with("/*")
        {
            return self.find(Destr, Critical, "deletes the whole filesystem", text);
        }
        if abs == home
            || (paths::within(&abs, &home)
                && glob
                && paths::normalize(abs.trim_end_matches('*')) == home)
        {
            return self.find(Destr, Critical, "deletes the home directory", text);
        }
        if !recursive && !glob {
            // Single files: system, credential and the user's other files.
            if paths::within(&abs, &self.ctx.project_dir) {
                return;
            }
            if let Some((_, what)) = paths::credential(&abs) {
                self.find(Destr, High, format!("deletes {what} ({value})"), text);
            } else if paths::is_system_dir(&abs) && !paths::within(&abs, &home) {
                self.find(Destr, High, format!("deletes the system file {abs}"), text);
            } else if paths::within(&abs, &home) && !home_cache(&abs, &home) && !self.fetched(&abs)
            {
                self.find(
                    Destr,
                    Medium,
                    format!("deletes {value}, a file in the home directory outside the project"),
                    text,
                );
            }
            return;
        }
        let project = self.ctx.project_dir.clone();
        if abs == project || paths::within(&project, &abs) {
            return self.find(
                Destr,
                High,
                format!("deletes the whole project ({value})"),
                text,
            );
        }
        if paths::within(&abs, &project) {
            let rel = abs.get(project.len() + 1..).unwrap_or("");
            if bare_star && rel.is_empty() || rel == "*" {
                return self.find(Destr, High, "deletes everything in the project", text);
            }
            // `.git/modules/NAME`: one submodule's clone, removed with it
            // as gitsubmodules(7) says (gfr, session 67).
            let submodule = rel
                .strip_prefix(".git/modules/")
                .is_some_and(|n| !n.is_empty() && !n.contains(['*', '?', '[', '{']));
            if rel == ".git"
                || rel.starts_with(".git/") && !rel.starts_with(".git/hooks") && !submodule
            {
                return self.find(Destr, High, "deletes the repository history (.git)", text);
            }
            if glob || submodule || paths::regenerated_path(rel) {
                return;
            }
            let regenerated = self
                .recreated
                .iter()
                .any(|r| r == &abs || paths::within(r, &abs));
            if recursive && !regenerated {
                self.find(
                    Destr,
                    Medium,
                    format!("recursively deletes {value}, which may hold uncommitted work"),
                    text,
                );
            }
            return;
        }
        if paths::within(&abs, &home) {
            let rel = abs.get(home.len() + 1..).unwrap_or("");
            match cache_hit(&abs, &home) {
                Some(CacheHit::Inside(_)) => return,
                Some(CacheHit::WholeRoot(c)) => {
                    let what = c.made_by;
                    let why = format!("empties {what} ({value}): every tool's cache at once");
                    return self.find(Destr, Medium, why, text);
                }
                None => {}
            }
            let sev = if rel.contains('/') { High } else { Critical };
            let sev = if matches!(rel, ".ssh" | ".gnupg" | ".aws" | ".config") {
                Critical
            } else {
                sev
            };
            return self.find(
                Destr,
                sev,
                format!("deletes {value} in the home directory, outside the project"),
                text,
            );
        }
        // Scratch space only after home: a home directory under /tmp (CI
        // runners, containers) is still a home directory.
        if let Some(tmp) = paths::temp_root(&abs) {
            if abs == *tmp || (glob && paths::normalize(abs.trim_end_matches('*')) == *tmp) {
                self.find(
                    Destr,
                    Medium,
                    format!("deletes everything under {tmp}"),
                    text,
                );
            }
            return;
        }
        if paths::is_system_dir(&abs) {
            let depth = paths::system_path(&abs).matches('/').count();
            return self.find(
                Destr,
                if depth <= 2 { Critical } else { High },
                format!("deletes the system path {abs}"),
                text,
            );
        }
        // rm without -r removes only the files a glob matches (flydocs
        // part 3: `rm -f /data/x.*.lock` was denied as recursive): asked.
        let (sev, how) = match recursive {
            true => (High, "recursively deletes"),
            false => (Medium, "deletes the files matching"),
        };
        self.find(
            Destr,
            sev,
            format!("{how} {abs}, outside the project"),
            text,
        );
    }

    /// `mv SRC... DEST`: a credential file moved out of its store can be
    /// read later as an ordinary file (and what used it breaks); the
    /// user's files moved out of their place in the home directory are
    /// gone from where they were; `mv X /dev/null` deletes X.
    pub(super) fn mv(&mut self, site: Site<'_>, rest: &[Arg<'_>]) {
        let text = &site.cmd.text;
        let (sources, dest) = mv_operands(rest);
        let Some(dest) = dest else {
            return;
        };
        if matches!(dest.as_str(), "/dev/null" | "/dev/zero") {
            for src in sources {
                self.removal_target(src.v(), &src.word.raw, src.word.glob, true, text);
            }
            return;
        }
        for src in sources {
            self.moved_away(src, &dest, text);
        }
    }

    /// One source of a move (`mv`, `rsync --remove-source-files`) to
    /// `dest`: a credential leaving its store, or the user's file leaving
    /// its place in the home directory.
    pub(super) fn moved_away(&mut self, src: &Arg<'_>, dest: &str, text: &str) {
        let dest_abs = paths::absolute(dest, dest, dest.starts_with('~'), &self.ctx);
        let home = self.ctx.home.clone();
        let known = self.arg_paths(src);
        let resolved = if known.is_empty() {
            paths::absolute(src.v(), &src.word.raw, src.word.tilde, &self.ctx)
                .into_iter()
                .collect()
        } else {
            known
        };
        for abs in resolved {
            if paths::within(&abs, &self.ctx.project_dir) || abs == home {
                continue;
            }
            let store = paths::credential(&abs)
                .map(|(_, w)| w)
                .or_else(|| paths::credential_dir(&abs));
            if let Some(what) = store {
                let into_store = dest_abs.as_deref().is_some_and(|d| {
                    paths::within_credential_dir(d).is_some() || paths::credential(d).is_some()
                });
                if !into_store {
                    self.find(
                        Cred,
                        High,
                        format!("moves {what} ({}) out of its store to {dest}, where it can be read as an ordinary file", src.v()),
                        text,
                    );
                    continue;
                }
            }
            // `mv ~/* /tmp/`, `mv ~/.* /tmp/`: everything out of the home.
            let everything = abs.ends_with('*')
                && matches!(
                    abs.get(home.len()..),
                    Some("/*" | "/.*" | "/.[!.]*" | "/{*,.*}")
                );
            if paths::within(&abs, &home) && everything {
                self.find(
                    Destr,
                    Critical,
                    format!("moves everything out of the home directory ({})", src.v()),
                    text,
                );
            } else if paths::within(&abs, &home) {
                if !home_cache(&abs, &home) {
                    self.find(
                        Destr,
                        Medium,
                        format!(
                            "moves {} out of its place in the home directory, outside the project",
                            src.v()
                        ),
                        text,
                    );
                }
            } else if paths::is_system_dir(&abs)
                && paths::temp_root(&abs).is_none()
                && !other_users_file(&abs)
            {
                // A system path or another user's home moved away is gone
                // from where everything looks for it, as if deleted: a
                // top-level directory or one right under it (`/usr/bin`,
                // `/home/alice`, `/Users/merlin`) is denied, deeper paths
                // asked about.
                let sev = if abs.matches('/').count() <= 2 {
                    High
                } else {
                    Medium
                };
                self.find(
                    Destr,
                    sev,
                    format!("moves the system path {abs} away (as good as deleting it there)"),
                    text,
                );
            }
        }
    }

    /// `rsync --delete SRC... DEST` on this machine: files in DEST that
    /// SRC lacks are deleted (`rsync -a --delete /empty/ ~/` empties the
    /// home directory), so DEST is judged as a recursive deletion.
    pub(super) fn rsync_delete(&mut self, site: Site<'_>, rest: &[Arg<'_>]) {
        const VALUE_OPTS: &[&str] = &[
            "-e",
            "-f",
            "-B",
            "-T",
            "-M",
            "-@",
            "--rsh",
            "--filter",
            "--exclude",
            "--include",
            "--files-from",
            "--exclude-from",
            "--include-from",
            "--password-file",
            "--backup-dir",
            "--suffix",
            "--temp-dir",
            "--compare-dest",
            "--link-dest",
            "--copy-dest",
            "--partial-dir",
            "--log-file",
            "--chmod",
            "--chown",
            "--port",
        ];
        let mut deletes = false;
        let mut remove_sources = false;
        let mut operands = Vec::new();
        let mut it = rest.iter();
        while let Some(a) = it.next() {
            let v = a.v();
            if v.starts_with("--delete") || v == "--del" {
                deletes = true;
            } else if v == "--remove-source-files" {
                remove_sources = true;
            } else if VALUE_OPTS.contains(&v) {
                it.next();
            } else if !v.starts_with('-') {
                operands.push(a);
            }
        }
        if remove_sources {
            if let Some((dest, sources)) = operands.split_last() {
                for src in sources {
                    self.moved_away(src, dest.v(), &site.cmd.text);
                }
            }
        }
        let Some(dest) = operands.last().filter(|_| deletes && operands.len() >= 2) else {
            return;
        };
        // A remote destination (`host:path`, `rsync://`) is another machine.
        let v = dest.v();
        if v.contains("::")
            || v.starts_with("rsync://")
            || v.split('/').next().is_some_and(|h| h.contains(':'))
        {
            return;
        }
        let before = self.out.findings.len();
        self.removal_target(v, &dest.word.raw, dest.word.glob, true, &site.cmd.text);
        for f in self.out.findings.iter_mut().skip(before) {
            f.reason = format!("{} (rsync --delete mirrors into it)", f.reason);
        }
    }

    pub(super) fn dd(&mut self, site: Site<'_>, vals: &[&str]) {
        let text = &site.cmd.text;
        for v in vals {
            if let Some(of) = v.strip_prefix("of=") {
                if let Some(dev) = of.strip_prefix("/dev/") {
                    if is_disk_device(dev) {
                        self.find(
                            Destr,
                            Critical,
                            format!("overwrites the disk device {of}"),
                            text,
                        );
                    }
                } else if let Some((sev, what)) = paths::trust_target(of, &self.ctx) {
                    self.find(SelfEsc, sev, format!("writes to {what}"), text);
                }
            }
            if let Some(inp) = v.strip_prefix("if=") {
                if let Some((sev, what)) = paths::credential(inp) {
                    self.find(Cred, sev, format!("reads {what}"), text);
                }
            }
        }
    }

    pub(super) fn shred(&mut self, site: Site<'_>, rest: &[Arg<'_>], vals: &[&str]) {
        let text = &site.cmd.text;
        for (a, v) in rest.iter().zip(vals) {
            if v.starts_with('-') {
                continue;
            }
            if let Some(dev) = v.strip_prefix("/dev/") {
                if is_disk_device(dev) {
                    self.find(Destr, Critical, format!("wipes the disk device {v}"), text);
                }
                continue;
            }
            if v.contains("_history") {
                self.find(Obf, Medium, "destroys shell history (hides what ran)", text);
                continue;
            }
            let abs = paths::absolute(v, &a.word.raw, a.word.tilde, &self.ctx).unwrap_or_default();
            let sev = if paths::within(&abs, &self.ctx.project_dir) {
                Medium
            } else {
                High
            };
            self.find(Destr, sev, format!("irrecoverably destroys {v}"), text);
        }
    }

    /// `truncate -s 0 FILE`: the file's content is gone, as if deleted. The
    /// developer's documents and other files outside the project and the
    /// scratch directories are asked about; the project's own files are
    /// its work (`truncate -s 0 build.log`).
    pub(super) fn truncate(&mut self, site: Site<'_>, rest: &[Arg<'_>], vals: &[&str]) {
        let empties = vals.windows(2).any(|w| matches!(w, ["-s", "0"]))
            || vals.iter().any(|v| matches!(*v, "-s0" | "--size=0"));
        if !empties {
            return;
        }
        let mut skip_next = false;
        for (a, v) in rest.iter().zip(vals) {
            if std::mem::take(&mut skip_next) {
                continue;
            }
            if matches!(*v, "-s" | "--size" | "-r" | "--reference") {
                skip_next = true;
                continue;
            }
            if v.starts_with('-') {
                continue;
            }
            let Some(abs) = paths::absolute(v, &a.word.raw, a.word.tilde, &self.ctx) else {
                continue;
            };
            let own = paths::within(&abs, &self.ctx.project_dir)
                || paths::temp_root(&abs).is_some()
                || abs.starts_with("/dev/")
                || abs.starts_with("/proc/");
            if !own {
                self.find(
                    Destr,
                    Medium,
                    format!("empties {v}, outside the project (its content is lost)"),
                    &site.cmd.text,
                );
            }
        }
    }

    pub(super) fn chmod(&mut self, site: Site<'_>, name: &str, rest: &[Arg<'_>], vals: &[&str]) {
        let text = &site.cmd.text;
        let recursive = vals.iter().any(|v| *v == "-R" || *v == "--recursive");
        let mode = vals
            .iter()
            .find(|v| !v.starts_with('-'))
            .copied()
            .unwrap_or("");
        if name == "chmod" {
            let setuid = sets_setuid(mode);
            if setuid {
                self.find(
                    SelfEsc,
                    Critical,
                    "sets the setuid/setgid bit (runs as another user)",
                    text,
                );
            }
        }
        // A file given to root (`chown root:root bash`, olpe session 47):
        // with the setuid bit it runs as root, the step before a setuid
        // shell is made.
        let owner = mode.split([':', '.']).next().unwrap_or("");
        if name == "chown" && matches!(owner, "root" | "0") {
            let what = "gives files to root (with a setuid bit they run as root)";
            self.find(SelfEsc, Medium, what, text);
        }
        let targets: Vec<&Arg<'_>> = rest
            .iter()
            .filter(|a| !a.v().starts_with('-'))
            .skip(1)
            .collect();
        let mut paths_given: Vec<String> = Vec::new();
        for a in targets {
            // A value known from earlier in the line is judged as that
            // value; one that cannot be known (`chmod -R 777 "$DIR"`) is
            // unverifiable.
            if a.dynamic() && !a.word.tilde && !Self::home_based(&a.word.raw) {
                let known = self.arg_paths(a);
                if known.is_empty() && recursive {
                    self.find(
                        Unverifiable,
                        Medium,
                        format!(
                            "recursively changes ownership or permissions of {}, whose value cannot be known before it runs",
                            a.word.raw
                        ),
                        text,
                    );
                }
                paths_given.extend(known);
                continue;
            }
            if let Some(abs) = paths::absolute(a.v(), &a.word.raw, a.word.tilde, &self.ctx) {
                paths_given.push(abs);
            }
        }
        for abs in paths_given {
            // `/home` counts among the system directories, but the
            // developer's own home and project are not system paths: a
            // recursive chmod inside the project is ordinary work.
            let own =
                paths::within(&abs, &self.ctx.home) || paths::within(&abs, &self.ctx.project_dir);
            let system = paths::is_system_dir(&abs) && !own;
            let wide = abs == "/"
                || abs == self.ctx.home
                || (paths::is_system_dir(&abs)
                    && paths::system_path(&abs).matches('/').count() <= 2);
            if wide && (recursive || abs == "/") {
                self.find(
                    Destr,
                    Critical,
                    format!("recursively changes ownership or permissions of {abs}"),
                    text,
                );
            } else if recursive && system {
                self.find(
                    Destr,
                    High,
                    format!("recursively changes permissions of the system path {abs}"),
                    text,
                );
            } else if name == "chmod"
                && super::modes::world_writable(mode)
                && (system || abs == self.ctx.home || !own && paths::temp_root(&abs).is_none())
            {
                // Outside the system directories too (`chmod 777
                // /data/app`: htnet, session 35), asked there.
                let sev = if system || abs == self.ctx.home {
                    High
                } else {
                    Medium
                };
                self.find(
                    Destr,
                    sev,
                    format!("makes {abs} writable by everyone"),
                    text,
                );
            } else if recursive && !own && paths::temp_root(&abs).is_none() {
                // Session 28 (bol): a tree outside the project, the home
                // and scratch (`chown -R user /srv/app`) belongs to someone
                // else, or to a service.
                self.find(
                    SelfEsc,
                    Medium,
                    format!("recursively changes ownership or permissions of {abs}, outside the project"),
                    text,
                );
            }
            // A secret or the directory that holds them opened to every
            // user of the machine (`chmod 644 ~/.ssh/id_rsa`, `chmod 777
            // ~/.ssh`: anyone may read the key or plant a login key).
            if name == "chmod" {
                let secret = paths::credential(&abs).map(|(_, w)| w);
                let store = paths::credential_dir(&abs);
                let (reads, writes) = (
                    super::modes::grants_others(mode, 'r'),
                    super::modes::grants_others(mode, 'w'),
                );
                if let Some(what) = secret.filter(|_| reads || writes) {
                    self.find(
                        Cred,
                        High,
                        format!("makes {what} ({abs}) readable or writable by every user of the machine"),
                        text,
                    );
                } else if let Some(what) = store.filter(|_| writes || (reads && recursive)) {
                    self.find(
                        SelfEsc,
                        High,
                        format!("opens {what} ({abs}) to every user of the machine"),
                        text,
                    );
                }
            }
        }
    }
}

/// A path in the home directory inside one tool's cache (`~/.cache/pip`,
/// `~/.gradle/caches`: the `HOME_CACHES` table), which only holds what can
/// be fetched or built again.
pub(super) fn home_cache(abs: &str, home: &str) -> bool {
    matches!(cache_hit(abs, home), Some(CacheHit::Inside(_)))
}

fn cache_hit(abs: &str, home: &str) -> Option<CacheHit> {
    let rel = abs.strip_prefix(home)?.strip_prefix('/')?;
    agentgate_commands::home_cache(rel)
}

/// A file or directory inside another user's home (`/home/alice/notes`,
/// `/Users/merlin/Documents/a.txt`): theirs to move, not the system's; the
/// home itself (`/home/alice`) is not one.
fn other_users_file(abs: &str) -> bool {
    ["/home/", "/Users/"].iter().any(|root| {
        abs.strip_prefix(root)
            .is_some_and(|rest| rest.trim_end_matches('/').contains('/'))
    })
}

/// `mv`'s sources: every operand but the destination (all of them with
/// `-t DIR`/`--target-directory`), and the destination.
pub(super) fn mv_operands<'a, 'b>(rest: &'b [Arg<'a>]) -> (Vec<&'b Arg<'a>>, Option<String>) {
    let mut target = None;
    let mut operands = Vec::new();
    let mut it = rest.iter();
    let mut after_dd = false;
    while let Some(a) = it.next() {
        let v = a.v();
        if !after_dd && v == "--" {
            after_dd = true;
        } else if !after_dd && (v == "-t" || v == "--target-directory") {
            target = it.next().map(|t| t.v().to_owned());
        } else if let Some(t) = v.strip_prefix("--target-directory=").filter(|_| !after_dd) {
            target = Some(t.to_owned());
        } else if after_dd || !v.starts_with('-') || v == "-" {
            operands.push(a);
        }
    }
    if target.is_none() {
        target = operands.pop().map(|d| d.v().to_owned());
    }
    (operands, target)
}

/// Whether two spellings are the same path (`./x` is `x`).
pub(super) fn exactly_same_file(a: &str, b: &str) -> bool {
    a.trim_start_matches("./") == b.trim_start_matches("./")
}

/// Whether two spellings may name the same file: the same path, or the
/// same name where one of them has a directory (the line may have changed
/// directory in between). For finding a file, not for replacing one.
pub(super) fn same_file(a: &str, b: &str) -> bool {
    exactly_same_file(a, b)
        || paths::basename(a) == paths::basename(b) && (a.contains('/') || b.contains('/'))
}

/// Whether a chmod mode sets the setuid or setgid bit: an octal mode of
/// four digits whose first has the 4 or 2 bit (`4755`, `6755`, `2755`,
/// `7777`), or a symbolic clause that adds or sets `s` (`u+s`, `+s`,
/// `u+xs`, `g=rxs`, `a+rwxs`, `o-w,u+s`), as chmod(1) parses modes.
pub(super) fn sets_setuid(mode: &str) -> bool {
    if !mode.is_empty() && mode.bytes().all(|b| (b'0'..=b'7').contains(&b)) {
        let digits = mode.trim_start_matches('0');
        return digits.len() == 4
            && digits
                .bytes()
                .next()
                .is_some_and(|b| (b - b'0') & 0b110 != 0);
    }
    mode.split(',').any(|clause| {
        // who ([ugoa]*), then actions: an operator and its permissions.
        let actions = clause.trim_start_matches(['u', 'g', 'o', 'a']);
        let mut adding = false;
        for c in actions.chars() {
            match c {
                '+' | '=' => adding = true,
                '-' => adding = false,
                's' if adding => return true,
                _ => {}
            }
        }
        false
    })
}
