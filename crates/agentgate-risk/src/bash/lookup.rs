//! Paths spelled through PATH look-ups of agentgate's own binaries, as the
//! agent would write them to reach the hook without naming its directory:
//! `$(command -v agentgate-hook)`, `"$(dirname "$(which
//! agentgate-hook)")"/agentgate-hook`, `$(readlink -f $(command -v
//! agentgate-hook))`. What PATH finds under a guarded binary's name is
//! taken to be that binary (`guard::named`); `dirname`, `realpath` and
//! `readlink -f` are evaluated on it. Written by hand: only these three
//! programs and one substitution syntax are read.

use std::borrow::Cow;

use super::dynamic::parameter_at;
use super::util::substitution_at;
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
        guard::named(&name, ctx).next()?.path.clone()
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

/// The program name a word looks up on `PATH` and expands to the path of:
/// `$(command -v NAME)`, `$(which NAME)`, `$(type -P NAME)`, also through
/// `readlink -f`/`realpath` of such a lookup; the one name of
/// [`path_lookups`] (quotes removed: `$(which agent''gate-hook)`). `None`
/// for anything else.
pub(super) fn path_lookup(raw: &str) -> Option<String> {
    let [name] = <[String; 1]>::try_from(path_lookups(raw)).ok()?;
    Some(name)
}

/// Every program a PATH look-up word names once the shell has removed its
/// quotes and expanded its braces (`$(which agent''gate-hook)`, `$(which
/// agentgate-{hook,x})`, `$(which -a a b)`); empty when a name is not
/// plain after that (a parameter, a glob, a substitution).
pub(super) fn path_lookups(raw: &str) -> Vec<String> {
    let Some(given) = lookup_name(raw) else {
        return Vec::new();
    };
    let mut names = Vec::new();
    for word in given.split_whitespace() {
        let unquoted: String = word.chars().filter(|c| !matches!(c, '"' | '\'')).collect();
        for name in super::util::expand_braces(&unquoted, 16) {
            if name.is_empty()
                || !name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '+'))
            {
                return Vec::new();
            }
            names.push(name);
        }
    }
    names
}

/// The name a PATH look-up word (see [`path_lookup`]) is given, as written:
/// `$p` in `$(which $p)`, quotes trimmed.
pub(super) fn lookup_name(raw: &str) -> Option<&str> {
    let body = super::util::substitution_body(raw)?.trim();
    let name = match body.split_once(char::is_whitespace) {
        Some(("command", rest)) => rest.trim().strip_prefix("-v")?.trim(),
        Some(("which", rest)) => rest.trim().trim_start_matches("-a ").trim(),
        Some(("type", rest)) => rest
            .trim()
            .strip_prefix("-P")
            .or_else(|| rest.trim().strip_prefix("-p"))?
            .trim(),
        Some(("readlink", rest)) => {
            return lookup_name(rest.trim().strip_prefix("-f")?.trim());
        }
        Some(("realpath", rest)) => return lookup_name(rest.trim()),
        _ => return None,
    };
    Some(name.trim_matches(['"', '\'']))
}

impl super::Walker<'_> {
    /// A word with the variables it hands to a look-up resolved (`p=dhcpd;
    /// mv $(which $p) x`, `p=agentgate-hook; rm $(command -v "$p")`: both
    /// passed until session 36, since a look-up needs a literal name). The
    /// word as written when it has no variable or one is not known.
    pub(super) fn lookup_resolved<'w>(&self, raw: &'w str) -> Cow<'w, str> {
        if !raw.contains('$') || !(raw.contains("$(") || raw.contains('`')) {
            return Cow::Borrowed(raw);
        }
        let chars: Vec<char> = raw.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        let mut any = false;
        while let Some(&c) = chars.get(i) {
            if c != '$' || chars.get(i + 1) == Some(&'(') {
                out.push(c);
                i += 1;
                continue;
            }
            let value = parameter_at(&chars, i)
                .filter(|(name, _)| !name.is_empty())
                .and_then(|(name, next)| Some((self.param_value(&name)?, next)));
            let Some((value, next)) = value else {
                return Cow::Borrowed(raw);
            };
            out.push_str(value);
            any = true;
            i = next;
        }
        if any {
            Cow::Owned(out)
        } else {
            Cow::Borrowed(raw)
        }
    }

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
            let raw = self.lookup_resolved(a.word.raw.trim().trim_matches('"'));
            let Some(name_given) = lookup_name(&raw) else {
                continue;
            };
            let progs = path_lookups(&raw);
            if progs.is_empty() {
                // `mv $(which $1) x`: a name not known here.
                self.find(
                    crate::Category::Unverifiable,
                    crate::Severity::Medium,
                    format!("{name} changes a program PATH finds under a name not known here ({name_given})"),
                    text,
                );
                continue;
            }
            for prog in progs {
                if guard::named(&prog, &self.ctx).next().is_some() {
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
}
