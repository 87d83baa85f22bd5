//! Any string as a permission rule: parsing and matching never panic.
#![no_main]

use agentgate_rules::{Behavior, Content, PathRoots, Rule};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (rule_text, subject) = text.split_once('\n').unwrap_or((text, "ls -la"));
    let Ok(rule) = Rule::parse(rule_text) else { return };
    for b in [Behavior::Allow, Behavior::Ask, Behavior::Deny] {
        let _ = rule.warnings(b);
        let _ = rule.is_effective(b);
    }
    let _ = rule.tool.covers(subject);
    match &rule.content {
        Content::Bash(p) | Content::Name(p) => {
            let _ = p.matches(subject);
            let _ = p.required_literal();
            let _ = p.command_key();
        }
        Content::Path(p) => {
            let roots = PathRoots { home: "/h", cwd: "/h/p", settings_root: "/h/.claude" };
            let _ = p.globs(&roots, Behavior::Deny);
        }
        Content::Domain(d) => {
            let _ = d.matches(subject);
        }
        Content::Param { value, .. } => {
            let _ = value.matches(subject);
        }
        Content::Whole | Content::Ignored => {}
    }
});
