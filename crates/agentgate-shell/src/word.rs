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
