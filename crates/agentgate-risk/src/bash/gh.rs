//! `gh`: GitHub CLI sub-commands that administer, publish or hand out
//! credentials (moved out of `git.rs`, which holds git itself).

use super::*;

impl Walker<'_> {
    pub(super) fn gh(&mut self, site: Site<'_>, vals: &[&str]) {
        let text = &site.cmd.text;
        // `--help` anywhere prints the sub-command's help and runs nothing
        // (cobra); `-h` is not always help (`gh repo edit -h URL`).
        if vals
            .iter()
            .take_while(|v| **v != "--")
            .any(|v| *v == "--help")
        {
            return;
        }
        // A repository's visibility: made public, its code and history
        // are published; made private, its forks, stars and watchers go.
        if vals.first() == Some(&"repo") && vals.get(1) == Some(&"edit") {
            let visibility = vals
                .windows(2)
                .find_map(|w| {
                    (w.first() == Some(&"--visibility"))
                        .then(|| w.get(1).copied())
                        .flatten()
                })
                .or_else(|| vals.iter().find_map(|v| v.strip_prefix("--visibility=")));
            match visibility {
                Some("public") => self.find(
                    Exfil,
                    High,
                    "makes a GitHub repository public (publishes its code and history)",
                    text,
                ),
                Some("private" | "internal") => self.find(
                    Destr,
                    Medium,
                    "makes a GitHub repository private (its forks, stars and watchers are lost)",
                    text,
                ),
                _ => {}
            }
        }
        let sub = vals.first().copied().unwrap_or("");
        let action = vals.get(1).copied().unwrap_or("");
        match (sub, action) {
            // Piped straight into a login (`gh auth token | docker login
            // ghcr.io --password-stdin`), the token is used, not shown.
            ("auth", "token") if !fed_to_login(site) => {
                self.find(Cred, Critical, "prints the GitHub CLI token", text)
            }
            ("auth", "status") if vals.iter().any(|v| *v == "-t" || *v == "--show-token") => {
                self.find(Cred, High, "prints the GitHub CLI token", text)
            }
            ("repo", "delete") => self.find(Destr, Critical, "deletes a GitHub repository", text),
            ("release", "delete") => self.find(Destr, High, "deletes a GitHub release", text),
            ("repo", "archive") => self.find(
                Destr,
                Medium,
                "archives a GitHub repository (read-only for everyone: no pushes, issues or pull requests)",
                text,
            ),
            // Any method option naming DELETE (`-XDELETE` too, which the
            // option parser accepts).
            ("api", _)
                if super::verbs::http_methods(vals)
                    .iter()
                    .any(|m| m.eq_ignore_ascii_case("DELETE")) =>
            {
                // Taking a label, reaction, assignee or review request off
                // an issue is undone as easily; anything else deleted
                // (a repository, branch, release, comment, secret) is not.
                let endpoint = vals
                    .iter()
                    .skip(1)
                    .find(|v| v.contains('/') && !v.starts_with('-'))
                    .copied()
                    .unwrap_or("");
                let trivial = [
                    "/labels/",
                    "/reactions/",
                    "/assignees",
                    "/requested_reviewers",
                    "/subscription",
                ]
                .iter()
                .any(|p| endpoint.contains(p));
                if !trivial {
                    self.find(
                        Destr,
                        High,
                        "deletes a GitHub resource through the API",
                        text,
                    )
                }
            }
            ("gist", "create") | ("gist", "edit") => {
                self.out.effects.egress = true;
                let public = vals.iter().any(|v| *v == "--public" || *v == "-p");
                let secret_file = vals.iter().any(|v| paths::credential(v).is_some());
                if secret_file {
                    self.find(
                        Exfil,
                        Critical,
                        "publishes a secret file as a GitHub gist",
                        text,
                    );
                } else {
                    self.find(
                        Exfil,
                        if public { High } else { Medium },
                        "uploads local content to a GitHub gist",
                        text,
                    );
                }
            }
            ("issue", "comment")
            | ("pr", "comment")
            | ("issue", "create")
            | ("pr", "create")
            | ("pr", "review")
            | ("issue", "edit")
            | ("pr", "edit")
            | ("release", "create")
            | ("release", "upload") => {
                self.out.effects.egress = true;
                // The body: its words (a credential file, a secret variable
                // or one the line copied it to), the commands substituted
                // into it, and what is piped in when it is read from stdin
                // (`-F -`, `--body-file -`).
                let from_stdin = vals
                    .windows(2)
                    .any(|w| matches!(w, [o, f] if matches!(*o, "-F" | "--body-file") && is_stdin_path(f)))
                    || vals.iter().any(|v| v.strip_prefix("--body-file=").is_some_and(is_stdin_path));
                let carries_secret = vals
                    .iter()
                    .any(|v| paths::credential(v).is_some() || !self.secrets_in(v).is_empty())
                    || site.cmd.argv.iter().any(|w| w.has_command_substitution)
                        && children(site).iter().any(|c| self.prints_secrets(c))
                    || from_stdin && upstream(site).iter().any(|c| self.prints_secrets(c));
                if carries_secret {
                    self.find(Exfil, Critical, "posts secrets to GitHub", text);
                }
            }
            ("api", _) => {
                self.out.effects.egress = true;
                self.out.effects.untrusted_input = true;
                if vals.iter().any(|v| {
                    v.contains("=@")
                        && paths::credential(v.split("=@").nth(1).unwrap_or("")).is_some()
                }) {
                    self.find(
                        Exfil,
                        Critical,
                        "sends a secret file to the GitHub API",
                        text,
                    );
                }
            }
            ("secret", "list") | ("secret", "set") => {}
            ("pr", "view")
            | ("issue", "view")
            | ("pr", "diff")
            | ("pr", "list")
            | ("issue", "list")
            | ("run", "view")
            | ("pr", "checks")
            | ("repo", "view")
            | ("search", _)
            | ("release", "view") => {
                self.out.effects.untrusted_input = true;
            }
            ("extension", "install") => {
                self.out.effects.trust_change = true;
                self.find(
                    Rce,
                    Medium,
                    "installs a GitHub CLI extension (third-party code)",
                    text,
                );
            }
            _ => {
                if !matches!(
                    sub,
                    "help" | "completion" | "--version" | "version" | "" | "status"
                ) {
                    self.out.effects.egress = true;
                }
            }
        }
    }
}

impl Walker<'_> {
    /// Whether `c` prints secrets: a credential file it names, a secret
    /// variable (or the line's copy of one) it expands, or the whole
    /// environment (`env`, `printenv`, `export -p`, `declare -x`, `set`
    /// with no operand).
    fn prints_secrets(&self, c: &SimpleCommand) -> bool {
        let words: Vec<&str> = c.argv.iter().map(|w| w.value_or_raw()).collect();
        let (prog, rest) = words.split_first().map_or(("", &[][..]), |(p, r)| (*p, r));
        super::system::prints_environment(prog, rest)
            || prog == "printenv" && rest.iter().any(|w| is_secret_name(w))
            || words.iter().any(|w| paths::credential(w).is_some())
            || !self.secrets_in(&c.text).is_empty()
    }
}
