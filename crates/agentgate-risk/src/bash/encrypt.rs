//! Encrypting the developer's files outside the project
//! (`agentgate_commands::ENCRYPTORS`): what ransomware does.

use super::*;

impl<'c> Walker<'c> {
    pub(super) fn encrypts(&mut self, site: Site<'_>, name: &str, rest: &[Arg<'_>], vals: &[&str]) {
        let Some(e) = agentgate_commands::encryptor(name) else {
            return;
        };
        let is_value = |i: usize| {
            i > 0
                && vals
                    .get(i - 1)
                    .is_some_and(|p| e.value_opts.contains(p) || e.input_opts.contains(p))
        };
        let first_operand = vals
            .iter()
            .enumerate()
            .find(|(i, v)| !v.starts_with('-') && !is_value(*i))
            .map(|(_, v)| *v);
        let encrypts = e.encrypts_with.is_empty()
            || e.encrypts_with.iter().any(|w| {
                if w.starts_with('-') {
                    vals.iter()
                        .any(|v| v == w || (w.len() == 2 && v.starts_with(w)))
                } else {
                    first_operand == Some(*w)
                }
            });
        let undone = e.unless.iter().any(|w| {
            if w.starts_with('-') {
                vals.contains(w)
            } else {
                first_operand == Some(*w)
            }
        });
        if !encrypts || undone {
            return;
        }
        let outside = rest
            .iter()
            .enumerate()
            .filter(|(i, a)| {
                let v = a.v();
                !v.starts_with('-')
                    && (!is_value(*i)
                        || vals
                            .get(i.wrapping_sub(1))
                            .is_some_and(|p| e.input_opts.contains(p)))
            })
            .flat_map(|(_, a)| self.arg_paths(a))
            .find(|p| {
                !paths::within(p, &self.ctx.project_dir)
                    && paths::temp_root(p).is_none()
                    && (paths::is_home_rooted(p, &self.ctx) || paths::is_system_dir(p))
            });
        if let Some(p) = outside {
            self.find(
                Destr,
                High,
                format!("{name} encrypts {p}, outside the project, with a key of its own (what ransomware does)"),
                &site.cmd.text,
            );
        }
    }
}
