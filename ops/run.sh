#!/usr/bin/env bash
# The main job: make sure PostgreSQL runs (project-local unless BALI_TIMELINE_CONNECTION is set), ingest seeds/
# (or the paths given), and print what the store holds. Running it again appends nothing for unchanged documents.
set -euo pipefail
source "$(dirname "$0")/with-postgres.sh"
dotnet build src/BaliTimeline.Service -c Release -nologo -v quiet >&2
cli() { dotnet src/BaliTimeline.Service/bin/Release/net10.0/bali-timeline.dll "$@"; }
# The schema is applied explicitly: a production command never alters it (README, "Schema changes").
applied=$(cli db-apply 2>&1) || { echo "$applied" >&2; exit 1; }
cli ingest "${@:-seeds}"
cli streams
