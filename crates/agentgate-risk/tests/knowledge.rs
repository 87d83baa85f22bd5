//! Every example of every row of the command knowledge tables, run through
//! the risk engine: `flagged` examples must produce a finding, `clean` ones
//! none. A row's knowledge is only as good as the examples that hold it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use agentgate_commands::{
    programs, CMDLETS, CMD_BUILTINS, CREDENTIAL_ENDPOINT_VARS, CREDENTIAL_HOMES, CREDENTIAL_STORES,
    ENCRYPTORS, ENDPOINTS, ENV_VARS, FILE_SERVERS, GIT_EXTRAS, HOME_CACHES, JVM_SERVERS,
    KEY_OPTIONS, MANIFESTS, PACKAGE_SOURCES, PROMPTS, ROOT_READERS, SHELL_SETUPS, SYSTEM_INSTALL,
    TOKEN_PRINTERS, WEB_METHODS,
};
use agentgate_risk::assess_bash;

mod common;
use common::ctx;

#[test]
fn every_flagged_example_is_flagged_and_every_clean_one_is_clean() {
    let mut failures = Vec::new();
    let rows = programs()
        .chain(std::iter::once(&GIT_EXTRAS))
        .map(|p| (p.names.first().copied().unwrap_or("?"), p.flagged, p.clean))
        .chain(ENV_VARS.iter().map(|v| (v.name, v.flagged, v.clean)))
        .chain(MANIFESTS.iter().map(|m| (m.file, m.flagged, m.clean)))
        .chain(
            CREDENTIAL_STORES
                .iter()
                .map(|c| (c.what, c.flagged, c.clean)),
        )
        .chain(
            PROMPTS
                .iter()
                .map(|p| (p.names.first().copied().unwrap_or("?"), p.flagged, p.clean)),
        )
        .chain(
            ENCRYPTORS
                .iter()
                .map(|e| (e.names.first().copied().unwrap_or("?"), e.flagged, e.clean)),
        )
        .chain(
            CMDLETS
                .iter()
                .map(|c| (c.names.first().copied().unwrap_or("?"), c.flagged, c.clean)),
        )
        .chain(
            CMD_BUILTINS
                .iter()
                .map(|c| (c.names.first().copied().unwrap_or("?"), c.flagged, c.clean)),
        )
        .chain(
            FILE_SERVERS
                .iter()
                .map(|f| (f.names.first().copied().unwrap_or("?"), f.flagged, f.clean)),
        )
        .chain(
            JVM_SERVERS
                .iter()
                .map(|j| (j.names.first().copied().unwrap_or("?"), j.flagged, j.clean)),
        )
        .chain(WEB_METHODS.iter().map(|m| (m.method, m.flagged, m.clean)))
        .chain(
            SHELL_SETUPS
                .iter()
                .map(|r| (r.names.first().copied().unwrap_or("?"), r.flagged, r.clean)),
        )
        .chain(
            ROOT_READERS
                .iter()
                .map(|r| (r.names.first().copied().unwrap_or("?"), r.asked, r.clean)),
        )
        .chain(HOME_CACHES.iter().map(|c| (c.path, c.asked, c.clean)));
    let mut n = 0;
    for (row, flagged, clean) in rows {
        for ex in flagged {
            n += 1;
            if assess_bash(ex, &ctx()).findings.is_empty() {
                failures.push(format!("{row}: not flagged: {ex}"));
            }
        }
        for ex in clean {
            n += 1;
            let a = assess_bash(ex, &ctx());
            if !a.findings.is_empty() {
                failures.push(format!("{row}: flagged but clean: {ex}: {:?}", a.findings));
            }
        }
    }
    // A package source's examples are judged for the source alone: an
    // install for the whole machine is asked whatever its source
    // (`SYSTEM_INSTALL`), so that finding neither flags nor spoils one.
    for row in PACKAGE_SOURCES {
        let name = row.names.first().copied().unwrap_or("?");
        let by_source = |ex: &str| {
            assess_bash(ex, &ctx())
                .findings
                .into_iter()
                .filter(|f| !f.reason.contains(SYSTEM_INSTALL))
                .collect::<Vec<_>>()
        };
        for ex in row.flagged {
            n += 1;
            if by_source(ex).is_empty() {
                failures.push(format!("{name}: not flagged for its source: {ex}"));
            }
        }
        for ex in row.clean {
            n += 1;
            let found = by_source(ex);
            if !found.is_empty() {
                failures.push(format!("{name}: flagged but clean: {ex}: {found:?}"));
            }
        }
    }
    assert!(n > 150, "only {n} examples");
    assert!(
        failures.is_empty(),
        "{} of {n} examples fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// `KEY_OPTIONS`: a key or secret file named by the option is used, not
/// read (no credential finding), when the row's program is given it; any
/// other program (or the call that prints it) reads it. Other findings (a
/// remote shell asked) are the program's own.
#[test]
fn files_named_by_key_options_are_used_not_read() {
    let cred = |cmd: &str| {
        assess_bash(cmd, &ctx())
            .findings
            .iter()
            .any(|f| f.category == agentgate_risk::Category::CredentialAccess)
    };
    let mut failures = Vec::new();
    for k in KEY_OPTIONS {
        assert!(
            !k.flagged.is_empty() && !k.clean.is_empty(),
            "{:?} has no examples",
            k.names
        );
        for ex in k.flagged {
            if !cred(ex) {
                failures.push(format!("not read: {ex}"));
            }
        }
        for ex in k.clean {
            if cred(ex) {
                failures.push(format!("read: {ex}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The generic rule for clients without a row: a destroying sub-command
/// is asked about (destructive), the clean examples get nothing.
#[test]
fn destroying_sub_commands_are_asked_and_ordinary_ones_are_not() {
    assert_examples(
        agentgate_commands::VERB_EXAMPLES,
        agentgate_risk::Category::Destructive,
        "destructive",
    );
}

/// The generic rule for clients printing what they hold: a sub-command
/// that prints or mints a token, an API key or (without a row) a stored
/// password or secret is asked about as a credential read; the clean
/// examples get nothing.
#[test]
fn clients_printing_secrets_are_asked_and_ordinary_calls_are_not() {
    assert_examples(
        agentgate_commands::SECRET_VERB_EXAMPLES,
        agentgate_risk::Category::CredentialAccess,
        "a credential printed",
    );
}

/// The generic rule for clients configuring coding agents: an MCP server
/// or skills installed into them is asked about as self-escalation; the
/// clean examples get nothing.
#[test]
fn clients_installing_mcp_servers_or_skills_are_asked() {
    assert_examples(
        agentgate_commands::AGENT_SETUP_EXAMPLES,
        agentgate_risk::Category::SelfEscalation,
        "an MCP server or skills installed into the coding agents",
    );
}

/// Directory attributes that hold passwords, read by any program, are
/// credential access; other attributes are not.
#[test]
fn secret_directory_attributes_are_credential_access() {
    assert_examples(
        agentgate_commands::SECRET_ATTRIBUTE_EXAMPLES,
        agentgate_risk::Category::CredentialAccess,
        "a password attribute read",
    );
}

/// A server exploit's payload handed to any program is remote code
/// execution; ordinary headers and function definitions are not.
#[test]
fn exploit_payloads_are_remote_code_execution() {
    assert_examples(
        agentgate_commands::PAYLOAD_EXAMPLES,
        agentgate_risk::Category::RemoteCodeExec,
        "an exploit payload",
    );
}

/// A password hash or Kerberos key handed to any program to log in with
/// (`HASH_LOGIN_OPTIONS`) is credential access; hashes printed, checked
/// or pinned are not.
#[test]
fn hashes_used_to_log_in_are_credential_access() {
    assert_examples(
        agentgate_commands::HASH_LOGIN_EXAMPLES,
        agentgate_risk::Category::CredentialAccess,
        "a login with a hash",
    );
}

/// Copy tools' uploads to a remote store (`STORE_COPY_VERBS`) are judged
/// as exfiltration; downloads, copies between buckets, dry runs and text
/// are not.
#[test]
fn uploads_to_remote_stores_are_judged_and_downloads_are_not() {
    assert_examples(
        agentgate_commands::STORE_COPY_EXAMPLES,
        agentgate_risk::Category::Exfiltration,
        "an upload",
    );
}

/// Searches for the secret words of `SECRET_WORDS` across the home or the
/// system are asked about as credential access; ordinary searches are not.
#[test]
fn secret_searches_are_asked_and_ordinary_ones_are_not() {
    assert_examples(
        agentgate_commands::SECRET_SEARCH_EXAMPLES,
        agentgate_risk::Category::CredentialAccess,
        "a secret search",
    );
}

/// Writes to the places of `AUTOSTART` are asked about as persistence;
/// reading them is not. Every part is lower case and listed once.
#[test]
fn autostart_places_are_guarded_and_read_freely() {
    let mut seen = std::collections::HashSet::new();
    for a in agentgate_commands::AUTOSTART {
        assert_eq!(a.part, a.part.to_ascii_lowercase(), "{}", a.part);
        assert!(seen.insert(a.part), "{} twice", a.part);
        assert!(!a.what.is_empty() && !a.source.is_empty(), "{}", a.part);
    }
    assert_examples(
        agentgate_commands::AUTOSTART_EXAMPLES,
        agentgate_risk::Category::SelfEscalation,
        "persistence",
    );
}

#[test]
fn second_factors_turned_off_are_asked_about() {
    assert_examples(
        agentgate_commands::SECOND_FACTOR_EXAMPLES,
        agentgate_risk::Category::SelfEscalation,
        "a second factor turned off",
    );
}

#[test]
fn writes_into_directories_a_shell_loads_from_are_flagged() {
    assert_examples(
        agentgate_commands::SHELL_LOAD_EXAMPLES,
        agentgate_risk::Category::SelfEscalation,
        "a write a shell loads",
    );
}

#[test]
fn writes_through_directory_printers_are_judged_where_they_land() {
    assert_examples(
        agentgate_commands::DIRECTORY_PRINTER_EXAMPLES,
        agentgate_risk::Category::SelfEscalation,
        "a write where the directory printer points",
    );
}

#[test]
fn stopping_a_defence_is_flagged_and_ordinary_stops_are_not() {
    let (flagged, clean) = agentgate_commands::DEFENSE_EXAMPLES;
    let mut failures = Vec::new();
    for ex in flagged {
        let a = assess_bash(ex, &ctx());
        if !a.findings.iter().any(|f| f.reason.contains("blinding")) {
            failures.push(format!(
                "not flagged as stopping a defence: {ex}: {:?}",
                a.findings
            ));
        }
    }
    for ex in clean {
        let a = assess_bash(ex, &ctx());
        if a.findings.iter().any(|f| f.reason.contains("blinding")) {
            failures.push(format!("flagged as stopping a defence: {ex}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A table's examples hold: each flagged one gets a finding of `category`,
/// each clean one no finding at all (`what` names the category in the
/// failure).
#[track_caller]
fn assert_examples(
    (flagged, clean): (&[&str], &[&str]),
    category: agentgate_risk::Category,
    what: &str,
) {
    let mut failures = Vec::new();
    for ex in flagged {
        let a = assess_bash(ex, &ctx());
        if !a.findings.iter().any(|f| f.category == category) {
            failures.push(format!("not flagged as {what}: {ex}: {:?}", a.findings));
        }
    }
    for ex in clean {
        let a = assess_bash(ex, &ctx());
        if !a.findings.is_empty() {
            failures.push(format!("flagged but clean: {ex}: {:?}", a.findings));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The failures of one row's examples: each flagged example must get a
/// finding `is_row` accepts (the row's own, not just any), each clean one
/// no finding at all.
fn row_example_failures(
    row: &str,
    flagged: &[&str],
    clean: &[&str],
    is_row: impl Fn(&agentgate_risk::Finding) -> bool,
) -> Vec<String> {
    let mut failures = Vec::new();
    for ex in flagged {
        let a = assess_bash(ex, &ctx());
        if !a.findings.iter().any(&is_row) {
            failures.push(format!(
                "{row}: not flagged as the row: {ex}: {:?}",
                a.findings
            ));
        }
    }
    for ex in clean {
        let a = assess_bash(ex, &ctx());
        if !a.findings.is_empty() {
            failures.push(format!("{row}: flagged but clean: {ex}: {:?}", a.findings));
        }
    }
    failures
}

/// Each endpoint row's flagged examples get that row's own finding (not
/// just any), and its clean ones none.
#[test]
fn every_endpoint_example_gets_its_row_finding() {
    let failures: Vec<String> = ENDPOINTS
        .iter()
        .flat_map(|e| row_example_failures(e.what, e.flagged, e.clean, |f| f.reason == e.reason))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Each credential home's flagged examples are judged as a credential
/// sent where it does not belong, and its clean ones get no finding.
#[test]
fn every_credential_home_example_holds() {
    let failures: Vec<String> = CREDENTIAL_HOMES
        .iter()
        .flat_map(|h| {
            row_example_failures(h.service, h.flagged, h.clean, |f| {
                f.reason.starts_with("sends $")
            })
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Each token printer's flagged examples send the captured credential
/// where its service does not live, and its clean ones (the credential
/// used at its service or in a login) get no finding.
#[test]
fn every_token_printer_example_holds() {
    let failures: Vec<String> = TOKEN_PRINTERS
        .iter()
        .flat_map(|p| {
            row_example_failures(p.command, p.flagged, p.clean, |f| {
                f.reason.contains(&format!("${}", p.var))
            })
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Each credential endpoint variable's flagged examples are judged as a
/// credential read (its URL rows) or a credential sent (its secret rows),
/// and its clean ones get no finding.
#[test]
fn every_credential_endpoint_example_holds() {
    let failures: Vec<String> = CREDENTIAL_ENDPOINT_VARS
        .iter()
        .flat_map(|v| {
            row_example_failures(v.name, v.flagged, v.clean, |f| {
                f.reason.contains(&format!("${}", v.name))
            })
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
