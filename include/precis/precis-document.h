/* precis-document.h — the analysed article that every plugin reads.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The daemon segments an article once and hands plugins this immutable,
 * read-only structure, so that no plugin re-tokenizes and every answer can
 * point back into the text.  All arrays are owned by the document; a plugin
 * must neither modify nor free anything reachable from it.  Several plugin
 * calls may read one document concurrently.
 *
 * Offsets: `start`/`end` count Unicode code points into `text` (end
 * exclusive), which is what the D-Bus API returns; `byte_start`/`byte_end`
 * are the same span in bytes, for code that works on the UTF-8 directly.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  PRECIS_SHAPE_OTHER = 0,   /* symbols, mixed scripts */
  PRECIS_SHAPE_LOWER,       /* "summit" */
  PRECIS_SHAPE_CAPITALIZED, /* "Trump" */
  PRECIS_SHAPE_UPPER,       /* "NATO", "U.S." */
  PRECIS_SHAPE_MIXED,       /* "iPhone", "McDonald" */
  PRECIS_SHAPE_NUMBER,      /* "2022", "20%", "3.5" */
  PRECIS_SHAPE_ALNUM,       /* "G7", "4th" */
  PRECIS_SHAPE_PUNCT,       /* ",", "“" */
} PrecisShape;

typedef enum {
  PRECIS_TOKEN_WORD = 1 << 0,           /* holds a letter or a digit */
  PRECIS_TOKEN_STOPWORD = 1 << 1,       /* in the language's stopword list */
  PRECIS_TOKEN_SENTENCE_START = 1 << 2, /* first token of its sentence */
  PRECIS_TOKEN_SPACE_BEFORE = 1 << 3,   /* white space separates it from the previous token */
  PRECIS_TOKEN_IN_QUOTE = 1 << 4,       /* inside quotation marks */
} PrecisTokenFlags;

typedef struct {
  guint32 start, end;           /* code points */
  guint32 byte_start, byte_end; /* bytes */
  const char *lower;            /* case-folded form, NUL-terminated */
  const char *stem;             /* Snowball stem of `lower` */
  guint32 sentence;             /* index into PrecisDocument.sentences */
  guint16 flags;                /* PrecisTokenFlags */
  guint8 shape;                 /* PrecisShape */
  guint8 reserved;
} PrecisToken;

typedef enum {
  PRECIS_SENTENCE_HEADING = 1 << 0,     /* a section heading: structure, never summary text */
  PRECIS_SENTENCE_BOILERPLATE = 1 << 1, /* "Advertisement · Scroll to continue", share prompts */
  PRECIS_SENTENCE_TITLE = 1 << 2,       /* the title, or a repetition of it */
  PRECIS_SENTENCE_DUPLICATE = 1 << 3,   /* repeats an earlier sentence (a pasted lede) */
  PRECIS_SENTENCE_QUOTE = 1 << 4,       /* mostly a direct quotation */
  PRECIS_SENTENCE_CAPTION = 1 << 5,     /* an image caption, photo credit or prompt that ran into the
                                         * text without a full stop (pasted web news): its names
                                         * and dates are facts, its words no summary */
  PRECIS_SENTENCE_DATELINE = 1 << 6,    /* where and by whom a wire story was filed, before its
                                         * lede: "WASHINGTON (AP) —", "(CNN)".  A paragraph of its
                                         * own; its names are facts, but no actors of the story */
} PrecisSentenceFlags;

/* Flags that make a sentence unfit for a summary. */
#define PRECIS_SENTENCE_NOT_CONTENT \
  (PRECIS_SENTENCE_HEADING | PRECIS_SENTENCE_BOILERPLATE | PRECIS_SENTENCE_TITLE | \
   PRECIS_SENTENCE_DUPLICATE | PRECIS_SENTENCE_CAPTION | PRECIS_SENTENCE_DATELINE)

typedef struct {
  guint32 start, end;
  guint32 byte_start, byte_end;
  guint32 first_token, n_tokens;
  guint32 paragraph;     /* index into PrecisDocument.paragraphs */
  guint32 flags;         /* PrecisSentenceFlags */
} PrecisSentence;

typedef struct {
  guint32 start, end;
  guint32 byte_start, byte_end;
  guint32 first_sentence, n_sentences;
  guint32 flags;         /* PRECIS_SENTENCE_HEADING etc. when the whole paragraph is one */
} PrecisParagraph;

typedef enum {
  PRECIS_ANCHOR_CALL_TIME = 0, /* no date was given: the time of the call */
  PRECIS_ANCHOR_OPTION,        /* the caller's `published` option */
  PRECIS_ANCHOR_PAGE,          /* the page's metadata (articles fetched by URL) */
} PrecisAnchorSource;

typedef struct {
  const char *text;          /* the input, valid UTF-8, NUL-terminated; where the
                              * input was UTF-8 encoded twice ("JosÃ©"), its
                              * repair, and every offset here is into the repair
                              * (the host maps spans back to the caller's text) */
  guint32 text_bytes;
  guint32 text_chars;
  const char *title;         /* given or detected; NULL if none */
  const char *language;      /* ISO 639-1 ("de"), the caller's or identified from the
                              * text; "und" when mixed or undecidable */

  /* The anchor for relative dates: a calendar day (and time) in the
   * article's own time zone, as given.  Always set. */
  GDateTime *published;
  PrecisAnchorSource published_source;

  const PrecisParagraph *paragraphs;
  guint32 n_paragraphs;
  const PrecisSentence *sentences;
  guint32 n_sentences;
  const PrecisToken *tokens;
  guint32 n_tokens;
} PrecisDocument;

static inline gboolean
precis_sentence_is_content (const PrecisSentence *sentence)
{
  return (sentence->flags & PRECIS_SENTENCE_NOT_CONTENT) == 0;
}

G_END_DECLS
