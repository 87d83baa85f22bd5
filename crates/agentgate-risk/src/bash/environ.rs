//! `$NAME` the line never sets, read from the environment the command runs
//! in (see `crate::environ` for which variables count).

use super::Walker;

impl Walker<'_> {
    /// The environment's value of `name`, when the line can only see that
    /// one: it neither assigns, reads into, declares nor unsets `name`
    /// anywhere (every mention of the name in the line is an expansion,
    /// `$NAME` or `${NAME...}`), and sources no file (which could set
    /// anything).
    pub(super) fn environment_value(&self, name: &str) -> Option<&str> {
        if self.sourced || self.vars.contains_key(name) || self.arrays.contains_key(name) {
            return None;
        }
        let (_, value) = self.ctx.environment.iter().find(|(n, _)| n == name)?;
        (!mentioned_bare(&self.top, name)).then_some(value.as_str())
    }
}

/// Whether `text` mentions the identifier `name` anywhere other than as an
/// expansion (`$name`, `${name`, `${!name`, `${#name`): an assignment, a
/// `read`, `for`, `declare`, `unset`, `printf -v`, an arithmetic `name=1`,
/// or text an `eval` may run. Erring towards "mentioned" only keeps a value
/// unknown.
pub(super) fn mentioned_bare(text: &str, name: &str) -> bool {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
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
            return true;
        }
    }
    false
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
