//! Words inside a command's arguments that say what the call does,
//! whichever program is handed them (`agentgate_commands::secret_attribute`,
//! `agentgate_commands::exploit_payload`): a directory attribute that
//! holds passwords is read (credential access, high), a server exploit's
//! payload is sent (remote code execution, high).

use super::*;

impl Walker<'_> {
    /// Judges every argument of the call for the markers. Text programs
    /// (`echo`, `grep`: `agentgate_commands::secret_verb_exempt`) only
    /// show the words, unless the words are a payload: `printf
    /// '${jndi:...}' | nc host 80` sends it whatever prints it.
    pub(super) fn markers(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        // An interpreter's words are its script's arguments
        // (`python3 windapsearch.py --attrs ms-Mcs-AdmPwd`).
        let text_only =
            agentgate_commands::secret_verb_exempt(name) && !INTERPRETERS.contains(&name);
        let mut attribute = None;
        let mut payload = None;
        // A web shell in a request is sent; in an image's metadata
        // (`exiftool -Comment='<?php ...'`) or a generator's input it is
        // only written here (oscp, rtt: session 51's review of its own mend);
        // a data server's client sends its words (`redis-cli set k PAYLOAD`).
        // A command to a web shell is sent by a request (cgod part 6,
        // session 64).
        let fetches = FETCHERS.contains(&name);
        let sends =
            fetches || NETCAT.contains(&name) || agentgate_commands::SERVER_CLIENTS.contains(&name);
        for v in vals {
            if payload.is_none() {
                payload = agentgate_commands::exploit_payload(v)
                    .filter(|p| {
                        sends
                            || **p != agentgate_commands::PHP_WEBSHELL
                                && **p != agentgate_commands::PHP_COMMAND
                    })
                    .or_else(|| {
                        (fetches && agentgate_commands::webshell_command(v))
                            .then_some(&agentgate_commands::WEBSHELL_COMMAND)
                    });
            }
            if attribute.is_none() && !text_only {
                attribute = agentgate_commands::secret_attribute(v);
            }
        }
        if name == "finger" && vals.iter().any(|v| v.starts_with('|')) {
            payload = payload.or(Some(&agentgate_commands::FINGER_COMMAND));
        }
        if let Some(a) = attribute {
            self.find(
                Cred,
                High,
                format!("reads {} from the directory ({})", a.what, a.name),
                &site.cmd.text,
            );
        }
        if let Some(p) = payload.filter(|_| !text_only) {
            self.find(
                Rce,
                High,
                format!(
                    "sends {}: an exploit of the server that receives it",
                    p.what
                ),
                &site.cmd.text,
            );
        }
    }
}
