# Shared helpers for agentgate's scripts. Sourced, not run.
set -euo pipefail

AG_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Build artefacts live outside the clone so that CI and later runs reuse them.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-${HOME}/.cache/agentgate/target}"
AG_CACHE="${AGENTGATE_CACHE:-${HOME}/.cache/agentgate}"
# The pinned Claude Code release that conformance tests run against.
CLAUDE_CODE_VERSION="${CLAUDE_CODE_VERSION:-2.1.331}"
# shared/ sits next to the clone (CI clones it there).
export AGENTGATE_SHARED="${AGENTGATE_SHARED:-$(cd "${AG_ROOT}/.." && pwd)/shared}"

log() { printf '==> %s\n' "$*" >&2; }

need_apt() {
    # need_apt CMD PACKAGE...: installs Debian packages when CMD is missing.
    local cmd="$1"; shift
    if ! command -v "$cmd" >/dev/null 2>&1; then
        if [ "$(id -u)" != 0 ]; then
            echo "error: $cmd is missing; install: $*" >&2
            exit 1
        fi
        log "installing $* (apt-get)"
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
    fi
}

# install_claude_code: installs @anthropic-ai/claude-code at the pinned version
# into the cache and prints the path of its binary.
install_claude_code() {
    need_apt node nodejs
    need_apt npm npm
    local dir="${AG_CACHE}/claude-code-${CLAUDE_CODE_VERSION}"
    local bin="${dir}/node_modules/.bin/claude"
    if ! "$bin" --version >/dev/null 2>&1; then
        log "installing @anthropic-ai/claude-code@${CLAUDE_CODE_VERSION} (npm)"
        mkdir -p "$dir"
        (cd "$dir" && npm install --no-audit --no-fund --silent "@anthropic-ai/claude-code@${CLAUDE_CODE_VERSION}" >/dev/null)
        if ! "$bin" --version >/dev/null 2>&1; then
            # npm may hold back the package's postinstall, which links the
            # native binary from the platform package; run it ourselves.
            (cd "${dir}/node_modules/@anthropic-ai/claude-code" && node install.cjs >/dev/null)
        fi
    fi
    local got
    got="$("$bin" --version 2>/dev/null | awk '{print $1}')"
    if [ "$got" != "$CLAUDE_CODE_VERSION" ]; then
        echo "error: expected Claude Code ${CLAUDE_CODE_VERSION}, found '${got}' at ${bin}" >&2
        exit 1
    fi
    printf '%s\n' "$bin"
}

build_hook_binary() {
    # build_hook_binary: builds the release `agentgate` statically linked, not
    # position-independent, and prints its path. `agentgate hook` is a fresh
    # process per tool call; such a binary skips the dynamic loader and all
    # start-up relocations, which cost about as much as the decision itself
    # (measured with perf; see docs/status.md).
    local host
    host="$(rustc -vV | sed -n 's/^host: //p')"
    RUSTFLAGS="-C target-feature=+crt-static -C relocation-model=static" cargo build --release --quiet -p agentgate --target "$host" >&2
    echo "${CARGO_TARGET_DIR}/${host}/release/agentgate"
}
