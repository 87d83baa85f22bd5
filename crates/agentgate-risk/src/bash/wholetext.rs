//! Checks on a script's whole text: those that do not depend on parsing
//! (`/dev/tcp`, fork bombs), and the worst patterns looked for in text
//! that could not be parsed.

use super::*;

impl Walker<'_> {
    /// Checks on the whole text that do not depend on parsing.
    pub(super) fn text_checks(&mut self, src: &str) {
        if src.contains("/dev/tcp/") || src.contains("/dev/udp/") {
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
