//! Cloud CLI commands that change the cloud, judged by their verb when no
//! row or analyser judged them (aws, gcloud, az): asked about, with the
//! developer's cloud credentials at stake.

use super::*;

impl Walker<'_> {
    /// An AWS operation that changes the account, when no row of the aws
    /// table judged it: asked about, with the developer's cloud credentials
    /// at stake. The CLI names every operation verb first, and the reads
    /// are a closed set (`agentgate_commands::CLOUD_READ_VERBS`), so any
    /// other verb is a change (`admin-set-user-password`, `subscribe`,
    /// `provision-permission-set`); a read that names credentials, a
    /// password or a token (`CLOUD_SECRET_NOUNS`) is asked about as a
    /// credential read. The high-level `s3` commands keep the listed
    /// change verbs (their copies are judged as uploads and downloads).
    pub(super) fn aws_change(&mut self, site: Site<'_>, vals: &[&str]) {
        let words = command_words("aws", vals);
        let [(first, service), (at, operation), ..] = words.as_slice() else {
            return;
        };
        // The AWS CLI has long options only: words with a short one before
        // the operation are another program's, run through a name the
        // walker read as aws (`prowler aws -p profile`); so are words with
        // an option other than its global ones before the service
        // (`velero ... --provider aws --bucket B`).
        let value_opts = agentgate_commands::program("aws").map_or(&[][..], |p| p.value_opts);
        let global = |v: &&str| {
            let o = v.split_once('=').map_or(*v, |(o, _)| o);
            agentgate_commands::AWS_GLOBAL_FLAGS.contains(&o) || value_opts.contains(&o)
        };
        if vals
            .get(..*at)
            .unwrap_or(&[])
            .iter()
            .any(|v| v.starts_with('-') && !v.starts_with("--"))
            || vals
                .get(..*first)
                .unwrap_or(&[])
                .iter()
                .any(|v| v.starts_with("--") && !global(v))
        {
            return;
        }
        if matches!(*service, "configure" | "help" | "history" | "cli-dev")
            || matches!(*operation, "help" | "login" | "logout")
            || agentgate_commands::CLOUD_READ_OPERATIONS.contains(operation)
            || aws_help(vals)
            || vals
                .iter()
                .any(|v| matches!(*v, "--dry-run" | "--generate-cli-skeleton"))
        {
            return;
        }
        if matches!(*service, "s3" | "ddb") {
            if changes_cloud(operation) {
                self.unjudged_cloud_change(
                    site,
                    format!("changes the cloud account with the developer's credentials (aws {service} {operation})"),
                );
            }
            return;
        }
        let parts: Vec<&str> = operation.split('-').collect();
        let verb = match parts.as_slice() {
            [qualifier, verb, ..] if matches!(*qualifier, "admin" | "batch") => *verb,
            [verb, ..] => *verb,
            [] => "",
        };
        // An export prints or saves a definition here (`apigatewayv2
        // export-api`), unless it sends data to a bucket (`ec2
        // export-image --s3-export-location`, `--s3-bucket`).
        if verb == "export" {
            if to_bucket(vals) || vals.iter().any(|v| v.starts_with("--s3")) {
                self.bucket_export(site, format!("aws {service} {operation}"));
            }
            return;
        }
        if agentgate_commands::CLOUD_READ_VERBS.contains(&verb) {
            let secret = aws_reads_secret(&parts, verb, vals)
                || selects_secret_fields(site, vals)
                || verb == "get" && names_a_secret(vals);
            if secret && !fed_to_login(site) && !self.judged(site) {
                self.find(
                    Cred,
                    Medium,
                    format!("prints cloud credentials with the developer's credentials (aws {service} {operation})"),
                    &site.cmd.text,
                );
            }
            return;
        }
        self.unjudged_cloud_change(
            site,
            format!("changes the cloud account with the developer's credentials (aws {service} {operation})"),
        );
    }

    /// Whether another reading already judged this command.
    fn judged(&self, site: Site<'_>) -> bool {
        self.out
            .findings
            .iter()
            .any(|f| f.evidence == site.cmd.text)
    }

    /// An export of cloud data to a storage bucket (`what`: the command's
    /// words), unless another reading already judged this command.
    fn bucket_export(&mut self, site: Site<'_>, what: String) {
        if !self.judged(site) {
            self.find(
                Exfil,
                Medium,
                format!("exports cloud data to a storage bucket ({what})"),
                &site.cmd.text,
            );
        }
    }

    /// The ask of `aws_change` and `cloud_cli_change`, unless another
    /// reading already judged this command.
    fn unjudged_cloud_change(&mut self, site: Site<'_>, reason: String) {
        if self.judged(site) {
            return;
        }
        self.find(SelfEsc, Medium, reason, &site.cmd.text);
    }

    /// A gcloud or az command that changes the cloud, when nothing else
    /// judged it: asked about, as for aws. The verb is the first of the
    /// leading command words (past the group) that is a read
    /// (`CLOUD_READ_VERBS`, `CLOUD_CLI_READ_VERBS`: `list`, `describe`,
    /// `show`, `get-credentials`, `logs`) or a change (`CLOUD_CHANGE_VERBS`,
    /// `DESTROYING_VERBS`); a command with no read verb is a change (`az
    /// search admin-key renew`, `az vm identity assign`, `gcloud builds
    /// submit`). Local configuration, logins and help are not the cloud;
    /// transfers (`gcloud storage cp`) are judged as uploads elsewhere. An
    /// az read of keys or secrets is a credential read (`az_reads_secret`),
    /// and `az rest` is judged by its method and resource (`az_rest`).
    pub(super) fn cloud_cli_change(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        // The leading command words, past global options and their values
        // (`az --subscription S vm create`): an option is taken to have a
        // value unless it is glued on, so a flag may hide one word, never
        // the verb after it.
        let mut words: Vec<&str> = Vec::new();
        let mut it = vals.iter().copied();
        while let Some(v) = it.next() {
            if v.starts_with('-') {
                if !v.contains('=') && words.is_empty() {
                    it.next();
                }
                continue;
            }
            words.push(v);
            if words.len() == 6 {
                break;
            }
        }
        if name == "doctl" {
            for w in words.iter_mut().skip(1) {
                if let Some((_, verb)) = agentgate_commands::DOCTL_VERB_ALIASES
                    .iter()
                    .find(|(alias, _)| alias == w)
                {
                    *w = verb;
                }
            }
        }
        // gcloud's release tracks come before the group (`gcloud beta run
        // domain-mappings list`): the group is the word after them.
        if name == "gcloud" {
            let tracks = words
                .iter()
                .take_while(|w| matches!(**w, "alpha" | "beta" | "preview"))
                .count();
            words.drain(..tracks);
        }
        if vals
            .iter()
            .any(|v| matches!(*v, "--help" | "-h" | "--dry-run"))
            || local_command(&words)
        {
            return;
        }
        if name == "az" && words.first() == Some(&"rest") {
            self.az_rest(site, vals);
            return;
        }
        if words.len() < 2 {
            // A group alone prints its help.
            return;
        }
        // A change verb spelled whole among the command words is the verb,
        // wherever a group word starting like a read sits before it (`az
        // search query-key create`: `query-key` is a group).
        let whole_change = words.iter().skip(1).any(|w| {
            agentgate_commands::CLOUD_CHANGE_VERBS.contains(w)
                || agentgate_commands::DESTROYING_VERBS.contains(w)
        });
        let mut read = None;
        for (i, w) in words.iter().enumerate().skip(1) {
            if whole_change {
                break;
            }
            let head = w.split('-').next().unwrap_or("");
            if is_read_word(w) {
                read = Some(i);
                break;
            }
            // Transfers, and copies to and from a machine
            // (`MACHINE_COPIES`), are judged as uploads elsewhere.
            if matches!(head, "cp" | "mv" | "rsync" | "scp") || *w == "copy-files" {
                return;
            }
            // A hyphenated group named like a change, followed by a read
            // verb, is a group (`az vm run-command list`); `run-command
            // invoke` stays a change.
            let next_reads = words.get(i + 1).is_some_and(|n| is_read_word(n));
            if (changes_cloud(w) || agentgate_commands::DESTROYING_VERBS.contains(&head))
                && !(w.contains('-') && next_reads)
            {
                break;
            }
        }
        if let Some(i) = read {
            // The last read word is the verb: `search query-key list` reads
            // with `list`, and `query-key` is a group.
            let i = words
                .iter()
                .enumerate()
                .skip(i)
                .take_while(|(_, w)| is_read_word(w))
                .last()
                .map_or(i, |(j, _)| j);
            if words.get(i).is_some_and(|w| w.starts_with("export")) && to_bucket(vals) {
                let what = words.get(..=i).unwrap_or(&[]).join(" ");
                self.bucket_export(site, format!("{name} {what}"));
                return;
            }
            let secret = name == "az" && az_reads_secret(words.get(..=i).unwrap_or(&[]), vals)
                || selects_secret_fields(site, vals);
            if secret && !self.judged(site) {
                self.find(
                    Cred,
                    Medium,
                    format!(
                        "prints cloud keys or secrets with the developer's credentials (az {})",
                        words.get(..=i).unwrap_or(&[]).join(" ")
                    ),
                    &site.cmd.text,
                );
            }
            return;
        }
        self.unjudged_cloud_change(
            site,
            format!(
                "changes the cloud with the developer's credentials ({name} {})",
                words.join(" ")
            ),
        );
    }

    /// `az rest`: an authenticated HTTP client for the whole Azure
    /// management and Microsoft Graph APIs. A call that is not a GET (the
    /// default) changes the cloud; a call on a secret (`listKeys`,
    /// `.../token`, `$select=credentials`) is a credential read.
    fn az_rest(&mut self, site: Site<'_>, vals: &[&str]) {
        let value = |names: &[&str]| -> Option<String> {
            vals.iter().enumerate().find_map(|(i, v)| {
                if names.contains(v) {
                    return vals.get(i + 1).map(|s| (*s).to_owned());
                }
                let (k, rest) = v.split_once('=')?;
                names.contains(&k).then(|| rest.to_owned())
            })
        };
        let method = value(&["--method", "-m"]).unwrap_or_else(|| "get".into());
        let url = value(&["--url", "--uri", "-u"]).unwrap_or_default();
        if url_names_secret(&url) {
            if !self.judged(site) {
                self.find(
                    Cred,
                    Medium,
                    "reads cloud keys or secrets through the Azure API (az rest)",
                    &site.cmd.text,
                );
            }
            return;
        }
        if !matches!(method.to_ascii_lowercase().as_str(), "get" | "head") {
            self.unjudged_cloud_change(
                site,
                format!("changes the cloud through the Azure API with the developer's credentials (az rest --method {method})"),
            );
        }
    }
}

/// The command words of an invocation of `program` (a row of
/// `agentgate_commands`), with their indices in `vals`: the operands, past
/// options and the values of the row's value options (`kubectl -n prod get
/// secret db`: `get`, `secret`, `db`; `aws --region r s3 ls`: `s3`, `ls`).
pub(super) fn command_words<'a>(program: &str, vals: &[&'a str]) -> Vec<(usize, &'a str)> {
    let value_opts = agentgate_commands::program(program).map_or(&[][..], |p| p.value_opts);
    let mut words = Vec::new();
    let mut it = vals.iter().copied().enumerate();
    while let Some((i, v)) = it.next() {
        if v.starts_with('-') {
            if value_opts.contains(&v) {
                it.next();
            }
            continue;
        }
        words.push((i, v));
    }
    words
}

/// Whether an AWS read operation (its name's hyphenated `parts`, its
/// `verb`) prints a credential: its name ends with or holds a secret noun
/// (`get-cluster-credentials`, not `get-account-password-policy`, a rule
/// about passwords), but not in a list or a description
/// (`list-source-credentials`, `list-access-keys`: AWS's List and Describe
/// actions return metadata); a secret's value (`get-secret-value`,
/// `batch-get-secret-value`); or an option that puts secret values in the
/// output (`--with-decryption`).
fn aws_reads_secret(parts: &[&str], verb: &str, vals: &[&str]) -> bool {
    use agentgate_commands::{CLOUD_SECRET_NOUNS, CLOUD_SECRET_OPTIONS};
    let metadata = matches!(verb, "list" | "describe");
    let about = |n: &&str| {
        matches!(
            *n,
            "policy" | "policies" | "report" | "status" | "settings" | "configuration"
        )
    };
    let named = parts.windows(2).any(|w| {
        w.first().is_some_and(|p| CLOUD_SECRET_NOUNS.contains(p)) && !w.get(1).is_some_and(about)
    }) || parts.last().is_some_and(|p| CLOUD_SECRET_NOUNS.contains(p));
    // A secret's value (`get-secret-value`), or anything decrypted
    // (`wafv2 get-decrypted-api-key`, added after hcloud's held-out figure).
    let secret_value = parts
        .windows(2)
        .any(|w| w.first() == Some(&"secret") && w.get(1).is_some_and(|n| n.starts_with("value")))
        || parts.contains(&"decrypted");
    !metadata && named || secret_value || vals.iter().any(|v| CLOUD_SECRET_OPTIONS.contains(v))
}

/// Whether a `get` names its target as a secret (`ssm get-parameter --name
/// private_key_name`): the value it prints is one (session 27, cloudgoat).
/// Not `--secret-id`: every secret is named by one, and the reads of its
/// metadata (`describe-secret`, `get-resource-policy`) print no value.
fn names_a_secret(vals: &[&str]) -> bool {
    const TARGETS: &[&str] = &["--name", "--names", "--parameter-name"];
    (0..vals.len()).any(|i| {
        agentgate_commands::option_value(vals, i, TARGETS)
            .is_some_and(|(n, _)| super::is_secret_name(&n.replace(['-', '/', '.'], "_")))
    })
}

/// Whether a cloud read's output is filtered down to secret fields: its
/// `--query` (aws, az), its `--format` (gcloud) or the `jq` it is piped
/// into selects environment variables, passwords, secret strings, user
/// data or tokens (`aws lambda get-function ... | jq
/// '.Configuration.Environment.Variables'`: found on dafthack's AWS sheet,
/// session 27).
fn selects_secret_fields(site: Site<'_>, vals: &[&str]) -> bool {
    // Whole field names (`passwordCredentials` is metadata about
    // credentials, `environmentId` an id).
    const FIELDS: &[&str] = &[
        "password",
        "secretstring",
        "secretbinary",
        "userdata",
        "secretaccesskey",
        "sessiontoken",
        "accesstoken",
        "refreshtoken",
        "idtoken",
        "connectionstring",
        "primarykey",
        "secondarykey",
        "privatekey",
        "credentials",
    ];
    let secret = |filter: &str| {
        let l = filter.to_ascii_lowercase();
        let environment = l.match_indices(".environment").any(|(i, m)| {
            !l.get(i + m.len()..)
                .unwrap_or("")
                .starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
        });
        environment
            || l.contains("environment.variables")
            || l.contains("user_data")
            || l.split(|c: char| !c.is_ascii_alphanumeric())
                .any(|t| FIELDS.contains(&t))
    };
    let own = (0..vals.len()).any(|i| {
        agentgate_commands::option_value(vals, i, &["--query", "--format"])
            .is_some_and(|(v, _)| secret(v))
    });
    let piped = downstream(site).is_some_and(|c| {
        let mut words = c.argv.iter().filter_map(|w| w.literal.as_deref());
        matches!(words.next(), Some("jq" | "jp" | "yq" | "gojq" | "jaq"))
            && words.any(|w| !w.starts_with('-') && secret(w))
    });
    own || piped
}

/// Whether a gcloud or az command word starts with a read verb
/// (`list`, `show-secret`, `get-credentials`, `logs`).
fn is_read_word(word: &str) -> bool {
    let head = word.split('-').next().unwrap_or("");
    // linode-cli puts the verb last (`domains records-list`, `linodes
    // backups-list`).
    let tail = word.rsplit('-').next().unwrap_or("");
    agentgate_commands::CLOUD_READ_VERBS.contains(&head)
        || agentgate_commands::CLOUD_CLI_READ_VERBS.contains(&head)
        || agentgate_commands::CLOUD_CLI_READ_COMMANDS.contains(&word)
        || word.contains('-') && matches!(tail, "list" | "get" | "view" | "show")
}

/// Whether the leading command words are the CLI's own configuration,
/// login, help or updates. `az account` and `gcloud auth` are local only
/// for their local commands: `az account management-group update` and
/// `gcloud auth activate-service-account` are not.
fn local_command(words: &[&str]) -> bool {
    let second = words.get(1).copied();
    // A registry's or service's log-in (`doctl registry login`) and a
    // cluster's kubeconfig written locally (`doctl kubernetes cluster
    // kubeconfig save`) are setup on this machine, in those places only:
    // a trailing `login` is an operand (found in review, session 26).
    if matches!(second, Some("login" | "logout")) || words.get(2) == Some(&"kubeconfig") {
        return true;
    }
    match words.first().copied() {
        Some(
            "config" | "components" | "init" | "info" | "help" | "topic" | "login" | "logout"
            | "configure" | "extension" | "upgrade" | "version" | "find" | "interactive" | "bicep"
            | "cache" | "survey" | "feedback"
            // The CLI's own contexts and aliases on this machine (`hcloud
            // context create NAME` stores a token locally, `scw alias
            // create`: clouddocs, session 62).
            | "context" | "alias",
        ) => true,
        Some("account") => matches!(
            second,
            None | Some("show" | "set" | "list" | "clear" | "list-locations")
        ),
        Some("auth") => {
            matches!(
                second,
                None | Some(
                    "login"
                        | "logout"
                        | "list"
                        // doctl's authentication contexts.
                        | "init"
                        | "switch"
                        | "revoke"
                        | "configure-docker"
                        // Judged by the gcloud rows (a token fed to a
                        // registry login is used, not shown).
                        | "print-access-token"
                        | "print-identity-token"
                        // doctl's and flyctl's token printers (their rows).
                        | "token"
                )
            ) || second == Some("application-default")
                && matches!(
                    words.get(2).copied(),
                    Some("login" | "revoke" | "set-quota-project" | "print-access-token")
                )
        }
        _ => false,
    }
}

/// Whether an az read (its command words up to the read verb) prints
/// keys or secrets: a `keys` group or a `*-key` one (`cosmosdb keys list`,
/// `search admin-key show`), app settings and connection strings (where
/// apps keep their secrets), a secret shown (`containerapp secret show`,
/// `secret list --show-values`), an option that puts secret values in the
/// output (`CLOUD_SECRET_OPTIONS`: `--populate-secrets`), or a verb that
/// names them (`apim nv show-secret`, `list-keys`, `get-access-token`,
/// `list-publishing-profiles`: deployment passwords). A cluster's
/// `get-credentials` writes the local kubeconfig (`az aks
/// get-credentials`), a setup step.
fn az_reads_secret(words: &[&str], vals: &[&str]) -> bool {
    let Some((verb, groups)) = words.split_last() else {
        return false;
    };
    let groups = groups.get(1..).unwrap_or(&[]);
    let group_secret = groups.iter().any(|g| {
        *g == "keys"
            || g.ends_with("-key")
            || matches!(*g, "appsettings" | "connection-string")
            || matches!(*g, "secret" | "secrets" | "credential" | "credentials")
                && verb.starts_with("show")
    });
    let option_secret = vals
        .iter()
        .any(|v| agentgate_commands::CLOUD_SECRET_OPTIONS.contains(v));
    let kubeconfig =
        *verb == "get-credentials" && words.iter().any(|g| matches!(*g, "aks" | "clusters"));
    let verb_secret = !kubeconfig
        && verb.split('-').skip(1).any(|p| {
            agentgate_commands::CLOUD_SECRET_NOUNS.contains(&p)
                || matches!(
                    p,
                    // `list-callback-url`: a Logic App's signed trigger URL.
                    "secret" | "secrets" | "keys" | "credentials" | "publishing" | "callback"
                )
        });
    group_secret || option_secret || verb_secret
}

/// Whether an Azure API URL names a secret: a `listKeys`, `listSecrets` or
/// `listCredentials` action, a `token`, `password` or `secrets` resource,
/// or a `$select` of credentials, keys, passwords or secrets.
fn url_names_secret(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let (path, query) = lower.split_once('?').unwrap_or((&lower, ""));
    let segment = path.split('/').any(|s| {
        matches!(
            s,
            "listkeys"
                | "listsecrets"
                | "listcredentials"
                | "listcallbackurl"
                | "token"
                | "password"
                | "secrets"
        )
    });
    let select = query.split('&').any(|q| {
        q.trim_start_matches('\\')
            .strip_prefix("$select=")
            .is_some_and(|v| {
                ["credential", "key", "password", "secret"]
                    .iter()
                    .any(|w| v.contains(w))
            })
    });
    segment || select
}

/// Whether a cloud CLI's command word starts with a verb that changes the
/// cloud (`create-instance-profile`, `invoke`; `CLOUD_CHANGE_VERBS`).
fn changes_cloud(word: &str) -> bool {
    let verb = word.split('-').next().unwrap_or("");
    agentgate_commands::CLOUD_CHANGE_VERBS.contains(&verb)
}

/// Whether a cloud CLI's arguments name a storage bucket or container as a
/// destination (`gs://b/f`, `--destination-uri=gs://b/f`, `s3://b`, an
/// Azure blob URL): where an export's data goes.
fn to_bucket(vals: &[&str]) -> bool {
    vals.iter().any(|v| {
        let v = v
            .split_once('=')
            .map_or(*v, |(k, rest)| if k.starts_with("--") { rest } else { v });
        let v = v.trim_matches(|c| c == '\'' || c == '"');
        v.starts_with("gs://") || v.starts_with("s3://") || v.contains(".blob.core.windows.net")
    })
}

/// Whether an AWS CLI command asks for help: the word `help` as an operand
/// (`aws s3 presign help`), not as an option's value (`aws iam
/// create-login-profile --password x --user-name help` runs: the CLI's
/// parser gives `help` to `--user-name`). Found in review, session 26:
/// any word `help` skipped the change rule.
pub(super) fn aws_help(vals: &[&str]) -> bool {
    vals.first() == Some(&"help")
        || vals.windows(2).any(|w| match w {
            [before, "help"] => !before.starts_with('-'),
            _ => false,
        })
}

/// Whether `kubectl get` prints the resources' data: an output format other
/// than names or the wide table (`-o yaml`, `--output=json`, `-ojsonpath=...`).
pub(super) fn kubectl_prints_data(vals: &[&str]) -> bool {
    vals.iter().enumerate().any(|(i, v)| {
        let out = v
            .strip_prefix("--output")
            .or_else(|| v.strip_prefix("-o"))
            .map(|r| r.trim_start_matches('='))
            .map(|r| {
                if r.is_empty() {
                    vals.get(i + 1).copied().unwrap_or("")
                } else {
                    r
                }
            });
        // `--template` alone is a go-template output (ruancsc, session 43:
        // `get secret/x --template='{{index .data "k"}}' | base64 -d` passed).
        // A jsonpath naming only public fields or no data prints no secret.
        out.is_some_and(|o| {
            !o.is_empty()
                && !o.starts_with("name")
                && !o.starts_with("wide")
                && !o
                    .strip_prefix("jsonpath=")
                    .is_some_and(jsonpath_shows_no_secret)
        }) || *v == "--template"
            || v.starts_with("--template=")
    })
}

/// Whether a jsonpath template (`{.data.tls\.crt}`) shows no secret's
/// data: it names no `.data` at all (`{.metadata.name}`), or only public
/// fields of it, a certificate or public key (`tls.crt`, `ca.crt`,
/// `*.pub`). The whole data, a wildcard, recursive descent (`..`) or any
/// other field is a secret's (secdocs, session 58: a TLS secret's
/// certificate was denied as a secret read).
fn jsonpath_shows_no_secret(template: &str) -> bool {
    let t = template.trim_matches(['\'', '"']);
    if t.contains("..") {
        return false;
    }
    // The whole object, item or metadata prints the data as well, and a
    // secret applied with kubectl keeps its manifest, data included, in
    // an annotation (found in review: `{.metadata.annotations}`). Range
    // headers (`{range .items[*]}`) only iterate.
    let mut bare = String::new();
    for piece in t.split('{') {
        if !(piece.starts_with("range ") || piece.starts_with("end}")) {
            bare.push('{');
            bare.push_str(piece);
        }
    }
    let whole = [
        "annotation",
        "{.metadata}",
        "{@",
        "{$}",
        "{$.}",
        "{.}",
        "[*]}",
        ".*",
        "{.items}",
    ];
    if whole.iter().any(|w| bare.contains(w)) {
        return false;
    }
    let public = |key: &str| {
        let key = key.replace("\\.", ".");
        key.ends_with(".crt") || key.ends_with(".cert") || key.ends_with(".pub")
    };
    t.match_indices(".data").all(|(at, _)| {
        let rest = t.get(at + ".data".len()..).unwrap_or("");
        let key = if let Some(r) = rest.strip_prefix("['").or_else(|| rest.strip_prefix("[\"")) {
            r.split(['\'', '"']).next().unwrap_or("")
        } else if let Some(r) = rest.strip_prefix('.') {
            // `tls\.crt`: a dot escaped with a backslash is the key's own.
            let mut end = r.len();
            let mut prev_backslash = false;
            for (i, c) in r.char_indices() {
                if !prev_backslash && matches!(c, '.' | '}' | '[' | '{' | ' ' | '\'' | '"') {
                    end = i;
                    break;
                }
                prev_backslash = c == '\\';
            }
            r.get(..end).unwrap_or("")
        } else {
            ""
        };
        !key.is_empty() && !key.contains('*') && public(key)
    })
}
