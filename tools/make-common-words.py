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
capitalized; "Müller" a name, "Handball" a noun), and less the words the
Europeana historical newspapers' files (lft, onb, sbb) write as a name of
one word more often than otherwise, when wngerman writes them capitalized
(regions and islands wngerman lists as words: "Böhmen", "Elsass",
"Borkum", "Lausitz"; not a word of a longer name, "Hotel", "Gasse").  Written in lower
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
TYPES = ("PER", "ORG", "LOC")


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
    of a person, a body or a place more often than outside one; and the
    words the Europeana files write as such a name of one word more often
    than outside a name in either."""
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
    names = {w for w, n in inside.items() if n > outside[w]}
    # The historical newspapers' names of one word (Europeana, three
    # libraries' files): the regions and islands wngerman lists as words
    # ("Böhmen", "Elsass", "Borkum").  Only names of one word: the words
    # of their longer names are nouns ("Hotel", "Gasse", "Allgemeine").
    alone = collections.Counter()
    plain = collections.Counter()
    for name in ("lft", "onb", "sbb"):
        with open(os.path.join(shared, "ner", "de", "europeana", name + ".conll"), encoding="utf-8") as f:
            rows = [line.split() for line in f]
        for k, fields in enumerate(rows):
            if len(fields) < 2 or not fields[0][:1].isupper() or not fields[0].isalpha():
                continue
            word = fields[0].lower()
            after = rows[k + 1] if k + 1 < len(rows) else []
            if fields[-1][:2] == "B-" and fields[-1][2:] in TYPES and not (len(after) >= 2 and after[-1][:2] == "I-"):
                alone[word] += 1
            elif fields[-1] == "O" or fields[-1][2:] not in TYPES:
                plain[word] += 1
    return names, {w for w, n in alone.items() if n > plain[w] + outside[w]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default=os.environ.get("PRECIS_SHARED_DATA", "../shared/data"))
    parser.add_argument("out_dir")
    args = parser.parse_args()

    wiki_names, old_names = wikineural_names(args.shared)
    with open(os.path.join(WORDS_DIR, "ngerman"), encoding="utf-8") as f:
        listed = [w.strip() for w in f if w.strip()]
    # A historical name is taken out only when wngerman writes it
    # capitalized, as a noun or a name: not an OCR'd or stray word it
    # lists in lower case ("uns", "klein", "leicht").
    capitalized = {w.lower() for w in listed if w[:1].isupper()}
    names = gazetteer_words(args.out_dir) | wiki_names | (old_names & capitalized)
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
