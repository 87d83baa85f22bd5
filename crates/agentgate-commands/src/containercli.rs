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

/// A container CLI's words after its name (`vals`), whose sub-command is
/// at `at`, in the legacy form when they use a management command's
/// (`[-H h] container run --privileged x` -> `[-H h] run --privileged
/// x`); `None` when they do not.
pub fn container_legacy_form<'a>(vals: &[&'a str], at: usize) -> Option<Vec<&'a str>> {
    let group = *vals.get(at)?;
    let verb = *vals.get(at + 1)?;
    let found = MANAGEMENT_ALIASES
        .iter()
        .find(|a| a.group == group && a.verb == verb)?;
    let mut out: Vec<&'a str> = Vec::with_capacity(vals.len().saturating_sub(1));
    out.extend(vals.iter().take(at).copied());
    out.push(found.legacy);
    out.extend(vals.iter().skip(at + 2).copied());
    Some(out)
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
    fn reads_the_legacy_form() {
        assert_eq!(
            container_legacy_form(&["container", "run", "--privileged", "x"], 0).unwrap(),
            vec!["run", "--privileged", "x"]
        );
        assert_eq!(
            container_legacy_form(&["-H", "h", "image", "rm", "a"], 2).unwrap(),
            vec!["-H", "h", "rmi", "a"]
        );
        assert_eq!(container_legacy_form(&["container", "prune"], 0), None);
        assert_eq!(container_legacy_form(&["run", "x"], 0), None);
        assert_eq!(container_legacy_form(&["container"], 0), None);
        assert_eq!(container_legacy_form(&[], 0), None);
    }
}
