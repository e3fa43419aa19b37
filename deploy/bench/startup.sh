#!/usr/bin/env bash
# Measures the local run: time from launch to "ready" (all applications healthy, demo data loaded) and the peak memory
# of everything it runs (launcher JVM + PostgreSQL processes), as proportional set size (PSS, shared pages counted once).
# Usage: deploy/bench/startup.sh [--reset]   (builds first if needed; leaves the system stopped)
set -euo pipefail
cd "$(dirname "$0")/../.."
log=$(mktemp)
start=$(date +%s.%N)
./deploy/run-local.sh "$@" > "$log" 2>&1 &
launcher=$!
pss_total() {
  local total=0 pid
  for pid in $(pgrep -f 'java .*sikerja-local.jar') $(pgrep -x postgres); do
    v=$(awk '/^Pss:/ {print $2}' /proc/$pid/smaps_rollup 2>/dev/null || true)
    total=$((total + ${v:-0}))
  done
  echo $total
}
peak=0; ready=""
while kill -0 $launcher 2>/dev/null; do
  now=$(pss_total); [ "$now" -gt "$peak" ] && peak=$now
  if [ -z "$ready" ] && grep -q "SiKerja is ready in" "$log"; then
    ready=$(echo "$(date +%s.%N) - $start" | bc)
    reported=$(grep -o "ready in [0-9.]* s" "$log")
    settle_until=$(( $(date +%s) + 30 ))
  fi
  if [ -n "$ready" ] && [ "$(date +%s)" -ge "$settle_until" ]; then break; fi
  sleep 0.5
done
echo "wall time to ready (incl. build check): ${ready}s; launcher reports: ${reported:-?}"
echo "peak PSS (launcher JVM + PostgreSQL), during start and 30 s after: $((peak / 1024)) MiB"
kill -TERM $launcher 2>/dev/null || true  # what Ctrl-C does; background jobs ignore SIGINT
wait $launcher 2>/dev/null || true
rm -f "$log"
