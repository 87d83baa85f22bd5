//! Regression tests for session 21.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::each;

/// compose13 (35 rows): a process manager's own `--` between the program it
/// starts and that program's arguments. `sh -- -c CMD` alone would run a
/// script named `-c`, so the `--` is the runner's and the shell gets
/// `-c CMD`. Judged as the shell's command line, at its full severity.
#[test]
fn a_runners_double_dash_before_a_shells_command_string() {
    each(
        &[
            "pm2 start --no-autorestart --name h /bin/sh -- -c 'rm -rf ~/* ~/.??*'",
            "forever start -c /bin/bash -- -c 'rm -rf ~'",
            "newrunner /bin/sh -- -c 'rm -rf ~'",
        ],
        "Destructive Critical",
    );
    each(
        &[
            "pm2 start /bin/sh -- -c 'make test'",
            "pm2 start app.js -- --port 3000",
        ],
        "clean",
    );
}
