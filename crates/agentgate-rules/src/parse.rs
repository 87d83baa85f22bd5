//! Parsing rule strings into a validated AST.

use std::fmt;

use serde::Serialize;

use crate::domain::DomainPattern;
use crate::path::PathPattern;
use crate::wildcard::{BashPattern, Wildcard};

/// Which list a rule sits in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Behavior {
    /// `permissions.allow`, `--allowedTools`.
    Allow,
    /// `permissions.ask`.
    Ask,
    /// `permissions.deny`, `--disallowedTools`.
    Deny,
}

impl Behavior {
    /// The lower-case name, as used in settings files.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Allow => "allow",
            Self::Ask => "ask",
            Self::Deny => "deny",
        }
    }
}

impl fmt::Display for Behavior {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which tools a rule names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ToolSelector {
    /// One tool by name (aliases folded: `Task` is `Agent`).
    Tool(String),
    /// Every tool of one MCP server: `mcp__server` or `mcp__server__*`.
    McpServer(String),
    /// Tools of one MCP server whose name matches: `mcp__server__get_*`.
    McpToolGlob {
        /// Server name.
        server: String,
        /// Pattern over the tool part of the name.
        tool: Wildcard,
    },
    /// `*`: every tool (deny and ask only).
    AllTools,
    /// Any other tool-name glob, e.g. `mcp__*` (deny and ask only).
    NameGlob(Wildcard),
}

impl ToolSelector {
    /// Whether the selector covers a tool name.
    pub fn covers(&self, tool: &str) -> bool {
        match self {
            Self::Tool(t) => t == crate::canonical_tool(tool),
            Self::McpServer(s) => mcp_parts(tool).is_some_and(|(srv, _)| srv == s),
            Self::McpToolGlob { server, tool: pat } => mcp_parts(tool)
                .is_some_and(|(srv, t)| srv == server && t.is_some_and(|t| pat.matches(t))),
            Self::AllTools => true,
            Self::NameGlob(w) => w.matches(tool),
        }
    }
}

/// Splits `mcp__server__tool` into server and tool.
fn mcp_parts(name: &str) -> Option<(&str, Option<&str>)> {
    let rest = name.strip_prefix("mcp__")?;
    match rest.split_once("__") {
        Some((server, tool)) => Some((server, Some(tool))),
        None => Some((rest, None)),
    }
}

/// What a rule says about the tool's input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Content {
    /// No specifier: the whole tool.
    Whole,
    /// `Bash(...)`.
    Bash(BashPattern),
    /// `Read(...)` / `Edit(...)`.
    Path(PathPattern),
    /// `WebFetch(domain:...)`.
    Domain(DomainPattern),
    /// `Tool(param:value)`: a top-level scalar input parameter.
    Param {
        /// Parameter name.
        name: String,
        /// Pattern over the parameter's value as text.
        value: Wildcard,
    },
    /// `Agent(Name)`, `Skill(name *)` and other name specifiers.
    Name(BashPattern),
    /// A specifier Claude Code accepts but never consults.
    Ignored,
}

/// A parsed rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rule {
    /// The rule as written.
    pub raw: String,
    /// The tool-name part as written (`Bash`, `mcp__github__*`).
    pub tool_name: String,
    /// Which tools it names.
    pub tool: ToolSelector,
    /// What it says about the input.
    pub content: Content,
}

/// A rule that cannot be parsed at all.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RuleError {
    /// Empty string.
    #[error("empty rule; remove it or write a tool name such as \"Bash(npm test)\"")]
    Empty,
    /// `Tool(` without `)`, or text after `)`.
    #[error("rule {0:?} has unbalanced parentheses; write it as Tool or Tool(specifier)")]
    Unbalanced(String),
    /// `(...)` without a tool name.
    #[error("rule {0:?} has no tool name before '('")]
    NoToolName(String),
    /// A tool name with characters no tool has.
    #[error("rule {0:?}: tool names contain only letters, digits, '_', '-' and '*'")]
    BadToolName(String),
}

/// Why a parsed rule will not act as written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RuleWarning {
    /// Unanchored tool-name globs are skipped in allow lists.
    UnanchoredAllowGlob,
    /// `Write(...)`, `NotebookEdit(...)`, `Glob(...)`, `MultiEdit(...)` path
    /// rules are never consulted; `Edit(...)`/`Read(...)` are.
    PathRuleNeverConsulted {
        /// Which rule family is consulted instead.
        use_instead: &'static str,
    },
    /// `Tool(param:value)` is for deny and ask lists only.
    ParamRuleInAllow,
    /// Primary fields (command, file_path, ...) cannot be matched as params.
    PrimaryFieldParam {
        /// The field.
        field: String,
    },
    /// A tool name Claude Code does not know.
    UnknownTool,
    /// `WebFetch(x)` without the `domain:` prefix matches nothing.
    WebFetchWithoutDomain,
}

impl fmt::Display for RuleWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnanchoredAllowGlob => f.write_str(
                "tool-name globs in allow rules must start with a literal mcp__<server>__; this rule is skipped",
            ),
            Self::PathRuleNeverConsulted { use_instead } => write!(
                f,
                "path rules on this tool are never consulted; write {use_instead}(...) instead"
            ),
            Self::ParamRuleInAllow => {
                f.write_str("Tool(param:value) rules work only in deny and ask lists; this rule is skipped")
            }
            Self::PrimaryFieldParam { field } => write!(
                f,
                "'{field}' is a primary field and cannot be matched as param:value; this rule is skipped"
            ),
            Self::UnknownTool => f.write_str("unknown tool name; check the spelling (names are case-sensitive)"),
            Self::WebFetchWithoutDomain => {
                f.write_str("WebFetch rules take domain:HOST; this rule matches nothing")
            }
        }
    }
}

/// Built-in tool names of Claude Code 2.1.x.
const KNOWN_TOOLS: &[&str] = &[
    "Agent",
    "AskUserQuestion",
    "Bash",
    "BashOutput",
    "Cd",
    "Edit",
    "EndConversation",
    "EnterPlanMode",
    "ExitPlanMode",
    "Glob",
    "Grep",
    "KillShell",
    "LS",
    "LSP",
    "ListMcpResourcesTool",
    "Monitor",
    "MultiEdit",
    "NotebookEdit",
    "NotebookRead",
    "PowerShell",
    "Read",
    "ReadMcpResourceTool",
    "Skill",
    "SlashCommand",
    "Task",
    "TaskCreate",
    "TaskGet",
    "TaskList",
    "TaskOutput",
    "TaskStop",
    "TaskUpdate",
    "TodoWrite",
    "WebFetch",
    "WebSearch",
    "Write",
];

/// Input fields that rules match through their specifier, not as params.
const PRIMARY_FIELDS: &[&str] = &["command", "file_path", "path", "notebook_path", "url"];

/// Known scalar input parameters per tool, for `Tool(param:value)` rules.
fn known_params(tool: &str) -> &'static [&'static str] {
    match tool {
        "Bash" | "PowerShell" => &[
            "description",
            "timeout",
            "run_in_background",
            "dangerouslyDisableSandbox",
        ],
        "Agent" => &[
            "description",
            "prompt",
            "subagent_type",
            "model",
            "isolation",
            "run_in_background",
            "name",
            "team_name",
            "mode",
        ],
        "WebSearch" => &["query"],
        "WebFetch" => &["prompt"],
        "Read" => &["offset", "limit", "pages"],
        "Edit" => &["old_string", "new_string", "replace_all"],
        "Write" => &["content"],
        _ => &[],
    }
}

impl Rule {
    /// Parses one rule string.
    pub fn parse(input: &str) -> Result<Self, RuleError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(RuleError::Empty);
        }
        let (name, spec) = match s.find('(') {
            Some(open) => {
                if !s.ends_with(')') {
                    return Err(RuleError::Unbalanced(input.to_owned()));
                }
                (&s[..open], Some(&s[open + 1..s.len() - 1]))
            }
            None => {
                if s.contains(')') {
                    return Err(RuleError::Unbalanced(input.to_owned()));
                }
                (s, None)
            }
        };
        let name = name.trim();
        if name.is_empty() {
            return Err(RuleError::NoToolName(input.to_owned()));
        }
        if !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '*' | '.'))
        {
            return Err(RuleError::BadToolName(input.to_owned()));
        }
        let tool = tool_selector(name);
        let canonical = crate::canonical_tool(name).to_owned();
        // `Tool(*)` means the whole tool; `Tool()` matches nothing (observed:
        // a `Bash()` deny does not stop `ls`).
        let spec = spec.filter(|sp| sp.trim() != "*");
        let content = match spec {
            None => Content::Whole,
            Some(sp) => content_for(&canonical, sp),
        };
        Ok(Self {
            raw: input.to_owned(),
            tool_name: name.to_owned(),
            tool,
            content,
        })
    }

    /// Why this rule, in this list, will not act as written; empty if it will.
    pub fn warnings(&self, behavior: Behavior) -> Vec<RuleWarning> {
        let mut out = Vec::new();
        match &self.tool {
            ToolSelector::AllTools | ToolSelector::NameGlob(_) if behavior == Behavior::Allow => {
                out.push(RuleWarning::UnanchoredAllowGlob)
            }
            ToolSelector::Tool(t) if !KNOWN_TOOLS.contains(&t.as_str()) => {
                out.push(RuleWarning::UnknownTool)
            }
            _ => {}
        }
        match &self.content {
            Content::Ignored => {
                if self.tool_name == "WebFetch" {
                    out.push(RuleWarning::WebFetchWithoutDomain);
                } else {
                    out.push(RuleWarning::PathRuleNeverConsulted {
                        use_instead: if self.tool_name == "Glob" {
                            "Read"
                        } else {
                            "Edit"
                        },
                    });
                }
            }
            Content::Param { name, .. } => {
                if PRIMARY_FIELDS.contains(&name.as_str()) {
                    out.push(RuleWarning::PrimaryFieldParam {
                        field: name.clone(),
                    });
                } else if behavior == Behavior::Allow {
                    out.push(RuleWarning::ParamRuleInAllow);
                }
            }
            _ => {}
        }
        out
    }

    /// Whether the rule is effective in this list (no skipping warning).
    pub fn is_effective(&self, behavior: Behavior) -> bool {
        !self.warnings(behavior).iter().any(|w| {
            matches!(
                w,
                RuleWarning::UnanchoredAllowGlob
                    | RuleWarning::ParamRuleInAllow
                    | RuleWarning::PrimaryFieldParam { .. }
                    | RuleWarning::PathRuleNeverConsulted { .. }
                    | RuleWarning::WebFetchWithoutDomain
            )
        })
    }
}

fn tool_selector(name: &str) -> ToolSelector {
    if name == "*" {
        return ToolSelector::AllTools;
    }
    if let Some(rest) = name.strip_prefix("mcp__") {
        match rest.split_once("__") {
            Some((server, tool)) if !server.contains('*') => {
                if tool.is_empty() || tool == "*" {
                    return ToolSelector::McpServer(server.to_owned());
                }
                if tool.contains('*') {
                    return ToolSelector::McpToolGlob {
                        server: server.to_owned(),
                        tool: Wildcard::new(tool),
                    };
                }
                return ToolSelector::Tool(name.to_owned());
            }
            None if !rest.contains('*') && !rest.is_empty() => {
                return ToolSelector::McpServer(rest.to_owned())
            }
            _ => return ToolSelector::NameGlob(Wildcard::new(name)),
        }
    }
    if name.contains('*') {
        return ToolSelector::NameGlob(Wildcard::new(name));
    }
    ToolSelector::Tool(crate::canonical_tool(name).to_owned())
}

fn content_for(tool: &str, spec: &str) -> Content {
    // For Bash, `X:*` is the legacy prefix form even when X is also a
    // parameter name (observed: `Bash(timeout:*)` allows `timeout 5 touch x`).
    let bash_prefix =
        matches!(tool, "Bash" | "PowerShell" | "Monitor") && spec.trim_end().ends_with(":*");
    // `param:value` for a known non-primary parameter, or a primary field.
    if let Some((param, value)) = spec.split_once(':').filter(|_| !bash_prefix) {
        let p = param.trim();
        if known_params(tool).contains(&p) || (PRIMARY_FIELDS.contains(&p) && tool != "Bash") {
            return Content::Param {
                name: p.to_owned(),
                value: Wildcard::new(value.trim()),
            };
        }
    }
    match tool {
        "Bash" | "PowerShell" | "Monitor" => Content::Bash(BashPattern::new(spec)),
        "Read" | "Edit" => Content::Path(PathPattern::new(spec)),
        "Write" | "NotebookEdit" | "Glob" | "MultiEdit" | "Grep" => Content::Ignored,
        "WebFetch" => match spec.trim().strip_prefix("domain:") {
            Some(d) => Content::Domain(DomainPattern::new(d)),
            None => Content::Ignored,
        },
        _ => Content::Name(BashPattern::new(spec)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_forms() {
        let r = Rule::parse("Bash(git push:*)").unwrap();
        assert!(matches!(r.content, Content::Bash(_)));
        assert_eq!(r.tool, ToolSelector::Tool("Bash".into()));
        let r = Rule::parse("Bash(run_in_background:true)").unwrap();
        assert!(matches!(r.content, Content::Param { .. }));
        assert_eq!(r.warnings(Behavior::Allow), [RuleWarning::ParamRuleInAllow]);
        let r = Rule::parse("mcp__github").unwrap();
        assert_eq!(r.tool, ToolSelector::McpServer("github".into()));
        assert!(r.tool.covers("mcp__github__create_issue"));
        let r = Rule::parse("mcp__github__get_*").unwrap();
        assert!(r.tool.covers("mcp__github__get_issue"));
        assert!(!r.tool.covers("mcp__github__create_issue"));
        assert!(r.is_effective(Behavior::Allow));
        let r = Rule::parse("mcp__*").unwrap();
        assert!(!r.is_effective(Behavior::Allow));
        assert!(r.is_effective(Behavior::Deny));
        let r = Rule::parse("Write(./x/**)").unwrap();
        assert_eq!(r.content, Content::Ignored);
        assert!(!r.is_effective(Behavior::Deny));
        let r = Rule::parse("Task(Explore)").unwrap();
        assert_eq!(r.tool, ToolSelector::Tool("Agent".into()));
        assert_eq!(Rule::parse("Bash(*)").unwrap().content, Content::Whole);
        assert!(Rule::parse("Bash(ls").is_err());
        assert!(Rule::parse("(ls)").is_err());
        assert!(Rule::parse("  ").is_err());
        assert_eq!(
            Rule::parse("Bahs").unwrap().warnings(Behavior::Deny),
            [RuleWarning::UnknownTool]
        );
    }
}
