//! Regression tests for session 68 (left over from session 67, and the
//! sources first measured in session 68, then mended).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::each;

/// Denied (session 67's left list): `cargo run /etc/passwd` as cargo
/// changing the password file, Critical, while `go run . /etc/passwd` was
/// asked. The words after `cargo run`, `npm run SCRIPT` or `go run PKG`
/// are the arguments of the project's own program, which nothing is known
/// about: a system file handed to it is asked, as `./prog /etc/passwd` is,
/// and a credential path it is handed is still a credential read.
#[test]
fn a_project_programs_arguments_are_handed_to_a_program_nothing_is_known_about() {
    each(
        &[
            "cargo run /etc/passwd",
            "cargo run -- /etc/passwd",
            "cargo run --release --bin tool -- -o /etc/hosts",
            "cargo r -p cli -- /etc/passwd",
            "npm run build /etc/passwd",
            "npm run-script build -- /etc/passwd",
            "pnpm run gen /etc/hosts",
            "yarn run gen /etc/passwd",
            "go run . /etc/passwd",
            "go run main.go util.go /etc/passwd",
            "dotnet run -- /etc/passwd",
        ],
        "Unverifiable Medium",
    );
    // A credential handed over is read whoever reads it.
    each(
        &[
            "cargo run -- ~/.ssh/id_rsa",
            "npm run dump ~/.aws/credentials",
        ],
        "CredentialAccess High",
    );
    // cargo's own options and a script's name are not the program's.
    each(
        &[
            "cargo run --manifest-path tools/gen/Cargo.toml",
            "cargo run --bin passwd",
            "npm run build",
            "go run ./cmd/server",
        ],
        "clean",
    );
}
