#!/usr/bin/env python3
"""Cut news paragraphs for language identification out of the shared data.

Every three consecutive sentences of a CoNLL file (tokens joined back into
text) make one paragraph; English paragraphs are three consecutive sentences
of the summarization articles.  Paragraphs shorter than 150 characters are
dropped, as the issue's measure asks.  Deterministic: files in a fixed
order, the first --max paragraphs of each language.

  tests/eval/langid-paragraphs.py [--data DIR] [--max N] [--whole] > paragraphs.tsv

--short dev|other gives short paragraphs instead (one to three sentences,
80 to 250 characters: a notification, a feed item's summary) of each
language's NER dev files, or of other files of the language.

--whole gives whole documents instead (the articles; the CoNLL files'
documents where they mark them: de, nl), for the sampling of long texts.

--timeml takes the paragraphs from the TimeML sets instead (news written
as text, not tokens: Spanish TimeBank, French FTiB, English TimeBank and
AQUAINT; German WikiWars, Wikipedia history), a second opinion on other
documents than the NER files'.

Output: one "language<TAB>paragraph" line each (tabs and newlines in the
text become spaces).
"""
import argparse, json, os, re, sys

# Which files stand for each language: news where the data has them
# (French has no modern news NER set: Wikipedia sentences stand in).
SOURCES = {
    "de": ["ner/de/conll2003/dev.conll", "ner/de/germeval2014/dev.conll"],
    "es": ["ner/es/conll2002/dev.conll", "ner/es/conll2002/train.conll"],
    "nl": ["ner/nl/conll2002/dev.conll", "ner/nl/conll2002/train.conll"],
    "it": ["ner/it/kind-wikinews/dev.conll", "ner/it/kind-wikinews/train.conll"],
    "pt": ["ner/pt/harem/train.conll"],
    "fr": ["ner/fr/wikineural/dev.conll"],
    "en": ["summ/cnndm/dev.jsonl", "summ/bbc/dev.jsonl"],
}

TIMEML_SOURCES = {
    "de": ["timex/de/wikiwarsde/dev"],
    "es": ["timex/es/spanish-timebank/train"],
    "fr": ["timex/fr/ftib/dev"],
    "en": ["timex/tbaq/TimeBank", "timex/tbaq/AQUAINT"],
}

# --short: each language's NER dev files ("dev"), or other files of the
# same languages as a second opinion ("other"): train files, another set.
SHORT_SOURCES = {
    "dev": {
        "de": ["ner/de/conll2003/dev.conll", "ner/de/germeval2014/dev.conll"],
        "es": ["ner/es/conll2002/dev.conll"],
        "nl": ["ner/nl/conll2002/dev.conll"],
        "it": ["ner/it/kind-wikinews/dev.conll"],
        "pt": ["ner/pt/wikineural/dev.conll"],
        "fr": ["ner/fr/wikineural/dev.conll"],
        "en": ["ner/conll2003/dev.conll"],
    },
    "other": {
        "de": ["ner/de/wikineural/dev.conll"],
        "es": ["ner/es/conll2002/train.conll"],
        "nl": ["ner/nl/conll2002/train.conll"],
        "it": ["ner/it/kind-wikinews/train.conll"],
        "pt": ["ner/pt/harem/train.conll"],
        "fr": ["ner/fr/europeana/bnf.conll"],
        "en": ["ner/conll2003/train.conll"],
    },
}

NO_SPACE_BEFORE = set(",.;:!?)]}%»”’…")
NO_SPACE_AFTER = set("([{«“¿¡")


def detokenize(tokens):
    out = ""
    quote_open = False
    for tok in tokens:
        glue = not out or out[-1] in NO_SPACE_AFTER or tok in NO_SPACE_BEFORE
        if tok == '"':
            glue = bool(out) and (quote_open or out[-1] in NO_SPACE_AFTER)
            quote_open = not quote_open
            out += tok if glue else " " + tok
            continue
        if out and out[-1] == '"' and quote_open:
            glue = True
        if out.endswith("'") and len(out) >= 2 and out[-2].isalpha():
            glue = True   # d' l' dell'
        out += tok if glue else " " + tok
    return out


def repair(token):
    """The CoNLL-2002 files hold UTF-8 read as Latin-1 and saved again
    ("espaÃ±ola"): undo that, since a client sends proper UTF-8."""
    try:
        return token.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return token


def conll_sentences(path):
    """Documents (lists of sentences) of a CoNLL file."""
    docs, doc, sent = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-"):
                if sent:
                    doc.append(sent)
                if doc:
                    docs.append(doc)
                doc, sent = [], []
                continue
            if not line.strip():
                if sent:
                    doc.append(sent)
                sent = []
                continue
            sent.append(repair(line.split()[0]))
    if sent:
        doc.append(sent)
    if doc:
        docs.append(doc)
    return [[detokenize(s) for s in d] for d in docs]


def article_sentences(path):
    docs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)["article"]
            sents = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", article.replace("\n", " "))
            docs.append([s.strip() for s in sents if s.strip()])
    return docs


def timeml_sentences(directory):
    """Documents of a TimeML directory: the text inside <TEXT>, tags
    dropped, cut into sentences after . ! ? before a capital."""
    docs = []
    for name in sorted(os.listdir(directory)):
        if not name.endswith((".tml", ".xml")):
            continue
        with open(os.path.join(directory, name), encoding="utf-8") as f:
            m = re.search(r"<TEXT>(.*?)</TEXT>", f.read(), re.S)
        if not m:
            continue
        text = re.sub(r"<[^>]+>", "", m.group(1))
        text = re.sub(r"&amp;", "&", re.sub(r"&lt;", "<", re.sub(r"&gt;", ">", text)))
        text = re.sub(r"\s+", " ", text).strip()
        sents = re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ\"“«¿¡])", text)
        docs.append([x.strip() for x in sents if x.strip()])
    return docs


def paragraphs(docs):
    for doc in docs:
        for i in range(0, len(doc) - 2, 3):
            text = " ".join(doc[i:i + 3])
            text = re.sub(r"\s+", " ", text).strip()
            if len(text) >= 150:
                yield text


def short_paragraphs(docs, low=80, high=250):
    """Short text (a notification, a feed item's summary): one to three
    consecutive sentences, joined until the text has `low` characters,
    kept when it has at most `high`; the next paragraph starts after."""
    for doc in docs:
        i = 0
        while i < len(doc):
            j, text = i, ""
            while j < len(doc) and j < i + 3 and len(text) < low:
                text = (text + " " + doc[j]).strip()
                j += 1
            text = re.sub(r"\s+", " ", text)
            if low <= len(text) <= high:
                yield text
            i = j


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.environ.get("PRECIS_SHARED_DATA", "../shared/data"))
    ap.add_argument("--max", type=int, default=1000)
    ap.add_argument("--whole", action="store_true")
    ap.add_argument("--timeml", action="store_true")
    ap.add_argument("--short", choices=["dev", "other"])
    args = ap.parse_args()
    sources = SHORT_SOURCES[args.short] if args.short else TIMEML_SOURCES if args.timeml else SOURCES
    for lang, files in sources.items():
        n = 0
        for rel in files:
            path = os.path.join(args.data, rel)
            if not os.path.exists(path):
                print(f"missing {path}", file=sys.stderr)
                continue
            if os.path.isdir(path):
                docs = timeml_sentences(path)
            elif path.endswith(".jsonl"):
                docs = article_sentences(path)
            else:
                docs = conll_sentences(path)
            if args.whole:
                texts = (re.sub(r"\s+", " ", " ".join(d)).strip() for d in docs if len(docs) > 1)
            elif args.short:
                texts = short_paragraphs(docs)
            else:
                texts = paragraphs(docs)
            for text in texts:
                if n >= args.max:
                    break
                print(f"{lang}\t{text}")
                n += 1
        print(f"{lang}: {n} paragraphs", file=sys.stderr)


if __name__ == "__main__":
    main()
