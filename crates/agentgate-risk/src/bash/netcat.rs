//! Raw network connections: netcat and socat (reverse and bind shells,
//! listeners, data piped to a remote host, connection tests).

use super::*;

impl Walker<'_> {
    pub(super) fn netcat(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        let text = &site.cmd.text;
        if name == "websocat" {
            return self.websocat(site, vals);
        }
        let exec = vals.iter().any(|v| {
            let l = v.to_ascii_lowercase();
            matches!(*v, "-e" | "-c" | "--exec" | "--sh-exec" | "--lua-exec")
                || l.starts_with("exec:")
                || l.contains(",exec:")
                || l.contains("system:")
                // A shell named as an operand (`rcat connect -s bash h p`).
                || SHELLS.contains(&paths::basename(v))
        });
        // A socat listener bound to loopback serves this machine only.
        let listen = vals.iter().any(|v| {
            *v == "-l"
                || *v == "--listen"
                || (v.starts_with('-') && !v.starts_with("--") && v.contains('l'))
                // Any listening address type (`TCP-LISTEN`, `TCP4-LISTEN`,
                // `UDP6-LISTEN`, `OPENSSL-LISTEN`, `UDP-RECVFROM`; htmac's
                // `TCP4-LISTEN:1234,fork SOCKS4A:...` relay, session 33).
                || name == "socat" && socat_listens(v)
                    && !["bind=127.", "bind=localhost", "bind=[::1]"]
                        .iter()
                        .any(|b| v.to_ascii_lowercase().contains(b))
        });
        let hosts: Vec<HostClass> = vals
            .iter()
            .filter(|v| {
                !v.starts_with('-')
                    && (net::looks_like_url(v) || net::is_ipv4(v) || v.contains(':'))
            })
            .filter_map(|v| {
                // socat's addresses: only the network ones name a host
                // (`TCP4:h:p`, `OPENSSL:h:p`); `UNIX-CLIENT:/tmp/s`,
                // `TCP-LISTEN:p`, `FILE:...` do not.
                let (kind, rest) = v.split_once(':').unwrap_or(("", v));
                let k = kind.to_ascii_uppercase();
                let network = socat_network(&k) && !k.contains("LISTEN") && !k.contains("RECV");
                let socat_word = !k.is_empty()
                    && k.chars()
                        .all(|c| c.is_ascii_uppercase() || c == '-' || c.is_ascii_digit());
                match (network, socat_word && name == "socat") {
                    (true, _) => net::host_of(rest),
                    (false, true) => None,
                    (false, false) => net::host_of(v),
                }
            })
            .map(net::classify)
            .collect();
        // netcat's `-U` (`--unixsock`): the address is a local socket's
        // path (`nc -uU /tmp/socket`: htlin, session 34).
        let unix_socket = name != "socat"
            && vals.iter().any(|v| {
                *v == "--unixsock" || v.starts_with('-') && !v.starts_with("--") && v.contains('U')
            });
        let local_only =
            unix_socket || !hosts.is_empty() && hosts.iter().all(|h| *h == HostClass::Local);
        if exec {
            return self.find(
                Exfil,
                Critical,
                format!("{name} hands a shell to a network peer (reverse or bind shell)"),
                text,
            );
        }
        // A listener on a UNIX socket (`nc -lU /var/tmp/s`) takes this
        // machine's own connections only (l101f, session 52).
        if listen && !unix_socket {
            self.out.effects.egress = true;
            return self.find(
                Exfil,
                High,
                format!("{name} listens for connections, exposing this machine"),
                text,
            );
        }
        // A port check (`nc -z`, zero-I/O mode) sends nothing.
        let scan = vals
            .iter()
            .any(|v| v.starts_with('-') && !v.starts_with("--") && v.contains('z'));
        // `nc %h %p` in an ssh ProxyCommand or rsync's RSYNC_CONNECT_PROG
        // relays the client's own connection to the host it names
        // (ssh_config(5) TOKENS, rsync(1)): what crosses it is that
        // client's, judged there.
        let relay = vals.iter().any(|v| matches!(*v, "%h" | "%H"));
        // socat between local addresses only (`TCP-LISTEN` on loopback to
        // a UNIX socket) reaches no other host.
        if local_only || scan || relay || name == "socat" && hosts.is_empty() && !listen {
            // Text piped into a local service's socket (socket injection).
            let unix = unix_socket
                || vals
                    .iter()
                    .any(|v| v.to_ascii_uppercase().starts_with("UNIX-"));
            if unix && site.cmd.pipeline.index > 0 {
                let why = format!("{name} writes to a local service's socket");
                self.find(Unverifiable, Medium, why, text);
            }
            return;
        }
        self.out.effects.egress = true;
        // Nothing on its standard input: it sends nothing the line shows,
        // asked about rather than denied (session 27, tbosk).
        // socat moves data between its addresses: only standard input
        // (`-`, `STDIO`) depends on what the line feeds it.
        let socat_file = name == "socat"
            && vals.iter().filter(|v| !v.starts_with('-')).any(|v| {
                let kind = v
                    .split([':', ','])
                    .next()
                    .unwrap_or("")
                    .to_ascii_uppercase();
                !matches!(kind.as_str(), "STDIO" | "STDIN" | "STDOUT" | "") && !socat_network(&kind)
            });
        if !socat_file && !super::urldata::stdin_carries_data(site) {
            return self.find(
                Exfil,
                Medium,
                format!("{name} opens a raw connection to a remote host"),
                text,
            );
        }
        let sev = if site.cmd.pipeline.index > 0
            || site
                .cmd
                .redirects
                .iter()
                .any(|r| r.kind == RedirectKind::Read)
        {
            Critical
        } else {
            High
        };
        self.find(
            Exfil,
            sev,
            format!("{name} opens a raw connection to a remote host"),
            text,
        );
    }
}

/// Whether a socat address listens for peers: its type (before the first
/// `:` or `,`) is a network one that listens or receives.
fn socat_listens(address: &str) -> bool {
    let kind = address
        .split([':', ','])
        .next()
        .unwrap_or("")
        .to_ascii_uppercase();
    socat_network(&kind) && (kind.contains("LISTEN") || kind.contains("RECV"))
}

/// Whether a socat address type (upper case: `TCP4`, `OPENSSL-CONNECT`,
/// `TCP-LISTEN`) is a network address rather than a file, a program or
/// standard input and output.
fn socat_network(kind: &str) -> bool {
    [
        "TCP", "UDP", "SCTP", "OPENSSL", "SSL", "SOCKS", "PROXY", "IP",
    ]
    .iter()
    .any(|p| kind.starts_with(p))
}

impl Walker<'_> {
    /// websocat (https://github.com/vi/websocat): `-s [ADDR:]PORT` serves
    /// (on 127.0.0.1 when only a port is given); address types of the
    /// forms `*-listen:`, `*-l:` and `l-*:` (`ws-listen:`, `ws-l:`,
    /// `l-tcp:`) listen on the address that follows; `sh-c:`, `exec:` and
    /// `cmd:` run a program for each peer.
    fn websocat(&mut self, site: Site<'_>, vals: &[&str]) {
        let text = &site.cmd.text;
        let runs = vals.iter().any(|v| {
            let l = v.to_ascii_lowercase();
            ["sh-c:", "exec:", "cmd:"].iter().any(|k| l.starts_with(k))
        });
        let mut listens: Vec<(&str, bool)> = Vec::new();
        for (i, v) in vals.iter().enumerate() {
            if matches!(*v, "-s" | "--server-mode") {
                listens.extend(vals.get(i + 1).map(|a| (*a, true)));
            } else if let Some((kind, addr)) = v.split_once(':') {
                let k = kind.to_ascii_lowercase();
                if k.ends_with("-listen") || k.ends_with("-l") || k.starts_with("l-") {
                    listens.push((addr, false));
                }
            }
        }
        // A port alone: `-s` binds loopback; a listener type, every
        // interface (judged as exposing).
        let exposes = listens.iter().any(|(a, simple)| match a.rsplit_once(':') {
            // `0.0.0.0`, `::` and `*` are every interface (`classify`
            // takes 0.0.0.0 as this machine, as a destination it is).
            Some((host, _)) => {
                let h = host.trim_matches(['[', ']', '\'', '"']);
                matches!(h, "" | "0.0.0.0" | "::" | "*") || net::classify(h) != HostClass::Local
            }
            None => !simple,
        });
        if runs && !listens.is_empty() {
            return self.find(
                Exfil,
                Critical,
                "websocat hands a program to network peers (a shell over a WebSocket)",
                text,
            );
        }
        if exposes {
            self.out.effects.egress = true;
            self.find(
                Exfil,
                High,
                "websocat listens for connections, exposing this machine",
                text,
            );
        }
    }

    /// `java -jar JNDIExploit.jar`, `java -cp X marshalsec.jndi.LDAPRefServer`:
    /// an exploit server by its jar or main class
    /// (`agentgate_commands::JVM_SERVERS`).
    pub(super) fn jvm_server(&mut self, site: Site<'_>, vals: &[&str]) {
        let jar = vals
            .iter()
            .position(|v| *v == "-jar")
            .and_then(|i| vals.get(i + 1))
            .map(|j| paths::basename(j));
        // The main class: the first operand after the class path's value.
        let class = || {
            let mut skip = false;
            vals.iter().copied().find(|v| {
                if skip {
                    skip = false;
                    return false;
                }
                if matches!(*v, "-cp" | "-classpath" | "--class-path") {
                    skip = true;
                    return false;
                }
                !v.starts_with('-')
            })
        };
        let Some(row) = jar.or_else(class).and_then(agentgate_commands::jvm_server) else {
            return;
        };
        self.out.effects.egress = true;
        self.find(
            Exfil,
            Medium,
            format!("starts {}", row.what),
            &site.cmd.text,
        );
    }
}

impl Walker<'_> {
    /// rlwrap gives a program a line editor for an interactive session;
    /// a program nothing is known about told to listen (`rlwrap ./xc -l -p
    /// 443`, `rlwrap -cAr ./cliws -l 8000`) is a remote shell's catcher
    /// (rlwrap(1); ppnf and ppnh, sessions 50-52). nc and its kin are
    /// judged by their own rows wherever they are wrapped.
    pub(super) fn rlwrap_listener(&mut self, site: Site<'_>, name: &str, wrapped: &[&str]) {
        let Some((program, args)) = wrapped.split_first().filter(|_| name == "rlwrap") else {
            return;
        };
        // A program run by its path (`./xc`) is whatever file is there,
        // whatever a known tool of that name does.
        let unknown = crate::pathbin::local_program(program)
            || super::unknown::unknown_program(paths::basename(program));
        if !unknown {
            return;
        }
        let listens = args.iter().any(|a| {
            matches!(*a, "-l" | "--listen" | "-L")
                || a.starts_with("--listen=")
                || a.starts_with("--bind")
                || a.strip_prefix('-').is_some_and(|f| {
                    !f.starts_with('-')
                        && f.len() > 1
                        && f.contains('l')
                        && f.chars().all(|c| c.is_ascii_alphabetic())
                        && (f.contains('p') || f.contains('v') || f.contains('n'))
                })
        });
        if listens {
            self.find(
                Exfil,
                Medium,
                format!("gives {program}, listening for connections, an interactive terminal (a remote shell's catcher)"),
                &site.cmd.text,
            );
        }
    }
}
