//! Property tests for the decision engine.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use agentgate_hook_input::ToolCall;
use agentgate_policy::{Decision, PermissionMode, Policy, PolicyInputs};
use agentgate_settings::{Scope, SettingsFile, Sources};
use proptest::prelude::*;
use serde_json::json;

fn inputs(scope: Scope, deny: &[String], allow: &[String], mode: PermissionMode) -> PolicyInputs {
    let text = json!({"permissions": {"deny": deny, "allow": ["Bash"]}}).to_string();
    let mut sources = Sources::default();
    let f = SettingsFile::parse(scope, "settings.json", &text).unwrap();
    match scope {
        Scope::Managed => sources.managed.push(f),
        Scope::Cli => sources.cli = Some(f),
        Scope::Local => sources.local = Some(f),
        Scope::Project => sources.project = Some(f),
        Scope::User => sources.user = Some(f),
    }
    PolicyInputs {
        sources,
        trusted: true,
        allowed_tools: allow.to_vec(),
        mode_flag: Some(mode),
        home: "/home/u".into(),
        cwd: "/home/u/p".into(),
        ..PolicyInputs::default()
    }
}

fn bash(cmd: &str) -> ToolCall {
    ToolCall {
        tool_name: "Bash".into(),
        tool_input: json!({"command": cmd}).as_object().cloned().unwrap(),
        cwd: Some("/home/u/p".into()),
        permission_mode: None,
        session_id: None,
        hook_event_name: None,
        tool_use_id: None,
    }
}

fn scope() -> impl Strategy<Value = Scope> {
    prop::sample::select(Scope::ALL.to_vec())
}

fn mode() -> impl Strategy<Value = PermissionMode> {
    prop::sample::select(vec![
        PermissionMode::Default,
        PermissionMode::AcceptEdits,
        PermissionMode::Plan,
        PermissionMode::DontAsk,
        PermissionMode::BypassPermissions,
    ])
}

/// Ways to hide a command that Claude Code still sees through for deny rules.
fn disguise() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "{}",
        "timeout 5 {}",
        "nice -n 3 {}",
        "nohup {}",
        "FOO=bar {}",
        "env A=1 {}",
        "ls && {}",
        "{} || true",
        "echo $({})",
        "( {} )",
        "{ {}; }",
        "if true; then {}; fi",
        "{} &",
        "echo x | {}",
    ])
}

proptest! {
    #[test]
    fn a_matching_deny_always_wins(
        name in "[a-z]{3,8}",
        args in "( [a-z0-9.-]{1,6}){0,3}",
        sc in scope(),
        m in mode(),
        wrap in disguise(),
    ) {
        let deny = vec![format!("Bash({name}:*)")];
        let allow = vec![format!("Bash({name}:*)"), "Bash".to_owned()];
        let policy = Policy::compile(&inputs(sc, &deny, &allow, m));
        let cmd = wrap.replace("{}", &format!("{name}{args}"));
        let v = policy.decide(&bash(&cmd));
        prop_assert_eq!(v.decision, Decision::Deny, "{:?} in {:?} mode {:?}: {}", cmd, sc, m, v.reason);
    }

    #[test]
    fn arbitrary_commands_never_panic_and_unparseable_is_never_allowed(cmd in "\\PC{0,80}") {
        let policy = Policy::compile(&inputs(Scope::User, &[], &[], PermissionMode::Default));
        let v = policy.decide(&bash(&cmd));
        if v.basis == agentgate_policy::Basis::Unparseable {
            prop_assert_ne!(v.decision, Decision::Allow);
        }
    }

    #[test]
    fn arbitrary_tool_inputs_never_panic(tool in "[A-Za-z_]{1,12}", key in "[a-z_]{1,10}", val in "\\PC{0,40}") {
        let policy = Policy::compile(&inputs(Scope::User, &["Read(./x/**)".into()], &[], PermissionMode::Default));
        let call = ToolCall {
            tool_name: tool,
            tool_input: json!({ key: val }).as_object().cloned().unwrap(),
            cwd: None,
            permission_mode: Some("weird".into()),
            session_id: None,
            hook_event_name: None,
            tool_use_id: None,
        };
        let _ = policy.decide(&call);
    }
}
