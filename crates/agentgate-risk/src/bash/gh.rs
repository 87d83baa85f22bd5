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
            ("auth", "token") => self.find(Cred, Critical, "prints the GitHub CLI token", text),
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
                let carries_secret = vals
                    .iter()
                    .any(|v| paths::credential(v).is_some() || secret_var(v).is_some())
                    || site.cmd.argv.iter().any(|w| {
                        w.has_command_substitution
                            && children(site).iter().any(|c| {
                                c.argv
                                    .iter()
                                    .any(|a| paths::credential(a.value_or_raw()).is_some())
                            })
                    });
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
