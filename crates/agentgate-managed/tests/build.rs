//! `policy build`: the baseline compiles to a managed-settings.json that
//! Claude Code reads as intended; mistakes are refused with file and line.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use agentgate_managed::{build, schema, BuildError, SETTINGS_FILE};
use agentgate_orgpolicy::Deployment;
use serde_json::json;

fn built(text: &str) -> Result<agentgate_managed::Build, BuildError> {
    build(&Deployment::parse(text, "agentgate.toml")?)
}

fn problems(text: &str) -> Vec<String> {
    match built(text) {
        Err(BuildError::Invalid(p)) => p
            .into_iter()
            .map(|p| format!("{}: {}", p.at, p.what))
            .collect(),
        Err(e) => vec![e.to_string()],
        Ok(b) => panic!("built: {}", agentgate_managed::render(&b.settings)),
    }
}

#[test]
fn the_template_builds_the_secure_baseline_deterministically() {
    let template = agentgate_orgpolicy::template();
    let a = built(&template).unwrap();
    let b = built(&template).unwrap();
    assert_eq!(a.files(), b.files(), "byte-identical builds");
    let s = &a.settings;
    // The lock works only nested under permissions (observed); the
    // top-level spelling must not appear.
    assert_eq!(
        s["permissions"]["disableBypassPermissionsMode"],
        json!("disable")
    );
    assert!(s.get("disableBypassPermissionsMode").is_none());
    assert_eq!(s["permissions"]["defaultMode"], json!("acceptEdits"));
    assert_eq!(s["allowManagedHooksOnly"], json!(true));
    assert_eq!(s["allowManagedMcpServersOnly"], json!(true));
    assert_eq!(s["enableAllProjectMcpServers"], json!(false));
    assert_eq!(s["allowedMcpServers"], json!([]));
    assert!(s["permissions"]["deny"]
        .as_array()
        .unwrap()
        .contains(&json!("Read(~/.ssh/*_ed25519)")));
    assert!(s["permissions"]["allow"]
        .as_array()
        .unwrap()
        .contains(&json!("WebFetch(domain:docs.rs)")));
    for t in ["curl", "wget", "nc", "ssh", "scp"] {
        assert!(
            s["permissions"]["ask"]
                .as_array()
                .unwrap()
                .contains(&json!(format!("Bash({t}:*)"))),
            "{t}"
        );
    }
    assert_eq!(s["env"]["CLAUDE_CODE_ENABLE_TELEMETRY"], json!("1"));
    assert_eq!(s["env"]["OTEL_LOG_TOOL_DETAILS"], json!("1"));
    assert_eq!(s["env"]["HTTPS_PROXY"], json!("http://127.0.0.1:3128"));
    assert_eq!(
        s["hooks"]["PreToolUse"][0]["hooks"][0]["command"],
        json!(
            "/usr/local/bin/agentgate-hook --policy /etc/agentgate/policy.toml --state-dir '~/.local/state/agentgate'"
        )
    );
    // Pinned in the managed env too: no project `env` can move them.
    assert_eq!(
        s["env"]["AGENTGATE_POLICY"],
        json!("/etc/agentgate/policy.toml")
    );
    assert_eq!(
        s["env"]["AGENTGATE_STATE_DIR"],
        json!("~/.local/state/agentgate")
    );
    assert!(s["hooks"]["SessionStart"][0].get("matcher").is_none());
    assert!(schema::check(s).is_empty());
    assert!(a.mcp.is_none(), "no managed servers in the baseline");
    let files = a.files();
    assert_eq!(files[0].0, SETTINGS_FILE);
    insta::assert_snapshot!("baseline_managed_settings", files[0].1);
}

#[test]
fn a_file_with_only_some_sections_takes_the_rest_from_the_baseline() {
    let b = built("[permissions]\ndeny = [\"Read(./.env)\"]\n").unwrap();
    assert_eq!(b.settings["permissions"]["deny"], json!(["Read(./.env)"]));
    assert_eq!(
        b.settings["permissions"]["defaultMode"],
        json!("acceptEdits")
    );
}

#[test]
fn loose_modes_bad_values_and_misplaced_keys_name_the_line() {
    let p = problems("[claude]\ndefault_mode = \"bypassPermissions\"\ndisable_bypass_permissions = true\ndisable_auto_mode = true\nmanaged_permission_rules_only = false\nmanaged_hooks_only = true\n");
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].starts_with(
            "agentgate.toml:2: default_mode \"bypassPermissions\" is looser than acceptEdits"
        ),
        "{p:?}"
    );

    let p = problems("[claude]\ndefault_mode = \"plan\"\ndisable_bypass_permissions = true\ndisable_auto_mode = true\nmanaged_permission_rules_only = false\nmanaged_hooks_only = true\n[claude.settings]\ncleanupPeriodDays = 30\ndisableBypassPermissionsMode = \"disable\"\nenv = { A = \"1\" }\nfeedbackSurveyRate = 3\n");
    assert_eq!(p.len(), 3, "{p:?}");
    assert!(p.iter().any(|x| x.starts_with("agentgate.toml:9: `disableBypassPermissionsMode` does nothing here; write permissions.disableBypassPermissionsMode")), "{p:?}");
    assert!(
        p.iter().any(|x| x
            .starts_with("agentgate.toml:10: `env` is compiled from the policy's own sections")),
        "{p:?}"
    );
    assert!(
        p.iter()
            .any(|x| x
                .starts_with("agentgate.toml:11: `feedbackSurveyRate` takes a number from 0 to 1")),
        "{p:?}"
    );

    // Unknown keys in the policy's own sections: the TOML error names the line.
    let p = problems("[claude]\ndefault_mod = \"plan\"\n");
    assert!(
        p[0].contains("agentgate.toml") && p[0].contains("line 2") && p[0].contains("default_mod"),
        "{p:?}"
    );
    let p = problems("[telemetry]\nenabled = true\nendpoint = \"collector:4318\"\n");
    assert!(
        p[0].starts_with("agentgate.toml:3: endpoint \"collector:4318\" is not an http(s) URL"),
        "{p:?}"
    );
    let p = problems("[network]\n\n[telemetry]\nenabled = true\n");
    assert!(
        p[0].starts_with("agentgate.toml:4: telemetry is enabled but has no endpoint"),
        "{p:?}"
    );
}

#[test]
fn mcp_lists_and_managed_servers() {
    let text = "[mcp]\nmanaged_only = true\nallow_project_servers = false\nallowed = [{ url = \"https://mcp.example/*\" }, { command = [\"npx\", \"-y\", \"tool@1.2.3\"] }]\ndenied = [{ name = \"filesystem\" }]\n[mcp.servers.docs]\ntype = \"http\"\nurl = \"https://mcp.example/docs\"\n";
    let b = built(text).unwrap();
    assert_eq!(
        b.settings["allowedMcpServers"],
        json!([{"serverUrl": "https://mcp.example/*"}, {"serverCommand": ["npx", "-y", "tool@1.2.3"]}])
    );
    assert_eq!(
        b.settings["deniedMcpServers"],
        json!([{"serverName": "filesystem"}])
    );
    assert_eq!(
        b.mcp.unwrap(),
        json!({"mcpServers": {"docs": {"type": "http", "url": "https://mcp.example/docs"}}})
    );
    let p = problems("[mcp]\nmanaged_only = true\nallow_project_servers = false\nallowed = [\n  { name = \"a\", url = \"https://x/*\" },\n]\n[mcp.servers.broken]\ntype = \"stdio\"\n");
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(
        p[0].starts_with("agentgate.toml:5: an MCP match takes exactly one of"),
        "{p:?}"
    );
    assert!(
        p[1].contains("MCP server `broken` needs a `command`"),
        "{p:?}"
    );
}

/// A command that already names the policy or the state directory keeps
/// them; a state directory from `[hook]` is what gets pinned.
#[test]
fn pinning_respects_what_the_policy_says() {
    use agentgate_managed::pin_hook_command;
    assert_eq!(
        pin_hook_command("agentgate hook --policy /p.toml", "/s"),
        "agentgate hook --policy /p.toml --state-dir /s"
    );
    assert_eq!(
        pin_hook_command("agentgate hook --state-dir=/x", "/s"),
        "agentgate hook --state-dir=/x --policy /etc/agentgate/policy.toml"
    );
    assert_eq!(
        pin_hook_command("agentgate hook", "/var/lib/my state"),
        "agentgate hook --policy /etc/agentgate/policy.toml --state-dir '/var/lib/my state'"
    );
    let policy = agentgate_orgpolicy::template().replace(
        "[hook]\n",
        "[hook]\nstate_dir = \"/var/lib/agentgate-state\"\n",
    );
    let d = agentgate_orgpolicy::Deployment::parse(&policy, "p.toml").unwrap();
    let b = agentgate_managed::build(&d).unwrap();
    assert!(b.settings["hooks"]["PreToolUse"][0]["hooks"][0]["command"]
        .as_str()
        .unwrap()
        .ends_with("--state-dir /var/lib/agentgate-state"));
}
