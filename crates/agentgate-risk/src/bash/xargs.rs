//! `xargs`: the command it runs, and the commands it builds from input the
//! line shows (`echo ~ | xargs rm -rf`, `printf '%s\0' ... | xargs -0 -I{}
//! sh -c '{}'`).

use super::*;

impl Walker<'_> {
    pub(super) fn xargs(&mut self, site: Site<'_>, all: &[Arg<'_>], start: usize, vals: &[&str]) {
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
        if i < vals.len() {
            self.simple(site, all, start + 1 + i);
            // `find ROOT ... | xargs rm -rf`: the command deletes what find
            // lists, judged as `find ROOT ... -delete` is.
            let deletes = vals
                .get(i)
                .is_some_and(|n| super::find::DELETERS.contains(&paths::basename(n)));
            let pos = site.cmd.pipeline;
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
                    if !prog.is_some_and(|p| FILTERS.contains(&p)) {
                        break;
                    }
                    filtered = true;
                }
                if let Some((c, prog)) = lister {
                    let mut fvals: Vec<&str> =
                        c.argv.iter().skip(1).map(|w| w.value_or_raw()).collect();
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
                let replace = vals
                    .windows(2)
                    .find_map(|w| match w {
                        ["-I", r] | ["--replace", r] => Some(*r),
                        _ => None,
                    })
                    .or_else(|| {
                        vals.iter().take(i).find_map(|v| {
                            v.strip_prefix("--replace=")
                                .or_else(|| v.strip_prefix("-I").filter(|r| !r.is_empty()))
                                .or_else(|| (*v == "-i").then_some("{}"))
                                .or_else(|| v.strip_prefix("-i").filter(|r| !r.is_empty()))
                        })
                    });
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
