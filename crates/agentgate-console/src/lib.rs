//! Reading the audit trail: query filters over journal entries, and the
//! export formats the org's pipeline takes (JSON lines, OTLP/JSON logs,
//! RFC 5424 syslog).

use std::time::SystemTime;

use agentgate_journal::Entry;
use serde_json::{json, Value};

/// Why a filter could not be built.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum FilterError {
    /// A time bound is neither RFC 3339 nor a duration.
    #[error("cannot read the time {0:?}: give an RFC 3339 time (2026-11-24T09:00:00Z) or a duration back from now (90m, 24h, 7d)")]
    Time(String),
    /// An unknown decision.
    #[error("unknown decision {0:?}: expected deny, ask, allow or defer")]
    Decision(String),
}

/// Which records a query wants. Every field set must match.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// OS user or git email (substring).
    pub user: Option<String>,
    /// Repository remote or root (substring).
    pub repo: Option<String>,
    /// Session ID (exact).
    pub session: Option<String>,
    /// Tool name (case-insensitive).
    pub tool: Option<String>,
    /// The hook's answer.
    pub decision: Option<String>,
    /// At or after this time.
    pub since: Option<SystemTime>,
    /// Before this time.
    pub until: Option<SystemTime>,
}

/// Reads `2026-11-24T09:00:00Z` or a duration back from `now` (`24h`).
pub fn parse_time(text: &str, now: SystemTime) -> Result<SystemTime, FilterError> {
    if let Ok(t) = humantime::parse_rfc3339_weak(text) {
        return Ok(t);
    }
    humantime::parse_duration(text)
        .ok()
        .and_then(|d| now.checked_sub(d))
        .ok_or_else(|| FilterError::Time(text.to_owned()))
}

/// Checks a decision name.
pub fn parse_decision(text: &str) -> Result<String, FilterError> {
    let d = text.to_ascii_lowercase();
    match d.as_str() {
        "deny" | "ask" | "allow" | "defer" => Ok(d),
        _ => Err(FilterError::Decision(text.to_owned())),
    }
}

fn s<'a>(v: &'a Value, pointer: &str) -> &'a str {
    v.pointer(pointer).and_then(Value::as_str).unwrap_or("")
}

impl Filter {
    /// Whether the entry matches.
    pub fn matches(&self, e: &Entry) -> bool {
        let r = &e.record;
        if let Some(u) = &self.user {
            if !s(r, "/who/user").contains(u.as_str())
                && !s(r, "/who/git_email").contains(u.as_str())
            {
                return false;
            }
        }
        if let Some(x) = &self.repo {
            if !s(r, "/where/repo/remote").contains(x.as_str())
                && !s(r, "/where/repo/root").contains(x.as_str())
            {
                return false;
            }
        }
        if self
            .session
            .as_deref()
            .is_some_and(|x| s(r, "/session_id") != x)
        {
            return false;
        }
        if self
            .tool
            .as_deref()
            .is_some_and(|x| !s(r, "/tool").eq_ignore_ascii_case(x))
        {
            return false;
        }
        if self
            .decision
            .as_deref()
            .is_some_and(|x| s(r, "/answer") != x)
        {
            return false;
        }
        if self.since.is_some() || self.until.is_some() {
            let Ok(t) = humantime::parse_rfc3339_weak(&e.ts) else {
                return false;
            };
            if self.since.is_some_and(|x| t < x) || self.until.is_some_and(|x| t >= x) {
                return false;
            }
        }
        true
    }
}

/// One line for people: time, seq, answer, event, tool, user@repo, what.
pub fn text_line(e: &Entry) -> String {
    let r = &e.record;
    let what = match r.pointer("/tool_input/command").and_then(Value::as_str) {
        Some(c) => c.to_owned(),
        None => r
            .pointer("/tool_input/file_path")
            .or_else(|| r.pointer("/tool_input/url"))
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned(),
    };
    let what: String = what.chars().take(80).collect();
    let repo = s(r, "/where/repo/remote");
    let repo = if repo.is_empty() {
        s(r, "/where/cwd")
    } else {
        repo
    };
    format!(
        "{}  #{:<5} {:<6} {:<12} {:<10} {}@{}  {}",
        e.ts.get(..19).unwrap_or(&e.ts),
        e.seq,
        s(r, "/answer"),
        s(r, "/event"),
        s(r, "/tool"),
        s(r, "/who/user"),
        repo,
        what.replace('\n', " ")
    )
}

fn attr(key: &str, v: &Value) -> Option<Value> {
    let value = match v {
        Value::String(x) => json!({"stringValue": x}),
        Value::Bool(b) => json!({"boolValue": b}),
        Value::Number(n) if n.is_i64() || n.is_u64() => json!({"intValue": n.to_string()}),
        Value::Number(n) => json!({"doubleValue": n.as_f64()}),
        Value::Null => return None,
        other => json!({"stringValue": other.to_string()}),
    };
    Some(json!({"key": key, "value": value}))
}

/// OTLP/JSON `LogsData` for the entries of one device: one log record per
/// entry, body `agentgate.<event>`, the record flattened into attributes.
pub fn otlp_logs(device: &str, host: &str, entries: &[Entry]) -> Value {
    let records: Vec<Value> = entries
        .iter()
        .map(|e| {
            let r = &e.record;
            let nanos = humantime::parse_rfc3339_weak(&e.ts)
                .ok()
                .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            let (sev_num, sev) = match s(r, "/answer") {
                "deny" => (13, "WARN"),
                "ask" => (10, "INFO2"),
                _ => (9, "INFO"),
            };
            let mut attrs = vec![
                attr("agentgate.device", &json!(device)),
                attr("agentgate.seq", &json!(e.seq)),
                attr("agentgate.prev", &json!(e.prev)),
            ];
            for (k, p) in [
                ("event.name", "/event"),
                ("session.id", "/session_id"),
                ("tool_use_id", "/tool_use_id"),
                ("tool_name", "/tool"),
                ("agentgate.answer", "/answer"),
                ("agentgate.reason", "/reason"),
                ("agentgate.rule", "/rule/rule"),
                ("agentgate.rule.source", "/rule/source"),
                ("user.name", "/who/user"),
                ("user.email", "/who/git_email"),
                ("host.name", "/who/host"),
                ("vcs.repository.url.full", "/where/repo/remote"),
                ("vcs.ref.head.name", "/where/repo/branch"),
                ("vcs.ref.head.revision", "/where/repo/commit"),
                ("process.working_directory", "/where/cwd"),
                ("agentgate.config.digest", "/config/digest"),
            ] {
                if let Some(v) = r.pointer(p) {
                    attrs.push(attr(k, v));
                }
            }
            if let Some(input) = r.get("tool_input").filter(|v| !v.is_null()) {
                attrs.push(attr("tool_input", &Value::String(input.to_string())));
            }
            json!({
                "timeUnixNano": nanos.to_string(),
                "observedTimeUnixNano": nanos.to_string(),
                "severityNumber": sev_num,
                "severityText": sev,
                "body": {"stringValue": format!("agentgate.{}", s(r, "/event"))},
                "attributes": attrs.into_iter().flatten().collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "resourceLogs": [{
            "resource": {"attributes": [
                {"key": "service.name", "value": {"stringValue": "agentgate"}},
                {"key": "host.name", "value": {"stringValue": host}},
                {"key": "agentgate.device", "value": {"stringValue": device}},
            ]},
            "scopeLogs": [{
                "scope": {"name": "agentgate.journal"},
                "logRecords": records,
            }],
        }]
    })
}

/// Private enterprise number for structured data: 32473 is reserved for
/// documentation (RFC 5612); an org sets its own in the exporter config.
pub const SD_ENTERPRISE: u32 = 32473;

/// One RFC 5424 syslog message (without framing) for an entry.
/// Facility: authpriv (10), the facility for security/authorisation
/// messages. Severity: warning for deny, notice for ask, info otherwise.
pub fn syslog_line(device: &str, e: &Entry) -> String {
    let r = &e.record;
    let severity = match s(r, "/answer") {
        "deny" => 4,
        "ask" => 5,
        _ => 6,
    };
    let pri = 10 * 8 + severity;
    let host = nil_or(s(r, "/who/host"), 255);
    let msgid = nil_or(s(r, "/event"), 32);
    let mut sd = format!("[agentgate@{SD_ENTERPRISE}");
    for (k, p) in [
        ("session", "/session_id"),
        ("tool", "/tool"),
        ("answer", "/answer"),
        ("user", "/who/user"),
        ("repo", "/where/repo/remote"),
        ("commit", "/where/repo/commit"),
        ("config", "/config/digest"),
    ] {
        let v = s(r, p);
        if !v.is_empty() {
            sd.push_str(&format!(" {k}=\"{}\"", sd_escape(v)));
        }
    }
    sd.push_str(&format!(
        " device=\"{}\" seq=\"{}\"]",
        sd_escape(device),
        e.seq
    ));
    // The message: the reason, else the command; one line.
    let mut msg = s(r, "/reason").to_owned();
    if msg.is_empty() {
        msg = r
            .pointer("/tool_input/command")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned();
    }
    let msg = msg.replace(['\n', '\r'], " ");
    format!("<{pri}>1 {} {host} agentgate - {msgid} {sd} {msg}", e.ts)
}

/// RFC 5424 header fields: printable ASCII without spaces, or "-".
pub fn nil_or(v: &str, max: usize) -> String {
    let clean: String = v
        .chars()
        .filter(|c| c.is_ascii_graphic())
        .take(max)
        .collect();
    if clean.is_empty() {
        "-".into()
    } else {
        clean
    }
}

/// SD-PARAM values escape `"`, `\` and `]` (RFC 5424 §6.3.3).
pub fn sd_escape(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    for c in v.chars() {
        if matches!(c, '"' | '\\' | ']') {
            out.push('\\');
        }
        if c != '\n' && c != '\r' {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry() -> Entry {
        Entry {
            seq: 7,
            prev: "ab".repeat(32),
            ts: "2026-11-24T09:30:00.000001Z".into(),
            record: json!({
                "event": "PreToolUse", "session_id": "s-1", "tool": "Bash",
                "tool_input": {"command": "rm -rf ~"}, "answer": "deny",
                "reason": "blocked: deletes \"home\" ]",
                "who": {"user": "dev", "host": "laptop-1", "git_email": "dev@example.com"},
                "where": {"cwd": "/src/app", "repo": {"root": "/src/app", "remote": "https://git.example.com/app.git", "branch": "main", "commit": "abc"}},
                "config": {"digest": "d1"}
            }),
        }
    }

    #[test]
    fn filters_match_fields() {
        let e = entry();
        let now = SystemTime::now();
        let f = Filter {
            user: Some("dev@".into()),
            repo: Some("git.example.com".into()),
            session: Some("s-1".into()),
            tool: Some("bash".into()),
            decision: Some(parse_decision("DENY").unwrap()),
            since: Some(parse_time("2026-11-24T09:00:00Z", now).unwrap()),
            until: Some(parse_time("2026-11-24T10:00:00Z", now).unwrap()),
        };
        assert!(f.matches(&e));
        for miss in [
            Filter {
                user: Some("ops".into()),
                ..Filter::default()
            },
            Filter {
                session: Some("s-2".into()),
                ..Filter::default()
            },
            Filter {
                decision: Some("ask".into()),
                ..Filter::default()
            },
            Filter {
                until: Some(parse_time("2026-11-24T09:00:00Z", now).unwrap()),
                ..Filter::default()
            },
        ] {
            assert!(!miss.matches(&e), "{miss:?}");
        }
        assert!(parse_time("yesterday-ish", now).is_err());
        assert!(parse_decision("block").is_err());
    }

    #[test]
    fn syslog_is_rfc5424_with_escaped_structured_data() {
        insta::assert_snapshot!(syslog_line("dev123", &entry()));
    }

    #[test]
    fn otlp_logs_shape() {
        let v = otlp_logs("dev123", "laptop-1", &[entry()]);
        let rec = &v["resourceLogs"][0]["scopeLogs"][0]["logRecords"][0];
        assert_eq!(rec["body"]["stringValue"], "agentgate.PreToolUse");
        assert_eq!(rec["severityText"], "WARN");
        assert_eq!(rec["timeUnixNano"], "1795512600000001000");
        let attrs = rec["attributes"].as_array().unwrap();
        assert!(attrs
            .iter()
            .any(|a| a["key"] == "agentgate.seq" && a["value"]["intValue"] == "7"));
        assert!(attrs
            .iter()
            .any(|a| a["key"] == "session.id" && a["value"]["stringValue"] == "s-1"));
    }
}
