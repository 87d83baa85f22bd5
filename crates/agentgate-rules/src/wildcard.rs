//! `*` wildcards, as used by Bash rules and tool-name globs.

/// A pattern where `*` matches any run of characters (spaces included) and
/// every other character matches itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Wildcard {
    /// Literal pieces between the stars.
    pieces: Vec<String>,
    starts_with_star: bool,
    ends_with_star: bool,
}

impl Wildcard {
    /// Compiles `pattern`.
    pub fn new(pattern: &str) -> Self {
        let pieces: Vec<String> = pattern.split('*').map(str::to_owned).collect();
        Self {
            starts_with_star: pattern.starts_with('*'),
            ends_with_star: pattern.ends_with('*') && !pattern.is_empty(),
            pieces: pieces.into_iter().filter(|p| !p.is_empty()).collect(),
        }
    }

    /// Whether the pattern has no star.
    pub fn is_literal(&self) -> bool {
        !self.starts_with_star && !self.ends_with_star && self.pieces.len() <= 1
    }

    /// The literal text every match starts with.
    pub fn literal_prefix(&self) -> &str {
        if self.starts_with_star {
            ""
        } else {
            self.pieces.first().map(String::as_str).unwrap_or("")
        }
    }

    /// The longest literal piece: text that every match contains.
    pub fn longest_piece(&self) -> &str {
        self.pieces
            .iter()
            .max_by_key(|p| p.len())
            .map(String::as_str)
            .unwrap_or("")
    }

    /// Whether `text` matches the whole pattern.
    pub fn matches(&self, text: &str) -> bool {
        let n = self.pieces.len();
        if n == 0 {
            // "" matches only "", "*" (or "**") matches anything.
            return self.starts_with_star || text.is_empty();
        }
        let mut rest = text;
        for (i, piece) in self.pieces.iter().enumerate() {
            let first = i == 0;
            let last = i + 1 == n;
            if first && !self.starts_with_star {
                match rest.strip_prefix(piece.as_str()) {
                    Some(r) => rest = r,
                    None => return false,
                }
                if last {
                    return self.ends_with_star || rest.is_empty();
                }
                continue;
            }
            if last && !self.ends_with_star {
                // The final piece must end the text; greedy leftmost matches of
                // the earlier pieces leave the most room for it.
                return rest.ends_with(piece.as_str());
            }
            match rest.find(piece.as_str()) {
                Some(pos) => rest = &rest[pos + piece.len()..],
                None => return false,
            }
        }
        true
    }
}

/// The specifier of a `Bash(...)` rule.
///
/// Semantics (Claude Code 2.1.331, observed): `*` matches anything, spaces
/// included, anywhere; a trailing ` *` or `:*` also matches the bare command
/// (`Bash(ls *)` matches `ls` and `ls -la` but not `lsof`); `:*` anywhere but
/// at the end is literal; anything else must match the whole command.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BashPattern {
    raw: String,
    kind: BashKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum BashKind {
    /// `Bash`, `Bash()` or `Bash(*)`.
    Any,
    Exact(String),
    /// A wildcard; `bare` is the pattern with its trailing ` *` removed, which
    /// must also match.
    Wild {
        pattern: Wildcard,
        bare: Option<Wildcard>,
    },
}

impl BashPattern {
    /// Compiles a Bash rule specifier.
    pub fn new(spec: &str) -> Self {
        let raw = spec.to_owned();
        // Trailing blanks are ignored, leading ones are not (observed:
        // `Bash( touch:*)` does not match `touch x`).
        let spec = spec.trim_end();
        if !spec.is_empty() && spec.chars().all(|c| c == '*') {
            return Self {
                raw,
                kind: BashKind::Any,
            };
        }
        // `prefix:*` is the legacy spelling of `prefix *`, for a prefix
        // without wildcards (observed: `Bash(touch *:*)` needs a literal `:`).
        let normalized = match spec.strip_suffix(":*") {
            Some(prefix) if !prefix.contains('*') => format!("{prefix} *"),
            _ => spec.to_owned(),
        };
        // A literal prefix followed by blanks and `*` is a word-boundary
        // prefix rule, however many blanks (observed: `Bash(touch  *)`
        // matches `touch f.txt`).
        if let Some(prefix) = normalized.strip_suffix('*') {
            let trimmed = prefix.trim_end();
            if trimmed.len() < prefix.len() && !trimmed.is_empty() && !trimmed.contains('*') {
                return Self {
                    raw,
                    kind: BashKind::Wild {
                        pattern: Wildcard::new(&format!("{trimmed} *")),
                        bare: Some(Wildcard::new(trimmed)),
                    },
                };
            }
        }
        if !normalized.contains('*') {
            return Self {
                raw,
                kind: BashKind::Exact(normalized),
            };
        }
        // Literal prefixes were handled above; a prefix that already holds a
        // wildcard gets no bare form (observed: `Bash(* | sh *)` does not
        // match `echo ls | sh`).
        let bare = None;
        Self {
            raw,
            kind: BashKind::Wild {
                pattern: Wildcard::new(&normalized),
                bare,
            },
        }
    }

    /// The specifier as written.
    pub fn raw(&self) -> &str {
        &self.raw
    }

    /// Whether the pattern has no wildcard.
    pub fn is_exact(&self) -> bool {
        matches!(self.kind, BashKind::Exact(_))
    }

    /// Whether the pattern matches every command.
    pub fn is_any(&self) -> bool {
        matches!(self.kind, BashKind::Any)
    }

    /// The command name every match starts with, when the pattern fixes it
    /// (`git push:*` → `git`); used to index rules.
    pub fn command_key(&self) -> Option<&str> {
        let text = match &self.kind {
            BashKind::Any => return None,
            BashKind::Exact(e) => e.as_str(),
            BashKind::Wild { pattern, .. } => pattern.literal_prefix(),
        };
        let word_end = text.find([' ', '\t'])?;
        let word = &text[..word_end];
        (!word.is_empty()).then_some(word)
    }

    /// The command name when the whole pattern is a single literal word or a
    /// literal word followed by ` *` (`ls`, `ls *`, `ls:*`).
    pub fn single_word_key(&self) -> Option<&str> {
        match &self.kind {
            BashKind::Exact(e) if !e.contains([' ', '\t']) => Some(e),
            BashKind::Wild { bare: Some(b), .. } if b.is_literal() => {
                let word = b.literal_prefix();
                (!word.contains([' ', '\t'])).then_some(word)
            }
            _ => None,
        }
    }

    /// The literal text every match starts with (may be empty).
    pub fn literal_prefix(&self) -> &str {
        match &self.kind {
            BashKind::Any => "",
            BashKind::Exact(e) => e,
            BashKind::Wild { pattern, .. } => pattern.literal_prefix(),
        }
    }

    /// Text that every matching command contains (empty if none), for
    /// prefiltering many patterns at once.
    pub fn required_literal(&self) -> &str {
        match &self.kind {
            BashKind::Any => "",
            BashKind::Exact(e) => e,
            // With an optional tail the bare form must match too, so the
            // needle comes from it.
            BashKind::Wild { bare: Some(b), .. } => b.longest_piece().trim(),
            BashKind::Wild { pattern, .. } => pattern.longest_piece().trim(),
        }
    }

    /// Whether `command` (one simple command, as text) matches.
    pub fn matches(&self, command: &str) -> bool {
        let command = command.trim();
        match &self.kind {
            BashKind::Any => true,
            BashKind::Exact(e) => command == e,
            BashKind::Wild { pattern, bare } => {
                pattern.matches(command) || bare.as_ref().is_some_and(|b| b.matches(command))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcard_basics() {
        assert!(Wildcard::new("*").matches(""));
        assert!(Wildcard::new("a*b").matches("ab"));
        assert!(Wildcard::new("a*b").matches("a xx b"));
        assert!(!Wildcard::new("a*b").matches("a xx bc"));
        assert!(Wildcard::new("*b*").matches("abc"));
        assert!(Wildcard::new("git * main").matches("git push origin main"));
        assert!(!Wildcard::new("git * main").matches("git main"));
        assert!(Wildcard::new("a*a").matches("aa"));
        assert!(!Wildcard::new("a*a").matches("a"));
    }

    #[test]
    fn bash_forms() {
        let p = BashPattern::new("touch:*");
        assert!(p.matches("touch"));
        assert!(p.matches("touch a b"));
        assert!(!p.matches("touchx a"));
        let p = BashPattern::new("touch*");
        assert!(p.matches("touchx a"));
        assert!(p.matches("touch"));
        let p = BashPattern::new("touch:* x");
        assert!(!p.matches("touch a x"));
        assert!(p.matches("touch:* x"));
        let p = BashPattern::new("touch bf12.txt");
        assert!(p.matches("touch bf12.txt "));
        assert!(!p.matches("touch  bf12.txt"));
        assert!(BashPattern::new("* --version").matches("mkdir --version"));
        assert!(BashPattern::new("*").is_any());
        assert_eq!(BashPattern::new("git push:*").command_key(), Some("git"));
        assert_eq!(BashPattern::new("rm*").command_key(), None);
        assert_eq!(BashPattern::new("rm:*").single_word_key(), Some("rm"));
    }
}
