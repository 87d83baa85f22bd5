//! git aliases (git-config(1) alias.*): typed, one of a git command
//! (`alias.c = clean -fdx`) runs as that command with the words after it,
//! one of the shell form (`alias.x = !CMD`) runs CMD. The git form was
//! found attacking session 60's git-extras mend as the agent: `git -c
//! alias.c="clean -fdx" c` passed. A one-shot alias of the shell form is
//! judged as any `git -c` setting that runs a command (git.rs).

use super::super::*;

impl Walker<'_> {
    /// `sub` given as an alias for this command only (`git -c
    /// alias.SUB=VALUE`, or the same pair in the environment), read as the
    /// git command it names with `args` after it. The last pair for a name
    /// wins, as in git; names are compared without regard to case.
    pub(in crate::bash) fn git_one_shot_alias(
        &mut self,
        site: Site<'_>,
        pairs: &[String],
        sub: &str,
        args: &[&str],
    ) {
        let name = format!("alias.{sub}");
        let value = pairs.iter().rev().find_map(|kv| {
            let (k, v) = kv.split_once('=')?;
            k.eq_ignore_ascii_case(&name).then_some(v)
        });
        let Some(value) = value.filter(|v| !v.is_empty() && !v.starts_with('!')) else {
            return;
        };
        let mut line = format!("git {value}");
        for a in args {
            line.push(' ');
            line.push_str(&crate::code::single_quote(a));
        }
        self.script(&line, site.depth + 1);
    }

    /// `git config alias.NAME VALUE`, judged by what it runs (`!CMD`
    /// through the shell, else the git command it names): a harmful one
    /// kept in git's configuration runs again whenever NAME is typed.
    pub(in crate::bash) fn git_kept_alias(&mut self, site: Site<'_>, key: &str, value: &str) {
        let (line, what) = match value.strip_prefix('!') {
            Some(cmd) => (cmd.to_owned(), "command"),
            None if value.is_empty() => return,
            None => (format!("git {value}"), "git command"),
        };
        let before = self.out.findings.len();
        self.script(&line, site.depth + 1);
        if self.out.findings.len() > before {
            self.find(
                SelfEsc,
                High,
                format!(
                    "sets git's {key} to a harmful {what}, which runs again whenever it is typed"
                ),
                &site.cmd.text,
            );
        }
    }
}
