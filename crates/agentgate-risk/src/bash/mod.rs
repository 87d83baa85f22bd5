//! The Bash walker: every command that would run, through every wrapper.

use std::collections::{HashMap, HashSet};

mod archives;
mod args;
mod asroot;
mod assign;
mod awk;
mod bound;
mod captured;
mod carried;
mod cloned;
mod cloudverbs;
mod codeargs;
mod containers;
mod credsend;
mod devices;
mod devtools;
mod display;
mod dns;
mod download;
mod dynamic;
mod editors;
mod embedded;
mod encoded;
mod encrypt;
mod endpoints;
mod environ;
mod exec;
mod find;
mod flow;
mod gh;
mod git;
mod gitcred;
mod gitenv;
pub(crate) mod gitremote;
mod gtfo;
mod incontainer;
mod interp;
mod kills;
mod knowledge;
mod knownvars;
mod listing;
mod lists;
mod lookup;
mod mail;
mod markers;
mod modes;
mod netcat;
mod network;
mod notation;
mod npx;
mod passhash;
mod pkgrun;
mod preload;
mod produced;
mod quoted;
mod rclone;
mod redirects;
mod remote;
mod remove;
mod secretflow;
mod secretsearch;
mod servers;
mod settingsfile;
mod shellenv;
mod simple;
mod smb;
mod sources;
mod spans;
mod sshfwd;
mod subwords;
mod sysdest;
mod system;
mod unknown;
mod upload;
mod urldata;
mod usedfiles;
mod util;
mod values;
mod vault;
mod verbs;
mod wholetext;
mod windows;
mod wrappers;
mod written;
mod xargs;

use crate::net::{self, HostClass};
use crate::{code, decode, guard, paths, Assessment, Category, Context, Severity};
use agentgate_shell::{analyze, Analysis, Limits, RedirectKind, SimpleCommand, Word};
pub(crate) use gitcred::sub_command_at as git_sub_command_at;
pub(crate) use unknown::known_command;

use Category::{
    CredentialAccess as Cred, Destructive as Destr, Exfiltration as Exfil, Obfuscation as Obf,
    RemoteCodeExec as Rce, SelfEscalation as SelfEsc, Unverifiable,
};
use Severity::{Critical, High, Medium};

/// How many scripts deep (`bash -c "eval '...'"`) the walker follows.
const MAX_DEPTH: usize = 6;
/// The longest function body, with its call's arguments, the walker follows.
const MAX_EXPANSION: usize = 16 * 1024;
/// How many function-body commands one assessment follows in total.
const MAX_FUNCTION_LINES: usize = 256;
/// How many nested scripts one assessment may open in total.
const MAX_SCRIPTS: usize = 64;

pub(crate) struct Walker<'c> {
    /// The context; `cd` earlier in the line changes its working directory.
    ctx: std::borrow::Cow<'c, Context>,
    out: Assessment,
    scripts: usize,
    /// Literal variable values assigned earlier in the command line.
    vars: HashMap<String, String>,
    /// Variables with several possible values (`for v in a b c`).
    alts: HashMap<String, Vec<String>>,
    /// Directories the line creates again (`mkdir`, `cp`/`mv` destinations):
    /// deleting one of these first is regenerating it, not losing work.
    recreated: Vec<String>,
    /// Files and directories this line makes anywhere (outputs, copies,
    /// redirect targets, unpack directories): a program run from a
    /// temporary directory is known only when the line made it.
    made_here: Vec<String>,
    /// Files a listing was saved to (`find ~ > l`), with the lister's line.
    listed_into: Vec<(String, String)>,
    /// A `cd` to a directory that cannot be known (`cd "$X"`, `cd -`) ran:
    /// relative paths after it point nobody knows where.
    cwd_unknown: bool,
    /// The next `script` runs in this shell (see `script_same_shell`).
    same_shell: bool,
    /// Functions defined in the line, with their bodies' commands.
    functions: HashMap<String, Vec<String>>,
    /// Text held by numbered descriptors (`exec 3<<< TEXT`).
    fd_text: HashMap<i32, String>,
    /// Descriptors a shell reads (`exec 5> >(bash)`): what is written runs.
    fd_shells: HashSet<i32>,
    /// Function-body commands followed so far (see `MAX_FUNCTION_LINES`).
    function_lines: usize,
    /// Aliases defined, and those expanding now (not inside their own text).
    aliases: HashSet<String>,
    expanding_aliases: Vec<String>,
    /// Written files whose commands are being judged now: a recipe that
    /// runs the same program on the same file again (`make check` in a
    /// written Makefile) is judged once, not until the nesting limit. Kept
    /// with the text: a recipe that rewrites the file first is read anew.
    reading_files: Vec<(String, String)>,
    /// Files fetched earlier in the line, with the one URL each came from.
    downloaded: Vec<(String, Option<String>)>,
    /// Whether `escapes`' last code showed every command it runs literally.
    escapes_shown: bool,
    /// How deep `code_loads` is in files that load files (bounded).
    code_loads_depth: usize,
    /// Repositories cloned earlier in the line (directory, None if built at
    /// run time; host; whether well known): building one runs its code.
    cloned: Vec<(Option<String>, String, bool)>,
    /// Secrets files `git add` staged earlier in the line (file, what).
    staged_secrets: Vec<(String, &'static str)>,
    /// Whether an archive fetched earlier in the line was unpacked.
    download_unpacked: bool,
    /// Copies and links of a shell under other names (`cp /bin/sh x`).
    shell_copies: Vec<String>,
    /// Copies of programs out of temporary dirs the line did not make.
    temp_copies: Vec<String>,
    /// Directories a shell was copied into under its own name.
    shell_dirs: Vec<String>,
    /// Copies of other known programs (path, program): `cp /bin/rm ./x`.
    program_copies: Vec<(String, String)>,
    /// Variables assigned text spelled with an encoding (`X=$'cat\x20f'`).
    encoded_vars: HashSet<String>,
    /// Variables the line assigned a credential variable's value to
    /// (`t=$AWS_SECRET_ACCESS_KEY`), and that credential's name.
    secret_aliases: HashMap<String, String>,
    /// While a command whose output a variable captures is judged: that
    /// variable, and the name its credential goes by (a variable of the
    /// printer's service, else its own). A credential it prints makes the
    /// variable a secret instead of a finding (`captured.rs`).
    captured: Option<(String, String)>,
    /// Variables holding a credential endpoint's variable (`u=$IDENTITY_ENDPOINT`).
    endpoint_aliases: HashMap<String, &'static agentgate_commands::CredentialEndpointVar>,
    /// Every variable the line assigns (its `TF_TOKEN_<host>` names no host).
    assigned_here: HashSet<String>,
    /// Variables last assigned `$!`, a job this line started (`kills.rs`).
    job_ids: HashSet<String>,
    /// Positional parameters set by `set -- ...` earlier in the line.
    positional: Option<Vec<String>>,
    /// Names a function body sets from its parameters (`local -n v=$1`).
    param_vars: HashSet<String>,
    /// Files written earlier in the line, with what they hold.
    generated: Vec<Generated>,
    /// Git remotes pointed elsewhere and rclone remotes defined earlier in
    /// the line or the session (`gitremote.rs`, `rclone.rs`).
    new_remotes: Vec<gitremote::Pointed>,
    /// Proxy settings were removed earlier in the command line.
    proxy_bypass: bool,
    /// PATH was given a directory the agent can write (`PATH=.:$PATH`).
    path_planted: bool,
    /// npm packages installed earlier in the line (`npx deno` runs it).
    installed: Vec<String>,
    /// Arrays assigned earlier in the line, as their words (`a=(rm -rf ~)`).
    arrays: HashMap<String, String>,
    /// The whole command line as given: whether it mentions a variable by
    /// name decides if the environment's value of it holds.
    top: String,
    /// A file was sourced (`. x`, `source x`) or text only known at run
    /// time evaluated (`eval "$(cmd)"`): any variable or positional
    /// parameter may have been set.
    sourced: bool,
    /// Texts `script` judged in this walk: `embedded.rs` does not judge a
    /// span again that was already judged as the script it is.
    scripted: HashSet<String>,
}

/// A file written earlier in the command line.
#[derive(Clone)]
struct Generated {
    /// The path as written (or `$NAME` for a file named by a variable).
    path: String,
    /// What it holds: known text, or empty when a decoder wrote it from
    /// data the line does not show.
    payload: String,
    /// Some write to it went through a decoder (base64, xxd, rev, tr...),
    /// as opposed to plain `echo`/`printf`/here-documents.
    decoded: bool,
    /// A later write added text the line does not show (`echo "$(tty)"
    /// >> f`): `payload` is only part of it.
    partial: bool,
}

/// One argument: its value when static, else its text as written.
#[derive(Clone, Copy)]
struct Arg<'a> {
    word: &'a Word,
}

impl<'a> Arg<'a> {
    fn v(&self) -> &'a str {
        self.word.value_or_raw()
    }
    fn dynamic(&self) -> bool {
        self.word.is_dynamic()
    }
}

/// Where a command sits, for pipeline and nesting lookups.
#[derive(Clone, Copy)]
struct Site<'a> {
    analysis: &'a Analysis,
    index: usize,
    cmd: &'a SimpleCommand,
    depth: usize,
}

use credsend::{is_secret_name, names_location};
use devices::is_disk_device;
use lists::*;
use lookup::{path_lookup, path_lookups};
use network::*;
use remove::*;
use shellenv::ShellEnv;
use util::*;
use wrappers::*;

impl<'c> Walker<'c> {
    pub(crate) fn new(ctx: &'c Context) -> Self {
        Self {
            ctx: std::borrow::Cow::Borrowed(ctx),
            out: Assessment::default(),
            scripts: 0,
            vars: HashMap::new(),
            alts: HashMap::new(),
            recreated: Vec::new(),
            made_here: Vec::new(),
            listed_into: Vec::new(),
            cwd_unknown: false,
            same_shell: false,
            functions: HashMap::new(),
            fd_text: HashMap::new(),
            fd_shells: HashSet::new(),
            function_lines: 0,
            aliases: HashSet::new(),
            expanding_aliases: Vec::new(),
            reading_files: Vec::new(),
            downloaded: Vec::new(),
            escapes_shown: false,
            code_loads_depth: 0,
            cloned: Vec::new(),
            staged_secrets: Vec::new(),
            download_unpacked: false,
            shell_copies: Vec::new(),
            temp_copies: Vec::new(),
            shell_dirs: Vec::new(),
            program_copies: Vec::new(),
            encoded_vars: HashSet::new(),
            secret_aliases: HashMap::new(),
            captured: None,
            endpoint_aliases: HashMap::new(),
            assigned_here: HashSet::new(),
            job_ids: HashSet::new(),
            positional: None,
            param_vars: HashSet::new(),
            generated: Vec::new(),
            new_remotes: gitremote::from_session(ctx),
            proxy_bypass: false,
            path_planted: false,
            installed: Vec::new(),
            arrays: HashMap::new(),
            top: String::new(),
            sourced: false,
            scripted: HashSet::new(),
        }
    }

    pub(crate) fn finish(self) -> Assessment {
        self.out
    }

    fn find(&mut self, cat: Category, sev: Severity, reason: impl Into<String>, evidence: &str) {
        let reason = reason.into();
        if let Some((var, secret)) = &self.captured {
            if cat == Cred && captured::holds(&reason, var) {
                // A secret variable echoed into the capture keeps its name
                // (and so its service): `T=$(echo $GITHUB_TOKEN)`.
                let named = reason
                    .split_once('$')
                    .map(|(_, r)| r.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')))
                    .and_then(|mut w| w.next())
                    .filter(|n| !n.is_empty())
                    .map(str::to_owned);
                self.secret_aliases
                    .insert(var.clone(), named.unwrap_or_else(|| secret.clone()));
                return;
            }
        }
        self.out.push(cat, sev, reason, evidence);
    }

    /// Assesses a script (a command line, a `-c` string, a decoded payload).
    /// Runs `f` as a probe: what it finds is returned, not kept, and the
    /// text it judged does not count as judged, so the embedded reading
    /// still reads it (`go build -toolexec F` of a file holding `git push
    /// origin :release/2.4` left no finding: regressions_s21).
    pub(super) fn probe(&mut self, f: impl FnOnce(&mut Self)) -> Vec<crate::Finding> {
        let scripted = self.scripted.clone();
        let before = self.out.findings.len();
        f(self);
        self.scripted = scripted;
        self.out.findings.drain(before..).collect()
    }

    pub(crate) fn script(&mut self, src: &str, depth: usize) {
        if self.scripts == 0 {
            src.clone_into(&mut self.top);
        }
        self.scripts += 1;
        if self.scripted.len() < MAX_SCRIPTS {
            self.scripted.insert(src.trim().to_owned());
        }
        if depth > MAX_DEPTH || self.scripts > MAX_SCRIPTS {
            self.find(
                Unverifiable,
                Medium,
                "nests shells and wrappers too deeply to check",
                src,
            );
            return;
        }
        self.text_checks(src);
        // Invisible and direction-changing characters (zero-width joiners,
        // right-to-left overrides), raw or as `$'\u200d'` escapes: a name
        // that does not read as what it is (ATT&CK T1036).
        const INVISIBLE: &[char] = &[
            '\u{200b}', '\u{200c}', '\u{200d}', '\u{200e}', '\u{200f}', '\u{202a}', '\u{202b}',
            '\u{202c}', '\u{202d}', '\u{202e}', '\u{2060}', '\u{2066}', '\u{2067}', '\u{2068}',
            '\u{2069}', '\u{feff}',
        ];
        let lower = src.to_ascii_lowercase();
        if src.contains(INVISIBLE)
            || ["\\u200", "\\u202", "\\u206", "\\u2060", "\\ufeff"]
                .iter()
                .any(|e| lower.contains(e))
        {
            self.find(
                Obf,
                Medium,
                "uses invisible or direction-changing characters (names that do not read as what they are)",
                src,
            );
        }
        for inner in quoted_evaluated_commands(src) {
            self.find(
                Obf,
                High,
                format!("hides a command in quoted text that bash evaluates again ({inner})"),
                src,
            );
            self.script(&inner, depth + 1);
        }
        if quoted::unquoted_ifs(src) {
            self.find(Obf, High, "uses $IFS to hide the spaces between words", src);
            let replaced = src
                .replace("${IFS}", " ")
                .replace("${IFS:0:1}", " ")
                .replace("$IFS", " ");
            if replaced != src {
                self.script(&replaced, depth + 1);
            }
        }
        let analysis = match analyze(src, &Limits::default()) {
            Ok(a) => unknown::folded_case(a),
            Err(e) => {
                self.find(
                    Unverifiable,
                    Medium,
                    format!("cannot be parsed, so it cannot be checked ({e})"),
                    src,
                );
                // Still look for the worst patterns in the raw text.
                self.raw_text_fallback(src);
                return;
            }
        };
        self.note_recreated(&analysis);
        for f in &analysis.functions {
            let body: Vec<String> = analysis
                .commands
                .get(f.commands.clone())
                .unwrap_or(&[])
                .iter()
                .map(|c| c.text.clone())
                .collect();
            self.functions.insert(f.name.clone(), body);
        }
        for b in &analysis.loop_bindings {
            let values: Vec<String> = b
                .values
                .iter()
                .take(32)
                .map(|w| w.value_or_raw().to_owned())
                .collect();
            self.alts.insert(b.name.clone(), values);
        }
        // The state of each shell environment (directory, variables,
        // arrays, positional parameters): a `cd` or assignment in a
        // subshell, substitution, pipeline element or background job holds
        // only there (`(cd /tmp); rm -rf *` deletes the project's files),
        // as in a script another shell runs; `eval`, `source` and
        // functions run here (`same_shell`).
        let keep = std::mem::take(&mut self.same_shell);
        let entry = self.shell_env();
        let mut envs: HashMap<usize, ShellEnv> = HashMap::new();
        let mut last_scope = 0;
        // The `&&`/`||` list of a `cd` that may not have run: after that
        // list, the directory is one of two (`cd ~; false && cd /tmp; rm
        // -rf *`), so it counts as unknown.
        let mut cwd_doubt: Option<usize> = None;
        for index in 0..analysis.commands.len() {
            if let Some(cmd) = analysis.commands.get(index) {
                if cmd.scope != last_scope {
                    let here = analysis
                        .scope_chain(cmd.scope)
                        .find_map(|s| envs.get(&s))
                        .unwrap_or(&entry)
                        .clone();
                    self.set_shell_env(here);
                    last_scope = cmd.scope;
                }
                if cwd_doubt.is_some_and(|list| list != cmd.and_or) {
                    self.cwd_unknown = true;
                }
                let before = self.shell_env();
                let site = Site {
                    analysis: &analysis,
                    index,
                    cmd,
                    depth,
                };
                let outer = self.captured.take();
                self.captured = captured::captured_into(site).map(|var| {
                    let words: Vec<&str> = cmd.argv.iter().map(|w| w.value_or_raw()).collect();
                    let secret = agentgate_commands::token_printer(&words)
                        .map_or_else(|| var.clone(), |p| p.var.to_owned());
                    (var, secret)
                });
                self.command(site);
                self.captured = outer;
                let mut after = self.shell_env();
                if after != before {
                    if after.cwd != before.cwd || after.cwd_unknown != before.cwd_unknown {
                        cwd_doubt = cmd.conditional.then_some(cmd.and_or);
                    }
                    // An assignment that may not run leaves the old value
                    // possible too (`d=~; false && d=/tmp/x; rm -rf "$d"`).
                    if cmd.conditional {
                        for (name, old) in &before.vars {
                            if after.vars.get(name) != Some(old) {
                                let alts = after.alts.entry(name.clone()).or_default();
                                if !alts.contains(old) {
                                    alts.push(old.clone());
                                }
                            }
                        }
                        self.set_shell_env(after.clone());
                    }
                    envs.insert(cmd.scope, after);
                }
            }
        }
        let end = if keep {
            envs.remove(&0).unwrap_or(entry)
        } else {
            entry
        };
        self.set_shell_env(end);
    }

    /// `$HOME...` / `${HOME}...`, which the path code resolves itself.
    fn home_based(raw: &str) -> bool {
        paths::starts_with_home_var(raw.trim_start_matches('"'))
    }

    /// Remembers the directories this line creates (see `recreated`).
    fn note_recreated(&mut self, analysis: &Analysis) {
        for c in &analysis.commands {
            let words: Vec<&str> = c.argv.iter().map(Word::value_or_raw).collect();
            let Some((name, args)) = words.split_first() else {
                continue;
            };
            let operands: Vec<&str> = args
                .iter()
                .copied()
                .filter(|a| !a.starts_with('-'))
                .collect();
            // Outputs, unpack directories and redirect targets.
            let mut outputs: Vec<&str> = args
                .windows(2)
                .filter_map(|w| match w {
                    [opt, v]
                        if matches!(
                            *opt,
                            "-o" | "--output"
                                | "-out"
                                | "--out"
                                | "--outdir"
                                | "--out-dir"
                                | "-C"
                                | "-d"
                                | "--target-dir"
                                | "--directory"
                        ) =>
                    {
                        Some(*v)
                    }
                    // `python3 -m venv DIR`, `uv venv DIR`, `virtualenv DIR`.
                    ["venv", v] if !v.starts_with('-') => Some(*v),
                    _ => None,
                })
                .collect();
            if paths::basename(name) == "virtualenv" {
                outputs.extend(operands.first().copied());
            }
            outputs.extend(
                c.redirects
                    .iter()
                    .filter(|r| matches!(r.kind, RedirectKind::Write | RedirectKind::Append))
                    .filter_map(|r| r.target.as_ref().and_then(|t| t.literal.as_deref())),
            );
            if matches!(
                paths::basename(name),
                "cp" | "mv" | "install" | "ln" | "ditto" | "rsync"
            ) {
                outputs.extend(operands.last().copied());
            }
            if paths::basename(name) == "mkdir" {
                outputs.extend(operands.iter().copied());
            }
            for o in outputs {
                if let Some(abs) = paths::absolute(o, o, o.starts_with('~'), &self.ctx) {
                    self.made_here.push(abs);
                }
            }
            let made: Vec<String> = match paths::basename(name) {
                "mkdir" => operands.iter().map(|o| (*o).to_owned()).collect(),
                "cp" | "mv" | "rsync" if operands.len() >= 2 => {
                    let (dest, sources) = match operands.split_last() {
                        Some((d, s)) => (*d, s),
                        None => continue,
                    };
                    let mut v = vec![dest.to_owned()];
                    for src in sources {
                        v.push(format!(
                            "{}/{}",
                            dest.trim_end_matches('/'),
                            paths::basename(src)
                        ));
                    }
                    v
                }
                _ => continue,
            };
            for m in made {
                // `initramfs/{bin,sbin}`: the literal part is what is made.
                let lit = m.split(['{', '*', '?']).next().unwrap_or("");
                let lit = lit.trim_end_matches('/');
                if lit.is_empty() {
                    continue;
                }
                if let Some(abs) = paths::absolute(lit, lit, lit.starts_with('~'), &self.ctx) {
                    self.recreated.push(abs);
                }
            }
        }
    }

    fn command(&mut self, site: Site<'_>) {
        let cmd = site.cmd;
        for a in &cmd.assignments {
            self.assignment(&a.name, &a.value, site);
            self.listing_assigned(&a.name, &a.value.raw);
            self.variable_preloads(site, &a.name, a.value.value_or_raw());
        }
        for r in &cmd.redirects {
            self.redirect(r, cmd);
        }
        // `exec 3<<< 'TEXT'`: descriptor 3 holds the text for later
        // readers (`bash <&3`).
        if cmd.argv.len() == 1 && cmd.name().is_some_and(|n| n.value_or_raw() == "exec") {
            for r in &cmd.redirects {
                if let (Some(fd), Some(text)) = (r.fd.filter(|fd| *fd > 2), &r.input_text) {
                    self.fd_text.insert(fd, text.clone());
                }
            }
        }
        // `exec {v}<<< 'TEXT'`: bash picks a descriptor (10 or more) and
        // puts its number in `v`; `bash <&$v` reads the text.
        if let [exec, var] = cmd.argv.as_slice() {
            let name = var
                .value_or_raw()
                .strip_prefix('{')
                .and_then(|v| v.strip_suffix('}'))
                .filter(|v| util::is_identifier(v));
            if let (true, Some(name), Some(text)) = (
                exec.value_or_raw() == "exec",
                name,
                cmd.redirects.iter().find_map(|r| r.input_text.as_ref()),
            ) {
                let fd = 10 + i32::try_from(self.fd_text.len()).unwrap_or(0);
                self.fd_text.insert(fd, text.clone());
                self.vars.insert(name.to_owned(), fd.to_string());
                return;
            }
        }
        if cmd.argv.is_empty() {
            return;
        }
        // After `set -- ARGS`, a command using `$@`/`$1` is judged with
        // those arguments in place instead of as unknown values.
        if self.positional_values(site) {
            return;
        }
        self.assign_defaults(&cmd.argv);
        // `m=644; chmod $m KEY`: the words bash runs, not `$m`.
        let bound = self.bound_argv(&cmd.argv);
        let words = bound.as_deref().unwrap_or(&cmd.argv);
        let args: Vec<Arg<'_>> = words.iter().map(|word| Arg { word }).collect();
        self.simple(site, &args, 0);
        self.record_generated(site);
        self.record_tee(site);
        self.record_awk_print(site);
        self.record_perl_print(site);
        self.record_copy(site);
        self.record_find_print(site);
        self.record_listing(site);
        self.listing_handed(site);
        self.loop_values(site);
    }

    /// A command using `$@`, `$1`... after `set -- ARGS` in the same line,
    /// judged with those arguments in place (as a function call's are).
    fn positional_values(&mut self, site: Site<'_>) -> bool {
        let Some(args) = self.positional.clone() else {
            return false;
        };
        let text = &site.cmd.text;
        let uses = text.contains("$@")
            || text.contains("$*")
            || (1..=9)
                .any(|n| text.contains(&format!("${n}")) || text.contains(&format!("${{{n}}}")));
        let own = site.cmd.name().is_some_and(|n| n.value_or_raw() == "set");
        if !uses || own || site.depth > 4 {
            return false;
        }
        let call: Vec<&str> = args.iter().map(String::as_str).collect();
        let expanded = with_positional(text, &call);
        if expanded == *text || expanded.len() > MAX_EXPANSION {
            return false;
        }
        self.script(&expanded, site.depth + 1);
        true
    }

    /// A command using a `for` loop's variable is also judged once per
    /// value the loop gives it (`for e in .pem .key; do find / -name
    /// "*$e"; done` searches for key files): the values are data, the
    /// checks are the same. Bounded: the first loop variable the command
    /// uses, its first eight plain values.
    fn loop_values(&mut self, site: Site<'_>) {
        const MAX_VALUES: usize = 8;
        let text = &site.cmd.text;
        let Some((name, values)) = self
            .alts
            .iter()
            .find(|(n, _)| replace_var(text, n, "\u{0}") != *text)
            .map(|(n, v)| (n.clone(), v.clone()))
        else {
            return;
        };
        for v in values.iter().filter(|v| plain_word(v)).take(MAX_VALUES) {
            let variant = replace_var(text, &name, v);
            self.script(&variant, site.depth + 1);
        }
    }

    /// Remembers files written from text known statically (`echo X > f`,
    /// `echo B64 | base64 -d > f`), so that running them later is assessed.
    fn record_generated(&mut self, site: Site<'_>) {
        let cmd = site.cmd;
        let Some(target) = cmd
            .redirects
            .iter()
            .rev()
            .find(|r| matches!(r.kind, RedirectKind::Write | RedirectKind::Append))
        else {
            return;
        };
        // A file named by a variable is recorded under its value when the
        // line set it (`X=$(mktemp); echo ... > "$X"`, bound as `sh $X`
        // is), else under the variable, so that `sh "$X"` finds it.
        let Some(path) = target.target.as_ref().and_then(|t| {
            let bound = self.bound_target(t).and_then(|b| b.literal);
            bound
                .or_else(|| t.literal.clone())
                .or_else(|| var_key(&t.raw))
        }) else {
            return;
        };
        let mut chain = upstream(site);
        chain.push(cmd);
        // A decoder in the chain, also one named through a variable
        // (`cmd="base64 -d"; cat x | $cmd > run.sh`).
        let through_decoder = chain.iter().any(|c| {
            let raw = c.name().map_or("", |w| w.value_or_raw());
            let resolved = self.resolve_vars(raw);
            let mut words: Vec<String> = resolved
                .as_deref()
                .unwrap_or(raw)
                .split_whitespace()
                .map(str::to_owned)
                .collect();
            let name = if words.is_empty() {
                String::new()
            } else {
                paths::basename(&words.remove(0)).to_owned()
            };
            let mut args: Vec<&str> = words.iter().map(String::as_str).collect();
            args.extend(c.argv.iter().skip(1).map(Word::value_or_raw));
            // `cat > f <<EOF` and `tee` copy; they hide nothing.
            decode::stage_of(&name, &args).is_some_and(|s| !matches!(s, decode::Stage::Identity))
        });
        // What a decoder wrote from data the line does not show is not
        // known, but that it was decoded is.
        let Some(payload) = decode_chain(&chain).or_else(|| through_decoder.then(String::new))
        else {
            // Text not shown, added to a file written before: what the
            // file holds is no longer known whole (each file it may be).
            for entry in self
                .generated
                .iter_mut()
                .filter(|g| same_file(&g.path, &path))
            {
                entry.partial = true;
            }
            return;
        };
        self.manifest_written(site, &path, &payload);
        self.written_script(site, &path, &payload);
        if code::root_shell_source(&payload) {
            self.find(
                SelfEsc,
                High,
                "writes a program that makes itself root and starts a shell (a set-uid shell)",
                &site.cmd.text,
            );
        }
        let append = target.kind == RedirectKind::Append;
        self.remember_written(path, payload, through_decoder, append);
    }
}
