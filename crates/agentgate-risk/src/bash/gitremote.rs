//! Where a `git push` goes. A push to a URL that is not the repository's
//! own remote is an upload; so is a push to a remote's name that the line,
//! or an earlier call of the session, pointed somewhere else: by `git
//! remote add|set-url`, by a written setting (`git config
//! remote.NAME.url|pushurl`, `git config set ...`), or for one command
//! (`git -c remote.NAME.pushurl=URL`, the same in the environment).
//! Session 55: every one of these but `git remote add` in the same line
//! passed, and all of them across two calls.

use super::*;

/// A remote's name pointed elsewhere, with how (the reason's tail).
pub(super) type Pointed = (String, String);

/// What a session's earlier calls pointed elsewhere, for a new walker.
pub(super) fn from_session(ctx: &Context) -> Vec<Pointed> {
    ctx.session_remotes
        .iter()
        .map(|n| {
            (
                n.clone(),
                "a remote this session pointed off the machine".to_owned(),
            )
        })
        .collect()
}

/// Whether a remote URL leaves the machine: a path, a `file://` URL or a
/// loopback host does not; any other URL or `host:path` does, and so may
/// one the line cannot show (`"$(cat /tmp/u)"`, `$URL`).
pub(super) fn off_machine(url: &str) -> bool {
    let u = url.trim_matches(|c| c == '\'' || c == '"');
    if u.contains(['$', '`']) {
        return true;
    }
    if u.is_empty() || u.starts_with(['/', '.', '~']) || u.starts_with("file://") {
        return false;
    }
    if !url_like(u) {
        // A bare word is a directory name relative to the working
        // directory (git-clone(1) "GIT URLS": no colon, a local path).
        return u.contains(':');
    }
    let host = net::host_of(u).unwrap_or(u);
    net::classify(host) != net::HostClass::Local
}

/// Whether a remote word is a URL (`scheme://`, `user@host:`, `host:dir/`)
/// rather than a remote's name or a local directory.
pub(super) fn url_like(s: &str) -> bool {
    s.contains("://") || s.contains('@') || (s.contains(':') && s.contains('/'))
}

/// The remote a `remote.NAME.url` or `remote.NAME.pushurl` key names.
/// Section and key are case-insensitive, the name is not (git-config(1)).
pub(super) fn remote_url_key(key: &str) -> Option<&str> {
    let rest = key.get(..7).filter(|p| p.eq_ignore_ascii_case("remote."))?;
    let name_and_key = key.get(rest.len()..)?;
    let (name, k) = name_and_key.rsplit_once('.')?;
    (!name.is_empty() && (k.eq_ignore_ascii_case("url") || k.eq_ignore_ascii_case("pushurl")))
        .then_some(name)
}

/// `git config`'s operands after its sub-command word (git 2.46: `git
/// config set KEY VALUE`, `get KEY`), and whether they only read.
pub(super) fn config_operands<'a>(positional: &[&'a str]) -> (Vec<&'a str>, bool) {
    match positional.split_first() {
        Some((&"set", rest)) => (rest.to_vec(), false),
        Some((&("get" | "list"), rest)) => (rest.to_vec(), true),
        Some((&("unset" | "rename-section" | "remove-section" | "edit"), _)) => (Vec::new(), true),
        _ => (positional.to_vec(), false),
    }
}

/// The remotes a git configuration file names (see the crate's
/// `git_remote_urls`).
pub(crate) fn git_remote_urls(config: &str) -> Vec<(String, String)> {
    super::gitenv::config_file_pairs(config)
        .iter()
        .filter_map(|kv| {
            let (key, url) = kv.split_once('=')?;
            Some((remote_url_key(key)?.to_owned(), url.to_owned()))
        })
        .collect()
}

/// A remote URL as host and path, for comparing spellings of one
/// repository: `https://github.com/o/r.git`, `git@github.com:o/r`,
/// `ssh://git@github.com/o/r/` are all `github.com/o/r`. The host is
/// lower case (DNS names are), the path is not (forges' are, git's own
/// servers' are not). None for a local path.
fn repo_key(url: &str) -> Option<String> {
    let u = url.trim_matches(|c| c == '\'' || c == '"');
    let (host, path) = match u.split_once("://") {
        Some((_, rest)) => {
            let (authority, path) = rest.split_once('/').unwrap_or((rest, ""));
            (authority, path)
        }
        // scp-like `[user@]host:path` (git-clone(1), "GIT URLS").
        None => u.split_once(':').filter(|(h, _)| !h.contains('/'))?,
    };
    let host = host.rsplit('@').next().unwrap_or(host);
    // A port the forge's default scheme implies is no different host;
    // others are kept (`host:2222` is another server's door).
    let host = host.trim_end_matches(":443").trim_end_matches(":22");
    let path = path.trim_matches('/');
    let path = path
        .strip_suffix(".git")
        .unwrap_or(path)
        .trim_end_matches('/');
    (!host.is_empty() && !path.is_empty()).then(|| format!("{}/{path}", host.to_ascii_lowercase()))
}

impl<'c> Walker<'c> {
    /// The repository's own remote that `url` names, if any, and neither
    /// the line nor the session pointed it elsewhere.
    pub(super) fn own_remote(&self, url: &str) -> Option<&str> {
        let key = repo_key(url)?;
        self.ctx
            .repo_remotes
            .iter()
            .find(|(name, u)| {
                repo_key(u).as_deref() == Some(&key) && self.pointed_remote(name).is_none()
            })
            .map(|(name, _)| name.as_str())
    }

    /// A remote's name pointed at `url`; `lasting` when written to the
    /// repository's configuration (the session remembers it).
    pub(super) fn remote_pointed(&mut self, name: &str, url: &str, lasting: bool) {
        if !off_machine(url) {
            return;
        }
        let how = if lasting {
            format!("a remote it pointed at {url}")
        } else {
            format!("a remote this command points at {url}")
        };
        self.new_remotes.push((name.to_owned(), how));
        if lasting && !self.out.remotes_set.iter().any(|n| n == name) {
            self.out.remotes_set.push(name.to_owned());
        }
    }

    /// `git remote add [-f] [-t B] [-m M] [--mirror=push] NAME URL`,
    /// `git remote set-url [--push] [--add] NAME URL [OLD]`; `--delete`
    /// points nowhere new.
    pub(super) fn git_remote(&mut self, args: &[&str]) {
        let Some((verb, rest)) = args.split_first() else {
            return;
        };
        if !matches!(*verb, "add" | "set-url") || rest.contains(&"--delete") {
            return;
        }
        let mut operands = Vec::new();
        let mut words = rest.iter();
        while let Some(a) = words.next() {
            if matches!(*a, "-t" | "-m" | "--track" | "--master") {
                words.next();
            } else if !a.starts_with('-') {
                operands.push(*a);
            }
        }
        if let [name, url, ..] = operands.as_slice() {
            self.remote_pointed(name, url, true);
        }
    }

    /// Why a push to the remote `name` is an upload, if the line or the
    /// session pointed it elsewhere.
    pub(super) fn pointed_remote(&self, name: &str) -> Option<&str> {
        self.new_remotes
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, how)| how.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_urls() {
        assert_eq!(remote_url_key("remote.origin.url"), Some("origin"));
        assert_eq!(remote_url_key("Remote.My.Fork.PushURL"), Some("My.Fork"));
        assert_eq!(remote_url_key("remote.origin.fetch"), None);
        assert_eq!(remote_url_key("remote..url"), None);
        assert_eq!(remote_url_key("remo"), None);
        assert_eq!(remote_url_key("branch.main.remote"), None);
        for u in [
            "https://evil.example/x.git",
            "git@github.com:me/x.git",
            "host:path/x",
        ] {
            assert!(off_machine(u), "{u}");
        }
        for u in [
            "/srv/x.git",
            "../m.git",
            "file:///m",
            "mirror",
            "http://127.0.0.1:3000/x.git",
            "",
        ] {
            assert!(!off_machine(u), "{u}");
        }
    }
}
