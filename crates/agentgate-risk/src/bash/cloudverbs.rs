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
        let value_opts = agentgate_commands::program("aws").map_or(&[][..], |p| p.value_opts);
        let mut words = Vec::new();
        let mut it = vals.iter();
        while let Some(v) = it.next() {
            if v.starts_with('-') {
                // The AWS CLI has long options only: words with a short one
                // before the operation are another program's, run through a
                // name the walker read as aws (`prowler aws -p profile`).
                if !v.starts_with("--") {
                    return;
                }
                if value_opts.contains(v) {
                    it.next();
                }
                continue;
            }
            words.push(*v);
            if words.len() == 2 {
                break;
            }
        }
        let [service, operation] = words.as_slice() else {
            return;
        };
        if matches!(*service, "configure" | "help" | "history" | "cli-dev")
            || matches!(*operation, "help" | "login" | "logout")
            || agentgate_commands::CLOUD_READ_OPERATIONS.contains(operation)
            || vals
                .iter()
                .any(|v| matches!(*v, "help" | "--dry-run" | "--generate-cli-skeleton"))
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
        if agentgate_commands::CLOUD_READ_VERBS.contains(&verb) {
            // `get-cluster-credentials`, not `get-account-password-policy`
            // (a rule about passwords, no password).
            let secret = parts.windows(2).any(|w| {
                w.first()
                    .is_some_and(|p| agentgate_commands::CLOUD_SECRET_NOUNS.contains(p))
                    && !w.get(1).is_some_and(|n| {
                        matches!(
                            *n,
                            "policy"
                                | "policies"
                                | "report"
                                | "status"
                                | "settings"
                                | "configuration"
                        )
                    })
            }) || parts
                .last()
                .is_some_and(|p| agentgate_commands::CLOUD_SECRET_NOUNS.contains(p));
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

    /// The ask of `aws_change` and `cloud_cli_change`, unless another
    /// reading already judged this command.
    fn unjudged_cloud_change(&mut self, site: Site<'_>, reason: String) {
        if self.judged(site) {
            return;
        }
        self.find(SelfEsc, Medium, reason, &site.cmd.text);
    }

    /// A gcloud or az command whose leading command words hold a verb that
    /// changes the cloud (`gcloud compute instances create`, `az group
    /// create`, `add-iam-policy-binding`; `agentgate_commands::
    /// CLOUD_CHANGE_VERBS`), when nothing else judged it: asked about, as
    /// for aws. Local configuration, logins and help are not the cloud.
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
            if words.len() == 4 {
                break;
            }
        }
        let local = matches!(
            words.first().copied(),
            Some(
                "config"
                    | "auth"
                    | "components"
                    | "init"
                    | "info"
                    | "help"
                    | "topic"
                    | "login"
                    | "logout"
                    | "account"
                    | "configure"
                    | "extension"
                    | "upgrade"
                    | "version"
                    | "find"
                    | "interactive"
                    | "bicep"
                    | "cache"
                    | "survey"
                    | "feedback"
            )
        );
        let changes = words.iter().skip(1).any(|w| changes_cloud(w));
        if local
            || !changes
            || vals
                .iter()
                .any(|v| matches!(*v, "--help" | "-h" | "--dry-run"))
        {
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
}

/// Whether a cloud CLI's command word starts with a verb that changes the
/// cloud (`create-instance-profile`, `invoke`; `CLOUD_CHANGE_VERBS`).
fn changes_cloud(word: &str) -> bool {
    let verb = word.split('-').next().unwrap_or("");
    agentgate_commands::CLOUD_CHANGE_VERBS.contains(&verb)
}
