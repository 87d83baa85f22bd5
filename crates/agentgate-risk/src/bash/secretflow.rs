//! Where a secret variable's value goes besides `echo`/`printf` (args.rs):
//! into a program's standard input (a here-string or here-document the
//! shell expands), into interpreter code (expanded by the shell, or read by
//! name: `$ENV{X}`, `process.env.X`, `ENVIRON["X"]`, jq's `env.X`), or out
//! through `declare -p`. A filter or code that prints it shows the secret
//! to the agent; a login that reads a password from its standard input
//! uses it unseen (found by attacking `echo $GITHUB_TOKEN`'s rule,
//! session 44).

use super::*;

/// Programs that print (a transform of) what they read on their standard
/// input: a secret fed to one reaches the agent.
const STDIN_PRINTERS: &[&str] = &[
    "cat", "tac", "tee", "base64", "base32", "basenc", "xxd", "od", "hexdump", "hd", "rev", "tr",
    "sed", "head", "tail", "cut", "sort", "uniq", "grep", "egrep", "fgrep", "rg", "jq", "yq",
    "fold", "fmt", "nl", "paste", "column", "iconv", "less", "more", "strings", "dd",
];

/// File utilities that print their operands, or name them in an error
/// (`ls: cannot access 'ghp_...'`), or make a file a listing shows
/// (`mkdir "$T"; ls`). `cat`, `tee`, `xxd`, `base64` and `od` are args.rs's.
const NAME_PRINTERS: &[&str] = &[
    "ls", "touch", "mkdir", "rmdir", "stat", "file", "du", "wc", "head", "tail", "less", "more",
    "cp", "mv", "ln", "rm", "cd", "readlink", "realpath", "basename", "dirname", "chmod", "chown",
    "chgrp", "tree", "truncate",
];

/// Calls that print in interpreter code (lower case; matched on the code
/// in lower case).
const PRINTS: &[&str] = &[
    "print",
    "console.",
    "puts",
    "echo",
    "say ",
    "say(",
    "write(",
    ".write",
    "system.out",
    "pp(",
    "var_dump",
    "display dialog",
    "alert(",
    "log(",
];

/// How interpreter code reads one variable of the environment by name:
/// each accessor, followed by the name (after any quote or bracket).
const ENV_ACCESSORS: &[&str] = &[
    "environ[",
    "environ.get(",
    "getenv(",
    "Getenv(",
    "ENV[",
    "ENV.fetch(",
    "$ENV{",
    "process.env.",
    "process.env[",
    "ENVIRON[",
    "env.get(",
    "$env:",
    // jq: `env.X`, `$ENV.X`, `env["X"]`.
    "env.",
    "env[",
    "$ENV.",
    "$ENV[",
];

/// Whether awk `code` reads the environment only one variable at a time,
/// each by a quoted name (`ENVIRON["SHELL"]`, clitp session 46): no dump of
/// it (`for (k in ENVIRON)`). A secret's name is judged by [`env_names`].
pub(super) fn names_each_variable(code: &str) -> bool {
    let all = code.matches("ENVIRON").count();
    all > 0 && all == code.matches("ENVIRON[\"").count() + code.matches("ENVIRON['").count()
}

/// Whether every read of the environment in `code` names one variable and
/// none is a secret's (`URI.open(ENV["url"])`, rubyol session 47): the code
/// sends no environment it did not name; a dump (`os.environ`, `ENV.to_h`)
/// or a secret's name is still the environment sent.
pub(super) fn env_reads_only_plain_names(code: &str) -> bool {
    let names = env_names(code);
    if names.is_empty()
        || names.iter().any(|n| super::credsend::is_secret_name(n))
        || !accessors_name_literals(code)
    {
        return false;
    }
    let rest = ENV_ACCESSORS
        .iter()
        .fold(code.to_owned(), |acc, a| acc.replace(a, " "));
    // Ruby's `ENV.select`, `ENV.to_s`: the environment read whole.
    let lower = rest.to_ascii_lowercase();
    !crate::code::word_starts(&rest, "ENV.") && !crate::code::ENV.iter().any(|p| lower.contains(p))
}

/// Whether every environment accessor in `code` is handed a literal name
/// (`ENV["X"]`, `getenv('X')`, `$ENV{X}`, `process.env.X`), not a value
/// computed at run time (`ENV[k]`, `os.environ.get(k)`, `$ENV{$k}`): a
/// variable may hold a secret's name (found attacking this rule, s47).
fn accessors_name_literals(code: &str) -> bool {
    ENV_ACCESSORS.iter().all(|acc| {
        code.match_indices(acc).all(|(i, _)| {
            let next = code.get(i + acc.len()..).and_then(|r| r.chars().next());
            match acc.chars().last() {
                Some('[' | '(') => matches!(next, Some('"' | '\'')),
                Some('{') => next.is_some_and(|c| c.is_ascii_alphabetic() || c == '_'),
                _ => true,
            }
        })
    })
}

/// Whether `code` reads the environment only by name ([`names_each_variable`]
/// for awk, [`env_reads_only_plain_names`] for the other languages).
pub(super) fn names_each_plain_variable(code: &str) -> bool {
    names_each_variable(code) || env_reads_only_plain_names(code)
}

/// The variables `code` reads from the environment by name.
pub(super) fn env_names(code: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for acc in ENV_ACCESSORS {
        for (i, _) in code.match_indices(acc) {
            // `xenv.` is not `env.`: the accessor starts a word.
            let before = code.get(..i).and_then(|b| b.chars().next_back());
            if acc.starts_with(|c: char| c.is_ascii_alphabetic())
                && before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
            {
                continue;
            }
            let after = code.get(i + acc.len()..).unwrap_or("");
            let after = after.trim_start_matches(['"', '\'', ':', ' ']);
            let end = after
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(after.len());
            if let Some(name) = after.get(..end).filter(|n| !n.is_empty()) {
                out.push(name);
            }
        }
    }
    out
}

/// Whether interpreter code (or a jq filter) prints what it computes
/// (also interp.rs's "prints the environment").
pub(super) fn prints(code: &str) -> bool {
    let lower = code.to_ascii_lowercase();
    PRINTS.iter().any(|p| lower.contains(p))
}

/// A word that is code rather than a script path or a plain value.
fn code_like(v: &str) -> bool {
    v.contains(['(', ' ', '{', ';', '\n'])
}

impl Walker<'_> {
    pub(super) fn secret_flow(
        &mut self,
        site: Site<'_>,
        name: &str,
        rest: &[Arg<'_>],
        vals: &[&str],
    ) {
        let text = &site.cmd.text;
        let base = util::versioned_interpreter(name);
        let interpreter = INTERPRETERS.contains(&base);
        let jq = matches!(name, "jq" | "gojq" | "jaq" | "yq");
        let login = util::reads_password_stdin(vals);
        let used = login || fed_to_login(site);
        // A here-string or expanding here-document: its text, secrets
        // expanded, is the program's input.
        for r in &site.cmd.redirects {
            let Some(input) = r.input_text.as_deref().filter(|_| !r.input_static) else {
                continue;
            };
            let Some(var) = self.secrets_in(input).into_iter().next() else {
                continue;
            };
            let shown = if interpreter {
                prints(input)
            } else {
                STDIN_PRINTERS.contains(&name)
            };
            if shown && !used {
                self.find(
                    Cred,
                    High,
                    format!("prints the secret variable ${var} (fed to {name} on its input)"),
                    text,
                );
            }
            // Into a program already found sending its input off the
            // machine (`gh gist create <<< "$T"`): the secret goes along.
            let sends = self
                .out
                .findings
                .iter()
                .any(|f| f.category == Exfil && f.evidence == *text);
            if sends && !used {
                self.find(
                    Exfil,
                    Critical,
                    format!(
                        "sends the secret variable ${var} off the machine ({name}, on its input)"
                    ),
                    text,
                );
            }
        }
        if interpreter || jq {
            // A jq filter is code however short (`env.X`).
            let code: Vec<&str> = vals
                .iter()
                .copied()
                .filter(|v| code_like(v) || jq && !v.starts_with('-'))
                .collect();
            let code_text = code.join("\n");
            let printing = jq
                || prints(&code_text)
                || base == "node" && vals.iter().any(|v| matches!(*v, "-p" | "--print" | "-pe"));
            if !code.is_empty() && printing && !used {
                // Expanded by the shell into the code or its variables
                // (`python3 -c "print('$T')"`, `awk -v t="$T" ...`).
                let expanded = rest
                    .iter()
                    .filter(|a| a.word.has_parameter_expansion)
                    .find_map(|a| self.secrets_in(&a.word.raw).into_iter().next());
                // Read by name from the environment.
                let by_name = env_names(&code_text)
                    .into_iter()
                    .find(|n| is_secret_name(n))
                    .map(str::to_owned);
                if let Some(var) = expanded.or(by_name) {
                    self.find(
                        Cred,
                        High,
                        format!("prints the secret variable ${var} ({name} code)"),
                        text,
                    );
                }
            }
        }
        self.secret_operands(name, rest, vals, text);
        // `declare -p NAME` (and typeset, export, readonly, local) shows
        // the variable's value.
        if DECLARERS.contains(&name) && vals.iter().any(|v| v.starts_with('-') && v.contains('p')) {
            if let Some(var) = vals
                .iter()
                .find(|v| !v.starts_with('-') && is_secret_name(v))
            {
                self.find(
                    Cred,
                    High,
                    format!("prints the secret variable ${var} ({name} -p)"),
                    text,
                );
            }
        }
    }
}

impl Walker<'_> {
    /// A secret as a file utility's file name, in a commit or tag message,
    /// or in the script of an in-place sed edit: shown, or written where
    /// it is read back (`git log`, `cat`).
    fn secret_operands(&mut self, name: &str, rest: &[Arg<'_>], vals: &[&str], text: &str) {
        let expanded = |a: &Arg<'_>| {
            a.word
                .has_parameter_expansion
                .then(|| self.secrets_in(&a.word.raw).into_iter().next())
                .flatten()
        };
        let after = |i: usize, test: &dyn Fn(&str) -> bool| {
            i.checked_sub(1)
                .and_then(|p| rest.get(p))
                .is_some_and(|p| test(p.v()))
        };
        // Any word: an option's value comes back in its error too
        // (`head -n "$T"`: "invalid number of lines: 'ghp_...'").
        let named = NAME_PRINTERS
            .contains(&name)
            .then(|| rest.iter().find_map(expanded))
            .flatten();
        let message = |v: &str| {
            v == "--message" || v.starts_with('-') && !v.starts_with("--") && v.ends_with('m')
        };
        let git_note = name == "git"
            && vals
                .get(super::gitcred::sub_command_at(vals))
                .is_some_and(|sub| matches!(*sub, "commit" | "tag" | "notes" | "stash" | "merge"));
        let noted = git_note
            .then(|| {
                rest.iter().enumerate().find_map(|(i, a)| {
                    (after(i, &message)
                        || a.v().starts_with("--message=")
                        || a.v().starts_with("-m"))
                    .then(|| expanded(a))
                    .flatten()
                })
            })
            .flatten();
        // Into a file that is itself a credential store (`.env`), whose
        // reads are guarded, the secret goes where secrets belong.
        let in_place = matches!(name, "sed" | "gsed")
            && vals
                .iter()
                .any(|v| v.starts_with("-i") || *v == "--in-place")
            && !vals
                .iter()
                .any(|v| !v.starts_with('-') && self.credential_at(v).is_some());
        let edited = in_place.then(|| rest.iter().find_map(expanded)).flatten();
        // `kubectl create ... -o yaml` prints the object it made, each
        // literal's value in its data (session 58: `create secret generic
        // x --from-literal=a=$AWS_SECRET_ACCESS_KEY -o yaml` passed).
        let made = (matches!(name, "kubectl" | "oc")
            && super::cloudverbs::command_words(name, vals)
                .first()
                .is_some_and(|(_, w)| *w == "create")
            && super::cloudverbs::kubectl_prints_data(vals))
        .then(|| rest.iter().find_map(expanded))
        .flatten();
        if let Some(var) = made {
            self.find(
                Cred,
                High,
                format!("prints the secret variable ${var} ({name} create prints the object it made, data included)"),
                text,
            );
        }
        if let Some(var) = named {
            self.find(
                Cred,
                High,
                format!(
                    "prints the secret variable ${var} (as a file name {name} shows or reports)"
                ),
                text,
            );
        }
        if let Some(var) = noted {
            self.find(
                Cred,
                High,
                format!("writes the secret variable ${var} into the repository's history (git log shows it, a push publishes it)"),
                text,
            );
        }
        if let Some(var) = edited {
            self.find(
                Cred,
                Medium,
                format!("writes the secret variable ${var} into the file it edits (where it can be read back)"),
                text,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_names_reads_each_accessor() {
        for (code, name) in [
            ("print $ENV{GITHUB_TOKEN}", "GITHUB_TOKEN"),
            ("puts ENV[\"NPM_TOKEN\"]", "NPM_TOKEN"),
            ("console.log(process.env.OPENAI_API_KEY)", "OPENAI_API_KEY"),
            (
                "print(os.environ['AWS_SECRET_ACCESS_KEY'])",
                "AWS_SECRET_ACCESS_KEY",
            ),
            ("print(os.getenv(\"X_TOKEN\"))", "X_TOKEN"),
            ("BEGIN{print ENVIRON[\"GH_TOKEN\"]}", "GH_TOKEN"),
            ("env.GITHUB_TOKEN", "GITHUB_TOKEN"),
            ("$ENV.STRIPE_KEY", "STRIPE_KEY"),
        ] {
            assert!(env_names(code).contains(&name), "{code}");
        }
        assert!(env_names("setenv.x").is_empty());
    }
}
