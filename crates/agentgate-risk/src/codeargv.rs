//! Argument vectors in code: lists of string literals (`["sh", "-c",
//! "..."]`, `execl("/bin/sh", "sh", "-c", ...)`, `(shell "sh" "-c" ...)`)
//! and the shell scripts they hand a shell. Read by the code reader
//! (`crate::code`) for every language.

/// The scripts of shells started with a shown script in list form
/// (`spawnSync("sh", ["-c", "make test"])`, `["bash", "-lc", "..."]`).
pub(crate) fn shell_c_scripts(code: &str) -> Vec<String> {
    let c_flag =
        |flag: &str| flag.starts_with('-') && !flag.starts_with("--") && flag.ends_with('c');
    // A process API that takes the program apart from its arguments
    // (Swift's `Process`: `executableURL = URL(fileURLWithPath:
    // "/bin/sh")`, `arguments = ["-c", "make test"]`): a list that starts
    // with the `-c` flag, in code that names a shell as a literal.
    let names_shell = std::cell::OnceCell::new();
    let names_shell = || {
        *names_shell.get_or_init(|| {
            crate::code::literals(code)
                .iter()
                .any(|l| crate::codeshell::is_shell_name(l))
        })
    };
    argv_words(code)
        .into_iter()
        .filter_map(|words| {
            // The shell anywhere in the list (`'-|', 'sh', '-c', ...`: a
            // pipe open's mode first).
            let with_shell = words.windows(3).find_map(|w| match w {
                [shell, flag, script]
                    if agentgate_commands::SHELLS
                        .contains(&shell.rsplit('/').next().unwrap_or(shell))
                        && c_flag(flag) =>
                {
                    Some(script.clone())
                }
                _ => None,
            });
            with_shell.or_else(|| match words.as_slice() {
                [flag, script] if c_flag(flag) && names_shell() => Some(script.clone()),
                _ => None,
            })
        })
        .collect()
}

/// The words of each list of string literals (see
/// [`argv_lists`](crate::code::argv_lists)).
pub(crate) fn argv_words(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for (open, bracket) in code.match_indices(['[', '(', '{']) {
        let close_char = match bracket {
            "[" => ']',
            "{" => '}',
            _ => ')',
        };
        let rest = code.get(open + 1..).unwrap_or("");
        // `os.spawnlp(os.P_WAIT, "sh", "sh", "-c", ...)`: a mode constant
        // before the literals (Python's `os.spawn*`).
        let after_mode = || {
            let (mode, tail) = rest.split_once(',')?;
            let mode = mode.trim();
            (bracket == "("
                && !mode.is_empty()
                && mode
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.')))
            .then(|| literal_items(tail, close_char))
            .flatten()
        };
        // `open(my $h, '-|', 'sh', '-c', ...)`: other arguments, then the
        // literals (the first comma after which only literals follow).
        let after_args = || {
            if bracket != "(" {
                return None;
            }
            let head = rest.get(..rest.len().min(256)).unwrap_or(rest);
            head.match_indices(',').find_map(|(p, _)| {
                let items = literal_items(rest.get(p + 1..)?, close_char)?;
                (items.len() >= 2).then_some(items)
            })
        };
        let lisp = bracket == "(" && literal_items(rest, close_char).is_none();
        let Some(mut items) = literal_items(rest, close_char)
            .or_else(after_mode)
            .or_else(|| (bracket == "(").then(|| lisp_items(rest)).flatten())
            .or_else(after_args)
        else {
            continue;
        };
        // `execl("/bin/sh", "sh", "-c", ...)`, `spawnlp(.., "sh", "sh",
        // ...)`: the file to run, then argv[0] naming it again.
        let base = |w: &str| w.rsplit('/').next().unwrap_or(w).to_owned();
        if bracket == "("
            && items.len() >= 3
            && items.get(1).map(|w| base(w)) == items.first().map(|w| base(w))
        {
            items.remove(0);
        }
        // A call's own arguments (`system("sh", "-c", "...")`) only when
        // there are several; one is a command line read elsewhere.
        if bracket == "(" && items.len() < 2 {
            continue;
        }
        // `execFileSync('git', ['push', ...])`, `spawn("rm", [...])`: the
        // program is the literal before the list.
        // Also through an options object (`new Deno.Command("sh", { args:
        // [...] })`, `Command::new("sh").args([...])` is not read).
        let mut before = code.get(..open).unwrap_or("").trim_end();
        // A list built by a call (R's `c(...)`, `list(...)`, PHP's
        // `array(...)`): a list like `[...]`, its program the literal
        // before it (`system2("sh", c("-c", ...))`).
        let ctor = bracket == "("
            && ["c", "list", "array"].iter().any(|k| {
                before.strip_suffix(k).is_some_and(|b| {
                    !b.ends_with(|ch: char| ch.is_ascii_alphanumeric() || ch == '_' || ch == '.')
                })
            });
        if ctor {
            before = before
                .trim_end_matches(|ch: char| ch.is_ascii_alphanumeric())
                .trim_end();
        }
        for key in ["args:", "args =", "argv:", "{"] {
            before = before.strip_suffix(key).map_or(before, str::trim_end);
        }
        // A Lisp list after the program's literal (`(run-program "/bin/sh"
        // (list "-c" ...))`): no comma between them.
        let program = (bracket == "[" || lisp || ctor)
            .then(|| before.strip_suffix(',').or(lisp.then_some(before)))
            .flatten()
            .map(str::trim_end)
            .and_then(|before| {
                let q = before.chars().last().filter(|q| matches!(q, '\'' | '"'))?;
                let body = before.get(..before.len() - 1)?;
                let start = body.rfind(q)?;
                let name = body.get(start + 1..)?;
                (!name.is_empty() && !name.contains(char::is_whitespace)).then(|| name.to_owned())
            });
        let mut words = items;
        if words.len() >= 2 || program.is_some() && !words.is_empty() {
            // `os.execvp("sh", ["sh", "-c", ...])`: the list's first item
            // is already the program's name (argv[0]).
            // `posix_spawn("/bin/sh", ["sh", ...])`: the same program.
            if let Some(p) = program.filter(|p| words.first().map(|w| base(w)) != Some(base(p))) {
                words.insert(0, p);
            }
            out.push(words);
        }
        if out.len() >= 64 {
            break;
        }
    }
    out
}

/// A Lisp call's string arguments (`(babashka.process/shell "sh" "-c"
/// "CMD")`, `(run-program "/bin/sh" ...)` is not one): a symbol, then
/// only literals separated by blanks up to the closing parenthesis.
fn lisp_items(rest: &str) -> Option<Vec<String>> {
    let sym_len =
        rest.find(|c: char| !(c.is_ascii_alphanumeric() || "-_./:*!?<>=+".contains(c)))?;
    if sym_len == 0 || !rest.get(sym_len..)?.starts_with(char::is_whitespace) {
        return None;
    }
    let mut items = Vec::new();
    let mut tail = rest.get(sym_len..)?.trim_start();
    while let Some(body) = tail.strip_prefix('"') {
        let mut lit = String::new();
        let mut chars = body.char_indices();
        let end = loop {
            let (i, d) = chars.next()?;
            match d {
                '\\' => lit.push(chars.next()?.1),
                '"' => break i,
                _ => lit.push(d),
            }
        };
        items.push(lit);
        if items.len() > 64 {
            return None;
        }
        tail = body.get(end + 1..)?.trim_start();
    }
    (tail.starts_with(')') && !items.is_empty()).then_some(items)
}

/// The string literals of a list or argument list that starts after its
/// opening bracket, up to `close` outside quotes; `None` unless every item
/// is one literal. Written by hand: a quote-aware split is all the
/// argument-vector reader needs, for any of the languages it reads.
fn literal_items(rest: &str, close: char) -> Option<Vec<String>> {
    let mut items = Vec::new();
    let mut chars = rest.chars();
    loop {
        // Skip spaces to the next item.
        let mut c = chars.next()?;
        while c.is_whitespace() {
            c = chars.next()?;
        }
        if c == close && items.is_empty() {
            return None;
        }
        if !matches!(c, '\'' | '"') {
            return None;
        }
        let quote = c;
        let mut lit = String::new();
        loop {
            let d = chars.next()?;
            if d == '\\' {
                lit.push(chars.next()?);
                continue;
            }
            if d == quote {
                break;
            }
            lit.push(d);
        }
        items.push(lit);
        if items.len() > 64 {
            return None;
        }
        let mut d = chars.next()?;
        while d.is_whitespace() {
            d = chars.next()?;
        }
        if d == close {
            return Some(items);
        }
        if d != ',' {
            return None;
        }
    }
}
