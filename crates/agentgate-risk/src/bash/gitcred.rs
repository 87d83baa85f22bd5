//! git settings whose value names a program git runs later, judged by
//! what that program is: git's own credential helpers, and a program the
//! line itself wrote into a PATH directory.

use super::*;

impl Walker<'_> {
    /// `credential.helper` (or `credential.URL.helper`) set to one of
    /// git's own helpers (`osxkeychain`, `cache --timeout=3600`; denied
    /// High until session 42): clean, except `store`, which keeps the
    /// passwords in plain text. Returns whether the setting was judged.
    pub(super) fn known_credential_helper(
        &mut self,
        k: &str,
        key: &str,
        value: &str,
        text: &str,
    ) -> bool {
        let helper_key =
            k == "credential.helper" || k.starts_with("credential.") && k.ends_with(".helper");
        let Some(h) = helper_key
            .then(|| agentgate_commands::known_credential_helper(value))
            .flatten()
        else {
            return false;
        };
        if h == "store" {
            self.find(
                Cred,
                Medium,
                format!("sets git's {key} to store, which keeps passwords in plain text in the home directory"),
                text,
            );
        }
        true
    }

    /// A bare program name the line wrote into a PATH directory
    /// (`printf CMD > ~/.local/bin/myed; git config core.editor myed`):
    /// that file, judged by what it holds (session 42). Returns whether it
    /// does harm (and was found).
    pub(super) fn planted_setting(&mut self, site: Site<'_>, key: &str, value: &str) -> bool {
        let Some(g) = self.written_on_path(value) else {
            return false;
        };
        let before = self.out.findings.len();
        self.script(&g.payload, site.depth + 1);
        if self.out.findings.len() == before {
            return false;
        }
        self.find(
            SelfEsc,
            High,
            format!("sets git's {key} to {value}, a program the line wrote that does harm, which git runs later"),
            &site.cmd.text,
        );
        true
    }
}

/// Where git's sub-command is: past the global options and their values
/// (git(1) OPTIONS), alike for every rule (session 45: `git -C . commit
/// -m "$T"` hid `commit` from the message rule).
pub(crate) fn sub_command_at(vals: &[&str]) -> usize {
    let mut i = 0;
    while let Some(v) = vals.get(i) {
        match *v {
            "-c" | "-C" | "--git-dir" | "--work-tree" | "--namespace" | "--exec-path"
            | "--config-env" => i += 2,
            s if s.starts_with('-') => i += 1,
            _ => break,
        }
    }
    i
}
