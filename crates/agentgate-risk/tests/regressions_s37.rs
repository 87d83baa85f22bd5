//! Regression tests for session 37.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use agentgate_risk::{Category, Severity};
use common::{each, flagged_each};

/// htfor part 0, probing a miss (`vim /Library/Preferences/...`): on
/// macOS `/etc` and `/var` are links to `/private/etc` and
/// `/private/var`, so `echo x > /private/etc/hosts` changed the system's
/// configuration unjudged, and `/private/etc/sudoers` was judged only as
/// "a mounted system". A path is judged by what it is, whatever the
/// spelling: links of the system and repeated slashes are resolved first.
#[test]
fn macos_private_aliases_of_system_config() {
    flagged_each(
        &[
            "echo x > /private/etc/hosts",
            "cp hosts /private/etc/hosts",
            "echo 'nameserver 203.0.113.9' > /private/etc/resolv.conf",
        ],
        Category::SelfEscalation,
        Severity::High,
    );
    flagged_each(
        &[
            "echo 'dev ALL=(ALL) NOPASSWD:ALL' >> /private/etc/sudoers",
            "echo x >> //etc/sudoers",
            "echo x >> /./etc/pam.d/sudo",
            "echo '* * * * * sh /tmp/x' > /private/var/at/tabs/root",
            "echo '* * * * * sh /tmp/x' > /var/at/tabs/dev",
        ],
        Category::SelfEscalation,
        Severity::Critical,
    );
    each(
        &[
            "cat /private/etc/hosts",
            "ls /private/var/log",
            "echo x > /private/tmp/scratch.txt",
            "echo x > ./private/etc/hosts",
        ],
        "clean",
    );
}

/// Probing the macOS aliases as the agent would: agentgate's org policy
/// under `/etc/agentgate` is `/private/etc/agentgate` on macOS, and `rm -f
/// /private/etc/agentgate/policy.toml` was only asked (as a change under
/// `/etc`), not refused as a change of agentgate's own files; deleting
/// `/private/etc` or `/private` was "outside the project", not the system.
#[test]
fn guard_through_macos_private_aliases() {
    flagged_each(
        &[
            "rm -f /private/etc/agentgate/policy.toml",
            "mv /private/etc/agentgate /tmp/x",
            "echo '[hook]' > //private/etc/agentgate/policy.toml",
            "rm -rf /private/etc",
            "rm -rf /private",
            "rm -rf /private/var/lib/agentgate",
        ],
        Category::SelfEscalation,
        Severity::Critical,
    );
    flagged_each(
        &["rm -rf /private/var/db", "rm -rf /private/etc/ssh"],
        Category::Destructive,
        Severity::Critical,
    );
}

/// htfor part 0, first contact: `vim
/// /Library/Preferences/Logging/com.apple.system.logging.plist` passed.
/// `/Library/Preferences` holds macOS's settings for every user (network,
/// logging, the login window) and `/Library/Managed Preferences` the
/// profiles an organisation enforces: changing either changes the system,
/// as `/etc` does on Linux. The user's own `~/Library/Preferences` is not
/// the system's.
#[test]
fn macos_system_preferences() {
    flagged_each(
        &[
            "vim /Library/Preferences/Logging/com.apple.system.logging.plist",
            "cp x.plist /Library/Preferences/SystemConfiguration/preferences.plist",
            "echo x > '/Library/Managed Preferences/com.apple.x.plist'",
            "rm -f /Library/Preferences/com.apple.security.plist",
            "plutil -replace Enable -bool true /Library/Preferences/Logging/com.apple.system.logging.plist",
        ],
        Category::SelfEscalation,
        Severity::High,
    );
    each(
        &[
            "cat /Library/Preferences/Logging/com.apple.system.logging.plist",
            "plutil -p /Library/Preferences/SystemConfiguration/preferences.plist",
            "ls '/Library/Managed Preferences'",
            "cp ~/Library/Preferences/com.googlecode.iterm2.plist ./backup/",
        ],
        "clean",
    );
}

/// Probing writes into the system's directories after htfor part 0 (a
/// write under `/Library/Preferences` passed): only named places were
/// judged (`/etc`, the system's programs, boot, logs, launchd, cron), so
/// a file written anywhere else the system owns passed: `/usr/share`,
/// `/var/lib/dpkg/status` (the package database), macOS's sudo
/// timestamps under `/var/db/sudo`, `/System`, `/Library/Security`. A
/// file certainly written (a redirection, an output option, the file
/// tools) into a directory the operating system owns changes the machine; `/opt`, `/srv` and other users' homes keep
/// their own rules (earlier labels: a file under `/opt` is a deployment's).
#[test]
fn writes_into_system_directories() {
    flagged_each(
        &[
            "echo x > /usr/share/x",
            "echo x > /var/lib/dpkg/status",
            ": > /var/db/sudo/ts/dev",
            "echo x > /System/Library/x",
            "sort -o /Library/Security/x list.txt",
            "echo 1 > /sys/class/leds/input0::capslock/brightness",
            "f=/usr/share/applications/x.desktop; printf '[Desktop Entry]' > \"$f\"",
        ],
        Category::SelfEscalation,
        Severity::Medium,
    );
    each(
        &[
            "echo x > /dev/null",
            "make 2>/dev/null",
            "echo oops > /dev/stderr",
            "echo x | tee /dev/tty",
            "echo x > /tmp/x",
            "echo x > /var/tmp/x",
            "echo x > /dev/shm/x",
            "echo x > /home/dev/project/a.txt",
            "echo x > /home/dev/notes.txt",
            "cat /usr/share/dict/words",
            "cp /usr/share/zoneinfo/UTC ./tz",
            "ls /opt",
            "echo x > /opt/app/config.yml",
            "echo x >> /home/alice/notes.txt",
            "docker run -v /usr/share/zoneinfo:/usr/share/zoneinfo:ro app",
            "./configure --prefix=/usr/local",
            "tar -xvf xxx.tar.gz -C /usr/src/a",
        ],
        "clean",
    );
}

/// Probing the aliases as the agent would: macOS's file system ignores
/// case by default, so `/ETC/AGENTGATE` is agentgate's org policy and
/// `/PRIVATE/ETC/hosts` the hosts file. `rm -rf /ETC/AGENTGATE` was only
/// asked (as a change under /etc), not refused, and `echo x >
/// /PRIVATE/etc/hosts` passed. Paths are compared with the guarded ones
/// and the system's aliases regardless of case.
#[test]
fn case_folded_system_and_guarded_paths() {
    flagged_each(
        &[
            "rm -rf /ETC/AGENTGATE",
            "rm -rf /Etc/agentgate",
            "rm -rf /PRIVATE/ETC/agentgate",
            "mv /Private/Etc/AgentGate /tmp/x",
            "rm -f /USR/LOCAL/BIN/agentgate-hook",
        ],
        Category::SelfEscalation,
        Severity::Critical,
    );
    flagged_each(
        &["echo x > /PRIVATE/etc/hosts", "echo x > /Private/Etc/hosts"],
        Category::SelfEscalation,
        Severity::High,
    );
    flagged_each(
        &["rm -rf /PRIVATE", "rm -rf /USR"],
        Category::Destructive,
        Severity::Critical,
    );
}

/// Session 35's list: an SSH agent socket or a Kerberos ticket cache named
/// in the line makes the programs that follow act as its owner (another
/// user's or session's agent signs with its keys: agent hijacking, ATT&CK
/// T1563.001; a ticket cache logs in as its user, T1550.003). `export
/// SSH_AUTH_SOCK=/tmp/ssh-abc/agent.99; ssh host` and `export
/// KRB5CCNAME=/tmp/krb5cc_1001; klist` passed. The developer's own agent
/// set up by its tool (`$(gpgconf --list-dirs agent-ssh-socket)`, a
/// socket in the home) stays clean.
#[test]
fn agent_sockets_and_ticket_caches_of_others() {
    flagged_each(
        &[
            "export SSH_AUTH_SOCK=/tmp/ssh-abc/agent.99; ssh git@host",
            "SSH_AUTH_SOCK=/tmp/ssh-XXXXabc/agent.1234 ssh-add -l",
            "SSH_AUTH_SOCK=$(ls /tmp/ssh-*/agent.*) ssh-add -L",
            "SSH_AUTH_SOCK=/run/user/1001/keyring/ssh ssh host",
            "export KRB5CCNAME=/tmp/krb5cc_1001; klist",
            "KRB5CCNAME=FILE:/tmp/krb5cc_0 smbclient -k //h/s",
            "env KRB5CCNAME=/tmp/krb5cc_1001 klist",
        ],
        Category::CredentialAccess,
        Severity::Medium,
    );
    each(
        &[
            "export SSH_AUTH_SOCK=$(gpgconf --list-dirs agent-ssh-socket)",
            "export SSH_AUTH_SOCK=~/.1password/agent.sock",
            "SSH_AUTH_SOCK=$HOME/.ssh/agent.sock ssh-add -l",
            "unset SSH_AUTH_SOCK",
            "echo $SSH_AUTH_SOCK",
            "export KRB5CCNAME=KCM:",
        ],
        "clean",
    );
}

/// Session 35's list and probing after it: file names read from data the
/// line does not show (a list saved by an earlier call, another
/// program's output) were judged only when handed as arguments to a
/// deleter (`rm -rf $(cat /tmp/l)`: unverifiable); `cat /tmp/l | xargs rm
/// -rf` and `xargs rm -rf < /tmp/l` passed, and so did printing them
/// (`cat $(cat saved-list)`, `xargs cat < /tmp/l`, `xargs -a /tmp/l
/// cat`), which reads whatever the list names: `~/.ssh/id_rsa` written to
/// it in one call and printed in the next.
#[test]
fn files_named_by_data_the_line_does_not_show() {
    flagged_each(
        &[
            "cat /tmp/l | xargs rm -rf",
            "xargs rm -rf < /tmp/l",
            "xargs -a /tmp/l rm -f",
            "some-cmd | xargs -0 shred -u",
            "cat $(cat saved-list)",
            "cat $(< saved-list)",
            "head -c 4096 `cat /tmp/l`",
            "xargs cat < /tmp/l",
            "xargs -a /tmp/l cat",
            "xargs --arg-file=/tmp/l base64",
            "cat /tmp/l | xargs cat",
            "sort -u /tmp/l | xargs -I{} cat {}",
            // Through a variable (probing the rule as the agent would).
            "for f in $(cat /tmp/l); do cat \"$f\"; done",
            "f=$(cat /tmp/l); cat $f",
            "cat /tmp/l | while read f; do base64 \"$f\"; done",
        ],
        Category::Unverifiable,
        Severity::Medium,
    );
    each(
        &[
            "cat $(git ls-files '*.md')",
            "wc -l $(find . -name '*.rs')",
            "cat grep_list | xargs -I{} grep {} filename",
            "cat urls.txt | xargs -n1 curl -sO",
            "git diff --name-only | xargs cat",
            "find . -name '*.pyc' | xargs rm -f",
            "grep \"aaa\" file* -lZ | xargs -0 rm",
            "find . -name '*.md' > l; xargs cat < l",
            "echo build dist | xargs rm -rf",
            "cat pids.txt | xargs echo",
            "OUT=$(cat README.md); git diff --stat",
            "for f in src/*.rs; do cat \"$f\"; done",
            "v=$(cat VERSION); echo $v",
        ],
        "clean",
    );
}

/// Probing the variable rows as the agent would: a variable the tables
/// know set by `printf -v` or `read` instead of `NAME=VALUE` was never
/// judged, so `printf -v LD_PRELOAD %s /tmp/x.so; export LD_PRELOAD; ls`
/// (a library loaded into every program) and `read SSH_AUTH_SOCK <<<
/// /tmp/ssh-a/agent.1` passed. Every builtin that assigns is an
/// assignment; one whose value cannot be known is unverifiable.
#[test]
fn known_variables_set_by_builtins() {
    flagged_each(
        &[
            "printf -v LD_PRELOAD %s /tmp/x.so; export LD_PRELOAD; ls",
            "read LD_PRELOAD <<< /tmp/x.so; export LD_PRELOAD; ls",
        ],
        Category::Obfuscation,
        Severity::High,
    );
    flagged_each(
        &["read SSH_AUTH_SOCK <<< /tmp/ssh-a/agent.1; export SSH_AUTH_SOCK; ssh h"],
        Category::CredentialAccess,
        Severity::Medium,
    );
    flagged_each(
        &[
            "read LD_PRELOAD < /tmp/v; export LD_PRELOAD; ls",
            "printf -v GIT_SSH_COMMAND \"$1\"; git fetch",
        ],
        Category::Unverifiable,
        Severity::Medium,
    );
    each(
        &[
            "printf -v name %s world; echo $name",
            "read -r answer < /tmp/v; echo $answer",
            "printf -v EDITOR %s vim; git commit",
        ],
        "clean",
    );
}

/// Probing the variable rows through sudo: `sudo NAME=VALUE CMD` sets
/// NAME for CMD as `env` does, but only `env`'s were judged, so `sudo
/// GIT_SSH_COMMAND="sh -c 'rm -rf ~'" git fetch` and `sudo
/// LD_PRELOAD=/tmp/x.so ls` were only "runs a command as root" (medium).
#[test]
fn variables_handed_through_sudo() {
    flagged_each(
        &[
            "sudo LD_PRELOAD=/tmp/x.so ls",
            "doas LD_PRELOAD=/tmp/x.so ls",
            "sudo -u root LD_PRELOAD=/tmp/x.so ls",
        ],
        Category::Obfuscation,
        Severity::High,
    );
    flagged_each(
        &["sudo GIT_SSH_COMMAND=\"sh -c 'rm -rf ~'\" git fetch"],
        Category::Destructive,
        Severity::Critical,
    );
}

/// Probing SSH_AUTH_SOCK's row in ssh's own spellings: `-o
/// IdentityAgent=PATH` is the same socket setting, and `-o
/// PKCS11Provider=LIB`, `-o SecurityKeyProvider=LIB` and `-I LIB` load a
/// library into ssh (as LD_PRELOAD does): all passed.
#[test]
fn ssh_options_that_name_an_agent_or_a_library() {
    flagged_each(
        &[
            "ssh -o IdentityAgent=/tmp/ssh-a/agent.1 h",
            "ssh -o 'IdentityAgent /tmp/ssh-a/agent.1' h",
            "scp -oIdentityAgent=/tmp/ssh-a/agent.1 a h:b",
        ],
        Category::CredentialAccess,
        Severity::Medium,
    );
    flagged_each(
        &[
            "ssh -o PKCS11Provider=/tmp/x.so h",
            "ssh -o SecurityKeyProvider=/tmp/x.so h",
            "ssh -I /tmp/x.so h",
        ],
        Category::Obfuscation,
        Severity::High,
    );
    each(
        &[
            "ssh -o IdentityAgent=~/.1password/agent.sock git@github.com",
            "ssh -o IdentityAgent=none h",
            "ssh -o PKCS11Provider=/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so h",
            "ssh -i ~/.ssh/deploy_key h",
        ],
        "clean",
    );
}

/// htfor part 2, first contact (held out): `fdisk -lu bin` (list the
/// partitions of a firmware image, sectors as units) was denied as
/// rewriting partitions: `-lu` was not read as the cluster `-l -u`, and
/// `-u` (units) was not known as display. fdisk's listing modes with its
/// display options only read.
#[test]
fn fdisk_listing_in_clusters() {
    each(
        &[
            "fdisk -lu bin",
            "fdisk -ul disk.img",
            "fdisk -l -u bin",
            "fdisk -l --units=sectors disk.img",
            "fdisk -lo Device,Start,End disk.img",
        ],
        "clean",
    );
    flagged_each(
        &[
            "fdisk disk.img",
            "fdisk -u disk.img",
            "sfdisk --delete disk.img 1",
        ],
        Category::Destructive,
        Severity::Critical,
    );
}

/// Left open by the rule above when it was written, then closed: a `read`
/// loop whose input is a file or a process substitution (`done < LIST`,
/// `done < <(find ~ -type f)`) bound its variable only for fixed text, so
/// `while read f; do cat "$f"; done < <(find ~ -type f)` (every file of the
/// home printed) and `... done < /tmp/l` passed. The variable holds the
/// lines of that command's output; a file a listing was saved to earlier
/// in the line is that listing.
#[test]
fn read_loops_fed_by_a_file_or_a_process_substitution() {
    flagged_each(
        &[
            "while read f; do cat \"$f\"; done < <(find ~ -type f)",
            "find ~ -type f > l; while read f; do cat \"$f\"; done < l",
        ],
        Category::CredentialAccess,
        Severity::High,
    );
    flagged_each(
        &["while read f; do cat \"$f\"; done < /tmp/l"],
        Category::Unverifiable,
        Severity::Medium,
    );
    each(
        &[
            "find . -name '*.md' > l; while read f; do cat \"$f\"; done < l",
            "while read -r line; do echo \"$line\"; done < notes.txt",
            "while IFS= read -r f; do wc -l \"$f\"; done < <(git ls-files)",
        ],
        "clean",
    );
}
