#!/usr/bin/env bash
# A throwaway PostgreSQL for the shared index's tests and benchmark: initdb into a temporary
# folder, listen on a private port (and a socket in that folder), stop and delete it after.
#   scripts/pg-throwaway.sh start   prints the postgres:// URL on its last line
#   scripts/pg-throwaway.sh stop    stops the server and removes the folder
#   scripts/pg-throwaway.sh url     prints the URL of the running server
# Environment: PG_THROWAWAY_DIR (default /tmp/wiretrace-pg), PG_THROWAWAY_PORT (default 54329).
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user
# (created by Debian's package). Debian's `postgresql` package is installed with apt when
# its binaries are missing.
set -euo pipefail

DIR="${PG_THROWAWAY_DIR:-/tmp/wiretrace-pg}"
PORT="${PG_THROWAWAY_PORT:-54329}"
BIN="${PG_BIN:-}"
if [ -z "$BIN" ]; then
  BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
fi

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

url() { echo "postgres://wiretrace@127.0.0.1:${PORT}/wiretrace"; }

start() {
  if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
    echo "PostgreSQL server binaries missing: installing postgresql with apt" >&2
    SUDO=""; [ "$(id -u)" != 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >&2
    BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  fi
  if [ -f "$DIR/data/postmaster.pid" ] && as_owner "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
    url; return 0
  fi
  rm -rf "$DIR"
  mkdir -p "$DIR"
  [ "$(id -u)" = 0 ] && chown postgres: "$DIR"
  as_owner "$BIN/initdb" -D "$DIR/data" -U wiretrace --auth=trust -E UTF8 --no-locale >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; exit 1; }
  as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=256MB" start >&2 \
    || { cat "$DIR/server.log" >&2; exit 1; }
  as_owner "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U wiretrace wiretrace
  url
}

stop() {
  if [ -n "$BIN" ] && [ -d "$DIR/data" ]; then
    as_owner "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >&2 || true
  fi
  rm -rf "$DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) url ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
