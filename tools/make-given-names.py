#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Write a language's list of given names from the NER files its model trains on.

A given name here is a word that opens people's names of two words or more
("Giorgia" of "Giorgia Meloni") at least MIN_COUNT times in the gold, and
is no more often a word of another kind of name ("Maria" is kept; "San",
"Santa", "São" are not), and is written in lower case at most three times
as often (titles some annotators keep in the name are not kept:
"Presidente", "Senhora"; "Massimo", "Rosa" are).  The `facts` plugin reads the list
only to tell a person written after an office's department from a word of
the department's own name ("il presidente del Consiglio Giorgia Meloni"):
it is no feature of those models, and they do not change with it.  German's
list is also a feature of its model (train-ner --given-names), which learns
how far to trust it.

The files are read as tools/train-ner reads them: -DOCSTART- lines start a
document, a file without them is cut into documents of 20 sentences, each
file starts a document, and with --validation every tenth document from the
first (the model's validation split) is left out, so that the list learns
nothing from the documents its language's figures are measured on.

  tools/make-given-names.py [--validation] [--surnames] [--add NAMES_JS] --train FILE [--train FILE ...] OUT_DIR

(--validation applies to every file given, as the document count runs on
across them.)

--add also takes the names of a list of given names (the npm package
gender-detection-from-name's names/de.js, MIT), each kept unless the files
write it more often (by ADD_SLACK) in another kind of name or as a word
inside a sentence than in a person's name ("Verona", "Roman"); its count
is the number of names it opens in the files (0 for most).

writes OUT_DIR/given-names.tsv: one name a line, a tab, the number of names
it opens, sorted by name (byte-identical on re-runs).  With --surnames,
OUT_DIR/surnames.tsv instead: the words that end people's names of two
words or more ("Obama" of "Barack Obama"), by the same tests, and that end
them more often than they open them; German's is a feature of its model
(train-ner --surnames): a lone "Mitterrand" or "Adenauer" is a person's
name, where the training text never wrote it alone.  The names inherit the
terms of the files they were counted in (data/models/README.md).
"""
import argparse
import collections
import os
import re

import conll

MIN_COUNT = 2
VALIDATION_EVERY = 10        # PRECIS_NER_VALIDATION_EVERY
# An added name is kept unless the files write it more often (by this
# many) in another kind of name or as a word inside a sentence than in a
# person's name ("Verona", "Roman", "Rock").
ADD_SLACK = 2


def repair(word):
    """"JosÃ©" for "José" (CoNLL-2002 read as Latin-1 and saved again), as
    the plugin's corpus loader repairs it."""
    if any(ord(c) > 0xFF for c in word) or all(ord(c) < 0x80 for c in word):
        return word
    try:
        return word.encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return word


def documents(paths):
    """Yields each document of the files, one after the other."""
    for path in paths:
        yield from conll.documents(path, repair)


def is_name_word(word):
    parts = word.split("-")
    return (len(word) >= 3 and word[0].isupper() and not word.isupper()
            and all(p.isalpha() for p in parts))


def listed_names(path):
    """The names of a list of gender-detection-from-name (npm, MIT): lines
    "  ['monika', 'female'],", written capitalized as text writes them
    ("Hans-Peter" of "hans-peter")."""
    with open(path, encoding="utf-8") as f:
        for name in re.findall(r"\['([^']+)', '(?:male|female|unisex)'\]", f.read()):
            yield "-".join(part[:1].upper() + part[1:] for part in name.split("-"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--train", action="append", required=True)
    parser.add_argument("--validation", action="store_true",
                        help="leave every tenth document out, as train-ner --validation does")
    parser.add_argument("--surnames", action="store_true",
                        help="write surnames.tsv: the words that end people's names")
    parser.add_argument("--add", metavar="NAMES_JS",
                        help="also the names of a gender-detection-from-name list (names/de.js)")
    parser.add_argument("out_dir")
    args = parser.parse_args()

    opens = collections.Counter()
    ends = collections.Counter()
    elsewhere = collections.Counter()
    lowered = collections.Counter()
    in_persons = collections.Counter()
    outside = collections.Counter()
    for index, doc in enumerate(documents(args.train)):
        if args.validation and index % VALIDATION_EVERY == 0:
            continue
        for sentence in doc:
            for kind, words in conll.names(sentence):
                if kind == "PER":
                    in_persons.update(words)
                if kind == "PER" and len(words) >= 2:
                    opens[words[0]] += 1
                    ends[words[-1]] += 1
                elif kind != "PER":
                    for word in words:
                        elsewhere[word] += 1
            for position, (word, tag) in enumerate(sentence):
                if word[:1].islower():
                    lowered[word] += 1
                elif position > 0 and tag == "O":
                    outside[word] += 1
    counts, other = (ends, opens) if args.surnames else (opens, collections.Counter())
    kept = {w for w, n in counts.items()
            if n >= MIN_COUNT and elsewhere[w] <= n and lowered[w.lower()] <= 3 * n
            and other[w] < n and is_name_word(w)}
    if args.add:
        for word in listed_names(args.add):
            if elsewhere[word] + outside[word] <= in_persons[word] + ADD_SLACK and is_name_word(word):
                kept.add(word)
    kept = sorted(kept)
    os.makedirs(args.out_dir, exist_ok=True)
    name = "surnames.tsv" if args.surnames else "given-names.tsv"
    with open(os.path.join(args.out_dir, name), "w", encoding="utf-8") as out:
        for word in kept:
            out.write(f"{word}\t{counts[word]}\n")


if __name__ == "__main__":
    main()
