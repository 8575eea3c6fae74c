#!/usr/bin/env bash
# Runs the integration tests with every database connection going through a PgBouncer in
# transaction mode, which this script starts (its own config in a temporary folder, not the system
# service) and stops again. The test database, the scratch databases some tests make, migrations,
# the app code's Prisma pool and the tests' own pg clients all connect to PgBouncer.
#
#   scripts/pgbouncer-test.sh [vitest filters…]        (npm run test:pgbouncer -- …)
#
# Environment:
#   PGBOUNCER_PORT   port PgBouncer listens on (default 6433)
#   UPSTREAM_HOST, UPSTREAM_PORT, UPSTREAM_USER   the PostgreSQL behind it (127.0.0.1, 5432, postgres;
#                    trust or an auth method PgBouncer passes through is assumed, as in CI)
#   PGBOUNCER_POOL_SIZE   server connections per database and user (default 20)
#   NEXT_DIST_DIR    as for scripts/test.mjs
# Needs the pgbouncer binary (Debian: apt-get install pgbouncer). PgBouncer refuses to run as root,
# so as root it runs as the postgres user.
#
# tests/integration/start-stop.test.ts is left out: it starts `npm start` on the embedded PGlite
# with DATABASE_URL removed, so no connection of it could pass through PgBouncer, and it needs a
# production build (minutes). Everything else in the integration project runs.
set -euo pipefail

cd "$(dirname "$0")/.."

PORT="${PGBOUNCER_PORT:-6433}"
UP_HOST="${UPSTREAM_HOST:-127.0.0.1}"
UP_PORT="${UPSTREAM_PORT:-5432}"
UP_USER="${UPSTREAM_USER:-postgres}"
POOL_SIZE="${PGBOUNCER_POOL_SIZE:-20}"

BIN="$(command -v pgbouncer || true)"
[ -z "$BIN" ] && [ -x /usr/sbin/pgbouncer ] && BIN=/usr/sbin/pgbouncer
if [ -z "$BIN" ]; then
  echo "pgbouncer-test: no pgbouncer binary (Debian/Ubuntu: apt-get install pgbouncer)" >&2
  exit 2
fi

DIR="$(mktemp -d /tmp/pgbouncer-test.XXXXXX)"
RUN_AS=()
if [ "$(id -u)" = 0 ]; then
  RUN_AS=(-u postgres)
  chown postgres "$DIR"
fi

cat >"$DIR/userlist.txt" <<EOF
"$UP_USER" ""
EOF

# The settings that matter for the portal (README, "Scaling to a province"):
# - pool_mode = transaction: a server connection belongs to a client for one transaction only.
# - no server_reset_query: nothing session-level is left behind to reset (the app sets none).
# - max_prepared_statements is not set: PgBouncer 1.18 cannot carry named prepared statements
#   across connections, and the app (pg through @prisma/adapter-pg) uses only unnamed ones.
cat >"$DIR/pgbouncer.ini" <<EOF
[databases]
* = host=$UP_HOST port=$UP_PORT user=$UP_USER

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $PORT
unix_socket_dir =
auth_type = trust
auth_file = $DIR/userlist.txt
pool_mode = transaction
default_pool_size = $POOL_SIZE
max_client_conn = 1000
server_reset_query =
ignore_startup_parameters = extra_float_digits
logfile = $DIR/pgbouncer.log
pidfile = $DIR/pgbouncer.pid
admin_users = $UP_USER
EOF
chmod -R a+rX "$DIR"

stop() {
  if [ -f "$DIR/pgbouncer.pid" ]; then
    kill "$(cat "$DIR/pgbouncer.pid")" 2>/dev/null || true
    for _ in $(seq 1 50); do [ -f "$DIR/pgbouncer.pid" ] || break; sleep 0.1; done
  fi
  echo "pgbouncer-test: PgBouncer stopped; its log was $DIR/pgbouncer.log"
}
trap stop EXIT

"$BIN" -d "${RUN_AS[@]}" "$DIR/pgbouncer.ini"
for _ in $(seq 1 50); do
  if node -e "require('net').connect($PORT,'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))" 2>/dev/null; then
    break
  fi
  sleep 0.1
done

URL="postgresql://$UP_USER@127.0.0.1:$PORT/postgres"
echo "pgbouncer-test: PgBouncer $("$BIN" --version | head -1 | awk '{print $2}') on port $PORT, pool_mode=transaction, in front of $UP_HOST:$UP_PORT"
echo "pgbouncer-test: leaving out tests/integration/start-stop.test.ts (embedded PGlite, no DATABASE_URL)"

if [ "$#" -eq 0 ]; then set -- tests/integration; fi
# scripts/test.mjs makes and migrates the test database through TEST_DATABASE_URL, so that too goes
# through PgBouncer; PGBOUNCER_URL tells tests/integration/pgbouncer.test.ts where to look.
TEST_DATABASE_URL="$URL" DATABASE_URL="$URL" PGBOUNCER_URL="$URL" \
  node scripts/test.mjs unit --project integration --exclude tests/integration/start-stop.test.ts "$@"
