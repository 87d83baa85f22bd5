//! Lexical path helpers shared by the policy engine and the risk engine.
//! Paths named in tool inputs need not exist, so nothing here touches the
//! filesystem.

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

/// Directories that are another name of a system directory: on macOS
/// `/etc`, `/var` and `/tmp` are links to these (`ls -l /etc` shows
/// `/etc -> private/etc`), so a path under one is judged as the same path
/// under the other.
pub const SYSTEM_ALIASES: &[(&str, &str)] = &[
    ("/private/etc", "/etc"),
    ("/private/var", "/var"),
    ("/private/tmp", "/tmp"),
];

/// An absolute path as the system's own directories name it: `.`, `..`
/// and repeated slashes removed and the [`SYSTEM_ALIASES`] resolved
/// whatever their case (`//private/etc/./hosts` and `/PRIVATE/etc/hosts`
/// -> `/etc/hosts`). A relative path is returned
/// as it is: what it names depends on the working directory.
pub fn system_path(path: &str) -> std::borrow::Cow<'_, str> {
    if !path.starts_with('/') {
        return std::borrow::Cow::Borrowed(path);
    }
    let normal = normalize(path);
    // macOS's file system ignores case by default: `/PRIVATE/ETC` is `/etc`.
    let folded = normal.to_ascii_lowercase();
    for (alias, dir) in SYSTEM_ALIASES {
        if is_within(&folded, alias) {
            let rest = normal.get(alias.len()..).unwrap_or_default();
            return std::borrow::Cow::Owned(format!("{dir}{rest}"));
        }
    }
    std::borrow::Cow::Owned(normal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_paths() {
        for (path, want) in [
            ("/private/etc/hosts", "/etc/hosts"),
            ("//private/etc/./hosts", "/etc/hosts"),
            ("/private/var/at/tabs/root", "/var/at/tabs/root"),
            ("/private/etc", "/etc"),
            ("/private/tmp/x", "/tmp/x"),
            ("//etc/sudoers", "/etc/sudoers"),
            ("/PRIVATE/Etc/Hosts", "/etc/Hosts"),
            ("/privately/etc", "/privately/etc"),
            ("./private/etc/hosts", "./private/etc/hosts"),
            ("private/etc", "private/etc"),
        ] {
            assert_eq!(system_path(path), want, "{path}");
        }
    }

    /// Every alias is an absolute directory without a trailing slash, and
    /// what it names is not itself an alias.
    #[test]
    fn aliases_table() {
        for (alias, dir) in SYSTEM_ALIASES {
            assert!(alias.starts_with('/') && !alias.ends_with('/'), "{alias}");
            assert!(dir.starts_with('/') && !dir.ends_with('/'), "{dir}");
            assert!(
                SYSTEM_ALIASES.iter().all(|(a, _)| !is_within(dir, a)),
                "{dir}"
            );
        }
    }
}
