//! `Read(...)` and `Edit(...)` path patterns (gitignore style).

use crate::parse::Behavior;

/// What a path pattern is relative to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathAnchor {
    /// `//path`: from the filesystem root.
    Root,
    /// `~/path`: from the home directory.
    Home,
    /// `/path`: from the root of the settings source that holds the rule
    /// (project root for project settings, `~/.claude` for user settings, the
    /// file's directory for `--settings FILE`).
    SettingsSource,
    /// `./path` or `path`: from the current directory.
    Cwd,
}

/// A `Read(...)`/`Edit(...)` specifier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathPattern {
    raw: String,
    anchor: PathAnchor,
    /// The pattern below its anchor, without a leading `./` or `/`.
    rel: String,
}

/// Directories that relative patterns resolve against.
#[derive(Clone, Debug)]
pub struct PathRoots<'a> {
    /// The home directory.
    pub home: &'a str,
    /// The current (project) directory.
    pub cwd: &'a str,
    /// The directory `/path` patterns of this rule's source resolve against.
    pub settings_root: &'a str,
}

impl PathPattern {
    /// Parses a specifier.
    pub fn new(spec: &str) -> Self {
        let raw = spec.to_owned();
        let spec = spec.trim();
        let (anchor, rel) = if let Some(r) = spec.strip_prefix("//") {
            (PathAnchor::Root, r)
        } else if let Some(r) = spec.strip_prefix("~/") {
            (PathAnchor::Home, r)
        } else if spec == "~" {
            (PathAnchor::Home, "")
        } else if let Some(r) = spec.strip_prefix('/') {
            (PathAnchor::SettingsSource, r)
        } else {
            let mut r = spec;
            while let Some(rest) = r.strip_prefix("./") {
                r = rest;
            }
            if r == "." {
                r = "";
            }
            (PathAnchor::Cwd, r)
        };
        Self {
            raw,
            anchor,
            rel: rel.to_owned(),
        }
    }

    /// The specifier as written.
    pub fn raw(&self) -> &str {
        &self.raw
    }

    /// What the pattern is relative to.
    pub fn anchor(&self) -> PathAnchor {
        self.anchor
    }

    /// Absolute glob patterns (for a case-insensitive glob matcher in which
    /// `*` stays within one path segment) that together match every path the
    /// rule covers.
    ///
    /// Semantics follow gitignore as Claude Code 2.1.331 applies it (observed):
    /// - a pattern that names a directory covers everything below it, so each
    ///   glob also comes with a `/**` form;
    /// - a relative pattern with no inner `/` (`.env`, `*.md`, `./*.md`) matches
    ///   at any depth below the current directory, never outside it;
    /// - a relative single-directory pattern such as `src/**` matches any `src`
    ///   directory below the current directory for deny and ask rules, and only
    ///   `<cwd>/src` for allow rules.
    pub fn globs(&self, roots: &PathRoots<'_>, behavior: Behavior) -> Vec<String> {
        let base = match self.anchor {
            PathAnchor::Root => String::new(),
            PathAnchor::Home => trim_slash(roots.home).to_owned(),
            PathAnchor::SettingsSource => trim_slash(roots.settings_root).to_owned(),
            PathAnchor::Cwd => trim_slash(roots.cwd).to_owned(),
        };
        let base = globset::escape(&base);
        let rel = self.rel.trim_end_matches('/');
        let mut globs = Vec::with_capacity(2);
        if rel.is_empty() {
            globs.push(if base.is_empty() {
                "/**".to_owned()
            } else {
                format!("{base}/**")
            });
            if !base.is_empty() {
                globs.push(base);
            }
            return globs;
        }
        let any_depth = self.anchor == PathAnchor::Cwd && {
            let no_inner_slash = !rel.contains('/');
            let single_dir = behavior != Behavior::Allow
                && rel
                    .strip_suffix("/**")
                    .is_some_and(|d| !d.is_empty() && !d.contains('/'));
            no_inner_slash || single_dir
        };
        // A leading `**/` also means any depth (observed: `Read(**/*.txt)`
        // denies `a/b/c/d.txt`).
        let (rel, any_depth) = match rel.strip_prefix("**/") {
            Some(r) => (r, true),
            None => (rel, any_depth),
        };
        let glob = if any_depth {
            format!("{base}/**/{rel}")
        } else {
            format!("{base}/{rel}")
        };
        match glob.strip_suffix("/**") {
            // `dir/**` also covers `dir` itself (`ls secrets` is denied by
            // `Read(./secrets/**)`, sr01).
            Some(dir) => {
                globs.push(glob.clone());
                globs.push(dir.to_owned());
            }
            None => {
                globs.push(format!("{glob}/**"));
                globs.push(glob);
            }
        }
        globs
    }
}

fn trim_slash(s: &str) -> &str {
    let t = s.trim_end_matches('/');
    if t.is_empty() && s.starts_with('/') {
        ""
    } else {
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(spec: &str, b: Behavior) -> Vec<String> {
        let roots = PathRoots {
            home: "/home/u",
            cwd: "/home/u/p",
            settings_root: "/home/u/.claude",
        };
        PathPattern::new(spec).globs(&roots, b)
    }

    #[test]
    fn anchors() {
        assert_eq!(
            g("//etc/passwd", Behavior::Deny),
            ["/etc/passwd/**", "/etc/passwd"]
        );
        assert_eq!(
            g("~/docs/**", Behavior::Allow),
            ["/home/u/docs/**", "/home/u/docs"]
        );
        assert_eq!(
            g("/x.txt", Behavior::Deny),
            ["/home/u/.claude/x.txt/**", "/home/u/.claude/x.txt"]
        );
        assert_eq!(
            g(".env", Behavior::Deny),
            ["/home/u/p/**/.env/**", "/home/u/p/**/.env"]
        );
        assert_eq!(
            g("./*.md", Behavior::Deny),
            ["/home/u/p/**/*.md/**", "/home/u/p/**/*.md"]
        );
        assert_eq!(
            g("./a/*", Behavior::Deny),
            ["/home/u/p/a/*/**", "/home/u/p/a/*"]
        );
        assert_eq!(
            g("src/**", Behavior::Deny),
            ["/home/u/p/**/src/**", "/home/u/p/**/src"]
        );
        assert_eq!(
            g("src/**", Behavior::Allow),
            ["/home/u/p/src/**", "/home/u/p/src"]
        );
    }
}
