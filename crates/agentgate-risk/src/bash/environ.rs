//! `$NAME` the line never sets, read from the environment the command runs
//! in (see `crate::environ` for which variables count).

use super::Walker;

impl Walker<'_> {
    /// Whether the line may make `*` match dotfiles: bash's dotglob (or a
    /// GLOBIGNORE, which turns it on), zsh's GLOB_DOTS, however spelled.
    pub(super) fn dotglob(&self) -> bool {
        let top = self.top.to_ascii_lowercase();
        ["dotglob", "glob_dots", "globdots", "globignore"]
            .iter()
            .any(|w| top.contains(w))
    }

    /// The environment's value of `name`, when the line can only see that
    /// one: it neither assigns, reads into, declares nor unsets `name`
    /// anywhere (every mention of the name in the line is an expansion,
    /// `$NAME` or `${NAME...}`), and sources no file (which could set
    /// anything).
    /// `NAME=${NAME:-WORD}` (or `${OTHER:-WORD}`), the defaulting idiom of
    /// scripts: see [`Walker::default_value`]; `WORD` counts only when it
    /// is a plain word. `None` when the value cannot be known.
    pub(super) fn assigned_default(&self, target: &str, raw: &str) -> Option<String> {
        let (name, word) = default_expansion(raw.trim_matches('"'))?;
        let plain = word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_./+@:,=%-".contains(c));
        // This assignment is the one bare mention a self-default has.
        self.default_value(
            name,
            if plain { word } else { "" },
            usize::from(name == target),
        )
    }

    /// What `${NAME:-WORD}` expands to: `NAME`'s value from earlier in the
    /// line or from the environment, else `WORD` (when not empty) if the
    /// environment does not set `NAME`, the line mentions it bare at most
    /// `own_mentions` times and sources nothing. `None` when that cannot be
    /// known.
    pub(super) fn default_value(
        &self,
        name: &str,
        word: &str,
        own_mentions: usize,
    ) -> Option<String> {
        if let Some(v) = self.vars.get(name) {
            return Some(v.clone());
        }
        if self.sourced
            || bare_mentions(&self.top, name) > own_mentions
            || self.ctx.environment_unknown.iter().any(|n| n == name)
        {
            return None;
        }
        if let Some((_, v)) = self.ctx.environment.iter().find(|(n, _)| n == name) {
            return Some(v.clone());
        }
        (!word.is_empty()).then(|| word.to_owned())
    }

    /// `$HOME` when nothing in the line or the environment gives it
    /// another value: the home directory the hook was told (the Bash
    /// tool's shell has it set; `sh -c "rm -rf $HOME"` is that home).
    pub(super) fn home_by_name(&self, name: &str) -> Option<&str> {
        let untouched = name == "HOME"
            && !self.sourced
            && !self.vars.contains_key(name)
            && !mentioned_bare(&self.top, name);
        (untouched && !self.ctx.home.is_empty()).then_some(self.ctx.home.as_str())
    }

    pub(super) fn environment_value(&self, name: &str) -> Option<&str> {
        if self.sourced || self.vars.contains_key(name) || self.arrays.contains_key(name) {
            return None;
        }
        let (_, value) = self.ctx.environment.iter().find(|(n, _)| n == name)?;
        (!mentioned_bare(&self.top, name)).then_some(value.as_str())
    }
}

/// `${NAME:-WORD}` or `${NAME-WORD}` as a whole word: `NAME` and `WORD`.
pub(super) fn default_expansion(bare: &str) -> Option<(&str, &str)> {
    let inner = bare.strip_prefix("${")?.strip_suffix('}')?;
    let end = inner
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(inner.len());
    let (name, op) = (inner.get(..end)?, inner.get(end..)?);
    let word = op.strip_prefix(":-").or_else(|| op.strip_prefix('-'))?;
    Some((name, word))
}

/// Whether `text` mentions the identifier `name` anywhere other than as an
/// expansion (`$name`, `${name`, `${!name`, `${#name`): an assignment, a
/// `read`, `for`, `declare`, `unset`, `printf -v`, an arithmetic `name=1`,
/// or text an `eval` may run. Erring towards "mentioned" only keeps a value
/// unknown.
pub(super) fn mentioned_bare(text: &str, name: &str) -> bool {
    bare_mentions(text, name) > 0
}

/// How many times `text` mentions `name` other than as an expansion (see
/// [`mentioned_bare`]).
pub(super) fn bare_mentions(text: &str, name: &str) -> usize {
    // An empty name is found at every position without moving on.
    if name.is_empty() {
        return 0;
    }
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let mut count = 0;
    let mut from = 0;
    while let Some(at) = text.get(from..).and_then(|t| t.find(name)) {
        let start = from + at;
        let end = start + name.len();
        from = end;
        let before = text.get(..start).unwrap_or("");
        let after = text.get(end..).unwrap_or("");
        if before.chars().next_back().is_some_and(ident) || after.chars().next().is_some_and(ident)
        {
            continue;
        }
        let expansion = before.ends_with('$')
            || before.ends_with("${")
            || before.ends_with("${!")
            || before.ends_with("${#");
        if !expansion {
            count += 1;
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::mentioned_bare;

    #[test]
    fn only_expansions_leave_a_name_unmentioned() {
        for t in [
            "$X --help",
            "\"${X}\" run",
            "${X}-build --help; echo ${#X} ${!X}",
            "XY=1; $X",
            "echo $X_Y; $X",
        ] {
            assert!(!mentioned_bare(t, "X"), "{t}");
        }
        for t in [
            "X=rm; $X",
            "read X; $X",
            "for X in a b; do $X; done",
            "unset X; $X",
            "declare -n X=Y; $X",
            "printf -v X rm; $X",
            "((X=1)); $X",
            "eval 'X=rm'; $X",
            "export X=rm; $X",
            "local X; $X",
        ] {
            assert!(mentioned_bare(t, "X"), "{t}");
        }
    }
}
