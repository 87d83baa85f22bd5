//! Which of an interpreter's operands is its code, and what the code does
//! with the words after it: read by the argument checks (a code operand is
//! not a path the interpreter changes) and by the interpreter reader.

use super::*;

/// Whether `vals[i]` is the code an interpreter is handed (`php -r CODE`,
/// `ruby -e CODE`, `perl -ne CODE`): read by the code reader, which judges
/// the files the code writes, not as a path the interpreter changes.
pub(super) fn interpreter_code_at(name: &str, vals: &[&str], i: usize) -> bool {
    // Only languages with a code reader (`LANGS`): `jrunscript -e CODE`
    // has none, so its paths are still read as operands.
    if !INTERPRETERS.contains(&name) || knowledge::lang_of(name).is_none() {
        return false;
    }
    let Some(flag) = i.checked_sub(1).and_then(|p| vals.get(p)) else {
        return false;
    };
    matches!(
        *flag,
        "-e" | "-E" | "-r" | "-c" | "--eval" | "-p" | "--print" | "-eval"
    ) || (name == "clisp" && *flag == "-x")
        || (name == "perl"
            && flag.starts_with('-')
            && !flag.starts_with("--")
            && flag.ends_with(['e', 'E']))
}

/// `code` with each string literal that is a shell command line (a pipe
/// open's `|` aside) taken out: what is left names the files the code
/// itself touches.
pub(super) fn code_without_commands(code: &str) -> String {
    let mut out = code.to_owned();
    for lit in code::literals(code) {
        let cmd = lit
            .trim()
            .trim_start_matches('|')
            .trim_end_matches('|')
            .trim();
        // A command with words (a lone path is a file the code names), and
        // a shell the code runs (`exec {'/bin/sh'} 'sh', '-c', ...`): the
        // program it starts, not a file it changes.
        if code::looks_like_shell(cmd) && cmd.split_whitespace().nth(1).is_some()
            || code::is_shell_name(cmd) && started_program(code, &lit)
        {
            out = out.replace(lit.as_str(), "");
        }
    }
    out
}

/// Whether every place `lit` appears in `code` is the program of a call
/// that starts one (`exec {'/bin/sh'}`, `spawn("sh", ...)`, `["bash",
/// "-c", ...]`): there it is run, not written (`IO.binwrite("/bin/sh",
/// ..)` is a write, and keeps the path).
fn started_program(code: &str, lit: &str) -> bool {
    const STARTS: &[&str] = &[
        "exec {",
        "exec(",
        "exec ",
        "execv(",
        "execl(",
        "execvp(",
        "execlp(",
        "spawn(",
        "system(",
        "popen(",
        "::new(",
        "pcntl_exec(",
        "[",
        "run(",
        "call(",
    ];
    let mut any = false;
    for (at, _) in code.match_indices(lit) {
        let before = code
            .get(..at)
            .unwrap_or("")
            .trim_end_matches(['\'', '"'])
            .trim_end();
        if !STARTS
            .iter()
            .any(|s| before.ends_with(s.trim_end()) || before.ends_with(s))
        {
            return false;
        }
        any = true;
    }
    any
}

/// Where the command starts in `vals` when an interpreter's one-line code
/// runs the words it is handed (`perl -e 'system @ARGV' sh -c CMD`, `ruby
/// -e 'exec(*ARGV)' CMD`, `python3 -c 'subprocess.run(sys.argv[1:])' CMD`):
/// the code both runs commands and reads its argument list.
pub(super) fn code_argv_start(name: &str, vals: &[&str]) -> Option<usize> {
    let at = (0..vals.len()).find(|i| interpreter_code_at(name, vals, *i))?;
    let code = vals.get(at)?;
    const ARGV: &[&str] = &[
        "ARGV",
        "sys.argv",
        "process.argv",
        "$argv",
        "commandArgs(",
        "os.Args",
        "Deno.args",
        "Bun.argv",
    ];
    let start = at + 1;
    (ARGV.iter().any(|a| code.contains(a)) && code::scan(code).runs_commands && start < vals.len())
        .then_some(start)
}

/// What of an interpreter's code operand names files it touches itself:
/// the code without the command lines it shows; PowerShell's `-c` line is
/// a command line as a whole when it reads as one (`pwsh -c 'cat FILE'`).
pub(super) fn code_residue(name: &str, code: &str) -> String {
    if matches!(name, "pwsh" | "powershell") && code::looks_like_shell(code) {
        return String::new();
    }
    code_without_commands(code)
}

/// The program an interpreter's code option gives, with what its other
/// options add, and the shell command lines it holds:
/// - modules loaded by options are the code's own imports (`perl
///   -MLWP::Simple -e 'eval get(URL)'`, `ruby -rsocket -e ...`);
/// - IPython's `!CMD` lines run CMD through a shell; the rest is Python;
/// - an element of the argument list (`$ARGV[0]`, `sys.argv[1]`,
///   `ARGV[0]`, `process.argv[1]`) is the word the line hands it, put in
///   as a literal (`open(H, '-|', 'sh', '-c', $ARGV[0])`).
pub(super) fn program_text(
    base: &str,
    vals: &[&str],
    after: &[&str],
    code: String,
) -> (String, Vec<String>) {
    let code = argv_elements(base, after, code);
    let mut shell = Vec::new();
    let code = if base == "ipython" {
        let mut py = String::new();
        for line in code.lines() {
            match line.trim_start().strip_prefix('!') {
                Some(cmd) => shell.push(cmd.trim().to_owned()),
                None => {
                    py.push_str(line);
                    py.push('\n');
                }
            }
        }
        py
    } else {
        code
    };
    let loaded: Vec<String> = vals
        .iter()
        .filter_map(|v| match base {
            "perl" => v
                .strip_prefix("-M")
                .or_else(|| v.strip_prefix("-m"))
                .filter(|m| !m.is_empty())
                .map(|m| format!("use {};\n", m.split(['=', ' ']).next().unwrap_or(m))),
            "ruby" => v
                .strip_prefix("-r")
                .filter(|m| !m.is_empty())
                .map(|m| format!("require '{m}'\n")),
            _ => None,
        })
        .collect();
    let code = if loaded.is_empty() {
        code
    } else {
        loaded.concat() + &code
    };
    (code, shell)
}

/// `code` with each element of its argument list that `after` supplies
/// written as a literal (see [`program_text`]).
pub(super) fn argv_elements(base: &str, after: &[&str], code: String) -> String {
    // The expression for element N and which word it is: Python's
    // `sys.argv[0]` is `-c` and node's `process.argv[0]` the program, so
    // their element N is the Nth word; Perl's and Ruby's element N the
    // (N+1)th.
    // PHP's `$argv[0]` is the code's own name (`Standard input code`); R's
    // vectors count from 1.
    let (prefix, offset) = match base {
        "perl" => ("$ARGV[", 0),
        "ruby" => ("ARGV[", 0),
        "python" | "pypy" => ("sys.argv[", 1),
        "node" | "nodejs" | "bun" => ("process.argv[", 1),
        "php" => ("$argv[", 1),
        "Rscript" | "R" => ("commandArgs(TRUE)[", 1),
        _ => return code,
    };
    let code = if matches!(base, "Rscript" | "R") {
        code.replace("commandArgs(trailingOnly = TRUE)", "commandArgs(TRUE)")
            .replace("commandArgs(trailingOnly=TRUE)", "commandArgs(TRUE)")
    } else {
        code
    };
    // Code that shifts or rewrites its argument list (`shift`, `pop(`,
    // `splice`, `@ARGV = ...`) moves the elements: not substituted.
    let shifted = [
        "shift", "pop(", "splice", "@ARGV =", "@ARGV=", "argv =", "argv=",
    ]
    .iter()
    .any(|s| code.contains(s));
    if after.is_empty() || !code.contains(prefix) || shifted {
        return code;
    }
    let mut out = code;
    for (n, word) in after.iter().enumerate().take(16) {
        let expr = format!("{prefix}{}]", n + offset);
        if out.contains(&expr) {
            let lit = if base == "perl" {
                format!("'{}'", word.replace('\\', "\\\\").replace('\'', "\\'"))
            } else {
                format!("\"{}\"", word.replace('\\', "\\\\").replace('"', "\\\""))
            };
            // R's `shQuote(X)` quotes X for the shell it is handed to: the
            // shell sees X.
            out = out.replace(&format!("shQuote({expr})"), &lit);
            out = out.replace(&expr, &lit);
        }
    }
    out
}

/// The code a `data:` URL holds (`node --import 'data:text/javascript,...'`):
/// percent-encoded or `;base64`. `None` for other media types.
pub(super) fn data_url_code(url: &str) -> Option<String> {
    let (meta, body) = url.strip_prefix("data:")?.split_once(',')?;
    let media = meta.split(';').next().unwrap_or("");
    if !matches!(
        media,
        "text/javascript"
            | "application/javascript"
            | "application/x-javascript"
            | "text/ecmascript"
    ) {
        return None;
    }
    let text = percent_encoding::percent_decode_str(body)
        .decode_utf8()
        .ok()?
        .into_owned();
    if meta.ends_with(";base64") {
        return crate::decode::apply(&crate::decode::Stage::Base64, &text);
    }
    Some(text)
}

/// The values of node's options that load a module before the code
/// (`--import`, `--require`, `-r`, `--loader`, `--experimental-loader`).
pub(super) fn node_preloads<'a>(vals: &[&'a str]) -> Vec<&'a str> {
    const OPTS: &[&str] = &[
        "--import",
        "--require",
        "-r",
        "--loader",
        "--experimental-loader",
    ];
    let mut out = Vec::new();
    for (i, v) in vals.iter().enumerate() {
        if let Some((_, value)) = v.split_once('=').filter(|(o, _)| OPTS.contains(o)) {
            out.push(value);
        } else if OPTS.contains(v) {
            out.extend(vals.get(i + 1).copied());
        }
    }
    out
}

/// The language of an interpreter's code (`python3.12` is Python).
pub(super) fn lang_of(name: &str) -> Option<agentgate_commands::Lang> {
    use agentgate_commands::Lang;
    let base = name.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
    Some(match base {
        "python" | "pypy" | "ipython" => Lang::Python,
        "perl" => Lang::Perl,
        "ruby" | "irb" | "erb" | "rake" => Lang::Ruby,
        "node" | "nodejs" | "bun" | "deno" | "ts-node" | "tsx" => Lang::JavaScript,
        "php" => Lang::Php,
        "lua" | "luajit" => Lang::Lua,
        "awk" | "gawk" | "mawk" | "nawk" => Lang::Awk,
        "R" | "Rscript" => Lang::R,
        "julia" => Lang::Julia,
        "erl" | "escript" => Lang::Erlang,
        "elixir" | "iex" => Lang::Elixir,
        "tclsh" | "jimsh" | "wish" | "expect" => Lang::Tcl,
        "gnuplot" => Lang::Gnuplot,
        "octave" | "octave-cli" => Lang::Octave,
        "guile" | "sbcl" | "clisp" | "ecl" | "racket" | "bb" => Lang::Lisp,
        "pwsh" | "powershell" => Lang::PowerShell,
        "groovy" | "scala" | "kotlin" | "kotlinc" | "jshell" => Lang::Jvm,
        _ => return None,
    })
}

impl Walker<'_> {
    /// `node --import 'data:text/javascript,...'`: code loaded before the
    /// program, read as code.
    pub(super) fn preloaded_code(&mut self, site: Site<'_>, base: &str, name: &str, vals: &[&str]) {
        self.written_modules(site, base, vals);
        if matches!(base, "node" | "nodejs" | "bun" | "deno") {
            for url in node_preloads(vals) {
                if let Some(js) = data_url_code(url) {
                    self.code(site, name, &js);
                }
            }
        }
    }

    /// ERB on a template it reads from its input (`echo '<%= `CMD` %>' |
    /// erb`): the Ruby between the tags is read as code.
    pub(super) fn erb_template(&mut self, site: Site<'_>, base: &str) {
        if base != "erb" {
            return;
        }
        let Some(text) = stdin_text(site) else {
            return;
        };
        let mut code = String::new();
        for part in text.split("<%").skip(1) {
            let body = part.split("%>").next().unwrap_or("");
            if body.starts_with('#') {
                continue;
            }
            code.push_str(body.trim_start_matches(['=', '-']).trim_end_matches('-'));
            code.push('\n');
        }
        if !code.trim().is_empty() {
            self.code(site, "erb", &code);
        }
    }
}

/// Whether `word` is one of PowerShell's code options in its row
/// (`agentgate_commands` `pwsh`), compared in lower case as PowerShell does.
pub(super) fn powershell_code_option(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    agentgate_commands::program("pwsh").is_some_and(|p| {
        p.exec.iter().any(|e| match e {
            agentgate_commands::Exec::Opt { names, .. }
            | agentgate_commands::Exec::OptEncoded { names, .. } => names.contains(&lower.as_str()),
            _ => false,
        })
    })
}

/// Interpreters that run the code on their standard input when no script
/// is named (`echo CODE | python3`, `jshell <<< CODE`).
pub(super) const STDIN_CODE: &[&str] = &[
    "python",
    "perl",
    "ruby",
    "node",
    "nodejs",
    "php",
    "bun",
    "lua",
    "Rscript",
    "osascript",
    "pwsh",
    "tclsh",
    "jimsh",
    "guile",
    "ghci",
    "irb",
    "swift",
    "jshell",
    "pypy",
    "ipython",
    "ts-node",
    "groovy",
];

/// The index in `vals` of the shell code a row's sub-command types or runs
/// (`tmux send-keys -t dev 'cat /etc/hosts' Enter`, `tmux if-shell CMD
/// ...`, `screen -X stuff CMD`): the words from there are keys or commands,
/// judged as the command line they make (`Walker::knowledge`), not paths
/// the program changes (thc, session 63: the keys were read as tmux
/// changing /etc).
pub(super) fn sub_code_start(name: &str, vals: &[&str]) -> Option<usize> {
    let p = agentgate_commands::program(name).filter(|p| !p.fold_case)?;
    let opts = knowledge::value_options(p);
    let ops = knowledge::operands(vals, &|o: &str| opts.contains(&o), !p.windows);
    p.exec.iter().find_map(|e| match *e {
        agentgate_commands::Exec::SubCode {
            sub,
            lang: agentgate_commands::Lang::Shell,
        } => knowledge::command_after(&ops, vals, sub, 0),
        _ => None,
    })
}
