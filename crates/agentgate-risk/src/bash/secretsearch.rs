//! Recursive searches for secret words: across the home, the system or
//! any tree outside the project (asked about), across every file of the
//! project or its configuration files (asked about: session 66), of the
//! process list, and searches that print only the matched text around a
//! secret word, that is the values (`agentgate_commands::SECRET_WORDS`).

use super::*;
use agentgate_commands::names_secret_file;

/// Windows files that hold passwords, looked for by name: VNC's
/// configuration (its obfuscated password), unattended-setup answer files
/// (the administrator's password) and Group Policy Preferences files (a
/// `cpassword` anyone can decrypt, MS14-025).
const WINDOWS_SECRET_FILES: &[&str] = &[
    "vnc.ini",
    "unattend.xml",
    "unattended.xml",
    "sysprep.inf",
    "sysprep.xml",
    "groups.xml",
    "services.xml",
    "scheduledtasks.xml",
    "datasources.xml",
    "drives.xml",
    "printers.xml",
    // ASP.NET's configuration: its connection strings (oscpn part 2).
    "web.config",
];

/// The registry hives a copy of which holds the machine's password hashes
/// (`dir /s SAM`, `dir /s SYSTEM`: backups in `repair` and `RegBack`;
/// oscpn part 3): looked for by their whole name.
const HIVE_NAMES: &[&str] = &["sam", "system", "security"];

impl Walker<'_> {
    /// `grep -r`, `rg`, `ag`, `ack` looking for secret words.
    pub(super) fn searches_secrets(
        &mut self,
        site: Site<'_>,
        name: &str,
        rest: &[Arg<'_>],
        vals: &[&str],
    ) {
        let text = &site.cmd.text;
        // Spotlight's index covers every file on the Mac, contents
        // included: a query for a secret word is a search of the home and
        // the system whatever `-onlyin` says (`mdfind password`).
        if name == "mdfind"
            && vals
                .iter()
                .any(|v| !v.starts_with('-') && agentgate_commands::names_secret(v))
        {
            self.find(
                Cred,
                Medium,
                "mdfind searches the machine's Spotlight index for secrets".to_owned(),
                text,
            );
            return;
        }
        // locate's database holds every file name on the machine: a
        // query for a password file's name searches the home and the
        // system (`locate pass`: roque, session 43).
        if matches!(name, "locate" | "plocate" | "mlocate" | "slocate")
            && vals
                .iter()
                .any(|v| !v.starts_with('-') && agentgate_commands::names_secret_file(v))
        {
            self.find(
                Cred,
                Medium,
                format!("{name} searches every file name on the machine for secrets"),
                text,
            );
            return;
        }
        // Windows' `dir /s` and `where /r` search a tree by file name
        // (`dir c:\*ultravnc.ini /s /b`: xapax, session 63).
        let windows_search = match name {
            "dir" => vals.iter().any(|v| v.eq_ignore_ascii_case("/s")),
            "where" => vals.iter().any(|v| v.eq_ignore_ascii_case("/r")),
            _ => false,
        };
        if windows_search
            && vals.iter().any(|v| {
                let file = v.rsplit(['\\', '/', ':']).next().unwrap_or(v);
                !v.starts_with('/') && (paths::credential_pattern(file) || names_secret_file(file))
                    || name == "dir" && HIVE_NAMES.iter().any(|h| file.eq_ignore_ascii_case(h))
                    || WINDOWS_SECRET_FILES
                        .iter()
                        .any(|n| file.to_ascii_lowercase().ends_with(n))
            })
        {
            let why = format!("{name} searches the disk for credential files");
            self.find(Cred, Medium, why, text);
        }
        let searcher = matches!(
            name,
            "grep" | "egrep" | "fgrep" | "rg" | "ag" | "ack" | "git" | "findstr"
        );
        if !searcher || name == "git" {
            return;
        }
        self.listing_filtered(site, name, rest, text);
        // findstr (Windows' grep) spells its options `/S`, `/spin`, `-s`:
        // `/S` searches the named directories' subdirectories too.
        let findstr = name == "findstr";
        let option = |v: &str| is_option(findstr, v);
        let recursive = if findstr {
            vals.iter().any(|v| {
                windows_option(v)
                    && v.split(':')
                        .next()
                        .is_some_and(|o| o.to_ascii_lowercase().contains('s'))
            })
        } else {
            name != "grep" && name != "egrep" && name != "fgrep"
                || vals.iter().any(|v| {
                    v.starts_with('-')
                        && !v.starts_with("--")
                        && (v.contains('r') || v.contains('R'))
                        || *v == "--recursive"
                })
        };
        // What is looked for, not a file searched (`grep root /etc/passwd`
        // looks for `root`; the path names no secret it looks for:
        // tib3rius): a path after the first operand is a file (the first is
        // the pattern unless `-e`/`-f` gave one; `grep -r /password /etc` still
        // looks for `/password`, found attacking the first version).
        let first = vals.iter().position(|v| !option(v));
        let secret_word = vals.iter().enumerate().any(|(i, v)| {
            let file = Some(i) > first && v.starts_with(['/', '~']);
            !option(v) && !file && agentgate_commands::names_secret(v)
        }) || findstr
            && vals.iter().any(|v| {
                windows_option(v)
                    && v.get(..3).is_some_and(|o| o.eq_ignore_ascii_case("/c:"))
                    && agentgate_commands::names_secret(v.get(3..).unwrap_or_default())
            });
        // Secret words looked for in the system's configuration files
        // (`grep -E "(user|pass|password)[=:]" /etc/fstab /etc/mtab`: mount
        // credentials; htlin, session 34).
        // The files a reader pipes in are the files searched (`cat
        // /etc/x.conf | grep rpcpassword`: ruancs, session 43).
        // (Built only when a secret word is looked for: every grep runs here.)
        let piped = || -> Vec<String> {
            super::util::upstream(site)
                .iter()
                .filter(|c| {
                    c.argv
                        .first()
                        .and_then(|w| w.literal.as_deref())
                        .is_some_and(|p| {
                            matches!(
                                paths::basename(p),
                                "cat" | "tac" | "head" | "tail" | "zcat" | "less" | "more"
                            )
                        })
                })
                .flat_map(|c| c.argv.iter().skip(1).filter_map(|w| w.literal.clone()))
                .filter(|w| !w.starts_with('-'))
                .chain(site.cmd.redirects.iter().filter_map(|r| {
                    let input =
                        r.kind == agentgate_shell::RedirectKind::Read && r.fd.unwrap_or(0) == 0;
                    input.then(|| r.target.as_ref()?.literal.clone()).flatten()
                }))
                .filter_map(|w| paths::absolute(&w, &w, false, &self.ctx))
                .collect()
        };
        let system_config = !recursive
            && secret_word
            && rest
                .iter()
                .filter(|a| !option(a.v()))
                .flat_map(|a| self.arg_paths(a))
                .chain(piped())
                // The system's logs too (`grep -l -i pass /var/log/*.log`:
                // cgod, session 63).
                .any(|abs| {
                    (abs.starts_with("/etc/") || abs.starts_with("/var/log/"))
                        && !paths::within(&abs, &self.ctx.project_dir)
                });
        // Secret words looked for in what a decoder prints: a memory
        // dump's strings, a capture's payloads (`strings *.dump | grep -i
        // password`, `tcpdump -r k.cap -A | grep Bearer`: htlin and
        // kpods, session 34).
        let decoded = secret_word
            && super::util::upstream(site).iter().any(|c| {
                // The name as bash runs it (`s=strings; $s core | grep ...`).
                c.argv.first().is_some_and(|w| {
                    let name = if w.is_dynamic() {
                        self.resolve_vars(&w.raw).unwrap_or_default()
                    } else {
                        w.value_or_raw().to_owned()
                    };
                    DECODERS.contains(&paths::basename(name.trim_matches('"')))
                })
            });
        if decoded {
            self.find(
                Cred,
                Medium,
                format!("{name} searches decoded memory or traffic for secrets"),
                text,
            );
        }
        if system_config {
            self.find(
                Cred,
                Medium,
                format!("{name} searches the system's configuration for secrets"),
                text,
            );
        }
        // A secret word as a word of its own (`password`, `DB_PASSWORD`,
        // `pass/pwd`), not a name that holds one (`validatePassword`).
        let patterns = search_patterns(findstr, rest);
        let token = patterns.iter().any(|p| secret_token(p));
        let names_only = names_only(findstr, vals);
        // The process list: other programs' command lines, passwords given
        // as arguments among them (`ps -aux | grep pass`: oscpn, spn).
        let processes = token
            && !names_only
            && super::util::upstream(site).iter().any(|c| {
                c.argv
                    .first()
                    .and_then(|w| w.literal.as_deref())
                    .is_some_and(|p| PROCESS_LISTERS.contains(&paths::basename(p)))
            });
        if processes {
            let why = format!("{name} searches other programs' command lines for secrets");
            self.find(Cred, Medium, why, text);
        }
        // Every file of the project, or its configuration files, searched
        // for a secret word: the lines print with the values config files
        // and `.env` hold (oscpn part 0: `findstr /si password *.xml`).
        // Through a listing piped in (`find . | xargs grep`, `find . -exec
        // cat {} + | grep`), the listing's root is the tree searched.
        let through_listing = !recursive && self.project_listing(site);
        if token
            && !names_only
            && (recursive || through_listing)
            && self.project_wide(findstr, rest, through_listing)
        {
            let why = format!(
                "{name} searches every file of the project for secret words (the values in config and .env files print)"
            );
            self.find(Cred, Medium, why, text);
        }
        // The short spellings too (`pass`, `pwd`: `find / -exec grep -i
        // pass {} \;` is `grep -r -i pass /`).
        if recursive && (secret_word || token) {
            let wide = rest
                .iter()
                .filter(|a| !option(a.v()))
                .any(|a| self.arg_paths(a).iter().any(|abs| self.wide_tree(abs)));
            // Only the matched text, around a secret word: the values
            // themselves (`grep -roP 'access_key.{0,100}' .`).
            let extracts = vals.iter().any(|v| {
                *v == "--only-matching"
                    || v.starts_with('-') && !v.starts_with("--") && v.contains('o')
            });
            if extracts && !wide {
                self.find(
                    Cred,
                    Medium,
                    format!("{name} prints the secret values it finds"),
                    text,
                );
            } else if wide {
                self.find(
                    Cred,
                    Medium,
                    format!("{name} searches the home or the system for secrets"),
                    text,
                );
            }
        }
    }
}

impl Walker<'_> {
    /// Whether a recursive search's operands (or a piped-in listing's
    /// roots) cover the whole project or its configuration files: none (the
    /// working directory), `.`, `*`, the project's root, or globs of
    /// configuration files; file-type filters too must name configuration
    /// files (`--include=*.xml`), not sources (`--include=*.py`, `-t py`).
    fn project_wide(&self, findstr: bool, rest: &[Arg<'_>], through_listing: bool) -> bool {
        let option = |v: &str| is_option(findstr, v);
        let by_option = rest.iter().any(|a| {
            let v = a.v();
            matches!(v, "-e" | "-f" | "--regexp" | "--file") || v.starts_with("--regexp=")
        }) || findstr
            && rest.iter().any(|a| {
                let v = a.v().to_ascii_lowercase();
                v.starts_with("/c:") || v.starts_with("/g:")
            });
        let mut filters = Vec::new();
        let mut operands = Vec::new();
        let mut i = 0;
        while let Some(a) = rest.get(i) {
            let v = a.v();
            if let Some(g) = v.strip_prefix("--include=").or(v.strip_prefix("--glob=")) {
                filters.push(g);
            } else if matches!(v, "--include" | "-g" | "--glob" | "-G") {
                filters.extend(rest.get(i + 1).map(Arg::v));
                i += 1;
            } else if matches!(v, "-t" | "--type") || v.starts_with("--type=") {
                return false;
            } else if matches!(v, "-e" | "--regexp" | "-f" | "--file") || VALUE_OPTIONS.contains(&v)
            {
                i += 1;
            } else if !option(v) {
                operands.push(a);
            }
            i += 1;
        }
        if !by_option && !operands.is_empty() {
            operands.remove(0);
        }
        if through_listing {
            return filters.iter().all(|g| config_glob(g));
        }
        filters.iter().all(|g| config_glob(g))
            && operands.iter().all(|a| {
                let v = a.v();
                matches!(v, "." | "./" | "*" | ".*" | "./*" | "*.*")
                    || config_glob(v)
                    || drive_root(v)
                    || self
                        .arg_paths(a)
                        .iter()
                        .any(|abs| abs == &self.ctx.project_dir)
            })
    }

    /// Whether what is piped in lists or prints every file under the
    /// project's root: `find .` (or the project's path) whose names go on
    /// to `xargs`, or whose files it prints itself (`-exec cat {} +`).
    fn project_listing(&self, site: Site<'_>) -> bool {
        super::util::upstream(site).iter().any(|c| {
            let words: Vec<&str> = c.argv.iter().filter_map(|w| w.literal.as_deref()).collect();
            let Some((prog, args)) = words.split_first() else {
                return false;
            };
            if paths::basename(prog) != "find" {
                return false;
            }
            let roots: Vec<&str> = args
                .iter()
                .copied()
                .take_while(|a| !a.starts_with(['-', '(', '!']))
                .collect();
            let project = roots.is_empty()
                || roots.iter().all(|r| {
                    matches!(*r, "." | "./")
                        || paths::absolute(r, r, r.starts_with('~'), &self.ctx)
                            .is_some_and(|abs| abs == self.ctx.project_dir)
                });
            let prints = args.windows(2).any(|w| {
                matches!(w, [e, p] if matches!(*e, "-exec" | "-execdir")
                    && matches!(paths::basename(p), "cat" | "strings" | "head" | "tail" | "more" | "less"))
            });
            // The search itself run by xargs over the names (`find . |
            // xargs grep`); grep filtering the names is a name search.
            let run_by_xargs = site
                .cmd
                .argv
                .first()
                .and_then(|w| w.literal.as_deref())
                .is_some_and(|p| paths::basename(p) == "xargs");
            project && (prints || run_by_xargs)
        })
    }

    /// A tree whose search is a search of the machine, not of the work: the
    /// root, the home, the system's directories, a credential store's, and
    /// any tree outside the project and scratch (found on htc's public AMI
    /// page, session 27).
    fn wide_tree(&self, abs: &str) -> bool {
        abs == "/"
            || abs == self.ctx.home
            || paths::is_system_dir(abs) && !paths::within(abs, &self.ctx.project_dir)
            || paths::credential_dir(abs).is_some()
            || !paths::within(abs, &self.ctx.project_dir) && paths::temp_root(abs).is_none()
    }

    /// `find / | grep id_rsa`, `ls -laR / | grep ...`, `tree ~ | grep
    /// ...`, `dir /s C:/ | findstr vnc.ini`: every file name under a tree
    /// outside the project, filtered for a credential file's name. The same
    /// search as `find / -name id_rsa` (find.rs), spelled as a pipeline
    /// (session 45: it passed while `find -name` was asked).
    fn listing_filtered(&mut self, site: Site<'_>, name: &str, rest: &[Arg<'_>], text: &str) {
        let findstr = name == "findstr";
        let option = |v: &str| is_option(findstr, v);
        // `grep id_rsa <(find /)`: the listing handed as a file (its
        // commands follow this one in the analysis, one level deeper).
        let substituted = |a: &Arg<'_>| a.word.raw == "<(...)";
        // The patterns: `-e P` values, else the first operand; any operand
        // after that is a file the filter reads instead of its input.
        let mut patterns = Vec::new();
        let mut operands = Vec::new();
        let mut listed = false;
        let mut i = 0;
        while let Some(a) = rest.get(i) {
            let v = a.v();
            if matches!(v, "-e" | "--regexp") {
                patterns.extend(rest.get(i + 1).map(|p| p.v()));
                i += 2;
                continue;
            }
            // An option's value is no operand (`grep -m 5 id_rsa`).
            if VALUE_OPTIONS.contains(&v) {
                i += 2;
                continue;
            }
            if substituted(a) {
                listed = true;
            } else if !option(v) {
                operands.push(v);
            }
            i += 1;
        }
        if patterns.is_empty() {
            patterns.extend(operands.first().copied());
            operands = operands.get(1..).unwrap_or_default().to_vec();
        }
        // A regular expression's anchors and escaped dots (`'\\.kdbx$'`).
        // A glob's leading star too (`findstr /si *vnc.ini`: findstr reads
        // it as a regular expression, matching the name anywhere).
        let credential = |p: &str| {
            let plain = p
                .trim_start_matches('^')
                .trim_start_matches('*')
                .trim_end_matches('$')
                .replace("\\.", ".");
            paths::credential_pattern(&plain)
                || agentgate_commands::names_secret_file(&plain)
                || agentgate_commands::credential_store(&plain, &plain).is_some()
                || WINDOWS_SECRET_FILES
                    .iter()
                    .any(|n| plain.to_ascii_lowercase().ends_with(n))
        };
        if !operands.is_empty() || !patterns.iter().any(|p| credential(p)) {
            return;
        }
        // The listing programs' words: the commands piped in and those of
        // a process substitution, values as the line gives them (`find
        // "$HOME"`, `d=/; find $d`).
        let nested = site
            .analysis
            .commands
            .iter()
            .skip(site.index + 1)
            .take_while(|c| c.depth > site.cmd.depth)
            .filter(|c| {
                listed
                    && c.depth == site.cmd.depth + 1
                    && c.nesting == agentgate_shell::Nesting::ProcessSubstitution
            });
        let listers: Vec<Vec<String>> = super::util::upstream(site)
            .into_iter()
            .chain(nested)
            .map(|c| {
                c.argv
                    .iter()
                    .map(|w| self.word_value(w).unwrap_or_else(|| w.raw.clone()))
                    .collect()
            })
            .collect();
        let mut wide_root = None;
        for words in &listers {
            let Some((lister, args)) = words.split_first() else {
                continue;
            };
            let lister = paths::basename(lister);
            // cmd's `dir c:\ /s /b` read as bash joins `c:` and `/s` by the
            // escaped space (xapax, r1ck, tib3rius): cmd's words again.
            let args: Vec<&str> = args
                .iter()
                .flat_map(|a| -> Vec<&str> {
                    if lister == "dir" && a.contains(": /") {
                        a.split(' ').filter(|w| !w.is_empty()).collect()
                    } else {
                        vec![a.as_str()]
                    }
                })
                .collect();
            let short = |f: char| {
                args.iter()
                    .any(|a| a.starts_with('-') && !a.starts_with("--") && a.contains(f))
            };
            let dir_s = |a: &&str| a.len() <= 3 && windows_option(a);
            let recursive = match lister {
                "find" | "tree" | "du" => true,
                "ls" | "vdir" => short('R') || args.contains(&"--recursive"),
                "dir" => {
                    short('R')
                        || args.contains(&"--recursive")
                        || args.iter().any(|a| a.eq_ignore_ascii_case("/s"))
                }
                _ => false,
            };
            if !recursive {
                continue;
            }
            // find's roots come before its expression (`find . -path
            // /etc`: `/etc` is no root).
            let roots = args
                .iter()
                .take_while(|a| lister != "find" || !a.starts_with(['-', '(', '!']))
                .filter(|a| !(a.starts_with('-') || lister == "dir" && dir_s(a)));
            for r in roots {
                let Some(abs) = paths::absolute(r, r, r.starts_with('~'), &self.ctx) else {
                    continue;
                };
                if self.wide_tree(&abs) {
                    wide_root = Some(abs);
                }
            }
        }
        if let Some(r) = wide_root {
            self.find(
                Cred,
                Medium,
                format!("lists every file name under {r} and picks out credential files ({name})"),
                text,
            );
        }
    }
}

/// The grep family's options that take the next word as their value
/// (grep(1), rg(1)), other than the pattern's own `-e`.
const VALUE_OPTIONS: &[&str] = &[
    "-m",
    "--max-count",
    "-A",
    "--after-context",
    "-B",
    "--before-context",
    "-C",
    "--context",
    "-d",
    "--directories",
    "-D",
    "--devices",
    "-g",
    "--glob",
    "-t",
    "--type",
    "--type-not",
];

/// An option word of a search: `-x`, and findstr's `/S` forms too.
fn is_option(findstr: bool, v: &str) -> bool {
    v.starts_with('-') || findstr && windows_option(v)
}

/// A findstr option word: `/S`, `/spin`, `/C:string`, `/D:dir` (a slash,
/// letters, and a value after `:` for the options that take one), or the
/// same with `-`; not a path like `/etc`.
fn windows_option(v: &str) -> bool {
    let Some(rest) = v.strip_prefix(['/', '-']) else {
        return false;
    };
    let (opt, value) = rest.split_once(':').unwrap_or((rest, ""));
    let letters = !opt.is_empty() && opt.len() <= 7 && opt.chars().all(|c| c.is_ascii_alphabetic());
    letters
        && if value.is_empty() {
            !rest.contains(':') && (opt.len() <= 4 || opt.eq_ignore_ascii_case("offline"))
        } else {
            matches!(
                opt.to_ascii_lowercase().as_str(),
                "c" | "d" | "f" | "g" | "a"
            )
        }
}

/// Programs that print the text inside binary data: memory images and
/// dumps, packet captures, raw disks (a search for a secret word in what
/// they print pulls credentials out of it).
const DECODERS: &[&str] = &[
    "strings",
    "tcpdump",
    "tshark",
    "tcpflow",
    "ngrep",
    "volatility",
    "vol.py",
    "vol",
    "bulk_extractor",
];

/// Programs that print the process list with each program's command line.
const PROCESS_LISTERS: &[&str] = &["ps", "pgrep", "pstree"];

/// The patterns of a search: `-e P` values (findstr's `/c:P`), else its
/// first operand.
fn search_patterns<'a>(findstr: bool, rest: &'a [Arg<'_>]) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut first = None;
    let mut i = 0;
    while let Some(a) = rest.get(i) {
        let v = a.v();
        if matches!(v, "-e" | "--regexp") {
            out.extend(rest.get(i + 1).map(Arg::v));
            i += 1;
        } else if let Some(p) = v.strip_prefix("--regexp=") {
            out.push(p);
        } else if findstr && v.get(..3).is_some_and(|o| o.eq_ignore_ascii_case("/c:")) {
            out.extend(v.get(3..));
        } else if VALUE_OPTIONS.contains(&v) {
            i += 1;
        } else if first.is_none() && !is_option(findstr, v) {
            first = Some(v);
        }
        i += 1;
    }
    if out.is_empty() {
        out.extend(first);
    }
    out
}

/// Whether a search prints only names or counts, never a matched line:
/// grep's and rg's `-l`, `-L`, `-c`, `-q`; findstr's `/M`.
fn names_only(findstr: bool, vals: &[&str]) -> bool {
    vals.iter().any(|v| {
        matches!(
            *v,
            "--files-with-matches" | "--files-without-match" | "--count" | "--quiet" | "--silent"
        ) || v.starts_with('-')
            && !v.starts_with("--")
            && v.chars()
                .skip(1)
                .any(|c| matches!(c, 'l' | 'L' | 'c' | 'q'))
            || findstr && windows_option(v) && v.to_ascii_lowercase().contains('m')
    })
}

/// Whether a pattern looks for a secret word as a word of its own: one of
/// its alphanumeric words starts with a one-word secret word (`password`,
/// `DB_PASSWORD`, `token`), is a short spelling (`pass`, `pwd`, `creds`),
/// or it holds a secret word with a separator (`api_key`, `-----BEGIN`).
/// A name that only contains one (`validatePassword`,
/// `resetPasswordToken`) is code looked for, not a secret.
fn secret_token(pattern: &str) -> bool {
    let lower = pattern.to_ascii_lowercase();
    let words = agentgate_commands::SECRET_WORDS;
    let one_word = |w: &&&str| w.bytes().all(|b| b.is_ascii_alphanumeric());
    pattern
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|t| {
            // A key in one case (`cpassword`, `DBPASSWD`) may hold the word
            // anywhere; a name in camel case (`validatePassword`) is code.
            let one_case = !(t.bytes().any(|b| b.is_ascii_lowercase())
                && t.bytes().any(|b| b.is_ascii_uppercase()));
            let t = t.to_ascii_lowercase();
            !t.is_empty()
                && (words
                    .iter()
                    .filter(one_word)
                    .any(|w| t.starts_with(*w) || one_case && t.contains(*w))
                    || agentgate_commands::SECRET_FILE_STEMS.contains(&t.as_str())
                    // `cred`, `creds`: the short forms (`findstr /s /i cred
                    // n:\*.*`, xkn); `credit` and `credo` are no secrets.
                    || matches!(
                        t.as_str(),
                        "passwd"
                            | "password"
                            | "passwords"
                            | "credentials"
                            | "credential"
                            | "cred"
                            | "creds"
                    ))
        })
        || words
            .iter()
            .any(|w| !w.bytes().all(|b| b.is_ascii_alphanumeric()) && lower.contains(w))
}

/// A whole Windows drive (`C:\`, `n:\*.*`, `D:*`): wider than the
/// project.
fn drive_root(v: &str) -> bool {
    let mut c = v.chars();
    let letter = c.next().is_some_and(|l| l.is_ascii_alphabetic()) && c.next() == Some(':');
    letter
        && matches!(
            c.as_str(),
            "" | "\\" | "/" | "*" | "*.*" | "\\*" | "\\*.*" | "/*"
        )
}

/// A file glob or name of configuration files (`*.xml`, `**/*.ini`,
/// `web.config`): where applications keep their passwords.
fn config_glob(g: &str) -> bool {
    let g = g.trim_matches(['\'', '"']).to_ascii_lowercase();
    let ext = g.rsplit('.').next().unwrap_or("");
    g.contains('.')
        && matches!(
            ext,
            "xml"
                | "ini"
                | "txt"
                | "conf"
                | "config"
                | "cfg"
                | "cnf"
                | "properties"
                | "yml"
                | "yaml"
                | "json"
                | "env"
                | "php"
                | "inc"
                | "toml"
                | "bak"
                | "sql"
        )
}
