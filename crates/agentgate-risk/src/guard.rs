//! Self-protection: agentgate's own files and processes.
//!
//! The agent runs as the same user as the hook. Whatever the hook keeps on
//! disk (the journal, its checkpoints and device key, the session taint
//! files, the org policy, the managed settings, the binary) the agent could
//! truncate, move, replace, chmod or symlink away, and the hook's processes
//! it could signal. A call that would do any of that is a critical
//! self-escalation whatever the program: the guard has to hold against the
//! agent it guards.
//!
//! The check works on values, not spellings: every argument whose value is
//! known (literal, `~`, `$HOME`, a variable assigned earlier, a path relative
//! to the current directory, a glob's literal prefix) is resolved to an
//! absolute path and compared with the guarded paths. A path *inside* a
//! guarded one is touched by anything but a pure reader; a path *above* one
//! (`~/.local`, `~/.l*`) is touched by programs that remove, move or change
//! whole trees.

use crate::paths::{normalize, system_path, within};
use crate::Context;
use agentgate_commands::{METADATA_READERS, PURE_READERS, TREE_CHANGERS};

/// One of agentgate's own files or directories.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Guarded {
    /// Absolute, normalised path.
    pub path: String,
    /// What it is, for the reason shown to the agent.
    pub what: String,
}

impl Guarded {
    /// A guarded path (normalised here).
    pub fn new(path: &str, what: &str) -> Self {
        Self {
            path: system_path(&normalize(path)).into_owned(),
            what: what.to_owned(),
        }
    }

    /// The guarded path's names: as written, and through a link of the
    /// system (`/private` holds macOS's `/etc`, so deleting it deletes
    /// `/etc/agentgate`).
    fn names(&self) -> impl Iterator<Item = std::borrow::Cow<'_, str>> + '_ {
        let aliased =
            agentgate_rules::lexical::SYSTEM_ALIASES
                .iter()
                .filter_map(|(alias, name)| {
                    let rest = self.path.strip_prefix(name)?;
                    (rest.is_empty() || rest.starts_with('/'))
                        .then(|| format!("{alias}{rest}").into())
                });
        std::iter::once(std::borrow::Cow::Borrowed(self.path.as_str())).chain(aliased)
    }
}

/// The guarded paths every context has, whatever the deployment: the default
/// state directory, the system policy and managed settings, the policy
/// history and the usual install location.
pub(crate) fn defaults(home: &str) -> Vec<Guarded> {
    let mut v = vec![
        Guarded::new("/etc/agentgate", "agentgate's org policy (/etc/agentgate)"),
        Guarded::new("/var/lib/agentgate", "agentgate's managed-settings history"),
        Guarded::new("/usr/local/bin/agentgate", "the agentgate binary"),
        Guarded::new("/usr/local/bin/agentgate-hook", "the agentgate hook binary"),
        Guarded::new("/etc/claude-code", "the managed Claude Code settings"),
        Guarded::new(
            "/Library/Application Support/ClaudeCode",
            "the managed Claude Code settings",
        ),
    ];
    if !home.is_empty() && home != "/" {
        // The user-level install locations (`cargo install`, `cargo
        // install --root ~/.local`): the hook also guards the path it runs
        // from, but a context built elsewhere (the CLI, the console's
        // replay) knows only these.
        for dir in [".local/bin", ".cargo/bin"] {
            v.push(Guarded::new(
                &format!("{home}/{dir}/agentgate-hook"),
                "the agentgate hook binary",
            ));
            v.push(Guarded::new(
                &format!("{home}/{dir}/agentgate"),
                "the agentgate binary",
            ));
        }
        v.push(Guarded::new(
            &format!("{home}/.local/state/agentgate"),
            "agentgate's state (journal, checkpoints, device key, session guard)",
        ));
        v.push(Guarded::new(
            &format!("{home}/.config/agentgate"),
            "agentgate's configuration",
        ));
    }
    v
}

/// The guarded paths whose last component is `name`: what `$(command -v
/// NAME)` is taken to find when NAME is one of agentgate's binaries.
pub(crate) fn named<'c>(name: &'c str, ctx: &'c Context) -> impl Iterator<Item = &'c Guarded> + 'c {
    ctx.guarded
        .iter()
        .filter(move |g| g.path.rsplit('/').next() == Some(name))
}

/// How a path relates to a guarded one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Relation {
    /// The guarded path itself or something inside it.
    Inside,
    /// A directory above it (or a glob that may match one).
    Above,
}

/// The guarded path that `abs` (absolute, normalised; may hold glob
/// characters) relates to.
pub(crate) fn relation<'c>(abs: &str, ctx: &'c Context) -> Option<(Relation, &'c Guarded)> {
    // Compared without case: macOS's file system ignores it by default, so
    // `/ETC/AGENTGATE` is the org policy there.
    let canonical = system_path(abs).to_ascii_lowercase();
    let abs = canonical.as_str();
    let (literal, glob) = match abs.find(['*', '?', '[']) {
        Some(i) => (abs.get(..i).unwrap_or(""), true),
        None => (abs, false),
    };
    for g in &ctx.guarded {
        if glob {
            // `~/.local/state/agentgate/*` is inside; `~/.l*` may be above.
            if literal.starts_with(&format!("{}/", g.path.to_ascii_lowercase())) {
                return Some((Relation::Inside, g));
            }
            if g.names()
                .any(|n| n.to_ascii_lowercase().starts_with(literal))
            {
                return Some((Relation::Above, g));
            }
            continue;
        }
        if within(literal, &g.path.to_ascii_lowercase()) {
            return Some((Relation::Inside, g));
        }
        if g.names().any(|n| within(&n.to_ascii_lowercase(), literal)) {
            return Some((Relation::Above, g));
        }
    }
    None
}

/// Whether `abs` is a secret of agentgate's (the journal's signing key),
/// or a glob the shell would expand to it (`.../agentgate/journal/*`,
/// `.../journal/dev*`; found attacking the guard as the agent would,
/// session 33).
pub(crate) fn is_own_secret(abs: &str, ctx: &Context) -> bool {
    if abs.ends_with("/device.key") && ctx.guarded.iter().any(|g| within(abs, &g.path)) {
        return true;
    }
    abs.contains(['*', '?', '['])
        && shell_glob(abs, false).is_some_and(|g| own_key_paths(ctx).any(|key| g.is_match(key)))
}

/// Where the device key lies under each guarded directory: the journal
/// keeps it as `journal/device.key` under the state directory
/// (`agentgate_journal::DeviceKey::load_or_create`), or a guarded path
/// names it itself.
fn own_key_paths(ctx: &Context) -> impl Iterator<Item = String> + '_ {
    ctx.guarded.iter().flat_map(|g| {
        if g.path.ends_with("/device.key") {
            vec![g.path.clone()]
        } else {
            vec![
                format!("{}/journal/device.key", g.path),
                format!("{}/device.key", g.path),
            ]
        }
    })
}

/// A shell pattern as bash matches it against paths (`*` and `?` stay
/// within a component), compiled once; `fold_case` for case-insensitive
/// matching. Shared by the guard and `paths::glob_credential`.
pub(crate) fn shell_glob(pattern: &str, fold_case: bool) -> Option<globset::GlobMatcher> {
    globset::GlobBuilder::new(pattern)
        .literal_separator(true)
        .case_insensitive(fold_case)
        .build()
        .ok()
        .map(|g| g.compile_matcher())
}

/// Whether what `cmd` prints goes on to another command: piped, captured
/// by a command or process substitution (`cat $(find STATE ...)`, `for f
/// in $(find ...)`), or saved to a file for a later one (`find STATE >
/// l; xargs cat < l`).
pub(crate) fn output_handed_on(cmd: &agentgate_shell::SimpleCommand) -> bool {
    use agentgate_shell::{Nesting, RedirectKind};
    cmd.pipeline.index + 1 < cmd.pipeline.len
        || matches!(
            cmd.nesting,
            Nesting::CommandSubstitution | Nesting::ProcessSubstitution
        )
        || cmd.redirects.iter().any(|r| {
            matches!(
                r.kind,
                RedirectKind::Write | RedirectKind::Append | RedirectKind::OutputAndError
            ) && r.fd.is_none_or(|fd| fd == 1)
        })
}

/// Programs that print the names of the files under what they are given
/// (`find DIR`, `grep -rl . DIR`, `ls -R DIR`): piped on, the names of
/// agentgate's files reach a program that reads them (`find STATE | xargs
/// cat`).
const LISTERS: &[&str] = &[
    "find", "fd", "fdfind", "ls", "tree", "grep", "egrep", "fgrep", "rg", "du",
];

/// `find` only reads unless it deletes, runs programs or writes files. A
/// program that reports only names and sizes (`-exec ls -la {} \;`,
/// `METADATA_READERS`) or a search that prints only the names of the files
/// it matched (`-exec grep -l java {} \;`) does neither; what it is handed
/// besides is judged as that program's own arguments (`find.rs`). A
/// program that prints what it reads (`-exec cat {} +`) reads: it is judged
/// by [`find_prints`] and [`may_name_key`] (before session 34 it was judged
/// as a change, so `find ~ -name '*.md' -exec cat {} +` was denied).
fn find_mutates(vals: &[&str]) -> bool {
    vals.iter().any(|v| {
        agentgate_commands::FIND_ACTIONS.contains(v)
            && !v.starts_with("-exec")
            && !v.starts_with("-ok")
    }) || find_runs(vals).iter().any(|(p, args)| {
        // Handed no file (`-exec awk 'BEGIN {...}' ;`: no `{}`, and not
        // run from each file's directory), the program changes none of
        // them; what it runs is judged as its own command (xapax, session
        // 63).
        let handed = args.iter().any(|a| a.contains("{}"))
            || vals.iter().any(|v| matches!(*v, "-execdir" | "-okdir"));
        handed && !METADATA_READERS.contains(p) && !names_only(p, args) && !printer(p)
    })
}

/// Readers that can also write or run what they are given: `tree -o FILE`,
/// `file -C`, a pager's or `view`'s commands. Handed agentgate's files by
/// find they are judged as changing them (review of session 34).
const MAY_WRITE: &[&str] = &["tree", "file", "less", "more", "view"];

/// A program that only prints what it reads.
fn printer(p: &str) -> bool {
    PURE_READERS.contains(&p) && !MAY_WRITE.contains(&p)
}

/// Whether `find` hands what it matches to a program that prints the
/// files' content (`-exec cat {} +`, `-exec head -5 {} \;`): a read, not a
/// change; under or above agentgate's state it reads the device key when
/// its tests let the key's name through ([`may_name_key`]).
pub(crate) fn find_prints(vals: &[&str]) -> bool {
    find_runs(vals)
        .iter()
        .any(|(p, args)| printer(p) && prints_content(p) && !names_only(p, args))
}

/// The programs `find` runs with `-exec`, `-execdir`, `-ok` and `-okdir`,
/// by basename, with the words after each up to `;` or `+`.
pub(crate) fn find_runs<'a>(vals: &[&'a str]) -> Vec<(&'a str, Vec<&'a str>)> {
    let mut out = Vec::new();
    for (i, v) in vals.iter().enumerate() {
        if !matches!(*v, "-exec" | "-execdir" | "-ok" | "-okdir") {
            continue;
        }
        let Some(p) = vals.get(i + 1) else {
            continue;
        };
        let args = vals
            .get(i + 2..)
            .unwrap_or(&[])
            .iter()
            .take_while(|a| !matches!(**a, ";" | "+" | "\\;"))
            .copied()
            .collect();
        out.push((crate::paths::basename(p), args));
    }
    out
}

/// Whether find's word `i` is negated (`! -name X`, `-not -path X`).
pub(crate) fn find_negated(vals: &[&str], i: usize) -> bool {
    i > 0 && vals.get(i - 1).is_some_and(|n| matches!(*n, "!" | "-not"))
}

/// Whether find's expression is a plain conjunction: no `-o`, no `,` and
/// no parentheses, so every test must hold for an action to run. Only
/// then can a `-name` test narrow what find hands on.
pub(crate) fn find_conjunction(vals: &[&str]) -> bool {
    !vals
        .iter()
        .any(|v| matches!(*v, "-o" | "-or" | "," | "(" | ")" | "\\(" | "\\)"))
}

/// A program that prints the content of what it is given (not only names,
/// sizes or types): `cat`, `head`, `strings`, a pager.
pub(crate) fn prints_content(p: &str) -> bool {
    PURE_READERS.contains(&p) && !METADATA_READERS.contains(&p)
}

/// Whether `find`'s tests may match agentgate's device key: false only for
/// a plain conjunction (no `-o`, `,` or parentheses) with a `-name` or
/// `-iname` test, not negated, whose pattern is known and cannot match the
/// key's file name (`find ~ -name '*.md' -exec cat {} +`). Any other test
/// is taken to let the key through.
fn may_name_key(vals: &[&str], ctx: &Context) -> bool {
    if !find_conjunction(vals) {
        return true;
    }
    let keys: Vec<String> = own_key_paths(ctx)
        .map(|k| crate::paths::basename(&k).to_owned())
        .collect();
    for (i, t) in vals.iter().enumerate() {
        if !matches!(*t, "-name" | "-iname") {
            continue;
        }
        let Some(pattern) = vals.get(i + 1) else {
            return true;
        };
        if find_negated(vals, i) || pattern.contains(['$', '`']) {
            continue;
        }
        let Some(glob) = shell_glob(pattern, *t == "-iname") else {
            return true;
        };
        if !keys.iter().any(|k| glob.is_match(k)) {
            return false;
        }
    }
    true
}

/// Whether `grep ARGS` (or egrep, fgrep, rg) prints only the names or the
/// counts of the files it matched, or nothing (`-l`, `-L`, `-c`, `-q`,
/// alone or in a cluster such as `-rl`, or spelled long).
fn names_only(program: &str, args: &[&str]) -> bool {
    matches!(program, "grep" | "egrep" | "fgrep" | "rg")
        && args.iter().take_while(|a| **a != "--").any(|a| {
            matches!(
                *a,
                "--files-with-matches"
                    | "--files-without-match"
                    | "--count"
                    | "--quiet"
                    | "--silent"
            ) || a.strip_prefix('-').is_some_and(|c| {
                !c.starts_with('-')
                    && c.chars().all(|ch| ch.is_ascii_alphabetic())
                    && c.contains(['l', 'L', 'c', 'q'])
            })
        })
}

/// agentgate's own sub-commands that only read its state.
fn agentgate_reads(vals: &[&str]) -> bool {
    match vals.first().copied() {
        Some("audit") => matches!(
            vals.get(1).copied(),
            Some("verify" | "tail" | "query" | "export")
        ),
        Some("policy") => matches!(
            vals.get(1).copied(),
            Some("eval" | "explain" | "show" | "diff" | "build")
        ),
        Some("check" | "risk" | "--version" | "--help" | "help") => true,
        _ => false,
    }
}

/// What program `name` with arguments `vals` does to the guarded paths its
/// arguments name. `args` are the arguments' resolved absolute paths (None
/// where not a path or not known). Returns the finding's reason.
pub(crate) fn judge_args(
    name: &str,
    vals: &[&str],
    args: &[Option<String>],
    ctx: &Context,
    piped: bool,
) -> Vec<Verdict> {
    let reader = PURE_READERS.contains(&name)
        || (name == "find" && !find_mutates(vals))
        || (name == "agentgate" && agentgate_reads(vals));
    let tree_changer = TREE_CHANGERS.contains(&name) || (name == "find" && find_mutates(vals));
    // Names of agentgate's files handed on: from inside one of its
    // directories, or `find` above one looking for the key by name (`find
    // ~ -name device.key -exec cat {} +` is judged as a change below;
    // piped, its names reach `xargs cat`).
    let seeks_key = piped
        && name == "find"
        && vals.windows(2).any(|w| {
            let (Some(opt), Some(p)) = (w.first().copied(), w.get(1)) else {
                return false;
            };
            if !matches!(opt, "-name" | "-iname" | "-path" | "-ipath" | "-wholename") {
                return false;
            }
            let p = if p.contains('/') {
                (*p).to_owned()
            } else {
                format!("**/{p}")
            };
            shell_glob(&p, matches!(opt, "-iname" | "-ipath"))
                .is_some_and(|g| own_key_paths(ctx).any(|key| g.is_match(key)))
        });
    // `find ~ -exec cat {} +` prints the device key, unless its tests
    // keep the key's name out.
    let prints_key = name == "find" && find_prints(vals) && may_name_key(vals, ctx);
    let mut out = Vec::new();
    let into = copied_into(name, vals);
    let copy_dest = copy_destination(name, vals);
    for (i, abs) in args.iter().enumerate() {
        let Some(abs) = abs else { continue };
        if is_own_secret(abs, ctx) {
            out.push(Verdict::Secret(abs.clone()));
        }
        // A copy's source is only read (`cp -r /etc /tmp/etc`, `cp
        // /etc/agentgate/policy.toml /tmp/p`: lcmdi, session 48); its
        // destination is judged below. The device key copied out is the
        // secret read above.
        if copy_dest.is_some_and(|d| d != i) {
            // A tree copied out that holds the device key (`cp -r
            // ~/.local/state/agentgate /tmp/x`, `cp -r ~ /tmp/h`) reads it.
            // Only the state directory holds one (`own_key_paths` also
            // names the policy's and binaries' places, for globs).
            let state_key = ctx
                .guarded
                .iter()
                .filter(|g| g.what.contains("device key") || g.path.ends_with("/device.key"))
                .any(|g| {
                    let key = format!("{}/journal/device.key", g.path);
                    within(&key, abs.trim_end_matches('/'))
                        || within(&g.path, abs.trim_end_matches('/'))
                });
            if state_key && !is_own_secret(abs, ctx) {
                out.push(Verdict::Secret(format!("{abs}, which holds it, copied")));
            }
            continue;
        }
        let Some((rel, g)) = relation(abs, ctx) else {
            continue;
        };
        if prints_key {
            out.push(Verdict::Secret(format!(
                "{abs}, whose files find hands to a program that prints them"
            )));
        }
        if piped && LISTERS.contains(&name) && (rel == Relation::Inside || seeks_key) {
            out.push(Verdict::Secret(format!(
                "{abs}, whose file names are handed to the next command"
            )));
        }
        match rel {
            Relation::Inside if !reader => out.push(Verdict::Tamper(format!(
                "{name} would change {}, which the agent must not alter ({abs})",
                g.what
            ))),
            // A copy into the directory lands under the source's own name
            // (ci3: `mv ./target/debug/cargo-tauri ~/.cargo/bin`).
            Relation::Above if into.as_ref().is_some_and(|c| c.dir == i) => {
                for name_there in into.iter().flat_map(|c| &c.names) {
                    let there = format!("{}/{name_there}", abs.trim_end_matches('/'));
                    if let Some((Relation::Inside, g)) = relation(&there, ctx) {
                        out.push(Verdict::Tamper(format!(
                            "{name} would replace {}, which the agent must not alter ({there})",
                            g.what
                        )));
                    }
                }
            }
            Relation::Above if tree_changer => out.push(Verdict::Tamper(format!(
                "{name} would change {abs}, which holds {}; the agent must not alter it",
                g.what
            ))),
            _ => {}
        }
    }
    out
}

/// The index in `vals` of the one word a copy changes, when `name` only
/// reads its other operands: cp, scp, ln and install (not `install -d`,
/// whose operands are all made) and rsync (not with
/// `--remove-source-files`, which deletes what it sent). `None` for
/// anything else, or when the words are not plain enough to tell
/// ([`CopyTarget::plain`]; then every operand is judged as changed).
fn copy_destination(name: &str, vals: &[&str]) -> Option<usize> {
    let copier = match name {
        "cp" | "scp" | "ln" => true,
        "install" => !vals.iter().any(|v| {
            *v == "--directory" || (v.starts_with('-') && !v.starts_with("--") && v.contains('d'))
        }),
        "rsync" => !vals.iter().any(|v| v.starts_with("--remove-source")),
        _ => false,
    };
    copy_target(name, vals)
        .filter(|t| copier && t.plain)
        .map(|t| t.index)
}

/// The word a copy, move, link or install writes: `-t DIR` (also last in
/// a cluster, `-vt DIR`, not for rsync and scp, whose `-t` is no target),
/// `--target-directory[=]DIR`, else the last of two or more operands.
/// Shared by the guard ([`copy_destination`]) and the system-directory
/// check (`bash::sysdest`).
pub(crate) struct CopyTarget {
    /// The target's index in `vals`.
    pub(crate) index: usize,
    /// Options first, then operands: no option after an operand (`cp a b
    /// -i DEST`). Only then may the other operands be taken as read: a
    /// wrong guess about which options take a value can then drop a
    /// leading source, never the last word.
    pub(crate) plain: bool,
}

/// Options of coreutils' and BSD's cp, mv, ln and install that take the
/// next word as their value, besides the target directory's (`-t`). Not
/// `-Z` (cp and mv take it alone; `--context=CTX` is attached).
pub(crate) const COPY_VALUED: &[&str] = &[
    "-S", "--suffix", "-m", "--mode", "-o", "--owner", "-g", "--group",
];

/// Whether `v`, an option of cp, mv, ln or install, takes the next word as
/// its value ([`COPY_VALUED`] or the target directory's).
pub(crate) fn copy_option_takes_value(v: &str) -> bool {
    matches!(v, "-t" | "--target-directory") || COPY_VALUED.contains(&v)
}

/// See [`CopyTarget`]; `None` when no target can be told.
pub(crate) fn copy_target(name: &str, vals: &[&str]) -> Option<CopyTarget> {
    let name = name
        .strip_prefix('g')
        .filter(|n| matches!(*n, "cp" | "mv" | "install" | "ln"))
        .unwrap_or(name);
    if !matches!(name, "cp" | "mv" | "install" | "ln" | "scp" | "rsync") {
        return None;
    }
    // Options that take the next word.
    let valued: &[&str] = match name {
        "scp" => &["-P", "-i", "-F", "-l", "-c", "-J", "-o", "-S", "-D", "-X"],
        "rsync" => &[
            "-e",
            "--rsh",
            "--exclude",
            "--include",
            "--exclude-from",
            "--include-from",
            "--files-from",
            "--filter",
            "-f",
            "--port",
            "--chmod",
            "--log-file",
            "--backup-dir",
            "--compare-dest",
            "--link-dest",
            "--copy-dest",
            "--partial-dir",
            "--temp-dir",
            "-T",
            "--timeout",
            "--bwlimit",
            "--suffix",
            "--rsync-path",
        ],
        _ => COPY_VALUED,
    };
    let has_target_option = !matches!(name, "rsync" | "scp");
    let mut operands = Vec::new();
    let mut target = None;
    let mut plain = true;
    let mut i = 0;
    while let Some(v) = vals.get(i) {
        let option = v.starts_with('-') && v.len() > 1;
        if option && !operands.is_empty() && *v != "--" {
            plain = false;
        }
        let cluster = option && !v.starts_with("--");
        if let Some(d) = v.strip_prefix("--target-directory=") {
            if d.is_empty() {
                return None;
            }
            target = Some(i);
        } else if has_target_option && (*v == "--target-directory" || (cluster && v.ends_with('t')))
        {
            target = Some(i + 1);
            i += 1;
        } else if *v == "--" {
            operands.extend((i + 1)..vals.len());
            break;
        } else if option {
            // `-vS .bak`: a cluster whose last flag takes the value.
            let last_short = v.get(v.len() - 1..).map(|l| format!("-{l}"));
            if valued.contains(v)
                || (cluster && last_short.is_some_and(|l| valued.contains(&l.as_str())))
            {
                i += 1;
            }
        } else {
            operands.push(i);
        }
        i += 1;
    }
    let index = match target {
        Some(t) => (t < vals.len()).then_some(t)?,
        None if operands.len() >= 2 => *operands.last()?,
        None => return None,
    };
    Some(CopyTarget { index, plain })
}

/// A copy into a directory (`mv|cp|install|ln SRC... DIR`, `-t DIR
/// SRC...`).
pub(crate) struct CopyInto {
    /// The index in `vals` of the directory's word (`--target-directory=DIR`
    /// is one word).
    pub(crate) dir: usize,
    /// The names the sources take there.
    pub(crate) names: Vec<String>,
    /// The directory was named by `-t`/`--target-directory`, so it is one.
    pub(crate) by_option: bool,
    /// The indices in `vals` of the sources, in the order of `names`.
    pub(crate) sources: Vec<usize>,
}

/// The copy into a directory `name VALS` makes, if any: `None` unless every
/// source's name is written out (no glob, no expansion) and the destination
/// is not taken as the target itself (`-T`), so that what lands in the
/// directory is known.
pub(crate) fn copied_into(name: &str, vals: &[&str]) -> Option<CopyInto> {
    if !matches!(name, "mv" | "cp" | "install" | "ln") {
        return None;
    }
    // Options that take the next word as their value (coreutils).
    let valued = copy_option_takes_value;
    let mut operands = Vec::new();
    let mut target = None;
    let mut i = 0;
    while let Some(v) = vals.get(i) {
        if matches!(*v, "-T" | "--no-target-directory") {
            return None;
        }
        if v.starts_with("--target-directory=") {
            target = Some(i);
        } else if valued(v) {
            if matches!(*v, "-t" | "--target-directory") {
                target = Some(i + 1);
            }
            i += 1;
        } else if !v.starts_with('-') || *v == "-" {
            operands.push(i);
        }
        i += 1;
    }
    let by_option = target.is_some();
    let (dir, sources): (usize, Vec<usize>) = match target {
        Some(t) => (t, operands),
        None => {
            let (last, rest) = operands.split_last()?;
            (*last, rest.to_vec())
        }
    };
    if sources.is_empty() {
        return None;
    }
    let names = sources
        .iter()
        .map(|s| {
            // BSD cp copies a directory's contents when its name ends in a
            // slash (`cp -R payload/ DIR`, macOS): the names are not known.
            let src = vals.get(*s)?;
            if src.ends_with('/') || src.ends_with("/.") {
                return None;
            }
            let base = crate::paths::basename(src);
            (!base.is_empty() && !base.contains(['*', '?', '[', '$', '`', '{']) && base != "..")
                .then(|| base.to_owned())
        })
        .collect::<Option<Vec<_>>>()?;
    Some(CopyInto {
        dir,
        names,
        by_option,
        sources,
    })
}

/// What the guard found in one command or value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Changes agentgate's own files: the reason.
    Tamper(String),
    /// Reads agentgate's device signing key: its path.
    Secret(String),
}

/// Whether a signal-sending command line names agentgate's processes.
pub(crate) fn signals_agentgate(text: &str) -> bool {
    text.to_ascii_lowercase().contains("agentgate")
}
