//! Requests to HTTP APIs that hand out secrets or run things
//! (`agentgate_commands::ENDPOINTS`): the Kubernetes API server's secrets,
//! a kubelet, etcd, Vault, a Docker daemon on TCP.

use super::*;

impl Walker<'_> {
    /// Judges each of `urls` by the endpoint table, with the request's
    /// `method` and `headers` as the fetcher read them; `uploads` says
    /// whether the request sends data.
    pub(super) fn api_endpoints(
        &mut self,
        urls: &[&str],
        method: Option<&str>,
        headers: &[&str],
        uploads: bool,
        text: &str,
    ) {
        let method_writes = method.is_some_and(writing_method);
        // Kubernetes user impersonation headers: the request acts as
        // another identity (`Impersonate-Group: system:masters`).
        let impersonates = headers.iter().any(|h| {
            h.trim_start_matches(['\'', '"'])
                .to_ascii_lowercase()
                .starts_with("impersonate-")
        });
        if impersonates {
            self.find(
                SelfEsc,
                High,
                "impersonates another Kubernetes user or group (Impersonate-* headers)",
                text,
            );
        }
        for url in urls {
            let (port, path) = net::port_and_path(url);
            // A development server on this machine (`vault server -dev`,
            // a local etcd) holds no one else's secrets: only the rows that
            // run things or read secrets outright count there.
            let local = net::host_of(url).map(net::classify) == Some(HostClass::Local);
            if let Some(e) = agentgate_commands::endpoint(port, path, uploads || method_writes)
                .filter(|e| !local || e.level > agentgate_commands::Level::Medium)
            {
                self.find(
                    knowledge::category(e.harm),
                    paths::level_severity(e.level),
                    e.reason,
                    text,
                );
            }
        }
    }
}

fn writing_method(m: &str) -> bool {
    ["POST", "PUT", "PATCH", "DELETE"]
        .iter()
        .any(|w| m.trim_matches(['\'', '"']).eq_ignore_ascii_case(w))
}
