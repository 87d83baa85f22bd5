//! Prints the analysis of a command line (a debugging aid).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]
fn main() {
    let src = std::env::args().nth(1).unwrap_or_default();
    let a = agentgate_shell::analyze(&src, &agentgate_shell::Limits::default());
    println!("{a:#?}");
}
