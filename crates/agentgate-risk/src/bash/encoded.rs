//! Words spelled so that a filter cannot read them (hacktricks' "Bypass
//! Linux Restrictions"): text decoded from escape codes (`$'\x2f...'`,
//! `echo -e "\x2f..."`), a decoder's output (`xxd -r`, `base64 -d`,
//! `rev`, `tr`), or single characters cut out of a variable (`${HOME:0:1}`
//! is `/`). A developer names a program or a path as it is; spelled this
//! way, it is asked about, whatever the decoded text says. Written by hand:
//! these are spellings of bash words, which no crate classifies.

use super::*;

/// Variables whose single characters spell punctuation (`${HOME:0:1}` is
/// `/`, `${LS_COLORS:10:1}` is `;`).
const SLICED_VARIABLES: &[&str] = &["HOME", "IFS", "LS_COLORS", "OLDPWD", "PATH", "PWD", "SHELL"];

/// How `raw` (a word as written) hides its text, if it does.
pub(super) fn encoded_spelling(raw: &str) -> Option<&'static str> {
    // Every word of every command comes here: most have no `$` or `` ` ``.
    if !raw.contains(['$', '`']) {
        return None;
    }
    if let Some(i) = raw.find("$'") {
        let rest = raw.get(i + 2..).unwrap_or("");
        let body = rest.split('\'').next().unwrap_or(rest);
        if escape_codes(body) {
            return Some("escape codes");
        }
    }
    for inner in substitutions(raw) {
        let decodes = (inner.contains("echo -e") || inner.contains("printf"))
            && escape_codes(inner)
            || inner.contains("xxd -r")
            || inner.contains("base64 -d")
            || inner.contains("base64 --decode")
            || inner.contains("base32 -d")
            || inner.starts_with("rev")
            || inner.contains("|rev")
            || inner.contains("| rev")
            || (inner.starts_with("echo") || inner.starts_with("printf"))
                && inner.contains("| tr ")
            || inner.starts_with("tr ") && inner.contains("<<<");
        if decodes {
            return Some("a decoder's output");
        }
    }
    let sliced = raw.contains("${")
        && SLICED_VARIABLES.iter().any(|v| {
            raw.match_indices(&format!("${{{v}:")).any(|(i, m)| {
                let rest = raw.get(i + m.len()..).unwrap_or("");
                let spec = rest.split('}').next().unwrap_or("");
                spec.rsplit(':').next() == Some("1") && spec.contains(':')
            })
        });
    sliced.then_some("single characters cut out of a variable")
}

/// Whether a program name starting with a quote is quoted pieces
/// (`'p'i'n'g`, `"w"h"o"a"m"i`): more than one quoted piece, and a value
/// without spaces (one quoted string, `'my tool'`, or a quoted variable
/// and a path, `"$HOME"/bin/x`, is how names are written).
pub(super) fn quoted_pieces(raw: &str, value: &str) -> bool {
    let Some(q) = raw.chars().next().filter(|c| matches!(c, '\'' | '"')) else {
        return false;
    };
    raw.matches(q).count() > 2 && !value.contains(char::is_whitespace)
}

/// Whether text holds hex, Unicode or octal escape codes (`\x2f`, `\u002f`,
/// `\057`).
fn escape_codes(text: &str) -> bool {
    text.match_indices('\\').any(|(i, _)| {
        let next = text.get(i + 1..).unwrap_or("");
        next.starts_with(['x', 'u', 'U'])
            && next.chars().nth(1).is_some_and(|c| c.is_ascii_hexdigit())
            || next.len() >= 3 && next.chars().take(3).all(|c| ('0'..='7').contains(&c))
    })
}

/// The texts of the `$(...)` and backquoted substitutions in a word.
fn substitutions(raw: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = raw;
    while let Some(i) = rest.find("$(") {
        let after = rest.get(i + 2..).unwrap_or("");
        let mut depth = 1usize;
        let end = after.char_indices().find_map(|(k, c)| {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ => {}
            }
            (depth == 0).then_some(k)
        });
        let Some(end) = end else { break };
        out.push(after.get(..end).unwrap_or("").trim());
        rest = after.get(end + 1..).unwrap_or("");
    }
    let ticks = raw.matches('`').count();
    if ticks >= 2 {
        out.extend(
            raw.split('`')
                .skip(1)
                .step_by(2)
                .take(ticks / 2)
                .map(str::trim),
        );
    }
    out
}

impl Walker<'_> {
    /// The program name and the arguments of one command, each spelled
    /// with an encoding (see the module's note): asked about. Text a
    /// command only prints (echo, printf) is not a name it uses.
    pub(super) fn encoded_words(&mut self, site: Site<'_>, args: &[Arg<'_>]) {
        let Some((first, rest)) = args.split_first() else {
            return;
        };
        let text = &site.cmd.text;
        let from_var =
            sole_expansion(&first.word.raw).is_some_and(|v| self.encoded_vars.contains(v));
        if let Some(how) = encoded_spelling(&first.word.raw).or(from_var.then_some("escape codes"))
        {
            self.find(
                Obf,
                Medium,
                format!("spells the program it runs with {how}"),
                text,
            );
            return;
        }
        if matches!(paths::basename(first.v()), "echo" | "printf") {
            return;
        }
        // The words as written too: a slice the walker already bound
        // (`${HOME:0:1}` is `/`) reaches here as its value.
        let written = site.cmd.argv.iter().skip(1).map(|w| w.raw.as_str());
        if let Some(how) = rest
            .iter()
            .map(|a| a.word.raw.as_str())
            .chain(written)
            .find_map(encoded_spelling)
        {
            self.find(
                Obf,
                Medium,
                format!("spells an argument with {how}, hiding what it names"),
                text,
            );
        }
    }
}
