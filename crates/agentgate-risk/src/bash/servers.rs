//! File servers (`agentgate_commands::FILE_SERVERS`): a directory served to
//! the network. The home directory, a credential directory or `/` served
//! beyond loopback is high; a server bound to every interface on purpose
//! (`--bind 0.0.0.0`) is high; a default that listens everywhere is asked
//! about where the row says so.

use super::*;

/// The host part of a bind value (`0.0.0.0`, `0.0.0.0:8000`,
/// `tcp://[::1]:3000`, `:8080`, `3000`); empty when only a port is given.
fn bind_host(v: &str) -> &str {
    let v = v.split_once("://").map_or(v, |(_, r)| r);
    if v.bytes().all(|b| b.is_ascii_digit()) {
        return "";
    }
    match v.rsplit_once(':') {
        Some((h, port)) if port.bytes().all(|b| b.is_ascii_digit()) => {
            h.trim_start_matches('[').trim_end_matches(']')
        }
        _ => v,
    }
}

fn loopback_host(h: &str) -> bool {
    h == "localhost" || h.starts_with("127.") || h == "::1"
}

impl Walker<'_> {
    /// An interpreter running a file server's script by its path (`python
    /// /usr/share/doc/python-impacket/examples/smbserver.py kali DIR`,
    /// tib3rius): judged as the server, as `./smbserver.py` is.
    pub(super) fn script_file_server(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        if !super::INTERPRETERS.contains(&name) {
            return;
        }
        let Some(i) = vals.iter().position(|v| !v.starts_with('-')) else {
            return;
        };
        let base = vals.get(i).map_or("", |w| paths::basename(w));
        if agentgate_commands::FILE_SERVERS
            .iter()
            .any(|r| r.words.is_empty() && r.names.contains(&base))
        {
            self.file_server(site, base, vals.get(i + 1..).unwrap_or(&[]));
        }
    }

    /// Judges `name` started as a file server (see the module's note).
    pub(super) fn file_server(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        // `python3.12`, `php8.2`: the interpreter's rows.
        let base = name.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
        for row in agentgate_commands::FILE_SERVERS
            .iter()
            .filter(|r| r.names.contains(&name) || r.names.contains(&base))
        {
            let start = if row.words.is_empty() {
                Some(0)
            } else {
                vals.windows(row.words.len())
                    .position(|w| w == row.words)
                    .map(|k| k + row.words.len())
            };
            let Some(start) = start else { continue };
            let value_of = |opts: &[&str]| {
                (0..vals.len())
                    .find_map(|i| agentgate_commands::option_value(vals, i, opts).map(|(v, _)| v))
            };
            let bind = value_of(row.bind_opts);
            let everywhere = match bind {
                Some(b) => !loopback_host(bind_host(b)),
                None => row.binds_all,
            };
            if !everywhere {
                return;
            }
            // The directory: an option's value, the first operand after the
            // serving words (a port after an option is its value), or the
            // working directory.
            let operand = row.dir_operand.then(|| {
                let mut after_opt = false;
                vals.iter().skip(start).find(|v| {
                    if v.starts_with('-') {
                        after_opt = !v.contains('=');
                        return false;
                    }
                    let port =
                        std::mem::take(&mut after_opt) && v.bytes().all(|b| b.is_ascii_digit());
                    !port
                })
            });
            let dir = value_of(row.dir_opts).or(operand.flatten().copied());
            let abs = dir.and_then(|d| paths::absolute(d, d, d.starts_with('~'), &self.ctx));
            let sensitive = abs.as_deref().and_then(|a| {
                let a = a.trim_end_matches('/');
                if a.is_empty() || a == "/etc" || a == "/root" {
                    Some("the system's files")
                } else if a == self.ctx.home.trim_end_matches('/') {
                    Some("the home directory")
                } else {
                    paths::within_credential_dir(a)
                }
            });
            self.out.effects.egress = true;
            let text = &site.cmd.text;
            if let Some(what) = sensitive {
                self.find(
                    Exfil,
                    High,
                    format!("serves {what} to every network this machine is on ({name})"),
                    text,
                );
            } else if bind.is_some() || row.default_asks {
                let level = if bind.is_some() { High } else { Medium };
                self.find(
                    Exfil,
                    level,
                    format!("serves local files to every network this machine is on ({name}; bind it to 127.0.0.1 to keep them local)"),
                    text,
                );
            }
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bind_hosts() {
        assert_eq!(bind_host("0.0.0.0"), "0.0.0.0");
        assert_eq!(bind_host("0.0.0.0:8000"), "0.0.0.0");
        assert_eq!(bind_host("tcp://[::1]:3000"), "::1");
        assert_eq!(bind_host(":8080"), "");
        assert_eq!(bind_host("3000"), "");
        assert_eq!(bind_host("localhost:8000"), "localhost");
    }
}
