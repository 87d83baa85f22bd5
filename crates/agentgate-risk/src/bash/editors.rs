//! Files written by line editors driven by a script: ed's `a`/`i`/`c`
//! text blocks then `w FILE` (its commands on standard input), and vim's
//! or ex's `put ='TEXT'` / `call setline(N, 'TEXT')` then `w! FILE` (its
//! `-c`, `--cmd` and `+` commands). What the file gets is over-approximated
//! by every text the script brings in: inserted lines, the replacement of
//! each substitution (`s/make/rm -rf ~/`), keys typed by `normal`, and the
//! commands of `exe "..."`. Text read from a file (`r FILE`) is that file's,
//! as a copy's is. Written by hand: no crate reads ed or ex scripts, and
//! only these commands are needed to know what a script puts in a file.

use super::*;

/// The files an ed script (`vim == false`) or a list of ex commands
/// (`vim == true`) writes, with the text each gets (see the module's note).
pub(super) fn editor_writes(commands: &[&str], vim: bool) -> Vec<(String, String)> {
    let mut buffer: Vec<String> = Vec::new();
    let mut out = Vec::new();
    let mut pending: Vec<String> = commands
        .iter()
        .flat_map(|c| c.lines())
        .map(str::to_owned)
        .rev()
        .collect();
    while let Some(raw) = pending.pop() {
        let line = raw.trim().trim_start_matches(':').trim_start();
        if !vim && matches!(line, "a" | "i" | "c" | ".a" | "$a" | "0a" | "1i") {
            // Text up to a line holding only `.`.
            while let Some(text) = pending.pop() {
                if text == "." {
                    break;
                }
                buffer.push(text);
            }
            continue;
        }
        if vim {
            if let Some(expr) = line
                .strip_prefix("put! =")
                .or_else(|| line.strip_prefix("put ="))
                .or_else(|| line.strip_prefix("pu ="))
            {
                buffer.push(vim_string(expr.trim()).unwrap_or_else(|| expr.to_owned()));
                continue;
            }
            if let Some(args) = line.strip_prefix("call setline(") {
                let text = args
                    .split_once(',')
                    .map(|(_, t)| t.trim().trim_end_matches(')').trim());
                if let Some(t) = text {
                    buffer.push(vim_string(t).unwrap_or_else(|| t.to_owned()));
                }
                continue;
            }
            // `normal! ifoo`: the keys after the mode key are typed text.
            if let Some(keys) = ["normal!", "normal", "norm!", "norm"]
                .iter()
                .find_map(|n| line.strip_prefix(n))
            {
                let keys = keys.trim_start();
                buffer.push(keys.get(1..).unwrap_or("").to_owned());
                continue;
            }
            // `exe "cmd"`: the string is a command, read as one.
            if let Some(expr) = ["execute ", "exe "]
                .iter()
                .find_map(|n| line.strip_prefix(n))
            {
                pending.push(vim_string(expr.trim()).unwrap_or_else(|| expr.to_owned()));
                continue;
            }
        }
        if let Some(rep) = substitution_text(line) {
            buffer.push(rep);
            continue;
        }
        let (cmd, arg) = line.split_once(' ').unwrap_or((line, ""));
        let arg = arg.trim();
        let writes = matches!(
            cmd.trim_end_matches('!'),
            "w" | "write" | "wq" | "x" | "xit" | "sav" | "saveas" | "W"
        );
        if writes && !arg.is_empty() && !arg.starts_with('!') {
            let text = buffer.join("\n");
            out.push((arg.to_owned(), text.trim_start_matches('\n').to_owned()));
        }
    }
    out
}

/// The replacement text of a substitution command (`s/a/b/g`, `%s#a#b#`,
/// `1,$s/a/b/`, `g/re/s//b/`): the text it can bring into the buffer.
fn substitution_text(line: &str) -> Option<String> {
    let bytes: Vec<char> = line.chars().collect();
    let at = bytes.iter().enumerate().position(|(i, c)| {
        *c == 's'
            && (i == 0 || !bytes.get(i - 1).is_some_and(|p| p.is_ascii_alphabetic()))
            && bytes
                .get(i + 1)
                .is_some_and(|d| d.is_ascii_punctuation() && *d != '"' && *d != '\\')
    })?;
    let delim = *bytes.get(at + 1)?;
    let mut parts = vec![String::new()];
    let mut chars = bytes.iter().skip(at + 2);
    while let Some(c) = chars.next() {
        if *c == '\\' {
            if let (Some(n), Some(p)) = (chars.next(), parts.last_mut()) {
                if *n != delim && !n.is_ascii_punctuation() {
                    p.push('\\');
                }
                p.push(*n);
            }
        } else if *c == delim {
            parts.push(String::new());
        } else if let Some(p) = parts.last_mut() {
            p.push(*c);
        }
    }
    parts.get(1).cloned()
}

/// A vim string literal (`'it''s'`, `"a\nb"`) as the text it is.
fn vim_string(expr: &str) -> Option<String> {
    if let Some(body) = expr.strip_prefix('\'').and_then(|b| b.strip_suffix('\'')) {
        return Some(body.replace("''", "'"));
    }
    let body = expr.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::new();
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next()? {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                e => out.push(e),
            }
        } else {
            out.push(c);
        }
    }
    Some(out)
}

impl Walker<'_> {
    /// Remembers the files an editor's script in this command writes (see
    /// the module's note), so that running one later in the line is
    /// judged by what it holds.
    pub(super) fn record_editor_writes(&mut self, site: Site<'_>, base: &str, vals: &[&str]) {
        let writes = match base {
            "ed" | "red" => {
                let Some(script) = stdin_text(site) else {
                    return;
                };
                editor_writes(&[script.as_str()], false)
            }
            "vim" | "vi" | "nvim" | "ex" | "view" => {
                let commands: Vec<&str> = vals
                    .windows(2)
                    .filter_map(|w| match w {
                        [f, c] if matches!(*f, "-c" | "--cmd") => Some(*c),
                        _ => None,
                    })
                    .chain(vals.iter().filter_map(|v| v.strip_prefix('+')))
                    .collect();
                editor_writes(&commands, true)
            }
            _ => return,
        };
        for (path, text) in writes {
            self.written_script(site, &path, &text);
            self.remember_written(path, text, false, false);
        }
    }
}

/// Whether a Perl or Ruby command line edits its files in place: a short
/// option cluster with `i` before any `e` (`-i`, `-pi`, `-i.bak`, `-0pi`,
/// `-p -e CODE -i`).
pub(super) fn in_place(vals: &[&str]) -> bool {
    vals.iter().any(|v| {
        v.strip_prefix('-').is_some_and(|l| {
            !l.starts_with('-')
                && l.chars()
                    .take_while(|c| *c != 'e' && *c != 'E')
                    .any(|c| c == 'i')
        })
    })
}

#[cfg(test)]
mod tests {
    use super::editor_writes;

    #[test]
    fn ed_and_vim_scripts_write_what_they_show() {
        let ed = editor_writes(&["a\nmake test\n.\nw /tmp/e.sh\nq\n"], false);
        assert_eq!(ed, vec![("/tmp/e.sh".to_owned(), "make test".to_owned())]);
        let vim = editor_writes(&["put ='it''s'", "wq! /tmp/v.sh"], true);
        assert_eq!(vim, vec![("/tmp/v.sh".to_owned(), "it's".to_owned())]);
        // Every text the script brings in: a substitution's replacement,
        // typed keys, an executed string's commands.
        let sub = editor_writes(
            &["a\nmake test\n.\ns/make test/rm -rf ~/\nw /tmp/e.sh"],
            false,
        );
        assert_eq!(
            sub,
            vec![("/tmp/e.sh".to_owned(), "make test\nrm -rf ~".to_owned())]
        );
        let keys = editor_writes(&["normal irm -rf ~", "w /tmp/v.sh"], true);
        assert_eq!(keys, vec![("/tmp/v.sh".to_owned(), "rm -rf ~".to_owned())]);
        let exe = editor_writes(&["exe \"put ='rm -rf ~'\"", "w /tmp/v.sh"], true);
        assert_eq!(exe, vec![("/tmp/v.sh".to_owned(), "rm -rf ~".to_owned())]);
    }
}
