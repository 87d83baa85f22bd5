//! Git settings whose value git runs: a shell command line or a program
//! (git-config(1)). One table read by the `git -c KEY=VALUE` row, by `git
//! config KEY VALUE` writes, by `GIT_CONFIG_COUNT`/`GIT_CONFIG_KEY_n`/
//! `GIT_CONFIG_VALUE_n` and `GIT_CONFIG_PARAMETERS` in the environment,
//! and by configuration files a command line includes (`-c
//! include.path=FILE`). Keys are lower case; a `*` stands for one or more
//! key parts (a subsection: `diff.<driver>.textconv`).

/// The keys. `alias.*` runs only a value starting with `!`, and
/// `core.hooksPath`/`init.templateDir` name directories of hooks: those are
/// judged by the risk engine itself.
pub const GIT_COMMAND_KEYS: &[&str] = &[
    "core.pager",
    "core.sshcommand",
    "core.editor",
    "core.fsmonitor",
    "core.askpass",
    "core.gitproxy",
    "core.alternaterefscommand",
    "diff.external",
    "diff.*.textconv",
    "diff.*.command",
    "merge.*.driver",
    "mergetool.*.cmd",
    "difftool.*.cmd",
    "filter.*.clean",
    "filter.*.smudge",
    "filter.*.process",
    "sequence.editor",
    "gpg.program",
    "gpg.*.program",
    "credential.helper",
    "credential.*.helper",
    "uploadpack.packobjectshook",
    "remote.*.uploadpack",
    "remote.*.receivepack",
    "sendemail.sendmailcmd",
    "sendemail.tocmd",
    "sendemail.cccmd",
    "hook.*.command",
    "browser.*.cmd",
    "man.*.cmd",
    "pager.*",
    // Session 22, from git-config(1): the IMAP tunnel command, the filter
    // `add -p` runs the diff through, send-email's header command, ssh
    // signing's default key command, trailer commands, git gui's tools,
    // a merge or diff tool's program path, instaweb's server program.
    "imap.tunnel",
    "interactive.difffilter",
    "sendemail.headercmd",
    "gpg.ssh.defaultkeycommand",
    "trailer.*.command",
    "trailer.*.cmd",
    "guitool.*.cmd",
    "mergetool.*.path",
    "difftool.*.path",
    "instaweb.httpd",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::key_listed;

    #[test]
    fn keys_are_lower_case_with_at_most_one_star() {
        for k in GIT_COMMAND_KEYS {
            assert_eq!(*k, k.to_ascii_lowercase(), "{k}");
            assert!(k.matches('*').count() <= 1, "{k}");
            assert!(k.contains('.') && !k.starts_with('*'), "{k}");
        }
    }

    #[test]
    fn subsections_match() {
        assert!(key_listed(GIT_COMMAND_KEYS, "diff.k.textconv"));
        assert!(key_listed(GIT_COMMAND_KEYS, "pager.log"));
        assert!(key_listed(GIT_COMMAND_KEYS, "hook.pre-commit.command"));
        assert!(!key_listed(GIT_COMMAND_KEYS, "diff.textconv"));
        assert!(!key_listed(GIT_COMMAND_KEYS, "user.name"));
        assert!(!key_listed(GIT_COMMAND_KEYS, "pager."));
    }
}
