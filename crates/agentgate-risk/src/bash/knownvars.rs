//! Variables the tables know (`agentgate_commands::ENV_VARS`): a program,
//! shell, code, library, directory or option list that another program
//! will use once the line sets it.

use agentgate_commands::{self as kb, EnvVar, Holds};

use super::Walker;
use crate::{paths, Category, Severity};

use Category::{CredentialAccess as Cred, Obfuscation as Obf};
use Severity::{High, Medium};

impl Walker<'_> {
    /// A variable assignment the tables know: a program, shell, code,
    /// library or directory that another program will use.
    pub(super) fn known_variable(&mut self, name: &str, value: &str, text: &str, depth: usize) {
        // After `PATH=.:$PATH` (or `env PATH=...`) a bare name may be the
        // agent's own file (`args.rs`: what the tool only uses, such a
        // file may print).
        if name == "PATH" && crate::pathbin::plants_programs(value, &self.ctx) {
            self.path_planted = true;
        }
        // `BASH_FUNC_f%%=() { CMD; }` (only `env` can set such a name): bash
        // defines the function f from it at start-up, so a bash started
        // with it runs CMD when f is called. Asked about (functions handed
        // over in the environment hide what runs, the Shellshock
        // mechanism) and the body judged.
        if let Some(function) = name
            .strip_prefix("BASH_FUNC_")
            .and_then(|n| n.strip_suffix("%%").or_else(|| n.strip_suffix("()")))
        {
            if let Some(body) = value.trim_start().strip_prefix("()") {
                self.out.push(
                    Obf,
                    Medium,
                    format!("hands bash the function {function} through the environment"),
                    text,
                );
                self.script(body, depth + 1);
            }
            return;
        }
        let Some(var) = kb::env_var(name) else {
            return;
        };
        if value.trim().is_empty() {
            return;
        }
        let EnvVar { read_by, holds, .. } = *var;
        let via = format!("{name} (read by {read_by})");
        let site_text = text.to_owned();
        match holds {
            Holds::Options(opts) => {
                if let Some(program) = option_program(value, opts) {
                    self.program_variable(&via, &program, &site_text, depth);
                }
            }
            Holds::Shell | Holds::Program => self.program_variable(&via, value, &site_text, depth),
            Holds::Code(lang) => {
                let esc = kb::escapes(lang);
                let runs =
                    esc.is_some_and(|e| e.runs.iter().any(|m| !m.is_empty() && value.contains(m)));
                let loads_file = value.contains("-r")
                    || value.contains("--require")
                    || value.contains("--import")
                    || value.contains("-M");
                let from_tmp = paths::tokens(value).any(|t| {
                    t.contains("/tmp/")
                        || t.contains("./")
                        || self.generated.iter().any(|g| t.ends_with(g.path.as_str()))
                });
                if runs || (loads_file && from_tmp && !self.loads_written_module(name, value)) {
                    self.out
                        .push(Obf, Medium, format!("sets {via} to run code"), &site_text);
                }
                // The command lines the code holds (`os.execute("CMD")`).
                self.value_commands(&via, value, depth, &site_text);
            }
            Holds::Library => {
                self.out.push(
                    Obf,
                    High,
                    format!("sets {via}, which loads a library into every program started"),
                    &site_text,
                );
            }
            Holds::LoadOptions(prefixes) => {
                // Each option is one word (`-javaagent:/tmp/a.jar`), or a
                // quoted value (`-XX:OnError="rm -rf ~"`, whose command
                // is judged too).
                for (opt, value) in load_options(value, prefixes) {
                    self.out.push(
                        Obf,
                        High,
                        format!("sets {via} to load or run code ({opt}{value})"),
                        &site_text,
                    );
                    if opt.starts_with("-XX:") && !value.is_empty() {
                        self.script(value, depth + 1);
                    }
                }
            }
            Holds::Settings(keys) => self.settings_file(keys, value, &via, &site_text, depth),
            // The prompt's command substitutions run each time it is shown:
            // judged as the text of an unquoted here-document, which the
            // shell expands the same way. One that does harm is also hidden
            // there (`PS4='$(rm -rf ~)' bash -xc :`), as in PROMPT_COMMAND.
            Holds::Prompt if value.contains("$(") || value.contains('`') => {
                let end = "AGENTGATE_PROMPT_END";
                let before = self.out.findings.len();
                if !value.contains(end) {
                    self.script(&format!("cat <<{end}\n{value}\n{end}"), depth + 1);
                }
                if value.contains(end) || self.out.findings.len() > before {
                    self.out.push(
                        Obf,
                        High,
                        format!("hides a command in {name}, which the shell runs when it shows that prompt"),
                        &site_text,
                    );
                }
            }
            Holds::Prompt => {}
            Holds::Identity => {
                let t = value.trim_matches('"');
                let t = t
                    .strip_prefix("FILE:")
                    .or_else(|| t.strip_prefix("DIR:"))
                    .unwrap_or(t);
                if shared_identity(t) {
                    self.out.push(
                        Cred,
                        Medium,
                        format!("points {via} at another session's or user's credentials ({t})"),
                        &site_text,
                    );
                }
            }
            Holds::ProgramDir | Holds::StartupFile => {
                let t = value.trim_matches('"');
                let controlled = t.starts_with("/tmp/")
                    || t.starts_with("/dev/shm")
                    || t.starts_with("/var/tmp/")
                    || t == "."
                    || self.generated.iter().any(|g| {
                        let p = g.path.as_str();
                        super::same_file(p, t)
                            || paths::within(p, t)
                            || (t == "." && !p.contains('/'))
                    });
                // A start-up file the line wrote is judged by what it holds
                // (`ENV=/tmp/e sh -i`, assign.rs).
                let judged = matches!(holds, Holds::StartupFile)
                    && self
                        .generated
                        .iter()
                        .any(|g| super::same_file(g.path.as_str(), t));
                if controlled && !judged {
                    self.out.push(
                        Obf,
                        Medium,
                        format!("points {via} at files it controls"),
                        &site_text,
                    );
                }
            }
        }
    }

    /// A variable set by a builtin (`printf -v NAME`, `read NAME`) rather
    /// than `NAME=VALUE`: judged as that assignment; one the tables know
    /// set to a value that cannot be known here is unverifiable (`printf -v
    /// LD_PRELOAD %s /tmp/x.so` passed, session 37).
    pub(super) fn builtin_assigned(
        &mut self,
        name: &str,
        value: Option<&str>,
        text: &str,
        depth: usize,
    ) {
        match (value, kb::env_var(name)) {
            (Some(v), _) => self.known_variable(name, v, text, depth),
            (None, Some(var)) => self.out.push(
                Category::Unverifiable,
                Medium,
                format!(
                    "sets {name} (read by {}) to a value that cannot be known before it runs",
                    var.read_by
                ),
                text,
            ),
            (None, None) => {}
        }
    }

    /// A variable (or an option in one) holding a shell command line or a
    /// program with its arguments.
    fn program_variable(&mut self, via: &str, value: &str, site_text: &str, depth: usize) {
        // A secret named in it is read by the program that runs it
        // (`LESSOPEN='echo /etc/shadow # %s'` makes less show it);
        // a key handed to a program that uses keys (`ssh -i KEY`)
        // is judged with the command itself below.
        let key_user = value
            .split_whitespace()
            .next()
            .is_some_and(|p| agentgate_commands::KEY_USERS.contains(&paths::basename(p)));
        for tok in paths::tokens(value).filter(|_| !key_user) {
            if let Some((sev, what)) = paths::credential(tok) {
                self.out
                    .push(Cred, sev, format!("hands {what} to {via}"), site_text);
            }
        }
        let v = value.trim().trim_start_matches('|').trim();
        let v = v.trim_end_matches("%s").trim_end_matches("%s %s").trim();
        let before = self.out.findings.len();
        self.script(v, depth + 1);
        self.drop_password_reads(via, before);
        let found = self.out.findings.len() > before;
        if found || self.spawns_program(v) {
            self.out.push(
                Obf,
                Medium,
                format!("sets {via} to run a shell or program"),
                site_text,
            );
        }
    }
}

/// The value `opts` gives in an option list (`-P sh\ -c\ id`, `--pager=PROG`,
/// `-PPROG`, `--to-command='CMD'`), split into words as the shell splits
/// them (quotes and backslashes undone; man's MANOPT uses only the latter).
fn option_program(list: &str, opts: &[&str]) -> Option<String> {
    let mut words: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut quote: Option<char> = None;
    let mut chars = list.chars();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some('"') | None, '\\') => cur.extend(chars.next()),
            (Some(_), c) => cur.push(c),
            (None, '\'' | '"') => quote = Some(c),
            (None, c) if c.is_whitespace() => {
                if !cur.is_empty() {
                    words.push(std::mem::take(&mut cur));
                }
            }
            (None, c) => cur.push(c),
        }
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    let mut it = words.iter();
    while let Some(w) = it.next() {
        for o in opts {
            if w == o {
                return it.next().cloned();
            }
            if let Some(v) = w.strip_prefix(o) {
                let v = if o.starts_with("--") {
                    v.strip_prefix('=')
                } else {
                    Some(v)
                };
                if let Some(v) = v.filter(|v| !v.is_empty()) {
                    return Some(v.to_owned());
                }
            }
        }
    }
    None
}

/// The options among `value` that start with one of `prefixes`, each with
/// its value: up to the next blank, or the whole of a quoted value
/// (`-XX:OnError="kill -9 %p"`).
fn load_options<'v>(value: &'v str, prefixes: &[&'static str]) -> Vec<(&'static str, &'v str)> {
    let mut found = Vec::new();
    let mut rest = value;
    while let Some((at, prefix)) = prefixes
        .iter()
        .filter_map(|p| rest.find(p).map(|i| (i, *p)))
        .min_by_key(|(i, _)| *i)
    {
        let after = rest.get(at + prefix.len()..).unwrap_or("");
        let (v, next) = match after.chars().next() {
            Some(q @ ('"' | '\'')) => {
                let inner = after.get(1..).unwrap_or("");
                match inner.find(q) {
                    Some(end) => (
                        inner.get(..end).unwrap_or(""),
                        inner.get(end + 1..).unwrap_or(""),
                    ),
                    None => (inner, ""),
                }
            }
            _ => {
                let end = after.find(char::is_whitespace).unwrap_or(after.len());
                (
                    after.get(..end).unwrap_or(""),
                    after.get(end..).unwrap_or(""),
                )
            }
        };
        found.push((prefix, v));
        rest = next;
    }
    found
}

/// Whether an agent socket or ticket cache is in a shared place, where
/// every user's live: scratch space, a runtime directory of a user named
/// by number, or a glob over them (`SSH_AUTH_SOCK`, `KRB5CCNAME`, ssh's
/// `IdentityAgent`).
pub(super) fn shared_identity(t: &str) -> bool {
    let path = paths::system_path(t);
    paths::temp_root(&path).is_some()
        || path.starts_with("/run/user/")
        || (t.contains('*') && (t.contains("/tmp") || t.contains("/run/")))
}
