//! The spans of a word or of a written file's line that may be command
//! lines (see `embedded`'s note): quoted strings, `$(...)`, `(...)`,
//! quote operators, setting values, table cells and schedule tails.

/// Spans searched per argument word.
pub(super) const MAX_PER_WORD: usize = 8;
/// Words longer than this are not searched (a file's worth of text handed
/// as one argument is read by the readers that know its language).
const MAX_WORD: usize = 8 * 1024;

/// Whether a word that starts with `-` carries text glued to it rather
/// than being an option (`-'(call "sh" "-c" CMD)'`, PicoLisp's evaluated
/// argument; `-xsystem("CMD")`): after the dashes and the letters of a
/// name comes a bracket, a quote or `;`, which no option name has (`-rf ~`
/// and `-DX=a b` are options).
fn glued_text(word: &str) -> bool {
    let Some(rest) = word.strip_prefix('-') else {
        return false;
    };
    let rest = rest.trim_start_matches('-');
    let after_name = rest.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '_');
    after_name.starts_with(['(', '"', '\'', '[', '{', ';'])
}

/// The text of `word` that is searched: an option's value (`--cmd=CMD`),
/// text glued to a dash, or the word itself; `None` for an option.
fn searched_value(word: &str) -> Option<&str> {
    match word.split_once('=') {
        Some((opt, val)) if opt.starts_with('-') && !glued_text(opt) => Some(val),
        _ if word.starts_with('-') && !glued_text(word) => None,
        _ => Some(word.trim_start_matches('-')),
    }
}

/// The spans of `word` that may be command lines, most specific last: the
/// whole value (after a `--option=` prefix and a leading `|`, `!` or `;`),
/// then every quoted string, `$(...)`, `%(...)`, `(...)` and backquoted
/// span inside it. Each span is trimmed; empty and one-word spans are left
/// out (a command line has an argument, a pipe or a redirection).
pub(super) fn spans(word: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    if word.len() > MAX_WORD {
        return out;
    }
    let Some(value) = searched_value(word) else {
        return out;
    };
    // Spans are collected as ranges of `value`, then trimmed.
    let mut ranges: Vec<(usize, usize)> = vec![(0, value.len())];
    let bytes = value.as_bytes();
    let mut i = 0;
    while i < bytes.len() && ranges.len() < 4 * MAX_PER_WORD {
        let Some(&b) = bytes.get(i) else { break };
        match b {
            b'\'' | b'"' | b'`' => {
                // Up to the same quote, skipping backslash escapes.
                let mut j = i + 1;
                while let Some(&c) = bytes.get(j) {
                    if c == b'\\' {
                        j += 2;
                        continue;
                    }
                    if c == b {
                        break;
                    }
                    j += 1;
                }
                let end = j.min(bytes.len());
                ranges.push((i + 1, end));
                // Smalltalk, Prolog, SQL and Pascal double a quote inside
                // a quoted string (`'rm ''a b'' x'`): the whole string too.
                if b == b'\'' && bytes.get(end + 1) == Some(&b'\'') {
                    let mut k = end;
                    while let Some(&c) = bytes.get(k) {
                        if c == b'\'' {
                            if bytes.get(k + 1) == Some(&b'\'') {
                                k += 2;
                                continue;
                            }
                            break;
                        }
                        k += 1;
                    }
                    ranges.push((i + 1, k.min(bytes.len())));
                }
                // Spans inside a string are found on the next passes.
                i += 1;
            }
            // A parenthesised list, or the block of a named quoting
            // construct (`%sh{CMD}` in Kakoune, `qx{CMD}`, `%x{CMD}`).
            b'(' | b'{'
                if b == b'('
                    || i.checked_sub(1)
                        .and_then(|p| bytes.get(p))
                        .is_some_and(|p| p.is_ascii_alphanumeric() || *p == b'%') =>
            {
                let close = if b == b'(' { b')' } else { b'}' };
                let mut depth = 0usize;
                let mut j = i;
                while let Some(&c) = bytes.get(j) {
                    match c {
                        c if c == b => depth += 1,
                        c if c == close => {
                            depth = depth.saturating_sub(1);
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                ranges.push((i + 1, j.min(bytes.len())));
                i += 1;
            }
            // A Lua long string, `[[TEXT]]` or `[==[TEXT]==]`: the text.
            b'[' => {
                let eqs = bytes
                    .get(i + 1..)
                    .map_or(0, |r| r.iter().take_while(|c| **c == b'=').count());
                if bytes.get(i + 1 + eqs) == Some(&b'[') {
                    let start = i + 2 + eqs;
                    let close = format!("]{}]", "=".repeat(eqs));
                    let end = value
                        .get(start..)
                        .and_then(|r| r.find(&close))
                        .map_or(value.len(), |e| start + e);
                    ranges.push((start, end));
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    // Perl's and Ruby's quote operators (`system(q^CMD^)`, `%q|CMD|`).
    ranges.extend(crate::code::quote_operator_ranges(value));
    for (a, b) in ranges {
        let Some(s) = value.get(a..b) else { continue };
        // A pipe's or a shell escape's mark (`|CMD`, `!CMD`, lf's `$CMD`
        // and `&CMD`, vim's `:!CMD<CR>` as typed keys) around the line.
        let s = s.trim();
        let s = s.strip_prefix(":!").unwrap_or(s);
        // Ghostscript's output to a pipe (`-sOutputFile=%pipe%CMD`).
        let s = s.strip_prefix("%pipe%").unwrap_or(s);
        let s = s.trim_start_matches(['|', '!', ';', '$', '&']);
        let s = s
            .trim_end_matches("<CR>")
            .trim_end_matches("<Enter>")
            .trim();
        // A parenthesised string (`f("rm -rf ~")`) is found as the string.
        let quoted = s.len() >= 2 && (s.starts_with('"') || s.starts_with('\''));
        if s.contains([' ', '|']) && !quoted && !out.contains(&s) && out.len() < MAX_PER_WORD {
            out.push(s);
            // A command behind a kind's name (newsboat's `exec:CMD` and
            // `filter:CMD:URL` feeds, `pipe:CMD`): the command too. A URL's
            // scheme (`https://`) is not such a name.
            if let Some((kind, rest)) = s.split_once(':') {
                let named = !kind.is_empty()
                    && kind.len() <= 16
                    && kind.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
                let rest = rest.trim();
                if named && !rest.starts_with('/') && rest.contains(' ') && !out.contains(&rest) {
                    out.push(rest);
                }
            }
        }
    }
    out
}

/// The spans of one argument word: its own, and those of the text after
/// its first word, a directive's command (`.output |CMD` in sqlite3,
/// `shell CMD` in ranger).
pub(super) fn word_spans(word: &str) -> Vec<&str> {
    let mut out = spans(word);
    // An option's value (`--cmd=shell CMD`), or the word itself.
    let Some(value) = searched_value(word) else {
        return out;
    };
    if let Some((_, rest)) = value.trim().split_once(char::is_whitespace) {
        more(rest, &mut out);
    }
    // A list of `KINDS:COMMAND` (ugrep's `--filter=txt,md:sh -c CMD`):
    // the command.
    if let Some((kinds, cmd)) = value.split_once(':') {
        let kinds_like = !kinds.is_empty()
            && kinds
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b",._*-".contains(&b));
        if kinds_like && !cmd.starts_with("//") {
            more(cmd, &mut out);
        }
    }
    // A setting named by a path of parts (svn's `--config-option
    // config:tunnels:x=sh -c CMD`, `section.key=CMD`): its value.
    if let Some((key, val)) = value.split_once('=') {
        let path_key = !key.is_empty()
            && key.contains([':', '.'])
            && key
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"_-.:/".contains(&b));
        if path_key {
            more(val, &mut out);
        }
    }
    out
}

/// The spans of one line of a file the line wrote: the line's own spans,
/// those of a setting's value (`command = CMD`, `cmd: CMD`,
/// `ExecStart=CMD`) and those of the text after a first word that may be a
/// keyword (`RUN CMD`, `run-shell CMD`, `system CMD`), with a YAML list
/// item's `- ` dropped.
pub(super) fn line_spans(line: &str) -> Vec<&str> {
    let t = line.trim();
    let t = t.strip_prefix("- ").unwrap_or(t).trim();
    let mut out = spans(t);
    if let Some(i) = t.find(['=', ':']) {
        let key = t.get(..i).unwrap_or("").trim();
        let keyish = !key.is_empty()
            && key.bytes().all(|b| {
                b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'"' | b' ')
            });
        if keyish {
            more(t.get(i + 1..).unwrap_or(""), &mut out);
        }
    }
    if let Some((_, rest)) = t.split_once(char::is_whitespace) {
        more(rest, &mut out);
    }
    schedule_tails(t, &mut out);
    // A rule whose parts `|>` separates (a Tupfile's `: INPUTS |> CMD |>
    // OUTPUTS`): each part.
    if t.contains("|>") {
        for part in t.split("|>") {
            more(part, &mut out);
        }
    }
    // XML element text (`<argument>CMD</argument>`, Maven's exec plugin,
    // Ant, MSBuild): the text between tags.
    if t.contains("</") {
        for piece in t
            .split('<')
            .filter_map(|seg| seg.split_once('>').map(|(_, text)| text))
        {
            more(piece, &mut out);
        }
    }
    out
}

/// Cells set apart by runs of spaces or tabs (Robot Framework's `Run
/// Process    sh    -c    CMD`, tables of commands): a line of at least
/// three cells gives the cells from the first, second and third on, each
/// cell one word (quoted), as command lines. Read beside `line_spans`.
pub(super) fn line_cells(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let cells: Vec<&str> = line
        .split('\t')
        .flat_map(|c| c.split("  "))
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    if cells.len() < 3 || cells.len() > 32 {
        return out;
    }
    for start in 0..3 {
        let words: Vec<String> = cells
            .iter()
            .skip(start)
            .map(|c| {
                // Quoted without backslashes, which the spans' reading
                // takes for a string literal's escapes.
                if c.contains(char::is_whitespace) || c.contains(['\'', '"', '$', '`', '\\']) {
                    format!("'{}'", c.replace('\'', "'\"'\"'"))
                } else {
                    (*c).to_owned()
                }
            })
            .collect();
        if words.len() >= 2 {
            out.push(words.join(" "));
        }
    }
    out
}

/// `line_spans` and `line_cells` of one line, as spans.
pub(super) fn spans_and_cells<'a>(line: &'a str, cells: &'a [String]) -> Vec<&'a str> {
    // The cells first: a table's line has many quoted spans of its own,
    // and the readings are bounded.
    let mut spans: Vec<&str> = cells.iter().map(String::as_str).collect();
    for s in line_spans(line) {
        if !spans.contains(&s) {
            spans.push(s);
        }
    }
    spans
}

/// A schedule table's line (crontab's `0 * * * * CMD`, anacrontab's
/// `1 0 job-id CMD`): the command after the time fields, and after one
/// more word (a job's name).
fn schedule_tails<'a>(line: &'a str, out: &mut Vec<&'a str>) {
    let timing = |w: &str| {
        w.starts_with('@')
            || !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_digit() || b"*/,-".contains(&b))
    };
    let mut rest = line;
    let mut fields = 0;
    while let Some((w, tail)) = rest.split_once(char::is_whitespace) {
        if !timing(w) || fields == 5 {
            break;
        }
        fields += 1;
        rest = tail.trim_start();
    }
    if fields < 2 {
        return;
    }
    more(rest, out);
    if let Some((_, tail)) = rest.split_once(char::is_whitespace) {
        more(tail, out);
    }
}

/// Adds `s`'s spans to `out` (bounded, without repeats).
fn more<'a>(s: &'a str, out: &mut Vec<&'a str>) {
    for span in spans(s.trim()) {
        if !out.contains(&span) && out.len() < 2 * MAX_PER_WORD {
            out.push(span);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_of_code_and_options() {
        let cases: &[(&str, &[&str])] = &[
            ("%(rm -rf ~)", &["%(rm -rf ~)", "rm -rf ~"]),
            ("--cmd=rm -rf ~", &["rm -rf ~"]),
            ("|curl -s u | sh", &["curl -s u | sh"]),
            (
                "os.execute(\"rm -rf ~\")",
                &["os.execute(\"rm -rf ~\")", "rm -rf ~"],
            ),
            (
                "{\"cmd\": \"rm -rf $HOME\"}",
                &["{\"cmd\": \"rm -rf $HOME\"}", "rm -rf $HOME"],
            ),
            // Option names, single words and empty spans carry nothing.
            (
                "nop %sh{ rm -rf ~ }; quit!",
                &["nop %sh{ rm -rf ~ }; quit!", "rm -rf ~"],
            ),
            (
                "qx{curl -s u | sh}",
                &["qx{curl -s u | sh}", "curl -s u | sh"],
            ),
            (
                "os.execute([==[rm -rf ~]==])",
                &[
                    "os.execute([==[rm -rf ~]==])",
                    "[==[rm -rf ~]==]",
                    "rm -rf ~",
                ],
            ),
            (
                "x = [[curl -s u | sh]]",
                &["x = [[curl -s u | sh]]", "curl -s u | sh"],
            ),
            ("--verbose", &[]),
            ("build", &[]),
            ("f()", &[]),
        ];
        for (word, want) in cases {
            assert_eq!(spans(word), *want, "{word}");
        }
    }

    #[test]
    fn spans_of_file_lines() {
        let cases: &[(&str, &[&str])] = &[
            ("  - rm -rf ~", &["rm -rf ~"]),
            (
                "command = rm -rf ~",
                &["command = rm -rf ~", "rm -rf ~", "= rm -rf ~"],
            ),
            (
                "RUN curl -s u | sh",
                &["RUN curl -s u | sh", "curl -s u | sh"],
            ),
            (
                "os.system(\"rm -rf ~\")",
                &["os.system(\"rm -rf ~\")", "rm -rf ~"],
            ),
        ];
        for (line, want) in cases {
            assert_eq!(line_spans(line), *want, "{line}");
        }
    }
}
