//! Sub-command words that print a credential the client holds or mints:
//! `uv auth token HOST`, `databricks auth token`, `cf oauth-token`, `fly
//! tokens create`, `argocd account generate-token`, `gcloud auth
//! print-access-token`, `aws ecr get-login-password`.
//!
//! Command-line clients spell this the same way, whoever wrote them: a
//! token noun after an authentication noun and nothing after it (`auth
//! token`), a token, API key or access key with a verb that mints or shows
//! one (`tokens create`, `create token`, `generate-token`, `api-key
//! create`), or a password or secret with a verb that shows one
//! (`get-login-password`, `secrets get`). A client nobody wrote a row for
//! is still judged: such a call is asked about as a credential read
//! (medium); a row's more precise answer (`gh auth token`, critical)
//! stands. Sources: the command references of the GitHub, GitLab, Google
//! Cloud, AWS, Azure, DigitalOcean, Fly.io, Heroku, Vault, Databricks,
//! Cloud Foundry, Argo CD, Scaleway, npm and uv CLIs (session 50, from
//! devdocsc's `uv auth token`). A lookup is no print: `gcloud services
//! api-keys lookup KEY` names the key's project (vault's `token lookup`,
//! which prints the token's id, is its analyser's).

/// Nouns naming a bearer credential a client can mint and print.
pub const TOKEN_NOUNS: &[&str] = &[
    "token",
    "tokens",
    "apikey",
    "apikeys",
    "api-key",
    "api-keys",
    "access-key",
    "access-keys",
];

/// Verbs that print a cluster's kubeconfig (its token or client key) to
/// standard output, beside the noun (`scw k8s kubeconfig get ID`:
/// clouddocs parts 4-7, session 62; `linode-cli lke kubeconfig-view`).
/// Not `export`, `save`, `install`, `download`: those write it to
/// ~/.kube/config (`kops export kubeconfig`).
pub const KUBECONFIG_SHOW_VERBS: &[&str] = &["get", "show", "view", "print", "cat", "display"];

/// The index of the word among `words` that prints a kubeconfig: a
/// [`KUBECONFIG_SHOW_VERBS`] verb after `kubeconfig`, as a word or joined
/// by a hyphen (`kubeconfig get`, `kubeconfig-view`). Not verb first:
/// k3d's `get-kubeconfig` writes the file and prints its path
/// (navicheats, labelled benign).
fn prints_kubeconfig(lower: &[String]) -> Option<usize> {
    let noun = |w: &str| matches!(w, "kubeconfig" | "kubeconfigs");
    let verb = |w: &str| KUBECONFIG_SHOW_VERBS.contains(&w);
    lower.iter().enumerate().find_map(|(i, w)| {
        if let [a, b] = parts(w).as_slice() {
            if noun(a) && verb(b) {
                return Some(i);
            }
        }
        let next = lower.get(i + 1).map(String::as_str);
        (noun(w) && next.is_some_and(verb)).then_some(i + 1)
    })
}

/// Nouns naming a stored secret a client can show (never mint: `pwgen`'s
/// and password managers' `generate password` print a new random string).
pub const SHOWN_SECRET_NOUNS: &[&str] = &[
    "password",
    "passwords",
    "secret",
    "secrets",
    "secret-value",
    "passphrase",
];

/// Verbs that mint a new credential and print it once.
pub const MINT_VERBS: &[&str] = &[
    "create", "new", "generate", "issue", "mint", "renew", "refresh",
];

/// Verbs that print a credential the client holds.
pub const SHOW_VERBS: &[&str] = &[
    "print", "get", "show", "display", "reveal", "view", "cat", "dump", "export", "fetch",
    "retrieve", "read", "decrypt", "unseal",
];

/// Nouns a bare `token` follows when the pair prints the session's token
/// (`auth token`, `account token`, `login token`).
pub const AUTH_NOUNS: &[&str] = &[
    "auth",
    "account",
    "login",
    "session",
    "user",
    "whoami",
    "identity",
    "oauth",
    "sso",
    "iam",
    "registry",
    "credentials",
    "cli",
];

/// Verbs after a token noun that print nothing secret (`tokens list`
/// prints names and ids, `token revoke` deletes, `token use` switches).
pub const NON_PRINTING_AFTER: &[&str] = &[
    "list",
    "ls",
    "revoke",
    "delete",
    "rm",
    "remove",
    "set",
    "add",
    "import",
    "use",
    "help",
    "verify",
    "validate",
    "capabilities",
    "inspect",
    "status",
    "info",
];

/// Qualifiers of a stored password that a client's sub-command of that
/// name prints (`argocd admin initial-password`, a generated admin
/// password read back from the cluster; toolsdocs, session 53): the
/// compound as the last word, nothing after it.
pub const SHOWN_SECRET_QUALIFIERS: &[&str] = &[
    "initial",
    "admin",
    "root",
    "default",
    "master",
    "bootstrap",
    "generated",
    "current",
];

/// Options that put secret values into a client's output (`stripe config
/// --list --show-secrets`, `glab auth status --show-token`).
pub const SECRET_SHOW_OPTIONS: &[&str] = &[
    "--show-token",
    "--show-tokens",
    "--show-password",
    "--show-passwords",
    "--show-secret",
    "--show-secrets",
    // podman secret inspect --showsecret (devdocsk, session 52).
    "--showsecret",
    // cosign env --show-sensitive-values (toolsdocsg, session 54).
    "--show-sensitive-values",
    "--reveal",
    "--reveal-secrets",
    "--show-sensitive",
    "--unmask",
];

/// Verbs that begin an option asking a client to put a credential in its
/// output (`--show-credentials`, `--reveal-password`, `--print-token`).
pub const OPTION_SHOW_VERBS: &[&str] = &[
    "show", "reveal", "print", "display", "expose", "dump", "unmask", "include", "output",
];

/// Nouns that end such an option, besides [`TOKEN_NOUNS`] and
/// [`SHOWN_SECRET_NOUNS`] (`netlify database status --show-credentials`:
/// the connection string with its password; paasdocs part 5, session 61).
pub const OPTION_SECRET_NOUNS: &[&str] = &[
    "credential",
    "credentials",
    "creds",
    "sensitive",
    "sensitive-values",
    "connection-string",
    // `railway config plan --show-values`: the variables' values a plan
    // redacts by default (hostdocs part 3, session 62); `aws apigateway
    // get-api-keys --include-values`.
    "values",
];

/// Whether `opt` (a word of a client's command line) is an option that
/// puts secret values into its output: one of [`SECRET_SHOW_OPTIONS`], or
/// by its words, a show verb first and a credential noun last
/// (`--show-credentials`, `--display-secrets`, `--print-token`; not
/// `--with-token`, which reads one, nor `--no-show-secrets` or
/// `--show-secrets=false`).
pub fn secret_show_option(opt: &str) -> bool {
    let Some((name, value)) = long_option_on(opt) else {
        return false;
    };
    let bare = format!("--{name}");
    if SECRET_SHOW_OPTIONS.contains(&bare.as_str()) {
        return true;
    }
    let noun = |rest: &[String]| {
        !rest.is_empty()
            && (names_noun(rest, TOKEN_NOUNS)
                || names_noun(rest, SHOWN_SECRET_NOUNS)
                || names_noun(rest, OPTION_SECRET_NOUNS))
    };
    let p = parts(name);
    let Some((verb, rest)) = p.split_first() else {
        return false;
    };
    if OPTION_SHOW_VERBS.contains(&verb.as_str()) {
        // `--show=secrets`: the noun as the value.
        let valued = value.map(parts).filter(|_| rest.is_empty());
        return noun(rest) || valued.is_some_and(|v| noun(&v));
    }
    // Written as one word (`--showcredentials`, `--revealpassword`).
    rest.is_empty()
        && OPTION_SHOW_VERBS
            .iter()
            .any(|v| verb.strip_prefix(v).is_some_and(|r| noun(&[r.to_owned()])))
}

/// A long option's name and value (`--name`, `--name=value`), unless the
/// value turns it off (`=false`, `=0`, `=no`, `=off`): the options read by
/// their words ([`secret_show_option`], `crate::verbs::destruction_consent`)
/// count only when on.
pub(crate) fn long_option_on(opt: &str) -> Option<(&str, Option<&str>)> {
    let body = opt.strip_prefix("--")?;
    let (name, value) = body
        .split_once('=')
        .map_or((body, None), |(n, v)| (n, Some(v)));
    let off = value.is_some_and(|v| {
        matches!(
            v.to_ascii_lowercase().as_str(),
            "false" | "0" | "no" | "off"
        )
    });
    (!off).then_some((name, value))
}

/// The joining characters of a compound sub-command word.
fn parts(word: &str) -> Vec<String> {
    word.to_ascii_lowercase()
        .split(['-', '_', ':'])
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Whether `rest`, a compound word's parts after its verb, names a noun of
/// `nouns` (`access-token` ends in `token`; `login-password` in
/// `password`; `api-key` is the noun itself).
fn names_noun(rest: &[String], nouns: &[&str]) -> bool {
    let joined = rest.join("-");
    nouns
        .iter()
        .any(|n| joined == *n || joined.ends_with(&format!("-{n}")))
}

/// Whether a word is a token noun, alone or as a compound's last part
/// (`oauth-token`, `auth:token`, `access-token`).
fn token_noun(word: &str) -> bool {
    let p = parts(word);
    !p.is_empty() && names_noun(&p, TOKEN_NOUNS)
}

/// Whether a word is a shown-secret noun, alone or as a compound's last
/// part.
fn secret_noun(word: &str) -> bool {
    let p = parts(word);
    !p.is_empty() && names_noun(&p, SHOWN_SECRET_NOUNS)
}

/// Whether a compound word is a verb joined to the noun it mints or shows
/// (`generate-token`, `print-access-token`, `get-login-password`,
/// `create-api-key`).
fn verb_compound(word: &str, secrets: bool) -> bool {
    let p = parts(word);
    let Some((verb, rest)) = p.split_first() else {
        return false;
    };
    // `admin-get-...`, `batch-get-...`: a qualifier before the verb.
    let (verb, rest) = match (verb.as_str(), rest.split_first()) {
        ("admin" | "batch", Some((v, r))) => (v.as_str(), r),
        _ => (verb.as_str(), rest),
    };
    if rest.is_empty() {
        return false;
    }
    let shows = SHOW_VERBS.contains(&verb);
    let mints = MINT_VERBS.contains(&verb);
    (shows || mints) && names_noun(rest, TOKEN_NOUNS)
        || secrets && shows && names_noun(rest, SHOWN_SECRET_NOUNS)
}

/// The index of the word among `words` (a client's leading sub-command
/// words, options left out) that prints a credential, if any. `secrets`
/// says whether stored passwords and secrets count (for clients without a
/// row of their own; a row judges its own `secret` words, as kubectl's
/// does `get secret`).
pub fn prints_secret(words: &[&str], secrets: bool) -> Option<usize> {
    let lower: Vec<String> = words.iter().map(|w| w.to_ascii_lowercase()).collect();
    if let Some(i) = prints_kubeconfig(&lower) {
        return Some(i);
    }
    for (i, w) in lower.iter().enumerate() {
        if verb_compound(w, secrets) {
            return Some(i);
        }
        let next = lower.get(i + 1).map(String::as_str);
        let prev = i
            .checked_sub(1)
            .and_then(|p| lower.get(p))
            .map(String::as_str);
        // `create secret NAME`, `secret set NAME`: the call stores a secret
        // and prints its name; a token noun among the names is the new
        // secret's name (`kubectl create secret generic api-token`,
        // secdocs, session 58).
        let stores = |v: &str| matches!(v, "create" | "set" | "put" | "add" | "store");
        if stores(w.as_str()) && next.is_some_and(|n| matches!(n, "secret" | "secrets"))
            || matches!(w.as_str(), "secret" | "secrets") && next.is_some_and(stores)
        {
            return None;
        }
        let is_token = token_noun(w);
        let is_secret = secrets && secret_noun(w);
        if !(is_token || is_secret) {
            continue;
        }
        // A verb before the noun (`create token`, `get secret`).
        if let Some(v) = prev {
            if is_token && (MINT_VERBS.contains(&v) || SHOW_VERBS.contains(&v))
                || is_secret && SHOW_VERBS.contains(&v)
            {
                return Some(i);
            }
        }
        match next {
            // A verb after it (`tokens create`, `secrets get`).
            Some(n) if is_token && (MINT_VERBS.contains(&n) || SHOW_VERBS.contains(&n)) => {
                return Some(i + 1)
            }
            Some(n) if is_secret && SHOW_VERBS.contains(&n) => return Some(i + 1),
            // A password a platform mints for its database and prints once,
            // the noun first (`pscale password create DB BRANCH NAME`:
            // hostdocs part 3, session 62); `generate password`, verb
            // first, is a password generator's.
            Some(n)
                if is_secret
                    && matches!(n, "create" | "new" | "issue" | "mint")
                    && parts(w)
                        .last()
                        .is_some_and(|p| matches!(p.as_str(), "password" | "passwords")) =>
            {
                return Some(i + 1)
            }
            Some(n) if NON_PRINTING_AFTER.contains(&n) => {}
            // The last word, or an operand after it (`auth token HOST`),
            // when it is the session's token: after an authentication
            // noun, or a noun joined to one (`auth:token`, `oauth-token`).
            // `admin initial-password`: a qualified password, last.
            None if is_secret && {
                let p = parts(w);
                p.len() == 2
                    && p.first()
                        .is_some_and(|q| SHOWN_SECRET_QUALIFIERS.contains(&q.as_str()))
            } =>
            {
                return Some(i)
            }
            _ if is_token => {
                let p = parts(w);
                let joined_auth = p.len() > 1
                    && p.iter().rev().skip(1).any(|q| {
                        AUTH_NOUNS.contains(&q.as_str())
                            || matches!(q.as_str(), "access" | "bearer" | "id" | "api")
                    });
                let after_auth = prev.is_some_and(|v| AUTH_NOUNS.contains(&v));
                if joined_auth && next.is_none() || after_auth {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// Commands the risk engine must ask about as credential reads, and
/// commands it must leave clean, under the generic rule.
pub const SECRET_VERB_EXAMPLES: (&[&str], &[&str]) = (
    &[
        "uv auth token pypi.example.com",
        "databricks auth token",
        "cf oauth-token",
        "fly tokens create deploy",
        "argocd account generate-token",
        "scw iam api-key create",
        "hcp auth print-access-token",
        "stripe config --list --show-secrets",
        "podman secret inspect --showsecret --format '{{.Spec.Name}} {{.SecretData}}' mysecret",
        "mycli secrets get DB_PASSWORD",
        "acme-cli get-login-password",
        "argocd admin initial-password -n argocd",
    ],
    &[
        "uv auth login pypi.example.com",
        "kubectl create secret generic api-token --from-literal=token=x",
        "acme-cli secret set API_TOKEN x",
        "fly tokens list",
        "vault token capabilities secret/foo",
        "git log --grep token",
        "grep -rn token src",
        "cargo test token",
        "mycli secrets list",
        "pwgen 16 1",
        "keepassxc-cli generate --length 32",
        "kubectl get secrets",
        "docker secret ls",
        "gh secret list",
        "npm test -- --grep token",
        "gcloud services api-keys lookup AIzaSyD-example",
        "argocd account update-password --account foobar",
        "mycli users reset-password bob",
    ],
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_that_show_a_secret_by_their_words() {
        for o in [
            "--show-credentials",
            "--show-secrets",
            "--reveal-password",
            "--print-token",
            "--display-secrets=true",
            "--show-creds",
            "--dump-access-token",
            "--showsecret",
            "--unmask",
            "--showcredentials",
            "--revealpassword",
            "--show=secrets",
            "--reveal=password",
            "--include-secrets",
            "--output-credentials",
        ] {
            assert!(secret_show_option(o), "{o}");
        }
        for o in [
            "--with-token",
            "--hide-secrets",
            "--no-show-secrets",
            "--show-secrets=false",
            "--show-credentials-help-url",
            "--show",
            "--token",
            "-show-secrets",
            "--show-token-expiry",
            "--show=all",
            "--include=src",
            "--showall",
        ] {
            assert!(!secret_show_option(o), "{o}");
        }
    }

    #[test]
    fn words_that_print_a_secret() {
        for (words, at) in [
            (&["auth", "token"][..], Some(1)),
            (&["auth", "token", "pypi"][..], Some(1)),
            (&["tokens", "create", "deploy"][..], Some(1)),
            (&["create", "token"][..], Some(1)),
            (&["oauth-token"][..], Some(0)),
            (&["auth:token"][..], Some(0)),
            (&["account", "generate-token"][..], Some(1)),
            (&["auth", "print-access-token"][..], Some(1)),
            (&["ecr", "get-login-password"][..], Some(1)),
            (&["iam", "api-key", "create"][..], Some(2)),
            (&["tokens", "list"][..], None),
            (&["token", "revoke"][..], None),
            (&["test", "token"][..], None),
            (&["log", "token"][..], None),
            (&["token"][..], None),
            (&["generate", "password"][..], None),
            (&["secrets", "list"][..], None),
            (&["admin", "initial-password"][..], Some(1)),
            (&["admin", "initial-password", "x"][..], None),
            (&["users", "reset-password"][..], None),
        ] {
            assert_eq!(prints_secret(words, true), at, "{words:?}");
        }
        assert_eq!(prints_secret(&["secrets", "get"], true), Some(1));
        assert_eq!(prints_secret(&["secrets", "get"], false), None);
        assert_eq!(prints_secret(&["get", "secret"], false), None);
    }

    /// Every list's words are lower-case and unique, and no verb both
    /// prints and is listed as printing nothing.
    #[test]
    fn lists_are_lower_case_and_disjoint() {
        for list in [
            TOKEN_NOUNS,
            SHOWN_SECRET_NOUNS,
            MINT_VERBS,
            SHOW_VERBS,
            AUTH_NOUNS,
            NON_PRINTING_AFTER,
            SHOWN_SECRET_QUALIFIERS,
        ] {
            let mut seen = std::collections::HashSet::new();
            for w in list {
                assert_eq!(*w, w.to_ascii_lowercase(), "{w}");
                assert!(seen.insert(w), "{w} listed twice");
            }
        }
        for v in MINT_VERBS.iter().chain(SHOW_VERBS) {
            assert!(!NON_PRINTING_AFTER.contains(v), "{v}");
        }
    }
}
