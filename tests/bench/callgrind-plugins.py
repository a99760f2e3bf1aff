#!/usr/bin/env python3
# callgrind-plugins.py — plugin functions named in a callgrind file.
#
# precisd, its workers and bench-analyze load each plugin from a private
# memfd copy (libprecis/host/plugin-image.c), so callgrind names the
# plugins' functions by address only ("0x0000000008230df0").  This writes
# a copy of the file with those addresses named from `nm` of the plugin
# files: each file's load base is the page-aligned value that most
# (address - symbol value) differences agree on.  Addresses inside the
# PLT come out as "_init+OFFSET" (calls out of the plugin, to GLib or libc).
#
#   tests/bench/callgrind-plugins.py CALLGRIND.OUT NAMED.OUT build/plugins/facts/facts.so \
#       build/plugins/newsrank/newsrank.so
#   callgrind_annotate --inclusive=yes NAMED.OUT
#
# Example (per call of the seed article: difference of N = 29 and N = 9, / 20):
#   PRECIS_DATA_DIR=$PWD/data valgrind --tool=callgrind --callgrind-out-file=cg.29 \
#       --toggle-collect=precis_analysis_run build/tests/bench/bench-analyze \
#       data/seed-article.txt 29 analyze
#
# SPDX-License-Identifier: LGPL-2.1-or-later
import bisect
import collections
import re
import subprocess
import sys

if len(sys.argv) < 4:
    sys.exit("usage: callgrind-plugins.py CALLGRIND.OUT NAMED.OUT PLUGIN.so...")
source, target, plugins = sys.argv[1], sys.argv[2], sys.argv[3:]
text = open(source).read()
addresses = {int(a, 16) for a in re.findall(r"0x([0-9a-f]+)", text)}

tables = []
for plugin in plugins:
    symbols = []
    nm = subprocess.run(["nm", "--defined-only", plugin], capture_output=True, text=True, check=True)
    for line in nm.stdout.splitlines():
        fields = line.split()
        if len(fields) == 3 and fields[1] in "tTwW":
            symbols.append((int(fields[0], 16), fields[2]))
    symbols.sort()
    values = [v for v, _ in symbols]
    votes = collections.Counter(a - v for a in addresses for v in values if a >= v and (a - v) % 4096 == 0)
    if not votes:
        print(f"{plugin}: no address matches a symbol", file=sys.stderr)
        continue
    base, n = votes.most_common(1)[0]
    print(f"{plugin}: base {base:#x} ({n} addresses on a symbol)", file=sys.stderr)
    tables.append((base, values, symbols))


def name(address):
    for base, values, symbols in tables:
        offset = address - base
        i = bisect.bisect_right(values, offset) - 1
        if i >= 0 and offset - values[i] < 65536 and (i + 1 == len(values) or offset < values[i + 1]):
            value, symbol = symbols[i]
            return symbol if offset == value else f"{symbol}+{offset - value:x}"
    return None


def rename(match):
    named = name(int(match.group(1), 16))
    return named if named is not None else match.group(0)


text = re.sub(r"\?\?\?:0x([0-9a-f]+)", rename, text)
text = re.sub(r"(?<=[ =])0x([0-9a-f]+)(?=\n)", rename, text)
open(target, "w").write(text)
