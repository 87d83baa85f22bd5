//! `vault`: HashiCorp Vault's client, and OpenBao's `bao` with the same
//! commands (`VAULT_CLIENTS`; moved out of devtools.rs, session 50).

use super::*;

impl Walker<'_> {
    /// `vault`: reading a secret or minting a token brings a secret into
    /// the conversation; unmounting a secrets engine or an auth method
    /// loses everything under it; turning an audit device off hides what
    /// happens next. Listing and writing are neither (deleting a secret is
    /// the generic verb rule's: `vault kv delete`, `vault kv destroy`).
    pub(super) fn vault(&mut self, name: &str, vals: &[&str], text: &str) {
        let mut words = vals.iter().copied().filter(|v| !v.starts_with('-'));
        let (first, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        let opt = |o: &str| {
            vals.iter().any(|v| {
                v.strip_prefix('-')
                    .map(|v| v.trim_start_matches('-'))
                    .is_some_and(|v| v == o || v.starts_with(&format!("{o}=")))
            })
        };
        // Writes that answer with a secret: a dynamic credential, a
        // SecretID, an issued certificate's private key, STS keys, an
        // unwrapped secret (`VAULT_SECRET_WRITES`).
        if let Some(what) = (first == "write").then(|| secret_write(second)).flatten() {
            let why = format!("writes {second}, which answers with {what}");
            return self.find(Cred, High, why, text);
        }
        // An ACL policy written (`policy write`, or its API path
        // `sys/policies/acl/NAME`, `sys/policy/NAME`): what every token
        // holding it may do changes.
        let policy = match (first, second) {
            ("policy", "write") => Some(format!("a Vault ACL policy ({name} policy write)")),
            ("write", path)
                if path.starts_with("sys/policies/acl/") || path.starts_with("sys/policy/") =>
            {
                Some(format!("the Vault ACL policy {path}"))
            }
            _ => None,
        };
        if let Some(what) = policy {
            let why = format!("writes {what}: every token holding it gets what it grants");
            return self.find(SelfEsc, Medium, why, text);
        }
        match (first, second) {
            ("read", path) if public_read(path) => {}
            ("read", _) | ("kv", "get") => {
                self.find(Cred, High, "reads a secret from Vault", text);
            }
            // Initializing prints every unseal key and the initial root
            // token, in the clear unless each is encrypted to a PGP key
            // (https://openbao.org/docs/commands/operator/init/).
            ("operator", "init") if !(opt("pgp-keys") && opt("root-token-pgp-key")) => {
                self.find(
                    Cred,
                    High,
                    format!("initializes the Vault server and prints its unseal keys and root token ({name} operator init)"),
                    text,
                );
            }
            // A user or role of an auth method given policies: whoever logs
            // in as it gets them (`token_policies`, the older `policies`).
            // The `default` policy alone is every token's baseline.
            ("write", path) if path.starts_with("auth/") => {
                let granted = vals.iter().filter_map(|v| {
                    v.strip_prefix("token_policies=")
                        .or_else(|| v.strip_prefix("policies="))
                });
                let wider = granted
                    .flat_map(|p| p.trim_matches(|c| c == '"' || c == '\'').split(','))
                    .map(str::trim)
                    .find(|p| !p.is_empty() && *p != "default");
                if let Some(policy) = wider {
                    self.find(
                        SelfEsc,
                        Medium,
                        format!("gives {path} the Vault policy {policy}: whoever logs in as it gets that access"),
                        text,
                    );
                }
            }
            ("login", _) if vals.iter().any(|v| v.starts_with("-token-only")) => {
                self.find(Cred, High, "logs in to Vault and prints the token", text);
            }
            ("token", "create") | ("print", "token") => {
                self.find(Cred, High, "creates and prints a Vault token", text);
            }
            // The token's properties, its `id` (the token) first; looked
            // up by accessor the id is not shown.
            ("token", "lookup") if !vals.iter().any(|v| v.starts_with("-accessor")) => {
                self.find(Cred, Medium, "prints the Vault token (its id)", text);
            }
            ("secrets" | "auth", "disable") => self.find(
                Destr,
                High,
                format!(
                    "vault {first} disable unmounts it, and everything stored under it is gone"
                ),
                text,
            ),
            ("audit", "disable") => self.find(
                Obf,
                High,
                "turns a Vault audit device off (hides what happens next)",
                text,
            ),
            _ => {}
        }
    }
}

/// Vault paths a write answers with a secret, by the path's segments:
/// (segments that must appear in order, what comes back). From the
/// secrets engines' API pages (https://openbao.org/api-docs/secret/ and
/// https://developer.hashicorp.com/vault/api-docs/secret: `/creds/` of the
/// database, AWS, SSH, LDAP, RabbitMQ and Nomad engines, AWS's `/sts/`,
/// PKI's `/issue/`, AppRole's `secret-id`, `sys/wrapping/unwrap`).
const VAULT_SECRET_WRITES: &[(&[&str], &str)] = &[
    (&["creds"], "a new credential"),
    (&["static-cred"], "a managed account's password"),
    (&["sts"], "temporary cloud credentials"),
    (&["issue"], "a certificate and its private key"),
    (&["secret-id"], "a new AppRole SecretID"),
    (&["sys", "wrapping", "unwrap"], "the wrapped secret"),
    // PKI's ACME external account binding: its HMAC key
    // (https://openbao.org/api-docs/secret/pki/#acme-external-account-bindings).
    (&["new-eab"], "an ACME account binding's key"),
];

/// What a write to `path` answers with, if it is a secret.
fn secret_write(path: &str) -> Option<&'static str> {
    let segs: Vec<&str> = path.trim_matches('/').split('/').collect();
    VAULT_SECRET_WRITES.iter().find_map(|(want, what)| {
        let mut at = segs.iter();
        want.iter().all(|w| at.any(|s| s == w)).then_some(*what)
    })
}

/// Whether a read of `path` answers with nothing secret: the system
/// backend's configuration (`sys/mounts`, `sys/plugins/catalog`, `sys/policy`;
/// not `sys/raw`, the storage itself, nor `sys/wrapping`), and a PKI
/// mount's public certificates and revocation list
/// (https://openbao.org/api-docs/secret/pki/: "Read issuer certificate",
/// unauthenticated). Any other path may be a KV secret.
fn public_read(path: &str) -> bool {
    let path = path.trim_matches('/');
    let segs: Vec<&str> = path.split('/').collect();
    match segs.as_slice() {
        ["sys", rest @ ..] => !matches!(rest.first(), Some(&"raw" | &"wrapping") | None),
        [_, "ca" | "ca_chain" | "crl"]
        | [_, "ca" | "crl", "pem"]
        | [_, "cert", "ca" | "ca_chain" | "crl"] => true,
        _ => false,
    }
}
