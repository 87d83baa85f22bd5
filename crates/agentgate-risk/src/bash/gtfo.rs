//! One generic rule per GTFOBins function, for every program GTFOBins lists
//! (`agentgate_commands::GTFOBINS`, generated from GTFOBins itself). The
//! hand-written rows of the command tables say *which* option runs what for
//! the programs that need it; this covers the rest of GTFOBins by what the
//! arguments hold:
//! - shell, command, reverse and bind shell: an argument that is a shell or
//!   a command line starting one (`prog --opt 'sh -c ...'`, `prog /bin/sh`)
//!   is asked about, and the command line is judged too;
//! - library load: an argument naming a shared library is a High finding.
//!
//! File reads of credential stores and writes of start-up and trust files
//! are judged for every program already (`args.rs`).

use agentgate_commands::{gtfobins, Gtfo};

use super::*;

impl<'c> Walker<'c> {
    /// The generic GTFOBins rules for `name`, if GTFOBins lists it.
    pub(super) fn gtfobins(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        self.false_argv0(site, name, vals);
        let functions = gtfobins(name);
        if functions.is_empty()
            || SHELLS.contains(&name)
            || INTERPRETERS.contains(&name)
            || agentgate_commands::TEXT_ARGUMENT_PROGRAMS.contains(&name)
        {
            return;
        }
        // Wrappers hand their arguments to the program they run, which the
        // walker judges itself (`timeout 10 bash build.sh` runs bash).
        if wrapper_payload(name, vals).is_some() {
            return;
        }
        let text = &site.cmd.text;
        // A row that says how the program runs code is the knowledge for
        // it: the walker already judged what those options and
        // sub-commands run (`uv run bash ci.sh`), and a shell's name
        // elsewhere is data (`uv generate-shell-completion bash`).
        let described = agentgate_commands::program(name).is_some_and(|p| !p.exec.is_empty());
        let runs = !described
            && functions.iter().any(|f| {
                matches!(
                    f,
                    Gtfo::Shell | Gtfo::Command | Gtfo::ReverseShell | Gtfo::BindShell
                )
            });
        if runs {
            for (i, v) in vals.iter().enumerate() {
                // `--shell /bin/bash`, `-s /bin/zsh`: a login shell named as
                // a setting runs nothing.
                let setting = i > 0
                    && vals
                        .get(i - 1)
                        .is_some_and(|p| matches!(*p, "--shell" | "--login-shell" | "-s"));
                let value = v
                    .split_once('=')
                    .filter(|(k, _)| k.starts_with('-'))
                    .map_or(*v, |(_, val)| val);
                let Some(line) = shell_line(value) else {
                    continue;
                };
                if setting && !line.contains(' ') {
                    continue;
                }
                self.find(
                    Obf,
                    Medium,
                    format!(
                        "hands {name} a shell to run ({line}); GTFOBins lists {name} as able to run one"
                    ),
                    text,
                );
                if line.contains(' ') {
                    self.script(line, site.depth + 1);
                }
            }
        }
        if functions.contains(&Gtfo::LibraryLoad) {
            if let Some(lib) = vals.iter().find(|v| is_shared_library(v)) {
                self.find(
                    Obf,
                    High,
                    format!("loads the shared library {lib} into {name} (GTFOBins library load)"),
                    text,
                );
            }
        }
    }
}

/// The shell command line an argument holds, if it starts a shell: a shell
/// (`sh`, `/bin/bash`), or a line whose first word is one (`sh -c id`,
/// `exec /bin/sh`, `|/bin/sh`, `!sh`).
fn shell_line(value: &str) -> Option<&str> {
    let line = value
        .trim()
        .trim_start_matches(['|', ';', '!', '&'])
        .trim_start();
    let line = line.strip_prefix("exec ").map_or(line, str::trim_start);
    let first = line.split_whitespace().next()?;
    // `-wrapper /bin/sh,-s` (gcc): a program with its arguments after commas.
    let first = first.trim_matches(['"', '\'']).split(',').next()?;
    SHELLS.contains(&paths::basename(first)).then_some(line)
}

/// `lib.so`, `/tmp/x.so.1`: a shared object's name.
fn is_shared_library(value: &str) -> bool {
    let base = paths::basename(value);
    !value.starts_with('-')
        && (base.ends_with(".so") || base.contains(".so.") || base.ends_with(".dylib"))
}
