//! Commands whose name is only known at run time: `$X args`, `"${a[@]}"`,
//! `$(cmd) args`, `${CC:-cc} -E`, `"$DIR/tool"`.

use super::*;

impl Walker<'_> {
    /// A command whose name is only known at run time.
    pub(super) fn dynamic_name(&mut self, site: Site<'_>, args: &[Arg<'_>]) {
        let text = &site.cmd.text;
        let Some(first) = args.first() else {
            return;
        };
        // `$SHELL -c ...`, `$0 -c ...`, `$BASH`: the shell the agent runs
        // in (unless the line gave the variable another value).
        let bare = first.word.raw.trim_matches('"');
        let shell_var = match bare {
            "$SHELL" | "${SHELL}" => Some("SHELL"),
            "$BASH" | "${BASH}" => Some("BASH"),
            "$0" | "${0}" => Some("0"),
            _ => None,
        };
        if shell_var.is_some_and(|v| !self.vars.contains_key(v)) {
            // `echo CMD | $0`: text piped into the shell itself.
            if site.cmd.pipeline.index > 0 {
                self.find(
                    Obf,
                    Medium,
                    format!(
                        "pipes text into the shell through {bare}, hiding that a shell runs it"
                    ),
                    text,
                );
            }
            self.run_named(site, "bash", args);
            return;
        }
        // `a=(rm -rf ~); "${a[@]}"`: the array's words are the command.
        let bare = first.word.raw.trim_matches('"');
        if let Some(words) = bare
            .strip_prefix("${")
            .and_then(|r| r.strip_suffix("[@]}").or_else(|| r.strip_suffix("[*]}")))
            .and_then(|n| self.arrays.get(n))
        {
            let words = words.clone();
            self.run_named(site, &words, args);
            return;
        }
        // `"$HOME/bin/tool"`, `$PWD/run.sh`: a path under a directory
        // whose value is known is that path.
        let raw = first.word.raw.as_str();
        if raw.matches('$').count() == 1
            && !self.vars.contains_key("HOME")
            && !self.vars.contains_key("PWD")
            && ["$HOME", "${HOME}", "$PWD", "${PWD}"]
                .iter()
                .any(|v| raw.contains(v))
        {
            if let Some(path) = self.known_value(raw).filter(|p| {
                p.starts_with('/')
                    && p.chars()
                        .all(|c| c.is_ascii_alphanumeric() || "/._-+".contains(c))
            }) {
                self.run_named(site, &path, args);
                return;
            }
        }
        // A file written earlier in the line through the same variable
        // (`f=$(mktemp); echo ... > $f; chmod +x $f; $f`): what it holds
        // is what runs.
        if let Some(Generated { payload, .. }) = self.written(&first.word.raw) {
            let via = shebang(&payload).unwrap_or("sh");
            self.run_file(site, &first.word.raw, via);
            return;
        }
        // `for c in 'make a' 'rm -rf ~'; do $c; done`: each value the line
        // gives the variable is the command (split into words, stricter
        // than bash, which would not expand a `~` in it).
        if let Some(values) = self.loop_alternatives(&first.word.raw) {
            for v in values {
                self.run_named(site, &v, args);
            }
            return;
        }
        // Resolve `a=r; b=m; $a$b -rf ~` from earlier literal assignments.
        if let Some(resolved) = self.resolve_vars(&first.word.raw) {
            let pieces = first.word.raw.matches('$').count();
            if pieces > 1 || first.word.raw.contains("${") && first.word.raw.contains(':') {
                self.find(
                    Obf,
                    High,
                    format!(
                        "assembles its program name from variables ({})",
                        first.word.raw
                    ),
                    text,
                );
            }
            self.run_named(site, &resolved, args);
            return;
        }
        // `$(echo ls)`: a substitution whose output is fixed text is that
        // text, judged as the program it names; `"$(command -v sh)"`,
        // `$(which bash)`: the program PATH finds under that name.
        let looked_up =
            super::lookup::path_lookup(&self.lookup_resolved(first.word.raw.trim_matches('"')));
        if let Some(name) = looked_up.or_else(|| static_substitution(&first.word.raw)) {
            self.run_named(site, &name, args);
            return;
        }
        // `git clone $URL && ./$REPO_NAME/script`: a path the shell builds,
        // run after a clone, may be the clone's program.
        let vals: Vec<&str> = args.iter().skip(1).map(|a| a.v()).collect();
        self.builds_clone(site, first.word.raw.trim_matches('"'), &vals);
        if self.known_shape(site, args) {
            return;
        }
        if first.word.has_command_substitution {
            // `$(echo cm0= | base64 -d) -rf ~`: the decoded text is the
            // program (its hiding is found where the word is spelt).
            // The name's own producers: the only substitution of the line.
            let producers = children(site);
            let alone = !args.iter().skip(1).any(|a| a.word.has_command_substitution);
            if let Some(url) = producers.iter().find_map(|c| fetch_address(c)) {
                self.rce_from(site, url, "the shell");
                return;
            }
            // `who$(echo am)i`: the output in its place in the word.
            let decoded = alone
                .then(|| decode_chain(&producers))
                .flatten()
                .and_then(|p| super::quoted::with_output(first.word.raw.trim_matches('"'), &p));
            if let Some(name) = decoded {
                // Pieces glued to it: the name is assembled, as `$a$b` is.
                let bare = first.word.raw.trim_matches('"');
                if !(bare.starts_with("$(") || bare.starts_with('`'))
                    || !(bare.ends_with(')') || bare.ends_with('`'))
                {
                    self.find(
                        Obf,
                        High,
                        format!("assembles its program name from a substitution and text ({bare})"),
                        text,
                    );
                }
                self.run_named(site, &name, args);
                return;
            }
            // Anything else prints a name nobody can know before it runs
            // (was High whatever printed it, session 42).
            let who = super::produced::printer(&producers);
            // A hidden name (Obf), as the other spellings below are.
            self.find(
                Obf,
                Medium,
                format!("runs a program whose name is what {who} prints, which cannot be checked"),
                text,
            );
            return;
        }
        // A slice (`${x:0:2}`) or more than one expansion assembles the
        // name; a single plain variable just names it.
        let raw = first.word.raw.trim_matches('"');
        if raw.contains(':') && raw.contains("${") || raw.matches('$').count() > 1 {
            self.find(
                Obf,
                High,
                format!(
                    "assembles its program name at run time ({})",
                    first.word.raw
                ),
                text,
            );
        } else {
            self.find(
                Unverifiable,
                Medium,
                format!(
                    "runs a program named by a variable ({}), which cannot be checked",
                    first.word.raw
                ),
                text,
            );
        }
    }

    /// The values a loop in the line gives the variable that `raw` is
    /// alone (`$c`, `"$c"`, `${c}`), when the line shows all of them
    /// (`for c in A B`, `while read c; ... done <<< TEXT`) and there are
    /// at most eight; `None` otherwise. A value an assignment gave it too
    /// (`c=ls; for c in 'rm -rf ~'`) is one more: the loop rebinds it.
    pub(super) fn loop_alternatives(&self, raw: &str) -> Option<Vec<String>> {
        let bare = raw
            .strip_prefix('"')
            .and_then(|r| r.strip_suffix('"'))
            .unwrap_or(raw);
        let name = bare
            .strip_prefix("${")
            .and_then(|r| r.strip_suffix('}'))
            .or_else(|| bare.strip_prefix('$'))?;
        // `${L[0]}` of an array the line filled (`mapfile -t L <<< TEXT`).
        if name.ends_with(']') {
            return self.array_ref(bare).filter(|v| v.len() == 1);
        }
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return None;
        }
        // A loop over an array's elements (`for c in "${cmds[@]}"`) takes
        // those elements.
        let mut values: Vec<String> = Vec::new();
        for v in self.alts.get(name)? {
            match self.array_ref(v) {
                Some(elements) => values.extend(elements),
                None => values.push(v.clone()),
            }
        }
        if values.is_empty() || values.len() > 8 {
            return None;
        }
        if let Some(v) = self.vars.get(name).filter(|v| !values.contains(v)) {
            values.push(v.clone());
        }
        Some(values)
    }

    /// The values of `${a[@]}`, `${a[*]}` (every element) or `${a[N]}`
    /// (one) for an array the line assigned with static words (`a=('x y'
    /// z)`) or filled from static input (`mapfile`); `None` otherwise.
    pub(super) fn array_ref(&self, raw: &str) -> Option<Vec<String>> {
        let bare = raw.trim_matches('"');
        let (name, index) = bare
            .strip_prefix("${")?
            .strip_suffix("]}")?
            .split_once('[')?;
        let (words, _) = self.array_words_of(name)?;
        let elements: Vec<String> = words
            .into_iter()
            .map(|w| w.literal)
            .collect::<Option<_>>()?;
        match index {
            "@" | "*" => Some(elements),
            n => Some(vec![elements.get(n.parse::<usize>().ok()?)?.clone()]),
        }
    }

    /// The words the line assigned to the array `name` (`a=('x y' z)`), as
    /// the shell parses them, and how many commands that text parsed into
    /// (one for any array bash accepts).
    pub(super) fn array_words_of(&self, name: &str) -> Option<(Vec<Word>, usize)> {
        let words = self.arrays.get(name)?;
        let parsed =
            agentgate_shell::analyze(&format!(": {words}"), &agentgate_shell::Limits::default())
                .ok()?;
        let commands = parsed.commands.len();
        let first = parsed.commands.into_iter().next()?;
        Some((first.argv.into_iter().skip(1).collect(), commands))
    }

    /// `mapfile -t L <<< TEXT` / `readarray`: the array takes the lines of
    /// input the line shows, so `eval "${L[0]}"` is judged by them.
    /// Input it cannot see, another delimiter (`-d`), another descriptor
    /// (`-u`) or a callback (`-C`) leave the array unknown.
    pub(super) fn mapfile(&mut self, site: Site<'_>, vals: &[&str]) {
        let mut name = "MAPFILE";
        let (mut skip, mut count) = (0usize, usize::MAX);
        let mut i = 0;
        while let Some(v) = vals.get(i) {
            match *v {
                "-t" => {}
                "-s" | "-n" => {
                    let Some(n) = vals.get(i + 1).and_then(|n| n.parse::<usize>().ok()) else {
                        self.arrays.remove(name);
                        return;
                    };
                    if *v == "-s" {
                        skip = n;
                    } else if n > 0 {
                        count = n;
                    }
                    i += 1;
                }
                "-O" | "-c" => i += 1,
                // Not understood: whatever array it names is unknown now.
                o if o.starts_with('-') => {
                    self.arrays.remove("MAPFILE");
                    for v in vals {
                        self.arrays.remove(*v);
                    }
                    return;
                }
                operand => name = operand,
            }
            i += 1;
        }
        let Some(text) = stdin_text(site) else {
            self.arrays.remove(name);
            return;
        };
        let lines: Vec<String> = text
            .lines()
            .skip(skip)
            .take(count.min(64))
            .map(code::single_quote)
            .collect();
        self.arrays.insert(name.to_owned(), lines.join(" "));
    }

    /// A word's value as the line gives it: its literal, else its
    /// variables resolved ([`Walker::resolve_vars`]).
    pub(super) fn word_value(&self, w: &Word) -> Option<String> {
        match &w.literal {
            Some(l) => Some(l.clone()),
            None => self.resolve_vars(&w.raw),
        }
    }

    pub(super) fn resolve_vars(&self, raw: &str) -> Option<String> {
        let mut out = String::new();
        let chars: Vec<char> = raw.chars().collect();
        let mut i = 0;
        let mut any = false;
        while let Some(&c) = chars.get(i) {
            if c == '"' {
                i += 1;
                continue;
            }
            if c != '$' {
                out.push(c);
                i += 1;
                continue;
            }
            if let Some(next) = self.slash_slice_at(&chars, i) {
                out.push('/');
                any = true;
                i = next;
                continue;
            }
            let (name, next) = parameter_at(&chars, i)?;
            out.push_str(self.param_value(&name)?);
            any = true;
            i = next;
        }
        any.then_some(out)
    }

    /// `${PATH:0:1}` at `at` (`HOME`, `PWD`, `OLDPWD` and `SHELL` too,
    /// unless the line set them): the first character of a variable that
    /// always holds an absolute path, or a list of them, is `/`, a way to
    /// spell a slash without writing one. The index after it.
    pub(super) fn slash_slice_at(&self, chars: &[char], at: usize) -> Option<usize> {
        SLASH_FIRST.iter().find_map(|name| {
            let slice: Vec<char> = format!("${{{name}:0:1}}").chars().collect();
            let here = chars.get(at..at + slice.len())? == slice.as_slice();
            (here && !self.vars.contains_key(*name)).then_some(at + slice.len())
        })
    }

    /// The value of `$name` the hook knows: the line's, else the
    /// environment's, else the home for `HOME`; `!name` follows one
    /// indirection.
    pub(super) fn param_value(&self, name: &str) -> Option<&str> {
        // `${!n}` (bash(1), "indirect expansion"): the value of the
        // variable whose name is n's value, when that is a plain name.
        if let Some(holder) = name.strip_prefix('!') {
            let target = self.param_value(holder)?;
            let plain = !target.is_empty()
                && !target.starts_with(|c: char| c.is_ascii_digit())
                && target
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_');
            return if plain {
                self.param_value(target)
            } else {
                None
            };
        }
        self.vars
            .get(name)
            .map(String::as_str)
            .or_else(|| self.environment_value(name))
            .or_else(|| self.home_by_name(name))
    }

    /// Names whose shape says what runs, though not every part is known:
    /// - `"$@"`, `$1` where nothing sets the positional parameters: at the
    ///   top of the line the agent's shell has none (nothing runs); in a
    ///   function's body each call is judged with its arguments in place;
    /// - `${CC:-cc}`, `${CPP:-${CC:-cc} -E}`: the variable's value when the
    ///   line or the environment gives one, else the default;
    /// - `"$(dirname "$0")/run.sh"`, `"$DIR/bin/tool"`: a file with a
    ///   literal name in a directory known only at run time, judged as the
    ///   program that name says (`$D/rm -rf ~` is `rm -rf ~`);
    /// - `out/tool-"$OS-$ARCH"`: a file under a literal project directory
    ///   whose name is assembled, asked about, not treated as hiding a
    ///   command (unless the directory holds system programs).
    ///
    /// Returns whether the command was judged here.
    fn known_shape(&mut self, site: Site<'_>, args: &[Arg<'_>]) -> bool {
        let Some(first) = args.first() else {
            return false;
        };
        let raw = first.word.raw.as_str();
        let bare = raw.trim_matches('"');
        let positional = matches!(bare, "$@" | "$*" | "${@}" | "${*}")
            || bare
                .strip_prefix('$')
                .map(|n| n.trim_start_matches('{').trim_end_matches('}'))
                .is_some_and(|n| n.len() == 1 && n.chars().all(|c| c.is_ascii_digit() && c != '0'));
        if positional && self.positional.is_none() && !self.sourced {
            let in_body = site
                .analysis
                .functions
                .iter()
                .any(|f| f.commands.contains(&site.index));
            if in_body || site.depth == 0 {
                return true;
            }
        }
        match self.defaulted(bare) {
            Some(Some(value)) => {
                self.run_named(site, &value, args);
                return true;
            }
            Some(None) => {
                self.find(
                    Unverifiable,
                    Medium,
                    format!("runs a program named by a variable ({raw}), which cannot be checked"),
                    &site.cmd.text,
                );
                return true;
            }
            None => {}
        }
        if let Some((dir, base)) = bare.rsplit_once('/') {
            let literal_base = !base.is_empty()
                && base
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "._+-".contains(c));
            if literal_base && !dir.is_empty() {
                if !path_substitutions_only(dir) {
                    self.find(
                        Unverifiable,
                        Medium,
                        format!("runs {base} from a directory a command prints ({raw})"),
                        &site.cmd.text,
                    );
                }
                self.run_named(site, base, args);
                return true;
            }
            let before_var = bare.split(['$', '`']).next().unwrap_or("");
            let system_dir = ["/bin", "/sbin", "/usr", "/lib", "/etc", "/opt"]
                .iter()
                .any(|d| before_var.starts_with(d));
            if before_var.contains('/') && !before_var.starts_with('/') && !system_dir {
                self.find(
                    Unverifiable,
                    Medium,
                    format!("runs a program whose file name is assembled at run time ({raw})"),
                    &site.cmd.text,
                );
                return true;
            }
        }
        false
    }

    /// `${NAME:-WORD}` / `${NAME-WORD}` as a whole word: `NAME`'s value
    /// when the line or the environment gives it one, else `WORD`;
    /// `Some(None)` when the line set `NAME` to something unknown; `None`
    /// for any other shape.
    fn defaulted(&self, bare: &str) -> Option<Option<String>> {
        let (name, word) = super::environ::default_expansion(bare)?;
        if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        Some(self.default_value(name, word, 0))
    }
}

/// Whether every command substitution in `dir` only computes a path from
/// the local file system (`$(dirname "$0")`, `$(pwd)`, `$(git rev-parse
/// --show-toplevel)`, `$(cd "$(dirname "$0")" && pwd)`); a directory
/// printed by anything else (a download, a variable's command) is not
/// known.
pub(super) fn path_substitutions_only(dir: &str) -> bool {
    const PATH_COMMANDS: &[&str] = &[
        "dirname ",
        "pwd)",
        "pwd -P)",
        "git rev-parse --show-toplevel",
        "git rev-parse --git-dir",
        "cd ",
        "realpath ",
        "readlink -f ",
        "go env ",
        "npm root",
        "brew --prefix",
        "mktemp",
    ];
    let mut rest = dir;
    while let Some(at) = rest.find("$(").or_else(|| rest.find('`')) {
        let after = rest.get(at..).unwrap_or("");
        let inner = after
            .strip_prefix("$(")
            .or_else(|| after.strip_prefix('`'))
            .unwrap_or("");
        if !PATH_COMMANDS.iter().any(|c| inner.starts_with(c)) {
            return false;
        }
        rest = inner;
    }
    true
}

/// The parameter at `chars[at]` (a `$`): its name (`$NAME`, `${NAME}`; empty
/// when no name follows) and the index after it; `None` for a brace that
/// does not close right after the name (`${x:-y}`).
/// Variables that always hold an absolute path, or a list of them: their
/// first character is `/` (see `Walker::slash_slice_at`).
pub(super) const SLASH_FIRST: &[&str] = &["PATH", "HOME", "PWD", "OLDPWD", "SHELL"];

pub(super) fn parameter_at(chars: &[char], at: usize) -> Option<(String, usize)> {
    let braced = chars.get(at + 1) == Some(&'{');
    // `${!n}`: the name kept with its `!` ([`Walker::param_value`] follows
    // it); `${!prefix*}` and `${!a[@]}` list names, and fail below.
    let indirect = braced && chars.get(at + 2) == Some(&'!');
    let start = if indirect {
        at + 3
    } else if braced {
        at + 2
    } else {
        at + 1
    };
    let mut end = start;
    while chars
        .get(end)
        .is_some_and(|c| c.is_ascii_alphanumeric() || *c == '_')
    {
        end += 1;
    }
    let name: String = chars.get(start..end).unwrap_or(&[]).iter().collect();
    if !braced {
        return Some((name, end));
    }
    let name = if indirect {
        if name.is_empty() {
            return None;
        }
        format!("!{name}")
    } else {
        name
    };
    (chars.get(end) == Some(&'}')).then_some((name, end + 1))
}

/// `line` (a command whose name was a variable, written out) with the
/// commands piped into it in front (`x=xargs; find ~ | $x rm -rf` is judged
/// as `find ~ | xargs rm -rf`, not as `xargs rm -rf` alone: session 34).
impl Walker<'_> {
    /// Runs `name` with the call's own arguments (every word of `args`
    /// after the first, as written) in the call's place in its pipeline:
    /// what the line does once its program name is known.
    fn run_named(&mut self, site: Site<'_>, name: &str, args: &[Arg<'_>]) {
        self.script(&in_pipeline(site, &with_args(name, args)), site.depth + 1);
    }
}

/// `name` followed by the raw words of `args` after the first (the
/// program name they replace).
pub(super) fn with_args(name: &str, args: &[Arg<'_>]) -> String {
    let mut line = name.to_owned();
    for a in args.get(1..).unwrap_or(&[]) {
        line.push(' ');
        line.push_str(&a.word.raw);
    }
    line
}

fn in_pipeline(site: Site<'_>, line: &str) -> String {
    let before = super::util::upstream(site);
    if before.is_empty() {
        return line.to_owned();
    }
    let mut out: Vec<&str> = before.iter().map(|c| c.text.as_str()).collect();
    out.push(line);
    out.join(" | ")
}
