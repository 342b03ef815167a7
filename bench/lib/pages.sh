# Shared by the page benchmarks (bench/mydata.sh, bench/hr.sh): sourced, not run.
# Expects URL, REQUESTS and JAR (a cookie file) to be set by the script.

# Refuses anything but the loopback: these benchmarks send many requests.
loopback_only() {
  case "$URL" in
    http://localhost:*|http://127.*) ;;
    *) echo "this benchmark targets loopback only" >&2; exit 2 ;;
  esac
}

# Logs in through the JSF form, with its view state, as a browser would.
login() {
  local email="$1" password="$2" page state
  page=$(curl -fsS -c "$JAR" -b "$JAR" "$URL/login.xhtml")
  state=$(printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -n1 \
    | sed 's/.*value="\([^"]*\)".*/\1/')
  curl -fsS -o /dev/null -c "$JAR" -b "$JAR" -L \
    --data-urlencode "login=login" --data-urlencode "login:email=$email" --data-urlencode "login:password=$password" \
    --data-urlencode "login:submit=x" --data-urlencode "jakarta.faces.ViewState=$state" "$URL/login.xhtml"
}

# Requests a page REQUESTS times; prints its median and 95th percentile in milliseconds.
measure() {
  local name="$1" path="$2"
  local times=()
  for _ in $(seq 1 "$REQUESTS"); do
    times+=("$(curl -fsS -o /dev/null -b "$JAR" -w '%{time_total}' "$URL$path")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" '
    { t[NR] = $1 * 1000 }
    END {
      median = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
      p95 = t[int(NR * 0.95 + 0.999)]
      printf "%s_p50: %.1f ms\n%s_p95: %.1f ms\n", name, median, name, p95
    }'
}
