//! `WebFetch(domain:...)` patterns.

/// The host part of a `WebFetch(domain:...)` rule.
///
/// Observed on Claude Code 2.1.331: hosts compare case-insensitively with any
/// trailing dot removed; `*.example.org` matches subdomains at any depth but
/// not `example.org` itself; a `*` elsewhere stands for exactly one label
/// (`example.*` matches `example.org`, not `example.evil.com`); `*` alone
/// matches every host.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DomainPattern {
    /// `domain:*`.
    Any,
    /// A literal host.
    Exact(String),
    /// `*.suffix`: stored as `.suffix`.
    Subdomains(String),
    /// Labels where `*` matches one whole label.
    Labels(Vec<String>),
}

impl DomainPattern {
    /// Compiles the text after `domain:`.
    pub fn new(spec: &str) -> Self {
        let host = normalize_host(spec);
        if host == "*" {
            return Self::Any;
        }
        if let Some(rest) = host.strip_prefix("*.") {
            // `*.suffix`: subdomains at any depth.
            if !rest.contains('*') {
                return Self::Subdomains(format!(".{rest}"));
            }
        }
        if host.contains('*') {
            return Self::Labels(host.split('.').map(str::to_owned).collect());
        }
        Self::Exact(host)
    }

    /// Whether a normalized host (see [`normalize_host`]) matches.
    pub fn matches(&self, host: &str) -> bool {
        match self {
            Self::Any => true,
            Self::Exact(h) => h == host,
            Self::Subdomains(suffix) => {
                host.len() > suffix.len() && host.ends_with(suffix.as_str())
            }
            Self::Labels(labels) => {
                let mut parts = host.split('.');
                for l in labels {
                    match parts.next() {
                        // `*` within a label matches within that label only
                        // (observed: `*example.org` matches `evilexample.org`).
                        Some(p) if crate::Wildcard::new(l).matches(p) => {}
                        _ => return false,
                    }
                }
                parts.next().is_none()
            }
        }
    }

    /// The literal host, for exact patterns (used to index rules).
    pub fn exact(&self) -> Option<&str> {
        match self {
            Self::Exact(h) => Some(h),
            _ => None,
        }
    }
}

/// Lower-cases a host and removes one trailing dot.
pub fn normalize_host(host: &str) -> String {
    let h = host.trim();
    let h = h.strip_suffix('.').unwrap_or(h);
    h.to_ascii_lowercase()
}

/// The normalized host of a URL, or `None` if the URL has no host or does not
/// parse. Userinfo (`example.com@evil.net`) and ports are handled by the WHATWG
/// URL parser, as a browser would.
pub fn host_of_url(raw: &str) -> Option<String> {
    let parsed = url::Url::parse(raw.trim()).ok()?;
    let host = match parsed.host()? {
        url::Host::Domain(d) => normalize_host(d),
        url::Host::Ipv4(ip) => ip.to_string(),
        url::Host::Ipv6(ip) => format!("[{ip}]"),
    };
    Some(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domain_forms() {
        let d = DomainPattern::new("*.example.org");
        assert!(d.matches("a.example.org"));
        assert!(d.matches("a.b.example.org"));
        assert!(!d.matches("example.org"));
        assert!(!d.matches("evilexample.org"));
        let d = DomainPattern::new("example.*");
        assert!(d.matches("example.org"));
        assert!(!d.matches("example.evil.com"));
        assert!(DomainPattern::new("Example.COM.").matches("example.com"));
        assert_eq!(
            host_of_url("https://example.com@evil.net/").as_deref(),
            Some("evil.net")
        );
        assert_eq!(
            host_of_url("https://EXAMPLE.com.:8443/x").as_deref(),
            Some("example.com")
        );
        assert_eq!(host_of_url("not a url"), None);
    }
}
