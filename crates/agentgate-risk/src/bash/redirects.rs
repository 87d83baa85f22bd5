//! Redirections: files a command reads and writes through `<`, `>`,
//! `>>` and their kin, judged as reads and writes of those paths.

use super::*;

impl Walker<'_> {
    pub(super) fn redirect(&mut self, r: &agentgate_shell::Redirect, cmd: &SimpleCommand) {
        let Some(target) = &r.target else {
            return;
        };
        let bound = self.bound_target(target);
        let target = bound.as_ref().unwrap_or(target);
        let value = target.value_or_raw();
        if r.kind.writes() {
            if value.starts_with("/dev/") {
                let dev = value.trim_start_matches("/dev/");
                if is_disk_device(dev) || super::devices::is_tape_device(dev) {
                    self.find(
                        Destr,
                        Critical,
                        format!("overwrites the disk or tape device {value}"),
                        &cmd.text,
                    );
                }
                return;
            }
            self.write_target(value, target, cmd);
            for abs in self.arg_paths(&Arg { word: target }) {
                if let Some((_, g)) = guard::relation(&abs, &self.ctx) {
                    let reason = format!(
                        "writes over {abs}, part of {}, which the agent must not alter",
                        g.what
                    );
                    self.find(SelfEsc, Critical, reason, &cmd.text);
                }
            }
            if let Some(abs) = paths::absolute(value, &target.raw, target.tilde, &self.ctx) {
                if abs.ends_with("_history") && r.kind == RedirectKind::Write {
                    self.find(
                        Obf,
                        Medium,
                        "clears shell history (hides what ran)",
                        &cmd.text,
                    );
                }
            }
        } else if matches!(r.kind, RedirectKind::Read | RedirectKind::ReadWrite) {
            self.read_target(value, cmd);
        }
    }

    /// A file the command writes.
    fn write_target(&mut self, value: &str, word: &Word, cmd: &SimpleCommand) {
        // Only a line that just makes the file is read for the generic
        // option-like name: a program's own output redirected (`quickemu
        // --vm <path/to/vm.conf> --display sdl`, a cheat sheet's
        // placeholder) makes no injection file on purpose.
        let maker = cmd.argv.first().is_none_or(|w| {
            matches!(
                w.value_or_raw(),
                "echo" | "printf" | ":" | "true" | "cat" | "touch"
            )
        });
        self.option_named_file(value, &cmd.text, maker);
        if let Some(what) = super::windows::hidden_stream(value) {
            self.find(
                Obf,
                Medium,
                format!("writes into {what} ({value}), where data hides from listings"),
                &cmd.text,
            );
        }
        // A computed target (`> "$(python3 -m site --user-site)/x.pth"`):
        // what it is known to be (session 52).
        let resolved = paths::absolute(value, &word.raw, word.tilde, &self.ctx)
            .or_else(|| self.arg_paths(&Arg { word }).into_iter().next());
        if let Some(abs) = resolved.as_deref() {
            if abs == "/proc/sysrq-trigger" {
                self.find(
                    Destr,
                    High,
                    "writes to /proc/sysrq-trigger (reboots, crashes or kills at once)",
                    &cmd.text,
                );
            } else if paths::root_level_file(abs) {
                self.find(
                    SelfEsc,
                    Medium,
                    format!("writes a file in the root directory ({abs})"),
                    &cmd.text,
                );
            } else if abs.starts_with("/proc/sys/") {
                self.find(
                    SelfEsc,
                    High,
                    format!("changes the kernel setting {abs}"),
                    &cmd.text,
                );
            }
        }
        if resolved.is_none() {
            self.unknown_destination(&word.raw, &cmd.text);
        }
        let check = resolved.as_deref().unwrap_or(value);
        let profile = crate::winpath::profile_variable(&word.raw).then_some((
            Severity::High,
            "PowerShell's profile (runs at every start of PowerShell)",
        ));
        if let Some((sev, what)) = profile
            .or_else(|| paths::trust_target(value, &self.ctx))
            .or_else(|| paths::written_target(check, &self.ctx))
        {
            self.find(SelfEsc, sev, format!("writes to {what}"), &cmd.text);
        } else if let Some(abs) = &resolved {
            if !paths::within(abs, &self.ctx.project_dir)
                && paths::temp_root(abs).is_none()
                && !paths::within(abs, &format!("{}/.cache", self.ctx.home))
            {
                self.out.effects.trust_change = true;
            }
        }
    }

    /// Whether the line may have made `name` run something else: a
    /// function or alias of that name, or a PATH given a directory the
    /// agent can write.
    pub(super) fn name_redefined(&self, name: &str) -> bool {
        self.path_planted || self.functions.contains_key(name) || self.aliases.contains(name)
    }

    /// A destination whose directory is whatever a command prints
    /// (`> "$(mydir)/x"`): it may be anywhere, the home's start-up files
    /// included (issue 11: a value that cannot be known where it matters is
    /// unverifiable). Commands that print a path of the local file system
    /// (`dirname`, `pwd`, `mktemp`) or a name that is not one (`date`,
    /// `basename`) are left to the rest of the checks.
    pub(super) fn unknown_destination(&mut self, raw: &str, text: &str) {
        const NAME_PRINTERS: &[&str] = &[
            "basename", "date", "uuidgen", "hostname", "whoami", "id", "uname", "arch", "nproc",
        ];
        let Some(body) = super::quoted::leading_substitution(raw) else {
            return;
        };
        let program = body.split_whitespace().next().map_or("", paths::basename);
        // The line may have made the name mean something else.
        let shadowed = self.name_redefined(program);
        // A name printer's output is a file name of the working directory
        // unless its words or the rest of the word lead elsewhere (`$(date
        // +/root/x)`, `$(basename /)etc`, `$(date)/../..`).
        let name_only = NAME_PRINTERS.contains(&program)
            && !body.contains(['/', '~', '$', '`'])
            && !raw.contains("..");
        let local_path = super::dynamic::path_substitutions_only(raw.trim_start_matches('"'));
        if program.is_empty() || !shadowed && (name_only || local_path) {
            return;
        }
        self.find(
            Unverifiable,
            Medium,
            format!("writes to a place named by what {program} prints, which cannot be checked"),
            text,
        );
    }

    /// A file the command reads.
    fn read_target(&mut self, value: &str, cmd: &SimpleCommand) {
        if let Some((sev, what)) = paths::credential(value) {
            self.find(Cred, sev, format!("reads {what}"), &cmd.text);
        }
    }
}

impl Walker<'_> {
    /// A file created under a name that a wildcard will turn into a
    /// code-running option of some program (GTFOBins-style wildcard
    /// injection: `tar cf a.tar *` in that directory runs the command).
    pub(super) fn option_named_file(&mut self, path: &str, text: &str, any_option: bool) {
        if agentgate_commands::code_option_named(paths::basename(path)).is_some() {
            self.find(
                Obf,
                High,
                format!(
                    "creates a file named like an option that runs a command ({path}): a wildcard in a later command turns it into that option"
                ),
                text,
            );
        } else if any_option && option_like(paths::basename(path)) {
            // Any other option-like name is half of a wildcard injection
            // (`> --checkpoint=1` beside `--checkpoint-action=exec=sh x`,
            // olpe session 47; `touch -- -rf`).
            self.find(
                Obf,
                Medium,
                format!("creates a file named like an option ({path}): a wildcard in a later command passes it as that option"),
                text,
            );
        }
    }
}

/// A name a program reads as its options: a long option (`--checkpoint=1`)
/// or a cluster of short ones (`-rf`); not `-notes.txt`, which no program
/// takes for options it has.
fn option_like(name: &str) -> bool {
    name.strip_prefix("--")
        .is_some_and(|o| o.starts_with(|c: char| c.is_ascii_alphabetic()))
        || name
            .strip_prefix('-')
            .is_some_and(|o| !o.is_empty() && o.chars().all(|c| c.is_ascii_alphabetic()))
}

impl Walker<'_> {
    /// Files interpreter code writes (`open("--checkpoint=1", "w")`), as a
    /// redirect's target is judged: a name like an option (found attacking
    /// this session's wildcard rule, s47).
    pub(super) fn code_made_files(&mut self, code_text: &str, text: &str) {
        for path in crate::codewrites::written_paths(code_text) {
            self.option_named_file(&path, text, true);
        }
    }
}

impl Walker<'_> {
    /// A file an option of the program names as its output (`-o FILE`),
    /// judged as a redirect's target is.
    pub(super) fn written_by_option(&mut self, site: Site<'_>, name: &str, v: &str) {
        let abs = paths::absolute(v, v, v.starts_with('~'), &self.ctx);
        let check = abs.as_deref().unwrap_or(v);
        // Output into ~/.ssh can plant authorized_keys or a config; into
        // ~/.aws, ~/.kube or ~/.docker, credentials or a credential helper
        // that runs on the next use.
        if let Some(what) = abs.as_deref().and_then(paths::within_credential_dir) {
            self.find(
                SelfEsc,
                High,
                format!("{name} writes into the directory of {what} ({v})"),
                &site.cmd.text,
            );
        }
        if let Some((sev, what)) = paths::written_target(check, &self.ctx) {
            self.find(
                SelfEsc,
                sev,
                format!("{name} writes to {what}"),
                &site.cmd.text,
            );
        }
        if let Some((_, g)) = abs.as_deref().and_then(|a| guard::relation(a, &self.ctx)) {
            self.find(
                SelfEsc,
                Severity::Critical,
                format!(
                    "{name} would write into {}, which the agent must not alter",
                    g.what
                ),
                &site.cmd.text,
            );
        }
    }
}
