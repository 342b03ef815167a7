#!/usr/bin/env bash
# Generates large volumes into a PostgreSQL database for benchmarks: a new
# ENTERPRISE tenant with its administrator, then the rows asked for. The
# database is created if missing and migrated with the application's own
# migrations. Prints tenant_id, user_id and the figures of the load.
#
#   bench/generate.sh [--db genuka_bench] [--browser-log 1000000] [--expired-share 0.5] [--tenant-customers 200000]
set -euo pipefail
cd "$(dirname "$0")/.."
DB=genuka_bench
ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB="$2"; shift 2 ;;
    *) ARGS+=("$1" "$2"); shift 2 ;;
  esac
done
PGHOST="${PGHOST:-127.0.0.1}"
PGUSER="${PGUSER:-postgres}"
psql -h "$PGHOST" -U "$PGUSER" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 \
  || psql -h "$PGHOST" -U "$PGUSER" -d postgres -qc "CREATE DATABASE $DB"
[ -f ejb/target/classes/com/genuka/privacy/demo/control/GenerateCommand.class ] || ./mvnw -q -DskipTests install
./mvnw -q -pl ejb exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=com.genuka.privacy.demo.control.GenerateCommand \
  -Dexec.args="--url jdbc:postgresql://$PGHOST:5432/$DB --user $PGUSER ${ARGS[*]}"
