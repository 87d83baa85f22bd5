//! Any bytes as a settings file: loading, merging and compiling a policy
//! never panic; a broken file is an error.
#![no_main]

use agentgate_policy::{Policy, PolicyInputs};
use agentgate_settings::{merge, Scope, SettingsFile, Sources};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(file) = SettingsFile::parse(Scope::Project, "fuzz.json", text) else { return };
    let _ = merge(&[&file], false);
    let _ = merge(&[&file], true);
    let sources = Sources { project: Some(file.clone()), managed: vec![file], ..Sources::default() };
    let inputs = PolicyInputs {
        sources,
        trusted: true,
        home: "/h".into(),
        cwd: "/h/p".into(),
        ..PolicyInputs::default()
    };
    let _ = Policy::compile(&inputs);
});
