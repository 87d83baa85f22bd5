#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use agentgate_shell::{analyze, Limits, Nesting, RedirectKind, ShellError};

fn texts(src: &str) -> Vec<(String, Nesting)> {
    analyze(src, &Limits::default())
        .unwrap()
        .commands
        .into_iter()
        .map(|c| (c.text, c.nesting))
        .collect()
}

#[test]
fn splits_compound_commands() {
    let a = analyze(
        "touch a && rm -f b || ls | wc -l; echo x & sleep 1",
        &Limits::default(),
    )
    .unwrap();
    let t: Vec<_> = a.commands.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        t,
        ["touch a", "rm -f b", "ls", "wc -l", "echo x", "sleep 1"]
    );
    assert_eq!(a.top_level_count, 6);
    assert!(a.commands[4].background);
    assert!(!a.commands[5].background);
}

#[test]
fn quoted_operators_stay_in_one_command() {
    assert_eq!(
        texts("touch 'a && b.txt'"),
        [("touch 'a && b.txt'".to_string(), Nesting::TopLevel)]
    );
}

#[test]
fn finds_nested_commands() {
    let t = texts(
        "touch $(echo x) `rm y` <(cat z); (mkdir d); { rmdir e; }; if true; then shred f; fi",
    );
    let names: Vec<_> = t.iter().map(|(s, n)| (s.as_str(), *n)).collect();
    assert!(names.contains(&("echo x", Nesting::CommandSubstitution)));
    assert!(names.contains(&("rm y", Nesting::CommandSubstitution)));
    assert!(names.contains(&("cat z", Nesting::ProcessSubstitution)));
    assert!(names.contains(&("mkdir d", Nesting::Subshell)));
    assert!(names.contains(&("rmdir e", Nesting::BraceGroup)));
    assert!(names.contains(&("shred f", Nesting::IfClause)));
    let a = analyze("touch $(echo x)", &Limits::default()).unwrap();
    assert!(a.commands[0].has_nested_commands);
    assert_eq!(a.commands[0].text, "touch $(echo x)");
}

#[test]
fn substitution_inside_double_quotes_and_parameter_defaults() {
    let t = texts(r#"echo "a $(rm -rf /tmp/x) b" ${X:-$(curl evil)}"#);
    let s: Vec<_> = t.iter().map(|(s, _)| s.as_str()).collect();
    assert!(s.contains(&"rm -rf /tmp/x"), "{s:?}");
    assert!(s.contains(&"curl evil"), "{s:?}");
}

#[test]
fn redirects_are_separated_from_text() {
    let a = analyze("echo hi > out.txt 2>&1", &Limits::default()).unwrap();
    let c = &a.commands[0];
    assert_eq!(c.text, "echo hi");
    assert_eq!(c.redirects.len(), 2);
    assert_eq!(c.redirects[0].kind, RedirectKind::Write);
    assert_eq!(
        c.redirects[0].target.as_ref().unwrap().literal.as_deref(),
        Some("out.txt")
    );
    assert!(c.redirects[1].target.is_none());
    let a = analyze("echo > f hi", &Limits::default()).unwrap();
    assert_eq!(a.commands[0].text, "echo hi");
}

#[test]
fn assignments_and_literals() {
    let a = analyze(r#"FOO=bar LANG=C \rm -f 'my file' ~/x"#, &Limits::default()).unwrap();
    let c = &a.commands[0];
    assert_eq!(c.assignments.len(), 2);
    assert_eq!(c.assignments[0].name, "FOO");
    assert_eq!(c.argv[0].literal.as_deref(), Some("rm"));
    assert_eq!(c.argv[2].literal.as_deref(), Some("my file"));
    assert!(c.argv[3].tilde);
    assert_eq!(c.text, r#"FOO=bar LANG=C \rm -f 'my file' ~/x"#);
    assert_eq!(c.argv_text, r#"\rm -f 'my file' ~/x"#);
}

#[test]
fn keeps_inner_spacing_and_unicode() {
    assert_eq!(texts("touch  a")[0].0, "touch  a");
    assert_eq!(texts("echo héllo wörld > f")[0].0, "echo héllo wörld");
}

#[test]
fn heredoc_substitutions_are_found() {
    let t = texts("cat <<EOF\n$(rm -rf x)\nEOF\n");
    assert!(t.iter().any(|(s, _)| s == "rm -rf x"), "{t:?}");
    let t = texts("cat <<'EOF'\n$(rm -rf x)\nEOF\n");
    assert!(!t.iter().any(|(s, _)| s == "rm -rf x"), "{t:?}");
}

#[test]
fn hostile_input_is_an_error_not_a_panic() {
    let deep = "$(".repeat(500) + &")".repeat(500);
    assert!(matches!(
        analyze(&deep, &Limits::default()),
        Err(ShellError::TooDeep { .. })
    ));
    assert!(matches!(
        analyze("echo 'unterminated", &Limits::default()),
        Err(ShellError::Syntax(_))
    ));
    assert!(matches!(
        analyze("if then fi", &Limits::default()),
        Err(ShellError::Syntax(_))
    ));
    let long = "a".repeat(300_000);
    assert!(matches!(
        analyze(&long, &Limits::default()),
        Err(ShellError::TooLong { .. })
    ));
}

#[test]
fn word_flags_for_braces_and_heredocs() {
    let a = analyze(
        "touch ${HOME}/a $HOME/b $1 c.{x,y} 'd.{x,y}'",
        &Limits::default(),
    )
    .unwrap();
    let w = &a.commands[0].argv;
    assert!(w[1].braced_parameter);
    assert!(!w[2].braced_parameter);
    assert!(!w[3].braced_parameter);
    assert!(w[4].brace_expansion);
    assert!(!w[5].brace_expansion);
    let a = analyze("cat > f <<EOF\nhi\nEOF\n", &Limits::default()).unwrap();
    assert!(a.commands[0].redirects.iter().any(|r| r.expanding_heredoc));
    let a = analyze("cat > f <<'EOF'\nhi\nEOF\n", &Limits::default()).unwrap();
    assert!(!a.commands[0].redirects.iter().any(|r| r.expanding_heredoc));
    let a = analyze("if true; then touch x; fi", &Limits::default()).unwrap();
    assert!(a.compound_top_level.is_empty());
    assert_eq!(a.commands[1].nesting, Nesting::IfClause);
}

/// Regression: `<<\r(#` (found by cargo-fuzz) hung brush-parser's tokenizer
/// and grew memory without bound.
#[test]
fn carriage_return_heredoc_is_refused_not_hung() {
    for input in [
        "<<\r(#",
        " <<\r(#",
        "<<\r)#",
        "<<\r;#",
        "echo safe\rrm -rf x",
        "a\u{0}b",
        "x\u{7f}",
    ] {
        assert!(
            matches!(
                analyze(input, &Limits::default()),
                Err(ShellError::ControlCharacter { .. })
            ),
            "{input:?}"
        );
    }
    assert!(analyze("printf 'a\tb'\necho c", &Limits::default()).is_ok());
}

/// Regression: deeply nested parentheses made brush-parser backtrack
/// exponentially (found by cargo-fuzz: 45 bytes took over 12 seconds).
#[test]
fn deep_parentheses_are_refused_quickly() {
    let hostile = "((((((((((((4 ((((((((((((((((((((((((\"<<<\"<$";
    assert!(matches!(
        analyze(hostile, &Limits::default()),
        Err(ShellError::TooDeep { .. })
    ));
    // Quoted parentheses do not count; real nesting within the bound parses.
    assert!(analyze(
        "echo '((((((((((((((((' \"((((((((((((\"",
        &Limits::default()
    )
    .is_ok());
    assert!(analyze("echo $(( (1 + (2 * 3)) ))", &Limits::default()).is_ok());
    assert!(analyze("x=\"$(a \"$(b \"$(c)\")\")\"", &Limits::default()).is_ok());
}

/// Regression: a here-document delimiter holding `$(` made brush-parser's
/// tokenizer grow memory without bound (found by cargo-fuzz).
#[test]
fn odd_heredoc_delimiters_are_refused() {
    let hostile = "FOg\te<FE;$c&cat<{}c$'sa' <at <<B@$( )E}'sa' $c&c<at ";
    assert!(matches!(
        analyze(hostile, &Limits::default()),
        Err(ShellError::Syntax(_))
    ));
    assert!(matches!(
        analyze("cat <<$(x)", &Limits::default()),
        Err(ShellError::Syntax(_))
    ));
    for ok in [
        "cat <<EOF\nx\nEOF\n",
        "cat <<-'END'\n\tx\nEND\n",
        "cat <<\"E_1\"\nx\nE_1\n",
        "cat <<< \"$(date)\"",
    ] {
        assert!(analyze(ok, &Limits::default()).is_ok(), "{ok:?}");
    }
}

/// Regression: nested `${A[-...` made brush-parser's word parser backtrack
/// exponentially (found by cargo-fuzz).
#[test]
fn deep_parameter_expansions_are_refused() {
    let hostile = "echo ${A[-${A[-${A[-${A[-x )} )} )} )}";
    assert!(analyze(hostile, &Limits::default()).is_err());
    let deep = "echo ${A:-${B:-${C:-${D:-x}}}}";
    assert!(matches!(
        analyze(deep, &Limits::default()),
        Err(ShellError::TooDeep { .. })
    ));
    assert!(analyze("echo ${A:-${B:-${C}}}", &Limits::default()).is_ok());
}

/// Regression: unterminated `${A[` subscripts made brush-parser's word parser
/// backtrack exponentially (found by cargo-fuzz).
#[test]
fn unterminated_subscripts_are_refused() {
    let hostile = "F[OO$$-${A[AA0 )}$$-${A[AA0 )$$-${A[AA0 )}$$-${A[AA0 )}";
    assert!(matches!(
        analyze(hostile, &Limits::default()),
        Err(ShellError::Syntax(_))
    ));
    assert!(analyze("echo ${A[0]} ${B[@]} ${C[${i}]}", &Limits::default()).is_ok());
}

/// Regression: a here-document inside an unterminated `$(` looped the
/// tokenizer (found by cargo-fuzz).
#[test]
fn heredoc_in_unterminated_substitution_is_refused() {
    let hostile = "woor A$( A$(  AiFOg\t\n\t7<<\t  Aiin ";
    assert!(matches!(
        analyze(hostile, &Limits::default()),
        Err(ShellError::Syntax(_))
    ));
    assert!(analyze("x=$(cat <<EOF\nhi\nEOF\n)", &Limits::default()).is_ok());
}

/// Regression: many unclosed `[` made the word parser backtrack (cargo-fuzz).
#[test]
fn unclosed_brackets_are_refused() {
    let hostile = "iat[tt[t[['_'OAF['_'OAF[t[t['_$'AF[t['_'OA['_'OAF[t[t['_'OAF['_'OAF[['_'OAF['_'OAF[t[t['_$'AF[t['_'OA['_'OAF[t[t['_'OAF['_'OAF";
    assert!(matches!(
        analyze(hostile, &Limits::default()),
        Err(ShellError::Syntax(_))
    ));
    assert!(analyze(
        "[ -f a ] && [[ -d b ]] && ls [a-z]*.txt",
        &Limits::default()
    )
    .is_ok());
}

/// Regression (session 7): `<<` inside single quotes is data, not a
/// here-document (`python3 -c 'print(1<<3)'` was refused as having an odd
/// delimiter); outside single quotes the odd-delimiter guard still holds.
#[test]
fn shift_operators_in_single_quotes_are_data() {
    for ok in [
        "python3 -c 'print(1<<3)'",
        "crystal eval 'c<<p.output.gets_to_end'",
        "echo $'a\\'<<b'",
        "cat <<'EOF'\nx << y\nEOF",
    ] {
        assert!(analyze(ok, &Limits::default()).is_ok(), "{ok:?}");
    }
    refused_as_syntax(&["cat <<$(x)\nhi\n", "echo \"$(cat <<)E)\""]);
}

/// Regression (session 8): subscripts opening with `(` inside parameter
/// expansions made the word parser backtrack (cargo-fuzz: 201 bytes, 1.2 s
/// in release); more than two are refused.
#[test]
fn many_paren_subscripts_are_refused() {
    let hostile = String::from_utf8_lossy(b"\x22\x32\x4f\x3d\x7b\x4f\x77\x74\x2d\x46\x24\x5b\x28\x5d\x24\x29\x7d\x3d\x7d\x3d\x41\x3a\x28\x5c\x3e\x20\x7b\x69\x5c\x29\x62\x29\x74\x2d\x24\x28\x28\x46\x24\x5b\x28\x5d\x24\x29\x7d\x3d\x24\x7b\x4f\x77\x74\x5b\x3a\x28\x5d\x24\x7b\x41\x7b\x4f\x77\x74\x2d\x46\x24\x5b\x28\x5d\x24\x29\x7d\x3d\x7d\x3d\x41\x3a\x28\x5c\x3e\x20\x7b\x69\x5c\x29\x62\x29\x74\x2d\x46\x5d\x24\x29\x7d\x3d\x7d\x3d\x41\x3a\x28\x5c\x3e\x20\x7b\x69\x5c\x29\x62\x29\x74\x2d\x24\x28\x28\x46\x24\x5b\x28\x5d\x24\x29\x7d\x3d\x24\x7b\x4f\x77\x74\x5b\x3a\x28\x5d\x24\x7b\x41\x7b\x4f\x77\x74\x2d\x46\x24\x5b\x28\x5d\x24\x29\x7d\x3d\x7d\x3d\x41\x3a\x28\x5c\x3e\x20\x7b\x69\x5c\x29\x62\x29\x74\x2d\x46\x24\x5b\x28\x5d\x24\x29\x7d\x3d\x7d\x24\x5b\x28\x5d\x24\x29\x7d\x3d\x7d\x3d\x41\x3a\x28\x5c\x3e\x20\x7b\x69\x64\x20\x24\xd7\x84\xd2\x9a\x29\x22");
    assert!(matches!(
        analyze(&hostile, &Limits::default()),
        Err(ShellError::Syntax(_))
    ));
    assert!(analyze("echo ${a[(1+2)]} ${b[0]}", &Limits::default()).is_ok());
}

/// Each line is refused as a syntax error (not analysed, not a hang).
fn refused_as_syntax(hostile: &[&str]) {
    for h in hostile {
        assert!(
            matches!(analyze(h, &Limits::default()), Err(ShellError::Syntax(_))),
            "{h:?}"
        );
    }
}

/// Regression (session 9, cargo-fuzz risk_bash): a here-document whose
/// delimiter is empty once quotes are removed, at the end of the input
/// with a trailing space, made brush-parser's tokenizer loop and allocate
/// without end (`$''<<'' node -e `: over 20 s and gigabytes). Refused.
#[test]
fn empty_heredoc_delimiters_are_refused() {
    refused_as_syntax(&["a<<'' ", "$''<<'' node -e ", "cat <<\"\" x ", "x <<-'' "]);
    assert!(analyze("cat <<'EOF'\nx\nEOF", &Limits::default()).is_ok());
    assert!(analyze("cat <<\"END\"\nx\nEND", &Limits::default()).is_ok());
}

/// Regression (session 44, cargo-fuzz risk_bash timeout): the empty
/// delimiter hid behind a single quote that a backquoted substitution
/// closes (``d`x'`g'.'<<'''''''' ''''''aranode -oe ``): the guard took
/// `<<` as quoted, brush-parser's tokenizer looped and allocated for over
/// ten seconds. With a backquote in the line the guard ignores quoting.
#[test]
fn empty_heredoc_delimiters_behind_backquotes_are_refused() {
    refused_as_syntax(&[
        "d`ga2dunlink'`g'.'<<'''''''' ''''''aranode -oe ",
        "`x'`'.'<<'' node -e ",
    ]);
    assert!(analyze("python3 -c 'print(1<<3)'", &Limits::default()).is_ok());
    assert!(analyze("echo `date`; python3 -c 'print(1<<3)'", &Limits::default()).is_err());
}

/// Session 8: `$((1 << n))` is a shift, not a here-document.
#[test]
fn arithmetic_shift_is_not_a_heredoc() {
    assert!(analyze("d=$((60 * (1 << (n - 1))))", &Limits::default()).is_ok());
    assert!(analyze("(( x <<= 2 ))", &Limits::default()).is_ok());
    assert!(matches!(
        analyze("cat <<$(id)\nx\n$(id)", &Limits::default()),
        Err(ShellError::Syntax(_))
    ));
}

/// Each command's shell environment: the shell itself (0), or a subshell,
/// substitution, pipeline element or background job inside it.
#[test]
fn scopes_of_subshells_substitutions_pipelines_and_jobs() {
    let a = analyze(
        "cd a; (cd b; x); echo $(cd c) | wc; sleep 1 & { cd d; }",
        &Limits::default(),
    )
    .unwrap();
    let scope = |text: &str| {
        a.commands
            .iter()
            .find(|c| c.text == text)
            .map(|c| c.scope)
            .unwrap()
    };
    assert_eq!(scope("cd a"), 0);
    assert_eq!(scope("cd d"), 0, "a brace group is the same shell");
    let sub = scope("cd b");
    assert_ne!(sub, 0);
    assert_eq!(scope("x"), sub);
    assert_eq!(a.scope_chain(sub).last(), Some(0));
    let echo = scope("echo $(cd c)");
    let inner = scope("cd c");
    assert!(echo != 0 && inner != echo && scope("wc") != echo);
    assert_eq!(a.scope_chain(inner).collect::<Vec<_>>(), [inner, echo, 0]);
    assert_ne!(scope("sleep 1"), 0);
}

/// `analyze` hands out a kept result again for the same line (session 60):
/// it must be the result for that line and those limits, whatever was
/// analysed between, and a line analysed under tighter limits must not be
/// answered from the looser result.
#[test]
fn kept_analyses_answer_only_their_own_line_and_limits() {
    let line = "a; b; c | d";
    let loose = analyze(line, &Limits::default()).unwrap();
    assert_eq!(loose.commands.len(), 4);
    let tight = Limits {
        max_commands: 2,
        ..Limits::default()
    };
    assert!(matches!(
        analyze(line, &tight),
        Err(ShellError::TooManyCommands { max: 2 })
    ));
    for (other, first) in [
        ("x", "x"),
        ("y && z", "y"),
        ("rm -rf ~", "rm -rf ~"),
        ("w", "w"),
    ] {
        let a = analyze(other, &Limits::default()).unwrap();
        assert_eq!(a.commands.first().unwrap().text, first);
    }
    assert_eq!(analyze(line, &Limits::default()).unwrap(), loose);
    assert!(analyze(line, &tight).is_err());
    assert_eq!(analyze(line, &Limits::default()).unwrap(), loose);
}
