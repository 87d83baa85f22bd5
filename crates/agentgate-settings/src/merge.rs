//! Merging settings scopes the way Claude Code does, keeping origins.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::file::{escape_pointer, kind_name, Location, Scope, SettingsFile};

/// Keys only a managed source can set (Claude Code settings reference,
/// "Scope: Managed"). Set anywhere else they do nothing.
pub const MANAGED_ONLY_KEYS: &[&str] = &[
    "allowManagedPermissionRulesOnly",
    "allowManagedHooksOnly",
    "allowManagedMcpServersOnly",
    "allowAllClaudeAiMcps",
    "strictKnownMarketplaces",
    "allowedMarketplaces",
    "blockedMarketplaces",
    "strictPluginOnlyCustomization",
    "disableCommandPluginSources",
    "disableSideloadFlags",
    "pluginSuggestionMarketplaces",
    "pluginTrustMessage",
    "allowedChannelPlugins",
    "channelsEnabled",
    "forceRemoteSettingsRefresh",
    "parentSettingsBehavior",
    "policyHelper",
    "wslInheritsWindowsSettings",
    "forceLoginGatewayUrl",
    "requiredMinimumVersion",
    "requiredMaximumVersion",
    "claudeMd",
    "sshHostAllowlist",
    "browserExternalPageTools",
    "disableBrowserExternalNavigation",
    "disableMobileSimulatorTools",
];

/// Nested keys only a managed source can set, as JSON pointers.
const MANAGED_ONLY_POINTERS: &[&str] = &[
    "/sandbox/network/allowManagedDomainsOnly",
    "/sandbox/filesystem/allowManagedReadPathsOnly",
    "/sandbox/bwrapPath",
    "/sandbox/socatPath",
];

/// Keys of `.claude/settings.json` that apply only once the folder is trusted.
const TRUST_GATED_POINTERS: &[&str] = &[
    "/permissions/allow",
    "/permissions/additionalDirectories",
    "/extraKnownMarketplaces",
    "/apiKeyHelper",
];

/// Where a value comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Origin {
    /// Its scope.
    pub scope: Scope,
    /// Its file.
    pub file: String,
    /// Its JSON pointer inside the file.
    pub pointer: String,
    /// Its position in the file, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
}

impl Origin {
    /// `file:line:column` (or just the file).
    pub fn display_location(&self) -> String {
        match self.location {
            Some(l) => format!("{}:{}:{}", self.file, l.line, l.column),
            None => self.file.clone(),
        }
    }
}

/// A merged value with the origin of every leaf.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum MergedValue {
    /// An object merged key by key.
    Object(Vec<(String, MergedValue)>),
    /// An array concatenated across scopes without duplicates.
    Array(Vec<ArrayItem>),
    /// A single value from the highest scope that sets it.
    Scalar {
        /// The effective value.
        value: Value,
        /// Where it comes from.
        origin: Origin,
        /// Lower-precedence values it overrides.
        #[serde(skip_serializing_if = "Vec::is_empty")]
        overrides: Vec<Origin>,
    },
}

/// One element of a merged array.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ArrayItem {
    /// The element.
    pub value: Value,
    /// Where it comes from.
    pub origin: Origin,
}

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The setting does not do what it seems to.
    Warning,
    /// Worth knowing.
    Info,
}

/// A note about a setting that is ignored, held back or has no effect.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// How serious.
    pub severity: Severity,
    /// Where.
    pub origin: Origin,
    /// What and what to do.
    pub message: String,
}

/// The effective settings.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Merged {
    /// The merged tree (an object).
    pub root: MergedValue,
    /// Everything ignored or held back, with the reason.
    pub diagnostics: Vec<Diagnostic>,
}

impl Merged {
    /// The effective value at a JSON pointer, without origins.
    pub fn get(&self, pointer: &str) -> Option<Value> {
        let mut cur = &self.root;
        for seg in pointer.split('/').skip(1) {
            match cur {
                MergedValue::Object(entries) => {
                    cur = &entries.iter().find(|(k, _)| escape_pointer(k) == seg)?.1;
                }
                _ => return None,
            }
        }
        Some(to_plain(cur))
    }
}

fn to_plain(v: &MergedValue) -> Value {
    match v {
        MergedValue::Object(entries) => Value::Object(
            entries
                .iter()
                .map(|(k, v)| (k.clone(), to_plain(v)))
                .collect::<Map<String, Value>>(),
        ),
        MergedValue::Array(items) => Value::Array(items.iter().map(|i| i.value.clone()).collect()),
        MergedValue::Scalar { value, .. } => value.clone(),
    }
}

/// Merges files given highest precedence first.
///
/// Claude Code's rules: a single value comes from the highest scope that sets
/// it, key by key; arrays are concatenated across scopes without duplicates;
/// objects (`env`, `sandbox`, `hooks`, ...) merge per key. Managed-only keys set
/// elsewhere are dropped; trust-gated project keys are held back in an
/// untrusted folder; the top-level spelling of `disableBypassPermissionsMode`
/// is reported because it was observed to do nothing.
pub fn merge(files: &[&SettingsFile], project_trusted: bool) -> Merged {
    let mut diagnostics = Vec::new();
    let mut root = MergedValue::Object(Vec::new());
    for file in files.iter().rev() {
        let filtered = filter_file(file, project_trusted, &mut diagnostics);
        merge_into(&mut root, &Value::Object(filtered), file, String::new());
    }
    Merged { root, diagnostics }
}

fn origin(file: &SettingsFile, pointer: &str) -> Origin {
    Origin {
        scope: file.scope,
        file: file.path.clone(),
        pointer: pointer.to_owned(),
        location: file.location(pointer),
    }
}

fn filter_file(
    file: &SettingsFile,
    project_trusted: bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> Map<String, Value> {
    let mut value = file.value.clone();
    if file.scope != Scope::Managed {
        for key in MANAGED_ONLY_KEYS {
            if value.remove(*key).is_some() {
                diagnostics.push(Diagnostic {
                    severity: Severity::Warning,
                    origin: origin(file, &format!("/{key}")),
                    message: format!(
                        "{key} only takes effect in managed settings; it is ignored in {} settings",
                        file.scope
                    ),
                });
            }
        }
        for pointer in MANAGED_ONLY_POINTERS {
            if remove_pointer(&mut value, pointer).is_some() {
                diagnostics.push(Diagnostic {
                    severity: Severity::Warning,
                    origin: origin(file, pointer),
                    message: format!(
                        "{} only takes effect in managed settings; it is ignored here",
                        pointer.trim_start_matches('/').replace('/', ".")
                    ),
                });
            }
        }
    }
    if file.scope == Scope::Project && !project_trusted {
        for pointer in TRUST_GATED_POINTERS {
            if remove_pointer(&mut value, pointer).is_some() {
                diagnostics.push(Diagnostic {
                    severity: Severity::Warning,
                    origin: origin(file, pointer),
                    message: format!(
                        "{} in .claude/settings.json applies only after the folder is trusted; it is held back",
                        pointer.trim_start_matches('/').replace('/', ".")
                    ),
                });
            }
        }
    }
    if matches!(file.scope, Scope::Project | Scope::Local)
        && file.get("/permissions/defaultMode").and_then(Value::as_str) == Some("auto")
    {
        remove_pointer(&mut value, "/permissions/defaultMode");
        diagnostics.push(Diagnostic {
            severity: Severity::Warning,
            origin: origin(file, "/permissions/defaultMode"),
            message: "defaultMode \"auto\" is ignored in project and local settings".into(),
        });
    }
    if value.contains_key("disableBypassPermissionsMode") {
        diagnostics.push(Diagnostic {
            severity: Severity::Warning,
            origin: origin(file, "/disableBypassPermissionsMode"),
            message: "top-level disableBypassPermissionsMode was observed to have no effect; nest it as permissions.disableBypassPermissionsMode".into(),
        });
    }
    if let Some(p) = value.get("permissions") {
        if !p.is_object() {
            diagnostics.push(Diagnostic {
                severity: Severity::Warning,
                origin: origin(file, "/permissions"),
                message: format!(
                    "permissions must be an object, not {}; it is ignored",
                    kind_name(p)
                ),
            });
        }
    }
    value
}

fn remove_pointer(map: &mut Map<String, Value>, pointer: &str) -> Option<Value> {
    let segs: Vec<&str> = pointer.split('/').skip(1).collect();
    let (last, parents) = segs.split_last()?;
    let mut cur = map;
    for p in parents {
        cur = cur.get_mut(*p)?.as_object_mut()?;
    }
    cur.remove(*last)
}

fn merge_into(target: &mut MergedValue, value: &Value, file: &SettingsFile, pointer: String) {
    match value {
        Value::Object(map) => {
            if !matches!(target, MergedValue::Object(_)) {
                *target = MergedValue::Object(Vec::new());
            }
            let MergedValue::Object(entries) = target else {
                return;
            };
            for (k, v) in map {
                let child_pointer = format!("{pointer}/{}", escape_pointer(k));
                match entries.iter_mut().find(|(ek, _)| ek == k) {
                    Some((_, existing)) => merge_into(existing, v, file, child_pointer),
                    None => {
                        let mut fresh = MergedValue::Object(Vec::new());
                        merge_into(&mut fresh, v, file, child_pointer);
                        entries.push((k.clone(), fresh));
                    }
                }
            }
        }
        Value::Array(items) => {
            if !matches!(target, MergedValue::Array(_)) {
                *target = MergedValue::Array(Vec::new());
            }
            let MergedValue::Array(existing) = target else {
                return;
            };
            for (i, item) in items.iter().enumerate() {
                let item_origin = origin(file, &format!("{pointer}/{i}"));
                // Files arrive lowest precedence first: a duplicate is
                // attributed to the highest scope that lists it.
                match existing.iter_mut().find(|e| &e.value == item) {
                    Some(e) => e.origin = item_origin,
                    None => existing.push(ArrayItem {
                        value: item.clone(),
                        origin: item_origin,
                    }),
                }
            }
        }
        scalar => {
            let new_origin = origin(file, &pointer);
            let mut overrides = Vec::new();
            if let MergedValue::Scalar {
                origin: old,
                overrides: old_overrides,
                ..
            } = target
            {
                overrides.push(old.clone());
                overrides.append(old_overrides);
            }
            *target = MergedValue::Scalar {
                value: scalar.clone(),
                origin: new_origin,
                overrides,
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(scope: Scope, text: &str) -> SettingsFile {
        SettingsFile::parse(scope, &format!("{scope}.json"), text).unwrap()
    }

    #[test]
    fn precedence_arrays_and_gates() {
        let managed = file(
            Scope::Managed,
            r#"{"model":"m","permissions":{"deny":["Bash(rm:*)"]}}"#,
        );
        let project = file(
            Scope::Project,
            r#"{"model":"p","permissions":{"allow":["Bash(ls)"],"deny":["Bash(rm:*)","Read(.env)"]},"allowManagedHooksOnly":true}"#,
        );
        let user = file(Scope::User, r#"{"model":"u","env":{"A":"1"}}"#);
        let merged = merge(&[&managed, &project, &user], false);
        assert_eq!(merged.get("/model"), Some(Value::from("m")));
        assert_eq!(
            merged.get("/permissions/deny"),
            Some(serde_json::json!(["Bash(rm:*)", "Read(.env)"]))
        );
        let MergedValue::Object(top) = &merged.root else {
            panic!()
        };
        let perms = &top.iter().find(|(k, _)| k == "permissions").unwrap().1;
        let MergedValue::Object(p) = perms else {
            panic!()
        };
        let MergedValue::Array(deny) = &p.iter().find(|(k, _)| k == "deny").unwrap().1 else {
            panic!()
        };
        assert_eq!(deny[0].origin.scope, Scope::Managed);
        assert_eq!(merged.get("/permissions/allow"), None);
        assert_eq!(merged.get("/allowManagedHooksOnly"), None);
        assert_eq!(merged.diagnostics.len(), 2);
        let trusted = merge(&[&managed, &project, &user], true);
        assert_eq!(
            trusted.get("/permissions/allow"),
            Some(serde_json::json!(["Bash(ls)"]))
        );
    }
}
