//! Signed checkpoints in the C2SP formats: a `tlog-checkpoint` body (origin,
//! tree size, base64 root hash, extension lines) inside a `signed-note` with
//! one Ed25519 signature line.
//!
//! The formats are a few lines of text (c2sp.org/signed-note,
//! c2sp.org/tlog-checkpoint); they are written here by hand, on top of
//! ed25519-dalek, because no maintained Rust crate implements them without a
//! full transparency-log client.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use sha2::{Digest, Sha256};

use crate::merkle::Hash;

/// Signature algorithm byte for Ed25519 in signed notes.
const ALG_ED25519: u8 = 0x01;

/// A checkpoint's contents.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checkpoint {
    /// Which log this is (`agentgate.local/journal/<device id>`).
    pub origin: String,
    /// Number of records covered.
    pub size: u64,
    /// RFC 6962 root hash of those records.
    pub root: Hash,
    /// SHA-256 of the last covered line (the hash chain's head), as the
    /// extension line `agentgate-head <hex>`.
    pub head: String,
}

/// Why a note does not verify.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum NoteError {
    /// The text is not a signed note or not a checkpoint.
    #[error("malformed checkpoint: {0}")]
    Malformed(String),
    /// No signature by the expected key.
    #[error("the checkpoint is not signed by key {0}")]
    NoSignature(String),
    /// A signature line by the key does not verify.
    #[error("the checkpoint's signature by {0} does not verify: the checkpoint was altered")]
    BadSignature(String),
}

/// The 4-byte key ID of signed notes: SHA-256(name || "\n" || alg || key).
fn key_id(name: &str, key: &VerifyingKey) -> [u8; 4] {
    let mut h = Sha256::new();
    h.update(name.as_bytes());
    h.update(b"\n");
    h.update([ALG_ED25519]);
    h.update(key.as_bytes());
    let d = h.finalize();
    [d[0], d[1], d[2], d[3]]
}

/// The verifier key in the signed-note text form: `name+hexid+base64(alg||key)`.
pub fn verifier_key(name: &str, key: &VerifyingKey) -> String {
    let mut raw = vec![ALG_ED25519];
    raw.extend_from_slice(key.as_bytes());
    format!(
        "{name}+{}+{}",
        hex::encode(key_id(name, key)),
        B64.encode(raw)
    )
}

/// Parses a verifier key string.
pub fn parse_verifier_key(text: &str) -> Result<(String, VerifyingKey), NoteError> {
    let bad = |why: &str| NoteError::Malformed(format!("verifier key {text:?}: {why}"));
    // Key names cannot contain '+' (signed-note spec); base64 can.
    let mut parts = text.trim().splitn(3, '+');
    let (Some(name), Some(id), Some(b64)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(bad("expected name+id+key"));
    };
    let raw = B64.decode(b64).map_err(|_| bad("key is not base64"))?;
    let Some((&ALG_ED25519, key)) = raw.split_first() else {
        return Err(bad("not an Ed25519 key"));
    };
    let key: [u8; 32] = key.try_into().map_err(|_| bad("key is not 32 bytes"))?;
    let key = VerifyingKey::from_bytes(&key).map_err(|_| bad("not a valid Ed25519 key"))?;
    if hex::encode(key_id(name, &key)) != id {
        return Err(bad("key ID does not match the key"));
    }
    Ok((name.to_owned(), key))
}

impl Checkpoint {
    /// The note body: origin, size, root, extension lines; each ends in "\n".
    pub fn body(&self) -> String {
        format!(
            "{}\n{}\n{}\nagentgate-head {}\n",
            self.origin,
            self.size,
            B64.encode(self.root),
            self.head
        )
    }

    /// The signed note: body, blank line, signature line.
    pub fn sign(&self, name: &str, key: &SigningKey) -> String {
        let body = self.body();
        let sig = key.sign(body.as_bytes());
        let mut blob = key_id(name, &key.verifying_key()).to_vec();
        blob.extend_from_slice(&sig.to_bytes());
        format!("{body}\n\u{2014} {name} {}\n", B64.encode(blob))
    }

    /// Parses and verifies a signed note against one trusted key.
    pub fn verify(note: &str, name: &str, key: &VerifyingKey) -> Result<Self, NoteError> {
        let Some((body, sigs)) = note.split_once("\n\n") else {
            return Err(NoteError::Malformed(
                "no blank line before signatures".into(),
            ));
        };
        let body = format!("{body}\n");
        let want_id = key_id(name, key);
        let mut found = false;
        for line in sigs.lines().filter(|l| !l.is_empty()) {
            let Some(rest) = line.strip_prefix("\u{2014} ") else {
                return Err(NoteError::Malformed(format!("bad signature line {line:?}")));
            };
            let Some((signer, b64)) = rest.split_once(' ') else {
                return Err(NoteError::Malformed(format!("bad signature line {line:?}")));
            };
            let blob = B64
                .decode(b64)
                .map_err(|_| NoteError::Malformed("signature is not base64".into()))?;
            if signer != name || blob.len() != 68 || blob[..4] != want_id {
                continue;
            }
            found = true;
            let sig = Signature::from_slice(&blob[4..])
                .map_err(|_| NoteError::BadSignature(name.to_owned()))?;
            key.verify(body.as_bytes(), &sig)
                .map_err(|_| NoteError::BadSignature(name.to_owned()))?;
        }
        if !found {
            return Err(NoteError::NoSignature(name.to_owned()));
        }
        Self::parse_body(&body)
    }

    fn parse_body(body: &str) -> Result<Self, NoteError> {
        let bad = |why: &str| NoteError::Malformed(why.to_owned());
        let mut lines = body.lines();
        let origin = lines
            .next()
            .filter(|o| !o.is_empty())
            .ok_or_else(|| bad("no origin line"))?;
        let size = lines
            .next()
            .and_then(|s| s.parse::<u64>().ok())
            .ok_or_else(|| bad("no tree size line"))?;
        let root: Hash = lines
            .next()
            .and_then(|r| B64.decode(r).ok())
            .and_then(|r| r.try_into().ok())
            .ok_or_else(|| bad("no root hash line"))?;
        let head = lines
            .find_map(|l| l.strip_prefix("agentgate-head "))
            .ok_or_else(|| bad("no agentgate-head line"))?
            .to_owned();
        Ok(Self {
            origin: origin.to_owned(),
            size,
            root,
            head,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> SigningKey {
        SigningKey::from_bytes(&[7u8; 32])
    }

    fn cp() -> Checkpoint {
        Checkpoint {
            origin: "agentgate.local/journal/abc".into(),
            size: 42,
            root: [9u8; 32],
            head: "ff".repeat(32),
        }
    }

    #[test]
    fn signed_note_round_trips_and_has_the_c2sp_shape() {
        let name = "agentgate.local/journal/abc";
        let note = cp().sign(name, &key());
        let lines: Vec<&str> = note.lines().collect();
        assert_eq!(lines[0], "agentgate.local/journal/abc");
        assert_eq!(lines[1], "42");
        assert_eq!(lines[4], "");
        assert!(lines[5].starts_with("\u{2014} agentgate.local/journal/abc "));
        let back = Checkpoint::verify(&note, name, &key().verifying_key()).unwrap();
        assert_eq!(back, cp());
        let vk = verifier_key(name, &key().verifying_key());
        let (n, k) = parse_verifier_key(&vk).unwrap();
        assert_eq!((n.as_str(), k), (name, key().verifying_key()));
    }

    #[test]
    fn altered_or_foreign_notes_are_rejected() {
        let name = "agentgate.local/journal/abc";
        let note = cp().sign(name, &key());
        let altered = note.replacen("\n42\n", "\n41\n", 1);
        assert_eq!(
            Checkpoint::verify(&altered, name, &key().verifying_key()),
            Err(NoteError::BadSignature(name.into()))
        );
        let other = SigningKey::from_bytes(&[8u8; 32]);
        assert_eq!(
            Checkpoint::verify(&note, name, &other.verifying_key()),
            Err(NoteError::NoSignature(name.into()))
        );
        assert!(matches!(
            Checkpoint::verify("garbage", name, &key().verifying_key()),
            Err(NoteError::Malformed(_))
        ));
    }
}
