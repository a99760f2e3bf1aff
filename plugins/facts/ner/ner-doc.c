/* ner-doc.c — the document as the rules read it (ner-doc.h).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-doc.h"

#include "ner-word.h"

#include <string.h>

gboolean
precis_ner_sentence_has_facts (const PrecisDocument *doc, guint32 s)
{
  const PrecisSentence *sentence = &doc->sentences[s];

  if (sentence->flags & (PRECIS_SENTENCE_BOILERPLATE | PRECIS_SENTENCE_DUPLICATE))
    return FALSE;
  if (!(sentence->flags & PRECIS_SENTENCE_TITLE))
    return TRUE;
  /* The title's first appearance, not the text written again. */
  for (guint32 k = s; k-- > 0;)
    if ((doc->sentences[k].flags & PRECIS_SENTENCE_TITLE) &&
        doc->sentences[k].paragraph != sentence->paragraph)
      return FALSE;
  return TRUE;
}

static const char *
token_text (const PrecisDocument *doc, guint32 i, gsize *len)
{
  const PrecisToken *t = &doc->tokens[i];

  *len = t->byte_end - t->byte_start;
  return doc->text + t->byte_start;
}

gboolean
precis_ner_token_is_letters (const PrecisDocument *doc, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];
  const char *start = doc->text + t->byte_start, *end = doc->text + t->byte_end;

  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    if (!g_unichar_isalpha (g_utf8_get_char (p)) && !(*p == '-' && p > start && p + 1 < end && p[1] != '-'))
      return FALSE;
  return TRUE;
}

/* (In parentheses: the header's macro of the same name sends literals
 * elsewhere.) */
gboolean
(precis_ner_token_is) (const PrecisDocument *doc, guint32 i, const char *word)
{
  gsize len;
  const char *text = token_text (doc, i, &len);

  /* The same answer as len == strlen (word) && memcmp () == 0, byte by
   * byte: the rules ask it thousands of times a document, and most
   * words differ at their first byte (strlen's and memcmp's calls were
   * most of its cost). */
  for (gsize k = 0; k < len; k++)
    if (word[k] == '\0' || word[k] != text[k])
      return FALSE;
  return word[len] == '\0';
}

gboolean
precis_ner_token_is_small_number (const PrecisDocument *doc, guint32 i, guint max_digits)
{
  const PrecisToken *t = &doc->tokens[i];

  if (t->shape != PRECIS_SHAPE_NUMBER || t->byte_end - t->byte_start > max_digits)
    return FALSE;
  for (guint32 b = t->byte_start; b < t->byte_end; b++)
    if (!g_ascii_isdigit (doc->text[b]))
      return FALSE;
  return TRUE;
}

gboolean
precis_ner_token_is_dash (const PrecisDocument *doc, guint32 i)
{
  return precis_ner_token_is (doc, i, "-") || precis_ner_token_is (doc, i, "\u2013");
}

gboolean
precis_ner_token_is_possessive (const PrecisDocument *doc, guint32 i)
{
  gsize len;
  const char *text = token_text (doc, i, &len);

  /* "'s", "'S", "\u2019s" or "\u2019S", by bytes: asked of most names'
   * next token. */
  if (len == 2)
    return text[0] == '\'' && (text[1] == 's' || text[1] == 'S');
  return len == 4 && memcmp (text, "\u2019", 3) == 0 && (text[3] == 's' || text[3] == 'S');
}

gboolean
precis_ner_token_is_possessive_mark (const PrecisDocument *doc, guint32 i)
{
  return precis_ner_token_is_possessive (doc, i) || precis_ner_token_is (doc, i, "'") ||
         precis_ner_token_is (doc, i, "\u2019");
}

gboolean
precis_ner_token_has_digit (const PrecisDocument *doc, guint32 i)
{
  gsize len;
  const char *text = token_text (doc, i, &len);

  for (gsize k = 0; k < len; k++)
    if (g_ascii_isdigit (text[k]))
      return TRUE;
  return FALSE;
}

gboolean
precis_ner_token_is_lower_in_list (const PrecisDocument *doc, guint32 i, const char *const *list)
{
  return doc->tokens[i].shape == PRECIS_SHAPE_LOWER && precis_ner_word_in_list (list, doc->tokens[i].lower);
}

gboolean
precis_ner_token_in_list (const PrecisDocument *doc, guint32 i, const char *const *words)
{
  gsize len;
  const char *text = token_text (doc, i, &len);
  char first = len > 0 ? text[0] : '\0';

  /* The first byte compared here: most words differ there, before a
   * call a word (a rule asks dozens of words of a token). */
  for (guint k = 0; words[k] != NULL; k++)
    if (words[k][0] == first && precis_ner_token_is (doc, i, words[k]))
      return TRUE;
  return FALSE;
}

gboolean
precis_ner_reads_as_english (const PrecisDocument *doc)
{
  return doc->language == NULL || strcmp (doc->language, "en") == 0 || strcmp (doc->language, "und") == 0;
}

gconstpointer
precis_ner_language_entry (const PrecisDocument *doc, gconstpointer table, guint n, gsize size)
{
  if (doc->language == NULL)
    return NULL;
  for (guint k = 0; k < n; k++)
    {
      const char *const *language = (const char *const *) ((const guint8 *) table + k * size);

      /* The first byte in line: the rules ask ~100 times an article,
       * of tables of several languages each. */
      if ((*language)[0] == doc->language[0] && strcmp (doc->language, *language) == 0)
        return language;
    }
  return NULL;
}

gboolean
precis_ner_reads_as_german (const PrecisDocument *doc)
{
  return doc->language != NULL && strcmp (doc->language, "de") == 0;
}

gboolean
precis_ner_capitalizes_names_only (const PrecisDocument *doc)
{
  return !precis_ner_reads_as_english (doc) && !precis_ner_reads_as_german (doc);
}

/* "According to" in the languages with a fact model but English, the
 * ones that are also a word of a name (a given name, an ordinal). */
static const char *const according_to[] = { "segundo", "secondo", "según", "selon", "volgens", "laut", NULL };

gboolean
precis_ner_opens_with_according_to (const PrecisDocument *doc, guint32 i)
{
  const PrecisSentence *s = &doc->sentences[doc->tokens[i].sentence];

  return i == s->first_token && doc->tokens[i].shape == PRECIS_SHAPE_CAPITALIZED &&
         !precis_ner_reads_as_english (doc) &&
         precis_ner_word_in_list (according_to, doc->tokens[i].lower);
}

gboolean
precis_ner_sentence_has_lower (const PrecisDocument *doc, const PrecisSentence *s)
{
  for (guint32 t = s->first_token; t < s->first_token + s->n_tokens; t++)
    if (doc->tokens[t].shape == PRECIS_SHAPE_LOWER)
      return TRUE;
  return FALSE;
}

gboolean
precis_ner_opens_sentence (const PrecisDocument *doc, const PrecisSentence *s, guint32 i)
{
  for (guint32 t = s->first_token; t < i; t++)
    if (doc->tokens[t].shape != PRECIS_SHAPE_PUNCT)
      return FALSE;
  return TRUE;
}

/* Lower-case words inside personal names: "Mark van Gisbergen". */
static const char *const name_particles[] = {
  "van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "dos", "das", "le", "la",
  "bin", "ibn", "al", "el", "ter", "ten", "y", "zu", "af", NULL,
};

gboolean
precis_ner_is_name_particle (const char *lower)
{
  return precis_ner_word_in_list ((const char *const *) name_particles, lower);
}

static const char *const weekday_words[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL,
};

/* The feasts a name may be made of ("Easter Saturday", "Christmas"), and
 * the words that join them or a weekday into a day's name ("New Year's
 * Eve", "Boxing Day").  Not "Ramadan", a surname ("Tariq Ramadan"). */
static const char *const feast_words[] = {
  "christmas", "xmas", "easter", "halloween", "hallowe'en", "thanksgiving", "hanukkah", "chanukah",
  "diwali", "passover", "pentecost", "whitsun", NULL,
};
static const char *const day_name_words[] = {
  "new", "year", "years", "year's", "year\u2019s", "eve", "day", "good", "boxing", "holy", "week", "weekend", "'s",
  "\u2019s", NULL,
};

gboolean
precis_ner_is_calendar_name (const PrecisDocument *doc, guint32 first, guint32 end)
{
  gboolean day = FALSE, year = FALSE;

  for (guint32 i = first; i < end; i++)
    {
      const char *lower = doc->tokens[i].lower;

      if (precis_ner_word_in_list (weekday_words, lower) || precis_ner_word_in_list (feast_words, lower))
        day = TRUE;
      else if (!precis_ner_word_in_list (day_name_words, lower))
        return FALSE;
      else if (g_str_has_prefix (lower, "year"))
        year = TRUE;
    }
  return day || (year && end - first >= 2);
}

gboolean
precis_ner_is_calendar_word (const char *lower)
{
  static const char *const calendar_words[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", NULL,
  };

  return precis_ner_word_in_list (calendar_words, lower);
}

char *
precis_ner_tokens_text (const PrecisDocument *doc, guint32 first, guint32 end)
{
  const char *start = doc->text + doc->tokens[first].byte_start;

  return g_strndup (start, doc->text + doc->tokens[end - 1].byte_end - start);
}

PrecisNerType
precis_ner_tokens_known_type (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, guint32 first,
                              guint32 end)
{
  g_autofree char *text = NULL;
  const PrecisNerGazEntry *entry;
  guint known;

  if (gazetteer == NULL)
    return PRECIS_NER_TYPE_NONE;
  text = precis_ner_tokens_text (doc, first, end);
  entry = precis_ner_gazetteer_find (gazetteer, text);
  if (entry != NULL && !(entry->type & PRECIS_NER_GAZ_DEMONYM))
    return PRECIS_NER_TYPE_LOC;
  if (precis_ner_gazetteer_is_company (gazetteer, text))
    return PRECIS_NER_TYPE_ORG;
  known = precis_ner_gazetteer_known (gazetteer, text);
  if (known == 0 || (known & PRECIS_NER_KNOWN_AMBIGUOUS))
    return PRECIS_NER_TYPE_NONE;
  return PRECIS_NER_KNOWN_TYPE (known);
}

guint
precis_ner_tokens_gazetteer_type (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                                  guint32 first, guint32 end)
{
  g_autofree char *text = NULL;
  const PrecisNerGazEntry *entry;

  if (gazetteer == NULL)
    return 0;
  text = precis_ner_tokens_text (doc, first, end);
  entry = precis_ner_gazetteer_find (gazetteer, text);
  return entry != NULL ? entry->type : 0;
}

/* The bytes of tokens [first, end)'s key, its NUL counted. */
static gsize
words_key_size (const PrecisDocument *doc, guint32 first, guint32 end)
{
  gsize size = 1;

  for (guint32 i = first; i < end; i++)
    size += strlen (doc->tokens[i].lower) + 1;
  return size;
}

static void
words_key_write (const PrecisDocument *doc, guint32 first, guint32 end, char separator, char *key)
{
  gsize at = 0;

  for (guint32 i = first; i < end; i++)
    {
      gsize len = strlen (doc->tokens[i].lower);

      if (i > first)
        key[at++] = separator;
      memcpy (key + at, doc->tokens[i].lower, len);
      at += len;
    }
  key[at] = '\0';
}

char *
precis_ner_words_joined (const PrecisDocument *doc, guint32 first, guint32 end, char separator)
{
  /* Measured, then written: one allocation a key, where a growing
   * GString made several (a key for every mention and its surnames). */
  char *key = g_malloc (words_key_size (doc, first, end));

  words_key_write (doc, first, end, separator, key);
  return key;
}

char *
precis_ner_words_key (const PrecisDocument *doc, guint32 first, guint32 end)
{
  return precis_ner_words_joined (doc, first, end, '\x1f');
}

const char *
precis_ner_words_key_in (const PrecisDocument *doc, guint32 first, guint32 end, char *buf, gsize size,
                         char **heap)
{
  if (words_key_size (doc, first, end) > size)
    return *heap = precis_ner_words_key (doc, first, end);
  words_key_write (doc, first, end, '\x1f', buf);
  *heap = NULL;
  return buf;
}

gboolean
precis_ner_same_words (const PrecisDocument *doc, guint32 a, guint32 b, guint32 n)
{
  for (guint32 k = 0; k < n; k++)
    if (strcmp (doc->tokens[a + k].lower, doc->tokens[b + k].lower) != 0)
      return FALSE;
  return TRUE;
}

gboolean
precis_ner_is_weekday_word (const char *lower)
{
  return precis_ner_word_in_list (weekday_words, lower);
}

/* "2:1": a result, as German, Dutch and Scandinavian copy write it. */
gboolean
precis_ner_token_is_colon_score (const PrecisDocument *doc, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];
  const char *p = doc->text + t->byte_start, *end = doc->text + t->byte_end;
  const char *colon = memchr (p, ':', end - p);

  if (colon == NULL || colon == p || colon + 1 == end)
    return FALSE;
  for (const char *c = p; c < end; c++)
    if (c != colon && !g_ascii_isdigit (*c))
      return FALSE;
  return TRUE;
}
