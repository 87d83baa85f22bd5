//! A command whose output a variable captures (`T=$(gh auth token)`,
//! `export T="$(...)"`): what it prints goes into the variable, not to the
//! agent. A credential printed there makes the variable a secret, judged
//! wherever the line uses it (session 44; left by session 43).

use super::*;
use agentgate_shell::Nesting;

/// Filters a captured credential may pass through on its way into the
/// variable (`$(gh auth token | tr -d '\n')`): they print only to it
/// (`xargs` is none: it runs a command with what it reads).
const CAPTURE_FILTERS: &[&str] = &["tr", "head", "tail", "cut", "jq"];

/// Programs that print variables of their environment: the whole of it,
/// one named, or those a template or program names.
const ENV_PRINTERS: &[&str] = &[
    "env", "printenv", "set", "export", "declare", "typeset", "echo", "printf", "envsubst", "awk",
    "gawk", "mawk", "nawk", "busybox", "jq", "gojq", "yq", "eval",
];

/// What a command in a capture finds that goes into the variable instead
/// of to the agent: a credential it prints; and a dotenv file read into
/// `export`'s words (`export $(grep -v '^#' .env | xargs)`: the dotenv
/// idiom loads what `source .env` loads; mcdev part 18, session 66). Read
/// into a variable of the line's own (`OUT=$(cat .env.production)`, the
/// development set's smuggled read) it is still judged, as are other
/// secret files (`K=$(base64 -w0 sa-key.json)`).
pub(super) fn holds(reason: &str, var: &str) -> bool {
    reason.starts_with("prints ")
        || var == LOADED
            && reason
                .strip_prefix("reads ")
                .is_some_and(|r| r.starts_with(crate::paths::DOTENV))
}

/// The name a capture into `export`'s words stands under (`export $(cat
/// .env | xargs)`): the variables it sets are named by what it prints, so
/// none can be named here; this is no identifier, so no use matches it,
/// and what the line prints or sends of them is judged by their own names.
const LOADED: &str = "$(...)";

/// Whether a command after the captured one in its pipeline only passes
/// on what it reads: a filter (no redirection), or `xargs` with no command
/// (it echoes its input's words).
fn passes_on(c: &agentgate_shell::SimpleCommand) -> bool {
    let name = c.name().map(|w| w.value_or_raw()).unwrap_or("");
    if !c.redirects.is_empty() {
        return false;
    }
    if name == "xargs" {
        let vals: Vec<&str> = c.argv.iter().skip(1).map(|w| w.value_or_raw()).collect();
        return super::xargs::command_start(&vals) >= vals.len();
    }
    CAPTURE_FILTERS.contains(&name)
}

/// The variable the site's standard output is captured into, when the
/// site sits in a command substitution that is an assignment's whole
/// value, at the end of its pipeline (or before filters only).
pub(super) fn captured_into(site: Site<'_>) -> Option<String> {
    let cmd = site.cmd;
    if cmd.nesting != Nesting::CommandSubstitution || cmd.depth == 0 {
        return None;
    }
    // Later elements of its pipeline: plain filters only.
    let pos = cmd.pipeline;
    let mut count = 0;
    for c in super::util::later_in_pipeline(site) {
        count += 1;
        if !passes_on(c) {
            return None;
        }
    }
    // Its own redirections may only feed it (`$(xargs < .env)`).
    let feeds = |r: &agentgate_shell::Redirect| {
        r.kind == agentgate_shell::RedirectKind::Read && r.fd.is_none_or(|f| f == 0)
    };
    if count + pos.index + 1 != pos.len || !cmd.redirects.iter().all(feeds) {
        return None;
    }
    // The command holding the substitution: the nearest earlier one less
    // deeply nested (nested commands follow the one that contains them).
    let outer = site
        .analysis
        .commands
        .get(..site.index)?
        .iter()
        .rev()
        .find(|c| c.depth < cmd.depth)?;
    let whole = |raw: &str| {
        let inner = raw
            .strip_prefix('"')
            .and_then(|r| r.strip_suffix('"'))
            .unwrap_or(raw);
        inner.starts_with("$(") && inner.ends_with(')') && inner.contains(cmd.text.as_str())
    };
    if outer.argv.is_empty() {
        return outer
            .assignments
            .iter()
            .find(|a| whole(&a.value.raw))
            .map(|a| a.name.clone());
    }
    let name = outer.name().map(|w| w.value_or_raw())?;
    // An assignment before a command puts the output in that command's
    // environment only (`GITHUB_TOKEN=$(gh auth token) node cli.ts`:
    // devdocsd, session 50): the program uses it, as a login reading its
    // standard input does; unless any of its words is a program that
    // prints its environment (`env`, `awk`'s ENVIRON, `jq`'s env,
    // `envsubst`; run straight or through `nice`, `xargs`...), a shell, or
    // an interpreter handed code inline (`node -e`): those may show it.
    let prints_env = outer.argv.iter().any(|w| {
        let b = paths::basename(w.value_or_raw());
        ENV_PRINTERS.contains(&b) || SHELLS.contains(&b)
    }) || outer
        .argv
        .iter()
        .any(|w| INTERPRETERS.contains(&paths::basename(w.value_or_raw())))
        && outer.argv.iter().skip(1).any(|w| {
            let v = w.value_or_raw();
            v.starts_with('-') && !v.starts_with("--") && v.contains(['c', 'e', 'p', 'r'])
                || matches!(v, "--eval" | "--print" | "--command")
        });
    if !DECLARERS.contains(&name) {
        if prints_env {
            return None;
        }
        return outer
            .assignments
            .iter()
            .find(|a| whole(&a.value.raw))
            .map(|a| a.name.clone());
    }
    // `export $(cat .env | xargs)`: the whole capture is one of its words.
    if outer.argv.iter().skip(1).any(|w| whole(&w.raw)) {
        return Some(LOADED.to_owned());
    }
    outer.argv.iter().skip(1).find_map(|w| {
        // `export "NAME=$(...)"` is `export NAME="$(...)"` (kOps' MFA
        // script, opsdocsb, session 55).
        let raw = w.raw.as_str();
        let raw = raw
            .strip_prefix('"')
            .and_then(|r| r.strip_suffix('"'))
            .unwrap_or(raw);
        let (var, value) = raw.split_once('=')?;
        (util::is_identifier(var) && whole(value)).then(|| var.to_owned())
    })
}
