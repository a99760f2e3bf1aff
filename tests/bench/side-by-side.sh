#!/bin/sh
# Issue 14's speed budgets for two trees, side by side: rounds of A then B
# (A B A B ...), so that a drift of the machine's speed falls on both.
# Each round, from each tree's own BUILD (default build-bench: default
# options, no sanitizer): the seed's in-process Analyze median
# (bench-analyze, thread CPU time), the BBC dev articles of 3,000-5,000
# characters (median; with ../shared), 8 clients' Analyze/s and one
# client's p50 / p99 through a private dbus-daemon (bench-dbus), and
# precisd's RSS at the end.  Prints a Markdown table, one row per run.
#   tests/bench/side-by-side.sh TREE_A TREE_B [ROUNDS]
# Read the pairs; the budgets only from a quiet machine (load under 1).
# Raw outputs are kept in $RAW (default: a new /tmp/side-by-side-XXXXXX).
set -eu
a=$(cd "$1" && pwd)
b=$(cd "$2" && pwd)
rounds=${3:-4}
build=${BUILD:-build-bench}
raw=${RAW:-$(mktemp -d /tmp/side-by-side-XXXXXX)}
mkdir -p "$raw"

# the first figure after "label" on the line matching `pattern`
pick() { grep -m1 "$1" "$2" | sed "s/.*$3 *\([0-9.]*\).*/\1/"; }
# column `n` of bench-dbus's row for `clients`
column() { awk -F'|' -v c="$1" -v n="$2" '$2 + 0 == c && $3 ~ /back to back/ { gsub(/ /, "", $n); print $n }' "$3"; }

echo "raw outputs: $raw"
echo
echo "| round | side | load | seed Analyze median µs | BBC 3-5k median µs | 8 clients Analyze/s | 1 client p50 / p99 ms | precisd RSS MB |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
for r in $(seq "$rounds"); do
  for side in A B; do
    if [ $side = A ]; then tree=$a; else tree=$b; fi
    bench=$tree/$build/tests/bench
    out=$raw/$r-$side
    load=$(cut -d' ' -f1 /proc/loadavg)
    (
      cd "$tree"
      export PRECIS_DATA_DIR="$tree/data"
      if [ -d "$tree/../shared/data" ]; then export PRECIS_SHARED_DATA="$tree/../shared/data"; fi
      "$bench/bench-analyze" data/seed-article.txt 300 analyze >"$out.seed" 2>&1
      "$bench/bench-analyze" "" 3 >"$out.bbc" 2>&1
      "$bench/bench-dbus" 8 1000 data/seed-article.txt >"$out.8" 2>&1 || true
      "$bench/bench-dbus" 1 1000 data/seed-article.txt >"$out.1" 2>&1 || true
    )
    seed=$(pick "articles of 3,000-5,000" "$out.seed" "median")
    if grep -q "summ/bbc" "$out.bbc"; then bbc=$(pick "articles of 3,000-5,000" "$out.bbc" "median"); else bbc="(no ../shared)"; fi
    echo "| $r | $side | $load | $seed | $bbc | $(column 8 7 "$out.8") | $(column 1 8 "$out.1") / $(column 1 9 "$out.1") | $(column 1 13 "$out.1") |"
  done
done
