//! `xargs`: the command it runs, and the commands it builds from input the
//! line shows (`echo ~ | xargs rm -rf`, `printf '%s\0' ... | xargs -0 -I{}
//! sh -c '{}'`).

use super::*;

impl Walker<'_> {
    pub(super) fn xargs(&mut self, site: Site<'_>, all: &[Arg<'_>], start: usize, vals: &[&str]) {
        let i = command_start(vals);
        if i < vals.len() {
            self.simple(site, all, start + 1 + i);
            // `docker ps -aq | xargs docker rm -f`: a container client
            // handed what the command before it lists, judged as `docker rm
            // -f $(docker ps -aq)` (containers.rs; session 39's review).
            let client = vals
                .get(i)
                .is_some_and(|n| CONTAINER_CLIS.contains(&paths::basename(n)));
            if client && site.cmd.pipeline.index > 0 {
                if let Some(lister) = upstream(site).last() {
                    let handed = format!(
                        "{} $({})",
                        vals.get(i..).unwrap_or(&[]).join(" "),
                        lister.text
                    );
                    self.script(&handed, site.depth + 1);
                }
            }
            // `find ROOT ... | xargs rm -rf`: the command deletes what find
            // lists, judged as `find ROOT ... -delete` is.
            let deletes = vals
                .get(i)
                .is_some_and(|n| super::find::DELETERS.contains(&paths::basename(n)));
            let pos = site.cmd.pipeline;
            if !deletes && pos.index > 0 {
                self.xargs_on_roots(
                    site,
                    vals.get(i..).unwrap_or(&[]),
                    vals.get(..i).unwrap_or(&[]),
                );
            }
            if deletes && pos.index > 0 {
                // Through filters that only drop or reorder lines (`find ~
                // | grep -v keep | xargs rm -rf`): what is left is a
                // filtered listing.
                const FILTERS: &[&str] = &[
                    "grep", "egrep", "fgrep", "rg", "sort", "uniq", "head", "tail", "tac", "shuf",
                ];
                let mut filtered = false;
                let mut lister = None;
                for c in upstream(site).into_iter().rev() {
                    let prog = c.argv.first().map(|w| paths::basename(w.value_or_raw()));
                    // `ls DIR | xargs rm -rf` lists DIR's entries, as
                    // `find DIR -mindepth 1 -maxdepth 1` would.
                    if let Some(p @ ("find" | "ls")) = prog {
                        lister = Some((c, p));
                        break;
                    }
                    // `grep -rl PATTERN ROOT | xargs rm`: the files under
                    // ROOT holding a pattern (a filtered listing).
                    if self.listed_roots(c).is_some() {
                        lister = Some((c, "grep"));
                        break;
                    }
                    if !prog.is_some_and(|p| FILTERS.contains(&p)) {
                        break;
                    }
                    filtered = true;
                }
                if let Some((c, "grep")) = lister {
                    let roots = self.listed_roots(c).unwrap_or_default();
                    let fvals: Vec<&str> = roots
                        .iter()
                        .map(|r| if r.is_empty() { "." } else { r.as_str() })
                        .collect();
                    self.find_deletes(&fvals, true, &site.cmd.text);
                } else if let Some((c, prog)) = lister {
                    // The words bash runs (`d=~; find $d | xargs rm`).
                    let bound = self.bound_argv(&c.argv);
                    let words = bound.as_deref().unwrap_or(&c.argv);
                    let mut fvals: Vec<&str> =
                        words.iter().skip(1).map(|w| w.value_or_raw()).collect();
                    if prog == "ls" {
                        fvals.retain(|v| !v.starts_with('-'));
                        if fvals.is_empty() {
                            fvals.push(".");
                        }
                    }
                    self.find_deletes(&fvals, filtered, &site.cmd.text);
                }
            }
            // Input that is fixed text (`echo ~ | xargs rm -rf`): the
            // command xargs builds from it, judged as written out.
            // Also a here-string or here-document (`xargs -I{} sh -c {} <<<
            // 'rm -rf ~'`).
            let pos = site.cmd.pipeline;
            let input = (pos.index > 0)
                .then(|| decode_chain(&upstream(site)))
                .flatten()
                .or_else(|| site.cmd.redirects.iter().find_map(|r| r.input_text.clone()))
                .filter(|t| t.len() <= 4096);
            if let Some(input) = input {
                let replace = replace_string(vals.get(..i).unwrap_or(&[]));
                let cmd: Vec<&str> = all
                    .get(start + 1 + i..)
                    .unwrap_or(&[])
                    .iter()
                    .map(|a| a.word.raw.as_str())
                    .collect();
                // With -I, each input line is one argument, however many
                // words it holds; quoted so that it stays one.
                // `-0`: items end at NUL bytes (`printf '%s\0' ... | xargs -0`).
                let null = vals
                    .iter()
                    .take(i)
                    .any(|v| matches!(*v, "-0" | "--null") || v.starts_with("-0"));
                let input = if null {
                    input.replace('\0', "\n")
                } else {
                    input
                };
                let items: Vec<String> = match replace {
                    Some(_) => input
                        .lines()
                        .filter(|l| !l.trim().is_empty())
                        .take(16)
                        .map(str::to_owned)
                        .collect(),
                    None => input
                        .split_whitespace()
                        .take(16)
                        .map(str::to_owned)
                        .collect(),
                };
                // Without -I, xargs puts as many items on one command as
                // `-n`/`-L` allow (all of them by default): `echo 'push
                // --force origin main' | xargs git` runs one `git push
                // --force origin main`.
                let per = vals
                    .windows(2)
                    .find_map(|w| match w {
                        ["-n" | "-L" | "--max-args" | "--max-lines", n] => n.parse::<usize>().ok(),
                        _ => None,
                    })
                    .or_else(|| {
                        vals.iter().take(i).find_map(|v| {
                            v.strip_prefix("--max-args=")
                                .or_else(|| v.strip_prefix("-n"))
                                .and_then(|n| n.parse::<usize>().ok())
                        })
                    })
                    .filter(|n| *n > 0)
                    .unwrap_or(items.len().max(1));
                let lines: Vec<String> = match replace {
                    // The placeholder is replaced in each word's value (`sh
                    // -c '{}'` and `sh -c {}` alike), and the word quoted
                    // again so that it stays one argument.
                    Some(r) => items
                        .iter()
                        .map(|item| {
                            all.get(start + 1 + i..)
                                .unwrap_or(&[])
                                .iter()
                                .map(|a| {
                                    if a.dynamic() || !a.v().contains(r) {
                                        return a.word.raw.clone();
                                    }
                                    let v = a.v().replace(r, item);
                                    if plain_word(&v) {
                                        v
                                    } else {
                                        code::single_quote(&v)
                                    }
                                })
                                .collect::<Vec<_>>()
                                .join(" ")
                        })
                        .collect(),
                    None => items
                        .chunks(per)
                        .map(|c| format!("{} {}", cmd.join(" "), c.join(" ")))
                        .collect(),
                };
                for line in &lines {
                    self.script(line, site.depth + 1);
                }
            }
        }
    }
}

/// Where the command xargs runs starts among xargs's words after its name:
/// after its options (and their values) and a `--`.
pub(super) fn command_start(vals: &[&str]) -> usize {
    let mut i = 0;
    while let Some(v) = vals.get(i) {
        if *v == "--" {
            i += 1;
            break;
        }
        if !v.starts_with('-') {
            break;
        }
        if matches!(
            *v,
            "-a" | "-I"
                | "-d"
                | "-E"
                | "-L"
                | "-n"
                | "-P"
                | "-s"
                | "--arg-file"
                | "--delimiter"
                | "--max-args"
                | "--max-procs"
                | "--max-lines"
                | "--max-chars"
                | "--replace"
        ) {
            i += 1;
        }
        i += 1;
    }
    i
}

impl Walker<'_> {
    /// `LISTER ROOT | xargs PROG ARGS`: PROG is handed what the lister
    /// found under ROOT (`find ROOT`, `ls ROOT`, `grep -rl PATTERN ROOT`),
    /// judged as PROG applied to ROOT (`find::on_root`): `grep -rl OLD /etc
    /// | xargs sed -i s/OLD/NEW/` changes files under /etc (bol, session 28).
    fn xargs_on_roots(&mut self, site: Site<'_>, command: &[&str], own: &[&str]) {
        // Programs that change or move the files they are given; a shell
        // or interpreter handed `{}` is judged by the rest of `xargs`.
        // (shred is a deleter, judged before this is reached.)
        let changes = command.first().is_some_and(|p| {
            let p = paths::basename(p);
            super::find::MODE_CHANGERS.contains(&p)
                || super::find::IN_PLACE_EDITORS.contains(&p)
                || matches!(p, "mv" | "cp")
                || super::archives::compresses_in_place(p, command.get(1..).unwrap_or(&[]))
        });
        if !changes {
            // A printer handed every file a find lists (`find ~ -type f |
            // xargs cat`).
            let printer = command.first().map(|p| paths::basename(p)).unwrap_or("");
            let lister = upstream(site).into_iter().rev().find(|c| {
                c.argv
                    .first()
                    .is_some_and(|w| paths::basename(w.value_or_raw()) == "find")
            });
            if let Some(c) = lister {
                let words: Vec<&str> = c.argv.iter().skip(1).map(|w| w.value_or_raw()).collect();
                if !super::find::names_filtered(&words) {
                    for root in self.listed_roots(c).unwrap_or_default() {
                        let r = if root.is_empty() {
                            ".".to_owned()
                        } else {
                            root
                        };
                        self.prints_every_file(printer, &r, &site.cmd.text);
                    }
                }
            }
            return;
        }
        let replace = replace_string(own).unwrap_or("{}");
        let Some(roots) = upstream(site)
            .into_iter()
            .rev()
            .find_map(|c| self.listed_roots(c))
        else {
            return;
        };
        for root in self.absolute_roots(&roots, "changes", &site.cmd.text) {
            let line = super::find::on_root(command, &root, replace);
            self.script(&line, site.depth + 1);
        }
    }

    /// The absolute paths of a lister's roots (an empty root is the working
    /// directory), at most four; a root whose value cannot be known is
    /// unverifiable (`find "$DIR" | xargs chmod 777`: status item 8 of
    /// session 29), never dropped.
    fn absolute_roots(&mut self, roots: &[String], what: &str, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for root in roots.iter().take(4) {
            let r = if root.is_empty() { "." } else { root.as_str() };
            // `$HOME`, `$PWD/x`: values the walker knows.
            let known = if r.contains(['$', '`']) {
                self.known_value(r)
            } else {
                Some(r.to_owned())
            };
            let abs = known.and_then(|k| paths::absolute(&k, &k, k.starts_with('~'), &self.ctx));
            match abs {
                Some(abs) => out.push(abs),
                _ => self.find(
                    Unverifiable,
                    Medium,
                    format!(
                        "{what} what is listed under {r}, whose value cannot be known before it runs"
                    ),
                    text,
                ),
            }
        }
        out
    }
}

impl Walker<'_> {
    /// `LISTER ROOT | cpio -o`, `| tar -cf X -T -`, `| zip X -@`, `| pax
    /// -w`: an archiver handed what the lister found under ROOT packs ROOT,
    /// judged as `tar -cf X ROOT` is (`find /home/user -type f | cpio -ovH
    /// newc`: l101b and l101c, session 29).
    pub(super) fn archives_listed(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        let from_stdin = match name {
            "cpio" => vals
                .iter()
                .any(|v| *v == "--create" || short_cluster_has(v, 'o')),
            "tar" => {
                vals.windows(2)
                    .any(|w| matches!(w, ["-T" | "--files-from", "-"]))
                    || vals.iter().any(|v| matches!(*v, "-T-" | "--files-from=-"))
            }
            "zip" => vals.contains(&"-@"),
            "pax" => vals.iter().any(|v| short_cluster_has(v, 'w')),
            _ => false,
        };
        if !from_stdin {
            return;
        }
        let Some((roots, filtered)) = upstream(site).into_iter().rev().find_map(|c| {
            let filtered = c.argv.iter().any(|w| {
                matches!(
                    w.value_or_raw(),
                    "-name" | "-iname" | "-path" | "-ipath" | "-regex" | "-iregex"
                )
            });
            self.listed_roots(c).map(|r| (r, filtered))
        }) else {
            return;
        };
        for root in self.absolute_roots(&roots, "packs", &site.cmd.text) {
            // Files of /etc picked by name (`find /etc -name '*.conf' |
            // cpio`) are a configuration backup, not the whole of /etc
            // with its password hashes (l101, lcmdi).
            if filtered && root.trim_end_matches('/') == "/etc" {
                continue;
            }
            let line = format!("tar -cf /dev/null {}", code::single_quote(&root));
            self.script(&line, site.depth + 1);
        }
    }
}

/// xargs's replacement string among its own options (`-I R`, `-IR`,
/// `--replace=R`, `--replace R`, GNU's `-i` for `{}` and `-iR`), if any.
pub(super) fn replace_string<'v>(own: &[&'v str]) -> Option<&'v str> {
    own.windows(2)
        .find_map(|w| match w {
            ["-I" | "--replace", r] => Some(*r),
            _ => None,
        })
        .or_else(|| {
            own.iter().find_map(|v| {
                v.strip_prefix("--replace=")
                    .or_else(|| v.strip_prefix("-I").filter(|r| !r.is_empty()))
                    .or_else(|| (*v == "-i").then_some("{}"))
                    .or_else(|| v.strip_prefix("-i").filter(|r| !r.is_empty()))
            })
        })
}

impl Walker<'_> {
    /// The roots a listing command searches (`find A B`, `ls DIR`, `grep
    /// -rl PATTERN DIR`, `rg -l PATTERN DIR`), as bash runs them (`d=~;
    /// find $d`: the home); an empty root is the working directory, a root
    /// still holding `$` cannot be known. `None` for any other command.
    fn listed_roots(&self, c: &SimpleCommand) -> Option<Vec<String>> {
        let bound = self.bound_argv(&c.argv);
        let argv = bound.as_deref().unwrap_or(&c.argv);
        listed_roots(argv)
    }
}

pub(super) fn listed_roots(argv: &[Word]) -> Option<Vec<String>> {
    let words: Vec<&str> = argv.iter().map(|w| w.value_or_raw()).collect();
    let (prog, rest) = words.split_first()?;
    let operands: Vec<&str> = rest
        .iter()
        .copied()
        .filter(|v| !v.starts_with('-'))
        .collect();
    let roots: Vec<&str> = match paths::basename(prog) {
        "find" => rest
            .iter()
            .copied()
            .take_while(|v| !v.starts_with('-') && *v != "(" && *v != "!")
            .collect(),
        "ls" => operands,
        "grep" | "egrep" | "fgrep" | "rg" => {
            let lists = rest.iter().any(|v| {
                *v == "--files-with-matches"
                    || v.starts_with('-') && !v.starts_with("--") && v.contains('l')
            });
            let recursive = paths::basename(prog) == "rg"
                || rest.iter().any(|v| {
                    matches!(*v, "--recursive" | "--dereference-recursive")
                        || v.starts_with('-') && !v.starts_with("--") && v.contains(['r', 'R'])
                });
            if !lists || !recursive {
                return None;
            }
            // The pattern is the first operand unless given by -e or -f.
            let given = rest
                .iter()
                .any(|v| matches!(*v, "-e" | "-f" | "--regexp" | "--file"));
            operands.into_iter().skip(usize::from(!given)).collect()
        }
        _ => return None,
    };
    let mut out: Vec<String> = roots.into_iter().map(str::to_owned).collect();
    if out.is_empty() {
        out.push(String::new());
    }
    Some(out)
}
