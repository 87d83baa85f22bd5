//! git aliases that name git commands (`alias.c = clean -fdx`, git-config(1)
//! alias.*): typed, they run as that command with the words after them.
//! The shell form (`alias.x = !CMD`) is read in git.rs's config reading.
//! Found attacking session 60's git-extras mend as the agent: `git -c
//! alias.c="clean -fdx" c` passed.

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

    /// `git config alias.NAME VALUE` of a git command: a harmful one runs
    /// again whenever NAME is typed, as a harmful shell alias does.
    pub(in crate::bash) fn git_kept_alias(&mut self, site: Site<'_>, key: &str, value: &str) {
        if value.is_empty() {
            return;
        }
        let before = self.out.findings.len();
        self.script(&format!("git {value}"), site.depth + 1);
        if self.out.findings.len() > before {
            self.find(
                SelfEsc,
                High,
                format!("sets git's {key} to a harmful git command, which runs again whenever it is typed"),
                &site.cmd.text,
            );
        }
    }
}
