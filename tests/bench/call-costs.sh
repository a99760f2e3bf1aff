#!/bin/sh
# What one Analyze call through D-Bus costs precisd's threads and its
# workers besides the analysis, in counts the machine's load moves little:
# system calls (perf's raw_syscalls:sys_enter, per thread) and voluntary
# context switches (/proc/.../status: each is a wait that ended in a
# wake-up).  bench-dbus 1 CALLS runs one client back to back; after a
# second of it, both are counted over SECONDS seconds, and divided by the
# replies precisd sent meanwhile (its main thread's sendmsg, one a reply).
# CPU time (perf's task-clock) is given too: it moves with the machine's
# load, the counts much less.
#   tests/bench/call-costs.sh [BUILD] [ARTICLE]    (BUILD may be another tree's)
# Needs perf with the syscalls tracepoints (root, or perf_event_paranoid).
set -eu
cd "$(dirname "$0")/../.."
build=${1:-build}
article=${2:-data/seed-article.txt}
seconds=${SECONDS_COUNTED:-2}
tmp=$(mktemp -d /tmp/call-costs-XXXXXX)
export PRECIS_DATA_DIR=${PRECIS_DATA_DIR:-$PWD/data}

"$build/tests/bench/bench-dbus" 1 "${CALLS:-8000}" "$article" >/dev/null 2>&1 &
bench=$!
trap 'kill $bench 2>/dev/null || true; rm -rf "$tmp"' EXIT
sleep 3
case $build in /*) path=$build ;; *) path=$PWD/$build ;; esac
daemon=$(pgrep -n -f "^$path/daemon/precisd")
workers=$(pgrep -P "$daemon" -f precis-worker | tr '\n' ' ')
tasks=$(for p in $daemon $workers; do ls -d /proc/$p/task/*; done)

# tid name voluntary-switches, for every thread of precisd and its workers
snapshot() {
  for t in $tasks; do
    [ -r "$t/status" ] && echo "$(basename "$t") $(cat "$t/comm") $(awk '/^voluntary_ctxt_switches/ { print $2 }' "$t/status")"
  done | sort
}

snapshot > "$tmp/before"
perf stat --per-thread -e syscalls:sys_enter_sendmsg,raw_syscalls:sys_enter,task-clock \
  -p "$(echo $daemon $workers | tr ' ' ',')" -o "$tmp/perf" -- sleep "$seconds"
snapshot > "$tmp/after"
calls=$(awk -v d="$daemon" '$1 == "precisd-" d && $3 == "syscalls:sys_enter_sendmsg" { print $2 }' "$tmp/perf")
[ -n "$calls" ] && [ "$calls" -gt 0 ] || { echo "no calls counted" >&2; exit 1; }

echo "calls counted: $calls in $seconds s ($build, $article)"
echo "| thread | system calls / call | voluntary switches / call | CPU µs / call |"
echo "|---|---:|---:|---:|"
join "$tmp/before" "$tmp/after" | while read -r tid name v0 _ v1; do
  sys=$(awk -v t="$name-$tid" '$1 == t && $3 == "raw_syscalls:sys_enter" { print $2 }' "$tmp/perf")
  cpu=$(awk -v t="$name-$tid" '$1 == t && $4 == "task-clock" { gsub(",", "", $2); print $2 }' "$tmp/perf")
  awk -v n="$name" -v t="$tid" -v s="${sys:-0}" -v v=$((v1 - v0)) -v c="$calls" -v m="${cpu:-0}" \
    'BEGIN { if (s + 0 > 0 || v > 0) printf "| %s %s | %.2f | %.2f | %.0f |\n", n, t, s / c, v / c, m * 1000 / c }'
done
