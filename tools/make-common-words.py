#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Write German's list of common nouns, the words that are no names.

German capitalizes every noun, so a capitalized word the tagger does not
know may be a name or a noun ("in Agdam" against "nach Belieben", "in
Polizeihaft").  The German model's lexicon holds the nouns its training
text wrote, not the language's; Debian's wngerman (`ngerman`, GPL-2+)
lists far more of them, but with the names: its capitalized words are
nouns and proper names alike ("Taunus", "Nato", "Opel").  Kept here are
its capitalized words, letters only, three letters or more, less every
name the shipped gazetteers know (data/gazetteers/de: places.tsv,
towns.tsv, entities.tsv, given-names.tsv: their names of one word, and
these with a genitive's -s)
and less the words WikiNEuRal's German dev file tags inside a person's,
a body's or a place's name more often than outside one (MISC counts as outside) (a noun there counts when written
capitalized; "Müller" a name, "Handball" a noun).  Written in lower
case, one a line, in byte order, so that the plugin maps the file and
searches it in place (ner-gazetteer.c): OUT_DIR/nouns.txt.

  tools/make-nouns.py [--shared DIR] OUT_DIR      (OUT_DIR: data/gazetteers/de)

Byte-identical on re-runs with the same wngerman (20161207-11) and data.
"""
import argparse
import collections
import os

WORDS_DIR = os.environ.get("WORDS_DIR", "/usr/share/dict")
MIN_LETTERS = 3


def gazetteer_words(out_dir):
    """The names of one word of the German gazetteers, in lower case (a
    longer name's words may be nouns: "Vereinigte Arabische Emirate")."""
    words = set()
    for name, column in (("places.tsv", (0, 1)), ("towns.tsv", (0,)), ("entities.tsv", (0,)),
                         ("given-names.tsv", (0,))):
        with open(os.path.join(out_dir, name), encoding="utf-8") as f:
            for line in f:
                fields = line.rstrip("\n").split("\t")
                for c in column:
                    if c < len(fields) and " " not in fields[c]:
                        words.add(fields[c].lower())
    return words


def wikineural_names(shared):
    """The capitalized words WikiNEuRal German dev writes inside the name
    of a person, a body or a place more often than outside one."""
    inside = collections.Counter()
    outside = collections.Counter()
    with open(os.path.join(shared, "ner", "de", "wikineural", "dev.conll"), encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if len(fields) < 2 or not fields[0][:1].isupper():
                continue
            word = fields[0].lower()
            # MISC is no name of a person, body or place: a language
            # ("Italienisch"), an event's adjective.
            if fields[-1][2:] in ("PER", "ORG", "LOC"):
                inside[word] += 1
            else:
                outside[word] += 1
    return {w for w, n in inside.items() if n > outside[w]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default=os.environ.get("PRECIS_SHARED_DATA", "../shared/data"))
    parser.add_argument("out_dir")
    args = parser.parse_args()

    names = gazetteer_words(args.out_dir) | wikineural_names(args.shared)
    with open(os.path.join(WORDS_DIR, "ngerman"), encoding="utf-8") as f:
        listed = [w.strip() for w in f if w.strip()]
    # Its words in lower case too: it leaves out a noun written as a verb
    # or adjective is ("Frage", "Kreise", "Belieben" only as "frage",
    # "kreise", "belieben").
    kept = sorted({w.lower() for w in listed
                   if w.isalpha() and len(w) >= MIN_LETTERS and w[1:] == w[1:].lower()}
                  - names)
    # Each word with letters outside ASCII also as a copy of the text that
    # lost them writes it ("Anstzen"), as the German model's lexicon and
    # phrases are read (PRECIS_NER_MODEL_ASCII_PHRASES): no German word
    # or name is written so.
    folded = {w.encode("ascii", "ignore").decode() for w in kept if not w.isascii()}
    # A name's genitive is a name: "Serbiens", "Moskaus", "Frankfurts".
    names |= {w + "s" for w in names if not w.endswith("s")}
    names |= {w.encode("ascii", "ignore").decode() for w in names}
    kept = sorted((set(kept) | {w for w in folded if len(w) >= MIN_LETTERS}) - names)
    with open(os.path.join(args.out_dir, "common.txt"), "w", encoding="utf-8") as out:
        out.writelines(w + "\n" for w in kept)
    print(f"{len(kept)} words")


if __name__ == "__main__":
    main()
