/* ner-indefinite-nouns.c — German: a word the document writes after an indefinite article is a noun.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * German capitalizes its nouns, and the German model, trained on silver
 * Wikipedia text that tags a body's common name ("der Kommission", "die
 * Regierung") as the body, reads a noun alone as a name; the document's
 * other mentions of the word follow it.  A name takes no indefinite
 * article: a word the document writes after "ein", "eine", "kein", ...
 * (an adjective or two between: "eine unabhängige Kommission") is a noun
 * there, and, in the same document, everywhere.  Not a hyphenated word:
 * "der Wiederaufbau einer Wolga-Republik" names a place (CoNLL gold).
 */
#include "ner-indefinite-nouns.h"
#include "ner-doc.h"
#include "ner-tags.h"
#include "ner-word.h"

#include <string.h>

static const char *const indefinites[] = {
  "ein", "eine", "einem", "einen", "einer", "eines", "kein", "keine", "keinem", "keinen", "keiner", "keines", NULL,
};

/* The most words in lower case between the article and its noun. */
#define MAX_ADJECTIVES 2

static gboolean
is_word (const PrecisDocument *doc, guint32 i)
{
  return doc->tokens[i].shape == PRECIS_SHAPE_CAPITALIZED && precis_ner_token_is_letters (doc, i);
}

/* Whether capitalized token `i` follows an indefinite article, with at
 * most MAX_ADJECTIVES words in lower case between, none a function word. */
static gboolean
follows_indefinite (const PrecisDocument *doc, guint32 i)
{
  for (guint32 k = i; k > 0 && i - k <= MAX_ADJECTIVES; k--)
    {
      const PrecisToken *before = &doc->tokens[k - 1];

      if (before->sentence != doc->tokens[i].sentence)
        return FALSE;
      if (precis_ner_word_in_list (indefinites, before->lower))
        return TRUE;
      /* An adjective between ("eine unabhängige Kommission"); not a
       * function word ("keiner von den Nadscharows"). */
      if (before->shape != PRECIS_SHAPE_LOWER || (before->flags & PRECIS_TOKEN_STOPWORD))
        return FALSE;
    }
  return FALSE;
}

void
precis_ner_untag_indefinite_nouns (const PrecisDocument *doc, guint8 *tags)
{
  g_autoptr (GHashTable) nouns = NULL;

  if (!precis_ner_reads_as_german (doc))
    return;
  nouns = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint32 i = 1; i < doc->n_tokens; i++)
    if (is_word (doc, i) && strchr (doc->tokens[i].lower, '-') == NULL && follows_indefinite (doc, i))
      g_hash_table_add (nouns, (gpointer) doc->tokens[i].lower);
  if (g_hash_table_size (nouns) == 0)
    return;
  for (guint32 i = 0; i < doc->n_tokens; i++)
    if (tags[i] != 0 && precis_ner_tags_one_word_name (tags, doc->n_tokens, i) && is_word (doc, i) &&
        g_hash_table_contains (nouns, doc->tokens[i].lower))
      tags[i] = 0;
}
