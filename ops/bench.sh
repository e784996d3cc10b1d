#!/usr/bin/env bash
# Measures extraction, ingestion and question cost on N documents made from the seeds (default 1000), against the
# project-local PostgreSQL (or BALI_TIMELINE_CONNECTION), in a throwaway schema. Figures go to stdout.
set -euo pipefail
source "$(dirname "$0")/with-postgres.sh"
dotnet run -c Release --project tests/BaliTimeline.Benchmarks -- "${1:-1000}"
