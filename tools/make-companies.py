#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Generate the company lexicon of the `facts` plugin from packaged data.

Source, a Debian package, so anyone can regenerate the same file:
  ieee-data  /usr/share/ieee-data/oui.csv   the IEEE registry of organizations that hold
             MAC address blocks (public domain): hardware, software, telecoms and
             media companies ("Google, Inc.", "Sony Corporation", "Nintendo Co., Ltd.").
A name is kept as written by the registrant, less its legal form ("Inc.", "Corp.",
"Co., Ltd.", "GmbH"...), when it is written in mixed case (registrants that write
in capitals only are left out: their case is not the name's) and registered at
least --min-blocks times (a well-known firm holds many blocks; a one-off
registrant is more likely an obscure name or a common word).

Output (tab-separated, one name a line, UTF-8):
  companies.tsv   name <TAB> name <TAB> company

Usage: tools/make-companies.py [--min-blocks N] OUTDIR
"""
import argparse
import collections
import csv
import os
import re

OUI = os.environ.get("IEEE_DATA_OUI", "/usr/share/ieee-data/oui.csv")

LEGAL = re.compile(
    r"(,?\s+(inc|incorporated|corp|corporation|co|company|ltd|limited|llc|l\.l\.c|plc|gmbh|ag|sa|s\.a|"
    r"spa|s\.p\.a|bv|b\.v|nv|n\.v|ab|oy|oyj|as|asa|kk|k\.k|pte|pty|srl|s\.r\.l|sas|s\.a\.s|"
    r"co\.,?\s*ltd|holdings?|group|international|technologies|technology)\.?)+$",
    re.IGNORECASE)


def clean(name):
    name = " ".join(name.split())
    prev = None
    while prev != name:
        prev = name
        name = LEGAL.sub("", name).strip(" ,.")
    return name


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--min-blocks", type=int, default=3)
    parser.add_argument("outdir")
    args = parser.parse_args()
    counts = collections.Counter()
    with open(OUI, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = clean(row["Organization Name"])
            if not name or name.upper() == name or name.lower() == name:
                continue
            if not re.match(r"^[A-Z][\w&.'\- ]*$", name):
                continue
            counts[name] += 1
    names = sorted(n for n, c in counts.items() if c >= args.min_blocks)
    with open(os.path.join(args.outdir, "companies.tsv"), "w", encoding="utf-8") as out:
        for name in names:
            out.write(f"{name}\t{name}\tcompany\n")
    print(f"{len(names)} companies")


if __name__ == "__main__":
    main()
