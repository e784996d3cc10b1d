#!/usr/bin/env bash
# Runs every test against a real PostgreSQL (project-local unless BALI_TIMELINE_CONNECTION is set) and closes with
# one plain line, "N passed, N failed, N skipped". Exits non-zero on any failure or if no test ran.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 1

BALI_TIMELINE_CONNECTION=$(ops/postgres-up.sh) || { echo "0 passed, 1 failed"; exit 1; }
export BALI_TIMELINE_CONNECTION

log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet build EventStore.sln -c Release -nologo 2>&1 | tail -n 3
if [ "${PIPESTATUS[0]}" -ne 0 ]; then echo "0 passed, 1 failed"; exit 1; fi
dotnet test --solution EventStore.sln -c Release --no-build 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Microsoft.Testing.Platform prints one summary per test assembly; add them up.
count() { grep -E "^\s*$1:\s*[0-9]+" "$log" | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}'; }
total=$(count total); failed=$(count failed); passed=$(count succeeded); skipped=$(count skipped)
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$total" -eq 0 ]; then exit 1; fi
