/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "short.h"

/* As the lead plugin counts: a dateline or byline is no sentence. */
#define MIN_WORDS 4

static gboolean
is_prose (const PrecisDocument *doc, const PrecisSentence *sentence)
{
  guint words = 0;

  if (!precis_sentence_is_content (sentence))
    return FALSE;
  for (guint32 t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
    words += (doc->tokens[t].flags & PRECIS_TOKEN_WORD) != 0;
  return words >= MIN_WORDS;
}

PrecisEvalArticle *
precis_eval_short_article (const PrecisEvalArticle *article, const PrecisDocument *doc)
{
  guint k = PRECIS_EVAL_SHORT_MIN + g_str_hash (article->id) % (PRECIS_EVAL_SHORT_MAX - PRECIS_EVAL_SHORT_MIN + 1);
  guint seen = 0;
  guint32 end = 0;
  PrecisEvalArticle *view;

  for (guint32 s = 0; s < doc->n_sentences && seen <= k; s++)
    if (is_prose (doc, &doc->sentences[s]) && ++seen == k)
      end = doc->sentences[s].byte_end;
  if (seen <= k)
    return NULL;
  view = g_new0 (PrecisEvalArticle, 1);
  view->id = g_strdup (article->id);
  view->title = g_strdup (article->title);
  view->reference = g_strdup (article->reference);
  view->article = g_strndup (doc->text, end);
  return view;
}
