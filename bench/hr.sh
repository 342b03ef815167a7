#!/usr/bin/env bash
# HR benchmark (issue 7): how long HR waits for the candidate list, its
# "deleted by" filter, the 30-day page and one candidate's page, however many
# candidates are kept. Logs in as HR on a running portal on loopback and times
# each page; prints one figure per line (milliseconds, median and 95th
# percentile over the requests). Measures, never judges.
#
#   bench/hr.sh [--url http://localhost:9080] [--requests 30]
#               [--email claire.dubois@demo.genuka.local] [--password Hr-demo-2024]
#               [--db postgresql://postgres@127.0.0.1:5432/genuka --candidates 100000]
#
# With --db and --candidates, that many candidates (last contacts spread over
# three years, a tenth hired in France or Cameroon) are first added to that
# PostgreSQL database, and removed afterwards.
set -euo pipefail
# shellcheck source=lib/pages.sh
. "$(dirname "$0")/lib/pages.sh"
URL=http://localhost:9080
REQUESTS=30
EMAIL=claire.dubois@demo.genuka.local
PASSWORD=Hr-demo-2024
DB=""
CANDIDATES=0
while [ $# -gt 0 ]; do
  case "$1" in
    --url) URL="$2"; shift 2 ;;
    --requests) REQUESTS="$2"; shift 2 ;;
    --email) EMAIL="$2"; shift 2 ;;
    --password) PASSWORD="$2"; shift 2 ;;
    --db) DB="$2"; shift 2 ;;
    --candidates) CANDIDATES="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
loopback_only

JAR=$(mktemp)
cleanup() {
  rm -f "$JAR"
  if [ -n "$DB" ] && [ "$CANDIDATES" -gt 0 ]; then
    psql -q "$DB" -c "DELETE FROM candidate WHERE position LIKE 'Bench %'" >/dev/null
  fi
}
trap cleanup EXIT

if [ -n "$DB" ] && [ "$CANDIDATES" -gt 0 ]; then
  start=$(date +%s%N)
  psql -q -v ON_ERROR_STOP=1 "$DB" >/dev/null <<SQL
INSERT INTO candidate (subject_ref, full_name, email, phone, position, state, locale, applied_at, last_contact_at,
                       notes, employment_country, contract_start, contract_end, created_at)
SELECT md5('bench' || g)::uuid::text, 'Bench Candidate ' || g, 'bench-' || g || '@example.org', NULL,
       'Bench ' || (g % 40), CASE WHEN g % 10 = 0 THEN 'HIRED' WHEN g % 3 = 0 THEN 'REJECTED' ELSE 'APPLIED' END,
       CASE WHEN g % 2 = 0 THEN 'fr' ELSE 'en' END,
       now() - ((g % 1095) * interval '1 day') - interval '10 days', now() - ((g % 1095) * interval '1 day'),
       'Generated for bench/hr.sh',
       CASE WHEN g % 10 = 0 THEN (CASE WHEN g % 20 = 0 THEN 'FR' ELSE 'CM' END) END,
       CASE WHEN g % 10 = 0 THEN current_date - 3000 END,
       CASE WHEN g % 10 = 0 AND g % 30 <> 0 THEN current_date - 1800 + (g % 60) END,
       now()
FROM generate_series(1, $CANDIDATES) g;
ANALYZE candidate;
SQL
  end=$(date +%s%N)
  echo "hr_candidates_added: $CANDIDATES rows"
  echo "hr_candidates_insert_seconds: $(awk -v ns=$((end - start)) 'BEGIN { printf "%.1f", ns / 1e9 }') s"
fi

login "$EMAIL" "$PASSWORD"
list=$(curl -fsS -b "$JAR" "$URL/hr/candidates.xhtml")
if ! grep -q 'id="candidates"' <<<"$list"; then
  echo "could not log in as $EMAIL" >&2
  exit 1
fi
total=$(grep -o 'id="candidate-summary"[^>]*>[^<]*' <<<"$list" | sed 's/.*>//; s/candidat.*//' | tr -cd '0-9')
echo "hr_candidates_listed: ${total:-0} candidates"
first=$(grep -o 'candidate.xhtml?id=[0-9]*' <<<"$list" | head -n1 | sed 's/.*=//')
in_a_year=$(date -d '+365 days' +%F)


measure hr_list_first_page "/hr/candidates.xhtml"
measure hr_list_search "/hr/candidates.xhtml?q=candidate%20123"
measure hr_list_deleted_within_a_year "/hr/candidates.xhtml?before=$in_a_year"
measure hr_due_30_days "/hr/due.xhtml"
[ -n "$first" ] && measure hr_candidate_page "/hr/candidate.xhtml?id=$first"
exit 0
