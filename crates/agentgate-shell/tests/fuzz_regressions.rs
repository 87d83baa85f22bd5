//! Inputs the fuzz targets found, each a named regression test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use agentgate_shell::{analyze, Limits};

/// shell_analyze, session 55 (timeout after 13 s, then out of memory):
/// an unclosed here-document whose quoted tag runs over a line and holds
/// `$(`. Closing it by appending the tag sent brush-parser's tokenizer
/// into unbounded growth; it is now left unparseable, and answered at once.
#[test]
fn an_unclosed_tag_spanning_lines_with_a_substitution() {
    let input =
        " <<\"F\nOEF]]d O\t''$(?mF+\" ?'''))$(  d$(b)} b1h <<msf b1hd'''''''g''''''''''/'=<<'$'${ ";
    let started = std::time::Instant::now();
    let _ = analyze(input, &Limits::default());
    let _ = analyze("<<\"F\n$(a\" '''))$(  d$(b)} b1h ", &Limits::default());
    assert!(started.elapsed().as_secs() < 5, "{:?}", started.elapsed());
}
