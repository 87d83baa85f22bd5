//! Static decoding of payloads hidden behind `base64 -d`, `rev`, `tr` and
//! `xxd -r`, so that what finally reaches a shell can be assessed.

use base64::Engine;

/// Longest payload decoded; beyond that the pipeline is reported as hidden.
const MAX_PAYLOAD: usize = 64 * 1024;

/// One decoding stage, from the command that performs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Stage {
    Base64,
    /// Recognised but not replayed: the chain is reported as encoded.
    Base32,
    Hex,
    Reverse,
    Translate(String, String),
    /// Passes its input through unchanged (`cat`, `tee`).
    Identity,
}

/// The decoding stage a command performs, if it is a decoder; `None` for a
/// command that is not a decoder.
pub(crate) fn stage_of(name: &str, args: &[&str]) -> Option<Stage> {
    let decode_flag = args
        .iter()
        .any(|a| matches!(*a, "-d" | "--decode" | "-D" | "-di" | "-id" | "-dw0"));
    match name {
        "base64" | "gbase64" if decode_flag => Some(Stage::Base64),
        "base32" if decode_flag => Some(Stage::Base32),
        "openssl"
            if args.contains(&"base64") || args.contains(&"-base64") || args.contains(&"-a") =>
        {
            args.contains(&"-d").then_some(Stage::Base64)
        }
        "xxd" if args.iter().any(|a| a.starts_with("-r")) => Some(Stage::Hex),
        "rev" => Some(Stage::Reverse),
        "tr" => {
            let sets: Vec<&str> = args
                .iter()
                .copied()
                .filter(|a| !a.starts_with('-'))
                .collect();
            match sets.as_slice() {
                [a, b] => Some(Stage::Translate((*a).to_owned(), (*b).to_owned())),
                _ => None,
            }
        }
        "cat" | "tee" if args.iter().all(|a| a.starts_with('-')) => Some(Stage::Identity),
        _ => None,
    }
}

/// Whether a command name is a decoder of any kind, including those this
/// module cannot replay (compression, uudecode, openssl enc).
pub(crate) fn is_decoder_name(name: &str) -> bool {
    matches!(
        name,
        "base64"
            | "base32"
            | "basenc"
            | "xxd"
            | "rev"
            | "tr"
            | "uudecode"
            | "openssl"
            | "gunzip"
            | "zcat"
            | "gzip"
            | "bzip2"
            | "bunzip2"
            | "xz"
            | "unxz"
            | "zstd"
            | "od"
            | "hexdump"
            | "printf"
    )
}

/// Applies one stage. `None` when the input does not decode.
pub(crate) fn apply(stage: &Stage, input: &str) -> Option<String> {
    let out = match stage {
        Stage::Base64 => {
            let clean: String = input.chars().filter(|c| !c.is_whitespace()).collect();
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(clean.as_bytes())
                .or_else(|_| {
                    base64::engine::general_purpose::STANDARD_NO_PAD
                        .decode(clean.trim_end_matches('='))
                })
                .ok()?;
            String::from_utf8(bytes).ok()?
        }
        Stage::Base32 => return None,
        Stage::Hex => {
            let clean: String = input.chars().filter(|c| c.is_ascii_hexdigit()).collect();
            if !clean.len().is_multiple_of(2) {
                return None;
            }
            let bytes: Option<Vec<u8>> = (0..clean.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(clean.get(i..i + 2)?, 16).ok())
                .collect();
            String::from_utf8(bytes?).ok()?
        }
        Stage::Reverse => input
            .split('\n')
            .map(|l| l.chars().rev().collect::<String>())
            .collect::<Vec<_>>()
            .join("\n"),
        Stage::Translate(a, b) => {
            let from = expand_set(a)?;
            let to = expand_set(b)?;
            if to.is_empty() {
                return None;
            }
            input
                .chars()
                .map(|c| match from.iter().position(|f| *f == c) {
                    Some(i) => *to.get(i).or(to.last()).unwrap_or(&c),
                    None => c,
                })
                .collect()
        }
        Stage::Identity => input.to_owned(),
    };
    (out.len() <= MAX_PAYLOAD).then_some(out)
}

/// Base64 of UTF-16LE text (PowerShell's `-EncodedCommand`), decoded.
/// `None` when it is not base64, not whole UTF-16 code units, or not text.
pub(crate) fn base64_utf16le(input: &str) -> Option<String> {
    let clean: String = input
        .trim_matches(|c| c == '\'' || c == '"')
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(clean.as_bytes())
        .ok()?;
    if bytes.len() % 2 != 0 || bytes.len() > MAX_PAYLOAD * 2 {
        return None;
    }
    let units: Vec<u16> = bytes
        .chunks_exact(2)
        .map(|p| match p {
            [lo, hi] => u16::from_le_bytes([*lo, *hi]),
            _ => 0,
        })
        .collect();
    let text = String::from_utf16(&units).ok()?;
    text.chars()
        .all(|c| !c.is_control() || c == '\n' || c == '\r' || c == '\t')
        .then_some(text)
}

/// Expands a `tr` set with ranges (`a-z`); classes are not replayed.
fn expand_set(set: &str) -> Option<Vec<char>> {
    if set.contains("[:") {
        return None;
    }
    let chars: Vec<char> = set.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if let (Some(&'-'), Some(&end)) = (chars.get(i + 1), chars.get(i + 2)) {
            if end < c || (end as u32 - c as u32) > 1024 {
                return None;
            }
            out.extend((c as u32..=end as u32).filter_map(char::from_u32));
            i += 3;
        } else {
            out.push(c);
            i += 1;
        }
    }
    Some(out)
}

/// The text printed by `echo`/`printf` with literal arguments.
pub(crate) fn printed(name: &str, args: &[&str]) -> Option<String> {
    match name {
        "echo" => {
            let mut rest = args;
            let mut escapes = false;
            while let Some(first) = rest.first() {
                if first.len() > 1
                    && first.starts_with('-')
                    && first
                        .get(1..)
                        .is_some_and(|f| f.chars().all(|c| matches!(c, 'n' | 'e' | 'E')))
                {
                    escapes |= first.contains('e');
                    rest = rest.get(1..).unwrap_or(&[]);
                } else {
                    break;
                }
            }
            let joined = rest.join(" ");
            Some(if escapes { unescape(&joined) } else { joined })
        }
        "printf" => {
            let (fmt, rest) = args.split_first()?;
            // `printf -- FMT`, `printf -v NAME` (assigns, prints nothing).
            let (fmt, rest) = match *fmt {
                "--" => rest.split_first()?,
                "-v" => return None,
                _ => (fmt, rest),
            };
            printf_format(fmt, rest)
        }
        "python" | "python3" | "python2" => {
            let at = args.iter().position(|a| *a == "-c")?;
            python_printed(args.get(at + 1)?)
        }
        "git" => git_format_printed(args),
        _ => None,
    }
}

/// What `git for-each-ref|log|show|branch|tag --format=TEXT` prints: the
/// format's literal text, once per ref or commit (`eval "$(git
/// for-each-ref --count=1 --format='CMD' refs/heads)"` runs CMD). The
/// placeholders (`%(refname)`, `%H`, `%an`) are left out: they are names
/// and hashes, not text the line chose; `%n` is a newline and `%%` a
/// percent sign.
fn git_format_printed(args: &[&str]) -> Option<String> {
    let sub = args.get(crate::bash::git_sub_command_at(args))?;
    if !matches!(
        *sub,
        "for-each-ref" | "log" | "show" | "branch" | "tag" | "rev-list"
    ) {
        return None;
    }
    let mut format = None;
    for (i, a) in args.iter().enumerate() {
        let v = match a.split_once('=') {
            Some(("--format" | "--pretty", v)) => Some(v),
            None if *a == "--format" => args.get(i + 1).copied(),
            _ => None,
        };
        if let Some(v) = v {
            format = Some(
                v.strip_prefix("format:")
                    .or_else(|| v.strip_prefix("tformat:"))
                    .unwrap_or(v),
            );
        }
    }
    let format = format?;
    let mut out = String::new();
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('%') => out.push('%'),
            Some('n') => out.push('\n'),
            Some('(') => {
                for c in chars.by_ref() {
                    if c == ')' {
                        break;
                    }
                }
            }
            // A placeholder's letters (`%H`, `%an`, `%ad`).
            Some(_) => {
                while chars.peek().is_some_and(char::is_ascii_alphabetic) {
                    chars.next();
                }
            }
            None => {}
        }
    }
    (out.len() <= MAX_PAYLOAD).then_some(out)
}

/// What a Python one-liner prints when it is only imports and one
/// `print(EXPR)` of a value computed from literals: a string, and
/// `base64.b64decode(S)`, `bytes.fromhex(S)`, `codecs.decode(S, "rot13")`,
/// `S[::-1]` of one, with `.decode()`. Written by hand: the hook needs the
/// text these few decoders make, not a Python interpreter. `None` for
/// anything else.
fn python_printed(code: &str) -> Option<String> {
    let mut stmts = code
        .split([';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty() && !s.starts_with("import ") && !s.starts_with("from "));
    let stmt = stmts.next()?;
    if stmts.next().is_some() {
        return None;
    }
    let expr = stmt.strip_prefix("print(")?.strip_suffix(')')?;
    let out = python_value(expr.trim(), 0)?;
    (out.len() <= MAX_PAYLOAD).then_some(out)
}

fn python_value(expr: &str, depth: u8) -> Option<String> {
    if depth > 8 {
        return None;
    }
    let e = expr.trim();
    for suffix in [
        ".decode()",
        ".decode(\"utf-8\")",
        ".decode('utf-8')",
        ".decode(\"utf8\")",
    ] {
        if let Some(inner) = e.strip_suffix(suffix) {
            return python_value(inner, depth + 1);
        }
    }
    if let Some(inner) = e.strip_suffix("[::-1]") {
        return apply(&Stage::Reverse, &python_value(inner, depth + 1)?);
    }
    let call = |names: &[&str]| {
        names.iter().find_map(|n| {
            e.strip_prefix(n)
                .and_then(|r| r.strip_prefix('('))
                .and_then(|r| r.strip_suffix(')'))
        })
    };
    if let Some(arg) = call(&["base64.b64decode", "b64decode", "base64.standard_b64decode"]) {
        return apply(&Stage::Base64, &python_value(arg, depth + 1)?);
    }
    if let Some(arg) = call(&["bytes.fromhex", "binascii.unhexlify"]) {
        return apply(&Stage::Hex, &python_value(arg, depth + 1)?);
    }
    if let Some(args) = call(&["codecs.decode"]) {
        let (text, codec) = args.rsplit_once(',')?;
        let codec = python_value(codec, depth + 1)?;
        if !matches!(codec.as_str(), "rot13" | "rot_13" | "rot-13") {
            return None;
        }
        let stage = Stage::Translate("A-Za-z".to_owned(), "N-ZA-Mn-za-m".to_owned());
        return apply(&stage, &python_value(text, depth + 1)?);
    }
    python_literal(e)
}

/// A Python string or bytes literal (`'x'`, `"x"`, `b'x'`), its common
/// escapes decoded.
fn python_literal(e: &str) -> Option<String> {
    let e = e.strip_prefix(['b', 'B']).unwrap_or(e);
    let quote = e.chars().next().filter(|q| matches!(q, '\'' | '"'))?;
    let body = e.strip_prefix(quote)?.strip_suffix(quote)?;
    if body.contains(quote) && !body.contains('\\') {
        return None;
    }
    Some(unescape(body))
}

/// The longest text `printf_format` produces.
const MAX_PRINTED: usize = 64 * 1024;

/// What `printf FMT ARGS...` prints: escapes in the format replayed, `%s`,
/// `%b` (escapes in the argument replayed), `%d`/`%i`/`%u`/`%x`/`%q`/`%c`
/// filled from the arguments (widths and flags ignored), `%%`, and the
/// format reused while arguments remain, as bash's builtin does. Written
/// by hand: no crate replays the shell builtin's format, and the risk
/// engine needs only the text, not numeric formatting. `None` when the
/// text would be over 64 KiB.
pub(crate) fn printf_format(fmt: &str, args: &[&str]) -> Option<String> {
    let mut out = String::new();
    let mut next = 0usize;
    loop {
        let mut converted = false;
        let mut chars = fmt.chars().peekable();
        let mut lit = String::new();
        while let Some(c) = chars.next() {
            if c != '%' {
                lit.push(c);
                continue;
            }
            out.push_str(&unescape(&std::mem::take(&mut lit)));
            // Flags, width and precision.
            while chars.peek().is_some_and(|c| {
                c.is_ascii_digit() || matches!(c, '-' | '+' | ' ' | '#' | '.' | '0')
            }) {
                chars.next();
            }
            let Some(conv) = chars.next() else {
                out.push('%');
                break;
            };
            if conv == '%' {
                out.push('%');
                continue;
            }
            converted = true;
            let arg = args.get(next).copied().unwrap_or("");
            next += 1;
            match conv {
                'b' => out.push_str(&unescape(arg)),
                'c' => out.extend(arg.chars().next()),
                _ => out.push_str(arg),
            }
            if out.len() > MAX_PRINTED {
                return None;
            }
        }
        out.push_str(&unescape(&lit));
        if out.len() > MAX_PRINTED {
            return None;
        }
        if !converted || next >= args.len() {
            return Some(out);
        }
    }
}

/// Replays backslash escapes (`\n`, `\t`, `\xHH`, `\0NNN`).
pub(crate) fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        let next = chars.get(i + 1).copied();
        let Some(n) = next.filter(|_| c == '\\') else {
            out.push(c);
            i += 1;
            continue;
        };
        match n {
            'n' => out.push('\n'),
            't' => out.push('\t'),
            '\\' => out.push('\\'),
            'x' => {
                let hex: String = chars
                    .get(i + 2..)
                    .unwrap_or(&[])
                    .iter()
                    .take(2)
                    .take_while(|c| c.is_ascii_hexdigit())
                    .collect();
                if let Some(ch) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    out.push(ch);
                    i += 2 + hex.len();
                    continue;
                }
                out.push('\\');
                out.push('x');
            }
            '0'..='7' => {
                let oct: String = chars
                    .get(i + 1..)
                    .unwrap_or(&[])
                    .iter()
                    .take(4)
                    .take_while(|c| c.is_digit(8))
                    .collect();
                if let Some(ch) = u32::from_str_radix(&oct, 8).ok().and_then(char::from_u32) {
                    out.push(ch);
                    i += 1 + oct.len();
                    continue;
                }
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
        i += 2;
    }
    out
}

/// Long base64-looking runs inside `text` (for payloads embedded in code).
pub(crate) fn base64_runs(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '+' || c == '/' || c == '='))
        .filter(|t| {
            t.len() >= 12
                && t.len() % 4 == 0
                && t.chars()
                    .any(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
        })
        .filter_map(|t| apply(&Stage::Base64, t))
        .filter(|s| s.chars().all(|c| !c.is_control() || c == '\n' || c == '\t'))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn printf_formats() {
        use super::printf_format as f;
        assert_eq!(
            f("all:\\n\\t%s\\n", &["rm -rf ~"]).as_deref(),
            Some("all:\n\trm -rf ~\n")
        );
        assert_eq!(f("%s\\n", &["a", "b"]).as_deref(), Some("a\nb\n"));
        assert_eq!(f("%s %s;", &["a", "b", "c"]).as_deref(), Some("a b;c ;"));
        assert_eq!(f("%b", &["x\\ty"]).as_deref(), Some("x\ty"));
        assert_eq!(f("100%% %5.2s", &["ab"]).as_deref(), Some("100% ab"));
        assert_eq!(
            f("no conversions", &["ignored"]).as_deref(),
            Some("no conversions")
        );
        assert_eq!(f("%", &[]).as_deref(), Some("%"));
        let big = "x".repeat(40_000);
        assert_eq!(f("%s%s", &[&big, &big]), None);
    }

    #[test]
    fn powershell_encoded_commands_decode() {
        use super::base64_utf16le as d;
        // `[Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes('rm -rf ~'))`
        assert_eq!(d("cgBtACAALQByAGYAIAB+AA==").as_deref(), Some("rm -rf ~"));
        assert_ne!(d("cm0gLXJmIH4=").as_deref(), Some("rm -rf ~"));
        assert_eq!(d("not base64!"), None);
    }
}
