#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for diplo's tests, on 127.0.0.1 only.
#
#   eval "$(bash scripts/start-postgres.sh [DIR] [PORT])"   # start; exports DIPLO_TEST_POSTGRES_URL/_DIR
#   bash scripts/start-postgres.sh --stop DIR                # stop the server started in DIR ("stop" works too)
#
# Installs Debian's postgresql package when no server binaries are found (needs root),
# initialises a cluster in DIR (default: a new temp dir) with initdb as the postgres
# user (PostgreSQL refuses to run as root), starts it on PORT (default: a free port)
# with trust authentication on the loopback address, creates the database diplo_test,
# and prints shell `export` lines on stdout; progress goes to stderr.
set -euo pipefail

log() { echo "start-postgres: $*" >&2; }

find_bindir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [[ -n "$dir" && -x "$dir/initdb" ]]; then echo "$dir"; return; fi
    if command -v pg_config >/dev/null && [[ -x "$(pg_config --bindir)/initdb" ]]; then pg_config --bindir; return; fi
}

as_owner() {  # run a server binary as the postgres user when we are root
    # from / : the postgres user may not be allowed into the caller's working directory
    if [[ $(id -u) -eq 0 ]]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

if [[ "${1:-}" == "stop" || "${1:-}" == "--stop" ]]; then
    dir=$(realpath -m "${2:?usage: start-postgres.sh --stop DIR}")
    bindir=$(find_bindir)
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
    exit 0
fi

bindir=$(find_bindir)
if [[ -z "$bindir" ]]; then
    if [[ $(id -u) -ne 0 ]]; then log "PostgreSQL is not installed and installing it needs root"; exit 1; fi
    log "installing Debian's postgresql package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    bindir=$(find_bindir)
    [[ -n "$bindir" ]] || { log "postgresql installed but initdb not found"; exit 1; }
fi

dir=$(realpath -m "${1:-$(mktemp -d /tmp/diplo-postgres.XXXXXX)}")
port=${2:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
mkdir -p "$dir/socket"
if [[ $(id -u) -eq 0 ]]; then chown -R postgres: "$dir"; chmod 0755 "$dir"; fi

if [[ ! -f "$dir/data/PG_VERSION" ]]; then
    log "initdb in $dir/data"
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
fi

log "starting PostgreSQL on 127.0.0.1:$port"
as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/socket -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >&2 || { tail -n 20 "$dir/server.log" >&2; exit 1; }

if ! "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'diplo_test'" | grep -q 1; then
    "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres diplo_test
fi

echo "export DIPLO_TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:$port/diplo_test"
echo "export DIPLO_TEST_POSTGRES_DIR=$dir"
