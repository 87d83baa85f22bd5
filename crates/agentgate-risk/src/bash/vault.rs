//! `vault`: HashiCorp Vault's client (moved out of devtools.rs, session 50).

use super::*;

impl Walker<'_> {
    /// `vault`: reading a secret or minting a token brings a secret into
    /// the conversation; unmounting a secrets engine or an auth method
    /// loses everything under it; turning an audit device off hides what
    /// happens next. Listing and writing are neither (deleting a secret is
    /// the generic verb rule's: `vault kv delete`, `vault kv destroy`).
    pub(super) fn vault(&mut self, vals: &[&str], text: &str) {
        let mut words = vals.iter().copied().filter(|v| !v.starts_with('-'));
        let (first, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        match (first, second) {
            ("read", _) | ("kv", "get") => {
                self.find(Cred, High, "reads a secret from Vault", text);
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
