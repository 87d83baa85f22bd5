//! Code an interpreter loads before its program from files the same line
//! wrote: `perl -I/tmp -MK -e 1` loads `/tmp/K.pm`, `ruby -I/tmp -rk`
//! loads `/tmp/k.rb`, `node --require /tmp/r.js` and `NODE_OPTIONS='--require
//! /tmp/r.js'`, `RUBYOPT=-r/tmp/r.rb`, `PERL5OPT=-MK`. The file's text is
//! judged as the interpreter's code (what it runs, deletes or sends).

use super::*;

/// How one interpreter finds a module it is told to load first.
struct Loader {
    /// Interpreter names.
    names: &'static [&'static str],
    /// Options adding a directory to the search path (`-I DIR`, `-IDIR`).
    include: &'static [&'static str],
    /// Options naming a module or file to load (`-M MOD`, `-MMOD`).
    load: &'static [&'static str],
    /// The file name of a module: `::` is a directory separator, then this
    /// extension.
    ext: &'static str,
    /// Directories searched without an option (the working directory for
    /// a relative path).
    default_dirs: &'static [&'static str],
}

const LOADERS: &[Loader] = &[
    Loader {
        names: &["perl"],
        include: &["-I"],
        load: &["-M", "-m"],
        ext: ".pm",
        default_dirs: &[],
    },
    Loader {
        names: &["ruby"],
        include: &["-I"],
        load: &["-r", "--require"],
        ext: ".rb",
        default_dirs: &["."],
    },
    Loader {
        names: &["node", "nodejs", "bun"],
        include: &[],
        load: &["-r", "--require", "--import"],
        ext: ".js",
        default_dirs: &["."],
    },
];

/// The values of `opts` in `words`, joined (`-MK`, `-I/tmp`) or separate
/// (`-I /tmp`, `--require=x`).
fn values<'a>(words: &[&'a str], opts: &[&str]) -> Vec<&'a str> {
    (0..words.len())
        .filter_map(|i| agentgate_commands::option_value(words, i, opts).map(|(v, _)| v))
        .collect()
}

/// The files `words` (an interpreter's options) make `base` load.
fn module_files(base: &str, words: &[&str]) -> Vec<String> {
    let Some(l) = LOADERS.iter().find(|l| l.names.contains(&base)) else {
        return Vec::new();
    };
    let mut dirs: Vec<&str> = values(words, l.include);
    dirs.extend(l.default_dirs);
    let mut out = Vec::new();
    for m in values(words, l.load) {
        // `-MFile::Path=remove_tree`, `-M-strict`: the module's name.
        let m = m.trim_start_matches('-').split('=').next().unwrap_or("");
        if m.is_empty() {
            continue;
        }
        if m.contains('/') {
            out.push(m.to_owned());
            if !m.ends_with(l.ext) {
                out.push(format!("{m}{}", l.ext));
            }
            continue;
        }
        let rel = format!("{}{}", m.replace("::", "/"), l.ext);
        for d in &dirs {
            out.push(format!("{}/{rel}", d.trim_end_matches('/')));
        }
    }
    out
}

impl Walker<'_> {
    /// Modules loaded from files this line wrote, by options (`perl -I/tmp
    /// -MK`) or by a variable's options (`RUBYOPT=-r/tmp/r.rb`): judged as
    /// code. Returns whether any was.
    pub(super) fn written_modules(&mut self, site: Site<'_>, base: &str, words: &[&str]) -> bool {
        let mut any = false;
        for f in module_files(base, words) {
            if let Some(Generated { payload, .. }) = self.written(&f) {
                any = true;
                self.code(site, base, &payload);
            }
        }
        any
    }
}

/// Variables holding an interpreter's options, and the interpreter.
const OPTION_VARS: &[(&str, &str)] = &[
    ("NODE_OPTIONS", "node"),
    ("RUBYOPT", "ruby"),
    ("PERL5OPT", "perl"),
];

/// Variables naming a file of code an interpreter runs first, and the
/// interpreter (`PYTHONSTARTUP` for an interactive python).
const CODE_FILE_VARS: &[(&str, &str)] = &[("PYTHONSTARTUP", "python3")];

impl Walker<'_> {
    /// `NODE_OPTIONS='--require /tmp/r.js' node ...`: a module the line
    /// wrote, loaded by the options a variable gives, is judged as code.
    pub(super) fn variable_preloads(&mut self, site: Site<'_>, name: &str, value: &str) {
        if let Some((_, base)) = OPTION_VARS.iter().find(|(n, _)| *n == name) {
            let words: Vec<&str> = value.split_whitespace().collect();
            self.written_modules(site, base, &words);
        }
        if let Some((_, base)) = CODE_FILE_VARS.iter().find(|(n, _)| *n == name) {
            if let Some(Generated { payload, .. }) = self.written(value.trim_matches('"')) {
                self.code(site, base, &payload);
            }
        }
    }

    /// Whether a variable's options load a module this line wrote (judged
    /// by `variable_preloads`, so not asked about as unknown code).
    pub(super) fn loads_written_module(&self, name: &str, value: &str) -> bool {
        OPTION_VARS.iter().any(|(n, base)| {
            *n == name && {
                let words: Vec<&str> = value.split_whitespace().collect();
                module_files(base, &words)
                    .iter()
                    .any(|f| self.written(f).is_some())
            }
        })
    }
}

impl Walker<'_> {
    /// A data or build file's command lines (`Lang::Data`): its string
    /// values, CMake's bracket arguments (`[=[CMD]=]`) and YAML's plain
    /// values (`- CMD`, `key: CMD`) that read as commands are judged as
    /// commands; nothing else in it is.
    pub(super) fn data_commands(&mut self, site: Site<'_>, value: &str) {
        let mut candidates: Vec<String> = code::literals(value);
        let mut rest = value;
        while let Some(open) = rest.find('[') {
            let after = rest.get(open + 1..).unwrap_or("");
            let eqs = after.chars().take_while(|c| *c == '=').count();
            let Some(body) = after.get(eqs..).and_then(|b| b.strip_prefix('[')) else {
                rest = after;
                continue;
            };
            let close = format!("]{}]", "=".repeat(eqs));
            match body.find(&close) {
                Some(end) => {
                    candidates.extend(body.get(..end).map(str::to_owned));
                    rest = body.get(end + close.len()..).unwrap_or("");
                }
                None => break,
            }
        }
        for line in value.lines().take(512) {
            let l = line.trim();
            let tail = l
                .strip_prefix("- ")
                .or_else(|| l.split_once(": ").map(|(_, v)| v))
                .map(str::trim);
            if let Some(t) = tail.filter(|t| !t.starts_with(['"', '\'', '[', '{'])) {
                candidates.push(t.to_owned());
            }
        }
        for c in candidates.iter().take(256) {
            if code::looks_like_shell(c) && analyze(c, &Limits::default()).is_ok() {
                self.script(c, site.depth + 1);
            }
        }
    }

    /// RPM macro text: each `%(CMD)` is a shell command line, each
    /// `%{lua: CODE}` Lua code (nesting is followed one level: the text up
    /// to the matching bracket).
    pub(super) fn rpm_macros(&mut self, site: Site<'_>, via: &str, value: &str) {
        for (open, close, lua) in [("%(", ')', false), ("%{lua:", '}', true)] {
            let mut rest = value;
            while let Some(at) = rest.find(open) {
                let body_start = rest.get(at + open.len()..).unwrap_or("");
                let mut depth = 0usize;
                let mut end = body_start.len();
                for (i, c) in body_start.char_indices() {
                    match c {
                        '(' | '{' => depth += 1,
                        c if c == close && depth == 0 => {
                            end = i;
                            break;
                        }
                        ')' | '}' => depth = depth.saturating_sub(1),
                        _ => {}
                    }
                }
                let body = body_start.get(..end).unwrap_or("");
                if lua {
                    self.code(site, "lua", body);
                } else {
                    self.shell_value(site, via, body);
                }
                rest = body_start.get(end..).unwrap_or("");
            }
        }
    }

    /// What code loads besides itself: a file the line wrote that it
    /// names in a literal and runs (`runpy.run_path("/tmp/k.py")`,
    /// `exec(open("/tmp/k.py").read())`), judged by its extension's
    /// language; and its standard input when the code is an interactive
    /// console reading it (`code.interact()`, `exec(sys.stdin.read())`).
    pub(super) fn code_loads(&mut self, site: Site<'_>, via: &str, code_text: &str) {
        // A file that loads a file that loads ...: followed a few levels.
        if self.code_loads_depth >= 4 {
            return;
        }
        self.code_loads_depth += 1;
        self.code_loads_inner(site, via, code_text);
        self.code_loads_depth -= 1;
    }

    fn code_loads_inner(&mut self, site: Site<'_>, via: &str, code_text: &str) {
        let lower = code_text.to_ascii_lowercase();
        const RUNS_FILE: &[&str] = &[
            "run_path",
            "execfile",
            "exec(open",
            "runpy",
            "require(",
            "load(",
            "dofile",
            "source(",
            "import_module",
            "spec_from_file_location",
            "do ",
        ];
        if RUNS_FILE.iter().any(|m| lower.contains(m)) {
            for lit in code::literals(code_text).iter().take(64) {
                let Some(Generated { payload, path, .. }) = self.written(lit) else {
                    continue;
                };
                let ext = path.rsplit('.').next().unwrap_or("");
                match ext {
                    "sh" | "bash" => self.script(&payload, site.depth + 1),
                    _ => {
                        let lang_name = match ext {
                            "py" => "python3",
                            "js" | "mjs" | "cjs" => "node",
                            "rb" => "ruby",
                            "pl" | "pm" => "perl",
                            "lua" => "lua",
                            "php" => "php",
                            "r" | "R" => "Rscript",
                            _ => via,
                        };
                        self.code(site, lang_name, &payload);
                    }
                }
            }
        }
        const CONSOLES: &[&str] = &[
            "code.interact(",
            "interactiveconsole",
            "exec(sys.stdin.read()",
            "exec(input(",
            "eval(sys.stdin.read()",
        ];
        if CONSOLES.iter().any(|m| lower.contains(m)) {
            if let Some(input) = stdin_text(site) {
                if input.trim() != code_text.trim() {
                    self.code(site, via, &input);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::module_files;

    #[test]
    fn module_paths() {
        assert_eq!(
            module_files("perl", &["-I/tmp", "-MK", "-e", "1"]),
            vec!["/tmp/K.pm"]
        );
        assert_eq!(
            module_files("perl", &["-I", "lib", "-MA::B=x"]),
            vec!["lib/A/B.pm"]
        );
        assert_eq!(module_files("ruby", &["-r/tmp/r.rb"]), vec!["/tmp/r.rb"]);
        assert_eq!(
            module_files("node", &["--require", "/tmp/r.js", "-e", "0"]),
            vec!["/tmp/r.js"]
        );
    }
}
