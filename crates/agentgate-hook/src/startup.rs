//! The variables the user's shell start-up files set.
//!
//! Claude Code runs the Bash tool in a shell built from a snapshot of the
//! user's shell configuration, so a variable exported from `~/.bashrc`
//! reaches the tool's commands but not the hook (observed with the real
//! CLI 2.1.331, `hook_e2e::bashrc_exports_reach_the_bash_tool_not_the_hook`).
//! Such a name is therefore unknown to the hook: it is neither taken from
//! the hook's own environment nor assumed unset (`${CC:-cc}`).

use std::path::{Path, PathBuf};

/// Files a login or interactive shell reads, relative to the home
/// directory.
const HOME_FILES: &[&str] = &[
    ".bashrc",
    ".bash_profile",
    ".bash_login",
    ".profile",
    ".bash_aliases",
    ".zshrc",
    ".zshenv",
    ".zprofile",
    ".zlogin",
    ".pam_environment",
];
/// Directories whose files those read in, relative to the home directory.
const HOME_DIRS: &[&str] = &[
    ".bashrc.d",
    ".profile.d",
    ".zshrc.d",
    ".config/environment.d",
];
/// System-wide files.
const SYSTEM_FILES: &[&str] = &[
    "/etc/environment",
    "/etc/profile",
    "/etc/bash.bashrc",
    "/etc/bashrc",
    "/etc/zsh/zshenv",
    "/etc/zsh/zshrc",
    "/etc/zshenv",
    "/etc/zshrc",
];
const SYSTEM_DIRS: &[&str] = &["/etc/profile.d"];
/// Bytes read of one file, and files read of one directory.
const MAX_FILE: u64 = 256 * 1024;
const MAX_DIR_FILES: usize = 64;

/// Every variable name the start-up files under `home` and `/etc` assign
/// or export (sorted, over-approximated; unreadable files are skipped).
pub fn startup_names(home: &str) -> Vec<String> {
    let home = Path::new(home);
    let mut files: Vec<PathBuf> = Vec::new();
    if home.is_absolute() {
        files.extend(HOME_FILES.iter().map(|f| home.join(f)));
        for d in HOME_DIRS {
            files.extend(dir_files(&home.join(d)));
        }
    }
    files.extend(SYSTEM_FILES.iter().map(PathBuf::from));
    for d in SYSTEM_DIRS {
        files.extend(dir_files(Path::new(d)));
    }
    let mut names = Vec::new();
    for f in files {
        if let Some(text) = read_small(&f) {
            names.extend(agentgate_risk::assigned_names(&text));
        }
    }
    names.sort();
    names.dedup();
    names
}

fn dir_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .take(MAX_DIR_FILES)
        .collect();
    out.sort();
    out
}

fn read_small(path: &Path) -> Option<String> {
    use std::io::Read;
    let file = std::fs::File::open(path).ok()?;
    // Sized from the file's length: read_to_end from an empty buffer reads
    // 32 bytes, then doubles, a system call each (seven for a 2 KiB file).
    let meta = file.metadata().ok()?;
    if !meta.is_file() {
        return None;
    }
    let want = meta.len().min(MAX_FILE);
    let mut bytes = Vec::with_capacity(usize::try_from(want).unwrap_or(0).saturating_add(1));
    file.take(MAX_FILE).read_to_end(&mut bytes).ok()?;
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn reads_home_files_and_directories() {
        let dir = tempfile::tempdir().unwrap();
        let home = dir.path();
        std::fs::write(home.join(".bashrc"), "export AG_ONE=1\n").unwrap();
        std::fs::create_dir_all(home.join(".bashrc.d")).unwrap();
        std::fs::write(home.join(".bashrc.d/x.sh"), "AG_TWO=2\n").unwrap();
        let names = startup_names(&home.display().to_string());
        assert!(names.contains(&"AG_ONE".to_owned()), "{names:?}");
        assert!(names.contains(&"AG_TWO".to_owned()), "{names:?}");
        assert!(!startup_names("relative").contains(&"AG_ONE".to_owned()));
    }
}
