#!/usr/bin/python3
# gi-connection.py — libprecis from Python through GObject introspection,
# once in-process and once over a private bus with a real precisd: both
# must give the same summary and facts for the sample article.
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
#   tests/gi-connection.py BUILD_DIR SOURCE_DIR   (TAP on stdout)
import os
import subprocess
import sys
import tempfile
import time

build, source = sys.argv[1], sys.argv[2]
libdir = os.path.join(build, "libprecis")

try:
    import gi
    gi.require_version("GIRepository", "2.0")
    from gi.repository import GIRepository
    GIRepository.Repository.prepend_search_path(libdir)
    GIRepository.Repository.prepend_library_path(libdir)
    gi.require_version("Precis", "1")
    from gi.repository import GLib, Precis
except (ImportError, ValueError) as e:
    print(f"1..0 # SKIP no GObject introspection for Python here: {e}")
    sys.exit(0)

tests = 0


def ok(condition, name):
    global tests
    tests += 1
    print(f"{'ok' if condition else 'not ok'} {tests} {name}")
    return condition


tmp = tempfile.mkdtemp(prefix="precis-gi-")
for var in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME"):
    os.environ[var] = os.path.join(tmp, var.lower())
# The plugins of the build tree, for precisd and the local engine alike.
os.environ["PRECIS_PLUGIN_PATH"] = os.environ.get("PRECIS_TEST_PLUGIN_PATH", "")
bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
address = bus.stdout.readline().strip()
daemon = subprocess.Popen([os.path.join(build, "daemon", "precisd"), "--address", address],
                          stderr=subprocess.DEVNULL)
try:
    with open(os.path.join(source, "data", "seed-article.txt"), encoding="utf-8") as f:
        article = f.read()
    options = Precis.Options.new()
    options.set_published(GLib.DateTime.new_utc(2025, 2, 22, 12, 0, 0))

    local = Precis.Connection.new_local(None, None)
    deadline = time.monotonic() + 20
    remote = None
    while remote is None:
        try:
            remote = Precis.Connection.new_bus(address, None)
            remote.list_plugins(None)
        except GLib.Error:
            remote = None
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)

    def view(result):
        return ([(s.get_text(), s.get_start(), s.get_end(), s.get_utf16_start(), s.get_score())
                 for s in result.get_summary()],
                [(f.get_kind(), f.get_text(), f.get_value(), f.get_n_mentions())
                 for f in result.get_facts()])

    a = local.analyze(article, options, None)
    b = remote.analyze(article, options, None)
    ok(len(a.get_summary()) == 3, "local: three summary sentences")
    ok(view(a) == view(b), "local and bus: the same summary and facts")
    people = [f.get_value() for f in a.get_facts() if f.get_kind() == "person"]
    ok("Donald Trump" in people and "Vladimir Putin" in people, "the facts name Trump and Putin")
    s = a.get_summary()[0]
    ok(article[s.get_start():s.get_end()] == s.get_text(), "Python slices the sentence back")
    ok(a.get_published() == "2025-02-22" and a.get_language() == b.get_language(),
       "info: the anchor and the language")

    options.set_plugin("no-such-plugin")
    for name, connection in (("local", local), ("bus", remote)):
        try:
            connection.summarize(article, options, None)
            ok(False, f"{name}: an unknown plugin is an error")
        except GLib.Error as e:
            ok(e.matches(Precis.error_quark(), Precis.Error.UNKNOWN_PLUGIN),
               f"{name}: an unknown plugin is Precis.Error.UNKNOWN_PLUGIN")
finally:
    daemon.terminate()
    daemon.wait()
    bus.terminate()
    bus.wait()
print(f"1..{tests}")
