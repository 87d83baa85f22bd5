//! git-extras (https://github.com/tj/git-extras): git sub-commands
//! installed as `git-NAME` programs, run as `git NAME`. Those that lose
//! work git cannot give back, or send the repository to another host, as
//! one row whose `subs` the risk engine matches against `git`'s words
//! after its own options (git has no row of its own: `bash/git.rs` judges
//! it). Found on clidocs part 1 (session 59: `git reauthor` passed); the
//! obliterate and delete-tag arms of git.rs moved here.
//!
//! Sub-command words use the grammar of [`crate::Sub::words`].

use crate::programs::{sub, P};
use crate::Harm::{Destructive, Exfiltration, RemoteCode};
use crate::Level::{High, Medium};
use crate::Program;

/// The row. `names` is `git`, the program these words follow.
pub const GIT_EXTRAS: Program = Program {
    names: &["git"],
    source: "https://github.com/tj/git-extras/blob/main/Commands.md (obliterate, reauthor, delete-tag, delete-branch, clear, clear-soft, undo --hard, force-clone, sync, scp, rscp, paste) and bin/git-extras (update); clidocs and devhints",
    subs: &[
        sub(&["obliterate"], Destructive, Medium, "rewrites the repository history (a file removed from every commit)"),
        sub(&["reauthor"], Destructive, Medium, "rewrites the author or committer of every commit (the repository's whole history)"),
        // As `git push origin :refs/tags/TAG` (release tags are denied).
        sub(&["delete-tag"], Destructive, High, "deletes a tag here and on the remote"),
        sub(&["delete-branch"], Destructive, Medium, "deletes a branch here and on the remote"),
        sub(&["clear"], Destructive, Medium, "discards uncommitted changes and deletes untracked and ignored files"),
        sub(&["clear-soft"], Destructive, Medium, "discards uncommitted changes and deletes untracked files"),
        sub(&["undo", "--hard|-h"], Destructive, Medium, "removes the last commits and their changes"),
        sub(&["force-clone"], Destructive, Medium, "deletes what the target directory holds and clones over it"),
        sub(&["sync", "!--soft|-s"], Destructive, Medium, "resets the branch to its remote and deletes untracked files, discarding local commits and changes"),
        sub(&["scp|rscp"], Exfiltration, Medium, "copies the working tree's files to or from another host over SSH"),
        sub(&["paste"], Exfiltration, Medium, "sends commits to a pastebin"),
        // bin/git-extras: `curl -s $INSTALL_SCRIPT | PREFIX=... bash
        // /dev/stdin` (clidocs part 7, session 60).
        sub(&["extras", "update"], RemoteCode, Medium, "updates git-extras by piping its install script from GitHub into bash"),
    ],
    flagged: &[
        "git obliterate secrets.json",
        "git reauthor --old-email a@x --correct-email b@y --type committer",
        "git delete-tag v1.0",
        "git delete-branch feature",
        "git clear",
        "git undo --hard",
        "git force-clone https://github.com/a/b.git ./b",
        "git sync -f",
        "git scp staging",
        "git paste",
        "git extras update",
    ],
    clean: &[
        "git extras --version",
        "git undo",
        "git delete-merged-branches",
        "git delete-gone-branches --dry-run",
        "git squash HEAD~3",
        "git reset-file src/a.rs",
        "git summary",
        "git psykorebase master feature",
        "git sync --soft",
    ],
    ..P
};

/// Whether `sub` is a sub-command [`GIT_EXTRAS`] judges (installed as the
/// program `git-SUB`, which runs the same as `git SUB`).
pub fn is_git_extra(sub: &str) -> bool {
    GIT_EXTRAS
        .subs
        .iter()
        .filter_map(|s| s.words.first())
        .any(|w| w.split('|').any(|alt| alt == sub))
}
