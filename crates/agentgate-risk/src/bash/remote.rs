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
        let host = target.map(|t| t.rsplit('@').next().unwrap_or(t));
        let words = vals.get(rc.at..).unwrap_or(&[]);
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
        let found = self.probe(|w| w.script(&line, site.depth + 1));
        for f in found {
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
