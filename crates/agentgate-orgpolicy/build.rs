//! Turns the built-in baseline (src/baseline.toml) into JSON at build time,
//! with the SHA-256 of its TOML text.
//!
//! Claude Code starts a fresh hook process for every tool call, and on a
//! machine without a policy file every one of them loads the baseline.
//! Parsing its TOML was the largest single step of such a call after the
//! risk analysis (about 80 us of 1.4 ms, session 60's profile: most of it
//! the toml crate's cold code); serde_json, which the hook runs on its
//! input anyway, reads the same data in a fraction of that. The baseline
//! stays TOML in the source, the copy users start their own policy from;
//! a test in lib.rs checks that both readings give the same policy.

use std::path::PathBuf;

use sha2::{Digest, Sha256};

fn main() -> Result<(), String> {
    println!("cargo::rerun-if-changed=src/baseline.toml");
    let text = std::fs::read_to_string("src/baseline.toml")
        .map_err(|e| format!("cannot read src/baseline.toml: {e}"))?;
    let value: toml::Value =
        toml::from_str(&text).map_err(|e| format!("src/baseline.toml is not TOML: {e}"))?;
    let json = serde_json::to_string(&to_json(&value)?)
        .map_err(|e| format!("cannot write the baseline as JSON: {e}"))?;
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("cargo set no OUT_DIR")?);
    std::fs::write(out.join("baseline.json"), json)
        .map_err(|e| format!("cannot write baseline.json: {e}"))?;
    std::fs::write(
        out.join("baseline.sha256"),
        hex::encode(Sha256::digest(text.as_bytes())),
    )
    .map_err(|e| format!("cannot write baseline.sha256: {e}"))
}

/// TOML's data model in JSON's. A float or a date, which the baseline has
/// no use for and JSON cannot carry as TOML means it, stops the build.
fn to_json(v: &toml::Value) -> Result<serde_json::Value, String> {
    Ok(match v {
        toml::Value::String(s) => serde_json::Value::String(s.clone()),
        toml::Value::Integer(i) => serde_json::Value::from(*i),
        toml::Value::Boolean(b) => serde_json::Value::Bool(*b),
        toml::Value::Array(a) => {
            serde_json::Value::Array(a.iter().map(to_json).collect::<Result<_, _>>()?)
        }
        toml::Value::Table(t) => serde_json::Value::Object(
            t.iter()
                .map(|(k, v)| Ok((k.clone(), to_json(v)?)))
                .collect::<Result<_, String>>()?,
        ),
        toml::Value::Float(_) | toml::Value::Datetime(_) => {
            return Err("src/baseline.toml: floats and dates have no place in the baseline".into())
        }
    })
}
