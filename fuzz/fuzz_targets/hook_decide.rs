//! Any bytes as a hook event: the full hook decision never panics, and a
//! malformed PreToolUse input is never allowed.
#![no_main]

use agentgate_hook::{handle, parse_input, Answer, HookEnv};
use agentgate_orgpolicy::OrgPolicy;
use agentgate_session::SessionStore;
use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: agentgate_fuzz::install_panic_hook(),
    |data: &[u8]| {
    let Ok(policy) = OrgPolicy::baseline() else { return };
    let Ok(input) = parse_input(data, 1 << 20) else { return };
    let dir = std::env::temp_dir().join("agentgate-fuzz-sessions");
    let sessions = SessionStore::new(&dir);
    let env = HookEnv {
        home: "/home/dev".into(),
        project_dir: Some("/home/dev/project".into()),
        guarded: vec![("/home/dev/.local/state/agentgate".into(), "state".into())],
        // Variables a `$NAME` in the command may stand for.
        environment: vec![
            ("BUILD_CMD".into(), "cargo".into()),
            ("NUKE".into(), "rm -rf /home/dev".into()),
        ],
        environment_unknown: vec!["GITHUB_TOKEN".into()],
    };
    let out = handle(&input, &policy, &env, &sessions);
    assert!(out.answer != Answer::Allow, "the baseline has no allow rules, so nothing is allowed");
});
