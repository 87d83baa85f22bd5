//! Developer and cloud tools with sub-commands that destroy, escalate or
//! read secrets; package runners (`npx`); containers.

use super::*;

impl<'c> Walker<'c> {
    /// Cloud, package, container and database tools.
    pub(super) fn tools(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        let text = &site.cmd.text;
        let sub = vals
            .iter()
            .find(|v| !v.starts_with('-'))
            .copied()
            .unwrap_or("");
        let has = |f: &str| vals.contains(&f);
        // A short flag alone or among others (`-w`, `-wa`, `-ga`).
        let short = |c: char| {
            vals.iter()
                .any(|v| v.starts_with('-') && !v.starts_with("--") && v.contains(c))
        };
        let joined = vals.join(" ").to_ascii_lowercase();
        match name {
            "security"
                if (sub.starts_with("dump-keychain")
                    || sub.starts_with("find-") && (short('w') || short('g'))
                    || sub == "export") =>
            {
                self.find(
                    Cred,
                    Critical,
                    "reads secrets from the macOS keychain",
                    text,
                );
            }
            "secret-tool" if matches!(sub, "lookup" | "search") => {
                self.find(Cred, High, "reads a secret from the keyring", text)
            }
            // `op run -- CMD` hands the secrets to CMD, judged as the
            // command it is (the row's `SubArgv`).
            "op" if matches!(sub, "read" | "inject")
                || (sub == "item"
                    && (joined.contains("item get") || joined.contains("--reveal"))) =>
            {
                self.find(Cred, High, "reads a secret from 1Password", text)
            }
            n if agentgate_commands::VAULT_CLIENTS.contains(&n) => self.vault(n, vals, text),
            // The store's git remote gets every (encrypted) entry.
            "pass" | "gopass" if sub == "git" && has("push") => self.find(
                Exfil,
                Medium,
                "pushes the password store (encrypted) to a git remote",
                text,
            ),
            // `gopass cat ENTRY` fed by a pipe or a redirect stores what it
            // reads and prints no secret (opsdocsg, session 56); the rest
            // of pass and gopass is `password_store_call`'s.
            "gopass"
                if sub == "cat"
                    && (site.cmd.pipeline.index > 0
                        || site.cmd.redirects.iter().any(|r| {
                            matches!(r.kind, RedirectKind::Read | RedirectKind::HereInput)
                        })) => {}
            "pass" | "gopass" if !sub.is_empty() => {
                use agentgate_commands::StoreCall;
                match agentgate_commands::password_store_call(name, vals) {
                    StoreCall::Quiet => {}
                    StoreCall::Clipboard => self.find(
                        Cred,
                        Medium,
                        "copies a password from the password store to the clipboard (a later read of the clipboard brings it into the conversation)",
                        text,
                    ),
                    StoreCall::Shown => {
                        self.find(Cred, High, "reads a password from the password store", text)
                    }
                }
            }
            "lpass" | "keyring" if joined.contains("get") || joined.contains("show") => {
                self.find(Cred, High, "reads a secret from a password manager", text)
            }
            "gcloud" => {
                self.out.effects.egress = true;
                if (joined.contains("print-access-token")
                    || joined.contains("print-identity-token"))
                    && !fed_to_login(site)
                {
                    self.find(Cred, High, "prints a Google Cloud access token", text);
                }
                if joined.contains("projects delete") {
                    self.find(Destr, Critical, "deletes a Google Cloud project", text);
                }
                if joined.contains(" delete") && !joined.contains("projects delete") {
                    self.find(Destr, Medium, "deletes cloud resources", text);
                }
                // `add-metadata --metadata ssh-keys=...` (or from a file):
                // a login key for the project's or an instance's machines.
                if vals.iter().any(|v| v.starts_with("add-metadata"))
                    && vals.iter().any(|v| v.contains("ssh-keys="))
                {
                    self.find(
                        SelfEsc,
                        High,
                        "adds an SSH login key to cloud instances' metadata",
                        text,
                    );
                }
            }
            "aws" => {
                self.out.effects.egress = true;
                if joined.contains("configure get") && joined.contains("secret")
                    || joined.contains("export-credentials")
                    || joined.contains("get-session-token")
                    || joined.contains("secretsmanager get-secret-value")
                    || joined.contains("ssm get-parameter") && joined.contains("--with-decryption")
                {
                    self.find(Cred, High, "prints AWS credentials or secrets", text);
                }
                // `aws SERVICE delete-*` / `terminate-*`: the second word is
                // the operation (AWS CLI command structure).
                let operation = vals
                    .iter()
                    .filter(|v| !v.starts_with('-'))
                    .nth(1)
                    .copied()
                    .unwrap_or("");
                if let Some(what) = agentgate_commands::aws_setting_delete(operation) {
                    self.find(Destr, Medium, format!("deletes {what} of a cloud resource ({operation})"), text);
                } else if joined.starts_with("s3 mv") && s3_moved_out(vals) {
                    // Copied here, then deleted from the bucket (awsex part
                    // 3, session 68), as `rclone move` deletes its source.
                    self.find(Destr, Medium, "moves objects out of an S3 bucket, deleting them there (aws s3 mv)", text);
                } else if joined.starts_with("s3 rb")
                    || joined.starts_with("s3 rm") && joined.contains("--recursive")
                    || operation.starts_with("delete-")
                    || operation.starts_with("terminate-")
                {
                    self.find(Destr, High, "deletes cloud resources", text);
                }
                // A secret's value replaced: what used it breaks, and the
                // old value is only a version label away from gone.
                if joined.starts_with("secretsmanager")
                    && matches!(operation, "put-secret-value" | "update-secret")
                {
                    self.find(
                        Destr,
                        Medium,
                        format!("overwrites a secret in AWS Secrets Manager (aws secretsmanager {operation})"),
                        text,
                    );
                }
                // Uploads to S3 (`aws s3 cp|mv|sync`): the copy tools' one
                // rule (`upload.rs`, `agentgate_commands::STORE_COPY_VERBS`).
            }
            "az" => {
                self.out.effects.egress = true;
                if joined.contains("get-access-token") {
                    self.find(Cred, High, "prints an Azure access token", text);
                }
                if sub == "group"
                    && vals.iter().filter(|v| !v.starts_with('-')).nth(1) == Some(&"delete")
                    && !has("--help")
                {
                    self.find(Destr, Critical, "deletes an Azure resource group", text);
                }
                // `-h` is az's help too (knack).
                let az_help = has("--help") || has("-h");
                if joined.starts_with("account subscription cancel") && !az_help {
                    self.find(
                        Destr,
                        Critical,
                        "cancels an Azure subscription (everything in it is deleted)",
                        text,
                    );
                }
                if joined.starts_with("devops security permission reset") && !az_help {
                    self.find(Destr, Medium, "resets Azure DevOps permissions", text);
                }
            }
            // OpenShift's `oc` is kubectl with more verbs (its table row
            // is kubectl's; session 59: `oc get secret x -o yaml` passed).
            "kubectl" | "oc" => {
                // Secrets are read when their data is printed: `get` with
                // an output format other than names (`-o yaml`, `-o
                // jsonpath=...`). A listing or `describe` shows names and
                // sizes; a type whose name holds "secret" (`externalsecret`,
                // `ClusterSecretStore`) is another resource.
                // The command words past options and their values (`kubectl
                // -n prod get secret db`: `prod` is the namespace).
                let words: Vec<&str> = super::cloudverbs::command_words(name, vals)
                    .into_iter()
                    .map(|(_, w)| w)
                    .collect();
                self.kubectl_raw(&words, vals, text);
                let sub = words.first().copied().unwrap_or(sub);
                let secrets = words
                    .get(1)
                    .is_some_and(|kinds| names_kind(kinds, &["secret", "secrets", "secret.v1", "secrets.v1"]));
                if sub == "get" && secrets && super::cloudverbs::kubectl_prints_data(vals) {
                    self.find(Cred, High, "reads Kubernetes secrets", text);
                } else if sub == "edit" && secrets {
                    // Their data goes to the editor `KUBE_EDITOR` or
                    // `EDITOR` names (`cat`, for an agent; mcdev part 10).
                    let what = "opens Kubernetes secrets in an editor (their data, to whatever program KUBE_EDITOR or EDITOR names)";
                    self.find(Cred, Medium, what, text);
                } else if sub == "get" {
                    // A resource type that cannot be known may be secrets:
                    // with their data printed (`-o yaml`), asked about.
                    let kind = words
                        .get(1)
                        .filter(|k| k.contains('$') || k.contains('`'));
                    if let (Some(k), true) = (kind, super::cloudverbs::kubectl_prints_data(vals)) {
                        self.find(
                            Unverifiable,
                            Medium,
                            format!("prints Kubernetes resources of a type that cannot be known ({k}), which may be secrets"),
                            text,
                        );
                    }
                }
                // What `delete` removes is its resource type (`ns`,
                // `namespace/prod`, `pods,namespaces`), not any word that
                // spells "namespace" (a namespace named `my-namespace`).
                let namespaces = words.get(1).is_some_and(|kinds| {
                    names_kind(kinds, &["ns", "namespace", "namespaces", "namespace.v1", "namespaces.v1"])
                });
                if sub == "delete"
                    && (namespaces || has("--all") || has("-A") || has("--all-namespaces"))
                {
                    self.find(
                        Destr,
                        High,
                        "deletes a Kubernetes namespace or everything in it",
                        text,
                    );
                }
                // `oc extract secret/x` writes each key's value to a file,
                // or prints them all with `--to=-`.
                if sub == "extract" && secrets {
                    let to = (0..vals.len())
                        .find_map(|i| agentgate_commands::option_value(vals, i, &["--to"]))
                        .map(|(v, _)| v);
                    if to == Some("-") {
                        self.find(Cred, High, "prints a Kubernetes secret's data (oc extract --to=-)", text);
                    } else {
                        self.find(Cred, Medium, "writes a Kubernetes secret's data to files (oc extract)", text);
                    }
                }
                if sub == "exec" || sub == "cp" {
                    self.out.effects.egress = true;
                }
                // `kubectl apply -f URL` and manifests piped in (sources.rs).
                if matches!(sub, "apply" | "create" | "replace") {
                    self.cluster_manifests(site, vals);
                }
                // `kubectl run --overrides JSON`: the pod spec (badPods).
                if sub == "run" {
                    let over = (0..vals.len()).find_map(|i| {
                        agentgate_commands::option_value(vals, i, &["--overrides"])
                    });
                    if let Some((json, _)) = over {
                        self.pod_requests(site, json);
                    }
                }
            }
            // Asked, unless a production namespace or context is named
            // (devdocsl, session 52: a chart README's `helm delete
            // my-release` was denied).
            "helm" if matches!(sub, "uninstall" | "delete" | "del" | "un") => {
                let prod = joined.to_ascii_lowercase().contains("prod");
                let level = if prod { High } else { Medium };
                self.find(Destr, level, "uninstalls a Helm release", text)
            }
            "terraform" | "tofu" | "pulumi" | "cdk" => {
                // `plan -destroy` only shows what a destroy would do
                // (opsdocse, session 56); one saved with `-out` is there
                // to be applied.
                let plan_only = sub == "plan" && !joined.contains("-out");
                if sub == "destroy"
                    || joined.contains("-destroy") && !plan_only
                    || (sub == "apply"
                        && joined.contains("-auto-approve")
                        && joined.contains("destroy"))
                {
                    self.find(Destr, High, format!("{name} destroys infrastructure"), text);
                }
                if joined.contains("state rm") || joined.contains("state push") {
                    self.find(Destr, Medium, "rewrites infrastructure state", text);
                }
            }
            "heroku" if joined.contains("auth:token") => {
                self.find(Cred, High, "prints the Heroku token", text)
            }
            n if CONTAINER_CLIS.contains(&n) => self.docker(site, vals),
            // The standalone Compose programs are `docker compose` and
            // `podman compose` (session 45: `docker-compose down -v` passed
            // while `docker compose down -v` was asked).
            "docker-compose" | "podman-compose" => {
                let words: Vec<&str> = std::iter::once("compose").chain(vals.iter().copied()).collect();
                self.docker(site, &words)
            }
            // `svn delete URL` commits the deletion on the server at once
            // (svnbook, "svn delete": "Items specified by URL are deleted
            // from the repository via an immediate commit"); a working
            // copy path is only scheduled, as `git rm` is.
            "svn"
                if matches!(sub, "delete" | "del" | "remove" | "rm")
                    && vals.iter().any(|v| v.contains("://")) =>
            {
                self.find(
                    Destr,
                    High,
                    "deletes from the Subversion server at once (svn delete of a URL commits immediately)",
                    text,
                )
            }
            "npm" | "pnpm" | "yarn" => {
                if matches!(
                    sub,
                    "install" | "i" | "add" | "ci" | "update" | "exec" | "dlx" | "x"
                ) {
                    self.out.effects.trust_change = true;
                }
                if matches!(sub, "config" | "set")
                    && (joined.contains("set registry")
                        || joined.contains("ignore-scripts false")
                        || joined.contains("set //")
                        || joined.contains("registry "))
                    && !joined.contains("config get")
                {
                    self.find(
                        SelfEsc,
                        High,
                        "changes the package registry or script policy persistently",
                        text,
                    );
                }
                if matches!(sub, "install" | "i" | "add") {
                    for v in vals.iter().skip_while(|v| **v != sub).skip(1) {
                        if !v.starts_with('-') && !v.contains("://") && !v.contains(':') {
                            let base = v
                                .rsplit_once('@')
                                .filter(|(b, _)| !b.is_empty())
                                .map_or(*v, |(b, _)| b);
                            self.installed.push(base.to_owned());
                        }
                    }
                    let registry_value =
                        |i: usize| i > 0 && vals.get(i - 1).is_some_and(|p| *p == "--registry");
                    for v in vals
                        .iter()
                        .enumerate()
                        .filter(|(i, v)| !v.starts_with('-') && !registry_value(*i))
                        .map(|(_, v)| v)
                        .skip(1)
                    {
                        if v.contains("://")
                            || v.starts_with("git+")
                            || v.starts_with("github:")
                            || v.ends_with(".tgz")
                        {
                            // A well-known code host is asked about; any
                            // other host is denied.
                            let host = net::host_of(v.trim_start_matches("git+")).unwrap_or("");
                            let known = v.starts_with("github:")
                                || matches!(
                                    net::classify(host),
                                    HostClass::Known | HostClass::Local
                                );
                            if !v.contains("://")
                                && !v.starts_with("github:")
                                && !v.starts_with("git+")
                            {
                                // A local tarball (`npm install ./pkg.tgz`).
                                continue;
                            }
                            self.find(
                                Rce,
                                if known { Medium } else { High },
                                format!("installs a package from {v}, outside the registry"),
                                text,
                            );
                        }
                    }
                    if let Some(r) = vals.iter().position(|v| *v == "--registry") {
                        let class = vals
                            .get(r + 1)
                            .and_then(|h| net::host_of(h))
                            .map(net::classify);
                        match class {
                            // A registry on this machine (verdaccio in a
                            // publishing test) serves what was put there.
                            Some(HostClass::Local) => self.find(
                                Rce,
                                Medium,
                                "installs from a registry on this machine",
                                text,
                            ),
                            Some(HostClass::Known) | None => {}
                            Some(_) => {
                                self.find(Rce, High, "installs from an untrusted registry", text)
                            }
                        }
                    }
                }
                if super::pkgrun::pnpm_exec_start(name, vals).is_some() {
                    self.pnpm_exec(site, name, vals);
                } else if matches!(sub, "exec" | "dlx" | "x") {
                    self.npx_like(
                        site,
                        name != "yarn",
                        true,
                        vals.iter()
                            .copied()
                            .skip_while(|v| *v != sub)
                            .skip(1)
                            .collect(),
                    );
                }
                if sub == "publish" {
                    self.out.effects.egress = true;
                }
                if sub == "token" || joined.contains("config get") && joined.contains("authtoken") {
                    self.find(Cred, High, "prints an npm token", text);
                }
            }
            "npx" | "bunx" | "uvx" => {
                self.npx_like(site, name == "npx", name != "uvx", vals.to_vec())
            }
            // `bun x PKG` is `bunx PKG` (https://bun.sh/docs/cli/bunx).
            "bun" if sub == "x" => {
                let after: Vec<&str> = vals
                    .iter()
                    .copied()
                    .skip_while(|v| *v != "x")
                    .skip(1)
                    .collect();
                self.npx_like(site, false, true, after);
            }
            // Poetry's, PDM's and Rye's `add URL` install the same way
            // (devdocsd, session 50: `poetry add https://.../x.tar.gz`).
            "pip" | "pip3" | "uv" | "pipx" | "poetry" | "pdm" | "rye" => {
                // `pipx run --spec SPEC APP` installs SPEC into a throwaway
                // environment and runs it, as npx does.
                // Poetry's and PDM's `source add URL` names an index, as
                // pip's `--extra-index-url` (devdocsb).
                let install = if matches!(name, "poetry" | "pdm" | "rye") {
                    matches!(sub, "add" | "install")
                } else {
                    vals.iter().any(|v| *v == "install" || *v == "add")
                } || (name == "pipx" && sub == "run");
                if install {
                    self.out.effects.trust_change = true;
                }
                if sub == "config"
                    && (joined.contains("index-url") || joined.contains("trusted-host"))
                    && joined.contains("set")
                {
                    self.find(
                        SelfEsc,
                        High,
                        "changes pip's package index persistently",
                        text,
                    );
                }
                if install {
                    // uv's named index (`--index NAME=URL`, devdocse) and
                    // default index are indexes too; an index's URL is not
                    // judged again as a package's.
                    let mut value_of_index = false;
                    for (i, v) in vals.iter().enumerate() {
                        if std::mem::take(&mut value_of_index) {
                            continue;
                        }
                        // pipx's `-f` is `--force`.
                        if matches!(
                            *v,
                            "-i" | "--index-url"
                                | "--extra-index-url"
                                | "--index"
                                | "--default-index"
                                | "--trusted-host"
                                | "--find-links"
                        ) || *v == "-f" && name != "pipx"
                        {
                            value_of_index = true;
                            let value = vals.get(i + 1).copied().unwrap_or("");
                            let value = match value.split_once('=') {
                                Some((name, url)) if !name.contains("://") => url,
                                _ => value,
                            };
                            // A local directory of built wheels (`--find-links
                            // dist`) is not a remote index.
                            let remote = value.contains("://");
                            let host = net::host_of(value).unwrap_or("");
                            if remote
                                && !matches!(
                                    net::classify(host),
                                    HostClass::Known | HostClass::Local
                                )
                            {
                                self.find(
                                    Rce,
                                    High,
                                    format!("installs packages from the untrusted index {host}"),
                                    text,
                                );
                            }
                        } else if (v.contains("://") || v.starts_with("git+"))
                            && !v.starts_with("-")
                        {
                            // A PEP 508 direct reference names its URL
                            // after `NAME @ ` (devdocsf, session 50).
                            let url = v.find("://").map_or(*v, |i| {
                                let start = v.get(..i).and_then(|b| b.rfind(char::is_whitespace));
                                v.get(start.map_or(0, |s| s + 1)..).unwrap_or(v)
                            });
                            let host = net::host_of(url.trim_start_matches("git+")).unwrap_or("");
                            match net::classify(host) {
                                HostClass::Local => {}
                                // A branch of a repository on a well-known
                                // code host: unpinned, asked about.
                                HostClass::Known => self.find(
                                    Rce,
                                    Medium,
                                    format!("installs a package straight from {host}"),
                                    text,
                                ),
                                _ => self.find(
                                    Rce,
                                    High,
                                    format!("installs a package straight from {host}"),
                                    text,
                                ),
                            }
                        }
                    }
                }
            }
            "cargo" if sub == "install" => {
                self.out.effects.trust_change = true;
                if let Some(i) = vals.iter().position(|v| *v == "--git") {
                    let url = vals.get(i + 1).copied().unwrap_or("");
                    let host = net::host_of(url).unwrap_or("");
                    // Its build scripts run at install: a branch of a
                    // repository on a well-known code host is unpinned
                    // code, asked about, as pip's `git+` is.
                    // `--rev <full commit>` pins what is built.
                    let pinned = vals.windows(2).any(|w| match w {
                        [opt, rev] => {
                            *opt == "--rev"
                                && rev.len() == 40
                                && rev.chars().all(|c| c.is_ascii_hexdigit())
                        }
                        _ => false,
                    });
                    // cargo refuses a value that is not a URL (`--git
                    // URL`, a placeholder: "relative URL without a base");
                    // one built from a variable may be anything.
                    let refused = !url.contains([':', '$', '`']);
                    match net::classify(host) {
                        HostClass::Local => {}
                        _ if refused => {}
                        HostClass::Known if pinned => {}
                        HostClass::Known => self.find(
                            Rce,
                            Medium,
                            format!("installs a crate straight from {url}"),
                            text,
                        ),
                        _ => self.find(Rce, High, format!("installs a crate from {url}"), text),
                    }
                }
            }
            // Its sources: `sources.rs`.
            "gem" if sub == "install" => self.out.effects.trust_change = true,
            "brew" | "apt" | "apt-get" | "dnf" | "yum" | "snap"
                if matches!(sub, "install" | "tap" | "add-repo") =>
            {
                self.out.effects.trust_change = true;
            }
            "redis-cli" => {
                // Commands come as arguments or on standard input
                // (`echo FLUSHDB | redis-cli`, `redis-cli <<< FLUSHALL`).
                let all = self.with_input(site, &joined);
                if all.contains("flushall") || all.contains("flushdb") {
                    self.find(Destr, High, "wipes a Redis database", text)
                }
                // `CONFIG SET dir|dbfilename`: the next save writes the
                // database to a path of the caller's choice (a web shell,
                // an authorized_keys, a crontab: ppnf, session 51).
                if all.contains("config set dir") || all.contains("config set dbfilename") {
                    self.find(
                        Rce,
                        High,
                        "points Redis's database file at a path of its choice (how a web shell, a key or a cron job is written through Redis)",
                        text,
                    )
                }
            }
            "psql" | "mysql" | "mariadb" | "sqlite3" | "mongosh" | "mongo" | "cqlsh" | "sqlcmd"
                if is_destructive_sql(&self.with_input(site, &joined)) =>
            {
                self.find(Destr, High, "drops or truncates database data", text);
            }
            "psql" | "mysql" | "mariadb" | "sqlite3" | "mongosh" | "mongo" | "cqlsh" | "sqlcmd"
                if changes_accounts_sql(&self.with_input(site, &joined)) =>
            {
                self.find(
                    SelfEsc,
                    Medium,
                    "changes a database's passwords or privileges",
                    text,
                );
            }
            "psql" | "mysql" | "mariadb" | "sqlite3" | "cqlsh"
                if reads_accounts_sql(&self.with_input(site, &joined)).is_some() =>
            {
                let server = reads_accounts_sql(&self.with_input(site, &joined)) == Some(true);
                let (sev, what) = if server {
                    (High, "the database server's accounts (password hashes)")
                } else {
                    (Medium, "an application's stored passwords")
                };
                self.find(Cred, sev, format!("reads {what}"), text);
            }
            "dropdb" => self.find(Destr, High, "drops a database", text),
            "claude" => {
                if sub == "mcp" && joined.contains("add") {
                    self.find(SelfEsc, High, "adds an MCP server to Claude Code", text);
                }
                // A plugin brings commands, hooks, skills and MCP servers
                // (`claude plugin install NAME@MARKETPLACE`, `claude plugin
                // marketplace add OWNER/REPO`; hostdocs part 4, session 62).
                if matches!(sub, "plugin" | "plugins")
                    && ["install", "add", "enable"].iter().any(|v| has(v))
                {
                    self.find(
                        SelfEsc,
                        High,
                        "adds a plugin or a plugin source to Claude Code (hooks, skills and MCP servers it then runs)",
                        text,
                    );
                }
                if sub == "config" && joined.contains("set") {
                    self.find(SelfEsc, High, "changes Claude Code's configuration", text);
                }
                if has("--dangerously-skip-permissions") || joined.contains("bypasspermissions") {
                    self.find(
                        SelfEsc,
                        High,
                        "starts Claude Code without permission checks",
                        text,
                    );
                }
            }
            "ngrok" | "cloudflared" | "lt" | "bore" => {
                self.out.effects.egress = true;
                if name != "cloudflared" || joined.contains("tunnel") {
                    self.find(
                        Exfil,
                        High,
                        format!("{name} exposes this machine through a public tunnel"),
                        text,
                    );
                }
            }
            "code" if sub == "tunnel" => {
                self.find(
                    Exfil,
                    High,
                    "exposes this machine through a VS Code tunnel",
                    text,
                );
            }
            _ => {}
        }
    }
}

impl Walker<'_> {
    /// A client's arguments (`joined`, lower case) and what the line feeds
    /// it (here-strings, here-documents, the commands piped into it, with
    /// the values of variables the line set), lower case: the text its
    /// commands may come from.
    fn with_input(&self, site: Site<'_>, joined: &str) -> String {
        let mut all = joined.to_owned();
        for t in site
            .cmd
            .redirects
            .iter()
            .filter_map(|r| r.input_text.as_ref())
        {
            all.push(' ');
            all.push_str(&self.with_vars(t).to_ascii_lowercase());
        }
        for c in upstream(site) {
            all.push(' ');
            all.push_str(&self.with_vars(&c.text).to_ascii_lowercase());
        }
        all
    }
}

pub(super) fn is_destructive_sql(sql: &str) -> bool {
    sql.contains("drop table")
        || sql.contains("drop database")
        || sql.contains("drop keyspace")
        || sql.contains("drop schema")
        || sql.contains("truncate ")
        || sql.contains("dropdatabase")
        || sql.contains("flushall")
        || (sql.contains("delete from") && !sql.contains(" where "))
        // MongoDB shell: every document of a collection, or the collection.
        || sql.contains("deletemany({})")
        || sql.contains("remove({})")
        || sql.contains(".drop()")
        // T-SQL: a backup written over a database (`WITH REPLACE` over one
        // that exists; mcdev part 20, session 66). `RESTORE VERIFYONLY`,
        // `HEADERONLY` and `FILELISTONLY` only read the backup.
        || sql.contains("restore database")
}

/// SQL that changes who can log in or what they may do (lower case): a
/// password set or overwritten (`ALTER USER ... IDENTIFIED BY`, `SET
/// PASSWORD`, `UPDATE wp_users SET user_pass=...`: htnet, session 35), all
/// privileges or a superuser granted. Creating an account for the project
/// (`CREATE USER app`) is setup, not flagged.
pub(super) fn changes_accounts_sql(sql: &str) -> bool {
    let update_pass = sql.split("update ").skip(1).any(|stmt| {
        let stmt = stmt.split(';').next().unwrap_or("");
        let table = stmt.split_whitespace().next().unwrap_or("");
        (table.contains("user") || table.contains("account"))
            && stmt
                .split_once(" set ")
                .is_some_and(|(_, set)| set.contains("pass"))
    });
    update_pass
        || sql.contains("alter user")
        || sql.contains("set password")
        || sql.contains("grant all")
        || sql.contains("with superuser")
        || (sql.contains("alter role") && (sql.contains("superuser") || sql.contains("password")))
}

/// SQL that reads stored passwords (lower case): `Some(true)` for the
/// server's own accounts (`mysql.user`, `pg_shadow`, `pg_authid`),
/// `Some(false)` for a password column selected from a users or accounts
/// table (`select user_login, user_pass from wp_users`: htnet part 1,
/// session 35). `select * from users` is the application's data, not
/// flagged.
pub(super) fn reads_accounts_sql(sql: &str) -> Option<bool> {
    if [
        "from mysql.user",
        "pg_shadow",
        "pg_authid",
        "from mysql.`user`",
    ]
    .iter()
    .any(|t| sql.contains(t))
    {
        return Some(true);
    }
    let app = sql.split("select ").skip(1).any(|stmt| {
        let stmt = stmt.split(';').next().unwrap_or("");
        stmt.split_once(" from ").is_some_and(|(cols, from)| {
            let table = from.split_whitespace().next().unwrap_or("");
            cols.contains("pass") && (table.contains("user") || table.contains("account"))
        })
    });
    app.then_some(false)
}

/// Whether kubectl's resource argument (`secret`, `ns/prod`,
/// `pods,Namespaces`) names one of `types` (lower case).
fn names_kind(kinds: &str, types: &[&str]) -> bool {
    kinds.split(',').any(|k| {
        let k = k.split('/').next().unwrap_or("").to_ascii_lowercase();
        types.contains(&k.as_str())
    })
}

/// Whether `aws s3 mv SRC DEST` (`vals` after `aws`) moves from a bucket
/// to a local path.
fn s3_moved_out(vals: &[&str]) -> bool {
    let ops: Vec<&str> = vals
        .iter()
        .copied()
        .filter(|v| !v.starts_with('-'))
        .skip(2)
        .collect();
    matches!(ops.as_slice(), [src, dest, ..] if src.starts_with("s3://") && !dest.starts_with("s3://"))
}
