//! Name lookups (`dig`, `nslookup`, `host`, `ping`, `whois`): data sent in
//! the name asked for or in the packet, to a server that logs it.

use super::*;

impl Walker<'_> {
    pub(super) fn dns(&mut self, site: Site<'_>, name: &str, rest: &[Arg<'_>], vals: &[&str]) {
        let text = &site.cmd.text;
        self.out.effects.egress = true;
        let dynamic_host = rest.iter().any(|a| {
            !a.v().starts_with('-')
                && (a.word.has_command_substitution || a.word.has_parameter_expansion)
        });
        if dynamic_host {
            return self.find(Exfil, High, format!("{name} looks up a name built from command output or variables (DNS exfiltration)"), text);
        }
        if (name == "ping" || name == "ping6") && vals.contains(&"-p") {
            return self.find(
                Exfil,
                High,
                "ping carries a data pattern (ICMP exfiltration)",
                text,
            );
        }
        if name == "whois" && vals.contains(&"-h") {
            let host = vals
                .iter()
                .skip_while(|v| **v != "-h")
                .nth(1)
                .copied()
                .unwrap_or("");
            // `whois -h` with no server after it names none.
            if !host.is_empty() && !host.contains("whois.") {
                return self.find(
                    Exfil,
                    High,
                    format!("sends data to the non-whois server {host}"),
                    text,
                );
            }
        }
        if name == "getent" {
            self.out.effects.egress = false;
        }
    }
}
