#!/usr/bin/env bash
# Export benchmark (issue 6): loads a company with 200,000 customers and one
# person with 1,000,000 browser-log rows into PostgreSQL, then times the
# application's own exports (a person's access copy, the company's database)
# against PostgreSQL's COPY ... TO STDOUT of the same rows, and measures the
# server's heap while it exports. Prints one figure per line; passes or fails
# nothing. Runs its own server ("genuka-bench", port 9483 unless --port) on its
# own database, from the application that `./mvnw verify` assembled; stops it
# at the end.
#
#   bench/export.sh [--db genuka_export] [--port 9483] [--customers 200000] [--visits 1000000] [--rounds 3] [--keep-db]
set -euo pipefail
cd "$(dirname "$0")/.."
DB=genuka_export
PORT=9483
CUSTOMERS=200000
VISITS=1000000
ROUNDS=3
KEEP_DB=false
while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --customers) CUSTOMERS="$2"; shift 2 ;;
    --visits) VISITS="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --keep-db) KEEP_DB=true; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[[ "$DB" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "bad database name $DB" >&2; exit 2; }
[[ "$ROUNDS" =~ ^[1-9][0-9]?$ ]] || { echo "--rounds takes a number from 1 to 99" >&2; exit 2; }
PGHOST="${PGHOST:-127.0.0.1}"
PGUSER="${PGUSER:-postgres}"
export PGHOST PGUSER
WLP=liberty/target/liberty/wlp
SERVER=genuka-bench
SERVER_DIR="$WLP/usr/servers/$SERVER"
WORK="$(mktemp -d)"
q() { psql -d "$DB" -v ON_ERROR_STOP=1 -qtAX -c "$1"; }
now_ns() { date +%s%N; }
secs() { awk -v ns="$1" 'BEGIN { printf "%.2f", ns / 1e9 }'; }

if [ ! -d "$WLP/usr/servers/genuka-it/apps" ]; then
  echo "Build the application first with ./mvnw verify: this benchmark runs the server it assembles." >&2
  exit 1
fi

cleanup() {
  if [ -f "$WLP/usr/servers/.pid/$SERVER.pid" ]; then
    "$WLP/bin/server" stop "$SERVER" >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
  if [ "$KEEP_DB" = false ]; then
    psql -d postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

# 1. The volumes, written by the generator of bench/generate.sh, compiled from
#    this checkout (nothing is installed into the local Maven repository).
psql -d postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null
psql -d postgres -qc "CREATE DATABASE $DB" >/dev/null
./mvnw -q -pl persistence,ejb test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP="ejb/target/classes:ejb/target/test-classes:$(cat ejb/target/bench-classpath.txt)"
java -cp "$CP" com.genuka.privacy.demo.control.GenerateCommand --url "jdbc:postgresql://$PGHOST:5432/$DB" \
  --user "$PGUSER" --password "${PGPASSWORD:-}" --tenant-customers "$CUSTOMERS" --browser-log "$VISITS" \
  --expired-share 0 > "$WORK/generated.txt"
TENANT=$(awk '/^tenant_id:/ { print $2 }' "$WORK/generated.txt")
USER_ID=$(awk '/^user_id:/ { print $2 }' "$WORK/generated.txt")
q "VACUUM ANALYZE" >/dev/null
request() {
  q "INSERT INTO privacy_request (reference, type, status, channel, subject_kind, subject_ref, subject_user_id, tenant_id,
       subject_email, subject_name, locale, received_at, due_date, original_due_date, created_at)
     SELECT 'BENCH-$1', '$2', 'IN_PROGRESS', 'PORTAL', 'CUSTOMER', subject_ref, id, tenant_id, email, full_name, 'fr',
       now() AT TIME ZONE 'UTC', current_date + 30, current_date + 30, now() AT TIME ZONE 'UTC' FROM user_account WHERE id = $USER_ID RETURNING id"
}
SUBJECT_REQUEST=$(request SUBJECT PORTABILITY)
TENANT_REQUEST=$(request TENANT TENANT_EXPORT)

# 2. A server of its own on that database, from the integration-test server's
#    configuration and application.
rm -rf "$SERVER_DIR"
mkdir -p "$SERVER_DIR"
cp -r "$WLP/usr/servers/genuka-it/"{server.xml,jvm.options,apps,jdbc} "$SERVER_DIR/"
[ -f "$WLP/usr/servers/genuka-it/server.env" ] && cp "$WLP/usr/servers/genuka-it/server.env" "$SERVER_DIR/"
mkdir -p "$SERVER_DIR/logs"
echo "-Xlog:gc:file=$PWD/$SERVER_DIR/logs/gc.log" >> "$SERVER_DIR/jvm.options"
cat > "$SERVER_DIR/bootstrap.properties" <<EOF
http.port=$PORT
db.url=jdbc:postgresql://$PGHOST:5432/$DB
db.user=$PGUSER
db.password=${PGPASSWORD:-postgres}
db.datasource.class=org.postgresql.ds.PGSimpleDataSource
mailsink.enabled=false
smtp.port=1
genuka.demo.enabled=false
genuka.public-url=http://localhost:$PORT
EOF
"$WLP/bin/server" start "$SERVER" >/dev/null
until curl -fs "http://localhost:$PORT/health/ready" 2>/dev/null | grep -q '"status":"UP"'; do sleep 0.5; done
PID=$(cat "$WLP/usr/servers/.pid/$SERVER.pid")
heap_kib() { jstat -gc "$PID" | tail -1 | awk '{ printf "%d", $3 + $4 + $6 + $8 }'; }
live_kib() { jcmd "$PID" GC.run >/dev/null; heap_kib; }
sleep 5

# 3. One export by the application: a queued file, claimed by the engines'
#    timer; its time is from the claim to READY, as the server records them.
export_once() { # kind request sampler(none|live)
  local id status peak=0 peak_used=0 sample
  id=$(q "INSERT INTO export_file (request_id, kind, status, created_at, download_key, file_name, content_type)
          VALUES ($2, '$1', 'QUEUED', now() AT TIME ZONE 'UTC', md5(random()::text) || md5(random()::text), 'bench.zip',
          'application/zip') RETURNING id")
  while :; do
    status=$(q "SELECT status FROM export_file WHERE id = $id")
    case "$status" in READY) break ;; FAILED) echo "export failed" >&2; exit 1 ;; esac
    if [ "$3" = live ] && [ "$status" = RUNNING ]; then
      sample=$(heap_kib); [ "$sample" -gt "$peak_used" ] && peak_used=$sample
      sample=$(live_kib); [ "$sample" -gt "$peak" ] && peak=$sample
      sleep 0.5
    fi
    sleep 0.5
  done
  q "SELECT ROUND(EXTRACT(EPOCH FROM ready_at - started_at) * 1e9), size_bytes, $peak, $peak_used FROM export_file
     WHERE id = $id" | tr '|' ' '
}
copy_once() { # query
  local t0 t1
  t0=$(now_ns)
  psql -d "$DB" -qtAX -c "COPY ($1) TO STDOUT WITH (FORMAT csv, HEADER)" > "$WORK/copy.csv"
  t1=$(now_ns)
  echo "$((t1 - t0))"
}

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
SUBJECT_QUERY="SELECT visited_at, ip_address, browser, platform, referrer, language, country, path
  FROM browser_log WHERE user_id = $USER_ID ORDER BY visited_at"
TENANT_QUERY="SELECT * FROM tenant_customer WHERE tenant_id = $TENANT ORDER BY id"

SUBJECT_ROWS=$(q "SELECT COUNT(*) FROM browser_log WHERE user_id = $USER_ID")
TENANT_ROWS=$(q "SELECT COUNT(*) FROM tenant_customer WHERE tenant_id = $TENANT")
# The first export of each kind runs on a server that has just started, before
# the JIT compiler has seen the code: printed apart, as what the first customer
# after a restart waits. Then ROUNDS rounds of export and COPY, each kind in
# turn; the ratio is that of their medians.
read -r SUBJECT_FIRST_NS _ _ _ < <(export_once SUBJECT "$SUBJECT_REQUEST" none)
read -r TENANT_FIRST_NS _ _ _ < <(export_once TENANT "$TENANT_REQUEST" none)
subject_runs=(); subject_copies=(); tenant_runs=(); tenant_copies=()
for _ in $(seq 1 "$ROUNDS"); do
  read -r ns SUBJECT_BYTES _ _ < <(export_once SUBJECT "$SUBJECT_REQUEST" none); subject_runs+=("$ns")
  subject_copies+=("$(copy_once "$SUBJECT_QUERY")")
  read -r ns TENANT_BYTES _ _ < <(export_once TENANT "$TENANT_REQUEST" none); tenant_runs+=("$ns")
  tenant_copies+=("$(copy_once "$TENANT_QUERY")")
done
SUBJECT_NS=$(median "${subject_runs[@]}")
SUBJECT_COPY_NS=$(median "${subject_copies[@]}")
TENANT_NS=$(median "${tenant_runs[@]}")
TENANT_COPY_NS=$(median "${tenant_copies[@]}")

# 4. The heap while the same exports run again (not timed: sampling costs CPU
#    on a small machine): once a second, the heap in use, then the live set
#    after a forced collection, which is what the export keeps rather than the
#    garbage it makes.
BASE_LIVE=$(live_kib)
BASE_PEAK=$(heap_kib)
read -r _ _ SUBJECT_LIVE SUBJECT_PEAK < <(export_once SUBJECT "$SUBJECT_REQUEST" live)
read -r _ _ TENANT_LIVE TENANT_PEAK < <(export_once TENANT "$TENANT_REQUEST" live)
LIVE=$(( SUBJECT_LIVE > TENANT_LIVE ? SUBJECT_LIVE : TENANT_LIVE ))
PEAK=$(( SUBJECT_PEAK > TENANT_PEAK ? SUBJECT_PEAK : TENANT_PEAK ))

echo "export_rounds: $ROUNDS"
echo "subject_export_rows: $SUBJECT_ROWS rows"
echo "subject_export_first_seconds: $(secs "$SUBJECT_FIRST_NS") s"
echo "subject_export_seconds: $(secs "$SUBJECT_NS") s"
echo "subject_copy_seconds: $(secs "$SUBJECT_COPY_NS") s"
echo "subject_export_vs_copy_ratio: $(awk -v a="$SUBJECT_NS" -v b="$SUBJECT_COPY_NS" 'BEGIN { printf "%.2f", a / b }')"
echo "subject_export_first_vs_copy_ratio: $(awk -v a="$SUBJECT_FIRST_NS" -v b="$SUBJECT_COPY_NS" 'BEGIN { printf "%.2f", a / b }')"
echo "subject_export_zip_mib: $(awk -v b="$SUBJECT_BYTES" 'BEGIN { printf "%.1f", b / 1048576 }') MiB"
echo "tenant_export_rows: $TENANT_ROWS rows"
echo "tenant_export_first_seconds: $(secs "$TENANT_FIRST_NS") s"
echo "tenant_export_seconds: $(secs "$TENANT_NS") s"
echo "tenant_copy_seconds: $(secs "$TENANT_COPY_NS") s"
echo "tenant_export_vs_copy_ratio: $(awk -v a="$TENANT_NS" -v b="$TENANT_COPY_NS" 'BEGIN { printf "%.2f", a / b }')"
echo "tenant_export_first_vs_copy_ratio: $(awk -v a="$TENANT_FIRST_NS" -v b="$TENANT_COPY_NS" 'BEGIN { printf "%.2f", a / b }')"
echo "tenant_export_zip_mib: $(awk -v b="$TENANT_BYTES" 'BEGIN { printf "%.1f", b / 1048576 }') MiB"
echo "export_heap_live_growth_mib: $(( (LIVE - BASE_LIVE) / 1024 )) MiB"
echo "export_heap_used_peak_growth_mib: $(( (PEAK - BASE_PEAK) / 1024 )) MiB"
echo "server_max_heap_mib: $(jcmd "$PID" VM.flags | tr ' ' '\n' | awk -F= '/^-XX:MaxHeapSize=/ { printf "%d", $2 / 1048576 }') MiB"
