//! The same classification for tools other than Bash.

use serde_json::{Map, Value};

use crate::guard;
use crate::net::{self, HostClass};
use crate::paths;
use crate::{assess_bash, Assessment, Category, Context, Severity};

/// Assesses one tool call: Bash and Monitor through the shell walker,
/// PowerShell through it as `pwsh -Command` code, file tools by the
/// paths they touch, WebFetch by where it goes and what the URL carries, MCP
/// tools by the values they are given.
pub fn assess_tool(tool_name: &str, input: &Map<String, Value>, ctx: &Context) -> Assessment {
    let str_field = |k: &str| input.get(k).and_then(Value::as_str);
    match tool_name {
        // Monitor runs its `command` in the background, under Bash's
        // permission rules (it had no reading until session 46).
        "Bash" | "Monitor" | "PowerShell" => match str_field("command") {
            Some(c) if tool_name == "PowerShell" => assess_bash(&powershell_line(c), ctx),
            Some(c) => assess_bash(c, ctx),
            None => {
                let mut a = Assessment::default();
                a.push(
                    Category::Unverifiable,
                    Severity::Medium,
                    "has no command string to check",
                    "",
                );
                a
            }
        },
        "Read" | "NotebookRead" => {
            let mut a = Assessment::default();
            if let Some(p) = str_field("file_path").or_else(|| str_field("notebook_path")) {
                read_path(&mut a, p, ctx);
            }
            a
        }
        "Edit" | "Write" | "MultiEdit" | "NotebookEdit" => {
            let mut a = Assessment::default();
            if let Some(p) = str_field("file_path").or_else(|| str_field("notebook_path")) {
                write_path(&mut a, p, ctx);
            }
            a.note_rclone_config_written();
            a
        }
        "Glob" | "Grep" | "LS" => {
            let mut a = Assessment::default();
            if let Some(p) = str_field("path") {
                if let Some(abs) = paths::absolute(p, p, p.starts_with('~'), ctx) {
                    if !paths::within(&abs, &ctx.project_dir) {
                        a.effects.untrusted_input = true;
                    }
                }
            }
            a
        }
        "WebFetch" => {
            let mut a = Assessment::default();
            a.effects.egress = true;
            a.effects.untrusted_input = true;
            if let Some(url) = str_field("url") {
                web_url(&mut a, url);
            }
            a
        }
        "WebSearch" => Assessment {
            effects: crate::Effects {
                egress: true,
                untrusted_input: true,
                ..Default::default()
            },
            ..Default::default()
        },
        name if name.starts_with("mcp__") => {
            let mut a = Assessment::default();
            a.effects.egress = true;
            a.effects.untrusted_input = true;
            let mut strings = Vec::new();
            collect_strings(&Value::Object(input.clone()), &mut strings, 0);
            for s in strings {
                for tok in paths::tokens(&s) {
                    if tok.starts_with('/') || tok.starts_with('~') {
                        let abs = paths::absolute(tok, tok, tok.starts_with('~'), ctx);
                        let hit = abs.as_deref().and_then(|x| guard::relation(x, ctx));
                        if let Some((guard::Relation::Inside, g)) = hit {
                            a.push(
                                Category::SelfEscalation,
                                Severity::Critical,
                                format!("hands {} to an MCP tool, which could change it", g.what),
                                tok,
                            );
                        }
                    }
                    if let Some((sev, what)) = paths::credential(tok) {
                        a.push(
                            Category::CredentialAccess,
                            sev,
                            format!("passes {what} to an MCP tool"),
                            tok,
                        );
                    }
                }
                if s.contains("://") {
                    web_url(&mut a, &s);
                }
            }
            a
        }
        _ => Assessment::default(),
    }
}

/// The PowerShell tool's command (Claude Code's Bash counterpart on
/// Windows) as the shell line that hands it to PowerShell: its code is then
/// judged as `pwsh -Command` code is, through the cmdlet table
/// (`crate::pwsh`). Until session 46 the tool had no reading at all. The
/// code is one single-quoted word, its own quotes escaped, so nothing in it
/// ends the wrapping.
fn powershell_line(code: &str) -> String {
    format!("pwsh -NoProfile -Command '{}'", code.replace('\'', r"'\''"))
}

fn read_path(a: &mut Assessment, p: &str, ctx: &Context) {
    if let Some(abs) = paths::absolute(p, p, p.starts_with('~'), ctx) {
        if guard::is_own_secret(&abs, ctx) {
            a.push(
                Category::CredentialAccess,
                Severity::Critical,
                "reads agentgate's device signing key",
                p,
            );
        }
    }
    if let Some((sev, what)) = paths::credential(p) {
        a.push(Category::CredentialAccess, sev, format!("reads {what}"), p);
    }
    if let Some(abs) = paths::absolute(p, p, p.starts_with('~'), ctx) {
        if !paths::within(&abs, &ctx.project_dir) {
            a.effects.untrusted_input = true;
        }
        if let Some((sev, what)) = paths::credential(&abs) {
            a.push(Category::CredentialAccess, sev, format!("reads {what}"), p);
        }
    }
}

fn write_path(a: &mut Assessment, p: &str, ctx: &Context) {
    let abs = paths::absolute(p, p, p.starts_with('~'), ctx);
    if let Some((_, g)) = abs.as_deref().and_then(|x| guard::relation(x, ctx)) {
        a.push(
            Category::SelfEscalation,
            Severity::Critical,
            format!("writes to {}, which the agent must not alter", g.what),
            p,
        );
        a.effects.trust_change = true;
        return;
    }
    let hit = paths::trust_target(p, ctx)
        .or_else(|| abs.as_deref().and_then(|x| paths::written_target(x, ctx)));
    if let Some((sev, what)) = hit {
        a.push(
            Category::SelfEscalation,
            sev,
            format!("writes to {what}"),
            p,
        );
        return;
    }
    if let Some(abs) = abs {
        if ctx.beyond_work(&abs) {
            a.effects.trust_change = true;
            if paths::credential(&abs).is_some() {
                a.push(
                    Category::Destructive,
                    Severity::High,
                    "overwrites a credential file outside the project",
                    p,
                );
            } else if paths::is_system_dir(&abs) && !paths::within(&abs, &ctx.home) {
                a.push(
                    Category::SelfEscalation,
                    Severity::High,
                    "writes to a system path outside the project",
                    p,
                );
            }
        }
    }
}

/// A URL the agent fetches: where to, and what it carries.
fn web_url(a: &mut Assessment, url: &str) {
    let host = net::host_of(url).unwrap_or("");
    match net::classify(host) {
        HostClass::Metadata => a.push(
            Category::CredentialAccess,
            Severity::Critical,
            "fetches from the cloud metadata service, which hands out credentials",
            url,
        ),
        HostClass::Suspicious if url_carries_data(url) => a.push(
            Category::Exfiltration,
            Severity::Critical,
            format!("sends data in the URL to {host}, a data-collection service"),
            url,
        ),
        _ if url_carries_secret(url) => a.push(
            Category::Exfiltration,
            Severity::High,
            "puts a secret-looking value into a URL",
            url,
        ),
        HostClass::Suspicious => a.push(
            Category::Exfiltration,
            Severity::Medium,
            format!("contacts {host}, a data-collection or tunnelling service"),
            url,
        ),
        _ => {}
    }
}

fn url_carries_data(url: &str) -> bool {
    let query = url.split_once('?').map_or("", |(_, q)| q);
    query.len() > 24 || url.split('/').any(|seg| seg.len() > 40)
}

pub(crate) fn url_carries_secret(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let keyish = [
        "token=",
        "secret=",
        "password=",
        "passwd=",
        "api_key=",
        "apikey=",
        "key=akia",
        "aws_secret",
    ]
    .iter()
    .any(|k| lower.contains(k));
    let aws_key = url.contains("AKIA") || url.contains("ASIA") && url.len() > 40;
    let long_b64 = url.split(['?', '&', '=', '/']).any(|seg| {
        seg.len() >= 64
            && seg
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '_' | '%'))
    });
    let github_token = [
        "ghp_",
        "gho_",
        "ghs_",
        "github_pat_",
        "sk-",
        "xoxb-",
        "xoxp-",
    ]
    .iter()
    .any(|p| url.contains(p));
    keyish || aws_key || long_b64 || github_token
}

fn collect_strings(v: &Value, out: &mut Vec<String>, depth: usize) {
    if depth > 32 || out.len() > 1024 {
        return;
    }
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| collect_strings(x, out, depth + 1)),
        Value::Object(o) => o.values().for_each(|x| collect_strings(x, out, depth + 1)),
        _ => {}
    }
}
