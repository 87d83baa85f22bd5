//! The remotes of the git repository a call runs in, read from its
//! configuration so that a push by URL to the repository's own remote is
//! judged as a push to that remote (`agentgate_risk::Context::repo_remotes`).
//!
//! Read only for a Bash call that mentions `push`. The agent can write
//! these files, but every way it can change a remote's URL is judged when
//! it happens (a direct write to `.git/config` is denied; `git remote
//! add|set-url` and `git config remote.*` are remembered by the session
//! guard and then outweigh this file).

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

/// A configuration file larger than this is not read (no remotes known:
/// a push by URL stays an upload).
const MAX_CONFIG_BYTES: u64 = 256 * 1024;

/// At most this many directories are walked up from the working directory.
const MAX_DEPTH: usize = 64;

/// The (name, URL) remotes of the repository `cwd` is in; empty when there
/// is none or it cannot be read.
pub fn remotes(cwd: &Path) -> Vec<(String, String)> {
    config_file(cwd)
        .and_then(|p| read_bounded(&p))
        .map(|text| agentgate_risk::git_remote_urls(&text))
        .unwrap_or_default()
}

/// The configuration file of the repository `cwd` is in: `.git/config`, or
/// for a linked worktree or submodule (a `.git` file saying `gitdir: X`)
/// the common directory's (`X/commondir`, gitrepository-layout(5)).
fn config_file(cwd: &Path) -> Option<PathBuf> {
    let mut dir = Some(cwd);
    for _ in 0..MAX_DEPTH {
        let d = dir?;
        let dot = d.join(".git");
        if dot.is_dir() {
            return Some(dot.join("config"));
        }
        if dot.is_file() {
            let text = read_bounded(&dot)?;
            let gitdir = text.lines().find_map(|l| l.strip_prefix("gitdir:"))?.trim();
            let gitdir = d.join(gitdir);
            let common = read_bounded(&gitdir.join("commondir"))
                .map(|c| gitdir.join(c.trim()))
                .unwrap_or(gitdir);
            return Some(common.join("config"));
        }
        dir = d.parent();
    }
    None
}

fn read_bounded(path: &Path) -> Option<String> {
    let f = fs::File::open(path).ok()?;
    let mut buf = Vec::new();
    f.take(MAX_CONFIG_BYTES + 1).read_to_end(&mut buf).ok()?;
    if buf.len() as u64 > MAX_CONFIG_BYTES {
        return None;
    }
    Some(String::from_utf8_lossy(&buf).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_repository_above_and_through_a_worktree_file() {
        let dir = tempfile::tempdir().unwrap();
        let repo = dir.path().join("repo");
        fs::create_dir_all(repo.join(".git")).unwrap();
        fs::create_dir_all(repo.join("src/deep")).unwrap();
        fs::write(
            repo.join(".git/config"),
            "[remote \"origin\"]\n\turl = https://github.com/o/r.git\n",
        )
        .unwrap();
        let want = vec![("origin".to_owned(), "https://github.com/o/r.git".to_owned())];
        assert_eq!(remotes(&repo.join("src/deep")), want);
        // A linked worktree: `.git` is a file naming its git directory,
        // whose commondir leads back to the main one.
        let wt = dir.path().join("wt");
        fs::create_dir_all(repo.join(".git/worktrees/wt")).unwrap();
        fs::write(repo.join(".git/worktrees/wt/commondir"), "../..\n").unwrap();
        fs::create_dir_all(&wt).unwrap();
        fs::write(
            wt.join(".git"),
            format!("gitdir: {}\n", repo.join(".git/worktrees/wt").display()),
        )
        .unwrap();
        assert_eq!(remotes(&wt), want);
        assert!(remotes(dir.path()).is_empty());
        // Oversized: nothing known.
        fs::write(repo.join(".git/config"), "#".repeat(300 * 1024)).unwrap();
        assert!(remotes(&repo).is_empty());
    }
}
