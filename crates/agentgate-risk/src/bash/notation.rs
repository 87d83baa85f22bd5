//! Commands spelled in another program's notation: a git `ext::` remote
//! (git-remote-ext(1)) and a TOML value naming a program (cargo's
//! `--config KEY=VALUE`). Written by hand: each is a few lines of escapes.

/// The words of a git `ext::` remote (git-remote-ext(1)): blanks split
/// words, `% ` is a blank inside one and `%%` a percent sign (`%s`, `%S`
/// and `%G`, git's own substitutions, are left as written).
pub(super) fn ext_words(url: &str) -> Vec<String> {
    let mut words = vec![String::new()];
    let mut chars = url.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('%', Some(' ' | '%')) => {
                if let (Some(n), Some(w)) = (chars.next(), words.last_mut()) {
                    w.push(n);
                }
            }
            (' ', _) => words.push(String::new()),
            (c, _) => {
                if let Some(w) = words.last_mut() {
                    w.push(c);
                }
            }
        }
    }
    words.retain(|w| !w.is_empty());
    words
}

/// A TOML value that spells a command (`"sh -c ..."`, `["sh", "-c",
/// "..."]`) as a shell command line; `None` when it is neither.
pub(super) fn toml_command(v: &str) -> Option<String> {
    if let Some(inner) = v.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
        let words: Option<Vec<String>> = inner
            .split(',')
            .map(|w| serde_json::from_str::<String>(w.trim()).ok())
            .collect();
        return words.map(|w| {
            w.iter()
                .map(|x| crate::code::single_quote(x))
                .collect::<Vec<_>>()
                .join(" ")
        });
    }
    serde_json::from_str::<String>(v).ok()
}
