//! Lexical path handling. Paths named in tool inputs need not exist, so
//! nothing here touches the filesystem.

/// Joins `path` onto `base` unless it is absolute, expands a leading `~`, and
/// removes `.`, `..` and repeated slashes.
pub fn resolve(base: &str, home: &str, path: &str) -> String {
    let joined = if path == "~" {
        home.to_owned()
    } else if let Some(rest) = path.strip_prefix("~/") {
        format!("{home}/{rest}")
    } else if path.starts_with('/') {
        path.to_owned()
    } else {
        format!("{base}/{path}")
    };
    normalize(&joined)
}

pub use agentgate_rules::lexical::{is_within, normalize};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves() {
        assert_eq!(resolve("/p", "/h", "a/../b//c"), "/p/b/c");
        assert_eq!(resolve("/p", "/h", "/p/../x"), "/x");
        assert_eq!(resolve("/p", "/h", "~/x"), "/h/x");
        assert_eq!(resolve("/p", "/h", ".."), "/");
        assert!(is_within("/p/a", "/p"));
        assert!(!is_within("/pa", "/p"));
        assert!(is_within("/p", "/p/"));
    }
}
