#!/bin/sh
# Ten-fold cross-validation of the English facts through the pipeline
# (issue 14): for each fold K of CoNLL-2003 train (the documents whose index
# is K modulo 10; fold 0 is the validation split of the shipped model),
# train a model without it (`train-ner --fold K`, the shipped model's
# command otherwise) and score that fold as a client sends it
# (`ner-eval --through-pipeline --validation --fold K`).  The rules
# (ner-*.c) are the same in every fold; only the model changes.  Prints each
# fold's mentions and panel figures, their mean, and the panel pooled over
# the folds.  Heavy: ten trainings (run it niced, alone).
#   tests/eval/ner-cv.sh            (BUILD=build, PRECIS_SHARED_DATA=../shared/data)
# NER_EVAL_ARGS=--bus scores each fold through D-Bus instead (Analyze of
# precisd on a private bus with the fold's model); KEEP_MODELS=DIR keeps
# each fold's model as DIR/ner-en-fold-K.model.
set -eu
cd "$(dirname "$0")/../.."
build=${BUILD:-build}
shared=${PRECIS_SHARED_DATA:-../shared/data}
train=$shared/ner/conll2003/train.conll
dev=$shared/ner/conll2003/dev.conll
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A data directory like data/, with the fold's English model in it.
for f in data/*; do ln -s "$PWD/$f" "$tmp/"; done
rm "$tmp/models"
mkdir "$tmp/models"
for m in data/models/*; do ln -s "$PWD/$m" "$tmp/models/"; done
rm "$tmp/models/ner-en.model"
for k in 0 1 2 3 4 5 6 7 8 9; do
  "$build/tools/train-ner" --train "$train" --dev "$dev" --gazetteers data/gazetteers --fold "$k" \
      --output "$tmp/models/ner-en.model" 2>/dev/null
  # shellcheck disable=SC2086
  "$build/tests/eval/ner-eval" --data-dir "$tmp" --through-pipeline ${NER_EVAL_ARGS:-} --validation \
      --fold "$k" --min-f1 0 "$train" > "$tmp/fold-$k.txt"
  if [ -n "${KEEP_MODELS:-}" ]; then
    mkdir -p "$KEEP_MODELS"
    mv "$tmp/models/ner-en.model" "$KEEP_MODELS/ner-en-fold-$k.model"
  else
    rm "$tmp/models/ner-en.model"
  fi
done
python3 - "$tmp" <<'PY'
import re, sys, statistics
rows = []
for k in range(10):
    text = open(f"{sys.argv[1]}/fold-{k}.txt").read()
    p, r, f = map(float, re.search(r"\*\*micro PER/ORG/LOC\*\* \| ([\d.]+) \| ([\d.]+) \| ([\d.]+)", text).groups())
    m = re.search(r"issue 14's measure.*: P ([\d.]+) \((\d+) of (\d+) facts right\), R ([\d.]+) \((\d+) of (\d+) entities\)", text)
    rows.append((p, r, f, float(m[1]), float(m[4]), int(m[2]), int(m[3]), int(m[5]), int(m[6])))
print("| fold | mentions P | R | F1 | panel P | panel R |\n|---|---:|---:|---:|---:|---:|")
for k, x in enumerate(rows):
    print(f"| {k} | {x[0]:.2f} | {x[1]:.2f} | {x[2]:.2f} | {x[3]:.2f} | {x[4]:.2f} |")
mean = [statistics.mean(x[i] for x in rows) for i in range(5)]
sd = [statistics.stdev(x[i] for x in rows) for i in range(5)]
print("| mean (sd) | " + " | ".join(f"{m:.2f} ({s:.2f})" for m, s in zip(mean, sd)) + " |")
right = sum(x[5] for x in rows); facts = sum(x[6] for x in rows)
claimed = sum(x[7] for x in rows); entities = sum(x[8] for x in rows)
print(f"panel pooled over the folds: P {100 * right / facts:.2f} ({right} of {facts}), "
      f"R {100 * claimed / entities:.2f} ({claimed} of {entities})")
PY
