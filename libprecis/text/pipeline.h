/* pipeline.h — text to PrecisDocument: clean, segment, tokenize, stem.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <gio/gio.h>
#include <precis/precis-document.h>

G_BEGIN_DECLS

typedef struct {
  const char *title;            /* NULL: detect a title line at the top */
  const char *language;         /* the caller's: wins; NULL: identified from the text */
  const char *language_hint;    /* the source's own (a page's lang): evidence; may be NULL */
  GDateTime *published;         /* NULL: now, in local time */
  PrecisAnchorSource published_source;
  /* Article structure known from HTML (headings, paragraphs): a
   * paragraph per line of `text` and these line indices are headings.
   * NULL when the text is plain. */
  const guint32 *heading_lines;
  guint32 n_heading_lines;
  /* Looked at every CANCEL_CHECK_BLOCKS paragraphs: once it is cancelled
   * the document stops where it is (a valid document of the paragraphs
   * read so far, no title cleaning); the caller then sees the cancellable
   * and throws it away.  May be NULL. */
  GCancellable *cancellable;
} PrecisPipelineOptions;

/* Analyse `text` (valid UTF-8, `length` bytes or -1 for NUL-terminated).
 * Never fails on valid UTF-8; an empty text gives an empty document.
 * Thread-safe: may run on any number of threads at once.
 *
 * Mojibake is repaired first, the whole text encoded twice ("JosÃ©",
 * mojibake.h) and the words a wrong charset broke ("MÃ¼nchen", "Mьnchen",
 * mojibake-words.h): then the
 * document's text and every offset in it are the repaired text's, and
 * whatever goes back to the caller must go through
 * precis_document_input_offset() / precis_document_input_dup(). */
PrecisDocument *precis_document_new (const char *text, gssize length,
                                     const PrecisPipelineOptions *options);
void precis_document_free (PrecisDocument *document);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisDocument, precis_document_free)

/* Whether the document's text is a repair of the caller's. */
gboolean precis_document_repaired (const PrecisDocument *document);

/* The code point of the caller's text where the document's code point
 * `offset` (0..text_chars) starts: `offset` itself unless repaired. */
guint32 precis_document_input_offset (const PrecisDocument *document, guint32 offset);

/* The caller's text of the document's code points [start, end). */
char *precis_document_input_dup (const PrecisDocument *document, guint32 start, guint32 end);

/* Load stopword lists and stemmers from `data_dir` (NULL: the installed or
 * PRECIS_DATA_DIR one).  Call once before the first document; idempotent. */
gboolean precis_pipeline_init (const char *data_dir, GError **error);

G_END_DECLS
