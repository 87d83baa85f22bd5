//! ssh's remote forwards (`-R [BIND:]PORT:HOST:HOSTPORT`): where their
//! listening end is. A forward to this machine (`ssh -R ... localhost`)
//! listens on this machine's loopback unless it names another bind
//! address, so it exposes nothing to other hosts.

use crate::net::{self, HostClass};

/// The operands of a copying client (`scp`, `rsync`, `sftp`, `rclone`):
/// its words without options and their values, the values taken from the
/// program's row (`rsync -e 'ssh -p 1234' host:/dir/` has one operand,
/// the remote source: a listing, not an upload; l101e, session 52).
pub(super) fn transfer_operands<'v>(name: &str, vals: &[&'v str]) -> Vec<&'v str> {
    // The row's value options, gathered once (not per option word).
    let opts = agentgate_commands::program(name)
        .map(super::knowledge::value_options)
        .unwrap_or_default();
    let takes = |o: &str| opts.contains(&o);
    super::knowledge::operands(vals, &takes, true)
        .into_iter()
        .filter_map(|i| vals.get(i).copied())
        .collect()
}

/// The values of option `letter` in ssh's words: `-R SPEC`, `-RSPEC`, or
/// after a cluster of flags ending in it (`-fNR SPEC`). `value_letters`
/// are the options that take a value (a cluster stops at the first).
fn option_values<'v>(vals: &[&'v str], letter: char, value_letters: &str) -> Vec<&'v str> {
    let mut out = Vec::new();
    for (i, v) in vals.iter().enumerate() {
        let Some(flags) = v.strip_prefix('-').filter(|f| !f.starts_with('-')) else {
            continue;
        };
        // The first letter that takes a value takes the rest of the word.
        let Some((at, found)) = flags
            .char_indices()
            .find(|(_, c)| value_letters.contains(*c))
        else {
            continue;
        };
        if found != letter {
            continue;
        }
        match flags.get(at + 1..) {
            Some(rest) if !rest.is_empty() => out.push(rest),
            _ => out.extend(vals.get(i + 1).copied()),
        }
    }
    out
}

/// The value of ssh's `-o` setting `key` (`Key=V`, `Key V`; the key
/// compared case-insensitively).
fn setting<'v>(o: &'v str, key: &str) -> Option<&'v str> {
    let o = o.trim_matches(['\'', '"']);
    let (k, v) = o.split_once(['=', ' ', '\t'])?;
    k.trim().eq_ignore_ascii_case(key).then(|| v.trim())
}

/// The forwards of one kind in ssh's words: option `letter`'s values
/// (`-R`, `-L`) and the `-o KEY=...` settings (`RemoteForward`,
/// `LocalForward`; `[BIND:]PORT HOST:HOSTPORT` read as one colon-separated
/// spec).
fn forwards(vals: &[&str], value_letters: &str, letter: char, key: &str) -> Vec<String> {
    let mut out: Vec<String> = option_values(vals, letter, value_letters)
        .into_iter()
        .map(str::to_owned)
        .collect();
    out.extend(
        option_values(vals, 'o', value_letters)
            .into_iter()
            .filter_map(|o| setting(o, key))
            .map(|v| v.split_whitespace().collect::<Vec<_>>().join(":")),
    );
    out
}

/// The remote forwards of ssh's words: `-R` values and `-o RemoteForward`.
pub(super) fn remote_forwards(vals: &[&str], value_letters: &str) -> Vec<String> {
    forwards(vals, value_letters, 'R', "RemoteForward")
}

/// A local forward (`-L [BIND:]PORT:HOST:HOSTPORT`, `-o LocalForward=...`)
/// open to other hosts: one binding beyond loopback, or any with `-g` or
/// `GatewayPorts yes` (ssh(1), ssh_config(5)), which turn this machine into
/// a relay from its network into the remote one. The first such spec.
pub(super) fn exposed_local_forward(vals: &[&str], value_letters: &str) -> Option<String> {
    let gateway = vals.iter().any(|v| {
        v.strip_prefix('-').is_some_and(|f| {
            !f.starts_with('-')
                && f.chars()
                    .take_while(|c| !value_letters.contains(*c))
                    .any(|c| c == 'g')
        })
    }) || option_values(vals, 'o', value_letters).iter().any(|o| {
        setting(o, "GatewayPorts").is_some_and(|v| {
            let v = v.trim_matches(['\'', '"']);
            v.eq_ignore_ascii_case("yes") || v.eq_ignore_ascii_case("clientspecified")
        })
    });
    forwards(vals, value_letters, 'L', "LocalForward")
        .into_iter()
        .find(|s| gateway || binds_beyond_loopback(s))
}

/// Whether a reverse tunnel exposes this machine to another host: unless
/// the destination is this machine as the line shows it (no jump host,
/// no `HostName`, `ProxyJump` or `ProxyCommand` setting, no other config
/// file: each can send the connection elsewhere) and no forward binds
/// beyond loopback.
pub(super) fn exposes(
    vals: &[&str],
    value_letters: &str,
    dest: Option<&str>,
    specs: &[String],
) -> bool {
    let redirected = !option_values(vals, 'J', value_letters).is_empty()
        || !option_values(vals, 'F', value_letters).is_empty()
        || option_values(vals, 'o', value_letters).iter().any(|o| {
            ["HostName", "ProxyJump", "ProxyCommand"]
                .iter()
                .any(|k| setting(o, k).is_some())
        });
    let to_here = !redirected
        && dest
            .is_some_and(|d| net::classify(d.rsplit('@').next().unwrap_or(d)) == HostClass::Local);
    !to_here || specs.iter().any(|s| binds_beyond_loopback(s))
}

/// Whether a remote forward's spec binds beyond loopback: an explicit
/// bind address (the first of four fields, or of two when the second is a
/// port: `[BIND:]PORT[:HOST:HOSTPORT]`) that is not `localhost` or a
/// loopback address. IPv6 addresses in brackets are one field.
pub(super) fn binds_beyond_loopback(spec: &str) -> bool {
    let spec = spec.trim_matches(['\'', '"']);
    let mut fields: Vec<&str> = Vec::new();
    let mut rest = spec;
    while !rest.is_empty() {
        if let Some(inner) = rest.strip_prefix('[') {
            let (addr, after) = inner.split_once(']').unwrap_or((inner, ""));
            fields.push(addr);
            rest = after.strip_prefix(':').unwrap_or(after);
        } else {
            let (f, after) = rest.split_once(':').unwrap_or((rest, ""));
            fields.push(f);
            rest = after;
        }
    }
    let numeric = |f: &str| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit());
    let bind = match fields.as_slice() {
        [bind, _, _, _] => Some(*bind),
        [bind, port] if numeric(port) => Some(*bind),
        _ => None,
    };
    bind.is_some_and(|b| {
        let b = b.to_ascii_lowercase();
        !(b == "localhost" || b.starts_with("127.") || b == "::1")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_forwards_open_to_the_network() {
        let l = "BbcDEeFIiJLlmOoPpQRSWw";
        let open = |w: &[&str]| exposed_local_forward(w, l);
        assert!(open(&["-N", "-L", "0.0.0.0:4455:10.0.0.5:445", "u@h"]).is_some());
        assert!(open(&["-NL*:8080:db:5432", "h"]).is_some());
        assert!(open(&["-g", "-L", "8080:db:5432", "h"]).is_some());
        assert!(open(&["-o", "GatewayPorts=yes", "-L", "8080:db:5432", "h"]).is_some());
        assert!(open(&["-o", "LocalForward=0.0.0.0:8080 db:5432", "h"]).is_some());
        assert!(open(&["-L", "8080:db:5432", "h"]).is_none());
        assert!(open(&["-L", "127.0.0.1:8080:db:5432", "h"]).is_none());
        assert!(open(&["-L", "localhost:8080:db:5432", "h"]).is_none());
        assert!(open(&["-g", "h"]).is_none());
    }

    #[test]
    fn forwards_and_binds() {
        let letters = "BbcDEeFIiJLlmOoPpQRSWw";
        assert_eq!(remote_forwards(&["-R", "1:h:2", "x"], letters), ["1:h:2"]);
        assert_eq!(remote_forwards(&["-fNR", "1:h:2", "x"], letters), ["1:h:2"]);
        assert_eq!(remote_forwards(&["-R1:h:2", "x"], letters), ["1:h:2"]);
        assert_eq!(
            remote_forwards(&["-o", "RemoteForward 1 h:2", "x"], letters),
            ["1:h:2"]
        );
        assert_eq!(
            remote_forwards(&["-oremoteforward=1:h:2", "x"], letters),
            ["1:h:2"]
        );
        assert!(remote_forwards(&["-p", "22", "x"], letters).is_empty());
        assert!(remote_forwards(&["-iR", "x"], letters).is_empty());
        assert!(!binds_beyond_loopback("8080:localhost:8080"));
        assert!(!binds_beyond_loopback("localhost:8080:localhost:80"));
        assert!(!binds_beyond_loopback("[::1]:8080:localhost:80"));
        assert!(!binds_beyond_loopback("8080"));
        assert!(binds_beyond_loopback("0.0.0.0:8080:localhost:22"));
        assert!(binds_beyond_loopback("*:2222:localhost:22"));
        assert!(binds_beyond_loopback("'*:2222:localhost:22'"));
        assert!(binds_beyond_loopback(":2222:localhost:22"));
        assert!(binds_beyond_loopback("[::]:8080:h:80"));
        assert!(binds_beyond_loopback("0.0.0.0:1080"));
    }
}
