//! Windows command lines as the hook sees them in Git Bash (Claude Code's
//! Bash tool on Windows): a Windows program's words read the way Windows
//! reads them, NTFS alternate data streams, and proxy executors handed
//! code on the network.

use agentgate_commands::{Harm, Program};

use super::{Site, Walker};
use crate::{Category, Severity};

/// A word of a program whose options ignore case (`Program::fold_case`,
/// PowerShell) or of a Windows program (`Program::windows`, see [`word`]),
/// as its row spells it. PowerShell's: an en or em dash read as the dash
/// it stands for (`–ExecutionPolicy`, adxc session 46), an option in lower
/// case with `-name:value` as `-name=value`, and a value of letters and
/// digits in lower case (`-WindowStyle HiDdEn`: enum values ignore case
/// too); paths and code keep their case.
pub(super) fn folded(v: &str, windows: bool) -> String {
    let dashed = v
        .strip_prefix(['\u{2013}', '\u{2014}', '\u{2015}'])
        .map(|rest| format!("-{rest}"));
    let v = dashed.as_deref().unwrap_or(v);
    if windows {
        word(v)
    } else if v.starts_with('-') {
        let lower = v.to_ascii_lowercase();
        match lower.split_once(':') {
            Some((name, value)) if !name.contains('=') => format!("{name}={value}"),
            _ => lower,
        }
    } else if !v.is_empty() && v.bytes().all(|b| b.is_ascii_alphanumeric()) {
        v.to_ascii_lowercase()
    } else {
        v.to_owned()
    }
}

/// A Windows program's word as its row spells it (`Program::windows`):
/// lower case, `/opt` as `-opt`, `-opt:value` as `-opt=value`. A word
/// starting with `/` is an option only when its name (up to `:` or `=`)
/// has no further `/`: `/etc/passwd` stays a path, `/format:http://x`
/// is the option `-format=http://x`.
pub(super) fn word(v: &str) -> String {
    // Windows programs also take an option after an en dash, em dash,
    // horizontal bar or minus sign (`certutil –urlcache`): read as `-`.
    let v = match v.strip_prefix(['\u{2013}', '\u{2014}', '\u{2015}', '\u{2212}']) {
        Some(rest) => format!("-{rest}"),
        None => v.to_owned(),
    };
    let lower = v.to_ascii_lowercase();
    let name_end = |s: &str| s.find([':', '=']).unwrap_or(s.len());
    let opt = match lower.strip_prefix('/') {
        Some(rest)
            if !rest.is_empty() && !rest.get(..name_end(rest)).unwrap_or("").contains('/') =>
        {
            format!("-{rest}")
        }
        _ => lower,
    };
    if opt.starts_with('-') && !opt.starts_with("--") {
        if let Some(i) = opt
            .find(':')
            .filter(|i| !opt.get(..*i).unwrap_or("").contains('='))
        {
            let (head, tail) = opt.split_at(i);
            return format!("{head}={}", tail.get(1..).unwrap_or(""));
        }
    }
    opt
}

/// Where data hides beside a file's own: an NTFS alternate data stream
/// (`alternate_stream`) or a macOS resource fork (`f/..namedfork/rsrc`,
/// ATT&CK T1564.009), whose bytes no listing or file size shows.
pub(super) fn hidden_stream(v: &str) -> Option<&'static str> {
    if alternate_stream(v) {
        Some("an NTFS alternate data stream")
    } else if v
        .as_bytes()
        .windows(13)
        .any(|w| w.eq_ignore_ascii_case(b"/..namedfork/"))
    {
        Some("a macOS resource fork")
    } else {
        None
    }
}

/// Whether `v` names an NTFS alternate data stream: a drive path
/// (`C:\Temp\f.txt:evil.exe`, `C:f:evil.exe` once bash drops the
/// backslashes, `\\?\C:\f:s`) with a stream after the file name. Data
/// written there is invisible to `dir` and most tools; code run from there
/// hides from them (ATT&CK T1564.004).
pub(super) fn alternate_stream(v: &str) -> bool {
    let v = v.trim_matches(|c| c == '"' || c == '\'');
    let v = v.strip_prefix("\\\\?\\").unwrap_or(v);
    let mut chars = v.chars();
    let drive = chars.next().is_some_and(|c| c.is_ascii_alphabetic()) && chars.next() == Some(':');
    let Some(rest) = v.get(2..).filter(|_| drive) else {
        return false;
    };
    // With a separator after the drive the path is plainly one; without
    // (bash dropped the backslashes) it must look like a file name with an
    // extension and hold no space: `s:test:TEXT:g` (sed) and `h: npm run`
    // (YAML) are not paths.
    let rooted = rest.starts_with(['\\', '/']);
    if !rooted && (v.contains(char::is_whitespace) || !rest.contains('.')) {
        return false;
    }
    match rest.rsplit_once(':') {
        Some((file, stream)) => {
            let file = file.trim_start_matches(['\\', '/']);
            !file.is_empty()
                && !file.contains(':')
                && !stream.contains(char::is_whitespace)
                && !file.ends_with(['\\', '/'])
                && !stream.is_empty()
                && !stream.contains(['\\', '/'])
                && !stream.eq_ignore_ascii_case("$data")
                // A container mount's mode (`-v C:\data:ro`).
                && !matches!(stream, "ro" | "rw" | "z" | "Z" | "cached" | "delegated" | "consistent")
        }
        None => false,
    }
}

/// Whether `v` is a location on the network code could be fetched from: a
/// URL or a UNC path to another host (`\\host\share\x.dll`).
pub(super) fn remote(v: &str) -> Option<&str> {
    let v = v.trim_matches(|c| c == '"' || c == '\'');
    let lower = v.to_ascii_lowercase();
    // `\\?\UNC\host\share`: the long form of a share path.
    if lower.contains("\\\\?\\unc\\") {
        return Some(v);
    }
    if ["http://", "https://", "ftp://", "\\\\"]
        .iter()
        .any(|p| lower.contains(p))
    {
        let host = lower.split("\\\\").nth(1).unwrap_or("");
        if lower.contains("://")
            || !(host.starts_with('?') || host.starts_with('.') || host.starts_with("localhost"))
        {
            return Some(v);
        }
    }
    None
}

/// A word that is a network share (`\\\\host\\share\\x`, `\\\\?\\UNC\\host\\x`,
/// WebDAV's `\\\\host@SSL\\x` and `\\\\host@80\\x`),
/// or with `urls` a URL to another host, whole or as an option's value
/// (`/format:"\\\\host\\x.xsl"`, `-url=http://host/x`): the location itself,
/// not text that mentions one (`sed 's=/=\\\\/=g'`).
fn network_location(raw: &str, urls: bool) -> Option<&str> {
    fn unquote(s: &str) -> &str {
        s.trim_matches(|c| c == '"' || c == '\'')
    }
    let whole = unquote(raw);
    // wmic's `/NAMESPACE:\\root\cimv2` names a WMI namespace (a class
    // tree, `root` first), no share to fetch files from (htwin, session 36).
    let value = (whole.starts_with(['-', '/']))
        .then(|| whole.split_once([':', '=']))
        .flatten()
        .filter(|(opt, _)| {
            !opt.get(1..)
                .is_some_and(|o| o.eq_ignore_ascii_case("namespace"))
        })
        .map(|(_, v)| unquote(v));
    [Some(whole), value].into_iter().flatten().find(|c| {
        let lower = c.to_ascii_lowercase();
        let share = lower
            .strip_prefix("\\\\?\\unc\\")
            .or_else(|| lower.strip_prefix("\\\\"))
            .and_then(|r| r.split_once('\\'))
            .is_some_and(|(host, _)| {
                !host.is_empty()
                    && host
                        .chars()
                        .all(|ch| ch.is_ascii_alphanumeric() || matches!(ch, '.' | '-' | '_' | '@'))
                    && !host.starts_with('.')
                    && host != "localhost"
            });
        let url = urls
            && ["http://", "https://", "ftp://"].iter().any(|s| {
                lower.strip_prefix(s).is_some_and(|r| {
                    let host = r.split(['/', ':']).next().unwrap_or_default();
                    !host.is_empty() && host != "localhost" && !host.starts_with("127.")
                })
            });
        share || url
    })
}

impl Walker<'_> {
    /// `cmd /c LINE`: LINE as cmd reads it is judged too (the plain
    /// reading sees `cert^util`, a program nobody knows, and `rd /s`).
    pub(super) fn cmd_line(&mut self, site: Site<'_>, p: &Program) {
        // `cmd`, `cmd.exe`, `CMD`: whatever spelling the row answers to.
        if p.names.first() != Some(&"cmd") {
            return;
        }
        // The words as written: the Windows reading of `vals` lowers them
        // and turns `/s` into `-s`, which cmd's built-ins do not take.
        // Git Bash users write `//c` (MSYS would turn `/c` into a path).
        let words: Vec<&str> = site
            .cmd
            .argv
            .iter()
            .map(agentgate_shell::Word::value_or_raw)
            .collect();
        let start = words
            .iter()
            .position(|w| {
                let lower = crate::paths::basename(w).to_ascii_lowercase();
                lower == "cmd" || lower == "cmd.exe"
            })
            .map_or(0, |i| i + 1);
        let rest = words.get(start..).unwrap_or(&[]);
        let at = rest
            .iter()
            .position(|v| matches!(word(v).as_str(), "-c" | "-k" | "-r" | "//c" | "//k" | "//r"))
            .map_or(rest.len(), |i| i + 1);
        let line = rest.get(at..).unwrap_or(&[]).join(" ");
        // The line as cmd reads it (`crate::cmdline`): its built-ins,
        // variables, backslashed paths and carets; the plain reading saw
        // `rd`, `del` and `C:Usersdev` (session 36).
        let translated = crate::cmdline::to_shell(&line);
        if translated != line {
            self.script(&translated, site.depth + 1);
        }
    }

    /// Words naming an alternate data stream or a resource fork, for any
    /// program.
    pub(super) fn alternate_streams(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        // A redirection's file too (`powershell - < c:\temp:ttt`: a script
        // read from a stream; htwin part 1, session 36).
        let targets: Vec<&str> = site
            .cmd
            .redirects
            .iter()
            .filter_map(|r| r.target.as_ref().map(|t| t.value_or_raw()))
            .collect();
        let found = vals
            .iter()
            .chain(targets.iter())
            .find_map(|v| Some((v, hidden_stream(v)?)));
        if let Some((v, what)) = found {
            self.find(
                Category::Obfuscation,
                Severity::Medium,
                format!("{name} uses {what} ({v}), where data hides from listings"),
                &site.cmd.text,
            );
        }
    }

    /// A program named by a cmd variable (`%COMSPEC%`, `!MB!` under `cmd
    /// /V`): cmd expands it, so what runs cannot be known from the line (iwin,
    /// session 32: `set MB=...MSBuild.exe & !MB! payload.xml`).
    pub(super) fn cmd_variable(&mut self, name: &str, text: &str) {
        let var = ['%', '!'].iter().any(|&m| {
            name.strip_prefix(m)
                .and_then(|r| r.strip_suffix(m))
                .is_some_and(|v| {
                    !v.is_empty() && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                })
        });
        if var {
            self.find(
                Category::Unverifiable,
                Severity::Medium,
                format!("runs a program named by a cmd variable ({name}), which cannot be checked"),
                text,
            );
        }
    }

    /// A script on a network share (`cmd /k < \\host\share\x.txt`,
    /// `python \\host\share\x.py`, iwin, session 32): its code comes
    /// from another machine. (A URL is no file a shell can open.)
    pub(super) fn share_script(&mut self, site: Site<'_>, file: &str, via: &str) -> bool {
        let Some(v) = network_location(file, false) else {
            return false;
        };
        self.find(
            Category::RemoteCodeExec,
            Severity::High,
            format!("runs a script fetched from the network ({v}) with {via}"),
            &site.cmd.text,
        );
        true
    }

    /// A program handed a network share (`expand \\\\host\\share\\a.bat
    /// C:\\Temp\\a.bat`, `esentutl /y \\\\host\\x`), or a program the tables do
    /// not know, spelt as a Windows program (`ngen.exe http://host/x`), a
    /// URL: Windows's signed binaries copy, fetch and run files this way
    /// (LOLBAS part 0, session 32). Programs that only print their
    /// arguments are left out.
    pub(super) fn remote_argument(&mut self, site: Site<'_>, name: &str) {
        // Samba's clients talk to the share they are given, as curl to a
        // URL (their transfers are judged with the other remote copiers).
        const SMB_CLIENTS: &[&str] = &["smbclient", "rpcclient", "smbcacls", "smbget", "nmblookup"];
        if agentgate_commands::TEXT_ARGUMENT_PROGRAMS.contains(&name)
            || agentgate_commands::SHELL_BUILTINS.contains(&name)
            || SMB_CLIENTS.contains(&name)
        {
            return;
        }
        let exe = !super::unknown::known_command(name)
            && site
                .cmd
                .argv
                .first()
                .is_some_and(|w| w.value_or_raw().to_ascii_lowercase().ends_with(".exe"));
        // The raw word, or the value a variable set on the line gives it
        // (`s='\\\\host\\x'; expand "$s"`).
        let found = site.cmd.argv.iter().skip(1).find_map(|w| {
            network_location(&w.raw, exe)
                .map(str::to_owned)
                .or_else(|| {
                    self.known_value(&w.raw)
                        .filter(|v| network_location(v, exe).is_some())
                })
        });
        if let Some(v) = found {
            self.find(
                Category::Exfiltration,
                Severity::Medium,
                format!("hands a network location ({v}) to {name} (Windows programs copy, fetch and run files from there)"),
                &site.cmd.text,
            );
        }
    }

    /// cmd reads commands from its standard input (`cmd.exe /k < FILE`):
    /// FILE is its script.
    pub(super) fn cmd_stdin(&mut self, site: Site<'_>, name: &str) {
        if name != "cmd" {
            return;
        }
        let file = site
            .cmd
            .redirects
            .iter()
            .filter(|r| {
                r.kind == agentgate_shell::RedirectKind::Read && r.fd.is_none_or(|fd| fd == 0)
            })
            .find_map(|r| r.target.as_ref());
        // A share's raw spelling (bash drops its backslashes unquoted).
        if let Some(t) = file {
            let known = self.known_value(&t.raw);
            let path = [Some(t.raw.as_str()), known.as_deref()]
                .into_iter()
                .flatten()
                .find(|p| network_location(p, false).is_some())
                .map_or_else(|| t.value_or_raw().to_owned(), str::to_owned);
            self.run_file(site, &path, name);
        }
    }

    /// A proxy executor (a Windows row with an `always` sub of harm
    /// `Evasion`: it runs what it is handed) handed a URL or a network
    /// share runs code from the network.
    pub(super) fn remote_payload(
        &mut self,
        site: Site<'_>,
        name: &str,
        p: &Program,
        vals: &[&str],
    ) {
        let proxy = p.windows
            && p.subs
                .iter()
                .any(|s| s.words.is_empty() && s.harm == Harm::Evasion);
        // PowerShell's script file (`-File \\host\share\a.ps1`, iwin,
        // session 32): the one value it runs.
        let script = matches!(name, "pwsh" | "powershell")
            .then(|| {
                let at = vals
                    .iter()
                    .position(|v| matches!(v.to_ascii_lowercase().as_str(), "-f" | "-file"))?;
                vals.get(at + 1).copied()
            })
            .flatten();
        // The raw words too: in double quotes bash makes `\\\\host` one
        // backslash (`/format:"\\\\host\\x.xsl"`, LOLBAS wmic).
        let raw_words = || site.cmd.argv.iter().skip(1).map(|w| w.raw.as_str());
        // Unquoted, bash drops a share path's backslashes (`\\host\x`
        // becomes `\hostx`): the script's raw word still names the share.
        let raw_script = || {
            let at = site.cmd.argv.iter().position(|w| {
                matches!(
                    w.value_or_raw().to_ascii_lowercase().as_str(),
                    "-f" | "-file"
                )
            })?;
            site.cmd.argv.get(at + 1).map(|w| w.raw.as_str())
        };
        // Windows Script Host runs its first operand; the words after it
        // are the script's own arguments (`cscript wget.vbs http://IP/F F`
        // downloads, rtcs session 48).
        let host_script = matches!(name, "cscript" | "wscript").then(|| {
            site.cmd
                .argv
                .iter()
                .skip(1)
                .find(|w| !w.value_or_raw().starts_with(['/', '-']))
        });
        let found = if let Some(first) = host_script {
            first.and_then(|w| remote(w.value_or_raw()).or_else(|| remote(w.raw.as_str())))
        } else if proxy {
            vals.iter()
                .find_map(|v| remote(v))
                .or_else(|| raw_words().find_map(|w| remote(w)))
        } else {
            script
                .and_then(remote)
                .or_else(|| script.and(raw_script()).and_then(remote))
        };
        if let Some(v) = found {
            self.find(
                Category::RemoteCodeExec,
                Severity::High,
                format!("{name} runs code fetched from the network ({v})"),
                &site.cmd.text,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{alternate_stream, remote, word};

    #[test]
    fn network_locations_are_whole_words() {
        use super::network_location as at;
        assert!(at("\\\\203.0.113.7\\share\\a.bat", false).is_some());
        assert!(at("'\\\\?\\UNC\\host\\x'", false).is_some());
        assert!(at("/format:\"\\\\host\\x.xsl\"", false).is_some());
        assert!(at("http://203.0.113.7/a", true).is_some());
        assert!(at("-url=http://203.0.113.7/a", true).is_some());
        for not in [
            "s=/=\\\\/=g",
            "cur:\\\\$",
            "s/\\n/\\\\n/g;",
            "\\\\?\\C:\\x",
            "http://localhost:8080/x",
            "curl -s http://x.example/a",
            "/NAMESPACE:\\\\root\\directory\\ldap",
        ] {
            assert!(at(not, true).is_none(), "{not}");
        }
        assert!(at("http://203.0.113.7/a", false).is_none());
    }

    #[test]
    fn carets_and_dashes_read_as_windows_reads_them() {
        assert_eq!(word("\u{2013}urlcache"), "-urlcache");
        assert_eq!(word("\u{2014}URLCACHE"), "-urlcache");
    }

    #[test]
    fn windows_words_read_as_windows_reads_them() {
        assert_eq!(word("/C"), "-c");
        assert_eq!(word("/format:http://x/a.xsl"), "-format=http://x/a.xsl");
        assert_eq!(word("-URLCache"), "-urlcache");
        assert_eq!(word("/etc/passwd"), "/etc/passwd");
        assert_eq!(word("/i:http://x"), "-i=http://x");
        assert_eq!(word("--headless"), "--headless");
        assert_eq!(word("C:\\Temp"), "c:\\temp");
    }

    #[test]
    fn alternate_streams_are_drive_paths_with_a_stream() {
        for v in [
            "C:\\Temp\\payload:evil.dll",
            "C:Temppayload:evil.dll",
            "\\\\?\\C:\\f.txt:s",
            "c:\\ADS\\file.txt:cmd.exe",
        ] {
            assert!(alternate_stream(v), "{v}");
        }
        for v in [
            "C:\\Temp\\payload.dll",
            "host:path",
            "node:18",
            "C:",
            "C:\\",
            "user@host:file",
            "http://x:80/a",
            "C:\\f.txt::$DATA",
            "C:\\data:ro",
        ] {
            assert!(!alternate_stream(v), "{v}");
        }
    }

    #[test]
    fn remote_locations() {
        assert!(remote("http://203.0.113.7/a.sct").is_some());
        assert!(remote("\\\\203.0.113.7\\share\\a.dll").is_some());
        assert!(remote("-i=http://x/a").is_some());
        assert!(remote("\\\\?\\C:\\a.dll").is_none());
        assert!(remote("\\\\?\\UNC\\203.0.113.7\\share\\a.dll").is_some());
        assert!(remote("C:\\Temp\\a.dll").is_none());
    }
}
