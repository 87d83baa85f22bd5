//! Interpreters and the code handed to them.

use super::*;

impl<'c> Walker<'c> {
    pub(super) fn interpreter(
        &mut self,
        site: Site<'_>,
        name: &str,
        rest: &[Arg<'_>],
        vals: &[&str],
    ) {
        let text = &site.cmd.text;
        let base = name.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
        self.record_editor_writes(site, base, vals);
        self.preloaded_code(site, base, name, vals);
        self.erb_template(site, base);
        // `php -l`, `node --check`, `ruby -c`: a syntax check runs nothing.
        if agentgate_commands::check_only(base, vals) {
            return;
        }
        if matches!(base, "awk" | "gawk" | "mawk" | "nawk") {
            self.awk(site, name, vals);
            return;
        }
        let code_flag = code_flags(base);
        let is_code_flag = |v: &str| is_code_flag(base, v);
        // A script named before a code option (`python3 gitlab_rce.py -c
        // CMD`: the `-c` is the script's own, or python's if the name was an
        // option's value): the code is judged below as before, and the
        // script's name too (ocs part 7, session 64: the exploit passed).
        let named = vals
            .iter()
            .position(|v| !v.starts_with('-') && script_named(v));
        if let Some(script) = named.and_then(|j| {
            vals.iter()
                .skip(j + 1)
                .any(|v| is_code_flag(v))
                .then(|| vals.get(j))
                .flatten()
        }) {
            self.runs_exploit(script, text);
        }
        // Several code options (`osascript -e A -e B`, `perl -e A -e B`)
        // make one program: judged together, as the interpreter runs them.
        let several: Vec<&str> = vals
            .windows(2)
            .filter_map(|w| match w {
                [f, c] if is_code_flag(f) => Some(*c),
                _ => None,
            })
            .collect();
        if several.len() > 1
            && !matches!(base, "vim" | "vi" | "nvim" | "ex" | "gdb" | "lldb" | "dc")
        {
            self.code(site, name, &several.join("\n"));
            return;
        }
        for (i, v) in vals.iter().enumerate() {
            let inline = code_flag.iter().find_map(|f| {
                v.strip_prefix(f)
                    .filter(|r| !r.is_empty() && f.len() == 2 && base == "perl")
            });
            if is_code_flag(v) || inline.is_some() {
                let code_text = match inline {
                    Some(c) => Some(c.to_owned()),
                    None => rest.get(i + 1).map(|a| a.v().to_owned()),
                };
                // `python3 -c "$(curl -s URL)"`: the code is fetched.
                if inline.is_none() {
                    if let Some(arg) = rest.get(i + 1) {
                        if arg.word.has_command_substitution {
                            self.substituted_program(site, name, &arg.word.raw);
                        }
                    }
                }
                if let Some(c) = code_text {
                    // `:!CMD`, gdb's `shell CMD`, `system(...)`: an escape to
                    // a shell, asked about; the command shown after `!` or
                    // `shell` is judged too (calls are read with the
                    // language's other escapes, `Lang::Vim`, `Lang::Gdb`).
                    if matches!(base, "vim" | "vi" | "nvim" | "ex" | "gdb" | "lldb" | "dc") {
                        let body = c.trim_start_matches(':').trim_start();
                        if body.starts_with('!')
                            || body.contains("shell")
                            || body.contains("system(")
                        {
                            self.find(Obf, Medium, format!("escapes to a shell from {name}"), text);
                        }
                        if let Some(cmd) = body
                            .strip_prefix('!')
                            .or_else(|| body.strip_prefix("shell "))
                            .or_else(|| body.strip_prefix("platform shell "))
                        {
                            self.script(cmd.trim(), site.depth + 1);
                        }
                        continue;
                    }
                    let after = vals
                        .get(i + if inline.is_some() { 1 } else { 2 }..)
                        .unwrap_or(&[]);
                    let (c, shell_lines) = super::codeargs::program_text(base, vals, after, c);
                    for cmd in shell_lines {
                        self.script(&cmd, site.depth + 1);
                    }
                    self.code(site, name, &c);
                    // `perl -e 'system @ARGV' sh -c CMD`: the words after
                    // the code are the command it runs.
                    if let Some(start) = super::codeargs::code_argv_start(name, vals) {
                        self.simple(site, rest, start);
                        // Code that runs commands and reads its arguments
                        // may run any of them (`shift; system($ARGV[0])`):
                        // each that is a command line is judged as one.
                        for w in vals.get(start..).unwrap_or(&[]) {
                            if w.contains(' ') && code::looks_like_shell(w) {
                                self.script(w, site.depth + 1);
                            }
                        }
                    }
                }
                return;
            }
        }
        if base == "python" {
            if let Some(m) = vals.iter().position(|v| *v == "-m") {
                let module = vals.get(m + 1).copied().unwrap_or("");
                // `-m http.server`: `servers.rs`.
                if module == "pip" {
                    let sub: Vec<&str> = vals.get(m + 2..).unwrap_or(&[]).to_vec();
                    self.tools(site, "pip", &sub);
                }
                return;
            }
        }
        // `php -S ADDR`: `servers.rs`.
        if base == "php" && vals.contains(&"-S") {
            return;
        }
        if base == "go" {
            if matches!(vals.first(), Some(&"install" | &"get")) {
                self.out.effects.trust_change = true;
            }
            // `go run - <<EOF`, `go run URL@version`, and `go run FILE.go`
            // of a file written earlier in the line (judged by what it holds).
            if vals.first() == Some(&"run") {
                if let Some(f) = vals
                    .get(1..)
                    .unwrap_or(&[])
                    .iter()
                    .find(|v| v.ends_with(".go") && self.written(v).is_some())
                {
                    self.run_file(site, f, "go");
                } else if vals.get(1) == Some(&"-") {
                    self.stdin_program(site, name, false);
                } else if let Some(p) = vals.get(1) {
                    if p.contains('@') && p.contains('.') && !p.starts_with('.') {
                        self.find(
                            Rce,
                            Medium,
                            format!("downloads and runs the Go program {p}"),
                            text,
                        );
                    }
                    self.go_run_local(site, vals);
                }
            }
            return;
        }
        if base == "deno" && vals.first() == Some(&"run") {
            if let Some(u) = vals.iter().find(|v| v.starts_with("http")) {
                // Deno runs a script without file, network, environment or
                // process access unless an `--allow-*` option (or `-A`)
                // grants it: a remote script run so is sandboxed, and asked
                // about rather than denied.
                let granted = vals.iter().take_while(|v| !v.starts_with("http")).any(|v| {
                    *v == "-A"
                        || v.starts_with("--allow-")
                        || *v == "--unstable-allow-all"
                        || v.starts_with("-A") && v.len() > 2
                });
                if granted {
                    self.rce_from(site, u, "deno");
                } else {
                    let host = net::host_of(u).unwrap_or(u);
                    if net::classify(host) != HostClass::Local {
                        self.find(
                            Rce,
                            Medium,
                            format!("runs a script from {host} in deno's sandbox (no permissions granted)"),
                            text,
                        );
                    }
                }
            }
            return;
        }
        // Editors open their operands as documents, sqlite3 as a database
        // and gdb as the program to debug: none of them runs it as a script.
        if matches!(
            base,
            "vim" | "vi" | "nvim" | "ex" | "ed" | "emacs" | "sqlite" | "gdb"
        ) {
            return;
        }
        // PowerShell's code options are its row's (`-Command`, `-enc`,
        // any case): the code was judged there, it names no script file.
        if matches!(base, "pwsh" | "powershell")
            && vals
                .iter()
                .any(|v| super::codeargs::powershell_code_option(v))
        {
            return;
        }
        // No code flag: a script file or standard input.
        let operand = rest
            .iter()
            .find(|a| a.v() == "-" || !a.v().starts_with('-'));
        match operand {
            Some(file) if file.v() != "-" => {
                let f = file.v();
                if f == "<(...)" || file.word.has_command_substitution {
                    self.substituted_program(site, name, &file.word.raw);
                } else {
                    self.run_file(site, f, name);
                }
            }
            _ => {
                if super::codeargs::STDIN_CODE.contains(&base) {
                    let has_input = site.cmd.redirects.iter().any(|r| r.input_text.is_some())
                        || site.cmd.pipeline.index > 0;
                    if has_input {
                        self.stdin_program(site, name, false);
                    }
                }
            }
        }
    }

    /// Code run by an interpreter.
    /// A shell started with a script the code shows runs that script
    /// (`spawnSync("sh", ["-c", "make test"])`): each script is judged,
    /// and the shell's own name is then not an escape. The scripts, and
    /// whether any of them had a finding.
    pub(super) fn shown_shell_scripts(
        &mut self,
        site: Site<'_>,
        code_text: &str,
    ) -> (Vec<String>, bool) {
        let shown = code::shell_c_scripts(code_text);
        let before = self.out.findings.len();
        for script in &shown {
            self.script(script, site.depth + 1);
        }
        let found = self.out.findings.len() > before;
        (shown, found)
    }

    pub(super) fn code(&mut self, site: Site<'_>, via: &str, code_text: &str) {
        let text = &site.cmd.text;
        // Scripts the code writes with text it shows: a later run is judged by that text.
        for w in crate::codewrites::file_writes(code_text) {
            self.written_script(site, &w.path, &w.text);
            self.remember_written(w.path, w.text, false, w.append);
        }
        self.code_loads(site, via, code_text);
        self.code_made_files(code_text, text);
        let mut facts = code::scan(code_text);
        // The language's own escape hatches (`agentgate_commands::LANGS`):
        // Tcl's `exec`/`socket`, R's `system2`, Julia's backticks...
        if let Some(row) = knowledge::lang_of(paths::basename(via))
            // The common languages are read by `code::scan`'s own lists;
            // the table adds the others' escape hatches.
            .filter(|l| {
                use agentgate_commands::Lang::*;
                !matches!(l, Shell | Python | Perl | Ruby | JavaScript | Php | Awk)
            })
            .and_then(|l| agentgate_commands::LANGS.iter().find(|r| r.lang == l))
        {
            let has = |list: &[&str]| list.iter().any(|p| !p.is_empty() && code_text.contains(p));
            facts.runs_commands |= has(row.runs);
            facts.network |= has(row.network);
            facts.writes_files |= has(row.writes);
        }
        self.code_copies(site, via, &facts);
        // `perl -e 'system(<STDIN>)' <<< CMD`, `python3 -c
        // 'os.system(input())'`: code that runs commands and reads its
        // standard input runs what the line feeds it (judged as a
        // command line; the code itself is not its own input).
        if facts.runs_commands && STDIN_READS.iter().any(|r| code_text.contains(r)) {
            match stdin_text(site) {
                Some(input) if input.trim() != code_text.trim() => {
                    self.script(&input, site.depth + 1);
                }
                Some(_) => {}
                None if site.cmd.pipeline.index > 0 => self.find(
                    Unverifiable,
                    Medium,
                    format!("{via} runs commands read from a pipe, which cannot be checked"),
                    text,
                ),
                None => {}
            }
        }
        // A literal the code runs as a shell line (`system("cp .env.example
        // .env")`) is judged below as the commands it holds, with their own
        // reasons; the paths of the other literals are read here.
        let shown_scripts = code::shell_c_scripts(code_text);
        let creds: Vec<(Severity, &'static str)> = facts
            .literals
            .iter()
            .filter(|l| {
                !(facts.runs_commands
                    && (code::looks_like_shell(l) || shown_scripts.iter().any(|s| s == *l)))
            })
            .flat_map(|l| {
                paths::tokens(l)
                    .filter_map(paths::credential)
                    .collect::<Vec<_>>()
            })
            .collect();
        let hosts: Vec<HostClass> = facts
            .literals
            .iter()
            .filter(|l| l.contains("://") || net::looks_like_url(l))
            .filter_map(|l| net::host_of(l))
            .map(net::classify)
            .collect();
        // Binding a socket to every interface (`0.0.0.0`, `""`) serves the
        // network, though the address classifies as local.
        let lower = code_text.to_ascii_lowercase();
        let binds = facts.serves
            || lower.contains(".bind(")
            || lower.contains("socket_bind")
            || lower.contains(".listen(");
        let loopback_bind = facts
            .literals
            .iter()
            .any(|l| l.starts_with("127.") || l == "localhost" || l == "::1");
        let bind_shell = facts.network && binds && !loopback_bind;
        let remote = hosts.iter().any(|h| *h != HostClass::Local)
            || (facts.network && hosts.is_empty())
            || bind_shell;
        // Code fetched and evaluated (`eval(get(URL))`, `exec(urlopen(URL)
        // .read())`): what runs is whatever the server sends.
        if facts.network && facts.evals && remote {
            self.out.effects.untrusted_input = true;
            self.find(
                Rce,
                Critical,
                format!("{via} code evaluates code it fetches from the network"),
                text,
            );
        }
        // Another command's output or a download run as a command
        // (`os.execute(io.popen("curl -s URL"):read("a"))`): what runs is
        // not in the code.
        if crate::codecalls::runs_output(code_text) {
            self.find(
                Rce,
                High,
                format!("{via} code runs another command's output or a download as a command"),
                text,
            );
        }
        // Standard input and output duplicated onto a socket (`os.dup2(s.
        // fileno(), 0)`, Perl's `fdopen($c, ...)`): whatever runs next talks
        // to the other end.
        if facts.network && (lower.contains("dup2") || lower.contains("fdopen")) {
            self.out.effects.egress = true;
            self.find(
                Exfil,
                Critical,
                format!("{via} code wires its standard input and output to a network socket (a reverse shell)"),
                text,
            );
        }
        // Commands read from a connection and run, whatever the host (a
        // shell for whoever is at the other end, even on this machine).
        if facts.network && facts.receives && facts.runs_commands && !bind_shell {
            self.out.effects.egress = true;
            self.find(
                Exfil,
                Critical,
                format!(
                    "{via} code runs commands it reads from a network connection (a reverse shell)"
                ),
                text,
            );
        }
        if bind_shell && facts.runs_commands {
            self.find(
                Exfil,
                Critical,
                format!("{via} code runs commands for whoever connects to a port it serves (a bind shell)"),
                text,
            );
        }
        if facts.network && remote {
            self.out.effects.egress = true;
            self.out.effects.untrusted_input = true;
            self.code_downloads(code_text);
        }
        let env_sent = facts.reads_env && !super::secretflow::env_reads_only_plain_names(code_text);
        if facts.network
            && remote
            && (env_sent || facts.reads_files || !creds.is_empty() || facts.runs_commands)
        {
            self.find(Exfil, Critical, format!("{via} code sends local data (files, environment or command output) to the network"), text);
        }
        for (sev, what) in &creds {
            self.find(Cred, *sev, format!("{via} code reads {what}"), text);
        }
        if facts.serves && !loopback_bind {
            self.out.effects.egress = true;
            self.find(
                Exfil,
                Medium,
                format!("{via} code serves on a network port (files or a shell may be reachable from the network)"),
                text,
            );
        }
        // AppleScript and JavaScript for Automation: a shell command run
        // through `do shell script` (as administrator, with a password
        // prompt the user did not ask for), and the clipboard read.
        if lower.contains("do shell script") || lower.contains("doshellscript") {
            if lower.contains("with administrator privileges")
                || lower.contains("administratorprivileges")
            {
                self.find(
                    SelfEsc,
                    High,
                    format!("{via} code runs a shell command as administrator"),
                    text,
                );
            } else {
                self.find(
                    Obf,
                    Medium,
                    format!("{via} code runs shell commands through AppleScript"),
                    text,
                );
            }
        }
        if lower.contains("the clipboard") || lower.contains("theclipboard()") {
            self.find(
                Cred,
                Medium,
                format!("{via} code reads the clipboard (often holds a copied password or token)"),
                text,
            );
        }
        // AppleScript: `make login item` runs an application at every login.
        if lower.contains("make login item") {
            self.find(
                SelfEsc,
                High,
                format!("{via} code adds a login item (runs at every login)"),
                text,
            );
        }
        if facts.reads_keychain {
            self.find(
                Cred,
                High,
                format!("{via} code reads a secret from the system's credential store"),
                text,
            );
        }
        if facts.asks_password {
            self.find(
                Cred,
                High,
                format!("{via} code shows a dialog asking for a password (credential phishing)"),
                text,
            );
        }
        if facts.deletes && facts.home_ref {
            self.find(
                Destr,
                High,
                format!("{via} code deletes a path built from the home directory"),
                text,
            );
        }
        for lit in &facts.literals {
            for tok in paths::tokens(lit) {
                let abs = paths::absolute(tok, tok, tok.starts_with('~'), &self.ctx);
                let Some(abs) = abs.filter(|_| tok.contains('/') || tok.starts_with('~')) else {
                    continue;
                };
                if guard::is_own_secret(&abs, &self.ctx) {
                    self.find(
                        Cred,
                        Critical,
                        format!("{via} code reads agentgate's device signing key"),
                        text,
                    );
                }
                if facts.writes_files || facts.deletes || facts.runs_commands {
                    let hit = guard::relation(&abs, &self.ctx)
                        .filter(|(r, _)| *r == guard::Relation::Inside || facts.deletes);
                    if let Some((_, g)) = hit {
                        self.find(
                            SelfEsc,
                            Critical,
                            format!(
                                "{via} code would change {}, which the agent must not alter",
                                g.what
                            ),
                            text,
                        );
                    }
                }
            }
            if facts.writes_files {
                for tok in paths::tokens(lit) {
                    if let Some((sev, what)) = paths::trust_target(tok, &self.ctx) {
                        self.find(SelfEsc, sev, format!("{via} code writes to {what}"), text);
                    }
                }
            }
            if facts.deletes {
                // A literal that is one path up through `..` (`'/tmp/build'
                // + '/..'` folded): the directory it names.
                let up = (lit.contains("/..") && !lit.contains(char::is_whitespace))
                    .then(|| paths::absolute(lit, lit, lit.starts_with('~'), &self.ctx))
                    .flatten();
                if let Some(abs) = up {
                    self.removal_target(&abs, &abs, false, true, text);
                }
                for tok in paths::tokens(lit) {
                    if tok.starts_with('/') || tok.starts_with('~') {
                        self.removal_target(tok, tok, false, true, text);
                    }
                }
            }
        }
        if facts.reads_env
            && !facts.network
            && super::secretflow::prints(code_text)
            && !code_text.contains("environ.get")
            && !code_text.contains("getenv(")
            && !code_text.contains("env.")
            && !super::secretflow::names_each_plain_variable(code_text)
        {
            self.find(
                Cred,
                Medium,
                format!("{via} code prints the environment"),
                text,
            );
        }
        if facts.runs_commands {
            let mut any_shell = false;
            // `system(pack("H*","726d202d..."))`: a command spelt in hex.
            for lit in &facts.literals {
                let hex = lit.len() >= 8
                    && lit.len() % 2 == 0
                    && lit.chars().all(|c| c.is_ascii_hexdigit());
                if !hex {
                    continue;
                }
                let bytes: Option<Vec<u8>> = (0..lit.len())
                    .step_by(2)
                    .map(|i| {
                        lit.get(i..i + 2)
                            .and_then(|h| u8::from_str_radix(h, 16).ok())
                    })
                    .collect();
                let Some(text_bytes) = bytes else {
                    continue;
                };
                if let Ok(decoded) = String::from_utf8(text_bytes) {
                    if code::looks_like_shell(&decoded) {
                        any_shell = true;
                        self.find(
                            Obf,
                            High,
                            format!("{via} code runs a hex-hidden command"),
                            text,
                        );
                        self.script(&decoded, site.depth + 1);
                    }
                }
            }
            let (shown, _) = self.shown_shell_scripts(site, code_text);
            any_shell |= !shown.is_empty();
            // A path the code opens is read, not run (`exec(open(F).read())`
            // is judged by `code_loads` as the code F holds).
            let opened = crate::codecalls::opened_paths(code_text);
            for lit in facts.literals.iter().filter(|l| !opened.contains(l)) {
                if code::is_shell_name(lit) && !shown.is_empty() {
                    // The shell of a shown script, above.
                } else if code::is_bare_shell(lit) {
                    any_shell = true;
                    self.find(Obf, Medium, format!("{via} code spawns a shell"), text);
                } else if code::looks_like_shell(lit) {
                    any_shell = true;
                    self.script(lit, site.depth + 1);
                }
            }
            if facts.evals_decoded || !any_shell {
                for payload in decode::base64_runs(code_text) {
                    self.find(
                        Obf,
                        High,
                        format!("{via} code runs a base64-hidden payload"),
                        text,
                    );
                    self.script(&payload, site.depth + 1);
                }
            }
            // A command decoded at run time that the decoder here cannot
            // read (XOR over base64, a key): it runs, unseen.
            if facts.evals_decoded
                && decode::base64_runs(code_text)
                    .into_iter()
                    .all(|p| code::literals(&p).is_empty() && !code::looks_like_shell(&p))
            {
                self.find(
                    Obf,
                    High,
                    format!(
                        "{via} code runs a command it decodes at run time, which cannot be checked"
                    ),
                    text,
                );
            }
        } else if facts.evals_decoded {
            for payload in decode::base64_runs(code_text) {
                self.find(
                    Obf,
                    High,
                    format!("{via} code evaluates a base64-hidden payload"),
                    text,
                );
                self.code(site, via, &payload);
            }
        }
    }
}

/// How code in the common languages reads its standard input.
const STDIN_READS: &[&str] = &[
    "<STDIN>",
    "<>",
    "gets",
    "STDIN.read",
    "$stdin",
    "input()",
    "sys.stdin",
    "readline()",
    "process.stdin",
    "readFileSync(0",
    "/dev/stdin",
    "php://stdin",
    "io.read",
];

/// `go build`'s options that take a value (go help build), as `go run`
/// reads them before its package.
const GO_VALUE_FLAGS: &[&str] = &[
    "-C",
    "-p",
    "-o",
    "-tags",
    "-ldflags",
    "-gcflags",
    "-asmflags",
    "-gccgoflags",
    "-mod",
    "-modfile",
    "-overlay",
    "-pgo",
    "-buildmode",
    "-compiler",
    "-installsuffix",
    "-pkgdir",
    "-toolexec",
    "-exec",
    "-coverpkg",
    "-covermode",
    "-buildvcs",
];

impl<'c> Walker<'c> {
    /// `go run ./cmd/NAME ARGS`: the project's build of the program NAME
    /// run with ARGS, judged by NAME's row when the tables have one
    /// (`go run ./cmd/kops update cluster --admin`, kOps' docs; opsdocse,
    /// session 56). `vals` start at `run`.
    pub(super) fn go_run_local(&mut self, site: Site<'_>, vals: &[&str]) {
        let mut words = vals.iter().enumerate().skip(1);
        let mut pkg = None;
        while let Some((i, w)) = words.next() {
            if w.starts_with('-') {
                if GO_VALUE_FLAGS.contains(w) {
                    words.next();
                }
                continue;
            }
            pkg = Some(i);
            break;
        }
        let Some((at, p)) = pkg.and_then(|i| vals.get(i).map(|p| (i, *p))) else {
            return;
        };
        let local = p.starts_with("./") || p.starts_with("../");
        let name = paths::basename(p.trim_end_matches('/'));
        if !local || p.ends_with(".go") || p.contains(['$', '`', '@', '*']) {
            return;
        }
        if agentgate_commands::program(name).is_none() || site.depth + 1 > MAX_DEPTH {
            return;
        }
        let mut line = name.to_owned();
        for w in vals.get(at + 1..).unwrap_or(&[]) {
            line.push(' ');
            if w.contains(['$', '`']) {
                line.push_str(w);
            } else {
                line.push_str(&super::usedfiles::quote_word(w));
            }
        }
        self.script(&line, site.depth + 1);
    }
}

/// The options that hand an interpreter its code on the command line
/// (one-liners: -c, -e, -r, --eval, -p, -E), by its name without a
/// version (`python3.12` is `python`).
fn code_flags(base: &str) -> &'static [&'static str] {
    match base {
        "python" | "pypy" | "ipython" => &["-c"],
        "perl" => &["-e", "-E", "-ne", "-pe", "-lne", "-nle", "-ple", "-lpe"],
        "ruby" | "irb" | "rake" => &["-e"],
        "node" | "nodejs" | "bun" | "ts-node" | "tsx" => &["-e", "--eval", "-p", "--print", "-pe"],
        "php" => &["-r"],
        "deno" => &["eval"],
        "lua" | "luajit" => &["-e"],
        "Rscript" | "R" => &["-e"],
        "osascript" => &["-e"],
        "ghc" | "ghci" | "runghc" => &["-e"],
        "guile" => &["-c"],
        "clisp" => &["-x"],
        "sbcl" => &["--eval"],
        "ecl" => &["-eval"],
        "tclsh" => &["-c"],
        "gdb" => &["-ex", "--eval-command"],
        "lldb" => &["-o", "--one-line", "-O", "--one-line-before-file"],
        "dc" => &["-e", "--expression"],
        "racket" | "bb" => &["-e"],
        "bpftrace" => &["-e"],
        "vim" | "vi" | "nvim" | "ex" => &["-c", "--cmd"],
        "sqlite3" => &[],
        "julia" | "groovy" | "swift" | "jrunscript" | "jjs" | "scala" | "kotlin" | "kotlinc" => {
            &["-e"]
        }
        "elixir" | "iex" => &["-e", "--eval"],
        "erl" => &["-eval"],
        "crystal" => &["eval"],
        _ => &[],
    }
}

/// A code option alone or last in a cluster of flags (`perl -le`, `-lane`,
/// `python3 -Bc`; clitp, session 46: `perl -le CODE` was read as a script
/// file named CODE).
fn is_code_flag(base: &str, v: &str) -> bool {
    let flags = code_flags(base);
    flags.contains(&v)
        || flags
            .iter()
            .any(|f| f.len() == 2 && agentgate_commands::cluster_ends_with(v, f))
}

/// Whether an interpreter's words before `i` hand it code on the command
/// line, so the operand at `i` is that code or its arguments, not a script
/// file (`perl -pe 's/a/b/sg' "$B"` runs no `sg`: thc, session 63).
pub(super) fn code_before(name: &str, vals: &[&str], i: usize) -> bool {
    let base = name.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
    vals.get(..i).is_some_and(|before| {
        before.iter().any(|v| {
            is_code_flag(base, v)
                || base == "perl" && ["-e", "-E"].iter().any(|f| v.starts_with(f) && v.len() > 2)
        })
    })
}

/// Whether a word names a script by its extension (`x.py`, `run.pl`).
fn script_named(v: &str) -> bool {
    const EXTENSIONS: &[&str] = &[
        "py", "pl", "rb", "js", "mjs", "cjs", "ts", "php", "lua", "sh", "tcl",
    ];
    v.rsplit_once('.')
        .is_some_and(|(stem, ext)| !stem.is_empty() && EXTENSIONS.contains(&ext))
}
