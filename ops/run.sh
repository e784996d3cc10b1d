#!/usr/bin/env bash
# The main job: make sure PostgreSQL runs (project-local unless BALI_TIMELINE_CONNECTION is set), ingest seeds/
# (or the paths given), and print what the store holds. Running it again appends nothing for unchanged documents.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
BALI_TIMELINE_CONNECTION=$(ops/postgres-up.sh)
export BALI_TIMELINE_CONNECTION
dotnet build src/BaliTimeline.Service -c Release -nologo -v quiet >&2
cli() { dotnet src/BaliTimeline.Service/bin/Release/net10.0/bali-timeline.dll "$@" 2>/dev/null; }
cli ingest "${@:-seeds}"
cli streams
