//! Regression tests for session 50 (devdocsc's misses, left by session
//! 49, and the held-out sets of session 50).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use agentgate_risk::{Category, Severity};
use common::{clean, flagged_each};

/// devdocsc (session 49): `uv auth token HOST` printed the index's token
/// and passed; any client nobody wrote a row for printed its token the
/// same way (`databricks auth token`, `cf oauth-token`, `fly tokens
/// create`, `argocd account generate-token`, `vault token lookup`). A
/// sub-command that prints or mints a token, an API key or a password is
/// asked about as a credential read (`agentgate_commands::SECRET_VERB_EXAMPLES`).
#[test]
fn clients_printing_their_tokens_are_asked() {
    flagged_each(
        &[
            "uv auth token pypi.example.com",
            "databricks auth token --host https://x.cloud.databricks.com",
            "cf oauth-token",
            "fly tokens create deploy",
            "argocd account generate-token",
            "vault token lookup",
            "scw iam api-key create",
            "hcp auth print-access-token",
            "stripe config --list --show-secrets",
        ],
        Category::CredentialAccess,
        Severity::Medium,
    );
    for c in [
        "uv auth login pypi.example.com",
        "fly tokens list",
        "vault token capabilities secret/foo",
        "git log --grep token",
        "grep -rn token src",
        "cargo test token",
        "gh auth token | docker login ghcr.io -u me --password-stdin",
        "databricks auth token | docker login reg.example -u token --password-stdin",
    ] {
        clean(c);
    }
}

/// devdocsc (session 49): `docker buildx bake --push` uploaded the
/// project's images while `docker push` was asked; so did `docker image
/// push`, `build --push`, compose's push and the registry tools (buildah,
/// skopeo, crane, oras).
#[test]
fn every_spelling_of_an_image_push_is_asked() {
    flagged_each(
        &[
            "docker buildx bake --push",
            "docker buildx build --push -t me/x .",
            "docker build --push -t me/x .",
            "docker image push me/x",
            "podman build --push -t me/x .",
            "docker buildx build -t me/x --output type=registry .",
            "docker buildx build -t me/x -o type=image,push=true .",
            "docker compose push",
            "docker compose build --push",
            "buildah push me/x",
            "skopeo copy containers-storage:me/x docker://reg.example/x",
            "crane push img.tar reg.example/x",
            "oras push reg.example/x:v1 file.txt",
        ],
        Category::Exfiltration,
        Severity::Medium,
    );
    for c in [
        "docker buildx build -t me/x --load .",
        "docker buildx bake",
        "docker compose build",
        "skopeo copy docker://docker.io/library/alpine oci:alpine",
        "skopeo inspect docker://docker.io/library/alpine",
        "crane digest alpine",
        "oras pull reg.example/x:v1",
        "buildah bud -t me/x .",
    ] {
        clean(c);
    }
}
