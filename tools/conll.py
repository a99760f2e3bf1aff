# SPDX-License-Identifier: LGPL-2.1-or-later
"""What the tools that read NER files in CoNLL format share (make-entities.py,
make-given-names.py): the names a tagged sentence holds."""


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
