#!/usr/bin/env bash
# Runs every cargo-fuzz target for a bounded time (default 30 s each).
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#   scripts/fuzz.sh --runs N [TARGET...]   deterministic: seed 1, N inputs, committed seeds only (CI)
# The machine has only stable Rust; RUSTC_BOOTSTRAP=1 lets cargo-fuzz pass
# the sanitizer flags it needs. Findings land in fuzz/artifacts/<target>/.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "${AG_ROOT}/fuzz"
limit=(-max_total_time=30)
if [ "${1:-}" = "--runs" ]; then
    limit=(-runs="${2:?--runs needs a count}" -seed=1); shift 2
    deterministic=1
else
    limit=(-max_total_time="${1:-30}"); shift || true
    deterministic=0
fi
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(rule_parse settings_load hook_input shell_analyze policy_decide risk_bash hook_decide otlp_decode journal_verify redact_text policy_build)
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
    corpus="corpus/$t"
    if [ "$deterministic" = 1 ]; then
        # A fresh copy of the committed seeds, so that every run is the same.
        corpus="$(mktemp -d)"
    fi
    mkdir -p "$corpus"
    if [ -d "seeds/$t" ]; then cp -n seeds/"$t"/* "$corpus/" 2>/dev/null || true; fi
    log "fuzzing $t (${limit[*]})"
    # A single allocation over 1 GiB or a 10 s input is a finding; total RSS
    # grows with the corpus and ASan's quarantine, so its cap is generous.
    if ! cargo fuzz run -O "$t" "$corpus" -- "${limit[@]}" -rss_limit_mb=6144 -malloc_limit_mb=1024 -timeout=10 >"${AG_CACHE}/fuzz-$t.log" 2>&1; then
        echo "FUZZ FINDING in $t (log: ${AG_CACHE}/fuzz-$t.log):" >&2
        grep -E "panicked|ERROR|SUMMARY" "${AG_CACHE}/fuzz-$t.log" | head -5 >&2
        failed=1
    else
        grep -E "^#[0-9]+.*(DONE|pulse)" "${AG_CACHE}/fuzz-$t.log" | tail -1 >&2 || true
    fi
done
exit "$failed"
