#!/usr/bin/env bash
# A streaming replica of the local PostgreSQL on another port, for tests/integration/replica.test.ts
# and for trying DATABASE_REPLICA_URL (docs/decisions/010-read-replica.md). Debian/Ubuntu cluster
# tools (postgresql-common); run as root or postgres.
#
#   scripts/replica-cluster.sh up     makes (or remakes) cluster <version>/<name> on REPLICA_PORT from a
#                                     base backup of the primary, streaming from it; prints the URL
#   scripts/replica-cluster.sh down   stops and deletes that cluster
#   scripts/replica-cluster.sh status the replica's replay position and lag
#
# Environment: PRIMARY_HOST (127.0.0.1), PRIMARY_PORT (5432), PRIMARY_USER (postgres),
# REPLICA_PORT (5433), REPLICA_CLUSTER (replica), PG_VERSION (the primary's major version).
#
# What it changes on the primary, and only when missing: one pg_hba.conf line letting
# PRIMARY_USER open replication connections from 127.0.0.1 (as trusted as the existing
# `host all all 127.0.0.1/32` line of these machines), then a configuration reload. It never
# restarts the primary: if wal_level is below 'replica' or max_wal_senders is 0 (both need a
# restart to change), it stops and says so. No replication slot is made, so a replica that is
# deleted or stopped holds no WAL back on the primary; a replica that falls further behind than the
# WAL the primary still has must be remade with `up`.
set -euo pipefail

PRIMARY_HOST="${PRIMARY_HOST:-127.0.0.1}"
PRIMARY_PORT="${PRIMARY_PORT:-5432}"
PRIMARY_USER="${PRIMARY_USER:-postgres}"
REPLICA_PORT="${REPLICA_PORT:-5433}"
NAME="${REPLICA_CLUSTER:-replica}"

primary() { psql -X -h "$PRIMARY_HOST" -p "$PRIMARY_PORT" -U "$PRIMARY_USER" -d postgres -Atc "$1"; }
replica() { psql -X -h 127.0.0.1 -p "$REPLICA_PORT" -U "$PRIMARY_USER" -d postgres -Atc "$1"; }
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi; }

VERSION="${PG_VERSION:-$(primary "SHOW server_version_num" | cut -c1-2)}"

up() {
  local wal_level senders hba
  wal_level="$(primary "SHOW wal_level")"
  senders="$(primary "SHOW max_wal_senders")"
  if [ "$wal_level" = minimal ] || [ "$senders" = 0 ]; then
    echo "replica-cluster: the primary has wal_level=$wal_level, max_wal_senders=$senders;" >&2
    echo "  streaming replication needs wal_level=replica and max_wal_senders>0, which take a restart" >&2
    echo "  of the primary. Not done here: ask whoever runs it." >&2
    exit 3
  fi
  hba="$(primary "SHOW hba_file")"
  if ! primary "SELECT 1 FROM pg_hba_file_rules WHERE 'replication' = ANY(database) AND ('all' = ANY(user_name) OR '$PRIMARY_USER' = ANY(user_name)) AND (address = '127.0.0.1' OR type = 'local') LIMIT 1" | grep -q 1; then
    echo "replica-cluster: adding to $hba: host replication $PRIMARY_USER 127.0.0.1/32 trust (then a reload)"
    printf '\n# streaming replica for the portal tests (scripts/replica-cluster.sh)\nhost replication %s 127.0.0.1/32 trust\n' "$PRIMARY_USER" >>"$hba"
    primary "SELECT pg_reload_conf()" >/dev/null
    sleep 1
  fi

  if pg_lsclusters -h | awk -v v="$VERSION" -v n="$NAME" '$1 == v && $2 == n' | grep -q .; then
    echo "replica-cluster: remaking the existing cluster $VERSION/$NAME"
    pg_dropcluster --stop "$VERSION" "$NAME"
  fi
  pg_createcluster "$VERSION" "$NAME" --port "$REPLICA_PORT" >/dev/null
  local data="/var/lib/postgresql/$VERSION/$NAME"
  # A hot standby needs these at least as high as the primary's, or it refuses to start.
  local setting
  for setting in max_connections max_worker_processes max_wal_senders max_prepared_transactions max_locks_per_transaction; do
    pg_conftool "$VERSION" "$NAME" set "$setting" "$(primary "SHOW $setting")"
  done
  pg_conftool "$VERSION" "$NAME" set hot_standby on
  # Keeps the primary's vacuum from removing rows a query on the replica still reads
  # (docs/decisions/010-read-replica.md).
  pg_conftool "$VERSION" "$NAME" set hot_standby_feedback on
  # The replica lets in whom the primary lets in.
  cp "$hba" "/etc/postgresql/$VERSION/$NAME/pg_hba.conf"
  as_postgres "find '$data' -mindepth 1 -delete"
  echo "replica-cluster: base backup of $PRIMARY_HOST:$PRIMARY_PORT ($(primary "SELECT pg_size_pretty(sum(pg_database_size(oid))) FROM pg_database"))"
  # -R writes standby.signal and primary_conninfo; -X stream keeps the WAL written meanwhile.
  as_postgres "pg_basebackup -h '$PRIMARY_HOST' -p '$PRIMARY_PORT' -U '$PRIMARY_USER' -D '$data' -X stream -R -c fast"
  pg_ctlcluster "$VERSION" "$NAME" start
  for _ in $(seq 1 60); do
    if [ "$(replica "SELECT pg_is_in_recovery()" 2>/dev/null || true)" = t ] &&
      primary "SELECT 1 FROM pg_stat_replication WHERE state = 'streaming' AND client_addr = '127.0.0.1'" | grep -q 1; then
      echo "replica-cluster: streaming. REPLICA_TEST_URL=postgresql://$PRIMARY_USER@127.0.0.1:$REPLICA_PORT/postgres"
      return 0
    fi
    sleep 1
  done
  echo "replica-cluster: the replica did not start streaming; see /var/log/postgresql/postgresql-$VERSION-$NAME.log" >&2
  exit 1
}

down() {
  if pg_lsclusters -h | awk -v v="$VERSION" -v n="$NAME" '$1 == v && $2 == n' | grep -q .; then
    pg_dropcluster --stop "$VERSION" "$NAME"
    echo "replica-cluster: cluster $VERSION/$NAME stopped and deleted"
  else
    echo "replica-cluster: no cluster $VERSION/$NAME"
  fi
}

status() {
  primary "SELECT application_name, state, sent_lsn, replay_lsn, coalesce(replay_lag::text, '0') AS replay_lag FROM pg_stat_replication"
  replica "SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn() AS replayed"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  *)
    echo "usage: $0 up|down|status" >&2
    exit 2
    ;;
esac
