#!/usr/bin/env bash
# Starts the Redis and PostgreSQL servers the store tests run against, on loopback only, and prints
# `export TEST_REDIS_URL=…` / `export TEST_POSTGRES_URL=…` for the caller to eval:
#
#   eval "$(.ci/services.sh)"
#
# Idempotent: packages already installed are not fetched again and the servers a previous run started
# (found by their pid files in the state directory, and checked to be the ones answering on the ports) are
# reused, so a second run takes well under a second. A server on one of the ports that this script did not
# start is never taken for its own (the tests would write into it): the script stops and says so. Runs as root on Debian 12; it needs nothing from the
# network but Debian's package mirror. Progress goes to standard error so standard output stays eval-able.
set -euo pipefail

REDIS_PORT="${SERVICES_REDIS_PORT:-6380}"
PG_PORT="${SERVICES_PG_PORT:-5433}"
PG_USER=complaint_desk
PG_PASSWORD=complaint_desk
PG_DB=complaint_desk_test
# A fixed place (not mktemp) so that a second run finds the cluster the first one made.
STATE_DIR="${SERVICES_DIR:-/var/tmp/complaint-desk-services}"
PG_DATA="$STATE_DIR/pg-data"
PG_SOCKETS="$STATE_DIR/pg-sockets"
PG_LOG="$STATE_DIR/postgresql.log"

log() { echo "services: $*" >&2; }
die() { log "$*"; exit 1; }

[ "$(id -u)" -eq 0 ] || die "run me as root (I install packages and start servers as the postgres user)"

# --- packages -----------------------------------------------------------------------------------------
pg_bindir() {
  # The newest installed server version; Debian 12 ships 15.
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && echo "$dir"
}

missing=()
command -v redis-server >/dev/null 2>&1 && command -v redis-cli >/dev/null 2>&1 || missing+=(redis-server)
[ -n "$(pg_bindir || true)" ] || missing+=(postgresql)
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  # policy-rc.d refuses service starts during install: the Debian packages would otherwise start their
  # own servers on the default ports (6379, 5432), which these tests neither need nor want.
  policy=/usr/sbin/policy-rc.d
  created_policy=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && created_policy=1
  fi
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 || {
    [ "$created_policy" -eq 1 ] && rm -f "$policy"
    die "apt-get install ${missing[*]} failed"
  }
  [ "$created_policy" -eq 1 ] && rm -f "$policy"
fi
PG_BIN=$(pg_bindir) || die "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin"

# --- Redis --------------------------------------------------------------------------------------------
REDIS_PID_FILE="$STATE_DIR/redis.pid"
redis_answers() { redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; }
# The pid of the Redis answering on the port, as it reports it (empty when none answers).
redis_port_pid() { redis-cli -h 127.0.0.1 -p "$REDIS_PORT" info server 2>/dev/null | tr -d '\r' | sed -n 's/^process_id://p'; }
# True when the Redis answering on the port is the one this script started: its pid is the pid file's.
redis_is_ours() {
  local pid
  [ -s "$REDIS_PID_FILE" ] || return 1
  pid=$(cat "$REDIS_PID_FILE")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && [ "$(redis_port_pid)" = "$pid" ]
}
if redis_is_ours; then
  log "redis already running on 127.0.0.1:$REDIS_PORT (pid $(cat "$REDIS_PID_FILE"), started by an earlier run)"
elif redis_answers; then
  die "127.0.0.1:$REDIS_PORT is answered by a Redis this script did not start (pid $(redis_port_pid || true)); the tests would write into it: stop it, or choose another port with SERVICES_REDIS_PORT"
else
  mkdir -p "$STATE_DIR"
  rm -f "$REDIS_PID_FILE"
  log "starting redis on 127.0.0.1:$REDIS_PORT"
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --save '' --appendonly no \
    --dir "$STATE_DIR" --logfile "$STATE_DIR/redis.log" --pidfile "$REDIS_PID_FILE" >&2 ||
    die "redis did not start; see $STATE_DIR/redis.log"
fi

# --- PostgreSQL ---------------------------------------------------------------------------------------
as_postgres() { runuser -u postgres -- "$@"; }
psql_admin() { as_postgres "$PG_BIN/psql" -h "$PG_SOCKETS" -p "$PG_PORT" -U postgres -d postgres -XqAt -v ON_ERROR_STOP=1 "$@"; }

mkdir -p "$STATE_DIR" "$PG_SOCKETS"
chown postgres:postgres "$PG_SOCKETS"
init_cluster() {
  rm -rf "$PG_DATA"
  install -d -o postgres -g postgres -m 0700 "$PG_DATA"
  # Local (socket) connections for this script as the postgres OS user; TCP on loopback with a password.
  as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth-local=peer --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale="$1" >&2
}
if [ ! -s "$PG_DATA/PG_VERSION" ]; then
  log "creating a PostgreSQL cluster in $PG_DATA"
  # C.UTF-8 where the C library has it (Debian 12 does), plain C otherwise.
  init_cluster C.UTF-8 || init_cluster C || die "initdb failed"
fi
touch "$PG_LOG" && chown postgres:postgres "$PG_LOG"
# Running means: pg_ctl finds the server of this script's cluster alive (postmaster.pid), and that server
# listens on PG_PORT (the pid file's fourth line), so what answers on the port is this cluster.
pg_port_of_ours() { sed -n 4p "$PG_DATA/postmaster.pid" 2>/dev/null; }
if as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
  [ "$(pg_port_of_ours)" = "$PG_PORT" ] ||
    die "the PostgreSQL cluster in $PG_DATA runs on port $(pg_port_of_ours), not $PG_PORT: stop it (pg_ctl -D $PG_DATA stop) or set SERVICES_PG_PORT=$(pg_port_of_ours)"
  log "postgresql already running on 127.0.0.1:$PG_PORT (cluster $PG_DATA, started by an earlier run)"
elif as_postgres "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; then
  die "127.0.0.1:$PG_PORT is answered by a PostgreSQL this script did not start (not the cluster in $PG_DATA); the tests would write into it: stop it, or choose another port with SERVICES_PG_PORT"
else
  log "starting postgresql on 127.0.0.1:$PG_PORT"
  # fsync off: a test server, thrown away with the machine; it makes the tests' many small writes fast.
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 30 start \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PG_SOCKETS -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >&2 ||
    die "postgresql did not start; see $PG_LOG"
fi

# --- wait until both answer -----------------------------------------------------------------------------
for _ in $(seq 1 50); do
  redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG &&
    as_postgres "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" && break
  sleep 0.2
done
redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG || die "redis is not answering on 127.0.0.1:$REDIS_PORT"
redis_is_ours || die "the Redis on 127.0.0.1:$REDIS_PORT is not the one started from $REDIS_PID_FILE; see $STATE_DIR/redis.log"
as_postgres "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" || die "postgresql is not answering on 127.0.0.1:$PG_PORT"

# Connected through this script's own socket directory, so this is its cluster; checked all the same.
[ "$(psql_admin -c 'SHOW data_directory')" = "$PG_DATA" ] ||
  die "the PostgreSQL on port $PG_PORT does not serve $PG_DATA"

# The role and database, created once.
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$PG_USER'")" != 1 ]; then
  log "creating role $PG_USER"
  psql_admin -c "CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PASSWORD'"
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'")" != 1 ]; then
  log "creating database $PG_DB"
  psql_admin -c "CREATE DATABASE $PG_DB OWNER $PG_USER"
fi

echo "export TEST_REDIS_URL=redis://127.0.0.1:$REDIS_PORT"
echo "export TEST_POSTGRES_URL=postgres://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/$PG_DB"
