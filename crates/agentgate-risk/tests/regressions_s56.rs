//! Regression tests for session 56.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use agentgate_risk::{Category, Severity};
use common::{each, flagged_each};

/// Session 55's opsdocs (untuned, Velero's vSphere post): a file named
/// `credentials` with no extension, or with the name of what it is for
/// after a dash (`credentials-velero`, the AWS-format file Velero's
/// install is handed), holds access keys; printing it put them in the
/// conversation. Extensions say what else a file is (`credentials.md`).
#[test]
fn a_credentials_file_without_an_extension_is_a_credential() {
    flagged_each(
        &[
            "cat credentials-velero",
            "cat ./secrets/credentials",
            "base64 -w0 credentials",
            "cat ./velero-credentials",
            "head /srv/app/cloud-credentials",
        ],
        Category::CredentialAccess,
        Severity::Medium,
    );
    each(
        &[
            "cat credentials.md",
            "ls credentials",
            "mkdir -p credentials",
            "cat credentials_test.go",
            "gcloud container clusters get-credentials cluster-name",
            "kubectl config set-credentials kubeuser/foo.kubernetes.com --username=kubeuser",
            "aws codebuild list-source-credentials",
        ],
        "clean",
    );
}
