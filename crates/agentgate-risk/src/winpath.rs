//! Windows paths as Git Bash sees them. Claude Code on Windows runs its
//! Bash tool in Git Bash (MSYS2), where `C:\Users\bob` and `C:/Users/bob`
//! are `/c/Users/bob`. A Windows absolute path read as a relative one was
//! a path in the project (`copy evil.exe "C:\Program Files\nodejs\cmd.exe"`
//! passed, iwin, session 32).

/// The Git Bash spelling of a Windows absolute path (`C:\x\y`, `C:/x/y`,
/// `\\?\C:\x` -> `/c/x/y`): the drive in lower case, the rest as written,
/// so that a path the deployment names in Git Bash's spelling matches as
/// written. Windows compares paths without case; the readers of its own
/// directories here (`system`, `temp_root`, `startup`) do too. None for
/// any other value.
pub(crate) fn msys(value: &str) -> Option<String> {
    if let Some(path) = admin_share(value) {
        return Some(path);
    }
    let expanded = system_variable(value);
    let value = expanded.as_deref().unwrap_or(value);
    let v = value.strip_prefix(r"\\?\").unwrap_or(value);
    let mut chars = v.chars();
    let drive = chars.next().filter(char::is_ascii_alphabetic)?;
    let rest = chars.as_str().strip_prefix(':')?;
    if !(rest.is_empty() || rest.starts_with(['\\', '/'])) {
        return None;
    }
    let rest = rest.replace('\\', "/");
    Some(format!("/{}{rest}", drive.to_ascii_lowercase()))
}

/// Windows's variables for its own directories, as cmd (`%WINDIR%`) and
/// PowerShell (`$env:windir`) spell them, without regard to case, with the
/// directory each names on a standard installation (drive C:).
const SYSTEM_VARIABLES: &[(&str, &str)] = &[
    ("windir", r"C:\Windows"),
    ("systemroot", r"C:\Windows"),
    ("programfiles", r"C:\Program Files"),
    ("programfiles(x86)", r"C:\Program Files (x86)"),
    ("programw6432", r"C:\Program Files"),
    ("commonprogramfiles", r"C:\Program Files\Common Files"),
    ("programdata", r"C:\ProgramData"),
    ("allusersprofile", r"C:\ProgramData"),
    ("systemdrive", "C:"),
];

/// `value` with a leading system variable put as the directory it names
/// (`%WINDIR%\System32\x.dll` -> `C:\Windows\System32\x.dll`, session 46:
/// `del "%WINDIR%\System32\x.dll"` passed); None when it starts with none.
fn system_variable(value: &str) -> Option<String> {
    // Every spelling starts with `%` or `$`: a path that does not is
    // answered without building the spellings (paths::absolute asks for
    // every path of every call; the hook's profile, session 60).
    if !value.starts_with(['%', '$']) {
        return None;
    }
    let lower = value.to_ascii_lowercase();
    SYSTEM_VARIABLES.iter().find_map(|(name, dir)| {
        let spelled = [
            format!("%{name}%"),
            format!("$env:{name}"),
            format!("${{env:{name}}}"),
        ];
        spelled.iter().find_map(|p| {
            let rest = value.get(p.len()..)?;
            (lower.starts_with(p.as_str()) && (rest.is_empty() || rest.starts_with(['\\', '/'])))
                .then(|| format!("{dir}{rest}"))
        })
    })
}

/// This machine's administrative share of a drive (`\\\\localhost\\C$\\x`,
/// `\\\\127.0.0.1\\c$\\x`, `\\\\?\\UNC\\localhost\\C$\\x`) is that drive: `/c/x`.
fn admin_share(value: &str) -> Option<String> {
    // A share starts with two slashes of either kind; anything else is
    // answered before copying the value twice (see system_variable).
    let mut first = value.chars();
    if !(matches!(first.next(), Some('/' | '\\')) && matches!(first.next(), Some('/' | '\\'))) {
        return None;
    }
    let v = value.replace('/', "\\");
    let lower = v.to_ascii_lowercase();
    let rest = lower
        .strip_prefix(r"\\?\unc\")
        .or_else(|| lower.strip_prefix(r"\\"))?;
    let (host, share) = rest.split_once('\\')?;
    if !matches!(host, "localhost" | "127.0.0.1" | "::1" | "." | "0.0.0.0") {
        return None;
    }
    let (drive, _) = share.split_once('$')?;
    let drive = drive
        .chars()
        .next()
        .filter(|c| c.is_ascii_alphabetic() && drive.len() == 1)?;
    // The path after `X$` as written (its case kept).
    let tail = v.get(v.len() - share.len() + 2..)?;
    Some(format!("/{drive}{}", tail.replace('\\', "/")))
}

/// Windows's own directories under any drive (`/c/Windows`, `/d/Program
/// Files (x86)`, `/c/ProgramData`), in any case: the system's programs,
/// installed applications and machine-wide start-up folders.
pub(crate) fn system(abs: &str) -> bool {
    const SYSTEM: &[&str] = &[
        "windows",
        "program files",
        "program files (x86)",
        "programdata",
    ];
    let lower = abs.to_ascii_lowercase();
    // `C:\Windows\Temp` is the machine's scratch directory, writable by
    // every user (tib3rius, session 42: a download saved there was denied
    // as a change of system executables).
    after_drive(&lower).is_some_and(|p| {
        p.first().is_some_and(|top| SYSTEM.contains(top))
            && !(p.first() == Some(&"windows") && p.get(1) == Some(&"temp"))
    })
}

/// The parts of a Windows drive's path after the drive, if it starts with
/// one: Git Bash's `/c/windows/x` and WSL's `/mnt/c/windows/x` (WSL mounts
/// the drives under `/mnt`; session 45: `/mnt/c/Windows/System32` was not
/// Windows's) give `["windows", "x"]`.
fn after_drive(path: &str) -> Option<Vec<&str>> {
    drive_parts(path).map(|(_, parts)| parts)
}

/// [`after_drive`]'s parts, with how many components the drive took (1
/// for `/c`, 2 for `/mnt/c`).
fn drive_parts(path: &str) -> Option<(usize, Vec<&str>)> {
    let letter = |d: &str| d.len() == 1 && d.chars().all(|c| c.is_ascii_alphabetic());
    let mut parts = path.strip_prefix('/')?.split('/');
    let first = parts.next()?;
    if letter(first) {
        return Some((1, parts.collect()));
    }
    let drive = parts.next()?;
    (first == "mnt" && letter(drive)).then(|| (2, parts.collect()))
}

/// Windows's accessibility programs, which the logon screen starts as
/// SYSTEM before anyone logs in: replacing one with a shell is a backdoor
/// (ATT&CK T1546.008, Atomic Red Team's sethc/utilman tests).
const ACCESSIBILITY: &[&str] = &[
    "sethc.exe",
    "utilman.exe",
    "osk.exe",
    "magnify.exe",
    "narrator.exe",
    "displayswitch.exe",
    "atbroker.exe",
];

/// Whether a redirect's target is PowerShell's profile by its variable
/// (`> $PROFILE`, `>> $profile.CurrentUserAllHosts`): PowerShell runs it
/// at every start (ATT&CK T1546.013). Only as a redirect's target: in
/// bash `$profile` is as often an AWS profile's name.
pub(crate) fn profile_variable(raw: &str) -> bool {
    let v = raw.trim_matches(|c| c == '"' || c == '\'');
    ["$PROFILE", "$profile", "${PROFILE}", "$env:PROFILE"]
        .iter()
        .any(|p| {
            v.strip_prefix(p)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
        })
}

/// What runs a Windows file at start-up, if it does (`lower`: a path in
/// lower case): PowerShell's profile by its file names, and the Startup
/// folders (ATT&CK T1546.013, T1547.001).
pub(crate) fn startup(lower: &str) -> Option<&'static str> {
    let v = lower.replace('\\', "/");
    let profile = [
        "microsoft.powershell_profile.ps1",
        "microsoft.vscode_profile.ps1",
        "/profile.ps1",
    ]
    .iter()
    .any(|f| v.ends_with(f))
        && (v.contains("powershell/") || v.contains("/system32/"));
    if profile {
        return Some("PowerShell's profile (runs at every start of PowerShell)");
    }
    if v.contains("/start menu/programs/startup/") {
        return Some("a Windows Startup folder (runs at every logon)");
    }
    if ACCESSIBILITY.contains(&v.rsplit('/').next().unwrap_or(&v)) {
        return Some("a Windows accessibility program (the logon screen runs it as SYSTEM)");
    }
    None
}

/// The Windows temporary directory `abs` is in, as `abs` spells it: a
/// user's (`/c/Users/NAME/AppData/Local/Temp`, `%TEMP%`) or the system's
/// (`/c/Windows/Temp`), under any drive, in any case.
pub(crate) fn temp_root(abs: &str) -> Option<String> {
    let lower = abs.to_ascii_lowercase();
    let (drive, parts) = drive_parts(&lower)?;
    let depth = drive
        + match parts.as_slice() {
            ["users", _, "appdata", "local", "temp", ..] => 5,
            ["windows", "temp", ..] => 2,
            _ => return None,
        };
    let end = abs
        .match_indices('/')
        .nth(depth)
        .map_or(abs.len(), |(i, _)| i);
    abs.get(..end).map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::{msys, system};

    #[test]
    fn windows_paths_read_as_git_bash_reads_them() {
        assert_eq!(
            msys(r"C:\Program Files\nodejs\cmd.exe").as_deref(),
            Some("/c/Program Files/nodejs/cmd.exe")
        );
        assert_eq!(msys("D:/Temp/a.txt").as_deref(), Some("/d/Temp/a.txt"));
        assert_eq!(msys(r"\\?\C:\Windows").as_deref(), Some("/c/Windows"));
        assert_eq!(msys("C:").as_deref(), Some("/c"));
        assert_eq!(
            msys(r"\\localhost\C$\Windows\x.dll").as_deref(),
            Some("/c/Windows/x.dll")
        );
        assert_eq!(msys(r"\\127.0.0.1\d$").as_deref(), Some("/d"));
        assert_eq!(msys(r"\\fileserver\C$\x"), None);
        // Windows's variables for its directories (session 46).
        assert_eq!(
            msys(r"%WINDIR%\System32\x.dll").as_deref(),
            Some("/c/Windows/System32/x.dll")
        );
        assert_eq!(msys(r"%SystemRoot%").as_deref(), Some("/c/Windows"));
        assert_eq!(
            msys(r"$env:ProgramFiles\App\a.exe").as_deref(),
            Some("/c/Program Files/App/a.exe")
        );
        assert_eq!(
            msys(r"%ProgramFiles(x86)%/App").as_deref(),
            Some("/c/Program Files (x86)/App")
        );
        assert_eq!(msys("%WINDIRX%\\a"), None);
        assert_eq!(msys("%TEMP%\\a"), None);
        for not in ["src/main.rs", "a:b", "http://x", "C:x", "12:30", ""] {
            assert_eq!(msys(not), None, "{not}");
        }
        assert!(system("/c/Windows/System32/x.dll"));
        assert!(system("/d/program files (x86)/App/a.exe"));
        assert!(system("/c/ProgramData"));
        assert_eq!(
            super::temp_root("/c/Users/u/AppData/Local/Temp/x/y").as_deref(),
            Some("/c/Users/u/AppData/Local/Temp")
        );
        assert_eq!(
            super::temp_root("/c/users/u/appdata/local/temp").as_deref(),
            Some("/c/users/u/appdata/local/temp")
        );
        assert_eq!(
            super::temp_root("/d/Windows/Temp/a").as_deref(),
            Some("/d/Windows/Temp")
        );
        assert_eq!(super::temp_root("/c/Users/u/AppData/Roaming/x"), None);
        assert_eq!(super::temp_root("/tmp/x"), None);
        // WSL's mounts of the drives (session 45).
        assert_eq!(
            super::temp_root("/mnt/c/Users/u/AppData/Local/Temp/x").as_deref(),
            Some("/mnt/c/Users/u/AppData/Local/Temp")
        );
        assert!(system("/mnt/c/Windows/System32/x.dll"));
        assert!(!system("/mnt/data/windows/x"));
        assert!(super::profile_variable("$PROFILE"));
        assert!(super::profile_variable("\"$profile.CurrentUserAllHosts\""));
        assert!(!super::profile_variable("$profiles"));
        assert!(super::startup(
            "c:\\users\\u\\documents\\windowspowershell\\microsoft.powershell_profile.ps1"
        )
        .is_some());
        assert!(super::startup(
            "/c/programdata/microsoft/windows/start menu/programs/startup/a.lnk"
        )
        .is_some());
        assert!(super::startup("scripts/profile.ps1").is_none());
        for not in [
            "/c/Users/bob/project",
            "/usr/bin",
            "/home/dev/windows/x",
            "/cc/windows",
        ] {
            assert!(!system(not), "{not}");
        }
    }
}
