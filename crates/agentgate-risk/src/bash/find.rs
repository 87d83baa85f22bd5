//! `find`: searches that gather where secrets are, `-exec` payloads, and
//! what `-delete`, `-exec rm {} +` and `find | xargs rm` remove.

use super::*;

impl Walker<'_> {
    pub(super) fn find_cmd(
        &mut self,
        site: Site<'_>,
        all: &[Arg<'_>],
        start: usize,
        vals: &[&str],
    ) {
        let text = &site.cmd.text;
        // Searching key directories, or the home or the system for key
        // files, gathers where the secrets are.
        let roots: Vec<String> = vals
            .iter()
            .take_while(|p| !p.starts_with('-'))
            .filter_map(|p| paths::absolute(p, p, p.starts_with('~'), &self.ctx))
            .collect();
        // Setuid and setgid programs are where privilege escalation starts
        // (ATT&CK T1548.001, the first thing linpeas looks for).
        let setuid_search = vals.windows(2).any(|w| match w {
            [opt, mode] => {
                *opt == "-perm"
                    && matches!(
                        mode.trim_start_matches(['-', '/', '+']),
                        "4000" | "2000" | "6000" | "u=s" | "g=s" | "u+s" | "g+s"
                    )
            }
            _ => false,
        });
        if setuid_search {
            self.find(
                SelfEsc,
                Medium,
                "searches for setuid programs (privilege-escalation reconnaissance)",
                text,
            );
        }
        // World-writable files across the system: which root-run file the
        // agent could change (the same reconnaissance, for writes).
        let world_writable = vals.contains(&"-writable")
            || vals.windows(2).any(|w| match w {
                [opt, mode] => {
                    *opt == "-perm"
                        && matches!(
                            mode.trim_start_matches(['-', '/', '+']),
                            "2" | "002" | "0002" | "o+w" | "o=w" | "777" | "0777"
                        )
                }
                _ => false,
            });
        let system_wide = roots.iter().any(|r| {
            r == "/" || paths::is_system_dir(r) && !paths::within(r, &self.ctx.project_dir)
        });
        if world_writable && system_wide {
            self.find(
                SelfEsc,
                Medium,
                "searches the system for files anyone can write (privilege-escalation reconnaissance)",
                text,
            );
        }
        let looks_for_keys = vals.windows(2).any(|w| match w {
            [opt, pattern] => {
                matches!(*opt, "-name" | "-iname" | "-path" | "-ipath" | "-wholename")
                    && (paths::credential_pattern(pattern)
                        || agentgate_commands::names_secret_file(pattern))
            }
            _ => false,
        });
        // Handing what it finds to a program that prints it (`-exec cat {}
        // +`) prints the keys themselves, not their names.
        let prints = crate::guard::find_prints(vals);
        if prints && !names_filtered(vals) {
            let reader = crate::guard::find_runs(vals)
                .into_iter()
                .map(|(p, _)| p)
                .find(|p| crate::guard::prints_content(p))
                .unwrap_or("cat");
            for r in &roots {
                self.prints_every_file(reader, r, text);
            }
        }
        for r in &roots {
            let wide = !paths::within(r, &self.ctx.project_dir);
            if let Some(what) = paths::credential_dir(r) {
                if prints {
                    self.find(Cred, High, format!("prints every file of {what}"), text);
                } else {
                    self.find(
                        Cred,
                        Medium,
                        format!("searches the directory of {what}"),
                        text,
                    );
                }
            } else if looks_for_keys && wide {
                if prints {
                    self.find(
                        Cred,
                        High,
                        format!("prints the credential files it finds under {r}"),
                        text,
                    );
                } else {
                    self.find(
                        Cred,
                        Medium,
                        format!("searches {r} for credential files"),
                        text,
                    );
                }
            }
        }
        let mut i = 0;
        while let Some(&v) = vals.get(i) {
            if matches!(v, "-exec" | "-execdir" | "-ok" | "-okdir") {
                let body_start = i + 1;
                let mut end = body_start;
                while vals
                    .get(end)
                    .is_some_and(|w| !matches!(*w, ";" | "+" | "\\;"))
                {
                    end += 1;
                }
                if end > body_start {
                    // Assess the -exec payload as its own command.
                    let payload: Vec<Arg<'_>> = all
                        .get(start + 1 + body_start..start + 1 + end)
                        .unwrap_or(&[])
                        .to_vec();
                    // `find . -exec /bin/sh \; -quit`: a shell with nothing
                    // to run is a shell handed to whoever drives find
                    // (GTFOBins find).
                    let words: Vec<&str> = payload.iter().map(|a| a.v()).collect();
                    if code::is_bare_shell(&words.join(" ")) {
                        self.find(
                            Obf,
                            Medium,
                            "spawns a shell through find -exec",
                            &site.cmd.text,
                        );
                    }
                    // `-exec rm -rf {} +` deletes what find lists: judged as
                    // `-delete` is, with the rest of the command as written.
                    if words
                        .first()
                        .is_some_and(|w| DELETERS.contains(&paths::basename(w)))
                    {
                        self.find_deletes(vals, false, text);
                        // Shredding is judged on its own too: irrecoverable
                        // even for the project's files.
                        let shreds = words
                            .first()
                            .is_some_and(|w| matches!(paths::basename(w), "shred" | "srm"));
                        let rest: Vec<Arg<'_>> = payload
                            .into_iter()
                            .filter(|a| shreds || a.v() != "{}")
                            .collect();
                        self.simple(site, &rest, 0);
                    } else if let Some(name) = one_literal_name(vals).filter(|_| {
                        payload.iter().any(|a| a.v() == "{}")
                            && !payload.iter().any(|a| a.dynamic())
                    }) {
                        // What `-name NAME` finds is `ROOT/.../NAME`: judged
                        // as ROOT/NAME, for the program and any shell script
                        // handed it (`-exec bash -c 'rm -rf "$1/x"' _ {} \;`).
                        let here = [self.ctx.cwd.clone()];
                        for root in (if roots.is_empty() {
                            &here[..]
                        } else {
                            &roots[..]
                        })
                        .iter()
                        .take(4)
                        {
                            let found = format!("{}/{name}", root.trim_end_matches('/'));
                            self.script(&on_root(&words, &found, "{}"), site.depth + 1);
                        }
                    } else {
                        self.simple(site, &payload, 0);
                        self.exec_on_roots(site, &payload, &roots);
                    }
                }
                i = end + 1;
                continue;
            }
            if v == "-delete" {
                self.find_deletes(vals, false, text);
            }
            if v == "-fprint" || v == "-fprintf" || v == "-fls" {
                if let Some(f) = vals.get(i + 1) {
                    if let Some((sev, what)) = paths::trust_target(f, &self.ctx) {
                        self.find(SelfEsc, sev, format!("writes to {what}"), text);
                    }
                }
            }
            i += 1;
        }
    }
}

impl Walker<'_> {
    /// `-exec PROG ARGS {} +` runs PROG on what find lists: the start
    /// points and everything under them. Judged as PROG run on each start
    /// point (`-exec truncate -s 0 {} +` under `~/Documents` empties the
    /// documents; `-exec cp {} /tmp \;` under `~/.ssh` copies the keys).
    /// Only words known when the line is read are put back together.
    fn exec_on_roots(&mut self, site: Site<'_>, payload: &[Arg<'_>], roots: &[String]) {
        if !payload.iter().any(|a| a.v() == "{}") || payload.iter().any(|a| a.dynamic()) {
            return;
        }
        let here = [self.ctx.cwd.clone()];
        let roots = if roots.is_empty() { &here[..] } else { roots };
        let words: Vec<&str> = payload.iter().map(|a| a.v()).collect();
        for root in roots.iter().take(4) {
            self.script(&on_root(&words, root, "{}"), site.depth + 1);
        }
    }
}

/// The one literal name find selects by (`-name .terraform`), when no
/// other test could select something else (`-o`, `-not`, `!`, a glob, a
/// second `-name`, `-path`, `-regex`).
fn one_literal_name<'v>(vals: &[&'v str]) -> Option<&'v str> {
    let mut names = vals.windows(2).filter_map(|w| match w {
        ["-name", n] => Some(*n),
        _ => None,
    });
    let name = names.next()?;
    let other = vals.iter().any(|v| {
        matches!(
            *v,
            "-o" | "-or"
                | "-not"
                | "!"
                | "-path"
                | "-ipath"
                | "-regex"
                | "-iregex"
                | "-wholename"
                | "-iname"
        )
    });
    let plain = !name.is_empty()
        && !name.contains(['*', '?', '[', '/', '$', '`'])
        && name != "."
        && name != "..";
    (names.next().is_none() && !other && plain).then_some(name)
}

/// `PROG ARGS` handed every file under `root` (by `find -exec` or `xargs`),
/// written as the command that does the same: `root` in place of the
/// replacement string (`{}`), else after the arguments; a mode or owner
/// changer gets `-R`, as it reaches the whole tree (`find /srv -exec chmod
/// 766 {} +` is `chmod -R 766 /srv`: tbosk, session 28), an in-place
/// editor the files under it (`grep -rl X /etc | xargs sed -i ...` is `sed
/// -i ... /etc/*`: bol).
pub(super) fn on_root(words: &[&str], root: &str, replace: &str) -> String {
    let first = words.first().map_or("", |w| paths::basename(w));
    let tree = MODE_CHANGERS.contains(&first);
    // A search handed every file under the root searches the tree (`find /
    // -name settings.php -exec grep -i password {} \;` is `grep -r -i
    // password /`: htnet, session 35).
    let search = matches!(first, "grep" | "egrep" | "fgrep" | "zgrep");
    // An in-place editor gets the files under the root (`sed -i X
    // /etc/*`); any other program the root, as before.
    let edits = match first {
        "sed" | "perl" | "ruby" | "gsed" => words
            .iter()
            .any(|v| v.starts_with("-i") || v.starts_with("-pi") || v.starts_with("--in-place")),
        p => IN_PLACE_EDITORS.contains(&p),
    };
    let quoted = if tree || !edits {
        super::usedfiles::quote_word(root)
    } else {
        // Quoted but for the glob, which names the files under it.
        format!(
            "{}/*",
            super::usedfiles::quote_word(root.trim_end_matches('/'))
        )
    };
    let mut line: Vec<String> = Vec::new();
    let mut placed = false;
    for (i, w) in words.iter().enumerate() {
        if *w == replace {
            line.push(quoted.clone());
            placed = true;
        } else {
            line.push(super::usedfiles::quote_word(w));
        }
        if i == 0 && tree {
            line.push("-R".to_owned());
        }
        if i == 0 && search {
            line.push("-r".to_owned());
        }
    }
    if !placed {
        line.push(quoted);
    }
    line.join(" ")
}

/// Programs that change the mode or owner of what they are given: handed a
/// search root, they reach its whole tree (`-R`).
pub(super) const MODE_CHANGERS: &[&str] = &["chmod", "chown", "chgrp", "setfacl"];

/// Programs that rewrite the files they are given in place (sed, gsed,
/// perl and ruby only with `-i`).
pub(super) const IN_PLACE_EDITORS: &[&str] = &[
    "sed", "gsed", "perl", "ruby", "truncate", "dos2unix", "unix2dos", "shred",
];

/// Programs that delete the files they are given: `find -exec` and `find
/// | xargs` handing them what find lists delete it, as `-delete` would.
pub(super) const DELETERS: &[&str] = &[
    "rm",
    "unlink",
    "shred",
    "rmdir",
    "srm",
    "trash-put",
    "trash",
];

impl Walker<'_> {
    /// What `find VALS -delete` removes (also `-exec rm {} +` and `find |
    /// xargs rm`): every start point when nothing narrows what is listed
    /// (the rm ladder: the home directory is critical), else matching
    /// files across the home or the system, outside the project.
    /// `narrowed`: something after find already drops lines of its listing
    /// (`find ~ | grep -v keep | xargs rm`).
    pub(super) fn find_deletes(&mut self, vals: &[&str], narrowed: bool, text: &str) {
        // What names the files (a type names none: `-type f` is every file).
        let named = narrowed
            || vals.iter().any(|p| {
                matches!(
                    *p,
                    "-name"
                        | "-iname"
                        | "-path"
                        | "-ipath"
                        | "-regex"
                        | "-iregex"
                        | "-empty"
                        | "-user"
                        | "-perm"
                        | "-wholename"
                )
            });
        let by_age_or_size = vals
            .iter()
            .any(|p| matches!(*p, "-newer" | "-mtime" | "-mmin" | "-atime" | "-size"));
        let filtered = named || by_age_or_size;
        for p in vals.iter().take_while(|p| !p.starts_with('-')) {
            // `find "$DIR" -delete`: a root nobody can know (status item 8
            // of session 29) is unverifiable, unless it stays in a
            // subdirectory of the project (`find "build/$X" -delete`).
            if p.contains(['$', '`']) && self.known_value(p).is_none() && !self.confined_prefix(p) {
                self.find(
                    Unverifiable,
                    Medium,
                    format!("deletes what find lists under {p}, whose value cannot be known before it runs"),
                    text,
                );
                continue;
            }
            if !filtered {
                self.removal_target(p, p, false, true, text);
                continue;
            }
            // Every old or large file of the whole project (session 27,
            // tbosk): asked about.
            let whole_project = paths::absolute(p, p, false, &self.ctx)
                .is_some_and(|abs| abs == self.ctx.project_dir);
            if !named && whole_project {
                self.find(
                    Destr,
                    Medium,
                    "deletes files across the whole project by age or size alone",
                    text,
                );
                continue;
            }
            // A filtered delete: only where it runs matters.
            if let Some(abs) = paths::absolute(p, p, p.starts_with('~'), &self.ctx) {
                let outside = self.ctx.beyond_work(&abs);
                if outside
                    && (abs == "/"
                        || abs == self.ctx.home
                        || paths::is_system_dir(&abs)
                        || paths::within(&abs, &self.ctx.home))
                {
                    self.find(
                        Destr,
                        High,
                        format!("deletes matching files across {abs}, outside the project"),
                        text,
                    );
                }
            }
        }
    }
}

/// find's tests whose value is a pattern, not a file.
const PATTERN_TESTS: &[&str] = &[
    "-name",
    "-iname",
    "-path",
    "-ipath",
    "-wholename",
    "-iwholename",
    "-regex",
    "-iregex",
    "-lname",
    "-ilname",
];

/// Whether word `i` of find's arguments is a test's pattern that names no
/// file find reads: it only chooses which names find prints (`find / !
/// -path "$HOME/*"` reads nothing under the home; htlin, session 34).
/// Where find hands what it matches to a program (`-exec cat {} +`), or
/// hands the names on to the next command (`| xargs cat`, `cat $(find
/// ...)`, a loop over them), the pattern names the files read and is
/// judged as one.
pub(super) fn pattern_not_read(site: Site<'_>, vals: &[&str], i: usize) -> bool {
    let test = i > 0 && vals.get(i - 1).is_some_and(|t| PATTERN_TESTS.contains(t));
    // A negated test (`! -path "$HOME/*"`) keeps what it names out.
    test && (crate::guard::find_negated(vals, i - 1)
        || crate::guard::find_runs(vals).is_empty() && !crate::guard::output_handed_on(site.cmd))
}

/// Whether a find keeps only names a positive `-name`/`-iname` test
/// allows (`find ~ -name '*.md'`): what it prints is then judged by the
/// pattern (a credential pattern is a credential read).
pub(super) fn names_filtered(vals: &[&str]) -> bool {
    crate::guard::find_conjunction(vals)
        && vals
            .iter()
            .enumerate()
            .any(|(i, v)| matches!(*v, "-name" | "-iname") && !crate::guard::find_negated(vals, i))
}

impl Walker<'_> {
    /// A program that prints what it reads handed every file under `root`
    /// (`find ~ -type f -exec cat {} +`, `find ~ | xargs cat`): where the
    /// root holds credential stores (the file system's root, the home or
    /// one above it, a credential directory, the system's configuration),
    /// it prints the keys and tokens there (session 34; before, only the
    /// guard's device-key check caught the `-exec` form and nothing the
    /// xargs form).
    pub(super) fn prints_every_file(&mut self, reader: &str, root: &str, text: &str) {
        let Some(abs) = paths::absolute(root, root, root.starts_with('~'), &self.ctx) else {
            return;
        };
        let holds = abs == "/"
            || paths::within(&self.ctx.home, &abs)
            || paths::credential_dir(&abs).is_some()
            || matches!(
                abs.as_str(),
                "/etc" | "/root" | "/var" | "/var/lib" | "/home" | "/Users"
            );
        if crate::guard::prints_content(reader) && holds {
            self.find(
                Cred,
                High,
                format!(
                    "{reader} prints every file under {abs}, the keys and tokens there among them"
                ),
                text,
            );
        }
    }
}
