#!/usr/bin/env bash
# Retention benchmark (issue 5): the application's C3 sweep (R-T3) against one
# plain SQL DELETE of the same rows, on PostgreSQL.
#
# Loads 1,000,000 expired and 1,000,000 live browser-log rows (the generator,
# with the application's own migrations) into a fresh database, copies it, then
#  (a) starts the portal on the first database and has it run its BROWSER_LOG
#      sweep (batched, a transaction per batch, tombstones written), and
#  (b) runs `DELETE FROM browser_log WHERE visited_at < <the sweep's cutoff>`
#      on the identical copy,
# and prints both times, their ratio, and the server's heap before, at most
# during, and after the sweep. Measures and prints; passes or fails nothing.
#
#   bench/retention-sweep.sh [--rows 1000000] [--port 9282] [--repeat 3] [--keep]
#
# Each repetition puts the same expired rows back in both databases first; the
# figures are the medians of the repetitions (the machine may be shared).
#
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth) and Java 17;
# builds the application with `./mvnw package` (nothing is installed in ~/.m2).
# The portal runs on loopback only, with its test hooks on (that is how the
# sweep is triggered and waited for), and is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=1000000
PORT=9282
REPEAT=3
KEEP=false
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) ROWS="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --repeat) REPEAT="$2"; shift 2 ;;
    --keep) KEEP=true; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
PGHOST="${PGHOST:-127.0.0.1}"
PGUSER="${PGUSER:-postgres}"
DB=genuka_bench_retention
COPY=genuka_bench_retention_copy
WORK="$PWD/target/bench-retention"
SERVER=genuka-bench
URL="http://127.0.0.1:$PORT"
psql_() { psql -h "$PGHOST" -U "$PGUSER" -v ON_ERROR_STOP=1 -qtA "$@"; }
now_ns() { date +%s%N; }
secs() { awk -v ns="$1" 'BEGIN { printf "%.2f", ns / 1e9 }'; }
mib() { awk -v b="$1" 'BEGIN { printf "%.0f", b / 1048576 }'; }

if curl -fs -o /dev/null "$URL/health/live" 2>/dev/null; then
  echo "Something already answers on port $PORT: choose another with --port." >&2
  exit 1
fi

# --- build: the application, and a classpath for the generator --------------------------------
mkdir -p "$WORK"
./mvnw -q -B -DskipTests package
./mvnw -q -B -DskipTests -pl ejb -am package dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.excludeArtifactIds=genuka-persistence -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null
CP="ejb/target/classes:persistence/target/classes:$(cat "$WORK/classpath.txt")"

# --- data: 1M expired + 1M live rows, then an identical copy -----------------------------------
psql_ -d postgres -c "DROP DATABASE IF EXISTS $COPY WITH (FORCE)" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" \
  -c "CREATE DATABASE $DB"
java -cp "$CP" com.genuka.privacy.demo.control.GenerateCommand --url "jdbc:postgresql://$PGHOST:5432/$DB" \
  --user "$PGUSER" --browser-log $((ROWS * 2)) --expired-share 0.5 | grep -E "browser_log|generate" || true
psql_ -d "$DB" -c "VACUUM ANALYZE browser_log"
psql_ -d postgres -c "CREATE DATABASE $COPY TEMPLATE $DB"

# --- the portal on the first database ---------------------------------------------------------
# A sweep that never ran runs shortly after a start: held off here, so that the runs measured
# are the ones the benchmark starts itself, on the full table.
WLP=liberty/target/liberty/wlp
if [ ! -x "$WLP/bin/server" ]; then
  WLP="$WORK/wlp"
  if [ ! -x "$WLP/bin/server" ]; then
    ./mvnw -q -B dependency:copy -Dartifact=io.openliberty:openliberty-runtime:26.0.0.3:zip -DoutputDirectory="$WORK"
    unzip -q -o "$WORK/openliberty-runtime-26.0.0.3.zip" -d "$WORK"
  fi
fi
DIR="$WLP/usr/servers/$SERVER"
"$WLP/bin/server" stop "$SERVER" >/dev/null 2>&1 || true
rm -rf "$DIR" && mkdir -p "$DIR/apps" "$DIR/jdbc"
cp liberty/src/main/liberty/config/server.xml liberty/src/main/liberty/config/jvm.options "$DIR/"
cp ear/target/genuka-ear.ear "$DIR/apps/genuka-ear.ear"
cp mailsink/target/genuka-mailsink.war "$DIR/apps/genuka-mailsink.war"
tr ':' '\n' < "$WORK/classpath.txt" | grep -E '/(postgresql|h2)-[0-9.]+\.jar$' | while read -r jar; do
  cp "$jar" "$DIR/jdbc/$(basename "$jar" | sed -E 's/-[0-9.]+\.jar$/.jar/')"
done
cat > "$DIR/bootstrap.properties" <<PROPS
http.port=$PORT
db.url=jdbc:postgresql://$PGHOST:5432/$DB
db.user=$PGUSER
db.password=postgres
db.datasource.class=org.postgresql.ds.PGSimpleDataSource
genuka.demo.enabled=false
genuka.test-hooks=true
mailsink.enabled=false
genuka.sweep.catch-up-delay-seconds=86400
PROPS
stop_server() { "$WLP/bin/server" stop "$SERVER" >/dev/null 2>&1 || true; }
trap stop_server EXIT
"$WLP/bin/server" start "$SERVER" >/dev/null
for _ in $(seq 1 180); do
  curl -fs "$URL/health/ready" 2>/dev/null | grep -q '"status":"UP"' && break
  sleep 1
done
curl -fs "$URL/health/ready" | grep -q '"status":"UP"' || { echo "the portal did not start" >&2; exit 1; }

heap() { curl -fs "$URL/metrics?scope=base" | awk '/^memory_usedHeap_bytes/ { print $NF }'; }
# Warm-up: one run of a sweep with nothing to do loads the engine's classes and beans.
curl -fs -X POST "$URL/api/test/retention/run?rule=EXPORT_FILE" >/dev/null
sleep 5
HEAP_BEFORE=$(heap)
echo 0 > "$WORK/heap.max"

# The same expired rows are put back before each repetition after the first, in both databases,
# so that every repetition starts from identical tables. The machine is shared: the medians of a
# few repetitions say more than one.
SPLIT="now()::timestamp - INTERVAL '365 days'"
for db in "$DB" "$COPY"; do
  psql_ -d "$db" -c "CREATE TABLE bench_expired AS SELECT * FROM browser_log WHERE visited_at < $SPLIT"
done
SWEEPS=(); PLAINS=()
for rep in $(seq 1 "$REPEAT"); do
  if [ "$rep" -gt 1 ]; then
    for db in "$DB" "$COPY"; do
      psql_ -d "$db" -c "INSERT INTO browser_log SELECT * FROM bench_expired" -c "VACUUM ANALYZE browser_log"
    done
  fi
  # (a) the application's sweep
  psql_ -d "$DB" -c "CHECKPOINT"
  rm -f "$WORK/sweep.done"
  ( while [ ! -f "$WORK/sweep.done" ]; do
      h=$(heap || echo 0)
      awk -v h="${h:-0}" '{ print (h + 0 > $1 + 0) ? h : $1 }' "$WORK/heap.max" > "$WORK/heap.tmp" && mv "$WORK/heap.tmp" "$WORK/heap.max"
      sleep 0.5
    done ) &
  SAMPLER=$!
  T0=$(now_ns)
  RUN=$(curl -fs -X POST --max-time 3600 "$URL/api/test/retention/run?rule=BROWSER_LOG")
  T1=$(now_ns)
  touch "$WORK/sweep.done"; wait $SAMPLER || true
  IFS='|' read -r STATUS DELETED BATCHES CUTOFF < <(psql_ -d "$DB" -c "SELECT status, rows_deleted, batches,
    to_char(cutoff, 'YYYY-MM-DD HH24:MI:SS.US') FROM sweep_run WHERE id = $RUN")
  TOMBSTONED=$(psql_ -d "$DB" -c "SELECT COALESCE(SUM(row_count), 0) FROM tombstone WHERE run_id = $RUN")
  LEFT=$(psql_ -d "$DB" -c "SELECT COUNT(*) FROM browser_log")
  # (b) one plain DELETE of the same rows on the copy
  psql_ -d "$COPY" -c "CHECKPOINT"
  T2=$(now_ns)
  PLAIN=$(psql -h "$PGHOST" -U "$PGUSER" -v ON_ERROR_STOP=1 -tA -d "$COPY" \
    -c "DELETE FROM browser_log WHERE visited_at < TIMESTAMP '$CUTOFF'" | awk '/^DELETE/ { print $2 }')
  T3=$(now_ns)
  echo "sweep_seconds_run_$rep: $(secs $((T1 - T0))) s"
  echo "plain_delete_seconds_run_$rep: $(secs $((T3 - T2))) s"
  echo "sweep_rows_deleted_run_$rep: $DELETED rows ($STATUS, $BATCHES batches, $TOMBSTONED in tombstones, $LEFT left)"
  echo "plain_delete_rows_run_$rep: $PLAIN rows"
  SWEEPS+=($((T1 - T0))); PLAINS+=($((T3 - T2)))
done
sleep 2
HEAP_AFTER=$(heap)
HEAP_MAX=$(cat "$WORK/heap.max")
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
SWEEP_MEDIAN=$(median "${SWEEPS[@]}")
PLAIN_MEDIAN=$(median "${PLAINS[@]}")

echo "retention_bench_rows_expired: $ROWS rows"
echo "retention_bench_rows_live: $ROWS rows"
echo "sweep_batches: $BATCHES batches"
echo "sweep_seconds: $(secs "$SWEEP_MEDIAN") s"
echo "plain_delete_seconds: $(secs "$PLAIN_MEDIAN") s"
echo "sweep_vs_plain_delete_ratio: $(awk -v a="$SWEEP_MEDIAN" -v b="$PLAIN_MEDIAN" 'BEGIN { printf "%.2f", a / b }')"
echo "server_heap_used_before_mib: $(mib "$HEAP_BEFORE") MiB"
echo "server_heap_used_max_during_mib: $(mib "$HEAP_MAX") MiB"
echo "server_heap_used_after_mib: $(mib "$HEAP_AFTER") MiB"
echo "load_average_1min: $(cut -d' ' -f1 /proc/loadavg)"

if [ "$KEEP" != true ]; then
  stop_server
  psql_ -d postgres -c "DROP DATABASE IF EXISTS $COPY WITH (FORCE)" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
fi
