//! Files that interpreter code writes with text it shows: Python's
//! `open(PATH, "w").write(TEXT)` and `Path(PATH).write_text(TEXT)`,
//! Node's `fs.writeFileSync(PATH, TEXT)`, Ruby's `File.write(PATH, TEXT)`,
//! PHP's `file_put_contents(PATH, TEXT)`. A script written this way and
//! run later in the line is judged by what it holds, as one written by
//! `echo TEXT > PATH` is.
//!
//! Written by hand: the calls are a handful of fixed shapes, and a full
//! parser per language would be far more code for the same answer.

/// One write: the path, the text, and whether it appends.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct CodeWrite {
    pub path: String,
    pub text: String,
    pub append: bool,
}

/// Calls that take the path then the text (`NAME(PATH, TEXT`), and
/// whether they append.
const PATH_THEN_TEXT: &[(&str, bool)] = &[
    ("writeFileSync(", false),
    ("writeFile(", false),
    ("appendFileSync(", true),
    ("appendFile(", true),
    ("File.write(", false),
    ("IO.write(", false),
    ("file_put_contents(", false),
];

/// At most this many writes are read from one piece of code.
const MAX_WRITES: usize = 16;

/// The writes `code` makes with a literal path and literal text.
pub(crate) fn file_writes(code: &str) -> Vec<CodeWrite> {
    let mut out = Vec::new();
    for (call, append) in PATH_THEN_TEXT {
        for (i, _) in code.match_indices(call) {
            let rest = code.get(i + call.len()..).unwrap_or("");
            let Some((path, rest)) = literal(rest) else {
                continue;
            };
            let Some((text, _)) = rest.trim_start().strip_prefix(',').and_then(literal) else {
                continue;
            };
            out.push(CodeWrite {
                path,
                text,
                append: *append,
            });
        }
    }
    // `open(PATH, "w").write(TEXT)`, also `with open(...) as f:
    // f.write(TEXT)` (the next `.write(` after the open).
    for (i, _) in code.match_indices("open(") {
        let rest = code.get(i + "open(".len()..).unwrap_or("");
        let Some((path, rest)) = literal(rest) else {
            continue;
        };
        let Some((mode, rest)) = rest.trim_start().strip_prefix(',').and_then(literal) else {
            continue;
        };
        if !mode.contains(['w', 'a']) {
            continue;
        }
        let Some(at) = rest.find(".write(") else {
            continue;
        };
        if let Some((text, _)) = rest.get(at + ".write(".len()..).and_then(literal) {
            out.push(CodeWrite {
                path,
                text,
                append: mode.contains('a'),
            });
        }
    }
    // `Path(PATH).write_text(TEXT)`.
    for (i, _) in code.match_indices("Path(") {
        let rest = code.get(i + "Path(".len()..).unwrap_or("");
        let Some((path, rest)) = literal(rest) else {
            continue;
        };
        if let Some((text, _)) = rest
            .trim_start()
            .strip_prefix(").write_text(")
            .and_then(literal)
        {
            out.push(CodeWrite {
                path,
                text,
                append: false,
            });
        }
    }
    out.truncate(MAX_WRITES);
    out
}

/// The literal paths `code` writes whatever the text (`File.write('/tmp/
/// r.rb', r.body)`, `open("x.py", "wb")`, `urlretrieve(URL, "x.py")`): in
/// code that fetches from the network these are its downloads (htc
/// session 47: a Ruby one-liner saved a script it fetched and the line ran
/// it).
pub(crate) fn written_paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let calls = PATH_THEN_TEXT.iter().map(|(c, _)| *c).chain(["Path("]);
    for call in calls {
        for (i, _) in code.match_indices(call) {
            if let Some((path, rest)) = literal(code.get(i + call.len()..).unwrap_or("")) {
                if call != "Path(" || rest.trim_start().starts_with(").write_") {
                    out.push(path);
                }
            }
        }
    }
    for (i, _) in code.match_indices("open(") {
        let Some((path, rest)) = literal(code.get(i + "open(".len()..).unwrap_or("")) else {
            continue;
        };
        let mode = rest.trim_start().strip_prefix(',').and_then(literal);
        if mode.is_some_and(|(m, _)| m.contains(['w', 'a'])) {
            out.push(path);
        }
    }
    // `urlretrieve(URL, PATH)`, `IO.copy_stream(SRC, PATH)`: the second.
    for call in ["urlretrieve(", "copy_stream("] {
        for (i, _) in code.match_indices(call) {
            let rest = code.get(i + call.len()..).unwrap_or("");
            let second = rest.split_once(',').and_then(|(_, r)| literal(r));
            if let Some((path, _)) = second {
                out.push(path);
            }
        }
    }
    out.truncate(MAX_WRITES);
    out
}

/// A string literal at the start of `s` (after blanks): `'...'` or
/// `"..."` with backslash escapes (`\n`, `\t`, `\\`, quotes), and the text
/// after it. `None` when `s` does not start with one or it does not end.
pub(crate) fn literal(s: &str) -> Option<(String, &str)> {
    let s = s.trim_start();
    let quote = s.chars().next().filter(|c| matches!(c, '\'' | '"'))?;
    let mut value = String::new();
    let mut chars = s.char_indices().skip(1);
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => match chars.next()?.1 {
                'n' => value.push('\n'),
                't' => value.push('\t'),
                other => value.push(other),
            },
            c if c == quote => return Some((value, s.get(i + 1..)?)),
            c => value.push(c),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{file_writes, CodeWrite};

    fn w(path: &str, text: &str, append: bool) -> CodeWrite {
        CodeWrite {
            path: path.into(),
            text: text.into(),
            append,
        }
    }

    #[test]
    fn reads_the_common_write_calls() {
        assert_eq!(
            file_writes(r#"open("/tmp/r.sh", "w").write("rm -rf ~\n")"#),
            [w("/tmp/r.sh", "rm -rf ~\n", false)]
        );
        assert_eq!(
            file_writes("with open('x.sh','a') as f: f.write('make')"),
            [w("x.sh", "make", true)]
        );
        assert_eq!(
            file_writes(r#"require("fs").writeFileSync("/tmp/a", 'id')"#),
            [w("/tmp/a", "id", false)]
        );
        assert_eq!(
            file_writes(r#"File.write("a.sh", "ls")"#),
            [w("a.sh", "ls", false)]
        );
        assert_eq!(
            file_writes(r#"Path('a.sh').write_text("ls")"#),
            [w("a.sh", "ls", false)]
        );
    }

    #[test]
    fn reads_only_literals_and_writing_modes() {
        assert!(file_writes(r#"open("a.sh").read()"#).is_empty());
        assert!(file_writes(r#"open(p, "w").write("x")"#).is_empty());
        assert!(file_writes(r#"open("a", "w").write(data)"#).is_empty());
        assert!(file_writes(r#"writeFileSync("a", "unterminated"#).is_empty());
    }
}
