# SPDX-License-Identifier: LGPL-2.1-or-later
"""What the tools that read NER files in CoNLL format share (make-entities.py,
make-given-names.py): a file's documents as tools/train-ner cuts them, and
the names a tagged sentence holds."""

SENTENCES_PER_DOCUMENT = 20  # PRECIS_NER_SENTENCES_PER_DOCUMENT


def documents(path, word=lambda w: w):
    """Yields each document of a CoNLL file as a list of sentences of
    (word, tag): -DOCSTART- lines start one, a file without them is cut
    into documents of SENTENCES_PER_DOCUMENT sentences.  `word` maps each
    word as read (a repair of its encoding)."""
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    split = "-DOCSTART-" not in text
    doc, sentence = [], []
    for line in text.split("\n") + [""]:
        line = line.strip()
        if not line or line.startswith("-DOCSTART-"):
            if sentence:
                doc.append(sentence)
                sentence = []
            if doc and (line.startswith("-DOCSTART-") or (split and len(doc) >= SENTENCES_PER_DOCUMENT)):
                yield doc
                doc = []
            continue
        parts = line.split(" ")
        sentence.append((word(parts[0]), parts[-1]))
    if doc:
        yield doc


def names(sentence):
    """Yields (type, words) of each name of a sentence tagged IOB1 or IOB2:
    a list of (word, tag) pairs."""
    current = None
    for word, tag in sentence:
        if tag == "O":
            if current:
                yield current
            current = None
            continue
        kind = tag[2:]
        if tag.startswith("B-") or current is None or current[0] != kind:
            if current:
                yield current
            current = (kind, [])
        current[1].append(word)
    if current:
        yield current
