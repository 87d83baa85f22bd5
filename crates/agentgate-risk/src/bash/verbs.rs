//! Clients nobody wrote a row for: a destroying verb among the leading
//! sub-command words (`nats stream purge`, `az repos delete`, `rails
//! db:drop`), an exact destroying option (`kafka-topics --delete`) or a
//! program named for deleting (`kafka-delete-records`) is asked about
//! (`agentgate_commands::DESTROYING_VERBS` and its exemptions).

use super::devtools::is_destructive_sql;
use super::*;

/// How many leading words are read as sub-command words.
const SUB_WORDS: usize = 4;

impl Walker<'_> {
    /// Applies the generic rule to `name` with argument values `vals`,
    /// unless the program's own checks (findings from `before` on) already
    /// found a deletion.
    pub(super) fn destroying_verbs(
        &mut self,
        site: Site<'_>,
        full_name: &str,
        name: &str,
        vals: &[&str],
        before: usize,
    ) {
        // Before the exemptions from deleting verbs (a package manager's
        // `uninstall` is ordinary work; `npm profile disable-2fa` is not)
        // and before a client's own row is consulted (one that judged a
        // deletion has not judged a second factor turned off); not for
        // programs whose words are text (`echo disable-2fa`).
        if !agentgate_commands::secret_verb_exempt(name) {
            self.second_factor_off(site, name, vals);
        }
        // A package manager removing itself and all it installed is no
        // ordinary removal of a dependency (`rustup self uninstall`).
        if let Some(r) = agentgate_commands::self_removal(name, vals) {
            let why = format!("removes {name} itself: {}", r.removes);
            return self.find(Destr, Medium, why, &site.cmd.text);
        }
        if agentgate_commands::verb_exempt(name) {
            return;
        }
        if !self.judged_client(full_name, name, before, SelfEsc) {
            self.agent_setup(site, name, vals);
        }
        // A Ninja rule's `command = rm -rf .build/` is judged as the
        // command its value is (`judged_client`).
        if self.judged_client(full_name, name, before, Destr) {
            return;
        }
        // `npx playwright uninstall`: the package's words, under the
        // package's own exemption (session 52).
        let package = vals.iter().find(|v| !v.starts_with('-'));
        if matches!(name, "npx" | "bunx" | "pnpx")
            && package.is_some_and(|p| agentgate_commands::verb_exempt(p))
        {
            return;
        }
        // The command a row's sub-command runs (`pipenv run rm -rf
        // build`) is judged as that command, not as this client's verb.
        let vals = match super::knowledge::sub_argv_start(name, vals)
            .or_else(|| super::remote::remote_start(name, vals))
        {
            Some(cut) => vals.get(..cut).unwrap_or(vals),
            None => vals,
        };
        // SQL handed to a client nobody wrote a row for (`snow sql -q "DROP
        // TABLE t"`): a statement of its own, not text mentioning one.
        // Written in capitals as SQL is, or handed to a query option
        // (`-q`, `--execute`): a title such as "drop table bug" is text.
        let sql = vals.iter().enumerate().find_map(|(i, v)| {
            let query_opt = i
                .checked_sub(1)
                .and_then(|p| vals.get(p))
                .is_some_and(|o| agentgate_commands::SQL_QUERY_OPTIONS.contains(o));
            v.split(';')
                .any(|st| {
                    let st = st.trim();
                    let lower = st.to_ascii_lowercase();
                    let shaped = ["DROP ", "TRUNCATE ", "DELETE FROM "]
                        .iter()
                        .any(|k| st.starts_with(k))
                        || query_opt
                            && ["drop ", "truncate ", "delete from "]
                                .iter()
                                .any(|k| lower.starts_with(k));
                    shaped && is_destructive_sql(&lower)
                })
                .then_some(*v)
        });
        if let Some(sql) = sql {
            self.find(
                Destr,
                Medium,
                format!("runs destructive SQL through {name} ({sql})"),
                &site.cmd.text,
            );
            return;
        }
        // Help and dry runs print what would happen: before any `--` (after
        // it they are operands) and not undone by a later `--no-dry-run`.
        let opts = vals.iter().take_while(|v| **v != "--");
        if opts
            .clone()
            .any(|v| matches!(*v, "--no-dry-run" | "--dry-run=false"))
        {
            // An explicit real run.
        } else if opts
            .clone()
            .any(|v| matches!(*v, "--help" | "--dry-run" | "--dryrun" | "--what-if"))
        {
            return;
        }
        // An HTTP `DELETE` through any API client's method option (`az rest
        // --method delete`, `az devops invoke --http-method DELETE`, `glab
        // api -X DELETE`); curl, wget and httpie are judged by their rows.
        if let Some(m) = http_method(vals)
            .filter(|m| m.eq_ignore_ascii_case("delete"))
            .filter(|_| !agentgate_commands::METHOD_JUDGED.contains(&name))
        {
            self.find(
                Destr,
                Medium,
                format!("deletes through an API ({name} with HTTP method {m})"),
                &site.cmd.text,
            );
            return;
        }
        // The leading words that are not options, up to the first that is
        // not shaped like a sub-command. A word right after an option may
        // be its value (`kubectl -n prod delete`: `prod`; `--mode delete`);
        // it counts as a sub-command word only after a flag known to take
        // no value (`--yes delete`) or when another word follows it
        // (`--profile x delete y`: either reading destroys).
        let mut words = leading_words(vals, |v, followed| {
            followed && agentgate_commands::destroying_verb(v).is_some()
        });
        // `gh help release delete`: the help sub-command prints the page.
        if words.first() == Some(&"help") {
            return;
        }
        // A noun joined to its verb counts as well (`heroku plugins:remove`,
        // paasdocs part 2).
        if let Some(i) = words.iter().position(|w| {
            w.split([':', '-'])
                .any(|p| agentgate_commands::REBUILDABLE_NOUNS.contains(&p))
                || w.split(':')
                    .any(|p| agentgate_commands::SETTING_NOUNS.contains(&p))
                || agentgate_commands::PERMISSION_QUESTIONS.contains(w)
        }) {
            words.truncate(i);
        }
        // A hyphenated group followed by a read verb is a group, not a verb
        // (`az storage share-rm list`: Resource Manager shares, listed).
        let read_next = |i: usize| {
            words.get(i + 1).is_some_and(|n| {
                agentgate_commands::CLOUD_READ_VERBS.contains(n)
                    || agentgate_commands::CLOUD_CLI_READ_VERBS.contains(n)
            })
        };
        let found = words
            .iter()
            .enumerate()
            .position(|(i, w)| {
                agentgate_commands::destroying_verb(w).is_some()
                    && !(w.contains('-') && read_next(i))
                    && !agentgate_commands::revokes_access(&words, i)
            })
            .or_else(|| agentgate_commands::data_reset(&words))
            .map(|i| format!("{name} {}", words.get(..=i).unwrap_or(&[]).join(" ")))
            .or_else(|| {
                vals.iter()
                    .find(|v| {
                        agentgate_commands::DESTROYING_OPTIONS.contains(v)
                            || agentgate_commands::destruction_consent(v)
                    })
                    .map(|o| format!("{name} {o}"))
            })
            .or_else(|| {
                // `push --prune`: what the destination holds and the source
                // lacks is deleted (clidocs part 1: `cli env push --env
                // development --prune`).
                let verb = words
                    .iter()
                    .find(|w| agentgate_commands::PRUNING_VERBS.contains(w))?;
                vals.iter()
                    .any(|v| super::subwords::option_word("--prune", v))
                    .then(|| format!("{name} {verb} --prune"))
            })
            .or_else(|| {
                // Only a program found on the PATH: a script run by its
                // path is the project's own code.
                (!full_name.contains('/'))
                    .then(|| agentgate_commands::destroying_name(name))
                    .flatten()
                    .map(|_| name.to_owned())
            });
        // A preview without its confirming option (`kops delete cluster
        // X` without `--yes`) destroys nothing, nor do NOT_DESTROYING's.
        let found = found.filter(|_| {
            !agentgate_commands::previews(name, vals)
                && !agentgate_commands::not_destroying(name, vals)
        });
        if let Some(what) = found {
            self.find(
                Destr,
                Medium,
                format!("deletes or destroys what the client manages ({what})"),
                &site.cmd.text,
            );
        } else if let Some(i) = (agentgate_commands::program(name).is_none()
            && !agentgate_commands::CLOUD_VERB_CLIS.contains(&name))
        .then(|| agentgate_commands::access_grant(&words))
        .flatten()
        .or_else(|| {
            // An invitation, by any client whose row did not judge it.
            (!self.judged_client(full_name, name, before, SelfEsc))
                .then(|| agentgate_commands::invites(&words))
                .flatten()
        }) {
            let what = words.get(..=i).unwrap_or(&[]).join(" ");
            self.find(
                SelfEsc,
                Medium,
                format!("gives another account access to what the client manages ({name} {what})"),
                &site.cmd.text,
            );
        }
    }
}

impl Walker<'_> {
    /// An MCP server or skills installed into the coding agents (`railway
    /// mcp install`, `railway skills install`, `railway setup agent`;
    /// `agentgate_commands::configures_agents`), by any client.
    fn agent_setup(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        let end = vals.iter().position(|v| *v == "--").unwrap_or(vals.len());
        let opts = vals.get(..end).unwrap_or(vals);
        if opts
            .iter()
            .any(|v| matches!(*v, "--help" | "-h" | "--dry-run"))
        {
            return;
        }
        let words = leading_words(opts, |_, _| false);
        if words.first() == Some(&"help") {
            return;
        }
        if let Some(i) = agentgate_commands::configures_agents(&words) {
            let what = words.get(..=i).unwrap_or(&[]).join(" ");
            self.find(
                SelfEsc,
                Medium,
                format!("installs an MCP server or skills into the coding agents' configuration, changing their tools unreviewed ({name} {what})"),
                &site.cmd.text,
            );
        }
    }

    /// A second sign-in factor turned off (`heroku auth:2fa:disable`, `npm
    /// profile disable-2fa`; `agentgate_commands::second_factor_off`), by
    /// any client: the account then signs in with a password alone.
    fn second_factor_off(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        let words = leading_words(vals, |_, _| false);
        if words.first() == Some(&"help") {
            return;
        }
        if let Some(i) = agentgate_commands::second_factor_off(&words) {
            let what = words.get(..=i).unwrap_or(&[]).join(" ");
            self.find(
                SelfEsc,
                Medium,
                format!("turns off a second sign-in factor, leaving the account to its password alone ({name} {what})"),
                &site.cmd.text,
            );
        }
    }
}

impl Walker<'_> {
    /// A project published to a registry (`uv publish`, `poetry publish`,
    /// `deno publish`): its files leave the machine, as `npm publish`'s
    /// row says; asked unless the program's own row already judged a
    /// sending (`agentgate_commands::publishes`).
    pub(super) fn publishing_verb(
        &mut self,
        site: Site<'_>,
        name: &str,
        vals: &[&str],
        before: usize,
    ) {
        // Every call passes here: nothing to read without the word.
        if !vals.iter().any(|v| v.contains("publish")) {
            return;
        }
        let words: Vec<&str> = vals
            .iter()
            .take_while(|v| **v != "--")
            .filter(|v| !v.starts_with('-'))
            .copied()
            .collect();
        let sent = self
            .out
            .findings
            .get(before..)
            .is_some_and(|f| f.iter().any(|f| f.category == Exfil));
        // A dry run or a help page sends nothing (`cargo publish --dry-run`).
        let rehearsal = vals
            .iter()
            .take_while(|v| **v != "--")
            .any(|v| matches!(*v, "--dry-run" | "--dryrun" | "-n" | "--help" | "-h"));
        if !sent && !rehearsal && agentgate_commands::publishes(name, &words) {
            self.find(
                Exfil,
                Medium,
                format!(
                    "publishes the project to a registry, uploading its files ({name} publish)"
                ),
                &site.cmd.text,
            );
        }
    }
}

impl Walker<'_> {
    /// A client's sub-command that prints or mints a credential (`uv auth
    /// token HOST`, `fly tokens create`, `cf oauth-token`, `--show-secrets`;
    /// `agentgate_commands::prints_secret`): asked about as a credential
    /// read, unless the program's own row or analyser already judged one,
    /// the output goes straight into a login (`| docker login
    /// --password-stdin`), or the call asks for help. Stored passwords and
    /// secrets count only for clients without a row (a row judges its own
    /// `secret` words: kubectl's `get secrets` lists names).
    pub(super) fn secret_verb(
        &mut self,
        site: Site<'_>,
        full_name: &str,
        name: &str,
        vals: &[&str],
        before: usize,
    ) {
        // The AWS CLI's reads are judged by their operation's nouns
        // (`aws_change`: `get-api-keys` lists names unless
        // `--include-values`).
        // Vault's clients are judged by their analyser (`vault.rs`), which
        // knows which paths answer with a secret.
        if agentgate_commands::secret_verb_exempt(name)
            || agentgate_commands::VAULT_CLIENTS.contains(&name)
            || name == "aws"
            || self.judged_client(full_name, name, before, Cred)
            || fed_to_login(site)
        {
            return;
        }
        let opts = vals.iter().take_while(|v| **v != "--");
        if opts.clone().any(|v| matches!(*v, "--help" | "-h")) {
            return;
        }
        let option = opts
            .clone()
            .find(|v| agentgate_commands::secret_show_option(v));
        // A word right after an option that takes a value is that value
        // (`git log --grep token`).
        let end = vals.iter().position(|v| *v == "--").unwrap_or(vals.len());
        let words = leading_words(vals.get(..end).unwrap_or(vals), |_, _| false);
        let rowless = agentgate_commands::program(name).is_none();
        let what = agentgate_commands::prints_secret(&words, rowless)
            .map(|i| words.get(..=i).unwrap_or(&[]).join(" "))
            .or_else(|| option.map(|o| (*o).to_owned()));
        if let Some(what) = what {
            self.find(
                Cred,
                Medium,
                format!("prints a credential the client holds or mints ({name} {what})"),
                &site.cmd.text,
            );
        }
    }
}

impl Walker<'_> {
    /// Whether the generic rules leave a client alone: a name no program
    /// has (a client is named like one: `=` is the shell reading a
    /// settings line, `command = rm -rf .build/`), a function the line
    /// defines (judged by its body, at its call), or a call the program's
    /// own checks already judged in `cat` (findings from `before` on).
    fn judged_client(&self, full_name: &str, name: &str, before: usize, cat: Category) -> bool {
        !name.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
            || self.functions.contains_key(full_name)
            || self
                .out
                .findings
                .get(before..)
                .is_some_and(|f| f.iter().any(|f| f.category == cat))
    }
}

/// A client's leading words that are not options, up to the first not
/// shaped like a sub-command (at most `SUB_WORDS`). A word right after an
/// option that takes a value is that value and skipped, unless
/// `keep(word, followed)` says otherwise (`followed`: another operand
/// comes after it).
fn leading_words<'v>(vals: &[&'v str], keep: impl Fn(&str, bool) -> bool) -> Vec<&'v str> {
    let mut words = Vec::new();
    let mut after_option = false;
    let mut iter = vals.iter().peekable();
    while let Some(v) = iter.next() {
        if v.starts_with('-') {
            after_option = !v.contains('=') && !agentgate_commands::VALUELESS_FLAGS.contains(v);
            continue;
        }
        if std::mem::take(&mut after_option) {
            let followed = iter.peek().is_some_and(|n| !n.starts_with('-'));
            if !keep(v, followed) {
                continue;
            }
        }
        if !sub_command_word(v) || words.len() == SUB_WORDS {
            break;
        }
        words.push(*v);
    }
    words
}

/// The values of every HTTP method option among `vals`, before any `--`,
/// in order: `-X DELETE`, `-XDELETE`, `--request DELETE`,
/// `--method=delete`, `--http-method DELETE` (the spellings of curl,
/// gh/glab, az and most API clients).
pub(super) fn http_methods<'v>(vals: &[&'v str]) -> Vec<&'v str> {
    const OPTIONS: &[&str] = &["-X", "--request", "--method", "--http-method"];
    let mut found = Vec::new();
    let mut iter = vals.iter().take_while(|v| **v != "--");
    while let Some(v) = iter.next() {
        if OPTIONS.contains(v) {
            found.extend(iter.next().copied());
        } else if let Some(value) = v
            .split_once('=')
            .filter(|(opt, _)| OPTIONS.contains(opt))
            .map(|(_, value)| value)
        {
            found.push(value);
        } else if let Some(value) = v.strip_prefix("-X").filter(|m| !m.is_empty()) {
            found.push(value);
        }
    }
    found
}

/// The method a request is sent with: the last option given wins, as
/// every option parser has it (`--method get --method delete` deletes).
fn http_method<'v>(vals: &[&'v str]) -> Option<&'v str> {
    http_methods(vals).pop()
}

/// A word shaped like a sub-command (`volume`, `delete-secret`, `db:drop`,
/// `delete_vhost`): lower-case letters, digits and joiners; not a path, a
/// URL, an assignment or a name in capitals (`ORDERS`).
fn sub_command_word(w: &str) -> bool {
    // A digit may lead a word that has letters (`2fa:disable`, paasdocs
    // part 2: `heroku 2fa:disable` passed); a number alone is an operand.
    w.bytes().next().is_some_and(|b| {
        b.is_ascii_lowercase() || b.is_ascii_digit() && w.bytes().any(|c| c.is_ascii_lowercase())
    }) && w
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'_' | b':'))
}

#[cfg(test)]
mod tests {
    use super::{http_method, sub_command_word};

    #[test]
    fn http_method_is_the_last_one() {
        for (vals, m) in [
            (&["-X", "DELETE", "u"][..], Some("DELETE")),
            (&["-XDELETE"][..], Some("DELETE")),
            (&["--method=delete"][..], Some("delete")),
            (&["--http-method", "DELETE"][..], Some("DELETE")),
            (&["--", "-X", "DELETE"][..], None),
            (&["--request"][..], None),
            (
                &["--method", "get", "--method", "delete"][..],
                Some("delete"),
            ),
        ] {
            assert_eq!(http_method(vals), m, "{vals:?}");
        }
    }

    #[test]
    fn sub_command_words() {
        for w in [
            "volume",
            "delete-secret",
            "db:drop",
            "delete_vhost",
            "v2",
            "2fa:disable",
        ] {
            assert!(sub_command_word(w), "{w}");
        }
        for w in [
            "ORDERS",
            "42",
            "s3://b",
            "/tmp/x",
            "name=jobs",
            "",
            "-f",
            "Delete",
            "file.json",
        ] {
            assert!(!sub_command_word(w), "{w}");
        }
    }
}
