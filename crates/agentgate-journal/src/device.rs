//! The device identity: an Ed25519 key made once per state directory. Its
//! public half names the device (the journal's origin) and verifies its
//! checkpoints.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::Path;

use ed25519_dalek::{SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};

use crate::JournalError;

/// A device's signing key and the names derived from it.
#[derive(Debug)]
pub struct DeviceKey {
    key: SigningKey,
    id: String,
}

impl DeviceKey {
    /// Loads `dir/device.key`, creating it (mode 0600) on first use.
    pub fn load_or_create(dir: &Path) -> Result<Self, JournalError> {
        let path = dir.join("device.key");
        let io = |source| JournalError::Io {
            path: path.display().to_string(),
            source,
        };
        fs::create_dir_all(dir).map_err(|source| JournalError::Io {
            path: dir.display().to_string(),
            source,
        })?;
        // Another hook process may be creating the key right now: a short
        // bounded wait for its write, then an error.
        for _ in 0..50 {
            match fs::read_to_string(&path) {
                Ok(text) if !text.trim().is_empty() => return Self::parse(&path, &text),
                Ok(_) => std::thread::sleep(std::time::Duration::from_millis(2)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    let mut secret = [0u8; 32];
                    getrandom::fill(&mut secret).map_err(|e| JournalError::Io {
                        path: path.display().to_string(),
                        source: std::io::Error::other(e.to_string()),
                    })?;
                    let mut opts = OpenOptions::new();
                    opts.write(true).create_new(true);
                    #[cfg(unix)]
                    {
                        use std::os::unix::fs::OpenOptionsExt;
                        opts.mode(0o600);
                    }
                    match opts.open(&path) {
                        Ok(mut f) => {
                            f.write_all(format!("{}\n", hex::encode(secret)).as_bytes())
                                .and_then(|()| f.sync_all())
                                .map_err(io)?;
                            return Ok(Self::from_secret(secret));
                        }
                        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                        Err(e) => return Err(io(e)),
                    }
                }
                Err(e) => return Err(io(e)),
            }
        }
        Err(JournalError::Corrupt {
            path: path.display().to_string(),
            detail: "the device key file stays empty".into(),
        })
    }

    fn parse(path: &Path, text: &str) -> Result<Self, JournalError> {
        let secret: [u8; 32] = hex::decode(text.trim())
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| JournalError::Corrupt {
                path: path.display().to_string(),
                detail: "not a 32-byte hex Ed25519 key".into(),
            })?;
        Ok(Self::from_secret(secret))
    }

    /// A key from its 32 secret bytes.
    pub fn from_secret(secret: [u8; 32]) -> Self {
        let key = SigningKey::from_bytes(&secret);
        let id = device_id(&key.verifying_key());
        Self { key, id }
    }

    /// The device ID: the first 16 hex digits of SHA-256 of the public key.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The journal's origin line, also the key's name in signed notes.
    pub fn origin(&self) -> String {
        origin(&self.id)
    }

    /// The signing key.
    pub fn signing_key(&self) -> &SigningKey {
        &self.key
    }

    /// The public key.
    pub fn verifying_key(&self) -> VerifyingKey {
        self.key.verifying_key()
    }

    /// The verifier key string for auditors (`agentgate audit key`).
    pub fn verifier_key(&self) -> String {
        crate::note::verifier_key(&self.origin(), &self.verifying_key())
    }
}

/// The device ID of a public key.
pub fn device_id(key: &VerifyingKey) -> String {
    hex::encode(Sha256::digest(key.as_bytes()))[..16].to_owned()
}

/// The origin line of a device's journal.
pub fn origin(device_id: &str) -> String {
    format!("agentgate.local/journal/{device_id}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_is_made_once_and_kept_private() {
        let dir = tempfile::tempdir().unwrap();
        let a = DeviceKey::load_or_create(dir.path()).unwrap();
        let b = DeviceKey::load_or_create(dir.path()).unwrap();
        assert_eq!(a.id(), b.id());
        assert_eq!(a.id().len(), 16);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(dir.path().join("device.key"))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o077, 0, "no access for group or others");
        }
        fs::write(dir.path().join("device.key"), "zz\n").unwrap();
        assert!(DeviceKey::load_or_create(dir.path()).is_err());
    }
}
