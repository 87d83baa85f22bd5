//! Invariants over the whole tables.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

use std::collections::BTreeSet;

use super::*;

#[test]
fn program_names_are_unique_and_plain() {
    let mut seen = BTreeSet::new();
    for p in programs() {
        assert!(!p.names.is_empty(), "a row without names");
        for n in p.names {
            assert!(seen.insert(*n), "{n} has two rows");
            assert!(
                !n.is_empty() && !n.contains('/') && !n.contains(' '),
                "{n:?}: a program name is a basename"
            );
        }
    }
}

#[test]
fn every_row_cites_a_source_and_has_a_flagged_example() {
    for p in programs() {
        assert!(!p.source.trim().is_empty(), "{:?}: no source", p.names);
        assert!(!p.flagged.is_empty(), "{:?}: no flagged example", p.names);
        assert!(
            !p.exec.is_empty()
                || !p.net.is_empty()
                || !p.subs.is_empty()
                || !p.writes.is_empty()
                || !p.sets_env.is_empty(),
            "{:?}: a row that says nothing",
            p.names
        );
    }
    for v in ENV_VARS {
        assert!(!v.source.trim().is_empty(), "{}: no source", v.name);
        assert!(!v.read_by.trim().is_empty(), "{}: no reader", v.name);
        assert!(!v.flagged.is_empty(), "{}: no flagged example", v.name);
    }
    for l in LANGS {
        assert!(!l.source.trim().is_empty(), "{:?}: no source", l.lang);
    }
    for f in crate::FILE_SERVERS {
        assert!(!f.source.trim().is_empty(), "{:?}: no source", f.names);
        assert!(!f.flagged.is_empty(), "{:?}: no flagged example", f.names);
    }
    for j in crate::JVM_SERVERS {
        assert!(!j.source.trim().is_empty(), "{:?}: no source", j.names);
        assert!(!j.flagged.is_empty(), "{:?}: no flagged example", j.names);
        for ex in j.flagged.iter().chain(j.clean) {
            assert!(
                ex.starts_with("java "),
                "{:?}: {ex:?} does not run java",
                j.names
            );
        }
        for n in j.names {
            assert_eq!(
                crate::jvm_server(n),
                Some(j),
                "{n}: matched by another row first"
            );
        }
    }
    for s in crate::PACKAGE_SOURCES {
        assert!(!s.source.trim().is_empty(), "{:?}: no source", s.names);
        assert!(!s.flagged.is_empty(), "{:?}: no flagged example", s.names);
        assert!(!s.subs.is_empty(), "{:?}: no sub-command", s.names);
        for ex in s.flagged.iter().chain(s.clean) {
            assert!(
                s.names.iter().any(|n| ex.contains(n)),
                "{:?}: example {ex:?} does not run it",
                s.names
            );
        }
    }
    let mut names: Vec<&str> = crate::PACKAGE_SOURCES
        .iter()
        .flat_map(|s| s.names.iter().copied())
        .collect();
    let all = names.len();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), all, "a program in two PACKAGE_SOURCES rows");
}

#[test]
fn examples_name_the_program_or_variable_they_illustrate() {
    for p in programs() {
        for ex in p.flagged.iter().chain(p.clean) {
            assert!(
                p.names
                    .iter()
                    .any(|n| ex.to_ascii_lowercase().contains(&n.to_ascii_lowercase())),
                "{:?}: example {ex:?} does not run it",
                p.names
            );
        }
    }
    for v in ENV_VARS {
        for ex in v.flagged.iter().chain(v.clean) {
            assert!(ex.contains(v.name), "{}: example {ex:?}", v.name);
        }
    }
}

#[test]
fn option_spellings_are_options() {
    for p in programs() {
        let mut all: Vec<&str> = Vec::new();
        for e in p.exec {
            match e {
                Exec::Opt { names, .. }
                | Exec::OptEncoded { names, .. }
                | Exec::OptProgram { names }
                | Exec::OptFile { names, .. }
                | Exec::OptLibrary { names } => all.extend(names.iter()),
                Exec::StdinCode { sub, names } => {
                    assert!(
                        !sub.starts_with('-'),
                        "{:?}: {sub} is not a sub-command",
                        p.names
                    );
                    all.extend(names.iter());
                }
                Exec::SubCommand { subs } => {
                    for sub in *subs {
                        assert!(
                            !sub.starts_with('-'),
                            "{:?}: {sub} is not a sub-command",
                            p.names
                        );
                    }
                }
                Exec::OptKey { opt, keys, .. } => {
                    if !opt.is_empty() {
                        all.push(opt);
                    }
                    for k in *keys {
                        assert_eq!(
                            *k,
                            k.to_ascii_lowercase(),
                            "{:?}: keys are lower case",
                            p.names
                        );
                    }
                }
                Exec::SubArgv { sub, .. }
                | Exec::SubCode { sub, .. }
                | Exec::SubPackage { sub } => {
                    assert!(
                        !sub.starts_with('-'),
                        "{:?}: {sub} is not a sub-command",
                        p.names
                    );
                }
                Exec::ShellArgs { after, shell } => {
                    assert!(
                        after.starts_with('-') && crate::SHELLS.contains(shell),
                        "{:?}: {after} ends options and {shell} is a shell",
                        p.names
                    );
                }
                Exec::SubWordsCode { words, .. } => {
                    assert!(
                        !words.is_empty() && words.iter().all(|s| !s.starts_with('-')),
                        "{:?}: {words:?} are sub-commands",
                        p.names
                    );
                }
                Exec::SubOwn { subs, .. } => {
                    assert!(
                        subs.iter().all(|s| !s.starts_with('-')),
                        "{:?}: {subs:?} are sub-commands",
                        p.names
                    );
                }
                Exec::OperandCode { .. }
                | Exec::Argv { .. }
                | Exec::ShellLine { .. }
                | Exec::EachLine { .. }
                | Exec::OptArgv { .. } => {}
            }
        }
        all.extend(p.writes.iter());
        all.extend(p.value_opts.iter());
        for o in p.pair_opts {
            assert!(
                p.value_opts.contains(o),
                "{:?}: {o} takes two values, so it is in value_opts too",
                p.names
            );
        }
        for o in all {
            assert!(
                o.starts_with('-') || o == "+",
                "{:?}: {o:?} is not an option",
                p.names
            );
            // A row whose options are case-insensitive is matched against
            // lowered words: an upper-case spelling could never match.
            assert!(
                !p.fold_case || o == o.to_ascii_lowercase(),
                "{:?}: {o:?} must be lower case (fold_case)",
                p.names
            );
        }
    }
}

#[test]
fn every_language_has_one_escape_row() {
    let langs = [
        Lang::PowerShell,
        Lang::Shell,
        Lang::Perl,
        Lang::Python,
        Lang::Ruby,
        Lang::JavaScript,
        Lang::Php,
        Lang::Lua,
        Lang::Awk,
        Lang::Lisp,
        Lang::Tcl,
        Lang::R,
        Lang::Gnuplot,
        Lang::Vim,
        Lang::Gdb,
        Lang::Jvm,
        Lang::Make,
        Lang::Sed,
        Lang::Julia,
        Lang::Erlang,
        Lang::Elixir,
        Lang::Octave,
        Lang::Tex,
        Lang::Sql,
    ];
    for l in langs {
        assert_eq!(
            LANGS.iter().filter(|r| r.lang == l).count(),
            1,
            "{l:?} needs exactly one row"
        );
    }
    assert_eq!(LANGS.len(), langs.len());
}

#[test]
fn variables_are_unique_and_sorted() {
    let names: Vec<&str> = ENV_VARS.iter().map(|v| v.name).collect();
    let mut sorted = names.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(
        names, sorted,
        "ENV_VARS is sorted by name, without duplicates"
    );
}

#[test]
fn option_values_in_every_spelling() {
    let args = [
        "--filter=sh",
        "--filter",
        "sh2",
        "-eCODE",
        "-e",
        "CODE2",
        "+:!sh",
    ];
    assert_eq!(option_value(&args, 0, &["--filter"]), Some(("sh", 1)));
    assert_eq!(option_value(&args, 1, &["--filter"]), Some(("sh2", 2)));
    assert_eq!(option_value(&args, 3, &["-e"]), Some(("CODE", 1)));
    assert_eq!(option_value(&args, 4, &["-e"]), Some(("CODE2", 2)));
    assert_eq!(option_value(&args, 6, &["+"]), Some((":!sh", 1)));
    // A longer option is not a glued short one.
    assert_eq!(option_value(&["--eval"], 0, &["-e"]), None);
    assert_eq!(option_value(&["-e"], 0, &["-e"]), None);
}

#[test]
fn lookups() {
    assert!(program("gawk").is_some_and(|p| p.names[0] == "awk"));
    assert!(program("definitely-not-a-program").is_none());
    assert_eq!(env_var("LESSOPEN").map(|v| v.holds), Some(Holds::Shell));
    assert!(escapes(Lang::Vim).is_some());
}

#[test]
fn manifests_are_sorted_cited_and_exemplified() {
    let names: Vec<&str> = MANIFESTS.iter().map(|m| m.file).collect();
    let mut sorted = names.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(names, sorted);
    for m in MANIFESTS {
        assert!(!m.source.is_empty() && !m.flagged.is_empty(), "{}", m.file);
        for ex in m.flagged.iter().chain(m.clean) {
            assert!(ex.contains(m.file), "{}: {ex}", m.file);
        }
    }
}

#[test]
fn gtfobins_table_is_sorted_unique_and_plain() {
    assert!(GTFOBINS.len() > 400, "{}", GTFOBINS.len());
    for w in GTFOBINS.windows(2) {
        assert!(w[0].0 < w[1].0, "{} before {}", w[0].0, w[1].0);
    }
    for (name, functions) in GTFOBINS {
        assert!(!name.is_empty() && !name.contains('/') && !name.contains(' '));
        assert!(!functions.is_empty(), "{name}");
        assert_eq!(gtfobins(name), *functions, "{name}");
    }
    assert_eq!(GTFOBINS_COMMIT.len(), 40);
    assert!(gtfobins("awk").contains(&Gtfo::Shell));
    assert!(gtfobins("no-such-program").is_empty());
}

#[test]
fn fetch_options_are_unique_per_client_and_are_options() {
    for program in ["curl", "wget", "w3m"] {
        let mut seen = BTreeSet::new();
        for o in FETCH_OPTIONS
            .iter()
            .filter(|o| o.programs.contains(&program))
        {
            for n in o.names {
                assert!(n.starts_with('-'), "{program} {n}");
                assert!(seen.insert(*n), "{program} {n} has two rows");
            }
        }
    }
    assert_eq!(
        fetch_option("curl", "-T").map(|o| o.role),
        Some(FetchRole::File)
    );
    assert_eq!(
        fetch_option("wget", "-T").map(|o| o.role),
        Some(FetchRole::Value)
    );
    assert_eq!(
        fetch_option("wget", "-O").map(|o| o.role),
        Some(FetchRole::Output)
    );
    assert_eq!(fetch_option("curl", "-O"), None, "curl -O takes no value");
}

#[test]
fn shells_are_unique_plain_names() {
    let mut seen = BTreeSet::new();
    for s in SHELLS {
        assert!(seen.insert(*s) && !s.contains('/'), "{s}");
    }
}

#[test]
fn program_lists_are_unique_plain_names() {
    for (list, name) in [
        (INTERPRETERS, "INTERPRETERS"),
        (CONTAINER_CLIS, "CONTAINER_CLIS"),
        (FETCHERS, "FETCHERS"),
        (NETCAT, "NETCAT"),
        (NETWORK_READERS, "NETWORK_READERS"),
        (KEY_USERS, "KEY_USERS"),
        (READERS, "READERS"),
        (PURE_READERS, "PURE_READERS"),
        (TREE_CHANGERS, "TREE_CHANGERS"),
    ] {
        let mut seen = BTreeSet::new();
        for p in list {
            assert!(seen.insert(*p), "{name}: {p} twice");
            assert!(
                !p.is_empty() && !p.contains('/') && !p.contains(' '),
                "{name}: {p:?}"
            );
        }
    }
    // A pure reader never changes a tree.
    for p in PURE_READERS {
        assert!(
            !TREE_CHANGERS.contains(p),
            "{p} is a reader and a tree changer"
        );
    }
}

#[test]
fn defences_are_lower_case_unique_words() {
    let mut seen = BTreeSet::new();
    for d in DEFENSES {
        assert!(!d.names.is_empty() && !d.what.is_empty() && !d.source.is_empty());
        for n in d.names {
            assert!(seen.insert(*n), "{n} names two defences");
            // A name is one word as `words_of` splits an argument.
            let words: Vec<String> = words_of(n).collect();
            assert_eq!(
                words,
                vec![(*n).to_owned()],
                "{n:?} is not one lower-case word"
            );
        }
    }
    let mut programs = BTreeSet::new();
    for (p, _) in STOPPERS {
        assert!(programs.insert(*p), "{p} twice in STOPPERS");
    }
    assert!(defense_named("/Library/LaunchDaemons/com.crowdstrike.falcond.plist").is_some());
    assert!(defense_named("Little Snitch|osqueryd").is_some());
    assert!(defense_named("falcon").is_none(), "a web framework's name");
    let (flagged, clean) = DEFENSE_EXAMPLES;
    assert!(!flagged.is_empty() && !clean.is_empty());
}

#[test]
fn encryptors_are_unique_cited_and_exemplified() {
    let mut seen = BTreeSet::new();
    for e in ENCRYPTORS {
        for n in e.names {
            assert!(seen.insert(*n), "{n} has two encryptor rows");
        }
        assert!(!e.source.is_empty(), "{:?} cites no source", e.names);
        assert!(
            !e.flagged.is_empty() && !e.clean.is_empty(),
            "{:?} needs examples",
            e.names
        );
        for w in e.encrypts_with.iter().chain(e.unless) {
            assert!(!w.is_empty() && !w.contains(' '), "{w:?}");
        }
        assert!(encryptor(e.names[0]).is_some());
    }
}

#[test]
fn credential_stores_are_cited_exemplified_and_reachable() {
    for c in CREDENTIAL_STORES {
        assert!(!c.what.is_empty() && !c.source.is_empty(), "{c:?}");
        assert!(!c.flagged.is_empty(), "{} needs a flagged example", c.what);
        assert!(
            !c.paths.is_empty() || !c.dirs.is_empty(),
            "{} names nothing",
            c.what
        );
        for w in c.paths {
            let (Where::Suffix(p) | Where::Part(p) | Where::Base(p) | Where::Dotfile(p)) = w;
            assert!(
                !p.is_empty(),
                "{}: an empty pattern matches everything",
                c.what
            );
            if !matches!(w, Where::Base(_)) {
                assert_eq!(
                    *p,
                    p.to_ascii_lowercase(),
                    "{}: paths are compared in lower case",
                    c.what
                );
            }
        }
        for d in c.dirs {
            assert!(d.starts_with('/') && !d.ends_with('/'), "{}: {d:?}", c.what);
            assert!(
                credential_store_dir(&format!("/home/dev{d}")).is_some(),
                "{}: {d} is shadowed",
                c.what
            );
        }
    }
    assert!(credential_store("/home/dev/.aws/credentials", "credentials").is_some());
    assert!(credential_store("/home/dev/.aws/config", "config").is_none());
    assert!(
        credential_store("/home/dev/.config/gcloud", "gcloud").is_none(),
        "the directory itself is not a file of it"
    );
}

#[test]
fn destroying_verbs_are_single_lower_case_words_and_exemptions_unique() {
    let mut seen = BTreeSet::new();
    for v in DESTROYING_VERBS
        .iter()
        .chain(DESTROYING_NAME_PARTS)
        .chain(REBUILDABLE_NOUNS)
    {
        assert!(
            !v.is_empty() && v.bytes().all(|b| b.is_ascii_lowercase()),
            "{v:?}"
        );
    }
    for o in DESTROYING_OPTIONS {
        assert!(
            o.starts_with("--") && destroying_verb(&o[2..]).is_some(),
            "{o}"
        );
    }
    for part in DESTROYING_NAME_PARTS {
        assert!(DESTROYING_VERBS.contains(part), "{part} is not a verb");
    }
    for e in VERB_EXEMPT {
        assert!(!e.why.is_empty());
        for n in e.names {
            assert!(seen.insert(*n), "{n} is exempted twice");
            assert!(verb_exempt(n));
        }
    }
    assert_eq!(destroying_verb("delete-secret"), Some("delete"));
    assert_eq!(destroying_verb("db:drop"), Some("drop"));
    assert_eq!(destroying_verb("delete_vhost"), Some("delete"));
    assert_eq!(destroying_verb("dropdown"), None);
    assert_eq!(destroying_verb("format"), None);
    assert_eq!(destroying_name("kafka-delete-records"), Some("delete"));
    assert_eq!(destroying_name("dropbox"), None);
    let (flagged, clean) = VERB_EXAMPLES;
    assert!(flagged.len() >= 10 && clean.len() >= 10);
}

#[test]
fn valueless_flags_are_unique_options() {
    let mut seen = std::collections::HashSet::new();
    for f in crate::VALUELESS_FLAGS {
        assert!(f.starts_with('-'), "{f} is not an option");
        assert!(seen.insert(f), "{f} is listed twice");
    }
}

/// Every data-store port appears once, names its store and cites where
/// the default port is documented; the ports of development servers
/// (3000, 5000, 8000, 8080) are never in it.
#[test]
fn data_store_ports_are_unique_and_cited() {
    let mut seen = std::collections::HashSet::new();
    for d in crate::DATA_STORE_PORTS {
        assert!(seen.insert(d.port), "port {} listed twice", d.port);
        assert!(
            !d.what.is_empty() && d.source.starts_with("https://"),
            "{d:?}"
        );
        assert!(
            ![3000, 5000, 8000, 8080, 4200, 5173].contains(&d.port),
            "{d:?}"
        );
    }
    assert!(crate::data_store_port(Some(9200)).is_some());
    assert!(crate::data_store_port(Some(3000)).is_none());
    assert!(crate::data_store_port(None).is_none());
}

#[test]
fn cmdlet_rows_are_lower_case_unique_and_exemplified() {
    let mut seen = std::collections::BTreeSet::new();
    for c in crate::CMDLETS {
        assert!(
            !c.flagged.is_empty() || !c.clean.is_empty(),
            "{:?}: no example",
            c.names
        );
        for n in c.names {
            assert_eq!(*n, n.to_ascii_lowercase(), "{n}: names are lower case");
            assert!(seen.insert(*n), "{n}: listed twice");
            assert_eq!(
                crate::cmdlet(&n.to_ascii_uppercase()).map(|r| r.names),
                Some(c.names)
            );
        }
        for (p, _) in c.params {
            assert_eq!(*p, p.to_ascii_lowercase(), "{p}: parameters are lower case");
            assert!(
                !p.starts_with('-'),
                "{p}: parameters are written without the dash"
            );
        }
        for ex in c.flagged.iter().chain(c.clean) {
            assert!(
                ex.starts_with("pwsh -c "),
                "{ex}: examples are pwsh -c lines"
            );
        }
    }
}

#[test]
fn cloud_change_verbs_are_sorted_lower_case_and_no_reads() {
    assert!(CLOUD_CHANGE_VERBS.windows(2).all(|w| w[0] < w[1]));
    for v in CLOUD_CHANGE_VERBS {
        assert!(v.bytes().all(|b| b.is_ascii_lowercase()), "{v}");
        assert!(
            !matches!(
                *v,
                "describe" | "list" | "get" | "head" | "search" | "lookup"
            ),
            "{v}"
        );
        assert!(
            !DESTROYING_VERBS.contains(v),
            "{v} is a destroying verb, judged as one"
        );
    }
}

#[test]
fn cmd_builtin_rows_are_lower_case_unique_and_exemplified() {
    let mut seen = std::collections::HashSet::new();
    for b in crate::CMD_BUILTINS {
        assert!(!b.names.is_empty());
        for n in b.names {
            assert_eq!(*n, n.to_ascii_lowercase(), "{n}: names are lower case");
            assert!(seen.insert(*n), "{n}: named by two rows");
            assert_eq!(
                crate::cmd_builtin(&format!("{}.EXE", n.to_ascii_uppercase())).map(|r| r.names),
                Some(b.names)
            );
        }
        for (sw, to) in b.switches {
            assert!(
                sw.chars().all(|c| c.is_ascii_lowercase()),
                "{sw}: switches are lower-case letters"
            );
            assert!(to.is_empty() || !to.starts_with(' '), "{sw}: {to}");
        }
        assert!(
            !b.flagged.is_empty() || !b.clean.is_empty(),
            "{:?}: every row has examples",
            b.names
        );
        for ex in b.flagged.iter().chain(b.clean) {
            assert!(
                ex.starts_with("cmd /c ") || ex.starts_with("cmd.exe /c "),
                "{ex}: examples are cmd /c lines"
            );
        }
    }
    for (name, value) in crate::CMD_VARIABLES {
        assert_eq!(
            *name,
            name.to_ascii_uppercase(),
            "{name}: names are upper case"
        );
        assert_eq!(
            crate::cmd_variable(&name.to_ascii_lowercase()),
            Some(*value)
        );
    }
}

#[test]
fn dotnet_value_types_are_lower_case_unique_and_read_only() {
    use crate::{dotnet_value, DOTNET_VALUE_TYPES};
    let mut seen = std::collections::HashSet::new();
    for t in DOTNET_VALUE_TYPES {
        assert_eq!(*t, t.to_ascii_lowercase(), "{t}");
        assert!(!t.starts_with("system."), "{t}: written without System.");
        assert!(seen.insert(*t), "{t} twice");
        for io in [
            "io.file",
            "io.directory",
            "diagnostics.process",
            "net.webclient",
            "reflection.assembly",
        ] {
            assert_ne!(*t, io, "{t} touches files, processes, the network or code");
        }
    }
    assert!(dotnet_value("[Environment]::Is64BitProcess"));
    assert!(dotnet_value(
        "[System.Net.ServicePointManager]::SecurityProtocol"
    ));
    assert!(!dotnet_value(
        "[Environment]::SetEnvironmentVariable('COR_PROFILER','x','User')"
    ));
    assert!(!dotnet_value("[IO.File]::ReadAllText('x')"));
    assert!(!dotnet_value("Environment"));
}

#[test]
fn relaunched_processes_are_unique_and_no_dev_process() {
    let mut seen = std::collections::HashSet::new();
    for p in crate::RELAUNCHED {
        assert!(seen.insert(*p), "{p} twice");
        assert!(!p.is_empty() && !p.contains(char::is_whitespace), "{p}");
        assert!(
            !crate::DEV_PROCESSES.contains(p),
            "{p} is a development process too"
        );
    }
}

#[test]
fn shell_setups_are_unique_cited_and_take_no_commands() {
    use crate::{prints_shell_setup, SHELL_SETUPS};
    let mut seen = std::collections::HashSet::new();
    for r in SHELL_SETUPS {
        assert!(
            !r.flagged.is_empty() && !r.clean.is_empty(),
            "{:?}",
            r.names
        );
        assert!(
            r.source.contains("http") || r.source.contains("man:"),
            "{:?}",
            r.names
        );
        for n in r.names {
            assert!(seen.insert(*n), "{n} twice");
            // A printer handed a command or a path runs or reads it.
            assert!(!prints_shell_setup(n, &["cat", "/tmp/p"]), "{n}");
            assert!(!prints_shell_setup(n, &["sh", "-c", "cat /tmp/p"]), "{n}");
            for v in r.verbs {
                assert!(prints_shell_setup(n, &[v]), "{n} {v}");
                assert!(!prints_shell_setup(n, &[v, "/tmp/p"]), "{n} {v} /tmp/p");
            }
        }
    }
    assert!(prints_shell_setup("ssh-agent", &["-s"]));
    assert!(!prints_shell_setup("ssh-agent", &["bash"]));
    assert!(prints_shell_setup("golangci-lint", &["completion", "bash"]));
    assert!(prints_shell_setup("anything", &["completion", "zsh"]));
    assert!(!prints_shell_setup("anything", &["run", "zsh"]));
}

/// Every exploit-name row's examples hold, each flagged name is matched by
/// its own row (the first that matches), and every kind has a row.
#[test]
fn every_exploit_script_example_holds() {
    use crate::{exploit_script, ExploitName, EXPLOIT_SCRIPTS};
    for kind in [
        ExploitName::ExploitDbId,
        ExploitName::Cve,
        ExploitName::ExploitWord,
        ExploitName::ProofOfConcept,
    ] {
        assert_eq!(
            EXPLOIT_SCRIPTS.iter().filter(|r| r.name == kind).count(),
            1,
            "{kind:?}"
        );
    }
    for row in EXPLOIT_SCRIPTS {
        assert!(
            !row.flagged.is_empty() && !row.source.is_empty(),
            "{:?}",
            row.name
        );
        for f in row.flagged {
            assert!(exploit_script(f).is_some(), "{f} should name an exploit");
            assert!(
                exploit_script(&format!("/tmp/x/{f}")).is_some(),
                "{f} in a directory"
            );
        }
        for f in row.clean {
            assert_eq!(exploit_script(f), None, "{f} should not name an exploit");
        }
    }
}

#[test]
fn permission_questions_are_lower_case_sub_commands_and_not_verbs() {
    for q in PERMISSION_QUESTIONS {
        assert!(
            q.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') && q.contains('-'),
            "{q:?}"
        );
        assert!(destroying_verb(q).is_none(), "{q:?}");
    }
}

#[test]
fn buildahs_push_row_names_every_local_transport() {
    let push = crate::programs::PROGRAMS
        .iter()
        .find(|p| p.names.contains(&"buildah"))
        .and_then(|p| p.subs.iter().find(|s| s.words.first() == Some(&"push")))
        .and_then(|s| s.words.get(1))
        .copied()
        .unwrap_or("");
    let listed: Vec<&str> = push.trim_start_matches('!').split('|').collect();
    for t in LOCAL_TRANSPORTS {
        assert!(
            listed.contains(&format!("{t}*").as_str()),
            "{t} missing from {push:?}"
        );
    }
    assert_eq!(listed.len(), LOCAL_TRANSPORTS.len());
}

#[test]
fn access_grants_by_noun_and_verb_or_joined_by_hyphens() {
    for (words, at) in [
        (&["members", "add", "bob"][..], Some(1)),
        (&["access:add", "bob"][..], Some(0)),
        (&["lockbox", "secret", "add-access-binding"][..], Some(2)),
        (&["folder", "set-access-bindings", "f"][..], Some(1)),
        (&["bucket", "add-iam-policy-binding", "b"][..], Some(1)),
        (&["lockbox", "secret", "list-access-bindings"][..], None),
        (&["permission-set", "list"][..], None),
        (&["add-on", "create"][..], None),
        (
            &["serviceaccount", "create", "phase", "federated-identity"][..],
            Some(3),
        ),
        (&["identity", "federated-credential", "create"][..], Some(2)),
        (&["identity", "federated-credential", "list"][..], None),
        (&["create", "role"][..], None),
    ] {
        assert_eq!(access_grant(words), at, "{words:?}");
    }
}

/// `output_options` drops `-o` for the programs whose `-o` is a flag, and
/// only that: `-o` is the table's first entry, and no listed program has
/// a row of its own (a row's options decide for it).
#[test]
fn flag_o_programs_lose_only_dash_o() {
    assert_eq!(OUTPUT_OPTIONS.first(), Some(&"-o"));
    for p in FLAG_O_PROGRAMS {
        assert!(program(p).is_none(), "{p} has a row");
        let opts = output_options(p);
        assert!(!opts.contains(&"-o"), "{p}");
        assert_eq!(opts.len() + 1, OUTPUT_OPTIONS.len(), "{p}");
    }
    assert_eq!(output_options("gcc"), OUTPUT_OPTIONS);
}
