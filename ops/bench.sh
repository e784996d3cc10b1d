#!/usr/bin/env bash
# One benchmark command: ops/bench.sh [--events N] [--seed S] (default --events 20000).
# Generates a corpus sized to N events, then at N/10 and at N, each in a fresh schema dropped afterwards, measures
# append (through the ingester) beside raw COPY, rebuild (through Marten's daemon) beside a raw scan, questions over
# HTTP to the service started as its own process (one client, sixteen) beside their SQL sent directly, and the
# service's peak memory. Progress on stderr; the table on stdout; the figures in bench/results/latest.json.
# ops/bench.sh generate DIR [SEED] [COUNT] writes a generated corpus instead (no database).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = generate ]; then
  exec dotnet run -c Release --project tests/BaliTimeline.Benchmarks -- "$@"
fi
source ops/with-postgres.sh
# The service is measured from its Release build, as it is deployed.
dotnet build src/BaliTimeline.Service -c Release -nologo -v quiet >&2
[ $# -gt 0 ] || set -- --events 20000
dotnet run -c Release --project tests/BaliTimeline.Benchmarks -- "$@"
