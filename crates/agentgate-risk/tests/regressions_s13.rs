//! Regression tests for session 13: one test per class, each with the
//! variants it must catch and the ordinary commands it must leave alone.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::each;

/// dcg corpus, held-out half (read after its figure): a system path or
/// another user's home moved away is as good as deleted there; files
/// inside another user's home are theirs to move.
#[test]
fn moving_a_system_path_away_is_a_deletion() {
    each(
        &[
            "mv /usr/bin /tmp/b",
            "mv /Users/merlin /tmp/x",
            "mv /home/alice /tmp/a",
        ],
        "Destructive High",
    );
    each(&["mv /var/lib/postgresql /tmp/pg"], "Destructive Medium");
    // Session 15: mv takes its sources away, so a source that is system
    // configuration is changed as `rm` of it is (High).
    each(&["mv /etc/nginx/nginx.conf /tmp/"], "SelfEscalation High");
    each(
        &[
            "mv /home/user/docs/notes /home/user/docs/archive/",
            "mv /tmp/a /tmp/b",
            "mv build/out dist/",
        ],
        "clean",
    );
}

/// dcg corpus: an HTTP DELETE to a data store's well-known port on this
/// machine is a deletion too (a local port is often a tunnel to a shared
/// one), and so is a write to a path named for deleting (`doDelete`,
/// `_delete_by_query`); any client's method option counts, not only
/// curl's. The developer's own server under test (port 3000) is theirs.
#[test]
fn http_deletes_through_any_client_and_to_local_ports() {
    each(
        &[
            "curl -X DELETE 'http://localhost:9200/logs-2024'",
            "curl -XDELETE http://127.0.0.1:7700/indexes/movies",
            "curl -X POST http://jenkins.local/job/deploy-prod/doDelete",
            "curl -X POST 'http://localhost:9200/logs/_delete_by_query' -d '{}'",
            "az rest --method delete --uri https://management.azure.com/subscriptions/x",
            "az devops invoke --area git --resource repositories --http-method DELETE",
            "glab api -X DELETE projects/1",
        ],
        "Destructive Medium",
    );
    each(
        &[
            "curl -X GET http://localhost:8080/api/users",
            "curl -X DELETE http://localhost:3000/items/1",
            "curl -X POST http://localhost:3000/api/users/1/delete",
            "curl -d '{}' https://api.example.com/v1/items",
            "az rest --method get --uri https://management.azure.com/subscriptions/x",
            "gh api --method DELETE repos/o/r/issues/1/labels/bug",
        ],
        "clean",
    );
}

/// dcg corpus: secret stores and platforms whose destroying sub-commands
/// the tables lacked (`vault secrets disable`, `aws secretsmanager
/// put-secret-value`, `aws sns unsubscribe`, a Jenkins CLI jar,
/// `az account subscription cancel`, `gh repo archive`); `vault kv list`
/// lists names, not secrets.
#[test]
fn secret_stores_and_platforms_destroying_sub_commands() {
    each(
        &["vault secrets disable secret/", "vault auth disable github"],
        "Destructive High",
    );
    each(
        &["az account subscription cancel --id 0000"],
        "Destructive Critical",
    );
    each(
        &[
            "aws secretsmanager put-secret-value --secret-id s --secret-string x",
            "aws secretsmanager update-secret --secret-id s --description rotated",
            "aws sns unsubscribe --subscription-arn arn:aws:sns:us-east-1:1:a:b",
            "java -jar jenkins-cli.jar -s http://jenkins.local/ delete-job deploy-prod",
            "gh repo archive owner/repo",
            "az devops security permission reset-all --id ns --subject u --token t --yes",
        ],
        "Destructive Medium",
    );
    each(&["vault audit disable file/"], "Obfuscation High");
    each(
        &["vault kv get secret/app", "vault token create"],
        "CredentialAccess High",
    );
    each(
        &[
            "vault kv list secret/",
            "vault status",
            "gh help release delete",
            "az account subscription cancel --id 0000 -h",
            "java -jar app.jar --server.port=8080",
        ],
        "clean",
    );
}

/// Bypass (dcg corpus): Git Bash on Windows runs `git.exe` and
/// `"C:/Program Files/Git/bin/git.exe"` as git, and `rm.exe` as rm; a
/// path whose backslashes only keep its spaces is not an obfuscated name.
#[test]
fn windows_program_names_are_the_program() {
    each(&["rm.exe -rf ~", "RM.EXE -rf ~"], "Destructive Critical");
    each(
        &[
            "git.exe push --force origin main",
            "\"C:/Program Files/Git/bin/git.exe\" push --force origin main",
        ],
        "Destructive High",
    );
    each(
        &[
            "\"C:\\Program Files\\Git\\bin\\git.exe\" reset --hard",
            "/c/Program\\ Files/Git/bin/git.exe reset --hard",
        ],
        "Destructive Medium",
    );
    each(
        &["git.exe status", "/c/Program\\ Files/Git/bin/git.exe log"],
        "clean",
    );
}

/// Bypass: a private key named as its owner likes (`~/.ssh/github`,
/// `~/.ssh/deploy`, `work.pem`) was read as an ordinary file; only
/// `id_*` names counted. Any file right in `.ssh` is a key but the public
/// and settings files ssh(1) lists.
#[test]
fn any_file_in_ssh_is_a_key_but_the_public_ones() {
    each(
        &[
            "cat ~/.ssh/github",
            "cp ~/.ssh/deploy /tmp/x",
            "base64 ~/.ssh/work.pem",
            "mv /home/alice/.ssh/key /tmp/x",
        ],
        "CredentialAccess High",
    );
    each(
        &[
            "cat ~/.ssh/config",
            "cat ~/.ssh/known_hosts",
            "cat ~/.ssh/github.pub",
            "ssh -i ~/.ssh/github git@github.com",
            "ls ~/.ssh/",
        ],
        "clean",
    );
}

/// Bypass: a glob inside a credential file's name (`~/.aws/cred*`,
/// `~/.a*/credentials`, `/etc/sha*`) was read as an ordinary file; only
/// globs over a whole key directory counted. A glob is now matched, as
/// the shell would, against every credential path the store table names.
#[test]
fn globs_are_judged_by_the_credentials_they_match() {
    each(
        &[
            "cat ~/.aws/cred*",
            "cat ~/.aws/credential?",
            "cat ~/.a*/credentials",
            "cat ~/.ssh/id_[re]*",
            "cat /etc/sha*",
            "cat ~/.kube/conf?g",
            "cat ~/.config/gcl*/*",
        ],
        "CredentialAccess High",
    );
    each(
        &[
            "ls ~/.aws/*",
            "cat ~/.aws/conf*",
            "cat src/*.rs",
            "cat ~/.ssh/*.pub",
            "cat ~/.bashrc*",
        ],
        "clean",
    );
}

/// Bypass class (own probe of home-wide destruction): what `find` lists
/// handed to a deleter through `-exec rm {} +` or `| xargs rm` is judged
/// as `find -delete` is (`find ~ -mindepth 1 -print0 | xargs -0 rm -rf`
/// passed); a filtered clean-up inside the project stays clean (it used
/// to be asked as "recursively deletes {}").
#[test]
fn what_find_lists_to_a_deleter_is_deleted() {
    each(
        &[
            "find ~ -mindepth 1 -print0 | xargs -0 rm -rf",
            "find ~ | xargs rm -rf",
            "find /home/dev -depth -exec rm -rf {} \\;",
            // Session 27: `-type f` is no filter (every file of the home).
            "find ~ -type f -exec shred -u {} \\;",
        ],
        "Destructive Critical",
    );
    each(
        &["find / -name '*.log' -exec rm {} \\;"],
        // The home holds agentgate's state in the test context.
        "SelfEscalation Critical",
    );
    each(&["find . -exec rm -rf {} +"], "Destructive High");
    each(
        &[
            "find . -name __pycache__ -exec rm -rf {} +",
            "find . -name '*.pyc' | xargs rm -f",
            "find . -type d -empty -exec rmdir {} +",
            "find build -exec rm -rf {} +",
        ],
        "clean",
    );
}

/// Bypass class (own probe): a credential file outside the project
/// overwritten or emptied (`> ~/.ssh/id_rsa`, `echo x >
/// ~/.aws/credentials`) passed; everything moved out of the home (`mv ~/*
/// /tmp/`) was asked as one file leaving its place; `toybox rm -rf ~`.
#[test]
fn overwriting_credentials_and_emptying_the_home() {
    each(
        &[
            "> ~/.ssh/id_rsa",
            "echo x > ~/.aws/credentials",
            "cp /dev/null ~/.kube/config",
        ],
        "SelfEscalation Medium",
    );
    each(
        &["mv ~/* /tmp/", "mv ~/.* /tmp/", "toybox rm -rf ~"],
        "Destructive Critical",
    );
    each(
        &["echo API_KEY=x > .env", "> ~/notes.txt", "mv ./* /tmp/x"],
        "clean",
    );
}

/// Bypasses (known open carriers since session 12): an alias defined in
/// the line and called with arguments (`alias x='rm -rf'; x ~`) is judged
/// as bash expands it; `screen -X stuff` types a command into a session
/// (its `\n` and `^M` escapes end the line).
#[test]
fn same_line_aliases_and_screen_stuff() {
    each(
        &[
            "alias x='rm -rf'; x ~",
            "screen -S s -X stuff 'rm -rf ~\\n'",
        ],
        "Destructive Critical",
    );
    each(
        &["alias g=git; g push --force origin main"],
        "Destructive High",
    );
    each(
        &[
            "alias c='cat'; c ~/.aws/credentials",
            "screen -S s -p 0 -X stuff 'cat ~/.ssh/id_rsa^M'",
        ],
        "CredentialAccess High",
    );
    each(
        &[
            "alias ll='ls -la'; ll src",
            "screen -S s -X quit",
            "screen -r dev",
            "screen -dmS dev npm run dev",
        ],
        "clean",
    );
}

/// Bypass class (own probe of CLIs and helpers that print secrets, which
/// issue 11 names): 35 of ~95 passed. Rows added (each with its source and
/// examples): kubectl `config view --flatten` and `create token`, vault
/// `print token` and `login -token-only`, doctl, infisical, vercel `env
/// pull`, railway `variables`, gcloud `config config-helper`, az `ad sp
/// create-for-rbac` and `acr login --expose-token`, glab `auth status
/// -t`, terraform state and outputs, pulumi `--show-secrets`, keyctl,
/// kwallet-query, sops, ansible-vault, rails `credentials:show`, artisan
/// `env:decrypt`, dotenv, `openssl pkcs12 -nodes`, environment printers
/// of tmux, systemd and launchd.
#[test]
fn clis_that_print_secrets() {
    each(
        &[
            "kubectl config view --minify --flatten",
            "kubectl create token default",
            "vault print token",
            "vault login -token-only -method=userpass username=x",
            "doctl auth token",
            "infisical export --env=prod",
            "gcloud config config-helper --format json",
            "az ad sp create-for-rbac --name x",
            "glab auth status -t",
            "terraform state pull",
            "pulumi stack output --show-secrets",
            "keyctl print %user:token",
            "kwallet-query -r github kdewallet",
            "sops -d secrets.enc.yaml",
            "ansible-vault view vault.yml",
            "rails credentials:show",
            "php artisan env:decrypt",
            "openssl pkcs12 -in cert.p12 -nodes",
        ],
        "CredentialAccess High",
    );
    each(
        &[
            "vercel env pull .env.local",
            "railway variables",
            "terraform output -json",
            "dotenv -f .env.production list",
            "tmux show-environment -g",
            "launchctl getenv AWS_SECRET_ACCESS_KEY",
        ],
        "CredentialAccess Medium",
    );
    each(
        &[
            "kubectl config view",
            "terraform plan",
            "terraform output",
            "pulumi preview",
            "sops -e secrets.yaml",
            "ansible-vault encrypt vault.yml",
            "dotenv run -- npm start",
            "infisical run -- npm start",
            "vault status",
            "doctl compute droplet list",
        ],
        "clean",
    );
}

/// Own review of the session's change: bash does not expand an alias
/// inside its own text (`alias ls='ls --color'` was asked as nesting too
/// deep, `alias rm='rm -rf'; rm ~` only by luck); the last HTTP method
/// option wins (`--method get --method delete` passed); listings reach
/// `xargs rm` through line filters (`find ~ | grep -v keep | xargs rm
/// -rf` passed) and from `ls` (`ls ~ | xargs rm -rf` passed).
#[test]
fn review_mends_of_session_13() {
    each(
        &["alias rm='rm -rf'; rm ~", "ls ~ | xargs rm -rf"],
        "Destructive Critical",
    );
    each(
        &["find ~ | grep -v keep | xargs rm -rf", "ls | xargs rm -rf"],
        "Destructive High",
    );
    each(
        &["az rest --method get --method delete --uri https://management.azure.com/x"],
        "Destructive Medium",
    );
    each(
        &[
            "find . -name '*.o' | grep -v keep | xargs rm -f",
            "ls *.log | xargs rm -f",
            "ls -1 build | xargs rm -rf",
        ],
        "clean",
    );
    // The alias is reported, its expansion is not refused as too deep.
    let a = common::assess("alias ls='ls --color=auto'; ls src");
    assert!(
        a.findings
            .iter()
            .all(|f| f.category != agentgate_risk::Category::Unverifiable),
        "{a:?}"
    );
}

/// Bypass class (own probe of cloud privilege escalation and exposure):
/// IAM grants, new long-lived keys and public bucket ACLs passed on AWS,
/// Google Cloud, Azure and Kubernetes; `gh secret set` and `gh repo create
/// --public` too.
#[test]
fn cloud_privilege_grants_and_public_exposure() {
    each(
        &[
            "aws iam attach-user-policy --user-name u --policy-arn arn:aws:iam::aws:policy/AdministratorAccess",
            "aws iam put-role-policy --role-name r --policy-name p --policy-document file://p.json",
            "gcloud projects add-iam-policy-binding p --member user:x@example.com --role roles/owner",
            "az role assignment create --assignee x --role Owner",
            "kubectl create clusterrolebinding x --clusterrole=cluster-admin --user=x",
        ],
        "SelfEscalation High",
    );
    each(
        &[
            "aws iam create-access-key --user-name u",
            "gcloud iam service-accounts keys create k.json --iam-account sa@p.iam.gserviceaccount.com",
            "az ad sp credential reset --id x",
        ],
        "CredentialAccess High",
    );
    each(
        &[
            "aws s3api put-bucket-acl --bucket b --acl public-read",
            "aws s3api delete-public-access-block --bucket b",
            "gh repo create x --public --source=. --push",
        ],
        "Exfiltration High",
    );
    each(
        &["gh secret set DEPLOY_KEY --body x"],
        "SelfEscalation Medium",
    );
    each(
        &[
            "aws iam list-users",
            "aws s3api list-buckets",
            "gcloud projects get-iam-policy p",
            "az role assignment list",
            "kubectl get clusterrolebindings",
            "gh secret list",
            "gh repo create x --private",
        ],
        "clean",
    );
}

/// Bypass (own review): `gh api` read its method from `-X M`, `--method
/// M` and `--method=DELETE` only, a twin of the generic method reading,
/// so `gh api -XDELETE repos/o/r` (the option parser accepts the glued
/// form) passed. Both now read `verbs::http_methods`.
#[test]
fn gh_api_reads_every_method_spelling() {
    each(
        &[
            "gh api -XDELETE repos/o/r",
            "gh api --method=delete repos/o/r",
            "gh api -X DELETE -X GET repos/o/r",
        ],
        "Destructive High",
    );
    each(
        &[
            "gh api -XDELETE repos/o/r/issues/1/labels/bug",
            "gh api repos/o/r",
        ],
        "clean",
    );
}
