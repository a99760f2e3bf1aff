/* ner-plural-acronyms.c — an acronym the article also writes in the plural names a kind of thing.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-plural-acronyms.h"

#include "ner-mentions.h"

#include <string.h>

/* The longest acronym looked at ("IPTV"). */
#define MAX_LETTERS 5

/* Whether token `i` of `doc` is an acronym: two to MAX_LETTERS capitals
 * and digits, the first a capital ("PC", "MP3"; not "3G"). */
static gboolean
is_acronym (const PrecisDocument *doc, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];
  guint32 len = t->byte_end - t->byte_start;
  const char *text = doc->text + t->byte_start;

  if ((t->shape != PRECIS_SHAPE_UPPER && t->shape != PRECIS_SHAPE_ALNUM) || len < 2 || len > MAX_LETTERS ||
      !g_ascii_isupper (text[0]))
    return FALSE;
  for (guint32 k = 1; k < len; k++)
    if (!g_ascii_isupper (text[k]) && !g_ascii_isdigit (text[k]))
      return FALSE;
  return TRUE;
}

/* Whether some token of `doc` is token `i`'s text and a lower-case "s"
 * ("PCs" for "PC"). */
static gboolean
is_written_plural (const PrecisDocument *doc, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];
  guint32 len = t->byte_end - t->byte_start;
  const char *text = doc->text + t->byte_start;

  for (guint32 k = 0; k < doc->n_tokens; k++)
    {
      const PrecisToken *p = &doc->tokens[k];

      /* The length first: most tokens differ in it. */
      if (p->byte_end - p->byte_start == len + 1 && doc->text[p->byte_start + len] == 's' &&
          memcmp (doc->text + p->byte_start, text, len) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether token `i` is an acronym with a plural "s" ("PCs", "DVDs"). */
static gboolean
is_plural_acronym (const PrecisDocument *doc, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];
  guint32 len = t->byte_end - t->byte_start;
  const char *text = doc->text + t->byte_start;

  if (t->shape != PRECIS_SHAPE_MIXED || len < 3 || len > MAX_LETTERS + 1 || text[len - 1] != 's' ||
      !g_ascii_isupper (text[0]))
    return FALSE;
  for (guint32 k = 1; k + 1 < len; k++)
    if (!g_ascii_isupper (text[k]) && !g_ascii_isdigit (text[k]))
      return FALSE;
  return TRUE;
}

/* Whether a capitalized word follows token `i` in its sentence: "PC Pro",
 * a magazine, where the tagger read "PC" alone. */
static gboolean
opens_longer_name (const PrecisDocument *doc, guint32 i)
{
  return i + 1 < doc->n_tokens && doc->tokens[i + 1].sentence == doc->tokens[i].sentence &&
         precis_ner_shape_is_name (doc->tokens[i + 1].shape);
}

void
precis_ner_drop_plural_acronyms (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, GArray *mentions)
{
  if (!precis_ner_reads_as_english (doc))
    return;
  for (guint k = mentions->len; k-- > 0;)
    {
      const PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);

      if (m->end - m->first != 1 || opens_longer_name (doc, m->first) ||
          !(is_plural_acronym (doc, m->first) || (is_acronym (doc, m->first) && is_written_plural (doc, m->first))) ||
          precis_ner_tokens_gazetteer_type (gazetteer, doc, m->first, m->end) != 0 ||
          precis_ner_tokens_known_type (gazetteer, doc, m->first, m->end) != 0)
        continue;
      g_array_remove_index (mentions, k);
    }
}
