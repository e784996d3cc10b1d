#!/usr/bin/env bash
# Rebuilds the metadata-only shim package from its .nuspec (the source of truth) into the local feed.
# A .nupkg is a zip whose root holds the .nuspec; nothing else is needed for a dependency-only package.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/Patched.DistributedLock.Postgres.nuspec" "$work/"
mkdir -p "$here/feed"
out="$here/feed/patched.distributedlock.postgres.1.3.3.nupkg"
rm -f "$out"
(cd "$work" && zip -q -X "$out" Patched.DistributedLock.Postgres.nuspec)
echo "wrote $out"
