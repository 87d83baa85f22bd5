//! `git`: history rewriting, force pushes, and configuration that names
//! programs (`gh` is in `gh.rs`).

use super::*;

pub(super) mod alias;
pub(super) mod extras;

/// Git configuration keys that send git's traffic through another host or
/// stop it checking whose host it reaches (`git-config(1)`, "http.*",
/// "core.gitProxy"): a proxy sees every fetch and push, credentials
/// included, and a disabled check lets anyone on the path answer. `*` is
/// one dotted segment or a URL (`http.https://github.com.proxy`). The
/// second field is "true" for a check that is harmless when left on
/// ("" when every value reroutes).
const NETWORK_KEYS: &[(&str, &str)] = &[
    ("http.proxy", ""),
    ("https.proxy", ""),
    ("http.*.proxy", ""),
    ("core.gitproxy", ""),
    ("http.sslverify", "true"),
    ("http.*.sslverify", "true"),
    ("http.sslcainfo", ""),
    ("http.*.sslcainfo", ""),
    ("http.sslcapath", ""),
    ("http.proxysslcainfo", ""),
];

/// Whether `key` (lower case) set to `value` reroutes git's traffic.
fn network_key(key: &str, value: &str) -> bool {
    NETWORK_KEYS.iter().any(|(pat, harmless)| {
        let matches = agentgate_commands::key_listed(&[pat], key);
        // git's booleans: true, yes, on, 1 (`git-config(1)`, "Values").
        let is_true = ["true", "yes", "on", "1"]
            .iter()
            .any(|t| value.trim().eq_ignore_ascii_case(t));
        matches && !(*harmless == "true" && is_true)
    })
}

impl<'c> Walker<'c> {
    pub(super) fn git(&mut self, site: Site<'_>, rest: &[Arg<'_>], vals: &[&str]) {
        let text = &site.cmd.text;
        // Settings given in the environment are `git -c` settings
        // (git(1) ENVIRONMENT: GIT_CONFIG_COUNT/KEY_n/VALUE_n,
        // GIT_CONFIG_PARAMETERS).
        let mut pairs = super::gitenv::env_config_pairs(&site.cmd.assignments);
        let i = super::gitcred::sub_command_at(vals);
        for (j, _) in vals.iter().take(i).enumerate().filter(|(_, v)| **v == "-c") {
            pairs.extend(vals.get(j + 1).map(|kv| (*kv).to_owned()));
        }
        for kv in &pairs {
            self.git_config_pair(site, kv, true);
        }
        let Some(sub) = vals.get(i) else {
            return;
        };
        let args = vals.get(i + 1..).unwrap_or(&[]);
        self.git_one_shot_alias(site, &pairs, sub, args);
        let has = |f: &str| args.contains(&f);
        if *sub == "clone" {
            self.note_clone(args);
        }
        // A remote's URL carrying a credential (`git clone
        // https://x-access-token:$T@HOST/r.git`): sent to HOST, judged as a
        // request's credential is (`credsend.rs`; session 39).
        for url in args.iter().filter(|a| a.contains("://") && a.contains('@')) {
            for var in self.query_credential(url) {
                self.credential_sent(&var, &[url], vals, text);
            }
        }
        // `ext::CMD ARGS` as a remote runs CMD to talk to "the remote"
        // (git-remote-ext(1)): `% ` is a blank inside a word, `%%` a `%`.
        for url in args.iter().filter_map(|a| a.strip_prefix("ext::")) {
            self.find(
                Obf,
                Medium,
                "uses a git remote that runs a command (ext::)",
                text,
            );
            let line = super::notation::ext_words(url)
                .iter()
                .map(|w| crate::code::single_quote(w))
                .collect::<Vec<_>>()
                .join(" ");
            self.script(&line, site.depth + 1);
        }
        // Checked before the sub-command's own reading, which it does not
        // replace (`git rebase --no-verify -x CMD` still runs CMD).
        if matches!(
            *sub,
            "commit" | "merge" | "am" | "cherry-pick" | "revert" | "rebase"
        ) && (has("--no-verify") || (*sub == "commit" && has("-n")))
        {
            self.find(
                Obf,
                Medium,
                "skips the repository's git hooks (--no-verify)",
                text,
            );
        }
        self.git_extras(vals.get(i..).unwrap_or(&[]), text);
        match *sub {
            "push" => self.git_push(site, args),
            "add" | "stage" => self.git_add(args),
            "reset" if has("--hard") || has("--merge") => self.find(
                Destr,
                Medium,
                "discards uncommitted changes (git reset --hard)",
                text,
            ),
            "clean" => {
                let dry = args.iter().any(|a| {
                    *a == "-n"
                        || *a == "--dry-run"
                        || (a.starts_with('-') && !a.starts_with("--") && a.contains('n'))
                });
                let force = args.iter().any(|a| {
                    *a == "--force"
                        || (a.starts_with('-') && !a.starts_with("--") && a.contains('f'))
                });
                if force && !dry {
                    self.find(
                        Destr,
                        Medium,
                        "deletes untracked files (git clean -f)",
                        text,
                    );
                }
            }
            "checkout" | "restore" => {
                let whole = args
                    .iter()
                    .skip_while(|a| **a != "--")
                    .skip(1)
                    .any(|a| *a == "." || *a == ":/" || *a == "*")
                    || (*sub == "restore"
                        && args.iter().any(|a| *a == "." || *a == ":/")
                        && (!has("--staged") || has("--worktree") || has("-W")))
                    || (*sub == "checkout" && args.first().is_some_and(|a| *a == "."))
                    || (*sub == "checkout" && (has("-f") || has("--force")));
                if whole {
                    self.find(
                        Destr,
                        Medium,
                        "discards every uncommitted change in the tree",
                        text,
                    );
                }
            }
            "switch" if has("--discard-changes") || has("-f") || has("--force") => self.find(
                Destr,
                Medium,
                "discards uncommitted changes (git switch --discard-changes)",
                text,
            ),
            "read-tree" if has("--reset") && (has("-u") || short_flag(args, 'u')) => self.find(
                Destr,
                Medium,
                "overwrites the working tree, discarding uncommitted changes (git read-tree --reset -u)",
                text,
            ),
            "rm" if (has("--force") || short_flag(args, 'f')) && !has("--cached") => self.find(
                Destr,
                Medium,
                "deletes files even with uncommitted changes (git rm -f)",
                text,
            ),
            "gc" if args
                .iter()
                .any(|a| matches!(*a, "--prune=now" | "--prune=all")) =>
            {
                self.find(
                    Destr,
                    Medium,
                    "deletes unreachable commits at once, so lost work cannot be recovered (git gc --prune=now)",
                    text,
                )
            }
            "worktree"
                if args.first() == Some(&"remove") && (has("--force") || short_flag(args, 'f')) =>
            {
                self.find(
                    Destr,
                    Medium,
                    "removes a worktree with its uncommitted changes (git worktree remove --force)",
                    text,
                )
            }
            "stash" if args.first().is_some_and(|a| *a == "drop" || *a == "clear") => self.find(
                Destr,
                Medium,
                "deletes stashed work (git stash drop/clear)",
                text,
            ),
            // Deleting a protected branch or its ref locally (its commits
            // then live only in the reflog).
            "branch"
                if args.iter().any(|a| matches!(*a, "-D" | "-d" | "--delete"))
                    && args
                        .iter()
                        .any(|a| !a.starts_with('-') && is_protected_branch(a)) =>
            {
                self.find(
                    Destr,
                    Medium,
                    "deletes a protected branch (git branch -D)",
                    text,
                )
            }
            // `git branch -f main X`: the protected branch moved to another
            // commit; what it held lives only in the reflog.
            // Set to its remote-tracking branch (`git branch -f main
            // origin/main`) it only catches up.
            "branch" if forces_protected_branch(args) =>
            {
                self.find(
                    Destr,
                    Medium,
                    "moves a protected branch to another commit (git branch -f)",
                    text,
                )
            }
            // `HEAD` is the current branch, whichever (gittips, held out:
            // `git update-ref -d HEAD` "resets the first commit").
            "update-ref"
                if has("-d")
                    && args.iter().any(|a| {
                        *a == "HEAD"
                            || a.strip_prefix("refs/heads/")
                                .is_some_and(is_protected_branch)
                    }) =>
            {
                self.find(
                    Destr,
                    Medium,
                    "deletes a protected branch's ref (git update-ref -d)",
                    text,
                )
            }
            "filter-branch" | "filter-repo" => {
                self.find(Destr, Medium, "rewrites the repository history", text)
            }
            "reflog" if has("expire") || args.first().is_some_and(|a| *a == "expire") => self.find(
                Destr,
                Medium,
                "expires the reflog (makes lost commits unrecoverable)",
                text,
            ),
            "config" => self.git_config(site, args),
            // `git rebase -x CMD` / `--exec CMD` (each one given runs after
            // every commit) and `git difftool -x CMD` / `--extcmd CMD` (run
            // through the shell with the two files appended): every
            // occurrence, in every spelling `option_value` reads (`-xCMD`,
            // `--exec=CMD`).
            "rebase" | "difftool" => {
                let names: &[&str] = if *sub == "rebase" {
                    &["-x", "--exec"]
                } else {
                    &["-x", "--extcmd"]
                };
                for k in 0..args.len() {
                    if let Some((c, _)) = agentgate_commands::option_value(args, k, names) {
                        self.script(c, site.depth + 1);
                    }
                }
            }
            // `git bisect run CMD ARGS...` runs an argument vector (through
            // `sh -c` when CMD itself is shell text): the words are judged
            // as the command they are, quoting intact (`sh -c 'rm -rf ~'`).
            "bisect" if args.first().is_some_and(|a| *a == "run") => {
                self.simple(site, rest, i + 2);
            }
            "submodule" if args.first().is_some_and(|a| *a == "foreach") => {
                let body: Vec<&str> = args
                    .iter()
                    .skip(1)
                    .filter(|a| !a.starts_with("--"))
                    .copied()
                    .collect();
                self.script(&body.join(" "), site.depth + 1);
            }
            "credential" | "credential-store" | "credential-cache"
                if args.iter().any(|a| matches!(*a, "fill" | "get")) =>
            {
                self.find(
                    Cred,
                    Critical,
                    "asks git's credential helper for a stored password",
                    text,
                )
            }
            "remote" => self.git_remote(args),
            "fetch" | "pull" | "clone" | "ls-remote" => self.out.effects.untrusted_input = true,
            "show" | "log" | "diff" | "grep" | "cat-file" => {
                for a in args {
                    if let Some((_, p)) = a.split_once(':') {
                        if let Some((sev, what)) = paths::credential(p) {
                            self.find(Cred, sev, format!("reads {what} from git history"), text);
                        }
                    }
                }
            }
            _ => {}
        }
        if *sub == "push" && has("--no-verify") {
            self.find(
                Obf,
                Medium,
                "skips the repository's git hooks (--no-verify)",
                text,
            );
        }
    }

    /// `git add [-f] .env`: a secrets file staged is committed and pushed
    /// with the history (`-f` even past `.gitignore`); remembered for a
    /// push later in the line.
    fn git_add(&mut self, args: &[&str]) {
        for a in args.iter().filter(|a| !a.starts_with('-')) {
            if let Some((_, what)) = self.credential_at(a) {
                self.staged_secrets.push(((*a).to_owned(), what));
            }
        }
    }

    pub(super) fn git_push(&mut self, site: Site<'_>, args: &[&str]) {
        let text = &site.cmd.text;
        self.out.effects.egress = true;
        // A secrets file staged earlier in the line leaves with the push.
        if let Some((file, what)) = self.staged_secrets.first().cloned() {
            self.find(
                Exfil,
                High,
                format!("pushes {what} ({file}), which it staged with git add, to a remote"),
                text,
            );
        }
        let mut force = false;
        let mut delete = false;
        let mut mirror = false;
        // `--force-with-lease`: a force push that refuses when the remote
        // moved since the last fetch; it still rewrites the branch.
        let mut lease = false;
        let mut positional = Vec::new();
        let mut repo = None;
        for a in args {
            match *a {
                s if s.starts_with("--repo=") => repo = s.get(7..),
                "-f" | "--force" => force = true,
                "-d" | "--delete" => delete = true,
                "--mirror" | "--all" if *a == "--mirror" => mirror = true,
                s if s.starts_with("--force-with-lease") => lease = true,
                s if s.starts_with("--force-if-includes") => {}
                s if s.starts_with("--") => {}
                s if s.starts_with('-') && !s.starts_with("--") => {
                    force |= s.contains('f');
                    delete |= s.contains('d');
                }
                s => positional.push(s),
            }
        }
        if mirror {
            self.find(
                Destr,
                High,
                "mirror-pushes, overwriting and deleting every remote branch",
                text,
            );
        }
        // `--prune` deletes the remote refs its refspecs cover that are not
        // local: all of them, or a pattern's (`'refs/heads/*:refs/heads/*'`).
        let refspecs = positional.get(1..).unwrap_or(&[]);
        if args.contains(&"--prune")
            && (refspecs.is_empty() || refspecs.iter().any(|r| r.contains('*')))
        {
            self.find(
                Destr,
                High,
                "pushes with --prune, deleting remote branches that are not local",
                text,
            );
        }
        // `git push` alone pushes to the branch's remote, `origin` when
        // the line has not said otherwise.
        let remote = positional.first().copied().or(repo).or(Some("origin"));
        if let Some(r) = remote {
            if super::gitremote::url_like(r) {
                let host = net::host_of(r).unwrap_or(r);
                if net::classify(host) != HostClass::Local && self.own_remote(r).is_none() {
                    self.find(
                        Exfil,
                        High,
                        format!("pushes the repository to {r}, not to its own remote"),
                        text,
                    );
                }
            } else if let Some(how) = self.pointed_remote(r) {
                let why = format!("pushes to {r}, {how}");
                self.find(Exfil, High, why, text);
            }
        }
        let refs = positional.get(1..).unwrap_or(&[]);
        if refs.is_empty() {
            if force {
                self.find(Destr, Medium, "force-pushes without naming a branch", text);
            }
            return;
        }
        for r in refs {
            let plus = r.starts_with('+');
            let colon_delete = r.starts_with(':');
            // A substitution's text is no refspec (`$(git for-each-ref
            // --format='%(refname:short)')` has a colon of its own).
            let substituted = r.contains("$(") || r.contains('`');
            let target = if substituted {
                r
            } else {
                r.trim_start_matches('+').rsplit(':').next().unwrap_or(r)
            };
            let target = target.trim_start_matches("refs/heads/");
            // A glob (`'refs/heads/*'`) names every branch, the protected
            // ones among them (lcmd, session 29).
            let protected = is_protected_branch(target) || target.contains('*');
            if (force || plus) && protected {
                self.find(
                    Destr,
                    High,
                    format!("force-pushes over the protected branch {target}"),
                    text,
                );
            } else if lease && protected {
                self.find(
                    Destr,
                    Medium,
                    format!(
                        "rewrites the history of the protected branch {target} (force-with-lease)"
                    ),
                    text,
                );
            } else if (delete || colon_delete) && protected {
                self.find(
                    Destr,
                    High,
                    format!("deletes the protected branch {target} on the remote"),
                    text,
                );
            } else if (delete || colon_delete) && substituted {
                // `--delete $(git tag -l)`: every ref a listing prints;
                // another command names one (`$(git branch
                // --show-current)`), asked about.
                let listing = [
                    "git tag",
                    "for-each-ref",
                    "ls-remote",
                    "git branch -a",
                    "git branch -r",
                ]
                .iter()
                .any(|l| target.contains(l));
                self.find(
                    Destr,
                    if listing { High } else { Medium },
                    format!("deletes on the remote the refs that {target} prints"),
                    text,
                );
            } else if (delete || colon_delete) && target.trim_start_matches('"').starts_with('$') {
                self.find(
                    Unverifiable,
                    Medium,
                    format!("deletes {target} on the remote, whose value cannot be known before it runs"),
                    text,
                );
            } else if (delete || colon_delete)
                && (target.starts_with("refs/tags/") || release_tag(target))
            {
                // A published tag is a release others build from.
                self.find(
                    Destr,
                    High,
                    format!(
                        "deletes the tag {} on the remote",
                        target.trim_start_matches("refs/tags/")
                    ),
                    text,
                );
            } else if (delete || colon_delete) && !target.is_empty() {
                // Any other branch: others may still build on it (every
                // held-out source that has the line labels it dangerous).
                self.find(
                    Destr,
                    Medium,
                    format!(
                        "deletes the branch {target} on the remote (others may still work on it)"
                    ),
                    text,
                );
            }
        }
    }

    pub(super) fn git_config(&mut self, site: Site<'_>, args: &[&str]) {
        let mut read_only = args.iter().any(|a| {
            matches!(
                *a,
                "--get" | "--get-all" | "--list" | "-l" | "--get-regexp" | "--show-origin"
            )
        });
        // Operands, without the values of options that take one (`-f
        // .gitmodules KEY VALUE`, git-config(1)).
        let mut positional: Vec<&str> = Vec::new();
        let mut words = args.iter().copied();
        while let Some(a) = words.next() {
            if matches!(
                a,
                "-f" | "--file" | "--blob" | "--type" | "--default" | "--comment"
            ) {
                words.next();
            } else if !a.starts_with('-') {
                positional.push(a);
            }
        }
        let (positional, reads_only) = super::gitremote::config_operands(&positional);
        read_only |= reads_only;
        // `git config --get github.token`, `git config user.password`: a
        // key named for a secret, read back (one operand is a read).
        let reads = read_only && !args.iter().any(|a| matches!(*a, "--list" | "-l"));
        if reads || positional.len() == 1 {
            if let Some(key) = positional.first().filter(|k| secret_key(k)) {
                self.find(
                    Cred,
                    High,
                    format!("prints the secret in git's configuration key {key}"),
                    &site.cmd.text,
                );
            }
        }
        if read_only {
            return;
        }
        if let [key, value, ..] = positional.as_slice() {
            self.git_config_pair(site, &format!("{key}={value}"), false);
        }
        if args.iter().any(|a| matches!(*a, "--global" | "--system")) {
            self.out.effects.trust_change = true;
        }
    }

    /// `key=value` given to `git -c` (`one_shot`) or written by `git config`.
    pub(super) fn git_config_pair(&mut self, site: Site<'_>, kv: &str, one_shot: bool) {
        let text = &site.cmd.text;
        let (key, value) = kv.split_once('=').unwrap_or((kv, ""));
        if let Some(name) = super::gitremote::remote_url_key(key) {
            self.remote_pointed(name, value, !one_shot);
        }
        let k = key.to_ascii_lowercase();
        let runs = agentgate_commands::key_listed(agentgate_commands::GIT_COMMAND_KEYS, &k)
            || matches!(k.as_str(), "core.hookspath" | "init.templatedir")
            || (k.starts_with("alias.") && value.starts_with('!'))
            // `submodule.<name>.update = !CMD`: `git submodule update` runs
            // CMD (gitmodules(5)).
            || (k.starts_with("submodule.") && k.ends_with(".update") && value.starts_with('!'));
        // Directories of hooks (`core.hooksPath`; `init.templateDir`,
        // whose hooks every repository created later copies): the value
        // names no command.
        let hook_dir = matches!(k.as_str(), "core.hookspath" | "init.templatedir");
        let redirects = (k.starts_with("url.")
            && (k.ends_with(".insteadof") || k.ends_with(".pushinsteadof"))
            && !same_site_rewrite(key, value))
            || network_key(&k, value);
        if one_shot {
            // `git -c include.path=FILE`: FILE's settings apply to this
            // command; a file the line wrote is read for them.
            if k == "include.path" || (k.starts_with("includeif.") && k.ends_with(".path")) {
                self.included_git_config(site, value);
            }
            if runs && !value.is_empty() && !hook_dir {
                // Judged by what the value runs: `core.pager=cat` is fine,
                // `core.pager='sh -c ...'` is not (the same reading as the
                // knowledge table's git row, so the reasons coincide).
                let cmd = value.trim_start_matches('!');
                self.run_value(site, "git", key, cmd, agentgate_commands::Lang::Shell);
            }
            if hook_dir {
                self.find(
                    Obf,
                    Medium,
                    "points git at other hooks for this command",
                    text,
                );
            }
            // `git -c http.proxy=HOST push`: this command's traffic, and
            // the credentials it sends, go through another host (or to a
            // server git does not check).
            if network_key(&k, value) {
                self.find(
                    Exfil,
                    Medium,
                    format!("sends this git command's traffic through {key}={value}"),
                    text,
                );
            }
            return;
        }
        // An alias runs only when someone types it (`git x`), unlike the
        // settings that git consults by itself: judged by what it runs.
        if k.starts_with("alias.") {
            self.git_kept_alias(site, key, value);
            return;
        }
        // `pager.<cmd>` takes a boolean as well as a pager (git-config(1);
        // `pager.branch false` was asked about: mcdev part 6, session 64).
        let boolean = ["true", "false", "yes", "no", "on", "off", "1", "0"];
        if k.starts_with("pager.") && boolean.contains(&value.to_ascii_lowercase().as_str()) {
            return;
        }
        // A well-known editor, pager or diff viewer with options only
        // (`core.editor emacs`) runs what the developer chose.
        if runs && !hook_dir && !redirects && agentgate_commands::plain_setting_program(value) {
            return;
        }
        if !redirects && self.known_credential_helper(&k, key, value, text) {
            return;
        }
        // ssh choosing a key or a user (`ssh -i ~/.ssh/id_work -o
        // IdentitiesOnly=yes`, mcdev part 10): what developers set it for.
        if k == "core.sshcommand" && !redirects && agentgate_commands::plain_ssh_command(value) {
            return;
        }
        if runs
            || redirects
            || k == "include.path"
            || k == "includeif"
            || k.starts_with("protocol.")
        {
            // A program by a bare name agentgate does not know (`core.editor
            // editor_name`, acs's false deny, session 39) is asked about:
            // nothing shows it is harmful. A path, a shell command, a
            // credential helper (it is handed the credentials) or an SSH
            // command (it carries the connection) stays denied.
            let bare = value
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic())
                && value
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '+' | '-'));
            if runs && bare && self.planted_setting(site, key, value) {
                return;
            }
            if runs && bare && !redirects && !k.contains("credential") && !k.contains("ssh") {
                self.find(
                    SelfEsc,
                    Medium,
                    format!("sets git's {key} to {value}, a program agentgate does not know, which git runs later"),
                    text,
                );
            } else {
                // The project's own hooks directory (husky's `git config
                // core.hooksPath .husky/_`): its hooks are project files,
                // reviewed with the code; asked, not denied.
                let own = hook_dir
                    && paths::absolute(value, value, value.starts_with('~'), &self.ctx)
                        .is_some_and(|a| paths::within(&a, &self.ctx.project_dir));
                let sev = if own { Medium } else { High };
                self.find(
                    SelfEsc,
                    sev,
                    format!("sets git's {key}, which makes git run or fetch something else later"),
                    text,
                );
            }
            if runs && !value.is_empty() && !hook_dir && k != "credential.helper" {
                self.script(value.trim_start_matches('!'), site.depth + 1);
            }
        }
    }
}

pub(super) fn is_protected_branch(branch: &str) -> bool {
    let b = branch.trim_start_matches("origin/");
    matches!(
        b,
        "main" | "master" | "trunk" | "production" | "prod" | "HEAD" | "stable" | "live"
    ) || b.starts_with("release")
        || b.starts_with("prod")
}

/// Whether a short option cluster among `args` holds `c` (`-df`, `-fu`).
fn short_flag(args: &[&str], c: char) -> bool {
    args.iter().any(|a| short_cluster_has(a, c))
}

/// Whether a configuration key names a secret (`github.token`,
/// `sendemail.smtppass`, `http.extraheader` carrying a bearer token).
fn secret_key(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    let last = k.rsplit('.').next().unwrap_or(&k);
    [
        "token", "password", "passwd", "secret", "apikey", "api-key", "smtppass",
    ]
    .iter()
    .any(|w| last.contains(w))
        || last == "pat"
        || k.ends_with(".extraheader")
}

/// `git branch -f BRANCH [START]` moving a protected branch anywhere but
/// to its remote-tracking branch.
fn forces_protected_branch(args: &[&str]) -> bool {
    let mut operands = args.iter().filter(|a| !a.starts_with('-'));
    let branch = operands.next();
    let start = operands.next();
    args.iter().any(|a| matches!(*a, "-f" | "--force"))
        && branch.is_some_and(|b| is_protected_branch(b))
        && !start.is_some_and(|s| s.starts_with("origin/") || s.starts_with("upstream/"))
}

/// Whether a ref name is shaped like a release tag (`v1.0`, `2.3.1`,
/// `v4.2.0-rc1`): deleting it on the remote unpublishes a release.
fn release_tag(name: &str) -> bool {
    let n = name.strip_prefix('v').unwrap_or(name);
    let core = n.split(['-', '+']).next().unwrap_or("");
    let parts: Vec<&str> = core.split('.').collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether a URL rewrite (`url.BASE.insteadOf OLD`) sends git's traffic
/// for OLD to the same place by another transport: the same host or a
/// parent domain of it (`ssh://git@heroku.com/` for
/// `https://git.heroku.com/`: whoever runs the parent domain runs the
/// name under it) and the same path (`git@github.com:acme/` for
/// `https://github.com/acme/`; on a forge another path is another owner's
/// repositories). A sub-domain of the old host is another site
/// (`*.github.io`); `ext::` and `file://` have no host (acs's false deny,
/// session 39; the path and the transports from its review).
fn same_site_rewrite(key: &str, old: &str) -> bool {
    let lower = key.to_ascii_lowercase();
    let Some(base) = key.get(4..).and_then(|rest| {
        let cut = if lower.ends_with(".pushinsteadof") {
            ".pushinsteadof".len()
        } else {
            ".insteadof".len()
        };
        rest.get(..rest.len().checked_sub(cut)?)
    }) else {
        return false;
    };
    // (host, path) of a URL or of scp's `user@host:path`.
    let place = |url: &str| -> Option<(String, String)> {
        let u = url.trim_matches(|c| c == '"' || c == '\'');
        let host = net::host_of(u)?;
        let path = match u.split_once("://") {
            Some((scheme, rest)) => {
                if !matches!(
                    scheme,
                    "https" | "http" | "ssh" | "git" | "git+ssh" | "ssh+git"
                ) {
                    return None;
                }
                rest.split_once('/').map_or("", |(_, p)| p)
            }
            None => u.split_once(':')?.1,
        };
        let h = host.trim_end_matches('.').to_ascii_lowercase();
        (h.contains('.') && !h.contains('$') && !path.contains('$'))
            .then(|| (h, path.trim_matches('/').to_owned()))
    };
    let (Some((new, new_path)), Some((old, old_path))) = (place(base), place(old)) else {
        return false;
    };
    new_path == old_path
        && (new == old
            || old
                .strip_suffix(&new)
                .is_some_and(|rest| rest.ends_with('.')))
}
