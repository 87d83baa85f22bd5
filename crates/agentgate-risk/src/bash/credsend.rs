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
    pub(super) fn credential_sent(&mut self, var: &str, urls: &[&str], vals: &[&str], text: &str) {
        // Routing options send the connection somewhere other than the
        // URL's host (`--resolve`, `--connect-to`, a proxy that reads a
        // plain-HTTP request): the URL's host says nothing of where the
        // credential goes (found by attacking this rule, session 26).
        if let Some(route) = vals.iter().find(|v| rerouting(v)) {
            let what = match agentgate_commands::credential_home(var) {
                Some(home) => format!("a credential for {}", home.service),
                None => "a credential".to_owned(),
            };
            self.find(
                Exfil,
                High,
                format!("sends ${var} ({what}) over a connection rerouted by {route}"),
                text,
            );
            return;
        }
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

/// Whether an HTTP client's word reroutes its connection away from the
/// URL's host: curl's `--resolve`, `--connect-to`, proxies (`-x`, `-xURL`,
/// `-sSx`, `--proxy=URL`, SOCKS), DNS overrides; httpie's `--proxy`;
/// wget's `-e http_proxy=...` (any word setting a proxy).
fn rerouting(word: &str) -> bool {
    const OPTIONS: &[&str] = &[
        "--resolve",
        "--connect-to",
        "-x",
        "--proxy",
        "--preproxy",
        "--socks4",
        "--socks4a",
        "--socks5",
        "--socks5-hostname",
        "--proxy1.0",
        "--dns-servers",
        "--doh-url",
    ];
    let name = word.split('=').next().unwrap_or(word);
    // A cluster of short flags holding curl's `-x` (`-sSx`, `-xhttp://p`).
    let short_x = word
        .strip_prefix('-')
        .filter(|rest| !rest.starts_with('-'))
        .is_some_and(|rest| {
            rest.chars()
                .take_while(char::is_ascii_alphanumeric)
                .any(|c| c == 'x')
        });
    OPTIONS.contains(&name) || short_x || word.to_ascii_lowercase().contains("proxy=")
}
