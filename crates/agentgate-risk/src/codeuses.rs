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

/// Whether `lower` (folded, lower-cased code) runs a file as code through
/// `require 'F'` / `include "F"`: PHP's `require 'x.php'` and a URL run what
/// they name; a library loaded by name (Ruby's `require "open-uri"`, `-rjson`,
/// `require 'net/http'`) runs no file the code chose (rubyol, session 47).
pub(crate) fn includes_a_file(lower: &str) -> bool {
    ["require '", "require \"", "include '", "include \""]
        .iter()
        .any(|kw| {
            lower.match_indices(kw).any(|(i, _)| {
                let rest = lower.get(i + kw.len()..).unwrap_or("");
                let quote = kw.chars().last().unwrap_or('"');
                let lit = rest.split(quote).next().unwrap_or("");
                lit.contains("://")
                    || lit.contains('$')
                    || lit.contains('#')
                    || lit.starts_with(['/', '.'])
                    || [".php", ".inc", ".phtml", ".phar", ".rb"]
                        .iter()
                        .any(|e| lit.ends_with(e))
            })
        })
}

/// Whether `code` loads by a bare name a file it writes itself (`File.
/// write("evil.rb", body); $: << "."; require "evil"`, found attacking
/// the library-name exception, s47); a library it does not write
/// (`require "json"` beside `File.write("out.json", ...)`) is not one.
pub(crate) fn loads_a_written_file(code: &str, lower: &str) -> bool {
    let written: Vec<String> = crate::codewrites::written_paths(code)
        .iter()
        .map(|p| {
            let base = p.rsplit('/').next().unwrap_or(p).to_ascii_lowercase();
            let stem = base
                .rsplit_once('.')
                .map_or(base.as_str(), |(s, _)| s)
                .to_owned();
            stem
        })
        .collect();
    !written.is_empty()
        && [
            "require '",
            "require \"",
            "include '",
            "include \"",
            "load '",
            "load \"",
        ]
        .iter()
        .any(|kw| {
            lower.match_indices(kw).any(|(i, _)| {
                let rest = lower.get(i + kw.len()..).unwrap_or("");
                let quote = kw.chars().last().unwrap_or('"');
                let lit = rest.split(quote).next().unwrap_or("");
                let lit = lit.rsplit('/').next().unwrap_or(lit);
                let stem = lit.rsplit_once('.').map_or(lit, |(s, _)| s);
                written.iter().any(|w| w == stem)
            })
        })
}
