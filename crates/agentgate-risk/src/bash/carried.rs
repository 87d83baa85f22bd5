//! Files the line wrote, carried to another name by `cp`, `mv`, `ln` or
//! `install`: the new name holds what the old one held (`echo CMD >
//! /tmp/a.txt && mv /tmp/a.txt /tmp/a.sh && sh /tmp/a.sh` runs CMD).

use super::*;

impl Walker<'_> {
    /// Records the copies `name VALS` makes of files the line wrote. A
    /// single source's destination may be the new file or a directory it
    /// lands in: both are recorded (either may be what runs next).
    pub(super) fn carry_written(&mut self, name: &str, vals: &[&str]) {
        let Some(into) = crate::guard::copied_into(name, vals) else {
            return;
        };
        let Some(dir) = vals.get(into.dir).map(|d| {
            d.strip_prefix("--target-directory=")
                .unwrap_or(d)
                .trim_end_matches('/')
        }) else {
            return;
        };
        let sources: Vec<&str> = into
            .sources
            .iter()
            .filter_map(|i| vals.get(*i).copied())
            .collect();
        let single = sources.len() == 1 && !into.by_option;
        for (src, landed) in sources.iter().zip(&into.names) {
            let Some(g) = self.written(src) else {
                // A program from a temporary directory the line did not
                // make stays one under its new name.
                if self.temp_unmade(src).is_some() {
                    let mut to = vec![format!("{dir}/{landed}")];
                    if single {
                        to.push(dir.to_owned());
                    }
                    for t in to {
                        if let Some(a) = paths::absolute(&t, &t, t.starts_with('~'), &self.ctx) {
                            self.temp_copies.push(a);
                        }
                    }
                }
                continue;
            };
            if single {
                self.remember_written(dir.to_owned(), g.payload.clone(), g.decoded, false);
            }
            self.remember_written(format!("{dir}/{landed}"), g.payload, g.decoded, false);
        }
    }

    /// The file the line wrote into a PATH directory under `name` (a bare
    /// program name): what runs when `name` is typed (`printf CMD >
    /// ~/.local/bin/x; chmod +x ~/.local/bin/x; x`).
    pub(super) fn written_on_path(&self, name: &str) -> Option<Generated> {
        if name.is_empty() || name.contains('/') {
            return None;
        }
        self.generated
            .iter()
            .rev()
            .find(|g| {
                paths::basename(&g.path) == name
                    && paths::absolute(&g.path, &g.path, g.path.starts_with('~'), &self.ctx)
                        .is_some_and(|a| {
                            let lower = a.to_ascii_lowercase();
                            crate::pathbin::path_program(&a, &lower, &self.ctx).is_some()
                        })
            })
            .cloned()
    }
}

impl Walker<'_> {
    /// `direnv allow|permit|grant [DIR]`: the directory's `.envrc` is
    /// trusted, and the user's shell runs it on every `cd` there, outside
    /// this hook (a cloned repository's too: toolsdocsg, session 54). A
    /// `.envrc` the line itself wrote in full was judged as written
    /// (`printf CMD > .envrc && direnv allow .`, the compose10 carrier);
    /// any other is asked about.
    pub(super) fn direnv_trust(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        let mut ops = vals.iter().filter(|v| !v.starts_with('-'));
        if name != "direnv"
            || !ops
                .next()
                .is_some_and(|v| matches!(*v, "allow" | "permit" | "grant"))
        {
            return;
        }
        let dir = ops.next().map_or(".", |d| d.trim_end_matches('/'));
        let envrc = if dir.ends_with(".envrc") {
            dir.to_owned()
        } else {
            format!("{dir}/.envrc")
        };
        if self
            .written(&envrc)
            .is_some_and(|g| !g.decoded && !g.partial)
        {
            return;
        }
        self.find(
            SelfEsc,
            Medium,
            format!("trusts {envrc}, which the user's shell then runs on entering the directory, outside this hook"),
            &site.cmd.text,
        );
    }
}
