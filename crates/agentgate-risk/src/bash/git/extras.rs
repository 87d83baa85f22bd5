//! git-extras (`agentgate_commands::GIT_EXTRAS`): its sub-commands after
//! `git`, and its programs run by their own names (`git-clear`).

use super::super::*;

/// The git-extras sub-command a program is installed as (`git-clear`
/// runs as `git clear` does), if any.
pub(in crate::bash) fn extra_program(name: &str) -> Option<&str> {
    name.strip_prefix("git-")
        .filter(|sub| agentgate_commands::is_git_extra(sub))
}

impl Walker<'_> {
    /// A git-extras program run by its own name (`git-clear`), judged as
    /// `git clear`.
    pub(in crate::bash) fn git_extras_program(
        &mut self,
        name: &str,
        vals: &[&str],
        site: Site<'_>,
    ) {
        if let Some(sub) = extra_program(name) {
            self.git_extras(&[&[sub][..], vals].concat(), &site.cmd.text);
        }
    }

    /// git-extras' sub-commands (`GIT_EXTRAS`), matched on `words`: the
    /// sub-command and what follows it (`git clear`, or the program
    /// `git-clear` itself).
    pub(in crate::bash) fn git_extras(&mut self, words: &[&str], text: &str) {
        // git-extras' commands take no option values before their words.
        let ops = crate::bash::knowledge::operands(words, &|_| false, true);
        for s in agentgate_commands::GIT_EXTRAS.subs {
            if crate::bash::subwords::words_match(s.words, words, &ops) {
                let sub = words.first().copied().unwrap_or("");
                let level = paths::level_severity(s.level);
                let reason = format!("{} (git-extras {sub})", s.reason);
                self.find(
                    crate::bash::knowledge::category(s.harm),
                    level,
                    reason,
                    text,
                );
            }
        }
    }
}
