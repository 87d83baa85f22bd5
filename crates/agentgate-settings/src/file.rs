//! One settings file: strict parsing and value locations.

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use serde::Serialize;
use serde_json::{Map, Value};

/// Largest settings file read (Claude Code caps `--settings` at 2 MiB).
pub const MAX_SETTINGS_BYTES: usize = 2 * 1024 * 1024;

/// A settings scope, in Claude Code's precedence order (highest first).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// `managed-settings.json` and `managed-settings.d/*.json`.
    Managed,
    /// `--settings FILE` (and `--allowedTools`/`--disallowedTools`, which are
    /// reported as scope `cli` with no file).
    Cli,
    /// `.claude/settings.local.json`.
    Local,
    /// `.claude/settings.json`.
    Project,
    /// `~/.claude/settings.json`.
    User,
}

impl Scope {
    /// All scopes, highest precedence first.
    pub const ALL: [Scope; 5] = [
        Self::Managed,
        Self::Cli,
        Self::Local,
        Self::Project,
        Self::User,
    ];

    /// Short name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Managed => "managed",
            Self::Cli => "cli",
            Self::Local => "local",
            Self::Project => "project",
            Self::User => "user",
        }
    }

    /// The name Claude Code uses in hooks and telemetry.
    pub fn claude_source_name(self) -> &'static str {
        match self {
            Self::Managed => "policySettings",
            Self::Cli => "flagSettings",
            Self::Local => "localSettings",
            Self::Project => "projectSettings",
            Self::User => "userSettings",
        }
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A position in a settings file (1-based).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Location {
    /// Line.
    pub line: u32,
    /// Column (in characters).
    pub column: u32,
}

/// A settings file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    /// The file exists but cannot be read.
    #[error(
        "cannot read settings file {path}: {source}; check that it is a readable regular file"
    )]
    Io {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// The file is larger than [`MAX_SETTINGS_BYTES`].
    #[error("settings file {path} is {size} bytes, over the {max}-byte limit Claude Code accepts")]
    TooLarge {
        /// The file.
        path: String,
        /// Its size.
        size: u64,
        /// The limit.
        max: usize,
    },
    /// Not strict JSON.
    #[error("settings file {path} is not valid JSON at line {line}, column {column}: {message}. Claude Code ignores the whole file; fix it (strict JSON: no comments, no trailing commas)")]
    Syntax {
        /// The file.
        path: String,
        /// Line (1-based).
        line: u32,
        /// Column (1-based).
        column: u32,
        /// What is wrong.
        message: String,
    },
    /// Valid JSON, but not an object.
    #[error(
        "settings file {path} must hold a JSON object ({{...}}) at the top level, not {found}"
    )]
    NotAnObject {
        /// The file.
        path: String,
        /// What it holds.
        found: &'static str,
    },
}

impl SettingsError {
    /// The file the error is about.
    pub fn path(&self) -> &str {
        match self {
            Self::Io { path, .. }
            | Self::TooLarge { path, .. }
            | Self::Syntax { path, .. }
            | Self::NotAnObject { path, .. } => path,
        }
    }
}

/// One loaded settings file.
#[derive(Clone, Debug)]
pub struct SettingsFile {
    /// Its scope.
    pub scope: Scope,
    /// Where it was read from (as given, for display).
    pub path: String,
    /// Its content.
    pub value: Map<String, Value>,
    /// Start of every value, by JSON pointer (`/permissions/allow/0`).
    locations: HashMap<String, Location>,
}

impl SettingsFile {
    /// Reads and parses a file. `Ok(None)` when it does not exist.
    pub fn read(scope: Scope, path: &Path) -> Result<Option<Self>, SettingsError> {
        let display = path.display().to_string();
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => {
                return Err(SettingsError::Io {
                    path: display,
                    source,
                })
            }
        };
        if meta.len() > MAX_SETTINGS_BYTES as u64 {
            return Err(SettingsError::TooLarge {
                path: display,
                size: meta.len(),
                max: MAX_SETTINGS_BYTES,
            });
        }
        let bytes = std::fs::read(path).map_err(|source| SettingsError::Io {
            path: display.clone(),
            source,
        })?;
        let text = String::from_utf8(bytes).map_err(|e| SettingsError::Syntax {
            path: display.clone(),
            line: 1,
            column: 1,
            message: format!("not UTF-8 ({e})"),
        })?;
        Self::parse(scope, &display, &text).map(Some)
    }

    /// Parses settings text.
    pub fn parse(scope: Scope, path: &str, text: &str) -> Result<Self, SettingsError> {
        if text.len() > MAX_SETTINGS_BYTES {
            return Err(SettingsError::TooLarge {
                path: path.to_owned(),
                size: text.len() as u64,
                max: MAX_SETTINGS_BYTES,
            });
        }
        // serde_json is strict (as Claude Code is) and bounds nesting depth,
        // so hostile input becomes an error rather than a stack overflow.
        let value: Value = serde_json::from_str(text).map_err(|e| SettingsError::Syntax {
            path: path.to_owned(),
            line: u32::try_from(e.line()).unwrap_or(u32::MAX),
            column: u32::try_from(e.column()).unwrap_or(u32::MAX),
            message: strip_position(&e.to_string()),
        })?;
        let Value::Object(map) = value else {
            return Err(SettingsError::NotAnObject {
                path: path.to_owned(),
                found: kind_name(&value),
            });
        };
        Ok(Self {
            scope,
            path: path.to_owned(),
            locations: locate_all(text),
            value: map,
        })
    }

    /// Builds a file from a value (for values given on the command line).
    pub fn from_value(scope: Scope, path: &str, value: Map<String, Value>) -> Self {
        Self {
            scope,
            path: path.to_owned(),
            value,
            locations: HashMap::new(),
        }
    }

    /// Where the value at a JSON pointer starts.
    pub fn location(&self, pointer: &str) -> Option<Location> {
        self.locations.get(pointer).copied()
    }

    /// The value at a JSON pointer.
    pub fn get(&self, pointer: &str) -> Option<&Value> {
        let mut parts = pointer.split('/').skip(1);
        let first = parts.next()?;
        let mut cur = self.value.get(&unescape_pointer(first))?;
        for p in parts {
            cur = match cur {
                Value::Object(m) => m.get(&unescape_pointer(p))?,
                Value::Array(a) => a.get(p.parse::<usize>().ok()?)?,
                _ => return None,
            };
        }
        Some(cur)
    }
}

/// Escapes one JSON-pointer segment.
pub(crate) fn escape_pointer(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

fn unescape_pointer(segment: &str) -> String {
    segment.replace("~1", "/").replace("~0", "~")
}

fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

pub(crate) fn kind_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Maps every value's JSON pointer to its position. Runs only on text that
/// serde_json accepted, so its depth is bounded.
fn locate_all(text: &str) -> HashMap<String, Location> {
    use jsonc_parser::common::Ranged;
    let mut out = HashMap::new();
    let parsed = jsonc_parser::parse_to_ast(
        text,
        &jsonc_parser::CollectOptions::default(),
        &jsonc_parser::ParseOptions::default(),
    );
    let Ok(parsed) = parsed else { return out };
    let Some(root) = parsed.value else { return out };
    let lines = LineIndex::new(text);
    let mut stack: Vec<(String, &jsonc_parser::ast::Value<'_>)> = vec![(String::new(), &root)];
    while let Some((pointer, value)) = stack.pop() {
        out.insert(pointer.clone(), lines.location(value.range().start));
        match value {
            jsonc_parser::ast::Value::Object(o) => {
                for p in &o.properties {
                    let name = p.name.as_str();
                    stack.push((format!("{pointer}/{}", escape_pointer(name)), &p.value));
                }
            }
            jsonc_parser::ast::Value::Array(a) => {
                for (i, e) in a.elements.iter().enumerate() {
                    stack.push((format!("{pointer}/{i}"), e));
                }
            }
            _ => {}
        }
    }
    out
}

struct LineIndex<'t> {
    text: &'t str,
    starts: Vec<usize>,
}

impl<'t> LineIndex<'t> {
    fn new(text: &'t str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Self { text, starts }
    }

    fn location(&self, byte: usize) -> Location {
        let line = self
            .starts
            .partition_point(|&s| s <= byte)
            .saturating_sub(1);
        let start = self.starts.get(line).copied().unwrap_or(0);
        let column = self
            .text
            .get(start..byte)
            .map(|s| s.chars().count())
            .unwrap_or(0);
        Location {
            line: u32::try_from(line + 1).unwrap_or(u32::MAX),
            column: u32::try_from(column + 1).unwrap_or(u32::MAX),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_values() {
        let text = "{\n  \"permissions\": {\n    \"allow\": [\n      \"Bash(ls)\",\n      \"Read\"\n    ]\n  }\n}\n";
        let f = SettingsFile::parse(Scope::User, "u.json", text).unwrap();
        assert_eq!(
            f.location("/permissions/allow/1"),
            Some(Location { line: 5, column: 7 })
        );
        assert_eq!(
            f.get("/permissions/allow/0").and_then(Value::as_str),
            Some("Bash(ls)")
        );
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        let err = SettingsFile::parse(Scope::User, "u.json", "{\n  \"a\": 1,\n}\n").unwrap_err();
        match err {
            SettingsError::Syntax { line, column, .. } => assert_eq!((line, column), (3, 1)),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            SettingsFile::parse(Scope::User, "u.json", "[1]"),
            Err(SettingsError::NotAnObject { .. })
        ));
        let deep = "[".repeat(10_000);
        assert!(SettingsFile::parse(Scope::User, "u.json", &deep).is_err());
    }
}
