//! Container images whose only job needs full privileges on the host:
//! registering binfmt_misc handlers so that one machine builds and runs
//! images of other CPU architectures (`docker run --privileged --rm
//! tonistiigi/binfmt --install all`, in every multi-arch build workflow).
//! A privileged container is otherwise denied (it owns the host); run
//! with its own entrypoint, one of these changes the kernel's binfmt
//! settings and nothing else, so it is asked about. An entrypoint given
//! on the command line, or a host directory mounted, keeps the denial.
//! A local image tagged with one of these names would pass for it: the
//! ask leaves that to the developer.

/// One image.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SetupImage {
    /// The image's repository (Docker Hub `owner/name`, or a registry
    /// path), without tag or digest.
    pub repository: &'static str,
    /// What it does with its privileges, completing "runs IMAGE with full
    /// privileges to ...".
    pub does: &'static str,
    /// Where the knowledge comes from.
    pub source: &'static str,
    /// Commands the risk engine must flag (asked or denied).
    pub flagged: &'static [&'static str],
}

/// The table.
pub const SETUP_IMAGES: &[SetupImage] = &[
    SetupImage {
        repository: "tonistiigi/binfmt",
        does: "register QEMU binfmt handlers in the host's kernel",
        source: "https://github.com/tonistiigi/binfmt (README: `docker run --privileged --rm tonistiigi/binfmt --install all`); https://docs.docker.com/build/building/multi-platform/#qemu",
        flagged: &["docker run --privileged --rm tonistiigi/binfmt --install all"],
    },
    SetupImage {
        repository: "multiarch/qemu-user-static",
        does: "register QEMU binfmt handlers in the host's kernel",
        source: "https://github.com/multiarch/qemu-user-static (README: `docker run --rm --privileged multiarch/qemu-user-static --reset -p yes`)",
        flagged: &["docker run --rm --privileged multiarch/qemu-user-static --reset -p yes"],
    },
    SetupImage {
        repository: "docker/binfmt",
        does: "register QEMU binfmt handlers in the host's kernel",
        source: "https://github.com/docker/binfmt (archived; `docker run --rm --privileged docker/binfmt:a7996909642ee92942dcd6cff44b9b95f08dad64`)",
        flagged: &["docker run --rm --privileged docker/binfmt:a7996909642ee92942dcd6cff44b9b95f08dad64"],
    },
];

/// The row for an image reference (`tonistiigi/binfmt:latest`,
/// `docker.io/tonistiigi/binfmt@sha256:...`), if any.
pub fn setup_image(image: &str) -> Option<&'static SetupImage> {
    let name = image.split('@').next().unwrap_or(image);
    // A tag follows the last `:` after the last `/` (a registry's port
    // comes before it).
    let slash = name.rfind('/').map_or(0, |i| i + 1);
    let name = match name.get(slash..).and_then(|last| last.rfind(':')) {
        Some(colon) => name.get(..slash + colon).unwrap_or(name),
        None => name,
    };
    let name = name
        .strip_prefix("docker.io/")
        .or_else(|| name.strip_prefix("index.docker.io/"))
        .unwrap_or(name);
    SETUP_IMAGES.iter().find(|r| r.repository == name)
}

/// containers-transports(5)'s transports that name storage on this
/// machine (an OCI layout, a directory, an archive, the daemon, the
/// containers' store); `docker://REF` is a registry. An image read from
/// or written to one of these never crosses the network (`buildah push
/// IMG oci:/path`: toolsdocse, session 54).
pub const LOCAL_TRANSPORTS: &[&str] = &[
    "oci:",
    "oci-archive:",
    "dir:",
    "docker-archive:",
    "docker-daemon:",
    "containers-storage:",
];

/// Whether an image reference names local storage (`oci:./img`).
pub fn local_transport(reference: &str) -> bool {
    LOCAL_TRANSPORTS.iter().any(|t| reference.starts_with(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_name_their_repository() {
        for (image, want) in [
            ("tonistiigi/binfmt", Some("tonistiigi/binfmt")),
            ("tonistiigi/binfmt:qemu-v8.1.5", Some("tonistiigi/binfmt")),
            (
                "docker.io/tonistiigi/binfmt@sha256:abc",
                Some("tonistiigi/binfmt"),
            ),
            (
                "multiarch/qemu-user-static:latest",
                Some("multiarch/qemu-user-static"),
            ),
            ("evil.example:5000/tonistiigi/binfmt", None),
            ("tonistiigi/binfmt-evil", None),
            ("binfmt", None),
        ] {
            assert_eq!(setup_image(image).map(|r| r.repository), want, "{image}");
        }
    }

    #[test]
    fn every_row_has_a_source_and_an_example() {
        for r in SETUP_IMAGES {
            assert!(r.source.starts_with("https://"), "{}", r.repository);
            assert!(!r.flagged.is_empty(), "{}", r.repository);
            assert!(
                r.flagged.iter().all(|f| f.contains(r.repository)),
                "{}",
                r.repository
            );
        }
    }
}
