#!/usr/bin/env bash
# Stops the project-local cluster started by ops/postgres-up.sh (its data is kept under .local/postgres).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data="$root/.local/postgres/data"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
[ -n "$bin" ] || bin=$(dirname "$(command -v pg_ctl)")
if [ ! -s "$data/PG_VERSION" ]; then echo "postgres: no project-local cluster in $data" >&2; exit 0; fi
if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$bin/pg_ctl" -D "$data" -m fast stop || true
else "$bin/pg_ctl" -D "$data" -m fast stop || true; fi
