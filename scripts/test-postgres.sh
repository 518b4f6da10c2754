#!/usr/bin/env bash
# Starts (or finds) a throwaway PostgreSQL server on 127.0.0.1 for the tests and prints its
# connection string. Trust authentication on loopback only; data in a temp folder. Safe to run
# again: a server already answering on the port is reused.
#   export PSTBOT_TEST_POSTGRES="$(bash scripts/test-postgres.sh)"
set -euo pipefail
port="${PSTBOT_PG_PORT:-55432}"
dir="${PSTBOT_PG_DIR:-/tmp/pstbot-pg-$port}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [ -z "$bin" ]; then
  echo "PostgreSQL is not installed (apt-get install postgresql)." >&2
  exit 1
fi

run() {
  # The server refuses to run as root; use the packaged postgres account then.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if ! "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
  if [ ! -f "$dir/PG_VERSION" ]; then
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    run "$bin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  # Loopback only; the socket in the data folder so no system directory is needed.
  run "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -o "-p $port -h 127.0.0.1 -k $dir -c max_connections=300" start >/dev/null
fi

echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
