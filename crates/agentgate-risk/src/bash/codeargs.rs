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
    ) || (name == "perl"
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
        // A command with words (a lone path is a file the code names).
        if code::looks_like_shell(cmd) && cmd.split_whitespace().nth(1).is_some() {
            out = out.replace(lit.as_str(), "");
        }
    }
    out
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
