//! Globs judged by what they match in the credential store table: a file
//! pattern against the stores' files under the home (`~/.aws/cred*`), a
//! last component against the stores' directories (`~/.aw?`).

use crate::paths::{credential, SSH_KEY_NAMES};
use crate::Severity;

/// The credential a glob may match (`~/.aws/cred*`, `/home/dev/.a?s/credentials`,
/// `~/.ssh/id_*`): the pattern is matched, as the shell would, against
/// every credential path the store table names under `home` (and the
/// absolute ones), so a spelling nobody listed is judged by what it
/// matches. Matched case-insensitively, as macOS file systems do.
pub(crate) fn glob_credential(
    pattern: &str,
    home: &str,
    dotglob: bool,
) -> Option<(Severity, &'static str)> {
    if !pattern.contains(['*', '?', '[']) {
        return None;
    }
    let glob = crate::guard::shell_glob(pattern, true)?;
    // A glob under another user's home, or every user's (`/home/*/.*hist*`,
    // `/Users/bob/.aws/cred*`, `/root/.ssh/id_*`), is matched with that
    // home in place of this one (mubix, session 63).
    let mut parts = pattern.splitn(4, '/');
    let home = match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(""), Some(top @ ("home" | "Users")), Some(user), Some(_)) => format!("/{top}/{user}"),
        (Some(""), Some("root"), Some(_), _) => "/root".to_owned(),
        _ => home.trim_end_matches('/').to_owned(),
    };
    // A table path as the file it names: system paths as written, the
    // others (`.aws/credentials`, `/.ssh`) under the home.
    let place = |rel: &str| {
        if rel.starts_with("/etc/") || rel.starts_with("/var/") || rel.starts_with("/run/") {
            Some(rel.to_owned())
        } else if rel.starts_with('.') || rel.starts_with('/') {
            Some(format!("{home}/{}", rel.trim_start_matches('/')))
        } else {
            None
        }
    };
    let keys = SSH_KEY_NAMES
        .iter()
        .chain(&["identity"])
        .map(|k| format!(".ssh/{k}"));
    let stores = agentgate_commands::CREDENTIAL_STORES
        .iter()
        .flat_map(|store| store.paths)
        .filter_map(|w| match w {
            agentgate_commands::Where::Suffix(s) | agentgate_commands::Where::Base(s) => {
                Some((*s).to_owned())
            }
            // Something inside the directory (`~/.config/gcloud/x`).
            agentgate_commands::Where::Part(p) if p.ends_with('/') => {
                Some(format!("{p}credentials"))
            }
            agentgate_commands::Where::Part(_) | agentgate_commands::Where::Dotfile(_) => None,
        });
    // A store named by its file's name alone, wherever it lies
    // (`user-data.txt`), is placed in the home only as a guess: every file
    // of a directory (`~/*`) is judged by what the directory is, not by
    // such a guess (`cat ~/*`: mcdev part 22, session 66).
    let every_file = pattern.ends_with("/*");
    keys.chain(stores)
        .filter(|rel| {
            let r = rel.trim_start_matches('/');
            !(every_file && !r.contains('/') && !r.starts_with('.'))
        })
        .filter_map(|rel| place(&rel))
        .filter(|c| glob.is_match(c.as_str()) && (dotglob || !hides_dotfile(pattern, c)))
        .find_map(|c| credential(&c))
}

/// Whether bash's pattern matching keeps `pattern` from naming `path`: a
/// component of the pattern that starts with `*`, `?` or `[` does not
/// match one that starts with a dot (bash(1) Pathname Expansion, without
/// dotglob; `~/*` names no `~/.git-credentials`: mcdev part 22, session
/// 66). globset has no such rule. Only when the components pair up one to
/// one (a `**` may stand for several).
fn hides_dotfile(pattern: &str, path: &str) -> bool {
    let (p, c): (Vec<&str>, Vec<&str>) = (pattern.split('/').collect(), path.split('/').collect());
    p.len() == c.len()
        && !pattern.contains("**")
        && p.iter()
            .zip(&c)
            .any(|(p, c)| c.starts_with('.') && p.starts_with(['*', '?', '[']))
}

/// A pattern in a path's last component that names a credential store's
/// directory (`~/.aw?`, `~/.s[s]h`, `~/.kub*`), matched as bash does (a
/// leading `*`, `?` or `[` does not match a leading dot).
pub(crate) fn glob_credential_dir(abs: &str) -> Option<&'static str> {
    let (parent, last) = abs.trim_end_matches('/').rsplit_once('/')?;
    if !last.contains(['*', '?', '[']) {
        return None;
    }
    // The pattern must spell part of the name (`.aw?`, `.kub*`): `*` or
    // `.*` alone is every file of a directory, judged by what the
    // directory is.
    let mut literal = String::new();
    let mut in_class = false;
    for c in last.chars() {
        match c {
            '[' => in_class = true,
            ']' => in_class = false,
            '*' | '?' => {}
            c if !in_class && (c.is_alphanumeric() || matches!(c, '.' | '_' | '-')) => {
                literal.push(c)
            }
            _ => {}
        }
    }
    if literal.chars().count() < 2 {
        return None;
    }
    let glob = crate::guard::shell_glob(last, true)?;
    agentgate_commands::CREDENTIAL_STORES
        .iter()
        .flat_map(|s| s.dirs)
        .filter_map(|d| d.rsplit('/').next())
        .filter(|name| !name.starts_with('.') || last.starts_with('.'))
        .filter(|name| glob.is_match(name))
        .find_map(|name| agentgate_commands::credential_store_dir(&format!("{parent}/{name}")))
        .map(|s| s.what)
}
