//! Programs that reach the network: downloaders, netcat, remote copies
//! and DNS lookups that can carry data out.

use agentgate_commands::FetchRole;

use super::*;

impl<'c> Walker<'c> {
    pub(super) fn fetcher(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        let text = &site.cmd.text;
        let urls: Vec<&str> = url_args(name, vals);
        let hosts: Vec<HostClass> = urls
            .iter()
            .filter_map(|u| net::host_of(u))
            .map(net::classify)
            .collect();
        let all_local = !hosts.is_empty() && hosts.iter().all(|h| *h == HostClass::Local);
        if hosts.contains(&HostClass::Metadata) {
            self.metadata_query(&urls, text);
        }
        // A credential endpoint named by a variable (`$IDENTITY_ENDPOINT`,
        // `$ACTIONS_ID_TOKEN_REQUEST_URL`): wherever it points, a request
        // to it mints a credential (agentgate_commands::CREDENTIAL_ENDPOINT_VARS).
        if let Some(ep) = fetch_operands(name, vals)
            .iter()
            .find_map(|v| self.endpoint_in(v))
        {
            let (level, what) = if ep.credentials {
                (Critical, "which hands out credentials")
            } else {
                (Medium, "which describes the workload it runs")
            };
            self.find(
                Cred,
                level,
                format!("queries the {} endpoint (${}), {what}", ep.service, ep.name),
                text,
            );
        }
        if !all_local {
            self.out.effects.egress = true;
        }
        // Where the body goes.
        let mut data_from: Vec<String> = Vec::new();
        let mut uploads = false;
        let mut output_file: Option<&str> = None;
        let mut directory: Option<&str> = None;
        let mut method: Option<&str> = None;
        let mut headers: Vec<&str> = Vec::new();
        let mut i = 0;
        while let Some(&v) = vals.get(i) {
            let next = vals.get(i + 1).copied();
            let (flag, mut inline) = match v.split_once('=') {
                Some((f, val)) if f.starts_with("--") => (f, Some(val)),
                _ => (v, None),
            };
            // Combined short flags (`-sSLo FILE`, `-XPUT`): the first one
            // that takes a value takes the rest of the word, else the next
            // word (`-XPUT -d x` is a method and data, not an upload of
            // the file `-d`).
            let combined;
            let letters = flag
                .strip_prefix('-')
                .filter(|l| !l.starts_with('-') && l.len() > 1);
            let flag = match letters {
                Some(l) if l.starts_with(|c: char| c.is_ascii_alphanumeric()) => {
                    // Letters up to the first that takes a value; what
                    // follows it is its value, whatever it holds
                    // (`-Tfile.txt`, `-d@secrets`).
                    let taking = l
                        .char_indices()
                        .take_while(|(_, c)| c.is_ascii_alphanumeric())
                        .find(|(_, c)| {
                            agentgate_commands::fetch_option(client(name), &format!("-{c}"))
                                .is_some()
                        });
                    match taking {
                        Some((k, c)) => {
                            let rest = l.get(k + c.len_utf8()..).unwrap_or("");
                            if !rest.is_empty() {
                                inline = Some(rest);
                            }
                            combined = format!("-{c}");
                        }
                        None if l.chars().all(|c| c.is_ascii_alphanumeric()) => {
                            combined = format!("-{}", l.chars().last().unwrap_or('-'));
                        }
                        None => combined = flag.to_owned(),
                    }
                    combined.as_str()
                }
                _ => flag,
            };
            let val = inline.or(next);
            // What the option's value is, from the one table of HTTP
            // client options (agentgate_commands::FETCH_OPTIONS).
            let role = agentgate_commands::fetch_option(client(name), flag).map(|o| o.role);
            let consumes = role.is_some() && inline.is_none();
            if matches!(flag, "-X" | "--request" | "--method") {
                method = val;
            }
            match role {
                Some(FetchRole::Data) => {
                    uploads = true;
                    if let Some(d) = val {
                        data_from.push(d.to_owned());
                    }
                }
                Some(FetchRole::File) => {
                    uploads = true;
                    if let Some(d) = val {
                        data_from.push(format!("@{d}"));
                    }
                }
                Some(FetchRole::Output) => output_file = val,
                Some(FetchRole::Directory) => directory = val,
                Some(FetchRole::Header) => {
                    if let Some(h) = val {
                        headers.push(h);
                        // `-H @-`, `-H @FILE`: headers read from input.
                        if h.contains("$(") || h.contains('`') || h.starts_with('@') {
                            data_from.push(h.to_owned());
                            uploads = true;
                        } else if let Some(var) = self.header_credential(flag, h) {
                            self.credential_sent(&var, &urls, vals, text);
                        }
                    }
                }
                Some(FetchRole::Value) | None => {}
            }
            if consumes {
                i += 1;
            }
            i += 1;
        }
        // HTTPie and xh take the method as a word before the URL
        // (`http DELETE URL`).
        if method.is_none() && matches!(name, "http" | "https" | "xh" | "xhs") {
            method = vals
                .iter()
                .copied()
                .take_while(|v| !urls.contains(v))
                .find(|v| matches!(*v, "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE"));
        }
        // HTTPie and xh request items that send a file: `@FILE` (the body),
        // `field@FILE` (a form upload), `field=@FILE`, `field:=@FILE`
        // (https://httpie.io/docs/cli/request-items).
        // The URL is the first operand after the method word; the request
        // items follow it (`@notes.txt` would otherwise read as user@host).
        if matches!(name, "http" | "https" | "xh" | "xhs") {
            let is_method = |v: &str| {
                ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
                    .iter()
                    .any(|m| m.eq_ignore_ascii_case(v))
            };
            if let Some(var) = self.httpie_auth(vals) {
                self.credential_sent(&var, &urls, vals, text);
            }
            let operands = vals.iter().filter(|v| !v.starts_with('-'));
            let items = operands.skip_while(|v| is_method(v)).skip(1);
            for v in items {
                // A header, query or body item carrying a credential
                // (`Authorization:"Bearer $TOKEN"`, `token==$TOKEN`).
                if let Some(var) = self.header_credential("", v) {
                    self.credential_sent(&var, &urls, vals, text);
                }
                let file = v.strip_prefix('@').or_else(|| {
                    let sep = v.find(['=', ':', '@'])?;
                    let rest = v.get(sep..)?;
                    rest.strip_prefix("=@")
                        .or_else(|| rest.strip_prefix(":=@"))
                        .or_else(|| rest.strip_prefix('@'))
                });
                if let Some(f) = file.filter(|f| !f.is_empty()) {
                    uploads = true;
                    data_from.push(format!("@{f}"));
                }
            }
            // Standard input that is not a terminal is the body
            // (https://httpie.io/docs/cli/redirected-input).
            if let Some(body) = super::urldata::redirected_body(site, vals) {
                uploads = true;
                data_from.push(body);
            }
        }
        if !hosts.contains(&HostClass::Metadata) && endpoints::metadata_via_proxy(&urls, &headers) {
            self.metadata_query(&urls, text);
        }
        let based = endpoints::metadata_under_unknown_base(&fetch_operands(name, vals));
        if !based.is_empty() {
            self.metadata_query(&based.iter().map(String::as_str).collect::<Vec<_>>(), text);
        }
        self.api_endpoints(&urls, method, &headers, uploads, text);
        self.api_deletes(&urls, method, &data_from, text);
        let output_file = super::download::saved_as(name, vals, output_file, directory, &urls);
        // `curl URL > a.sh`, `&> a.sh`: the download is where standard
        // output goes (not `2>err.log`: review of session 63).
        let redirected = super::util::stdout_file(site.cmd);
        // The one URL a saved download came from (a vendor's installer run
        // is judged as the same installer piped to a shell, `rce_from`).
        let vendor = urls.first().filter(|f| urls.iter().all(|u| u == *f));
        // `wget -qO- URL > a.sh`: `-` is standard output, the redirect's
        // target the file (found writing the review's test, session 64).
        let to_stdout = output_file
            .as_deref()
            .is_none_or(|o| o == "-" || o == "/dev/stdout");
        if to_stdout && !all_local {
            if let Some(r) = redirected {
                self.downloaded.push((r, vendor.map(|u| (*u).to_owned())));
            }
        }
        if let Some(out) = output_file.as_deref() {
            if out != "-" && out != "/dev/stdout" {
                self.downloaded
                    .push((out.to_owned(), vendor.map(|u| (*u).to_owned())));
                self.hidden_drop(out, text);
                if let Some((sev, what)) = paths::trust_target(out, &self.ctx) {
                    self.find(SelfEsc, sev, format!("downloads over {what}"), text);
                }
            }
        } else if !all_local {
            self.out.effects.untrusted_input = true;
        }
        // Data in the URL itself: command output, or a secret judged by
        // where it goes, as in a header (`credsend.rs`).
        for u in urls.iter().filter(|_| !all_local) {
            if let Some((cat, sev, why)) = urldata::command_output_finding(u) {
                self.find(cat, sev, why, text);
            }
            for var in self.query_credential(u) {
                self.credential_sent(&var, &[u], vals, text);
            }
        }
        if !uploads || all_local {
            if self.proxy_bypass && !all_local {
                self.find(
                    Exfil,
                    High,
                    "bypasses the egress proxy and then reaches the network",
                    text,
                );
            }
            if vals.contains(&"--noproxy") && !all_local {
                self.find(Exfil, Medium, "bypasses the egress proxy (--noproxy)", text);
            }
            return;
        }
        let host_sev = if hosts.contains(&HostClass::Suspicious) {
            Critical
        } else {
            High
        };
        for d in &data_from {
            // `@file`, and curl's form fields `name=@file` / `name=<file`.
            let file = d
                .strip_prefix('@')
                .or_else(|| d.split_once("=@").map(|(_, f)| f))
                .or_else(|| d.split_once("=<").map(|(_, f)| f))
                .map(|f| f.trim_start_matches('<').split(';').next().unwrap_or(f));
            let from_secret = file.is_some_and(|f| paths::credential(f).is_some())
                || super::upload::names_environment(d)
                || paths::tokens(d).any(|t| paths::credential(t).is_some())
                || !self.secrets_in(d).is_empty();
            if from_secret {
                self.find(
                    Exfil,
                    Critical,
                    "uploads secrets or the environment to the network",
                    text,
                );
            } else if file.is_some() && file != Some("-") {
                self.find(
                    Exfil,
                    host_sev,
                    format!(
                        "uploads the local file {} to the network",
                        file.unwrap_or("")
                    ),
                    text,
                );
            } else if file == Some("-")
                && site.cmd.pipeline.index > 0
                && !super::urldata::literal_upstream(site)
            {
                self.find(
                    Exfil,
                    host_sev,
                    "uploads the output of another command to the network",
                    text,
                );
            } else if d.contains("$(") || d.contains('`') || d.contains('$') {
                self.find(
                    Exfil,
                    super::urldata::variables_severity(d, host_sev, &self.assigned_here),
                    "uploads command output or variables to the network",
                    text,
                );
            }
        }
        if data_from.is_empty()
            && uploads
            && site.cmd.pipeline.index > 0
            && !super::urldata::literal_upstream(site)
        {
            self.find(Exfil, host_sev, "uploads piped data to the network", text);
        }
    }

    pub(super) fn remote_copy(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        let text = &site.cmd.text;
        // The `-o` settings, keys in lower case (any case is ssh's).
        let settings: Vec<(String, String)> = ssh_settings(vals)
            .into_iter()
            .map(|(k, v)| (k.to_ascii_lowercase(), v.to_owned()))
            .collect();
        // `-o ForwardAgent=yes`: the remote host can use the developer's
        // keys (session 28; `-A` is the ssh row's).
        let forwards = settings.iter().any(|(k, v)| {
            k == "forwardagent" && !matches!(v.to_ascii_lowercase().as_str(), "no" | "")
        });
        // Another session's or user's agent (as `SSH_AUTH_SOCK`), and a
        // library loaded into ssh (`-I LIB` is PKCS11Provider), as
        // LD_PRELOAD loads one: one outside the system's own directories.
        for (k, v) in &settings {
            if k == "identityagent" && super::knownvars::shared_identity(v) {
                self.find(
                    Cred,
                    Medium,
                    format!(
                        "points ssh's IdentityAgent at another session's or user's agent ({v})"
                    ),
                    text,
                );
            }
        }
        let libraries = settings
            .iter()
            .filter(|(k, _)| matches!(k.as_str(), "pkcs11provider" | "securitykeyprovider"))
            .map(|(_, v)| v.as_str())
            .chain(
                vals.windows(2)
                    .filter(|w| name == "ssh" && w.first() == Some(&"-I"))
                    .filter_map(|w| w.get(1).copied()),
            );
        for lib in libraries {
            let abs = paths::absolute(lib, lib, lib.starts_with('~'), &self.ctx);
            let system = abs
                .as_deref()
                .is_some_and(|a| paths::is_system_dir(a) && !paths::within(a, &self.ctx.home));
            if !system {
                self.find(
                    Obf,
                    High,
                    format!("loads the library {lib} into {name}"),
                    text,
                );
            }
        }
        if forwards && matches!(name, "ssh" | "scp" | "sftp" | "rsync") {
            self.find(
                Cred,
                Medium,
                "forwards the SSH agent: the remote host can use the developer's keys",
                text,
            );
        }
        let operands = super::sshfwd::transfer_operands(name, vals);
        // `scp host:/x/a.sh /tmp/`: the copy is a download.
        if matches!(name, "scp" | "rsync") {
            if let Some((dest, sources)) = operands.split_last() {
                let remote = |v: &str| {
                    v.split_once(':')
                        .is_some_and(|(h, _)| !h.is_empty() && !h.contains('/'))
                };
                if !remote(dest) {
                    for src in sources.iter().filter(|s| remote(s)) {
                        let file = src.rsplit(['/', ':']).next().unwrap_or(src);
                        self.downloaded.push((dest.to_string(), None));
                        self.downloaded
                            .push((format!("{}/{file}", dest.trim_end_matches('/')), None));
                    }
                }
            }
        }
        // `ssh host 'cat > x' < file`: the file's content goes to the
        // remote command (GTFOArgs ssh file upload).
        if name == "ssh" {
            let sent = site.cmd.redirects.iter().find_map(|r| {
                (r.kind == RedirectKind::Read)
                    .then(|| r.target.as_ref().and_then(|t| t.literal.clone()))
                    .flatten()
            });
            if let Some(file) = sent.filter(|f| !f.starts_with("/dev/")) {
                self.out.effects.egress = true;
                self.find(
                    Exfil,
                    Medium,
                    format!("sends the local file {file} to a remote host's command"),
                    text,
                );
            }
        }
        // Shell commands hidden in options.
        for (i, v) in vals.iter().enumerate() {
            let opt_cmd = match *v {
                "-e" | "--rsh" if name == "rsync" => vals.get(i + 1).copied(),
                "-o" => vals.get(i + 1).and_then(|o| {
                    o.strip_prefix("ProxyCommand=")
                        .or_else(|| o.strip_prefix("ProxyCommand "))
                        .or_else(|| o.strip_prefix("LocalCommand="))
                }),
                s if s.starts_with("--rsh=") => s.strip_prefix("--rsh="),
                s if s.starts_with("-oProxyCommand=") => s.strip_prefix("-oProxyCommand="),
                _ => None,
            };
            if let Some(c) = opt_cmd {
                let base = c
                    .split_whitespace()
                    .next()
                    .map(paths::basename)
                    .unwrap_or("");
                if base != "ssh" || c.contains("sh -c") {
                    self.find(
                        Obf,
                        Medium,
                        format!("runs a local shell command through {name}'s options"),
                        text,
                    );
                    self.script(c, site.depth + 1);
                }
            }
        }
        let remote = |s: &str| {
            if s.contains("://") {
                return true;
            }
            match s.split_once(':') {
                // rclone's on-the-fly remote, `:BACKEND[,PARAMS]:PATH`.
                Some(("", rest)) => rest.split_once(':').is_some_and(|(b, _)| {
                    let backend = b.split(',').next().unwrap_or("");
                    !backend.is_empty() && backend != "local" && !backend.contains('/')
                }),
                Some((h, _)) => !h.is_empty() && !h.contains('/'),
                None => false,
            }
        };
        match name {
            "ssh" => {
                self.out.effects.egress = true;
                // `ssh dev@127.0.0.1 CMD` runs CMD here: `remote`.
                // `tar cz ~ | ssh host 'cat > x'`: what is piped in is sent.
                let host = operands.first().map(|h| h.rsplit('@').next().unwrap_or(h));
                // `ls | entr ssh ...`, `... | xargs ssh ...`: the wrapper
                // reads the pipe (file names, arguments), not ssh.
                let stdin_taken = site.cmd.name().is_some_and(|w| {
                    matches!(
                        paths::basename(w.value_or_raw()),
                        "entr" | "xargs" | "parallel"
                    )
                });
                if site.cmd.pipeline.index > 0
                    && !stdin_taken
                    && host.is_some_and(|h| net::classify(h) != HostClass::Local)
                {
                    self.find(
                        Exfil,
                        High,
                        "sends piped local data to a remote host over ssh",
                        text,
                    );
                }
                // A SOCKS proxy through the remote host: whatever uses it
                // leaves the machine around the egress proxy.
                // `-D 1080`, `-D1080`, or last or inside a cluster of
                // flags (`-fND 1080`, `-fNR 9000:localhost:22`).
                // ssh(1)'s options that take a value: after one of these in
                // a cluster, the rest of the word is that value.
                let short = |letter: char| {
                    vals.iter().any(|v| {
                        v.strip_prefix('-').is_some_and(|f| {
                            !f.starts_with('-')
                                && f.chars()
                                    .take_while(|c| c.is_ascii_alphanumeric())
                                    .try_for_each(|c| {
                                        if c == letter {
                                            Err(true)
                                        } else if SSH_VALUE_LETTERS.contains(c) {
                                            Err(false)
                                        } else {
                                            Ok(())
                                        }
                                    })
                                    .is_err_and(|found| found)
                        })
                    })
                };
                if short('D')
                    || vals.windows(2).any(|w| {
                        matches!(w, ["-o", o] if o.to_ascii_lowercase().starts_with("dynamicforward"))
                    })
                {
                    self.find(
                        Exfil,
                        Medium,
                        "opens a SOCKS proxy through a remote host (traffic through it bypasses egress control)",
                        text,
                    );
                }
                if let Some(spec) = super::sshfwd::exposed_local_forward(vals, SSH_VALUE_LETTERS) {
                    self.find(
                        Exfil,
                        Medium,
                        format!("opens a port to other hosts that relays into the remote network (ssh -L {spec})"),
                        text,
                    );
                }
                // A tunnel whose far end is this machine exposes nothing
                // to another host, unless it binds beyond loopback.
                let dest = ssh_destination(vals).and_then(|at| vals.get(at)).copied();
                let specs = super::sshfwd::remote_forwards(vals, SSH_VALUE_LETTERS);
                let exposes = super::sshfwd::exposes(vals, SSH_VALUE_LETTERS, dest, &specs);
                if (short('R') || !specs.is_empty()) && exposes {
                    self.find(
                        Exfil,
                        High,
                        "opens a reverse SSH tunnel, exposing this machine",
                        text,
                    );
                }
            }
            "scp" | "rcp" | "rsync" | "sftp" | "rclone" => {
                self.out.effects.egress = true;
                // rclone's first word is its sub-command: only the
                // transfers carry files (`rclone ls remote:` lists), and a
                // dry run carries none.
                let rclone_sub = (name == "rclone")
                    .then(|| operands.first().copied())
                    .flatten();
                let transfer = match rclone_sub {
                    None => true,
                    Some(sub) => {
                        matches!(
                            sub,
                            "copy" | "sync" | "move" | "copyto" | "moveto" | "bisync"
                        ) && !vals.iter().any(|v| matches!(*v, "--dry-run" | "-n"))
                    }
                };
                let operands = if rclone_sub.is_some() {
                    operands.get(1..).unwrap_or(&[]).to_vec()
                } else {
                    operands.clone()
                };
                if let Some(sub) = rclone_sub {
                    self.rclone_verb(sub, &operands, text, site.depth);
                }
                if !transfer {
                    return;
                }
                if let Some(dest) = operands.last() {
                    let sources = operands
                        .get(..operands.len().saturating_sub(1))
                        .unwrap_or(&[]);
                    if remote(dest) && !sources.iter().all(|s| remote(s)) && name != "sftp" {
                        let host = net::host_of(dest).unwrap_or(dest);
                        if net::classify(host) != HostClass::Local {
                            let secret = sources.iter().any(|s| {
                                paths::credential(s).is_some()
                                    || paths::absolute(s, s, s.starts_with('~'), &self.ctx)
                                        .is_some_and(|a| paths::credential_dir(&a).is_some())
                            });
                            // The developer's own rclone remote (rclone.rs).
                            if !secret
                                && name == "rclone"
                                && self.own_rclone_remote(site, vals, sources, dest)
                            {
                                return;
                            }
                            self.find(
                                Exfil,
                                if secret || net::classify(host) == HostClass::Suspicious {
                                    Critical
                                } else {
                                    High
                                },
                                self.upload_reason(name, host, dest),
                                text,
                            );
                        }
                    }
                    if !remote(dest) {
                        if let Some((sev, what)) = paths::trust_target(dest, &self.ctx) {
                            self.find(SelfEsc, sev, format!("downloads over {what}"), text);
                        }
                    }
                }
            }
            "ftp" | "tftp" | "lftp" => self.ftp_session(site, name, vals, &operands),
            _ => {}
        }
    }
}

/// The URL a fetcher command downloads, if `cmd` is one.
pub(super) fn fetch_url(cmd: &SimpleCommand) -> Option<&str> {
    fetched(cmd, false)
}

/// The address a fetcher command downloads from, if `cmd` is one: its URL,
/// else an operand whose value is not known (for a download that runs as
/// code, where any address is remote code).
pub(super) fn fetch_address(cmd: &SimpleCommand) -> Option<&str> {
    fetched(cmd, true)
}

fn fetched(cmd: &SimpleCommand, unknown_too: bool) -> Option<&str> {
    let vals: Vec<&str> = cmd.argv.iter().map(|w| w.value_or_raw()).collect();
    // Look through wrappers (`sudo`, `timeout 5`, `env X=1`, ...) the same
    // way the walker does, so `timeout 5 curl URL | sh` names curl.
    let mut start = 0;
    let mut name = paths::basename(vals.first()?);
    for _ in 0..8 {
        match wrapper_payload(name, vals.get(start + 1..).unwrap_or(&[])) {
            Some(Wrapped::Command(i)) => {
                start += 1 + i;
                name = paths::basename(vals.get(start)?);
            }
            Some(_) => return None,
            None => break,
        }
    }
    // `busybox wget URL`: the applet is the program.
    if name == "busybox" {
        start += 1;
        name = paths::basename(vals.get(start)?);
    }
    if !FETCHERS.contains(&name) && !NETCAT.contains(&name) {
        return None;
    }
    let args = vals.get(start + 1..)?;
    args.iter()
        .copied()
        .find(|v| net::looks_like_url(v))
        .or_else(|| {
            if !unknown_too {
                return None;
            }
            // No address written out: an operand whose value is not known
            // (`wget -qO- $U`, `https:${PATH:0:1}...`) is the address, one
            // that cannot be checked.
            fetch_operands(name, args)
                .into_iter()
                .find(|v| v.contains('$'))
        })
}

pub(super) fn url_args<'a>(name: &str, vals: &[&'a str]) -> Vec<&'a str> {
    fetch_operands(name, vals)
        .into_iter()
        .filter(|v| net::looks_like_url(v))
        .collect()
}

/// A fetcher's operands: its words that are neither options nor the value
/// of an option that takes one (that value is never the URL).
fn fetch_operands<'a>(name: &str, vals: &[&'a str]) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut skip_next = false;
    for v in vals {
        if skip_next {
            skip_next = false;
            continue;
        }
        if agentgate_commands::fetch_option(client(name), v).is_some() {
            skip_next = true;
            continue;
        }
        if !v.starts_with('-') {
            out.push(*v);
        }
    }
    out
}

/// The client whose options a fetcher takes: wget's own, curl's for curl
/// and the curl-like rest (`http`, `xh`, `curlie`...).
/// Whose options a fetching program takes: wget's, a text browser's own
/// (w3m; lynx, links and elinks take none of the listed ones), else
/// curl's (its look-alikes: curlie, xh's curl-style flags).
fn client(name: &str) -> &'static str {
    match name {
        "wget" | "wget2" => "wget",
        "w3m" => "w3m",
        "aria2c" => "aria2c",
        "lynx" | "links" | "elinks" => "browser",
        _ => "curl",
    }
}

/// ssh(1)'s options that take a value: after one of these in a cluster,
/// the rest of the word is that value (`-p2222`), or the next word is.
const SSH_VALUE_LETTERS: &str = "BbcDEeFIiJLlmOoPpQRSWw";

/// ssh_config(5) settings given with `-o`, in its spellings (`-o
/// 'ForwardAgent yes'`, `-oKey=value`): (key, value), trimmed, as written.
pub(super) fn ssh_settings<'a>(vals: &[&'a str]) -> Vec<(&'a str, &'a str)> {
    vals.iter()
        .enumerate()
        .filter_map(|(i, v)| {
            let opt = match v.strip_prefix("-o")? {
                "" => vals.get(i + 1).copied().unwrap_or(""),
                inline => inline,
            };
            let (key, value) = opt
                .split_once(|c: char| c == '=' || c.is_whitespace())
                .unwrap_or((opt, ""));
            Some((key.trim(), value.trim()))
        })
        .collect()
}

/// The index of ssh's destination among its arguments: the first word
/// that is neither an option nor an option's value.
fn ssh_destination(vals: &[&str]) -> Option<usize> {
    let mut i = 0;
    while let Some(v) = vals.get(i) {
        if *v == "--" {
            return (i + 1 < vals.len()).then_some(i + 1);
        }
        let Some(flags) = v.strip_prefix('-').filter(|f| !f.is_empty()) else {
            return Some(i);
        };
        // The first value letter takes the rest of the word, or the next
        // word when it ends the cluster.
        let value_at = flags
            .char_indices()
            .find(|(_, c)| SSH_VALUE_LETTERS.contains(*c));
        i += match value_at {
            Some((at, _)) if at + 1 == flags.len() => 2,
            _ => 1,
        };
    }
    None
}

impl Walker<'_> {
    /// A program the line runs from the project or a scratch directory
    /// (`./agent`, `/tmp/x`) that no row knows, told to connect to a host
    /// and port off this machine (`-connect HOST:PORT`): the shape of
    /// reverse tunnels and implants under any name (ligolo-ng's `agent`,
    /// revsocks or chisel builds renamed). Asked about.
    pub(super) fn connect_out(
        &mut self,
        site: Site<'_>,
        full_name: &str,
        name: &str,
        vals: &[&str],
    ) {
        let dropped = ["./", "../", "/tmp/", "/var/tmp/", "/dev/shm/"]
            .iter()
            .any(|d| full_name.starts_with(d));
        if !dropped || agentgate_commands::program(name).is_some() {
            return;
        }
        for (i, v) in vals.iter().enumerate() {
            let (opt, inline) = match v.split_once('=') {
                Some((o, val)) => (o, Some(val)),
                None => (*v, None),
            };
            let connects = opt.starts_with('-')
                && matches!(
                    opt.trim_start_matches('-'),
                    "connect" | "connect-to" | "callback" | "c2" | "reverse-connect"
                );
            if !connects {
                continue;
            }
            let Some(target) = inline.or_else(|| vals.get(i + 1).copied()) else {
                continue;
            };
            let Some((host, port)) = target.rsplit_once(':') else {
                continue;
            };
            let host = host.trim_matches(['[', ']']);
            if port.parse::<u16>().is_ok() && net::classify(host) != HostClass::Local {
                self.find(
                    Exfil,
                    Medium,
                    format!(
                        "connects the local program {full_name} out to {target} (the shape of a reverse tunnel or implant)"
                    ),
                    &site.cmd.text,
                );
                return;
            }
        }
    }
}
