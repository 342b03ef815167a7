#!/usr/bin/env bash
# Start-up benchmark (issue 2): time from `server start` to /health/ready
# answering UP, and the server's resident memory once ready. Runs the server of
# the run command (embedded database, demo data) on port 9080: stop a running
# portal first. Prints one figure per line.
#
#   bench/startup.sh [runs]      default 3 runs; the first starts on an empty database
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
WLP=liberty/target/liberty/wlp
SERVER=genuka
URL=http://localhost:9080/health/ready

if [ ! -d "$WLP/usr/servers/$SERVER/apps" ]; then
  ./mvnw -q -DskipTests install
  ./mvnw -q -pl liberty -DskipTests liberty:create liberty:deploy
fi
if curl -fs -o /dev/null "$URL" 2>/dev/null; then
  echo "A server already answers on port 9080: stop it first." >&2
  exit 1
fi

pid_of() { cat "$WLP/usr/servers/.pid/$SERVER.pid" 2>/dev/null; }
times=()
rss_kib=0
for run in $(seq 1 "$RUNS"); do
  if [ "$run" = 1 ]; then
    rm -rf "$WLP/usr/servers/$SERVER/data"   # first run: migrations and demo data too
  fi
  start=$(date +%s%N)
  "$WLP/bin/server" start "$SERVER" >/dev/null
  until curl -fs "$URL" 2>/dev/null | grep -q '"status":"UP"'; do
    sleep 0.2
    if [ $(( ($(date +%s%N) - start) / 1000000000 )) -gt 180 ]; then
      echo "not ready after 180 s" >&2
      "$WLP/bin/server" stop "$SERVER" >/dev/null || true
      exit 1
    fi
  done
  end=$(date +%s%N)
  seconds=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.1f", ns / 1e9 }')
  times+=("$seconds")
  sleep 2
  rss_kib=$(ps -o rss= -p "$(pid_of)" | tr -d ' ')
  if [ "$run" = 1 ]; then
    echo "startup_to_ready_first_run_seconds: $seconds s"
  else
    echo "startup_to_ready_seconds_run_$run: $seconds s"
  fi
  echo "server_rss_after_start_run_${run}_mib: $((rss_kib / 1024)) MiB"
  "$WLP/bin/server" stop "$SERVER" >/dev/null
done
if [ "$RUNS" -gt 1 ]; then
  median=$(printf '%s\n' "${times[@]:1}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  echo "startup_to_ready_median_seconds: $median s"
fi
echo "server_rss_after_start_mib: $((rss_kib / 1024)) MiB"
