/* ner-links.c — "Man City", "City" and "Manchester City" are one club.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Articles name an organization in full once and then by a part of its
 * name ("United" for Manchester United), by an abbreviation ("Man Utd"),
 * or run together ("TimeWarner").  A shorter name joins a longer one only
 * when exactly one name of the document fits: with Manchester City and
 * Manchester United both named, "Manchester" alone joins neither.  People
 * are joined by their own rules (ner-entities.c); places named by the
 * gazetteer keep their canonical entity ("Manchester" the city is not
 * the club), and a name followed by a place is a branch of its own ("AOL
 * Europe" is not "AOL").
 */
#include "ner-compounds.h"
#include "ner-group.h"
#include "ner-places.h"
#include "ner-word.h"

#include <string.h>

/* How many look-alikes a name may have in one document for its variants
 * to be told apart: the people of one last name, the names of one
 * abbreviation signature ("3:usc", "U.S. Steel Co." and all the "U.S.
 * S… Co." of a long listing).  Every pair of them is compared, so a
 * document of thousands of them (a register, a hostile text) took
 * minutes; with more than this many none of them is joined.  A news
 * article has a handful: the facts of the CoNLL development and training
 * sets (all languages) and of the BBC panels are the same with it. */
#define MAX_LOOKALIKES 128

/* The same number of words, each the same or abbreviated, one at least
 * abbreviated: "man utd" → "manchester united". */
static gboolean
abbreviates_name (const char *shorter, const char *longer)
{
  const char *ca = shorter, *cb = longer, *a, *b;
  gsize la, lb;
  gboolean any = FALSE;

  while (precis_ner_name_next_word (&ca, &a, &la))
    {
      if (!precis_ner_name_next_word (&cb, &b, &lb))
        return FALSE;
      if (la != lb || memcmp (a, b, la) != 0)
        {
          if (!precis_ner_word_abbreviates (a, la, b, lb))
            return FALSE;
          any = TRUE;
        }
    }
  return any && cb == NULL;
}

/* "timewarner", "time-warner" and "time warner": one name, however its
 * words are joined. */
static gboolean
same_without_spaces (const char *a, const char *b)
{
  while (*a && *b)
    {
      if (*a == ' ' || *a == '-')
        a++;
      else if (*b == ' ' || *b == '-')
        b++;
      else if (*a++ != *b++)
        return FALSE;
    }
  while (*a == ' ' || *a == '-')
    a++;
  while (*b == ' ' || *b == '-')
    b++;
  return *a == '\0' && *b == '\0' && strcmp (a, b) == 0;
}

/* A country or a continent (not a town or a province). */
static gboolean
is_region (const PrecisNerGazetteer *gaz, const char *name)
{
  const PrecisNerGazEntry *entry = precis_ner_gazetteer_find (gaz, name);

  return entry != NULL && (entry->type & (PRECIS_NER_GAZ_COUNTRY | PRECIS_NER_GAZ_CONTINENT)) != 0;
}

/* The words of `part` are a contiguous run of the words of `whole`, fewer.
 * A part that starts the name and is followed by a country or a continent
 * names the parent of a branch ("aol" in "aol europe", "toyota" in
 * "toyota australia"), not the branch; followed by a town it is the
 * club's short name ("ajax" in "ajax amsterdam", "betar" in "betar
 * jerusalem", as the towns the gazetteer lacks: "vitesse arnhem"); a
 * place before the part is the club's own name ("united" in "manchester
 * united"). */
static gboolean
is_word_part (const char *part, const char *whole, const PrecisNerGazetteer *gaz)
{
  gsize lp = strlen (part), lw = strlen (whole);

  if (lw <= lp)
    return FALSE;
  for (const char *p = strstr (whole, part); p; p = strstr (p + 1, part))
    {
      if ((p != whole && p[-1] != ' ') || (p[lp] != '\0' && p[lp] != ' '))
        continue;
      if (p == whole && gaz != NULL && is_region (gaz, p + lp + 1))
        return FALSE;
      return TRUE;
    }
  return FALSE;
}

typedef gboolean (*FitsFunc) (const Group *shorter, const Group *longer,
                              const PrecisNerGazetteer *gaz);

/* Abbreviations of one word are too loose ("Ben" in "Bellion"). */
static gboolean
fits_abbreviation (const Group *g, const Group *f, G_GNUC_UNUSED const PrecisNerGazetteer *gaz)
{
  return (g->n_words == f->n_words && g->n_words > 1 && g->key[0] == f->key[0] &&
          abbreviates_name (g->key, f->key)) ||
         (g->n_words != f->n_words && same_without_spaces (g->key, f->key));
}

/* "Northeim" beside "Polizei Northeim", "Friedberg" beside
 * "Frauenzentrumsverein Friedberg", "DARMSTADT" (a dateline) beside
 * "Technische Hochschule Darmstadt": a place after a body's kind, which
 * ends the longer name, names the body's seat, and alone the town
 * (CoNLL-2003 German dev: 2 of 2). */
static gboolean
is_seat_of_body (const Group *g, const Group *f)
{
  gsize lg = strlen (g->key), lf = strlen (f->key);
  const char *kind;

  if (precis_ner_group_majority_type (g) != PRECIS_NER_TYPE_LOC || lf <= lg + 1 || f->key[lf - lg - 1] != ' ' ||
      strcmp (f->key + lf - lg, g->key) != 0)
    return FALSE;
  /* The word before the place. */
  for (kind = f->key + lf - lg - 1; kind > f->key && kind[-1] != ' '; kind--)
    ;
  return precis_ner_is_body_kind_word (kind, (gsize) (f->key + lf - lg - 1 - kind));
}

/* The part of a one-word name before its first hyphen ("mercedes" of
 * "mercedes-benz"), or NULL.  Only for a name the lexicons list as one
 * organization: the company's short name is that part ("Mercedes" beside
 * "Mercedes-Benz", "Coca" of "Coca-Cola").  A name they do not list is
 * often two bodies joined ("TNK-BP", a venture of BP; "Williams-Mercedes",
 * a team and its engines; the scan of the BBC and CNN/DM dev articles
 * found these two and Mercedes-Benz; CoNLL "UWP-Hachette" beside
 * "Hachette"), and keeps its parts apart. */
static char *
listed_hyphen_head (const Group *f)
{
  const char *hyphen = strchr (f->key, '-');

  if (!f->listed_org || f->n_words != 1 || hyphen == NULL || hyphen == f->key || hyphen[1] == '\0')
    return NULL;
  return g_strndup (f->key, hyphen - f->key);
}

static gboolean
fits_part (const Group *g, const Group *f, const PrecisNerGazetteer *gaz)
{
  g_autofree char *name = g->canonical ? precis_ner_utf8_strdown (g->canonical, -1) : NULL;
  g_autofree char *head = NULL;

  if (f->n_words > g->n_words && !is_seat_of_body (g, f) && is_word_part (name ? name : g->key, f->key, gaz))
    return TRUE;
  head = g->n_words == 1 && name == NULL ? listed_hyphen_head (f) : NULL;
  return head != NULL && strcmp (head, g->key) == 0;
}

/* A place name the tagger reads as an organization ("Madrid" beating
 * someone) may be the short name of the club of the document ("Real
 * Madrid"); read as a place, it stays the place.  So does a town the
 * gazetteer lacks, read as a place after "in", "at", "near" ("beat
 * Groningen 4-1 in Eindhoven" beside "PSV Eindhoven"; CoNLL train: the
 * last word of an organization's name alone after those words, or "from"
 * and "to", is 24 times a place, once an organization). */
static gboolean
may_join (const Group *g, FitsFunc fits)
{
  /* "Wall Street" beside "the Wall Street Journal", "Parliament Square"
   * beside "the Parliament Square Trust": a name whose last noun makes it
   * a place is a whole name, and the longer one another thing named
   * after it. */
  if (precis_ner_key_ends_as_place (g->key))
    return FALSE;
  if (g->canonical == NULL)
    return g->place_evidence == 0 || g->votes[PRECIS_NER_TYPE_LOC] * 2 <= g->mentions->len;
  return fits == fits_part && g->votes[PRECIS_NER_TYPE_ORG] * 2 > g->mentions->len;
}

/* What fits_abbreviation() needs alike in both names: the number of
 * their words and each word's first byte ("man utd", "manchester united":
 * "2:mu"). */
static char *
abbreviation_signature (const char *key)
{
  guint n = *key != '\0';
  char digits[12];
  guint d = 0;
  char *signature, *out;

  /* The words split on single spaces, an empty one (between two spaces,
   * or at an end) counted too and lettered ' ': one pass and one string
   * instead of a split (every group is signed when filed and when looked up). */
  for (const char *p = key; *p; p++)
    n += *p == ' ';
  /* The digits, ':', the first byte and one a space: one allocation
   * (a GString was two, and a third on growing). */
  signature = out = g_malloc (n + sizeof digits + 2);
  do
    digits[d++] = (char) ('0' + n % 10);
  while ((n /= 10) > 0);
  while (d > 0)
    *out++ = digits[--d];
  *out++ = ':';
  if (*key != '\0')
    *out++ = *key;
  for (const char *p = key; *p; p++)
    if (*p == ' ')
      *out++ = p[1] != '\0' ? p[1] : ' ';
  *out = '\0';
  return signature;
}

/* What same_without_spaces() compares. */
static char *
without_spaces (const char *key)
{
  char *out = g_malloc (strlen (key) + 1), *o = out;

  for (const char *p = key; *p; p++)
    if (*p != ' ' && *p != '-')
      *o++ = *p;
  *o = '\0';
  return out;
}

/* The name a group is looked for by in others with fits_part(). */
static char *
part_name (const Group *g)
{
  return g->canonical != NULL ? precis_ner_utf8_strdown (g->canonical, -1) : g_strdup (g->key);
}

/* File each group under what a shorter name that fits it would be: for
 * abbreviations, its signature and its letters without spaces; for parts,
 * every run of its words but the whole (is_word_part()), and a listed
 * hyphenated name's first part (listed_hyphen_head()). */
static PrecisNerGroupIndex *
index_groups (GPtrArray *groups, FitsFunc fits)
{
  PrecisNerGroupIndex *index = precis_ner_group_index_new ();

  for (guint j = 0; j < groups->len; j++)
    {
      const char *key = ((Group *) groups->pdata[j])->key;
      gsize length = strlen (key);
      char *head;

      if (fits == fits_abbreviation)
        {
          precis_ner_group_index_add (index, abbreviation_signature (key), j);
          precis_ner_group_index_add (index, without_spaces (key), j);
          continue;
        }
      head = listed_hyphen_head (groups->pdata[j]);
      if (head != NULL)
        precis_ner_group_index_add (index, head, j);
      for (gsize start = 0; start < length; start++)
        if (start == 0 || key[start - 1] == ' ')
          for (gsize end = start; end <= length; end++)
            if ((end == length || key[end] == ' ') && end > start && end - start < length)
              precis_ner_group_index_add (index, g_strndup (key + start, end - start), j);
    }
  return index;
}

/* The groups `g` may fit, ascending: those filed under what it looks up. */
static GArray *
candidates_of (PrecisNerGroupIndex *index, const Group *g, FitsFunc fits, guint n_groups)
{
  static const GArray none = { NULL, 0 };
  GArray *out = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *first = NULL, *second = NULL;
  const GArray *a, *b = &none;
  guint i = 0, k = 0;

  if (fits == fits_abbreviation)
    {
      /* A one-word name abbreviates no other of one word (fits_abbreviation()
       * wants two or more): its signature, shared by every one-word name
       * with its first letter, would make the pass quadratic in them. */
      first = g->n_words > 1 ? abbreviation_signature (g->key) : NULL;
      second = without_spaces (g->key);
      b = precis_ner_group_index_get (index, second);
    }
  else
    first = part_name (g);
  a = first != NULL ? precis_ner_group_index_get (index, first) : &none;
  if (fits == fits_abbreviation && a->len > MAX_LOOKALIKES)
    a = &none;
  /* No key folds to nothing; if one did, it is compared with every group. */
  if (fits == fits_part && *first == '\0')
    {
      for (guint j = 0; j < n_groups; j++)
        g_array_append_val (out, j);
      return out;
    }
  /* Both are ascending: merge them, once each. */
  while (i < a->len || k < b->len)
    {
      guint x = i < a->len ? g_array_index (a, guint, i) : G_MAXUINT;
      guint y = k < b->len ? g_array_index (b, guint, k) : G_MAXUINT;
      guint next = MIN (x, y);

      i += x == next;
      k += y == next;
      g_array_append_val (out, next);
    }
  return out;
}

/* The keys of the groups read mostly as products or works (MISC): "ds"
 * of "its new DS console". */
static GHashTable *
products_of (GPtrArray *groups)
{
  GHashTable *products = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint j = 0; j < groups->len; j++)
    {
      Group *g = groups->pdata[j];

      if (!g->merged && precis_ner_group_majority_type (g) == PRECIS_NER_TYPE_MISC)
        g_hash_table_add (products, g->key);
    }
  return products;
}

/* "Nintendo" and "Nintendo DS" beside "the DS": a name that opens a longer
 * one whose other words are a product of the document names the maker,
 * and the longer name the product; the maker stays an entity of its own
 * (the product's group is no fact, and would take the maker's mentions
 * with it). */
static gboolean
makes_product (const Group *g, const Group *f, GHashTable *products)
{
  gsize length = strlen (g->key);

  return g_str_has_prefix (f->key, g->key) && f->key[length] == ' ' &&
         g_hash_table_contains (products, f->key + length + 1);
}

/* Whether name `key` ends with a number: "bbc radio 4", a station. */
static gboolean
ends_with_number (const char *key)
{
  const char *last = strrchr (key, ' ');

  if (last == NULL || last[1] == '\0')
    return FALSE;
  for (const char *p = last + 1; *p; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

/* "BBC" beside "BBC One": an organization the lexicons list, opening a
 * longer one they list too, is a body and the longer name one of its
 * parts (a channel, a label, a subsidiary: "Sony Music Entertainment"),
 * two entities; so is a longer one numbered ("BBC Radio 4", a station, as
 * the BBC dev panels list "BBC" and "BBC One" apart); not where the words
 * after it are a place ("Ajax Amsterdam", the club and its town). */
static gboolean
is_listed_part (const Group *g, const Group *f, const PrecisNerGazetteer *gaz)
{
  gsize length = strlen (g->key);

  return g->listed_org && (f->listed_org || ends_with_number (f->key)) && g_str_has_prefix (f->key, g->key) &&
         f->key[length] == ' ' && (gaz == NULL || precis_ner_gazetteer_find (gaz, f->key + length + 1) == NULL);
}

/* The legal forms that end a company's name: without them, the name is
 * still the company's ("Apic Yamada" of "Apic Yamada Corp", CoNLL dev,
 * though the tagger reads a man). */
static const char *const legal_forms[] = {
  "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.", "plc", "llc", "bros", "bros.",
  "spa", "s.p.a.", "sa", "s.a.", "ag", "gmbh", "nv", "n.v.", "bv", "b.v.", "ab", "asa", "oyj", "kk", "bhd",
  "tbk", "holdings", "group", "fc", "f.c.", NULL,
};

/* "Robert Kilroy-Silk" beside "the Robert Kilroy-Silk Party", "David
 * Rubin" beside "David Rubin & Partners": a person read in full is no
 * short name of a thing named after them, whose name ends in a word of
 * the language (words.txt, English only), and keeps their own mentions;
 * not a company's legal form, which the company's short name drops; nor
 * a longer name of more names ("Frida Kahlo de Rivera", her full name,
 * misread as a place). */
static gboolean
named_after (const Group *g, const Group *f, const PrecisNerGazetteer *gaz, FitsFunc fits, gboolean person)
{
  const char *last = strrchr (f->key, ' ');

  return fits == fits_part && person && g->n_words >= 2 && gaz != NULL && last != NULL &&
         !precis_ner_word_in_list (legal_forms, last + 1) && precis_ner_gazetteer_is_english_word (gaz, last + 1);
}

/* Each group that fits exactly one full name of an organization or place
 * joins it. */
static void
join_pass (GPtrArray *groups, const PrecisNerGazetteer *gaz, FitsFunc fits)
{
  g_autoptr (PrecisNerGroupIndex) index = index_groups (groups, fits);
  g_autoptr (GHashTable) products = fits == fits_part ? products_of (groups) : NULL;

  for (guint i = 0; i < groups->len; i++)
    {
      Group *g = groups->pdata[i], *only = NULL, *only_alike = NULL;
      g_autoptr (GArray) candidates = NULL;
      guint n = 0, n_alike = 0, n_places = 0;
      gboolean listed_part = FALSE, persons_part = FALSE, person;
      PrecisNerType type;

      if (g->merged || !may_join (g, fits))
        continue;
      type = precis_ner_group_majority_type (g);
      person = type == PRECIS_NER_TYPE_PER;
      candidates = candidates_of (index, g, fits, groups->len);
      for (guint c = 0; c < candidates->len && n_alike < 2; c++)
        {
          Group *f = groups->pdata[g_array_index (candidates, guint, c)];

          /* "Robert" beside "Robert Kilroy-Silk" and "the Robert
           * Kilroy-Silk Party": a person's name that is part of a
           * person's joins no body's name (join_short_names () looked at
           * the people); nor does a person named in full that a body is
           * named after join any longer name. */
          if (f != g && !f->merged && fits == fits_part && person &&
              (precis_ner_group_is_person (f) || named_after (g, f, gaz, fits, person)) && fits (g, f, gaz))
            persons_part = TRUE;
          if (f == g || f->merged || f->canonical != NULL || precis_ner_group_is_person (f) ||
              (products != NULL && makes_product (g, f, products)))
            continue;
          /* "United Nations" beside "the United Nations Convention": a
           * treaty, an event or a work named after a body the lexicons
           * list is no fact, and would take the body's mentions with it
           * (CoNLL's gold keeps them apart: they differ in type); the body
           * then joins no other name it opens either, as a listed part. */
          if (g->listed_org && type != PRECIS_NER_TYPE_MISC &&
              precis_ner_group_majority_type (f) == PRECIS_NER_TYPE_MISC)
            {
              listed_part = TRUE;
              continue;
            }
          /* Nor does it join another of the body's parts ("BBC Radio
           * Sheffield" beside "BBC One"): it fits both. */
          if (fits == fits_part && is_listed_part (g, f, gaz))
            {
              listed_part = TRUE;
              continue;
            }
          if (fits (g, f, gaz))
            {
              only = f;
              n++;
              if (precis_ner_group_majority_type (f) == type)
                {
                  only_alike = f;
                  n_alike++;
                }
              else
                n_places += precis_ner_group_majority_type (f) == PRECIS_NER_TYPE_LOC;
            }
        }
      /* "Villa manager Unai Emery" beside "Aston Villa" and "Villa Park":
       * a club's or a body's short name that is also part of places' names
       * (its ground, its street) joins the one name of its type (the
       * issue's rule for gold entities: a part of exactly one longer name
       * of its type).  Not between names of other kinds: "MZ" beside the
       * motorcycles "MZ Trans" and "MZ Trans Classic", one read as a
       * company, stays the maker. */
      if (n > 1 && n_alike == 1 && n_alike + n_places == n && type != PRECIS_NER_TYPE_LOC)
        {
          only = only_alike;
          n = 1;
        }
      if (listed_part || persons_part)
        continue;
      /* The full name keeps the spelling with more words: "Time Warner"
       * over "TimeWarner". */
      if (n == 1 && only->n_words >= g->n_words)
        precis_ner_group_merge (only, g);
      else if (n == 1)
        precis_ner_group_merge (g, only);
    }
}

void
precis_ner_join_name_parts (GPtrArray *groups, const PrecisNerGazetteer *gaz)
{
  /* Abbreviations first, so that "City" then finds one club, not both
   * "Man City" and "Manchester City". */
  join_pass (groups, gaz, fits_abbreviation);
  join_pass (groups, gaz, fits_part);
}

static gboolean
is_initial (const char *word, gsize length)
{
  return length == 1 || (length == 2 && word[1] == '.');
}

/* Whether the space-separated `words` hold the word `word` (`length` bytes). */
static gboolean
has_word (const char *words, const char *word, gsize length)
{
  const char *cursor = words, *w;
  gsize l;

  while (precis_ner_name_next_word (&cursor, &w, &l))
    if (l == length && memcmp (w, word, length) == 0)
      return TRUE;
  return FALSE;
}

/* Every initial among the words of `a` before its last is a word of `b`;
 * `shared` counts the other words of `a` before its last that are. */
static gboolean
initials_in (const char *a, const char *a_last, const char *b, guint *shared)
{
  const char *cursor = a, *w;
  gsize l;

  while (precis_ner_name_next_word (&cursor, &w, &l) && w < a_last)
    {
      gboolean in_b = has_word (b, w, l);

      if (is_initial (w, l) && !in_b)
        return FALSE;
      *shared += in_b && !is_initial (w, l);
    }
  return TRUE;
}

/* Same last name, another full word in common, the same initials:
 * "Kaurinui Robert Parata" and "Te Kaurinui Parata", but not "George W.
 * Bush" and "George H. W. Bush", nor "Andy" and "Jason Robinson".  The
 * words are compared in place: every pair of people with one last name
 * is compared. */
static gboolean
same_person (const char *a, const char *b)
{
  const char *la = strrchr (a, ' '), *lb = strrchr (b, ' ');
  guint shared = 0, unused = 0;

  /* Most pairs differ in the last name. */
  if (la == NULL || lb == NULL || strcmp (la, lb) != 0)
    return FALSE;
  return initials_in (a, la, b, &shared) && initials_in (b, lb, a, &unused) && shared > 0;
}

void
precis_ner_join_person_variants (GPtrArray *groups)
{
  g_autoptr (PrecisNerGroupIndex) by_last_name = precis_ner_group_index_new ();

  /* same_person() holds only for names with the same last word. */
  for (guint j = 0; j < groups->len; j++)
    {
      const char *last = strrchr (((Group *) groups->pdata[j])->key, ' ');

      if (last != NULL)
        precis_ner_group_index_add (by_last_name, g_strdup (last), j);
    }
  for (guint i = 0; i < groups->len; i++)
    {
      Group *g = groups->pdata[i], *only = NULL;
      const char *last = strrchr (g->key, ' ');
      const GArray *same_last;
      guint n = 0;

      if (g->merged || !precis_ner_group_is_person (g) || last == NULL)
        continue;
      same_last = precis_ner_group_index_get (by_last_name, last);
      if (same_last->len > MAX_LOOKALIKES)
        continue;
      for (guint c = 0; c < same_last->len && n < 2; c++)
        {
          Group *f = groups->pdata[g_array_index (same_last, guint, c)];

          if (f != g && !f->merged && precis_ner_group_is_person (f) && same_person (g->key, f->key))
            {
              only = f;
              n++;
            }
        }
      /* Into the fuller variant, whose key the given names alone start
       * ("Te Kaurinui Robert" of "Te Kaurinui Robert Parata", not of "Te
       * Kaurinui Parata"): join_short_names() looks for them by it. */
      if (n == 1 && g->n_words > only->n_words)
        precis_ner_group_merge (g, only);
      else if (n == 1)
        precis_ner_group_merge (only, g);
    }
}
