//! Whose storage an rclone upload reaches. A named remote (`remote:path`)
//! is one the developer configured, their own storage, as a git remote
//! is: copying the project there is not sending it to someone else. It is
//! when the line or the session defined or changed that remote (`rclone
//! config create|update|paste|password`, an interactive `rclone config`
//! that may define any), when the line reads another configuration
//! (`--config`, `RCLONE_CONFIG`, `RCLONE_CONFIG_NAME_*` variables, a home
//! or `XDG_CONFIG_HOME` moved, an rclone run from elsewhere), or
//! overrides where the remote points (a connection string
//! `remote,endpoint=URL:`, a backend option naming a server
//! `--s3-endpoint`, `--sftp-host`). rclone(1) "Configure", "Connection
//! strings", "Environment variables" (https://rclone.org/docs/).
//! Opsdocs, sessions 55-56: eleven uploads to the developer's remotes
//! were denied in five parts.

use super::*;

/// Words in a long option's name that say it points a backend at another
/// server or account (`--s3-endpoint`, `--sftp-host`, `--webdav-url`,
/// `--azureblob-account`, `--swift-auth`); a global option holding one
/// (`--use-server-modtime`) only costs the allowance.
const POINTS_ELSEWHERE: &[&str] = &[
    "config", "endpoint", "host", "url", "server", "addr", "account", "auth", "tenant",
];

/// The session mark for an rclone remote defined or changed by name; `*`
/// for one that may be any.
pub(super) fn mark(name: &str) -> String {
    format!("rclone:{name}")
}

/// Whether this is a call of rclone's remote-control API (`rclone rc
/// backend/command command=set fs=s3: ...`): its `key=value` words are the
/// API's parameters, and a `command=` among them names an rclone or
/// backend command (rclone.org/rc/ "core/command", "backend/command"),
/// never a shell line (opsdocsi, session 57: `command=set` was asked as
/// the shell's `set` printing every variable).
pub(super) fn rc_call(name: &str, vals: &[&str]) -> bool {
    name == "rclone" && vals.iter().find(|v| !v.starts_with('-')) == Some(&"rc")
}

/// The rclone command line `rclone rc core/command` runs: its `command=`
/// and the words of its `arg=` JSON list, or the same keys of a `--json`
/// object; `None` without a command or with words the line does not show.
fn core_command_line(operands: &[&str]) -> Option<String> {
    let param = |key: &str| {
        operands
            .iter()
            .find_map(|o| o.strip_prefix(key).and_then(|r| r.strip_prefix('=')))
    };
    let object = operands.iter().find_map(|o| {
        serde_json::from_str::<serde_json::Value>(o)
            .ok()
            .filter(|v| v.is_object())
    });
    let (command, args) = match (param("command"), object) {
        (Some(c), _) => (
            c.to_owned(),
            match param("arg") {
                Some(json) => serde_json::from_str::<Vec<String>>(json).ok()?,
                None => Vec::new(),
            },
        ),
        (None, Some(o)) => (
            o.get("command")?.as_str()?.to_owned(),
            match o.get("arg") {
                Some(a) => serde_json::from_value::<Vec<String>>(a.clone()).ok()?,
                None => Vec::new(),
            },
        ),
        (None, None) => return None,
    };
    let words: Vec<String> = std::iter::once(command)
        .chain(args)
        .map(|w| super::usedfiles::quote_word(&w))
        .collect();
    Some(format!("rclone {}", words.join(" ")))
}

impl<'c> Walker<'c> {
    /// rclone's sub-commands that define remotes or upload by themselves
    /// (`operands` after the sub-command).
    pub(super) fn rclone_verb(&mut self, sub: &str, operands: &[&str], text: &str, depth: usize) {
        match sub {
            // `core/command` runs an rclone sub-command (rclone.org/rc/
            // "core/command": command=NAME, arg=JSON list of its words):
            // judged as that command (`command=config arg=["show"]` printed
            // every remote's credentials; session 58).
            "rc" if operands.contains(&"core/command") => {
                if let Some(line) = core_command_line(operands) {
                    self.script(&line, depth + 1);
                }
            }
            "config" => self.rclone_config(operands),
            // The remote-control API's config calls (rclone.org/rc/
            // "config/create": name=, type=, parameters=), `rclone rc
            // [--json JSON] config/VERB [key=value ...]`.
            "rc" => {
                let Some(at) = operands.iter().position(|o| o.starts_with("config/")) else {
                    return;
                };
                let verb = operands.get(at).and_then(|o| o.strip_prefix("config/"));
                if matches!(verb, Some("create" | "update" | "paste" | "password")) {
                    let name = operands
                        .get(at + 1..)
                        .unwrap_or(&[])
                        .iter()
                        .find_map(|kv| kv.strip_prefix("name="))
                        .unwrap_or("*");
                    let verb = verb.unwrap_or("create");
                    self.rclone_config(&[verb, name]);
                }
            }
            "rcat" => self.find(
                Exfil,
                High,
                "uploads what is piped in to a cloud remote (rclone rcat)",
                text,
            ),
            // Local files moved out are deleted here once copied (dcg's
            // backup.rclone pack; a remote-to-remote move loses nothing
            // the remote did not hold).
            "move" | "moveto"
                if operands
                    .first()
                    .is_some_and(|s| s.starts_with(['/', '.', '~']) || !s.contains(':')) =>
            {
                self.find(
                    Destr,
                    Medium,
                    "moves local files to a remote, deleting them here (rclone move)",
                    text,
                )
            }
            _ => {}
        }
    }

    /// The reason an upload by `name` to `dest` on `host` is given, with
    /// how the session defined an rclone remote.
    pub(super) fn upload_reason(&self, name: &str, host: &str, dest: &str) -> String {
        match self.rclone_defined(dest).filter(|_| name == "rclone") {
            Some(how) => format!("copies local files to {host}, {how}"),
            None => format!("copies local files to {host}"),
        }
    }

    /// `rclone config [create|update|paste|password|edit] [NAME ...]`
    /// (`operands` after `config`): the remote it defines or changes,
    /// remembered for the rest of the line and the session. The others
    /// (`show`, `dump`, `delete`, `reconnect`, `file`, ...) define none.
    pub(super) fn rclone_config(&mut self, operands: &[&str]) {
        let name = match operands {
            [] => "*",
            [verb, rest @ ..] => match *verb {
                "create" | "update" | "paste" | "password" => rest
                    .first()
                    .map(|n| n.trim_end_matches(':'))
                    .filter(|n| !n.is_empty() && !n.contains(['$', '`', '*']))
                    .unwrap_or("*"),
                "edit" => "*",
                _ => return,
            },
        };
        let key = mark(name);
        self.new_remotes.push((
            key.clone(),
            "a remote this session defined (rclone config)".to_owned(),
        ));
        if !self.out.remotes_set.contains(&key) {
            self.out.remotes_set.push(key);
        }
    }

    /// How the line or the session defined the rclone remote `dest`
    /// names, if it did.
    pub(super) fn rclone_defined(&self, dest: &str) -> Option<&str> {
        let d = dest.trim_matches(|c| c == '\'' || c == '"');
        let (name, _) = d.split_once(':')?;
        self.pointed_remote(&mark(name))
            .or_else(|| self.pointed_remote(&mark("*")))
    }

    /// Whether uploading `sources` to `dest` stays with a remote the
    /// developer configured (see the module's comment); `vals` are the
    /// command's words.
    pub(super) fn own_rclone_remote(
        &self,
        site: Site<'_>,
        vals: &[&str],
        sources: &[&str],
        dest: &str,
    ) -> bool {
        // What holds credentials goes nowhere without asking: the home or
        // another's, a directory with a credential store somewhere below
        // it (`~/.config`), the root, `/etc`.
        let home = self.ctx.home.trim_end_matches('/');
        let holds = |abs: &str| {
            let abs = abs.trim_end_matches('/');
            abs.is_empty()
                || abs == "/etc"
                || abs == home
                || super::lists::is_a_home(abs)
                || paths::within_credential_dir(abs).is_some()
                || abs
                    .strip_prefix(home)
                    .and_then(agentgate_commands::credential_store_below)
                    .is_some()
        };
        let gathers = sources.iter().any(|s| {
            s.contains(['$', '`'])
                || paths::absolute(s, s, s.starts_with('~'), &self.ctx).is_some_and(|abs| {
                    // A glob gathers what the directory it starts in holds
                    // (`~/.*`); a `?` in a quoted name is a name.
                    let dir = match abs.find(['*', '?', '[']) {
                        Some(at) => abs
                            .get(..at)
                            .and_then(|p| p.rsplit_once('/'))
                            .map(|(d, _)| d),
                        None => Some(abs.as_str()),
                    };
                    dir.is_some_and(holds)
                })
        });
        if gathers {
            return false;
        }
        let d = dest.trim_matches(|c| c == '\'' || c == '"');
        let Some((name, _)) = d.split_once(':') else {
            return false;
        };
        // On-the-fly (`:webdav,url=...:`) and connection strings
        // (`remote,endpoint=...:`) carry their own settings.
        let plain = !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | ' ' | '@'));
        if !plain {
            return false;
        }
        if self.rclone_defined(d).is_some() {
            return false;
        }
        let from_env = self.env_set(site, |n| {
            n.starts_with("RCLONE_CONFIG") || matches!(n, "HOME" | "XDG_CONFIG_HOME")
        });
        if from_env {
            return false;
        }
        // rclone reads `rclone.conf` beside its own program first: one
        // run from a directory the agent writes may bring its own.
        let program = site
            .cmd
            .argv
            .first()
            .map(|w| w.value_or_raw())
            .unwrap_or("");
        if program.contains('/') && !paths::is_system_dir(program) {
            return false;
        }
        !vals.iter().any(|v| {
            v.strip_prefix("--").is_some_and(|o| {
                let o = o.split('=').next().unwrap_or(o).to_ascii_lowercase();
                POINTS_ELSEWHERE.iter().any(|w| o.contains(w))
            })
        })
    }
}
