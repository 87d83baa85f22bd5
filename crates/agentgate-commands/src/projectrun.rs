//! Runners of the project's own program: `cargo run ARGS`, `npm run
//! SCRIPT ARGS`, `go run PKG ARGS`. The runner builds the project and
//! hands the words after the program's name to that program, which no
//! table describes: a path among them is handed to a program nothing is
//! known about (asked when it is a system file, a credential read when it
//! is a key), never a change the runner itself makes.
//!
//! Before session 68 these words were read as the runner's own operands:
//! `cargo run /etc/passwd` was denied as cargo changing the password file
//! (session 67's left list), while `go run . /etc/passwd`, for which no
//! row exists, was asked.

/// Where the program's arguments start after the runner's sub-command.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgsStart {
    /// At the first operand, or after `--` (`cargo run [OPTS] [--] ARGS`:
    /// cargo's `run` takes its arguments as a trailing list).
    FirstOperand,
    /// After the first operand, which names the script or file run (`npm
    /// run SCRIPT ARGS`, `deno run FILE ARGS`); a `--` after it is the
    /// runner's separator.
    AfterName,
    /// After the package: a directory or import path, or a run of `.go`
    /// files (`go run main.go util.go ARGS`).
    AfterGoPackage,
    /// Only after `--` (`dotnet run -- ARGS`).
    AfterDashDash,
}

/// One runner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProjectRunner {
    pub names: &'static [&'static str],
    /// The sub-commands that run the project's program.
    pub subs: &'static [&'static str],
    pub start: ArgsStart,
    /// The runner's options that take a value (before or after the
    /// sub-command), so that value is not read as the program's name.
    pub value_opts: &'static [&'static str],
    pub source: &'static str,
    /// Calls whose last word is handed to the project's program.
    pub handed: &'static [&'static str],
    /// Calls whose last word is the runner's (an option's value, a script
    /// or package name).
    pub own: &'static [&'static str],
}

/// npm's, pnpm's, yarn's and bun's options that take a value (a prefix,
/// a workspace, a directory, a filter), before or after the sub-command.
const JS_RUNNER_VALUE_OPTS: &[&str] = &[
    "--prefix",
    "-w",
    "--workspace",
    "-C",
    "--dir",
    "--filter",
    "-F",
    "--cwd",
];

/// The table.
pub const PROJECT_RUNNERS: &[ProjectRunner] = &[
    ProjectRunner {
        names: &["cargo"],
        subs: &["run", "r"],
        start: ArgsStart::FirstOperand,
        value_opts: &[
            "--bin", "--example", "-p", "--package", "-F", "--features", "--target", "--target-dir",
            "--manifest-path", "--profile", "-j", "--jobs", "--config", "-Z", "--color",
            "--message-format", "--lockfile-path", "-C",
        ],
        source: "https://doc.rust-lang.org/cargo/commands/cargo-run.html (cargo run [options] [-- args]: all arguments following the two dashes are passed to the binary; cargo's clap definition takes run's positional words as a trailing list)",
        handed: &["cargo run /etc/passwd", "cargo run --release -- -o /etc/hosts", "cargo +nightly r -p cli /etc/passwd"],
        own: &["cargo run --bin passwd", "cargo run --manifest-path tools/Cargo.toml", "cargo run -p hosts"],
    },
    ProjectRunner {
        names: &["npm", "pnpm", "yarn", "bun"],
        subs: &["run", "run-script", "rum", "urn"],
        start: ArgsStart::AfterName,
        value_opts: JS_RUNNER_VALUE_OPTS,
        source: "https://docs.npmjs.com/cli/v10/commands/npm-run-script (npm run-script <command> [-- <args>]: arguments after the script's name are passed to the script); https://pnpm.io/cli/run; https://classic.yarnpkg.com/en/docs/cli/run; https://bun.sh/docs/cli/run",
        handed: &["npm run build /etc/passwd", "npm run-script gen -- /etc/hosts", "pnpm --filter web run gen /etc/passwd", "bun run tool.ts /etc/passwd"],
        own: &["npm run build", "npm --prefix /etc/passwd run build", "yarn run passwd"],
    },
    ProjectRunner {
        names: &["npm", "pnpm", "yarn", "bun"],
        subs: &["test", "t", "tst", "start"],
        start: ArgsStart::FirstOperand,
        value_opts: JS_RUNNER_VALUE_OPTS,
        source: "https://docs.npmjs.com/cli/v10/commands/npm-test (npm test [-- <args>]: the package's test script, with the arguments after it); https://docs.npmjs.com/cli/v10/commands/npm-start",
        handed: &["npm test /etc/passwd", "npm start -- /etc/hosts"],
        own: &["npm test", "npm --prefix /etc/passwd start"],
    },
    ProjectRunner {
        names: &["deno"],
        subs: &["run"],
        start: ArgsStart::AfterName,
        value_opts: &["--config", "-c", "--import-map", "--lock", "--cert", "--location", "--seed", "--v8-flags", "--env-file", "--inspect", "--inspect-brk", "--inspect-wait"],
        source: "https://docs.deno.com/runtime/reference/cli/run/ (deno run [OPTIONS] [SCRIPT_ARG]...: the script, then its arguments)",
        handed: &["deno run main.ts /etc/passwd"],
        own: &["deno run main.ts", "deno run --config deno.json main.ts"],
    },
    ProjectRunner {
        names: &["go"],
        subs: &["run"],
        start: ArgsStart::AfterGoPackage,
        value_opts: &[
            "-C", "-p", "-exec", "-tags", "-ldflags", "-gcflags", "-asmflags", "-mod", "-modfile",
            "-overlay", "-pgo", "-buildmode", "-compiler", "-gccgoflags", "-installsuffix",
            "-pkgdir", "-toolexec", "-coverpkg", "-covermode", "-o",
        ],
        source: "https://pkg.go.dev/cmd/go#hdr-Compile_and_run_Go_program (go run [build flags] [-exec xprog] package [arguments...]: the package is a list of .go files from one directory, or one import path or pattern)",
        handed: &["go run . /etc/passwd", "go run main.go util.go /etc/passwd", "go run -tags x ./cmd/tool /etc/hosts"],
        own: &["go run ./cmd/server", "go run main.go util.go", "go run -C /etc/passwd ."],
    },
    ProjectRunner {
        names: &["dotnet"],
        subs: &["run"],
        start: ArgsStart::AfterDashDash,
        value_opts: &[],
        source: "https://learn.microsoft.com/en-us/dotnet/core/tools/dotnet-run (dotnet run [options] [[--] <additional arguments>...]: arguments after -- are passed to the application)",
        handed: &["dotnet run -- /etc/passwd", "dotnet run --project src/App -- /etc/hosts"],
        own: &["dotnet run --project /etc/passwd"],
    },
];

/// Where the project's program's arguments start in `vals` (the words
/// after `name`), when `name` runs the project's program.
pub fn project_args_start(name: &str, vals: &[&str]) -> Option<usize> {
    // The sub-command: the first word that is neither an option, an
    // option's value nor a toolchain (`cargo +nightly run`).
    let mut k = 0;
    let sub_at = loop {
        let v = vals.get(k)?;
        if v.starts_with('+') && name == "cargo" || v.contains('=') && v.starts_with('-') {
            k += 1;
        } else if v.starts_with('-') {
            let takes = PROJECT_RUNNERS
                .iter()
                .any(|r| r.names.contains(&name) && r.value_opts.contains(v));
            k += if takes { 2 } else { 1 };
        } else {
            break k;
        }
    };
    let sub = vals.get(sub_at)?;
    let row = PROJECT_RUNNERS
        .iter()
        .find(|r| r.names.contains(&name) && r.subs.contains(sub))?;
    let after = sub_at + 1;
    let dashes = vals
        .iter()
        .skip(after)
        .position(|v| *v == "--")
        .map(|p| after + p);
    // The first operand after the sub-command, skipping options and their
    // values (`--bin NAME`), and stopping at `--`.
    let operand = |from: usize| -> Option<usize> {
        let mut j = from;
        while let Some(v) = vals.get(j) {
            if *v == "--" {
                return None;
            }
            if v.starts_with('-') {
                j += if row.value_opts.contains(v) { 2 } else { 1 };
            } else {
                return Some(j);
            }
        }
        None
    };
    match row.start {
        ArgsStart::FirstOperand => match (operand(after), dashes) {
            (Some(o), _) => Some(o),
            (None, Some(d)) => Some(d + 1),
            (None, None) => None,
        },
        ArgsStart::AfterName => operand(after).map(|o| o + 1),
        ArgsStart::AfterGoPackage => {
            let first = operand(after)?;
            let mut end = first + 1;
            if vals.get(first).is_some_and(|v| v.ends_with(".go")) {
                while vals.get(end).is_some_and(|v| v.ends_with(".go")) {
                    end += 1;
                }
            }
            Some(end)
        }
        ArgsStart::AfterDashDash => dashes.map(|d| d + 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(ex: &str) -> (String, Vec<String>) {
        let mut w = ex.split_whitespace().map(str::to_string);
        let name = w.next().unwrap_or_default();
        (name, w.collect())
    }

    /// Every row's examples: `handed` ones hand their last word to the
    /// program, `own` ones keep it the runner's.
    #[test]
    fn every_rows_examples_hold() {
        for row in PROJECT_RUNNERS {
            assert!(
                !row.handed.is_empty() && !row.own.is_empty(),
                "{:?}",
                row.names
            );
            assert!(row.source.starts_with("https://"), "{:?}", row.names);
            for ex in row.handed {
                let (name, vals) = split(ex);
                let vals: Vec<&str> = vals.iter().map(String::as_str).collect();
                let start = project_args_start(&name, &vals);
                assert!(start.is_some_and(|s| s < vals.len()), "{ex}: {start:?}");
            }
            for ex in row.own {
                let (name, vals) = split(ex);
                let vals: Vec<&str> = vals.iter().map(String::as_str).collect();
                let start = project_args_start(&name, &vals);
                assert!(start.is_none_or(|s| s >= vals.len()), "{ex}: {start:?}");
            }
        }
    }

    /// A runner and sub-command pair is in one row only.
    #[test]
    fn no_pair_twice() {
        let mut seen = std::collections::HashSet::new();
        for row in PROJECT_RUNNERS {
            for n in row.names {
                for s in row.subs {
                    assert!(seen.insert((*n, *s)), "{n} {s}");
                }
            }
        }
    }

    #[test]
    fn other_programs_and_sub_commands_hand_nothing() {
        assert_eq!(project_args_start("cargo", &["build", "/etc/passwd"]), None);
        assert_eq!(project_args_start("make", &["run", "/etc/passwd"]), None);
        assert_eq!(project_args_start("npm", &["install", "x"]), None);
    }
}
