#!/usr/bin/env bash
# Measures the app host's start-up after the build, as a user meets it: from starting the command to
# the line that says everything is healthy, and to the end of the banner (demo patients imported), then
# how long a SIGTERM takes until no process of the run is left. Appends one row per run to OUT.
#
#   tests/PatientNetwork.Benchmarks/Startup/measure-startup.sh [RUNS] [OUT] [LABEL]
#
# Run from the repository root after `dotnet build`. Each run uses a fresh data folder (cold: initdb,
# new RabbitMQ node, migrations) and then the same folder again (warm).
set -euo pipefail
runs=${1:-3}
out=${2:-docs/benchmarks/startup-runs.tsv}
label=${3:-$(git rev-parse --short HEAD)}
apphost=apphost/bin/Debug/net10.0/PatientNetwork.AppHost
[ -x "$apphost" ] || { echo "build first: dotnet build" >&2; exit 1; }
[ -f "$out" ] || printf 'label\tdata\thealthy_s\tready_s\tstop_s\n' > "$out"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || shuf -i 20000-60000 -n 1; }

measure() { # $1 data dir, $2 cold|warm
  local log; log=$(mktemp)
  local start; start=$(date +%s.%N)
  DOTNET_ENVIRONMENT=Development ASPIRE_ALLOW_UNSECURED_TRANSPORT=true \
  ASPNETCORE_URLS="http://127.0.0.1:$(free_port)" \
  ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL="http://127.0.0.1:$(free_port)" \
  ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL="http://127.0.0.1:$(free_port)" \
    "$apphost" --data "$1" --gateway-port 0 > "$log" 2>&1 &
  local pid=$!
  local healthy="" ready=""
  for _ in $(seq 1 1800); do
    [ -z "$healthy" ] && grep -qE '^All [0-9]+ resources (healthy|up)' "$log" && healthy=$(date +%s.%N)
    grep -q 'Stop: Ctrl+C' "$log" && { ready=$(date +%s.%N); break; }
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  local stop_start; stop_start=$(date +%s.%N)
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" || true
  while pgrep -f -- "$1" > /dev/null; do sleep 0.2; done
  local stopped; stopped=$(date +%s.%N)
  awk -v l="$label" -v d="$2" -v s="$start" -v h="${healthy:-$start}" -v r="${ready:-$start}" -v a="$stop_start" -v b="$stopped" \
    'BEGIN { printf "%s\t%s\t%.1f\t%.1f\t%.1f\n", l, d, h - s, r - s, b - a }' | tee -a "$out"
  rm -f "$log"
}

for _ in $(seq 1 "$runs"); do
  data=$(mktemp -d /tmp/patientnetwork-startup.XXXXXX)
  chmod o+x "$data"
  measure "$data" cold
  measure "$data" warm
  rm -rf "$data"
done
