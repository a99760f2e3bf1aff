/* clean.h — what is not article text: title, boilerplate, headings,
 * repeated sentences, and which sentences are quotations.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Text is never removed (offsets must point into the input as given);
 * sentences are flagged instead, and summarizers skip the flagged ones.
 */
#pragma once

#include "pipeline.h"
#include "structure.h"
#include "tokenize.h"

G_BEGIN_DECLS

typedef struct {
  const char *text;
  const PrecisTokenBuf *tokens;       /* lower forms still as pool offsets */
  const PrecisTokenizer *tokenizer;   /* to tokenize a given title like the text */
  PrecisSentence *sentences;
  guint32 n_sentences;
  PrecisParagraph *paragraphs;
  guint32 n_paragraphs;
  const PrecisBlock *paragraph_blocks; /* the block of each paragraph */
} PrecisCleanInput;

/* Sets sentence and paragraph flags; returns the title (the given one or
 * the detected title line), NULL if none. */
char *precis_clean (const PrecisCleanInput *input, const PrecisPipelineOptions *options);

G_END_DECLS
