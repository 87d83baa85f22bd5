//! Caches in the home directory: directories that hold only what a tool
//! downloads or builds again. Deleting one tool's cache (`rm -rf
//! ~/.cache/pip`, `rm -rf ~/Library/Caches/deno`, `rm -rf ~/.gradle/caches`)
//! loses nothing anyone wrote, so it is not asked about. Emptying a whole
//! cache root (`rm -rf ~/.cache/*`, `rm -rf ~/Library/Caches/*`) throws
//! away every tool's cache at once (and the state some tools keep there
//! against the specification), so it is asked.
//!
//! Before session 67 the list lived as three prefixes in the risk crate's
//! remove.rs; mcdev part 31 (`rm -rf ~/Library/Caches/deno`, denied as a
//! home deletion) and mcdev parts 1 and 16 (`rm -rf ~/.cache/*`, passed)
//! showed both halves missing.

/// What a listed directory is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CacheKind {
    /// A directory of many tools' caches: each named child is one tool's
    /// cache; the root itself, or all of its children, is every tool's.
    Root,
    /// One tool's cache: the directory and everything in it.
    Tool,
}

/// One cache directory in the home.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HomeCache {
    /// The path relative to the home directory, without a trailing `/`.
    pub path: &'static str,
    pub kind: CacheKind,
    /// The tool (or specification) that makes it.
    pub made_by: &'static str,
    /// Where the knowledge comes from.
    pub source: &'static str,
    /// Deletions that must pass.
    pub clean: &'static [&'static str],
    /// Deletions that must be asked (a root's; empty for a tool's).
    pub asked: &'static [&'static str],
}

const fn root(
    path: &'static str,
    made_by: &'static str,
    source: &'static str,
    clean: &'static [&'static str],
    asked: &'static [&'static str],
) -> HomeCache {
    HomeCache {
        path,
        kind: CacheKind::Root,
        made_by,
        source,
        clean,
        asked,
    }
}

const fn tool(
    path: &'static str,
    made_by: &'static str,
    source: &'static str,
    clean: &'static [&'static str],
) -> HomeCache {
    HomeCache {
        path,
        kind: CacheKind::Tool,
        made_by,
        source,
        clean,
        asked: &[],
    }
}

/// The table.
pub const HOME_CACHES: &[HomeCache] = &[
    root(
        ".cache",
        "the XDG cache directory ($XDG_CACHE_HOME)",
        "https://specifications.freedesktop.org/basedir-spec/latest/ (non-essential data files)",
        &["rm -rf ~/.cache/pip", "rm -rf ~/.cache/heroku", "rm -rf $HOME/.cache/go-build"],
        &["rm -rf ~/.cache/*", "rm -rf ~/.cache"],
    ),
    root(
        "Library/Caches",
        "macOS's per-user cache directory",
        "https://developer.apple.com/library/archive/documentation/FileManagement/Conceptual/FileSystemProgrammingGuide/FileSystemOverview/FileSystemOverview.html (Library/Caches: data that can be downloaded or regenerated)",
        &["rm -rf ~/Library/Caches/deno", "rm -rf ~/Library/Caches/Homebrew"],
        &["rm -rf ~/Library/Caches/*", "rm -rf ~/Library/Caches"],
    ),
    tool(
        ".npm",
        "npm (the `cache` setting's default on POSIX)",
        "https://docs.npmjs.com/cli/v10/using-npm/config#cache",
        &["rm -rf ~/.npm/_cacache", "rm -rf ~/.npm"],
    ),
    tool(
        ".cargo/registry",
        "cargo (crates downloaded from registries)",
        "https://doc.rust-lang.org/cargo/guide/cargo-home.html#directories",
        &["rm -rf ~/.cargo/registry/cache", "rm -rf ~/.cargo/registry"],
    ),
    tool(
        ".cargo/git",
        "cargo (git dependencies checked out)",
        "https://doc.rust-lang.org/cargo/guide/cargo-home.html#directories",
        &["rm -rf ~/.cargo/git/checkouts"],
    ),
    tool(
        ".gradle/caches",
        "Gradle (the dependency and build cache)",
        "https://docs.gradle.org/current/userguide/directory_layout.html#dir:gradle_user_home",
        &["rm -rf ~/.gradle/caches", "rm -rf ~/.gradle/caches/modules-2"],
    ),
    tool(
        ".m2/repository",
        "Maven (the local repository, a cache of remote downloads)",
        "https://maven.apache.org/guides/introduction/introduction-to-repositories.html",
        &["rm -rf ~/.m2/repository/org/example", "rm -rf ~/.m2/repository"],
    ),
    tool(
        "Library/Developer/Xcode/DerivedData",
        "Xcode (build products and indexes)",
        "https://developer.apple.com/documentation/xcode/build-settings-reference (DERIVED_DATA_DIR)",
        &["rm -rf ~/Library/Developer/Xcode/DerivedData", "rm -rf ~/Library/Developer/Xcode/DerivedData/*"],
    ),
    tool(
        "go/pkg/mod",
        "the go command's module cache (`go clean -modcache` deletes it)",
        "https://go.dev/ref/mod#module-cache",
        &["rm -rf ~/go/pkg/mod", "rm -rf ~/go/pkg/mod/cache"],
    ),
    tool(
        ".nuget/packages",
        "NuGet's global packages folder (`dotnet nuget locals global-packages --clear`)",
        "https://learn.microsoft.com/en-us/nuget/consume-packages/managing-the-global-packages-and-cache-folders",
        &["rm -rf ~/.nuget/packages"],
    ),
    tool(
        ".yarn/berry/cache",
        "Yarn 2+'s global cache",
        "https://yarnpkg.com/configuration/yarnrc#globalFolder",
        &["rm -rf ~/.yarn/berry/cache"],
    ),
    tool(
        ".local/share/pnpm/store",
        "pnpm's content-addressable store on Linux (`pnpm store prune`)",
        "https://pnpm.io/npmrc#store-dir",
        &["rm -rf ~/.local/share/pnpm/store"],
    ),
    tool(
        "Library/pnpm/store",
        "pnpm's content-addressable store on macOS",
        "https://pnpm.io/npmrc#store-dir",
        &["rm -rf ~/Library/pnpm/store"],
    ),
    tool(
        ".composer/cache",
        "Composer (the `cache-dir` setting's older default)",
        "https://getcomposer.org/doc/06-config.md#cache-dir",
        &["rm -rf ~/.composer/cache"],
    ),
    tool(
        ".ivy2/cache",
        "Apache Ivy and sbt (the resolution cache)",
        "https://ant.apache.org/ivy/history/latest-milestone/settings/caches.html",
        &["rm -rf ~/.ivy2/cache"],
    ),
    tool(
        ".node-gyp",
        "node-gyp (Node.js headers it downloads; older default of `devdir`)",
        "https://github.com/nodejs/node-gyp#command-options (--devdir)",
        &["rm -rf ~/.node-gyp"],
    ),
    tool(
        ".ccache",
        "ccache (the older default of `cache_dir`)",
        "https://ccache.dev/manual/latest.html#config_cache_dir",
        &["rm -rf ~/.ccache"],
    ),
    tool(
        ".conda/pkgs",
        "conda's package cache (`conda clean --packages`)",
        "https://docs.conda.io/projects/conda/en/latest/user-guide/configuration/custom-env-and-pkg-locations.html",
        &["rm -rf ~/.conda/pkgs"],
    ),
    tool(
        ".pyenv/shims",
        "pyenv's shims (`pyenv rehash` writes them again; ci9: pyenv's CI)",
        "https://github.com/pyenv/pyenv#understanding-shims",
        &["rm -f \"$(pyenv root)\"/shims/*", "rm -rf ~/.pyenv/shims"],
    ),
    tool(
        ".rbenv/shims",
        "rbenv's shims (`rbenv rehash`)",
        "https://github.com/rbenv/rbenv#how-it-works",
        &["rm -rf ~/.rbenv/shims/*"],
    ),
    tool(
        ".asdf/shims",
        "asdf's shims (`asdf reshim`)",
        "https://asdf-vm.com/manage/core.html",
        &["rm -rf ~/.asdf/shims"],
    ),
    tool(
        ".cocoapods/repos",
        "CocoaPods' spec repositories (`pod repo update` fetches them again)",
        "https://guides.cocoapods.org/terminal/commands.html#pod_repo_remove",
        &["rm -rf ~/.cocoapods/repos"],
    ),
];

/// What a path in the home directory is to the cache table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CacheHit {
    /// One tool's cache, or something in it.
    Inside(&'static HomeCache),
    /// A whole cache root, or all of its children (`~/.cache/*`).
    WholeRoot(&'static HomeCache),
}

/// Whether `rel` (a path relative to the home directory, glob characters
/// kept) is in a listed cache. A root's child named by a glob (`*`, `p*`,
/// `[a-z]*`) may match every tool's cache, so it counts as the whole root.
pub fn home_cache(rel: &str) -> Option<CacheHit> {
    let rel = rel.trim_end_matches('/');
    HOME_CACHES.iter().find_map(|c| {
        let below = if rel == c.path {
            ""
        } else {
            rel.strip_prefix(c.path)?.strip_prefix('/')?
        };
        match c.kind {
            CacheKind::Tool => Some(CacheHit::Inside(c)),
            CacheKind::Root => {
                let child = below.split('/').next().unwrap_or("");
                let whole = child.is_empty()
                    || child.contains(['*', '?', '[', '{'])
                    || matches!(child, "." | "..");
                Some(if whole {
                    CacheHit::WholeRoot(c)
                } else {
                    CacheHit::Inside(c)
                })
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_relative_listed_once_and_cited() {
        for (i, r) in HOME_CACHES.iter().enumerate() {
            assert!(!r.path.is_empty() && !r.made_by.is_empty(), "{r:?}");
            assert!(r.source.starts_with("https://"), "{r:?}");
            assert!(!r.path.starts_with(['/', '~']), "{r:?}");
            assert!(!r.path.starts_with("./") && !r.path.ends_with('/'), "{r:?}");
            assert!(!r.path.contains(['*', '?', '[', ' ', '~', '$']), "{r:?}");
            assert!(!r.clean.is_empty(), "{} has no clean example", r.path);
            assert_eq!(r.kind == CacheKind::Root, !r.asked.is_empty(), "{r:?}");
            assert!(
                HOME_CACHES.iter().skip(i + 1).all(|o| o.path != r.path),
                "{} twice",
                r.path
            );
        }
    }

    #[test]
    fn nothing_that_holds_credentials_or_settings_is_listed() {
        for rel in [
            ".ssh",
            ".aws",
            ".config",
            ".local",
            ".local/share",
            ".cargo",
            ".cargo/credentials.toml",
            ".gradle",
            ".gradle/gradle.properties",
            ".m2",
            ".m2/settings.xml",
            ".npmrc",
            "go",
            "Library",
            "Library/Keychains",
            ".docker",
            ".nuget/NuGet/NuGet.Config",
            ".kube",
        ] {
            assert_eq!(home_cache(rel), None, "{rel}");
        }
    }

    #[test]
    fn roots_and_their_children() {
        assert!(matches!(
            home_cache(".cache/pip"),
            Some(CacheHit::Inside(_))
        ));
        assert!(matches!(
            home_cache(".cache/thumbnails/*"),
            Some(CacheHit::Inside(_))
        ));
        assert!(matches!(
            home_cache("Library/Caches/deno/"),
            Some(CacheHit::Inside(_))
        ));
        for whole in [
            ".cache",
            ".cache/",
            ".cache/*",
            ".cache/.*",
            "Library/Caches/*",
            ".cache/{a,b}",
        ] {
            assert!(
                matches!(home_cache(whole), Some(CacheHit::WholeRoot(_))),
                "{whole}"
            );
        }
        assert!(matches!(
            home_cache(".npm/_cacache/*"),
            Some(CacheHit::Inside(_))
        ));
        assert_eq!(home_cache(".cachefoo"), None);
        assert_eq!(home_cache(".npmrc"), None);
    }
}
