//! Code that spells a name or a command in pieces: string literals joined
//! with `+` (Python, JavaScript, Ruby, Java) or `.` (Perl, PHP) are one
//! literal (`"sys" + "tem"`, `'rm -rf ' . '~'`), and a member looked up by
//! a literal name is the member (`getattr(os, "system")`, `cp["execSync"]`,
//! `os.__dict__["system"]`). The code scanner's markers and literals are
//! read from the folded text, so a name split to dodge them is read whole.
//! Written by hand: a tokenizer per language is more than this needs (only
//! adjacent literals and one call shape are rewritten; everything else is
//! copied as it is).

/// The longest code folded (longer code is scanned as it is).
const MAX_CODE: usize = 64 * 1024;

/// One quoted literal at the start of `s`: its quote, its body as written
/// (escapes kept) and the length of the whole literal.
fn literal_at(s: &str) -> Option<(char, &str, usize)> {
    let quote = s.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let mut escaped = false;
    for (i, c) in s.char_indices().skip(1) {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == quote {
            return Some((quote, s.get(1..i)?, i + 1));
        }
    }
    None
}

/// `code` with adjacent literals joined by `+` or `.` merged, and
/// `getattr(X, "n")` / `X["n"]` rewritten to `X.n`.
pub(crate) fn fold(code: &str) -> String {
    if code.len() > MAX_CODE
        || !(code.contains('+')
            || code.contains('.')
            || code.contains('[')
            || code.contains("getattr")
            || code.contains("eval")
            || code.contains("exec")
            || code.contains("Function("))
    {
        return code.to_owned();
    }
    let merged = merge_literals(code);
    inline_evaluated(&member_lookups(&merged))
}

/// Code handed to the language's evaluator as a literal (`exec("import
/// os; os.system(...)")`, `eval(compile("...", "x", "exec"))`, Perl's
/// `eval "..."`): the literal's text is put in place of the call's start,
/// so it is read as the code it is (escapes undone).
fn inline_evaluated(code: &str) -> String {
    const CALLS: &[&str] = &[
        "exec(compile(",
        "eval(compile(",
        "exec(",
        "eval(",
        "compile(",
        "eval ",
        "Function(",
    ];
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    'scan: while let Some(c) = rest.chars().next() {
        let boundary = !out
            .chars()
            .last()
            .is_some_and(|p| p.is_ascii_alphanumeric() || p == '_' || p == '.');
        if boundary {
            for call in CALLS {
                let Some(after) = rest.strip_prefix(call) else {
                    continue;
                };
                // `Function("a", "b", "BODY")`: the parameters' names, then
                // the body, the last literal.
                let mut at = after;
                while let Some((_, body, len)) = literal_at(at.trim_start()) {
                    let skipped = at.len() - at.trim_start().len();
                    let tail = at.get(skipped + len..).unwrap_or("");
                    if *call == "Function(" && tail.trim_start().starts_with(',') {
                        at = tail.trim_start().get(1..).unwrap_or("");
                        continue;
                    }
                    out.push_str(&unescape(body));
                    out.push('\n');
                    rest = tail;
                    continue 'scan;
                }
            }
        }
        out.push(c);
        rest = rest.get(c.len_utf8()..).unwrap_or("");
    }
    out
}

/// A literal's body with its backslash escapes undone (`\"`, `\\`,
/// `\n`, `\t`); other escapes are kept as written.
fn unescape(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some(e @ ('"' | '\'' | '\\')) => out.push(e),
            Some(e) => {
                out.push('\\');
                out.push(e);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// A call or lookup that names the home directory at the start of `s`
/// (`os.path.expanduser("~")`, `os.environ["HOME"]`, `$ENV{HOME}`,
/// `require("os").homedir()`, `Dir.home`): its length. The expression is
/// a run of names, dots and bracketed groups; it names the home directory
/// when it ends with one of `code::HOME_REFS`.
fn home_expr_at(s: &str) -> Option<usize> {
    // Longer runs are no call this reads (and scanning them at every word
    // would cost the square of their length).
    const MAX_EXPR: usize = 256;
    let mut end = 0;
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    for (i, c) in s.char_indices() {
        if i >= MAX_EXPR {
            return None;
        }
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') if depth > 0 => quote = Some(c),
            (None, '(' | '[' | '{') => depth += 1,
            (None, ')' | ']' | '}') if depth > 0 => depth -= 1,
            (None, c) if depth > 0 || c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '$') => {
            }
            _ => break,
        }
        end = i + c.len_utf8();
    }
    if depth > 0 || quote.is_some() || end == 0 {
        return None;
    }
    let expr = s.get(..end)?.trim_end_matches('.');
    let lower = expr.to_ascii_lowercase();
    crate::code::HOME_REFS
        .iter()
        .any(|r| lower.ends_with(r))
        .then_some(expr.len())
}

/// A string literal, or the home directory named by a call (read as the
/// literal `~`), at the start of `s`: its quote, its body and its length.
/// A call is taken only where it is joined to a literal (`"rm -rf " +
/// expanduser("~")`): alone it stays the call the scanner knows.
fn piece_at(s: &str, joined: bool) -> Option<(char, &str, usize)> {
    if let Some(lit) = literal_at(s) {
        return Some(lit);
    }
    let len = home_expr_at(s)?;
    if !joined {
        // Only a call followed by a join to a literal.
        let t = s.get(len..)?.trim_start();
        let op = t.chars().next().filter(|c| *c == '+' || *c == '.')?;
        literal_at(t.get(op.len_utf8()..)?.trim_start())?;
    }
    Some(('"', "~", len))
}

fn merge_literals(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    while let Some(c) = rest.chars().next() {
        // A piece starts a join only at a word's start (`x.environ[...]`
        // is not `environ[...]`).
        let at_word_start = !out
            .chars()
            .last()
            .is_some_and(|p| p.is_ascii_alphanumeric() || matches!(p, '_' | '.' | '$'));
        // A call starts with a name (`os.`, `$ENV`, `require(`): brackets
        // and operators start none, so they are never scanned as one.
        let name_start = c.is_ascii_alphabetic() || c == '$' || c == '_';
        let piece = if at_word_start && name_start || c == '"' || c == '\'' {
            piece_at(rest, false)
        } else {
            None
        };
        let Some((quote, body, len)) = piece else {
            out.push(c);
            rest = rest.get(c.len_utf8()..).unwrap_or("");
            continue;
        };
        let mut text = body.to_owned();
        let mut after = rest.get(len..).unwrap_or("");
        // Join every `+ "..."` / `. '...'` that follows.
        loop {
            let t = after.trim_start();
            let Some(op) = t.chars().next().filter(|c| *c == '+' || *c == '.') else {
                break;
            };
            let next = t.get(op.len_utf8()..).unwrap_or("").trim_start();
            let Some((q2, body2, len2)) = piece_at(next, true) else {
                break;
            };
            // The second literal re-quoted in the first's quote: a quote
            // of the first's kind inside it is escaped.
            if q2 != quote {
                text.push_str(&body2.replace(quote, &format!("\\{quote}")));
            } else {
                text.push_str(body2);
            }
            after = next.get(len2..).unwrap_or("");
        }
        out.push(quote);
        out.push_str(&text);
        out.push(quote);
        rest = after;
    }
    out
}

fn member_lookups(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    while !rest.is_empty() {
        // `getattr(X, "n")` -> `X.n`.
        if let Some(args) = rest.strip_prefix("getattr(") {
            if let Some((obj, tail)) = args.split_once(',') {
                let obj = obj.trim();
                let tail = tail.trim_start();
                if let Some((_, name, len)) = literal_at(tail) {
                    if let Some(after) = tail
                        .get(len..)
                        .and_then(|t| t.trim_start().strip_prefix(')'))
                    {
                        if plain_name(obj) && plain_name(name) {
                            out.push_str(obj);
                            out.push('.');
                            out.push_str(name);
                            rest = after;
                            continue;
                        }
                    }
                }
            }
        }
        // `X["n"]` -> `X.n` (after an identifier or a closing bracket).
        if let Some(inner) = rest.strip_prefix('[') {
            let follows_name = out
                .chars()
                .last()
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == ')');
            if let Some((_, name, len)) = literal_at(inner) {
                if let Some(after) = inner.get(len..).and_then(|t| t.strip_prefix(']')) {
                    if follows_name && plain_name(name) {
                        out.push('.');
                        out.push_str(name);
                        rest = after;
                        continue;
                    }
                }
            }
        }
        let Some(c) = rest.chars().next() else {
            break;
        };
        out.push(c);
        rest = rest.get(c.len_utf8()..).unwrap_or("");
    }
    out
}

/// An identifier or a dotted path of them (`os`, `os.path`, `cp`).
fn plain_name(s: &str) -> bool {
    !s.is_empty()
        && s.split('.')
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn split_names_and_literals_are_joined() {
        let cases = [
            (r#"getattr(os, "sys" + "tem")("ls")"#, r#"os.system("ls")"#),
            (r#"x = "rm -rf " + '~'"#, r#"x = "rm -rf ~""#),
            (r#"system('rm -rf ' . "~")"#, r#"system('rm -rf ~')"#),
            (
                r#"require("child_" + "process")["exec" + "Sync"]("id")"#,
                r#"require("child_process").execSync("id")"#,
            ),
            (
                r#"os.__dict__['system']('id')"#,
                r#"os.__dict__.system('id')"#,
            ),
            // The home directory named by a call, joined to a literal.
            (
                r#"os.system("rm -rf " + os.path.expanduser("~"))"#,
                r#"os.system("rm -rf ~")"#,
            ),
            (r#"system("rm -rf " . $ENV{HOME})"#, r#"system("rm -rf ~")"#),
            (
                r#"open(os.environ["HOME"] + "/.ssh/id_rsa")"#,
                r#"open("~/.ssh/id_rsa")"#,
            ),
            // Alone, the call stays as it is.
            (
                r#"shutil.rmtree(os.environ["HOME"])"#,
                r#"shutil.rmtree(os.environ.HOME)"#,
            ),
            // Nothing to fold: copied as it is.
            (r#"print("a", "b")"#, r#"print("a", "b")"#),
            (r#"a = [ "x", "y" ]"#, r#"a = [ "x", "y" ]"#),
            (r#""abc".length + 1"#, r#""abc".length + 1"#),
            (r#"s = 'unterminated + "x""#, r#"s = 'unterminated + "x""#),
        ];
        for (code, want) in cases {
            assert_eq!(fold(code), want, "{code}");
        }
    }
}
