//! A listing (`find ROOT`, `ls DIR`, `grep -rl PATTERN ROOT`) handed to a
//! program by any way bash has, not only a pipe into xargs: as arguments
//! (`cat $(find ~ -type f)`), through a loop's variable (`for f in $(find
//! ~); do cat "$f"; done`, `find ~ | while read f; do cat "$f"; done`), or
//! through a file or a process substitution xargs reads (`find ~ > l;
//! xargs cat < l`, `xargs cat < <(find ~)`). Each is the same data flow as
//! `LISTER | xargs PROG`, which `xargs.rs` judges (printers, changers,
//! deleters and archivers over the roots listed); so each is written in
//! that form and walked (session 35: all five spellings passed while the
//! pipe was denied).

use agentgate_shell::Nesting;

use super::*;

/// The command a listing substitution runs, when `raw` is one word that is
/// only that (`$(find ~ -type f)`, `` `ls ~/.ssh` ``, quoted or not) and
/// its command lists files as `xargs::listed_roots` reads listers (a
/// search only with `-l` and recursive: `grep -e X FILE` prints lines, as
/// bats-core's `LIBDIR=$(grep -e '^BATS_BASE_LIBDIR=' FILE)` does).
pub(super) fn listing_substitution(raw: &str) -> Option<&str> {
    let inner = super::util::substitution_body(raw)?.trim();
    // One substitution, not two side by side (`$(a)$(b)`).
    if inner.contains("$(") || inner.contains('`') {
        return None;
    }
    let words: Vec<Word> = inner
        .split_whitespace()
        .take_while(|w| *w != "|")
        .map(Word::plain)
        .collect();
    lists(&words).then_some(inner)
}

/// Whether a command's words list files (`find`, `ls`, `grep -rl`).
fn lists(argv: &[Word]) -> bool {
    argv.first().is_some_and(|w| !w.is_dynamic()) && super::xargs::listed_roots(argv).is_some()
}

impl Walker<'_> {
    /// Walks the `LISTER | xargs -I{} PROG ...` form of a command that is
    /// handed a listing another way (see the module's comment).
    pub(super) fn listing_handed(&mut self, site: Site<'_>) {
        self.data_named_files(site);
        let cmd = site.cmd;
        let Some(prog) = cmd.argv.first() else {
            return;
        };
        if prog.is_dynamic() || site.depth > 8 {
            return;
        }
        // `LISTER | while read f; do ...; done`: f holds each listed file.
        if prog.value_or_raw() == "read" {
            // A listing or a file's lines (`cat LIST | while read f`).
            let feeder = feeding_command(site).filter(|c| {
                let argv: Vec<&str> = c.argv.iter().map(Word::value_or_raw).collect();
                lists(&c.argv) || data_file(&argv).is_some()
            });
            if let Some(lister) = feeder.map(|c| c.text.clone()) {
                let vals: Vec<&str> = cmd.argv.iter().skip(1).map(Word::value_or_raw).collect();
                if let [var] = super::bound::read_names(&vals).as_slice() {
                    self.alts
                        .insert((*var).to_owned(), vec![format!("$({lister})")]);
                }
            }
            return;
        }
        let mut lines: Vec<String> = Vec::new();
        let raw: Vec<&str> = cmd.argv.iter().map(|w| w.raw.as_str()).collect();
        // As arguments.
        for (i, w) in cmd.argv.iter().enumerate().skip(1) {
            if let Some(inner) = listing_substitution(&w.raw) {
                // Last, it is what xargs appends (`rm -rf $(find . -name
                // x)`); elsewhere it takes xargs's replacement string.
                if i + 1 == raw.len() {
                    let words = raw.get(..i).unwrap_or(&[]).join(" ");
                    lines.push(format!("{inner} | xargs {words}"));
                    continue;
                }
                let words: Vec<&str> = raw
                    .iter()
                    .enumerate()
                    .map(|(j, r)| if j == i { "{}" } else { *r })
                    .collect();
                lines.push(format!("{inner} | xargs -I{{}} {}", words.join(" ")));
            }
        }
        // Through a variable that holds each listed file in turn.
        let joined = raw.join(" ");
        for (name, values) in &self.alts {
            let used = replace_var(&joined, name, "\u{0}") != joined;
            if !used {
                continue;
            }
            // A file a listing was saved to earlier in the line, read back
            // (`find ~ > l; while read f; do cat "$f"; done < l`), is
            // that listing.
            let listings: Vec<String> = values
                .iter()
                .filter_map(|v| {
                    listing_substitution(v).map(str::to_owned).or_else(|| {
                        let f = data_substitution(v)?;
                        self.listed_into
                            .iter()
                            .rev()
                            .find(|(l, _)| *l == f)
                            .map(|(_, lister)| lister.clone())
                    })
                })
                .take(2)
                .collect();
            for inner in &listings {
                let with = replace_var(&joined, name, "{}");
                // Only the last word: what xargs appends (`rm -rf $f`).
                let last = with
                    .strip_suffix(" {}")
                    .or_else(|| with.strip_suffix(" \"{}\""))
                    .filter(|before| !before.contains("{}"));
                match last {
                    Some(before) => lines.push(format!("{inner} | xargs {before}")),
                    None => lines.push(format!("{inner} | xargs -I{{}} {with}")),
                }
            }
        }
        // xargs reading a listing from a file or a process substitution.
        if paths::basename(prog.value_or_raw()) == "xargs" && cmd.pipeline.index == 0 {
            let input = cmd
                .redirects
                .iter()
                .filter(|r| r.kind == RedirectKind::Read)
                .find_map(|r| {
                    let t = r.target.as_ref()?;
                    let from_file = t
                        .literal
                        .as_deref()
                        .and_then(|p| self.listed_into.iter().rev().find(|(f, _)| f == p))
                        .map(|(_, l)| l.clone());
                    // `< <(LISTER)`: the analysis lists the substitution's
                    // command right after this one.
                    from_file.or_else(|| {
                        t.raw.starts_with("<(").then_some(())?;
                        let next = site.analysis.commands.get(site.index + 1)?;
                        let wrapped = format!("$({})", next.text);
                        (next.nesting == Nesting::ProcessSubstitution)
                            .then(|| listing_substitution(&wrapped).map(str::to_owned))
                            .flatten()
                    })
                });
            if let Some(inner) = input {
                lines.push(format!("{inner} | {joined}"));
            }
        }
        for line in lines.iter().take(4) {
            self.script(line, site.depth + 1);
        }
    }

    /// A variable given a listing (`f=$(find ~ -type f); cat $f`): it
    /// holds the listed files, as a loop's variable does.
    pub(super) fn listing_assigned(&mut self, name: &str, raw: &str) {
        if listing_substitution(raw).is_some() {
            self.alts.insert(name.to_owned(), vec![raw.to_owned()]);
        }
    }

    /// A listing's output saved to a file (`find ~ -type f > list`): what a
    /// later `xargs PROG < list` is handed.
    pub(super) fn record_listing(&mut self, site: Site<'_>) {
        let cmd = site.cmd;
        if !lists(&cmd.argv) {
            return;
        }
        let target = cmd
            .redirects
            .iter()
            .filter(|r| matches!(r.kind, RedirectKind::Write | RedirectKind::Append))
            .find_map(|r| r.target.as_ref()?.literal.clone());
        if let Some(t) = target {
            let raw: Vec<&str> = cmd.argv.iter().map(|w| w.raw.as_str()).collect();
            self.listed_into.push((t, raw.join(" ")));
        }
    }
}

/// Where file names handed to a program come from.
enum Named {
    /// The lines of a file.
    File(String),
    /// The output of a command (its text).
    Output(String),
}

/// Programs that read a file's content into what they print.
fn prints(prog: &str) -> bool {
    guard::prints_content(prog) || matches!(prog, "base64" | "base32" | "xxd" | "od" | "hexdump")
}

/// The file whose lines a command prints as they are or reordered (`cat
/// F`, `sort -u F`, `tac F`, `head -n 5 F`, `< F`): names read from it are
/// data the line does not show.
fn data_file(argv: &[&str]) -> Option<String> {
    match argv {
        ["<", f] => Some((*f).to_owned()),
        [prog, rest @ ..] if matches!(*prog, "cat" | "tac" | "sort" | "uniq" | "head" | "tail") => {
            let files: Vec<&&str> = rest.iter().filter(|w| !w.starts_with('-')).collect();
            // `head -n 5 F`: the count is the option's value.
            match files.as_slice() {
                [f] => Some((**f).to_owned()),
                [n, f] if n.parse::<u64>().is_ok() => Some((**f).to_owned()),
                _ => None,
            }
        }
        _ => None,
    }
}

impl Walker<'_> {
    /// File names read from data the line does not show handed to a
    /// program that deletes or prints what it is given: as arguments (`cat
    /// $(cat LIST)`, `rm -rf $(< LIST)`), or to xargs from a file (`xargs
    /// cat < LIST`, `xargs -a LIST rm`) or a pipe (`cat LIST | xargs cat`;
    /// for a deleter any input that is neither a listing nor fixed text).
    /// What LIST names cannot be known before it runs (a key's path
    /// saved by an earlier call): unverifiable, as `rm -rf $(CMD)` is.
    fn data_named_files(&mut self, site: Site<'_>) {
        let cmd = site.cmd;
        let words: Vec<&str> = cmd.argv.iter().map(Word::value_or_raw).collect();
        let Some((prog, rest)) = words.split_first() else {
            return;
        };
        let mut prog = paths::basename(prog);
        let mut handed: Option<Named> = None;
        if prog == "xargs" {
            let start = super::xargs::command_start(rest);
            let own = rest.get(..start).unwrap_or(&[]);
            prog = rest.get(start).map_or("", |p| paths::basename(p));
            let arg_file = own
                .iter()
                .position(|v| matches!(*v, "-a" | "--arg-file"))
                .and_then(|k| own.get(k + 1).map(|f| (*f).to_owned()))
                .or_else(|| {
                    own.iter()
                        .find_map(|v| v.strip_prefix("--arg-file=").map(str::to_owned))
                });
            let redirected = cmd
                .redirects
                .iter()
                .filter(|r| r.kind == RedirectKind::Read && r.input_text.is_none())
                .find_map(|r| r.target.as_ref()?.literal.clone());
            let piped = (cmd.pipeline.index > 0)
                .then(|| {
                    let up = upstream(site);
                    let source = up.first()?;
                    let argv: Vec<&str> = source.argv.iter().map(Word::value_or_raw).collect();
                    if let Some(f) = data_file(&argv) {
                        return Some(Named::File(f));
                    }
                    // A deleter is handed whatever another program prints,
                    // unless it is a listing (judged by xargs.rs) or fixed
                    // text (walked as written).
                    // `grep -l X FILES`: names among its own operands.
                    let program = argv.first().map(|p| paths::basename(p));
                    let names_operands = matches!(program, Some("grep" | "egrep" | "fgrep" | "rg"))
                        && argv.iter().any(|v| {
                            v.starts_with("--files-with")
                                || v.starts_with('-')
                                    && !v.starts_with("--")
                                    && v.contains(['l', 'L'])
                        });
                    let listing = lists(&source.argv)
                        || names_operands
                        || matches!(program, Some("find" | "ls"));
                    (super::find::DELETERS.contains(&prog)
                        && !listing
                        && decode_chain(&up).is_none())
                    .then(|| Named::Output(source.text.clone()))
                })
                .flatten();
            // With a replacement string, only where it is the file (`-I{}
            // cat {}`), not a pattern (`-I{} grep {} FILE`).
            let replaced = super::xargs::replace_string(own)
                .is_some_and(|r| words.last().is_none_or(|l| !l.contains(r)));
            handed = arg_file
                .or(redirected)
                .map(Named::File)
                .or(piped)
                .filter(|_| !replaced);
        } else if prints(prog) || super::find::DELETERS.contains(&prog) {
            // As a substitution, or through a variable that holds one (a
            // loop's, an assignment's, `read`'s fed by the file).
            let joined = cmd
                .argv
                .iter()
                .map(|w| w.raw.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            handed = cmd
                .argv
                .iter()
                .skip(1)
                .find_map(|w| data_substitution(&w.raw))
                .or_else(|| {
                    // In the names' order: the reason must not depend on the
                    // map's.
                    let mut used: Vec<(&String, &Vec<String>)> = self
                        .alts
                        .iter()
                        .filter(|(name, _)| replace_var(&joined, name, "\u{0}") != joined)
                        .collect();
                    used.sort_by_key(|(name, _)| *name);
                    used.into_iter()
                        .find_map(|(_, values)| values.iter().find_map(|v| data_substitution(v)))
                })
                .or_else(|| {
                    // `f=$(cat LIST); cat $f` (kept out of `alts`, where a
                    // value is also a command's name).
                    site.analysis
                        .commands
                        .iter()
                        .take(site.index)
                        .flat_map(|c| &c.assignments)
                        .filter(|a| replace_var(&joined, &a.name, "\u{0}") != joined)
                        .find_map(|a| data_substitution(&a.value.raw))
                })
                .map(Named::File);
        }
        // A file a listing was saved to earlier in the line is that listing
        // (walked by `listing_handed`).
        let handed = handed.filter(
            |n| !matches!(n, Named::File(f) if self.listed_into.iter().any(|(l, _)| l == f)),
        );
        let deletes = super::find::DELETERS.contains(&prog);
        if let Some(from) = handed.filter(|_| deletes || prints(prog)) {
            let what = if deletes { "deletes" } else { "prints" };
            let from = match from {
                Named::File(f) => format!("the file {f}"),
                Named::Output(command) => format!("the output of {command}"),
            };
            self.out.push(
                Category::Unverifiable,
                Severity::Medium,
                format!(
                    "{prog} {what} the files named in {from}, which cannot be known before it runs"
                ),
                &cmd.text,
            );
        }
    }
}

/// The file a substitution prints the lines of (`$(cat F)`, `$(< F)`,
/// `` `sort F` ``): file names read from it are data the line does not show.
fn data_substitution(raw: &str) -> Option<String> {
    let body = super::util::substitution_body(raw)?.trim();
    if body.contains(['|', ';', '&', '$', '`']) {
        return None;
    }
    let argv: Vec<&str> = body.split_whitespace().collect();
    let argv = match argv.split_first() {
        Some((first, more)) if first.len() > 1 && first.starts_with('<') => {
            vec!["<", first.trim_start_matches('<')]
                .into_iter()
                .chain(more.iter().copied())
                .collect()
        }
        _ => argv,
    };
    data_file(&argv)
}

/// The command whose output feeds the compound command `site` is in
/// (`find ~ | while read f; ...`): the closest earlier command that is a
/// pipeline element followed by no simple command (the next element is a
/// compound), with only commands of control flow between.
fn feeding_command<'a>(site: Site<'a>) -> Option<&'a SimpleCommand> {
    if site.cmd.nesting != Nesting::ControlFlow {
        return None;
    }
    let commands = &site.analysis.commands;
    let before = commands.get(..site.index)?;
    for (k, c) in before.iter().enumerate().rev() {
        let between_nested = before
            .get(k + 1..)
            .is_some_and(|b| b.iter().all(|x| x.nesting == Nesting::ControlFlow));
        if !between_nested {
            return None;
        }
        let p = c.pipeline;
        let next_simple = commands
            .iter()
            .any(|x| x.pipeline.id == p.id && x.pipeline.index == p.index + 1);
        if p.index + 1 < p.len && !next_simple {
            return Some(c);
        }
        if c.nesting != Nesting::ControlFlow {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listing_substitutions() {
        assert_eq!(
            listing_substitution("$(find ~ -type f)"),
            Some("find ~ -type f")
        );
        assert_eq!(listing_substitution("\"$(ls ~/.ssh)\""), Some("ls ~/.ssh"));
        assert_eq!(
            listing_substitution("`grep -rl x /etc`"),
            Some("grep -rl x /etc")
        );
        assert_eq!(listing_substitution("$(date)"), None);
        assert_eq!(listing_substitution("$(grep -e '^X=' f)"), None);
        assert_eq!(
            listing_substitution("$(grep -rl x .)"),
            Some("grep -rl x .")
        );
        assert_eq!(listing_substitution("$(find a)$(find b)"), None);
        assert_eq!(listing_substitution("x$(find a)"), None);
    }
}
