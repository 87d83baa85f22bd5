//! awk programs: the commands they run (`system()`, `| getline`, `print |
//! "CMD"`, gawk's `|&` coprocesses and `/inet/` sockets), split from
//! interp.rs (session 49).

use super::*;

/// What an awk program runs.
#[derive(Debug, PartialEq, Eq)]
enum Runs {
    /// No run site at all.
    Nothing,
    /// Every run site holds a string the program shows whole; each
    /// command, and whether the program prints into it (it then reads the
    /// printed text as its input).
    Shown(Vec<(String, bool)>),
    /// Some run site holds something else (a variable, a concatenation).
    Built,
}

impl<'c> Walker<'c> {
    /// An awk program given on the command line, with the `-v` values
    /// that may hold its commands.
    pub(super) fn awk(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        let text = &site.cmd.text;
        // The program is the first operand (`-v k=v`, `-F SEP` and `-f
        // FILE` values are not).
        let prog = vals.iter().enumerate().find_map(|(i, v)| {
            let value = i
                .checked_sub(1)
                .and_then(|p| vals.get(p))
                .is_some_and(|o| matches!(*o, "-v" | "-F" | "-f"));
            (!v.starts_with('-') && !value).then_some(*v)
        });
        let Some(prog) = prog else {
            return;
        };
        let runs = awk_runs(prog);
        // gawk's special files /inet/tcp/... are sockets: reading
        // commands from one and running them is a reverse shell.
        if prog.contains("/inet/") && (prog.contains("getline") || runs != Runs::Nothing) {
            self.out.effects.egress = true;
            self.find(
                Exfil,
                Critical,
                "awk runs commands read from a network socket (/inet/): a reverse shell",
                text,
            );
        }
        if runs == Runs::Nothing && !prog.contains("/inet/") {
            return;
        }
        // Asked even when the command is ordinary and shown whole: awk's
        // `system()` and `| getline` hand over to a shell (GTFOBins' awk
        // "command" function; a deny rule of the settings never sees the
        // command inside: regressions_s11). A program printed into reads
        // the printed text as data (`print $1 | "sort -u"`), unless it is
        // a shell, an interpreter or a program with a command prompt (the
        // text is its script), or a program the line wrote.
        let shown: &[(String, bool)] = match &runs {
            Runs::Shown(cmds) => cmds,
            Runs::Nothing | Runs::Built => &[],
        };
        let data_only = matches!(runs, Runs::Shown(_))
            && !prog.contains("/inet/")
            && shown.iter().all(|(c, printed_into)| {
                let first = c.split_whitespace().next().unwrap_or("");
                let base = paths::basename(first);
                let reads_script = agentgate_commands::INTERPRETERS.contains(&base)
                    || agentgate_commands::SHELLS.contains(&base)
                    || agentgate_commands::prompt(base).is_some();
                *printed_into && !reads_script && !self.spawns_program(c)
            });
        if !data_only {
            self.find(Obf, Medium, "runs shell commands from an awk program", text);
        }
        // A command printed into reads what awk prints: judged as fed by
        // awk (`print | "xargs rm"` deletes names nobody can know).
        for (c, printed_into) in shown {
            if *printed_into {
                self.script(&format!("{name} | {c}"), site.depth + 1);
            } else {
                self.script(c, site.depth + 1);
            }
        }
        // `awk -v c='CMD' 'BEGIN{system(c)}'`: a variable set on the
        // command line, run.
        for (k, v) in vals.windows(2).filter_map(|w| match w {
            ["-v", kv] => kv.split_once('='),
            _ => None,
        }) {
            // `system(c)`, or `print x | c` (the variable whole: `| cat` is
            // not `| c`).
            let piped = ["| ", "|", "|& "].iter().any(|p| {
                prog.match_indices(&format!("{p}{k}")).any(|(i, m)| {
                    prog.get(i + m.len()..)
                        .and_then(|r| r.chars().next())
                        .is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '_'))
                })
            });
            let called = system_args(prog).any(|a| a.trim_start().starts_with(k)) || piped;
            if called {
                self.script(v, site.depth + 1);
            }
        }
        self.code(site, name, prog);
        // Printed into a shell, or into a command the program builds (a
        // variable may hold `sh`): the program's strings may be its
        // script.
        if runs == Runs::Built
            || shown
                .iter()
                .any(|(c, printed)| *printed && code::is_bare_shell(c))
        {
            for lit in code::literals(prog) {
                if !code::is_bare_shell(&lit) {
                    self.script(&lit, site.depth + 1);
                }
            }
        }
    }
}

/// The text after each call of awk's `system` (blanks are allowed before
/// its parenthesis: `system ("CMD")`), from just inside the parenthesis.
fn system_args(prog: &str) -> impl Iterator<Item = &str> {
    prog.match_indices("system").filter_map(move |(i, m)| {
        let word_start = prog
            .get(..i)?
            .chars()
            .next_back()
            .is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '_'));
        let rest = prog.get(i + m.len()..)?.trim_start();
        word_start.then(|| rest.strip_prefix('('))?
    })
}

/// A string literal of awk (double quotes only) at the start of `s`,
/// its escapes read as awk reads them (`"\x73h"` is `sh`, `"\162m"` is
/// `rm`: a bypass found reviewing session 49's reader), and the text
/// after it. Written by hand: awk's escapes are POSIX's plus gawk's
/// `\x`, which no crate of the field reads.
fn awk_string(s: &str) -> Option<(String, &str)> {
    let s = s.trim_start();
    let body = s.strip_prefix('"')?;
    let mut out = String::new();
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, body.get(i + 1..)?)),
            '\\' => {
                let (_, e) = chars.next()?;
                match e {
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    'r' => out.push('\r'),
                    'a' => out.push('\u{7}'),
                    'b' => out.push('\u{8}'),
                    'f' => out.push('\u{c}'),
                    'v' => out.push('\u{b}'),
                    'x' => {
                        let mut v = 0u32;
                        let mut n = 0;
                        while n < 2 {
                            let Some(d) = chars.peek().and_then(|(_, d)| d.to_digit(16)) else {
                                break;
                            };
                            v = v * 16 + d;
                            n += 1;
                            chars.next();
                        }
                        out.push(if n == 0 { 'x' } else { char::from_u32(v)? });
                    }
                    '0'..='7' => {
                        let mut v = e.to_digit(8)?;
                        let mut n = 1;
                        while n < 3 {
                            let Some(d) = chars.peek().and_then(|(_, d)| d.to_digit(8)) else {
                                break;
                            };
                            v = v * 8 + d;
                            n += 1;
                            chars.next();
                        }
                        out.push(char::from_u32(v)?);
                    }
                    other => out.push(other),
                }
            }
            c => out.push(c),
        }
    }
    None
}

/// Whether `s`, the text after an expression, ends the statement (so the
/// expression was whole: `"CMD"` and not `"rm " $1`).
fn ends_statement(s: &str) -> bool {
    let s = s.trim_start();
    s.is_empty()
        || s.starts_with([';', '}', '\n', ')'])
        || s.starts_with("||")
        || s.starts_with("&&")
}

/// The statement `before` ends in, read two ways: from the last `;`, `{`,
/// `}` or newline, and from the last one outside a string literal.
fn statement_starts(before: &str) -> impl Iterator<Item = &str> {
    let naive = before
        .rsplit([';', '{', '}', '\n'])
        .next()
        .unwrap_or(before);
    let mut in_string = false;
    let mut escaped = false;
    let mut start = 0;
    for (i, c) in before.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            ';' | '{' | '}' | '\n' if !in_string => start = i + 1,
            _ => {}
        }
    }
    let aware = before.get(start..).unwrap_or(before);
    [naive.trim_start(), aware.trim_start()].into_iter()
}

/// The commands an awk program runs: `system(CMD)`, `CMD | getline
/// [var]`, `CMD |& getline`, `print ... | CMD`, `print ... |& CMD`. A `|`
/// that is none of these (a regular expression's alternation, a bar in a
/// string) runs nothing.
fn awk_runs(prog: &str) -> Runs {
    let mut cmds = Vec::new();
    let mut built = false;
    for arg in system_args(prog) {
        match awk_string(arg) {
            Some((lit, tail)) if tail.trim_start().starts_with(')') => cmds.push((lit, false)),
            _ => built = true,
        }
    }
    for (i, _) in prog.match_indices('|') {
        let (Some(before), Some(after)) = (prog.get(..i), prog.get(i + 1..)) else {
            built = true;
            continue;
        };
        // `||` is a logical or.
        if before.ends_with('|') || after.starts_with('|') {
            continue;
        }
        let after = after.strip_prefix('&').unwrap_or(after).trim_start();
        if after.starts_with("getline") {
            // `"CMD" | getline`: the literal just before the bar, standing
            // alone (after a statement's start or an opening parenthesis).
            let lit = before.trim_end().strip_suffix('"').and_then(|l| {
                let start = l.rfind('"')?;
                let lead = l.get(..start)?.trim_end();
                let alone = lead.is_empty() || lead.ends_with(['(', ';', '{', '}', '\n']);
                let raw = l.get(start + 1..)?;
                // An escaped quote inside would put the start elsewhere.
                if !alone || raw.ends_with('\\') {
                    return None;
                }
                awk_string(&format!("\"{raw}\"")).map(|(lit, _)| lit)
            });
            match lit {
                Some(lit) => cmds.push((lit, false)),
                None => built = true,
            }
            continue;
        }
        // `... | "CMD"`: a string after a bar is a command printed into
        // (read without regard to the statement, which a brace in a
        // string or a quote in a regular expression can hide).
        if after.starts_with('"') {
            match awk_string(after) {
                Some((lit, tail)) if ends_statement(tail) => cmds.push((lit, true)),
                _ => built = true,
            }
            continue;
        }
        // `print ... | cmd`: a bar in a print statement, however the
        // statement's start is read, runs what follows.
        if statement_starts(before).any(|st| st.starts_with("print")) {
            built = true;
        }
    }
    if built {
        Runs::Built
    } else if cmds.is_empty() {
        Runs::Nothing
    } else {
        Runs::Shown(cmds)
    }
}

#[cfg(test)]
mod tests {
    use super::{awk_runs, Runs};

    fn shown(v: &[(&str, bool)]) -> Runs {
        Runs::Shown(v.iter().map(|(c, p)| ((*c).to_owned(), *p)).collect())
    }

    #[test]
    fn run_sites_are_found_however_spelt() {
        assert_eq!(awk_runs("BEGIN{system(\"ls\")}"), shown(&[("ls", false)]));
        assert_eq!(awk_runs("BEGIN{system (\"ls\")}"), shown(&[("ls", false)]));
        assert_eq!(
            awk_runs("BEGIN{ \"id\" |& getline x }"),
            shown(&[("id", false)])
        );
        assert_eq!(
            awk_runs("{ print $1 | \"sort -u\" }"),
            shown(&[("sort -u", true)])
        );
        assert_eq!(awk_runs("{ print |& \"sh\" }"), shown(&[("sh", true)]));
        assert_eq!(awk_runs("BEGIN{system(\"rm \" $1)}"), Runs::Built);
        assert_eq!(awk_runs("{ print | cmd }"), Runs::Built);
        assert_eq!(awk_runs("{ print $0 | \"rm \" $1 }"), Runs::Built);
        assert_eq!(
            awk_runs("BEGIN { print \"find ~ -exec cat {} +\" | \"sh\" }"),
            shown(&[("sh", true)])
        );
        assert_eq!(
            awk_runs("/\"/ { x = 1 }; { print \"a\" | cmd }"),
            Runs::Built
        );
        assert_eq!(awk_runs("BEGIN{ x \"ls\" | getline }"), Runs::Built);
        assert_eq!(awk_runs("BEGIN{ cmd | getline }"), Runs::Built);
        assert_eq!(awk_runs("BEGIN{ mysystem(1) }"), Runs::Nothing);
        assert_eq!(
            awk_runs("BEGIN{ print \"x\" | \"\\x73h\" }"),
            shown(&[("sh", true)])
        );
        assert_eq!(
            awk_runs("BEGIN{ system(\"\\162m -rf ~\") }"),
            shown(&[("rm -rf ~", false)])
        );
        assert_eq!(
            awk_runs("BEGIN{ \"\\151d\" | getline x }"),
            shown(&[("id", false)])
        );
    }

    #[test]
    fn bars_that_run_nothing() {
        assert_eq!(awk_runs("/foo|bar/ { print $2 }"), Runs::Nothing);
        assert_eq!(awk_runs("$1 == \"a\" || $1 == \"b\""), Runs::Nothing);
        assert_eq!(awk_runs("{ gsub(/a|b/, \"x\"); print }"), Runs::Nothing);
        assert_eq!(awk_runs("getline line < \"f\""), Runs::Nothing);
    }
}
