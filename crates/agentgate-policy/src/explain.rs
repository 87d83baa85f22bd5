//! Explanations for people: the deciding rule and the rules that lost.

use agentgate_hook_input::ToolCall;
use agentgate_rules::{Behavior, Content};
use serde::Serialize;

use crate::compile::{Policy, PolicyInputs};
use crate::decide::{RuleRef, Verdict};

/// A rule that matched the call, and what became of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Considered {
    /// The rule.
    pub rule: RuleRef,
    /// `decided`, `lost` or `inactive`.
    pub status: &'static str,
    /// Why.
    pub why: String,
}

/// A verdict with the rules around it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Explanation {
    /// The decision.
    pub verdict: Verdict,
    /// Every rule that matched the call, in evaluation order.
    pub considered: Vec<Considered>,
}

impl Policy {
    /// Decides the call and lists every rule that matched it: the one that
    /// decided, those that lost (and to what), and those that are inactive.
    pub fn explain(&self, inputs: &PolicyInputs, call: &ToolCall) -> Explanation {
        let verdict = self.decide(call);
        let mode = verdict.mode;
        let mut considered = Vec::new();
        // For Bash, each sub-command is also tried on its own, so that an
        // allow rule matching one part of a compound command shows up.
        let mut calls = vec![call.clone()];
        if let Some(cmd) = call
            .tool_input
            .get("command")
            .and_then(serde_json::Value::as_str)
        {
            if let Ok(a) = agentgate_shell::analyze(cmd, &agentgate_shell::Limits::default()) {
                if a.commands.len() > 1 {
                    for c in a.commands.iter().filter(|c| !c.text.is_empty()) {
                        let mut sub = call.clone();
                        sub.tool_input
                            .insert("command".into(), serde_json::Value::String(c.text.clone()));
                        calls.push(sub);
                    }
                }
            }
        }
        // Evaluate each rule alone: a policy holding just that rule (active)
        // decides by that rule iff the rule matches the call.
        for (idx, pr) in self.rules.iter().enumerate() {
            let alone = self.single_rule_policy(inputs, idx);
            let matched = calls.iter().any(|c| {
                let v = alone.decide(c);
                v.rule
                    .as_ref()
                    .is_some_and(|r| r.rule == pr.rule.raw && r.list == pr.behavior)
            });
            if !matched {
                continue;
            }
            let rule = RuleRef::of(pr);
            let (status, why) = if let Some(reason) = &pr.inactive {
                ("inactive", reason.clone())
            } else if verdict.rule.as_ref() == Some(&rule) {
                (
                    "decided",
                    format!(
                        "{} wins: deny is checked before ask, ask before allow, across all scopes",
                        pr.behavior
                    ),
                )
            } else {
                ("lost", lost_reason(pr.behavior, &verdict, mode))
            };
            considered.push(Considered { rule, status, why });
        }
        considered.sort_by_key(|c| match c.rule.list {
            Behavior::Deny => 0,
            Behavior::Ask => 1,
            Behavior::Allow => 2,
        });
        Explanation {
            verdict,
            considered,
        }
    }

    fn single_rule_policy(&self, inputs: &PolicyInputs, idx: usize) -> Policy {
        let mut one = Policy::compile(&PolicyInputs {
            sources: Default::default(),
            allowed_tools: Vec::new(),
            disallowed_tools: Vec::new(),
            ..inputs.clone()
        });
        if let Some(pr) = self.rules.get(idx) {
            let mut pr = pr.clone();
            pr.inactive = None;
            if matches!(pr.rule.content, Content::Ignored) {
                return one;
            }
            one.rules = vec![pr];
            one.lists = Default::default();
            one.rebuild(inputs);
        }
        one.mode = self.mode;
        one.mode_from_flag = self.mode_from_flag;
        one.bypass_disabled = self.bypass_disabled.clone();
        one.auto_mode_during_plan = self.auto_mode_during_plan;
        one.workdirs = self.workdirs.clone();
        one
    }
}

fn lost_reason(b: Behavior, verdict: &Verdict, mode: crate::mode::PermissionMode) -> String {
    match (&verdict.rule, b) {
        (Some(winner), _) if winner.list == b => format!(
            "{} rule {:?} ({}) comes first",
            winner.list,
            winner.rule,
            winner.where_written()
        ),
        (Some(winner), _) => format!(
            "{} rule {:?} ({}) wins: deny beats ask beats allow",
            winner.list,
            winner.rule,
            winner.where_written()
        ),
        (None, Behavior::Allow) => format!(
            "a built-in check overrides allow rules here ({}; mode {mode})",
            verdict.reason
        ),
        (None, _) => format!("decided by: {}", verdict.reason),
    }
}
