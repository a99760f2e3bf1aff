/* wire-analysis.h — one analysis as worker protocol frames.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A REQUEST carries what precis_analysis_run() reads: the text, the call's
 * options, the page's headings, title, date and language, and which of the
 * worker's plugins summarize and extract facts (by their index in the
 * worker's list, which precisd made).  A RESULT carries what it writes:
 * summary, facts, and what `info` reports; an ERROR frame a PrecisError
 * code and message.  Decoding a RESULT checks it as precisd would check a
 * plugin: spans inside the text, finite scores, known fact kinds.
 */
#pragma once

#include "analysis.h"
#include "wire.h"

G_BEGIN_DECLS

#define PRECIS_WIRE_NO_PLUGIN G_MAXUINT32

/* A REQUEST as the worker reads it: an analysis' inputs, owned. */
typedef struct {
  guint32 summarizer;          /* index, or PRECIS_WIRE_NO_PLUGIN */
  guint32 extractor;
  char *text;                  /* NUL-terminated */
  gsize length;
  PrecisCallOptions options;
  GArray *heading_lines;       /* guint32 */
  GDateTime *page_published;
  char *page_title;
  char *page_language;
} PrecisWireRequest;

/* The REQUEST frame for `analysis` (its inputs), NULL if over the bound. */
GByteArray *precis_wire_encode_request (const PrecisAnalysis *analysis, guint32 summarizer,
                                        guint32 extractor);
/* FALSE if the payload is malformed (`request` is then cleared). */
gboolean precis_wire_decode_request (const guint8 *payload, gsize length, PrecisWireRequest *request);
void precis_wire_request_clear (PrecisWireRequest *request);

/* The RESULT frame of a finished analysis, or its ERROR frame if it
 * failed; NULL if over the bound. */
GByteArray *precis_wire_encode_result (const PrecisAnalysis *analysis);
/* Read a RESULT or ERROR payload into `analysis`' outputs (an ERROR into
 * its `error`).  `text_chars`: code points of the analysed text, which
 * every span must lie within.  FALSE if malformed: the outputs are then
 * left empty. */
gboolean precis_wire_decode_result (PrecisWireKind kind, const guint8 *payload, gsize length,
                                    guint32 text_chars, PrecisAnalysis *analysis);

G_END_DECLS
