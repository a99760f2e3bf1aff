#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The peer for web-eval: Debian's python3-readability (readability-lxml) on
the same pages.  Writes OUT/NAME.html (the peer's article) for each page
folder and prints the time per page; then score with
  web-eval --peer-html OUT PAGES_DIR

usage: readability-peer.py PAGES_DIR OUT_DIR
"""
import os
import sys
import time

from readability import Document


def main():
    pages, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    times = []
    for name in sorted(os.listdir(pages)):
        src = os.path.join(pages, name, "source.html")
        if not os.path.exists(src):
            continue
        with open(src, "rb") as f:
            raw = f.read()
        t0 = time.perf_counter()
        try:
            html = Document(raw).summary(html_partial=True)
        except Exception as e:  # the peer failing on a page scores 0 there
            print(f"{name}: {e}", file=sys.stderr)
            html = ""
        times.append((time.perf_counter() - t0) * 1000)
        with open(os.path.join(out, name + ".html"), "w", encoding="utf-8") as f:
            f.write('<html><head><meta charset="utf-8"></head><body>' + html + "</body></html>")
    times.sort()
    print(f"pages {len(times)}: mean {sum(times) / len(times):.1f} ms, "
          f"median {times[len(times) // 2]:.1f} ms per page")


if __name__ == "__main__":
    main()
