#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the record store tests and benchmarks: a temporary directory, a Unix socket in
# it (no TCP port to collide with), trust authentication, gone when stopped.
#
#   eval "$(.ci/postgres.sh start)"     # starts one, exports STEPLOG_POSTGRES (the connection string) and STEPLOG_POSTGRES_DIR
#   .ci/postgres.sh stop "$STEPLOG_POSTGRES_DIR"
#
# Installs PostgreSQL 15 from the Debian packages when no server is installed. initdb refuses to run as root, so
# as root the cluster belongs to the postgres user. Messages go to standard error; standard output is for eval.
set -euo pipefail
. "$(dirname "$0")/apt.sh"

find_bin() {
  local dir
  for dir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}

install_server() {
  echo "postgres.sh: no PostgreSQL server found; installing it from the Debian packages" >&2
  apt_install "postgresql-15|postgresql"
}

# Runs a command as the cluster's owner: the postgres user when we are root, ourselves otherwise.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start() {
  local bin dir
  bin=$(find_bin) || { install_server; bin=$(find_bin); } || { echo "postgres.sh: PostgreSQL could not be installed" >&2; exit 1; }
  dir=$(mktemp -d "${TMPDIR:-/tmp}/steplog-pg.XXXXXX")
  chmod 755 "$dir"
  if [ "$(id -u)" = 0 ]; then
    chown postgres: "$dir"
  fi

  as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  # A scratch cluster: no durability is needed, only speed and no TCP.
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses='' -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >&2 || { cat "$dir/server.log" >&2; exit 1; }

  echo "export STEPLOG_POSTGRES_DIR='$dir'"
  echo "export STEPLOG_POSTGRES='Host=$dir;Username=postgres;Database=postgres;Pooling=true'"
}

stop() {
  local dir=${1:-${STEPLOG_POSTGRES_DIR:-}} bin
  if [ -z "$dir" ] || [ ! -d "$dir/data" ]; then
    return 0
  fi

  bin=$(find_bin)
  as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop [DIR]" >&2; exit 2 ;;
esac
