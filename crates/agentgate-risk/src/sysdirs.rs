//! The system's own directories, as Linux, macOS and Windows lay them
//! out: which a deletion or rewrite breaks the machine through, and which
//! are scratch space (split from paths.rs, session 37).

use crate::paths::{system_path, within};

/// Top-level system directories: deleting or rewriting them breaks the machine.
pub(crate) fn is_system_dir(abs: &str) -> bool {
    const SYSTEM: &[&str] = &[
        "/bin",
        "/boot",
        "/dev",
        "/etc",
        "/lib",
        "/lib32",
        "/lib64",
        "/opt",
        "/proc",
        "/root",
        "/sbin",
        "/srv",
        "/sys",
        "/usr",
        "/var",
        "/home",
        "/Users",
        "/System",
        "/Library",
        "/Applications",
        "/mnt",
        "/media",
        "/snap",
        "/private",
    ];
    let abs = system_path(abs);
    let abs = abs.as_ref();
    crate::winpath::system(abs)
        || SYSTEM
            .iter()
            .any(|s| within(abs, s) && !within(abs, "/var/tmp") && !within(abs, "/var/folders"))
}

/// Temporary directories, where a specifically named item is scratch space.
pub(crate) fn temp_root(abs: &str) -> Option<std::borrow::Cow<'static, str>> {
    // macOS: /tmp is /private/tmp, and a user's $TMPDIR is under
    // /var/folders (/private/var/folders).
    [
        "/tmp",
        "/var/tmp",
        "/dev/shm",
        "/private/tmp",
        "/private/var/tmp",
        "/var/folders",
        "/private/var/folders",
    ]
    .into_iter()
    .find(|t| within(abs, t))
    .map(std::borrow::Cow::Borrowed)
    .or_else(|| crate::winpath::temp_root(abs).map(std::borrow::Cow::Owned))
}
