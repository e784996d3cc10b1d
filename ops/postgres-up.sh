#!/usr/bin/env bash
# Makes sure a PostgreSQL is reachable and prints its Npgsql connection string on stdout (alone).
#   - BALI_TIMELINE_CONNECTION set: that server is used as it is (CI services, docker compose, a DBA's server).
#   - otherwise: a project-local cluster on 127.0.0.1:${BALI_TIMELINE_PG_PORT:-55432}, created on first use, started
#     if stopped, reused if running (where it lives: ops/postgres-place.sh). Debian's postgresql is installed when no
#     server binaries are found.
#     BALI_TIMELINE_CONNECTION naming that cluster (as the line below exports it) starts it again if it has stopped.
# Everything but the connection string goes to stderr, so callers can capture it:
#   export BALI_TIMELINE_CONNECTION=$(ops/postgres-up.sh)
# Two at once are safe: the second waits for the first and finds the cluster running.
set -euo pipefail

source "$(dirname "$0")/postgres-place.sh"
port=${BALI_TIMELINE_PG_PORT:-55432}
data="$dir/data"
log="$dir/postgres.log"
database=bali_timeline
fixed_port=

if [ -n "${BALI_TIMELINE_CONNECTION:-}" ]; then
  # The project-local cluster keeps the port it last ran on in postmaster.opts, after it stops too.
  if [[ "$BALI_TIMELINE_CONNECTION" =~ ^Host=127\.0\.0\.1\;Port=([0-9]+)\;Username=postgres\;Database=$database$ ]] \
    && as_owner grep -qF "\"-p\" \"${BASH_REMATCH[1]}\"" "$data/postmaster.opts" 2>/dev/null; then
    port=${BASH_REMATCH[1]}
    fixed_port=1
  else
    echo "postgres: using BALI_TIMELINE_CONNECTION from the environment" >&2
    echo "$BALI_TIMELINE_CONNECTION"
    exit 0
  fi
fi

find_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$found" ] && command -v pg_ctl >/dev/null 2>&1; then found=$(dirname "$(command -v pg_ctl)"); fi
  echo "$found"
}

bin=$(find_bin)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "postgres: no server binaries found; installing Debian's postgresql" >&2
  if [ "$(id -u)" -ne 0 ]; then echo "postgres: installing needs root (or set BALI_TIMELINE_CONNECTION)" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  bin=$(find_bin)
fi

if [ "$(id -u)" -eq 0 ]; then
  # The server's user owns the cluster's folder, and only that folder: nothing above it changes.
  install -d -m 0755 "$(dirname "$dir")"
  install -d -o postgres -m 0700 "$dir"
else
  mkdir -p "$dir"
fi
exec 9>"$dir/up.lock"
flock -w 300 9

if [ ! -s "$data/PG_VERSION" ]; then
  echo "postgres: creating a cluster in $data" >&2
  as_owner "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >&2
fi

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  port=$(sed -n 4p "$data/postmaster.pid")
  echo "postgres: already running in $data on port $port" >&2
else
  # Another server (another checkout's cluster, a system PostgreSQL) may hold the port, or take it between the check
  # and the start: then try the next one, unless the caller holds a connection string with this cluster's port.
  for attempt in $(seq 1 20); do
    [ -n "$fixed_port" ] || while port_taken "$port"; do port=$((port + 1)); done
    echo "postgres: starting on 127.0.0.1:$port (log: $log)" >&2
    if as_owner "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c synchronous_commit=off" start >&2 9>&-; then
      break
    fi
    if [ -n "$fixed_port" ] || ! port_taken "$port" || [ "$attempt" -eq 20 ]; then
      echo "postgres: the server did not start (log: $log)" >&2
      exit 1
    fi
    port=$((port + 1))
  done
fi

psql_local() { as_owner psql -h 127.0.0.1 -p "$port" -U postgres -X -q -t -A "$@"; }
if [ "$(psql_local -d postgres -c "select 1 from pg_database where datname = '$database'")" != "1" ]; then
  psql_local -d postgres -c "create database $database" >&2
fi

echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=$database"
