//! Values a program runs, judged by what they are once parsed: a shell
//! line, a program, or code in a language with that language's escape
//! hatches; and `sed` scripts, whose `e` and `w` commands run and write.

use agentgate_commands::{self as kb, Lang};

use super::{replace_var, Site, Walker, SHELLS};
use crate::{code, paths, Category, Severity};

use Category::{Obfuscation as Obf, SelfEscalation as SelfEsc};
use Severity::{High, Medium};

impl Walker<'_> {
    /// A value that a program runs: shell, a program, or code in `lang`.
    pub(super) fn run_value(
        &mut self,
        site: Site<'_>,
        name: &str,
        opt: &str,
        value: &str,
        lang: Lang,
    ) {
        let via = if opt.is_empty() {
            name.to_owned()
        } else {
            format!("{name} {opt}")
        };
        match lang {
            // A Git or Mercurial alias `!cmd` is a shell command.
            Lang::Shell if opt.to_ascii_lowercase().starts_with("alias.") => {
                self.shell_value(site, &via, value.trim_start_matches('!'))
            }
            Lang::Shell => self.shell_value(site, &via, value),
            Lang::Perl
            | Lang::Python
            | Lang::Ruby
            | Lang::JavaScript
            | Lang::Php
            | Lang::Lua
            | Lang::Awk => {
                self.code(site, &via, value);
                self.escapes(site, &via, value, lang);
            }
            Lang::Sed => self.sed_script(site, &via, value),
            Lang::Data => self.data_commands(site, value),
            Lang::RpmMacro => self.rpm_macros(site, &via, value),
            // `name: command line` per line, each run through a shell.
            Lang::Procfile => {
                for line in value.lines().take(256) {
                    if let Some((_, cmd)) = line.split_once(':') {
                        self.shell_value(site, &via, cmd);
                    }
                }
            }
            // Fenced code blocks in a shell (or no) language, each run
            // as a script.
            Lang::Markdown => {
                for block in markdown_shell_blocks(value).into_iter().take(64) {
                    self.shell_value(site, &via, &block);
                }
            }
            // PowerShell: its fetch-and-evaluate idioms are read as code,
            // and the code is judged as the shell line that does the same
            // (`crate::pwsh`).
            Lang::PowerShell => {
                // `pwsh ./build.ps1`: an operand (no option) naming a
                // script file, run as a file by the interpreter reading.
                let one_word = !value.trim().contains(char::is_whitespace);
                if opt.is_empty() && one_word && value.to_ascii_lowercase().ends_with(".ps1") {
                    return;
                }
                // A double-quoted word the shell expands first (`pwsh -c
                // "rm $HOME"`): its value when known, else its text.
                let expanded = (value.starts_with('"') && value.ends_with('"') && value.len() > 1)
                    .then(|| {
                        self.resolve_vars(value).unwrap_or_else(|| {
                            value.get(1..value.len() - 1).unwrap_or("").to_owned()
                        })
                    });
                let value = expanded.as_deref().unwrap_or(value);
                self.code(site, &via, value);
                let line = crate::pwsh::to_shell(value);
                self.shell_value(site, &via, &line);
            }
            _ => self.escapes(site, &via, value, lang),
        }
    }

    /// A shell command line (or a program with arguments) a program runs.
    pub(super) fn shell_value(&mut self, site: Site<'_>, via: &str, value: &str) {
        let v = value
            .trim()
            .trim_start_matches("exec=")
            .trim_start_matches('|')
            .trim_start_matches(';')
            .trim();
        if v.is_empty() {
            return;
        }
        let before = self.out.findings.len();
        self.script(v, site.depth + 1);
        let payload_found = self.out.findings.len() > before;
        if payload_found || self.spawns_program(v) {
            self.find(
                Obf,
                Medium,
                format!("runs a shell or program through {via}"),
                &site.cmd.text,
            );
        }
    }

    /// Whether a command line starts a shell, an interpreter, a file written
    /// earlier in the line, or a program from a temporary or relative path.
    pub(super) fn spawns_program(&self, line: &str) -> bool {
        let Ok(a) = agentgate_shell::analyze(line, &agentgate_shell::Limits::default()) else {
            // Cannot be read: treat as running something unknown.
            return true;
        };
        a.commands.iter().any(|c| {
            let Some(first) = c.argv.first() else {
                return false;
            };
            let prog = first.value_or_raw();
            let base = paths::basename(prog);
            let generated = self.written(prog).is_some()
                || self
                    .downloaded
                    .iter()
                    .any(|(d, _)| super::same_file(d, prog));
            // An interpreter with a script file is ordinary work; one with
            // inline code has that code read by the walker itself. A shell,
            // even with a script it shows (`sh -c 'ls'`), is a shell
            // escape when a program that is not a shell hands over to it
            // (GTFOBins' and GTFOArgs' "command" functions). A program of
            // the project (`./gradlew test`) is what it is typed directly.
            SHELLS.contains(&base)
                || generated
                || prog.starts_with("/tmp/")
                || prog.starts_with("/dev/shm/")
                || prog.starts_with("/var/tmp/")
                || first.is_dynamic()
        })
    }

    /// Code in a language other than shell: its escape hatches.
    pub(super) fn escapes(&mut self, site: Site<'_>, via: &str, value: &str, lang: Lang) {
        self.escapes_shown = false;
        let Some(esc) = kb::escapes(lang) else {
            return;
        };
        // Tcl braces quote a word (`exec sh -c {make test}`): read as the
        // same words in shell quoting, as at tclsh's prompt.
        let tcl_text;
        let value = if lang == Lang::Tcl {
            tcl_text = value
                .lines()
                .map(code::tcl_words_as_shell)
                .collect::<Vec<_>>()
                .join("\n");
            tcl_text.as_str()
        } else {
            value
        };
        let text = &site.cmd.text;
        let mut candidates: Vec<String> = Vec::new();
        let mut runs = false;
        // Markers are matched without regard to case (`COPY ... PROGRAM`);
        // ASCII lower-casing keeps byte offsets. Not in the languages whose
        // names are case-sensitive: Perl's `\Qx+y` quotes, it is no `qx`
        // (perlol, session 46).
        let case_sensitive = matches!(
            lang,
            Lang::Perl | Lang::Python | Lang::Ruby | Lang::JavaScript | Lang::Lua
        );
        let lower = if case_sensitive {
            value.to_owned()
        } else {
            value.to_ascii_lowercase()
        };
        // Every marker occurrence, longest marker first, so that one inside
        // a longer one (`(shell` in `(shell-command`) is not read twice.
        let mut occurrences: Vec<(usize, &str)> = esc
            .runs
            .iter()
            .filter(|m| !m.is_empty())
            .flat_map(|m| {
                let m_lower = if case_sensitive {
                    (*m).to_owned()
                } else {
                    m.to_ascii_lowercase()
                };
                lower
                    .match_indices(&m_lower)
                    .map(|(i, _)| (i, *m))
                    .collect::<Vec<_>>()
            })
            .collect();
        occurrences.sort_by_key(|(i, m)| (std::cmp::Reverse(m.len()), *i));
        let mut spans: Vec<(usize, usize)> = Vec::new();
        // Whether every escape shows what it runs: a literal command that
        // is the call's whole argument, or code in a language read as such.
        // Then that is judged, and nothing is left to ask about.
        let mut all_shown = true;
        for (i, m) in occurrences {
            if spans.iter().any(|(s, e)| i < *e && *s < i + m.len()) {
                continue;
            }
            spans.push((i, i + m.len()));
            let m_lower = m.to_ascii_lowercase();
            // `!` runs a command only at the start of a command (vim, gdb,
            // gnuplot): `w!` is not one.
            // vim's `:sh`, `:shell`, `:terminal` are words of their own
            // (`wq! /tmp/v.sh` names a file; `silent sh`, `exe "sh"` run
            // the shell).
            if lang == Lang::Vim && matches!(m, "sh" | "shell" | "terminal") {
                let part =
                    |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '/' | '-');
                let before = value.get(..i).and_then(|b| b.chars().next_back());
                let after = value.get(i + m.len()..).and_then(|r| r.chars().next());
                if before.is_some_and(part) || after.is_some_and(part) {
                    continue;
                }
            }
            if m == "!" {
                let before = value.get(..i).unwrap_or("").trim_end();
                if !(before.is_empty()
                    || before.ends_with(':')
                    || before.ends_with('|')
                    || before.ends_with(';'))
                {
                    continue;
                }
            }
            runs = true;
            let after = value.get(i + m.len()..).unwrap_or("");
            // gdb's and vim's `python ...`, `py3 ...`, `lua ...`,
            // `perl ...`, `ruby ...`: the rest of the line is code in
            // that language, read as such (not as shell).
            let embedded = m_lower.trim();
            if matches!(
                embedded,
                "python" | "py3" | "pyx" | "python3" | "lua" | "perl" | "ruby"
            ) && (i == 0
                || !lower
                    .as_bytes()
                    .get(i - 1)
                    .is_some_and(u8::is_ascii_alphanumeric))
            {
                let line = after.split('\n').next().unwrap_or("");
                let line = line.trim_start_matches(|c: char| c.is_ascii_digit()).trim();
                self.code(site, &format!("{via} {embedded}"), line);
                continue;
            }
            // `system("CMD")`, `(shell-command "CMD")`: a string literal
            // that is the call's whole argument is the whole command.
            if let Some((lit, tail)) =
                crate::code::quoted_literal(after.trim_start_matches([' ', '(']))
            {
                let tail = tail.trim_start();
                let lit = lit.trim();
                if (tail.is_empty() || tail.starts_with([')', ';', '\n', '|']))
                    && code::run_command_line(lit)
                    && agentgate_shell::analyze(lit, &agentgate_shell::Limits::default()).is_ok()
                {
                    candidates.push(lit.to_owned());
                    continue;
                }
            }
            all_shown = false;
            // Perl's `qx{...}`/`qx(...)`: the command between the
            // delimiters.
            let (after, end) = match after.strip_prefix('{') {
                Some(inner) => (inner, inner.find('}').unwrap_or(inner.len())),
                None => (
                    after,
                    after
                        .find(['\n', '"', '\'', ')', '`'])
                        .unwrap_or(after.len()),
                ),
            };
            let cand = after
                .get(..end)
                .unwrap_or("")
                .trim()
                .trim_start_matches([':', '(']);
            // Text after a marker that is code, not a command
            // (`subprocess.run(`, `; subprocess`): a command starts
            // with a name, a path or an expansion.
            let cand = cand.trim();
            let command_shaped =
                cand.chars().next().is_some_and(|c| {
                    c.is_ascii_alphanumeric() || matches!(c, '/' | '$' | '~' | '_')
                }) || cand.starts_with("./")
                    || cand.starts_with("../");
            // Text that does not even parse as shell is the code around
            // the marker (`as s; s.check_output(`), not a command.
            // Cut at a closed quote after an option that takes it (`sh -c
            // 'ls'` cut to `sh -c`): the literal itself is read below (an
            // unclosed one is not, and the cut command stays).
            let cut_option = after
                .get(end..)
                .is_some_and(|r| crate::codewrites::literal(r).is_some())
                && cand
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| w.starts_with('-'));
            if command_shaped
                && !cut_option
                && agentgate_shell::analyze(cand, &agentgate_shell::Limits::default()).is_ok()
            {
                candidates.push(cand.to_owned());
            }
        }
        if runs {
            let (shown, mut judged) = self.shown_shell_scripts(site, value);
            candidates.extend(code::literals(value));
            candidates.extend(code::argv_lists(value));
            // Tcl's `exec WORDS` (the braces already in shell quoting):
            // the words, up to a closing bracket or the line's end.
            if lang == Lang::Tcl {
                for line in value.lines() {
                    if let Some((_, words)) = line.split_once("exec ") {
                        let words = words.split(']').next().unwrap_or(words).trim();
                        if !words.is_empty() && candidates.len() < 64 {
                            candidates.push(words.to_owned());
                        }
                    }
                }
            }
            // Pipe opens (Perl `open(F, "CMD |")`, `open(F, "| CMD")`,
            // Ruby `open("|CMD")`, Tcl `open "|CMD"`): the command without
            // the pipe sign.
            for c in &mut candidates {
                let t = c.trim();
                if let Some(cmd) = t
                    .strip_prefix('|')
                    .or_else(|| t.strip_suffix('|'))
                    .map(str::trim)
                    .filter(|cmd| !cmd.is_empty())
                {
                    *c = cmd.to_owned();
                }
            }
            // A path the code opens is read, not run (`exec(open("/tmp/m.py").read())`: the
            // file is judged as the code it is); a value it prints runs nothing (`own_value`).
            let opened = crate::codecalls::opened_paths(value);
            candidates.retain(|c| !opened.contains(c) && !crate::codeshell::own_value(value, c));
            candidates.retain(|c| {
                // An argument list quotes the script it shows (`sh -c 'ls
                // '\''a'\'''`): compared as written there too.
                let shown_list = shown
                    .iter()
                    .any(|s| c.contains(s.as_str()) || c.contains(&code::single_quote(s)));
                shown.is_empty() || !code::is_shell_name(c) && !shown_list
            });
            // A general-purpose interpreter (guile, sbcl, tclsh) is read
            // like the common ones; the escapes of tools that are not
            // interpreters (emacs, vim, gdb) are asked about.
            let interpreter = matches!(
                lang,
                Lang::Erlang | Lang::Elixir | Lang::R | Lang::Julia | Lang::Jvm
            ) || matches!(lang, Lang::Lisp | Lang::Tcl)
                && super::knowledge::lang_of(paths::basename(
                    via.split_whitespace().next().unwrap_or(via),
                )) == Some(lang);
            let general = interpreter || common_language(lang);
            for c in &candidates {
                // A one-line literal that does not parse as shell is code
                // (`exec("import os; os.system(...)")`), not a command.
                if !c.contains('\n')
                    && agentgate_shell::analyze(c, &agentgate_shell::Limits::default()).is_err()
                {
                    continue;
                }
                let lib = c.trim();
                if lib.ends_with(".so") || lib.contains(".so.") || lib.ends_with(".dylib") {
                    judged = true;
                    self.find(
                        Obf,
                        High,
                        format!("loads the shared library {lib} through {via}"),
                        text,
                    );
                    continue;
                }
                // An interpreter running `sh -c 'SCRIPT'` shows what runs
                // (judged below); a shell with no script is an escape.
                let shown_script = general && {
                    let words: Vec<&str> = c.split_whitespace().collect();
                    words.first().is_some_and(|w| code::is_shell_name(w))
                        && super::exec::shell_script_at(words.get(1..).unwrap_or(&[])).is_some()
                        && agentgate_shell::analyze(c, &agentgate_shell::Limits::default()).is_ok()
                };
                if code::is_bare_shell(c)
                    || !shown_script && self.spawns_program(c) && !c.contains('=')
                {
                    judged = true;
                    self.find(Obf, Medium, format!("spawns a shell through {via}"), text);
                }
                // A command the code shows is judged as that command: the
                // same whether typed at a shell or through a tool's escape.
                if code::run_command_line(c) {
                    let before = self.out.findings.len();
                    self.script(c, site.depth + 1);
                    judged |= self.out.findings.len() > before;
                }
            }
            // awk's commands are read by its own reader (`interp.rs`).
            self.escapes_shown = runs && all_shown;
            if !judged && !general && lang != Lang::Awk && !all_shown {
                self.find(Obf, Medium, format!("runs a command through {via}"), text);
            }
        }
        // Python's `open(PATH)` reads; only a mode (or an unknown one)
        // makes it a write.
        let writes = esc.writes.iter().any(|m| {
            value.contains(m)
                && !(lang == Lang::Python && *m == "open(" && !py_open_writes(value))
                && !(lang == Lang::Perl && matches!(*m, "open(" | ">") && !perl_writes(value))
        });
        if writes {
            for tok in paths::tokens(value) {
                let abs = paths::absolute(tok, tok, tok.starts_with('~'), &self.ctx);
                let check = abs.as_deref().unwrap_or(tok);
                if tok.contains('/') {
                    if let Some((sev, what)) = paths::trust_target(check, &self.ctx) {
                        self.find(SelfEsc, sev, format!("{via} writes to {what}"), text);
                    }
                }
            }
        }
        if esc.network.iter().any(|m| value.contains(m)) {
            self.out.effects.egress = true;
            self.out.effects.untrusted_input = true;
        }
    }

    /// A sed script: `e` and `s///e` run commands, `w` and `s///w` write
    /// files. Read by hand: the commands are one letter each and their
    /// arguments run to the end of the line (GNU sed manual, "Extended
    /// Commands").
    pub(super) fn sed_script(&mut self, site: Site<'_>, via: &str, script: &str) {
        let text = &site.cmd.text;
        for raw in script.split(['\n', ';']) {
            let cmd = raw.trim().trim_start_matches(|c: char| {
                c.is_ascii_digit() || matches!(c, '$' | ',' | '!' | ' ')
            });
            // `/re/e`: an address given as a regex.
            let cmd = if let Some(rest) = cmd.strip_prefix('/') {
                rest.split_once('/').map_or("", |(_, r)| r).trim_start()
            } else {
                cmd
            };
            let mut chars = cmd.chars();
            match chars.next() {
                Some('e') => {
                    let arg = chars.as_str().trim();
                    if arg.is_empty() {
                        self.find(
                            Obf,
                            Medium,
                            format!("{via} runs its input lines as shell commands"),
                            text,
                        );
                    } else {
                        self.find(
                            Obf,
                            Medium,
                            format!("runs a shell command through {via}"),
                            text,
                        );
                        self.script(arg, site.depth + 1);
                    }
                }
                Some('w' | 'W') => self.sed_write(site, via, chars.as_str().trim()),
                Some('s') => {
                    let body = chars.as_str();
                    let Some(delim) = body.chars().next() else {
                        continue;
                    };
                    let parts = split_unescaped(body.get(delim.len_utf8()..).unwrap_or(""), delim);
                    let (Some(repl), Some(flags)) = (parts.get(1), parts.get(2)) else {
                        continue;
                    };
                    let (flag_letters, file) = match flags.find('w') {
                        Some(i) => (flags.get(..i).unwrap_or(""), flags.get(i + 1..)),
                        None => (*flags, None),
                    };
                    if flag_letters.contains('e') {
                        self.find(
                            Obf,
                            Medium,
                            format!("runs a shell command through {via}"),
                            text,
                        );
                        let cmd = repl.replace("\\/", "/");
                        self.script(&cmd, site.depth + 1);
                    }
                    if let Some(f) = file {
                        self.sed_write(site, via, f.trim());
                    }
                }
                _ => {}
            }
        }
    }

    pub(super) fn sed_write(&mut self, site: Site<'_>, via: &str, file: &str) {
        if file.is_empty() || file == "/dev/stdout" || file == "/dev/stderr" {
            return;
        }
        self.written_by_option(site, via, file);
    }
}

/// Words whose values can be known before the line runs.
impl Walker<'_> {
    /// A word's value when it is known: `$HOME` and variables assigned
    /// earlier in the line are substituted; anything else is unknown.
    /// `$(mktemp)`, `"$(mktemp -d /tmp/cover.XXXX)"`, `` `mktemp -d -p
    /// DIR` ``: the path of a file or directory mktemp makes afresh (its
    /// `X`s left as they are), so deleting it later is deleting scratch.
    pub(super) fn mktemp_path(&self, raw: &str) -> Option<String> {
        let t = raw.trim_matches('"');
        let inner = t
            .strip_prefix("$(")
            .and_then(|r| r.strip_suffix(')'))
            .or_else(|| t.strip_prefix('`').and_then(|r| r.strip_suffix('`')))?;
        if inner.contains([
            '$', '`', ';', '|', '&', '(', ')', '<', '>', '"', '\'', '*', '?',
        ]) {
            return None;
        }
        let mut words = inner.split_whitespace();
        if words.next() != Some("mktemp") {
            return None;
        }
        let mut dir = "/tmp".to_owned();
        let mut template = "tmp.XXXXXXXXXX".to_owned();
        let home = |v: &str| match v.strip_prefix('~') {
            Some(rest) if rest.is_empty() || rest.starts_with('/') => {
                format!("{}{rest}", self.ctx.home)
            }
            _ => v.to_owned(),
        };
        while let Some(w) = words.next() {
            match w {
                // `--tmpdir` alone is $TMPDIR; its value needs `=`.
                "-p" => dir = home(words.next()?),
                _ if w.starts_with("--tmpdir=") => dir = home(w.get(9..)?),
                _ if w.starts_with("--suffix=") || w.starts_with('-') => {}
                _ => template = home(w),
            }
        }
        Some(if template.starts_with('/') {
            template
        } else if template.contains('/') {
            format!("{}/{template}", self.ctx.cwd)
        } else {
            format!("{}/{template}", dir.trim_end_matches('/'))
        })
    }

    pub(super) fn known_value(&self, raw: &str) -> Option<String> {
        let home = self.ctx.home.clone();
        let raw = &self.plain_parameters(raw);
        // `${!x}` with `x=HOME` earlier: the variable x names.
        let mut text = raw.to_owned();
        while let Some((before, after)) = text.split_once("${!") {
            let (name, rest) = after.split_once('}')?;
            let target = self.vars.get(name)?;
            if target.is_empty()
                || !target
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_')
            {
                return None;
            }
            text = format!("{before}${{{target}}}{rest}");
        }
        let mut text = replace_var(&text, "HOME", &home);
        // `$PWD`, `$(pwd)`: the working directory, while it is known; `$(git
        // rev-parse --show-toplevel)`: the project's root.
        if !self.cwd_unknown {
            let cwd = self.ctx.cwd.clone();
            text = replace_var(&text, "PWD", &cwd)
                .replace("$(pwd)", &cwd)
                .replace("`pwd`", &cwd)
                .replace("$(git rev-parse --show-toplevel)", &self.ctx.project_dir)
                .replace("`git rev-parse --show-toplevel`", &self.ctx.project_dir);
        }
        // `$XDG_CONFIG_HOME` the line does not set: its default.
        let text = super::quoted::default_directories(&text, &home, &|n| self.vars.contains_key(n));
        // `$(brew --prefix)`, `$(python3 -m site --user-site)`: the
        // directory the command is known to print.
        let shadowed = |p: &str| self.name_redefined(p);
        let mut text = super::quoted::printed_directories(&text, &home, &shadowed);
        if text.contains('$') {
            text = self.resolve_vars(&text)?;
        }
        if text.contains(['`', '$', '(']) {
            return None;
        }
        Some(text.replace(['"', '\''], ""))
    }

    /// `${NAME:?msg}`, `${NAME?}`, `${NAME%/}` and, for a variable whose
    /// value is known, `${NAME:-x}`/`${NAME:=x}`: all expand to `${NAME}`'s
    /// value (or fail), so they are written as `${NAME}`.
    fn plain_parameters(&self, raw: &str) -> String {
        let mut out = String::new();
        let mut rest = raw;
        while let Some(i) = rest.find("${") {
            out.push_str(rest.get(..i).unwrap_or(""));
            let after = rest.get(i + 2..).unwrap_or("");
            let Some(end) = after.find('}') else {
                out.push_str(rest.get(i..).unwrap_or(""));
                return out;
            };
            let inner = after.get(..end).unwrap_or("");
            let name_len = inner
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(inner.len());
            let (name, op) = inner.split_at(name_len);
            let known = name == "HOME" || name == "PWD" || self.vars.contains_key(name);
            let plain = !name.is_empty()
                && !inner.contains("${")
                && (op.starts_with(":?")
                    || op.starts_with('?')
                    || matches!(op, "%/" | "%%/")
                    || known && (op.starts_with(":-") || op.starts_with(":=")));
            // `d=; ${d:-~}`: an empty value takes the default word.
            let empty = self.vars.get(name).is_some_and(String::is_empty);
            if empty && (op.starts_with(":-") || op.starts_with(":=")) {
                out.push_str(op.get(2..).unwrap_or(""));
            } else if plain {
                out.push_str("${");
                out.push_str(name);
                out.push('}');
            } else {
                out.push_str("${");
                out.push_str(inner);
                out.push('}');
            }
            rest = after.get(end + 1..).unwrap_or("");
        }
        out.push_str(rest);
        out
    }
}

/// `s/RE/REPL/FLAGS`'s three parts after the first delimiter, splitting
/// only at delimiters no backslash escapes (`s/a\/b/c/g` is `a\/b`, `c`,
/// `g`: escaped slashes were read as delimiters, so flags such as `e`
/// appeared where there were none).
pub(super) fn split_unescaped(body: &str, delim: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut escaped = false;
    for (i, c) in body.char_indices() {
        if escaped {
            escaped = false;
            continue;
        }
        if c == '\\' {
            escaped = true;
        } else if c == delim && parts.len() < 2 {
            parts.push(body.get(start..i).unwrap_or(""));
            start = i + c.len_utf8();
        }
    }
    parts.push(body.get(start..).unwrap_or(""));
    parts
}

/// Whether a Python `open(...)` call in `code` may write: a literal mode
/// with `w`, `a`, `x` or `+` (`open(p, "w")`, `mode='a'`), or a mode that
/// is not a literal (`open(p, m)`). `open(p)`, `open(p, 'rb')` and
/// `open(p, encoding='utf-8')` read.
fn py_open_writes(code: &str) -> bool {
    code.match_indices("open(").any(|(i, _)| {
        let args = code.get(i + 5..).unwrap_or("");
        let args = args.split(')').next().unwrap_or(args);
        let mut parts = args.split(',').map(str::trim);
        parts.next();
        parts.any(|a| {
            let (key, value) = a
                .split_once('=')
                .map_or(("", a), |(k, v)| (k.trim(), v.trim()));
            if !key.is_empty() && key != "mode" {
                return false;
            }
            let lit = value
                .strip_prefix(['\'', '"'])
                .and_then(|v| v.strip_suffix(['\'', '"']));
            match lit {
                Some(m) => {
                    m.contains(['w', 'a', 'x', '+']) && m.chars().all(|c| "rwabxtU+".contains(c))
                }
                None => !value.is_empty(),
            }
        })
    })
}

/// The general-purpose languages whose code shows the commands it runs
/// (judged as those commands, not asked about as an escape).
pub(super) fn common_language(lang: Lang) -> bool {
    matches!(
        lang,
        Lang::Perl
            | Lang::Python
            | Lang::Ruby
            | Lang::JavaScript
            | Lang::Php
            | Lang::Lua
            | Lang::R
            | Lang::Julia
            | Lang::Octave
    )
}

/// Whether Perl's `open(` or `>` markers mean a write: an `open` mode or
/// file literal that writes (`">"`, `">>"`, `"+<"`, `">x.txt"`, perlfunc
/// open). Reading (`open(F, "x")`, `"<x"`), pipe opens (`"CMD |"`, judged
/// as commands) and `<$fh>` do not count; the row's other markers
/// (`unlink`, `rename`) are writes by themselves.
fn perl_writes(code: &str) -> bool {
    code::literals(code).iter().any(|l| {
        let t = l.trim_start();
        (t.starts_with('>') || t.starts_with("+<") || t.starts_with("+>")) && !t.starts_with(">&")
    })
}

/// The fenced code blocks of Markdown text that are shell (```` ``` ````,
/// ```` ```sh ````, ```` ```bash {name=x} ````, ```` ~~~ ````), each as
/// its text. A block in another language (```` ```python ````) is left
/// out; an unclosed block runs to the end.
fn markdown_shell_blocks(text: &str) -> Vec<String> {
    const SHELL_TAGS: &[&str] = &["", "sh", "bash", "shell", "zsh", "console", "shell-session"];
    let mut out = Vec::new();
    let mut open: Option<(&str, bool, String)> = None;
    for line in text.lines() {
        let t = line.trim_start();
        match open.as_mut() {
            Some((fence, shell, body)) => {
                if t.starts_with(*fence) && t.trim_end() == *fence {
                    if *shell {
                        out.push(std::mem::take(body));
                    }
                    open = None;
                } else {
                    body.push_str(line);
                    body.push('\n');
                }
            }
            None => {
                let fence = ["```", "~~~"].into_iter().find(|f| t.starts_with(f));
                if let Some(fence) = fence {
                    let info = t
                        .trim_start_matches(fence.chars().next().unwrap_or('`'))
                        .trim();
                    let tag = info
                        .split(|c: char| c.is_whitespace() || c == '{' || c == ',')
                        .next()
                        .unwrap_or("")
                        .trim_matches(['{', '}', '.']);
                    let shell = SHELL_TAGS.contains(&tag.to_ascii_lowercase().as_str());
                    open = Some((fence, shell, String::new()));
                }
            }
        }
    }
    if let Some((_, true, body)) = open {
        out.push(body);
    }
    out
}

#[cfg(test)]
mod sed_split_tests {
    use super::split_unescaped;

    #[test]
    fn escaped_delimiters_stay_in_their_part() {
        assert_eq!(
            split_unescaped("golang\\/protobuf/gogo\\/protobuf/g", '/'),
            ["golang\\/protobuf", "gogo\\/protobuf", "g"]
        );
        assert_eq!(split_unescaped("x/id/e", '/'), ["x", "id", "e"]);
        assert_eq!(split_unescaped("a|b|w out", '|'), ["a", "b", "w out"]);
        assert_eq!(split_unescaped("a/b", '/'), ["a", "b"]);
    }
}
