# Shared helpers for agentgate's scripts. Sourced, not run.
set -euo pipefail

AG_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Build artefacts live outside the clone so that CI and later runs reuse them.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-${HOME}/.cache/agentgate/target}"
# A test binary built in another clone (CI's) is reused from that shared
# directory with that clone's path compiled in; insta would then look for
# its snapshots there. Snapshots are this clone's.
export INSTA_WORKSPACE_ROOT="${AG_ROOT}"
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

# install_sarif_multitool: installs Microsoft's SARIF validator
# (@microsoft/sarif-multitool, a self-contained binary) at a pinned version
# into the cache and prints the path of its launcher.
SARIF_MULTITOOL_VERSION=5.7.0
install_sarif_multitool() {
    need_apt node nodejs
    need_apt npm npm
    local dir="${AG_CACHE}/sarif-multitool-${SARIF_MULTITOOL_VERSION}"
    local native="${dir}/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
    if [ ! -x "$native" ]; then
        log "installing @microsoft/sarif-multitool@${SARIF_MULTITOOL_VERSION} (npm)"
        mkdir -p "$dir"
        (cd "$dir" && npm install --no-audit --no-fund --silent "@microsoft/sarif-multitool@${SARIF_MULTITOOL_VERSION}" >/dev/null)
        # npm may hold back the platform package's postinstall (chmod).
        chmod u+x "$native"
    fi
    echo "$native"
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
    # build_hook_binary: installs the hook binary exactly as the README tells
    # a user to (`cargo install` of crates/agentgate-hook, run from that
    # directory) into a directory under the target dir, and prints its path.
    # Nothing else: the directory's .cargo/config.toml links it statically on
    # Linux (no dynamic loader, no start-up relocations), which is where a
    # fresh process per tool call spends its time (docs/status.md).
    local root="${CARGO_TARGET_DIR}/hook-install"
    (cd "${AG_ROOT}/crates/agentgate-hook" && cargo install --locked --quiet --force --path . --root "$root") >&2
    echo "${root}/bin/agentgate-hook"
}

start_postgres() {
    # start_postgres: starts a throwaway PostgreSQL server on 127.0.0.1 (a
    # fresh cluster in a temp dir, owned by the postgres user), exports
    # AGENTGATE_PG_URL, and registers its stop in AG_PG_STOP (run it on exit).
    if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
        need_root_apt postgresql
    fi
    local bin dir port
    bin="$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")"
    dir="$(mktemp -d /tmp/agentgate-pg.XXXXXX)"
    chown postgres:postgres "$dir"
    port=$((30000 + RANDOM % 20000))
    su postgres -s /bin/sh -c "'$bin/initdb' -D '$dir/data' -A trust -U agentgate >/dev/null"
    su postgres -s /bin/sh -c "'$bin/pg_ctl' -D '$dir/data' -l '$dir/log' -w -o \"-c listen_addresses=127.0.0.1 -p $port -k '$dir'\" start >/dev/null"
    su postgres -s /bin/sh -c "'$bin/createdb' -h 127.0.0.1 -p $port -U agentgate agentgate"
    export AGENTGATE_PG_URL="host=127.0.0.1 port=$port user=agentgate dbname=agentgate"
    AG_PG_STOP="su postgres -s /bin/sh -c \"'$bin/pg_ctl' -D '$dir/data' -m immediate stop >/dev/null\"; rm -rf '$dir'"
    log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
}

need_root_apt() {
    # need_root_apt PACKAGE...: installs Debian packages (root only).
    if [ "$(id -u)" != 0 ]; then
        echo "error: install $* (needs root)" >&2
        exit 1
    fi
    log "installing $* (apt-get)"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
