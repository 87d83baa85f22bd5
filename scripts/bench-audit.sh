#!/usr/bin/env bash
# Audit-trail throughput in one run: OTLP/HTTP ingest through `agentgate
# serve` into SQLite beside a plain bulk insert of the same rows, journal
# ingest, and `audit verify` speed; the same ingest into a throwaway
# PostgreSQL server beside a bulk insert there.
#   scripts/bench-audit.sh [EVENTS] [RECORDS]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$AG_ROOT"
cargo build --release --quiet -p agentgate-bench
start_postgres
trap 'eval "$AG_PG_STOP"' EXIT
"${CARGO_TARGET_DIR}/release/audit-bench" --events "${1:-50000}" --records "${2:-50000}" --postgres "$AGENTGATE_PG_URL"
