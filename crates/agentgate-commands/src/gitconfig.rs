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

/// Well-known editors, pagers and diff viewers: a setting that names one
/// of them with options only (`core.editor = code --wait`, `core.pager =
/// less -FRX`) runs the program the developer chose, nothing else. Options
/// with a value glued on (`--load=x.el`, `-u x.vim`'s spelled-out forms)
/// and any word that is not an option make the value a command line to
/// judge as such. ssh is not here: its `-oProxyCommand=` runs a command.
/// Sources: git-config(1) (core.editor, core.pager, sequence.editor,
/// pager.*, diff.tool, merge.tool) and each program's manual.
pub const PLAIN_SETTING_PROGRAMS: &[&str] = &[
    "atom",
    "bat",
    "bcompare",
    "cat",
    "code",
    "code-insiders",
    "codium",
    "delta",
    "diff-so-fancy",
    "difft",
    "emacs",
    "emacsclient",
    "gedit",
    "gvim",
    "helix",
    "hx",
    "jed",
    "joe",
    "kak",
    "kate",
    "kdiff3",
    "less",
    "mate",
    "mcedit",
    "meld",
    "micro",
    "more",
    "most",
    "nano",
    "ne",
    "nvim",
    "opendiff",
    "pico",
    "subl",
    "vi",
    "view",
    "vim",
    "vimdiff",
    "zed",
];

/// Characters by which a setting's word runs or expands something in
/// the shell git hands it to (a substitution, a list, a pipe, a
/// background job, a subshell): a word holding one is no plain value.
const SHELL_META: [char; 6] = ['$', '`', ';', '|', '&', '('];

/// ssh's options (`-o NAME=VALUE`, NAME in lower case) that only choose a
/// key, a user, a port or how hosts are checked: none runs a command or
/// loads code (not ProxyCommand, LocalCommand, KnownHostsCommand, Match
/// exec, PKCS11Provider, SecurityKeyProvider, Include, ForwardAgent).
/// Source: ssh_config(5).
pub const SSH_PLAIN_OPTIONS: &[&str] = &[
    "identitiesonly",
    "identityfile",
    "stricthostkeychecking",
    "userknownhostsfile",
    "port",
    "user",
    "connecttimeout",
    "batchmode",
    "serveraliveinterval",
    "serveralivecountmax",
    "loglevel",
    "pubkeyacceptedkeytypes",
    "pubkeyacceptedalgorithms",
    "hostkeyalgorithms",
    "addkeystoagent",
    "compression",
    "preferredauthentications",
    "passwordauthentication",
    "checkhostip",
    "updatehostkeys",
];

/// Whether `value` (a `core.sshCommand`) is ssh itself, by its bare name
/// or from a system directory, with only `-i KEY`, `-p PORT`, `-l USER`,
/// flags of single letters that run nothing (`-4`, `-6`, `-q`, `-v`, `-T`,
/// `-C`) and `-o` options of [`SSH_PLAIN_OPTIONS`]: it picks a key or
/// user, the everyday reason to set it (a second GitHub account's key).
/// `-F FILE` (a config may hold ProxyCommand), `-J` (a jump host's own
/// settings) and anything else are not plain.
pub fn plain_ssh_command(value: &str) -> bool {
    let mut words = value
        .split_ascii_whitespace()
        .map(|w| w.trim_matches(['"', '\'']));
    let Some(first) = words.next() else {
        return false;
    };
    if !matches!(
        first,
        "ssh" | "/usr/bin/ssh" | "/bin/ssh" | "/usr/local/bin/ssh" | "/opt/homebrew/bin/ssh"
    ) {
        return false;
    }
    let plain_option = |o: &str| {
        o.split_once('=').is_some_and(|(k, v)| {
            SSH_PLAIN_OPTIONS.contains(&k.to_ascii_lowercase().as_str())
                && !v.contains(SHELL_META)
                && !v.contains('%')
        })
    };
    while let Some(w) = words.next() {
        match w {
            "-i" | "-p" | "-l" => {
                if words.next().is_none_or(|v| v.contains(SHELL_META)) {
                    return false;
                }
            }
            "-o" => {
                if !words.next().is_some_and(plain_option) {
                    return false;
                }
            }
            o if o.strip_prefix("-o").is_some_and(|r| !r.is_empty()) => {
                if !o.strip_prefix("-o").is_some_and(plain_option) {
                    return false;
                }
            }
            // Flags that forward nothing (`-A` forwards the agent, `-X`
            // and `-Y` the display: not plain).
            f if f.len() >= 2
                && f.starts_with('-')
                && f.chars().skip(1).all(|c| "46qvTCaxnN".contains(c)) => {}
            _ => return false,
        }
    }
    true
}

/// Credential helpers that ship with git or its platforms' credential
/// managers: `credential.helper NAME` runs `git-credential-NAME`, which
/// keeps the credentials in the system's own store (`cache` in memory,
/// `store` in `~/.git-credentials` as plain text). Sources: gitcredentials(7),
/// git-credential-cache(1), git-credential-store(1), git's
/// contrib/credential (osxkeychain, libsecret, wincred, gnome-keyring,
/// netrc), https://github.com/git-ecosystem/git-credential-manager
/// (manager, manager-core).
pub const GIT_CREDENTIAL_HELPERS: &[&str] = &[
    "cache",
    "gnome-keyring",
    "libsecret",
    "manager",
    "manager-core",
    "netrc",
    "osxkeychain",
    "store",
    "wincred",
];

/// Whether a `credential.helper` value is one of
/// [`GIT_CREDENTIAL_HELPERS`] (or its `git-credential-NAME` path in a
/// system directory) with options only (`cache --timeout=3600`, `store
/// --file ~/.git-credentials`), or empty (which resets the list).
pub fn known_credential_helper(value: &str) -> Option<&'static str> {
    let mut words = value.split_ascii_whitespace();
    let Some(first) = words.next() else {
        return Some("");
    };
    let name = first.rsplit('/').next().unwrap_or(first);
    let name = name.strip_prefix("git-credential-").unwrap_or(name);
    let dir_ok = !first.contains('/')
        || [
            "/usr/local/bin/",
            "/usr/bin/",
            "/usr/lib/git-core/",
            "/usr/libexec/git-core/",
            "/opt/homebrew/bin/",
        ]
        .iter()
        .any(|d| first.strip_prefix(d).is_some_and(|r| !r.contains('/')));
    let options_only =
        words.all(|w| w.starts_with('-') || w.starts_with('~') || !w.contains(SHELL_META));
    GIT_CREDENTIAL_HELPERS
        .iter()
        .find(|h| **h == name)
        .copied()
        .filter(|_| dir_ok && options_only && !value.starts_with('!'))
}

/// Whether a setting's value is one of [`PLAIN_SETTING_PROGRAMS`] (by name,
/// or by its path in a system directory) followed by options only: words
/// of letters, digits and `-+.,:` starting with `-`, none with a value
/// glued on by `=`.
pub fn plain_setting_program(value: &str) -> bool {
    let mut words = value.split_ascii_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let name = ["/usr/local/bin/", "/usr/bin/", "/bin/", "/snap/bin/"]
        .iter()
        .find_map(|d| first.strip_prefix(d))
        .unwrap_or(first);
    PLAIN_SETTING_PROGRAMS.contains(&name)
        && words.all(|w| {
            w.starts_with('-')
                && w.bytes().all(|b| {
                    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'+' | b'.' | b',' | b':')
                })
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::key_listed;

    #[test]
    fn plain_setting_programs_are_sorted_and_plain() {
        assert!(PLAIN_SETTING_PROGRAMS.windows(2).all(|w| w[0] < w[1]));
        for p in PLAIN_SETTING_PROGRAMS {
            assert!(plain_setting_program(p), "{p}");
        }
        for v in [
            "emacs",
            "code --wait",
            "less -FRX",
            "/usr/bin/vim",
            "subl -n -w",
            "delta",
        ] {
            assert!(plain_setting_program(v), "{v}");
        }
        for v in [
            "",
            "./edit.sh",
            "sh -c id",
            "vim -c '!id'",
            "less; id",
            "emacs --load=x.el",
            "vim -u evil.vim",
            "ssh -oProxyCommand=id",
            "/tmp/vim",
            "less $(id)",
        ] {
            assert!(!plain_setting_program(v), "{v}");
        }
    }

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
