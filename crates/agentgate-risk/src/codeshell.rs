//! Whether a literal from code is a shell command line or a shell's name:
//! the test the code reader applies to every string it finds.

/// Whether a literal looks like a shell command line rather than data: it
/// starts with a command word and has an argument, a pipe or a redirection.
pub(crate) fn looks_like_shell(lit: &str) -> bool {
    let t = lit.trim();
    if t.is_empty() || t.len() > 16 * 1024 {
        return false;
    }
    // A subshell or group opening the line (`(crontab -l; echo ...) |
    // crontab -`) comes before the first command's name.
    // The first command's name ends at a separator glued to it (`ls;
    // rm -rf ~`, `ls&&rm ...`: session 46, `os.system("ls; rm -rf ~")`
    // passed while `"rm -rf ~; ls"` was denied).
    let first = t
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_start_matches(['(', '{']);
    let first = first_command_name(first);
    // `. FILE` is the source builtin; `: | CMD` and `: > FILE` start with
    // the null builtin (its output, nothing, feeds the rest).
    let null_builtin = first == ":" && (t.contains('|') || t.contains('>'));
    let first_ok = first == "."
        || null_builtin
        || first
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '_' | '-'))
            && first.chars().any(|c| c.is_ascii_alphabetic());
    first_ok && (t.contains(' ') || t.contains('|') || t.starts_with('/')) && !etc_data_file(t)
}

/// Whether a literal of code that runs commands (it holds `os.system`,
/// `system`, `exec`...) is a command line: [`looks_like_shell`], or read
/// as shell it runs a program with a command-shaped name somewhere, for a
/// line whose first word is no name as written (`{ ls; rm -rf ~; }`,
/// `x=1;rm -rf ~`, `ls>/dev/null;rm ...`, `"rm" -rf ~`, `!ls;rm ...`: all
/// passed inside `os.system(...)` until session 46). Only there: in a
/// file's text the looser reading takes data for commands.
pub(crate) fn run_command_line(lit: &str) -> bool {
    looks_like_shell(lit) || lit.trim().contains(' ') && parsed_program(lit.trim())
}

/// A line's first word up to a command separator glued to it (`ls;rm`,
/// `ls&&rm`, `true|sh`): the first command's name.
pub(crate) fn first_command_name(word: &str) -> &str {
    word.split([';', '&', '|']).next().unwrap_or(word)
}

/// Whether `t`, read as shell, runs a program with a command-shaped name.
fn parsed_program(t: &str) -> bool {
    let Ok(a) = agentgate_shell::analyze(t, &agentgate_shell::Limits::default()) else {
        return false;
    };
    a.commands.iter().any(|c| {
        c.argv.first().is_some_and(|w| {
            let v = w.value_or_raw();
            !v.is_empty()
                && v.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '_' | '-'))
                && v.chars().any(|c| c.is_ascii_alphabetic())
        })
    })
}

/// A file directly in /etc named alone (`close("/etc/passwd")` in an awk
/// program that also runs commands): configuration code reads, not a
/// program it runs (lcmdd's false deny, session 29: run, it was
/// `passwd`). /etc/rc.local is a script.
fn etc_data_file(t: &str) -> bool {
    t.strip_prefix("/etc/")
        .is_some_and(|f| !f.is_empty() && !f.contains(['/', ' ', '|']) && f != "rc.local")
}

/// Whether `lit` is just a shell's name or path (`sh`, `/bin/bash`), as
/// the program of an argument vector is written.
pub(crate) fn is_shell_name(lit: &str) -> bool {
    is_bare_shell(lit) && !lit.contains(' ')
}

/// Whether `lit` names a shell binary on its own (`/bin/sh`, `bash`).
pub(crate) fn is_bare_shell(lit: &str) -> bool {
    let t = lit.trim();
    let first = t.split_whitespace().next().unwrap_or("");
    let base = first.rsplit('/').next().unwrap_or(first);
    // busybox on its own is not a shell; `busybox sh` is.
    agentgate_commands::SHELLS.contains(&base)
        && base != "busybox"
        && t.split_whitespace().skip(1).all(|a| {
            a.starts_with('-') || a.starts_with('<') || a.starts_with('>') || a.contains('&')
        })
}

/// Whether `lit`, a literal of interpreter `code`, is only one of the
/// code's own values interpolated (`"$es"`, `"#{r}"`, `"{out}"`) and not
/// handed to a run call (`system "$c"`, `` `$c` ``): printing what the
/// code computed runs nothing (clitp, session 46: `perl -le '$es=system
/// q/ls/; print "$es"'` was asked as a shell named by a variable). A value
/// handed to a run call stays judged (`$c=<STDIN>; system "$c"`).
pub(crate) fn own_value(code: &str, lit: &str) -> bool {
    let name = lit
        .strip_prefix("${")
        .and_then(|r| r.strip_suffix('}'))
        .or_else(|| lit.strip_prefix("#{").and_then(|r| r.strip_suffix('}')))
        .or_else(|| lit.strip_prefix('{').and_then(|r| r.strip_suffix('}')))
        .or_else(|| lit.strip_prefix('$'))
        .unwrap_or("");
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return false;
    }
    const RUNS: &[&str] = &[
        "system",
        "exec",
        "qx",
        "shell_exec",
        "passthru",
        "popen",
        "spawn",
        "execsync",
        "spawnsync",
        "check_output",
        "check_call",
        "call",
        "run",
        "getoutput",
        "proc_open",
        "%x",
    ];
    // Handed to a run call however it is written: `system "$c"`,
    // `system($c)`, `system $c`, `exec(["sh", "-c", "$c"])`.
    let handed = code.match_indices(lit).any(|(i, _)| {
        let before = code.get(..i).unwrap_or("");
        // Quotes, brackets and string prefixes (`f"`, `qx{`, a backtick).
        let before =
            before.trim_end_matches(['"', '\'', '(', ' ', '[', ',', '{', '`', 'f', 'r', 'b']);
        // The tail compared without case, not the whole prefix lowered.
        RUNS.iter().any(|r| {
            before
                .get(before.len().saturating_sub(r.len())..)
                .is_some_and(|tail| tail.eq_ignore_ascii_case(r))
        })
    });
    !handed && !code.contains(&format!("`{lit}`"))
}
