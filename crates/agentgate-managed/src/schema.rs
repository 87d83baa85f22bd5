//! What Claude Code accepts in a settings file, and where: the keys that
//! matter to a managed deployment, their types, and which only take effect
//! from a managed source. Sources: `../shared/spec/claude-code.md` §1.7 and
//! §1.5 (settings reference, permissions, hooks, MCP, sandbox, telemetry),
//! and what the real CLI 2.1.331 did (`real-client.md`): the top-level
//! `disableBypassPermissionsMode` is silently ignored, only the nested
//! `permissions.disableBypassPermissionsMode` works.
//!
//! Written as a table here because Claude Code publishes no machine-readable
//! schema of its settings; each entry is what the documentation states.

use serde_json::Value;

/// A value's expected shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// true/false.
    Bool,
    /// Any string.
    Str,
    /// One of these strings.
    OneOf(&'static [&'static str]),
    /// An array of strings.
    StrArray,
    /// An integer, at least this.
    IntAtLeast(i64),
    /// A number in 0..=1.
    Fraction,
    /// An object of string values.
    StrMap,
    /// An object checked key by key against [`PERMISSIONS`] / [`SANDBOX`] /
    /// ... (named by the table).
    Object(&'static [Key]),
    /// Any JSON (shape checked by Claude Code; e.g. hooks, MCP lists, which
    /// `policy build` writes itself).
    Any,
}

/// Where a key takes effect.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Any settings file.
    Any,
    /// Only from a managed source (ignored elsewhere).
    ManagedOnly,
}

/// One known key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key {
    /// As spelled in JSON.
    pub name: &'static str,
    /// Its shape.
    pub kind: Kind,
    /// Where it works.
    pub scope: Scope,
}

const fn any(name: &'static str, kind: Kind) -> Key {
    Key {
        name,
        kind,
        scope: Scope::Any,
    }
}

const fn managed(name: &'static str, kind: Kind) -> Key {
    Key {
        name,
        kind,
        scope: Scope::ManagedOnly,
    }
}

const MODES: &[&str] = &[
    "default",
    "acceptEdits",
    "plan",
    "auto",
    "dontAsk",
    "bypassPermissions",
    "manual",
];

/// `permissions.*`.
pub const PERMISSIONS: &[Key] = &[
    any("allow", Kind::StrArray),
    any("ask", Kind::StrArray),
    any("deny", Kind::StrArray),
    any("additionalDirectories", Kind::StrArray),
    any("defaultMode", Kind::OneOf(MODES)),
    any("disableBypassPermissionsMode", Kind::OneOf(&["disable"])),
    any("disableAutoMode", Kind::OneOf(&["disable"])),
];

/// `sandbox.filesystem.*`.
pub const SANDBOX_FILESYSTEM: &[Key] = &[
    any("allowWrite", Kind::StrArray),
    any("denyWrite", Kind::StrArray),
    any("denyRead", Kind::StrArray),
    any("allowRead", Kind::StrArray),
    managed("allowManagedReadPathsOnly", Kind::Bool),
    any("disabled", Kind::Bool),
];

/// `sandbox.network.*`.
pub const SANDBOX_NETWORK: &[Key] = &[
    any("allowedDomains", Kind::StrArray),
    any("deniedDomains", Kind::StrArray),
    any("allowUnixSockets", Kind::StrArray),
    any("allowAllUnixSockets", Kind::Bool),
    any("allowLocalBinding", Kind::Bool),
    any("allowMachLookup", Kind::StrArray),
    any("strictAllowlist", Kind::Bool),
    managed("allowManagedDomainsOnly", Kind::Bool),
    any("httpProxyPort", Kind::IntAtLeast(1)),
    any("socksProxyPort", Kind::IntAtLeast(1)),
    any("tlsTerminate", Kind::Any),
];

/// `sandbox.*`.
pub const SANDBOX: &[Key] = &[
    any("enabled", Kind::Bool),
    any("failIfUnavailable", Kind::Bool),
    any("autoAllowBashIfSandboxed", Kind::Bool),
    any("excludedCommands", Kind::StrArray),
    any("allowUnsandboxedCommands", Kind::Bool),
    any("enableWeakerNestedSandbox", Kind::Bool),
    any("enableWeakerNetworkIsolation", Kind::Bool),
    any("allowAppleEvents", Kind::Bool),
    any("ignoreViolations", Kind::Any),
    any("ripgrep", Kind::Any),
    managed("bwrapPath", Kind::Str),
    managed("socatPath", Kind::Str),
    any("filesystem", Kind::Object(SANDBOX_FILESYSTEM)),
    any("network", Kind::Object(SANDBOX_NETWORK)),
    any("credentials", Kind::Any),
];

/// Top-level keys.
pub const TOP: &[Key] = &[
    any("permissions", Kind::Object(PERMISSIONS)),
    managed("allowManagedPermissionRulesOnly", Kind::Bool),
    any("skipDangerousModePermissionPrompt", Kind::Bool),
    any("skipAutoPermissionPrompt", Kind::Bool),
    any("autoMode", Kind::Any),
    any("useAutoModeDuringPlan", Kind::Bool),
    any("disableAutoMode", Kind::OneOf(&["disable"])),
    any("hooks", Kind::Any),
    any("disableAllHooks", Kind::Bool),
    managed("allowManagedHooksOnly", Kind::Bool),
    any("allowedHttpHookUrls", Kind::StrArray),
    any("httpHookAllowedEnvVars", Kind::StrArray),
    any("enableAllProjectMcpServers", Kind::Bool),
    any("enabledMcpjsonServers", Kind::StrArray),
    any("disabledMcpjsonServers", Kind::StrArray),
    any("allowedMcpServers", Kind::Any),
    any("deniedMcpServers", Kind::Any),
    managed("allowManagedMcpServersOnly", Kind::Bool),
    any("disableClaudeAiConnectors", Kind::Bool),
    managed("allowAllClaudeAiMcps", Kind::Bool),
    any("sandbox", Kind::Object(SANDBOX)),
    any("apiKeyHelper", Kind::Str),
    any("awsAuthRefresh", Kind::Str),
    any("awsCredentialExport", Kind::Str),
    any("gcpAuthRefresh", Kind::Str),
    any("otelHeadersHelper", Kind::Str),
    any(
        "forceLoginMethod",
        Kind::OneOf(&["claudeai", "console", "gateway"]),
    ),
    any("forceLoginOrgUUID", Kind::Any),
    managed("forceLoginGatewayUrl", Kind::Str),
    any("env", Kind::StrMap),
    any("cleanupPeriodDays", Kind::IntAtLeast(1)),
    any("companyAnnouncements", Kind::StrArray),
    any("availableModels", Kind::StrArray),
    any("enforceAvailableModels", Kind::Bool),
    any("model", Kind::Str),
    any("minimumVersion", Kind::Str),
    managed("requiredMinimumVersion", Kind::Str),
    managed("requiredMaximumVersion", Kind::Str),
    any("autoUpdatesChannel", Kind::OneOf(&["latest", "stable"])),
    any("processWrapper", Kind::Any),
    any("skipWebFetchPreflight", Kind::Bool),
    any("feedbackSurveyRate", Kind::Fraction),
    any("claudeMdExcludes", Kind::StrArray),
    any("enabledPlugins", Kind::Any),
    any("extraKnownMarketplaces", Kind::Any),
    managed("strictKnownMarketplaces", Kind::Any),
    managed("blockedMarketplaces", Kind::Any),
    managed("strictPluginOnlyCustomization", Kind::Any),
    managed("disableCommandPluginSources", Kind::Bool),
    managed("disableSideloadFlags", Kind::Bool),
    any("disableSkillShellExecution", Kind::Bool),
    any("disableRemoteControl", Kind::Bool),
    any("disableWorkflows", Kind::Bool),
    any("attribution", Kind::Any),
    any("includeCoAuthoredBy", Kind::Bool),
    managed("forceRemoteSettingsRefresh", Kind::Bool),
    managed("claudeMd", Kind::Str),
    managed("sshHostAllowlist", Kind::StrArray),
];

/// Keys that look right but do nothing where people put them, with what to
/// write instead. Observed on the real CLI, or stated by the docs.
pub const MISPLACED: &[(&str, &str)] = &[
    (
        "disableBypassPermissionsMode",
        "permissions.disableBypassPermissionsMode (the top-level key is silently ignored; observed on Claude Code 2.1.331)",
    ),
    ("defaultMode", "permissions.defaultMode"),
    ("allow", "permissions.allow"),
    ("deny", "permissions.deny"),
    ("ask", "permissions.ask"),
    ("allowedDomains", "sandbox.network.allowedDomains"),
    ("ignorePatterns", "permissions.deny rules (ignorePatterns is deprecated)"),
];

/// One problem with a settings value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Dotted path of the key (`permissions.defaultMode`).
    pub path: String,
    /// What is wrong and what to write instead.
    pub what: String,
}

/// Checks a settings object against [`TOP`]: unknown and misplaced keys,
/// wrong types. Managed-only keys are fine here (the caller checks where a
/// file sits).
pub fn check(settings: &Value) -> Vec<Problem> {
    let mut out = Vec::new();
    match settings.as_object() {
        Some(m) => check_object(m, TOP, "", &mut out),
        None => out.push(Problem {
            path: String::new(),
            what: "a settings file holds one JSON object".into(),
        }),
    }
    out
}

/// Where a key is defined, by dotted path.
pub fn lookup(path: &str) -> Option<Key> {
    let mut table = TOP;
    let mut found = None;
    for part in path.split('.') {
        let key = *table.iter().find(|k| k.name == part)?;
        found = Some(key);
        table = match key.kind {
            Kind::Object(t) => t,
            _ => &[],
        };
    }
    found
}

fn check_object(
    m: &serde_json::Map<String, Value>,
    table: &'static [Key],
    prefix: &str,
    out: &mut Vec<Problem>,
) {
    for (name, value) in m {
        let path = if prefix.is_empty() {
            name.clone()
        } else {
            format!("{prefix}.{name}")
        };
        let Some(key) = table.iter().find(|k| k.name == name) else {
            let hint = if prefix.is_empty() {
                MISPLACED
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, instead)| format!("; write {instead}"))
            } else {
                None
            };
            out.push(Problem {
                what: match hint {
                    Some(h) => format!("`{path}` does nothing here{h}"),
                    None => format!(
                        "`{path}` is not a Claude Code setting{}",
                        suggestion(name, table)
                    ),
                },
                path,
            });
            continue;
        };
        if let Some(why) = type_problem(key.kind, value, &path, out) {
            out.push(Problem { path, what: why });
        }
    }
}

/// The closest known name, when one is close (a typo).
fn suggestion(name: &str, table: &[Key]) -> String {
    let lower = name.to_ascii_lowercase();
    table
        .iter()
        .map(|k| (edit_distance(&lower, &k.name.to_ascii_lowercase()), k.name))
        .filter(|(d, _)| *d <= 3)
        .min()
        .map_or_else(String::new, |(_, k)| format!("; did you mean `{k}`?"))
}

/// Levenshtein distance; the names are short, so the quadratic table is
/// cheaper than a dependency.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

fn type_problem(kind: Kind, v: &Value, path: &str, out: &mut Vec<Problem>) -> Option<String> {
    match kind {
        Kind::Bool => (!v.is_boolean()).then(|| format!("`{path}` takes true or false")),
        Kind::Str => (!v.is_string()).then(|| format!("`{path}` takes a string")),
        Kind::OneOf(options) => match v.as_str() {
            Some(s) if options.contains(&s) => None,
            _ => Some(format!(
                "`{path}` takes one of {}",
                options
                    .iter()
                    .map(|o| format!("\"{o}\""))
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        },
        Kind::StrArray => match v.as_array() {
            Some(a) if a.iter().all(Value::is_string) => None,
            _ => Some(format!("`{path}` takes an array of strings")),
        },
        Kind::IntAtLeast(min) => match v.as_i64() {
            Some(n) if n >= min => None,
            _ => Some(format!("`{path}` takes a whole number of at least {min}")),
        },
        Kind::Fraction => match v.as_f64() {
            Some(x) if (0.0..=1.0).contains(&x) => None,
            _ => Some(format!("`{path}` takes a number from 0 to 1")),
        },
        Kind::StrMap => match v.as_object() {
            Some(m) if m.values().all(Value::is_string) => None,
            _ => Some(format!(
                "`{path}` takes an object of string values (numbers and booleans must be quoted)"
            )),
        },
        Kind::Object(table) => match v.as_object() {
            Some(m) => {
                check_object(m, table, path, out);
                None
            }
            None => Some(format!("`{path}` takes an object")),
        },
        Kind::Any => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_nested_bypass_key_is_right_and_the_top_level_one_is_called_out() {
        assert!(
            check(&json!({"permissions": {"disableBypassPermissionsMode": "disable"}})).is_empty()
        );
        let p = check(&json!({"disableBypassPermissionsMode": "disable"}));
        assert_eq!(p.len(), 1);
        assert!(
            p[0].what
                .contains("permissions.disableBypassPermissionsMode"),
            "{p:?}"
        );
        assert!(p[0].what.contains("silently ignored"), "{p:?}");
    }

    #[test]
    fn types_typos_and_nesting_are_checked() {
        let p = check(&json!({
            "permissions": {"defaultMode": "yolo", "alow": []},
            "cleanupPeriodDays": 0,
            "env": {"X": 1},
            "sandbox": {"network": {"allowedDomains": "github.com"}},
            "allowManagedHooksOnly": "yes"
        }));
        let mut p = p;
        p.sort_by(|a, b| a.path.cmp(&b.path));
        let paths: Vec<&str> = p.iter().map(|x| x.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "allowManagedHooksOnly",
                "cleanupPeriodDays",
                "env",
                "permissions.alow",
                "permissions.defaultMode",
                "sandbox.network.allowedDomains"
            ],
            "{p:?}"
        );
        assert!(p[3].what.contains("did you mean `allow`"), "{p:?}");
    }

    #[test]
    fn lookup_finds_nested_keys_and_their_scope() {
        assert_eq!(
            lookup("sandbox.network.allowManagedDomainsOnly").map(|k| k.scope),
            Some(Scope::ManagedOnly)
        );
        assert_eq!(
            lookup("permissions.defaultMode").map(|k| k.scope),
            Some(Scope::Any)
        );
        assert_eq!(lookup("permissions.nope"), None);
    }
}
