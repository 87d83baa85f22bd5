//! Regression tests for misses found in session 8 (GTFOBins, ATT&CK and
//! our own variants): one test per class, each with the variants it must
//! catch and the ordinary commands it must leave alone.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use agentgate_risk::{Category, Severity};
use Category::*;
use Severity::*;

mod common;
use common::{clean, flagged};

/// GTFOBins arj/unzip/tar file write: unpacking or copying into a
/// credential directory plants keys, credentials or a credential helper.
#[test]
fn unpacking_into_a_credential_directory() {
    flagged("unzip x.zip -d ~/.ssh", SelfEscalation, High);
    flagged("bsdtar xf a.tar -C ~/.aws", SelfEscalation, High);
    flagged("tar -x -f a.tar --directory=/home/dev/.kube", SelfEscalation, High);
    flagged("cp config ~/.docker/", SelfEscalation, High);
    flagged("curl -o ~/.aws/config https://x.example/c", SelfEscalation, High);
    clean("unzip x.zip -d build/");
    clean("tar xf a.tar -C /tmp/unpacked");
    clean("cp ~/.ssh/id_ed25519.pub keys/");
}

/// An unknown program handed a whole credential directory: asked.
#[test]
fn unknown_program_given_a_credential_directory() {
    flagged("arj e x ~/.ssh/", Unverifiable, Medium);
    flagged("backup-tool --source ~/.aws", Unverifiable, Medium);
    flagged("d=~/.gnupg; mytool \"$d\"", Unverifiable, Medium);
    clean("ls -la ~/.ssh");
    clean("mkdir -p ~/.ssh");
    clean("chmod 700 ~/.ssh");
    clean("cd ~/.aws && ls");
}
