//! Commands run on another machine (`agentgate_commands::REMOTE_SHELLS`:
//! `ssh HOST CMD`, `kubectl exec POD -- CMD`, `docker-machine ssh VM CMD`,
//! `gcloud compute ssh VM --command CMD`). The command's words are that
//! machine's, not paths or programs of this one (`args` and `verbs` stop
//! where it starts); the command is judged here as a command run there.
//!
//! Another machine's state is unknown here (a throwaway VM or production):
//! what the command changes or runs there is asked about, never denied by
//! this judgment alone; a secret it prints enters the conversation as any
//! other, so credential reads keep their severity.

use super::*;
use agentgate_commands::RemoteForm;

/// Where a remote command starts in `vals`, if the line has one: the words
/// from there on are not this machine's.
pub(super) fn remote_start(name: &str, vals: &[&str]) -> Option<usize> {
    agentgate_commands::remote_command(name, vals).map(|r| r.at)
}

impl Walker<'_> {
    /// Judges the command `name VALS` runs on another machine, if any.
    pub(super) fn remote_command(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        let Some(rc) = agentgate_commands::remote_command(name, vals) else {
            return;
        };
        let target = rc.target.and_then(|t| vals.get(t)).copied();
        let host = match rc.row.form {
            RemoteForm::Ssh => ssh_host(vals.get(..rc.at).unwrap_or(&[]), target),
            _ => target,
        };
        // The words as that machine gets them: what this shell expands is
        // its known value, or the reference as text (`"cd $DIR && make"`
        // is `cd $DIR && make` there, whatever DIR holds).
        let offset = site.cmd.argv.len().checked_sub(vals.len());
        let words_here = offset
            .and_then(|o| site.cmd.argv.get(o + rc.at..))
            .unwrap_or(&[]);
        let sent: Vec<String> = vals
            .get(rc.at..)
            .unwrap_or(&[])
            .iter()
            .zip(words_here.iter().map(Some).chain(std::iter::repeat(None)))
            .map(|(v, w)| match w.filter(|w| w.is_dynamic()) {
                Some(w) => self.known_value(&w.raw).unwrap_or_else(|| unquoted(&w.raw)),
                None => (*v).to_owned(),
            })
            .collect();
        let words: Vec<&str> = sent.iter().map(String::as_str).collect();
        let words = words.as_slice();
        let line = match (rc.inline, rc.row.form, words) {
            (true, _, [first, ..]) => first.split_once('=').map_or("", |(_, v)| v).to_owned(),
            // ssh joins its words with spaces for the remote shell; one
            // word is a command line wherever it is handed.
            (_, RemoteForm::Ssh | RemoteForm::Opt { .. }, _) | (_, _, [_]) => words.join(" "),
            // An argv run as it is (`kubectl exec POD -- rm -rf /data`).
            _ => words
                .iter()
                .map(|w| super::usedfiles::quote_word(w))
                .collect::<Vec<_>>()
                .join(" "),
        };
        if line.trim().is_empty() {
            return;
        }
        // `ssh dev@127.0.0.1 CMD`: the command runs on this machine, as the
        // words joined with spaces (ssh(1) sends them so).
        if rc.row.form == RemoteForm::Ssh
            && host.is_some_and(|h| net::classify(h) == HostClass::Local)
        {
            return self.script(&line, site.depth + 1);
        }
        let place = match (rc.row.form, host) {
            (RemoteForm::Ssh, Some(h)) => h.to_owned(),
            _ => rc.row.place.to_owned(),
        };
        // This shell expands the words' variables before handing them on:
        // a secret among them leaves for that machine.
        for w in words_here.iter().filter(|w| w.has_parameter_expansion) {
            if let Some(var) = self.secrets_in(&expanded_here(&w.raw)).first() {
                self.find(
                    Exfil,
                    High,
                    format!("sends the secret ${var} to {place} in the command it runs there"),
                    &site.cmd.text,
                );
            }
        }
        let found = self.probe(|w| w.script(&line, site.depth + 1));
        // A container's packages are its own: an install in it changes no
        // machine (`agentgate_commands::SYSTEM_INSTALL`); a remote host's
        // or a virtual machine's are that machine's.
        let in_container = rc.row.place.contains("container");
        for f in found {
            if in_container && f.reason.contains(agentgate_commands::SYSTEM_INSTALL) {
                continue;
            }
            let severity = if f.category == Cred {
                f.severity
            } else {
                f.severity.min(Medium)
            };
            self.find(
                f.category,
                severity,
                format!("on {place}: {}", f.reason),
                &site.cmd.text,
            );
        }
    }
}

impl Walker<'_> {
    /// A copy to another machine (`agentgate_commands::MACHINE_COPIES`):
    /// local files sent to it. A copy from it writes here, judged as any
    /// write of the destination.
    pub(super) fn machine_copy(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        let Some((row, ops)) = agentgate_commands::machine_copy(name, vals) else {
            return;
        };
        let Some((dest, sources)) = ops.split_last() else {
            return;
        };
        let there = |i: &usize| {
            vals.get(*i)
                .is_some_and(|w| agentgate_commands::elsewhere(w, row.target_slash))
        };
        if !there(dest) {
            return;
        }
        let local: Vec<&str> = sources
            .iter()
            .filter(|i| !there(i))
            .filter_map(|i| vals.get(*i).copied())
            .collect();
        let secret = local.iter().find_map(|s| {
            paths::credential(s).map(|(_, what)| what).or_else(|| {
                let abs = paths::absolute(s, s, s.starts_with('~'), &self.ctx)?;
                paths::credential(&abs)
                    .map(|(_, what)| what)
                    .or_else(|| paths::credential_dir(&abs))
            })
        });
        let how = format!("{name} {}", row.sub.join(" "));
        if let Some(what) = secret {
            self.find(
                Exfil,
                Critical,
                format!("sends {what} to {} ({how})", row.place),
                &site.cmd.text,
            );
        }
        if let Some(first) = local.first() {
            self.out.effects.egress = true;
            let why = format!("copies local files ({first}) to {} ({how})", row.place);
            self.find(Exfil, Medium, why, &site.cmd.text);
        }
    }
}

/// The host ssh reaches: its `-o HostName=` when given (ssh_config(5)),
/// else the destination without its user; `0` is this machine (0.0.0.0).
fn ssh_host<'a>(options: &[&'a str], target: Option<&'a str>) -> Option<&'a str> {
    let named = super::network::ssh_settings(options)
        .into_iter()
        .find(|(k, v)| k.eq_ignore_ascii_case("hostname") && !v.is_empty())
        .map(|(_, v)| v);
    let host = named.or_else(|| target.map(|t| t.rsplit('@').next().unwrap_or(t)))?;
    Some(if host == "0" { "0.0.0.0" } else { host })
}

/// A word's text without what this shell leaves alone: single-quoted
/// parts (outside double quotes) and backslash-escaped characters. What
/// remains is what it expands (`"echo $K"` keeps `$K`, `'echo $K'` drops
/// it).
fn expanded_here(raw: &str) -> String {
    quote_removed(raw, false)
}

/// A word's text with its quotes and escapes taken away, references left
/// as text (`"cd $D"` is `cd $D`).
fn unquoted(raw: &str) -> String {
    quote_removed(raw, true)
}

/// Bash's quote removal over a word's raw text; `literal` keeps what
/// quoting protects (single-quoted text, an escaped character), otherwise
/// only what this shell would expand is left.
fn quote_removed(raw: &str, literal: bool) -> String {
    let mut out = String::with_capacity(raw.len());
    let (mut single, mut double, mut escaped) = (false, false, false);
    for c in raw.chars() {
        match c {
            _ if escaped => {
                escaped = false;
                if literal {
                    out.push(c);
                }
            }
            '\\' if !single => escaped = true,
            '\'' if !double => single = !single,
            '"' if !single => double = !double,
            _ if single && !literal => {}
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_this_shell_expands() {
        assert_eq!(expanded_here("'echo $K'"), "");
        assert_eq!(expanded_here("\"echo $K\""), "echo $K");
        assert_eq!(expanded_here("a'$X'\"$Y\"\\$Z"), "a$YZ");
        assert_eq!(expanded_here("\"it's $K\""), "it's $K");
    }

    #[test]
    fn quotes_taken_away() {
        assert_eq!(unquoted("\"cd $D && make\""), "cd $D && make");
        assert_eq!(unquoted("'a b'\\ c"), "a b c");
    }

    #[test]
    fn the_host_ssh_reaches() {
        assert_eq!(
            ssh_host(&["-o", "HostName=127.0.0.1"], Some("x")),
            Some("127.0.0.1")
        );
        assert_eq!(
            ssh_host(&["-oHostname=localhost"], Some("x")),
            Some("localhost")
        );
        assert_eq!(
            ssh_host(&["-o", "HostName 10.0.0.1"], Some("x")),
            Some("10.0.0.1")
        );
        assert_eq!(ssh_host(&["-p", "22"], Some("dev@h")), Some("h"));
        assert_eq!(ssh_host(&[], Some("0")), Some("0.0.0.0"));
    }
}
