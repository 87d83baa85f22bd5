//! Arguments of any program: credential paths read, files written earlier
//! in the line handed on, trust paths changed, secrets gathered.

use agentgate_commands::root_reader;

use super::modes::{looks_like_mode, restricts_only};
use super::*;

impl<'c> Walker<'c> {
    /// The credential store a path operand names, as written or resolved
    /// against the working directory and home (`.env`, `~/.aws/credentials`).
    pub(super) fn credential_at(&self, file: &str) -> Option<(Severity, &'static str)> {
        paths::credential(file).or_else(|| {
            paths::absolute(file, file, file.starts_with('~'), &self.ctx)
                .as_deref()
                .and_then(paths::credential)
        })
    }

    /// Arguments of any command: secrets read, trust paths written, hosts.
    /// `argv0` is the program as written (`./ssh`, `ssh`), `name` the
    /// command it is judged as.
    pub(super) fn generic_args(
        &mut self,
        site: Site<'_>,
        argv0: &str,
        name: &str,
        rest: &[Arg<'_>],
        vals: &[&str],
    ) {
        let text = &site.cmd.text;
        self.carry_written(name, vals);
        let piped_out = site.cmd.pipeline.index + 1 < site.cmd.pipeline.len;
        // Into a login reading its password from standard input, the
        // value is used, not shown.
        let printing = matches!(name, "echo" | "printf") && !fed_to_login(site);
        // `./security -k KEYCHAIN`: a script of the tool's name, not the
        // tool (session 51's review), uses nothing on its behalf; nor does
        // a bare name after the line put such a directory on PATH.
        // Judged where the program is named (`env ./ssh`, `nice ./security`).
        let local =
            crate::pathbin::local_program(argv0) || self.path_planted && !argv0.contains('/');
        let key_user = KEY_USERS.contains(&name) && !local;
        // The program's row, looked up once: the checks below ask it for
        // every argument.
        let row = agentgate_commands::program(name);
        let unknown = super::unknown::unknown_program(name);
        let exposed = super::usedfiles::exposed_files(name, vals);
        for file in exposed {
            // A whole store copied out of a container (`docker cp
            // app:/root/.aws ./loot`) holds its keys.
            let hit = self
                .credential_at(file)
                .or_else(|| paths::credential_dir(file).map(|w| (High, w)));
            if let Some((sev, what)) = hit {
                self.find(Cred, sev, format!("{name} reads {what} ({file})"), text);
            }
        }
        // Files the program uses rather than prints (`ssh -i KEY`, `op run
        // --env-file=FILE`): `usedfiles.rs`.
        let identities = if local {
            Vec::new()
        } else {
            super::usedfiles::used_files(name, vals)
        };
        // A client's `ssh` sub-command's identity, used: neither read
        // (among `identities`) nor changed (the trust-target loop below).
        let client_keys = super::usedfiles::client_ssh_identities(name, vals);
        self.written_env_files(site, name, vals);
        let skip_first = matches!(name, "grep" | "egrep" | "fgrep" | "rg" | "ag" | "ack")
            && !pattern_by_option(vals)
            || name == "findstr"
                && !vals.iter().any(|v| {
                    let l = v.to_ascii_lowercase();
                    l.starts_with("/c:") || l.starts_with("/g:")
                });
        let mut first_operand = true;
        let recursive_read = matches!(
            name,
            "diff" | "grep" | "egrep" | "zgrep" | "rg" | "ag" | "ack" | "strings" | "hexdump"
        ) && (name == "rg"
            || name == "ag"
            || vals.iter().any(|v| {
                *v == "--recursive"
                    || v.starts_with('-')
                        && !v.starts_with("--")
                        && (v.contains('r') || v.contains('R'))
            }));
        // `sh -c 'cat ~/.ssh/id_rsa'`: the script is judged as the commands
        // it holds (its own reasons name the right paths), not as a path.
        let shell_script = SHELLS
            .contains(&name)
            .then(|| super::exec::shell_script_at(vals))
            .flatten();
        // A command the table says the program runs (`bun exec 'CMD'`,
        // `nvm exec 20 CMD`): judged as that command.
        let sub_command = command_start(name, vals);
        // Where the project's program's own arguments start (`cargo run
        // ARGS`, `npm run SCRIPT ARGS`: `PROJECT_RUNNERS`), once per call.
        let project_args = agentgate_commands::project_args_start(name, vals);
        self.lookup_changed(name, rest, text);
        self.compose_from_download(site, name, vals);
        for (i, a) in rest.iter().enumerate() {
            let v = a.v();
            // findstr's options are `/X` (`/si`, `/c:TEXT`): its first
            // other word is the text it looks for, not a file (spn part 3:
            // `dir c:\ /s /b | findstr /si *vnc.ini` was read as a VNC file).
            let is_operand = !(v.starts_with('-') || name == "findstr" && v.starts_with('/'));
            if shell_script == Some(i) {
                continue;
            }
            // Text the shell runs or assigns (`eval 'cp .env.example .env'`,
            // `trap 'CMD' EXIT`, `readonly R="$(CMD)"`) is judged as the
            // commands and values it holds, not as paths.
            let script_text = matches!(name, "eval" | ":")
                || (name == "trap" && i == 0)
                || DECLARERS.contains(&name);
            if script_text
                || sub_command.is_some_and(|s| i >= s)
                || (name == "find" && super::find::pattern_not_read(site, vals, i))
            {
                continue;
            }
            if skip_first && is_operand && first_operand {
                first_operand = false;
                continue;
            }
            if is_operand {
                first_operand = false;
            }
            // `cd DIR` reads nothing there (session 27, kubernetes-goat).
            let navigates = matches!(name, "cd" | "pushd");
            let key_value = agentgate_commands::key_option(
                name,
                i.checked_sub(1).and_then(|p| rest.get(p)).map(Arg::v),
                v,
            )
            .is_some_and(|k| !local && self.key_used(site, vals, k, v));
            if key_user
                || key_value
                || navigates
                || (printing && !piped_out)
                || identities.contains(&v)
            {
                continue;
            }
            // A message is text (`git commit -m 'remove .env'`).
            let message = i > 0
                && rest
                    .get(i - 1)
                    .is_some_and(|p| matches!(p.v(), "-m" | "--message"))
                || v.starts_with("--message=");
            if message && name == "git" {
                continue;
            }
            // `cp`/`mv`/`install` read every operand but the last.
            let is_dest = matches!(name, "cp" | "install" | "rsync" | "scp" | "tee")
                && (i + 1 == rest.len() || name == "tee");
            // A file the row says it writes (`openssl genrsa -out KEY`) is
            // written, not read: a write is judged as one.
            if is_dest || super::usedfiles::written_by_row(row, rest, i) {
                continue;
            }
            // A value known from earlier in the line (`f=~/.ssh/id_rsa; cat
            // $f`, a loop over `~/.ssh/*`), and globs over a key directory.
            // Values the token check below cannot see: expansions, globs,
            // braces, and relative paths after a `cd`.
            let moved = self.ctx.cwd != self.ctx.project_dir && !v.starts_with(['/', '~']);
            let hidden = a.dynamic() || a.word.brace_expansion || moved;
            let resolved = if hidden || a.word.glob || v.contains('*') {
                self.arg_paths(a)
            } else {
                Vec::new()
            };
            // A recursive reader handed a credential directory reads every
            // key in it (`diff -r /tmp/empty ~/.ssh/`); a program nothing is
            // known about (`arj e x ~/.ssh/`, `backup-tool ~/.aws`) may read
            // every key there or write into it, which cannot be verified,
            // so it is asked about.
            if is_operand
                && (recursive_read || unknown || super::unknown::handed_to_script(name, vals, i))
            {
                let paths_of = if resolved.is_empty() {
                    self.arg_paths(a)
                } else {
                    resolved.clone()
                };
                if let Some(what) = paths_of.iter().find_map(|r| paths::credential_dir(r)) {
                    if recursive_read {
                        self.find(
                            Cred,
                            High,
                            format!("{name} reads every file of {what} ({v})"),
                            text,
                        );
                    } else {
                        self.find(
                            Unverifiable,
                            Medium,
                            format!("hands the directory of {what} ({v}) to {name}, which may read or change every file in it"),
                            text,
                        );
                    }
                }
            }
            for r in &resolved {
                if hidden {
                    if let Some((sev, what)) = paths::credential(r) {
                        self.find(Cred, sev, format!("reads {what} ({r})"), text);
                    }
                }
                if let Some((sev, what)) = paths::glob_credential(r, &self.ctx.home, self.dotglob())
                {
                    self.find(Cred, sev, format!("reads {what} ({r} matches it)"), text);
                }
                // A sub-directory's files too (`containers/ID/*`).
                if let Some(dir) = r.strip_suffix("/*").or_else(|| r.strip_suffix('*')) {
                    let sub = r.strip_suffix("/*").and_then(paths::within_credential_dir);
                    if let Some(what) = paths::credential_dir(dir).or(sub) {
                        self.find(
                            Cred,
                            High,
                            format!("reads every file of {what} ({r})"),
                            text,
                        );
                    }
                }
            }
            // The whole value too: a path with spaces ("Login Data") or a
            // Windows path (`C:\Users\bob\.aws\credentials`) is one
            // argument but several tokens.
            let whole = ((v.contains(' ') || crate::winpath::msys(v).is_some())
                && super::usedfiles::identity_files(v).is_empty())
            .then_some(v)
            .and_then(paths::credential);
            if let Some((sev, what)) = whole {
                self.find(Cred, sev, format!("reads {what} ({v})"), text);
            }
            // An interpreter's code: the command lines it shows are judged
            // as commands; the rest names the files it reads itself.
            let code_rest = super::codeargs::interpreter_code_at(name, vals, i)
                .then(|| super::codeargs::code_residue(name, v));
            for tok in paths::tokens(code_rest.as_deref().unwrap_or(v)) {
                if identities.contains(&tok) {
                    continue;
                }
                if let Some((sev, what)) = paths::credential(tok) {
                    self.find(Cred, sev, format!("reads {what} ({tok})"), text);
                }
            }
        }
        // A file written earlier in the command line, handed to a program
        // (as an operand, `--opt=FILE` or `of=FILE`): what it holds is
        // what the program will read or run.
        // `.` and `source` run the file in this shell: `exec.rs` judges it.
        if !SHELLS.contains(&name)
            && !matches!(name, "chmod" | "cat" | "rm" | "ls" | "." | "source")
        {
            for v in vals {
                let target = split_key(v).unwrap_or(v);
                let Some(Generated {
                    path,
                    payload,
                    partial,
                    ..
                }) = self.written(target)
                else {
                    continue;
                };
                self.written_file_reads(site, name, &path, &payload);
                if INTERPRETERS.contains(&name) {
                    // Code for the interpreter: read as code in its
                    // language (with its escape hatches), not as shell.
                    match knowledge::lang_of(name) {
                        Some(lang) => self.run_value(site, name, "", &payload, lang),
                        None => self.code(site, name, &payload),
                    }
                    continue;
                }
                // Whether `name` runs the file is not known: it is read as
                // a script to see what it would do if run, and what it
                // would do is asked about (Medium), not charged at the
                // severity of a command that surely runs. How a data file
                // looks as shell (its first word a "program" spelt with
                // backslashes) says nothing.
                let parses = analyze(&payload, &Limits::default()).is_ok();
                let would_act = self
                    .probe(|w| {
                        if parses {
                            w.script(&payload, site.depth + 1);
                        }
                    })
                    .iter()
                    .any(|f| f.category != Obf)
                    || self.line_tails_act(site, &payload);
                // A script's own `#!/bin/sh` line names the language its
                // lines (judged above) are in, not a shell it hands over to,
                // when all its lines are known.
                let body = match payload.strip_prefix("#!").filter(|_| !partial) {
                    Some(rest) => rest.split_once('\n').map_or("", |(_, b)| b),
                    None => payload.as_str(),
                };
                let spawns = body.contains("/bin/sh")
                    || body.contains("/bin/bash")
                    // The shell's `exec CMD`, not `bundle exec` or
                    // `docker exec`.
                    || body.lines().any(|l| {
                        let l = l.trim_start();
                        l.starts_with("exec ") || l.contains("; exec ") || l.contains("&& exec ")
                    })
                    || body.lines().any(code::is_bare_shell);
                if spawns || would_act {
                    self.find(
                        Obf,
                        Medium,
                        format!("hands {name} a file it just wrote ({path}) that runs commands"),
                        text,
                    );
                }
            }
        }
        // Environment secrets printed or sent.
        for a in rest {
            if a.word.has_parameter_expansion {
                let vars = self.secrets_in(&a.word.raw);
                // A variable holding a credential's location prints a
                // path; a reader of it prints the credential.
                let held = vars.iter().find(|v| !names_location(v));
                if let Some(var) = held.or(vars.first()) {
                    let reads = matches!(name, "cat" | "tee" | "xxd" | "base64" | "od");
                    let location = names_location(var);
                    if reads || printing && !location {
                        let what = if location && reads {
                            format!("prints the credential file named by ${var}")
                        } else {
                            format!("prints the secret variable ${var}")
                        };
                        self.find(Cred, High, what, text);
                    }
                }
            }
        }
        // Writes to trust paths through arguments.
        // Builtins whose operands are no paths (see `NO_PATH_OPERANDS`).
        let no_paths = NO_PATH_OPERANDS.contains(&name);
        if !no_paths && !READERS.contains(&name)
            || (name == "sed" && vals.iter().any(|v| v.starts_with("-i")))
            || (name == "sort" && vals.iter().any(|v| v.starts_with("-o")))
            // `xxd -r IN OUT` writes OUT (GTFOBins xxd file write).
            || (name == "xxd" && vals.iter().any(|v| *v == "-r" || *v == "-revert"))
        {
            // mv takes its sources away too (`mv .claude /tmp/`).
            let dest_only = matches!(name, "cp" | "install" | "ln" | "rsync" | "scp");
            let copy_dir = self.copy_into_dir(name, rest, vals).map(|(c, _)| c.dir);
            // A shell's script is not a path it changes (`bash -c 'cat
            // /etc/hosts'`), and `docker exec app CMD ...`: CMD's words are
            // its own, judged as that command's.
            let command = command_start(name, vals).unwrap_or(rest.len());
            let sed_scripts = super::usedfiles::sed_scripts(name, vals);
            for (i, a) in rest.iter().enumerate() {
                // A shell's script and the positional parameters after it
                // (`bash -c 'eval "$1"' _ WORDS`: judged where the script
                // uses them); sed's script, which `sed_script` reads
                // (`sed -i 's|/bin/bash|bash|' f`: Homebrew's CI).
                let script_or_after =
                    shell_script.is_some_and(|s| i >= s) || sed_scripts.contains(&a.v());
                if dest_only && i + 1 != rest.len() || script_or_after || i >= command {
                    continue;
                }
                if dest_only && a.dynamic() && self.arg_paths(a).is_empty() {
                    self.unknown_destination(&a.word.raw, text);
                }
                // A directory a copy lands in: what lands there is judged
                // under its own name (`lands_in_directory`).
                if copy_dir == Some(i) {
                    continue;
                }
                // An interpreter's code: the commands it shows are judged
                // as commands (`popen("cat ~/.gitconfig")`); a path left in
                // the rest (`IO.binwrite("~/.bashrc", ..)`) is read here.
                let residue;
                let is_code = super::codeargs::interpreter_code_at(name, vals, i);
                let v = if is_code {
                    residue = super::codeargs::code_residue(name, a.v());
                    residue.as_str()
                } else {
                    a.v()
                };
                if v.starts_with('-') && !v.contains('/') {
                    continue;
                }
                let prev = i.checked_sub(1).and_then(|p| rest.get(p)).map(Arg::v);
                if super::lists::package_name(name, row, prev, v) {
                    continue;
                }
                // `touch -r REF FILE`: the reference file is only read.
                if name == "touch"
                    && (v.starts_with("--reference=")
                        || i.checked_sub(1).and_then(|p| rest.get(p)).is_some_and(|p| {
                            let p = p.v();
                            p == "--reference"
                                || (p.starts_with('-') && !p.starts_with("--") && p.ends_with('r'))
                        }))
                {
                    continue;
                }
                // Not a URL's query (`?page=/etc/passwd`: the server's path).
                let candidate = v
                    .split_once('=')
                    .filter(|(k, _)| !k.contains("://"))
                    .map_or(v, |(_, r)| r);
                // A path inside a larger value (`--xform s@.*@~/.bashrc@`).
                // Not inside a URL: its path is the server's (found on
                // badPods, session 27); a path beside one still counts
                // (`cp("http://x/a","/etc/sudoers.d/dev")`).
                let outside =
                    super::urldata::without_urls(candidate, !matches!(name, "curl" | "wget"));
                let container = super::incontainer::container_value(name, a.v(), prev);
                let inner = super::incontainer::inner_paths(&outside, candidate, container)
                    .find_map(|t| {
                        let abs = paths::absolute(t, t, t.starts_with('~'), &self.ctx)?;
                        paths::trust_target(&abs, &self.ctx)
                    });
                // A value the line computes (`"$(echo /etc)/passwd"`):
                // what it is known to be (session 52).
                let computed = || {
                    if !a.dynamic() {
                        return None;
                    }
                    let known = self.arg_paths(a);
                    known
                        .iter()
                        .find_map(|abs| paths::trust_target(abs, &self.ctx))
                };
                // A URL's path is the server's (`http://x/?page=../../etc/
                // passwd`: oscpn part 1); a `file://` URL's is this machine's.
                let local = super::urldata::local_or_url(candidate);
                if let Some((sev, what)) = local
                    .and_then(|c| {
                        paths::trust_target(c, &self.ctx).or_else(|| {
                            paths::absolute(c, &a.word.raw, a.word.tilde, &self.ctx)
                                .and_then(|abs| paths::trust_target(&abs, &self.ctx))
                        })
                    })
                    .or(inner)
                    .or_else(computed)
                {
                    // Reading the crontab or a settings file is fine; these
                    // programs change what they are given.
                    // `umount /etc/hosts` detaches a mount over it. tar
                    // packing reads (`archives::packed_only`).
                    // dd reads its `if=` operand (only `of=` is written).
                    if matches!(name, "mkdir" | "ls" | "cd" | "pushd" | "umount")
                        || (name == "dd" && a.v().starts_with("if="))
                        || super::archives::packed_only(name, vals, i)
                        || super::usedfiles::only_reads(row, vals, rest, i)
                        || super::urldata::fetch_sent_value(name, vals, i)
                        || super::containers::read_only_mount(name, a.v())
                        || super::usedfiles::read_option(name, rest, i)
                    {
                        continue;
                    }
                    // A key handed to the program that uses it (`ssh -i
                    // KEY`, `ssh-add KEY`) is used, not changed.
                    let key_value = agentgate_commands::key_option(
                        name,
                        i.checked_sub(1).and_then(|p| rest.get(p)).map(Arg::v),
                        a.v(),
                    )
                    .is_some()
                        || client_keys.contains(&a.v());
                    if (KEY_USERS.contains(&name) || key_value)
                        && paths::credential(candidate).is_some()
                    {
                        continue;
                    }
                    // `chmod 600 ~/.ssh/authorized_keys`: taking permissions
                    // away changes nothing the file says or runs.
                    if name == "chmod"
                        && vals
                            .iter()
                            .find(|m| !m.starts_with('-') || looks_like_mode(m))
                            .is_some_and(|m| restricts_only(m))
                    {
                        continue;
                    }
                    // Perl and Ruby change the files they are given only in
                    // place (`-i`, `-pi`, `-i.bak`); otherwise the files are
                    // their input (code that writes its argument is read
                    // where the code is).
                    if matches!(name, "perl" | "ruby")
                        && !is_code
                        && !super::editors::in_place(vals)
                    {
                        continue;
                    }
                    // A system program named as a setting (`chsh -s
                    // /bin/zsh`, `--shell /bin/bash`) is not changed by it:
                    // only programs that write what they are given do.
                    let writes = matches!(
                        name,
                        "cp" | "mv"
                            | "install"
                            | "ln"
                            | "rsync"
                            | "tee"
                            | "sponge"
                            | "dd"
                            | "truncate"
                            | "patchelf"
                            | "strip"
                            | "sed"
                            | "perl"
                            | "chmod"
                            | "chown"
                            | "chgrp"
                            | "chattr"
                            | "setfacl"
                            | "rm"
                            | "shred"
                            | "unlink"
                            | "touch"
                            | "vim"
                            | "vi"
                            | "nano"
                            | "ed"
                            | "emacs"
                            | "curl"
                            | "wget"
                            | "tar"
                            | "unzip"
                            | "cpio"
                            | "ditto"
                            | "scp"
                            // cmd's and Windows's copiers (Git Bash runs them),
                            // and its deleters (`del "%WINDIR%\x.dll"`, s46).
                            | "copy"
                            | "move"
                            | "del"
                            | "erase"
                            | "xcopy"
                            | "robocopy"
                            | "mklink"
                            // Only reached with -r (see above).
                            | "xxd"
                    ) || super::archives::compresses_in_place(name, vals);
                    // Programs read logs far more than they write them
                    // (`utmpdump /var/log/wtmp`); writes to them are caught
                    // where they are made (redirects, dd, truncate, cp).
                    // A reading call of a root reader reads it (`fuser
                    // /etc/passwd`, lcmdf, session 30).
                    // `chmod +x ~/.cargo/bin/dist`: a new program on the
                    // user's PATH made runnable (what put it there was
                    // judged); in a system directory it stays asked.
                    if name == "chmod"
                        && what == crate::pathbin::NEW_USER_PROGRAM
                        && vals
                            .iter()
                            .find(|m| looks_like_mode(m) || !m.starts_with('-'))
                            .is_some_and(|m| super::modes::plain_program_mode(m))
                    {
                        continue;
                    }
                    // Outside `.ssh` only the name says what the file is:
                    // its metadata (`touch`, `chown`) grants no login.
                    if what == paths::NAMED_AUTHORIZED_KEYS
                        && matches!(name, "touch" | "chown" | "chgrp" | "chmod")
                    {
                        continue;
                    }
                    if (what == "system executables or libraries"
                        || what == crate::pathbin::NEW_SYSTEM_PROGRAM
                        || what == paths::SYSTEM_LOGS
                        || what == paths::INSTALLED_APP
                        || root_reader(name).is_some_and(|r| self.reads(r, vals)))
                        && !writes
                    {
                        continue;
                    }
                    // A program nothing is known about may only read what it
                    // is given (`nagios4 /etc/nagios4/nagios.cfg`): asked, not
                    // denied. A shell reads its script (devdocsm, session 52).
                    let project = project_args.is_some_and(|start| i >= start);
                    if !writes && (agentgate_commands::program(name).is_none() || project) {
                        let who = if project {
                            format!("the program {name} runs")
                        } else {
                            name.to_string()
                        };
                        let why = format!("hands {what} ({v}) to {who}, which may change it");
                        if !SHELLS.contains(&name) {
                            self.find(Unverifiable, Medium, why, text);
                        }
                        continue;
                    }
                    // A user's program deleted from their PATH directory
                    // (`rm ~/.local/bin/uv ~/.local/bin/uvx`: uv's
                    // uninstall, devdocsi, session 51) plants nothing in
                    // its place: asked about as a deletion.
                    if what == crate::pathbin::USER_PATH_PROGRAM
                        && matches!(name, "rm" | "unlink" | "shred")
                    {
                        self.find(Destr, Medium, format!("deletes {v} from {what}"), text);
                        continue;
                    }
                    self.find(SelfEsc, sev, format!("changes {what} ({v})"), text);
                }
            }
        }
        // A directory named only by dots (`~/...`, `/tmp/.. /`): made to be
        // overlooked in a listing (ATT&CK T1564.001, T1036.005).
        // Go's `./...` (every package below) is the last component and
        // names no directory; one made or passed through is.
        let makes = matches!(name, "mkdir" | "cp" | "mv" | "touch" | "install" | "ln");
        if let Some(v) = rest.iter().map(|a| a.v()).find(|v| {
            let parts: Vec<&str> = v.trim_end_matches('/').split('/').collect();
            v.contains('/')
                && parts.iter().enumerate().any(|(i, c)| {
                    let t = c.trim_end_matches(' ');
                    let dots = !t.is_empty() && t.chars().all(|ch| ch == '.');
                    (dots && t.len() >= 3 && (makes || i + 1 < parts.len())) || (dots && t != *c)
                })
        }) {
            self.find(
                Obf,
                Medium,
                format!("uses a directory named to be overlooked ({v})"),
                text,
            );
        }
        // Files created under a name that is another program's
        // code-running option (`touch -- '--checkpoint-action=exec=sh x'`).
        if matches!(
            name,
            "touch" | "mkdir" | "cp" | "mv" | "ln" | "install" | "tee"
        ) {
            // A word starting with `-` is the program's own option unless
            // it comes after `--` or carries a directory (`./-e sh x`).
            let mut after_dd = false;
            for a in rest {
                let v = a.v();
                if v == "--" && !after_dd {
                    after_dd = true;
                } else if after_dd || v.contains('/') {
                    self.option_named_file(v, text, true);
                }
            }
        }
        self.gathers_secrets(site, name, rest, vals);
        // Files outside the project read by common readers: untrusted content.
        if READERS.contains(&name) && !printing {
            for a in rest {
                let v = a.v();
                if v.starts_with('-') {
                    continue;
                }
                if let Some(abs) = paths::absolute(v, &a.word.raw, a.word.tilde, &self.ctx) {
                    if v.contains('/') && !paths::within(&abs, &self.ctx.project_dir) {
                        self.out.effects.untrusted_input = true;
                    }
                }
            }
        }
    }

    /// Gathering secrets in bulk: archiving or copying a key directory (or
    /// the whole home), and recursive searches for secret words across the
    /// home or the system.
    pub(super) fn gathers_secrets(
        &mut self,
        site: Site<'_>,
        name: &str,
        rest: &[Arg<'_>],
        vals: &[&str],
    ) {
        let text = &site.cmd.text;
        self.archives_listed(site, name, vals);
        let bulk = matches!(
            name,
            "tar"
                | "dump"
                | "zip"
                | "7z"
                | "7za"
                | "rar"
                | "cpio"
                | "cp"
                | "rsync"
                | "scp"
                | "ditto"
                | "gzip"
                | "bzip2"
                | "xz"
                | "zstd"
                | "base64"
                | "openssl"
                | "gpg"
                | "age"
        );
        if bulk {
            // `tar --directory=/ .`: the directory archived from (when
            // creating: `tar xf a.tar --directory=/` writes there).
            let creates = vals.iter().any(|v| {
                *v == "--create"
                    || !v.starts_with("--")
                        && v.contains('c')
                        && v.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
            });
            let from = vals
                .iter()
                .filter(|_| creates)
                .filter_map(|v| v.strip_prefix("--directory="))
                .filter_map(|d| paths::absolute(d, d, d.starts_with('~'), &self.ctx));
            for d in from
                .filter(|d| d == "/" || *d == self.ctx.home)
                .collect::<Vec<_>>()
            {
                let what = if d == "/" {
                    "the whole filesystem"
                } else {
                    "the whole home directory"
                };
                self.find(Cred, High, format!("{name} packs {what}"), text);
            }
            let operands = rest.iter().filter(|a| !a.v().starts_with('-')).count();
            for (i, a) in rest.iter().filter(|a| !a.v().starts_with('-')).enumerate() {
                // The copy's destination is written, not gathered.
                let dest = matches!(name, "cp" | "rsync" | "scp" | "ditto") && i + 1 == operands;
                for abs in self.arg_paths(a) {
                    if let Some(what) = paths::credential_dir(&abs).filter(|_| dest) {
                        self.find(
                            SelfEsc,
                            High,
                            format!("{name} writes into the directory of {what} ({abs})"),
                            text,
                        );
                    } else if let Some(what) = paths::credential_dir(&abs) {
                        self.find(Cred, High, format!("{name} gathers {what} ({abs})"), text);
                    } else if let Some(store) = abs
                        .strip_prefix(self.ctx.home.as_str())
                        .and_then(agentgate_commands::credential_store_below)
                    {
                        let what = store.what;
                        let msg = format!("{name} packs {abs}, which holds {what}");
                        self.find(Cred, Medium, msg, text);
                    } else if abs == "/" && !matches!(name, "cp" | "rsync") {
                        // Every credential on the machine (tbosk, session 27).
                        self.find(
                            Cred,
                            High,
                            format!("{name} packs the whole filesystem"),
                            text,
                        );
                    } else if abs == "/etc" && !matches!(name, "cp" | "rsync") {
                        // The password hashes and host keys (lcmdi).
                        let what = "/etc, with the password hashes and SSH host keys";
                        self.find(Cred, Medium, format!("{name} packs {what}"), text);
                    } else if (abs == self.ctx.home || super::lists::is_a_home(&abs))
                        && !matches!(name, "cp" | "rsync")
                    {
                        let whose = super::lists::whose_home(&abs);
                        self.find(
                            Cred,
                            Medium,
                            format!("{name} packs {whose} home directory"),
                            text,
                        );
                    }
                }
            }
        }
        self.searches_secrets(site, name, rest, vals);
    }
}

/// Where the command a program runs starts in `vals` (`docker exec app
/// CMD`, `pnpm exec CMD`, an interpreter's argv): its words are that
/// command's, judged as it. What a container runs (`docker run IMG CMD`)
/// names the container's paths, judged through its mounts
/// (`incontainer.rs`).
fn command_start(name: &str, vals: &[&str]) -> Option<usize> {
    super::knowledge::sub_argv_start(name, vals)
        .or_else(|| super::pkgrun::pnpm_exec_start(name, vals))
        .or_else(|| super::codeargs::code_argv_start(name, vals))
        .or_else(|| {
            CONTAINER_CLIS
                .contains(&name)
                .then(|| super::incontainer::run_image_at(vals))
                .flatten()
        })
        .or_else(|| super::remote::remote_start(name, vals))
        .or_else(|| super::codeargs::sub_code_start(name, vals))
}
