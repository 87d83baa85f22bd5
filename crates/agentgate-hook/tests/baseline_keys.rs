//! Regression (issue 11): the baseline's `Read(~/.ssh/id_*)` also matched
//! public keys, so reading `~/.ssh/id_ed25519.pub` (to paste it into a
//! forge) was denied. Private keys, under their usual and custom names,
//! stay denied, by the file tools and by Bash.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use agentgate_hook::{handle, Answer, HookEnv};
use agentgate_orgpolicy::OrgPolicy;
use agentgate_session::SessionStore;
use serde_json::json;

fn answer(tool: &str, input: serde_json::Value) -> Answer {
    let policy = OrgPolicy::baseline().unwrap();
    let state = tempfile::tempdir().unwrap();
    let sessions = SessionStore::new(state.path());
    let env = HookEnv {
        home: "/home/dev".into(),
        project_dir: Some("/home/dev/project".into()),
        guarded: Vec::new(),
        environment: Vec::new(),
        environment_unknown: Vec::new(),
    };
    let input = json!({
        "hook_event_name": "PreToolUse",
        "session_id": "keys",
        "cwd": "/home/dev/project",
        "tool_name": tool,
        "tool_input": input,
    });
    handle(input.as_object().unwrap(), &policy, &env, &sessions).answer
}

#[test]
fn public_keys_can_be_read() {
    for f in [
        "~/.ssh/id_ed25519.pub",
        "~/.ssh/id_rsa.pub",
        "/home/dev/.ssh/id_ecdsa_sk.pub",
        "~/.ssh/work_rsa.pub",
    ] {
        assert_eq!(
            answer("Read", json!({"file_path": f})),
            Answer::Defer,
            "Read {f}"
        );
        assert_eq!(
            answer("Bash", json!({"command": format!("cat {f}")})),
            Answer::Defer,
            "cat {f}"
        );
    }
}

#[test]
fn private_keys_stay_denied() {
    for f in [
        "~/.ssh/id_ed25519",
        "~/.ssh/id_rsa",
        "~/.ssh/id_ecdsa_sk",
        "/home/dev/.ssh/id_dsa",
        "~/.ssh/github_ed25519",
        "~/.ssh/deploy.pem",
    ] {
        assert_eq!(
            answer("Read", json!({"file_path": f})),
            Answer::Deny,
            "Read {f}"
        );
        assert_eq!(
            answer("Bash", json!({"command": format!("cat {f}")})),
            Answer::Deny,
            "cat {f}"
        );
    }
    // A custom name the managed rules do not list is still the risk
    // engine's: denied by the hook.
    assert_eq!(
        answer("Bash", json!({"command": "cat ~/.ssh/id_test"})),
        Answer::Deny
    );
}
