#!/usr/bin/env bash
# Serves the read-only HTTP API on the embedded default: the project-local PostgreSQL (or BALI_TIMELINE_CONNECTION)
# with seeds/ ingested (idempotent). API under /api, reference page at /docs, OpenAPI at /openapi/v1.json,
# health at /health/live and /health/ready. Port: BALI_TIMELINE_HTTP_PORT (default 5080). Ctrl-C stops it.
set -euo pipefail
source "$(dirname "$0")/with-postgres.sh"
dotnet build src/BaliTimeline.Service -c Release -nologo -v quiet >&2
cli=src/BaliTimeline.Service/bin/Release/net10.0/bali-timeline.dll
applied=$(dotnet "$cli" db-apply 2>&1) || { echo "$applied" >&2; exit 1; }
dotnet "$cli" ingest seeds >&2
port=${BALI_TIMELINE_HTTP_PORT:-5080}
echo "serving http://127.0.0.1:$port/docs (API under /api)" >&2
exec dotnet "$cli" run --urls "http://127.0.0.1:$port"
