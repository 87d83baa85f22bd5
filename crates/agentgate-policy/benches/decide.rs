//! Decision throughput on a 1,000-rule policy.
//!
//! Targets (issue 2): at least 1,000,000 decisions per second per core for
//! non-Bash tools, and 200,000 for Bash commands with parsing included.
//! criterion reports time per decision; decisions/s = 1 / time.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::hint::black_box;

// The same allocator as the agentgate binary, so the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use agentgate_hook_input::ToolCall;
use agentgate_policy::{Policy, PolicyInputs};
use agentgate_settings::{Scope, SettingsFile, Sources};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use serde_json::{json, Value};

/// 1,000 rules spread as a real org policy would be: mostly Bash, then paths,
/// domains and MCP tools, in all three lists.
fn thousand_rule_policy() -> PolicyInputs {
    let mut allow = Vec::new();
    let mut ask = Vec::new();
    let mut deny = Vec::new();
    for i in 0..250 {
        allow.push(format!("Bash(tool{i} run:*)"));
    }
    for i in 0..100 {
        allow.push(format!("Bash(git sub{i} *)"));
        ask.push(format!("Bash(deploy{i}:*)"));
        deny.push(format!("Bash(danger{i} *)"));
    }
    for i in 0..50 {
        deny.push(format!("Bash(* --flag{i})"));
    }
    for i in 0..60 {
        deny.push(format!("Read(./secret{i}/**)"));
        allow.push(format!("Edit(./build{i}/**)"));
        ask.push(format!("Read(~/private{i}/*.key)"));
    }
    for i in 0..50 {
        allow.push(format!("WebFetch(domain:docs{i}.example.com)"));
        deny.push(format!("WebFetch(domain:*.evil{i}.test)"));
        ask.push(format!("mcp__server{i}__write_*"));
    }
    for i in 0..70 {
        allow.push(format!("mcp__server{i}__read_thing"));
    }
    let total = allow.len() + ask.len() + deny.len();
    assert_eq!(total, 1000, "the policy must hold 1,000 rules");
    let value = json!({"permissions": {"allow": allow, "ask": ask, "deny": deny}});
    let text = serde_json::to_string_pretty(&value).unwrap();
    let user = SettingsFile::parse(Scope::User, "/home/u/.claude/settings.json", &text).unwrap();
    PolicyInputs {
        sources: Sources {
            user: Some(user),
            ..Sources::default()
        },
        trusted: true,
        home: "/home/u".into(),
        cwd: "/home/u/project".into(),
        ..PolicyInputs::default()
    }
}

fn call(tool: &str, input: Value) -> ToolCall {
    ToolCall {
        tool_name: tool.into(),
        tool_input: input.as_object().cloned().unwrap(),
        cwd: Some("/home/u/project".into()),
        permission_mode: Some("default".into()),
        session_id: None,
        hook_event_name: Some("PreToolUse".into()),
        tool_use_id: None,
    }
}

fn non_bash_calls() -> Vec<ToolCall> {
    vec![
        call("Read", json!({"file_path": "/home/u/project/src/main.rs"})),
        call(
            "Read",
            json!({"file_path": "/home/u/project/secret7/key.pem"}),
        ),
        call("Read", json!({"file_path": "/home/u/private3/id.key"})),
        call(
            "Edit",
            json!({"file_path": "/home/u/project/build12/out.txt", "old_string": "a", "new_string": "b"}),
        ),
        call(
            "Write",
            json!({"file_path": "/home/u/project/notes.md", "content": "x"}),
        ),
        call(
            "WebFetch",
            json!({"url": "https://docs7.example.com/guide", "prompt": "p"}),
        ),
        call(
            "WebFetch",
            json!({"url": "https://a.b.evil9.test/x", "prompt": "p"}),
        ),
        call(
            "WebFetch",
            json!({"url": "https://unknown.example.org/", "prompt": "p"}),
        ),
        call("mcp__server5__read_thing", json!({"id": 1})),
        call("mcp__server5__write_thing", json!({"id": 1})),
    ]
}

fn bash_calls() -> Vec<ToolCall> {
    [
        "git status",
        "tool42 run --fast",
        "git sub7 push origin main",
        "npm test && git diff",
        "FOO=bar danger3 rm -rf build",
        "cat README.md | grep -n hello > out.txt",
        "timeout 5 tool9 run x; ls -la src",
        "find . -name '*.rs' | xargs wc -l",
        "echo $(date) && deploy5 --prod",
        "bash -c 'tool1 run && danger2 now'",
    ]
    .iter()
    .map(|c| call("Bash", json!({"command": c, "description": "bench"})))
    .collect()
}

fn bench(c: &mut Criterion) {
    let inputs = thousand_rule_policy();
    let policy = Policy::compile(&inputs);

    let calls = non_bash_calls();
    let mut g = c.benchmark_group("decide_1000_rules");
    g.throughput(Throughput::Elements(calls.len() as u64));
    g.bench_function("non_bash", |b| {
        b.iter(|| {
            for call in &calls {
                black_box(policy.decide(black_box(call)));
            }
        })
    });
    let calls = bash_calls();
    g.throughput(Throughput::Elements(calls.len() as u64));
    g.bench_function("bash_with_parsing", |b| {
        b.iter(|| {
            for call in &calls {
                black_box(policy.decide(black_box(call)));
            }
        })
    });
    g.finish();

    c.bench_function("compile_1000_rules", |b| {
        b.iter(|| black_box(Policy::compile(black_box(&inputs))))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
