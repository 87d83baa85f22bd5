//! Sub-command words that write an MCP server or skills into the coding
//! agents' configuration: `railway mcp install`, `railway skills install
//! --agent claude-code`, `railway setup agent`, `fly mcp launch ...
//! --claude`. The agents' tools and instructions change without review
//! (an MCP server is a program the agent runs with the developer's
//! rights; a skill is instructions and scripts it follows), so such a
//! call is asked about whatever client makes it (hostdocs parts 0-3,
//! session 62: every one passed, because railway had no row for them).
//!
//! Clients spell it a noun for what is installed, then a verb
//! (`mcp install`, `skills add`, `mcp:add`), or a verb joined to the
//! noun (`install-mcp`), or set-up of the agents themselves (`setup
//! agent`). Package managers (`pip install mcp`, `uv add mcp`) install a
//! library of that name and are exempt from the generic client rules.

/// Nouns for what a client installs into a coding agent.
pub const AGENT_SETUP_NOUNS: &[&str] = &[
    "mcp",
    "mcps",
    "mcp-server",
    "mcp-servers",
    "skill",
    "skills",
];

/// Verbs that install or change one.
pub const AGENT_SETUP_VERBS: &[&str] = &[
    "install",
    "add",
    "setup",
    "configure",
    "register",
    "init",
    "update",
    "sync",
    "enable",
    "launch",
];

/// Verbs that set up the coding agents themselves, before `agent` or
/// `agents` (`railway setup agent`: skills, MCP and sign-in at once).
pub const AGENT_SETUP_AGENT_VERBS: &[&str] = &["setup", "configure"];

/// The index of the word among `words` (a client's leading sub-command
/// words, options left out) that installs an MCP server or skills into
/// the coding agents, if any.
pub fn configures_agents(words: &[&str]) -> Option<usize> {
    let noun = |w: &str| AGENT_SETUP_NOUNS.contains(&w);
    let verb = |w: &str| AGENT_SETUP_VERBS.contains(&w);
    let lower: Vec<String> = words.iter().map(|w| w.to_ascii_lowercase()).collect();
    for (i, w) in lower.iter().enumerate() {
        let next = lower.get(i + 1).map(String::as_str);
        // Joined: `mcp:install`, `skills:add`, `install-mcp`, `add-skill`.
        let parts: Vec<&str> = w.split([':', '-']).collect();
        if let [a, b] = parts.as_slice() {
            if noun(a) && verb(b) || verb(a) && noun(b) {
                return Some(i);
            }
        }
        if noun(w) && next.is_some_and(verb) {
            return Some(i + 1);
        }
        if AGENT_SETUP_AGENT_VERBS.contains(&w.as_str())
            && next.is_some_and(|n| matches!(n, "agent" | "agents"))
        {
            return Some(i + 1);
        }
    }
    None
}

/// Commands the risk engine must ask about, and commands it must leave
/// clean, under the generic rule.
pub const AGENT_SETUP_EXAMPLES: (&[&str], &[&str]) = (
    &[
        "railway mcp install",
        "railway mcp install --agent cursor",
        "railway skills install --agent claude-code --agent copilot",
        "railway skills update",
        "railway setup agent --remote",
        "acmecli mcp:add github",
        "acmecli install-mcp --client claude",
    ],
    &[
        "railway mcp",
        "railway mcp proxy",
        "acmecli mcp list",
        "acmecli skills list",
        "pip install mcp",
        "uv add mcp",
        "acmecli agent -p \"list my services\"",
    ],
);

#[cfg(test)]
mod tests {
    use super::configures_agents;

    #[test]
    fn words_that_configure_agents() {
        for (words, at) in [
            (&["mcp", "install"][..], Some(1)),
            (&["skills", "add", "pdf"][..], Some(1)),
            (&["setup", "agent"][..], Some(1)),
            (&["mcp:add"][..], Some(0)),
            (&["install-mcp"][..], Some(0)),
            (&["mcp"][..], None),
            (&["mcp", "proxy"][..], None),
            (&["agent", "setup"][..], None),
            (&["install", "mcp"][..], None),
        ] {
            assert_eq!(configures_agents(words), at, "{words:?}");
        }
    }
}
