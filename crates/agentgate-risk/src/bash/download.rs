//! A download run as code (`curl URL | sh`, `bash -c "$(wget -qO- URL)"`,
//! `deno run URL`): what is judged once the fetched address is known.

use super::*;

impl Walker<'_> {
    /// Finds the run of `file` when the line downloaded it: Critical, or
    /// Medium for a vendor's installer (as `curl URL | sh` of the same URL
    /// is). Returns whether `file` was downloaded.
    pub(super) fn runs_download(&mut self, file: &str, text: &str) -> bool {
        self.download_run(file, text, None)
    }

    /// A bare program name run after the line put `.` (or another
    /// directory it can write) on PATH (`PATH=.:$PATH .s`): a download
    /// under that name in the working directory is what runs, as `./.s`
    /// would (thc, session 63: sshx fetched, unpacked to `.s` and run).
    pub(super) fn runs_download_by_name(&mut self, name: &str, text: &str) {
        self.runs_download(&format!("./{name}"), text);
    }

    /// `mv x.deb y.deb`, `cp x.sh /tmp/run.sh`, `mv x.sh bin/`: a copy or a
    /// new name of a download is the download (the destination, or the
    /// source's name under it when it is a directory).
    pub(super) fn carries_download(&mut self, name: &str, vals: &[&str]) {
        if !matches!(name, "mv" | "cp" | "install" | "ln" | "ditto") {
            return;
        }
        let ops: Vec<&str> = vals
            .iter()
            .copied()
            .filter(|v| !v.starts_with('-'))
            .collect();
        let Some((dest, sources)) = ops.split_last() else {
            return;
        };
        let mut carried = Vec::new();
        for src in sources {
            for (_, url) in self.downloaded.iter().filter(|(d, _)| same_file(d, src)) {
                carried.push(((*dest).to_owned(), url.clone()));
                let under = format!("{}/{}", dest.trim_end_matches('/'), paths::basename(src));
                carried.push((under, url.clone()));
            }
        }
        self.downloaded.extend(carried);
    }

    /// As [`Self::runs_download`], for a run that is an install of `file`
    /// as `what` (`dpkg -i x.deb`: "a Debian package (its maintainer
    /// scripts run as root)") when `installs` says so.
    pub(super) fn download_run(&mut self, file: &str, text: &str, installs: Option<&str>) -> bool {
        // A glob names the downloads whose names it matches (`dpkg -i
        // *.deb`, `sh ./*.sh`).
        let glob = file
            .contains('*')
            .then(|| agentgate_rules::Wildcard::new(paths::basename(file)));
        let urls: Vec<Option<&String>> = self
            .downloaded
            .iter()
            .filter(|(d, _)| {
                same_file(d, file) || glob.as_ref().is_some_and(|g| g.matches(paths::basename(d)))
            })
            .map(|(_, url)| url.as_ref())
            .collect();
        let Some(first) = urls.first() else {
            return false;
        };
        // The vendor's URL when every download under that name was one
        // (another download to the same name keeps the run Critical).
        let vendor = first
            .filter(|_| {
                urls.iter()
                    .all(|u| u.is_some_and(|u| net::is_vendor_installer_url(u)))
            })
            .cloned();
        let verb = if installs.is_some() {
            "installs"
        } else {
            "runs"
        };
        let what = installs.map(|w| format!(" as {w}")).unwrap_or_default();
        match vendor {
            Some(url) => {
                let host = net::host_of(&url).unwrap_or("").to_owned();
                self.find(
                    Rce,
                    Medium,
                    format!(
                        "{verb} {file}{what}, a vendor installer it just downloaded from {host}"
                    ),
                    text,
                );
            }
            None => self.find(
                Rce,
                Critical,
                format!("{verb} {file}{what}, which it just downloaded"),
                text,
            ),
        }
        true
    }

    /// A program whose standard input is code it builds or runs
    /// (`agentgate_commands::Exec::StdinCode`): a download piped in or
    /// read through `< <(curl URL)` is run.
    pub(super) fn fetched_stdin(&mut self, site: Site<'_>, via: &str) {
        let substituted = site.cmd.redirects.iter().any(|r| {
            r.kind == RedirectKind::Read
                && r.fd.unwrap_or(0) == 0
                && r.target
                    .as_ref()
                    .is_some_and(|t| t.value_or_raw() == "<(...)")
        });
        let mut sources = upstream(site);
        if substituted {
            sources.extend(children(site));
        }
        if let Some(url) = sources.iter().find_map(|c| fetch_address(c)) {
            self.rce_from(site, url, via);
        }
    }

    /// `url`'s content runs in `via`: remote code, unless the address is
    /// this machine or a vendor's installer; a `file://` address is judged
    /// by what the line wrote there.
    pub(super) fn rce_from(&mut self, site: Site<'_>, url: &str, via: &str) {
        let text = &site.cmd.text;
        let known = url.contains('$').then(|| self.resolve_vars(url)).flatten();
        let url = known.as_deref().unwrap_or(url);
        // `curl file:///tmp/x.sh | sh`: a local file, judged by what the
        // line wrote into it (unknown otherwise, as `sh FILE` is).
        if let Some(path) = url.strip_prefix("file://") {
            if let Some(g) = self.written(path) {
                self.script(&g.payload, site.depth + 1);
            } else {
                self.find(
                    Unverifiable,
                    Medium,
                    format!("runs the local file {path} in {via}, whose content is not shown"),
                    text,
                );
            }
            return;
        }
        let host = net::host_of(url).unwrap_or("");
        if net::classify(host) == HostClass::Local {
            return;
        }
        if net::is_vendor_installer_url(url) {
            self.find(
                Rce,
                Medium,
                format!("runs a vendor installer from {host} in {via}"),
                text,
            );
        } else {
            self.find(
                Rce,
                Critical,
                format!(
                    "downloads code from {} and runs it in {via}",
                    if host.is_empty() { url } else { host }
                ),
                text,
            );
        }
    }

    /// `curl URL | docker compose -f - up`: the containers started are the
    /// ones a downloaded file defines (their images, commands, mounts of
    /// the host and privileges): the download run (htwin, session 36: it
    /// passed). Only the verbs that start containers; `config` prints.
    pub(super) fn compose_from_download(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        const STARTS: &[&str] = &["up", "run", "create", "start", "restart"];
        let compose = matches!(name, "docker-compose" | "podman-compose")
            || matches!(name, "docker" | "podman" | "nerdctl") && vals.contains(&"compose");
        if !compose || !vals.iter().any(|v| STARTS.contains(v)) {
            return;
        }
        let files: Vec<&str> = (0..vals.len())
            .filter_map(|i| agentgate_commands::option_value(vals, i, &["-f", "--file"]))
            .map(|(v, _)| v)
            .collect();
        let via = if name.ends_with("-compose") {
            format!("the containers {name} starts")
        } else {
            format!("the containers {name} compose starts")
        };
        for file in files {
            if file != "-" && file != "/dev/stdin" {
                // `curl -o c.yml URL && docker compose -f c.yml up`.
                self.runs_download(file, &site.cmd.text);
                continue;
            }
            let pos = site.cmd.pipeline;
            if pos.index == 0 || pos.len < 2 {
                continue;
            }
            if let Some(url) = upstream(site).iter().find_map(|c| fetch_address(c)) {
                self.rce_from(site, url, &via);
            }
        }
    }

    /// `curl URL | sh FILE`: the shell runs FILE, and the download is its
    /// standard input, which FILE can read and run (`exec sh`, `eval
    /// "$(cat)"`): judged as the download run, one step less certain.
    pub(super) fn download_into_script(&mut self, site: Site<'_>, file: &str, via: &str) {
        let pos = site.cmd.pipeline;
        if pos.index == 0 || pos.len < 2 {
            return;
        }
        let upstream = upstream(site);
        let Some(url) = upstream.iter().find_map(|c| fetch_address(c)) else {
            return;
        };
        let host = net::host_of(url).unwrap_or(url);
        if net::classify(host) == HostClass::Local {
            return;
        }
        self.find(
            Rce,
            High,
            format!("pipes code downloaded from {host} into {via} running {file}, which can read and run it"),
            &site.cmd.text,
        );
    }

    /// Interpreter code that fetches from the network downloads the files
    /// it writes (`crate::codewrites::written_paths`): running one later in
    /// the line runs what the server sent.
    pub(super) fn code_downloads(&mut self, code_text: &str) {
        for path in crate::codewrites::written_paths(code_text) {
            self.downloaded.push((path, None));
        }
    }

    /// Whether the line downloaded the file at `abs` itself (`curl -o
    /// pkg.bin URL && ... && rm -f pkg.bin`, ci3 session 41): deleting it
    /// loses nothing that was there before.
    pub(super) fn fetched(&self, abs: &str) -> bool {
        self.downloaded.iter().any(|(f, _)| {
            paths::absolute(f, f, f.starts_with('~'), &self.ctx).as_deref() == Some(abs)
        })
    }

    /// A download saved in memory-only scratch (`/dev/shm`) or under a
    /// hidden name in a scratch directory (`/tmp/.x`): where droppers stage
    /// what they run next, out of a listing's and a disk's sight (ATT&CK
    /// T1564.001, T1105; htlin, session 34: `wget URL -O /dev/shm/.rev.py`,
    /// `wget URL -P /dev/shm`).
    pub(super) fn hidden_drop(&mut self, out: &str, text: &str) {
        // Relative to where the line has moved to (`cd /dev/shm && wget URL`).
        let full = paths::absolute(out, out, out.starts_with('~'), &self.ctx)
            .unwrap_or_else(|| out.to_owned());
        let memory = ["/dev/shm/", "/run/shm/"]
            .iter()
            .any(|d| full.starts_with(d));
        let hidden = paths::basename(&full).starts_with('.')
            && ["/tmp/", "/var/tmp/"].iter().any(|d| full.starts_with(d));
        if memory || hidden {
            self.find(
                Obf,
                Medium,
                format!("downloads into {full}, a memory-only or hidden place where droppers stage what they run"),
                text,
            );
        }
    }
}

/// Where a download is saved: its output option's value (`-o FILE`), or for
/// the clients that save by default (wget, aria2c) and curl's `-O`, the
/// URL's last segment; inside its directory option's value (curl
/// `--output-dir`, wget `-P`, aria2c `-d`) unless the name is absolute.
/// `None` when the body goes to standard output.
pub(super) fn saved_as(
    name: &str,
    vals: &[&str],
    output: Option<&str>,
    directory: Option<&str>,
    urls: &[&str],
) -> Option<String> {
    let remote_name = || urls.first().map(|u| u.rsplit('/').next().unwrap_or(u));
    let file = output.or_else(|| match name {
        "curl"
            if vals.iter().any(|v| {
                *v == "-O"
                    || *v == "--remote-name"
                    || (v.starts_with('-') && !v.starts_with("--") && v.contains('O'))
            }) =>
        {
            remote_name()
        }
        "wget" | "aria2c" if !vals.iter().any(|v| *v == "-qO-" || *v == "-O-") => remote_name(),
        _ => None,
    })?;
    Some(match directory {
        Some(dir) if !file.starts_with(['/', '~']) && file != "-" => {
            format!("{}/{file}", dir.trim_end_matches('/'))
        }
        _ => file.to_owned(),
    })
}
