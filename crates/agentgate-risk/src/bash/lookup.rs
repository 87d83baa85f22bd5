//! Paths spelled through PATH look-ups of agentgate's own binaries, as the
//! agent would write them to reach the hook without naming its directory:
//! `$(command -v agentgate-hook)`, `"$(dirname "$(which
//! agentgate-hook)")"/agentgate-hook`, `$(readlink -f $(command -v
//! agentgate-hook))`. What PATH finds under a guarded binary's name is
//! taken to be that binary (`guard::named`); `dirname`, `realpath` and
//! `readlink -f` are evaluated on it. Written by hand: only these three
//! programs and one substitution syntax are read.

use super::util::{path_lookup, substitution_at};
use crate::{guard, Context};

/// The path a word names when it is built from a look-up of one of
/// agentgate's binaries (see the module's note); `None` otherwise.
pub(super) fn guarded_path(raw: &str, ctx: &Context) -> Option<String> {
    guarded_path_at(raw, ctx, 0)
}

fn guarded_path_at(raw: &str, ctx: &Context, depth: usize) -> Option<String> {
    if depth > 4 {
        return None;
    }
    // Double quotes change nothing in a path without blanks
    // (`"$(dirname "$(which x)")"/x`).
    let s: String = raw.trim().chars().filter(|c| *c != '"').collect();
    if !s.starts_with("$(") {
        return None;
    }
    let body = substitution_at(&s, 0)?;
    let inner = body.trim();
    let suffix = s.get(body.len() + 3..)?;
    if suffix.contains(['$', '`', '(', ')', ' ']) {
        return None;
    }
    let value = if let Some(name) = path_lookup(&format!("$({inner})")) {
        guard::named(name, ctx).next()?.path.clone()
    } else if let Some(arg) = inner.strip_prefix("dirname ") {
        let path = operand(arg, ctx, depth)?;
        path.rsplit_once('/').map(|(d, _)| d.to_owned())?
    } else if let Some(arg) = inner
        .strip_prefix("realpath ")
        .or_else(|| inner.strip_prefix("readlink -f "))
    {
        operand(arg, ctx, depth)?
    } else {
        return None;
    };
    Some(format!("{value}{suffix}"))
}

/// An operand of `dirname`/`realpath`: a nested look-up or an absolute path.
fn operand(arg: &str, ctx: &Context, depth: usize) -> Option<String> {
    let arg = arg.trim();
    if arg.starts_with("$(") {
        return guarded_path_at(arg, ctx, depth + 1);
    }
    (arg.starts_with('/') && !arg.contains(['$', '`', ' '])).then(|| arg.to_owned())
}

impl super::Walker<'_> {
    /// A program found through PATH changed, moved or deleted (`mv $(which
    /// dhcpd) /tmp/x`, `chmod +s \`command -v python3\``): where PATH finds
    /// it is not known here (a system program, or the developer's own tool
    /// in `~/go/bin`), so the change is asked about (session 35, htlin: it
    /// passed). agentgate's own binaries are judged by the guard.
    pub(super) fn lookup_changed(&mut self, name: &str, args: &[super::Arg<'_>], text: &str) {
        const CHANGERS: &[&str] = &[
            "rm", "unlink", "shred", "mv", "chmod", "chown", "chgrp", "chattr", "truncate",
            "setcap", "patchelf", "strip", "cp", "install", "ln", "tee", "dd",
        ];
        if !CHANGERS.contains(&name) {
            return;
        }
        // A copier changes only its destination (`cp $(which x) ./bin/`).
        let last = args.len().saturating_sub(1);
        let dest_only = matches!(name, "cp" | "install" | "ln");
        for (i, a) in args.iter().enumerate() {
            if dest_only && i != last {
                continue;
            }
            let raw = a.word.raw.trim().trim_matches('"');
            let Some(prog) = path_lookup(raw) else {
                continue;
            };
            if guard::named(prog, &self.ctx).next().is_some() {
                continue;
            }
            self.find(
                crate::Category::Unverifiable,
                crate::Severity::Medium,
                format!("{name} changes the program {prog} wherever PATH finds it (a system program, if it is one)"),
                text,
            );
        }
    }
}
