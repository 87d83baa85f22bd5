//! Checks on a script's whole text: those that do not depend on parsing
//! (`/dev/tcp`, fork bombs), and the worst patterns looked for in text
//! that could not be parsed.

use super::*;

impl Walker<'_> {
    /// Checks on the whole text that do not depend on parsing.
    pub(super) fn text_checks(&mut self, src: &str) {
        let raw = src.contains("/dev/tcp/") || src.contains("/dev/udp/");
        if raw && !probes_only(src) && (shell_wired(src) || !loopback_only(src)) {
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

/// Whether every `/dev/tcp/` and `/dev/udp/` of `src` names this machine
/// (`localhost`, `127.x.x.x`, `::1`): a local service's socket, as `nc
/// localhost 11211` is (`exec {m}<>/dev/tcp/localhost/11211`, spn part 0,
/// was denied as a reverse shell). What is read and sent there is judged
/// where it is read.
fn loopback_only(src: &str) -> bool {
    let mut any = false;
    for (at, p) in src
        .match_indices("/dev/tcp/")
        .chain(src.match_indices("/dev/udp/"))
    {
        any = true;
        let host = src
            .get(at + p.len()..)
            .unwrap_or("")
            .split('/')
            .next()
            .unwrap_or("");
        let loopback = host == "localhost"
            || host == "::1"
            || host.strip_prefix("127.").is_some_and(|r| {
                r.split('.').count() == 3
                    && r.split('.')
                        .all(|o| !o.is_empty() && o.bytes().all(|b| b.is_ascii_digit()))
            });
        if !loopback {
            return false;
        }
    }
    any
}

/// Whether a shell or an interpreter is wired to a connection in `src`
/// (`bash -i >& /dev/tcp/...`, `0>&1`, `sh <&3`): a shell served on the
/// port, wherever it listens.
fn shell_wired(src: &str) -> bool {
    src.contains("-i")
        || src.contains("0>&1")
        || src.contains("0<&")
        || src
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '/' || c == '.'))
            .any(|w| {
                let base = w.rsplit('/').next().unwrap_or(w);
                agentgate_commands::SHELLS.contains(&base) || INTERPRETERS.contains(&base)
            })
}

/// Whether every `/dev/tcp/` and `/dev/udp/` of `src` is a port probe: an
/// input redirection on a command of its own, or of `:` or `true`
/// (`timeout 1 bash -c "</dev/tcp/$HOST/$PORT"`: hostdocs part 4,
/// session 62, denied), or an output redirection of `echo` with no words,
/// `:` or `true` (`until echo > /dev/tcp/db/5432; do sleep 1; done`: b120
/// part 2, session 64, denied). Bash opens the connection and closes it;
/// at most a newline is sent and no shell is wired to it. Not
/// `$(</dev/tcp/..)` or its backquoted form (bash reads the socket's text
/// into the line), not a descriptor kept open (`exec 3</dev/tcp/..`), not
/// a program's input (`sh </dev/tcp/..`, `</dev/tcp/.. sh`: a bypass of
/// the first version, session 64), not an `echo` of anything, and not a
/// host or port that runs a command.
fn probes_only(src: &str) -> bool {
    let mut any = false;
    for (at, _) in src
        .match_indices("/dev/tcp/")
        .chain(src.match_indices("/dev/udp/"))
    {
        any = true;
        // The redirection before the path: `<` or `>`, spaces between.
        let before = src.get(..at).unwrap_or("").trim_end_matches([' ', '\t']);
        let (head, write) = match before.strip_suffix('<') {
            Some(head) => (head, false),
            None => match before.strip_suffix('>') {
                Some(head) => (head, true),
                None => return false,
            },
        };
        // Not `<<`, `<<<`, `$(<`, `0<`, `3<`, `>>`, `2>`: the byte before
        // the redirection (spaces skipped) is a command boundary, or
        // `:`/`true` standing alone; a write is of `echo`, `:` or `true`.
        let head = head.trim_end_matches([' ', '\t']);
        let command = head
            .strip_suffix(':')
            .or_else(|| head.strip_suffix("true"))
            .or_else(|| head.strip_suffix("echo").filter(|_| write))
            .filter(|h| {
                h.is_empty() || h.ends_with([' ', '\t', '"', '\'', ';', '&', '|', '\n', '{'])
            });
        if write && command.is_none() {
            return false;
        }
        let head = command.map_or(head, |h| h.trim_end_matches([' ', '\t']));
        let boundary = head.is_empty()
            || head.ends_with(['"', '\'', ';', '\n', '{'])
            || head.ends_with("&&")
            || head.ends_with("||")
            // A reserved word that starts a command (`until echo >
            // /dev/tcp/...`, `while ! : </dev/tcp/...`).
            || matches!(
                head.rsplit([' ', '\t']).next(),
                Some("until" | "while" | "if" | "elif" | "then" | "do" | "else" | "!")
            );
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
        // Nothing after the target but the end of the command or output
        // thrown away (`2>/dev/null`): a word there is a program reading
        // the socket or a word echoed into it.
        if !nothing_after(rest.get(target.len()..).unwrap_or("")) {
            return false;
        }
    }
    any
}

/// Whether the rest of a command after a probe's target holds no word:
/// it ends (`;`, `&&`, `||`, `|`, `&`, `)`, a closing quote, a line's end)
/// after at most redirections of output to /dev/null or to another
/// descriptor.
fn nothing_after(rest: &str) -> bool {
    // What may close a word that ends the command.
    const CLOSERS: [char; 5] = [';', ')', '"', '\'', '\n'];
    // A quote right after the target closes the script it is in (`bash -c
    // "echo >/dev/tcp/$h/$p"`); after a space it opens a word.
    if rest.starts_with(['"', '\'']) {
        return true;
    }
    let mut words = rest.split([' ', '\t']).filter(|w| !w.is_empty());
    while let Some(word) = words.next() {
        if word.starts_with([';', '&', '|', ')', '\n', '}']) {
            return true;
        }
        // A word that ends the command after it (`2>/dev/null;`).
        let ends = word.contains(CLOSERS) || word.contains('|');
        let word = word.trim_end_matches(CLOSERS);
        let word = word.split('|').next().unwrap_or(word);
        let op = word.trim_start_matches(|c: char| c.is_ascii_digit());
        let op = op.strip_prefix('&').unwrap_or(op);
        let Some(target) = op.strip_prefix('>') else {
            return false;
        };
        let target = target.strip_prefix('>').unwrap_or(target);
        // `2> /dev/null`: the target is the next word.
        let target = if target.is_empty() {
            words.next().unwrap_or("").trim_end_matches(CLOSERS)
        } else {
            target
        };
        let thrown = target == "/dev/null"
            || target
                .strip_prefix('&')
                .is_some_and(|fd| fd == "-" || fd.bytes().all(|b| b.is_ascii_digit()));
        if !thrown {
            return false;
        }
        if ends {
            return true;
        }
    }
    true
}
