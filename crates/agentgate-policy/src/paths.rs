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

/// Removes `.`, `..` and repeated slashes from an absolute path.
pub fn normalize(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    let mut out = String::with_capacity(path.len());
    for p in &parts {
        out.push('/');
        out.push_str(p);
    }
    if out.is_empty() {
        out.push('/');
    }
    out
}

/// Whether `path` is `dir` or below it.
pub fn is_within(path: &str, dir: &str) -> bool {
    let dir = dir.trim_end_matches('/');
    if dir.is_empty() {
        return true;
    }
    path == dir || (path.starts_with(dir) && path.as_bytes().get(dir.len()) == Some(&b'/'))
}

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
