//! Docker-compatible CLIs' management commands (`docker container run`,
//! `docker image rm`) and the legacy sub-commands they are (`docker run`,
//! `docker rmi`): one command in two spellings, so an analyser that reads
//! the legacy form reads both (devdocsg, session 51: `docker container run
//! --privileged` passed while `docker run --privileged` was denied).

/// `GROUP VERB` that the CLI runs as its legacy sub-command `legacy`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ManagementAlias {
    /// The management command (`container`, `image`).
    pub group: &'static str,
    /// Its verb (`run`, `rm`, `ls`).
    pub verb: &'static str,
    /// The legacy sub-command it stands for (`run`, `rmi`, `images`).
    pub legacy: &'static str,
}

const fn alias(group: &'static str, verb: &'static str, legacy: &'static str) -> ManagementAlias {
    ManagementAlias {
        group,
        verb,
        legacy,
    }
}

/// Source: https://docs.docker.com/reference/cli/docker/container/ and
/// https://docs.docker.com/reference/cli/docker/image/ (each page's
/// "Aliases": `docker container run` is `docker run`, `docker image rm` is
/// `docker rmi`, `docker container ls` is `docker ps`); podman(1) and
/// nerdctl keep the same pairs. Verbs without a legacy form (`container
/// prune`, `image prune`) are not listed.
pub const MANAGEMENT_ALIASES: &[ManagementAlias] = &[
    alias("container", "attach", "attach"),
    alias("container", "commit", "commit"),
    alias("container", "cp", "cp"),
    alias("container", "create", "create"),
    alias("container", "diff", "diff"),
    alias("container", "exec", "exec"),
    alias("container", "export", "export"),
    alias("container", "inspect", "inspect"),
    alias("container", "kill", "kill"),
    alias("container", "logs", "logs"),
    alias("container", "ls", "ps"),
    alias("container", "list", "ps"),
    alias("container", "ps", "ps"),
    alias("container", "pause", "pause"),
    alias("container", "port", "port"),
    alias("container", "rename", "rename"),
    alias("container", "restart", "restart"),
    alias("container", "rm", "rm"),
    alias("container", "remove", "rm"),
    alias("container", "run", "run"),
    alias("container", "start", "start"),
    alias("container", "stats", "stats"),
    alias("container", "stop", "stop"),
    alias("container", "top", "top"),
    alias("container", "unpause", "unpause"),
    alias("container", "update", "update"),
    alias("container", "wait", "wait"),
    alias("image", "build", "build"),
    alias("image", "history", "history"),
    alias("image", "import", "import"),
    alias("image", "inspect", "inspect"),
    alias("image", "load", "load"),
    alias("image", "ls", "images"),
    alias("image", "list", "images"),
    alias("image", "pull", "pull"),
    alias("image", "push", "push"),
    alias("image", "rm", "rmi"),
    alias("image", "remove", "rmi"),
    alias("image", "save", "save"),
    alias("image", "tag", "tag"),
];

/// The alias `GROUP VERB` is (`container`, `run`: `run`), if any.
pub fn management_alias(group: &str, verb: &str) -> Option<&'static ManagementAlias> {
    MANAGEMENT_ALIASES
        .iter()
        .find(|a| a.group == group && a.verb == verb)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn every_pair_is_listed_once_and_names_a_legacy_command() {
        for (i, a) in MANAGEMENT_ALIASES.iter().enumerate() {
            assert!(matches!(a.group, "container" | "image"), "{a:?}");
            assert!(!a.legacy.is_empty() && !a.verb.is_empty(), "{a:?}");
            assert!(
                !MANAGEMENT_ALIASES[..i]
                    .iter()
                    .any(|b| b.group == a.group && b.verb == a.verb),
                "{a:?} listed twice"
            );
        }
    }

    #[test]
    fn finds_the_legacy_command() {
        assert_eq!(management_alias("container", "run").unwrap().legacy, "run");
        assert_eq!(management_alias("image", "rm").unwrap().legacy, "rmi");
        assert_eq!(management_alias("container", "ls").unwrap().legacy, "ps");
        assert_eq!(management_alias("container", "prune"), None);
        assert_eq!(management_alias("run", "x"), None);
    }
}
