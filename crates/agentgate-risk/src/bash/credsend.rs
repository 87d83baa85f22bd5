//! A credential variable sent in a request header or as the request's
//! user (`curl -H "Authorization: Bearer $GITHUB_TOKEN" URL`, `curl -u
//! "me:$JIRA_API_TOKEN" URL`): normal use towards the service it belongs
//! to, an exfiltration towards any other host
//! (`agentgate_commands::CREDENTIAL_HOMES`).

use agentgate_commands::var_refs;

use super::*;

impl Walker<'_> {
    /// The credential endpoint `text` names by a variable, directly or
    /// through one the line assigned it to (`u=$IDENTITY_ENDPOINT`).
    pub(super) fn endpoint_in(
        &self,
        text: &str,
    ) -> Option<&'static agentgate_commands::CredentialEndpointVar> {
        agentgate_commands::endpoint_in(text).or_else(|| {
            var_refs(text)
                .iter()
                .find_map(|n| self.endpoint_aliases.get(n).copied())
        })
    }

    /// The credential variables `text` expands, each named as the
    /// credential it holds: a variable the line assigned one to
    /// (`t=$AWS_SECRET_ACCESS_KEY; ... $t`) is that credential.
    pub(super) fn secrets_in(&self, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for name in var_refs(text) {
            if let Some(secret) = self.secret_aliases.get(&name) {
                out.push(secret.clone());
            } else if is_secret_name(&name) {
                out.push(name);
            }
        }
        out
    }

    /// The credential a request header carries: a secret variable by name,
    /// or any variable in a header whose value is a credential
    /// (`Authorization: Bearer $STRIPE_KEY`,
    /// `agentgate_commands::credential_header`).
    /// `flag` is the option that carried it: curl's `-u user:$PW` sends
    /// its password part, `--password $PW` and a cookie (`-b`) the whole.
    pub(super) fn header_credential(&self, flag: &str, header: &str) -> Option<String> {
        let by_place = match flag {
            "-u" | "--user" | "--proxy-user" | "-U" => header
                .split_once(':')
                .and_then(|(_, pw)| var_refs(pw).into_iter().next()),
            "--password" | "--proxy-password" | "--http-password" | "--oauth2-bearer" => {
                var_refs(header).into_iter().next()
            }
            // A cookie given as `NAME=VALUE` (without `=` it is a file).
            "-b" | "--cookie" => header
                .split_once('=')
                .and_then(|(_, v)| var_refs(v).into_iter().next()),
            _ => agentgate_commands::credential_header(header)
                .then(|| var_refs(header).into_iter().next())
                .flatten(),
        };
        self.secrets_in(header).into_iter().next().or(by_place)
    }

    /// The credentials a URL carries: a secret variable by name anywhere,
    /// a variable in its user information, or one as the value of a query
    /// parameter named for a secret (`?api_key=$K`, `&access_token=$T`,
    /// `?key=$K`; `agentgate_commands::secret_param`).
    pub(super) fn query_credential(&self, url: &str) -> Vec<String> {
        let mut out = self.secrets_in(url);
        // The URL's user information (`https://me:$P@host/`,
        // `https://$TOKEN@host/`): a password, or a token given as the user.
        let authority = url.split_once("://").map_or("", |(_, rest)| {
            rest.split(['/', '?', '#']).next().unwrap_or("")
        });
        if let Some((userinfo, _)) = authority.rsplit_once('@') {
            let secret = userinfo.split_once(':').map_or(userinfo, |(_, pw)| pw);
            // A name, not a positional parameter: `$6hys` in a quoted
            // password is text (htnet's FTP line, session 39).
            out.extend(
                var_refs(secret)
                    .into_iter()
                    .filter(|n| !n.starts_with(|c: char| c.is_ascii_digit()))
                    .take(1),
            );
        }
        let query = url.split_once('?').map_or("", |(_, q)| q);
        for pair in query.split('&') {
            if let Some((name, value)) = pair.split_once('=') {
                if agentgate_commands::secret_param(name) {
                    out.extend(var_refs(value).into_iter().take(1));
                }
            }
        }
        out.dedup();
        out
    }

    /// HTTPie's and xh's `-a USER:PASSWORD` / `--auth=USER:PASSWORD`: the
    /// password part's variable.
    pub(super) fn httpie_auth(&self, vals: &[&str]) -> Option<String> {
        let value = vals.iter().enumerate().find_map(|(i, v)| match *v {
            "-a" | "--auth" => vals.get(i + 1).copied(),
            _ => v.strip_prefix("--auth=").or_else(|| {
                v.strip_prefix("-a")
                    .filter(|r| !r.is_empty() && !r.starts_with('-'))
            }),
        })?;
        self.header_credential("-u", value)
    }

    /// Judges `$var` sent with a request to `urls`. Which header carries it
    /// does not matter (`Authorization`, `X-Api-Key`, `PRIVATE-TOKEN`), nor
    /// how the header is quoted: a collector reads any of them.
    pub(super) fn credential_sent(&mut self, var: &str, urls: &[&str], vals: &[&str], text: &str) {
        // Routing options send the connection somewhere other than the
        // URL's host (`--resolve`, `--connect-to`, a proxy that reads a
        // plain-HTTP request): the URL's host says nothing of where the
        // credential goes (found by attacking this rule, session 26).
        if let Some(route) = vals.iter().find(|v| rerouting(v)) {
            let what = match agentgate_commands::credential_home(var) {
                Some(home) => format!("a credential for {}", home.service),
                None => "a credential".to_owned(),
            };
            self.find(
                Exfil,
                High,
                format!("sends ${var} ({what}) over a connection rerouted by {route}"),
                text,
            );
            return;
        }
        // The instance's metadata service at its link-local address (the
        // IMDSv2 session token sent back to it) is the machine's own; its
        // names may resolve elsewhere through a search domain.
        // Only for a credential of no known service (`$TOKEN`), on a line
        // whose other words are all known (`... "$U"` may be anywhere).
        let dynamic = vals.iter().enumerate().any(|(i, v)| {
            v.contains('$')
                && !i
                    .checked_sub(1)
                    .and_then(|j| vals.get(j))
                    .is_some_and(|o| matches!(*o, "-H" | "--header"))
        });
        let imds_ok = agentgate_commands::credential_home(var).is_none() && !dynamic;
        let link_local =
            |h: &str| imds_ok && matches!(h, "169.254.169.254" | "169.254.170.2" | "fd00:ec2::254");
        let hosts: Vec<&str> = urls.iter().filter_map(|u| net::host_of(u)).collect();
        // A destination that is this machine, or none the line names.
        if !hosts.is_empty()
            && hosts.len() == urls.len()
            && hosts
                .iter()
                .all(|h| net::classify(h) == HostClass::Local || link_local(h))
        {
            return;
        }
        let hosts: Vec<&str> = hosts.into_iter().filter(|h| !link_local(h)).collect();
        let home = agentgate_commands::credential_home(var);
        // A variable that names its host (`TF_TOKEN_app_terraform_io`)
        // belongs to that host alone.
        // A `TF_TOKEN_<host>` the line made itself names nothing.
        let own = home
            .filter(|_| !self.assigned_here.contains(var))
            .and_then(|h| agentgate_commands::named_host(h, var));
        let elsewhere: Vec<&str> = hosts
            .iter()
            .copied()
            .filter(|h| net::classify(h) != HostClass::Local)
            .filter(|h| match (&own, home) {
                (Some(own), _) => !h.eq_ignore_ascii_case(own),
                (None, Some(home)) => !agentgate_commands::host_in(home, h),
                (None, None) => !agentgate_commands::service_host(h),
            })
            .collect();
        let first = match (elsewhere.first(), hosts.is_empty()) {
            (Some(h), _) => *h,
            // No destination the line names (`curl -K FILE`): unverifiable.
            (None, true) => "a host the command does not name",
            (None, false) => return,
        };
        // A private address (a kubelet, an internal service) is unknown, not
        // a collector (added after hcloud's Kubernetes held-out figure).
        let suspicious = elsewhere
            .iter()
            .any(|h| net::classify(h) == HostClass::Suspicious && !net::is_private_ipv4(h));
        // A service customers run on their own hosts: an unknown host may
        // be theirs (asked about); a collector or another known service
        // is not (found on htc's Terraform Enterprise page, session 27).
        let self_hosted = home.and_then(|h| h.self_hosted).filter(|_| {
            own.is_none()
                && !hosts.is_empty()
                && !suspicious
                && !elsewhere
                    .iter()
                    .any(|h| agentgate_commands::service_host(h))
        });
        match home {
            Some(home) if self_hosted.is_some() => self.find(
                Exfil,
                Medium,
                format!(
                    "sends ${var} (a credential for {}) to {first}, which is not {}; asked in case it is {}",
                    home.service,
                    home.service,
                    self_hosted.unwrap_or_default()
                ),
                text,
            ),
            Some(home) => self.find(
                Exfil,
                High,
                format!(
                    "sends ${var} (a credential for {}) to {first}, which is not {}",
                    home.service, home.service
                ),
                text,
            ),
            None if suspicious => self.find(
                Exfil,
                High,
                format!("sends ${var} in a request to {first}"),
                text,
            ),
            None => self.find(
                Exfil,
                Medium,
                format!(
                    "sends ${var} to {first}, a host that is not a known service of that credential"
                ),
                text,
            ),
        }
    }
}

/// Whether an HTTP client's word reroutes its connection away from the
/// URL's host: curl's `--resolve`, `--connect-to`, proxies (`-x`, `-xURL`,
/// `-sSx`, `--proxy=URL`, SOCKS), DNS overrides; httpie's `--proxy`;
/// wget's `-e http_proxy=...` (any word setting a proxy).
fn rerouting(word: &str) -> bool {
    const OPTIONS: &[&str] = &[
        "--resolve",
        "--connect-to",
        "-x",
        "--proxy",
        "--preproxy",
        "--socks4",
        "--socks4a",
        "--socks5",
        "--socks5-hostname",
        "--proxy1.0",
        "--dns-servers",
        "--doh-url",
    ];
    let name = word.split('=').next().unwrap_or(word);
    // A cluster of short flags holding curl's `-x` (`-sSx`, `-xhttp://p`).
    let short_x = word
        .strip_prefix('-')
        .filter(|rest| !rest.starts_with('-'))
        .is_some_and(|rest| {
            rest.chars()
                .take_while(char::is_ascii_alphanumeric)
                .any(|c| c == 'x')
        });
    OPTIONS.contains(&name) || short_x || word.to_ascii_lowercase().contains("proxy=")
}

/// Words that make a variable's name a secret's wherever they stand in it.
const SECRET_NAME_WORDS: &[&str] = &[
    "TOKEN",
    "SECRET",
    "PASSWORD",
    "PASSWD",
    "API_KEY",
    "APIKEY",
    "ACCESS_KEY",
    "PRIVATE_KEY",
    "CREDENTIAL",
    "SESSION_KEY",
    // Azure storage and cloud service account keys
    // (`AZURE_STORAGE_ACCOUNT_KEY`; session 27, wrongsecrets).
    "ACCOUNT_KEY",
];

/// Whether the command at `site`, which prints every variable, hands them
/// to a search for names no secret variable's name holds (`env | grep
/// PATH`, `export | egrep '(FOO)|(FIZZ)'`: mcdev part 21, session 66):
/// only lines naming those show. A search for part of a secret word
/// (`-i key`), for a service whose variables hold its credentials
/// (`GOOGLE`, `AWS_REGION`: `credential_home`'s prefixes), an inverted,
/// open or file-fed pattern, or a search of files too, is not one.
pub(super) fn searched_for_plain_names(site: Site<'_>) -> bool {
    let Some(next) = super::util::downstream(site).filter(|c| c.redirects.is_empty()) else {
        return false;
    };
    let Some(words) = next
        .argv
        .iter()
        .map(|w| w.literal.as_deref())
        .collect::<Option<Vec<&str>>>()
    else {
        return false;
    };
    let Some((prog, rest)) = words.split_first() else {
        return false;
    };
    if !matches!(paths::basename(prog), "grep" | "egrep" | "fgrep" | "rg") {
        return false;
    }
    let (mut patterns, mut operands) = (Vec::new(), Vec::new());
    let mut it = rest.iter();
    while let Some(v) = it.next() {
        match *v {
            "-e" | "--regexp" => patterns.extend(it.next()),
            "--ignore-case" | "--extended-regexp" | "--word-regexp" | "--fixed-strings"
            | "--perl-regexp" => {}
            o if o.starts_with("--regexp=") => patterns.extend(o.get(9..)),
            o if o.starts_with('-') && o.len() > 1 => {
                // Short flags that only change how a name matches.
                if !o.chars().skip(1).all(|c| "iEwFPsHh".contains(c)) {
                    return false;
                }
            }
            o => operands.push(o),
        }
    }
    if patterns.is_empty() && !operands.is_empty() {
        patterns.push(operands.remove(0));
    }
    operands.is_empty()
        && !patterns.is_empty()
        && patterns.iter().all(|p| {
            p.split('|')
                .all(|alt| plain_name(alt.trim_matches(['(', ')', '^', '='])))
        })
}

/// Whether `fragment`, searched for in `NAME=value` lines, shows no
/// secret: a name's letters (three at least, no pattern syntax) that is
/// no part of a secret word nor of a credential service's prefix, and
/// holds neither.
fn plain_name(fragment: &str) -> bool {
    let upper = fragment.to_ascii_uppercase();
    let core = upper.trim_matches('_');
    let abbreviations = ["AUTH", "PAT", "PASS", "PSK", "JWT", "SSHPASS"];
    core.len() >= 3
        && core.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        && !is_secret_name(core)
        && !SECRET_NAME_WORDS
            .iter()
            .chain(abbreviations.iter())
            .any(|w| w.contains(core))
        && !agentgate_commands::CREDENTIAL_HOMES.iter().any(|h| {
            h.vars.iter().any(|p| {
                let p = p.trim_end_matches(['=', '_']);
                let service = p.split('_').next().unwrap_or(p);
                p.contains(core) || core.split('_').any(|part| part == service)
            })
        })
}

/// A variable name that likely holds a secret.
pub(crate) fn is_secret_name(name: &str) -> bool {
    let n = name.to_ascii_uppercase();
    // Distinctive words count anywhere in the name; AUTH and the
    // abbreviations below only as a whole `_`-separated part (`GH_AUTH`,
    // not `PRAUTHOR` or `AUTHOR_NAME`; `GH_PAT`, not `PATH`).
    SECRET_NAME_WORDS.iter().any(|s| n.contains(s))
        // Abbreviations as whole parts: a personal access token (`GH_PAT`),
        // a password (`GIT_PASS`), a pre-shared key, a JSON web token
        // (session 38); sshpass reads its password from `SSHPASS`.
        || n.split('_').any(|part| part == "AUTH")
        // (in a name of several parts: a loop's `$pass` is a guess).
        || n.contains('_')
            && n.split('_')
                .any(|part| matches!(part, "PAT" | "PASS" | "PSK" | "JWT"))
        || n == "SSHPASS"
        // `_KEY` of a service the credential table knows (`OPENAI_KEY`,
        // `STRIPE_KEY`; session 39): a `KEY` part of any other name is too
        // often a path or a cache key.
        || n.ends_with("_KEY") && agentgate_commands::credential_home(&n).is_some()
        || agentgate_commands::credential_endpoint_var(&n)
            .is_some_and(|v| v.part == agentgate_commands::EndpointPart::Secret)
}

/// Whether a secret-looking variable holds a credential's location rather
/// than the credential (`AWS_SHARED_CREDENTIALS_FILE`, `CREDENTIALS_FILE`,
/// `POSTGRES_PASSWORD_FILE`, `GOOGLE_APPLICATION_CREDENTIALS`, an agent's
/// `SSH_AUTH_SOCK`): printed, it is a path (found on htc's Roles Anywhere
/// page, session 27; the socket in session 37).
pub(super) fn names_location(var: &str) -> bool {
    let n = var.to_ascii_uppercase();
    n == "GOOGLE_APPLICATION_CREDENTIALS"
        || n.rsplit('_').next().is_some_and(|last| {
            matches!(
                last,
                "FILE" | "PATH" | "DIR" | "FILENAME" | "LOCATION" | "SOCK" | "SOCKET"
            )
        })
}
