//! One shell word, with what static analysis can know about its value.

/// A shell word as written, plus its value when that value is static.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    /// The word as written in the command, quotes included.
    pub raw: String,
    /// The value after quote removal, when it does not depend on expansions
    /// (parameters, command substitutions, arithmetic). A leading `~` is kept
    /// as `~` (see [`Word::tilde`]).
    pub literal: Option<String>,
    /// The word contains a command substitution (`$(...)` or backticks).
    pub has_command_substitution: bool,
    /// The word contains a parameter or arithmetic expansion.
    pub has_parameter_expansion: bool,
    /// The word starts with an unquoted tilde expansion (`~`, `~/x`, `~user`).
    pub tilde: bool,
    /// The word contains unquoted glob characters (`*`, `?`, `[`).
    pub glob: bool,
    /// The word contains an unquoted brace expansion (`{a,b}`, `{1..3}`).
    pub brace_expansion: bool,
    /// The word contains a parameter expansion in braces (`${VAR}`).
    pub braced_parameter: bool,
}

impl Word {
    /// A word with no quoting or expansion: its own value.
    pub fn plain(raw: &str) -> Self {
        Self {
            raw: raw.to_owned(),
            literal: Some(raw.to_owned()),
            has_command_substitution: false,
            has_parameter_expansion: false,
            tilde: false,
            glob: false,
            brace_expansion: false,
            braced_parameter: false,
        }
    }

    /// A word whose value is only known at run time.
    pub(crate) fn dynamic(raw: String, has_command_substitution: bool) -> Self {
        Self {
            raw,
            literal: None,
            has_command_substitution,
            has_parameter_expansion: false,
            tilde: false,
            glob: false,
            brace_expansion: false,
            braced_parameter: false,
        }
    }

    /// The value of the word if it is static, else its raw text.
    pub fn value_or_raw(&self) -> &str {
        self.literal.as_deref().unwrap_or(&self.raw)
    }

    /// Whether the value of the word is only known at run time.
    pub fn is_dynamic(&self) -> bool {
        self.literal.is_none()
    }
}

/// The value of ANSI-C quoted text (`$'...'`, without the quotes), as bash
/// decodes it: `\n`, `\t`, `\xHH`, `\NNN` (octal), `\uHHHH`, `\UHHHHHHHH`,
/// `\cX` and the other backslash escapes. Written by hand: no crate of the
/// field decodes bash's set, and it is a dozen cases.
pub(crate) fn ansi_c_value(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some(e) = chars.next() else {
            out.push('\\');
            break;
        };
        let mut digits = |radix: u32, max: usize, first: Option<char>| {
            let mut v: u32 = 0;
            let mut n = 0;
            if let Some(f) = first {
                v = f.to_digit(radix).unwrap_or(0);
                n = 1;
            }
            while n < max {
                match chars.peek().and_then(|d| d.to_digit(radix)) {
                    Some(d) => {
                        v = v.saturating_mul(radix).saturating_add(d);
                        chars.next();
                        n += 1;
                    }
                    None => break,
                }
            }
            (v, n)
        };
        match e {
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => out.push('\r'),
            'a' => out.push('\u{7}'),
            'b' => out.push('\u{8}'),
            'e' | 'E' => out.push('\u{1b}'),
            'f' => out.push('\u{c}'),
            'v' => out.push('\u{b}'),
            '\\' | '\'' | '"' | '?' => out.push(e),
            'x' => {
                let (v, n) = digits(16, 2, None);
                if n == 0 {
                    out.push_str("\\x");
                } else if let Some(ch) = char::from_u32(v) {
                    out.push(ch);
                }
            }
            'u' | 'U' => {
                let (v, n) = digits(16, if e == 'u' { 4 } else { 8 }, None);
                if n == 0 {
                    out.push('\\');
                    out.push(e);
                } else if let Some(ch) = char::from_u32(v) {
                    out.push(ch);
                }
            }
            '0'..='7' => {
                let (v, _) = digits(8, 3, Some(e));
                if let Some(ch) = char::from_u32(v & 0xff) {
                    out.push(ch);
                }
            }
            'c' => {
                if let Some(x) = chars.next() {
                    if let Some(ch) = char::from_u32(u32::from(x) & 0x1f) {
                        out.push(ch);
                    }
                }
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::ansi_c_value;

    #[test]
    fn decodes_as_bash_does() {
        assert_eq!(ansi_c_value(r"\x72\x6d -rf"), "rm -rf");
        assert_eq!(ansi_c_value(r"x:\n\trm"), "x:\n\trm");
        assert_eq!(ansi_c_value(r"\162\155"), "rm");
        assert_eq!(ansi_c_value(r"a\u200db"), "a\u{200d}b");
        assert_eq!(ansi_c_value(r"it\'s"), "it's");
        assert_eq!(ansi_c_value(r"\q\x"), "\\q\\x");
        assert_eq!(ansi_c_value("\\"), "\\");
    }
}
