//! What interpreter code's calls open and load (`code::scan`'s facts):
//! an `open(` that opens a file rather than a URL or a process, and a
//! `require`/`include` that runs a file as code rather than loading a
//! library by name (session 47: rubyol's false denies and the bypasses
//! found attacking their mends).

/// Whether `lower` (lower-cased code) calls an `open(` that opens a file:
/// not a URL's (`urlopen(`, Ruby's `URI.open(`, rubyol session 47: fetching
/// a page and printing it sent no local data), a process's (`popen(`) or a
/// descriptor's (`fdopen(`), nor a browser's (`webbrowser.open(`).
pub(crate) fn opens_a_file(lower: &str) -> bool {
    lower.match_indices("open(").any(|(i, _)| {
        let before = lower.get(..i).unwrap_or("");
        !["url", "uri.", "p", "fd", "webbrowser."]
            .iter()
            .any(|b| before.ends_with(b))
    })
}

/// The literals `lower` (lower-cased code) hands to a load keyword
/// (`require 'x'`, `include "y"`): the text up to the closing quote.
fn loaded_literals<'a>(lower: &'a str, keywords: &'a [&'a str]) -> impl Iterator<Item = &'a str> {
    keywords.iter().flat_map(move |kw| {
        let quote = kw.chars().last().unwrap_or('"');
        lower.match_indices(kw).map(move |(i, _)| {
            let rest = lower.get(i + kw.len()..).unwrap_or("");
            rest.split(quote).next().unwrap_or("")
        })
    })
}

/// Whether `lower` (folded, lower-cased code) runs a file as code through
/// `require 'F'` / `include "F"`: PHP's `require 'x.php'` and a URL run what
/// they name; a library loaded by name (Ruby's `require "open-uri"`, `-rjson`,
/// `require 'net/http'`) runs no file the code chose (rubyol, session 47).
pub(crate) fn includes_a_file(lower: &str) -> bool {
    const KEYWORDS: &[&str] = &["require '", "require \"", "include '", "include \""];
    loaded_literals(lower, KEYWORDS).any(|lit| {
        lit.contains("://")
            || lit.contains('$')
            || lit.contains('#')
            || lit.starts_with(['/', '.'])
            || [".php", ".inc", ".phtml", ".phar", ".rb"]
                .iter()
                .any(|e| lit.ends_with(e))
    })
}

/// A path's file name without its extension, lower-cased (`evil.rb` ->
/// `evil`).
fn stem(path: &str) -> String {
    let base = path.rsplit('/').next().unwrap_or(path).to_ascii_lowercase();
    base.rsplit_once('.')
        .map_or(base.as_str(), |(s, _)| s)
        .to_owned()
}

/// Whether `code` loads by a bare name a file it writes itself (`File.
/// write("evil.rb", body); $: << "."; require "evil"`, found attacking
/// the library-name exception, s47); a library it does not write
/// (`require "json"` beside `File.write("out.json", ...)`) is not one. The
/// loads are looked for first: most code loads nothing by a quoted name.
pub(crate) fn loads_a_written_file(code: &str, lower: &str) -> bool {
    const KEYWORDS: &[&str] = &[
        "require '",
        "require \"",
        "include '",
        "include \"",
        "load '",
        "load \"",
    ];
    let loaded: Vec<String> = loaded_literals(lower, KEYWORDS).map(stem).collect();
    !loaded.is_empty()
        && crate::codewrites::written_paths(code)
            .iter()
            .any(|w| loaded.contains(&stem(w)))
}
