//! Checks on a script's whole text: those that do not depend on parsing
//! (`/dev/tcp`, fork bombs), and the worst patterns looked for in text
//! that could not be parsed.

use super::*;

impl Walker<'_> {
    /// Checks on the whole text that do not depend on parsing.
    pub(super) fn text_checks(&mut self, src: &str) {
        if (src.contains("/dev/tcp/") || src.contains("/dev/udp/")) && !probes_only(src) {
            let sev = if src.contains("-i") || src.contains("0>&1") || src.contains("exec ") {
                Critical
            } else {
                High
            };
            self.find(
                Exfil,
                sev,
                "opens a raw network connection through /dev/tcp (a reverse shell or data exfiltration)",
                src,
            );
        }
        if is_fork_bomb(src) {
            self.find(
                Destr,
                Critical,
                "is a fork bomb (exhausts the machine)",
                src,
            );
        }
    }

    pub(super) fn raw_text_fallback(&mut self, src: &str) {
        for tok in paths::tokens(src) {
            if let Some((sev, what)) = paths::credential(tok) {
                self.find(Cred, sev, format!("reads {what}"), tok);
            }
        }
        let lower = src.to_ascii_lowercase();
        if (lower.contains("curl") || lower.contains("wget"))
            && (lower.contains("| sh")
                || lower.contains("|sh")
                || lower.contains("| bash")
                || lower.contains("|bash"))
        {
            self.find(Rce, Critical, "downloads code and runs it in a shell", src);
        }
        if lower.contains("rm -rf /") || lower.contains("rm -rf ~") || lower.contains("rm -fr /") {
            self.find(Destr, Critical, "deletes the system or home directory", src);
        }
    }
}

/// Whether every `/dev/tcp/` and `/dev/udp/` of `src` is a port probe: an
/// input redirection on a command of its own, or of `:` or `true`
/// (`timeout 1 bash -c "</dev/tcp/$HOST/$PORT"`: hostdocs part 4,
/// session 62, denied). Bash opens the connection and closes it; nothing
/// is sent and no shell is wired to it. Not `$(</dev/tcp/..)` or its
/// backquoted form (bash reads the socket's text into the line), not a
/// descriptor kept open (`exec 3</dev/tcp/..`), not a program's input
/// (`sh </dev/tcp/..`), and not a host or port that runs a command.
fn probes_only(src: &str) -> bool {
    let mut any = false;
    for (at, _) in src
        .match_indices("/dev/tcp/")
        .chain(src.match_indices("/dev/udp/"))
    {
        any = true;
        // The redirection before the path: `<`, spaces between.
        let before = src.get(..at).unwrap_or("").trim_end_matches([' ', '\t']);
        let Some(head) = before.strip_suffix('<') else {
            return false;
        };
        // Not `<<`, `<<<`, `$(<`, `0<`, `3<`: the byte before `<` (spaces
        // skipped) is a command boundary, or `:`/`true` standing alone.
        let head = head.trim_end_matches([' ', '\t']);
        let head = head
            .strip_suffix(':')
            .or_else(|| head.strip_suffix("true"))
            .filter(|h| {
                h.is_empty() || h.ends_with([' ', '\t', '"', '\'', ';', '&', '|', '\n', '{'])
            })
            .map_or(head, |h| h.trim_end_matches([' ', '\t']));
        let boundary = head.is_empty()
            || head.ends_with(['"', '\'', ';', '\n', '{'])
            || head.ends_with("&&")
            || head.ends_with("||");
        if !boundary {
            return false;
        }
        // The host and port: names, numbers and plain variables only.
        let rest = src.get(at + "/dev/tcp/".len()..).unwrap_or("");
        let target: &str = rest
            .split(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | ';' | '&' | '|' | ')'))
            .next()
            .unwrap_or("");
        let plain = target
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._-/${}:".contains(&b));
        if !plain || target.contains("$(") {
            return false;
        }
    }
    any
}
