//! Mail clients: a message, its body fed on standard input or a file
//! attached, sent to a recipient on another host carries local data off
//! the machine, as an upload does (ATT&CK T1048.003, exfiltration over an
//! unencrypted non-C2 protocol; T1567 through mail services).

use super::*;

/// Programs that send mail from the command line, and the options whose
/// value is a file they attach (man:mail(1), man:s-nail(1), man:mutt(1),
/// man:swaks(1), man:msmtp(1), man:sendmail(8)).
pub(super) const MAILERS: &[(&str, &[&str])] = &[
    ("mail", &["-a", "-A", "--attach"]),
    ("mailx", &["-a", "-A", "--attach"]),
    ("s-nail", &["-a", "--attach"]),
    ("bsd-mailx", &["-a"]),
    ("mutt", &["-a"]),
    ("neomutt", &["-a"]),
    ("sendmail", &[]),
    ("ssmtp", &[]),
    ("msmtp", &[]),
    ("swaks", &["--attach", "--attach-body", "--body", "--data"]),
    // sendEmail (Brandon Zehm's; `-m` is the body's text, `-o
    // message-file=FILE` its file, see `message_files`).
    ("sendEmail", &["-a"]),
    ("sendemail", &["-a"]),
];

/// A message body read from a file: sendEmail's `-o message-file=FILE`
/// (also written on `sendmail` lines that mean sendEmail).
fn message_files<'a, 'b>(vals: &'b [&'a str]) -> impl Iterator<Item = &'a str> + 'b {
    vals.windows(2).filter_map(|w| match w {
        ["-o", kv] => kv.strip_prefix("message-file="),
        _ => None,
    })
}

impl Walker<'_> {
    /// A mail sent to someone on another host, carrying what the line feeds
    /// it or the files it attaches.
    pub(super) fn mail(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        let Some((_, attach_opts)) = MAILERS.iter().find(|(n, _)| *n == name) else {
            return;
        };
        // Options whose value is not a recipient: the subject, the sender,
        // the sender's name, settings, the attachments.
        const NOT_RECIPIENTS: &[&str] = &[
            "-s", "-r", "-f", "-F", "-S", "-u", "-C", "-X", "--from", "--header", "--server", "-m",
            "-o",
        ];
        let mut recipients: Vec<&str> = Vec::new();
        let mut skip = false;
        for v in vals {
            if std::mem::take(&mut skip) {
                continue;
            }
            if NOT_RECIPIENTS.contains(v) || attach_opts.contains(v) {
                skip = true;
            } else if !v.starts_with('-') && v.contains('@') {
                recipients.push(v);
            }
        }
        // `sendmail -t`: the recipients are in the message.
        let from_message = vals.contains(&"-t");
        let remote = recipients.iter().any(|r| {
            let host = r.rsplit('@').next().unwrap_or("");
            net::classify(host.trim_end_matches('>')) != HostClass::Local
        });
        if !(remote || from_message) {
            return;
        }
        self.out.effects.egress = true;
        // Fixed text the line shows (`echo "body" | mail ...`) is no local
        // data (htlin, session 34).
        let fed = super::urldata::stdin_carries_data(site);
        let attached: Vec<&str> = (0..vals.len())
            .filter_map(|i| agentgate_commands::option_value(vals, i, attach_opts).map(|(v, _)| v))
            .map(|v| v.trim_start_matches('@'))
            .chain(message_files(vals))
            .collect();
        let to = recipients
            .first()
            .copied()
            .unwrap_or("the recipients in the message");
        for f in &attached {
            if let Some((_, what)) = paths::credential(f) {
                self.find(
                    Exfil,
                    Critical,
                    format!("mails {what} ({f}) to {to}"),
                    &site.cmd.text,
                );
            }
        }
        if fed || !attached.is_empty() {
            // Text the line shows with values only known when it runs
            // (`echo "Bad blocks on $DEVICE" | mail ...`): asked, unless a
            // secret, a program's output or a variable the line sets
            // (`b=$(cat f)`, `read line`) is among them (l101e, session
            // 52: a status mail was denied).
            let text = super::stdin_text(site)
                .or_else(|| super::quoted::echoed_script(&super::upstream(site)));
            let shown = attached.is_empty()
                && text.is_some_and(|t| {
                    !t.contains("$(")
                        && !t.contains('`')
                        && self.secrets_in(&t).is_empty()
                        && agentgate_commands::var_refs(&t)
                            .iter()
                            .all(|v| self.vars.contains_key(v) || self.only_expanded(v))
                });
            self.find(
                Exfil,
                if shown { Medium } else { High },
                format!("{name} mails local data to {to}"),
                &site.cmd.text,
            );
        }
    }
}
