//! Variable assignments: what a name holds for the rest of the line
//! (literal values, mktemp paths, defaults, known values, fixed text), and
//! the variables whose assignment is itself a finding (IFS, BASH_ENV,
//! BASH_CMDS, history, hook skips, proxies); aliases defined in the line.

use super::*;

impl Walker<'_> {
    pub(super) fn assignment(&mut self, name: &str, value: &Word, site: Site<'_>) {
        let (cmd, depth) = (site.cmd, site.depth);
        self.path_with_shell_copy(name, &value.raw, &cmd.text);
        // A credential copied under another name is still that credential;
        // so is a credential header held whole (`H="Authorization: Bearer
        // $K"; curl -H "$H" URL`, session 39).
        match self.header_credential("", &value.raw) {
            Some(secret) => self.secret_aliases.insert(name.to_owned(), secret),
            None => self.secret_aliases.remove(name),
        };
        self.assigned_here.insert(name.to_owned());
        if sole_expansion(&value.raw) == Some("!") {
            self.job_ids.insert(name.to_owned());
        } else {
            self.job_ids.remove(name);
        }
        match self.endpoint_in(&value.raw) {
            Some(ep) => self.endpoint_aliases.insert(name.to_owned(), ep),
            None => self.endpoint_aliases.remove(name),
        };
        // agentgate's own variables (`AGENTGATE_POLICY`, `AGENTGATE_STATE_DIR`,
        // ...): the managed deployment pins the hook's policy and state on
        // its command line, so setting one changes nothing there; that the
        // agent tries to is what the security team wants to see.
        if name.starts_with("AGENTGATE_") {
            self.find(
                Obf,
                Medium,
                format!("sets {name}, one of agentgate's own variables (an attempt to redirect the hook)"),
                &cmd.text,
            );
        }
        // `XDG_STATE_HOME` picks the hook's journal and session directory
        // when nothing pins it (`$XDG_STATE_HOME/agentgate`, see
        // agentgate-hook's `run.rs`): moved to a fresh place, the journal
        // and the session's taint start empty.
        if name == "XDG_STATE_HOME" && !value.raw.is_empty() {
            self.find(
                Obf,
                Medium,
                format!("sets {name}, which moves agentgate's journal and session state (an attempt to redirect the hook)"),
                &cmd.text,
            );
        }
        match value
            .raw
            .strip_prefix('(')
            .and_then(|r| r.strip_suffix(')'))
        {
            Some(words) if value.is_dynamic() => {
                self.arrays.insert(name.to_owned(), words.to_owned());
            }
            // `c[0]=rm` changes the array `c`: its words are no longer known.
            _ => {
                self.arrays.remove(name.split('[').next().unwrap_or(name));
            }
        }
        if super::encoded::encoded_spelling(&value.raw).is_some() {
            self.encoded_vars.insert(name.to_owned());
        } else {
            self.encoded_vars.remove(name);
        }
        let v = value.value_or_raw();
        if let Some(lit) = &value.literal {
            let lit = if value.tilde && !lit.starts_with('~') {
                format!("~{lit}")
            } else {
                lit.clone()
            };
            self.vars.insert(name.to_owned(), lit);
        } else if let Some(path) = self.mktemp_path(&value.raw) {
            // `d=$(mktemp -d)`: a fresh scratch path this line made.
            self.made_here.push(path.clone());
            self.vars.insert(name.to_owned(), path);
        } else if let Some(p) =
            super::lookup::guarded_path(&self.lookup_resolved(&value.raw), &self.ctx)
        {
            // `d=$(dirname $(command -v agentgate-hook))`: the guarded
            // binary's directory (see `lookup.rs`).
            self.vars.insert(name.to_owned(), p);
        } else if let Some(d) = self.assigned_default(name, &value.raw) {
            // `GO=${GO:-go}`: the environment's value, else the default.
            self.vars.insert(name.to_owned(), d);
        } else if let Some(path) = path_lookup(&self.lookup_resolved(&value.raw))
            .and_then(|n| Some(guard::named(&n, &self.ctx).next()?.path.clone()))
        {
            // `h=$(command -v agentgate-hook)`: taken to be the guarded
            // binary of that name (as a word of its own is, in `guard_args`).
            self.vars.insert(name.to_owned(), path);
        } else if let Some(known) = self.known_value(&value.raw) {
            // `D=$HOME/.local`, `F=$D/x`: the value is known.
            self.vars.insert(name.to_owned(), known);
        } else if let Some(text) = static_substitution(&value.raw)
            .or_else(|| substitution_text(&value.raw))
            .or_else(|| decoded_value(site, &value.raw))
        {
            // `x=$(echo -e '\x63\x75\x72\x6c')`, `c=$(cat <<'EOF' ...)`,
            // `x=$(echo cm0gLXJmIH4= | base64 -d)`: fixed text.
            self.vars.insert(name.to_owned(), text);
        } else {
            // Reassigned to something unknown: forget the old value.
            self.vars.remove(name);
        }
        // A name the tables know is judged by the value it now holds
        // (`o='-javaagent:/tmp/a.jar'; JDK_JAVA_OPTIONS="$o" java`).
        // A value the line's variables spell but no known value is (`p='$(rm
        // -rf ~)'; PS4=$p`: the text of a substitution, run when PS4 is
        // shown) is judged as that text.
        let held = self
            .vars
            .get(name)
            .cloned()
            .or_else(|| self.resolve_vars(&value.raw));
        self.known_variable(name, held.as_deref().unwrap_or(v), &cmd.text, depth);
        match name {
            // `IFS= read -r line` (and mapfile) is how lines are read, and
            // `IFS=$'\n'` (only white space) how a script splits lines, not
            // a way to hide anything; other IFS changes are asked about.
            "IFS"
                if !(cmd.argv.first().is_some_and(|w| {
                    matches!(w.value_or_raw(), "read" | "mapfile" | "readarray")
                }) || value.literal.is_some() && v.chars().all(char::is_whitespace)
                    || only_prints_after(site)) =>
            {
                self.find(
                    Obf,
                    Medium,
                    "changes IFS to hide how words are split",
                    &cmd.text,
                )
            }
            n if n.split('[').next() == Some("BASH_CMDS") => self.find(
                Obf,
                High,
                "maps a command name to another program (BASH_CMDS)",
                &cmd.text,
            ),
            // `printf CMD > /tmp/e; ENV=/tmp/e sh -i`: a start-up file the
            // line wrote is judged by what it holds.
            "BASH_ENV" | "ENV" if value.literal.is_some() && self.written(v).is_some() => {
                if let Some(g) = self.written(v) {
                    self.script(&g.payload, depth + 1);
                }
            }
            "BASH_ENV" | "ENV" | "PROMPT_COMMAND" if !v.is_empty() => self.find(
                Obf,
                High,
                format!("sets {name}, which makes the shell run hidden commands"),
                &cmd.text,
            ),
            // A directory anyone can write ahead of the system's: a
            // program planted there under a command's name runs instead
            // (the PATH hijack of privilege escalation; r1cks, session 44).
            "PATH" if scratch_first(v) => self.find(
                SelfEsc,
                Medium,
                format!("puts a directory anyone can write first on PATH ({v}): a program planted there runs in place of a command"),
                &cmd.text,
            ),
            "HISTFILE" | "HISTSIZE" | "HISTFILESIZE"
                if v.is_empty() || v == "0" || v == "/dev/null" =>
            {
                self.find(
                    Obf,
                    Medium,
                    "turns off shell history (hides what ran)",
                    &cmd.text,
                )
            }
            "HUSKY" | "HUSKY_SKIP_HOOKS" | "SKIP" | "PRE_COMMIT_ALLOW_NO_CONFIG" | "LEFTHOOK"
                if name != "SKIP" || !v.is_empty() =>
            {
                if (name == "HUSKY" || name == "LEFTHOOK") && v != "0" {
                    return;
                }
                self.find(Obf, Medium, "skips the repository's git hooks", &cmd.text)
            }
            "HTTPS_PROXY" | "HTTP_PROXY" | "https_proxy" | "http_proxy" | "ALL_PROXY"
            | "all_proxy"
                if v.is_empty() =>
            {
                self.proxy_bypass = true
            }
            // Another proxy for what follows: the line's traffic (and the
            // credentials it carries) goes through a host nobody approved,
            // around the egress proxy the policy set. A loopback proxy is
            // a developer's own tool.
            "HTTPS_PROXY" | "HTTP_PROXY" | "https_proxy" | "http_proxy" | "ALL_PROXY"
            | "all_proxy"
                if value.literal.is_some()
                    && !v.contains(['$', '`'])
                    && crate::net::host_of(v).is_some_and(|h| {
                        crate::net::classify(h) != crate::net::HostClass::Local
                    }) =>
            {
                self.find(
                    Exfil,
                    Medium,
                    format!("sends what follows through the proxy {v}"),
                    &cmd.text,
                );
            }
            // Every host around the egress proxy: asked even when nothing
            // in the line connects yet (judged harder when something does).
            "NO_PROXY" | "no_proxy" if v == "*" => {
                self.proxy_bypass = true;
                self.find(
                    Obf,
                    Medium,
                    "sends every connection around the egress proxy (NO_PROXY=*)",
                    &cmd.text,
                );
            }
            // Variables that stop a client checking whose server it reaches
            // (git(1) GIT_SSL_NO_VERIFY, Node's NODE_TLS_REJECT_UNAUTHORIZED,
            // Python's PYTHONHTTPSVERIFY): anyone on the path may answer.
            "GIT_SSL_NO_VERIFY" if !v.is_empty() && v != "0" && v != "false" => {
                self.tls_off(name, &cmd.text)
            }
            "NODE_TLS_REJECT_UNAUTHORIZED" | "PYTHONHTTPSVERIFY" if v == "0" => {
                self.tls_off(name, &cmd.text)
            }
            _ => {}
        }
    }
}

impl Walker<'_> {
    fn tls_off(&mut self, name: &str, text: &str) {
        self.find(
            Exfil,
            Medium,
            format!("sets {name}, which stops clients checking the servers they reach"),
            text,
        );
    }
}

/// Every command that runs after `site` in its shell environment (its scope
/// and the scopes inside it) only prints or reads (`v=$(IFS=-; echo
/// "${a[*]}")`, `IFS=:; for p in $PATH; do echo "$p"; done`): a changed
/// IFS then joins or splits printed words and nothing else. What a
/// substitution prints and is later run is judged where it runs. Commands
/// in the line's functions count as running (`f() { ...; }; f` follows
/// `f`'s body through its name, which is no printer). Only where the
/// commands after are all known: in a subshell, substitution or pipeline
/// element (the change dies with it), or at the top of the line; a
/// function body, `eval` or `source` text is walked on its own and hands
/// its IFS on to the line that called it (`f() { IFS=,; echo x; }; f;
/// $CMD`).
fn only_prints_after(site: Site<'_>) -> bool {
    const PRINTERS: &[&str] = &[
        "echo",
        "printf",
        "read",
        "mapfile",
        "readarray",
        "true",
        ":",
    ];
    let scope = site.cmd.scope;
    (scope != 0 || site.depth == 0)
        && site
            .analysis
            .commands
            .iter()
            .skip(site.index + 1)
            .filter(|c| site.analysis.scope_chain(c.scope).any(|s| s == scope))
            .all(|c| {
                c.assignments.is_empty()
                    && c.name().is_some_and(|w| {
                        w.literal.is_some() && PRINTERS.contains(&w.value_or_raw())
                    })
            })
}

/// `x=$(echo cm0gLXJmIH4= | base64 -d)` alone on its command: the text the
/// decoders give (`$x` then runs `rm -rf ~`; session 42).
fn decoded_value(site: Site<'_>, raw: &str) -> Option<String> {
    let inner = raw.trim_matches('"');
    let whole = inner.starts_with("$(") && inner.ends_with(')') && inner.matches("$(").count() == 1;
    (whole && site.cmd.argv.is_empty() && site.cmd.assignments.len() == 1)
        .then(|| decode_chain(&children(site)))
        .flatten()
}

/// Whether a PATH value puts a world-writable directory (`/tmp`,
/// `/var/tmp`, `/dev/shm`) before the PATH it extends (or replaces it).
fn scratch_first(value: &str) -> bool {
    value
        .split(':')
        .take_while(|d| !matches!(*d, "$PATH" | "${PATH}"))
        .any(|d| {
            ["/tmp", "/var/tmp", "/dev/shm"]
                .iter()
                .any(|t| d == *t || d.strip_prefix(t).is_some_and(|r| r.starts_with('/')))
        })
}

impl Walker<'_> {
    /// `alias NAME=TEXT ...`: TEXT judged now, and each later call of
    /// NAME judged as TEXT with its arguments.
    pub(super) fn alias(&mut self, site: Site<'_>, vals: &[&str]) {
        for v in vals {
            if let Some((name, body)) = v.split_once('=') {
                // A definition with an expansion in it is read raw
                // (`kops="aws-vault exec ${AWS_PROFILE} -- kops"`): its
                // text is inside the quotes (mfa.md in kOps' docs; opsdocsg,
                // session 56, was asked as a program named by a variable).
                let body = body
                    .strip_prefix('"')
                    .and_then(|b| b.strip_suffix('"'))
                    .filter(|b| !b.contains('"'))
                    .unwrap_or(body);
                let common = matches!(
                    name,
                    "ls" | "cd"
                        | "cat"
                        | "git"
                        | "sudo"
                        | "echo"
                        | "grep"
                        | "cp"
                        | "mv"
                        | "rm"
                        | "npm"
                        | "python"
                        | "curl"
                        | "ssh"
                        | "make"
                        | "cargo"
                        | "pwd"
                );
                // `alias ls="ls --color=auto -lh"`: the command itself
                // with options (l101).
                let words: Vec<&str> = body
                    .trim_matches(|c| c == '"' || c == '\'')
                    .split_whitespace()
                    .collect();
                let with_options = words.first() == Some(&name)
                    && words.iter().skip(1).all(|w| w.starts_with('-'));
                if common && !with_options {
                    self.find(
                        Obf,
                        Medium,
                        format!("redefines the command {name} with an alias"),
                        &site.cmd.text,
                    );
                }
                self.script(body, site.depth + 1);
                // Called later with arguments (`alias x='rm -rf'; x ~`): the
                // call is judged as the alias's text followed by them, as
                // bash expands it (unquoted, so `~` and globs still expand).
                if !name.is_empty() && !body.trim().is_empty() {
                    self.functions
                        .insert(name.to_owned(), vec![format!("{} $@", body.trim())]);
                    self.aliases.insert(name.to_owned());
                }
            }
        }
    }
}
