//! Sub-command words that delete or destroy what a command-line client
//! manages: cloud resources, secrets, queues, backups, repositories,
//! databases (`railway volume delete`, `nats stream purge`, `restic
//! forget`, `az repos delete`, `rails db:drop`, `rabbitmqctl delete_user`).
//!
//! Most clients follow the same grammar (`PROGRAM [NOUN...] VERB`, the
//! verb sometimes joined to its noun: `delete-secret`, `delete_vhost`,
//! `db:drop`), so a client nobody wrote a row for is still judged: a
//! destroying verb among its leading sub-command words is asked about
//! (destructive, medium), unless the program has a row or analyser of its
//! own that already judged the call, or its words are data (`echo delete`,
//! `grep drop`), or removal is ordinary development work (`npm uninstall`,
//! `cargo remove`). Sources: the command references of the AWS, Azure,
//! Google Cloud, Kubernetes, Heroku, Railway, Vault, Doppler, NATS,
//! RabbitMQ, Kafka, restic and borg CLIs, which all spell deletion with
//! these words; dcg 0.16.0's pack fixtures name the same verbs.

/// Words that, as a sub-command or part of one, delete or destroy.
pub const DESTROYING_VERBS: &[&str] = &[
    "delete",
    "destroy",
    "purge",
    "drop",
    "wipe",
    "erase",
    "remove",
    "rm",
    "rmi",
    "rmdir",
    "rmdirs",
    "deletefile",
    "del",
    "prune",
    "forget",
    "revoke",
    "truncate",
    "nuke",
    // Removes everything the tool made (`rvm implode`, `nanobox implode`;
    // session 39, acs).
    "implode",
    "uninstall",
    "decommission",
    "unsubscribe",
    "deregister",
    "unregister",
];

/// The first word of an AWS CLI operation that changes something in the
/// account (`create-`, `put-`, `modify-`, ...): the CLI names every
/// operation after its API action, verb first
/// (https://docs.aws.amazon.com/cli/latest/reference/). An operation with
/// one of these verbs and no row of its own in the aws table is asked
/// about; reads (`describe-`, `list-`, `get-`, `head-`) are not listed.
pub const CLOUD_CHANGE_VERBS: &[&str] = &[
    "accept",
    "add",
    "allocate",
    "apply",
    "associate",
    "attach",
    "authorize",
    "cancel",
    "change",
    "copy",
    "create",
    "deploy",
    "disable",
    "disassociate",
    "enable",
    "execute",
    "failover",
    "grant",
    "import",
    "invoke",
    "modify",
    "promote",
    "publish",
    "put",
    "reboot",
    "register",
    "reject",
    "release",
    "replace",
    "request",
    "reset",
    "restore",
    "rotate",
    "run",
    "send",
    "set",
    "start",
    "stop",
    "update",
    "upload",
];

/// The first word of an AWS CLI operation that only reads
/// (`describe-instances`, `list-users`, `get-caller-identity`, `wait
/// instance-running`, `logs tail`): the CLI names every operation after its
/// API action, verb first, and AWS's read actions use this short closed set
/// of verbs (https://docs.aws.amazon.com/service-authorization/latest/reference/
/// lists each action's access level: List and Read actions are named with
/// these verbs). Any other verb (`admin-set-user-password`, `subscribe`,
/// `deactivate-mfa-device`, `provision-permission-set`, `resume-session`)
/// changes the account or runs something in it: a verb nobody listed is a
/// change, not a read. A leading `admin-` or `batch-` qualifies the verb
/// after it (`admin-get-user`, `batch-get-builds`).
pub const CLOUD_READ_VERBS: &[&str] = &[
    "describe", "list", "get", "head", "search", "lookup", "wait", "scan", "query", "select",
    "preview", "validate", "estimate", "check", "simulate", "filter", "view", "tail", "decode",
    "verify", "detect", "discover", "help", "ls", "show",
    // Added after hcloud's AWS service pages' held-out figure: SQS's
    // ReceiveMessage is a Read action; `inspect` after clouddocs's
    // (`scw inspect`, `doctl ... inspect`: session 62).
    "receive", "inspect",
];

/// Read verbs of gcloud's and az's command words beyond
/// [`CLOUD_READ_VERBS`]: their commands read logs, files and exports
/// (`gcloud logging read`, `az storage blob download`, `az container
/// logs`, `gcloud source repos clone`, `gcloud sql export`, `az storage
/// message peek`, `az devops configure` (local defaults)). An export is a
/// read unless it sends the data to a storage bucket (`gcloud firestore
/// export gs://...`: judged as an exfiltration). A gcloud or az
/// command with none of these and no read verb among its leading words
/// is a change (https://cloud.google.com/sdk/gcloud/reference,
/// https://learn.microsoft.com/cli/azure/reference-index).
pub const CLOUD_CLI_READ_VERBS: &[&str] = &[
    "read",
    "download",
    "exists",
    "cat",
    "logs",
    "export",
    "clone",
    "stream",
    "peek",
    "output",
    "configure",
    // `gcloud app services browse` (opens the app's URL), `gcloud
    // artifacts print-settings` (prints client configuration), `gcloud
    // builds log`, `gcloud asset analyze-iam-policy` (who can do what).
    "browse",
    "print",
    "log",
    "analyze",
    // Added after hcloud's held-out figure: `gcloud ai endpoints predict`
    // and `explain` (a model's answer), `doctl serverless activations
    // result`.
    "predict",
    "explain",
    "result",
];

/// Whole command words of gcloud that only read, though their first part
/// is no read verb: `test-iam-permissions` calls a resource's
/// TestIamPermissions method, which returns the caller's own permissions
/// (https://cloud.google.com/resource-manager/reference/rest/v3/projects/testIamPermissions;
/// a gcloud cheat sheet's `resource-manager folders test-iam-permissions`
/// was asked as a change, session 67).
pub const CLOUD_CLI_READ_COMMANDS: &[&str] = &["test-iam-permissions"];

/// doctl's short aliases of its read verbs (`doctl apps g`, `doctl a l
/// ID`: https://docs.digitalocean.com/reference/doctl/reference/apps/),
/// read as the verb they stand for after the group word. Only for doctl:
/// elsewhere a one-letter word is an option's value (`az ... -g g`). Its
/// other aliases are left as they are: one letter names a group or a verb
/// by position (`doctl d` is databases, `doctl d d` deletes one), and a
/// word that is no read verb is a change, the stricter reading.
pub const DOCTL_VERB_ALIASES: &[(&str, &str)] = &[("g", "get"), ("l", "logs"), ("ls", "list")];

/// Cloud CLIs whose commands are `NOUN... VERB` (`gcloud compute
/// instances list`, `doctl compute droplet-action power-on`, `oci compute
/// instance terminate`, `linode-cli linodes list`, `hcloud server ssh`,
/// `scw instance server list`): a command with no read verb among its
/// leading words changes the cloud and is asked about when nothing else
/// judged it (https://docs.digitalocean.com/reference/doctl/reference/,
/// https://docs.oracle.com/iaas/tools/oci-cli/latest/oci_cli_docs/,
/// https://www.linode.com/docs/products/tools/cli/,
/// https://github.com/hetznercloud/cli, https://cli.scaleway.com/).
pub const CLOUD_VERB_CLIS: &[&str] = &[
    "gcloud",
    "az",
    "doctl",
    "oci",
    "linode-cli",
    "hcloud",
    "scw",
];

/// Options of cloud CLI reads that put secret values into the output
/// (`az containerapp secret list --show-values`, `az ml connection list
/// --populate-secrets`, `aws ssm get-parameter --with-decryption`, `aws
/// apigateway get-api-keys --include-values`).
pub const CLOUD_SECRET_OPTIONS: &[&str] = &[
    "--show-values",
    "--populate-secrets",
    "--with-decryption",
    "--include-value",
    "--include-values",
    "--show-secrets",
    "--reveal-secrets",
];

/// Words of a read operation's name that say it prints a credential
/// (`get-credentials-for-identity`, `get-cluster-credentials`,
/// `get-relational-database-master-user-password`, `get-password-data`,
/// `get-session-token`): such a read is asked about as a credential read.
pub const CLOUD_SECRET_NOUNS: &[&str] =
    &["credentials", "password", "passwords", "token", "tokens"];

/// AWS operations with a verb of [`CLOUD_CHANGE_VERBS`] that change
/// nothing in the account: CloudWatch Logs' live tail and Insights query
/// (reads), and EKS's `update-kubeconfig` (writes the local kubeconfig).
pub const CLOUD_READ_OPERATIONS: &[&str] = &[
    "start-live-tail",
    "start-query",
    // Athena's query (added after hcloud's held-out figure).
    "start-query-execution",
    "update-kubeconfig",
];

/// Verbs that destroy a data store's contents when the store is named
/// with them (`wp db reset`, `rails db:reset`, `prisma migrate reset`,
/// `heroku pg:reset`, `artisan migrate:fresh`, `manage.py reset_db`,
/// `supabase db reset`); on their own they reset other things
/// (`systemctl reset-failed`, `git reset`, `npm cache clean`).
pub const DATA_RESET_VERBS: &[&str] = &["reset", "flush", "fresh", "flushall", "flushdb"];

/// Names of data stores for [`DATA_RESET_VERBS`].
pub const DATA_NOUNS: &[&str] = &[
    "db",
    "database",
    "databases",
    "pg",
    "postgres",
    "mysql",
    "schema",
    "migrate",
    "migration",
    "migrations",
];

/// The index of the word among `words` (a client's leading sub-command
/// words) that resets a data store named in it or in an earlier word.
pub fn data_reset(words: &[&str]) -> Option<usize> {
    let mut noun = false;
    for (i, w) in words.iter().enumerate() {
        let lower = w.to_ascii_lowercase();
        let parts: Vec<&str> = lower.split(['-', '_', ':', '.']).collect();
        noun |= parts.iter().any(|p| DATA_NOUNS.contains(p));
        if noun && parts.iter().any(|p| DATA_RESET_VERBS.contains(p)) {
            return Some(i);
        }
    }
    None
}

/// Words that name who may use what a client manages (`perms`,
/// `collaborators`, `access`): with a [`GRANT_VERBS`] word among a client's
/// leading sub-command words (`deis perms:create USER`, `heroku
/// access:add USER`, `PROGRAM members add USER`), another account is given
/// access: the access control of every platform CLI (devhints part 2).
pub const ACCESS_NOUNS: &[&str] = &[
    // Single sign-on and identity providers: one added lets its users in
    // (clidocs part 1: `supabase sso add --type saml ...`).
    "sso",
    "idp",
    "idps",
    "saml",
    "identity-provider",
    "identity-providers",
    "perm",
    "perms",
    "permission",
    "permissions",
    "access",
    "collaborator",
    "collaborators",
    "member",
    "members",
    "sharing",
    "share",
    "acl",
    "acls",
    "role",
    "roles",
    "owner",
    "owners",
    "admin",
    "admins",
];

/// Verbs that give access, for [`ACCESS_NOUNS`].
pub const GRANT_VERBS: &[&str] = &["create", "add", "grant", "invite", "assign"];

/// The index of the word among `words` (a client's leading sub-command
/// words) that grants access: a grant verb as a word after an access noun
/// (`members add`), or joined to one by `:` (`perms:create`). A hyphen or
/// underscore joins a noun's own words (`permission-set` is a noun, as in
/// `aws sso-admin describe-permission-set`; `add_member` a queue's replica:
/// review).
pub fn access_grant(words: &[&str]) -> Option<usize> {
    let mut noun = false;
    let mut verb = false;
    for (i, w) in words.iter().enumerate() {
        let lower = w.to_ascii_lowercase();
        // A federated identity or credential makes an account trust an
        // outside issuer's tokens (a CI system's, a cluster's service
        // account): a grant with the verb on either side (`azwi
        // serviceaccount create phase federated-identity`: secdocsd,
        // session 58; `az identity federated-credential create`).
        // A JWKS endpoint saved for an organization does the same: the
        // tokens its keys sign are let in (`turso org jwks save NAME URL`:
        // tursodocs, session 62).
        let federated = lower.split('-').any(|p| p == "federated")
            || matches!(lower.as_str(), "jwks" | "jwks-url" | "jwks-endpoint");
        if federated && verb {
            return Some(i);
        }
        noun |= federated;
        if federated
            && matches!(
                words.get(i + 1).map(|w| w.to_ascii_lowercase()).as_deref(),
                Some("save" | "set" | "register")
            )
        {
            return Some(i + 1);
        }
        verb |= GRANT_VERBS.contains(&lower.as_str());
        let joined = lower.split_once(':');
        // A verb joined to an access binding by hyphens, verb first
        // (`add-access-binding`, `set-access-bindings`,
        // `add-iam-policy-binding`: the Yandex Cloud and Google Cloud
        // CLIs' grants; secdocs, session 58).
        let parts: Vec<&str> = lower.split('-').collect();
        let hyphen_grant = parts.len() > 2
            && parts
                .first()
                .is_some_and(|v| GRANT_VERBS.contains(v) || matches!(*v, "set" | "update"))
            && parts.iter().any(|p| matches!(*p, "access" | "iam"))
            && parts
                .iter()
                .any(|p| matches!(*p, "binding" | "bindings" | "policy"));
        // A grant verb joined to an access noun, verb first (`add-access`,
        // `grant-access`, `assign-role`: `pscale service-token add-access
        // ID PERM`, hostdocs part 2, session 62). Not `create-role`, which
        // makes a role and grants it to nobody.
        let two_part = matches!(parts.as_slice(), [v, n]
            if matches!(*v, "add" | "grant" | "assign" | "invite") && ACCESS_NOUNS.contains(n));
        let grants_here = hyphen_grant
            || two_part
            || joined.is_some_and(|(n, v)| ACCESS_NOUNS.contains(&n) && GRANT_VERBS.contains(&v));
        if grants_here || noun && GRANT_VERBS.contains(&lower.as_str()) {
            return Some(i);
        }
        noun |= ACCESS_NOUNS.contains(&lower.as_str());
    }
    None
}

/// The index of the word among `words` (a client's leading sub-command
/// words) that invites someone in: `invite` alone, joined to a noun by
/// `:` (`members:invite`) or leading a hyphenated verb (`invite-member`).
/// An invitation grants access whatever it is to (`fly orgs invite
/// EMAIL`: flydocs part 7, session 61, missed because fly has a row and
/// `access_grant` reads only clients without one, and `orgs` is no
/// access noun), so it is read for every client.
pub fn invites(words: &[&str]) -> Option<usize> {
    words.iter().position(|w| {
        let lower = w.to_ascii_lowercase();
        let verb = lower.rsplit(':').next().unwrap_or(&lower);
        matches!(verb, "invite" | "invites") || verb.starts_with("invite-")
    })
}

/// Ways in besides [`ACCESS_NOUNS`]: a destroying verb acting on one of
/// these (`heroku keys:remove`, `gh ssh-key delete`, `heroku
/// trusted-ips:remove`, `heroku webhooks:remove`, `heroku
/// authorizations:destroy`) takes access away and destroys no data
/// (paasdocs parts 5-7, session 61: asked about as deletions at first
/// contact). Plain `key`/`keys` only joined to the verb by `:` (a
/// platform CLI's SSH keys: `heroku keys:remove`, `dokku
/// ssh-keys:remove`); as a word of their own they are as often a KMS
/// key, whose deletion leaves what it encrypted unreadable.
pub const REVOCABLE_NOUNS: &[&str] = &[
    "ssh-key",
    "ssh-keys",
    "sshkey",
    "sshkeys",
    "gpg-key",
    "gpg-keys",
    "deploy-key",
    "deploy-keys",
    "authorization",
    "authorizations",
    "session",
    "sessions",
    "webhook",
    "webhooks",
    "trusted-ip",
    "trusted-ips",
    // A token revoked or deleted (`fly tokens revoke ID`: flydocs part 4,
    // session 61).
    "token",
    "tokens",
    "api-key",
    "api-keys",
    "access-token",
    "access-tokens",
    // A trusted issuer's keys removed (`turso org jwks remove NAME`:
    // tursodocs, session 62).
    "jwks",
    // A platform's database password deleted (`pscale password delete DB
    // BRANCH ID`: hostdocs part 6, session 62). A password manager's
    // entries are their rows' (`pass rm`, `security
    // delete-generic-password` is no revoking compound).
    "password",
    "passwords",
];

/// Whether the destroying verb at `i` among `words` (a client's leading
/// sub-command words) acts on a way in ([`ACCESS_NOUNS`],
/// [`REVOCABLE_NOUNS`]): the noun joined before it by `:`
/// (`trusted-ips:remove`, `spaces:trusted-ips:remove`) or the word before
/// it (`members remove`, `ssh-key delete`).
pub fn revokes_access(words: &[&str], i: usize) -> bool {
    let Some(word) = words.get(i) else {
        return false;
    };
    let lower = word.to_ascii_lowercase();
    // The verb's own word names nothing else to destroy: `remove`,
    // `delete-token`, `remove-policy` (argocd's `proj role` grants), not
    // `delete-all-data`.
    let verb = lower.rsplit(':').next().unwrap_or(&lower);
    let revoking = |p: &str| {
        DESTROYING_VERBS.contains(&p)
            || ACCESS_NOUNS.contains(&p)
            || REVOCABLE_NOUNS.contains(&p)
            || matches!(
                p,
                "policy" | "policies" | "binding" | "bindings" | "grant" | "grants"
            )
    };
    if !verb.split(['-', '_']).all(revoking) {
        return false;
    }
    let (noun, joined) = match lower.rsplit_once(':') {
        Some((nouns, _)) => (nouns.rsplit(':').next().unwrap_or(nouns).to_owned(), true),
        None => match i.checked_sub(1).and_then(|p| words.get(p)) {
            // Two words for one noun (`ssh keys remove`: hostdocs part 7,
            // session 62), read as `ssh-keys`.
            Some(prev) => {
                let prev = prev.to_ascii_lowercase();
                let pair = i
                    .checked_sub(2)
                    .and_then(|p| words.get(p))
                    .map(|w| format!("{}-{prev}", w.to_ascii_lowercase()))
                    .filter(|pair| REVOCABLE_NOUNS.contains(&pair.as_str()));
                (pair.unwrap_or(prev), false)
            }
            None => return false,
        },
    };
    // An identity provider removed cuts every sign-in through it, not one
    // grant (`supabase sso remove ID`: clidocs part 6 labels it
    // destructive).
    let provider = matches!(
        noun.as_str(),
        "sso" | "idp" | "idps" | "saml" | "identity-provider" | "identity-providers"
    );
    // A compound ending in one (`service-token`, `personal-access-tokens`:
    // `pscale service-token delete ID`, hostdocs part 2, session 62).
    let revocable = REVOCABLE_NOUNS.contains(&noun.as_str())
        || noun.match_indices('-').any(|(k, _)| {
            noun.get(k + 1..)
                .is_some_and(|s| REVOCABLE_NOUNS.contains(&s))
        });
    !provider && ACCESS_NOUNS.contains(&noun.as_str())
        || revocable
        || joined && matches!(noun.as_str(), "key" | "keys")
}

/// Nouns whose deletion loses nothing that cannot be rebuilt: a
/// destroying verb after one of these (`gh cache delete`, `pip cache
/// remove`; a tool's plugin, installed again by name: `trivy plugin
/// uninstall kubectl`, `helm plugin uninstall diff`, toolsdocs, session
/// 53) is not asked about. Not "module": cloud and registry CLIs publish
/// modules that are not rebuilt by name (`tfe module delete`).
pub const REBUILDABLE_NOUNS: &[&str] = &[
    "cache",
    "caches",
    "tmp",
    "temp",
    "plugin",
    "plugins",
    // Statistics counters, gathered again as the store runs (`heroku
    // pg:stats-reset`, `redis:stats-reset`: pg_stat_statements and
    // Redis INFO counters; paasdocs part 7, session 61).
    "stats",
    "statistics",
    // A CDN's cached copies, fetched again from the origin (`railway cdn
    // purge all`: hostdocs part 3, session 62).
    "cdn",
    // A coding agent's skills, installed again by name as plugins are
    // (`railway skills remove`: hostdocs part 5, session 62).
    "skill",
    "skills",
];

/// Nouns naming a setting: a destroying verb after one (`railway flag
/// delete checkout.v2`, `railway usage limit remove`, `railway ssh config
/// remove`, `acmecli variables delete FOO`) removes a value that is set
/// again by name and loses no data, as `heroku config:unset` and `fly
/// secrets unset` do (hostdocs parts 1-3, session 62: asked about as
/// deletions). A word of its own or joined by `:` (`config:remove`); not
/// a hyphenated part (`config-store` is a store).
pub const SETTING_NOUNS: &[&str] = &[
    "variable",
    "variables",
    "var",
    "vars",
    "flag",
    "flags",
    "feature-flag",
    "feature-flags",
    "limit",
    "limits",
    "config",
];

/// Sub-commands that ask whether an action is allowed; the words after
/// one name the action asked about (`kubectl auth can-i delete pods`,
/// `oc adm policy who-can delete pods`: toolsdocsd, session 54), so a
/// destroying verb among them is not a deletion.
pub const PERMISSION_QUESTIONS: &[&str] = &["can-i", "who-can"];

/// Options that make a client delete (`kafka-topics --delete`), matched
/// exactly; for programs without a row of their own.
pub const DESTROYING_OPTIONS: &[&str] = &[
    "--delete",
    "--destroy",
    "--purge",
    "--drop",
    "--remove",
    "--wipe",
    "--erase",
];

/// Whether `opt` (a word of a client's command line) consents to
/// destruction or data loss by its words: `--confirm-destructive`
/// (`railway config apply --yes --confirm-destructive`, hostdocs part 2,
/// session 62, passed), `--accept-data-loss` (`prisma db push`),
/// `--allow-destructive-changes`; not `--no-allow-destructive` nor
/// `--confirm-destructive=false`. The call then carries out the
/// deletions its plan holds.
pub fn destruction_consent(opt: &str) -> bool {
    let Some((name, _)) = crate::secretverbs::long_option_on(opt) else {
        return false;
    };
    let parts: Vec<String> = name
        .to_ascii_lowercase()
        .split(['-', '_'])
        .map(str::to_owned)
        .collect();
    let consent = parts.first().is_some_and(|p| {
        matches!(
            p.as_str(),
            "accept" | "allow" | "confirm" | "approve" | "permit" | "force" | "ack" | "acknowledge"
        )
    });
    let harm = parts.iter().any(|p| p == "destructive")
        || parts.windows(2).any(|w| {
            w.first().is_some_and(|a| a == "data") && w.get(1).is_some_and(|b| b == "loss")
        });
    consent && harm
}

/// Verbs that copy a source to a destination: with `--prune` the
/// destination loses what the source lacks (`cli env push --prune`,
/// `argocd app sync --prune`, `kubectl apply --prune`; `git push --prune`
/// is git.rs's). Not `fetch` or `pull`, whose `--prune` drops local
/// remote-tracking names.
pub const PRUNING_VERBS: &[&str] = &[
    "push", "sync", "apply", "deploy", "upload", "publish", "mirror",
];

/// Clients whose HTTP `DELETE` requests their own rows judge (by host,
/// endpoint and what is deleted: `gh api --method DELETE` of an issue's
/// label is undone in a click), so the generic method rule leaves them.
pub const METHOD_JUDGED: &[&str] = &[
    "gh", "curl", "wget", "http", "https", "xh", "xhs", "curlie", "httpie",
];

/// Flags that, in every CLI framework's convention, take no value: the
/// word after one is a sub-command or operand, never its value.
pub const VALUELESS_FLAGS: &[&str] = &[
    "-y",
    "--yes",
    "--force",
    "--quiet",
    "--verbose",
    "--debug",
    "--no-input",
    "--non-interactive",
    "--assume-yes",
    "--confirm",
    "--all",
];

/// Options of database clients whose value is a query (`snow sql -q`,
/// `clickhouse-client --query`, `mysql -e`, `psql -c`): destructive SQL
/// after one of these is judged even in lower case.
pub const SQL_QUERY_OPTIONS: &[&str] = &[
    "-q",
    "--query",
    "-e",
    "--execute",
    "-c",
    "--command",
    "--sql",
    "-s",
    "--statement",
];

/// Verbs that in a program's own name make it a deleting tool
/// (`kafka-delete-records`); shorter verbs (`rm`, `del`) are too common
/// as parts of unrelated names.
pub const DESTROYING_NAME_PARTS: &[&str] = &[
    "delete", "destroy", "drop", "purge", "wipe", "erase", "nuke",
];

/// A client whose destroying sub-command only shows what it would do
/// unless a confirming option is given (`kops delete cluster NAME` lists
/// what it would delete; `--yes` deletes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Preview {
    /// Program names.
    pub names: &'static [&'static str],
    /// The sub-command (the first operand).
    pub verb: &'static str,
    /// The words after it that take the preview (an object, or an option
    /// naming the objects by file, also as `--option=...`).
    pub objects: &'static [&'static str],
    /// The options that make it act.
    pub confirm: &'static [&'static str],
    /// Where the knowledge comes from.
    pub source: &'static str,
    /// Commands that preview (the generic rule must not flag them).
    pub clean: &'static [&'static str],
    /// Commands that act (it must).
    pub flagged: &'static [&'static str],
}

/// The previews (opsdocsf, opsdocsg: session 56).
pub const PREVIEWS: &[Preview] = &[Preview {
    names: &["kops"],
    verb: "delete",
    objects: &["cluster", "instance", "instancegroup", "instancegroups", "ig", "-f", "--filename"],
    confirm: &["--yes", "-y", "--yes=true"],
    source: "https://kops.sigs.k8s.io/cli/kops_delete/ (-y, --yes: Specify --yes to immediately delete the resource), kops_delete_cluster, kops_delete_instance, kops_delete_instancegroup; kops_delete_secret has no --yes and deletes at once",
    clean: &["kops delete cluster --name my.k8s", "kops delete -f my-cluster.yaml", "kops delete ig nodes --name c"],
    flagged: &["kops delete cluster --name my.k8s --yes", "kops delete -f my-cluster.yaml -y", "kops delete secret encryptionconfig", "kops delete cluster x $Y", "kops delete cluster x \"$@\""],
}];

/// Whether `name` with `vals` is one of [`PREVIEWS`] without its
/// confirming option. A word the line cannot show (`$Y`, `"$@"`, a
/// substitution) may be that option: no preview then.
pub fn previews(name: &str, vals: &[&str]) -> bool {
    if vals.iter().any(|v| v.contains(['$', '`'])) {
        return false;
    }
    PREVIEWS.iter().any(|p| {
        let mut operands = vals.iter().filter(|v| !v.starts_with('-'));
        p.names.contains(&name)
            && operands.next() == Some(&p.verb)
            && vals.iter().any(|w| {
                p.objects.contains(w)
                    || p.objects.iter().any(|o| {
                        o.starts_with("--") && w.strip_prefix(o).is_some_and(|r| r.starts_with('='))
                    })
            })
            && !vals.iter().any(|v| p.confirm.contains(v))
    })
}

/// The AWS CLI's global options that take no value (its value-taking
/// ones are the aws row's `value_opts`): before the service name only
/// these come, so words after `aws` that begin with another option are
/// another program's (`velero ... --provider aws --bucket B`, opsdocsi,
/// session 57). https://docs.aws.amazon.com/cli/latest/reference/
/// ("Global Options").
pub const AWS_GLOBAL_FLAGS: &[&str] = &[
    "--debug",
    "--no-verify-ssl",
    "--no-paginate",
    "--no-sign-request",
    "--no-cli-pager",
    "--cli-auto-prompt",
    "--no-cli-auto-prompt",
    "--version",
];

/// A sub-command whose verb is a destroying one but that destroys
/// nothing of the developer's: it empties a cache its program rebuilds
/// (`rclone backend drop hasher:`) or removes only what the program
/// installed for itself (`gopass secret-service uninstall`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotDestroying {
    /// Program names.
    pub names: &'static [&'static str],
    /// Its first operands (a word may list alternatives, `remove|rm`).
    pub words: &'static [&'static str],
    /// Where the knowledge comes from.
    pub source: &'static str,
    /// Commands that destroy nothing (the generic rule must not flag
    /// them).
    pub clean: &'static [&'static str],
    /// Commands beside them that destroy (it must).
    pub flagged: &'static [&'static str],
}

/// The sub-commands (opsdocsh, opsdocsi, opsdocsj: sessions 56-57).
pub const NOT_DESTROYING: &[NotDestroying] = &[
    NotDestroying {
        names: &["netlify", "ntl", "netlify-cli"],
        words: &["database", "reset"],
        source: "https://github.com/netlify/cli/blob/main/docs/commands/database.md (database reset: \"Reset the local development database, removing all data and tables\"); paasdocs, session 60",
        clean: &["netlify database reset", "ntl database reset --json"],
        flagged: &["netlify sites:delete my-site --force"],
    },
    NotDestroying {
        names: &["heroku"],
        // access:remove and members:remove (session 60's row) are
        // `revokes_access`'s now, for every client.
        words: &["accounts:remove"],
        source: "https://github.com/heroku/cli/blob/main/docs/accounts.md (accounts:remove: remove a Heroku account from your cache, the CLI's local list of logins); paasdocs part 6, session 61",
        clean: &["heroku accounts:remove my-account"],
        flagged: &["heroku apps:destroy --app x --confirm x"],
    },
    NotDestroying {
        names: &["fly", "flyctl"],
        words: &["regions", "remove"],
        source: "https://github.com/superfly/docs/blob/main/blueprints/going-to-production-with-healthcare-apps.html.md (\"remove undesired regions\": the regions the app is deployed to; its Machines and data are not named); flydocs part 1, session 61",
        clean: &["fly regions remove sin", "flyctl regions remove ams lhr -a app"],
        flagged: &["fly apps destroy my-app -y", "fly volumes destroy vol_123"],
    },
    NotDestroying {
        names: &["chezmoi"],
        words: &["state", "delete|delete-bucket|reset"],
        source: "https://www.chezmoi.io/reference/commands/state/ (chezmoi's own persistent state: which run_once_ and run_onchange_ scripts ran and the entries' last written contents; deleted, the scripts run again at the next apply, no file is lost); clidocs, session 59",
        clean: &["chezmoi state delete-bucket --bucket=scriptState", "chezmoi state delete --bucket=entryState --key=x"],
        flagged: &["chezmoi destroy ~/.bashrc", "chezmoi purge"],
    },
    NotDestroying {
        names: &["chezmoi"],
        words: &["forget|unmanage"],
        source: "https://www.chezmoi.io/reference/commands/forget/ (removes targets from the source state, the dotfile repository's working copy; the home's files stay)",
        clean: &["chezmoi forget ~/.bashrc", "chezmoi unmanage ~/.vimrc"],
        flagged: &["chezmoi destroy ~/.bashrc"],
    },
    NotDestroying {
        names: &["rclone"],
        words: &["backend", "drop"],
        source: "https://rclone.org/hasher/#drop (drop: completely drop checksum cache; only the hasher backend has it, and it fills the cache again as it reads sums)",
        clean: &["rclone backend drop hasher:", "rclone -v backend drop Hasher:"],
        flagged: &["rclone backend cleanup-hidden s3:bucket", "rclone backend rescue drive: -o delete"],
    },
    NotDestroying {
        names: &["gopass"],
        words: &["secret-service", "uninstall"],
        source: "https://github.com/gopasspw/gopass/blob/master/docs/adr/A-11-secret-service.md (Phase 5: `gopass secret-service uninstall` removes the systemd unit and D-Bus activation file `install` wrote)",
        clean: &["gopass secret-service uninstall"],
        flagged: &["gopass rm -r path/to/folder", "gopass secret-service install"],
    },
    NotDestroying {
        names: &["rclone"],
        words: &["rmdir|rmdirs"],
        source: "https://rclone.org/commands/rclone_rmdir/ (remove the empty directory at path; it fails on one that holds files), rclone_rmdirs (remove the empty directories under a path); purge and delete remove files",
        clean: &["rclone rmdir remote:bucket", "rclone rmdirs remote:path --leave-root"],
        flagged: &["rclone purge remote:bucket", "rclone delete remote:path"],
    },
    NotDestroying {
        names: &["gopass"],
        words: &["mounts", "remove|rm|umount|unmount"],
        source: "https://github.com/gopasspw/gopass/blob/master/docs/commands/mounts.md (mounts remove: unmount a sub-store; its files stay on disk)",
        clean: &["gopass mounts remove test", "gopass mounts rm mount/point"],
        flagged: &["gopass rm -r test/secret"],
    },
    NotDestroying {
        names: &["gopass"],
        words: &["recipients", "remove|rm"],
        source: "https://github.com/gopasspw/gopass/blob/master/docs/commands/recipients.md (recipients remove: re-encrypt the store without that key)",
        clean: &["gopass recipients remove 0xDEADBEEF"],
        flagged: &["gopass delete -r team/"],
    },
];

/// Whether `name` with `vals` is one of [`NOT_DESTROYING`].
pub fn not_destroying(name: &str, vals: &[&str]) -> bool {
    NOT_DESTROYING.iter().any(|c| {
        let operands = vals.iter().filter(|v| !v.starts_with('-'));
        c.names.contains(&name)
            && c.words.len() <= operands.clone().count()
            && operands
                .zip(c.words)
                .all(|(o, w)| w.split('|').any(|alt| alt == *o))
    })
}

/// Package managers of systems and languages: their operands are packages'
/// names (`apt-get install curl`, `pip install ssh`), not files in the
/// working directory; a package given as a file is spelled as a path
/// (`./x.deb`, `../lib`).
pub const PACKAGE_MANAGERS: &[&str] = &[
    "npm",
    "pnpm",
    "yarn",
    "bun",
    "pip",
    "pip3",
    "pipx",
    "uv",
    "poetry",
    "pdm",
    "hatch",
    "conda",
    "mamba",
    "micromamba",
    "cargo",
    "rustup",
    "go",
    "gem",
    "bundle",
    "bundler",
    "composer",
    "brew",
    "port",
    "apt",
    "apt-get",
    "aptitude",
    "dnf",
    "yum",
    "zypper",
    "pacman",
    "apk",
    "snap",
    "flatpak",
    "nix",
    "nix-env",
    "asdf",
    "mise",
    "nvm",
    "pyenv",
    "rbenv",
    "sdk",
    // Toolchain managers of Julia and Haskell (session 66), as rustup.
    "juliaup",
    "ghcup",
    "volta",
    "corepack",
    "dotnet",
    "nuget",
    "opam",
    "cabal",
    "stack",
    "mix",
    "pub",
    "dart",
    "flutter",
    "swift",
    "vcpkg",
    "conan",
];

/// A package or toolchain manager's sub-command that removes the manager
/// itself with every toolchain and tool it installed under the home: not
/// the ordinary removal of one dependency the package-manager exemption
/// is for (mcdev part 18, session 66: `rustup self uninstall` passed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SelfRemoval {
    /// Program names.
    pub names: &'static [&'static str],
    /// Its first operands.
    pub words: &'static [&'static str],
    /// What it deletes.
    pub removes: &'static str,
    /// Where the knowledge comes from.
    pub source: &'static str,
    /// Commands that remove the manager (asked about).
    pub flagged: &'static [&'static str],
    /// Commands beside them that do not (the exemption holds).
    pub clean: &'static [&'static str],
}

/// The sub-commands.
pub const SELF_REMOVALS: &[SelfRemoval] = &[
    SelfRemoval {
        names: &["rustup"],
        words: &["self", "uninstall"],
        removes: "$RUSTUP_HOME with every toolchain, and $CARGO_HOME but for other programs in its bin",
        source: "https://github.com/rust-lang/rustup/blob/master/src/cli/self_update.rs (module doc: during uninstall, delete $RUSTUP_HOME and all entries in $CARGO_HOME except bin); rust-lang/rustup#702 (~/.cargo deleted)",
        flagged: &["rustup self uninstall", "rustup self uninstall -y", "~/.cargo/bin/rustup self uninstall"],
        clean: &["rustup self update", "rustup toolchain uninstall nightly", "rustup component remove clippy"],
    },
    SelfRemoval {
        names: &["mise"],
        words: &["implode"],
        removes: "mise's state, data and cache directories (every installed tool version) and its binary",
        source: "https://mise.jdx.dev/cli/implode.html (\"Removes mise CLI and all related data\"; -n/--dry-run lists the directories)",
        flagged: &["mise implode", "mise implode --config --yes"],
        clean: &["mise implode --dry-run", "mise implode -n", "mise uninstall node@18.0.0"],
    },
    SelfRemoval {
        names: &["juliaup"],
        words: &["self", "uninstall"],
        removes: "every Julia version juliaup installed, its symlinks and its PATH changes",
        source: "https://docs.rs/crate/juliaup/latest/source/src/command_selfuninstall.rs (\"Do you really want to uninstall Julia?\")",
        flagged: &["juliaup self uninstall"],
        clean: &["juliaup self update", "juliaup remove 1.9"],
    },
    SelfRemoval {
        names: &["ghcup"],
        words: &["nuke"],
        removes: "GHCup with every GHC, cabal, stack and HLS it installed",
        source: "https://hackage-content.haskell.org/package/ghcup-0.1.22.0/src/lib-opt/GHCup/OptParse/Nuke.hs (\"This will remove GHCup and all installed components from your system\")",
        flagged: &["ghcup nuke"],
        clean: &["ghcup rm ghc 9.2.8", "ghcup install ghc recommended"],
    },
];

/// The row of [`SELF_REMOVALS`] that `name` with argument values `vals`
/// runs, unless it is a dry run or asks for help.
pub fn self_removal(name: &str, vals: &[&str]) -> Option<&'static SelfRemoval> {
    if vals
        .iter()
        .any(|v| matches!(*v, "-n" | "--dry-run" | "-h" | "--help"))
    {
        return None;
    }
    let operands: Vec<&str> = vals
        .iter()
        .copied()
        .filter(|v| !v.starts_with('-'))
        .collect();
    SELF_REMOVALS
        .iter()
        .find(|r| r.names.contains(&name) && operands.starts_with(r.words))
}

/// Programs the generic sub-command rule leaves alone, with why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VerbExempt {
    /// Program names.
    pub names: &'static [&'static str],
    /// Why the rule does not apply.
    pub why: &'static str,
    /// Whether the rule for printed credentials (`prints_secret`) leaves
    /// them alone too: words that are text, files or a script are never a
    /// client's sub-command (`grep token`, `touch token`); a package
    /// manager's or an analysed program's may print one (`uv auth
    /// token`).
    pub secrets_too: bool,
}

/// The exemptions.
pub const VERB_EXEMPT: &[VerbExempt] = &[
    VerbExempt {
        names: &[
            "echo", "printf", "grep", "egrep", "fgrep", "rg", "ag", "ack", "sed", "awk", "gawk",
            "mawk", "man", "info", "tldr", "help", "apropos", "whatis", "which", "type",
            "command", "hash", "whereis", "cat", "less", "more", "head", "tail", "wc", "sort",
            "uniq", "cut", "tr", "tee", "test", "[", "[[", "expr", "let", "read", "export",
            "declare", "typeset", "local", "readonly", "alias", "unalias", "unset", "set",
            "jq", "yq", "column", "fold", "fmt", "nl", "look", "say", "espeak", "notify-send",
            "logger", "wall", "write", "banner", "figlet", "cowsay", "xmessage",
        ],
        why: "its words are text or names to look up, not sub-commands",
        secrets_too: true,
    },
    VerbExempt {
        names: PACKAGE_MANAGERS,
        why: "a package manager: removing a dependency or a tool is ordinary development work (installs are judged elsewhere)",
        secrets_too: false,
    },
    VerbExempt {
        names: &[
            "git", "rm", "rmdir", "unlink", "shred", "find", "rsync", "mv", "docker", "podman",
            "nerdctl", "helm", "terraform", "tofu", "pulumi", "cdk", "crontab", "tar", "zip",
            "7z", "7za", "ar", "redis-cli", "psql", "mysql", "mariadb", "sqlite3", "mongosh",
            "mongo", "systemctl", "launchctl", "ip", "iptables", "nft", "ufw", "trap", "eval",
            "exec", "source", ".", "sudo", "doas", "env", "xargs", "hg", "svn", "jj",
        ],
        why: "has an analyser of its own that judges its deletions (or passes its words to one)",
        secrets_too: false,
    },
    VerbExempt {
        names: &[
            "mkdir", "touch", "cp", "ln", "install", "ditto", "du", "tree", "realpath",
            "readlink", "basename", "dirname", "mktemp", "cd", "pushd", "popd", "unzip",
            "gunzip", "gzip", "bunzip2", "bzip2", "xz", "unxz", "zstd", "md5sum", "sha1sum",
            "sha256sum", "sha512sum", "shasum", "md5", "base64", "xxd", "hexdump", "od",
            "strings", "open", "xdg-open", "code", "nano", "vi", "vim", "nvim", "emacs",
        ],
        why: "its operands are files and directories, named as their owner likes (`mkdir del`, `touch delete`); what it does to them is judged as paths",
        secrets_too: true,
    },
    // Session 52 (the benign rows asked across the corpora): browser
    // automation's own state (`playwright uninstall` removes the browsers
    // it downloaded; `playwright-cli delete-data`, `localstorage-delete`,
    // `drop` work on the session it drives, not the user's browser, which
    // `attach` reaches and its row judges), watchman's watches and
    // environment modules (`module purge` unloads them).
    VerbExempt {
        names: &["playwright", "playwright-cli", "watchman", "module"],
        why: "deletes only its own local state (downloaded browsers, an automated session's storage, watches, loaded modules)",
        secrets_too: false,
    },
    VerbExempt {
        names: &["bash", "sh", "zsh", "dash", "ksh", "fish"],
        why: "a shell: its words are a script and the script's arguments, judged as shell (the interpreters of INTERPRETERS are exempt for the same reason)",
        secrets_too: true,
    },
];

/// Programs whose `publish` sub-command sends nothing out: .NET's
/// `dotnet publish` builds the application into a local folder; a key-value
/// store's `PUBLISH` hands a message to its own channels.
pub const PUBLISH_LOCAL: &[&str] = &["dotnet", "msbuild", "redis-cli", "valkey-cli", "keydb-cli"];

/// Whether `words`, a call's operands (options left out), publish what the
/// project built to a registry (`uv publish`, `poetry publish`, `deno
/// publish`, `vsce publish`, `dart pub publish`, `lerna publish`): the
/// project's files leave the machine for everyone to install. Sources: the
/// command references of uv, Poetry, PDM, Hatch, Flit, Deno/JSR, Bun,
/// vsce, ovsx, Dart and Lerna, which all spell it `publish`; devdocs,
/// session 49.
pub fn publishes(name: &str, words: &[&str]) -> bool {
    !PUBLISH_LOCAL.contains(&name)
        && !VERB_EXEMPT
            .first()
            .is_some_and(|text| text.names.contains(&name))
        && match words {
            ["publish", ..] => true,
            // Dart's and Flutter's package tool is a sub-command.
            ["pub", "publish", ..] => true,
            _ => false,
        }
}

/// Whether `word` is, or is joined from (`delete-secret`, `db:drop`,
/// `delete_user`), a destroying verb; the verb if so.
pub fn destroying_verb(word: &str) -> Option<&'static str> {
    let lower = word.to_ascii_lowercase();
    lower
        .split(['-', '_', ':'])
        .find_map(|part| DESTROYING_VERBS.iter().copied().find(|v| *v == part))
}

/// Whether a program's own name says it deletes (`kafka-delete-records`).
pub fn destroying_name(name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    lower
        .split(['-', '_'])
        .find_map(|part| DESTROYING_NAME_PARTS.iter().copied().find(|v| *v == part))
}

/// Whether the rule for printed credentials leaves `name` alone: text,
/// files, scripts and interpreters' code (judged as code).
pub fn secret_verb_exempt(name: &str) -> bool {
    crate::INTERPRETERS.contains(&name)
        || crate::PURE_READERS.contains(&name)
        || VERB_EXEMPT
            .iter()
            .any(|e| e.secrets_too && e.names.contains(&name))
}

/// Whether the generic rule leaves `name` alone.
pub fn verb_exempt(name: &str) -> bool {
    // An interpreter's words are a script and its arguments; the code is
    // judged by the code scanner.
    // A program that only reads the files it is given prints them, whatever
    // they are called (`cat purge.log`).
    crate::INTERPRETERS.contains(&name)
        || crate::PURE_READERS.contains(&name)
        || VERB_EXEMPT.iter().any(|e| e.names.contains(&name))
}

/// Commands the risk engine must ask about, and commands it must leave
/// clean, under the generic rule.
pub const VERB_EXAMPLES: (&[&str], &[&str]) = (
    &[
        "railway volume delete --volume prod-db --yes",
        "nats stream purge ORDERS",
        "restic forget --keep-last 1 --prune",
        "rabbitmqctl delete_user deployer",
        "az repos delete --id 1 --yes",
        "rails db:drop",
        "kafka-topics --bootstrap-server localhost:9092 --delete --topic payments",
        "kafka-delete-records --bootstrap-server localhost:9092 --offset-json-file o.json",
        "gsutil rm gs://prod-bucket/private.txt",
        "velero backup delete nightly --confirm",
        "kubectl delete deployment web",
        "doppler secrets delete API_KEY --project backend --config prod --yes",
        "kubectl -n prod delete pod web-0",
        "railway --yes volume delete --volume prod-db",
        "nats -f stream.conf purge ORDERS",
        "doppler -s delete API_KEY",
        "nats stream purge ORDERS -- --help",
        "velero backup delete nightly --dry-run --no-dry-run",
        "aws sns unsubscribe --subscription-arn arn:aws:sns:us-east-1:1:alerts:abcd",
        "aws ecs deregister-task-definition --task-definition web:3",
        "az rest --method delete --uri https://management.azure.com/subscriptions/x",
        "az devops invoke --area git --resource repositories --http-method DELETE",
        "glab api -X DELETE projects/1",
        "wp db reset --yes",
        "supabase db reset --linked",
        "rails db:reset",
        "php artisan migrate:fresh --force",
        "rvm implode",
        "nanobox implode",
        "acmecli keys delete my-kms-key",
        "acmecli accounts delete acct_123",
        "supabase sso remove b5ae62f9 --project-ref x",
        "acmecli access:delete-all-data",
        "acmecli members remove-all-data",
    ],
    &[
        "dokku ssh-keys:remove admin",
        "heroku access:remove user@email.com --app APP",
        "heroku members:remove bob@example.com -t team",
        "acmecli members remove bob@example.com",
        "acmecli ssh-key delete my-key",
        "acmecli webhooks delete 42",
        "acmecli pg:stats-reset",
        "fly tokens revoke token-id",
        "acmecli api-keys delete k1",
        "yc lockbox secret list-access-bindings --name s",
        "kubectl auth can-i delete pods",
        "oc adm policy who-can delete pods -n team",
        "echo delete",
        "grep -rn drop src",
        "npx playwright uninstall --all",
        "playwright-cli -s=mysession delete-data",
        "playwright-cli localstorage-delete token",
        "watchman watch-del ~/src",
        "module purge",
        "npm uninstall left-pad",
        "cargo remove serde",
        "nats stream ls",
        "railway status",
        "gh release delete --help",
        "wrangler delete --dry-run",
        "kubectl get pods",
        "python3 manage.py migrate",
        "make test",
        "./scripts/remove-old-builds.sh",
        "gh cache delete --all",
        "mongoimport --file file.json --mode delete",
        "mutagen sync terminate session_name",
        "gh help release delete",
        "az rest --method get --uri https://management.azure.com/subscriptions/x",
        "glab api -X GET projects/1",
        "systemctl reset-failed",
        "wp cache flush",
        "php artisan migrate",
    ],
);

#[cfg(test)]
mod cloud_verb_tests {
    use super::*;

    /// A verb is either a read or a change, never both.
    #[test]
    fn read_and_change_verbs_are_disjoint() {
        for v in CLOUD_READ_VERBS {
            assert!(
                !CLOUD_CHANGE_VERBS.contains(v),
                "{v} is both a read and a change"
            );
            assert!(
                !DESTROYING_VERBS.contains(v),
                "{v} is both a read and a deletion"
            );
        }
    }
}
