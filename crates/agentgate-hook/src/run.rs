//! One hook process: the part of `agentgate hook` and `agentgate-hook` after
//! their arguments are parsed. Reads the event on stdin, decides under a
//! deadline, journals, answers on stdout; every failure becomes Claude
//! Code's blocking answer (exit 2 or the policy's failure answer), never a
//! silent pass.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use crate::{handle, parse_input, AuditContext, HookEnv, Outcome};
use agentgate_journal::{Journal, JournalConfig, Sync as JournalSync};
use agentgate_orgpolicy::{Action, OrgPolicy, SyncMode};
use agentgate_session::SessionStore;
use serde_json::{Map, Value};

/// The hook's two options, the same in both hook commands.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Paths {
    /// `--policy FILE`: the org policy (else /etc/agentgate/policy.toml,
    /// $AGENTGATE_POLICY, or the built-in baseline).
    pub policy: Option<PathBuf>,
    /// `--state-dir DIR`: where the journal and session state live (else
    /// hook.state_dir, $AGENTGATE_STATE_DIR, $XDG_STATE_HOME/agentgate,
    /// ~/.local/state/agentgate).
    pub state_dir: Option<PathBuf>,
}

fn state_dir(args: &Paths, policy: Option<&OrgPolicy>) -> Option<PathBuf> {
    if let Some(d) = &args.state_dir {
        return Some(expand_account_home(d));
    }
    if let Some(d) = policy.and_then(|p| p.hook.state_dir.as_ref()) {
        return Some(expand_account_home(Path::new(d)));
    }
    // A deployment pins the state directory on the hook's command line and
    // in the managed env (`policy build`), so no variable the agent can set
    // (a project's settings `env`) moves it: a fresh state directory would
    // reset every session's taint and start a new journal.
    default_state_dir(None)
}

/// The account's home from /etc/passwd (else `$HOME`).
fn account_home() -> Option<String> {
    agentgate_context::current_uid()
        .and_then(agentgate_context::account_home)
        .or_else(|| std::env::var("HOME").ok().filter(|h| !h.is_empty()))
}

/// `~` in a pinned path (`--state-dir '~/.local/state/agentgate'`, as
/// `policy build` writes it) is the account's home from /etc/passwd, not
/// `$HOME`, which a variable could move.
pub fn expand_account_home(p: &Path) -> PathBuf {
    let s = p.to_string_lossy();
    let rest = if s == "~" {
        Some("")
    } else {
        s.strip_prefix("~/").map(|_| s.get(1..).unwrap_or(""))
    };
    match (rest, account_home()) {
        (Some(rest), Some(home)) => PathBuf::from(format!("{home}{rest}")),
        _ => p.to_path_buf(),
    }
}

/// The state directory without a policy: `explicit`, $AGENTGATE_STATE_DIR,
/// $XDG_STATE_HOME/agentgate, ~/.local/state/agentgate.
pub fn default_state_dir(explicit: Option<&Path>) -> Option<PathBuf> {
    if let Some(d) = explicit {
        return Some(d.to_path_buf());
    }
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    if let Some(d) = env("AGENTGATE_STATE_DIR") {
        // The managed env pins it as `~/.local/state/agentgate`.
        return Some(expand_account_home(Path::new(&d)));
    }
    if let Some(d) = env("XDG_STATE_HOME") {
        return Some(PathBuf::from(d).join("agentgate"));
    }
    env("HOME").map(|h| PathBuf::from(h).join(".local/state/agentgate"))
}

/// Prints the answer. A hook that cannot answer must still block: exit code
/// 2 makes Claude Code refuse the call with the message on stderr.
fn emit(outcome: &Outcome) -> u8 {
    if let Some(json) = outcome.stdout() {
        let mut out = std::io::stdout().lock();
        if writeln!(out, "{json}").and_then(|()| out.flush()).is_err() {
            eprintln!(
                "agentgate: cannot write the hook answer; blocking: {}",
                outcome.reason
            );
            return 2;
        }
    }
    0
}

/// Runs one hook event. Always answers; never exits in a way Claude Code
/// would treat as "no objection" when something went wrong.
pub fn run(args: &Paths) -> u8 {
    // A panic on this thread would exit with 101, which Claude Code treats as
    // a non-blocking error (the call would run). Exit with 2 instead.
    std::panic::set_hook(Box::new(|info| {
        if agentgate_shell::is_contained_parser_panic(info) {
            return;
        }
        // Inside the decision, catch_unwind turns a panic into the failure
        // answer, and the journal still records it.
        if std::thread::current().name() == Some("main") && !DECIDING.load(Ordering::SeqCst) {
            eprintln!("agentgate: internal error, blocking the call: {info}");
            std::process::exit(2);
        }
    }));
    // SIGTERM or SIGHUP while deciding (the agent signalling a concurrent
    // hook, or Claude Code's own timeout) must not end the process with 143
    // or 129, which Claude Code treats as a non-blocking error: the call
    // would run unchecked. Exit 2 (a block) instead while no answer is out.
    let undecided = Arc::new(AtomicBool::new(true));
    for sig in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        if let Err(e) =
            signal_hook::flag::register_conditional_shutdown(sig, 2, Arc::clone(&undecided))
        {
            let outcome = Outcome::failure(
                Action::Deny,
                "PreToolUse",
                &format!("cannot install the signal handlers: {e}"),
            );
            return emit(&outcome);
        }
    }
    let env_policy = std::env::var("AGENTGATE_POLICY").ok();
    let policy = match OrgPolicy::load(args.policy.as_deref(), env_policy.as_deref()) {
        Ok(p) => p,
        Err(e) => {
            let outcome = Outcome::failure(Action::Deny, "PreToolUse", &e.to_string());
            eprintln!("agentgate: {e}");
            record(state_dir(args, None).as_deref(), None, &outcome, None);
            return emit(&outcome);
        }
    };
    let dir = state_dir(args, Some(&policy));
    let max = policy.hook.max_input_bytes;
    let mut buf = Vec::new();
    let limit = u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1);
    if let Err(e) = std::io::stdin().lock().take(limit).read_to_end(&mut buf) {
        let outcome = Outcome::failure(
            policy.hook.on_error,
            "PreToolUse",
            &format!("cannot read the hook input: {e}"),
        );
        record(dir.as_deref(), Some(&policy), &outcome, None);
        return emit(&outcome);
    }
    let input = match parse_input(&buf, max) {
        Ok(i) => i,
        Err(e) => {
            let outcome = Outcome::failure(policy.hook.on_error, "PreToolUse", &e);
            record(dir.as_deref(), Some(&policy), &outcome, None);
            return emit(&outcome);
        }
    };
    drop(buf);
    let Some(state) = dir.as_deref() else {
        let outcome = Outcome::failure(
            policy.hook.on_error,
            "PreToolUse",
            "no state directory: set HOME, AGENTGATE_STATE_DIR or hook.state_dir",
        );
        return emit(&outcome);
    };
    let mut guarded = vec![(
        state.display().to_string(),
        "agentgate's state (journal, checkpoints, device key, session guard)".to_owned(),
    )];
    if policy.source.starts_with('/') {
        guarded.push((policy.source.clone(), "the org policy".to_owned()));
    }
    if let Ok(exe) = std::env::current_exe() {
        guarded.push((exe.display().to_string(), "the agentgate binary".to_owned()));
    }
    // The environment as Claude Code gave it; a name or value that is not
    // UTF-8 is kept with an empty value (set, and unusable). Only a
    // command line with an expansion can use it, so no other call pays
    // for reading it.
    let expands = input
        .get("tool_input")
        .and_then(|t| t.get("command"))
        .and_then(Value::as_str)
        .is_some_and(|c| c.contains('$'));
    let vars: Vec<(String, String)> = if expands {
        std::env::vars_os()
            .map(|(k, v)| {
                (
                    k.to_string_lossy().into_owned(),
                    v.into_string().unwrap_or_default(),
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    // Names the user's shell start-up files set reach the Bash tool (its
    // shell snapshot) but not this process: unknown to both sides.
    let home = std::env::var("HOME").unwrap_or_default();
    let startup = if expands {
        crate::startup::startup_names(&home)
    } else {
        Vec::new()
    };
    let env = HookEnv {
        home,
        project_dir: std::env::var("CLAUDE_PROJECT_DIR")
            .ok()
            .filter(|v| !v.is_empty()),
        guarded,
        environment: agentgate_risk::environment_values(
            vars.iter().filter(|(n, _)| !startup.contains(n)).cloned(),
        ),
        environment_unknown: {
            let mut unknown = agentgate_risk::environment_unknown(vars);
            unknown.extend(startup);
            unknown.sort();
            unknown.dedup();
            unknown
        },
    };
    let sessions = SessionStore::new(&state.join("sessions"));
    let budget = Duration::from_millis(policy.hook.time_budget_ms);
    let on_error = policy.hook.on_error;
    let event = input
        .get("hook_event_name")
        .and_then(Value::as_str)
        .unwrap_or("PreToolUse")
        .to_owned();

    // The decision runs on this thread; a watchdog thread holds the deadline,
    // because the shell parser has had pathological inputs and a hook that
    // hangs fails open. The decision stays on the main thread (not a worker)
    // because a second allocating thread makes glibc map a fresh 128 MiB
    // arena, which was a measurable share of the hook's whole run time. The
    // watchdog allocates nothing unless it fires.
    //
    // The same thread holds the memory budget: it looks at the resident size
    // every `memory::POLL` (see `crate::memory` for why not an rlimit).
    let watchdog_event = event.clone();
    let memory_kib = policy.hook.memory_budget_mb.saturating_mul(1024);
    let watchdog = std::thread::Builder::new()
        .name("watchdog".into())
        .stack_size(64 * 1024)
        .spawn(move || {
            let start = std::time::Instant::now();
            let problem = loop {
                let left = budget.saturating_sub(start.elapsed());
                if left.is_zero() {
                    break format!(
                        "the decision took longer than the {} ms budget (hook.time_budget_ms)",
                        budget.as_millis()
                    );
                }
                // Parking allocates nothing (a channel's first wait did:
                // on this thread that maps glibc's second arena, about 5%
                // of a call). A wake-up without DECIDED set is spurious.
                std::thread::park_timeout(left.min(crate::memory::POLL));
                if DECIDED.load(Ordering::SeqCst) {
                    return;
                }
                if crate::memory::resident_kib().is_some_and(|kib| kib > memory_kib) {
                    break format!(
                        "the decision needed more than the {} MiB memory budget (hook.memory_budget_mb)",
                        memory_kib / 1024
                    );
                }
            };
            if ANSWERED.swap(true, Ordering::SeqCst) {
                return;
            }
            let outcome = Outcome::failure(on_error, &watchdog_event, &problem);
            let code = emit(&outcome);
            // The decision may be stuck; end the process without it.
            std::process::exit(i32::from(code));
        });
    let watchdog = match watchdog {
        Ok(handle) => handle,
        Err(e) => {
            let outcome = Outcome::failure(
                on_error,
                &event,
                &format!("cannot start the watchdog thread: {e}"),
            );
            return emit(&outcome);
        }
    };
    DECIDING.store(true, Ordering::SeqCst);
    let decided = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        handle(&input, &policy, &env, &sessions)
    }));
    DECIDING.store(false, Ordering::SeqCst);
    let outcome = match decided {
        Ok(outcome) => outcome,
        Err(_) => Outcome::failure(on_error, &event, "internal error while deciding"),
    };
    let outcome = record(Some(state), Some(&policy), &outcome, Some(&input));
    if ANSWERED.swap(true, Ordering::SeqCst) {
        // The watchdog has answered and is ending the process.
        loop {
            std::thread::park();
        }
    }
    DECIDED.store(true, Ordering::SeqCst);
    watchdog.thread().unpark();
    let code = emit(&outcome);
    undecided.store(false, Ordering::SeqCst);
    code
}

/// Set by whichever of the decision and the watchdog answers first, so that
/// exactly one answer is printed.
static ANSWERED: AtomicBool = AtomicBool::new(false);

/// Set once the answer is recorded: the watchdog stops watching.
static DECIDED: AtomicBool = AtomicBool::new(false);

/// True while `handle` runs under `catch_unwind`.
static DECIDING: AtomicBool = AtomicBool::new(false);

/// Appends the journal record; when the journal is required and cannot be
/// written, a PreToolUse answer becomes the failure answer.
fn record(
    dir: Option<&Path>,
    policy: Option<&OrgPolicy>,
    outcome: &Outcome,
    input: Option<&Map<String, Value>>,
) -> Outcome {
    let required = policy.is_none_or(|p| p.hook.require_journal);
    let config = policy.map_or_else(JournalConfig::default, |p| JournalConfig {
        sync: match p.audit.sync {
            SyncMode::Always => JournalSync::Always,
            SyncMode::Batched => JournalSync::Batched,
            SyncMode::Never => JournalSync::Never,
        },
        sync_every: p.audit.sync_every,
        checkpoint_every: p.audit.checkpoint_every,
        rotate_bytes: p.audit.rotate_bytes,
    });
    // A session stopping is a natural point to sign and flush.
    let flush = matches!(outcome.event.as_str(), "Stop" | "SessionEnd");
    let ctx = match (policy, dir) {
        (Some(p), Some(d)) => {
            let home = std::env::var("HOME").unwrap_or_default();
            let cwd = input.and_then(|m| m.get("cwd")).and_then(Value::as_str);
            AuditContext::gather(&home, cwd, p, Some(&d.join("snapshots")))
        }
        _ => AuditContext::default(),
    };
    let result = dir
        .ok_or_else(|| "no state directory".to_owned())
        .and_then(|d| Journal::open(&d.join("journal"), config).map_err(|e| e.to_string()))
        .and_then(|j| {
            j.append(outcome.record(input, &ctx), flush)
                .map_err(|e| e.to_string())
        });
    match result {
        Ok(_) => outcome.clone(),
        Err(e) => {
            eprintln!("agentgate: {e}");
            if required && outcome.event == "PreToolUse" && outcome.error.is_none() {
                let on_error = policy.map_or(Action::Deny, |p| p.hook.on_error);
                Outcome::failure(on_error, &outcome.event, &e)
            } else {
                outcome.clone()
            }
        }
    }
}
