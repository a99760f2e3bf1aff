/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "ner-wire.h"
#include "ner-mentions.h"
#include "ner-tags.h"

#include <string.h>

/* News agencies as their copy credits them, written as they are
 * (case matters: "AP" is an agency, "ap" no word of it). */
static const char *const agencies[] = {
  "dpa", "AP", "AFP", "Reuter", "Reuters", "ddp", "epd", "KNA", "APA", "SID", "sid", "EFE",
  "ANSA", "Belga", "ANP", "Lusa", "Tanjug", "Xinhua", "Interfax", "UPI", "TASS", "Itar-Tass",
  "EFECOM", "Notimex", "Adnkronos", NULL,
};

/* A dateline has one to three words. */
#define MAX_DATELINE_WORDS 3

static gboolean
is_agency (const PrecisDocument *doc, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];
  gsize len = t->byte_end - t->byte_start;

  for (guint k = 0; agencies[k] != NULL; k++)
    if (strlen (agencies[k]) == len && memcmp (agencies[k], doc->text + t->byte_start, len) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_period (const PrecisDocument *doc, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];

  return t->byte_end == t->byte_start + 1 && doc->text[t->byte_start] == '.';
}

static gboolean
is_roman_numeral (const char *lower)
{
  return lower[strspn (lower, "ivxlcdm")] == '\0';
}

/* Sentence `s` is "HANAU." or "BAD VILBEL.": words in capitals, of two
 * letters or more, then a period, and nothing but places tagged in it
 * (the tagger knows "BAD", not "BAD VILBEL": the line is one place).  Not a
 * heading in capitals ("CLUBES.", "XVIII."): a word the document also
 * writes in lower case, or a Roman numeral, names no place. */
static gboolean
is_dateline (const PrecisDocument *doc, guint32 s, const guint8 *tags, const PrecisNerStringSet *lower_words)
{
  const PrecisSentence *sentence = &doc->sentences[s];
  guint32 first = sentence->first_token, n = sentence->n_tokens;

  if (n < 2 || n > MAX_DATELINE_WORDS + 1 || !is_period (doc, first + n - 1))
    return FALSE;
  for (guint32 i = first; i + 1 < first + n; i++)
    if (doc->tokens[i].shape != PRECIS_SHAPE_UPPER ||
        (tags[i] != 0 && precis_ner_tag_type (tags[i]) != PRECIS_NER_TYPE_LOC) ||
        doc->tokens[i].end - doc->tokens[i].start < 2 || is_roman_numeral (doc->tokens[i].lower) ||
        precis_ner_string_set_contains (lower_words, doc->tokens[i].lower))
      return FALSE;
  return TRUE;
}

void
precis_ner_wire_apply (const PrecisDocument *doc, guint8 *tags)
{
  PrecisNerStringSet lower_words;

  if (doc->language == NULL || strcmp (doc->language, "en") == 0 || strcmp (doc->language, "und") == 0)
    return;
  for (guint32 i = 0; i < doc->n_tokens; i++)
    if (tags[i] == 0 && is_agency (doc, i))
      tags[i] = precis_ner_tag_make (PRECIS_NER_TYPE_ORG, TRUE);
  precis_ner_lower_words_init (&lower_words, doc);
  for (guint32 s = 0; s < doc->n_sentences; s++)
    if (is_dateline (doc, s, tags, &lower_words))
      {
        const PrecisSentence *sentence = &doc->sentences[s];

        for (guint32 i = sentence->first_token; i + 1 < sentence->first_token + sentence->n_tokens; i++)
          tags[i] = precis_ner_tag_make (PRECIS_NER_TYPE_LOC, i == sentence->first_token);
      }
  precis_ner_string_set_clear (&lower_words);
}
