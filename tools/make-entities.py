#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Write the lexicon of well-known entities of the `facts` plugin.

A name Wikipedia's writers link in several languages is known beyond one
country: a club, a company, a broadcaster, an institution, a band, a
person or a place the news of any country may name without saying what it
is ("told the BBC", "Samsung and Xiaomi").  WikiNEuRal (Babelscape) tags
the names of Wikipedia's text in nine languages, from its links; the six
of them in ../shared/data (de es fr it nl pt, their dev files) are read
here.  A name is kept when it is tagged, as a whole name, with the same
type (PER, ORG or LOC) in at least MIN_LANGUAGES of those files (each file
counting for the type it gives the name most), and that type is at least
MIN_SHARE of all its tags in all files (never mostly another type:
"Liverpool" is a city more than a club).  MISC is left out.

Each name says whether it is also something else, so that the plugin
trusts it alone only when it is not: "word" when its lower case is a word
of the reader's language (Debian's word list of that language, without
the words it writes capitalized: English's wbritish makes "Apple", "Queen",
"Arsenal" words, Spanish's wspanish "Real"; German's writes every noun
capitalized, with its names, so there only adjectives and verbs count),
"surname" when a body's or place's one word ends people's names in those
files at least MIN_SURNAME times ("Keane", the band, is Roy Keane after his first
mention in the news; "Ferrari", "Rush"), else "name" ("Samsung", "BBC").

The files are read as tools/train-ner reads them (documents of 20
sentences when a file has no -DOCSTART-); French's WikiNEuRal file is part
of the French model's training and its every tenth document is the French
validation set (tools/train-ner-languages): those documents are left out,
so that the French figures are not measured on the lexicon's own source.

  tools/make-entities.py [--shared DIR] OUT_DIR

writes OUT_DIR/entities.tsv (English's) and OUT_DIR/LANGUAGE/entities.tsv
for the languages of DICTIONARIES, the same names with the "word" of that
language's list: name <TAB> organization|person|place <TAB>
name|word|surname, sorted
(byte-identical on re-runs).  The names are facts about the world, counted
in files under CC BY-NC-SA 4.0: the kept names only, none of the text.

It also writes OUT_DIR/words.txt (English only): the words wbritish
writes in lower case and never capitalized ("baby", "castle", "fever";
not "brown", which it also lists as "Brown"), letters only, one a line,
so that a name made only of them reads as a title or a band, not a
person ("Million Dollar Baby", "Scissor Sisters").  And OUT_DIR/works.tsv (English only): the names kept the same
way as MISC, the titles of works, products, games and competitions
Wikipedia's writers link in several languages ("PlayStation Portable",
"Strictly Come Dancing", "Twin Peaks", "GameCube"), which a news reader's
panel of people, organizations and places does not list (CoNLL calls them
MISC), with how often they were tagged so: name <TAB> count.  Left out,
as they may be someone or something else in the news: a one-word name
that is an English word or a given name or ever tagged a person's
("Windows", "Carmen", "Pascal"), a name
that opens with a given name ("James Bond", "Harry Potter": CoNLL types
characters as people), a name entities.tsv or companies.tsv lists, and a
paper's or a magazine's ("New York Post", "Entertainment Weekly": CoNLL
and the panels make papers organizations).
"""
import argparse
import collections
import os
import re

from conll import documents, names

LANGUAGES = ("de", "es", "fr", "it", "nl", "pt")
VALIDATION_LANGUAGES = ("fr",)  # their WikiNEuRal file opens their model's training
MIN_LANGUAGES = 2
MIN_SHARE = 0.8
MIN_SURNAME = 2
VALIDATION_EVERY = 10        # PRECIS_NER_VALIDATION_EVERY
TYPES = {"PER": "person", "ORG": "organization", "LOC": "place"}
# The last words of papers' and magazines' names, which works.tsv leaves
# out (the news names them as organizations).
PRESS_WORDS = ("post", "times", "globe", "weekly", "monthly", "daily", "journal", "herald",
               "tribune", "world", "review", "magazine", "news", "informer", "soir")
# Each language's own words (Debian's word lists), for the "word" column
# of its copy: "Real" is a word in Spanish and Portuguese, not in English.
# English's file is OUT_DIR/entities.tsv, the others' OUT_DIR/LANGUAGE/.
WORDS_DIR = os.environ.get("WORDS_DIR", "/usr/share/dict")
DICTIONARIES = {
    "en": "british-english",  # wbritish
    "de": "ngerman",          # wngerman
    "es": "spanish",          # wspanish
    "fr": "french",           # wfrench
    "it": "italian",          # witalian
    "nl": "dutch",            # wdutch
}
# Not Portuguese: its one read set (HAREM's validation documents) types
# bands as people, and the lexicon moved nothing else there (EVALUATION.md,
# session 13); wportuguese would be its list.
# A name the plugin can find as written: words (letters, digits, and the
# marks inside a word: "AT&T", "Coca-Cola", "Guns N' Roses", "Warner Bros.").
WORD = re.compile(r"^\w[\w&'’.\-]*$")


def dictionary_words(language):
    """The words a language's list writes in lower case (not its names: "Paris")."""
    with open(os.path.join(WORDS_DIR, DICTIONARIES[language]), encoding="utf-8") as f:
        return {w.strip() for w in f if w.strip() and w.strip() == w.strip().lower()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default=os.environ.get("PRECIS_SHARED_DATA", "../shared/data"))
    parser.add_argument("out_dir")
    args = parser.parse_args()

    tags = collections.defaultdict(collections.Counter)       # name -> type -> count
    per_language = collections.defaultdict(collections.Counter)  # (name, language) -> type -> count
    surnames = collections.Counter()  # last word of people's names of two words or more
    for language in LANGUAGES:
        path = os.path.join(args.shared, "ner", language, "wikineural", "dev.conll")
        for index, doc in enumerate(documents(path)):
            if language in VALIDATION_LANGUAGES and index % VALIDATION_EVERY == 0:
                continue
            for sentence in doc:
                for kind, words in names(sentence):
                    if kind == "PER" and len(words) >= 2:
                        surnames[words[-1]] += 1
                    if not all(WORD.match(w) for w in words):
                        continue
                    name = " ".join(words)
                    tags[name][kind] += 1
                    per_language[(name, language)][kind] += 1

    languages = collections.defaultdict(collections.Counter)  # name -> type -> languages
    for (name, _), counts in per_language.items():
        kind, _ = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        languages[name][kind] += 1

    kept = []
    works = []
    for name, counts in tags.items():
        kind, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        if kind == "MISC" and name[0].isupper() and languages[name][kind] >= MIN_LANGUAGES and \
                n >= MIN_SHARE * sum(counts.values()):
            # A one-word name ever tagged a person's is one ("Pascal").
            if " " in name or counts["PER"] == 0:
                works.append((name, n))
    for name, counts in tags.items():
        kind, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        if kind not in TYPES or not name[0].isupper():
            continue
        if languages[name][kind] < MIN_LANGUAGES or n < MIN_SHARE * sum(counts.values()):
            continue
        kept.append((name, kind))
    kept.sort()
    for language in DICTIONARIES:
        words = dictionary_words(language)
        out_dir = args.out_dir if language == "en" else os.path.join(args.out_dir, language)
        os.makedirs(out_dir, exist_ok=True)
        with open(os.path.join(out_dir, "entities.tsv"), "w", encoding="utf-8") as out:
            for name, kind in kept:
                out.write(f"{name}\t{TYPES[kind]}\t{also(name, kind, words, surnames)}\n")
    write_works(args.out_dir, works, {name for name, _ in kept})
    write_words(args.out_dir)
    print(f"{len(kept)} entities: " + ", ".join(
        f"{t} {sum(1 for r in kept if TYPES[r[1]] == t)}" for t in TYPES.values()))


def write_words(out_dir):
    """words.txt: English words that are no names (wbritish)."""
    with open(os.path.join(WORDS_DIR, DICTIONARIES["en"]), encoding="utf-8") as f:
        listed = [w.strip() for w in f if w.strip()]
    capitalized = {w.lower() for w in listed if w[0].isupper()}
    kept = sorted({w for w in listed if w.isalpha() and w == w.lower() and w not in capitalized})
    with open(os.path.join(out_dir, "words.txt"), "w", encoding="utf-8") as out:
        out.writelines(w + "\n" for w in kept)


def write_works(out_dir, works, known):
    """works.tsv: the MISC names a news reader's panel never lists."""
    words = dictionary_words("en")
    given = set()
    with open(os.path.join(out_dir, "given-names.tsv"), encoding="utf-8") as f:
        given = {line.split("\t")[0].lower() for line in f if "\t" in line}
    with open(os.path.join(out_dir, "companies.tsv"), encoding="utf-8") as f:
        known = known | {line.split("\t")[0] for line in f if "\t" in line}
    with open(os.path.join(out_dir, "works.tsv"), "w", encoding="utf-8") as out:
        for name, n in sorted(works):
            first = name.split(" ")[0].lower()
            if " " not in name and name.lower() in words:
                continue
            if first in given or name in known or name.split(" ")[-1].lower() in PRESS_WORDS:
                continue
            out.write(f"{name}\t{n}\n")


def also(name, kind, words, surnames):
    """What else a kept name is, to a reader of one language."""
    if " " in name:
        return "name"
    if name.lower() in words:
        return "word"
    if kind != "PER" and surnames[name] >= MIN_SURNAME:
        return "surname"
    return "name"


if __name__ == "__main__":
    main()
