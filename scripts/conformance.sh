#!/usr/bin/env bash
# Runs policy conformance cases against the real, pinned Claude Code CLI
# (driven offline by a scripted model on 127.0.0.1) and against agentgate's
# engine, and reports every disagreement.
#   scripts/conformance.sh                    every case (the full live run)
#   scripts/conformance.sh --sample 150       the spread sample scripts/test.sh (CI) runs
#   scripts/conformance.sh --sample 24        a sample spread over topics
#   scripts/conformance.sh --ids a,b          chosen cases
#   CLAUDE_CODE_VERSION=2.1.340 scripts/conformance.sh --all   check a new release
# Extra arguments go to agentgate-conformance (see --help).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$AG_ROOT"
if [ "$(id -u)" != 0 ]; then
    echo "error: conformance runs need root (a private mount namespace replaces /etc/claude-code)" >&2
    exit 1
fi
need_apt unshare util-linux
need_apt git git
CLAUDE_BIN="$(install_claude_code)"
cargo build --release --quiet -p agentgate-conformance
if [ "${1:-}" = "--all" ]; then shift; fi
exec "${CARGO_TARGET_DIR}/release/agentgate-conformance" --claude "$CLAUDE_BIN" \
    --cases "${AGENTGATE_SHARED}/fixtures/policy/dev.jsonl" \
    --cases "${AG_ROOT}/crates/agentgate-conformance/cases/observed.jsonl" "$@"
