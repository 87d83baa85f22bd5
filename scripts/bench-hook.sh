#!/usr/bin/env bash
# Times whole hook processes (spawn to answer, p50/p99) on the dev command
# set, side by side: /bin/true, a minimal Python hook, dcg (built from
# crates.io) and agentgate; prints ratios and what each one catches.
#   scripts/bench-hook.sh [ROUNDS]   (10 by default: the p99 of a 2 ms process
#   needs samples; the tool also prints the median of the rounds' ratios,
#   which one noisy round cannot move). The heavy contenders, Python and dcg,
#   are timed in a pass of their own after /bin/true and agentgate, so that
#   the exit work of a 50 ms interpreter does not land in a 2 ms process's
#   p99.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$AG_ROOT"
rounds="${1:-10}"
need_apt python3 python3
# The interpreter itself, not a version-manager shim (a pyenv shim is a bash
# script that forks a dozen processes; it would time pyenv, not Python).
python_bin="$(python3 -c 'import sys; print(sys.executable)')"
cargo build --release --quiet -p agentgate-bench
AG_BIN="$(build_hook_binary)"
dcg_dir="${HOME}/.cache/agentgate/dcg"
dcg_bin="$dcg_dir/destructive_command_guard-0.16.0/target/release/dcg"
if [ ! -x "$dcg_bin" ]; then
    log "building dcg (destructive_command_guard 0.16.0) from crates.io"
    # Its own target dir: build-dcg.sh looks for the binary under the crate.
    env -u CARGO_TARGET_DIR "${AGENTGATE_SHARED}/tools/build-dcg.sh" "$dcg_dir" >/dev/null
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat > "$work/min_hook.py" <<'PY'
import json, sys
json.load(sys.stdin)
print("{}")
PY
export AGENTGATE_STATE_DIR="$work/state"
log "hook latency, ${rounds} rounds over ${AGENTGATE_SHARED}/fixtures/commands/dev.jsonl"
"${CARGO_TARGET_DIR}/release/hook-latency" --commands "${AGENTGATE_SHARED}/fixtures/commands/dev.jsonl" --rounds "$rounds" \
    --contender "true=/bin/true" \
    --contender "python=$python_bin $work/min_hook.py" \
    --contender "dcg=$dcg_bin" \
    --contender "agentgate=${AG_BIN}" \
    --apart python --apart dcg
