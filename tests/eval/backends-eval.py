#!/usr/bin/python3
# backends-eval.py — libprecis' two back ends on a whole data set: every
# article analysed in-process and through a real precisd on a private bus;
# counts the articles whose summary, facts and info differ (must be 0).
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
#   tests/eval/backends-eval.py BUILD_DIR [DATA.jsonl]   (default: ../shared/data/summ/bbc/dev.jsonl)
import json
import os
import subprocess
import sys
import tempfile
import time

build = os.path.abspath(sys.argv[1])
source = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
data = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
    os.environ.get("PRECIS_SHARED_DATA", os.path.join(source, "..", "shared", "data")),
    "summ", "bbc", "dev.jsonl")
libdir = os.path.join(build, "libprecis")

import gi  # noqa: E402
gi.require_version("GIRepository", "2.0")
from gi.repository import GIRepository  # noqa: E402
GIRepository.Repository.prepend_search_path(libdir)
GIRepository.Repository.prepend_library_path(libdir)
gi.require_version("Precis", "1")
from gi.repository import GLib, Precis  # noqa: E402

tmp = tempfile.mkdtemp(prefix="precis-backends-")
for var in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME"):
    os.environ[var] = os.path.join(tmp, var.lower())
os.environ["PRECIS_PLUGIN_PATH"] = ":".join(
    os.path.join(build, "plugins", p) for p in ("lead", "facts", "textrank", "newsrank", "ots"))
os.environ.setdefault("PRECIS_DATA_DIR", os.path.join(source, "data"))
bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
address = bus.stdout.readline().strip()
daemon = subprocess.Popen([os.path.join(build, "daemon", "precisd"), "--address", address],
                          stderr=subprocess.DEVNULL)


def view(result):
    return ([(s.get_text(), s.get_start(), s.get_end(), s.get_utf16_start(), s.get_utf16_end(),
              s.get_score()) for s in result.get_summary()],
            [(f.get_kind(), f.get_text(), f.get_value(), f.get_salience(),
              [f.get_mention(i)[1:] for i in range(f.get_n_mentions())]) for f in result.get_facts()],
            result.get_info().print_(True))


try:
    local = Precis.Connection.new_local(None, None)
    deadline = time.monotonic() + 20
    while True:
        try:
            remote = Precis.Connection.new_bus(address, None)
            remote.list_plugins(None)
            break
        except GLib.Error:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    options = Precis.Options.new()
    options.set_published(GLib.DateTime.new_utc(2025, 2, 22, 12, 0, 0))
    n = same = facts = sentences = 0
    for line in open(data, encoding="utf-8"):
        article = json.loads(line)
        options.set_title(article.get("title"))
        a = view(local.analyze(article["article"], options, None))
        b = view(remote.analyze(article["article"], options, None))
        n += 1
        same += a == b
        sentences += len(a[0])
        facts += len(a[1])
        if a != b:
            print(f"differs: {article.get('id')}", file=sys.stderr)
    print(f"{os.path.basename(os.path.dirname(data))}: {n} articles, {same} identical through "
          f"both back ends ({sentences} summary sentences, {facts} facts compared, "
          f"with offsets, scores, salience and info)")
finally:
    daemon.terminate()
    daemon.wait()
    bus.terminate()
    bus.wait()
sys.exit(0 if n > 0 and same == n else 1)
