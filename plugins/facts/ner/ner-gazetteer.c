/* ner-gazetteer.c — loading the place gazetteers.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-gazetteer.h"
#include "ner-word.h"

#include <string.h>

struct _PrecisNerGazetteer {
  PrecisNerHashSet phrases;
  GHashTable *exact;    /* alias → PrecisNerGazEntry */
  GHashTable *folded;   /* lower-case alias → PrecisNerGazEntry */
  GStringChunk *strings;
  guint max_tokens;
  gboolean ascii_phrases;  /* each phrase also by its words' ASCII bytes */
  GHashTable *companies; /* name as written (companies.tsv) */
  GHashTable *works;     /* name as written (works.tsv) */
  GMappedFile *words;    /* English words that are no names (words.txt), searched in place */
  GMappedFile *common; /* German words that are no names (common.txt), likewise */
  GMappedFile *world_towns;    /* ../de/towns.tsv for the other languages, likewise */
  GMappedFile *world_surnames; /* ../de/surnames.tsv for the other languages, likewise */
  GHashTable *given_names; /* lower-case name (given-names.tsv) */
  PrecisNerHashSet surnames; /* token hashes of surnames.tsv's names, for a model that asks */
  gboolean has_surnames;
  GHashTable *known;      /* name as written → type and PRECIS_NER_KNOWN_AMBIGUOUS (entities.tsv) */
  char *known_text;       /* entities.tsv's bytes, which `known`'s keys point into */
  guint known_max_words;
};

static guint
type_of (const char *name)
{
  if (g_str_equal (name, "country"))
    return PRECIS_NER_GAZ_COUNTRY;
  if (g_str_equal (name, "subdivision"))
    return PRECIS_NER_GAZ_SUBDIVISION;
  if (g_str_equal (name, "city"))
    return PRECIS_NER_GAZ_CITY;
  if (g_str_equal (name, "continent"))
    return PRECIS_NER_GAZ_CONTINENT;
  return 0;
}

static gboolean
is_code (const char *alias)
{
  gboolean upper = FALSE;

  for (const char *p = alias; *p; p++)
    {
      if (g_ascii_islower (*p) || (guchar) *p >= 0x80)
        return FALSE;
      upper |= g_ascii_isupper (*p);
    }
  return upper;
}

/* Walks the alias's words in place (no copies: German's towns.tsv adds
 * 24,000 phrases when its model loads). */
static void
add_phrase (PrecisNerGazetteer *gaz, const char *alias, guint type)
{
  /* Codes live apart: they match words written in capitals only. */
  guint32 h = strchr (alias, ' ') == NULL && is_code (alias) ? PRECIS_NER_GAZ_CODE_SEED : PRECIS_NER_FNV_SEED;
  guint32 ascii_h = h;
  gboolean differs = FALSE;  /* the ASCII phrase so far is another phrase */
  guint n = 0;

  for (const char *word = alias;; n++)
    {
      const char *space = strchr (word, ' ');
      gsize len = space ? (gsize) (space - word) : strlen (word);
      char lower[PRECIS_NER_WORD_MAX];
      gsize lower_len = precis_ner_word_lower (word, len, lower);

      h = precis_ner_gazetteer_phrase_extend (h, precis_ner_gazetteer_token_hash (lower, lower_len));
      precis_ner_hash_set_add (&gaz->phrases, h, space == NULL ? type : PRECIS_NER_GAZ_PREFIX);
      if (gaz->ascii_phrases)
        {
          gsize ascii_len = precis_ner_word_ascii (lower, lower_len);

          differs |= ascii_len != lower_len;
          ascii_h = precis_ner_gazetteer_phrase_extend (ascii_h,
                                                        precis_ner_gazetteer_token_hash (lower, ascii_len));
          if (differs)
            precis_ner_hash_set_add (&gaz->phrases, ascii_h, space == NULL ? type : PRECIS_NER_GAZ_PREFIX);
        }
      if (space == NULL)
        break;
      word = space + 1;
    }
  gaz->max_tokens = MAX (gaz->max_tokens, n + 1);
}

static void
add_entry (PrecisNerGazetteer *gaz, const char *alias, const char *canonical, guint type)
{
  PrecisNerGazEntry *entry = g_new (PrecisNerGazEntry, 1);
  g_autofree char *folded = g_utf8_strdown (alias, -1);

  gboolean kept = FALSE;

  entry->canonical = g_string_chunk_insert_const (gaz->strings, canonical);
  entry->type = type;
  if (!g_hash_table_contains (gaz->exact, alias))
    {
      g_hash_table_insert (gaz->exact, g_string_chunk_insert_const (gaz->strings, alias), entry);
      kept = TRUE;
    }
  /* A code written in capitals ("BEN", "US") names the place only in
   * capitals: "Ben" is a first name, "us" a pronoun. */
  if (!is_code (alias) && !g_hash_table_contains (gaz->folded, folded))
    {
      g_hash_table_insert (gaz->folded, g_string_chunk_insert_const (gaz->strings, folded), entry);
      kept = TRUE;
    }
  if (!kept)
    g_free (entry);
  add_phrase (gaz, alias, type);
}

static gboolean
read_file (PrecisNerGazetteer *gaz, const char *dir, const char *name, gboolean demonyms,
           GError **error)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, error))
    return FALSE;

  g_auto (GStrv) lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto (GStrv) cols = g_strsplit (lines[i], "\t", 3);
      guint n = g_strv_length (cols);
      guint type;

      if (n < 2 || *cols[0] == '\0')
        continue;
      type = demonyms ? PRECIS_NER_GAZ_DEMONYM : (n == 3 ? type_of (cols[2]) : 0);
      if (type == 0)
        continue;
      add_entry (gaz, cols[0], cols[1], type);
    }
  return TRUE;
}

/* Phrases of `type` only, for the features, from `file` in `dir`: one name
 * a line, first (a tab may follow).  The file is optional.  towns.tsv
 * (tools/make-gazetteers.py --towns) and, for a model that asks,
 * given-names.tsv (tools/make-given-names.py). */
static gboolean
read_phrases (PrecisNerGazetteer *gaz, const char *dir, const char *file, guint type, GError **error)
{
  g_autofree char *path = g_build_filename (dir, file, NULL);
  g_autofree char *contents = NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;
  if (!g_file_get_contents (path, &contents, NULL, error))
    return FALSE;
  for (char *line = contents, *end; line != NULL; line = end != NULL ? end + 1 : NULL)
    {
      char *tab;

      end = strchr (line, '\n');
      if (end != NULL)
        *end = '\0';
      tab = strchr (line, '\t');
      if (tab != NULL)
        *tab = '\0';
      if (*line != '\0')
        add_phrase (gaz, line, type);
    }
  return TRUE;
}

/* A list of names, the first column of `file` in `dir` (a tab after each
 * name), into `*set`: as written, or in lower case when `fold`.  The file
 * is optional: without it the set is empty.  companies.tsv
 * (tools/make-companies.py), works.tsv (tools/make-entities.py) and given-names.tsv (tools/make-given-names.py,
 * a name and how many names it opened in the training files). */
static gboolean
read_name_set (PrecisNerGazetteer *gaz, const char *dir, const char *file, gboolean fold, GHashTable **set,
               GError **error)
{
  g_autofree char *path = g_build_filename (dir, file, NULL);
  g_autofree char *contents = NULL;

  *set = g_hash_table_new (g_str_hash, g_str_equal);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;
  if (!g_file_get_contents (path, &contents, NULL, error))
    return FALSE;
  g_auto (GStrv) lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *tab = strchr (lines[i], '\t');
      g_autofree char *lower = NULL;

      if (tab == NULL || tab == lines[i])
        continue;
      *tab = '\0';
      if (fold)
        lower = precis_ner_utf8_strdown (lines[i], -1);
      g_hash_table_add (*set, g_string_chunk_insert_const (gaz->strings, fold ? lower : lines[i]));
    }
  return TRUE;
}

/* entities.tsv (tools/make-entities.py) is optional: a name, its type
 * (person, organization, place) and whether it is also an English word
 * ("word") or a surname ("surname") or neither ("name"), tab-separated.
 * Read in place, the names pointing into the file's bytes (kept): 4,463
 * lines split and copied one by one cost the daemon's start 13 M
 * instructions (callgrind), in place 3 M. */
static gboolean
read_known (PrecisNerGazetteer *gaz, const char *dir, GError **error)
{
  g_autofree char *path = g_build_filename (dir, "entities.tsv", NULL);

  gaz->known = g_hash_table_new (g_str_hash, g_str_equal);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;
  if (!g_file_get_contents (path, &gaz->known_text, NULL, error))
    return FALSE;
  for (char *line = gaz->known_text, *end; line != NULL; line = end != NULL ? end + 1 : NULL)
    {
      char *type, *also;
      guint bits = 0, words = 1;

      end = strchr (line, '\n');
      if (end != NULL)
        *end = '\0';
      type = strchr (line, '\t');
      also = type != NULL ? strchr (type + 1, '\t') : NULL;
      if (also == NULL || type == line)
        continue;
      *type++ = '\0';
      *also++ = '\0';
      if (strcmp (type, "person") == 0)
        bits = PRECIS_NER_TYPE_PER;
      else if (strcmp (type, "organization") == 0)
        bits = PRECIS_NER_TYPE_ORG;
      else if (strcmp (type, "place") == 0)
        bits = PRECIS_NER_TYPE_LOC;
      else
        continue;
      if (strcmp (also, "name") != 0)
        bits |= PRECIS_NER_KNOWN_AMBIGUOUS;
      for (const char *p = line; *p; p++)
        words += *p == ' ';
      gaz->known_max_words = MAX (gaz->known_max_words, words);
      g_hash_table_insert (gaz->known, line, GUINT_TO_POINTER (bits));
    }
  return TRUE;
}

/* A list of words, one a line in byte order, is optional; mapped and
 * searched in place: words.txt (62,541 lines) put in a hash table made
 * each worker's start-up 15-40 ms longer (bench-startup). */
static gboolean
map_list (const char *dir, const char *name, GMappedFile **file, GError **error)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;
  *file = g_mapped_file_new (path, FALSE, error);
  return *file != NULL;
}

/* words.txt (English, tools/make-entities.py) and common.txt (German,
 * tools/make-common-words.py: 428,432 lines, wngerman less the names, with
 * the umlaut-less spellings of the CoNLL copy). */
static gboolean
read_words (PrecisNerGazetteer *gaz, const char *dir, GError **error)
{
  return map_list (dir, "words.txt", &gaz->words, error) && map_list (dir, "common.txt", &gaz->common, error);
}

/* GeoNames' towns of 15,000 people or more and WikiNEuRal's surnames
 * (tools/make-gazetteers.py --towns, tools/make-given-names.py --surnames)
 * are German's features, in German's directory; their names are the
 * world's ("Saronno", "Fiumicino", "Wilson"), so a language without its
 * own reads them from there, mapped in place (the tsv's lines are in byte
 * order, a tab after the name). */
static gboolean
map_world_lists (PrecisNerGazetteer *gaz, const char *dir, GError **error)
{
  g_autofree char *own = g_build_filename (dir, "towns.tsv", NULL);
  g_autofree char *parent = g_path_get_dirname (dir);
  g_autofree char *german = g_build_filename (parent, "de", NULL);

  if (g_file_test (own, G_FILE_TEST_EXISTS))
    return TRUE;
  return map_list (german, "towns.tsv", &gaz->world_towns, error) &&
         map_list (german, "surnames.tsv", &gaz->world_surnames, error);
}

/* strcmp's order between `word` and the `n` bytes of a line, which end
 * at a tab if the line has one (a tsv's first column). */
static int
compare_line (const char *word, gsize word_len, const char *line, gsize n)
{
  const char *tab = memchr (line, '\t', n);
  int c;

  if (tab != NULL)
    n = (gsize) (tab - line);
  c = memcmp (word, line, MIN (word_len, n));

  if (c != 0)
    return c;
  return word_len < n ? -1 : word_len > n ? 1 : 0;
}

/* Whether `lower` is a line of the mapped list `file` (none: FALSE). */
static gboolean
list_contains (GMappedFile *file, const char *lower)
{
  const char *text;
  gsize lo = 0, hi, word_len = strlen (lower);

  if (file == NULL)
    return FALSE;
  text = g_mapped_file_get_contents (file);
  hi = g_mapped_file_get_length (file);
  /* A binary search over bytes: [lo, hi) starts at a line's start and
   * ends after a newline (or at the end), so the line at the middle,
   * found by stepping back to its start, lies wholly inside. */
  while (lo < hi)
    {
      gsize mid = lo + (hi - lo) / 2, end;
      const char *newline;
      int c;

      while (mid > lo && text[mid - 1] != '\n')
        mid--;
      newline = memchr (text + mid, '\n', hi - mid);
      end = newline != NULL ? (gsize) (newline - text) : hi;
      c = compare_line (lower, word_len, text + mid, end - mid);
      if (c == 0)
        return end > mid;
      if (c < 0)
        hi = mid;
      else
        lo = end + 1;
    }
  return FALSE;
}

gboolean
precis_ner_gazetteer_is_english_word (const PrecisNerGazetteer *gaz, const char *lower)
{
  return list_contains (gaz->words, lower);
}

gboolean
precis_ner_gazetteer_is_common_word (const PrecisNerGazetteer *gaz, const char *lower)
{
  return gaz != NULL && list_contains (gaz->common, lower);
}

gboolean
precis_ner_gazetteer_is_world_town (const PrecisNerGazetteer *gaz, const char *name)
{
  return gaz != NULL && list_contains (gaz->world_towns, name);
}

gboolean
precis_ner_gazetteer_is_world_surname (const PrecisNerGazetteer *gaz, const char *name)
{
  return gaz != NULL && list_contains (gaz->world_surnames, name);
}

gboolean
precis_ner_gazetteer_has_common_words (const PrecisNerGazetteer *gaz)
{
  return gaz != NULL && gaz->common != NULL;
}

guint
precis_ner_gazetteer_known (const PrecisNerGazetteer *gaz, const char *name)
{
  return gaz->known != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (gaz->known, name)) : 0;
}

guint
precis_ner_gazetteer_known_max_words (const PrecisNerGazetteer *gaz)
{
  return gaz->known_max_words;
}

gboolean
precis_ner_gazetteer_is_organization (const PrecisNerGazetteer *gaz, const char *name)
{
  return precis_ner_gazetteer_is_company (gaz, name) ||
         precis_ner_gazetteer_known (gaz, name) == PRECIS_NER_TYPE_ORG;
}

gboolean
precis_ner_gazetteer_knows (const PrecisNerGazetteer *gaz, const char *name)
{
  return precis_ner_gazetteer_find (gaz, name) != NULL || precis_ner_gazetteer_is_company (gaz, name) ||
         precis_ner_gazetteer_known (gaz, name) != 0;
}

gboolean
precis_ner_gazetteer_is_given_name (const PrecisNerGazetteer *gaz, const char *lower)
{
  const char *hyphen;
  char first[PRECIS_NER_WORD_MAX];
  gsize n;

  if (gaz->given_names == NULL)
    return FALSE;
  if (g_hash_table_contains (gaz->given_names, lower))
    return TRUE;
  /* "Hans-Wilhelm", "Lorenz-Günther": two given names joined, the first
   * listed and the second too. */
  hyphen = strchr (lower, '-');
  if (hyphen == NULL || strchr (hyphen + 1, '-') != NULL || (n = (gsize) (hyphen - lower)) == 0 ||
      n >= sizeof first)
    return FALSE;
  memcpy (first, lower, n);
  first[n] = '\0';
  return g_hash_table_contains (gaz->given_names, first) && g_hash_table_contains (gaz->given_names, hyphen + 1);
}

gboolean
precis_ner_gazetteer_is_company (const PrecisNerGazetteer *gaz, const char *name)
{
  return gaz->companies != NULL && g_hash_table_contains (gaz->companies, name);
}

gboolean
precis_ner_gazetteer_is_work (const PrecisNerGazetteer *gaz, const char *name)
{
  return gaz->works != NULL && g_hash_table_contains (gaz->works, name);
}

/* surnames.tsv (tools/make-given-names.py --surnames): one-word names, as
 * token hashes of their lower case (and of its ASCII bytes when the phrases
 * are read so), a feature of a model trained with them.  Apart from the
 * phrases, whose guint8 types are all taken, and looked up by one word
 * only.  The file is optional. */
static gboolean
read_surnames (PrecisNerGazetteer *gaz, const char *dir, GError **error)
{
  g_autofree char *path = g_build_filename (dir, "surnames.tsv", NULL);
  g_autofree char *contents = NULL;

  precis_ner_hash_set_init (&gaz->surnames, 4096);
  gaz->has_surnames = TRUE;
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;
  if (!g_file_get_contents (path, &contents, NULL, error))
    return FALSE;
  for (char *line = contents, *end; line != NULL; line = end != NULL ? end + 1 : NULL)
    {
      char lower[PRECIS_NER_WORD_MAX];
      char *tab;
      gsize len;

      end = strchr (line, '\n');
      if (end != NULL)
        *end = '\0';
      tab = strchr (line, '\t');
      len = tab != NULL ? (gsize) (tab - line) : strlen (line);
      if (len == 0)
        continue;
      len = precis_ner_word_lower (line, len, lower);
      precis_ner_hash_set_add (&gaz->surnames, precis_ner_gazetteer_token_hash (lower, len), 1);
      if (gaz->ascii_phrases)
        precis_ner_hash_set_add (&gaz->surnames,
                                 precis_ner_gazetteer_token_hash (lower, precis_ner_word_ascii (lower, len)), 1);
    }
  return TRUE;
}

gboolean
precis_ner_gazetteer_is_surname_hash (const PrecisNerGazetteer *gaz, guint32 token_hash)
{
  return gaz->has_surnames && precis_ner_hash_set_lookup (&gaz->surnames, token_hash) != 0;
}

gboolean
precis_ner_gazetteer_has_surnames (const PrecisNerGazetteer *gaz)
{
  return gaz->has_surnames;
}

PrecisNerGazetteer *
precis_ner_gazetteer_new (const char *dir, GError **error)
{
  return precis_ner_gazetteer_new_reading (dir, 0, error);
}

PrecisNerGazetteer *
precis_ner_gazetteer_new_reading (const char *dir, guint reading, GError **error)
{
  g_autoptr (PrecisNerGazetteer) gaz = g_new0 (PrecisNerGazetteer, 1);

  gaz->ascii_phrases = (reading & PRECIS_NER_GAZ_READ_ASCII) != 0;
  precis_ner_hash_set_init (&gaz->phrases, 16384);
  gaz->exact = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, NULL);
  gaz->folded = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, NULL);
  gaz->strings = g_string_chunk_new (65536);
  if (!read_file (gaz, dir, "places.tsv", FALSE, error) ||
      !read_file (gaz, dir, "demonyms.tsv", TRUE, error) ||
      !read_phrases (gaz, dir, "towns.tsv", PRECIS_NER_GAZ_TOWN, error) ||
      ((reading & PRECIS_NER_GAZ_READ_GIVEN_NAMES) &&
       !read_phrases (gaz, dir, "given-names.tsv", PRECIS_NER_GAZ_GIVEN, error)) ||
      !read_name_set (gaz, dir, "companies.tsv", FALSE, &gaz->companies, error) ||
      !read_name_set (gaz, dir, "works.tsv", FALSE, &gaz->works, error) ||
      !read_name_set (gaz, dir, "given-names.tsv", TRUE, &gaz->given_names, error) ||
      ((reading & PRECIS_NER_GAZ_READ_SURNAMES) && !read_surnames (gaz, dir, error)) ||
      !read_known (gaz, dir, error) || !read_words (gaz, dir, error) || !map_world_lists (gaz, dir, error))
    return NULL;
  return g_steal_pointer (&gaz);
}

static void
collect_entry (gpointer key, gpointer value, gpointer user_data)
{
  /* Adding a key twice would free it (g_hash_table_add replaces). */
  if (!g_hash_table_contains (user_data, value))
    g_hash_table_add (user_data, value);
}

void
precis_ner_gazetteer_free (PrecisNerGazetteer *gaz)
{
  if (gaz == NULL)
    return;

  g_autoptr (GHashTable) entries = g_hash_table_new_full (NULL, NULL, g_free, NULL);
  if (gaz->exact)
    g_hash_table_foreach (gaz->exact, collect_entry, entries);
  if (gaz->folded)
    g_hash_table_foreach (gaz->folded, collect_entry, entries);
  g_clear_pointer (&gaz->exact, g_hash_table_unref);
  g_clear_pointer (&gaz->folded, g_hash_table_unref);
  g_clear_pointer (&gaz->companies, g_hash_table_unref);
  g_clear_pointer (&gaz->works, g_hash_table_unref);
  g_clear_pointer (&gaz->words, g_mapped_file_unref);
  g_clear_pointer (&gaz->common, g_mapped_file_unref);
  g_clear_pointer (&gaz->world_towns, g_mapped_file_unref);
  g_clear_pointer (&gaz->world_surnames, g_mapped_file_unref);
  g_clear_pointer (&gaz->given_names, g_hash_table_unref);
  g_clear_pointer (&gaz->known, g_hash_table_unref);
  g_free (gaz->known_text);
  if (gaz->strings)
    g_string_chunk_free (gaz->strings);
  precis_ner_hash_set_clear (&gaz->phrases);
  if (gaz->has_surnames)
    precis_ner_hash_set_clear (&gaz->surnames);
  g_free (gaz);
}

guint
precis_ner_gazetteer_lookup_hash (const PrecisNerGazetteer *gaz, guint32 phrase)
{
  return precis_ner_hash_set_lookup (&gaz->phrases, phrase);
}

guint
precis_ner_gazetteer_max_tokens (const PrecisNerGazetteer *gaz)
{
  return gaz->max_tokens;
}

static const PrecisNerGazEntry *
find (const PrecisNerGazetteer *gaz, const char *alias, gboolean any_case)
{
  const PrecisNerGazEntry *entry = g_hash_table_lookup (gaz->exact, alias);

  if (entry == NULL && any_case)
    {
      /* Lowered on the stack: asked ~200 times an article, mostly of
       * short ASCII names (a malloc and a free were a third of it). */
      char buf[128];
      g_autofree char *heap = NULL;

      entry = g_hash_table_lookup (gaz->folded, precis_ner_utf8_strdown_in (alias, buf, sizeof buf, &heap));
    }
  /* "U.S population", "the U.K": an abbreviation written with dots whose
   * last one the writer left out (or the sentence's full stop took) is
   * the abbreviation. */
  if (entry == NULL && strchr (alias, '.') != NULL && !g_str_has_suffix (alias, "."))
    {
      g_autofree char *dotted = g_strconcat (alias, ".", NULL);
      entry = g_hash_table_lookup (gaz->exact, dotted);
    }
  return entry;
}

const PrecisNerGazEntry *
precis_ner_gazetteer_find (const PrecisNerGazetteer *gaz, const char *alias)
{
  return find (gaz, alias, TRUE);
}

const PrecisNerGazEntry *
precis_ner_gazetteer_find_as_written (const PrecisNerGazetteer *gaz, const char *alias)
{
  return find (gaz, alias, FALSE);
}
