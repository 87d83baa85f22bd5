//! Repositories cloned earlier in the line and then built: `git clone URL
//! DIR && make -C DIR`, `cd DIR && npm install`. A build runs the
//! repository's own code (its Makefile, install scripts, `build.rs`,
//! `setup.py`), so building a repository fetched from an unknown host runs
//! whatever that server sent, as `curl URL | sh` does.

use super::*;

/// Programs that run a repository's code when they build, install or test
/// it, with the sub-commands that do (empty: any use).
const BUILDERS: &[(&str, &[&str])] = &[
    ("make", &[]),
    ("gmake", &[]),
    ("cmake", &[]),
    ("ninja", &[]),
    ("meson", &[]),
    ("just", &[]),
    ("task", &[]),
    ("rake", &[]),
    ("./configure", &[]),
    ("configure", &[]),
    (
        "npm",
        &[
            "install", "i", "ci", "run", "test", "start", "exec", "rebuild",
        ],
    ),
    ("pnpm", &["install", "i", "run", "test", "start", "exec"]),
    ("yarn", &[]),
    ("bun", &["install", "i", "run", "test"]),
    ("pip", &["install"]),
    ("pip3", &["install"]),
    ("uv", &["pip", "run", "sync"]),
    ("poetry", &["install", "run"]),
    ("python", &["setup.py", "-m"]),
    ("python3", &["setup.py", "-m"]),
    ("cargo", &["build", "run", "install", "test", "b", "r", "t"]),
    ("go", &["run", "build", "install", "generate", "test"]),
    ("mvn", &[]),
    ("gradle", &[]),
    ("./gradlew", &[]),
    ("bundle", &["install", "exec"]),
    ("sh", &[]),
    ("bash", &[]),
    ("source", &[]),
    (".", &[]),
];

/// A source tree's configuration scripts (autotools' and OpenSSL's), run
/// from the tree as a build's first step: for a well-known host's tree,
/// the build (ci3, session 49: `git clone .../openssl; cd openssl;
/// ./config; make`), judged as its build tool is.
const CONFIGURE_STEPS: &[&str] = &[
    "configure",
    "Configure",
    "config",
    "autogen.sh",
    "bootstrap",
    "bootstrap.sh",
    "buildconf",
];

impl Walker<'_> {
    /// `git clone [OPTIONS] URL [DIR]`: DIR (or the URL's last part) holds
    /// code from the URL's host.
    pub(super) fn note_clone(&mut self, args: &[&str]) {
        let mut operands = Vec::new();
        let mut i = 0;
        while let Some(a) = args.get(i) {
            match *a {
                "-b" | "--branch" | "-o" | "--origin" | "--depth" | "-c" | "--config"
                | "--reference" | "--separate-git-dir" | "-u" | "--upload-pack" | "-j"
                | "--jobs" | "--filter" | "--template" => i += 2,
                s if s.starts_with('-') => i += 1,
                s => {
                    operands.push(s);
                    i += 1;
                }
            }
        }
        let Some(url) = operands.first().copied() else {
            return;
        };
        let Some(host) = net::host_of(url) else {
            return;
        };
        // A well-known host's code is built as a package from its registry
        // would be; only its own programs run straight after the clone
        // are asked (`known`, below).
        let known = match net::classify(host) {
            HostClass::Local => return,
            HostClass::Known | HostClass::VendorInstaller => true,
            _ => false,
        };
        let dir = match operands.get(1) {
            Some(d) => (*d).to_owned(),
            None => {
                let last = url
                    .trim_end_matches('/')
                    .rsplit(['/', ':'])
                    .next()
                    .unwrap_or("");
                last.strip_suffix(".git").unwrap_or(last).to_owned()
            }
        };
        if dir.is_empty() {
            return;
        }
        // A directory the shell builds (`git clone $URL`, `git clone URL
        // "$NAME"`) is not known here: what the line runs through a path
        // it builds, or from a directory it cannot name, may be the clone.
        let abs = (!dir.contains(['$', '`']))
            .then(|| paths::absolute(&dir, &dir, dir.starts_with('~'), &self.ctx).unwrap_or(dir));
        self.cloned.push((abs, host.to_owned(), known));
    }

    /// Whether `path` (a program or operand) may lie in clone `dir`: inside
    /// it, or, for a clone whose directory is unknown, a path the shell
    /// builds (`./$REPO_NAME/script`) or one relative to a directory the
    /// line changed to without saying which (`cd "$NAME" && ./install.sh`).
    fn in_clone(&self, path: &str, dir: Option<&str>) -> bool {
        // A path the shell builds may name any clone (`./$D/install.sh`).
        let built = path.contains('/') && path.contains(['$', '`']);
        match dir {
            Some(d) => {
                built
                    || paths::absolute(path, path, path.starts_with('~'), &self.ctx)
                        .is_some_and(|n| paths::within(&n, d))
            }
            None => {
                built || path.contains('/') && self.cwd_unknown && !path.starts_with(['/', '~'])
            }
        }
    }

    /// A build, install or test run inside (or naming) a repository the
    /// line cloned from an unknown host.
    pub(super) fn builds_clone(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        if self.cloned.is_empty() {
            return;
        }
        let base = paths::basename(name);
        // A program from inside the clone (`cd DIR && ./install.sh`,
        // `DIR/bin/run`) is the clone's code, whatever its name.
        let own_program = name.contains('/')
            && self
                .cloned
                .iter()
                .any(|(d, _, _)| self.in_clone(name, d.as_deref()));
        // A shell handed one of the clone's scripts runs it as `./x.sh`
        // would (`bash y/install.sh`, `cd y && sh install.sh`: found
        // reviewing session 49's rule); its name then is the script's.
        let script = (SHELLS.contains(&base) || matches!(base, "source" | "."))
            .then(|| vals.iter().find(|v| !v.starts_with('-')))
            .flatten()
            .filter(|v| {
                self.cloned
                    .iter()
                    .any(|(d, _, _)| self.in_clone(v, d.as_deref()))
            });
        let own_program = own_program || script.is_some();
        let base = script.map_or(base, |s| paths::basename(s));
        if !own_program {
            let Some((_, subs)) = BUILDERS
                .iter()
                .find(|(b, _)| *b == name || (!b.contains('/') && *b == base))
            else {
                return;
            };
            let sub = vals.iter().find(|v| !v.starts_with('-')).copied();
            if !subs.is_empty() && !sub.is_some_and(|s| subs.contains(&s)) {
                return;
            }
        }
        let inside = |d: Option<&str>, this: &Self| {
            d.map_or(this.cwd_unknown, |d| paths::within(&this.ctx.cwd, d))
                || name.contains('/') && this.in_clone(name, d)
                || vals.iter().any(|v| {
                    let v = v
                        .strip_prefix("--directory=")
                        .or_else(|| v.strip_prefix("--path="))
                        .unwrap_or(v);
                    !v.starts_with('-') && this.in_clone(v, d)
                })
        };
        let hit = self
            .cloned
            .iter()
            .find(|(d, _, known)| {
                inside(d.as_deref(), self)
                    && (!known || own_program && !CONFIGURE_STEPS.contains(&base))
            })
            .map(|(d, h, known)| {
                let dir = d
                    .clone()
                    .unwrap_or_else(|| "what its path names at run time".to_owned());
                (dir, h.clone(), *known)
            });
        match hit {
            // A repository of a well-known host built with its build tool
            // is ordinary work; a script of it run straight after the clone
            // (`git clone URL; cd x; ./install.sh`) is that host's
            // `curl | sh` (rtools, session 49): asked.
            Some((dir, host, true)) => self.find(
                Rce,
                Medium,
                format!(
                    "runs a program of {dir}, a repository it just cloned from {host}, unreviewed"
                ),
                &site.cmd.text,
            ),
            Some((dir, host, false)) => {
                self.out.effects.untrusted_input = true;
                self.find(
                    Rce,
                    High,
                    format!("builds or runs {dir}, code it just cloned from {host} (what runs is whatever that server sent)"),
                    &site.cmd.text,
                );
            }
            None => {}
        }
    }
}
