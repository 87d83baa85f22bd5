//! A credential variable sent in a request header or as the request's
//! user (`curl -H "Authorization: Bearer $GITHUB_TOKEN" URL`, `curl -u
//! "me:$JIRA_API_TOKEN" URL`): normal use towards the service it belongs
//! to, an exfiltration towards any other host
//! (`agentgate_commands::CREDENTIAL_HOMES`).

use super::*;

impl Walker<'_> {
    /// Judges `$var` sent with a request to `urls`. Which header carries it
    /// does not matter (`Authorization`, `X-Api-Key`, `PRIVATE-TOKEN`), nor
    /// how the header is quoted: a collector reads any of them.
    pub(super) fn credential_sent(&mut self, var: &str, urls: &[&str], text: &str) {
        let hosts: Vec<&str> = urls.iter().filter_map(|u| net::host_of(u)).collect();
        // A destination that is this machine, or none the line names.
        if !hosts.is_empty() && hosts.iter().all(|h| net::classify(h) == HostClass::Local) {
            return;
        }
        let home = agentgate_commands::credential_home(var);
        let elsewhere: Vec<&str> = hosts
            .iter()
            .copied()
            .filter(|h| net::classify(h) != HostClass::Local)
            .filter(|h| match home {
                Some(home) => !agentgate_commands::host_in(home, h),
                None => !agentgate_commands::service_host(h),
            })
            .collect();
        let first = match (elsewhere.first(), hosts.is_empty()) {
            (Some(h), _) => *h,
            // No destination the line names (`curl -K FILE`): unverifiable.
            (None, true) => "a host the command does not name",
            (None, false) => return,
        };
        // A private address (a kubelet, an internal service) is unknown, not
        // a collector (added after hcloud's Kubernetes held-out figure).
        let suspicious = elsewhere
            .iter()
            .any(|h| net::classify(h) == HostClass::Suspicious && !net::is_private_ipv4(h));
        match home {
            Some(home) => self.find(
                Exfil,
                High,
                format!(
                    "sends ${var} (a credential for {}) to {first}, which is not {}",
                    home.service, home.service
                ),
                text,
            ),
            None if suspicious => self.find(
                Exfil,
                High,
                format!("sends ${var} in a request to {first}"),
                text,
            ),
            None => self.find(
                Exfil,
                Medium,
                format!(
                    "sends ${var} to {first}, a host that is not a known service of that credential"
                ),
                text,
            ),
        }
    }
}
