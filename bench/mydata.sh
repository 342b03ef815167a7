#!/usr/bin/env bash
# "My data" benchmark (issue 4): how long a customer waits for their pages,
# above all the browser log (C3), which can hold thousands of rows per person
# and is read a page at a time. Logs in as a customer of a running portal on
# loopback and times each page; prints one figure per line (milliseconds,
# median and 95th percentile over the requests). Measures, never judges.
#
#   bench/mydata.sh [--url http://localhost:9080] [--requests 30]
#                   [--email jean.kamga@demo.genuka.local] [--password Customer-demo-2024]
#                   [--db postgresql://postgres@127.0.0.1:5432/genuka --rows 100000]
#
# With --db and --rows, that many browser-log rows are first added to the
# customer's account in that PostgreSQL database (and removed afterwards), so
# the last page is read through a long list.
set -euo pipefail
# shellcheck source=lib/pages.sh
. "$(dirname "$0")/lib/pages.sh"
URL=http://localhost:9080
REQUESTS=30
EMAIL=jean.kamga@demo.genuka.local
PASSWORD=Customer-demo-2024
DB=""
ROWS=0
while [ $# -gt 0 ]; do
  case "$1" in
    --url) URL="$2"; shift 2 ;;
    --requests) REQUESTS="$2"; shift 2 ;;
    --email) EMAIL="$2"; shift 2 ;;
    --password) PASSWORD="$2"; shift 2 ;;
    --db) DB="$2"; shift 2 ;;
    --rows) ROWS="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
loopback_only

JAR=$(mktemp)
cleanup() {
  rm -f "$JAR"
  if [ -n "$DB" ] && [ "$ROWS" -gt 0 ]; then
    psql -q "$DB" -c "DELETE FROM browser_log WHERE path = '/bench/mydata'" >/dev/null
  fi
}
trap cleanup EXIT

if [ -n "$DB" ] && [ "$ROWS" -gt 0 ]; then
  psql -q -v ON_ERROR_STOP=1 "$DB" >/dev/null <<SQL
INSERT INTO browser_log (tenant_id, user_id, visited_at, ip_address, browser, platform, referrer, language, country, path)
SELECT u.tenant_id, u.id, now() - (g * interval '5 minutes'), '10.0.' || (g % 250) || '.' || (g % 200 + 1),
       'Chrome 130.0', 'Linux', NULL, 'fr-CM', 'CM', '/bench/mydata'
FROM user_account u, generate_series(1, $ROWS) g WHERE u.email = '$EMAIL';
ANALYZE browser_log;
SQL
fi

login "$EMAIL" "$PASSWORD"
overview=$(curl -fsS -b "$JAR" "$URL/customer/data.xhtml")
if ! grep -q 'id="categories"' <<<"$overview"; then
  echo "could not log in as $EMAIL" >&2
  exit 1
fi

first_page=$(curl -fsS -b "$JAR" "$URL/customer/category.xhtml?c=C3")
rows=$(grep -o 'id="page-position">[^<]*' <<<"$first_page" | sed 's/.*(//' | tr -cd '0-9')
last_page=$(( (${rows:-0} + 24) / 25 ))
last_page=${last_page:-1}
[ "$last_page" -lt 2 ] && last_page=1


echo "browser_log_rows: ${rows:-0} rows"
measure overview "/customer/data.xhtml"
measure browser_log_first_page "/customer/category.xhtml?c=C3"
measure browser_log_last_page "/customer/category.xhtml?c=C3&page=$last_page"
measure company_customers "/customer/category.xhtml?c=C4"
measure recordings "/customer/recordings.xhtml"
