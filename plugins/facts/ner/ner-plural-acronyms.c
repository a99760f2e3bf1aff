/* ner-plural-acronyms.c — an acronym the article also writes in the plural, or a common noun's, names a kind of thing.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-plural-acronyms.h"

#include "ner-doc.h"

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

/* The singular of each acronym `doc` writes in the plural ("PC" for
 * "PCs"), in one pass over the document: a table of thousands of
 * acronyms asks for each of its items. */
static GHashTable *
written_plurals (const PrecisDocument *doc)
{
  GHashTable *singulars = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint32 i = 0; i < doc->n_tokens; i++)
    if (is_plural_acronym (doc, i))
      g_hash_table_add (singulars, g_strndup (doc->text + doc->tokens[i].byte_start,
                                              doc->tokens[i].byte_end - doc->tokens[i].byte_start - 1));
  return singulars;
}

/* The short forms of common nouns, which name kinds of things, roles and
 * measures, never a body ("games for the PC", "sent by SMS", "a USB
 * stick", "the firm's IPO", "a DNA test", "a DJ"), though the tagger reads
 * their capitals as an organization's: on the 871 BBC and CNN/DM dev
 * articles read (session 24, held-out articles left out), 60 facts were
 * these alone, all wrong ("PC" 14, "DVD" 8, "ID" 5, "CD" 4, "VHS", "TV",
 * "HIV", "DJ" 3 each).  Many articles never write them in the plural.
 * CoNLL-2003 train and dev tag none of them alone as a name but "IPO" in
 * a headline ("IPO FILING"); "PC Data", "TV Globo" go on with a
 * capitalized word, and stay names.  Not those that also abbreviate
 * bodies or places ("AI", Amnesty International; "PR", Puerto Rico;
 * "OS", Ordnance Survey). */
static const char *const kind_acronyms[] = {
  "PC", "DVD", "CD", "VHS", "TV", "HDTV", "HD", "GPS", "MMS", "SMS", "USB", "MP3", "LCD", "LED",
  "PDA", "SIM", "DNA", "SUV", "ATM", "PIN", "CPU", "RAM", "ROM", "CCTV", "IPO", "GDP", "CEO", "CFO",
  "ID", "DJ", "HIV", "MRI", "RSS", "CGI", "HGV", "IVF", "PVR", "DVR", "ISP", "ISDN", "ADSL", "DSL",
  "GSM", "UFO", "IQ", "MBA", "GCSE", "CV", "VAT", "WMD", "ASBO", NULL,
};

static gboolean
is_kind_acronym (const char *text)
{
  for (guint k = 0; kind_acronyms[k] != NULL; k++)
    if (strcmp (kind_acronyms[k], text) == 0)
      return TRUE;
  return FALSE;
}

/* Whether mention `m` is an acronym's plural, or an acronym `singulars`
 * holds or that shortens a common noun, and no longer name. */
static gboolean
names_a_kind (const PrecisDocument *doc, const PrecisNerMention *m, GHashTable *singulars)
{
  g_autofree char *text = NULL;

  if (m->end - m->first != 1 || opens_longer_name (doc, m->first))
    return FALSE;
  if (is_plural_acronym (doc, m->first))
    return TRUE;
  if (!is_acronym (doc, m->first))
    return FALSE;
  text = g_strndup (doc->text + doc->tokens[m->first].byte_start,
                    doc->tokens[m->first].byte_end - doc->tokens[m->first].byte_start);
  return g_hash_table_contains (singulars, text) || is_kind_acronym (text);
}

void
precis_ner_drop_plural_acronyms (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, GArray *mentions)
{
  g_autoptr (GHashTable) singulars = NULL;
  guint kept = 0;

  if (!precis_ner_reads_as_english (doc))
    return;
  singulars = written_plurals (doc);
  for (guint k = 0; k < mentions->len; k++)
    {
      const PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);

      if (names_a_kind (doc, m, singulars) && precis_ner_tokens_gazetteer_type (gazetteer, doc, m->first, m->end) == 0 &&
          precis_ner_tokens_known_type (gazetteer, doc, m->first, m->end) == 0)
        continue;
      if (kept != k)
        g_array_index (mentions, PrecisNerMention, kept) = *m;
      kept++;
    }
  g_array_set_size (mentions, kept);
}
