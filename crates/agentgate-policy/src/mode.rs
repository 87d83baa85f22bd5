//! Permission modes.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

/// Claude Code's permission modes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum PermissionMode {
    /// Reads only run without asking (UI label "Manual"; alias `manual`).
    #[serde(rename = "default")]
    Default,
    /// Also file edits and common filesystem commands in the working directories.
    #[serde(rename = "acceptEdits")]
    AcceptEdits,
    /// Read-only planning; with auto mode during plan a classifier reviews commands.
    #[serde(rename = "plan")]
    Plan,
    /// A classifier model reviews every action.
    #[serde(rename = "auto")]
    Auto,
    /// Only pre-approved actions run; everything that would prompt is denied.
    #[serde(rename = "dontAsk")]
    DontAsk,
    /// Everything runs except what deny and ask rules catch.
    #[serde(rename = "bypassPermissions")]
    BypassPermissions,
}

impl PermissionMode {
    /// Claude Code's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Default => "default",
            Self::AcceptEdits => "acceptEdits",
            Self::Plan => "plan",
            Self::Auto => "auto",
            Self::DontAsk => "dontAsk",
            Self::BypassPermissions => "bypassPermissions",
        }
    }
}

impl fmt::Display for PermissionMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An unknown mode name.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("unknown permission mode {0:?}; use default, acceptEdits, plan, auto, dontAsk or bypassPermissions")]
pub struct UnknownMode(pub String);

impl FromStr for PermissionMode {
    type Err = UnknownMode;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s {
            "default" | "manual" => Self::Default,
            "acceptEdits" => Self::AcceptEdits,
            "plan" => Self::Plan,
            "auto" => Self::Auto,
            "dontAsk" => Self::DontAsk,
            "bypassPermissions" => Self::BypassPermissions,
            other => return Err(UnknownMode(other.to_owned())),
        })
    }
}
