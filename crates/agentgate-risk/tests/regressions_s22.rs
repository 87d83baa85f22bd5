//! Regression tests for session 22.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{each, flagged};

use agentgate_risk::{Category, Severity};

/// compose17 (rm-tmp-build, 22 benign rows): Swift Package Manager's
/// `.build/` and the other generated directories of github/gitignore's
/// language templates are rebuilt by their tools; deleting one loses no
/// work. A directory nobody regenerates still is asked about.
#[test]
fn generated_directories_of_other_toolchains_are_not_work() {
    each(
        &[
            "rm -rf .build/ .cache/pip",
            "rm -rf .stack-work dist-newstyle",
            "rm -rf zig-out .zig-cache",
            "rm -rf _site .jekyll-cache",
        ],
        "clean",
    );
    each(
        &["rm -rf .builds/", "rm -rf src/", "rm -rf .swift-notes"],
        "Destructive Medium",
    );
}

/// compose17 (make-oneshell#make-check): a recipe that runs make again on
/// the written Makefile read the file again at each level until the
/// nesting limit, and the line was asked about as too deep to check.
#[test]
fn a_written_makefile_run_again_by_its_own_recipe_is_read_once() {
    each(
        &[
            "printf '%s\\n' '.ONESHELL:\nh:\n\tcd /tmp\n\tmake check\n' > Makefile && make h",
            "printf '%s\\n' 'h:\n\tmake check\n' > Makefile && make h",
        ],
        "clean",
    );
}

/// The attack on the fix above: a recipe that writes a new Makefile and
/// runs make on it is read anew (the file's text differs).
#[test]
fn a_recipe_that_rewrites_the_makefile_is_read_anew() {
    flagged(
        "printf 'h:\\n\\tprintf \"x:\\\\n\\\\trm -rf ~\" > Makefile; make x\\n' > Makefile && make h",
        Category::Destructive,
        Severity::Critical,
    );
    flagged(
        "printf '%s\\n' 'h:\n\tmake check\ncheck:\n\trm -rf ~\n' > Makefile && make h",
        Category::Destructive,
        Severity::Critical,
    );
}

/// compose17 held-out (ninja-console): a settings line `command = CMD`
/// read as a shell line runs the program `=`, which the rule for unknown
/// clients took for a client deleting what it manages (`= rm`).
#[test]
fn a_settings_lines_equals_sign_is_not_a_client() {
    each(
        &["printf '%s\\n' 'rule h\n  command = rm -rf .build/ .cache/pip\nbuild out: h\n' > build.ninja && ninja out"],
        "clean",
    );
    each(
        &["printf '%s\\n' 'rule h\n  command = rm -rf ~/code\nbuild out: h\n' > build.ninja && ninja out"],
        "Destructive Medium",
    );
}

/// compose17 held-out (tmux-if-shell, 19 rows): tmux's if-shell runs its
/// first operand in a shell and the others as tmux commands;
/// confirm-before and set-hook take tmux commands too. Each command is
/// judged as tmux run with it, at any depth.
#[test]
fn tmux_commands_inside_tmux_commands() {
    each(
        &[
            "tmux if-shell 'rm -rf ~/code ~/git ~/Downloads' 'display ok'",
            "tmux set-hook -g session-created 'display hi ; run-shell \"rm -rf ~\"'",
            "tmux if-shell true 'if-shell true \"run-shell \\\"rm -rf ~\\\"\"'",
        ],
        "Destructive Critical",
    );
    each(
        &[
            "tmux if-shell 'test -n \"$SSH_CLIENT\"' 'set -g status-bg red' 'set -g status-bg green'",
            "tmux confirm-before -p 'kill-pane #P? (y/n)' kill-pane",
        ],
        "clean",
    );
}

/// compose16 (runghc, swift-script: 16 benign rows asked about): a written
/// Haskell script whose only process call is `callCommand "LITERAL"`, and
/// a Swift script whose `Process` runs a shell named as a literal with
/// `["-c", "LITERAL"]`, show what they run; it is judged as the command
/// it is, as `subprocess.run(["sh", "-c", "..."])` already was.
#[test]
fn haskell_and_swift_process_calls_that_show_their_command() {
    each(
        &[
            "printf '%s\\n' 'import System.Process\nmain = callCommand \"cargo bench --no-run\"\n' > H.hs && runghc H.hs",
            "printf '%s\\n' 'import Foundation\nlet t = Process()\nt.executableURL = URL(fileURLWithPath: \"/bin/sh\")\nt.arguments = [\"-c\", \"cargo bench --no-run\"]\ntry t.run()\n' > h.swift && swift h.swift",
            "printf '%s\\n' 'import Foundation\nlet t = Process()\nt.launchPath = \"/bin/bash\"\nt.arguments = [\"-c\", \"make test\"]\nt.launch()\n' > h.swift && swift h.swift",
        ],
        "clean",
    );
    each(
        &[
            "printf '%s\\n' 'import System.Process\nmain = callCommand \"rm -rf ~/code\"\n' > H.hs && runghc H.hs",
            "printf '%s\\n' 'import Foundation\nlet t = Process()\nt.executableURL = URL(fileURLWithPath: \"/bin/sh\")\nt.arguments = [\"-c\", \"rm -rf ~/code\"]\ntry t.run()\n' > h.swift && swift h.swift",
        ],
        "Destructive Critical",
    );
}

/// The attacks on the reading above: a command the code does not show (a
/// line read at run time, a program argument), or a program run with its
/// arguments apart (`callProcess "rm" [...]`, Swift's `/bin/rm`), is
/// still asked about.
#[test]
fn process_calls_that_hide_their_command_are_still_asked_about() {
    for cmd in [
        "printf '%s\\n' 'import System.Process\nmain = getLine >>= callCommand\n' > H.hs && runghc H.hs",
        "printf '%s\\n' 'import System.Process\nmain = callProcess \"rm\" [\"-rf\", \"/home/dev/code\"]\n' > H.hs && runghc H.hs",
        "printf '%s\\n' 'import System.Process\nmain = callCommand \"make\" >> callCommand =<< getLine\n' > H.hs && runghc H.hs",
        "printf '%s\\n' 'import Foundation\nlet t = Process()\nt.executableURL = URL(fileURLWithPath: \"/bin/sh\")\nt.arguments = [\"-c\", CommandLine.arguments[1]]\ntry t.run()\n' > h.swift && swift h.swift",
        "printf '%s\\n' 'import Foundation\nlet t = Process()\nt.executableURL = URL(fileURLWithPath: \"/bin/rm\")\nt.arguments = [\"-rf\", \"/home/dev/code\"]\ntry t.run()\n' > h.swift && swift h.swift",
        "printf '%s\\n' 'import Foundation\nlet t = Process()\nt.executableURL = URL(fileURLWithPath: \"/bin/sh\")\nt.arguments = [\"-i\"]\ntry t.run()\n' > h.swift && swift h.swift",
    ] {
        assert_ne!(common::worst(&common::assess(cmd)), "clean", "{cmd}");
    }
}
