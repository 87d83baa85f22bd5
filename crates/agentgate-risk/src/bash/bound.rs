//! Words bound by the line: a command's arguments that expand a variable
//! the line itself set (`m=644; chmod $m KEY`, `c=FLUSHALL; redis-cli $c`)
//! are handed to every handler as the words bash will run, not as `$m`.
//!
//! Paths were already resolved this way (`Walker::arg_paths`), but options,
//! sub-commands and values (`truncate -s`, `git config --get`, a recipient,
//! a redis command) were read from the raw `$x` text, so the same command
//! with its words moved into variables passed.

use super::dynamic::{parameter_at, SLASH_FIRST};
use super::*;

/// At most this many words from one variable split on white space (bash
/// splits an unquoted expansion); a longer value is left unbound.
const MAX_SPLIT: usize = 64;

impl Walker<'_> {
    /// `argv` with every argument that expands only variables whose value
    /// is known (at least one of them set by the line) replaced by the
    /// word, or words, bash makes of it. `None` when no argument changes:
    /// the caller then walks the words as written.
    ///
    /// The program's name is not bound here: a dynamic name is judged by
    /// `dynamic_name`, which walks the resolved line again (and binds its
    /// arguments there). Variables with several possible values (loops,
    /// conditional assignments) are walked once per value by `loop_values`.
    pub(super) fn bound_argv(&self, argv: &[Word]) -> Option<Vec<Word>> {
        let (first, rest) = argv.split_first()?;
        if first.is_dynamic() {
            return None;
        }
        let mut out = vec![first.clone()];
        let mut changed = false;
        for w in rest {
            match self.bound_word(w) {
                Some(words) => {
                    changed = true;
                    out.extend(words);
                }
                None => out.push(w.clone()),
            }
        }
        changed.then_some(out)
    }

    /// The words bash makes of `w` when every variable it expands is
    /// known and one of them was set by the line; `None` otherwise.
    fn bound_word(&self, w: &Word) -> Option<Vec<Word>> {
        if !w.is_dynamic() || w.has_command_substitution || self.sourced {
            return None;
        }
        if let Some(words) = self.array_words(&w.raw) {
            return Some(words);
        }
        let names = expanded_names(&w.raw)?;
        // A name with several possible values is walked once per value
        // (`loop_values`, and `arg_paths` for paths), not bound to one.
        // `${PATH:0:1}` is a slash whatever the line set (`slash_slice_at`).
        // (A cheap test first: this runs for every dynamic word.)
        let slash = w.raw.contains(":0:1}")
            && SLASH_FIRST
                .iter()
                .any(|n| w.raw.contains(&format!("${{{n}:0:1}}")));
        if !(slash || names.iter().any(|n| self.vars.contains_key(*n)))
            || names.iter().any(|n| self.alts.contains_key(*n))
        {
            return None;
        }
        let value = self.expand_plain(&w.raw)?;
        if w.raw.contains(['"', '\'', '\\']) {
            return Some(vec![bound(value, false)]);
        }
        // Unquoted: split on white space, and globbed. After the line
        // changed IFS the split is another (asked about where IFS is set).
        if self.vars.contains_key("IFS") {
            return None;
        }
        let parts: Vec<&str> = value.split_whitespace().collect();
        if parts.len() > MAX_SPLIT {
            return None;
        }
        Some(
            parts
                .into_iter()
                .map(|p| bound(p.to_owned(), true))
                .collect(),
        )
    }

    /// `"${a[@]}"` (or `[*]`, quoted or not) of an array the line set
    /// (`a=(-rf ~); rm "${a[@]}"`): its words as the assignment wrote
    /// them, when none of them is dynamic.
    fn array_words(&self, raw: &str) -> Option<Vec<Word>> {
        let bare = raw
            .strip_prefix('"')
            .and_then(|r| r.strip_suffix('"'))
            .unwrap_or(raw);
        let inner = bare.strip_prefix("${")?;
        let name = inner
            .strip_suffix("[@]}")
            .or_else(|| inner.strip_suffix("[*]}"))?;
        let (words, commands) = self.array_words_of(name)?;
        if commands != 1 || words.len() > MAX_SPLIT || words.iter().any(Word::is_dynamic) {
            return None;
        }
        Some(words)
    }

    /// `: ${d:=~}` (and `${d=~}`): the expansion assigns the default to an
    /// unset variable, so the line's later commands see it set. Only plain
    /// defaults, and only names the line has not set (an environment
    /// variable keeps its value, which the hook may not know).
    pub(super) fn assign_defaults(&mut self, argv: &[Word]) {
        for w in argv.iter().filter(|w| w.is_dynamic()) {
            let mut rest = w.raw.as_str();
            while let Some(i) = rest.find("${") {
                let after = rest.get(i + 2..).unwrap_or("");
                let end = after
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .unwrap_or(after.len());
                let (name, tail) = after.split_at(end);
                rest = tail;
                let Some(value) = tail
                    .strip_prefix(":=")
                    .or_else(|| tail.strip_prefix('='))
                    .and_then(|v| v.split_once('}'))
                    .map(|(v, _)| v)
                else {
                    continue;
                };
                let plain = plain_word(value) || value == "~";
                if name.is_empty()
                    || !plain
                    || self.vars.contains_key(name)
                    || self.environment_value(name).is_some()
                    || self.ctx.environment.iter().any(|(n, _)| n == name)
                    || self.ctx.environment_unknown.iter().any(|n| n == name)
                {
                    continue;
                }
                self.vars.insert(name.to_owned(), value.to_owned());
            }
        }
    }

    /// The value of one word whose only expansions are `$NAME` and
    /// `${NAME}` of known variables: quotes removed from the word's own
    /// text, never from a variable's value (`c="a 'b c'"; eval "$c"` hands
    /// eval the quotes). `None` for any other expansion.
    fn expand_plain(&self, raw: &str) -> Option<String> {
        let chars: Vec<char> = raw.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        let mut double = false;
        while let Some(&c) = chars.get(i) {
            i += 1;
            match c {
                '\'' if !double => loop {
                    match chars.get(i) {
                        Some('\'') => {
                            i += 1;
                            break;
                        }
                        Some(&q) => {
                            out.push(q);
                            i += 1;
                        }
                        None => return None,
                    }
                },
                '"' => double = !double,
                '\\' => {
                    let next = *chars.get(i)?;
                    if double && !matches!(next, '$' | '`' | '"' | '\\') {
                        out.push('\\');
                    }
                    out.push(next);
                    i += 1;
                }
                '`' => return None,
                '$' => {
                    if let Some(next) = self.slash_slice_at(&chars, i - 1) {
                        out.push('/');
                        i = next;
                        continue;
                    }
                    let (name, next) = parameter_at(&chars, i - 1)?;
                    out.push_str(self.param_value(&name)?);
                    i = next;
                }
                c => out.push(c),
            }
        }
        (!double).then_some(out)
    }
}

/// A literal word holding `value`, written back as shell text that parses
/// to the same word (wrappers re-read their payload from the raw text).
fn bound(value: String, unquoted: bool) -> Word {
    let tilde = value.starts_with('~');
    let glob = unquoted && value.contains(['*', '?', '[']);
    let raw = if plain_word(&value) || glob && !value.contains(['\'', '"', ' ', '\\', '$', '`']) {
        value.clone()
    } else if let Some(rest) = value
        .strip_prefix('~')
        .filter(|r| plain_word(r) || r.is_empty())
    {
        format!("~{rest}")
    } else {
        crate::code::single_quote(&value)
    };
    Word {
        raw,
        literal: Some(value),
        has_command_substitution: false,
        has_parameter_expansion: false,
        tilde,
        glob,
        brace_expansion: false,
        braced_parameter: false,
    }
}

/// The variable names `raw` expands (`$NAME`, `${NAME}` and the forms
/// `known_value` reads, such as `${NAME:-x}`); `None` for an expansion
/// that is not a plain name (`$1`, `$@`, `$?`, arithmetic).
fn expanded_names(raw: &str) -> Option<Vec<&str>> {
    let mut names = Vec::new();
    let mut rest = raw;
    while let Some(i) = rest.find('$') {
        let after = rest.get(i + 1..)?;
        let body = after.strip_prefix('{').unwrap_or(after);
        let end = body
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(body.len());
        let name = body.get(..end)?;
        if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        names.push(name);
        rest = body.get(end..)?;
    }
    (!names.is_empty()).then_some(names)
}

/// The variables `read` assigns (`read -r -p 'x: ' a b`, `read -a arr`):
/// its operands and `-a`'s value, after the options that take one.
pub(super) fn read_names<'a>(vals: &[&'a str]) -> Vec<&'a str> {
    let mut names = Vec::new();
    let mut i = 0;
    while let Some(v) = vals.get(i) {
        if *v == "--" {
            names.extend(vals.get(i + 1..).unwrap_or(&[]).iter().copied());
            break;
        }
        if let Some(flags) = v.strip_prefix('-').filter(|f| !f.is_empty()) {
            // The last letter of a cluster may take the next word.
            let last = flags.chars().last().unwrap_or('r');
            if "adinNptu".contains(last) && flags.len() == 1 {
                if last == 'a' {
                    names.extend(vals.get(i + 1).copied());
                }
                i += 2;
                continue;
            }
            if "adinNptu".contains(last) && !flags.contains(['r', 's', 'e']) {
                // `-n5`, `-d:`, `-aarr`: the value is glued on.
                if let Some(arr) = flags.strip_prefix('a') {
                    names.push(arr);
                }
            }
            i += 1;
            continue;
        }
        names.push(v);
        i += 1;
    }
    names
}

impl Walker<'_> {
    /// `read NAMES`: the names hold what it reads, unknown unless it is the
    /// word of a here-string read into one variable (`read -r d <<< ~`) or
    /// an array of its words (`read -ra c <<< 'make test'`). Moved from
    /// simple.rs in session 37.
    pub(super) fn read_builtin(&mut self, site: Site<'_>, name: &str, vals: &[&str], text: &str) {
        self.password_prompt(site, vals);
        // Whatever it reads is unknown, unless it is the word of a
        // here-string read into one variable.
        let names = self.forget_assigned(name, vals);
        let input = site.cmd.redirects.iter().find_map(|r| r.input_text.clone());
        let word = input.as_deref().map(str::trim).filter(|_| names.len() == 1);
        for n in &names {
            self.builtin_assigned(n, word, text, site.depth);
        }
        if let (Some(word), [var]) = (word, names.as_slice()) {
            let value = if word == "~" || word.starts_with("~/") {
                word.replacen('~', &self.ctx.home, 1)
            } else {
                word.to_owned()
            };
            // `read -ra c <<< 'make test'`: an array of the words
            // (split on blanks, nothing else expanded).
            let array = vals
                .iter()
                .take_while(|v| **v != "--")
                .any(|v| v.starts_with('-') && !v.starts_with("--") && v.ends_with('a'));
            if array {
                // Split on IFS (`IFS=@ read -ra c <<< 'sh@-c@CMD'`):
                // the command's own assignment, else the line's.
                let ifs = site
                    .cmd
                    .assignments
                    .iter()
                    .rev()
                    .find(|a| a.name == "IFS")
                    .map(|a| a.value.value_or_raw().to_owned())
                    .or_else(|| self.vars.get("IFS").cloned())
                    .filter(|i| !i.is_empty());
                let fields: Vec<&str> = match &ifs {
                    Some(i) => word
                        .split(|c: char| i.contains(c))
                        .filter(|f| !f.trim().is_empty())
                        .collect(),
                    None => word.split_whitespace().collect(),
                };
                let words: Vec<String> =
                    fields.into_iter().map(crate::code::single_quote).collect();
                self.arrays.insert(var.clone(), words.join(" "));
            } else if !value.contains(['$', '`']) {
                self.vars.insert(var.clone(), value);
            }
        }
    }

    /// Forgets what the line knew of the names a builtin assigns from
    /// input the hook cannot see (`read d`, `mapfile f < list`, `getopts
    /// ab d`, `let d=x+1`): after it, their value is unknown. Returns the
    /// names.
    pub(super) fn forget_assigned(&mut self, builtin: &str, vals: &[&str]) -> Vec<String> {
        let names: Vec<String> = match builtin {
            "read" => read_names(vals).into_iter().map(str::to_owned).collect(),
            "getopts" => vals
                .iter()
                .filter(|v| !v.starts_with('-'))
                .skip(1)
                .take(1)
                .map(|v| (*v).to_owned())
                .chain(["OPTARG".to_owned(), "OPTIND".to_owned()])
                .collect(),
            "let" => vals
                .iter()
                .map(|v| {
                    v.chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect()
                })
                .collect(),
            // mapfile and readarray: the array operand, or MAPFILE.
            _ => vals
                .iter()
                .filter(|v| !v.starts_with('-'))
                .map(|v| (*v).to_owned())
                .chain(["MAPFILE".to_owned()])
                .collect(),
        };
        for n in names.iter().filter(|n| !n.is_empty()) {
            // The values a read loop is fed where the line shows them
            // (`while read c; do ...; done <<< TEXT`) stay in `alts`.
            self.vars.remove(n.as_str());
            self.arrays.remove(n.as_str());
            // `mapfile -t PATH <<< .`: a PATH nobody can read here.
            self.path_planted |= n == "PATH";
        }
        names
    }

    /// `text` with the value of every variable the line set in place of
    /// `$NAME` and `${NAME}` (for text read as a whole, such as what is
    /// piped into a database client). Stops growing past 64 KiB.
    pub(super) fn with_vars(&self, text: &str) -> String {
        const MAX: usize = 64 * 1024;
        if !text.contains('$') {
            return text.to_owned();
        }
        let mut out = text.to_owned();
        let mut names: Vec<&String> = self.vars.keys().collect();
        // In a fixed order: the result must not depend on the map's.
        names.sort();
        for name in names {
            let Some(value) = self.vars.get(name) else {
                continue;
            };
            let next = replace_var(&out, name, value);
            if next.len() > MAX {
                break;
            }
            out = next;
        }
        out
    }

    /// The word a redirection's target names when it expands only known
    /// variables the line set (`f=~/.bashrc; echo x >> $f`): bash does not
    /// split a target, so it is one word or nothing.
    pub(super) fn bound_target(&self, w: &Word) -> Option<Word> {
        let mut words = self.bound_word(w)?;
        if words.len() != 1 {
            return None;
        }
        words.pop()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_plain_expansions() {
        assert_eq!(expanded_names("$m"), Some(vec!["m"]));
        assert_eq!(expanded_names("\"${f}x$g\""), Some(vec!["f", "g"]));
        assert_eq!(expanded_names("$1"), None);
        assert_eq!(expanded_names("\"$@\""), None);
        assert_eq!(expanded_names("$((1+2))"), None);
        assert_eq!(expanded_names("plain"), None);
    }

    #[test]
    fn a_bound_word_reads_back_as_the_same_word() {
        for (value, raw) in [
            ("644", "644"),
            ("~/.ssh/id_rsa", "~/.ssh/id_rsa"),
            ("a b", "'a b'"),
            ("it's", "'it'\\''s'"),
        ] {
            let w = bound(value.to_owned(), false);
            assert_eq!(w.raw, raw);
            assert_eq!(w.literal.as_deref(), Some(value));
        }
        assert!(bound("~/.ssh/*".to_owned(), true).glob);
        assert!(!bound("~/.ssh/*".to_owned(), false).glob);
    }
}
