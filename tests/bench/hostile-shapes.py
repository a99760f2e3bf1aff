#!/usr/bin/env python3
"""hostile-shapes.py — how Analyze's cost grows on texts shaped to be slow.

    tests/bench/hostile-shapes.py [BUILD_DIR [SHAPE...]]   (default: build, every shape)

Each shape is written at two sizes, N and 4 N units (sentences, items or
words), and analysed in-process by `bench-analyze FILE 1 analyze` (after
its warm-up call); the figure is that call's CPU time, which the other
work of a shared machine does not inflate as much as wall time.  A linear
pass shows a growth near 4; a quadratic one near 16.  The texts
are made-up (seeded), so every run is the same text.  BENCHMARKS.md
sections 22 and 24 give the figures and what was slow.
"""
import os
import random
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build"))
BENCH = os.path.join(BUILD, "tests", "bench", "bench-analyze")


def word(rng, n=5):
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))


def name(rng):
    return word(rng).capitalize()


# shape -> (what it is, units of the smaller text, function (rng, n) -> text)
SHAPES = {
    "initials": ("'A. ' repeated", 2000, lambda r, n: "A. " * n),
    "names": ("'Xxxxx Yyyyy met Zzzzz Wwwww in Vvvvv.'", 2000,
              lambda r, n: " ".join(f"{name(r)} {name(r)} met {name(r)} {name(r)} in {name(r)}." for _ in range(n))),
    "register": ("'X. Y. Zzzzz of the U.S. Wwwww Co. Inc. said.'", 2000,
                 lambda r, n: " ".join(f"{name(r)[0]}. {name(r)[0]}. {name(r)} of the U.S. {name(r)} Co. Inc. said."
                                       for _ in range(n))),
    "namesakes": ("'Xxxxx Smith said.'", 2000, lambda r, n: " ".join(f"{name(r)} Smith said." for _ in range(n))),
    "middle-names": ("'John Xxxxx Smith said.'", 2000,
                     lambda r, n: " ".join(f"John {name(r)} Smith said." for _ in range(n))),
    "lone-surname": ("'Xxxxx Smith met Smith in Yyyyy.'", 2000,
                     lambda r, n: " ".join(f"{name(r)} Smith met Smith in {name(r)}." for _ in range(n))),
    "results-lines": ("'Xx Yy ( Zz ) beat Aa Bb ( Cc ) 3-4' a line, no full stop", 2000,
                      lambda r, n: "\n".join(f"{name(r)} {name(r)} ( {name(r)} ) beat {name(r)} {name(r)} "
                                             f"( {name(r)} ) {r.randint(0, 7)}-{r.randint(0, 7)}"
                                             for _ in range(n))),
    "line-up": ("one sentence 'Man Utd: Xxxxx (Yyyyy 45), ...'", 2000,
                lambda r, n: "Man Utd: " + ", ".join(f"{name(r)} ({name(r)} {r.randint(1, 90)})" for _ in range(n))
                + ". Subs Not Used: " + ", ".join(name(r) for _ in range(n)) + "."),
    "versions": ("one sentence 'Windows 95, NT, 1203, ...'", 2000,
                 lambda r, n: "Windows " + ", ".join(r.choice([str(r.randint(1, 2000)), name(r).upper()[:2]])
                                                     for _ in range(n)) + " and XP could be."),
    "dates": ("'On 3 March 2001 the xxxxx rose.'", 2000,
              lambda r, n: " ".join(f"On {r.randint(1, 28)} {r.choice(['March', 'July', 'October'])} "
                                    f"{r.randint(1900, 2030)} the {word(r)} rose." for _ in range(n))),
    "one-sentence": ("one sentence of lower-case words", 2000,
                     lambda r, n: " ".join(word(r) for _ in range(n)) + "."),
    "later": ("'Two days later the xxxxx fell.' with one date at the start", 2000,
              lambda r, n: "On 3 March 2001 it began. " + " ".join(
                  f"{r.choice(['Two days', 'Seven decades', 'Minutes', 'A week'])} later the {word(r)} fell."
                  for _ in range(n))),
    "weekdays": ("'On Monday Xxxxx said.' with no date told", 2000,
                 lambda r, n: " ".join(f"On {r.choice(['Monday', 'Friday', 'Sunday'])} {name(r)} said."
                                       for _ in range(n))),
    "same-name": ("'Smith said.' repeated: one entity, many mentions", 2000,
                  lambda r, n: "John Smith spoke. " + " ".join("Smith said." for _ in range(n))),
    "quotes": ("'\"Xxxxx \"yyyyy' unbalanced quotes, one sentence", 2000,
               lambda r, n: " ".join(f'"{name(r)} "{word(r)}' for _ in range(n)) + "."),
    "brackets": ("'(' nested n deep, then names", 2000,
                 lambda r, n: "(" * n + " ".join(name(r) for _ in range(n)) + ")" * n + "."),
    "capitals": ("'XXXXX YYYYY AT ZZZZZ' lines, all capitals", 2000,
                 lambda r, n: "\n".join(f"{name(r).upper()} {name(r).upper()} AT {name(r).upper()}"
                                        for _ in range(n))),
    "hyphen-chain": ("one word 'Xxxxx-Yyyyy-...' of n parts", 2000,
                     lambda r, n: "The " + "-".join(name(r) for _ in range(n)) + " said."),
    "table": ("tab-separated rows 'Xxxxx Yyyyy<TAB>Zzzzz<TAB>12'", 2000,
              lambda r, n: "\n".join(f"{name(r)} {name(r)}\t{name(r)}\t{r.randint(1, 99)}" for _ in range(n))),
    "german": ("'Der Xxxxx der Yyyyy sagte am Mittwoch in Zzzzz.'", 2000,
               lambda r, n: " ".join(f"Der {name(r)} der {name(r)} sagte am Mittwoch in {name(r)}."
                                     for _ in range(n))),
}


def run(path):
    """The CPU seconds of one Analyze of the file."""
    env = dict(os.environ, PRECIS_DATA_DIR=os.path.join(ROOT, "data"))
    out = subprocess.run([BENCH, path, "1", "analyze"], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                         check=True, text=True).stdout
    match = re.search(r"Analyze, every call \(1\): median ([0-9.]+) µs", out)
    return float(match.group(1)) / 1e6


def main():
    chosen = sys.argv[2:] or list(SHAPES)
    print(f"{'shape':<14} {'N':>6} {'bytes':>9} {'CPU s':>7} {'4N bytes':>9} {'CPU s':>7} growth  ({BENCH})")
    with tempfile.TemporaryDirectory() as tmp:
        for shape in chosen:
            what, n, make = SHAPES[shape]
            row = []
            for units in (n, 4 * n):
                path = os.path.join(tmp, f"{shape}-{units}.txt")
                with open(path, "w") as out:
                    out.write(make(random.Random(7), units) + "\n")
                row.append((os.path.getsize(path), run(path)))
            print(f"{shape:<14} {n:>6} {row[0][0]:>9} {row[0][1]:>7.3f} {row[1][0]:>9} {row[1][1]:>7.3f} "
                  f"{row[1][1] / max(row[0][1], 1e-3):>6.1f}  {what}")


if __name__ == "__main__":
    main()
