//! Small helpers of the walker: the commands around a site, decoders in a
//! pipeline, secret variables, fork bombs, `$IFS`.

use super::*;

/// Commands listed right after `site` and nested in it (its substitutions).
pub(super) fn children<'a>(site: Site<'a>) -> Vec<&'a SimpleCommand> {
    if !site.cmd.has_nested_commands {
        return Vec::new();
    }
    site.analysis
        .commands
        .iter()
        .skip(site.index + 1)
        .take_while(|c| c.depth > site.cmd.depth)
        .collect()
}

/// The file a command's standard output is written to, if a redirection
/// names one literally: `> f`, `>> f`, `1> f`, `&> f` (not `2> f`). What a
/// fetcher or an unpacker writes there is what it fetched or unpacked.
pub(super) fn stdout_file(cmd: &SimpleCommand) -> Option<String> {
    cmd.redirects.iter().find_map(|r| {
        let out = matches!(r.kind, RedirectKind::Write | RedirectKind::Append)
            && r.fd.unwrap_or(1) == 1
            || r.kind == RedirectKind::OutputAndError;
        out.then(|| r.target.as_ref()?.literal.clone()).flatten()
    })
}

/// Earlier elements of the pipeline `site` is in (with their nested commands).
pub(super) fn upstream<'a>(site: Site<'a>) -> Vec<&'a SimpleCommand> {
    let pos = site.cmd.pipeline;
    site.analysis
        .commands
        .iter()
        .take(site.index)
        .filter(|c| {
            c.pipeline.id == pos.id && c.pipeline.index < pos.index && c.depth == site.cmd.depth
        })
        .collect()
}

/// The commands after the site's in its pipeline, at its depth, in order
/// (`captured.rs`'s filters); the next alone is [`downstream`].
pub(super) fn later_in_pipeline<'a>(site: Site<'a>) -> Vec<&'a SimpleCommand> {
    let pos = site.cmd.pipeline;
    site.analysis
        .commands
        .iter()
        .skip(site.index + 1)
        .filter(|c| {
            c.pipeline.id == pos.id && c.pipeline.index > pos.index && c.depth == site.cmd.depth
        })
        .collect()
}

/// Whether a grep-like call gives its pattern by option (`-e PAT`, `-f
/// FILE`, `--regexp=PAT`, `--file=FILE`): its first operand is then a
/// file, not the pattern.
pub(super) fn pattern_by_option(vals: &[&str]) -> bool {
    vals.iter().any(|v| {
        matches!(*v, "-e" | "-f" | "--regexp" | "--file")
            || v.starts_with("--regexp=")
            || v.starts_with("--file=")
    })
}

/// A path that names the reading program's standard input.
pub(super) fn is_stdin_path(f: &str) -> bool {
    matches!(f, "-" | "/dev/stdin" | "/dev/fd/0" | "/proc/self/fd/0")
}

/// What a word that is one parameter expansion alone expands (`$x`,
/// `${x}`, `"$x"` give `x`; `${x:-d}` gives `x:-d`), unchecked: `None` when
/// the word is not one.
pub(super) fn sole_expansion(raw: &str) -> Option<&str> {
    let bare = raw.trim_matches('"');
    bare.strip_prefix("${")
        .and_then(|r| r.strip_suffix('}'))
        .or_else(|| bare.strip_prefix('$'))
}

/// `$1`, `"$@"`, `${2}`, `$*`: a word that is the positional parameters
/// alone.
pub(super) fn is_positional_ref(raw: &str) -> bool {
    sole_expansion(raw).is_some_and(|n| {
        matches!(n, "@" | "*") || n.len() == 1 && n.bytes().all(|b| b.is_ascii_digit() && b != b'0')
    })
}

/// The command is in the body of a function the line defines. Walked at
/// the definition, its positional parameters are not the ones it runs
/// with: each call is judged with its own arguments in place.
pub(super) fn in_function_body(site: Site<'_>) -> bool {
    site.analysis
        .functions
        .iter()
        .any(|f| f.commands.contains(&site.index))
}

/// The command's standard output goes straight into a login that reads
/// a password from its standard input (`| docker login --password-stdin`,
/// `| helm registry login --password-stdin`): the secret is used there,
/// not printed where the agent reads it.
pub(super) fn fed_to_login(site: Site<'_>) -> bool {
    downstream(site).is_some_and(|c| {
        let words: Vec<&str> = c.argv.iter().filter_map(|w| w.literal.as_deref()).collect();
        reads_password_stdin(&words)
    })
}

/// A login that reads its password or token from standard input (`docker
/// login --password-stdin`, `helm registry login --password-stdin`, `gh
/// auth login --with-token`): what it reads is used, never printed.
pub(super) fn reads_password_stdin(words: &[&str]) -> bool {
    words.contains(&"login")
        && words
            .iter()
            .any(|w| matches!(*w, "--password-stdin" | "--with-token"))
}

/// The command the site's standard output is piped into, if any.
pub(super) fn downstream<'a>(site: Site<'a>) -> Option<&'a SimpleCommand> {
    let pos = site.cmd.pipeline;
    if pos.index + 1 >= pos.len {
        return None;
    }
    site.analysis
        .commands
        .iter()
        .skip(site.index + 1)
        .find(|c| {
            c.pipeline.id == pos.id
                && c.pipeline.index == pos.index + 1
                && c.depth == site.cmd.depth
        })
}

/// Replays `echo X | base64 -d | rev ...` to the payload it produces.
/// The text on a command's standard input, when the line shows it: a
/// here-document or here-string, else fixed text piped in from earlier in
/// the pipeline (`printf ... | prog`).
pub(super) fn stdin_text(site: Site<'_>) -> Option<String> {
    site.cmd
        .redirects
        .iter()
        .find_map(|r| r.input_text.clone())
        .or_else(|| {
            let pos = site.cmd.pipeline;
            (pos.index > 0 && pos.len >= 2)
                .then(|| decode_chain(&upstream(site)))
                .flatten()
        })
}

pub(super) fn decode_chain(cmds: &[&SimpleCommand]) -> Option<String> {
    let mut data: Option<String> = None;
    for c in cmds {
        let name = paths::basename(c.name()?.value_or_raw());
        if c.argv.iter().any(|w| w.is_dynamic()) {
            return None;
        }
        let args: Vec<&str> = c.argv.iter().skip(1).map(|w| w.value_or_raw()).collect();
        if data.is_none() {
            if let Some(p) = decode::printed(name, &args) {
                data = Some(p);
                continue;
            }
            if let Some(r) = c.redirects.iter().find(|r| r.input_text.is_some()) {
                let input = r.input_text.as_deref()?;
                // Text the line shows, through a decoder or cat; what
                // another program (`jq -r F <<< "$needs"`) makes of it, or
                // a variable's text, is not known (session 42: the
                // here-string itself was taken for jq's output).
                data = match decode::stage_of(name, &args) {
                    _ if !r.input_static => return None,
                    Some(stage) => decode::apply(&stage, input),
                    None if name == "cat" && args.iter().all(|a| *a == "-") => {
                        Some(input.to_owned())
                    }
                    None => return None,
                };
                continue;
            }
            return None;
        }
        let stage = decode::stage_of(name, &args)?;
        data = decode::apply(&stage, data.as_deref()?);
    }
    data
}

/// `--opt=VALUE` or dd's `of=VALUE`: the value.
pub(super) fn split_key(v: &str) -> Option<&str> {
    let (key, value) = v.split_once('=')?;
    let k = key.trim_start_matches('-');
    let ident = !k.is_empty()
        && k.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        && k.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
    ident.then_some(value)
}

pub(super) fn is_fork_bomb(src: &str) -> bool {
    let compact: String = src.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.contains(":(){:|:&};:") {
        return true;
    }
    // name(){ name|name& }; name
    if let Some((name, _)) = compact.split_once("(){") {
        let name = name.rsplit([';', '&', '|', '\n']).next().unwrap_or(name);
        if !name.is_empty() && compact.contains(&format!("{{{name}|{name}&")) {
            return true;
        }
    }
    false
}

/// `$NAME`, `${NAME}` and their double-quoted forms as one key, `$NAME`: the
/// name of a file held in a variable.
pub(super) fn var_key(raw: &str) -> Option<String> {
    let raw = raw
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .unwrap_or(raw);
    let name = raw.strip_prefix('$')?;
    let name = name
        .strip_prefix('{')
        .and_then(|n| n.strip_suffix('}'))
        .unwrap_or(name);
    let plain = !name.is_empty()
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !name.starts_with(|c: char| c.is_ascii_digit());
    plain.then(|| format!("${name}"))
}

/// The interpreter a script's `#!` line names (`#!/usr/bin/env python3` is
/// `python3`, `#!/bin/bash -e` is `bash`).
pub(super) fn shebang(script: &str) -> Option<&str> {
    let line = script.lines().next()?.strip_prefix("#!")?;
    let mut words = line.split_whitespace();
    let first = paths::basename(words.next()?);
    if first == "env" {
        words.find(|w| !w.starts_with('-') && !w.contains('='))
    } else {
        Some(first)
    }
}

/// A written file of Python, Perl or Ruby (by its extension or shebang) as
/// the command line that runs its text (`python3 -c '...'`), so that it
/// is judged as that interpreter's code (`echo '<reverse shell>' >
/// psutil.py`: ocs part 0, session 64).
pub(super) fn interpreter_script(path: &str, payload: &str) -> Option<String> {
    let lang = shebang(payload).unwrap_or_else(|| path.rsplit('.').next().unwrap_or(""));
    let run = if lang == "py" || lang.starts_with("python") {
        "python3 -c"
    } else if lang == "pl" || lang == "perl" {
        "perl -e"
    } else if lang == "rb" || lang == "ruby" {
        "ruby -e"
    } else {
        return None;
    };
    Some(format!("{run} '{}'", payload.replace('\'', "'\\''")))
}

/// Extensions of documents and media: a program named so pretends to be data.
const DATA_EXTENSIONS: &[&str] = &[
    "png", "jpg", "jpeg", "gif", "bmp", "ico", "svg", "pdf", "txt", "doc", "docx", "xls", "xlsx",
    "ppt", "pptx", "mp3", "mp4", "wav", "avi", "mov", "csv", "log", "dat",
];

/// Extensions of programs and scripts.
const PROGRAM_EXTENSIONS: &[&str] = &[
    "sh", "bash", "py", "pl", "rb", "exe", "bin", "command", "app",
];

/// Whether a file run as a program is named as if it were data: a data
/// extension last (`invoice.pdf` run by sh), or just before a program one
/// (`report.pdf.sh`).
pub(super) fn masquerades(file: &str) -> bool {
    let base = paths::basename(file).to_ascii_lowercase();
    let mut exts = base.rsplit('.');
    let (Some(last), Some(before)) = (exts.next(), exts.next()) else {
        return false;
    };
    if DATA_EXTENSIONS.contains(&last) {
        return true;
    }
    // `before` is the whole name when there is only one dot.
    PROGRAM_EXTENSIONS.contains(&last) && DATA_EXTENSIONS.contains(&before) && exts.next().is_some()
}

/// The command of a word that is one command substitution, `$(CMD)` or
/// `` `CMD` ``, double-quoted or not.
pub(super) fn substitution_body(raw: &str) -> Option<&str> {
    let raw = raw
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .unwrap_or(raw);
    raw.strip_prefix("$(")
        .and_then(|r| r.strip_suffix(')'))
        .or_else(|| raw.strip_prefix('`').and_then(|r| r.strip_suffix('`')))
}

/// The output of `$(echo WORDS)`, `$(printf WORDS)` or `` `echo WORDS` ``
/// when it is fixed text: plain words, nothing expanded, no options.
pub(super) fn static_substitution(raw: &str) -> Option<String> {
    let body = substitution_body(raw)?;
    let mut words = body.split_whitespace().peekable();
    let program = words.next()?;
    if !matches!(program, "echo" | "printf") {
        return None;
    }
    // `echo -e '\x63\x75\x72\x6c'`, `printf '\143\165'`: escapes decoded.
    let mut escapes = program == "printf";
    while let Some(opt) = words
        .peek()
        .filter(|w| matches!(**w, "-e" | "-n" | "-ne" | "-en"))
    {
        escapes |= opt.contains('e');
        words.next();
    }
    let decoded: Vec<String> = words
        .map(|w| {
            let w = w.trim_matches(['"', '\'']);
            if escapes {
                unescape(w)
            } else {
                w.to_owned()
            }
        })
        .collect();
    let rest: Vec<&str> = decoded.iter().map(String::as_str).collect();
    let plain = |w: &&str| {
        !w.starts_with('-')
            && w.chars().all(|c| {
                c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/' | '+' | '=')
            })
    };
    (!rest.is_empty() && rest.iter().all(plain)).then(|| rest.join(" "))
}

/// The output of a command substitution that prints fixed text: `echo`
/// or `printf` with literal arguments, or `cat` of a here-document or
/// here-string that expands nothing (`$(cat <<'EOF' ... EOF)`), with the
/// trailing newlines the substitution removes removed. `None` for
/// anything else.
pub(super) fn substitution_text(raw: &str) -> Option<String> {
    let raw = raw
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .unwrap_or(raw);
    let body = raw.strip_prefix("$(")?.strip_suffix(')')?;
    let parsed = agentgate_shell::analyze(body, &agentgate_shell::Limits::default()).ok()?;
    let [cmd] = parsed.commands.as_slice() else {
        return None;
    };
    let words: Option<Vec<&str>> = cmd.argv.iter().map(|w| w.literal.as_deref()).collect();
    let words = words?;
    let (name, args) = words.split_first()?;
    let text = match *name {
        "echo" | "printf" if cmd.redirects.is_empty() => decode::printed(name, args)?,
        "cat" if args.is_empty() || args == ["-"] => {
            let [r] = cmd.redirects.as_slice() else {
                return None;
            };
            if !r.input_static {
                return None;
            }
            r.input_text.clone()?
        }
        _ => return None,
    };
    Some(text.trim_end_matches('\n').to_owned())
}

/// `line` with a function call's arguments in place of its positional
/// parameters (`$1`..`$9`, `${1}`, `"$@"`, `$*`); the arguments keep their
/// own quoting.
pub(super) fn with_positional(line: &str, call: &[&str]) -> String {
    let all = call.join(" ");
    let mut out = line
        .replace("\"$@\"", &all)
        .replace("\"$*\"", &all)
        .replace("$@", &all)
        .replace("$*", &all);
    for n in (1..=9).rev() {
        let arg = call.get(n - 1).copied().unwrap_or("");
        out = out
            .replace(&format!("\"${{{n}}}\""), arg)
            .replace(&format!("\"${n}\""), arg)
            .replace(&format!("${{{n}}}"), arg)
            .replace(&format!("${n}"), arg);
    }
    out
}

/// `text` with `${NAME}` and `$NAME` (not `$NAMED`) replaced by `value`.
pub(super) fn replace_var(text: &str, name: &str, value: &str) -> String {
    let text = text.replace(&format!("${{{name}}}"), value);
    let needle = format!("${name}");
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some((before, after)) = rest.split_once(needle.as_str()) {
        out.push_str(before);
        if after.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_') {
            out.push_str(&needle);
        } else {
            out.push_str(value);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// A program named as Git Bash on Windows runs it (`git.exe`,
/// `C:\Program Files\Git\bin\git.exe`): the name without its
/// directory (either separator) or `.exe`.
pub(super) fn windows_program(name: &str) -> &str {
    let name = name.rsplit('\\').next().unwrap_or(name);
    match name
        .len()
        .checked_sub(4)
        .and_then(|i| name.get(i..).map(|ext| (i, ext)))
    {
        Some((i, ext)) if i > 0 && ext.eq_ignore_ascii_case(".exe") => {
            name.get(..i).unwrap_or(name)
        }
        _ => name,
    }
}

/// An interpreter run under a versioned name (`python3.11`, `lua5.1`,
/// `ruby3.2`, `php8.2`) is that interpreter; any other name is itself.
pub(super) fn versioned_interpreter(name: &str) -> &str {
    let base = name.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
    if base != name && !base.is_empty() && INTERPRETERS.contains(&base) {
        // `python3.11` is `python3` when that is listed, else `python`.
        let major = name
            .get(..base.len() + 1)
            .filter(|m| INTERPRETERS.contains(m));
        major.unwrap_or(base)
    } else {
        name
    }
}

/// The words a brace expansion makes (`~/.{ssh,aws}/x` is `~/.ssh/x` and
/// `~/.aws/x`), as bash expands them: comma lists, nested, left to right.
/// Sequences (`{1..3}`) and words with parameters are left as they are.
/// Bounded to `limit` words; past it, what was made so far.
pub(super) fn expand_braces(word: &str, limit: usize) -> Vec<String> {
    let mut out = Vec::new();
    expand_into(word, limit, &mut out);
    out
}

fn expand_into(word: &str, limit: usize, out: &mut Vec<String>) {
    if out.len() >= limit {
        return;
    }
    // Finding each brace's partner is quadratic in the nesting: a word
    // longer than any path is left as it is (and judged as written).
    if word.len() > 1024 {
        out.push(word.to_owned());
        return;
    }
    // The first `{` whose matching `}` encloses a top-level comma.
    let bytes: Vec<char> = word.chars().collect();
    let mut start = 0;
    while let Some(open) = bytes
        .iter()
        .skip(start)
        .position(|c| *c == '{')
        .map(|p| p + start)
    {
        let mut depth = 0usize;
        let mut commas = Vec::new();
        let mut close = None;
        for (i, c) in bytes.iter().enumerate().skip(open) {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        close = Some(i);
                        break;
                    }
                }
                ',' if depth == 1 => commas.push(i),
                _ => {}
            }
        }
        let Some(close) = close else {
            break;
        };
        let dollar_before = open > 0 && bytes.get(open - 1) == Some(&'$');
        if commas.is_empty() || dollar_before {
            start = open + 1;
            continue;
        }
        let prefix: String = bytes.iter().take(open).collect();
        let suffix: String = bytes.iter().skip(close + 1).collect();
        let mut from = open + 1;
        for end in commas.into_iter().chain(std::iter::once(close)) {
            let alt: String = bytes.iter().skip(from).take(end - from).collect();
            expand_into(&format!("{prefix}{alt}{suffix}"), limit, out);
            from = end + 1;
        }
        return;
    }
    out.push(word.to_owned());
}

/// `\xHH` and `\NNN` (octal) escapes, as `echo -e` and `printf` read them;
/// other text unchanged.
pub(super) fn unescape(w: &str) -> String {
    let mut out = String::new();
    let mut chars = w.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.peek().copied() {
            Some('x') => {
                chars.next();
                let hex: String = std::iter::from_fn(|| chars.next_if(char::is_ascii_hexdigit))
                    .take(2)
                    .collect();
                match u8::from_str_radix(&hex, 16) {
                    Ok(b) => out.push(char::from(b)),
                    Err(_) => out.push_str("\\x"),
                }
            }
            Some(d) if d.is_digit(8) => {
                let oct: String = std::iter::from_fn(|| chars.next_if(|c| c.is_digit(8)))
                    .take(3)
                    .collect();
                match u8::from_str_radix(&oct, 8) {
                    Ok(b) => out.push(char::from(b)),
                    Err(_) => out.push('\\'),
                }
            }
            _ => out.push('\\'),
        }
    }
    out
}

/// Command substitutions bash runs although they are quoted, because the
/// quoted text is evaluated again later: inside an array subscript
/// (`let 'a[$(cmd)]=1'`, `test -v 'a[$(cmd)]'`, `declare -i n='a[$(cmd)]'`,
/// `x='a[$(cmd)]'; echo $((x))`: arithmetic and `-v` expand a subscript),
/// and, when the line uses the `@P` transform (`${x@P}`, prompt
/// expansion), any quoted `$(cmd)`. Returns the commands.
pub(super) fn quoted_evaluated_commands(src: &str) -> Vec<String> {
    let prompt_expanded = src.contains("@P}");
    let bytes = src.as_bytes();
    let mut out = Vec::new();
    let mut single = false;
    let mut double = false;
    // Where the innermost open `[` of the current quoted text is.
    let mut bracket: Option<usize> = None;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let quoted = single || double;
        match b {
            b'\\' if !single => {
                // `\$(` inside double quotes is a literal `$(` too.
                if double && bytes.get(i + 1) == Some(&b'$') {
                    if let Some(cmd) = substitution_at(src, i + 1) {
                        if prompt_expanded
                            || bracket.is_some_and(|open| subscript(src, open, i + 1, &cmd))
                        {
                            out.push(cmd);
                        }
                    }
                }
                i += 2;
                continue;
            }
            b'\'' if !double => {
                single = !single;
                bracket = None;
            }
            b'"' if !single => {
                double = !double;
                bracket = None;
            }
            b'[' if quoted => bracket = Some(i),
            b']' if quoted => bracket = None,
            b'$' | b'`' if single => {
                if let Some(cmd) = substitution_at(src, i) {
                    if prompt_expanded || bracket.is_some_and(|open| subscript(src, open, i, &cmd))
                    {
                        out.push(cmd);
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    out.truncate(8);
    out
}

/// Whether the substitution `cmd` starting at byte `at` sits in an array
/// subscript opened at `open`: only index-like text before it, and a `]`
/// right after it (`a[1+$(cmd)]`), unlike a terminal escape (`\e[1m`).
fn subscript(src: &str, open: usize, at: usize, cmd: &str) -> bool {
    let before = src.get(open + 1..at).unwrap_or("");
    let index_like = before
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || " _+-*/%()\\".contains(c));
    // `$(` + cmd + `)`, or a backtick pair.
    let after = src.get(at + cmd.len() + 2..).unwrap_or("");
    let after = after.strip_prefix(')').unwrap_or(after);
    index_like
        && after
            .trim_start_matches([
                ' ', '+', '-', '*', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
            ])
            .starts_with(']')
}

/// The command of a `$(...)` or `` `...` `` starting at byte `at`.
pub(super) fn substitution_at(src: &str, at: usize) -> Option<String> {
    let rest = src.get(at..)?;
    if let Some(body) = rest.strip_prefix("$(") {
        if body.starts_with('(') {
            return None;
        }
        let mut depth = 1usize;
        for (k, c) in body.char_indices() {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        return body.get(..k).map(str::to_owned);
                    }
                }
                _ => {}
            }
        }
        return None;
    }
    let body = rest.strip_prefix('`')?;
    body.find('`')
        .and_then(|k| body.get(..k))
        .map(str::to_owned)
}

/// A word that reads the same quoted or not (`src/a.rs`, `~/x`, `a=b`): no
/// whitespace, quotes, expansions or operators.
/// Words handed on as a command line that means what the agent's shell
/// handed the program: plain words as they are (a leading `~` stays the
/// home, as the agent's shell expanded it), others single-quoted.
pub(super) fn requote(words: &[&str]) -> String {
    words
        .iter()
        .map(|w| {
            if plain_word(w) && !w.get(1..).unwrap_or("").contains('~') {
                (*w).to_owned()
            } else {
                crate::code::single_quote(w)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub(super) fn plain_word(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(|c| {
            c.is_ascii_alphanumeric()
                || matches!(c, '.' | '_' | '-' | '/' | '~' | '+' | ',' | ':' | '@' | '=')
        })
}

/// An option's value, as [`agentgate_commands::option_value`] reads it; a case-insensitive
/// row's (`fold`) options are whole words only (`-noprofile` is not the
/// flags `-n -o ... -e`, `-enc` is not `-e` glued to `nc`).
pub(super) fn opt_value<'a>(
    fold: bool,
    vals: &[&'a str],
    i: usize,
    names: &[&str],
) -> Option<(&'a str, usize)> {
    if !fold {
        return agentgate_commands::option_value(vals, i, names);
    }
    let word = vals.get(i)?;
    if names.contains(word) {
        vals.get(i + 1).map(|v| (*v, 2))
    } else {
        None
    }
}

/// Whether `s` is a shell variable name (`[A-Za-z_][A-Za-z0-9_]*`).
pub(super) fn is_identifier(s: &str) -> bool {
    s.bytes()
        .next()
        .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// Whether `v` is a cluster of short options holding the letter `c`
/// (`-df`, `-czf`; not `--long`).
pub(super) fn short_cluster_has(v: &str, c: char) -> bool {
    v.starts_with('-') && !v.starts_with("--") && v.len() > 1 && v.contains(c)
}

/// A Dockerfile instruction's exec form (`RUN ["/jq", "--version"]`: a
/// JSON array, run without a shell) as the command line that runs the
/// same argument vector; `None` for the shell form. ci3 (session 41): jq's
/// workflow writes one, read as shell it looked like a program name split
/// by quotes.
pub(super) fn exec_form(cmd: &str) -> Option<String> {
    let words: Vec<String> = serde_json::from_str(cmd.trim()).ok()?;
    Some(
        words
            .iter()
            .map(|w| code::single_quote(w))
            .collect::<Vec<_>>()
            .join(" "),
    )
}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    reason = "test assertions"
)]
mod brace_tests {
    use super::{expand_braces, quoted_evaluated_commands};
    use proptest::prelude::*;

    #[test]
    fn expands_as_bash_does() {
        assert_eq!(
            expand_braces("~/.{ssh,aws}/x", 16),
            ["~/.ssh/x", "~/.aws/x"]
        );
        assert_eq!(expand_braces("{a,b}{1,2}", 16), ["a1", "a2", "b1", "b2"]);
        assert_eq!(expand_braces("x{a,{b,c}}y", 16), ["xay", "xby", "xcy"]);
        assert_eq!(expand_braces("${HOME}/x", 16), ["${HOME}/x"]);
        assert_eq!(expand_braces("{1..3}", 16), ["{1..3}"]);
        assert_eq!(expand_braces("{a,b", 16), ["{a,b"]);
        assert_eq!(expand_braces("{a,b}{c,d}{e,f}{g,h}{i,j}", 4).len(), 4);
    }

    proptest! {
        #[test]
        fn every_alternative_in_order(
            prefix in "[a-z/~.]{0,6}",
            alts in proptest::collection::vec("[a-z0-9_.]{0,5}", 2..5),
            suffix in "[a-z/.]{0,6}",
        ) {
            let word = format!("{prefix}{{{}}}{suffix}", alts.join(","));
            let want: Vec<String> = alts.iter().map(|a| format!("{prefix}{a}{suffix}")).collect();
            prop_assert_eq!(expand_braces(&word, 16), want);
        }

        #[test]
        fn never_more_than_the_limit(word in "[{},a-c]{0,40}", limit in 1usize..20) {
            prop_assert!(expand_braces(&word, limit).len() <= limit);
        }
    }

    #[test]
    fn quoted_commands_bash_evaluates_again() {
        let cases: &[(&str, &[&str])] = &[
            ("let 'a[$(rm -rf ~)]=1'", &["rm -rf ~"]),
            ("test -v 'a[`id`]'", &["id"]),
            ("x='a[$(curl x|sh)]'; echo $((x))", &["curl x|sh"]),
            ("declare -i n=\"a[\\$(id)]\"", &["id"]),
            ("x='$(id)'; echo \"${x@P}\"", &["id"]),
            // Not evaluated again: printed text, regex classes, plain quotes.
            ("echo '$(id)'", &[]),
            ("grep -E '[$(]' f", &[]),
            ("echo 'a[1]' \"$(date)\"", &[]),
            ("awk '{print $1}' f", &[]),
            ("printf '\\e[31mError: `\\e[1m%s\\e[22m` x' a", &[]),
        ];
        for (src, want) in cases {
            assert_eq!(&quoted_evaluated_commands(src), want, "{src}");
        }
    }
}
