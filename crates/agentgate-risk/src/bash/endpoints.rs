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

    /// Deleting through an HTTP API on another machine: a `DELETE`
    /// request, or a GraphQL mutation whose field names a destroying verb
    /// (`projectDelete`, `deleteRepository`), whatever the service. A
    /// development server on this machine is the developer's own.
    pub(super) fn api_deletes(
        &mut self,
        urls: &[&str],
        method: Option<&str>,
        data: &[String],
        text: &str,
    ) {
        let remote = urls
            .iter()
            .any(|u| net::host_of(u).map(net::classify) != Some(HostClass::Local));
        if !remote {
            return;
        }
        if method.is_some_and(|m| m.trim_matches(['\'', '"']).eq_ignore_ascii_case("DELETE")) {
            self.find(
                Destr,
                Medium,
                "deletes a resource through an HTTP API (DELETE request)",
                text,
            );
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

#[cfg(test)]
mod tests {
    use super::graphql_destroying_field;

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
