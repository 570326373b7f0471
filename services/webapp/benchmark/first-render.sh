#!/usr/bin/env bash
# Measures the first render of the staff web app's pages through the gateway: the time until the
# prerendered HTML of a page has fully arrived (what the browser paints first), signed in as a demo
# coordinator. Outside `dotnet test`; run it against a running system:
#
#   dotnet run --project apphost &          # prints the gateway URL and the demo password
#   services/webapp/benchmark/first-render.sh http://127.0.0.1:8080 '<demo password>' [requests per page]
#
# Writes docs/benchmarks/webapp.md. Target: under 1 s per page (issue 16).
set -euo pipefail
gateway=${1:?gateway URL}
password=${2:?demo staff password}
count=${3:-30}
login=${LOGIN:-hajar.coordinator}
root="$(cd "$(dirname "$0")/../../.." && pwd)"
out="$root/docs/benchmarks/webapp.md"
jar=$(mktemp)
trap 'rm -f "$jar" "$jar.page"' EXIT

# Sign in as a browser would: the form's hidden fields (anti-forgery token, form name) and the cookie jar.
curl -s -c "$jar" -b "$jar" "$gateway/account/sign-in" -o "$jar.page"
# The sign-in form's own fields (the page's language switch is a second form with its own).
token=$(grep -o 'name="__RequestVerificationToken" value="[^"]*"' "$jar.page" | head -1 | sed 's/.*value="\([^"]*\)"/\1/')
fields=(--data-urlencode "_handler=sign-in" --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Form.Step=password")
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "${fields[@]}" \
  --data-urlencode "Form.Login=$login" --data-urlencode "Form.Password=$password" "$gateway/account/sign-in")
grep -q 'pn.staff' "$jar" || { echo "sign-in failed (HTTP $status)" >&2; exit 1; }

measure() { # path -> "p50 p95 max" in ms over $count requests, after one warm-up
  local path=$1
  curl -s -o /dev/null -b "$jar" "$gateway$path"
  for _ in $(seq "$count"); do
    curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' "$gateway$path"
  done | sort -n | awk '{ t[NR] = $1 * 1000 } END { p50 = t[int((NR + 1) * 0.5)]; p95 = t[int(NR * 0.95 + 0.5)]; printf "%.0f %.0f %.0f\n", p50, p95, t[NR] }'
}

{
  echo "# Staff web app: first render through the gateway"
  echo
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') by \`services/webapp/benchmark/first-render.sh\` on this 2-core shared"
  echo "machine, against \`dotnet run --project apphost\` (Development, one instance of each service), signed in"
  echo "as \`$login\`. Each page was requested $count times after one warm-up; the time is until the whole"
  echo "prerendered HTML has arrived through the gateway (what the browser paints first; the figures of a"
  echo "page then arrive over the circuit). Target: under 1 s."
  echo
  echo "| page | p50 ms | p95 ms | max ms | under 1 s |"
  echo "|---|---:|---:|---:|---|"
  for path in /account/sign-in / /patients /patients/new /funding/coverage-accounts /events; do
    read -r p50 p95 max < <(measure "$path")
    verdict=$([ "$p95" -lt 1000 ] && echo yes || echo no)
    echo "| \`$path\` | $p50 | $p95 | $max | $verdict |"
  done
} > "$out"
cat "$out"
