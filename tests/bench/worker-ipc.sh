#!/bin/sh
# What running analyses in precis-worker processes costs an Analyze call
# through D-Bus, in instructions (callgrind: the machine's load does not
# move them).  precisd runs under callgrind with its workers
# (--trace-children=yes; the workers' seccomp filter in log mode, since
# valgrind's own system calls are not on its list), bench-dbus makes N
# Analyze calls of one article from one client; the per-call figure is
# the difference between N=LONG and N=SHORT runs divided by LONG-SHORT, so
# start-up (which loads the plugins twice with workers) is not counted.
#   tests/bench/worker-ipc.sh [BUILD] [ARTICLE...]
# Default articles: data/seed-article.txt and the first BBC dev article.
set -eu
cd "$(dirname "$0")/../.."
build=${1:-build}
[ $# -gt 0 ] && shift
short=${SHORT:-20}
long=${LONG:-120}
tmp=$(mktemp -d /tmp/worker-ipc-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
if [ $# -eq 0 ]; then
  set -- data/seed-article.txt
  bbc=${PRECIS_SHARED_DATA:-../shared/data}/summ/bbc/dev.jsonl
  if [ -f "$bbc" ]; then
    head -n 1 "$bbc" > "$tmp/bbc-business-001.jsonl"
    set -- "$@" "$tmp/bbc-business-001.jsonl"
  fi
fi

# Instructions of precisd and every worker it started, for N calls.
instructions() { # article workers(true|false) calls
  out="$tmp/cg-$2-$3"
  mkdir -p "$out"
  PRECIS_WORKER_SECCOMP=log PRECIS_BENCH_CONF="[daemon]\nplugin-workers=$2\n" \
  PRECIS_TEST_DAEMON_WRAPPER="valgrind --tool=callgrind --trace-children=yes --callgrind-out-file=$out/cg.%p" \
    "$build/tests/bench/bench-dbus" 1 "$3" "$1" >/dev/null 2>&1
  for f in "$out"/cg.*; do
    callgrind_annotate "$f" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }'
  done | awk '{ s += $1 } END { print s }'
  rm -rf "$out"
}

echo "| article | in precisd: instructions/call | in a worker: instructions/call | difference |"
echo "|---|---:|---:|---:|"
for article in "$@"; do
  for w in false true; do
    a=$(instructions "$article" $w "$short")
    b=$(instructions "$article" $w "$long")
    eval "per_$w=$(( (b - a) / (long - short) ))"
  done
  echo "| $(basename "$article") | $per_false | $per_true | $(awk "BEGIN { printf \"%+.2f %%\", ($per_true - $per_false) * 100.0 / $per_false }") |"
done
