//! The program lists the walker dispatches on, from `agentgate-commands`
//! (where the knowledge lives).

pub(super) use agentgate_commands::{
    CONTAINER_CLIS, FETCHERS, INTERPRETERS, KEY_USERS, NETCAT, READERS, SHELLS, VAULT_CLIENTS,
};

/// The declaration builtins: their operands are `NAME=VALUE` assignments
/// (and `-p` prints the variables named).
pub(super) const DECLARERS: &[&str] = &["export", "declare", "typeset", "readonly", "local"];

/// Builtins whose operands are never paths they change: `eval WORDS` runs
/// its words as a script (judged as one), `:`/`true`/`false` do nothing
/// with them, `trap`'s are a script (judged) and signal names, and
/// `export`/`local`/`declare`/`typeset`/`readonly` take
/// assignments (their values are judged where the names are used, and by
/// `assign.rs`).
pub(super) const NO_PATH_OPERANDS: &[&str] = &[
    "eval", ":", "true", "false", "export", "local", "declare", "typeset", "readonly", "trap",
    // Their operands are patterns looked up in a database (l101: `locate
    // -c .bashrc`).
    "locate", "mlocate", "plocate", "slocate",
];

/// Whether `v`, an operand of `name` after `prev`, is a package's name: a
/// package manager's operand (`apt-get install -y curl` after `cd /tmp`
/// was a PATH hijack: mcdev part 8), not spelled as a path (`./x.deb`,
/// `../lib`) and not the value of an option its row says takes one
/// (`--target DIR`, still judged as a path).
pub(super) fn package_name(
    name: &str,
    row: Option<&agentgate_commands::Program>,
    prev: Option<&str>,
    v: &str,
) -> bool {
    // An option before it may take it as its value unless the row lists
    // the options that take one and this is none of them (`install -y
    // curl`); a row that lists none says nothing (`dotnet publish -o ls`,
    // found attacking the first version).
    let value_of = |p: &str| {
        p.starts_with('-')
            && !p.contains('=')
            && row.is_none_or(|r| {
                r.value_opts.is_empty() || r.value_opts.contains(&p) || r.writes.contains(&p)
            })
    };
    agentgate_commands::PACKAGE_MANAGERS.contains(&name)
        && !v.contains(['/', '~', '$', '='])
        && !v.starts_with('.')
        && !prev.is_some_and(value_of)
}

/// Whether `abs` is a user's whole home directory, or all of them:
/// `/root`, `/home/NAME`, `/Users/NAME` (l101: `tar -cvf x.tar
/// /home/abel/`), `/home`, `/Users` (l101c: `find /home -type f -mtime -7
/// | cpio -oH newc`).
pub(super) fn is_a_home(abs: &str) -> bool {
    let abs = abs.trim_end_matches('/');
    matches!(abs, "/root" | "/home" | "/Users")
        || ["/home/", "/Users/"].iter().any(|p| {
            abs.strip_prefix(p)
                .is_some_and(|user| !user.is_empty() && !user.contains('/'))
        })
}

/// Whose home [`is_a_home`] names, completing "packs ... home directory".
pub(super) fn whose_home(abs: &str) -> &'static str {
    match abs.trim_end_matches('/') {
        "/home" | "/Users" => "every user's",
        _ => "a whole",
    }
}

/// Programs that change system accounts, groups or sudo rights (lcmd,
/// session 29, found `groupmod` and `groupdel` missing).
pub(super) const ACCOUNT_TOOLS: &[&str] = &[
    "useradd",
    "adduser",
    "usermod",
    "userdel",
    "deluser",
    "groupadd",
    "addgroup",
    "groupmod",
    "groupdel",
    "delgroup",
    "groupmems",
    "gpasswd",
    "passwd",
    "chpasswd",
    "newusers",
    "visudo",
    "vipw",
    "vigr",
];

/// Groups whose members administer the machine or can become root (sudo,
/// wheel, admin, root, docker and lxd: a container runtime's group is root
/// on the host).
const PRIVILEGED_GROUPS: &[&str] = &[
    "sudo", "wheel", "admin", "root", "docker", "lxd", "adm", "shadow", "disk",
];

/// `useradd`/`adduser` making an account with no privilege (ci3, session
/// 41: `useradd builder --create-home` in git's CI container): no
/// privileged group (`-G`, `-g`, `adduser USER GROUP`), no uid or gid 0, no
/// shared uid (`-o`).
pub(super) fn unprivileged_new_account(name: &str, vals: &[&str]) -> bool {
    if !matches!(name, "useradd" | "adduser") {
        return false;
    }
    let mut operands = 0;
    let mut i = 0;
    while let Some(v) = vals.get(i) {
        // `--groups=sudo`, and a short option's value in its own word
        // (`-Gsudo`, `-u0`).
        let attached = ["-G", "-g", "-u"]
            .into_iter()
            .find(|o| v.len() > 2 && v.starts_with(o));
        let (opt, inline) = match (v.split_once('='), attached) {
            (Some((o, val)), _) if o.starts_with("--") => (o, Some(val)),
            (_, Some(o)) => (o, v.get(2..)),
            _ => (*v, None),
        };
        let value = || inline.or_else(|| vals.get(i + 1).copied()).unwrap_or("");
        match opt {
            "-o" | "--non-unique" | "--system" | "-r" => return false,
            "-G" | "--groups" | "-g" | "--gid" | "--group" | "--ingroup" => {
                let groups = value();
                if groups
                    .split(',')
                    .any(|g| g == "0" || PRIVILEGED_GROUPS.contains(&g))
                {
                    return false;
                }
            }
            "-u" | "--uid" if value() == "0" => return false,
            _ => {}
        }
        let takes = matches!(
            opt,
            "-G" | "--groups"
                | "-g"
                | "--gid"
                | "--ingroup"
                | "-u"
                | "--uid"
                | "-s"
                | "--shell"
                | "-d"
                | "--home"
                | "--home-dir"
                | "-c"
                | "--comment"
                | "--gecos"
                | "-e"
                | "--expiredate"
                | "-f"
                | "--inactive"
                | "-k"
                | "--skel"
                | "-K"
                | "--key"
                | "-p"
                | "--password"
                | "-b"
                | "--base-dir"
                | "--firstuid"
                | "--lastuid"
        ) && inline.is_none();
        if !v.starts_with('-') {
            operands += 1;
            // `adduser USER GROUP` adds an existing user to a group.
            if operands > 1 {
                return false;
            }
        }
        i += if takes { 2 } else { 1 };
    }
    operands == 1
}

/// A call that only asks the program about itself (`vigr -V`, `useradd
/// --help`): it does nothing.
pub(super) fn only_asks_itself(vals: &[&str]) -> bool {
    !vals.is_empty()
        && vals
            .iter()
            .all(|v| matches!(*v, "-h" | "--help" | "-V" | "--version" | "--usage"))
}

/// An account tool's listing modes (lcmdd, session 29: `groupmems -l -g
/// SUPPORT` was denied): `groupmems -l` without a change, `passwd -S`
/// (status).
pub(super) fn lists_accounts(name: &str, vals: &[&str]) -> bool {
    let has = |o: &[&str]| vals.iter().any(|v| o.contains(v));
    match name {
        "groupmems" => {
            has(&["-l", "--list"]) && !has(&["-a", "--add", "-d", "--delete", "-p", "--purge"])
        }
        "passwd" => {
            has(&["-S", "--status"])
                && vals.iter().all(|v| {
                    !v.starts_with('-') || matches!(*v, "-S" | "--status" | "-a" | "--all")
                })
        }
        _ => false,
    }
}
