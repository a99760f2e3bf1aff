#!/usr/bin/env python3
"""robustness.py — issue 12's figures, against a real precisd on a private bus.

    tests/bench/robustness.py [BUILD_DIR [SECTION...]]   (default: build, every section)

SECTION: large_texts, cancellation, plugins, plugin_updates, urls.

Starts a private dbus-daemon and the built precisd (its own XDG dirs, the
build's plugins), then measures, each with the precis CLI as a client would:
  - Analyze of 2 MiB of real news prose (the shared BBC + CNN/DM dev
    articles, concatenated): wall time and precisd's peak RSS (VmHWM);
  - the 100,000-sentence text (nine-digit numbers joined by ". ", 1.1 MB);
  - a client that leaves mid-call: precisd's CPU in the second after, and
    the time of another client's tiny call meanwhile;
  - a looping plugin with call-timeout-seconds=5; a segfaulting one; ones
    that crash as they are loaded (a constructor, their load()), dropped in
    while precisd runs; one that allocates 2 GiB under a 256 MiB worker limit;
  - a plugin copied slowly, and one overwritten in place with cp: time
    until listed, and whether precisd's PID stayed the same;
  - URL refusals (loopback, private literals): time to the error.
Prints one line per figure.  Sends no traffic beyond loopback.  Needs
/work/shared-style data (PRECIS_SHARED_DATA or ../shared/data) for the
prose figure; skips it without.
"""
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build"))
PRECIS = os.path.join(BUILD, "cli", "precis")
PRECISD = os.path.join(BUILD, "daemon", "precisd")
SHARED = os.environ.get("PRECIS_SHARED_DATA", os.path.join(ROOT, "..", "shared", "data"))
PLUGINS = ":".join(os.path.join(BUILD, "plugins", p) for p in ("lead", "facts", "textrank", "newsrank", "ots"))


class Daemon:
    def __init__(self, config):
        self.tmp = tempfile.mkdtemp(prefix="precis-robust-")
        self.plugin_dir = os.path.join(self.tmp, "plugins")
        os.makedirs(self.plugin_dir)
        os.makedirs(os.path.join(self.tmp, "config", "precis"))
        with open(os.path.join(self.tmp, "config", "precis", "precisd.conf"), "w") as f:
            f.write(config)
        self.env = dict(os.environ,
                        XDG_CONFIG_HOME=os.path.join(self.tmp, "config"),
                        XDG_STATE_HOME=os.path.join(self.tmp, "state"),
                        XDG_DATA_HOME=os.path.join(self.tmp, "data"),
                        PRECIS_DATA_DIR=os.path.join(ROOT, "data"),
                        PRECIS_PLUGIN_PATH=self.plugin_dir + ":" + PLUGINS)
        self.bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                                    stdout=subprocess.PIPE, text=True, env=self.env)
        self.address = self.bus.stdout.readline().strip()
        self.env["DBUS_SESSION_BUS_ADDRESS"] = self.address
        self.start()

    def start(self):
        self.proc = subprocess.Popen([PRECISD, "--address", self.address], env=self.env,
                                     stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.call(["version"], timeout=2)[0] == 0 and "precisd" in self.call(["version"])[1]:
                return
            time.sleep(0.05)
        raise RuntimeError("precisd did not start")

    def call(self, args, stdin=None, timeout=120):
        p = subprocess.run([PRECIS, "--address", self.address] + args, input=stdin, capture_output=True,
                           text=True, env=self.env, timeout=timeout)
        return p.returncode, p.stdout, p.stderr

    def hwm_mb(self):
        if not self.alive():
            return float("nan")
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        return float("nan")

    def cpu_s(self):
        with open(f"/proc/{self.proc.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def alive(self):
        return self.proc.poll() is None

    def stop(self):
        if self.alive():
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.bus.terminate()
        self.bus.wait()
        shutil.rmtree(self.tmp, ignore_errors=True)


def timed(d, args, stdin=None):
    t = time.monotonic()
    rc, out, err = d.call(args, stdin)
    return time.monotonic() - t, rc, out, err


def tiny(d):
    t, rc, _, err = timed(d, ["summarize", "--plugin", "lead", "-"], "A tiny text. It has two sentences.")
    return t, rc


def news_prose():
    texts = []
    for name in ("summ/bbc/dev.jsonl", "summ/cnndm/dev.jsonl"):
        path = os.path.join(SHARED, name)
        if not os.path.exists(path):
            return None
        with open(path) as f:
            for line in f:
                d = json.loads(line)
                texts.append(d.get("article") or d.get("text") or "")
    data = "\n\n".join(texts).encode()[:2 * 1024 * 1024]
    return data.decode("utf-8", "ignore")


def report(name, value):
    print(f"{name}: {value}", flush=True)


def large_texts():
    d = Daemon("[daemon]\ncall-timeout-seconds=5\n")
    try:
        prose = news_prose()
        if prose is None:
            report("2 MiB news prose", "skipped (no shared data)")
        else:
            t, rc, _, err = timed(d, ["analyze", "-"], prose)
            report("2 MiB news prose, Analyze (default plugins)",
                   f"{t:.2f} s, exit {rc}{' ' + err.strip() if rc else ''}; precisd peak RSS {d.hwm_mb():.0f} MB")
        numbers = ". ".join(f"{100000000 + i}" for i in range(100000)) + "."
        t, rc, _, err = timed(d, ["summarize", "-"], numbers)
        report("100,000-sentence text (1.1 MB), Summarize",
               f"{t:.2f} s, exit {rc}{' ' + err.strip() if rc else ''}; precisd alive: {d.alive()}; "
               f"peak RSS {d.hwm_mb():.0f} MB")
        if not d.alive():
            report("precisd", f"died (exit status {d.proc.returncode}); restarted for the tiny call")
            d.start()
        t, rc = tiny(d)
        report("tiny call after them", f"{t * 1000:.0f} ms, exit {rc}")
    finally:
        d.stop()


def cancellation():
    d = Daemon("")
    try:
        prose = news_prose() or (open(os.path.join(ROOT, "data", "seed-article.txt")).read() * 700)[:2000000]
        client = subprocess.Popen([PRECIS, "--address", d.address, "analyze", "--plugin", "lead", "-"],
                                  stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                  text=True, env=d.env)
        client.stdin.write(prose)
        client.stdin.close()
        time.sleep(0.7)
        t, rc = tiny(d)
        report("tiny call while another client's 2 MB Analyze runs", f"{t * 1000:.0f} ms, exit {rc}")
        client.kill()
        client.wait()
        left = time.monotonic()
        c0 = d.cpu_s()
        time.sleep(1.0)
        c1 = d.cpu_s()
        report("precisd CPU in the first second after the client left", f"{c1 - c0:.2f} s")
        time.sleep(0.1)
        t, rc = tiny(d)
        report("tiny call after it", f"{t * 1000:.0f} ms, exit {rc} ({time.monotonic() - left:.1f} s after leaving)")
    finally:
        d.stop()


def plugins():
    d = Daemon("[daemon]\ncall-timeout-seconds=5\n")
    try:
        pid = d.proc.pid
        for kind in ("loop", "segfault", "abort", "exit"):
            shutil.copy(os.path.join(BUILD, "tests", "plugins", kind + ".so"), os.path.join(d.plugin_dir, kind + ".so"))
        time.sleep(1.0)
        t, rc, _, err = timed(d, ["summarize", "--plugin", "loop", "-"], "One sentence. Two sentences.")
        report("looping plugin (call-timeout-seconds=5)",
               f"{t:.2f} s, {err.strip()}; precisd PID unchanged: {d.alive() and d.proc.pid == pid}")
        t, rc = tiny(d)
        report("tiny call after it", f"{t * 1000:.0f} ms, exit {rc}")
        for kind in ("segfault", "abort", "exit"):
            t, rc, _, err = timed(d, ["summarize", "--plugin", kind, "-"], "One sentence. Two sentences.")
            time.sleep(0.5)  # let a dying precisd finish dying before asking
            report(f"{kind} plugin", f"{t * 1000:.0f} ms, exit {rc}: {err.strip()[:160]}; "
                                     f"precisd PID unchanged: {d.alive() and d.proc.pid == pid}")
            if not d.alive():
                d.start()
            else:
                t, rc = tiny(d)
                report("tiny call after it", f"{t * 1000:.0f} ms, exit {rc}")
        # Two more crashes quarantine segfault (3 in all): refused at once.
        for _ in range(2):
            d.call(["summarize", "--plugin", "segfault", "-"], "One sentence. Two sentences.")
        t, rc, _, err = timed(d, ["summarize", "--plugin", "segfault", "-"], "One sentence. Two sentences.")
        report("segfault plugin after 3 crashes", f"{t * 1000:.0f} ms, exit {rc}: {err.strip()[:160]}")
        # Crashing while loaded: precisd runs no plugin code, a probe worker loads them first.
        for kind in ("ctor-crash", "load-crash"):
            shutil.copy(os.path.join(BUILD, "tests", "plugins", "at-load", kind + ".so"),
                        os.path.join(d.plugin_dir, kind + ".so"))
            end = time.monotonic()
            while not listed(d, kind) and time.monotonic() - end < 10:
                time.sleep(0.02)
            listed_after = time.monotonic() - end
            t, rc, _, err = timed(d, ["summarize", "--plugin", kind, "-"], "One sentence. Two sentences.")
            report(f"{kind} plugin dropped in", f"listed {listed_after:.2f} s after the copy; "
                                                f"a call naming it: {t * 1000:.0f} ms, exit {rc}: {err.strip()[:200]}; "
                                                f"precisd PID unchanged: {d.alive() and d.proc.pid == pid}")
    finally:
        d.stop()
    d = Daemon("[daemon]\nworker-memory-limit-mb=256\n")
    try:
        pid = d.proc.pid
        shutil.copy(os.path.join(BUILD, "tests", "plugins", "hog.so"), os.path.join(d.plugin_dir, "hog.so"))
        time.sleep(1.0)
        t, rc, _, err = timed(d, ["summarize", "--plugin", "hog", "-"], "One sentence. Two sentences.")
        report("plugin allocating 2 GiB, worker-memory-limit-mb=256",
               f"{t * 1000:.0f} ms, exit {rc}: {err.strip()[:200]}; precisd PID unchanged: {d.alive() and d.proc.pid == pid}")
        t, rc = tiny(d)
        report("tiny call after it", f"{t * 1000:.0f} ms, exit {rc}")
    finally:
        d.stop()


def listed(d, name):
    rc, out, _ = d.call(["plugins"])
    return any(line.split()[0].lstrip("*") == name for line in out.splitlines() if line.strip())


def plugin_updates():
    d = Daemon("")
    try:
        pid = d.proc.pid
        for label, source, target, chunks in (("slow copy (8 chunks, 0.3 s apart)", "swapin.so", "swapin.so", 8),
                                              ("cp over a loaded plugin (4 chunks, 0.2 s apart)", "slow.so",
                                               "swapin.so", 4)):
            data = open(os.path.join(BUILD, "tests", "plugins", source), "rb").read()
            with open(os.path.join(d.plugin_dir, target), "wb") as f:
                for i in range(1, chunks + 1):
                    f.write(data[len(data) * (i - 1) // chunks:len(data) * i // chunks])
                    f.flush()
                    if i < chunks:
                        time.sleep(0.3 if chunks == 8 else 0.2)
            end = time.monotonic()
            name = source[:-3]
            while not listed(d, name) and time.monotonic() - end < 10:
                time.sleep(0.02)
            report(label, f"listed {time.monotonic() - end:.2f} s after the copy ended; "
                          f"precisd PID unchanged: {d.alive() and d.proc.pid == pid}")
    finally:
        d.stop()


def urls():
    d = Daemon("")
    try:
        for url in ("http://127.0.0.1:9/", "http://localhost:9/", "http://[::1]:9/", "http://0.0.0.0:9/",
                    "http://[::ffff:127.0.0.1]:9/", "http://user@127.0.0.1:9/", "http://10.0.0.1/",
                    "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/"):
            t, rc, _, err = timed(d, ["analyze", url])
            report(f"AnalyzeUrl {url}", f"{t * 1000:.0f} ms, exit {rc}: {err.strip()[:90]}")
    finally:
        d.stop()


if __name__ == "__main__":
    sections = sys.argv[2:] or ["large_texts", "cancellation", "plugins", "plugin_updates", "urls"]
    for section in sections:
        globals()[section]()
