//! Cloud CLI commands that change the cloud, judged by their verb when no
//! row or analyser judged them (aws, gcloud, az): asked about, with the
//! developer's cloud credentials at stake.

use super::*;

impl Walker<'_> {
    /// An AWS operation that changes the account, by its verb
    /// (`agentgate_commands::CLOUD_CHANGE_VERBS`), when no row of the aws
    /// table judged it: asked about, with the developer's cloud
    /// credentials at stake.
    pub(super) fn aws_change(&mut self, site: Site<'_>, vals: &[&str]) {
        let value_opts = agentgate_commands::program("aws").map_or(&[][..], |p| p.value_opts);
        let mut words = Vec::new();
        let mut it = vals.iter();
        while let Some(v) = it.next() {
            if v.starts_with('-') {
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
        if matches!(
            *service,
            "configure" | "help" | "sso" | "history" | "cli-dev"
        ) || !changes_cloud(operation)
            || agentgate_commands::CLOUD_READ_OPERATIONS.contains(operation)
            || vals
                .iter()
                .any(|v| matches!(*v, "help" | "--dry-run" | "--generate-cli-skeleton"))
        {
            return;
        }
        self.unjudged_cloud_change(
            site,
            format!("changes the cloud account with the developer's credentials (aws {service} {operation})"),
        );
    }

    /// The ask of `aws_change` and `cloud_cli_change`, unless another
    /// reading already judged this command.
    fn unjudged_cloud_change(&mut self, site: Site<'_>, reason: String) {
        let text = &site.cmd.text;
        if self.out.findings.iter().any(|f| f.evidence == *text) {
            return;
        }
        self.find(SelfEsc, Medium, reason, text);
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
