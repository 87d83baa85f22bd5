//! Secret redaction for the audit trail.
//!
//! Tool inputs are journaled and shipped; a command line or a file the agent
//! writes can hold a key, a token or a password. This crate finds them and
//! replaces each with `[REDACTED:<kind>]` before a record leaves the hook:
//!
//! - private-key blocks (`-----BEGIN … PRIVATE KEY-----`);
//! - provider tokens by their fixed prefixes (AWS, GitHub, GitLab, Slack,
//!   Anthropic/OpenAI, Stripe, Google, npm) and JSON web tokens;
//! - `Authorization: Bearer/Basic …` values;
//! - passwords in URLs (`https://user:pass@host`);
//! - values of secret-named keys and flags (`DB_PASSWORD=…`, `"api_key": "…"`,
//!   `--token …`), except references such as `$TOKEN`.
//!
//! Matchers are written by hand rather than as regexes: the hook is a fresh
//! process per tool call, and compiling a regex set costs more than the
//! whole scan of a typical input.

// Redaction scans untrusted text: an index out of range must never panic
// (issue 11). Exceptions carry a reason.
#![deny(clippy::indexing_slicing, clippy::string_slice)]

use serde_json::Value;

/// One secret found: byte range and kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// What it is (`github-token`, `password`, …).
    pub kind: &'static str,
}

/// A token prefix: prefix, minimum length of the rest, allowed characters
/// of the rest, kind.
type Prefixed = (&'static str, usize, fn(u8) -> bool, &'static str);

const PREFIXED: &[Prefixed] = &[
    ("AKIA", 16, upper_digit, "aws-access-key-id"),
    ("ASIA", 16, upper_digit, "aws-access-key-id"),
    ("ghp_", 30, alnum, "github-token"),
    ("gho_", 30, alnum, "github-token"),
    ("ghu_", 30, alnum, "github-token"),
    ("ghs_", 30, alnum, "github-token"),
    ("ghr_", 30, alnum, "github-token"),
    ("github_pat_", 22, word, "github-token"),
    ("glpat-", 20, token, "gitlab-token"),
    ("xoxb-", 10, token, "slack-token"),
    ("xoxp-", 10, token, "slack-token"),
    ("xoxa-", 10, token, "slack-token"),
    ("xoxr-", 10, token, "slack-token"),
    ("xoxs-", 10, token, "slack-token"),
    ("xapp-", 10, token, "slack-token"),
    ("sk-ant-", 20, token, "anthropic-key"),
    ("sk-proj-", 20, token, "openai-key"),
    ("sk-", 20, token, "api-key"),
    ("sk_live_", 16, alnum, "stripe-key"),
    ("rk_live_", 16, alnum, "stripe-key"),
    ("sk_test_", 16, alnum, "stripe-key"),
    ("AIza", 35, token, "google-api-key"),
    ("npm_", 36, alnum, "npm-token"),
    ("hf_", 30, alnum, "huggingface-token"),
];

/// Identifier endings that name a secret (compared in lowercase, with `-`
/// and `_` removed).
const SECRET_NAMES: &[&str] = &[
    "password",
    "passwd",
    "passphrase",
    "secret",
    "token",
    "apikey",
    "accesskey",
    "privatekey",
    "credentials",
    "credential",
    "authkey",
    "pwd",
];

fn upper_digit(b: u8) -> bool {
    b.is_ascii_uppercase() || b.is_ascii_digit()
}
fn alnum(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}
fn word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}
fn token(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}
fn b64url(b: u8) -> bool {
    token(b)
}
fn ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'.'
}

/// Finds the secrets in `text`, sorted, without overlaps.
pub fn find(text: &str) -> Vec<Span> {
    let b = text.as_bytes();
    let mut spans = Vec::new();
    pem_blocks(text, &mut spans);
    prefixed(b, &mut spans);
    jwts(b, &mut spans);
    auth_headers(b, &mut spans);
    url_passwords(b, &mut spans);
    named_values(b, &mut spans);
    spans.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    let mut merged: Vec<Span> = Vec::new();
    for s in spans {
        match merged.last_mut() {
            Some(last) if s.start < last.end => last.end = last.end.max(s.end),
            _ => merged.push(s),
        }
    }
    // Keep every span on character boundaries.
    merged.retain(|s| text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    merged
}

/// `text` with every secret replaced by `[REDACTED:<kind>]`, and how many.
pub fn redact_str(text: &str) -> (String, usize) {
    let spans = find(text);
    if spans.is_empty() {
        return (text.to_owned(), 0);
    }
    (replace_spans(text, &spans), spans.len())
}

/// `text` with each of `spans` (sorted, apart) replaced by its marker.
fn replace_spans(text: &str, spans: &[Span]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for s in spans {
        out.push_str(sspan(text, at, s.start));
        out.push_str("[REDACTED:");
        out.push_str(s.kind);
        out.push(']');
        at = s.end;
    }
    out.push_str(stail(text, at));
    out
}

/// Redacts every string in a JSON value in place; values under secret-named
/// keys are replaced whole. Returns the number of redactions.
pub fn redact_value(v: &mut Value) -> usize {
    redact_depth(v, 0)
}

fn redact_depth(v: &mut Value, depth: usize) -> usize {
    if depth > 128 {
        *v = Value::String("[REDACTED:too-deep]".into());
        return 1;
    }
    match v {
        Value::String(s) => {
            // Most strings hold no secret: found first, copied only then.
            let spans = find(s);
            if !spans.is_empty() {
                *s = replace_spans(s, &spans);
            }
            spans.len()
        }
        Value::Array(a) => a.iter_mut().map(|x| redact_depth(x, depth + 1)).sum(),
        Value::Object(o) => {
            let mut n = 0;
            for (k, x) in o.iter_mut() {
                if is_secret_name(k.as_bytes()) {
                    if let Value::String(s) = x {
                        if !s.is_empty()
                            && !is_reference(s.as_bytes())
                            && !s.starts_with("[REDACTED:")
                        {
                            *s = "[REDACTED:secret-field]".into();
                            n += 1;
                        }
                        continue;
                    }
                }
                n += redact_depth(x, depth + 1);
            }
            n
        }
        _ => 0,
    }
}

fn pem_blocks(text: &str, out: &mut Vec<Span>) {
    let mut from = 0;
    while let Some(i) = stail(text, from).find("-----BEGIN ") {
        let start = from + i;
        let header_end = stail(text, start + 11)
            .find("-----")
            .map(|j| start + 11 + j + 5);
        let Some(header_end) = header_end else {
            break;
        };
        if !sspan(text, start, header_end).contains("PRIVATE KEY") {
            from = header_end;
            continue;
        }
        let end = stail(text, header_end)
            .find("-----END ")
            .and_then(|j| {
                let e = header_end + j + 9;
                stail(text, e).find("-----").map(|k| e + k + 5)
            })
            .unwrap_or(text.len());
        out.push(Span {
            start,
            end,
            kind: "private-key",
        });
        from = end;
    }
}

fn boundary_before(b: &[u8], i: usize) -> bool {
    i == 0 || !byte(b, i - 1).is_ascii_alphanumeric()
}

fn prefixed(b: &[u8], out: &mut Vec<Span>) {
    let mut i = 0;
    while i < b.len() {
        let mut advanced = false;
        if boundary_before(b, i) && starts_a_prefix(byte(b, i)) {
            for (prefix, min, ok, kind) in PREFIXED {
                let p = prefix.as_bytes();
                if tail(b, i).starts_with(p) {
                    let rest = tail(b, i + p.len()).iter().take_while(|c| ok(**c)).count();
                    if rest >= *min {
                        let end = i + p.len() + rest;
                        out.push(Span {
                            start: i,
                            end,
                            kind,
                        });
                        i = end;
                        advanced = true;
                        break;
                    }
                }
            }
        }
        if !advanced {
            i += 1;
        }
    }
}

fn jwts(b: &[u8], out: &mut Vec<Span>) {
    let mut i = 0;
    while let Some(j) = find_bytes(tail(b, i), b"eyJ") {
        let start = i + j;
        let mut end = start;
        let mut parts = 0;
        loop {
            let n = tail(b, end).iter().take_while(|c| b64url(**c)).count();
            if n < 8 {
                break;
            }
            end += n;
            parts += 1;
            if parts == 3 || b.get(end) != Some(&b'.') {
                break;
            }
            end += 1;
        }
        if parts == 3 && boundary_before(b, start) {
            out.push(Span {
                start,
                end,
                kind: "jwt",
            });
            i = end;
        } else {
            i = start + 3;
        }
    }
}

fn auth_headers(b: &[u8], out: &mut Vec<Span>) {
    for scheme in [&b"bearer "[..], b"basic ", b"token "] {
        let mut i = 0;
        while let Some(j) = find_ascii_ci(tail(b, i), scheme) {
            let start = i + j + scheme.len();
            let n = tail(b, start)
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || b"._~+/=-".contains(c))
                .count();
            // Short words after "token " are prose, not credentials.
            if (n >= 16 || (n >= 8 && scheme != b"token "))
                && !is_reference(span(b, start, start + n))
            {
                out.push(Span {
                    start,
                    end: start + n,
                    kind: "authorization",
                });
            }
            i = start + n.max(1);
        }
    }
}

fn url_passwords(b: &[u8], out: &mut Vec<Span>) {
    let mut i = 0;
    while let Some(j) = find_bytes(tail(b, i), b"://") {
        let start = i + j + 3;
        let end_auth = tail(b, start)
            .iter()
            .position(|c| matches!(c, b'/' | b' ' | b'"' | b'\'' | b'\n' | b'\t' | b'?' | b'#'))
            .map_or(b.len(), |k| start + k);
        if let Some(at) = span(b, start, end_auth).iter().rposition(|c| *c == b'@') {
            let userinfo = span(b, start, start + at);
            // Our own marker (`[REDACTED:url-token]`) has a colon in it.
            if userinfo.starts_with(b"[REDACTED:") {
                i = start;
                continue;
            }
            // The user/password colon, not the one inside a marker an
            // earlier rule left in the user part (`$X=[REDACTED:github-token]`):
            // redacting twice must change nothing more.
            let colon = userinfo
                .iter()
                .enumerate()
                .position(|(k, c)| *c == b':' && !span(userinfo, 0, k).ends_with(b"[REDACTED"));
            match colon {
                Some(colon) if colon + 1 < userinfo.len() => {
                    let ps = start + colon + 1;
                    if !is_reference(span(b, ps, start + at))
                        && !tail(b, ps).starts_with(b"[REDACTED:")
                    {
                        out.push(Span {
                            start: ps,
                            end: start + at,
                            kind: "url-password",
                        });
                    }
                }
                // A bare token as the user (https://TOKEN@host).
                None if userinfo.len() >= 20 && !is_reference(userinfo) => out.push(Span {
                    start,
                    end: start + at,
                    kind: "url-token",
                }),
                _ => {}
            }
        }
        i = start;
    }
}

/// `NAME=value`, `NAME: value`, `"name": "value"`, `--name value`,
/// `--name=value` where NAME ends in a secret word.
fn named_values(b: &[u8], out: &mut Vec<Span>) {
    let mut i = 0;
    while i < b.len() {
        if !ident(byte(b, i)) || (i > 0 && ident(byte(b, i - 1))) {
            i += 1;
            continue;
        }
        let start = i;
        let end = start + tail(b, start).iter().take_while(|c| ident(**c)).count();
        i = end;
        let name = span(b, start, end);
        // `scheme://user:pass@host` is the URL matcher's.
        if !is_secret_name(name) || span(b, 0, start).ends_with(b"://") {
            continue;
        }
        let flag = name.starts_with(b"--");
        // Separator: optional closing quote, spaces, '=' or ':', spaces,
        // or (for a flag) a single space.
        let mut k = end;
        if matches!(b.get(k), Some(b'"' | b'\'')) {
            k += 1;
        }
        let before_sep = k;
        while matches!(b.get(k), Some(b' ' | b'\t')) {
            k += 1;
        }
        match b.get(k) {
            Some(b'=') | Some(b':') => k += 1,
            _ if flag && k > before_sep => {}
            _ => continue,
        }
        while matches!(b.get(k), Some(b' ' | b'\t')) {
            k += 1;
        }
        let (vs, ve) = match b.get(k) {
            Some(q @ (b'"' | b'\'')) => {
                let vs = k + 1;
                let len = tail(b, vs)
                    .iter()
                    .position(|c| c == q)
                    .unwrap_or(b.len().saturating_sub(vs));
                (vs, vs + len)
            }
            _ => {
                let len = tail(b, k)
                    .iter()
                    .position(|c| {
                        c.is_ascii_whitespace()
                            || matches!(c, b',' | b';' | b'&' | b'}' | b')' | b'"' | b'\'')
                    })
                    .unwrap_or(b.len() - k);
                (k, k + len)
            }
        };
        let value = span(b, vs, ve);
        if value.is_empty() || is_reference(value) || value.starts_with(b"[REDACTED:") {
            continue;
        }
        out.push(Span {
            start: vs,
            end: ve,
            kind: "secret-value",
        });
        i = ve.max(end);
    }
}

/// Whether an identifier names a secret: it ends in a secret word.
fn is_secret_name(name: &[u8]) -> bool {
    // Compared from the end, skipping separators, without building a
    // lowercased copy: this runs for every identifier of every record.
    // Most identifiers end in a letter no secret word ends in.
    let last = name
        .iter()
        .rev()
        .find(|c| !matches!(c, b'_' | b'-' | b'.'))
        .map(u8::to_ascii_lowercase);
    if !SECRET_NAMES.iter().any(|w| w.bytes().last() == last) {
        return false;
    }
    SECRET_NAMES.iter().any(|w| {
        let mut letters = name
            .iter()
            .rev()
            .filter(|c| !matches!(c, b'_' | b'-' | b'.'))
            .map(u8::to_ascii_lowercase);
        w.bytes().rev().all(|b| letters.next() == Some(b))
    })
}

/// `$VAR`, `${VAR}`, `%VAR%`, `<placeholder>`, `***`: not a secret itself.
fn is_reference(v: &[u8]) -> bool {
    matches!(v.first(), Some(b'$' | b'%' | b'<' | b'*' | b'{'))
}

/// The first `needle` in `hay`: candidates are the places its first byte
/// occurs, the rest compared there only (comparing every window was a third
/// of redaction's time, session 60). Written by hand rather than with the
/// memchr crate: its first search detects the CPU's features with `cpuid`,
/// which traps to the hypervisor on a virtual machine and cost a hook call
/// about 18 us, more than redacting the whole record.
fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    let mut from = 0;
    while let Some(k) = tail(hay, from).iter().position(|&c| c == first) {
        let at = from + k;
        if tail(hay, at + 1).starts_with(rest) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// The first `needle` (lowercase ASCII) in `hay` in any case, the same way.
fn find_ascii_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    let mut from = 0;
    while let Some(k) = tail(hay, from)
        .iter()
        .position(|c| c.to_ascii_lowercase() == first)
    {
        let at = from + k;
        if tail(hay, at + 1)
            .get(..rest.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(rest))
        {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// Whether a token prefix of [`PREFIXED`] can start with `c`: most bytes
/// start none, and are passed over without comparing every prefix.
fn starts_a_prefix(c: u8) -> bool {
    PREFIXED
        .iter()
        .any(|(prefix, ..)| prefix.as_bytes().first() == Some(&c))
}

/// `b[i..]`, empty past the end: the scanners below walk untrusted text and
/// must never panic on an index (lints deny indexing in this crate).
fn tail(b: &[u8], i: usize) -> &[u8] {
    b.get(i..).unwrap_or(&[])
}

/// `b[a..z]`, empty when out of range.
fn span(b: &[u8], a: usize, z: usize) -> &[u8] {
    b.get(a..z).unwrap_or(&[])
}

/// `b[i]`, 0 past the end (0 is neither an identifier nor an alphanumeric
/// byte, so a scanner treats it as a boundary).
fn byte(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

/// `s[i..]` on a char boundary, empty otherwise.
fn stail(s: &str, i: usize) -> &str {
    s.get(i..).unwrap_or("")
}

/// `s[a..z]` on char boundaries, empty otherwise.
fn sspan(s: &str, a: usize, z: usize) -> &str {
    s.get(a..z).unwrap_or("")
}

#[cfg(test)]
#[allow(
    clippy::indexing_slicing,
    clippy::string_slice,
    reason = "tests index known values"
)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The first-byte searches (session 60) find what comparing every
        /// window finds, letters in any case and bytes of UTF-8 included.
        #[test]
        fn searches_agree_with_window_compares(
            hay in proptest::collection::vec(
                proptest::sample::select(b"aBbEeYyJjSsTtNnOoKkIiCcRr:/. \xc3\xa9".to_vec()),
                0..64,
            ),
            which in 0usize..5,
        ) {
            let needles: [&[u8]; 5] = [b"eyJ", b"://", b"bearer ", b"basic ", b"token "];
            let n = needles.get(which).copied().unwrap_or(b"eyJ");
            proptest::prop_assert_eq!(
                find_bytes(&hay, n),
                hay.windows(n.len()).position(|w| w == n)
            );
            proptest::prop_assert_eq!(
                find_ascii_ci(&hay, n),
                hay.windows(n.len()).position(|w| w.eq_ignore_ascii_case(n))
            );
        }
    }
    use serde_json::json;

    fn r(s: &str) -> String {
        redact_str(s).0
    }

    #[test]
    fn provider_tokens() {
        let gh = format!("ghp_{}", "a1B2".repeat(9));
        assert_eq!(
            r(&format!(
                "git clone https://x-access-token:{gh}@github.com/o/r"
            )),
            "git clone https://x-access-token:[REDACTED:github-token]@github.com/o/r"
        );
        assert_eq!(
            r(&format!("export GH={gh}")),
            "export GH=[REDACTED:github-token]"
        );
        assert_eq!(
            r("aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE"),
            "aws configure set aws_access_key_id [REDACTED:aws-access-key-id]"
        );
        let ant = format!("sk-ant-api03-{}", "x".repeat(40));
        assert_eq!(
            r(&format!("ANTHROPIC_API_KEY={ant} claude")),
            "ANTHROPIC_API_KEY=[REDACTED:anthropic-key] claude"
        );
    }

    /// Fuzz finding (session 13, `redact_text`, seed 1 on a fresh
    /// corpus): a token redacted inside a URL's user part left a marker
    /// whose colon the second pass took for the user/password colon.
    #[test]
    fn redacting_a_token_in_a_url_user_part_is_idempotent() {
        let gh = format!("ghp_{}", "b".repeat(36));
        let once = r(&format!(
            "export https://$eyb{}aGH={gh}@xaaaample/\n",
            "b".repeat(30)
        ));
        assert!(once.contains("[REDACTED:github-token]@"), "{once}");
        assert_eq!(r(&once), once);
        // A real password after the user is still found, marker or not.
        assert_eq!(
            r("https://user:hunter2hunter2[REDACTED:x]@db/"),
            "https://user:[REDACTED:url-password]@db/"
        );
    }

    #[test]
    fn private_keys_headers_and_jwts() {
        let pem = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk\n-----END OPENSSH PRIVATE KEY-----";
        assert_eq!(
            r(&format!("echo '{pem}' > k")),
            "echo '[REDACTED:private-key]' > k"
        );
        assert_eq!(
            r("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----"),
            "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----",
            "certificates are public"
        );
        assert_eq!(
            r("curl -H 'Authorization: Bearer abcdefgh12345678' https://api.example.com"),
            "curl -H 'Authorization: Bearer [REDACTED:authorization]' https://api.example.com"
        );
        let jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
        assert_eq!(r(&format!("t={jwt}")), "t=[REDACTED:jwt]");
    }

    #[test]
    fn named_values_but_not_references_or_prose() {
        assert_eq!(
            r("DB_PASSWORD=hunter2 ./run"),
            "DB_PASSWORD=[REDACTED:secret-value] ./run"
        );
        assert_eq!(
            r("mysql --password=hunter2 db"),
            "mysql --password=[REDACTED:secret-value] db"
        );
        assert_eq!(
            r("vault login --token s.abcdef"),
            "vault login --token [REDACTED:secret-value]"
        );
        assert_eq!(
            r("{\"api_key\": \"abc123\", \"name\": \"x\"}"),
            "{\"api_key\": \"[REDACTED:secret-value]\", \"name\": \"x\"}"
        );
        assert_eq!(
            r("export TOKEN=$GITHUB_TOKEN"),
            "export TOKEN=$GITHUB_TOKEN"
        );
        assert_eq!(r("grep -r token src/"), "grep -r token src/");
        assert_eq!(r("cargo test tokenizer"), "cargo test tokenizer");
        assert_eq!(r("git status && ls -la"), "git status && ls -la");
    }

    #[test]
    fn json_values_under_secret_keys() {
        let mut v = json!({
            "command": "psql postgres://app:s3cret@db:5432/app",
            "env": {"AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG", "HOME": "/home/dev"},
            "list": ["ok", {"password": ""}]
        });
        let n = redact_value(&mut v);
        assert_eq!(n, 2);
        assert_eq!(
            v["command"],
            "psql postgres://app:[REDACTED:url-password]@db:5432/app"
        );
        assert_eq!(v["env"]["AWS_SECRET_ACCESS_KEY"], "[REDACTED:secret-field]");
        assert_eq!(v["env"]["HOME"], "/home/dev");
    }
}
