//! Installs and runs from a source the command line names
//! (`agentgate_commands::PACKAGE_SOURCES`): a host no list knows is
//! remote code (high), a well-known code host unpinned code (medium), a
//! Go module under a well-known or vanity host nothing.

use super::*;
use crate::net::{self, HostClass};
use agentgate_commands::SourceForm;

/// The host a source names, if it names one.
fn source_host(v: &str, form: SourceForm) -> Option<&str> {
    // A word whose value is not known is seen as written (`"k8s.io/x@$V"`).
    let v = v.trim_matches(['"', '\'']);
    match form {
        SourceForm::Url => {
            let v = v.trim_start_matches("git+");
            v.contains("://").then(|| net::host_of(v)).flatten()
        }
        SourceForm::ModulePath => {
            if v.contains("://") || v.starts_with(['.', '/', '-']) {
                return None;
            }
            let first = v.split(['/', '@']).next().unwrap_or("");
            // A module path's first element is a host when it has a dot
            // (https://go.dev/ref/mod#module-path); `./...`, `std`, `cmd/x`
            // are local.
            (first.contains('.') && v.contains('/')).then_some(first)
        }
    }
}

/// apt's `-o KEY=VALUE` (`--option`, `-oKEY=VALUE`) at `vals[i]` when
/// KEY is a simulation or download-only setting: whether it turns it on.
fn apt_dry_setting(vals: &[&str], i: usize) -> Option<bool> {
    let v = vals.get(i)?;
    let setting = match *v {
        "-o" | "--option" => vals.get(i + 1).copied()?,
        _ => v
            .strip_prefix("--option=")
            .or_else(|| v.strip_prefix("-o"))?,
    };
    let (key, value) = setting.trim_matches(['\'', '"']).split_once('=')?;
    let key = key.to_ascii_lowercase();
    matches!(
        key.as_str(),
        "apt::get::simulate" | "apt::get::download-only"
    )
    .then(|| {
        matches!(
            value.to_ascii_lowercase().as_str(),
            "true" | "1" | "yes" | "on" | "enable"
        )
    })
}

/// The host a chart repository's address names: `?` when the line does
/// not show it (`"$U"`, `"$(cat /tmp/u)"`), which may be any host.
fn repo_host(url: &str) -> Option<&str> {
    if url.contains(['$', '`']) {
        return Some("?");
    }
    source_host(url, SourceForm::Url)
}

/// The session mark of a Helm chart repository `name` added on `host`.
fn helm_mark(name: &str, host: &str) -> String {
    format!("helm:{name}@{host}")
}

impl Walker<'_> {
    /// `helm repo add NAME URL`: NAME's host is remembered for the line
    /// and the session (the mark `helm:NAME@HOST`), so that a chart
    /// installed from it later (`helm install x NAME/chart`) is judged as
    /// `--repo URL` is: that host's code in the cluster. Found trying the
    /// `--repo` rule as the agent (session 57): the two calls passed
    /// where the one is denied.
    fn helm_repo_add(&mut self, vals: &[&str]) {
        let ops: Vec<&str> = vals
            .iter()
            .copied()
            .filter(|v| !v.starts_with('-'))
            .collect();
        if ops.get(..2) != Some(&["repo", "add"][..]) {
            return;
        }
        // The address, and the name right before it: an option's value
        // may come first (`--username U NAME URL`), and is no address.
        let at = (3..ops.len())
            .find(|&j| ops.get(j).is_some_and(|v| v.contains("://")))
            .or_else(|| {
                (3..ops.len()).find(|&j| ops.get(j).is_some_and(|v| v.contains(['$', '`'])))
            });
        let (Some(repo), Some(url)) =
            (at.and_then(|j| ops.get(j - 1)), at.and_then(|j| ops.get(j)))
        else {
            return;
        };
        if repo.contains(['$', '`', '/']) {
            return;
        }
        let Some(host) = repo_host(url) else {
            return;
        };
        if net::classify(host) == HostClass::Local {
            return;
        }
        let key = helm_mark(repo, host);
        self.new_remotes.push((key.clone(), host.to_owned()));
        if !self.out.remotes_set.contains(&key) {
            self.out.remotes_set.push(key);
        }
    }

    /// Whether helm reads a repository list the line chose
    /// (`--repository-config FILE`, `HELM_REPOSITORY_CONFIG`, or its
    /// configuration home moved: `HELM_CONFIG_HOME`, `XDG_CONFIG_HOME`,
    /// `HOME`; https://helm.sh/docs/helm/helm/): its `REPO/CHART` names
    /// may point anywhere.
    fn helm_other_repo_list(&self, site: Site<'_>, vals: &[&str]) -> bool {
        let opt = (0..vals.len())
            .any(|i| agentgate_commands::option_value(vals, i, &["--repository-config"]).is_some());
        opt || self.env_set(site, |n| {
            matches!(
                n,
                "HELM_REPOSITORY_CONFIG" | "HELM_CONFIG_HOME" | "XDG_CONFIG_HOME" | "HOME"
            )
        })
    }

    /// The host of the chart repository `chart` (`REPO/NAME`) names, when
    /// the line or the session added it.
    fn helm_repo_host(&self, chart: &str) -> Option<String> {
        let (repo, _) = chart.trim_matches(['"', '\'']).split_once('/')?;
        let prefix = helm_mark(repo, "");
        self.new_remotes
            .iter()
            .rev()
            .find_map(|(k, _)| k.strip_prefix(&prefix).map(str::to_owned))
    }

    /// Judges the sources `name`'s install or run names (see the module's
    /// note).
    pub(super) fn package_sources(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        if name == "helm" {
            self.helm_repo_add(vals);
        }
        let Some(row) = agentgate_commands::package_source(name) else {
            return;
        };
        // The operands, past the options the program's row says take a
        // value (`apt-get -o X=Y install`).
        let opts = agentgate_commands::program(name)
            .map(super::knowledge::value_options)
            .unwrap_or_default();
        let ops = super::knowledge::operands(vals, &|o: &str| opts.contains(&o), true);
        // The last word that says "only simulate" decides: apt reads its
        // options in order (`-s -o APT::Get::Simulate=false` installs).
        let mut dry = false;
        for (i, v) in vals.iter().enumerate() {
            if row
                .unless
                .iter()
                .any(|u| super::subwords::option_word(u, v))
            {
                dry = true;
            } else if let Some(on) = apt_dry_setting(vals, i) {
                dry = on;
            }
        }
        if dry {
            return;
        }
        // The install form: a sub-command as the first operand (the words
        // after it are what it installs), or an option (`dpkg -i`, `code
        // --install-extension`: every operand and option value is).
        let first = ops.first().copied();
        let (sub, sub_at) = if let Some(s) = row
            .subs
            .iter()
            .filter(|s| s.starts_with('-'))
            .find_map(|s| vals.iter().find(|v| super::subwords::option_word(s, v)))
        {
            (s.split('=').next().unwrap_or(s), None)
        } else {
            match first.and_then(|i| vals.get(i).map(|v| (i, *v))) {
                Some((i, v)) if row.subs.contains(&v) => (v, Some(i)),
                _ => return,
            }
        };
        // A package file the line just downloaded runs its scripts.
        for (i, v) in vals.iter().enumerate() {
            if sub_at.is_some_and(|at| i <= at) {
                continue;
            }
            let file = match v.split_once('=') {
                Some((o, value)) if o.starts_with('-') => value,
                _ if v.starts_with('-') => continue,
                _ => v,
            };
            self.download_run(file, &site.cmd.text, Some(row.what));
        }
        let skip = sub_at.map_or(0, |at| at + 1);
        let mut hosts = self.source_hosts(name, row, vals, skip);
        if name == "helm" && self.helm_other_repo_list(site, vals) {
            // Every `REPO/CHART` may name any address there.
            let repo_charts = vals.iter().skip(skip).filter(|v| {
                !v.starts_with(['-', '.', '/', '~'])
                    && !v.contains("://")
                    && v.split('/').count() == 2
                    && self.helm_repo_host(v).is_none()
            });
            hosts.extend(repo_charts.map(|_| ("?".to_owned(), SourceForm::Url)));
        }
        for (host, form) in hosts {
            if host == "?" {
                self.find(
                    Unverifiable,
                    Medium,
                    format!(
                        "{name} {sub} fetches {} from an address the line does not show",
                        row.what
                    ),
                    &site.cmd.text,
                );
                continue;
            }
            let class = net::classify(&host);
            let level = match (class, form) {
                (HostClass::Local, _) => continue,
                (HostClass::Known, SourceForm::ModulePath) => continue,
                _ if form == SourceForm::ModulePath
                    && agentgate_commands::GO_MODULE_HOSTS.contains(&host.as_str()) =>
                {
                    continue
                }
                (HostClass::Known, _) => Medium,
                // A module path is a package name the module proxy serves
                // (as a PyPI name is); an unknown host is asked about.
                (_, SourceForm::ModulePath) => Medium,
                _ => High,
            };
            self.out.effects.trust_change = true;
            self.find(
                Rce,
                level,
                format!("{name} {sub} fetches {} from {host}", row.what),
                &site.cmd.text,
            );
        }
    }
}

impl Walker<'_> {
    /// `kubectl apply|create|replace -f URL`: manifests fetched at run
    /// time go to the cluster, whatever the server sends (pods that run
    /// its images with its commands). `-f -` takes them from standard
    /// input: a download piped in, or a chart rendered from a remote
    /// source (`helm template x URL`, `--repo URL`, a repository the line
    /// or the session added), is judged the same way (found trying the
    /// rule as the agent, session 57: `curl URL | kubectl apply -f -`
    /// passed).
    pub(super) fn cluster_manifests(&mut self, site: Site<'_>, vals: &[&str]) {
        // `-f F`, `-fF`, `--filename=F`, `--filename F`, `-Rf F`; `-k DIR`
        // is a kustomization, remote when it is a URL or a repository
        // address (`github.com/org/repo//path?ref=v1`).
        let files: Vec<&str> = (0..vals.len())
            .filter_map(|i| agentgate_commands::option_value(vals, i, &["-f", "--filename"]))
            .map(|(f, _)| f)
            .collect();
        let kustomizations = (0..vals.len())
            .filter_map(|i| agentgate_commands::option_value(vals, i, &["-k", "--kustomize"]))
            .filter_map(|(k, _)| remote_kustomization(k));
        let mut hosts: Vec<String> = files
            .iter()
            .filter(|u| u.contains("://"))
            .map(|u| net::host_of(u).unwrap_or("").to_owned())
            .chain(kustomizations)
            .collect();
        // A file the line just downloaded (`curl -o m.yaml URL && kubectl
        // apply -f m.yaml`) is that URL's manifests.
        for f in files.iter().filter(|f| !f.contains("://") && **f != "-") {
            let from: Vec<&Option<String>> = self
                .downloaded
                .iter()
                .filter(|(d, _)| super::same_file(d, f))
                .map(|(_, url)| url)
                .collect();
            if let Some(first) = from.first() {
                let one = first
                    .as_deref()
                    .filter(|u| from.iter().all(|o| o.as_deref() == Some(*u)));
                hosts.push(one.and_then(net::host_of).unwrap_or("").to_owned());
            }
        }
        // Manifests the line shows (`cat <<EOF | kubectl apply -f -`), a
        // variable among them or not: the keys are what they are.
        // `stdin_text` gives this command's own here-document already.
        if files.contains(&"-") {
            let shown = super::stdin_text(site).or_else(|| {
                upstream(site)
                    .iter()
                    .flat_map(|c| c.redirects.iter())
                    .find_map(|r| r.input_text.clone())
            });
            if let Some(text) = shown {
                self.pod_requests(site, &text);
            }
        }
        // What feeds `-f -` (the pipeline before it) or `-f <(...)` (the
        // substitution's commands, listed right after this one).
        let mut feeders = Vec::new();
        if files.contains(&"-") {
            feeders.extend(upstream(site));
        }
        if files.iter().any(|f| f.starts_with("<(")) {
            feeders.extend(
                site.analysis
                    .commands
                    .iter()
                    .skip(site.index + 1)
                    .take_while(|c| c.depth > site.cmd.depth)
                    .filter(|c| c.nesting == agentgate_shell::Nesting::ProcessSubstitution),
            );
        }
        for c in feeders {
            if let Some(url) = super::network::fetch_address(c) {
                let known = url.contains('$').then(|| self.resolve_vars(url)).flatten();
                let url = known.as_deref().unwrap_or(url);
                hosts.push(if url.contains(['$', '`']) {
                    String::new()
                } else {
                    net::host_of(url).unwrap_or("").to_owned()
                });
            } else if let Some(host) = kustomize_build_host(c) {
                hosts.push(host);
            } else {
                hosts.extend(self.helm_template_hosts(c));
            }
        }
        for host in hosts {
            let level = match net::classify(&host) {
                HostClass::Local => continue,
                HostClass::Known => Medium,
                _ => High,
            };
            let shown = if host.is_empty() || host == "?" {
                "an address the line does not show"
            } else {
                &host
            };
            self.out.effects.untrusted_input = true;
            self.find(
                Rce,
                level,
                format!("applies manifests fetched from {shown} to the cluster (what runs is whatever the server sends)"),
                &site.cmd.text,
            );
        }
    }

    /// A workload's spec that reaches past its container to the node
    /// (`agentgate_commands::POD_PRIVILEGES`: the Pod Security Standards'
    /// Baseline), in manifests applied or `kubectl run --overrides`.
    pub(super) fn pod_requests(&mut self, site: Site<'_>, text: &str) {
        use agentgate_commands::PodReach;
        let asks = agentgate_commands::pod_privileges(text);
        let caps = agentgate_commands::adds_node_capability(text);
        let node = caps || asks.iter().any(|p| p.reach == PodReach::Node);
        if asks.is_empty() && !caps {
            return;
        }
        let mut what: Vec<&str> = asks.iter().map(|p| p.what).collect();
        if caps {
            what.push("a capability that gives the node (SYS_ADMIN and the like)");
        }
        self.find(
            SelfEsc,
            if node { High } else { Medium },
            format!("creates a workload in the cluster with {}", what.join(", ")),
            &site.cmd.text,
        );
    }

    /// The hosts of the remote chart `helm template` renders in `c`, if it
    /// renders one (`?` for an address the line does not show): read as
    /// `helm install` names its sources.
    fn helm_template_hosts(&self, c: &SimpleCommand) -> Vec<String> {
        let vals: Vec<&str> = c.argv.iter().map(|w| w.value_or_raw()).collect();
        let Some((program, rest)) = vals.split_first() else {
            return Vec::new();
        };
        let (Some(row), Some(at)) = (
            agentgate_commands::package_source("helm"),
            rest.iter().position(|v| !v.starts_with('-')),
        ) else {
            return Vec::new();
        };
        if paths::basename(program) != "helm" || rest.get(at) != Some(&"template") {
            return Vec::new();
        }
        self.source_hosts("helm", row, rest, at + 1)
            .into_iter()
            .map(|(host, _)| host)
            .collect()
    }

    /// The hosts the sources of `name`'s call name (`vals`, its words; the
    /// operands from `skip` on): its row's source options (`--repo URL`,
    /// `?` for one the line does not show), operands in the row's forms,
    /// and charts from a repository the line or the session added.
    fn source_hosts(
        &self,
        name: &str,
        row: &agentgate_commands::PackageSource,
        vals: &[&str],
        skip: usize,
    ) -> Vec<(String, SourceForm)> {
        let mut hosts: Vec<(String, SourceForm)> = Vec::new();
        for (i, v) in vals.iter().enumerate() {
            let opt_value =
                agentgate_commands::option_value(vals, i, row.source_opts).map(|(v, _)| v);
            if let Some(host) = opt_value.and_then(repo_host) {
                hosts.push((host.to_owned(), SourceForm::Url));
                continue;
            }
            if i < skip || v.starts_with('-') {
                continue;
            }
            if let Some(host) = (name == "helm").then(|| self.helm_repo_host(v)).flatten() {
                hosts.push((host, SourceForm::Url));
                continue;
            }
            for form in row.operands {
                if let Some(host) = source_host(v, *form) {
                    hosts.push((host.to_owned(), *form));
                    break;
                }
            }
        }
        hosts
    }
}

/// The host of a remote kustomization (`https://host/repo//path`,
/// `github.com/org/repo/path?ref=v1`, `git@host:org/repo`); `None` for a
/// local directory. https://github.com/kubernetes-sigs/kustomize/blob/master/examples/remoteBuild.md
fn remote_kustomization(k: &str) -> Option<String> {
    if k.contains("://") {
        return Some(net::host_of(k).unwrap_or("").to_owned());
    }
    if let Some(rest) = k.strip_prefix("git@") {
        return rest.split(':').next().map(str::to_owned);
    }
    let first = k.split('/').next()?;
    // A first segment that is a host name (`github.com/org/repo`): dotted,
    // ending in a top-level domain of letters (`config.d/x` is a folder).
    let tld = first.rsplit('.').next().unwrap_or("");
    let host = first.contains('.')
        && !first.starts_with('.')
        && tld.len() >= 2
        && tld.bytes().all(|b| b.is_ascii_alphabetic());
    (k.contains('/') && host).then(|| first.to_owned())
}

/// The host of the remote kustomization `kustomize build X` or `kubectl
/// kustomize X` renders in `c`, if it renders one.
fn kustomize_build_host(c: &SimpleCommand) -> Option<String> {
    let vals: Vec<&str> = c.argv.iter().map(|w| w.value_or_raw()).collect();
    let (program, rest) = vals.split_first()?;
    let ops: Vec<&str> = rest
        .iter()
        .copied()
        .filter(|v| !v.starts_with('-'))
        .collect();
    let target = match (paths::basename(program), ops.as_slice()) {
        ("kustomize", ["build", t, ..]) | ("kubectl" | "oc", ["kustomize", t, ..]) => *t,
        _ => return None,
    };
    remote_kustomization(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_of_sources() {
        assert_eq!(
            source_host("https://x.example/a.tgz", SourceForm::Url),
            Some("x.example")
        );
        assert_eq!(
            source_host("git+https://x.example/a", SourceForm::Url),
            Some("x.example")
        );
        assert_eq!(source_host("bitnami/nginx", SourceForm::Url), None);
        assert_eq!(
            source_host("x.example/tool@latest", SourceForm::ModulePath),
            Some("x.example")
        );
        assert_eq!(source_host("./...", SourceForm::ModulePath), None);
        assert_eq!(source_host("cmd/app", SourceForm::ModulePath), None);
        assert_eq!(source_host("main.go", SourceForm::ModulePath), None);
    }

    #[test]
    fn remote_kustomizations() {
        for (k, host) in [
            ("https://x.example/repo//base?ref=v1", Some("x.example")),
            (
                "github.com/org/repo/config/default?ref=v1",
                Some("github.com"),
            ),
            ("git@gitlab.com:org/repo", Some("gitlab.com")),
            ("overlays/prod", None),
            ("config.d/overlay", None),
            ("../base", None),
            ("./k8s.v1/base", None),
            ("base", None),
        ] {
            assert_eq!(remote_kustomization(k).as_deref(), host, "{k}");
        }
    }
}
