//! `while read VAR; do ...; done <<< TEXT`: the loop variable takes each
//! line of a here-string or here-document whose text is static, the way a
//! `for` loop's variable takes its words. Without it, `eval "$l"` in such a
//! loop is a program nobody can check, although its text is in the line.

use brush_parser::ast;

use crate::analyze::{Redirect, RedirectKind};

/// At most this many lines are bound (the risk crate reads 32 values).
const MAX_LINES: usize = 64;

/// The variable a `while` condition that is exactly one `read` reads into,
/// and whether it reads raw (`-r`: backslashes kept). `None` for any other
/// condition, for options that change what a line is (`-d`, `-n`, `-N`,
/// `-a`, `-u`), or for several variables (each would get one field).
pub(crate) fn read_condition(cond: &ast::CompoundList) -> Option<(String, bool)> {
    let [ast::CompoundListItem(and_or, _)] = cond.0.as_slice() else {
        return None;
    };
    if !and_or.additional.is_empty() || and_or.first.bang {
        return None;
    }
    let [ast::Command::Simple(simple)] = and_or.first.seq.as_slice() else {
        return None;
    };
    if simple.prefix.is_some() || simple.word_or_name.as_ref()?.value != "read" {
        return None;
    }
    let mut words = Vec::new();
    for item in simple.suffix.iter().flat_map(|s| s.0.iter()) {
        match item {
            ast::CommandPrefixOrSuffixItem::Word(w) => words.push(w.value.as_str()),
            _ => return None,
        }
    }
    let mut raw = false;
    let mut names = Vec::new();
    let mut it = words.into_iter();
    while let Some(w) = it.next() {
        if let Some(flags) = w.strip_prefix('-').filter(|f| !f.is_empty()) {
            for (i, f) in flags.char_indices() {
                match f {
                    'r' => raw = true,
                    's' | 'e' => {}
                    // A prompt or a timeout: the value follows, attached or
                    // as the next word.
                    'p' | 't' => {
                        if flags.len() == i + 1 {
                            it.next()?;
                        }
                        break;
                    }
                    _ => return None,
                }
            }
        } else {
            names.push(w);
        }
    }
    let name = match names.as_slice() {
        [] => "REPLY",
        [one] => *one,
        _ => return None,
    };
    let ident = name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    ident.then(|| (name.to_owned(), raw))
}

/// The redirection that is a loop's standard input: the last one of
/// descriptor 0 that reads.
fn last_input(redirects: &[Redirect]) -> Option<&Redirect> {
    redirects.iter().rev().find(|r| {
        r.fd.is_none_or(|fd| fd == 0)
            && matches!(
                r.kind,
                RedirectKind::Read
                    | RedirectKind::ReadWrite
                    | RedirectKind::Duplicate
                    | RedirectKind::HereInput
            )
    })
}

/// The lines `read` returns from the loop's standard input when a
/// here-string or here-document with static text is the last redirection
/// of descriptor 0, or a process substitution printing fixed text;
/// `None` when the input is anything else.
pub(crate) fn input_lines(redirects: &[Redirect], raw: bool) -> Option<Vec<String>> {
    let last = last_input(redirects)?;
    // A here-string or here-document, or `< <(echo TEXT)`.
    if !matches!(last.kind, RedirectKind::HereInput | RedirectKind::Read) || !last.input_static {
        return None;
    }
    Some(lines(last.input_text.as_deref()?, raw))
}

/// The command whose output a loop's standard input is when it is not
/// fixed text: a file (`done < LIST`, read as `cat LIST`) or an input
/// process substitution (`done < <(find ~ -type f)`). A `read` loop's
/// variable holds that output's lines, so its value is `$(CMD)`.
pub(crate) fn input_command(redirects: &[Redirect]) -> Option<String> {
    let last = last_input(redirects)?;
    if last.kind != RedirectKind::Read {
        return None;
    }
    if let Some(command) = &last.process {
        return Some(command.clone());
    }
    last.target
        .as_ref()?
        .literal
        .as_deref()
        .filter(|p| !p.is_empty() && !p.contains(char::is_whitespace) && !p.contains(['\'', '"']))
        .map(|p| format!("cat {p}"))
}

/// What `echo WORDS` or `printf '%s\n' WORDS` with literal words prints;
/// `None` for any other command line.
pub(crate) fn printed(src: &str) -> Option<String> {
    let analysis = crate::analyze(src, &crate::Limits::default()).ok()?;
    let [cmd] = analysis.commands.as_slice() else {
        return None;
    };
    if !cmd.redirects.is_empty() {
        return None;
    }
    let words: Option<Vec<&str>> = cmd.argv.iter().map(|w| w.literal.as_deref()).collect();
    match words?.as_slice() {
        ["echo", rest @ ..] if rest.first().is_none_or(|w| !w.starts_with('-')) => {
            Some(rest.join(" "))
        }
        ["printf", "%s\\n", rest @ ..] => Some(rest.join("\n")),
        _ => None,
    }
}

/// The lines `read` returns from `text` (see [`lines`]).
pub(crate) fn text_lines(text: &str, raw: bool) -> Vec<String> {
    lines(text, raw)
}

/// Splits `text` as successive `read` calls would: without `-r` a
/// backslash escapes the next character and a backslash before a newline
/// joins two lines; leading and trailing blanks go (the default `IFS`).
fn lines(text: &str, raw: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' if !raw => match chars.next() {
                Some('\n') | None => {}
                Some(n) => cur.push(n),
            },
            '\n' => out.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
        if out.len() >= MAX_LINES {
            break;
        }
    }
    if !cur.is_empty() && out.len() < MAX_LINES {
        out.push(cur);
    }
    out.into_iter()
        .map(|l| l.trim_matches([' ', '\t']).to_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::lines;

    #[test]
    fn read_splits_lines_as_bash_does() {
        assert_eq!(lines("a b\n  c  \n", true), ["a b", "c"]);
        assert_eq!(lines("x \\\ny\nz\\q", false), ["x y", "zq"]);
        assert_eq!(lines("z\\q", true), ["z\\q"]);
        assert_eq!(lines("", true), Vec::<String>::new());
    }
}
