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

/// Passed (kthw, first contact): `mv cni-plugins/* /opt/cni/bin/`, while
/// `cp kubectl /usr/local/bin/` was caught. `/opt` is left to the
/// deployments that own it, but a program directory there (`/opt/NAME/bin`,
/// `sbin`, `libexec`) holds programs the system runs: CNI's plugins are
/// run as root by the container runtime for every pod, a package's
/// `/opt/NAME/bin` is on PATH or in its services. Data beside them stays
/// the deployment's.
#[test]
fn programs_written_into_a_program_directory_under_opt_change_the_system() {
    each(
        &[
            "mv cni-plugins/* /opt/cni/bin/",
            "cp bridge /opt/cni/bin/bridge",
            "install -m 755 tool /opt/acme/sbin/tool",
        ],
        "SelfEscalation High",
    );
    each(
        &[
            "cp data.csv /opt/acme/data/",
            "mkdir -p /opt/cni/bin",
            "ls /opt/cni/bin",
        ],
        "clean",
    );
}
