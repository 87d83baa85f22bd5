//! What a Kubernetes workload's spec may ask for that reaches past its
//! container to the node: the controls of the Pod Security Standards'
//! Baseline profile (privileged containers, the host's namespaces and
//! directories, added capabilities) and a workload placed among the
//! cluster's own components. A manifest that asks for one, applied by the
//! agent (`kubectl apply -f -` from a here-document, `kubectl run
//! --overrides JSON`), is a way to root on a node, as `docker run
//! --privileged` is on this machine (BishopFox/badPods; red-kube's
//! persistence entries, session 67, passed).
//!
//! Source: https://kubernetes.io/docs/concepts/security/pod-security-standards/
//! (Baseline: Privileged Containers, Host Namespaces, HostPath Volumes,
//! Capabilities, Host Ports).

/// How bad one request is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum PodReach {
    /// Reaches the node's network or processes' view, or the cluster's
    /// own namespace.
    Some,
    /// Root on the node (every container, every secret mounted there).
    Node,
}

/// One field of a pod spec and the value that breaks out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PodPrivilege {
    /// The field's key as YAML and JSON spell it (`privileged`).
    pub key: &'static str,
    /// The values that break out, lower case (`true`); empty: any value
    /// (`hostPath:` opens a volume whatever follows).
    pub values: &'static [&'static str],
    pub reach: PodReach,
    /// What the finding says.
    pub what: &'static str,
    /// Manifest text that must be flagged.
    pub flagged: &'static str,
    /// Manifest text that must stay clean.
    pub clean: &'static str,
}

const PSS: &[&str] = &["true"];

/// How far a Linux capability added to a container reaches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CapReach {
    /// The host itself: as good as `--privileged` (`SYS_ADMIN`, `ALL`).
    Full,
    /// The node, by the escapes that use it (its memory, kernel modules,
    /// raw devices, every file's contents, BPF): a pod given it reaches
    /// the node.
    Node,
    /// The container's isolation weakened (the host's network
    /// configuration, its boot, any file's permissions, security modules,
    /// performance counters): asked about for a container run here.
    Weakens,
}

/// One capability that reaches past a container.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HostCapability {
    /// The name without `CAP_`, upper case.
    pub name: &'static str,
    pub reach: CapReach,
}

const fn cap(name: &'static str, reach: CapReach) -> HostCapability {
    HostCapability { name, reach }
}

/// Capabilities that reach past a container (capabilities(7); HackTricks,
/// "Linux Capabilities"; the Pod Security Standards' Baseline allows only
/// a short default list, https://kubernetes.io/docs/concepts/security/pod-security-standards/).
/// Before session 68 two lists held this: the risk engine's `HOST_CAPS`
/// for `docker run --cap-add` and `NODE_CAPABILITIES` here for pods.
pub const HOST_CAPABILITIES: &[HostCapability] = &[
    cap("ALL", CapReach::Full),
    cap("SYS_ADMIN", CapReach::Full),
    cap("SYS_MODULE", CapReach::Node),
    cap("SYS_PTRACE", CapReach::Node),
    cap("SYS_RAWIO", CapReach::Node),
    cap("DAC_READ_SEARCH", CapReach::Node),
    cap("BPF", CapReach::Node),
    cap("SYS_BOOT", CapReach::Weakens),
    cap("DAC_OVERRIDE", CapReach::Weakens),
    cap("PERFMON", CapReach::Weakens),
    cap("NET_ADMIN", CapReach::Weakens),
    cap("MAC_ADMIN", CapReach::Weakens),
];

/// How far the capability `name` reaches (`CAP_` and case ignored), if
/// past the container.
pub fn capability_reach(name: &str) -> Option<CapReach> {
    let upper = name.trim().to_ascii_uppercase();
    let bare = upper.strip_prefix("CAP_").unwrap_or(&upper);
    HOST_CAPABILITIES
        .iter()
        .find(|c| c.name == bare)
        .map(|c| c.reach)
}

/// The table.
pub const POD_PRIVILEGES: &[PodPrivilege] = &[
    PodPrivilege {
        key: "privileged",
        values: PSS,
        reach: PodReach::Node,
        what: "a privileged container (every device and capability of the node)",
        flagged: "securityContext:\n  privileged: true",
        clean: "securityContext:\n  privileged: false",
    },
    PodPrivilege {
        key: "hostPID",
        values: PSS,
        reach: PodReach::Node,
        what: "the node's process namespace (nsenter into the node's processes)",
        flagged: "spec:\n  hostPID: true",
        clean: "spec:\n  hostPID: false",
    },
    PodPrivilege {
        key: "hostPath",
        values: &[],
        reach: PodReach::Node,
        what: "a directory of the node mounted in (hostPath)",
        flagged: "volumes:\n- name: root\n  hostPath:\n    path: /",
        clean: "volumes:\n- name: data\n  emptyDir: {}",
    },
    PodPrivilege {
        key: "hostIPC",
        values: PSS,
        reach: PodReach::Some,
        what: "the node's IPC namespace",
        flagged: "spec:\n  hostIPC: true",
        clean: "spec:\n  hostIPC: false",
    },
    PodPrivilege {
        key: "hostNetwork",
        values: PSS,
        reach: PodReach::Some,
        what: "the node's network (its loopback services and traffic)",
        flagged: "{\"spec\":{\"hostNetwork\":true}}",
        clean: "{\"spec\":{\"hostNetwork\":false}}",
    },
    PodPrivilege {
        key: "namespace",
        values: &["kube-system"],
        reach: PodReach::Some,
        what: "a place among the cluster's own components (kube-system)",
        flagged: "metadata:\n  name: kube-proxy-x1\n  namespace: kube-system",
        clean: "metadata:\n  namespace: default",
    },
];

/// The requests of `text` (one or more manifests, YAML or JSON) that
/// reach past the container, each once, and whether it adds a node
/// capability. A tolerant scan over `key: value` pairs, written by hand:
/// the agent's manifests are often partial, templated or several
/// documents at once, which a strict YAML parser rejects while the API
/// server takes the parts it reads.
pub fn pod_privileges(text: &str) -> Vec<&'static PodPrivilege> {
    POD_PRIVILEGES
        .iter()
        .filter(|p| {
            values_of(text, p.key).any(|v| p.values.is_empty() || p.values.contains(&v.as_str()))
        })
        .collect()
}

/// Whether `text` adds a capability that gives the node
/// (`capabilities: {add: [SYS_ADMIN]}`).
pub fn adds_node_capability(text: &str) -> bool {
    let Some(at) = text.find("capabilities") else {
        return false;
    };
    let rest = text.get(at..).unwrap_or("");
    let Some(add) = rest.find("add") else {
        return false;
    };
    // The list after `add`, up to the next key that is not one of its
    // items: a few hundred characters is every spelling in the field.
    let list: String = rest.get(add..).unwrap_or("").chars().take(300).collect();
    list.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        // Upper-case words only, as Kubernetes spells capabilities: a
        // lower-case word of the list's surroundings is no capability.
        .any(|w| {
            w == w.to_ascii_uppercase()
                && matches!(capability_reach(w), Some(CapReach::Full | CapReach::Node))
        })
}

/// Every value written after `key` as a key (`key: v`, `"key": v`,
/// `key:v`), lower case and unquoted.
fn values_of<'t>(text: &'t str, key: &'static str) -> impl Iterator<Item = String> + 't {
    text.match_indices(key).filter_map(move |(at, _)| {
        let before = text.get(..at).and_then(|b| b.chars().next_back());
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
            return None;
        }
        let rest = text.get(at + key.len()..)?;
        let rest = rest.strip_prefix(['"', '\'']).unwrap_or(rest);
        let rest = rest.trim_start_matches([' ', '\t']).strip_prefix(':')?;
        let value: String = rest
            .trim_start_matches([' ', '\t', '"', '\''])
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        Some(value.to_ascii_lowercase())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_holds_its_examples_and_is_listed_once() {
        for (i, p) in POD_PRIVILEGES.iter().enumerate() {
            assert!(
                pod_privileges(p.flagged).contains(&p),
                "{}: {}",
                p.key,
                p.flagged
            );
            assert!(
                !pod_privileges(p.clean).contains(&p),
                "{}: {}",
                p.key,
                p.clean
            );
            assert!(
                POD_PRIVILEGES.iter().skip(i + 1).all(|o| o.key != p.key),
                "{}",
                p.key
            );
            assert!(
                p.values.iter().all(|v| v.to_ascii_lowercase() == *v),
                "{}",
                p.key
            );
        }
    }

    #[test]
    fn spellings() {
        let json =
            r#"{"spec":{"hostPID": true,"containers":[{"securityContext":{"privileged":true}}]}}"#;
        let keys: Vec<&str> = pod_privileges(json).iter().map(|p| p.key).collect();
        assert_eq!(keys, ["privileged", "hostPID"]);
        assert!(pod_privileges("spec:\n  hostNetwork: \"true\"")
            .iter()
            .any(|p| p.key == "hostNetwork"));
        // A key inside a longer name is not the key.
        assert!(pod_privileges("unprivileged: true\nmyhostPID: true").is_empty());
        assert!(adds_node_capability(
            "capabilities:\n  add: [\"SYS_ADMIN\"]"
        ));
        assert!(adds_node_capability(
            "capabilities:\n  add:\n  - CAP_SYS_PTRACE"
        ));
        assert!(!adds_node_capability("capabilities:\n  drop: [ALL]"));
        assert!(!adds_node_capability(
            "capabilities:\n  add: [NET_BIND_SERVICE]"
        ));
    }

    /// The capability table: names once, upper case, without `CAP_`; the
    /// lookup ignores case and the prefix; the default ones are absent.
    #[test]
    fn capability_table_invariants() {
        let mut seen = std::collections::HashSet::new();
        for c in HOST_CAPABILITIES {
            assert!(seen.insert(c.name), "{} twice", c.name);
            assert_eq!(c.name, c.name.to_ascii_uppercase());
            assert!(!c.name.starts_with("CAP_"), "{}", c.name);
            assert_eq!(
                capability_reach(&format!("cap_{}", c.name.to_ascii_lowercase())),
                Some(c.reach)
            );
        }
        for default in ["NET_BIND_SERVICE", "CHOWN", "KILL", "SETUID"] {
            assert_eq!(capability_reach(default), None, "{default}");
        }
        assert!(adds_node_capability("capabilities:\n  add: [\"CAP_BPF\"]"));
        assert!(!adds_node_capability("capabilities:\n  add: [NET_ADMIN]"));
    }
}
