#!/usr/bin/env bash
# Runs every cargo-fuzz target for a bounded time (default 30 s each).
#   scripts/fuzz.sh [SECONDS] [TARGET...]
# The machine has only stable Rust; RUSTC_BOOTSTRAP=1 lets cargo-fuzz pass
# the sanitizer flags it needs. Findings land in fuzz/artifacts/<target>/.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "${AG_ROOT}/fuzz"
seconds="${1:-30}"; shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(rule_parse settings_load hook_input shell_analyze policy_decide)
fi
CARGO_FUZZ_VERSION=0.13.2
if ! cargo fuzz --version 2>/dev/null | grep -q "$CARGO_FUZZ_VERSION"; then
    log "installing cargo-fuzz ${CARGO_FUZZ_VERSION}"
    cargo install --quiet --locked cargo-fuzz --version "$CARGO_FUZZ_VERSION"
fi
export RUSTC_BOOTSTRAP=1
# The fuzz crate has its own target dir (sanitizer builds must not mix with the workspace's).
export CARGO_TARGET_DIR="${AG_CACHE}/fuzz-target"
failed=0
for t in "${targets[@]}"; do
    mkdir -p "corpus/$t"
    # Seed each corpus from the committed seeds.
    if [ -d "seeds/$t" ]; then cp -n seeds/"$t"/* "corpus/$t/" 2>/dev/null || true; fi
    log "fuzzing $t for ${seconds}s"
    if ! cargo fuzz run -O "$t" "corpus/$t" -- -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 >"${AG_CACHE}/fuzz-$t.log" 2>&1; then
        echo "FUZZ FINDING in $t (log: ${AG_CACHE}/fuzz-$t.log):" >&2
        grep -E "panicked|ERROR|SUMMARY" "${AG_CACHE}/fuzz-$t.log" | head -5 >&2
        failed=1
    else
        grep -E "^#[0-9]+.*(DONE|pulse)" "${AG_CACHE}/fuzz-$t.log" | tail -1 >&2 || true
    fi
done
exit "$failed"
