# Sourced by the ops scripts that need the database: moves to the repository root and exports
# BALI_TIMELINE_CONNECTION (the given one, or the project-local PostgreSQL's, started if need be).
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
BALI_TIMELINE_CONNECTION=$(ops/postgres-up.sh)
export BALI_TIMELINE_CONNECTION
