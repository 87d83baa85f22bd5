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
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        for o in opts {
            if *w == *o {
                out.extend(words.get(i + 1).copied());
            } else if let Some(v) = w.strip_prefix(o) {
                let v = v.strip_prefix('=').unwrap_or(v);
                if !v.is_empty() && (o.len() == 2 || w.contains('=')) {
                    out.push(v);
                }
            }
        }
    }
    out
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

impl Walker<'_> {
    /// `NODE_OPTIONS='--require /tmp/r.js' node ...`: a module the line
    /// wrote, loaded by the options a variable gives, is judged as code.
    pub(super) fn variable_preloads(&mut self, site: Site<'_>, name: &str, value: &str) {
        if let Some((_, base)) = OPTION_VARS.iter().find(|(n, _)| *n == name) {
            let words: Vec<&str> = value.split_whitespace().collect();
            self.written_modules(site, base, &words);
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
