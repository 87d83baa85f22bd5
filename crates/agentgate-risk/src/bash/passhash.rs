//! A password hash or Kerberos key handed to any program to log in with
//! (pass-the-hash: `-hashes LM:NT`, `-H NTHASH`, `/rc4:HASH`,
//! `--pw-nt-hash`), judged by
//! the option and the value's shape, whatever the program (the options
//! are `agentgate_commands::HASH_LOGIN_OPTIONS` and its neighbours).

use super::*;

impl Walker<'_> {
    /// Finds a hash used as a credential among `vals`.
    pub(super) fn pass_the_hash(&mut self, site: Site<'_>, vals: &[&str]) {
        let used = vals.iter().enumerate().find_map(|(i, v)| {
            let prev = i.checked_sub(1).and_then(|p| vals.get(p)).copied();
            let by_option = prev
                .is_some_and(|p| agentgate_commands::HASH_LOGIN_OPTIONS.contains(&p))
                || prev.is_some_and(|p| agentgate_commands::HASH_SHAPED_OPTIONS.contains(&p))
                    && agentgate_commands::nt_hash_shaped(v);
            let glued = v.split_once('=').is_some_and(|(o, val)| {
                agentgate_commands::HASH_LOGIN_OPTIONS.contains(&o) && !val.is_empty()
            });
            let prefixed = agentgate_commands::HASH_LOGIN_PREFIXES.iter().any(|p| {
                v.len() > p.len() && v.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p))
            });
            let flag = agentgate_commands::HASH_LOGIN_FLAGS.contains(v);
            (by_option || glued || prefixed || flag).then_some(*v)
        });
        if let Some(v) = used {
            self.find(
                Cred,
                High,
                format!("logs in with a password hash or key instead of the password (pass-the-hash: {v})"),
                &site.cmd.text,
            );
        }
    }
}
