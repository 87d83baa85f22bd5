//! Here-documents that the input never closes.
//!
//! bash reads such a body up to the end of the input, warns ("here-document
//! at line 1 delimited by end-of-file") and runs the line. brush-parser
//! refuses it instead, which made the hook ask for every `cat > unit.service
//! <<EOF` pasted without its body. Appending the missing delimiter lines
//! gives brush-parser the input bash effectively read: the body is the rest
//! of the input, and it is judged like any other here-document (fed to a
//! shell, it is a script).

use std::panic::{catch_unwind, AssertUnwindSafe};

use brush_parser::{ParserOptions, TokenizerError};

/// Rounds of closing: one to start the body after a tag on the last line,
/// one to close the bodies; a third in case a closed body opens another.
const MAX_ROUNDS: usize = 3;

/// `src` with the delimiter line of every here-document it leaves open
/// appended, or None when it leaves none open (or closing them does not
/// make it tokenize, in which case the caller keeps its own error).
pub(crate) fn closed_at_end(src: &str, options: &ParserOptions) -> Option<String> {
    let mut text = src.to_owned();
    for _ in 0..MAX_ROUNDS {
        let tokenized = catch_unwind(AssertUnwindSafe(|| {
            brush_parser::uncached_tokenize_str(&text, &options.tokenizer_options())
        }));
        match tokenized {
            Ok(Ok(_)) => return (text.len() != src.len()).then_some(text),
            Ok(Err(TokenizerError::UnterminatedHereDocuments(tags, _))) => {
                if tags.trim().is_empty() {
                    // The tag ends the input: the body starts on the next line.
                    text.push('\n');
                    continue;
                }
                // brush-parser lists the open tags as written, joined by
                // ", "; the delimiter line is the tag after quote removal.
                for tag in tags.split(", ") {
                    if !text.ends_with('\n') {
                        text.push('\n');
                    }
                    text.extend(tag.chars().filter(|c| !matches!(c, '\'' | '"' | '\\')));
                    text.push('\n');
                }
            }
            _ => return None,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn closed(src: &str) -> Option<String> {
        closed_at_end(src, &ParserOptions::default())
    }

    #[test]
    fn open_bodies_are_closed_as_bash_reads_them() {
        assert_eq!(closed("cat > f <<EOF").unwrap(), "cat > f <<EOF\nEOF\n");
        assert_eq!(closed("cat <<'EOF'\nhi").unwrap(), "cat <<'EOF'\nhi\nEOF\n");
        assert_eq!(
            closed("cat <<-\"END\"\n\tx\n").unwrap(),
            "cat <<-\"END\"\n\tx\nEND\n"
        );
        assert_eq!(
            closed("cat <<A <<B\na\n").unwrap(),
            "cat <<A <<B\na\nA\nB\n"
        );
    }

    #[test]
    fn closed_or_unrelated_input_is_left_alone() {
        assert_eq!(closed("cat <<EOF\nhi\nEOF\n"), None);
        assert_eq!(closed("echo 'open"), None);
        assert_eq!(closed("echo hi"), None);
    }
}
