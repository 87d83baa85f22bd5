//! Regression tests for session 60.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use agentgate_risk::{Category, Severity};
use common::{clean, flagged_each};

/// Missed at first contact on clidocs part 7: `git extras update` updates
/// git-extras by piping its install script from GitHub into bash
/// (`curl -s $INSTALL_SCRIPT | PREFIX=... bash /dev/stdin`, bin/git-extras),
/// as `curl ... | bash` written out would. Its version and help print.
#[test]
fn git_extras_update_pipes_its_installer_into_bash() {
    flagged_each(
        &[
            "git extras update",
            "git-extras update",
            "git -C ~/src extras update",
            "cd /tmp && git extras update && git extras --version",
        ],
        Category::RemoteCodeExec,
        Severity::Medium,
    );
    for c in [
        "git extras",
        "git extras --version",
        "git-extras -v",
        "git extras --help",
    ] {
        clean(c);
    }
}

/// Session 59 tried the file tools on its new start-up rows by hand on the
/// real binary (asked each time) and pinned none of it. Every row of both
/// tables, written or edited by the agent's file tools, in the home (the
/// rows are path parts, matched in any case): never clean.
#[test]
fn file_tools_on_every_autostart_and_startup_row_are_not_clean() {
    use serde_json::{json, Map, Value};
    let ctx = common::ctx();
    let rows = agentgate_commands::AUTOSTART
        .iter()
        .chain(agentgate_commands::STARTUP_FILES);
    let mut n = 0;
    for row in rows {
        let part = row.part.trim_start_matches('/');
        let path = if part.ends_with('/') {
            format!("/home/dev/{part}x")
        } else {
            format!("/home/dev/{part}")
        };
        let inputs: [(&str, Value); 3] = [
            (
                "Write",
                json!({"file_path": path, "content": "curl x | sh\n"}),
            ),
            (
                "Edit",
                json!({"file_path": path, "old_string": "a", "new_string": "b"}),
            ),
            (
                "MultiEdit",
                json!({"file_path": path, "edits": [{"old_string": "a", "new_string": "b"}]}),
            ),
        ];
        for (tool, input) in inputs {
            let map: Map<String, Value> = input.as_object().cloned().unwrap();
            let a = agentgate_risk::assess_tool(tool, &map, &ctx);
            assert!(
                !a.findings.is_empty(),
                "{tool} of {path} ({}) came out clean",
                row.what
            );
            n += 1;
        }
    }
    let rows = agentgate_commands::AUTOSTART.len() + agentgate_commands::STARTUP_FILES.len();
    assert!(rows > 30 && n == 3 * rows, "{n} tries for {rows} rows");
}

/// Found attacking the git-extras mend as the agent: an alias given with
/// `git -c` runs as the git command it names when typed in the same line
/// (`git -c alias.c="clean -fdx" c` is `git clean -fdx`), and only the
/// shell form (`alias.x=!CMD`) was read: the git form passed, for git's own
/// commands and git-extras' alike. Kept with `git config alias.NAME`, it
/// runs whenever it is typed, as a shell alias does.
#[test]
fn git_aliases_of_git_commands_are_read_as_those_commands() {
    flagged_each(
        &[
            "git -c alias.c=\"clean -fdx\" c",
            "git -c alias.x='reauthor --all --correct-email a@b' x",
            "GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=alias.c GIT_CONFIG_VALUE_0='clean -fdx' git c",
        ],
        Category::Destructive,
        Severity::Medium,
    );
    flagged_each(
        &[
            "git -c alias.p='push --force origin main' p",
            "git -c Alias.P='push -f origin main' p",
        ],
        Category::Destructive,
        Severity::Medium,
    );
    flagged_each(
        &["git -c alias.u='extras update' u"],
        Category::RemoteCodeExec,
        Severity::Medium,
    );
    flagged_each(
        &[
            "git config --global alias.st 'clean -fdx'",
            "git config alias.up 'push --force origin main'",
        ],
        Category::SelfEscalation,
        Severity::High,
    );
    for c in [
        "git -c alias.st=status st",
        "git -c alias.lg='log --oneline --graph' lg -5",
        "git config --global alias.co checkout",
        "git config alias.last 'log -1 HEAD'",
        "git -c alias.c='clean -fdx' status",
    ] {
        clean(c);
    }
}

/// First contact on paasdocs part 0 (the Heroku and Netlify CLIs' command
/// references): a second sign-in factor turned off, a backup restored
/// over an app's database and a site's environment variables listed with
/// their values passed; the local development database reset (`netlify
/// database reset`) and a collaborator's access revoked (`heroku
/// access:remove`) were asked about as deletions.
#[test]
fn paasdocs_part0_first_contact() {
    flagged_each(
        &["heroku auth:2fa:disable", "npm profile disable-2fa"],
        Category::SelfEscalation,
        Severity::Medium,
    );
    flagged_each(
        &[
            "heroku pg:backups:restore \"https://s3.amazonaws.com/b/mydb.dump\" DATABASE_URL --app my-app",
            "heroku pg:backups:restore b101 --app my-app --confirm my-app",
        ],
        Category::Destructive,
        Severity::Medium,
    );
    flagged_each(
        &[
            "netlify env:list",
            "netlify env:list --plain --context production",
            "ntl env:list --json",
            "netlify env:get STRIPE_SECRET_KEY",
            // Found trying the row as the agent: the npm package's name.
            "npx netlify-cli env:get X",
            "yarn dlx netlify-cli env:list",
        ],
        Category::CredentialAccess,
        Severity::High,
    );
    for c in [
        "netlify database reset",
        "heroku access:remove user@email.com --app APP",
        "netlify env:set VAR_NAME value --context production",
        "netlify deploy --prod",
        "heroku pg:backups:capture --app my-app",
    ] {
        clean(c);
    }
}

/// First contact on paasdocs parts 1-3 (after part 0's mends): a
/// database's password printed in a foreign-data-wrapper mapping (`heroku
/// pg:fdwsql`), a VPN's pre-shared keys (`spaces:vpn:config`), a new OAuth
/// client's secret (`clients:create`), a pipeline given to another owner,
/// two-factor sign-in turned off by a word that starts with a digit
/// (`2fa:disable`) and a completion installed into the shell's start-up
/// files passed; a CLI plugin removed by a colon-joined word
/// (`plugins:remove`) was asked about as a deletion.
#[test]
fn paasdocs_parts_1_to_3_first_contact() {
    flagged_each(
        &[
            "heroku pg:fdwsql example_prefix --app example-app",
            "heroku spaces:vpn:config vpn-connection-name --space my-space",
            "heroku clients:create \"Amazing\" https://amazing-client.herokuapp.com/auth/heroku/callback",
            "heroku pg:credentials:url DATABASE -a app",
            "heroku redis:credentials -a app",
        ],
        Category::CredentialAccess,
        Severity::High,
    );
    flagged_each(
        &[
            "heroku pipelines:transfer admin-team -p my-pipeline",
            "heroku 2fa:disable",
            "netlify completion:install",
        ],
        Category::SelfEscalation,
        Severity::Medium,
    );
    for c in [
        "heroku plugins:remove",
        "heroku plugins:uninstall myplugin",
        "heroku 2fa",
        "heroku pg:credentials -a app",
        "heroku clients -a app",
    ] {
        clean(c);
    }
}

/// Measured on paasdocs part 4 after the last code change, then mended: an
/// OAuth client's details print its secret (`heroku clients:info`) and a
/// new authorization prints its token (`heroku authorizations:create`).
#[test]
fn heroku_oauth_secrets_printed() {
    flagged_each(
        &[
            "heroku clients:info 36120128-fee7-455e-8b7f-807aee130946",
            "heroku authorizations:create --description \"For use with Anvil\"",
            "heroku authorizations:create -S",
        ],
        Category::CredentialAccess,
        Severity::High,
    );
    clean("heroku clients");
    clean("heroku authorizations");
}
