//! The state of one shell environment: what a subshell, a substitution,
//! a pipeline element or a background job copies from its parent and
//! cannot hand back (see `Walker::script`).

use super::*;

/// What a subshell inherits and cannot hand back (see `Walker::script`).
#[derive(Clone, PartialEq, Eq)]
pub(super) struct ShellEnv {
    pub(super) cwd: String,
    pub(super) cwd_unknown: bool,
    pub(super) vars: HashMap<String, String>,
    pub(super) alts: HashMap<String, Vec<String>>,
    pub(super) arrays: HashMap<String, String>,
    pub(super) positional: Option<Vec<String>>,
}

impl Walker<'_> {
    /// The state a subshell copies from its parent.
    pub(super) fn shell_env(&self) -> ShellEnv {
        ShellEnv {
            cwd: self.ctx.cwd.clone(),
            cwd_unknown: self.cwd_unknown,
            vars: self.vars.clone(),
            alts: self.alts.clone(),
            arrays: self.arrays.clone(),
            positional: self.positional.clone(),
        }
    }

    pub(super) fn set_shell_env(&mut self, env: ShellEnv) {
        if self.ctx.cwd != env.cwd {
            self.ctx.to_mut().cwd = env.cwd;
        }
        self.cwd_unknown = env.cwd_unknown;
        self.vars = env.vars;
        self.alts = env.alts;
        self.arrays = env.arrays;
        self.positional = env.positional;
    }

    /// Whether the program at `site` runs with a variable the line sets
    /// (before it, `X=1 prog`, or anywhere in the line, `export X=1; ...`)
    /// whose name `names` accepts: it reads another configuration then.
    pub(super) fn env_set(&self, site: Site<'_>, names: impl Fn(&str) -> bool) -> bool {
        site.cmd
            .assignments
            .iter()
            .map(|a| a.name.as_str())
            .chain(self.assigned_here.iter().map(String::as_str))
            .any(names)
    }

    /// Assesses `src` as run by this very shell (`eval`, `source`, a
    /// function's body): a `cd` in it holds after it.
    pub(crate) fn script_same_shell(&mut self, src: &str, depth: usize) {
        self.same_shell = true;
        self.script(src, depth);
        self.same_shell = false;
    }
}
