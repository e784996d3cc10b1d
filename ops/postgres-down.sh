#!/usr/bin/env bash
# Stops the project-local cluster started by ops/postgres-up.sh; its data is kept (ops/postgres-place.sh says where).
# With --remove, also deletes the cluster's data.
set -euo pipefail
source "$(dirname "$0")/postgres-place.sh"
data="$dir/data"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
[ -n "$bin" ] || bin=$(dirname "$(command -v pg_ctl)")
if [ ! -s "$data/PG_VERSION" ]; then echo "postgres: no project-local cluster in $data" >&2; exit 0; fi
as_owner "$bin/pg_ctl" -D "$data" -m fast stop || true
if [ "${1:-}" = "--remove" ]; then
  rm -rf "$dir"
  echo "postgres: removed $dir" >&2
fi
