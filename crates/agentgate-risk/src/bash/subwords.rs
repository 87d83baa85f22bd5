//! How a row's sub-command words (`agentgate_commands::Sub::words`) match
//! a command line's operands and options.

/// Whether the operand `v` is the sub-command word `w`. A word may list
/// alternatives (`up|down`); each alternative is a literal, a prefix when
/// it ends in `*` (`+*` is `xhost +build-host`), a part of the operand when
/// it starts and ends with `*` (`*aws-auth*` is `configmap/aws-auth` and
/// `/tmp/aws-auth.yaml`), any operand when it is `?`, or any non-empty
/// abbreviation of a word when it starts with `~` (`~address` is `a`,
/// `addr` and `address`: iproute2's and nmcli's abbreviations; `~de[lete]`
/// needs at least `de`). A word starting with `@` is the rest of it, at
/// its own place only (`copy ? @docker://*`: the destination, the third
/// operand). `#` is a time in digits (`0613162785`, `1530.45`), at its
/// own place only.
pub(super) fn sub_word(w: &str, v: &str) -> bool {
    w.split('|').any(|alt| sub_alternative(alt, v))
}

fn sub_alternative(w: &str, v: &str) -> bool {
    // `@`: matched at its own place (`positional`), as written after it.
    let w = w.strip_prefix('@').unwrap_or(w);
    if w == "?" {
        return !v.is_empty();
    }
    // `#`: a time written in digits, with seconds after a dot (`date
    // 0613162785`, BSD's `date 1530`: the clock set; mcdev part 28).
    if w == "#" {
        let (digits, secs) = v.split_once('.').unwrap_or((v, "00"));
        return digits.len() >= 2
            && secs.len() == 2
            && digits
                .bytes()
                .chain(secs.bytes())
                .all(|b| b.is_ascii_digit());
    }
    if let Some(abbr) = w.strip_prefix('~') {
        // `~ab[cd]`: at least `ab`, at most `abcd`.
        return match abbr.split_once('[') {
            Some((least, more)) => v.strip_prefix(least).is_some_and(|tail| {
                more.strip_suffix(']')
                    .is_some_and(|more| more.starts_with(tail))
            }),
            None => !v.is_empty() && abbr.starts_with(v),
        };
    }
    if let Some(inner) = w.strip_prefix('*').and_then(|r| r.strip_suffix('*')) {
        return !inner.is_empty() && v.contains(inner);
    }
    match w.strip_suffix('*') {
        Some(prefix) => v.starts_with(prefix) && v.len() > prefix.len(),
        None => v == w,
    }
}

/// Whether a sub-command word is matched at its own place among the
/// operands (the k-th word of the row against the k-th operand) rather
/// than anywhere: `?` and abbreviations are too loose to match anywhere
/// (`ip a s` would be `ip address add`).
pub(super) fn positional(w: &str) -> bool {
    w.split('|')
        .any(|alt| alt == "?" || alt == "#" || alt.starts_with('~') || alt.starts_with('@'))
}

/// Whether the option word `v` is the row's option `w`. `-k+` is the
/// short flag `k` alone or in a cluster of flags (`-ki`, `-mk`); `--x*`
/// any option starting with `--x` (firewall-cmd's `--add-service=`,
/// `--add-port=`, ...); `--x` is also `--x=VALUE`; `-a|-b` either.
pub(super) fn option_word(w: &str, v: &str) -> bool {
    w.split('|').any(|alt| option_alternative(alt, v))
}

fn option_alternative(w: &str, v: &str) -> bool {
    if let Some(prefix) = w.strip_suffix('*') {
        return v.starts_with(prefix) && v.len() > prefix.len();
    }
    if let Some(flag) = w.strip_suffix('+').and_then(|f| f.strip_prefix('-')) {
        return v.len() > 1
            && !v.starts_with("--")
            && v.strip_prefix('-').is_some_and(|cluster| {
                cluster.chars().all(|c| c.is_ascii_alphabetic()) && cluster.contains(flag)
            });
    }
    v == w || v.strip_prefix(w).is_some_and(|r| r.starts_with('='))
}

/// Whether the call has an option with this value (`-e 0`, `-e0`, `-e=0`);
/// the value is a sub-command word (`-keystore *cacerts*`); the option may
/// list its spellings (`-o|--output *.token*`).
fn option_with_value(opts: &str, value: &str, vals: &[&str]) -> bool {
    opts.split('|').any(|opt| {
        vals.windows(2)
            .any(|p| p.first() == Some(&opt) && p.get(1).is_some_and(|v| sub_word(value, v)))
            || vals.iter().any(|v| {
                v.strip_prefix(opt).is_some_and(|r| {
                    !r.is_empty() && sub_word(value, r.strip_prefix('=').unwrap_or(r))
                })
            })
    })
}

/// Whether a row's sub-command words (`agentgate_commands::Sub::words`)
/// match a call: `vals` its words after the program, `ops` the indices of
/// its operands. Options may sit between the words (`kubectl -n prod
/// exec`); option-like words (`-r`, `--raw`) are matched anywhere, the
/// first other word must be the first operand.
pub(super) fn words_match(words: &[&str], vals: &[&str], ops: &[usize]) -> bool {
    // The place of each sub-command word among the row's words.
    let mut place = 0;
    words.iter().all(|w| {
        if let Some(absent) = w.strip_prefix('!') {
            // An option the call must not have (`pkcs12 -nodes !-nokeys`),
            // with a value (`!-a|--action query`: dnstool's query, session
            // 51), or an operand (`reg query *putty* !*sshhostkeys*`).
            if let Some((opts, value)) = absent.split_once(' ').filter(|_| absent.starts_with('-'))
            {
                !option_with_value(opts, value, vals)
            } else if absent.starts_with('-') {
                !vals.iter().any(|v| option_word(absent, v))
            } else {
                !ops.iter()
                    .any(|i| vals.get(*i).is_some_and(|v| sub_word(absent, v)))
            }
        } else if let Some((opts, value)) = w.split_once(' ').filter(|_| w.starts_with('-')) {
            option_with_value(opts, value, vals)
        } else if w.starts_with('-') {
            // `--vacuum-time=1s` is `--vacuum-time`.
            vals.iter().any(|v| option_word(w, v))
        } else {
            place += 1;
            if positional(w) {
                ops.get(place - 1)
                    .and_then(|i| vals.get(*i))
                    .is_some_and(|v| sub_word(w, v))
            } else {
                ops.iter()
                    .any(|i| vals.get(*i).is_some_and(|v| sub_word(w, v)))
            }
        }
    }) && words
        .iter()
        .find(|w| !w.starts_with(['-', '!']))
        .is_none_or(|w| {
            // The first operand; or, for a row without positional words, a
            // later one when every operand before it is the word after a
            // long option, a value the row does not declare (`rclone
            // --max-stats-groups 10 sync`: opsdocsc, session 55).
            let free = !words.iter().any(|w| positional(w));
            ops.iter().enumerate().any(|(k, i)| {
                let behind_values = ops
                    .get(..k)
                    .is_some_and(|before| before.iter().all(|j| after_long_option(vals, *j)));
                (k == 0 || free && behind_values) && vals.get(*i).is_some_and(|v| sub_word(w, v))
            })
        })
}

/// Whether `vals[j]` follows a long option written without `=`.
fn after_long_option(vals: &[&str], j: usize) -> bool {
    j.checked_sub(1)
        .and_then(|p| vals.get(p))
        .is_some_and(|o| o.starts_with("--") && o.len() > 2 && !o.contains('='))
}

/// A row's word as a reason shows it: the call's word it matched
/// (`start` for `stop|start`, `--add` for `--master-enable|--add`, an
/// option without its value), else its first alternative without pattern
/// marks (`*winlogon*` is `winlogon`).
pub(super) fn shown_word<'v>(w: &'v str, vals: &[&'v str], ops: &[usize]) -> &'v str {
    let matched = if w.starts_with('-') {
        let opt = w.split(' ').next().unwrap_or(w);
        vals.iter()
            .find(|v| option_word(opt, v))
            .map(|v| v.split('=').next().unwrap_or(v))
    } else {
        ops.iter()
            .filter_map(|i| vals.get(*i))
            .find(|v| sub_word(w, v))
            .copied()
    };
    match matched {
        Some(v) if v.chars().count() <= 60 => v,
        _ => {
            let first = w.split(['|', ' ']).next().unwrap_or(w);
            first.trim_matches(['*', '~', '+', '@'])
        }
    }
}

/// The word a row's sub-command words would need in place of an operand
/// whose value cannot be known (`docker-credential-gcr $@`, `kubectl $VERB
/// secret x`) for the row to match: `Some(that operand)` when the words do
/// not match the call as written but do with each such operand read as
/// the word the row names at its place. Issue 11: a value that cannot be
/// known where it matters is unverifiable, never clean.
pub(super) fn unknown_operand_match<'v>(
    words: &[&str],
    vals: &[&'v str],
    ops: &[usize],
) -> Option<&'v str> {
    if !ops
        .iter()
        .any(|i| vals.get(*i).is_some_and(|v| whole_expansion(v)))
    {
        return None;
    }
    let mut filled: Vec<String> = vals.iter().map(|v| (*v).to_owned()).collect();
    let mut unknown = None;
    let positional_words = words.iter().filter(|w| !w.starts_with(['-', '!']));
    for (&i, w) in ops.iter().zip(positional_words) {
        let (Some(v), Some(slot)) = (vals.get(i), filled.get_mut(i)) else {
            break;
        };
        if whole_expansion(v) {
            *slot = standing_word(w);
            unknown = unknown.or(Some(*v));
        }
    }
    let filled: Vec<&str> = filled.iter().map(String::as_str).collect();
    unknown.filter(|_| words_match(words, &filled, ops))
}

/// An operand that a sub-command word matches: its first alternative with
/// the pattern marks read as text (`*aws-auth*` is `aws-auth`, `get*` is
/// `getx`, `~de[lete]` is `delete`, `@docker://*` is `docker://x`).
fn standing_word(w: &str) -> String {
    let alt = w.split('|').next().unwrap_or(w);
    let alt = alt.strip_prefix('@').unwrap_or(alt);
    if let Some(abbr) = alt.strip_prefix('~') {
        return abbr.replace(['[', ']'], "");
    }
    if let Some(inner) = alt.strip_prefix('*').and_then(|r| r.strip_suffix('*')) {
        return inner.to_owned();
    }
    match alt.strip_suffix('*') {
        Some(prefix) => format!("{prefix}x"),
        None => alt.to_owned(),
    }
}

/// Whether a word is one expansion and nothing else (`$VERB`, `"$@"`,
/// `${CMD}`, `$(pick)`, `` `pick` ``): its whole value is unknown. A word
/// with text of its own (`${NS}:test`) is not any sub-command word.
fn whole_expansion(v: &str) -> bool {
    let Some(inner) = super::util::sole_expansion(v) else {
        return v.len() > 2 && v.starts_with('`') && v.ends_with('`');
    };
    let braced = v.trim_matches('"').starts_with("${");
    if let Some(command) = inner.strip_prefix('(') {
        return command.ends_with(')') && command.len() > 1;
    }
    !inner.is_empty()
        && !inner.contains(['{', '}'])
        && (inner
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_')
            || matches!(inner, "@" | "*")
            || braced && !inner.contains(' '))
}
