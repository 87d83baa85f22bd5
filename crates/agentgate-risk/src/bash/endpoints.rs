//! Requests to HTTP APIs that hand out secrets or run things
//! (`agentgate_commands::ENDPOINTS`): the Kubernetes API server's secrets,
//! a kubelet, etcd, Vault, a Docker daemon on TCP.

use super::*;

/// Instance and project attributes of Google's metadata service that hold
/// no secret (https://cloud.google.com/compute/docs/metadata/predefined-metadata-keys,
/// GKE's cluster keys); every other attribute may (`kube-env`,
/// `startup-script`, `ssh-keys`, `user-data`), as do all of them at once
/// (`?recursive=true`).
const PLAIN_ATTRIBUTES: &[&str] = &[
    "cluster-location",
    "cluster-name",
    "cluster-uid",
    "created-by",
    "disable-legacy-endpoints",
    "enable-guest-attributes",
    "enable-os-inventory",
    "enable-oslogin",
    "google-logging-enabled",
    "google-monitoring-enabled",
    "instance-template",
    "kube-labels",
    "serial-port-enable",
];

/// The endpoint row a request's path reaches, with `%XX` escapes decoded
/// first as the server decodes them (`/api/v1/namespaces/d/%73ecrets` is
/// the secrets: session 68's review).
fn decoded_endpoint(
    port: Option<u16>,
    path: &str,
    writes: bool,
) -> Option<&'static agentgate_commands::Endpoint> {
    let decoded = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
    agentgate_commands::endpoint(port, &decoded, writes)
}

/// Whether a metadata URL's path has a part the line does not show (`$P`,
/// a command's output) before its query: it may spell a credential path.
fn metadata_unshown(url: &str) -> bool {
    url.split('?').next().unwrap_or(url).contains(['$', '`'])
}

/// Whether a metadata URL names a credential or a secret: a path word
/// that says so or an attribute that may hold one, in what the line shows
/// (an unshown part is `metadata_unshown`).
fn metadata_secret(url: &str) -> bool {
    // `%XX` escapes decoded: a server reads `tok%65n` as `token`.
    let l = percent_encoding::percent_decode_str(url)
        .decode_utf8_lossy()
        .to_ascii_lowercase();
    // curl's URL globs (`security-crede{ntials,x}`, `[a-z]`) in the path
    // spell paths the line does not show.
    let path = net::port_and_path(&l).1;
    // (`${name}` is a shell parameter, not a glob.)
    let b = path.as_bytes();
    let glob = b.iter().enumerate().any(|(i, c)| {
        *c == b'[' || *c == b'{' && i.checked_sub(1).and_then(|p| b.get(p)) != Some(&b'$')
    });
    if glob {
        return true;
    }
    // Oracle Cloud's whole instance document and its metadata hold the
    // user data and SSH keys (`/opc/v2/instance/`).
    if let Some((_, rest)) = path
        .split_once("/instance")
        .filter(|_| path.starts_with("/opc/v"))
    {
        if matches!(rest, "" | "/") || rest.starts_with("/metadata") {
            return true;
        }
    }
    // Every value at once holds the attributes' secrets; DigitalOcean's
    // whole document (`/metadata/v1.json`) holds the user data.
    if l.contains("recursive=true") || l.contains("/metadata/v1.json") {
        return true;
    }
    // The EC2 identity document is metadata (its signatures are not: they
    // log in as the instance).
    if l.trim_end_matches(['/', '\'', '"'])
        .ends_with("instance-identity/document")
    {
        return false;
    }
    if [
        "credential",
        "token",
        "identity",
        "secret",
        "user-data",
        "userdata",
        "user_data",
        "password",
        "ssh",
    ]
    .iter()
    .any(|w| l.contains(w))
    {
        return true;
    }
    match l.split_once("/attributes") {
        Some((_, rest)) => {
            let rest = rest.trim_start_matches('/');
            let key = rest.split(['?', '/', '&', '\'', '"']).next().unwrap_or("");
            // The list of keys holds no value.
            !key.is_empty() && !PLAIN_ATTRIBUTES.contains(&key)
        }
        None => false,
    }
}

impl Walker<'_> {
    /// A request to the cloud instance metadata service: its credential
    /// paths (`/iam/security-credentials/`, `.../token`) and the paths that
    /// hold secrets (user data, startup scripts and SSH keys in instance
    /// attributes) are critical (`metadata_secret`). Other metadata (the
    /// instance's id, zone, network, its service account's e-mail) holds
    /// no secret and is not judged: it was asked about until session 38,
    /// when 22 rows of seven sources, all labelled benign, showed that
    /// asking costs without guarding anything.
    ///
    /// A path with a part the line does not show is asked about (it was
    /// denied until session 38: seven benign rows of htweb, all
    /// `.../network-interfaces/$iface/...`).
    pub(super) fn metadata_query(&mut self, urls: &[&str], text: &str) {
        if urls.iter().any(|u| metadata_secret(u)) {
            self.find(
                Cred,
                Critical,
                "queries the cloud metadata service for instance credentials or secrets",
                text,
            );
        } else if urls.iter().any(|u| metadata_unshown(u)) {
            self.find(
                Unverifiable,
                Medium,
                "queries the cloud metadata service at a path the line does not show (it may be a credential path)",
                text,
            );
        }
    }

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
            if let Some(e) = decoded_endpoint(port, path, uploads || method_writes)
                .filter(|e| !local || e.level > agentgate_commands::Level::Medium)
            {
                self.endpoint_finding(e, text);
            }
        }
    }

    /// `kubectl VERB --raw PATH` (`oc` too): a request to the cluster's
    /// API server at PATH, judged by the endpoint table as a URL there;
    /// `create`, `replace`, `apply` and `delete` send or change (kubectl's
    /// raw mode: GET for `get`, POST for `create`, PUT for `replace`,
    /// DELETE for `delete`).
    pub(super) fn kubectl_raw(&mut self, words: &[&str], vals: &[&str], text: &str) {
        let path = vals.iter().enumerate().find_map(|(i, v)| {
            v.strip_prefix("--raw=")
                .or_else(|| (*v == "--raw").then(|| vals.get(i + 1).copied()).flatten())
        });
        let Some(path) = path else {
            return;
        };
        let writes = words
            .first()
            .is_some_and(|w| matches!(*w, "create" | "replace" | "apply" | "delete"));
        if let Some(e) = decoded_endpoint(None, path, writes) {
            self.endpoint_finding(e, text);
        }
    }

    /// The finding an endpoint row gives.
    fn endpoint_finding(&mut self, e: &agentgate_commands::Endpoint, text: &str) {
        self.find(
            knowledge::category(e.harm),
            paths::level_severity(e.level),
            e.reason,
            text,
        );
    }

    /// Deleting through an HTTP API: a `DELETE` request, a write to a
    /// path whose last words name a destroying verb (Jenkins' `doDelete`,
    /// Elasticsearch's `_delete_by_query`), or, on another machine, a
    /// GraphQL mutation whose field names one (`projectDelete`,
    /// `deleteRepository`), whatever the service. On this machine, only
    /// a data store's well-known port counts
    /// (`agentgate_commands::DATA_STORE_PORTS`): other local ports are the
    /// developer's own server under test.
    pub(super) fn api_deletes(
        &mut self,
        urls: &[&str],
        method: Option<&str>,
        data: &[String],
        text: &str,
    ) {
        let method = method.map(|m| m.trim_matches(['\'', '"']));
        let remote = urls
            .iter()
            .any(|u| net::host_of(u).map(net::classify) != Some(HostClass::Local));
        // Another machine, or a data store's well-known port here.
        let store = remote
            || urls
                .iter()
                .any(|u| agentgate_commands::data_store_port(net::port_and_path(u).0).is_some());
        if !store {
            return;
        }
        if method.is_some_and(|m| m.eq_ignore_ascii_case("DELETE")) {
            self.find(
                Destr,
                Medium,
                "deletes a resource through an HTTP API (DELETE request)",
                text,
            );
            return;
        }
        let writes = !data.is_empty()
            || method.is_some_and(|m| {
                ["POST", "PUT", "PATCH"]
                    .iter()
                    .any(|w| m.eq_ignore_ascii_case(w))
            });
        if writes {
            if let Some(verb) = urls.iter().find_map(|u| destroying_path(u)) {
                self.find(
                    Destr,
                    Medium,
                    format!("deletes a resource through an HTTP API ({verb} in the request path)"),
                    text,
                );
                return;
            }
        }
        if !remote {
            return;
        }
        if let Some(field) = data.iter().find_map(|d| graphql_destroying_field(d)) {
            self.find(
                Destr,
                Medium,
                format!("deletes through a GraphQL API (mutation {field})"),
                text,
            );
        }
    }
}

/// The last segment of `url`'s path (before any query) when its words
/// name a destroying verb: `/job/x/doDelete`, `/logs/_delete_by_query`,
/// `/api/users/1/delete`.
fn destroying_path(url: &str) -> Option<String> {
    let (_, path) = net::port_and_path(url);
    let path = path.split(['?', '#']).next().unwrap_or("");
    let last = path.trim_end_matches('/').rsplit('/').next()?;
    camel_parts(last)
        .iter()
        .any(|p| agentgate_commands::destroying_verb(p).is_some())
        .then(|| last.to_owned())
}

/// The first field of a GraphQL mutation in `body` whose name holds a
/// destroying verb (`projectDelete`, `delete_user`, `removeMember`).
pub(super) fn graphql_destroying_field(body: &str) -> Option<String> {
    let at = body.find("mutation")?;
    let rest = body.get(at + "mutation".len()..)?;
    rest.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .find(|w| {
            camel_parts(w)
                .iter()
                .any(|p| agentgate_commands::destroying_verb(p).is_some())
        })
        .map(str::to_owned)
}

/// `volumeInstanceBackupDelete` -> volume, instance, backup, delete.
fn camel_parts(word: &str) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    let mut cur = String::new();
    for c in word.chars() {
        if c == '_' || c.is_ascii_uppercase() {
            if !cur.is_empty() {
                parts.push(std::mem::take(&mut cur));
            }
            if c == '_' {
                continue;
            }
        }
        cur.push(c.to_ascii_lowercase());
    }
    if !cur.is_empty() {
        parts.push(cur);
    }
    parts
}

fn writing_method(m: &str) -> bool {
    ["POST", "PUT", "PATCH", "DELETE"]
        .iter()
        .any(|w| m.trim_matches(['\'', '"']).eq_ignore_ascii_case(w))
}

/// Whether a request that names no metadata host reaches the metadata
/// service through another server: a proxy told by the Host header (`-H
/// 'Host:169.254.169.254'`), or a metadata path on any other host but this
/// machine, or in a query (SSRF, `?url=http://169.254.169.254/...`;
/// session 27, cloudgoat).
pub(super) fn metadata_via_proxy(urls: &[&str], headers: &[&str]) -> bool {
    urls.iter().any(|u| {
        net::metadata_path(u) && net::host_of(u).map(net::classify) != Some(HostClass::Local)
    }) || headers.iter().any(|h| {
        let h = h.trim_matches(['\'', '"']);
        h.split_once(':').is_some_and(|(k, v)| {
            k.trim().eq_ignore_ascii_case("host")
                && net::classify(v.trim().split(':').next().unwrap_or("")) == HostClass::Metadata
        })
    })
}

/// The operands of a fetcher whose base the line does not show (`$URL/...`)
/// and whose path is a metadata service's (`$URL/identity/oauth2/token`),
/// as that path under a stand-in base: the path decides.
pub(super) fn metadata_under_unknown_base(ops: &[&str]) -> Vec<String> {
    ops.iter()
        .filter_map(|o| {
            // The path after the variable (a query may hold a URL).
            let url = format!("http://base{}", net::port_and_path(o).1);
            let unshown_base = o.trim_start_matches(['"', '\'']).starts_with('$');
            (unshown_base && net::metadata_path(&url)).then_some(url)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{graphql_destroying_field, metadata_secret, PLAIN_ATTRIBUTES};

    #[test]
    fn metadata_secrets() {
        let mut sorted = PLAIN_ATTRIBUTES.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted, PLAIN_ATTRIBUTES, "sorted, no duplicates");
        for url in [
            "http://169.254.169.254/latest/meta-data/iam/security-credentials/role",
            "http://169.254.169.254/latest/user-data",
            "http://metadata/computeMetadata/v1/instance/attributes/kube-env",
            "http://metadata/computeMetadata/v1/instance/attributes/?recursive=true&alt=text",
            "http://metadata/computeMetadata/v1/project/attributes/ssh-keys",
            "http://metadata/computeMetadata/v1/instance/service-accounts/default/token",
            "http://metadata.google.internal/computeMetadata/v1/?recursive=true&alt=text",
        ] {
            assert!(metadata_secret(url), "{url}");
        }
        for url in [
            "http://169.254.169.254/latest/meta-data/ami-id",
            "http://metadata/computeMetadata/v1/instance/attributes/cluster-name",
            "http://metadata/computeMetadata/v1/instance/attributes/",
            "http://metadata/computeMetadata/v1/instance/service-accounts/default/email",
            "http://169.254.169.254/latest/dynamic/instance-identity/document",
        ] {
            assert!(!metadata_secret(url), "{url}");
        }
    }

    #[test]
    fn graphql_mutations_that_destroy() {
        for (body, field) in [
            (
                r#"{"query":"mutation { projectDelete(id:\"p\") }"}"#,
                "projectDelete",
            ),
            (
                "mutation { deleteRepository(input: {}) { clientMutationId } }",
                "deleteRepository",
            ),
            ("mutation M { remove_member(id: 1) }", "remove_member"),
        ] {
            assert_eq!(
                graphql_destroying_field(body).as_deref(),
                Some(field),
                "{body}"
            );
        }
        for body in [
            "query { projects { deleted } }",
            "mutation { createProject(name: \"x\") { id } }",
            "mutation { volumeInstanceUpdate(input: {}) }",
        ] {
            assert_eq!(graphql_destroying_field(body), None, "{body}");
        }
    }
}
