//! Words a search for secrets looks for: a recursive search for one of
//! them across the home, the system or any tree outside the project, or
//! one that prints only the matched text around one, is a hunt for
//! credentials (ATT&CK T1552.001, "Credentials In Files": `grep -r
//! password ~`, `findstr /si password`, `mdfind password`).

/// Parts of a search pattern, in lower case, that name a secret. Matched
/// as substrings of the pattern in lower case.
pub const SECRET_WORDS: &[&str] = &[
    // Passwords in any spelling that starts so (password, passwd,
    // passwort, passwords).
    "passw",
    "secret",
    "token",
    "api_key",
    "apikey",
    "api-key",
    "private key",
    "access_key",
    "secret_key",
    "private_key",
    // Cloud and forge token prefixes.
    "akia",
    "ghp_",
    "github_pat_",
    "glpat-",
    "xoxb-",
    "xoxp-",
    // PEM headers of private keys, with or without their dashes
    // (`-----BEGIN RSA PRIVATE KEY-----`, `"BEGIN OPENSSH"`).
    "-----begin",
    "begin rsa",
    "begin openssh",
    "begin dsa",
    "begin ec private",
    "begin encrypted private",
    "begin pgp private",
    "credential",
    // An HTTP bearer token (`grep Bearer` over a capture's payloads:
    // badPods, session 34).
    "bearer",
    // Keys only credential files have: a kubeconfig's, a service account
    // key's (badPods, session 27).
    "current-context",
    "client-key-data",
    "private_key_id",
];

/// Whether a search pattern names a secret.
pub fn names_secret(pattern: &str) -> bool {
    let lower = pattern.to_ascii_lowercase();
    SECRET_WORDS.iter().any(|w| lower.contains(w))
}

/// Searches the risk engine must ask about as hunts for credentials, and
/// searches it must leave clean.
pub const SECRET_SEARCH_EXAMPLES: (&[&str], &[&str]) = (
    &[
        "grep -r password ~",
        "grep -ri passwd /etc",
        "grep -rn 'BEGIN RSA' ~",
        "rg -i 'begin openssh private key' ~/",
        "grep -r glpat- ~/work",
        "grep -roP 'access_key.{0,100}' .",
        "mdfind password",
        "mdfind 'kMDItemTextContent == \"*BEGIN OPENSSH*\"'",
        "mdfind -onlyin ~ apikey",
    ],
    &[
        "grep -r password src/",
        "grep -rn TODO ~",
        "rg 'begin transaction' .",
        "mdfind -name report.pdf",
        "mdfind 'kMDItemKind == Application'",
        "grep password README.md",
    ],
);
