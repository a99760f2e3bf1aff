#!/usr/bin/python3
# salience-eval.py — does the facts' order put the story's main actors first?
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
#   tests/eval/salience-eval.py BUILD_DIR [DATA.jsonl...]
#       (default: ../shared/data/summ/cnndm/dev.jsonl and summ/bbc/dev.jsonl)
#
# Each article goes through Analyze as a client calls it (libprecis' local
# connection: the pipeline, the default summarizer and the facts plugin),
# with its title when the set has one.  Its people, organizations and
# places, in the order Analyze returns them (by salience), are scored
# against the entities its reference summary names: a fact counts as named
# when its value or one of its mentions occurs there as whole words (a
# person's surname too).  CNN/DM's references are highlights written by
# the journalists, so they name the story's main actors; BBC's are 40% of
# the article's sentences, a looser test.  Articles whose reference names
# none of the facts are left out.
#
# P@1 and P@3: the share of the first one and three facts that the
# reference names; MAP: mean average precision of the whole order.  Two
# orders are scored beside Analyze's: by first mention, and by mention
# count.  "validation" rows are the articles with sha1(id) % 5 == 0,
# kept apart for a figure never tuned on.
import hashlib
import json
import math
import os
import re
import sys

build = os.path.abspath(sys.argv[1])
source = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
shared = os.environ.get("PRECIS_SHARED_DATA", os.path.join(source, "..", "shared", "data"))
sets = sys.argv[2:] or [os.path.join(shared, "summ", s, "dev.jsonl") for s in ("cnndm", "bbc")]
libdir = os.path.join(build, "libprecis")
os.environ["PRECIS_PLUGIN_PATH"] = ":".join(
    os.path.join(build, "plugins", p) for p in ("lead", "facts", "textrank", "newsrank"))
os.environ.setdefault("PRECIS_DATA_DIR", os.path.join(source, "data"))

import gi  # noqa: E402
gi.require_version("GIRepository", "2.0")
from gi.repository import GIRepository  # noqa: E402
GIRepository.Repository.prepend_search_path(libdir)
GIRepository.Repository.prepend_library_path(libdir)
gi.require_version("Precis", "1")
from gi.repository import Precis  # noqa: E402

NAMES = ("person", "organization", "place")


def words(text):
    return re.findall(r"\w+", text.lower())


def occurs(phrase, text):
    return bool(phrase) and re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text) is not None


def named(fact, article, reference, reference_words):
    forms = {fact["value"].lower()} | {article[a:b].lower() for a, b in fact["mentions"]}
    if any(occurs(form, reference) for form in forms):
        return True
    last = words(fact["value"])[-1:]
    return fact["person"] and bool(last) and len(last[0]) >= 3 and last[0] in reference_words


def scores(relevant):
    """P@1, P@3 and average precision of one order."""
    hits = total = 0
    for k, r in enumerate(relevant):
        if r:
            hits += 1
            total += hits / (k + 1)
    return relevant[0], sum(relevant[:3]) / min(3, len(relevant)), total / sum(relevant)


connection = Precis.Connection.new_local(None, None)
print("| set | articles | order | P@1 | P@3 | MAP |")
print("|---|---|---|---|---|---|")
for path in sets:
    name = os.path.basename(os.path.dirname(path))
    rows = {}   # (part, order) -> [sum P@1, sum P@3, sum AP, n]
    for line in open(path, encoding="utf-8"):
        article = json.loads(line)
        options = Precis.Options.new()
        if article.get("title"):
            options.set_title(article["title"])
        result = connection.analyze(article["article"], options, None)
        facts = []
        for f in result.get_facts():
            if f.get_kind() not in NAMES:
                continue
            mentions = [f.get_mention(i)[1:3] for i in range(f.get_n_mentions())]
            facts.append({"value": f.get_value(), "person": f.get_kind() == "person",
                          "mentions": mentions})
        reference = article["reference"].lower()
        relevant = [named(f, article["article"], reference, set(words(reference))) for f in facts]
        if not any(relevant):
            continue
        first = sorted(range(len(facts)), key=lambda i: min(m[0] for m in facts[i]["mentions"]))
        count = sorted(range(len(facts)), key=lambda i: (-len(facts[i]["mentions"]), first.index(i)))
        orders = {"Analyze (salience)": relevant, "first mention": [relevant[i] for i in first],
                  "mention count": [relevant[i] for i in count]}
        validation = int(hashlib.sha1(article["id"].encode()).hexdigest(), 16) % 5 == 0
        for part in ("all", "validation") if validation else ("all",):
            for order, r in orders.items():
                acc = rows.setdefault((part, order), [0.0, 0.0, 0.0, 0])
                for k, v in enumerate(scores(r)):
                    acc[k] += v
                acc[3] += 1
    for (part, order), (p1, p3, ap, n) in rows.items():
        print(f"| {name} ({part}) | {n} | {order} | {100 * p1 / n:.1f} | {100 * p3 / n:.1f} | {100 * ap / n:.1f} |")
