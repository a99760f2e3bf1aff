#!/bin/bash
# completion.sh BUILD SOURCE — the bash completion of precis, against the built
# precis (its --help lists the options).  TAP output.
set -u
build=$1 src=$2
export PATH="$build/cli:$PATH"
source "$src/data/completion/precis"
n=0 failed=0
expect() { # description words... -- expected completions
  local what=$1; shift
  local words=() want=()
  while [[ $1 != -- ]]; do words+=("$1"); shift; done; shift
  want=("$@")
  COMP_WORDS=("${words[@]}"); COMP_CWORD=$((${#words[@]} - 1))
  _precis
  n=$((n + 1))
  local got=" ${COMPREPLY[*]} "
  for w in "${want[@]}"; do
    if [[ $got != *" $w "* ]]; then
      echo "not ok $n $what: no '$w' in:$got"; failed=$((failed + 1)); return
    fi
  done
  echo "ok $n $what"
}
echo "1..6"
expect "subcommands" precis su -- summarize
expect "feeds actions" precis feeds l -- list
expect "options from --help" precis summarize --max -- --max-chars
expect "feeds list --all" precis feeds list --a -- --all
expect "--order values" precis summarize --order d -- document
expect "files" precis summarize "$src/data/seed-art" -- "$src/data/seed-article.txt"
[ $failed -eq 0 ]
