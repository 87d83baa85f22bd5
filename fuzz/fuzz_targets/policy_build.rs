//! Any text as an org policy through `policy build`: an error or a build,
//! never a panic; and whatever builds is a settings file Claude Code accepts
//! whole (nothing in it that the schema calls unknown or mistyped).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: agentgate_fuzz::install_panic_hook(),
    |data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(d) = agentgate_orgpolicy::Deployment::parse(text, "fuzz.toml") else { return };
    if let Ok(b) = agentgate_managed::build(&d) {
        assert!(agentgate_managed::schema::check(&b.settings).is_empty());
        assert_eq!(
            b.settings["permissions"]["defaultMode"].as_str().map(|m| ["default", "acceptEdits", "plan", "dontAsk"].contains(&m)),
            Some(true),
            "a loose default mode was compiled"
        );
    }
});
