//! Text a command prints that a shell, `eval` or `source` then runs
//! (`get_script | bash`, `eval "$(X)"`, `sh -c "$(X)"`, `source <(X)`,
//! `$(X) ARGS`), once the callers have judged the producers they know
//! (downloads, decoders, files the line wrote, echoed values): the same
//! answer whichever way the text arrives.

use super::*;
use agentgate_shell::Redirect;
use std::borrow::Cow;

/// Whether `producers` are, all of them, programs printing their own
/// shell set-up or completion script (`kubectl completion bash`), spelled
/// out and reading no file.
pub(super) fn prints_setup(producers: &[&SimpleCommand]) -> bool {
    !producers.is_empty()
        && producers.iter().all(|c| {
            let words: Vec<&str> = c.argv.iter().map(Word::value_or_raw).collect();
            // A word that is one variable (`op signin --account $X`);
            // `prints_shell_setup` takes it only as a long option's value,
            // where it names what the program acts on.
            let fixed = c.argv.iter().all(|w| {
                !w.is_dynamic()
                    || sole_expansion(&w.raw).is_some_and(|n| {
                        !n.is_empty() && n.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '_')
                    })
            });
            c.redirects.iter().all(|r| r.kind != RedirectKind::Read)
                && fixed
                && words.split_first().is_some_and(|(name, args)| {
                    agentgate_commands::prints_shell_setup(paths::basename(name), args)
                })
        })
}

impl Walker<'_> {
    /// What `producers` print, run by `via`: `cat FILE` (or `< FILE`)
    /// runs FILE as `via FILE` would; a program's own shell set-up or
    /// completion script (`agentgate_commands::prints_shell_setup`) is
    /// judged as that program already was; anything else cannot be
    /// checked.
    pub(super) fn produced_script(
        &mut self,
        site: Site<'_>,
        via: &str,
        producers: &[&SimpleCommand],
    ) {
        if let [one] = producers {
            let words: Vec<&str> = one.argv.iter().map(Word::value_or_raw).collect();
            let read = one
                .redirects
                .iter()
                .find(|r| r.kind == RedirectKind::Read)
                .and_then(|r| r.target.as_ref())
                .map(Word::value_or_raw);
            let file = match (words.as_slice(), read) {
                ([], Some(f)) => Some(f),
                (["cat", f], None)
                    if !f.starts_with('-') && !one.argv.iter().any(Word::is_dynamic) =>
                {
                    Some(*f)
                }
                _ => None,
            };
            if let Some(file) = file {
                self.run_file(site, file, via);
                return;
            }
        }
        if prints_setup(producers) {
            return;
        }
        let who = printer(producers);
        self.find(
            Unverifiable,
            Medium,
            format!("hands {via} what {who} prints to run, which cannot be checked"),
            &site.cmd.text,
        );
    }

    /// The text a here-document or here-string hands its command; for
    /// `bash <<< "$(printf '%s' CMD)"` and `sh <<< "$c"`, the text the
    /// fixed substitution or known variable gives.
    pub(super) fn here_input<'r>(&self, r: &'r Redirect) -> Option<Cow<'r, str>> {
        let input = r.input_text.as_deref()?;
        if r.input_static || r.kind != RedirectKind::HereInput {
            return Some(Cow::Borrowed(input));
        }
        let resolved = substitution_text(input).or_else(|| {
            self.loop_alternatives(input)
                .filter(|v| v.len() == 1)
                .and_then(|v| v.into_iter().next())
                .or_else(|| self.resolve_vars(input))
        });
        Some(resolved.map_or(Cow::Borrowed(input), Cow::Owned))
    }

    /// `cat <<EOF | sh`, `cat - <<< "$c" | sh`: what a lone `cat` of its
    /// own here-document prints is that document.
    pub(super) fn cat_of_here_input(&self, upstream: &[&SimpleCommand]) -> Option<String> {
        let [cat] = upstream else { return None };
        let words: Vec<&str> = cat.argv.iter().map(Word::value_or_raw).collect();
        if !matches!(words.as_slice(), ["cat"] | ["cat", "-"]) {
            return None;
        }
        let mut inputs = cat.redirects.iter().filter(|r| {
            matches!(r.kind, RedirectKind::Read | RedirectKind::HereInput) && r.fd.unwrap_or(0) == 0
        });
        // The last redirection of standard input is the one cat reads.
        let last = inputs.next_back()?;
        self.here_input(last).map(Cow::into_owned)
    }

    /// `file`, run by a program or a shell, lies in a temporary directory
    /// outside the project and this line did not make it: anything on the
    /// machine (an earlier call, another user) can have put it there.
    /// Returns whether that was found.
    pub(super) fn temp_program_not_made(&mut self, site: Site<'_>, file: &str) -> bool {
        // A copy of one the line did not make (`cp /tmp/p ./p.sh && sh
        // p.sh`) is the same program.
        let copied = paths::absolute(file, file, false, &self.ctx)
            .is_some_and(|a| self.temp_copies.iter().any(|c| same_file(c, &a)));
        let found = copied || self.temp_unmade(file).is_some();
        if found {
            self.find(
                Unverifiable,
                Medium,
                format!("runs {file}, a program in a temporary directory that this command did not make"),
                &site.cmd.text,
            );
        }
        found
    }

    /// `file`'s absolute path when it lies in a temporary directory outside
    /// the project and the line did not make it. The project itself may
    /// live under /tmp (CI checkouts, test harnesses): its own programs
    /// are the project's.
    pub(super) fn temp_unmade(&self, file: &str) -> Option<String> {
        let a = paths::absolute(file, file, false, &self.ctx)?;
        let made = self
            .made_here
            .iter()
            .any(|m| *m == a || paths::within(&a, m))
            || self.written(file).is_some()
            || self.downloaded.iter().any(|(d, _)| same_file(d, file))
            || self.shell_copies.iter().any(|c| same_file(c, &a));
        (paths::temp_root(&a).is_some() && !paths::within(&a, &self.ctx.project_dir) && !made)
            .then_some(a)
    }
}

/// The program that prints the text (the first producer's name), for
/// reasons: "what jq prints".
pub(super) fn printer<'a>(producers: &[&'a SimpleCommand]) -> &'a str {
    producers
        .first()
        .and_then(|c| c.name())
        .map_or("a command", |n| paths::basename(n.value_or_raw()))
}
