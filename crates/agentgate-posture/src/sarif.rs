//! Findings as SARIF 2.1.0, for code scanning: one rule per check (stable
//! `ruleId`s), one result per finding with its file and line, and a
//! `partialFingerprints` entry so that a finding keeps its identity across
//! runs.

use serde_json::{json, Value};

use crate::{Finding, Severity, CHECKS};

/// SARIF's level for a severity.
fn level(s: Severity) -> &'static str {
    match s {
        Severity::Critical | Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low => "note",
    }
}

/// GitHub code scanning's numeric severity (0-10).
fn security_severity(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "9.5",
        Severity::High => "8.0",
        Severity::Medium => "5.5",
        Severity::Low => "2.0",
    }
}

/// A file path as a SARIF artifact URI.
fn uri(path: &str) -> String {
    let encoded: String = path
        .chars()
        .map(|c| match c {
            ' ' => "%20".to_owned(),
            '%' => "%25".to_owned(),
            '#' => "%23".to_owned(),
            '?' => "%3F".to_owned(),
            c => c.to_string(),
        })
        .collect();
    if encoded.starts_with('/') {
        format!("file://{encoded}")
    } else {
        encoded
    }
}

/// The SARIF log.
pub fn log(findings: &[Finding], version: &str) -> Value {
    let rules: Vec<Value> = CHECKS
        .iter()
        .map(|c| {
            json!({
                "id": c.id,
                "name": c.name,
                "shortDescription": {"text": c.title},
                "fullDescription": {"text": format!("{}.", c.title)},
                "help": {"text": c.remediation},
                "helpUri": format!("https://github.com/agentgate/agentgate/blob/main/docs/checks.md#{}", c.id.to_ascii_lowercase()),
                "defaultConfiguration": {"level": level(c.severity)},
                "properties": {
                    "security-severity": security_severity(c.severity),
                    "tags": ["security", "claude-code"],
                },
            })
        })
        .collect();
    let results: Vec<Value> = findings
        .iter()
        .map(|f| {
            let index = CHECKS.iter().position(|c| c.id == f.id).unwrap_or(0);
            let locations: Vec<Value> = f
                .evidence
                .iter()
                .filter_map(|e| {
                    let file = e.file.as_deref()?;
                    let mut phys = json!({"artifactLocation": {"uri": uri(file)}});
                    if let Some(l) = e.line.filter(|l| *l > 0) {
                        phys["region"] = json!({"startLine": l});
                    }
                    Some(json!({"physicalLocation": phys}))
                })
                .collect();
            let mut r = json!({
                "ruleId": f.id,
                "ruleIndex": index,
                "level": level(f.severity),
                "message": {"text": format!("{} Remediation: {}", f.message, f.remediation)},
                "partialFingerprints": {"agentgateFinding/v1": f.fingerprint()},
            });
            if !locations.is_empty() {
                r["locations"] = Value::Array(locations);
            }
            r
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "agentgate",
                "informationUri": "https://github.com/agentgate/agentgate",
                "version": version,
                "semanticVersion": version,
                "rules": rules,
            }},
            "results": results,
            "columnKind": "unicodeCodePoints",
        }],
    })
}
