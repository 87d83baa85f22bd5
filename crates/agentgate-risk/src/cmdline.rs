//! The command line cmd.exe runs (`cmd /c LINE`), turned into the shell
//! line that does the same thing through the built-in table
//! (`agentgate_commands::CMD_BUILTINS`), so the bash walker judges it:
//! `rd /s /q %USERPROFILE%` is `rm -r -f "$HOME"`, `type C:\x\y` is `cat
//! C:/x/y`, `a & b` is `a ; b`. Before session 36 the line was read as
//! bash reads it, so its backslashes vanished (`C:\Users\dev` was the
//! relative `C:Usersdev`) and `del`, `rd`, `type` were unknown programs:
//! `cmd /c "rd /s /q %USERPROFILE%"` passed.
//!
//! Written by hand: no Rust crate parses cmd's grammar, and only its
//! operators (`&`, `&&`, `||`, `|`), redirections, double quotes, carets
//! and `%VAR%` are needed. Every word is quoted for bash, so nothing in
//! the translation is expanded twice; a program the table does not name
//! keeps its words as written.

use agentgate_commands::{cmd_builtin, cmd_variable};

/// A piece of a word: literal text, a shell variable reference (`$HOME`),
/// or a glob character left unquoted.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Text(String),
    Var(String),
    Glob(char),
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Word(Vec<Piece>),
    /// `&`, `&&`, `||`, `|`.
    Op(&'static str),
    /// `>`, `>>`, `<`, `2>`, `2>&1` and the like, as bash spells them.
    Redirect(String),
}

/// The shell command line for cmd's `line`.
pub(crate) fn to_shell(line: &str) -> String {
    let tokens = tokens(&expand(line));
    let mut out: Vec<String> = Vec::new();
    let mut command: Vec<Vec<Piece>> = Vec::new();
    let mut redirects: Vec<String> = Vec::new();
    let mut pending: Option<String> = None;
    let flush =
        |command: &mut Vec<Vec<Piece>>, redirects: &mut Vec<String>, out: &mut Vec<String>| {
            let mut words = translate(command);
            words.append(redirects);
            if !words.is_empty() {
                out.push(words.join(" "));
            }
            command.clear();
        };
    for t in tokens {
        match t {
            Token::Word(w) => match pending.take() {
                Some(r) => redirects.push(format!("{r}{}", redirect_target(&w))),
                None => command.push(w),
            },
            Token::Redirect(r) if r.ends_with('&') || r.ends_with("&1") || r.ends_with("&2") => {
                redirects.push(r)
            }
            Token::Redirect(r) => pending = Some(r),
            Token::Op(op) => {
                flush(&mut command, &mut redirects, &mut out);
                out.push(if op == "&" {
                    ";".to_owned()
                } else {
                    op.to_owned()
                });
            }
        }
    }
    flush(&mut command, &mut redirects, &mut out);
    out.join(" ")
}

/// `%NAME%` replaced by a marker the tokenizer turns into a variable
/// piece; carets outside quotes escape the next character.
fn expand(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let mut quoted = false;
    while let Some(&c) = chars.get(i) {
        if c == '"' {
            quoted = !quoted;
        }
        if c == '^' && !quoted {
            // `^x` is x; a caret that ends the line continues it.
            if let Some(&n) = chars.get(i + 1) {
                out.push(if n == '%' { '\u{1}' } else { n });
            }
            i += 2;
            continue;
        }
        // `%NAME%`, and `!NAME!` under delayed expansion (`cmd /v:on`;
        // read so whether or not it is on: a word spelled so is meant as
        // a variable).
        if c == '%' || c == '!' {
            let end = chars
                .get(i + 1..)
                .and_then(|r| r.iter().position(|x| *x == c))
                .map(|p| i + 1 + p);
            let name: Option<String> =
                end.map(|e| chars.get(i + 1..e).unwrap_or(&[]).iter().collect());
            if let (Some(e), Some(name)) = (end, name) {
                let plain = !name.is_empty()
                    && name
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '(' | ')'));
                if plain {
                    // A marker pair around the value: `\u{2}NAME\u{3}`.
                    let value = cmd_variable(&name).map_or_else(
                        || format!("${}", name.replace(['(', ')'], "")),
                        str::to_owned,
                    );
                    out.push('\u{2}');
                    out.push_str(&value);
                    out.push('\u{3}');
                    i = e + 1;
                    continue;
                }
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// The line's words and operators, cmd's way: blanks split words outside
/// double quotes, which are dropped; no backslash escapes.
fn tokens(line: &str) -> Vec<Token> {
    let chars: Vec<char> = line.chars().collect();
    let mut out = Vec::new();
    let mut word: Vec<Piece> = Vec::new();
    let mut text = String::new();
    let mut started = false;
    let mut quoted = false;
    let mut i = 0;
    let end_text = |text: &mut String, word: &mut Vec<Piece>| {
        if !text.is_empty() {
            word.push(Piece::Text(std::mem::take(text)));
        }
    };
    while let Some(&c) = chars.get(i) {
        let next = chars.get(i + 1).copied();
        if c == '"' {
            quoted = !quoted;
            started = true;
            i += 1;
            continue;
        }
        if c == '\u{2}' {
            end_text(&mut text, &mut word);
            let close = chars
                .get(i..)
                .and_then(|r| r.iter().position(|c| *c == '\u{3}'));
            let value: String = close
                .map(|p| chars.get(i + 1..i + p).unwrap_or(&[]).iter().collect())
                .unwrap_or_default();
            // A value from the table is a path (`C:/Windows`) or a
            // variable reference (`$HOME/AppData`).
            match value.strip_prefix('$') {
                Some(rest) => {
                    let (var, tail) = rest.find('/').map_or((rest, ""), |p| {
                        (rest.get(..p).unwrap_or(rest), rest.get(p..).unwrap_or(""))
                    });
                    word.push(Piece::Var(var.to_owned()));
                    text.push_str(tail);
                }
                None => text.push_str(&value),
            }
            started = true;
            i = close.map_or(chars.len(), |p| i + p + 1);
            continue;
        }
        if !quoted {
            let op = match (c, next) {
                ('&', Some('&')) => Some(("&&", 2)),
                ('|', Some('|')) => Some(("||", 2)),
                ('&', _) => Some(("&", 1)),
                ('|', _) => Some(("|", 1)),
                _ => None,
            };
            let redirect = match (c, next, chars.get(i + 2).copied()) {
                (d, Some('>'), Some('>')) if d.is_ascii_digit() => Some((format!("{d}>>"), 3)),
                (d, Some('>'), _) if d.is_ascii_digit() && !started => Some((format!("{d}>"), 2)),
                ('>', Some('>'), _) => Some((">>".to_owned(), 2)),
                ('>', _, _) | ('<', _, _) => Some((c.to_string(), 1)),
                _ => None,
            };
            // `(CMD)` groups: the commands inside are judged; the grouping
            // itself changes nothing they do.
            let paren = matches!(c, '(' | ')');
            if c.is_whitespace() || paren || op.is_some() || redirect.is_some() {
                end_text(&mut text, &mut word);
                if started || !word.is_empty() {
                    out.push(Token::Word(std::mem::take(&mut word)));
                }
                started = false;
                if let Some((op, n)) = op {
                    out.push(Token::Op(op));
                    i += n;
                } else if let Some((r, n)) = redirect {
                    // `2>&1`: the descriptor goes with the operator.
                    let dup = chars.get(i + n) == Some(&'&');
                    let fd: String = if dup {
                        chars.get(i + n..i + n + 2).unwrap_or(&[]).iter().collect()
                    } else {
                        String::new()
                    };
                    out.push(Token::Redirect(format!("{r}{fd}")));
                    i += n + fd.chars().count();
                } else {
                    i += 1;
                }
                continue;
            }
            if matches!(c, '*' | '?') {
                end_text(&mut text, &mut word);
                word.push(Piece::Glob(c));
                started = true;
                i += 1;
                continue;
            }
        }
        text.push(if c == '\u{1}' { '%' } else { c });
        started = true;
        i += 1;
    }
    end_text(&mut text, &mut word);
    if started || !word.is_empty() {
        out.push(Token::Word(word));
    }
    out
}

/// One command's words as shell words.
fn translate(words: &[Vec<Piece>]) -> Vec<String> {
    let Some((first, rest)) = words.split_first() else {
        return Vec::new();
    };
    // `@CMD`: cmd runs CMD without echoing it.
    if let Some(Piece::Text(t)) = first.first() {
        if let Some(bare) = t.strip_prefix('@').filter(|b| !b.is_empty()) {
            let mut unprefixed = vec![Piece::Text(bare.to_owned())];
            unprefixed.extend(first.iter().skip(1).cloned());
            let mut again = vec![unprefixed];
            again.extend(rest.iter().cloned());
            return translate(&again);
        }
    }
    let name = plain(first);
    let lower = name.to_ascii_lowercase();
    // `start [/b] ["title"] CMD`: CMD (its switches and an empty title
    // dropped).
    if lower == "start" {
        let at = rest
            .iter()
            .position(|w| !w.is_empty() && switch(&plain(w)).is_none())
            .unwrap_or(rest.len());
        return translate(rest.get(at..).unwrap_or(&[]));
    }
    // `if [/i] [not] exist X CMD`, `if errorlevel N CMD`, `if defined X
    // CMD`, `if A==B CMD`: CMD, whatever the condition says.
    if lower == "if" {
        let mut at = 0;
        let word = |i: usize| rest.get(i).map(|w| plain(w).to_ascii_lowercase());
        while matches!(word(at).as_deref(), Some("/i" | "not")) {
            at += 1;
        }
        at += match word(at).as_deref() {
            Some("exist" | "errorlevel" | "defined" | "cmdextversion") => 2,
            Some(w) if w.contains("==") => 1,
            _ => 3,
        };
        return translate(rest.get(at..).unwrap_or(&[]));
    }
    // `for [/d|/r|/l|/f ...] %i in (SET) do CMD`: CMD for each member of
    // SET, as a shell loop with `%i` as `${i}`.
    if lower == "for" {
        return for_loop(rest);
    }
    // `set NAME=VALUE`: a shell assignment, so that a later `!NAME!`
    // (delayed expansion, `cmd /v:on`) or `%NAME%` is known.
    if name.eq_ignore_ascii_case("set") {
        if let [assignment] = rest {
            if let Some(Piece::Text(t)) = assignment.first() {
                if let Some((var, value)) = t.split_once('=') {
                    let plain_name = !var.is_empty()
                        && var.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                        && !var.starts_with(|c: char| c.is_ascii_digit());
                    if plain_name {
                        let mut word = vec![Piece::Text(value.to_owned())];
                        word.extend(assignment.iter().skip(1).cloned());
                        return vec![format!("{var}={}", quote(&word, true))];
                    }
                }
            }
        }
        return Vec::new();
    }
    let Some(row) = cmd_builtin(&name) else {
        // A program: its words as written (backslashes kept).
        return words.iter().map(|w| quote(w, false)).collect();
    };
    if row.shell.is_empty() {
        // `call CMD`: the command it names.
        return translate(rest);
    }
    let mut program: Vec<String> = row.shell.split(' ').map(str::to_owned).collect();
    let mut options: Vec<String> = Vec::new();
    let mut operands: Vec<String> = Vec::new();
    for w in rest {
        let text = plain(w);
        if let Some(sw) = switch(&text) {
            if let Some((_, to)) = row.switches.iter().find(|(s, _)| *s == sw) {
                if to.starts_with('-') {
                    options.push((*to).to_owned());
                } else if !to.is_empty() {
                    program = to.split(' ').map(str::to_owned).collect();
                }
            }
            continue;
        }
        if row.max_operands > 0 && operands.len() >= usize::from(row.max_operands) {
            continue;
        }
        let mut shell = quote(w, true);
        if row.dir_operands && !shell.ends_with('/') {
            shell.push('/');
        }
        operands.push(shell);
    }
    if row.rename {
        // `ren DIR\OLD NEW`: NEW in OLD's directory.
        if let [old, new] = operands.as_mut_slice() {
            if let Some((dir, _)) = old.trim_end_matches(['"', '\'']).rsplit_once('/') {
                let dir = dir.trim_start_matches(['"', '\'']);
                *new = format!("\"{}\"/{new}", dir.replace('"', ""));
            }
        }
    }
    program.extend(options);
    program.extend(operands);
    program
}

/// `for`'s words after the keyword (see [`translate`]); the loop as it
/// stands when its shape is not that (a parse error, asked).
fn for_loop(rest: &[Vec<Piece>]) -> Vec<String> {
    let texts: Vec<String> = rest.iter().map(|w| plain(w)).collect();
    let var_at = texts.iter().position(|t| t.starts_with('%'));
    let in_at = texts.iter().position(|t| t.eq_ignore_ascii_case("in"));
    let do_at = texts.iter().position(|t| t.eq_ignore_ascii_case("do"));
    let (Some(v), Some(i), Some(d)) = (var_at, in_at, do_at) else {
        return vec!["for".to_owned(), "(".to_owned()];
    };
    let letter = texts
        .get(v)
        .map(|t| t.trim_start_matches('%').to_owned())
        .unwrap_or_default();
    if letter.chars().count() != 1
        || !letter.chars().all(|c| c.is_ascii_alphabetic())
        || !(v < i && i < d)
    {
        return vec!["for".to_owned(), "(".to_owned()];
    }
    let set: Vec<String> = rest
        .get(i + 1..d)
        .unwrap_or(&[])
        .iter()
        .map(|w| quote(w, true))
        .collect();
    let body: Vec<Vec<Piece>> = rest
        .get(d + 1..)
        .unwrap_or(&[])
        .iter()
        .map(|w| loop_variable(w, &letter))
        .collect();
    let mut out = vec![format!("for {letter} in")];
    out.extend(set);
    out.push(";".to_owned());
    out.push("do".to_owned());
    out.extend(translate(&body));
    out.push(";".to_owned());
    out.push("done".to_owned());
    out
}

/// A word with the loop variable `%X` or `%%X` made a variable piece.
fn loop_variable(word: &[Piece], letter: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    for p in word {
        let Piece::Text(t) = p else {
            out.push(p.clone());
            continue;
        };
        let mut rest = t.as_str();
        let needle = format!("%{letter}");
        while let Some(at) = rest.find(&needle) {
            let before = rest.get(..at).unwrap_or("").trim_end_matches('%');
            if !before.is_empty() {
                out.push(Piece::Text(before.to_owned()));
            }
            out.push(Piece::Var(letter.to_owned()));
            rest = rest.get(at + needle.len()..).unwrap_or("");
        }
        if !rest.is_empty() {
            out.push(Piece::Text(rest.to_owned()));
        }
    }
    out
}

/// A switch's name (`/S`, `/mir`, `/A:H` -> `s`, `mir`, `a`): a slash,
/// letters, and perhaps `:VALUE`; `None` for a path (`/tmp`, `/c/x`).
fn switch(text: &str) -> Option<String> {
    let rest = text.strip_prefix('/')?;
    let name = rest.split(':').next().unwrap_or(rest);
    let ok = !name.is_empty()
        && name.len() <= 8
        && name.chars().all(|c| c.is_ascii_alphabetic())
        && !rest.contains('/');
    ok.then(|| name.to_ascii_lowercase())
}

/// A word's text with its variables spelled as written (for names and
/// switches).
fn plain(word: &[Piece]) -> String {
    word.iter()
        .map(|p| match p {
            Piece::Text(t) => t.clone(),
            Piece::Var(v) => format!("${v}"),
            Piece::Glob(c) => c.to_string(),
        })
        .collect()
}

/// A redirection's target: `nul` is `/dev/null`; paths as operands are.
fn redirect_target(word: &[Piece]) -> String {
    if plain(word).eq_ignore_ascii_case("nul") {
        "/dev/null".to_owned()
    } else {
        quote(word, true)
    }
}

/// A word quoted for bash: literal text in double quotes (its `\`, `"`,
/// `$` and backquotes escaped), variables as references, globs bare. A
/// path's backslashes become slashes when `path` (Git Bash reads both),
/// except a share's leading `\\`.
fn quote(word: &[Piece], path: bool) -> String {
    let mut out = String::new();
    let mut open = false;
    for (i, p) in word.iter().enumerate() {
        if let Piece::Glob(c) = p {
            if open {
                out.push('"');
                open = false;
            }
            out.push(*c);
            continue;
        }
        if !open {
            out.push('"');
            open = true;
        }
        match p {
            Piece::Text(t) => {
                // A share (`\\\\host\\x`) keeps its backslashes: that is
                // how the network readers know it.
                let share = i == 0 && t.starts_with("\\\\");
                let t = if path && !share {
                    t.replace('\\', "/")
                } else {
                    t.clone()
                };
                for c in t.chars() {
                    if matches!(c, '\\' | '"' | '$' | '`') {
                        out.push('\\');
                    }
                    out.push(c);
                }
            }
            Piece::Var(v) => {
                out.push_str("${");
                out.push_str(v);
                out.push('}');
            }
            Piece::Glob(_) => {}
        }
    }
    if open {
        out.push('"');
    }
    if out.is_empty() {
        "\"\"".to_owned()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::to_shell;

    #[test]
    fn lines_read_as_cmd_reads_them() {
        assert_eq!(to_shell("rd /s /q %USERPROFILE%"), "rm -r -f \"${HOME}\"");
        assert_eq!(
            to_shell("type C:\\Users\\dev\\.ssh\\id_rsa"),
            "cat \"C:/Users/dev/.ssh/id_rsa\""
        );
        assert_eq!(
            to_shell("del /s /q %USERPROFILE%\\*"),
            "rm -f -r \"${HOME}/\"*"
        );
        assert_eq!(to_shell("dir & type a.txt"), "ls ; cat \"a.txt\"");
        assert_eq!(to_shell("dir 2>nul"), "ls 2>/dev/null");
        assert_eq!(
            to_shell("echo x > C:\\t\\a.txt"),
            "\"echo\" \"x\" >\"C:/t/a.txt\""
        );
        assert_eq!(
            to_shell("robocopy src dst /MIR"),
            "rsync -a --delete \"src\"/ \"dst\"/"
        );
        assert_eq!(to_shell("rd empty"), "rmdir \"empty\"");
        assert_eq!(
            to_shell("cert^util -url^cache"),
            "\"certutil\" \"-urlcache\""
        );
        assert_eq!(
            to_shell("ren C:\\a\\x.txt y.txt"),
            "mv \"C:/a/x.txt\" \"C:/a\"/\"y.txt\""
        );
        assert_eq!(
            to_shell("echo $HOME `id`"),
            "\"echo\" \"\\$HOME\" \"\\`id\\`\""
        );
        assert_eq!(
            to_shell("xcopy /s a \\\\host\\share\\b"),
            "cp -r \"a\" \"\\\\\\\\host\\\\share\\\\b\""
        );
    }

    #[test]
    fn hostile_lines_end() {
        for line in [
            "%",
            "%%%",
            "\"",
            "^",
            "& & |",
            "%USERPROFILE",
            "a ^",
            "\u{2}",
            "\u{3}x\u{2}",
        ] {
            let _ = to_shell(line);
        }
    }
}
