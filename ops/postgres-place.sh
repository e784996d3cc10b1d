# Sourced by ops/postgres-up.sh and ops/postgres-down.sh: sets $dir, where the project-local cluster lives, and
# defines as_owner, which runs a command as the user the server runs as.
#
# The server refuses to run as root, so as root it runs as the 'postgres' system user, which must be able to reach
# its data. A clone in root's home or in a 'mktemp -d' folder (mode 0700) is closed to that user, and opening the
# user's folders is not for us to do: such a clone keeps its cluster under /var/lib/bali-timeline/<checkout>/ instead,
# one per checkout, owned by 'postgres'. Every other clone keeps it under .local/postgres in the checkout.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir="$root/.local/postgres"

if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/bali-timeline --no-create-home --shell /bin/bash postgres
  if ! runuser -u postgres -- test -x "$root"; then
    dir="/var/lib/bali-timeline/$(basename "$root")-$(printf '%s' "$root" | sha256sum | cut -c1-12)"
  fi
fi

# From /, which every user can enter: the server's user may not be able to enter the folder we were started in.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}
