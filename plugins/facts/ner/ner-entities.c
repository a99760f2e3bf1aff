/* ner-entities.c — grouping mentions into entities with a canonical name.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-entities.h"
#include "ner-person-roles.h"
#include "ner-formulas.h"
#include "ner-awards.h"
#include "ner-conditions.h"
#include "ner-business.h"
#include "ner-clubs.h"
#include "ner-kinds.h"
#include "ner-places.h"
#include "ner-roles.h"
#include "ner-results.h"
#include "ner-teams.h"
#include "ner-german-sides.h"
#include "ner-head-bodies.h"
#include "ner-sides.h"
#include "ner-works.h"
#include "ner-openers.h"
#include "ner-group.h"
#include "ner-institutions.h"
#include "ner-papers.h"
#include "ner-word-set.h"
#include "ner-titles.h"
#include "ner-lower-words.h"

#include <string.h>

static void
group_free (Group *g)
{
  g_free (g->key);
  g_array_unref (g->mentions);
  g_free (g);
}

void
precis_ner_entity_free (PrecisNerEntity *entity)
{
  if (entity == NULL)
    return;
  g_free (entity->value);
  g_array_unref (entity->mentions);
  g_free (entity);
}

static char *
surface (const PrecisDocument *doc, const PrecisNerMention *m)
{
  return precis_ner_tokens_text (doc, m->first, m->end);
}

/* The lower case of tokens [first, end) joined by single spaces. */
static char *
fold_surface (const PrecisDocument *doc, guint32 first, guint32 end)
{
  return precis_ner_words_joined (doc, first, end, ' ');
}

/* Latin letters without their accents ("josé" → "jose"), when every
 * letter has an ASCII form: other scripts keep their letters. */
static char *
strip_accents (char *lower)
{
  char *ascii;

  for (const char *p = lower; *p; p++)
    if ((guchar) *p >= 0x80)
      {
        ascii = g_str_to_ascii (lower, "C");
        if (strchr (ascii, '?') == NULL || strchr (lower, '?') != NULL)
          {
            g_free (lower);
            return ascii;
          }
        g_free (ascii);
        break;
      }
  return lower;
}

/* "PSPs", "DVDs", "MPs": an acronym in capitals with a plural "s" (the
 * `len` bytes at `word`). */
static gboolean
is_plural_acronym (const char *word, gsize len)
{
  gsize i;

  if (len < 3 || word[len - 1] != 's')
    return FALSE;
  for (i = 0; i + 1 < len; i++)
    if (!g_ascii_isupper (word[i]) && !(i > 0 && g_ascii_isdigit (word[i])))
      return FALSE;
  return TRUE;
}

/* The bytes before the first white space (" \t\n\r") or the end. */
static gsize
piece_length (const char *p)
{
  gsize n = 0;

  while (p[n] != '\0' && p[n] != ' ' && p[n] != '\t' && p[n] != '\n' && p[n] != '\r')
    n++;
  return n;
}

/* Case-folded, accents dropped, white space collapsed, without a leading
 * article, an acronym's plural "s" dropped: "DONALD  TRUMP" and "Donald
 * Trump", "José Mourinho" and "Jose Mourinho", "The New York Times" (inside
 * a sentence) and "New York Times" (opening one), "PSPs" and "PSP". */
static char *
fold (const char *text)
{
  g_autofree char *lower = strip_accents (precis_ner_utf8_strdown (text, -1));
  GString *out = g_string_sized_new (strlen (lower));
  /* The pieces between white-space bytes, of the lower case and of the
   * text as written side by side (the i-th of each: case mapping keeps
   * the white space); `written` is NULL past the text's last piece. */
  const char *word = lower, *written = text;

  for (;;)
    {
      gsize len = piece_length (word), written_len = written != NULL ? piece_length (written) : 0;
      gboolean last = word[len] == '\0';

      /* A leading "the", unless it is the last piece. */
      if (len > 0 && !(out->len == 0 && !last && len == 3 && memcmp (word, "the", 3) == 0))
        {
          gboolean plural = written != NULL && is_plural_acronym (written, written_len);

          if (out->len)
            g_string_append_c (out, ' ');
          g_string_append_len (out, word, (gssize) (len - plural));
        }
      if (last)
        break;
      word += len + 1;
      if (written != NULL)
        written = written[written_len] != '\0' ? written + written_len + 1 : NULL;
    }
  return g_string_free (out, FALSE);
}

static gboolean
ends_with_words (const char *longer, const char *shorter)
{
  gsize a = strlen (longer), b = strlen (shorter);

  return a > b + 1 && longer[a - b - 1] == ' ' && strcmp (longer + a - b, shorter) == 0;
}

/* The words that end a person's name after it, naming a generation:
 * "Kenneth Morgan Stancil III" is "Stancil" afterwards (CoNLL train and
 * dev: "Ken Griffey Jr", "Curtis Lee White II", "James Scott Brady Jr"). */
static const char *const generations[] = { "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", NULL };

/* The length of `key` without its generation, when two words or more
 * come before it ("Leopold III" is no "Leopold" the third of a family). */
static gsize
without_generation (const char *key)
{
  const char *last = strrchr (key, ' ');

  if (last != NULL && strchr (key, ' ') != last && precis_ner_word_in_list (generations, last + 1))
    return (gsize) (last - key);
  return strlen (key);
}

/* Whether the name `longer` ends with the words of `shorter`, or does but
 * for its generation. */
static gboolean
ends_with_name (const char *longer, const char *shorter)
{
  gsize a = without_generation (longer), b = strlen (shorter);

  return ends_with_words (longer, shorter) ||
         (a > b + 1 && longer[a - b - 1] == ' ' && strncmp (longer + a - b, shorter, b) == 0);
}

static gboolean
starts_with_words (const char *longer, const char *shorter)
{
  gsize b = strlen (shorter);

  return strlen (longer) > b + 1 && longer[b] == ' ' && strncmp (longer, shorter, b) == 0;
}

/* A mention of a candidate full name, by where it starts. */
typedef struct {
  guint32 first;
  guint candidate;
} Named;

static gint
compare_named (gconstpointer a, gconstpointer b)
{
  const Named *x = a, *y = b;

  /* Of two at one token (never seen), the earlier candidate is taken. */
  if (x->first != y->first)
    return x->first < y->first ? -1 : 1;
  return x->candidate > y->candidate ? -1 : x->candidate < y->candidate;
}

/* Whether the words of `part` are a run of the words of the longer `whole`. */
static gboolean
holds_words (const char *whole, const char *part)
{
  gsize lp = strlen (part);

  for (const char *p = strstr (whole, part); p != NULL; p = strstr (p + 1, part))
    if ((p == whole || p[-1] == ' ') && (p[lp] == '\0' || p[lp] == ' ') && strlen (whole) > lp)
      return TRUE;
  return FALSE;
}

/* The most groups named_in_order() looks through for longer names that
 * hold a candidate's: a news article has a few dozen; a register or a
 * hostile text thousands, whose lone surnames keep the candidates' own
 * mentions. */
#define MAX_HOLDING_GROUPS 512

static void
add_named (GArray *named, const Group *f, guint c)
{
  for (guint k = 0; k < f->mentions->len; k++)
    {
      Named n = { g_array_index (f->mentions, PrecisNerMention, k).first, c };

      g_array_append_val (named, n);
    }
}

/* The mentions of the candidates, in the order of the text.  Of two
 * people or more, a longer name that holds one's full name names that
 * one there too: "Stan Freberg", named once alone, and "RIP Stan
 * Freberg", "The Stan Freberg Show" after "his daughter Donna Freberg"
 * lead the lone "Freberg" after them to Stan, not Donna. */
static GArray *
named_in_order (GPtrArray *candidates, GPtrArray *groups)
{
  GArray *named = g_array_new (FALSE, FALSE, sizeof (Named));

  for (guint c = 0; c < candidates->len; c++)
    {
      const Group *f = candidates->pdata[c];

      add_named (named, f, c);
      if (candidates->len < 2 || groups->len > MAX_HOLDING_GROUPS)
        continue;
      for (guint j = 0; j < groups->len; j++)
        {
          const Group *h = groups->pdata[j];

          if (h != f && !h->merged && h->n_words > f->n_words && !g_ptr_array_find (candidates, h, NULL) &&
              holds_words (h->key, f->key))
            add_named (named, h, c);
        }
    }
  g_array_sort (named, compare_named);
  return named;
}

/* The candidate named last before `token`, or else the first named after
 * it.  A binary search: a lone surname of thousands of mentions among
 * thousands of namesakes (a register, a hostile text) compared each
 * mention with every candidate's every mention, cubic. */
static guint
nearest_named (const GArray *named, guint32 token)
{
  guint lo = 0, hi = named->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (named, Named, mid).first <= token)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo > 0)
    return g_array_index (named, Named, lo - 1).candidate;
  while (lo + 1 < named->len && g_array_index (named, Named, lo + 1).first == g_array_index (named, Named, 0).first)
    lo++;
  return g_array_index (named, Named, lo).candidate;
}

static void
join_mention (Group *into, const PrecisNerMention *m)
{
  g_array_append_val (into->mentions, *m);
  into->votes[PRECIS_NER_TYPE_PER]++;
}

/* "Chechnya", read as a place every time, is not the surname of the
 * person "Lebed Chechnya" the tagger found once in a headline: a name
 * only ever read as a place, and named more often than the person, keeps
 * its own entity.  Not in German, whose surnames are built as its towns'
 * names are ("Wohlberg", "Finkelnburg", "Münch"): the German tagger reads
 * them as places, and a name it never saw as a whole person's comes after
 * the person in full (CoNLL-2003 German dev: 8 such surnames, no place). */
static gboolean
more_a_place (const PrecisDocument *doc, const Group *g, const Group *person)
{
  if (precis_ner_reads_as_german (doc))
    return FALSE;
  return g->votes[PRECIS_NER_TYPE_PER] == 0 && g->votes[PRECIS_NER_TYPE_LOC] * 2 > g->mentions->len &&
         g->mentions->len > person->mentions->len;
}

/* "Trump" joins "Donald Trump": the full name of a person that ends in the
 * same words.  When two people share it ("Andy Robinson", "Jason
 * Robinson"), each lone "Robinson" goes to the one named last before it,
 * or else the first named after it.  The tagger's type for a lone surname
 * is the least reliable of its guesses (its 1996 training news knew Trump
 * as a company), so the joined mentions count as the person's. */
/* Adds to `candidates` the person `f` stands for, once: `f` itself, or
 * the fuller variant of the name it was merged into ("Kilroy Silk" into
 * "Robert Kilroy Silk": "Kilroy" starts the one, and is the other's). */
static void
add_candidate (GPtrArray *candidates, const Group *g, Group *f)
{
  while (f->merged && f->into != NULL)
    f = f->into;
  if (f != g && !f->merged && precis_ner_group_is_person (f) && !g_ptr_array_find (candidates, f, NULL))
    g_ptr_array_add (candidates, f);
}

/* "Adam Smith" beside "the Adam Smith Lecture": a person's full name
 * opening a longer one that ends in a word of the language ("lecture",
 * "memorial", "partners") names the person, and the longer name a thing
 * named after them; a given name opens the person's fuller name ("Te
 * Kaurinui" of "Te Kaurinui Parata", whose last word is a name). */
static gboolean
named_after_person (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, const Group *g, const Group *f)
{
  const char *last = strrchr (f->key, ' ');

  return g->n_words >= 2 && gaz != NULL && last != NULL && precis_ner_reads_as_english (doc) &&
         precis_ner_gazetteer_is_english_word (gaz, last + 1);
}

static void
join_short_names (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, GPtrArray *groups)
{
  g_autoptr (GPtrArray) candidates = g_ptr_array_new ();
  /* Each group filed under the words its key ends and starts with
   * (ner-group-index.c): a name looks only at the names it ends or starts. */
  g_autoptr (PrecisNerGroupIndex) by_ending = precis_ner_group_index_new ();
  g_autoptr (PrecisNerGroupIndex) by_start = precis_ner_group_index_new ();

  for (guint j = 0; j < groups->len; j++)
    {
      const char *key = ((Group *) groups->pdata[j])->key;
      gsize length = strlen (key), name = without_generation (key);

      for (gsize k = 0; k < length; k++)
        if (key[k] == ' ')
          {
            precis_ner_group_index_add (by_ending, g_strdup (key + k + 1), j);
            if (k < name)
              precis_ner_group_index_add (by_ending, g_strndup (key + k + 1, name - k - 1), j);
            if (k + 1 < length)
              precis_ner_group_index_add (by_start, g_strndup (key, k), j);
          }
    }
  for (guint i = 0; i < groups->len; i++)
    {
      Group *g = groups->pdata[i];
      const GArray *ending, *starting;
      GArray *named;

      /* A gazetteer place that ends a person's name ("Washington") stays
       * a place. */
      if (g->merged || g->canonical != NULL)
        continue;
      g_ptr_array_set_size (candidates, 0);
      ending = precis_ner_group_index_get (by_ending, g->key);
      for (guint c = 0; c < ending->len; c++)
        {
          Group *f = groups->pdata[g_array_index (ending, guint, c)];

          if (f != g && precis_ner_group_is_person (f) && ends_with_name (f->key, g->key) &&
              !more_a_place (doc, g, f))
            add_candidate (candidates, g, f);
        }
      /* "Anil" after "Anil Ambani", "Te Kaurinui" after "Te Kaurinui
       * Parata": given names, when they start the name of one person only.  The tagger's type for a lone first name
       * is no better than for a surname ("(Cristiano) Ronaldo"). */
      if (candidates->len == 0 && (g->n_words == 1 || precis_ner_group_is_person (g)))
        {
          starting = precis_ner_group_index_get (by_start, g->key);
          for (guint c = 0; c < starting->len; c++)
            {
              Group *f = groups->pdata[g_array_index (starting, guint, c)];

              if (f != g && precis_ner_group_is_person (f) && starts_with_words (f->key, g->key) &&
                  !named_after_person (doc, gaz, g, f))
                add_candidate (candidates, g, f);
            }
          if (candidates->len > 1)
            continue;
        }
      if (candidates->len == 0)
        continue;
      /* Where the full names stand before `g` joins them: a lone mention
       * joined earlier would lead a later one to the person the full name
       * before both leads it to, so it need not be looked at. */
      named = named_in_order (candidates, groups);
      for (guint k = 0; k < g->mentions->len; k++)
        {
          const PrecisNerMention *m = &g_array_index (g->mentions, PrecisNerMention, k);

          join_mention (candidates->pdata[nearest_named (named, m->first)], m);
        }
      g_clear_pointer (&named, g_array_unref);
      g->merged = TRUE;
      /* Joined to one person, the name leads the names it ends or starts
       * there too (add_candidate ()): "Kahlo" after "Frida Kahlo", joined
       * to "Frida Kahlo de Rivera", was a person of its own. */
      if (candidates->len == 1)
        g->into = candidates->pdata[0];
    }
}

/* The initials of a name's capitalized words: "Open Society Institute" →
 * "osi" (keys are case-folded, so "of", "and" are skipped by list).  With
 * `parts`, each part of a hyphenated word gives its own: "Paris
 * Saint-Germain" → "psg". */
static char *
initials (const char *key, gboolean parts)
{
  static const char *const skip[] = { "of", "and", "the", "for", "&", "de", "on", "in", NULL };
  /* A letter of the key at most a byte of it: one allocation. */
  char *out = g_malloc (strlen (key) + 1), *o = out;
  const char *cursor = key, *word;
  gsize len;

  while (precis_ner_name_next_word (&cursor, &word, &len))
    {
      gboolean skipped = FALSE;

      /* Byte by byte, no strlen call a listed word: a mismatch stops at
       * the first byte, and a listed word's NUL meets a byte of `word`. */
      for (guint i = 0; skip[i] != NULL && !skipped; i++)
        {
          gsize k = 0;

          while (k < len && skip[i][k] == word[k])
            k++;
          skipped = k == len && skip[i][len] == '\0';
        }
      if (len == 0 || skipped)
        continue;
      *o++ = word[0];
      for (gsize k = 1; parts && k + 1 < len; k++)
        if (word[k] == '-' && g_ascii_isalpha (word[k + 1]))
          *o++ = word[k + 1];
    }
  *o = '\0';
  return out;
}

/* Whether group `f`, of two words or more, may be what acronym `g` spells:
 * an organization of the article, or a name read as a place that no
 * gazetteer knows ("PSG" for "Paris Saint-Germain", whose first word is a
 * town's) when the acronym is read as an organization at least as often,
 * so that the joined name is one.  Not a dateline's place ("UNITED
 * NATIONS 1996-08-22"). */
static gboolean
may_spell_out (const Group *f, const Group *g)
{
  if (f->votes[PRECIS_NER_TYPE_ORG] * 2 >= f->mentions->len)
    return TRUE;
  return precis_ner_group_majority_type (f) == PRECIS_NER_TYPE_LOC && f->place_lines == 0 &&
         precis_ner_group_majority_type (g) == PRECIS_NER_TYPE_ORG &&
         f->votes[PRECIS_NER_TYPE_LOC] <= g->votes[PRECIS_NER_TYPE_ORG];
}

/* "OSI" joins "Open Society Institute" when the acronym's letters are the
 * initials of one organization of the article, and of only one. */
static void
join_acronyms (const PrecisDocument *doc, GPtrArray *groups)
{
  /* Each name of two words or more filed under its initials. */
  g_autoptr (PrecisNerGroupIndex) by_initials = precis_ner_group_index_new ();

  for (guint j = 0; j < groups->len; j++)
    if (((Group *) groups->pdata[j])->n_words >= 2)
      {
        char *whole = initials (((Group *) groups->pdata[j])->key, FALSE);
        char *parts = initials (((Group *) groups->pdata[j])->key, TRUE);

        if (strcmp (whole, parts) != 0)
          precis_ner_group_index_add (by_initials, parts, j);
        else
          g_free (parts);
        precis_ner_group_index_add (by_initials, whole, j);
      }
  for (guint i = 0; i < groups->len; i++)
    {
      Group *g = groups->pdata[i], *best = NULL;
      const PrecisNerMention *m = &g_array_index (g->mentions, PrecisNerMention, 0);
      const GArray *spelled;
      g_autofree char *acronym = NULL;
      char *letter;

      if (g->merged || g->canonical != NULL || g->n_words != 1 ||
          doc->tokens[m->first].shape != PRECIS_SHAPE_UPPER)
        continue;
      acronym = letter = g_malloc (strlen (g->key) + 1);
      for (const char *p = g->key; *p; p++)
        if (g_ascii_isalpha (*p))
          *letter++ = *p;
      *letter = '\0';
      if (strlen (acronym) < 2)
        continue;
      spelled = precis_ner_group_index_get (by_initials, acronym);
      for (guint c = 0; c < spelled->len; c++)
        {
          Group *f = groups->pdata[g_array_index (spelled, guint, c)];

          if (f == g || f->merged || f->n_words < 2 || f->canonical != NULL || !may_spell_out (f, g))
            continue;
          if (best != NULL)
            {
              best = NULL;
              break;
            }
          best = f;
        }
      if (best)
        precis_ner_group_merge (best, g);
    }
}

static void
add_form (GHashTable *forms, const PrecisDocument *doc, guint32 token, Group *g)
{
  const PrecisToken *t = &doc->tokens[token];
  char *form;
  Group *other;

  if (t->shape != PRECIS_SHAPE_CAPITALIZED && t->shape != PRECIS_SHAPE_UPPER)
    return;
  form = g_strndup (doc->text + t->byte_start, t->byte_end - t->byte_start);
  other = g_hash_table_lookup (forms, form);
  /* A word that names two entities ("Washington" the place and George
   * Washington) is ambiguous: never propagated. */
  g_hash_table_replace (forms, form, other == NULL || other == g ? g : (gpointer) forms);
}

static gboolean is_nation (const PrecisNerGazEntry *entry, const char *key);

/* Whether the words of `m` are a country's name in the gazetteer, as
 * written or, in a copy that lost its umlauts, as that copy writes it
 * ("gegen Dnemark": the national side, a place as CoNLL types it, which
 * precis_ner_gazetteer_find() does not know so). */
static gboolean
is_country_phrase (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, const PrecisNerMention *m)
{
  guint32 h = PRECIS_NER_FNV_SEED;

  if (m->end - m->first == 1 && precis_ner_is_home_nation (doc->tokens[m->first].lower))
    return TRUE;
  if (gaz == NULL)
    return FALSE;
  for (guint32 i = m->first; i < m->end; i++)
    {
      const char *lower = doc->tokens[i].lower;

      h = precis_ner_gazetteer_phrase_extend (h, precis_ner_gazetteer_token_hash (lower, strlen (lower)));
    }
  return (precis_ner_gazetteer_lookup_hash (gaz, h) & PRECIS_NER_GAZ_COUNTRY) != 0;
}

/* Whether `m`, in a sports report, stands where a side does: English's
 * words of a side (ner-sides.c), German's (ner-german-sides.c), where a
 * person read is left to the tagger (German sport names no club after a
 * person), and a nation's side stays the nation. */
static gboolean
is_report_side (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, const PrecisNerMention *m, gboolean person)
{
  if (precis_ner_reads_as_german (doc))
    return !person && !is_country_phrase (doc, gaz, m) && precis_ner_is_german_report_side (doc, m);
  return precis_ner_is_report_side (doc, m, person);
}

/* A repetition `m` of group `g` in a sports report that stands where a
 * side does ("Keegan sympathised with Norwich boss Nigel Worthington",
 * the tagger's "Norwich" read nowhere but there): the votes a tagged
 * mention would have had.  A nation's side stays the nation. */
static void
vote_repeated_side (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, Group *g, const PrecisNerMention *m)
{
  const PrecisNerGazEntry *entry = g->canonical != NULL && gaz != NULL ? precis_ner_gazetteer_find (gaz, g->canonical) : NULL;

  if (m->type == PRECIS_NER_TYPE_MISC || is_nation (entry, g->key) ||
      !is_report_side (doc, gaz, m, m->type == PRECIS_NER_TYPE_PER))
    return;
  g->votes[PRECIS_NER_TYPE_ORG] += m->type == PRECIS_NER_TYPE_ORG ? 2 : 3;
  g->side_evidence++;
}

/* The tagger misses some repetitions of a name it found elsewhere
 * ("Starmer reaffirmed" after "Keir Starmer"): every untagged occurrence of
 * a one-word form of an entity, or of a person's last name, is a mention;
 * in a sports report (`sports`), one where a side stands votes as a side. */
static void
add_repetitions (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, PrecisNerLowerWords *lower_words,
                 GPtrArray *groups, gboolean sports)
{
  /* German writes every noun capitalized, and an adjective too when it
   * stands for one ("ins Grüne", "das Neue"): a capitalized word the
   * language writes in lower case is no repetition of a body's or a
   * place's name ("die Grünen") unless the tagger or a rule read it so.
   * A person's name stays: "Klein" after "Hans Klein". */
  gboolean capitalized_nouns = precis_ner_reads_as_german (doc);

  g_autofree gboolean *covered = g_new0 (gboolean, MAX (doc->n_tokens, 1));
  g_autoptr (GHashTable) forms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < groups->len; i++)
    {
      Group *g = groups->pdata[i];

      for (guint k = 0; k < g->mentions->len; k++)
        {
          const PrecisNerMention *m = &g_array_index (g->mentions, PrecisNerMention, k);
          guint32 short_name;

          for (guint32 t = m->first; t < m->end; t++)
            covered[t] = TRUE;
          if (g->merged)
            continue;
          if (m->end - m->first == 1)
            add_form (forms, doc, m->first, g);
          else if (g->votes[PRECIS_NER_TYPE_PER] > 0 && precis_ner_group_majority_type (g) == PRECIS_NER_TYPE_PER)
            add_form (forms, doc, m->end - 1, g);
          /* "die Bayern" after "FC Bayern München": German sport's short
           * name of a club (ner-clubs.h). */
          else if (capitalized_nouns && precis_ner_group_majority_type (g) == PRECIS_NER_TYPE_ORG &&
                   (short_name = precis_ner_club_short_name (doc, gaz, lower_words, m->first, m->end)) != G_MAXUINT32)
            add_form (forms, doc, short_name, g);
        }
    }
  if (g_hash_table_size (forms) == 0)
    return;
  for (guint32 t = 0; t < doc->n_tokens; t++)
    {
      const PrecisToken *token = &doc->tokens[t];
      gsize len = token->byte_end - token->byte_start;
      char short_form[64];
      Group *g;

      if (covered[t] || (token->shape != PRECIS_SHAPE_CAPITALIZED && token->shape != PRECIS_SHAPE_UPPER) ||
          !precis_ner_sentence_has_facts (doc, token->sentence))
        continue;
      /* The key as a string, copied to the heap only when long. */
      if (len < sizeof short_form)
        {
          memcpy (short_form, doc->text + token->byte_start, len);
          short_form[len] = '\0';
          g = g_hash_table_lookup (forms, short_form);
        }
      else
        {
          /* Here, not at every token: a g_free (NULL) a token otherwise. */
          g_autofree char *long_form = g_strndup (doc->text + token->byte_start, len);

          g = g_hash_table_lookup (forms, long_form);
        }
      if (g != NULL && g != (gpointer) forms && capitalized_nouns &&
          precis_ner_group_majority_type (g) != PRECIS_NER_TYPE_PER &&
          precis_ner_lower_words_in_language (lower_words, doc->text + token->byte_start, len))
        continue;
      if (g != NULL && g != (gpointer) forms)
        {
          PrecisNerMention m = { t, t + 1, precis_ner_group_majority_type (g), token->sentence };
          g_array_append_val (g->mentions, m);
          if (sports)
            vote_repeated_side (doc, gaz, g, &m);
        }
    }
}

/* A capitalized common word ("Advertisement", "However"): one capitalized
 * token that the document also writes in lower case, or a stop word.
 * Acronyms ("US" beside "us") and gazetteer places are names. */
static gboolean
is_common_word (const PrecisDocument *doc, PrecisNerLowerWords *lower_words, const Group *g)
{
  guint after_word = 0;

  if (g->canonical != NULL)
    return FALSE;
  for (guint i = 0; i < g->mentions->len; i++)
    {
      const PrecisNerMention *m = &g_array_index (g->mentions, PrecisNerMention, i);
      const PrecisToken *t = &doc->tokens[m->first];

      if (m->end - m->first != 1 || t->shape != PRECIS_SHAPE_CAPITALIZED)
        return FALSE;
      /* "densidad telefónica" beside "datos difundidos hoy por Telefónica":
       * written in capitals after a word twice, it is a name (in languages
       * that capitalize names only). */
      if (m->first > 0 && (doc->tokens[m->first - 1].flags & PRECIS_TOKEN_WORD) &&
          doc->tokens[m->first - 1].sentence == t->sentence && precis_ner_capitalizes_names_only (doc) && ++after_word >= 2)
        return FALSE;
      if (t->flags & PRECIS_TOKEN_STOPWORD)
        continue;
      if (!precis_ner_lower_words_contains (lower_words, t->lower))
        return FALSE;
    }
  return TRUE;
}

/* Marks that end a heading or an interjection of one word.  Not a
 * colon, after which a dateline or a scoreboard goes on ("Hove : Sussex
 * 363"). */
static const char *const heading_ends[] = { ".", "!", "?", NULL };

/* Whether mention `m`, one capitalized word, opens its sentence (or
 * line) and stands alone there: a heading or a list's item ("Spoon",
 * "References", "Step 1"), an interjection ("Nope."), an adverb before its clause
 * ("Personally, I preferred"; not a list of names: "Given, Breen,
 * Staunton"). */
static gboolean
opens_line_alone (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];
  guint32 end = s->first_token + s->n_tokens;

  if (m->end - m->first != 1 || doc->tokens[m->first].shape != PRECIS_SHAPE_CAPITALIZED ||
      !precis_ner_opens_sentence (doc, s, m->first))
    return FALSE;
  /* "Step 1", "Chapter 3": a heading's word and its number, alone. */
  if (m->end == end || precis_ner_token_in_list (doc, m->end, heading_ends) ||
      (m->end + 1 == end && doc->tokens[m->end].shape == PRECIS_SHAPE_NUMBER))
    return TRUE;
  return m->end + 1 < end && precis_ner_token_is (doc, m->end, ",") &&
         (doc->tokens[m->end + 1].shape == PRECIS_SHAPE_LOWER || precis_ner_token_is (doc, m->end + 1, "I"));
}

/* A web page's heading, list item or interjection, one English word
 * ("Spoon", "Ruler" of a list of tools, "Salvage" of a list of films,
 * "Personally," opening a review): each mention of the name opens its
 * line alone or before a mark, and its word is one wbritish writes in
 * lower case only (words.txt); no lexicon knows it.  CoNLL-2003 English
 * train and dev (gold): 1,159 such words so written are no name, 14 are
 * (clubs of results tables: "Surrey", "Rovers"), so not in a sports
 * report. */
static gboolean
is_heading_word (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, const Group *g, gboolean sports)
{
  const PrecisNerMention *first;
  g_autofree char *text = NULL;

  if (sports || gaz == NULL || g->canonical != NULL || !precis_ner_reads_as_english (doc))
    return FALSE;
  for (guint i = 0; i < g->mentions->len; i++)
    if (!opens_line_alone (doc, &g_array_index (g->mentions, PrecisNerMention, i)))
      return FALSE;
  first = &g_array_index (g->mentions, PrecisNerMention, 0);
  if (!precis_ner_gazetteer_is_english_word (gaz, doc->tokens[first->first].lower))
    return FALSE;
  text = precis_ner_tokens_text (doc, first->first, first->end);
  return !precis_ner_gazetteer_knows (gaz, text);
}

/* The title of a work (ner-works.c) more often than anything else: no fact. */
static gboolean
is_work_title (const Group *g)
{
  guint misc = g->votes[PRECIS_NER_TYPE_MISC] + g->work_votes;

  return misc > 0 && misc > g->votes[PRECIS_NER_TYPE_PER] + g->votes[PRECIS_NER_TYPE_ORG] +
                                g->votes[PRECIS_NER_TYPE_LOC];
}

/* A capital letter, with or without its full stop, then one capitalized
 * word.  "A", "I" and "O" alone are words (an article, a pronoun,
 * Portuguese "O"). */
static gboolean
is_initial_and_name (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisToken *initial = &doc->tokens[m->first];
  const char *text = doc->text + initial->byte_start;
  guint32 name = m->first + 1;
  gsize len = initial->byte_end - initial->byte_start;

  if (len == 2 && text[1] == '.' && name < m->end && m->end - m->first == 2)
    ; /* "M." */
  else if (len == 1 && m->end - m->first == 2 && !strchr ("AIO", text[0]))
    ; /* "S" */
  else
    return FALSE;
  return g_ascii_isupper (text[0]) && doc->tokens[name].shape == PRECIS_SHAPE_CAPITALIZED;
}

/* Words that end the name of a company, club or body, and never a
 * person's or a place's: "Warner Bros", "Pirelli SpA", "Apic Yamada Corp";
 * and a newspaper's ("The Hollywood Reporter", "Salt Lake Tribune",
 * "Washington Examiner", which the tagger read as a place or a person:
 * CoNLL train and dev name no person or place so, but "Post" and
 * "Courier" end people's names, "Tomas Post", "Jim Courier"). */
static const char *const org_designators[] = {
  "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.", "plc", "llc",
  "bros", "bros.", "spa", "s.p.a.", "sa", "s.a.", "ag", "gmbh", "nv", "n.v.", "bv", "b.v.",
  "ab", "asa", "oyj", "kk", "bhd", "tbk", "holdings", "group", "fc", "f.c.",
  "reporter", "examiner", "herald", "gazette", "tribune", "chronicle", "inquirer", "enquirer",
  "sentinel", "mail", "times", "telegraph", "journal", NULL,
};

/* Whether the last word of `key`, a name of two words or more, is one of
 * `list`. */
static gboolean
last_word_in (PrecisNerWordSet *set, const char *const *list, const char *key)
{
  const char *last = strrchr (key, ' ');

  return last != NULL && precis_ner_word_set_contains (set, list, last + 1);
}

static gboolean
has_org_designator (const char *key)
{
  static PrecisNerWordSet set;

  return last_word_in (&set, org_designators, key);
}

/* Nouns that end names of bodies and places and never a person's (none
 * ends or is part of a person's name in CoNLL train): "Exeter City",
 * "Jet Airways", "Scottish Parliament", "Computeractive Magazine",
 * "Virgin Trains". */
static const char *const body_or_place_heads[] = {
  "city", "united", "rovers", "town", "county", "athletic", "wanderers", "albion", "party",
  "council", "ministry", "department", "court", "centre", "center", "street", "road", "club",
  "bank", "university", "college", "school", "airport", "station", "stadium", "association",
  "union", "commission", "committee", "agency", "authority", "company", "corporation",
  "institute", "foundation", "society", "museum", "records", "airways", "airlines", "office",
  "government", "parliament", "assembly", "army", "police", "magazine", "news", "radio",
  "television", "tv", "channel", "times", "herald", "journal", "daily", "weekly", "telegraph",
  "pictures", "studios", "films", "music", "software", "systems", "networks", "communications",
  "motors", "trains", "stores", "megastores", "wines", "foods", "limited", "laboratories", "labs",
  "broadcasting", "cement", "pharmaceuticals", "petroleum", "industries", "enterprises",
  "technologies", "electronics", "securities", "investments", "finance", "partners", "brothers",
  "mining", "telecom", "insurance",
  /* Since: "John Peter Smith Hospital", "Food Network" and "Wilson Security" were people
   * (CoNLL train and dev: 1 person's name ends so, a Spanish surname, against 21 places and 22
   * bodies) */
  "hospital", "clinic", "network", "trust", "service", "services", "security", "prison",
  "federation", "academy", NULL,
};

/* Of those, the nouns that end no place's name in CoNLL train and dev
 * (237 bodies; "bank", "union" and "federation" end places too: "West
 * Bank", "Soviet Union", "Russian Federation"): a body whatever the
 * tagger read of the place it opens with ("West Midlands Police"). */
static const char *const body_only_heads[] = {
  "agency", "army", "assembly", "association", "authority", "club", "commission", "committee",
  "council", "department", "ministry", "office", "party", "police", NULL,
};

static gboolean
names_body_only (const char *key)
{
  static PrecisNerWordSet set;

  return last_word_in (&set, body_only_heads, key);
}

/* The kinds of a court of law, before "Court": "High Court", "Leicester
 * Crown Court", "Manchester Magistrates' Court".  Such a court is a body
 * (CoNLL-2003 train: a name ending in "Court" 15 times an organization,
 * 3 a place, tennis's), though "court" also ends places ("Hampton Court",
 * "Earls Court"), so the tagger's place reading had its way. */
static const char *const court_kinds[] = {
  "high", "supreme", "crown", "district", "magistrates", "magistrates'", "county", "federal", "superior",
  "circuit", "criminal", "family", "youth", "appeals", "sheriff", "coroner's", "coroners", "constitutional",
  "administrative", NULL,
};

static gboolean
names_law_court (const char *key)
{
  static PrecisNerWordSet set;
  const char *last = strrchr (key, ' ');
  const char *before;
  g_autofree char *kind = NULL;

  if (last == NULL || strcmp (last + 1, "court") != 0)
    return FALSE;
  for (before = last; before > key && before[-1] != ' '; before--)
    ;
  kind = g_strndup (before, last - before);
  return precis_ner_word_set_contains (&set, court_kinds, kind);
}

/* Nouns that open names of bodies before "of" or "for": "Institute for
 * Human Gene Therapy", "Banco de Santander", "University of Pennsylvania"
 * (CoNLL train: 34 organizations, 7 MISC, one place). */
static const char *const body_openers[] = {
  "institute", "university", "bank", "banco", "banca", "caja", "college", "council", "ministry",
  "department", "museum", "society", "association", "federation", "commission", "committee",
  "office", "bureau", "agency", "academy", "church", NULL,
};

/* Whether the space-separated word at `word` (ending at a space) is one
 * of `list`. */
static gboolean
word_is_one_of (const char *const *list, const char *word, gsize len)
{
  for (guint i = 0; list[i]; i++)
    if (strlen (list[i]) == len && strncmp (list[i], word, len) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
opens_as_body (const char *key)
{
  static const char *const links[] = { "of", "for", "de", "del", "di", "des", "du", "da", NULL };
  const char *second = strchr (key, ' '), *third;

  if (second == NULL || (third = strchr (second + 1, ' ')) == NULL)
    return FALSE;
  return word_is_one_of (body_openers, key, (gsize) (second - key)) &&
         word_is_one_of (links, second + 1, (gsize) (third - second - 1));
}

static gboolean
names_body_or_place (const char *key)
{
  static PrecisNerWordSet set;

  return last_word_in (&set, body_or_place_heads, key) || opens_as_body (key);
}

gboolean
precis_ner_ends_as_body_or_place (const char *key)
{
  return names_body_or_place (key) || has_org_designator (key);
}

/* Nouns that open names of places: "Lake Maracaibo", "Mount Kenya",
 * "Cape Town", "Fort Worth", "Place Beauvau" (CoNLL train: 14 places of 14
 * names of two words or more opened by them; "Port" opens clubs, "Port
 * Vale", and "Gulf" wars, so neither is here). */
static gboolean
opens_as_place (const char *key)
{
  static const char *const openers[] = { "lake", "mount", "mt", "cape", "fort", "place", NULL };
  const char *second = strchr (key, ' ');

  return second != NULL && word_is_one_of (openers, key, (gsize) (second - key));
}

/* Whether the tagger read a person in a mention of two words or more.
 * Not one that opens with the noun of its kind ("Club Brugge" read as a
 * man): its own words are the evidence against the tagger (ner-kinds.c). */
static gboolean
named_as_person_in_full (const PrecisDocument *doc, const Group *g)
{
  for (guint i = 0; i < g->mentions->len; i++)
    {
      const PrecisNerMention *m = &g_array_index (g->mentions, PrecisNerMention, i);

      if (m->type == PRECIS_NER_TYPE_PER && m->end - m->first >= 2 &&
          !(precis_ner_capitalizes_names_only (doc) && precis_ner_opens_with_kind_noun (doc, m)))
        return TRUE;
    }
  return FALSE;
}

/* Words the article writes in lower case after a determiner, as common
 * nouns: "care" of "at a care home". */
static void
common_nouns_init (PrecisNerStringSet *set, const PrecisDocument *doc)
{
  static const char *const determiners[] = {
    "a", "an", "the", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these",
    "those", "no", "any", "every", "each", "some", NULL,
  };
  static PrecisNerWordSet determiner_set;

  /* Sized for a word in eight (~70 of the sample article's 900 tokens; it
   * grows when more come): a table for every token was 8 KB to clear. */
  precis_ner_string_set_init (set, doc->n_tokens / 8);
  for (guint32 i = 1; i < doc->n_tokens; i++)
    if (doc->tokens[i].shape == PRECIS_SHAPE_LOWER && doc->tokens[i - 1].sentence == doc->tokens[i].sentence &&
        precis_ner_word_set_contains (&determiner_set, determiners, doc->tokens[i - 1].lower))
      precis_ner_string_set_add (set, doc->tokens[i].lower);
}

/* "The home's owner, Silverline Care, said" beside "at a care home": a
 * name of two words or more whose last word the article also uses as a
 * common noun is no person's (CoNLL train: of such names, 1 is a person,
 * "Ulysses Grant" beside "a grant", 70 organizations, 9 places, 20 other
 * names; of all people's names of two words or more, 1 in 4,162).  A
 * noun after a determiner only: "Edward Said" is a person beside "he
 * said". */
static gboolean
ends_in_common_noun (const PrecisNerStringSet *common_nouns, const Group *g)
{
  const char *last = strrchr (g->key, ' ');

  return g->canonical == NULL && last != NULL && precis_ner_string_set_contains (common_nouns, last + 1);
}

/* The kind of the name's mentions but those of lines that make them the
 * place (split_places gives those their own fact when the kind is
 * another): a place when there are only such. */
static PrecisFactKind
kind_of (const PrecisDocument *doc, const Group *g, const PrecisNerStringSet *common_nouns)
{
  guint per = g->votes[PRECIS_NER_TYPE_PER], org = g->votes[PRECIS_NER_TYPE_ORG];
  guint loc = g->votes[PRECIS_NER_TYPE_LOC] - g->place_lines;

  if (g->place_lines == g->mentions->len)
    return PRECIS_FACT_PLACE;

  if (g->canonical == NULL && has_org_designator (g->key))
    return PRECIS_FACT_ORGANIZATION;
  /* "Wipro, India's third-biggest software firm", then "Wipro said" four
   * times: what the article says it is outweighs the tagger's reading of
   * a one-word name it never saw, unless the article also names a person
   * in full by it. */
  if (g->canonical == NULL && g->org_evidence > 0 && !named_as_person_in_full (doc, g))
    return PRECIS_FACT_ORGANIZATION;
  /* "Exeter City", whose short name "Exeter" the tagger read as a
   * player's: no person, whatever the votes of its parts. */
  if (g->canonical == NULL && names_body_or_place (g->key))
    return loc > org && !names_body_only (g->key) && !names_law_court (g->key) ? PRECIS_FACT_PLACE
                                                                                 : PRECIS_FACT_ORGANIZATION;
  /* "Lake Maracaibo", read as a person's name: no person, no body. */
  if (g->canonical == NULL && (opens_as_place (g->key) || precis_ner_key_ends_as_place (g->key)))
    return PRECIS_FACT_PLACE;
  /* Ties go to the gazetteer's word for places, then person before
   * organization before place. */
  if (g->canonical != NULL && loc >= per && loc >= org)
    return PRECIS_FACT_PLACE;
  if (per >= org && per >= loc && !ends_in_common_noun (common_nouns, g))
    return PRECIS_FACT_PERSON;
  if (org >= loc)
    return PRECIS_FACT_ORGANIZATION;
  return PRECIS_FACT_PLACE;
}

static gboolean
same_surface (const PrecisDocument *doc, const PrecisNerMention *a, const PrecisNerMention *b)
{
  guint32 start_a = doc->tokens[a->first].byte_start, end_a = doc->tokens[a->end - 1].byte_end;
  guint32 start_b = doc->tokens[b->first].byte_start, end_b = doc->tokens[b->end - 1].byte_end;

  return end_a - start_a == end_b - start_b && memcmp (doc->text + start_a, doc->text + start_b, end_a - start_a) == 0;
}

/* Groups of up to this many mentions count their forms pair by pair; a
 * larger group counts them once in a table (`counts`). */
#define FEW_MENTIONS 16

/* The words of mention `m` but an article opening it: "The TSA" is no
 * longer a name than "TSA", which the article writes fourteen times; it
 * wins a tie ("The New York Times" beside a sentence's "New York Times"). */
static guint
name_words (const PrecisDocument *doc, const PrecisNerMention *m)
{
  guint words = m->end - m->first;

  return words > 1 && strcmp (doc->tokens[m->first].lower, "the") == 0 ? words - 1 : words;
}

/* How many mentions of `g` are written as `m` is. */
static guint
form_count (const PrecisDocument *doc, const Group *g, GHashTable *counts, const PrecisNerMention *m)
{
  guint n = 0;

  if (counts != NULL)
    {
      g_autofree char *s = surface (doc, m);

      return GPOINTER_TO_UINT (g_hash_table_lookup (counts, s));
    }
  for (guint j = 0; j < g->mentions->len; j++)
    n += same_surface (doc, m, &g_array_index (g->mentions, PrecisNerMention, j));
  return n;
}

/* The name with most words (name_words), then the most frequent form, then
 * the one written with its article ("The New York Times" opening a
 * sentence loses it, ner-mentions.c), then the first. */
static char *
value_of (const PrecisDocument *doc, const Group *g)
{
  g_autoptr (GHashTable) counts = NULL;
  const PrecisNerMention *best = NULL;
  guint best_words = 0, best_count = 0;

  if (g->canonical != NULL)
    return g_strdup (g->canonical);
  if (g->mentions->len > FEW_MENTIONS)
    {
      counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < g->mentions->len; i++)
        {
          char *s = surface (doc, &g_array_index (g->mentions, PrecisNerMention, i));
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, s)) + 1;

          g_hash_table_replace (counts, s, GUINT_TO_POINTER (n));
        }
    }
  for (guint i = 0; i < g->mentions->len; i++)
    {
      const PrecisNerMention *m = &g_array_index (g->mentions, PrecisNerMention, i);
      guint words = name_words (doc, m), n;

      /* A shorter name never wins: skip counting its form. */
      if (best != NULL && words < best_words)
        continue;
      n = form_count (doc, g, counts, m);
      if (best == NULL || words > best_words || n > best_count ||
          (n == best_count && m->end - m->first > best->end - best->first))
        {
          best = m;
          best_words = words;
          best_count = n;
        }
    }
  return best != NULL ? surface (doc, best) : NULL;
}

/* Whether English mention `m` is a county's name in prose ("in Tarrant
 * County", "Tarrant County prosecutors", or after its town and a comma:
 * "in Golconda, Humboldt County"): outside a sports report the county
 * itself, though CoNLL's 1996 results tables named only clubs so ("Ross
 * County 2 Clyde 1", 10 of 10 in train and dev, none after a comma) and
 * the tagger reads a body. */
static gboolean
names_county (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisToken *last = &doc->tokens[m->end - 1];
  gboolean word_before = m->first > 0 && doc->tokens[m->first - 1].sentence == m->sentence &&
                         (doc->tokens[m->first - 1].shape == PRECIS_SHAPE_LOWER ||
                          precis_ner_token_is (doc, m->first - 1, ","));
  gboolean word_after = m->end < doc->n_tokens && doc->tokens[m->end].sentence == m->sentence &&
                        doc->tokens[m->end].shape == PRECIS_SHAPE_LOWER;

  return m->end - m->first >= 2 && last->shape == PRECIS_SHAPE_CAPITALIZED &&
         strcmp (last->lower, "county") == 0 && (word_before || word_after) &&
         precis_ner_reads_as_english (doc);
}

/* The nouns that end the name of a building or an estate and a few
 * surnames too ("Colditz Castle", "Anmer Hall", "Warrington's Parr Hall",
 * "Griffin Park"; "Jerry Hall", "Barbara Castle", "Nick Park"). */
static const char *const building_tails[] = {
  "hall", "castle", "palace", "abbey", "manor", "priory", "cathedral", "park", NULL,
};

/* Whether the person `m` names a building or an estate in English: two
 * capitalized words, the first no given name, the second a building's
 * noun that no mention of the document names alone (a person's surname
 * does: "Dougie Hall ... Hall scored"). */
static gboolean
names_building (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, const GArray *mentions,
                const PrecisNerMention *m)
{
  const PrecisToken *last = &doc->tokens[m->end - 1];

  if (m->type != PRECIS_NER_TYPE_PER || gaz == NULL || m->end - m->first != 2 ||
      doc->tokens[m->first].shape != PRECIS_SHAPE_CAPITALIZED || last->shape != PRECIS_SHAPE_CAPITALIZED ||
      !precis_ner_word_in_list (building_tails, last->lower) ||
      precis_ner_gazetteer_is_given_name (gaz, doc->tokens[m->first].lower) || !precis_ner_reads_as_english (doc))
    return FALSE;
  for (guint i = 0; i < mentions->len; i++)
    {
      const PrecisNerMention *o = &g_array_index (mentions, PrecisNerMention, i);

      if (o->end - o->first == 1 && strcmp (doc->tokens[o->first].lower, last->lower) == 0)
        return FALSE;
    }
  return TRUE;
}

/* Whether mention `m` is one word of three capitals at most in a sentence
 * with words in lower case: an acronym ("The GAO report"), which is the
 * gazetteer's place only as written ("US"), not as a headline in capitals
 * writes every place ("PERU") or a heading run into the text does
 * ("LEICESTER V LONDON WELSH (SATURDAY: Welford Road"). */
static gboolean
is_acronym_in_prose (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisToken *word = &doc->tokens[m->first];

  return m->end - m->first == 1 && word->shape == PRECIS_SHAPE_UPPER && word->byte_end - word->byte_start <= 3 &&
         precis_ner_sentence_has_lower (doc, &doc->sentences[m->sentence]);
}

/* The mentions of `g` whose lines make them the place itself (a
 * dateline, a schedule's home side, "In Baltimore ,": ner-places.c; a
 * town and its region, "in Harlow, Essex": ner-town-regions.c) when
 * the article makes the name a club's or a company's ("LONDON 1996-08-25"
 * over the results of London's rugby team): the place is a fact of its
 * own.  Moves them out of `g` and returns their entity, or returns NULL;
 * `g` is left empty when all its mentions were such. */
static PrecisNerEntity *
split_places (const PrecisDocument *doc, Group *g, PrecisFactKind kind)
{
  PrecisNerEntity *e;
  Group place = *g;
  guint kept = 0;

  if (kind == PRECIS_FACT_PLACE)
    return NULL;
  place.mentions = g_array_new (FALSE, FALSE, sizeof (PrecisNerMention));
  for (guint i = 0; i < g->mentions->len; i++)
    {
      const PrecisNerMention *m = &g_array_index (g->mentions, PrecisNerMention, i);

      if (m->place_named || precis_ner_is_place_context (doc, m) ||
          precis_ner_follows_german_place_preposition (doc, m))
        g_array_append_val (place.mentions, *m);
      else
        g_array_index (g->mentions, PrecisNerMention, kept++) = *m;
    }
  if (place.mentions->len == 0)
    {
      g_array_unref (place.mentions);
      return NULL;
    }
  g_array_set_size (g->mentions, kept);
  e = g_new0 (PrecisNerEntity, 1);
  e->kind = PRECIS_FACT_PLACE;
  e->evidence = TRUE;
  e->value = value_of (doc, &place);
  e->mentions = place.mentions;
  return e;
}

static gint
compare_mentions (gconstpointer a, gconstpointer b)
{
  const PrecisNerMention *x = a, *y = b;

  return x->first < y->first ? -1 : x->first > y->first ? 1 : (gint) x->end - (gint) y->end;
}

static gint
compare_first_mention (gconstpointer a, gconstpointer b)
{
  const PrecisNerEntity *x = *(PrecisNerEntity *const *) a, *y = *(PrecisNerEntity *const *) b;
  guint32 fx = g_array_index (x->mentions, PrecisNerMention, 0).first;
  guint32 fy = g_array_index (y->mentions, PrecisNerMention, 0).first;

  return fx < fy ? -1 : fx > fy;
}

/* "ranger Te Kaurinui Parata", tagged "Kaurinui Parata", when the article
 * also names "Te Kaurinui": the capitalized word before a person's name
 * that starts another person's name with the name's first word is part
 * of the name.  Returns a copy of `mentions`. */
static GArray *
extend_given_names (const PrecisDocument *doc, const GArray *mentions)
{
  GArray *out = g_array_copy ((GArray *) mentions);
  g_autoptr (GHashTable) people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < out->len; i++)
    {
      const PrecisNerMention *m = &g_array_index (out, PrecisNerMention, i);

      if (m->type == PRECIS_NER_TYPE_PER && m->end - m->first >= 2)
        g_hash_table_add (people, fold_surface (doc, m->first, m->first + 2));
    }
  for (guint i = 0; i < out->len && g_hash_table_size (people) > 0; i++)
    {
      PrecisNerMention *m = &g_array_index (out, PrecisNerMention, i);
      const PrecisToken *before = m->first > 0 ? &doc->tokens[m->first - 1] : NULL;
      g_autofree char *pair = NULL;

      if (m->type != PRECIS_NER_TYPE_PER || before == NULL || before->sentence != m->sentence ||
          before->shape != PRECIS_SHAPE_CAPITALIZED || (before->flags & PRECIS_TOKEN_STOPWORD) ||
          precis_ner_is_title_word (before->lower) ||
          (i > 0 && g_array_index (out, PrecisNerMention, i - 1).end >= m->first))
        continue;
      pair = fold_surface (doc, m->first - 1, m->first + 1);
      if (g_hash_table_contains (people, pair))
        m->first--;
    }
  return out;
}

/* "Jordanians", "Saudis", "Serbs": a demonym and a plural "s" (a name
 * the gazetteer does not know: "Philippines" is a country).  "Londoners",
 * "Parisians": a place's name and "ers" or "ians", the people of a town
 * no list names (CoNLL train and dev: each such word is MISC). */
static gboolean
is_plural_demonym (const PrecisNerGazetteer *gaz, const char *text)
{
  static const char *const town_suffixes[] = { "ers", "ians", NULL };
  gsize len = strlen (text);
  char singular[64];
  const PrecisNerGazEntry *entry;

  if (gaz == NULL || len < 4 || len > sizeof singular || text[len - 1] != 's' ||
      !g_ascii_isupper (text[0]) || strchr (text, ' ') != NULL)
    return FALSE;
  memcpy (singular, text, len - 1);
  singular[len - 1] = '\0';
  entry = precis_ner_gazetteer_find (gaz, singular);
  if (entry != NULL && entry->type == PRECIS_NER_GAZ_DEMONYM)
    return TRUE;
  for (guint i = 0; town_suffixes[i] != NULL; i++)
    {
      gsize stem = len - strlen (town_suffixes[i]);

      if (stem < 4 || !g_str_has_suffix (text, town_suffixes[i]))
        continue;
      singular[stem] = '\0';
      entry = precis_ner_gazetteer_find (gaz, singular);
      if (entry != NULL && (entry->type & (PRECIS_NER_GAZ_CITY | PRECIS_NER_GAZ_TOWN | PRECIS_NER_GAZ_COUNTRY)))
        return TRUE;
    }
  return FALSE;
}

/* "in Eindhoven", "at Gothenburg", German "nach München": a name read as
 * a place where a place goes. */
static gboolean
follows_place_preposition (const PrecisDocument *doc, const PrecisNerMention *m)
{
  static const char *const prepositions[] = { "in", "at", "near", NULL };

  if (precis_ner_follows_german_place_preposition (doc, m))
    return TRUE;
  return m->first > doc->sentences[m->sentence].first_token &&
         precis_ner_word_in_list (prepositions, doc->tokens[m->first - 1].lower);
}

/* A country's name, or one of the UK's home nations: its side in a
 * match is the nation ("England 326"). */
static gboolean
is_nation (const PrecisNerGazEntry *entry, const char *key)
{
  if (entry != NULL)
    return (entry->type & PRECIS_NER_GAZ_COUNTRY) != 0 || precis_ner_is_home_nation (key + 1);
  /* "Republic of Ireland 1-1 Macedonia": a state's long name the
   * gazetteer lacks (its national side, a place as CoNLL types it). */
  return precis_ner_is_home_nation (key) || g_str_has_prefix (key, "republic of ");
}

/* "Newcastle drew 1-1 with Fulham": the two sides of a result told in
 * prose are of one kind, two clubs or two players (CoNLL train: 48 sides
 * whose other side the sentence names, every pair of one type), so a
 * one-word "person" facing a name the tagger read as an organization is
 * a club; so is a town ("Le Paris Saint-Germain a battu Lens", where no
 * score says it is a match: a place beats nobody).  The rival is an
 * organization the tagger read so, or one the lexicons know whatever it
 * read: "Paris Saint-Germain" alone is a place to the French tagger. */
static gboolean
faces_a_club (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, const GArray *mentions,
              const PrecisNerMention *m)
{
  guint32 first, end;

  if (!(precis_ner_prose_result_rival (doc, m, &first, &end) || precis_ner_result_rival (doc, m, &first, &end)) ||
      first == end)
    return FALSE;
  for (guint i = 0; i < mentions->len; i++)
    {
      const PrecisNerMention *r = &g_array_index (mentions, PrecisNerMention, i);

      if (r->end == end && r->first >= first)
        {
          g_autofree char *text = NULL;

          if (r->type == PRECIS_NER_TYPE_ORG)
            return TRUE;
          text = surface (doc, r);
          return gaz != NULL && precis_ner_gazetteer_is_organization (gaz, text);
        }
    }
  return FALSE;
}

/* "die Bayern" in an article on "FC Bayern München", "Schalke" beside
 * "Schalke 04": a one-word name read as a place that the article also
 * writes, as an organization, just before that organization's last word,
 * a town or a club's number, is the club's short name.  The town itself
 * ("nach München") is not: the word must stand before the town, and a
 * longer name's first word does not count ("London Stock Exchange",
 * "Washington Post" end in no town).  CoNLL German dev (gold): the lone
 * capitalized words so placed are 20 organizations ("Bayern", "Schalke",
 * "Wattenscheid", "Mainz") and 3 adjectives, no place; GermEval's
 * sentences have none. */
static gboolean
short_for_club (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, const GArray *mentions,
                const PrecisNerMention *m)
{
  const char *word = doc->tokens[m->first].lower;

  if (gaz == NULL || m->end - m->first != 1)
    return FALSE;
  for (guint i = 0; i < mentions->len; i++)
    {
      const PrecisNerMention *r = &g_array_index (mentions, PrecisNerMention, i);
      guint32 last = r->end - 1;

      if (r->type != PRECIS_NER_TYPE_ORG || r->end - r->first < 2 ||
          strcmp (doc->tokens[last - 1].lower, word) != 0)
        continue;
      if (precis_ner_is_club_number (doc, last) || precis_ner_is_town_word (doc, gaz, last))
        return TRUE;
    }
  return FALSE;
}

/* What the words around a mention, or its lines, say it is, whatever the
 * tagger read: one list for the grouping's votes and for the doubt rule
 * (ner-doubt.c), so that every rule that moves a vote is also evidence
 * that the tagger was not alone.  The grouping asks for each rule by its
 * name (says ()), the doubt rule for any (precis_ner_mention_is_said ()).
 * faces_a_club is not here: it asks for all the mentions, and its premise,
 * a side of a result told in prose, is. */
typedef enum {
  SAYS_PLACE_LINE,         /* "WIGAN , England 1996-12-07": the place itself */
  SAYS_TEAM,               /* "Chelsea's Premiership lead", "leaders Chelsea" */
  SAYS_CLUB,               /* the same, but a town's "X stadium" */
  SAYS_FIXTURE_SIDE,       /* "Swansea v Lincoln" */
  SAYS_CLUB_FIXTURE_SIDE,  /* the same, for a name of two words or more */
  SAYS_TABLE_SIDE,         /* a standings row */
  SAYS_RESULTS_ENTRY,      /* "Cannes 0 Monaco 2" */
  SAYS_PROSE_RESULT_SIDE,  /* "Newcastle drew 1-1 with Fulham" */
  SAYS_DASH_RESULT_SIDE,   /* "Mainz - Wolfsburg 2:1" */
  SAYS_CLUB_IN_PROSE,      /* "O Benfica venceu o Sporting por 2-1" */
  SAYS_CLUB_ARTICLE,       /* "al Sevilla" (of a gazetteer town) */
  SAYS_WORK,               /* "abortion drama Vera Drake" */
  SAYS_AWARDED_WORK,       /* "won an Oscar for Spirited Away" */
  SAYS_NOMINATED_FOR,      /* "nominations for Best Solo Female" */
  SAYS_AWARD_OR_EVENT,     /* "won the Golden Osella" */
  SAYS_CONDITION,          /* "Down Syndrome" */
  SAYS_PRODUCT,
  SAYS_PLACE_HEAD,         /* "the town of Rousse" */
  SAYS_PLACE_TAIL,         /* "Emirates Stadium", "Florida Straits" */
  SAYS_PLACE_OPENER,       /* "Piazza Affari", "Rua Augusta" */
  SAYS_INITIAL_AND_NAME,   /* "S Bennett" */
  SAYS_PERSON_ROLE,        /* "striker Ronaldo", "Mr Cordes" */
  SAYS_COMPANY,            /* "Chrysler sales" */
  SAYS_ORG_HEAD,           /* "software giant Microsoft" */
  SAYS_KIND_NOUN,          /* "le constructeur automobile Renault" */
  SAYS_OPENS_WITH_KIND_NOUN, /* "Vereniging van Makelaars" */
  SAYS_DEPARTMENT,         /* "le ministre de l'Industrie" */
  SAYS_THE_TEAM_ROLE,      /* "the London Wasps captain" */
  SAYS_CLUB_VERB,          /* "returned to Wasps" */
  SAYS_BEATEN_SIDE,        /* "after beating Norwich" */
  SAYS_ACTING_ACRONYM,     /* "the NHS was", "The ONS said" */
  SAYS_INSTITUTION,        /* "Labour", "the Cabinet" (ner-institutions.c) */
  SAYS_PAPER,              /* "according to the Times" (ner-papers.c) */
  N_SAYS
} Says;

static gboolean (*const says_rules[N_SAYS]) (const PrecisDocument *doc, const PrecisNerMention *m) = {
  [SAYS_PLACE_LINE] = precis_ner_is_place_context,
  [SAYS_TEAM] = precis_ner_is_team_context,
  [SAYS_CLUB] = precis_ner_is_club_context,
  [SAYS_FIXTURE_SIDE] = precis_ner_is_fixture_side,
  [SAYS_CLUB_FIXTURE_SIDE] = precis_ner_is_club_fixture_side,
  [SAYS_TABLE_SIDE] = precis_ner_is_table_side,
  [SAYS_RESULTS_ENTRY] = precis_ner_is_results_entry,
  [SAYS_PROSE_RESULT_SIDE] = precis_ner_is_prose_result_side,
  [SAYS_DASH_RESULT_SIDE] = precis_ner_is_dash_result_side,
  [SAYS_CLUB_IN_PROSE] = precis_ner_is_club_in_prose,
  [SAYS_CLUB_ARTICLE] = precis_ner_follows_club_article,
  [SAYS_WORK] = precis_ner_is_work_context,
  [SAYS_AWARDED_WORK] = precis_ner_is_awarded_work,
  [SAYS_NOMINATED_FOR] = precis_ner_is_nominated_for,
  [SAYS_AWARD_OR_EVENT] = precis_ner_is_award_or_event,
  [SAYS_CONDITION] = precis_ner_names_condition,
  [SAYS_PRODUCT] = precis_ner_is_product_context,
  [SAYS_PLACE_HEAD] = precis_ner_follows_place_head,
  [SAYS_PLACE_TAIL] = precis_ner_ends_as_place,
  [SAYS_PLACE_OPENER] = precis_ner_opens_as_place,
  [SAYS_INITIAL_AND_NAME] = is_initial_and_name,
  [SAYS_PERSON_ROLE] = precis_ner_follows_person_role,
  [SAYS_COMPANY] = precis_ner_is_company_context,
  [SAYS_ORG_HEAD] = precis_ner_follows_org_head,
  [SAYS_KIND_NOUN] = precis_ner_follows_kind_noun,
  [SAYS_OPENS_WITH_KIND_NOUN] = precis_ner_opens_with_kind_noun,
  [SAYS_DEPARTMENT] = precis_ner_names_department,
  [SAYS_THE_TEAM_ROLE] = precis_ner_is_the_team_role,
  [SAYS_CLUB_VERB] = precis_ner_follows_club_verb,
  [SAYS_BEATEN_SIDE] = precis_ner_follows_beating,
  [SAYS_ACTING_ACRONYM] = precis_ner_is_acting_acronym,
  [SAYS_INSTITUTION] = precis_ner_names_institution,
  [SAYS_PAPER] = precis_ner_names_paper,
};

static inline gboolean
says (const PrecisDocument *doc, const PrecisNerMention *m, Says rule)
{
  return says_rules[rule] (doc, m);
}

gboolean
precis_ner_mention_is_said (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, const PrecisNerMention *m)
{
  g_autofree char *text = NULL;

  if (m->said)
    return TRUE;
  for (guint rule = 0; rule < N_SAYS; rule++)
    if (says (doc, m, rule))
      return TRUE;
  text = surface (doc, m);
  /* A well-known entity read as what it is ("told the BBC"): the article
   * need not say what everyone knows.  Not one whose name is also an
   * English word or a surname: "the Queen" of British news is no band. */
  return gaz != NULL && (precis_ner_gazetteer_is_company (gaz, text) ||
                         precis_ner_gazetteer_known (gaz, text) == (guint) m->type);
}

/* Articles, which stand before the name of a club, a label or a firm
 * ("the Christian Lacroix label", "contre le Lech Poznań") and not before
 * a person's. */
static const char *const articles[] = {
  "the", "a", "an", "le", "la", "les", "l'", "l’", "el", "los", "las", "il", "lo", "gli", "het",
  "der", "die", "das", "den", "dem", "du", "au", "al", "del", NULL,
};

/* Whether mention `m` is two capitalized words ("Guillermo Coria"). */
static gboolean
is_two_capitalized_words (const PrecisDocument *doc, const PrecisNerMention *m)
{
  return m->end - m->first == 2 && doc->tokens[m->first].shape == PRECIS_SHAPE_CAPITALIZED &&
         doc->tokens[m->first + 1].shape == PRECIS_SHAPE_CAPITALIZED;
}

/* Whether mention `m` is two capitalized words, a given name and a word
 * that is none: "Ann O'Neill reported from Boston" is the reporter, though
 * "reported" follows only companies and agencies in CoNLL's 1996 wire. */
static gboolean
written_as_given_and_surname (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, const PrecisNerMention *m)
{
  return gaz != NULL && is_two_capitalized_words (doc, m) &&
         precis_ner_gazetteer_is_given_name (gaz, doc->tokens[m->first].lower) &&
         !precis_ner_gazetteer_is_given_name (gaz, doc->tokens[m->first + 1].lower);
}

/* Whether mention `m`, one word, is followed by a verb of speech and "he"
 * or "she" in its sentence ("Rowling said she had plenty of time"):
 * CoNLL-2003 train and dev (gold), a name so followed is a person 43
 * times, a place once, never an organization.  One word: a longer name
 * may have run a paper into the speaker ("the Herald Sun Daniel said
 * he", across a no-break space). */
static gboolean
speaks_as_person (const PrecisDocument *doc, const PrecisNerMention *m)
{
  static const char *const speech_verbs[] = {
    "said", "says", "revealed", "added", "told", "admitted", "insisted", NULL,
  };
  static const char *const pronouns[] = { "he", "she", NULL };

  return m->end - m->first == 1 && m->end + 1 < doc->n_tokens && doc->tokens[m->end + 1].sentence == m->sentence &&
         precis_ner_token_is_lower_in_list (doc, m->end, speech_verbs) &&
         precis_ner_token_is_lower_in_list (doc, m->end + 1, pronouns);
}

/* Whether English mention `m`, read as a person's name of two words or
 * more, opens with a verb's "-ing" form (words.txt: "finding" and
 * "find", "being" and "be", "saving" and "save"), no given name: "Being
 * Julia", "Finding Neverland", "Finding Nemo", "Saving Mr Banks" are
 * titles.  CoNLL-2003 train and dev (gold), names opening with one: 20
 * organizations ("Reading", "Sporting Lisbon", "Shining Path"), 3 MISC,
 * 2 places, no person. */
static gboolean
opens_with_gerund (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, const PrecisNerMention *m)
{
  const char *lower = doc->tokens[m->first].lower;
  gsize n = strlen (lower);
  g_autofree char *stem = NULL;

  if (gaz == NULL || m->type != PRECIS_NER_TYPE_PER || m->end - m->first < 2 || n < 5 ||
      doc->tokens[m->first].shape != PRECIS_SHAPE_CAPITALIZED || !g_str_has_suffix (lower, "ing") ||
      !precis_ner_gazetteer_is_english_word (gaz, lower) || precis_ner_gazetteer_is_given_name (gaz, lower))
    return FALSE;
  stem = g_strndup (lower, n - 3);
  if (precis_ner_gazetteer_is_english_word (gaz, stem))
    return TRUE;
  /* "saving": "save"; "running": "run". */
  if (n - 3 >= 3 && stem[n - 4] == stem[n - 5])
    {
      g_autofree char *single = g_strndup (lower, n - 4);

      if (precis_ner_gazetteer_is_english_word (gaz, single))
        return TRUE;
    }
  {
    g_autofree char *with_e = g_strconcat (stem, "e", NULL);

    return precis_ner_gazetteer_is_english_word (gaz, with_e);
  }
}

/* Whether mention `m` follows a capitalized "Mr", "Mrs", "Ms" or "Dr"
 * (with or without its full stop) in its sentence, itself after no
 * capitalized word: not inside a title ("the hit Saving Mr Banks"). */
static gboolean
follows_honorific (const PrecisDocument *doc, const PrecisNerMention *m)
{
  static const char *const honorifics[] = { "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", NULL };
  const PrecisToken *before = m->first > 0 ? &doc->tokens[m->first - 1] : NULL;
  const PrecisToken *title = m->first > 1 ? &doc->tokens[m->first - 2] : NULL;

  return before != NULL && before->sentence == m->sentence && before->shape == PRECIS_SHAPE_CAPITALIZED &&
         precis_ner_word_in_list (honorifics, before->lower) &&
         !(title != NULL && title->sentence == m->sentence && title->shape == PRECIS_SHAPE_CAPITALIZED);
}

/* "Wasps piled on the pressure", "WASPS v EXETER": one word of the
 * language (words.txt, English only) that ends as a plural ("-s", not
 * "-ss", "-us", "-is") names a side, no person.  CoNLL-2003 train and dev
 * (gold), such one-word names: 139 organizations ("Orioles", "Rangers",
 * "Lens", "Wasps"), 15 MISC ("Ashes", "Names"), 9 people ("Bonds",
 * "Couples", "Martens") and 5 places ("Prairies"); the lone surname of a
 * person named in full joins them whatever it was voted
 * (join_short_names ()).  words.txt lacks "wasp" ("WASP"), so the
 * singular is not asked for. */
static gboolean
is_plural_noun_name (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, const PrecisNerMention *m)
{
  const char *lower = doc->tokens[m->first].lower;

  return gaz != NULL && m->end - m->first == 1 && strlen (lower) >= 4 && g_str_has_suffix (lower, "s") &&
         !g_str_has_suffix (lower, "ss") && !g_str_has_suffix (lower, "us") && !g_str_has_suffix (lower, "is") &&
         precis_ner_reads_as_english (doc) && precis_ner_gazetteer_is_english_word (gaz, lower);
}

/* "his girlfriend, Tina, with 1,500 balloons", read as a place: one
 * capitalized word of English that is a given name and that no list
 * knows as a place (the gazetteer's places and towns, entities.tsv) names
 * a person.  CoNLL train and dev (gold), such one-word names outside the
 * gazetteer's places: 246 people, 18 organizations (clubs: "Chester"),
 * 6 titles and 5 places ("Florence", "Troy", which GeoNames' towns list). */
static gboolean
is_lone_given_name (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, const PrecisNerMention *m)
{
  const PrecisToken *t = &doc->tokens[m->first];
  g_autofree char *text = NULL;

  if (gaz == NULL || m->end - m->first != 1 || t->shape != PRECIS_SHAPE_CAPITALIZED ||
      !precis_ner_reads_as_english (doc) || !precis_ner_gazetteer_is_given_name (gaz, t->lower) ||
      precis_ner_is_town_word (doc, gaz, m->first))
    return FALSE;
  /* "Franklin's Gardens", "Jack's Snooker Hall": the owner's name of a
   * venue's, which is the place. */
  if (m->end + 1 < doc->n_tokens && doc->tokens[m->end].sentence == t->sentence &&
      precis_ner_token_is_possessive (doc, m->end) &&
      doc->tokens[m->end + 1].shape == PRECIS_SHAPE_CAPITALIZED)
    return FALSE;
  text = surface (doc, m);
  return PRECIS_NER_KNOWN_TYPE (precis_ner_gazetteer_known (gaz, text)) != PRECIS_NER_TYPE_LOC;
}

/* "PlayStation Portable", "Strictly Come Dancing", "GameCube": a title
 * of works.tsv (tools/make-entities.py, the names WikiNEuRal tags as
 * MISC in several languages), which the tagger's 1996 news never saw,
 * read as a company or a person.  Not when the article says it is a
 * company, in any mention of it ("net telephony firm Skype", "Napster
 * shares"): a service and its firm share a name. */
static gboolean
is_listed_work (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, const GArray *mentions, const char *text)
{
  if (gaz == NULL || !precis_ner_gazetteer_is_work (gaz, text))
    return FALSE;
  for (guint i = 0; i < mentions->len; i++)
    {
      const PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, i);
      g_autofree char *other = NULL;

      if (!says (doc, m, SAYS_COMPANY) && !says (doc, m, SAYS_ORG_HEAD))
        continue;
      other = surface (doc, m);
      if (strcmp (other, text) == 0)
        return FALSE;
    }
  return TRUE;
}

/* Words before a name that say whose it is, not what ("Lord Falconer",
 * "Sister Gerald"), beyond precis_ner_is_title_word ()'s. */
static const char *const kin_and_ranks[] = {
  "sister", "brother", "uncle", "aunt", "miss", "major", "baroness", "baron", "duke", "duchess",
  "earl", "count", "countess", "rabbi", "saint", "st", NULL,
};

/* "Million Dollar Baby", "Scissor Sisters", "Cairn Energy" read as
 * people: a name of two words or more, each an English word that is no
 * name (words.txt: "dollar", "baby"; not "lee", which wbritish also
 * writes "Lee"), the first no given name and no title ("Lord
 * Falconer"), and no person the lexicon knows ("Ice Cube"), names a
 * work, a band or a firm.  CoNLL-2003 train and dev (gold), names of two
 * such words or more whose first word is no given name: 14 people of
 * 1,010 (horses: "Mind Games", "Double Trigger"; a quantifier opens
 * some, ner-openers.c: "winner Many Clouds"). */
static gboolean
is_person_of_words (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, const PrecisNerMention *m,
                    const char *text, const char *key)
{
  const char *first = doc->tokens[m->first].lower;

  if (m->type != PRECIS_NER_TYPE_PER || m->end - m->first < 2 || gaz == NULL ||
      precis_ner_gazetteer_is_given_name (gaz, first) || precis_ner_is_title_word (first) ||
      precis_ner_word_in_list (kin_and_ranks, first) || precis_ner_is_quantifier (doc, m->first))
    return FALSE;
  for (guint32 i = m->first; i < m->end; i++)
    if (doc->tokens[i].shape != PRECIS_SHAPE_CAPITALIZED ||
        !precis_ner_gazetteer_is_english_word (gaz, doc->tokens[i].lower))
      return FALSE;
  /* "Virgin Trains", "Courier Mail", "Mulberry Avenue": a body's, a
   * paper's or a place's noun ends it (or a place's opens it), which
   * makes it one whatever the votes (kind_of ()). */
  if (names_body_or_place (key) || has_org_designator (key) || opens_as_place (key) ||
      precis_ner_key_ends_as_place (key))
    return FALSE;
  return PRECIS_NER_KNOWN_TYPE (precis_ner_gazetteer_known (gaz, text)) != PRECIS_NER_TYPE_PER;
}

/* "the Hunting Bill", "the Human Rights Act", "the Kyoto Protocol": a law
 * or a treaty, which CoNLL-2003 types MISC (train and dev: names ending
 * in "Act", "Bill" or "Protocol", 5 of 5), no body, place or person; not
 * a person's name that ends so ("Buffalo Bill" opens with no given name,
 * but "Sir Bill" would be a title's). */
static gboolean
names_law (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, const PrecisNerMention *m)
{
  static const char *const law_nouns[] = { "act", "bill", "protocol", NULL };
  const PrecisToken *last = &doc->tokens[m->end - 1];

  return m->end - m->first >= 2 && last->shape == PRECIS_SHAPE_CAPITALIZED &&
         precis_ner_word_in_list (law_nouns, last->lower) && gaz != NULL &&
         !precis_ner_gazetteer_is_given_name (gaz, doc->tokens[m->first].lower) &&
         !precis_ner_is_title_word (doc->tokens[m->first].lower);
}

/* Whether another mention, of `type` (any for PRECIS_NER_TYPE_NONE),
 * ends with the words of `m` and is longer: "Miyazaki" of "Hayao
 * Miyazaki"; "DS" of "Nintendo's DS" and "the Nintendo DS", which would
 * join the company's mentions ("Nintendo dominates the handheld
 * market"). */
static gboolean
ends_longer_mention (const PrecisDocument *doc, const GArray *mentions, const PrecisNerMention *m,
                     PrecisNerType type)
{
  guint32 n = m->end - m->first;

  for (guint i = 0; i < mentions->len; i++)
    {
      const PrecisNerMention *o = &g_array_index (mentions, PrecisNerMention, i);

      if ((type == PRECIS_NER_TYPE_NONE || o->type == type) && o->end - o->first > n &&
          precis_ner_same_words (doc, o->end - n, m->first, n))
        return TRUE;
    }
  return FALSE;
}

/* Whether person mention `m` is a full name, or the end of one the
 * article writes ("Miyazaki" after "Hayao Miyazaki"): a person, not a
 * title or a firm the tagger read as one ("Festen's Rufus Norris",
 * "Yahoo's Yonca Brunini"). */
static gboolean
is_named_in_full (const PrecisDocument *doc, const GArray *mentions, const PrecisNerMention *m)
{
  return m->end - m->first >= 2 || ends_longer_mention (doc, mentions, m, PRECIS_NER_TYPE_PER);
}

/* Whether the last word of mention `m` stands alone elsewhere as a
 * person's mention ("Brunini" after "Yonca Brunini"): a surname. */
static gboolean
stands_as_surname (const PrecisDocument *doc, const GArray *mentions, const PrecisNerMention *m)
{
  for (guint i = 0; i < mentions->len; i++)
    {
      const PrecisNerMention *o = &g_array_index (mentions, PrecisNerMention, i);

      if (o->type == PRECIS_NER_TYPE_PER && o->end - o->first == 1 && o->first != m->end - 1 &&
          precis_ner_same_words (doc, o->first, m->end - 1, 1))
        return TRUE;
    }
  return FALSE;
}

/* A band's players and the players of a film or a show, written between
 * its name and a player's full name: "Boyzone singer Ronan Keating",
 * "Motley Crue guitarist Mick Mars"; "X Files actress Gillian
 * Anderson", "Vera Drake star Imelda Staunton". */
static const char *const band_players[] = {
  "singer", "frontman", "frontwoman", "guitarist", "drummer", "bassist", "vocalist", "keyboardist",
  NULL,
};
static const char *const screen_players[] = {
  "actor", "actress", "star", "co-star", NULL,
};

/* What the name read as a person or a body before such a noun and a
 * person's name of two words or more is: the band, an organization, or
 * the film or show, a work; PRECIS_NER_TYPE_NONE when no such noun
 * follows.  BBC and CNN/DM dev: 13 names read as people or bodies
 * there, none a person or a body but the bands ("Huggy Bear",
 * "Reality TV", "Hollywood"); the places before these nouns are towns
 * and nations ("US actor"), and a sports report's are clubs ("Barcelona
 * star").  CoNLL-2003 train and dev have no name before them but "Euro
 * 96 star". */
static PrecisNerType
players_group_type (const PrecisDocument *doc, const GArray *mentions, const PrecisNerMention *m)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];
  guint32 end = s->first_token + s->n_tokens, next = m->end;
  const PrecisToken *noun;
  gboolean band;

  if (next + 2 >= end || doc->tokens[next].shape != PRECIS_SHAPE_LOWER ||
      doc->tokens[next + 1].shape != PRECIS_SHAPE_CAPITALIZED)
    return PRECIS_NER_TYPE_NONE;
  noun = &doc->tokens[next];
  band = precis_ner_word_in_list (band_players, noun->lower);
  if (!band && !precis_ner_word_in_list (screen_players, noun->lower))
    return PRECIS_NER_TYPE_NONE;
  for (guint i = 0; i < mentions->len; i++)
    {
      const PrecisNerMention *player = &g_array_index (mentions, PrecisNerMention, i);

      if (player->first == next + 1 && player->sentence == m->sentence)
        return player->type == PRECIS_NER_TYPE_PER && player->end - player->first >= 2
                 ? (band ? PRECIS_NER_TYPE_ORG : PRECIS_NER_TYPE_MISC)
                 : PRECIS_NER_TYPE_NONE;
    }
  return PRECIS_NER_TYPE_NONE;
}

/* Nouns after a station's or a label's name that its host or its artist
 * owns: "John Peel's BBC Radio 1 show". */
static const char *const hosted_nouns[] = {
  "show", "shows", "programme", "programmes", "station", "label", "band", NULL,
};

/* Last words of a body's name that precis_ner_is_org_head() leaves out:
 * "Rob Segal's Impact Sports Management", "Suge Knight's Death Row
 * Records". */
static const char *const body_tails[] = {
  "management", "records", "pictures", "productions", "entertainment", "media", "films", "music",
  "foundation", "trust", "theatre", "orchestra", "company", "group", "holdings", NULL,
};

/* Whether mention `m` ends with a body's word: one of
 * precis_ner_is_org_head() or of body_tails. */
static gboolean
ends_in_body_word (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const char *last = doc->tokens[m->end - 1].lower;

  return precis_ner_is_org_head (last) || precis_ner_word_in_list (body_tails, last);
}

/* "Miyazaki's Spirited Away", "Graham Norton's Strictly Dance Fever": a
 * name after a person's possessive, read as a person or a place, is what
 * the person made.  CoNLL-2003 train and dev (gold), a capitalized word
 * after a person's "'s": 17 organizations ("Murdoch's News Corp", which
 * this leaves as read), 8 MISC, 1 place and no person.  Read as an
 * organization, only in an article about films, shows or records
 * ("Clint Eastwood's Million Dollar Baby", "Kate Bush's Hounds of Love",
 * "Giuseppe Verdi's La Traviata"), and never a name ending in a body's
 * noun ("Rob Segal's Impact Sports Management").  Not a name that
 * opens with a given name (the owner may be misread: "Million Dollar
 * Baby's Hilary Swank"), nor one a noun follows ("Bush's Texas ranch"),
 * nor in a sports report ("Ferguson's Keane"). */
static gboolean
follows_persons_possessive (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, const GArray *mentions,
                            const PrecisNerMention *m)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];
  guint32 end = s->first_token + s->n_tokens, mark = m->first - 1;

  if (m->type == PRECIS_NER_TYPE_MISC || gaz == NULL || m->first < s->first_token + 2 ||
      precis_ner_gazetteer_is_given_name (gaz, doc->tokens[m->first].lower))
    return FALSE;
  /* "Meadows' Dead Man's Shoes", not "'Mama' June Shannon". */
  if (!precis_ner_token_is_possessive (doc, mark) &&
      !((precis_ner_token_is (doc, mark, "'") || precis_ner_token_is (doc, mark, "\u2019")) &&
        g_str_has_suffix (doc->tokens[mark - 1].lower, "s")))
    return FALSE;
  /* A title read as a body may have its verb next ("Kate Bush's Hounds
   * of Love entered the chart"), but not a number or a show's noun: the
   * host's station ("John Peel's BBC Radio 1 show"). */
  if (m->type == PRECIS_NER_TYPE_ORG)
    {
      if (ends_in_body_word (doc, m) ||
          (m->end < end && (doc->tokens[m->end].shape == PRECIS_SHAPE_NUMBER ||
                            precis_ner_word_in_list (hosted_nouns, doc->tokens[m->end].lower))) ||
          !precis_ner_writes_of_works (doc))
        return FALSE;
    }
  else if (m->end < end && doc->tokens[m->end].shape != PRECIS_SHAPE_PUNCT &&
           !(doc->tokens[m->end].flags & PRECIS_TOKEN_STOPWORD))
    return FALSE;
  for (guint i = 0; i < mentions->len; i++)
    {
      const PrecisNerMention *owner = &g_array_index (mentions, PrecisNerMention, i);

      if (owner->end == mark && owner->sentence == m->sentence)
        return owner->type == PRECIS_NER_TYPE_PER && is_named_in_full (doc, mentions, owner) &&
               !stands_as_surname (doc, mentions, m);
    }
  return FALSE;
}

/* The sun's planets and the moons news names: no body, person or place a
 * reader looks for ("re-enter the Earth's atmosphere", "Jupiter's moon
 * Europa", "aliens invading Earth", read as organizations).  CoNLL-2003
 * train and dev name none of them alone: "Earth First" and "Neptune
 * Orient Lines" are bodies, as "Europa League" is, "Venus Williams" and
 * "Freddie Mercury" people; hence a word of space in the article and no
 * capitalized word next. */
static const char *const celestial_bodies[] = {
  "earth", "mars", "venus", "jupiter", "saturn", "mercury", "uranus", "neptune", "pluto", "ceres",
  "europa", "titan", NULL,
};

static const char *const space_words[] = {
  "planet", "planets", "orbit", "spacecraft", "astronaut", "astronauts", "astronomers", "telescope",
  "solar", "aliens", "asteroid", "comet", NULL,
};

static gboolean
names_celestial_body (const PrecisDocument *doc, PrecisNerLowerWords *lower_words, const PrecisNerMention *m)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];
  guint32 end = s->first_token + s->n_tokens;

  if (m->end - m->first != 1 || !precis_ner_word_in_list (celestial_bodies, doc->tokens[m->first].lower) ||
      (m->end < end && precis_ner_shape_is_name (doc->tokens[m->end].shape)))
    return FALSE;
  for (guint k = 0; space_words[k] != NULL; k++)
    if (precis_ner_lower_words_contains (lower_words, space_words[k]))
      return TRUE;
  return FALSE;
}

/* The words that may follow a body's product after its possessive
 * ("Microsoft's Xbox had been winning", "Nintendo's DS handheld", "BBC
 * One's Breakfast with Frost"): a stop word, punctuation, a capitalized
 * word or a product's noun; any other noun makes the name a part of the
 * body ("the Scottish National Party's Holyrood leader", "Bertelsmann's
 * New Media business division"). */
static const char *const product_nouns[] = {
  "console", "consoles", "handheld", "software", "system", "operating", "game", "games", "browser",
  "phone", "phones", "player", "players", "programme", "program", "show", "format", "technology",
  "telescope", "device", "chip", "chips", "network", "search", "engine", "service", NULL,
};

static gboolean names_owners_person (const PrecisDocument *doc, const GArray *mentions, const PrecisNerMention *m,
                                     const char *key);

/* A body's part named by its noun first ("the Institute of Education's
 * Centre for the Study of Children"), which opens_as_body() leaves out;
 * and another language's article, which opens a venue's or a paper's
 * name more than a product's ("Milan's La Scala", Milan read as a club;
 * "Le Monde", "El Pais"). */
static const char *const unit_openers[] = {
  "centre", "center", "school", "unit", "division", "foundation", "fund", "trust", "hospital",
  "la", "le", "les", "el", "los", "las", "il", NULL,
};

/* "Ubisoft's Rayman DS", "BBC One's Breakfast with Frost", "the BBC's
 * World Business Report": a name read as a body after the possessive of
 * one, that no list knows and that neither opens nor ends with a body's
 * noun, is the body's product or show.  CoNLL-2003 train and dev, a
 * capitalized name after a body's possessive: a person's 24 times (a
 * club's player, "said ARC's Harding"), a place's 6 (each before a noun:
 * "Repsol's Puertollano refinery"), a product's or a programme's 3
 * ("Microsoft Corp. 's Windows 95", "NATO's Partnership for Peace"), a
 * body's 3, known or before a body's noun ("AMR Corp 's American
 * Airlines", "Sun Microsystems Inc. 's JavaSoft unit").  Not a name
 * written as a person's ("said MSN's Blake Irving."). */
static gboolean
follows_bodys_possessive (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, const GArray *mentions,
                          const PrecisNerMention *m, const char *text, const char *key)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];
  guint32 end = s->first_token + s->n_tokens, mark = m->first - 1;

  if (m->type != PRECIS_NER_TYPE_ORG || gaz == NULL || m->first < s->first_token + 2 ||
      !precis_ner_token_is_possessive (doc, mark) ||
      PRECIS_NER_KNOWN_TYPE (precis_ner_gazetteer_known (gaz, text)) != PRECIS_NER_TYPE_NONE ||
      precis_ner_gazetteer_is_organization (gaz, text) || precis_ner_ends_as_body_or_place (key) ||
      opens_as_body (key) || precis_ner_word_in_list (unit_openers, doc->tokens[m->first].lower) ||
      names_owners_person (doc, mentions, m, key) || ends_longer_mention (doc, mentions, m, PRECIS_NER_TYPE_NONE) ||
      ends_in_body_word (doc, m) ||
      precis_ner_gazetteer_is_given_name (gaz, doc->tokens[m->first].lower))
    return FALSE;
  if (m->end < end && doc->tokens[m->end].shape == PRECIS_SHAPE_LOWER &&
      !(doc->tokens[m->end].flags & PRECIS_TOKEN_STOPWORD) &&
      !precis_ner_word_in_list (product_nouns, doc->tokens[m->end].lower))
    return FALSE;
  for (guint i = 0; i < mentions->len; i++)
    {
      const PrecisNerMention *owner = &g_array_index (mentions, PrecisNerMention, i);

      /* Not a town read as a body ("Milan's La Scala"). */
      if (owner->end == mark && owner->sentence == m->sentence)
        {
          g_autofree char *owner_text = NULL;

          if (owner->type != PRECIS_NER_TYPE_ORG)
            return FALSE;
          owner_text = surface (doc, owner);
          return precis_ner_gazetteer_find (gaz, owner_text) == NULL &&
                 PRECIS_NER_KNOWN_TYPE (precis_ner_gazetteer_known (gaz, owner_text)) != PRECIS_NER_TYPE_LOC;
        }
    }
  return FALSE;
}

/* "Aston Villa's Thomas Hitzlsperger", "Aston Villa" read as a person:
 * a name whose "'s" a person named in full follows (a given name and a
 * surname) is that person's club, show or town, not another person.
 * CoNLL-2003 train and dev (gold) have no person after a person's "'s"
 * (see follows_persons_possessive). */
static gboolean
owns_named_person (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, const GArray *mentions,
                   const PrecisNerMention *m)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];
  guint32 end = s->first_token + s->n_tokens;

  if (gaz == NULL || m->end + 2 >= end ||
      !precis_ner_token_is_possessive (doc, m->end))
    return FALSE;
  for (guint i = 0; i < mentions->len; i++)
    {
      const PrecisNerMention *owned = &g_array_index (mentions, PrecisNerMention, i);

      if (owned->first == m->end + 1 && owned->sentence == m->sentence)
        return owned->type == PRECIS_NER_TYPE_PER && owned->end - owned->first >= 2 &&
               doc->tokens[owned->first].shape == PRECIS_SHAPE_CAPITALIZED &&
               precis_ner_shape_is_name (doc->tokens[owned->end - 1].shape) &&
               precis_ner_gazetteer_is_given_name (gaz, doc->tokens[owned->first].lower);
    }
  return FALSE;
}

/* "Guillermo Coria", "Hannes Strydom": a given name (given-names.tsv) and one
 * more capitalized word, each mention written in full and after no
 * article, with nothing that makes it a body (a designator, a body's
 * noun, a company's context, a results line or a table: "Aram Masis 0
 * Tigran Ararat 3"). */
/* "markets like Korea and Thailand", "Korea" read as a person: a place
 * of the lexicon that is no word and no surname ("Houston", "Dallas"),
 * whose first word is no given name either ("Paris", "Victoria",
 * "Georgia" are people's too), is the place whatever the tagger read.
 * Every language but German (whose rules read its towns and surnames
 * themselves: "Metz" a player there): "farà tappa a Edimburgo, Glasgow,
 * Londra e Birmingham" gave the person Glasgow (fr, it, nl dev +4 mentions
 * each), unless the name stands in a list of people (listed_beside_person:
 * "Fuser, Bolaño (Stanic, m.59), Breda, Dino Baggio", a line-up). */
/* What separates the items of a list: "Breda, Dino Baggio", "Fiom e Fim". */
static const char *const list_marks[] = { ",", ";", "y", "e", "et", "en", "and", NULL };

/* Whether a mention of `g` is an item of a list whose item next to it was
 * read as a person ("Fuser, Bolaño (Stanic, m.59), Breda, Dino Baggio"):
 * a line-up's player, whom the lexicon may know as a town. */
static gboolean
listed_beside_person (const PrecisDocument *doc, const GArray *mentions, const Group *g)
{
  for (guint i = 0; i < g->mentions->len; i++)
    {
      const PrecisNerMention *m = &g_array_index (g->mentions, PrecisNerMention, i);

      for (guint k = 0; k < mentions->len; k++)
        {
          const PrecisNerMention *o = &g_array_index (mentions, PrecisNerMention, k);

          if (o->type != PRECIS_NER_TYPE_PER || o->sentence != m->sentence)
            continue;
          if ((o->end + 1 == m->first && precis_ner_token_in_list (doc, o->end, list_marks)) ||
              (m->end + 1 == o->first && precis_ner_token_in_list (doc, m->end, list_marks)))
            return TRUE;
        }
    }
  return FALSE;
}

/* Whether mention `m` stands in brackets right after a person's name
 * ("Cañizares (Getafe)"): the index of that person's mention, or -1. */
static gint
bracketed_after_person (const PrecisDocument *doc, const GArray *mentions, const PrecisNerMention *m)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];

  if (m->first < s->first_token + 2 || m->end >= s->first_token + s->n_tokens ||
      !precis_ner_token_is (doc, m->first - 1, "(") || !precis_ner_token_is (doc, m->end, ")"))
    return -1;
  for (guint k = 0; k < mentions->len; k++)
    {
      const PrecisNerMention *o = &g_array_index (mentions, PrecisNerMention, k);

      if (o->end == m->first - 1 && o->sentence == m->sentence)
        return o->type == PRECIS_NER_TYPE_PER ? (gint) k : -1;
    }
  return -1;
}

/* "amonestación a Cañizares (Getafe) y Miguel (Levante)": in a list of
 * people each with a name in brackets, that name is the person's club or
 * party, outside English and German.  Gold of CoNLL-2002 Spanish train, a
 * name in brackets after a person's: 142 organizations, 72 places, the
 * places nations' codes and names, which stay places (ner-entities.c
 * asks no nation).  One such person alone is no list: Wikipedia's
 * birthplaces ("Jane Doe (Massachusetts)"), WikiNEuRal dev. */
static gboolean
brackets_persons_side (const PrecisDocument *doc, const GArray *mentions, const PrecisNerMention *m)
{
  guint pairs = 0;

  if (!precis_ner_capitalizes_names_only (doc) || bracketed_after_person (doc, mentions, m) < 0)
    return FALSE;
  for (guint k = 0; k < mentions->len && pairs < 2; k++)
    {
      const PrecisNerMention *o = &g_array_index (mentions, PrecisNerMention, k);

      pairs += o->sentence == m->sentence && o->type != PRECIS_NER_TYPE_PER &&
               bracketed_after_person (doc, mentions, o) >= 0;
    }
  return pairs >= 2;
}

/* Whether the first word of `key` (all of it, one word) is a given name. */
static gboolean
opens_with_given_name (const PrecisNerGazetteer *gaz, const char *key)
{
  const char *space = strchr (key, ' ');
  g_autofree char *first = g_strndup (key, space != NULL ? (gsize) (space - key) : strlen (key));

  return precis_ner_gazetteer_is_given_name (gaz, first);
}

/* "Microsoft's Windows operating system", "Nintendo's DS handheld game
 * console", "machines running Windows 2000": a name whose words say once
 * that it is a product is one in all its mentions ("Windows is good news",
 * "the DS can run", "buy a DS", read as a body), and so is a longer name
 * that opens with it ("Windows XP", "Windows Media Center"): the tagger's
 * readings count for nothing against it.  Not a name whose words say a
 * company's or a body's anywhere ("Xbox sales", org_evidence), nor one a
 * list knows. */
static void
products_outvote (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, GPtrArray *groups)
{
  g_autoptr (GHashTable) products = NULL;

  for (guint i = 0; i < groups->len; i++)
    {
      Group *g = groups->pdata[i];

      if (g->merged || g->product_said == 0 || g->org_evidence > 0 || g->canonical != NULL)
        continue;
      if (products == NULL)
        products = g_hash_table_new (g_str_hash, g_str_equal);
      g_hash_table_add (products, g->key);
    }
  if (products == NULL)
    return;
  for (guint k = 0; k < groups->len; k++)
    {
      Group *h = groups->pdata[k];
      const PrecisNerMention *first;
      g_autofree char *text = NULL;
      gboolean product = FALSE;

      if (h->merged || h->org_evidence > 0 || h->canonical != NULL)
        continue;
      /* The name itself, or its first words up to a space ("windows" of
       * "windows xp"). */
      product = g_hash_table_contains (products, h->key);
      for (const char *space = strchr (h->key, ' '); !product && space != NULL; space = strchr (space + 1, ' '))
        {
          g_autofree char *head = g_strndup (h->key, space - h->key);

          product = g_hash_table_contains (products, head);
        }
      if (!product)
        continue;
      first = &g_array_index (h->mentions, PrecisNerMention, 0);
      text = surface (doc, first);
      if (gaz != NULL && precis_ner_gazetteer_knows (gaz, text))
        continue;
      h->work_votes += h->votes[PRECIS_NER_TYPE_PER] + h->votes[PRECIS_NER_TYPE_ORG] + h->votes[PRECIS_NER_TYPE_LOC] + 1;
    }
}

/* Whether token `i` joins two items of a list: ",", "and", "or". */
static gboolean
is_coordinator (const PrecisDocument *doc, guint32 i)
{
  return precis_ner_token_is (doc, i, ",") || precis_ner_token_is (doc, i, "and") || precis_ner_token_is (doc, i, "or");
}

/* The group filed in `by_token` (token index + 1 → Group) under token
 * `i`, when it is a work's title by the words of a title: those before
 * it or around it ("comedy Sideways", "Call of Duty: Finest Hour"), a
 * person's possessive, works.tsv; or, in an article about works
 * (`works`: "film", "album", "actress"), a name made of words ("Million
 * Dollar Baby").  Not a prize, an event, a law or an illness ("the 2000
 * Sydney Games", "the Kyoto Protocol"), nor a name of words elsewhere
 * ("Gossip Cop", "Sugar Bear"). */
static Group *
work_group_at (GHashTable *by_token, guint32 i, gboolean works)
{
  Group *w = g_hash_table_lookup (by_token, GUINT_TO_POINTER (i + 1));

  return w != NULL && !w->merged && is_work_title (w) && (w->title_votes > 0 || (works && w->work_votes > 0)) ? w : NULL;
}

/* Whether a comma alone between two names, the first from token `first`,
 * the second up to token `end`, lists them: a comma or "and" after the
 * second or before the first ("La Boheme, La Traviata and"), not a
 * clause's ("In a statement to Gossip Cop, Giada said"). */
static gboolean
comma_lists (const PrecisDocument *doc, const PrecisSentence *s, guint32 first, guint32 end)
{
  return (end < s->first_token + s->n_tokens && is_coordinator (doc, end)) ||
         (first > s->first_token && is_coordinator (doc, first - 1));
}

/* Whether mention `m` is listed right beside a mention of a work title:
 * "favourites Million Dollar Baby and The Aviator", "including The
 * Aviator and Sideways", "competitors The Aviator and Finding
 * Neverland", with "and", "or", ", and" or a list's comma between.  Not
 * a name after "the" ("for the National Theatre, Private Lives and"),
 * which a title writes with a capital, nor one before a possessive, the
 * author of the next title ("La Traviata and Fromental Halevy's La
 * Juive"), nor a name opening with a place the gazetteer knows
 * ("Bloomington, Washington County, Utah The Bloomnigton arrow"). */
static gboolean
listed_beside_work (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, GHashTable *by_first, GHashTable *by_end,
                    gboolean works, const PrecisNerMention *m)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];
  guint32 last = s->first_token + s->n_tokens, i = m->end;
  Group *w;

  if ((m->first > s->first_token && precis_ner_token_is (doc, m->first - 1, "the")) ||
      (m->end < last && precis_ner_token_is_possessive_mark (doc, m->end)) || says (doc, m, SAYS_PLACE_TAIL) ||
      precis_ner_tokens_gazetteer_type (gaz, doc, m->first, m->first + 1) != 0)
    return FALSE;
  if (i < last && is_coordinator (doc, i))
    {
      gboolean comma = precis_ner_token_is (doc, i, ",");

      if (i + 1 < last && comma && precis_ner_token_is (doc, i + 1, "and"))
        {
          i++;
          comma = FALSE;
        }
      if (i + 1 < last && (w = work_group_at (by_first, i + 1, works)) != NULL)
        {
          /* The work's mention that starts there, for a comma's list. */
          for (guint k = 0; k < w->mentions->len; k++)
            {
              const PrecisNerMention *n = &g_array_index (w->mentions, PrecisNerMention, k);

              if (n->first == i + 1 && (!comma || comma_lists (doc, s, m->first, n->end)))
                return TRUE;
            }
        }
    }
  i = m->first;
  if (i > s->first_token + 1 && is_coordinator (doc, i - 1))
    {
      gboolean comma = precis_ner_token_is (doc, i - 1, ",");

      i--;
      if (i > s->first_token + 1 && precis_ner_token_is (doc, i, "and") && precis_ner_token_is (doc, i - 1, ","))
        i--;
      /* by_end files a mention under its last token. */
      if ((w = work_group_at (by_end, i - 1, works)) != NULL)
        for (guint k = 0; k < w->mentions->len; k++)
          {
            const PrecisNerMention *n = &g_array_index (w->mentions, PrecisNerMention, k);

            if (n->end == i && (!comma || comma_lists (doc, s, n->first, m->end)))
              return TRUE;
          }
    }
  return FALSE;
}

/* "Other Oscar contenders, including The Aviator and Sideways": a name
 * listed beside a title that the article's words made one (a film named
 * like a person, "Million Dollar Baby"; a noun's "comedy Sideways") is a
 * title too, though nothing is written before it, with the weight of a
 * title's words for each such mention.  In English outside sports
 * reports; not a name a list knows, nor one opening with a given name
 * ("nominations for Vera Drake and Imelda Staunton").  Titles listed in
 * a row spread along it: three passes. */
static void
spread_work_to_listed (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, GPtrArray *groups)
{
  g_autoptr (GHashTable) by_first = NULL;
  g_autoptr (GHashTable) by_end = NULL;
  gboolean works, titles = FALSE;

  /* Most articles name no title: nothing to file. */
  for (guint i = 0; i < groups->len && !titles; i++)
    {
      const Group *g = groups->pdata[i];

      titles = !g->merged && (g->title_votes > 0 || g->work_votes > 0) && is_work_title (g);
    }
  if (gaz == NULL || !titles)
    return;
  works = precis_ner_writes_of_works (doc);
  by_first = g_hash_table_new (g_direct_hash, g_direct_equal);
  by_end = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint i = 0; i < groups->len; i++)
    {
      Group *g = groups->pdata[i];

      if (g->merged)
        continue;
      for (guint k = 0; k < g->mentions->len; k++)
        {
          const PrecisNerMention *m = &g_array_index (g->mentions, PrecisNerMention, k);

          g_hash_table_insert (by_first, GUINT_TO_POINTER (m->first + 1), g);
          g_hash_table_insert (by_end, GUINT_TO_POINTER (m->end), g);
        }
    }
  for (guint pass = 0; pass < 3; pass++)
    {
      gboolean moved = FALSE;

      for (guint i = 0; i < groups->len; i++)
        {
          Group *g = groups->pdata[i];
          const PrecisNerMention *first;
          g_autofree char *text = NULL;
          guint listed = 0;

          if (g->merged || g->canonical != NULL || is_work_title (g) || opens_with_given_name (gaz, g->key))
            continue;
          first = &g_array_index (g->mentions, PrecisNerMention, 0);
          text = surface (doc, first);
          if (precis_ner_gazetteer_knows (gaz, text))
            continue;
          for (guint k = 0; k < g->mentions->len; k++)
            listed += listed_beside_work (doc, gaz, by_first, by_end, works, &g_array_index (g->mentions, PrecisNerMention, k));
          if (listed == 0)
            continue;
          g->work_votes += 3 * listed;
          moved = TRUE;
        }
      if (!moved)
        break;
    }
}

static gboolean
is_listed_place (const PrecisNerGazetteer *gaz, const Group *g, const char *value)
{
  return g->canonical == NULL && precis_ner_gazetteer_known (gaz, value) == PRECIS_NER_TYPE_LOC &&
         !opens_with_given_name (gaz, g->key);
}

/* The languages whose people's surnames are seldom their towns' names:
 * Spanish and Portuguese ones often are ("León", "Cárdenas", "Bustos",
 * "Toledo": people in CoNLL-2002 Spanish dev, towns for GeoNames; "Braga",
 * "Chaves", "Maia"). */
static const char *const town_name_languages[] = { "it", "fr", "nl", NULL };

/* "partito da Milano e destinazione Saronno", "a Fiumicino", Saronno
 * read as a person: one word that GeoNames lists as a town of 15,000
 * people or more and WikiNEuRal never as a surname, no given name either
 * ("Arnold", "Wilson", "Clinton", "Darwin" are towns too), nor a person of
 * entities.tsv, is the town whatever the tagger read, in Italian, French
 * and Dutch, whose lexicons know only the larger places.  Dev, mentions
 * gained and lost: Italian (KIND) +23 −0, Dutch +8 −0, French (WikiNEuRal
 * validation) +8 −5 ("Batman"); Spanish +2 −7, left out with Portuguese. */
static gboolean
is_world_town (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, const Group *g, const char *value)
{
  return g->canonical == NULL && g->n_words == 1 && doc->language != NULL &&
         precis_ner_word_in_list (town_name_languages, doc->language) &&
         precis_ner_gazetteer_is_world_town (gaz, value) && !precis_ner_gazetteer_is_world_surname (gaz, value) &&
         !precis_ner_gazetteer_is_given_name (gaz, g->key) &&
         PRECIS_NER_KNOWN_TYPE (precis_ner_gazetteer_known (gaz, value)) != PRECIS_NER_TYPE_PER;
}

/* Nouns for a person that an apposition ends with: "Glynn Tromans - the
 * reigning UK and England Cross-Country champion -". */
static const char *const apposition_roles[] = {
  "champion", "president", "minister", "leader", "chairman", "director", "coach", "manager",
  "captain", "winner", "striker", "spokesman", "spokeswoman", "secretary", "governor", "mayor",
  "chief", "executive", "singer", "actor", "actress", "player", "author", "founder", "owner", NULL,
};

static const char *const english_articles[] = { "the", "a", "an", NULL };

/* The marks that open and close an apposition. */
static const char *const apposition_marks[] = { ",", "-", "--", "\u2013", "\u2014", NULL };

/* How many words an apposition may have after its article. */
#define MAX_APPOSITION_WORDS 10

/* Whether mention `m` is followed by an apposition that says a person's
 * role (a name of two words or more): a mark, "the", "a" or "an", at
 * most ten words, the last one of apposition_roles, and a mark or a full
 * stop ("Glynn Tromans - the reigning ... champion - finished", read as
 * a club).  CoNLL-2003 train
 * and dev (gold): 14 names so followed, all people's ("Graeme Obree, the
 * 1995 world champion,"); a nation's team is no person ("Ethiopia - the
 * reigning champion -"), which the gazetteer knows. */
static gboolean
has_persons_apposition (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];
  guint32 end = s->first_token + s->n_tokens, k = m->end + 2;

  /* One word may be a club ("Porto, the European champion,"). */
  if (m->end - m->first < 2 || k >= end || !precis_ner_token_in_list (doc, m->end, apposition_marks) ||
      !precis_ner_token_is_lower_in_list (doc, m->end + 1, english_articles))
    return FALSE;
  for (; k < end && k <= m->end + 2 + MAX_APPOSITION_WORDS; k++)
    if (precis_ner_token_in_list (doc, k, apposition_marks) || precis_ner_token_is (doc, k, "."))
      return k > m->end + 2 && precis_ner_token_is_lower_in_list (doc, k - 1, apposition_roles);
  return FALSE;
}

/* The nouns of a leader's tenure and team, written after the leader's
 * name alone. */
static const char *const tenure_nouns[] = { "administration", "presidency", NULL };

/* "the Obama administration", "the Clinton presidency": a name of one
 * word before a tenure noun is the leader's, a person, not a body, though
 * the tagger reads it so (CoNLL-2003 train and dev, gold: 4 names before
 * these nouns, all people's); not a body the lexicons know.  Not before
 * "campaign", which a party runs too ("the Labour campaign"). */
static gboolean
names_leaders_tenure (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, const PrecisNerMention *m,
                      const char *text)
{
  return m->end - m->first == 1 && m->end < doc->n_tokens &&
         doc->tokens[m->end].sentence == m->sentence &&
         precis_ner_token_is_lower_in_list (doc, m->end, tenure_nouns) && gaz != NULL &&
         !precis_ner_gazetteer_knows (gaz, text);
}

/* The punctuation after a person named with his body: "said MSN's Blake
 * Irving.", "Everton's Duncan Ferguson, who". */
static const char *const owned_person_closers[] = { ",", ".", ";", "(", ")", "-", "--", ":", NULL };

/* "said MSN's Blake Irving." read as a company: two capitalized words
 * (folded: `key`) after a body's name read as one and its "'s", closed
 * by punctuation, name the body's person, not a body of the body.
 * CoNLL-2003 train and dev (gold), an organization, "'s", two capitalized
 * words and punctuation: 8 people's names of 8 ("Celtic's Jackie
 * McNamara,"); no name that ends as a body's or a place's ("Daewoo Corp",
 * "Columbia University"), which a place's "'s" has before it. */
static gboolean
names_owners_person (const PrecisDocument *doc, const GArray *mentions, const PrecisNerMention *m,
                     const char *key)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];

  if (m->end - m->first != 2 || m->first < s->first_token + 2 || m->end >= s->first_token + s->n_tokens ||
      doc->tokens[m->first].shape != PRECIS_SHAPE_CAPITALIZED ||
      doc->tokens[m->first + 1].shape != PRECIS_SHAPE_CAPITALIZED ||
      !precis_ner_token_is_possessive (doc, m->first - 1) ||
      !precis_ner_token_in_list (doc, m->end, owned_person_closers) || names_body_or_place (key) ||
      has_org_designator (key))
    return FALSE;
  for (guint i = 0; i < mentions->len; i++)
    {
      const PrecisNerMention *owner = &g_array_index (mentions, PrecisNerMention, i);

      if (owner->end == m->first - 1)
        return owner->type == PRECIS_NER_TYPE_ORG;
    }
  return FALSE;
}

/* "Kenneth Morgan Stancil III", read as a company: a given name opening
 * a name that ends with a generation is a person's ("Grand Theft Auto IV"
 * and "World War II" open with none). */
static gboolean
names_a_generation (const PrecisNerGazetteer *gaz, const Group *g)
{
  /* without_generation() cuts only after two words or more. */
  return g->canonical == NULL && without_generation (g->key) != strlen (g->key) &&
         opens_with_given_name (gaz, g->key);
}

/* "German magazine Der Spiegel", "Die Zeit": in English text a name that
 * opens with a German article ("der", "die") is a paper's, a band's, a
 * party's or a work's, never a person's (CoNLL-2003 train and dev: "Der
 * Spiegel" twice, an organization; no person's name opens so).  Not
 * "das", an Indian surname ("Das told reporters"). */
static gboolean
opens_with_german_article (const Group *g)
{
  return g->canonical == NULL && g->n_words >= 2 &&
         (g_str_has_prefix (g->key, "der ") || g_str_has_prefix (g->key, "die "));
}

/* "the Duchess of Cambridge", "the Earl of Snowdon", read as bodies (as
 * "Bank of England" is one): a peer's title and a place of one or two
 * words names the peer, not "Duke of Norfolk's XI" (a side, CoNLL dev).
 * Not "prince" or "king" (CoNLL names the place alone after them: "King
 * of Scotland"). */
static gboolean
names_a_peer (const Group *g)
{
  static const char *const peers[] = {
    "duke", "duchess", "earl", "countess", "marquess", "marchioness", "viscount", "viscountess",
    "baroness", NULL,
  };
  const char *space = strchr (g->key, ' '), *place;
  guint words = 0;

  if (g->canonical != NULL || space == NULL || !g_str_has_prefix (space, " of ") ||
      !word_is_one_of (peers, g->key, (gsize) (space - g->key)))
    return FALSE;
  for (place = space + 4; *place != '\0'; place++)
    if (*place == '\'')
      return FALSE;
    else
      words += *place == ' ';
  return words < 2;
}

/* Whether mention `m` is one capitalized word, the first or the last of
 * the two of `key`: "Kelly" joined to "Kelly Holmes". */
static gboolean
is_part_of_key (const PrecisDocument *doc, const PrecisNerMention *m, const char *key)
{
  const char *space = strchr (key, ' ');
  g_autofree char *word = NULL;

  if (m->end - m->first != 1 || doc->tokens[m->first].shape != PRECIS_SHAPE_CAPITALIZED || space == NULL)
    return FALSE;
  word = fold_surface (doc, m->first, m->end);
  return strcmp (word, space + 1) == 0 ||
         (strlen (word) == (gsize) (space - key) && strncmp (word, key, space - key) == 0);
}

static gboolean
is_given_and_surname (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, const Group *g)
{
  const char *space = strchr (g->key, ' ');

  /* More votes than mentions: a rule read a club or a company in its
   * context ("Aram Masis 0 Tigran Ararat 3"), not the tagger alone. */
  if (g->n_words != 2 || space == NULL || g->org_evidence > 0 || g->canonical != NULL ||
      g->votes[PRECIS_NER_TYPE_ORG] > g->mentions->len ||
      has_org_designator (g->key) || names_body_or_place (g->key))
    return FALSE;
  if (!opens_with_given_name (gaz, g->key) || precis_ner_gazetteer_is_given_name (gaz, space + 1))
    return FALSE;
  for (guint i = 0; i < g->mentions->len; i++)
    {
      const PrecisNerMention *m = &g_array_index (g->mentions, PrecisNerMention, i);

      if (!(is_two_capitalized_words (doc, m) || is_part_of_key (doc, m, g->key)) ||
          (m->first > 0 && precis_ner_word_in_list (articles, doc->tokens[m->first - 1].lower)) ||
          says (doc, m, SAYS_RESULTS_ENTRY) || says (doc, m, SAYS_TABLE_SIDE) ||
          says (doc, m, SAYS_FIXTURE_SIDE) || says (doc, m, SAYS_CLUB_FIXTURE_SIDE))
        return FALSE;
    }
  return TRUE;
}

/* "Irving Berlin", "Jordan Spieth", "Mel Blanc", read as places (the
 * gazetteer's "Berlin" and "Jordan" lead the tagger): a given name and a
 * word that is no word of the language (words.txt: not "Alice Springs",
 * "Victoria Falls", "Mary Rose"), no name the gazetteer knows whole,
 * never after "in", "at" or "near" nor on a place's line, and not ending
 * as a place ("George Street") is a person's name, as is_given_and_surname
 * () reads one typed a body. */
static gboolean
is_given_and_surname_place (const PrecisDocument *doc, const PrecisNerGazetteer *gaz, const Group *g)
{
  const char *last = strrchr (g->key, ' ');

  return g->place_evidence == 0 && g->place_lines == 0 && last != NULL &&
         !precis_ner_key_ends_as_place (g->key) && !precis_ner_gazetteer_is_english_word (gaz, last + 1) &&
         PRECIS_NER_KNOWN_TYPE (precis_ner_gazetteer_known (gaz, g->key)) != PRECIS_NER_TYPE_LOC &&
         is_given_and_surname (doc, gaz, g);
}

GPtrArray *
precis_ner_entities_group (const PrecisDocument *doc, const PrecisNerGazetteer *gaz,
                           const GArray *tagged, PrecisNerLowerWords *lower_words)
{
  g_autoptr (GArray) mentions = extend_given_names (doc, tagged);
  g_autoptr (GPtrArray) groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  g_autoptr (GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);
  PrecisNerStringSet common_nouns;
  /* A sports report: the words of a side are a side's (ner-sides.c,
   * ner-german-sides.c). */
  gboolean sports = precis_ner_is_sports_report (doc, lower_words) || precis_ner_is_german_sports_report (doc);
  gboolean writes_of_clubs = precis_ner_reads_as_english (doc) &&
                             (precis_ner_lower_words_contains (lower_words, "club") ||
                              precis_ner_lower_words_contains (lower_words, "clubs"));
  gboolean english = precis_ner_reads_as_english (doc);
  GPtrArray *entities = g_ptr_array_new_with_free_func ((GDestroyNotify) precis_ner_entity_free);

  for (guint i = 0; i < mentions->len; i++)
    {
      const PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, i);
      g_autofree char *text = surface (doc, m);
      const PrecisNerGazEntry *entry = NULL;
      g_autofree char *key = NULL;
      Group *g;
      gboolean side, titled = FALSE;

      if (gaz != NULL)
        entry = is_acronym_in_prose (doc, m) ? precis_ner_gazetteer_find_as_written (gaz, text)
                                             : precis_ner_gazetteer_find (gaz, text);
      /* "Land Hessen", "des Landes Sachsen-Anhalt": the state the
       * gazetteer knows, one fact with "Hessen" (ner-wire.c). */
      if (gaz != NULL && entry == NULL && m->end - m->first >= 2 && precis_ner_is_state_noun (doc, m->first))
        {
          g_autofree char *state = precis_ner_tokens_text (doc, m->first + 1, m->end);

          entry = precis_ner_gazetteer_find (gaz, state);
        }
      /* "Welsh", "Russian": an adjective, not an actor or a place (and
       * not a mention of the country: "Russian envoys" are not Russia);
       * "Jordanians", "Saudis": people of a nation, not one actor. */
      if (entry != NULL ? entry->type == PRECIS_NER_GAZ_DEMONYM : is_plural_demonym (gaz, text))
        continue;
      /* "CO2", "NO2": a gas, no actor and no place. */
      if (precis_ner_is_chemical_formula (text))
        continue;
      /* People are never looked up as places (Georgia, Chad, Jordan). */
      if (m->type == PRECIS_NER_TYPE_PER)
        entry = NULL;
      key = entry ? g_strconcat ("@", entry->canonical, NULL) : fold (text);
      /* "the Tories" and "the Conservative Party", "Lib Dems" and
       * "Liberal Democrats": one party (ner-institutions.c). */
      if (entry == NULL && english && precis_ner_party_key (key) != NULL)
        {
          char *party = g_strdup (precis_ner_party_key (key));

          g_free (key);
          key = party;
        }
      g = g_hash_table_lookup (by_key, key);
      if (g == NULL)
        {
          g = g_new0 (Group, 1);
          g->key = g_steal_pointer (&key);
          g->canonical = entry ? entry->canonical : NULL;
          /* Room for a few mentions: a name repeated grew it two or three times. */
          g->mentions = g_array_sized_new (FALSE, FALSE, sizeof (PrecisNerMention), 4);
          g->n_words = precis_ner_count_words (g->key);
          g->listed_org = entry == NULL && gaz != NULL && precis_ner_gazetteer_is_organization (gaz, text);
          g_ptr_array_add (groups, g);
          g_hash_table_insert (by_key, g->key, g);
        }
      g_array_append_val (g->mentions, *m);
      /* "Port Vale (away to Yeovil)", "at the hands of Sevilla": a side
       * of a sports report, evidence that the tagger was not alone. */
      side = sports && (m->type != PRECIS_NER_TYPE_PER || m->end - m->first <= 3) &&
             is_report_side (doc, gaz, m, m->type == PRECIS_NER_TYPE_PER);
      g->side_evidence += side;
      /* "MONTREAL AT BOSTON", "WIGAN , England 1996-12-07": the place
       * itself, whatever the tagger or the rules below read; it does not
       * decide what the name's other mentions are (split_places). */
      if (says (doc, m, SAYS_PLACE_LINE))
        {
          g->votes[PRECIS_NER_TYPE_LOC]++;
          g->place_lines++;
          continue;
        }
      /* "in Harlow, Essex": the place, whatever the tagger read, with
       * the weight of the club contexts below against the name's other
       * mentions ("Essex won the toss"); split_places keeps it a place
       * when they win. */
      if (m->place_named)
        {
          g->votes[PRECIS_NER_TYPE_LOC] += 3;
          g->place_evidence++;
          continue;
        }
      /* "Leeds band Kaiser Chiefs", "his Buckinghamshire home": a place
       * the gazetteer knows (or entities.tsv: "Glasgow"), before a thing of
       * a town's that no club or company has (ner-places.c), is the town,
       * whatever the tagger read ("Leeds" a club), and in a sports report
       * too. */
      if (english &&
          (entry != NULL || (gaz != NULL && PRECIS_NER_KNOWN_TYPE (precis_ner_gazetteer_known (gaz, text)) == PRECIS_NER_TYPE_LOC)) &&
          precis_ner_names_towns_thing (doc, m))
        g->votes[PRECIS_NER_TYPE_LOC] += 3;
      /* "Chelsea's Premiership lead": a one-word "person" whose words
       * around it go with a team, never with one athlete, is a club; that
       * evidence outweighs the tagger's reading of two more mentions;
       * so do a sports report's words of a side, for a name of up to
       * three words ("Port Vale (away to Yeovil)"). */
      else if (m->type == PRECIS_NER_TYPE_PER &&
          ((m->end - m->first == 1 ? says (doc, m, SAYS_TEAM) || says (doc, m, SAYS_FIXTURE_SIDE) ||
                                       faces_a_club (doc, gaz, mentions, m) || says (doc, m, SAYS_CLUB_IN_PROSE) ||
                                       says (doc, m, SAYS_CLUB_VERB)
                                   : says (doc, m, SAYS_CLUB_FIXTURE_SIDE)) ||
           says (doc, m, SAYS_TABLE_SIDE) || says (doc, m, SAYS_DASH_RESULT_SIDE) ||
           says (doc, m, SAYS_THE_TEAM_ROLE) ||
           side || (sports && is_plural_noun_name (doc, gaz, m))))
        g->votes[PRECIS_NER_TYPE_ORG] += 3;
      /* "league champions Porto", "Cannes 0 Monaco 2", in a sports
       * report "at the hands of Sevilla": a town's club, not
       * the town; so in every mention of the name in the article.  A
       * nation's side stays a place, as CoNLL types it. */
      else if (m->type == PRECIS_NER_TYPE_LOC && !is_nation (entry, g->key) &&
               (says (doc, m, SAYS_CLUB) || says (doc, m, SAYS_RESULTS_ENTRY) ||
                says (doc, m, SAYS_FIXTURE_SIDE) || says (doc, m, SAYS_PROSE_RESULT_SIDE) ||
                says (doc, m, SAYS_DASH_RESULT_SIDE) || short_for_club (doc, gaz, mentions, m) ||
                says (doc, m, SAYS_CLUB_IN_PROSE) || faces_a_club (doc, gaz, mentions, m) ||
                says (doc, m, SAYS_THE_TEAM_ROLE) || says (doc, m, SAYS_BEATEN_SIDE) ||
                brackets_persons_side (doc, mentions, m) ||
                (entry != NULL && says (doc, m, SAYS_CLUB_ARTICLE)) ||
                side))
        g->votes[PRECIS_NER_TYPE_ORG] += 3;
      /* "Rostock - Freiburg 0:2" read as the club: the result weighs as
       * much as for a side read as a place, against the town's other
       * mentions ("Freiburg bleibt Tabellenführer"); a nation's side
       * stays a place ("Deutschland - Costa Rica 2:0").  So does a side
       * of a sports report ("Norwich (away to Rotherham)" against
       * "Norwich fail to win" read as a person). */
      else if (m->type == PRECIS_NER_TYPE_ORG && !is_nation (entry, g->key) &&
               (says (doc, m, SAYS_DASH_RESULT_SIDE) || side))
        g->votes[PRECIS_NER_TYPE_ORG] += 2;
      /* "abortion drama Vera Drake": a title, counted against the other
       * readings with the same weight, never for a gazetteer place; so is
       * a prize or an event ("won the Golden Osella", "Venice Film
       * Festival"), an illness ("Down Syndrome"), or what a prize went
       * to or what is nominated ("an Oscar for Spirited Away",
       * "nominations for Best Solo Female"; not a person: "a Bafta
       * nomination for Imelda Staunton"), or either part of a title and its
       * subtitle outside a sports report ("Prince of Persia: Warrior
       * Within"). */
      else if (entry == NULL && ((titled = says (doc, m, SAYS_WORK) ||
                                           (english && !sports && precis_ner_is_colon_title (doc, gaz, m)) ||
                                           (!sports && precis_ner_tokens_gazetteer_type (gaz, doc, m->first, m->end) == 0 &&
                                            (precis_ner_is_bracketed_work (doc, m) ||
                                             (precis_ner_follows_acting (doc, m) &&
                                              !(gaz != NULL && m->end - m->first == 1 && precis_ner_is_town_word (doc, gaz, m->first))))) ||
                                           (says (doc, m, SAYS_AWARDED_WORK) && (gaz == NULL || !opens_with_given_name (gaz, g->key)))) ||
                                 says (doc, m, SAYS_AWARD_OR_EVENT) || says (doc, m, SAYS_CONDITION) || says (doc, m, SAYS_PRODUCT) ||
                                 (says (doc, m, SAYS_NOMINATED_FOR) && (gaz == NULL || !opens_with_given_name (gaz, g->key)))))
        {
          g->votes[PRECIS_NER_TYPE_MISC] += 3;
          g->title_votes += titled;
        }
      /* "PlayStation Portable", "GameCube": a title the lexicon of works
       * lists, with the weight of a title's words. */
      else if (entry == NULL && english && is_listed_work (doc, gaz, mentions, text))
        {
          g->work_votes += 3;
          g->title_votes++;
        }
      /* "the Hunting Bill": a law, with the weight of a title's words. */
      else if (entry == NULL && english && names_law (doc, gaz, m))
        g->votes[PRECIS_NER_TYPE_MISC] += 3;
      /* "Million Dollar Baby", "Scissor Sisters": no person's name; the
       * tagger's vote goes to a title, so that a body read so in its other
       * mentions stays one ("Screen Daily said" read as a person once). */
      else if (entry == NULL && english && is_person_of_words (doc, gaz, m, text, g->key))
        g->work_votes++;
      /* "Being Julia", "Finding Neverland", read as people: a title,
       * with a title's weight; not a street's or a body's name that
       * opens so ("Downing Street", "Reading FC"). */
      else if (entry == NULL && english && opens_with_gerund (doc, gaz, m) &&
               !precis_ner_key_ends_as_place (g->key) && !precis_ner_ends_as_body_or_place (g->key))
        g->votes[PRECIS_NER_TYPE_MISC] += 3;
      /* "the Earth's atmosphere", "Jupiter's moon": a planet or a moon,
       * no fact, whatever the tagger read. */
      else if (entry == NULL && english && names_celestial_body (doc, lower_words, m))
        g->votes[PRECIS_NER_TYPE_MISC] += 3;
      /* "Ubisoft's Rayman DS", "BBC One's Breakfast with Frost": a body's
       * product or show, outside a sports report, with the weight of two
       * mentions: a name the article reads as a body more often stays one. */
      else if (entry == NULL && english && !sports && follows_bodys_possessive (doc, gaz, mentions, m, text, g->key))
        g->work_votes += 2;
      /* "Miyazaki's Spirited Away": a person's work, with the weight of a
       * title's words (not moved to a longer name, as above). */
      else if (entry == NULL && english && !sports && follows_persons_possessive (doc, gaz, mentions, m) &&
               PRECIS_NER_KNOWN_TYPE (precis_ner_gazetteer_known (gaz, text)) == PRECIS_NER_TYPE_NONE)
        {
          g->work_votes += 3;
          g->title_votes++;
        }
      /* "the town of Rousse", "the port of Aqaba": a place, whatever
       * the tagger read of a name it never saw, with the weight of the
       * club contexts; so is a "person" or a company named as a venue
       * ("Johan Cruijff ArenA", "Emirates Stadium"). */
      else if (m->type != PRECIS_NER_TYPE_LOC &&
               (says (doc, m, SAYS_PLACE_HEAD) ||
                says (doc, m, SAYS_PLACE_TAIL) || (!sports && names_county (doc, m))))
        g->votes[PRECIS_NER_TYPE_LOC] += 3;
      /* "Piazza Affari", "Rua Augusta": no person, though the seat of a
       * body may stand for it (KIND's "Piazza Affari", the exchange). */
      else if (m->type == PRECIS_NER_TYPE_PER &&
               (says (doc, m, SAYS_PLACE_OPENER) || names_building (doc, gaz, mentions, m)))
        g->votes[PRECIS_NER_TYPE_LOC] += 3;
      else if (m->type == PRECIS_NER_TYPE_LOC && entry == NULL && is_lone_given_name (doc, gaz, m))
        g->votes[PRECIS_NER_TYPE_PER]++;
      else
        g->votes[m->type]++;
      if (m->type == PRECIS_NER_TYPE_LOC && follows_place_preposition (doc, m))
        g->place_evidence++;
      /* "S Bennett", "M. Bicknell": an initial and a name is a person's
       * name (CoNLL train: 261 people, 17 others, all of them gazetteer
       * places such as "S. Korea" or "O Globo"'s article). */
      if (m->type != PRECIS_NER_TYPE_PER && entry == NULL && says (doc, m, SAYS_INITIAL_AND_NAME))
        g->votes[PRECIS_NER_TYPE_PER] += 2;
      /* "photographer Hernando Rivera Cervantes", "striker Jordan Rhodes",
       * "Mr Cordes" read as a body or a place: the role before the name
       * is a person's (ner-titles.c lists them), and no list knows the
       * name as a place. */
      else if (m->type != PRECIS_NER_TYPE_PER && entry == NULL && precis_ner_after_person_role (doc, m))
        g->votes[PRECIS_NER_TYPE_PER] += 2;
      /* "Mr Lacroix said", beside "the Lacroix label" read twice as a
       * body: an honorific says a person as surely as the club contexts
       * above say a side, and outweighs the tagger's reading of two
       * mentions that say nothing of the kind. */
      else if (m->type == PRECIS_NER_TYPE_PER && english && follows_honorific (doc, m))
        g->votes[PRECIS_NER_TYPE_PER] += 2;
      /* "Rowling revealed she had completed the novel", read as a body:
       * the pronoun after the speech verb says a person. */
      else if (m->type != PRECIS_NER_TYPE_PER && entry == NULL && english && speaks_as_person (doc, m))
        g->votes[PRECIS_NER_TYPE_PER] += 2;
      /* "Glynn Tromans - the reigning ... champion -": a person's role. */
      else if (m->type != PRECIS_NER_TYPE_PER && entry == NULL &&
               (has_persons_apposition (doc, m) || precis_ner_before_language_person_role (doc, m)))
        g->votes[PRECIS_NER_TYPE_PER] += 2;
      /* "the Obama administration": the leader's. */
      else if (m->type != PRECIS_NER_TYPE_PER && entry == NULL && english && names_leaders_tenure (doc, gaz, m, text))
        g->votes[PRECIS_NER_TYPE_PER] += 2;
      /* "said MSN's Blake Irving.": the body's person. */
      else if (m->type == PRECIS_NER_TYPE_ORG && entry == NULL && names_owners_person (doc, mentions, m, g->key))
        g->votes[PRECIS_NER_TYPE_PER] += 2;
      /* "Chrysler sales", "Wipro, India's third-biggest software firm": a
       * company the tagger's 1996 news never saw.  So is a name the
       * English gazetteer does not know as a place, read as one ("an
       * analyst at Gartmore", "chief economist at Gerrard"; the dev scan:
       * 9 firms and bodies, a misspelt town and a racecourse). */
      if ((m->type == PRECIS_NER_TYPE_PER || (m->type == PRECIS_NER_TYPE_LOC && english)) && entry == NULL &&
          says (doc, m, SAYS_COMPANY) && !written_as_given_and_surname (doc, gaz, m))
        {
          g->votes[PRECIS_NER_TYPE_ORG] += 2;
          g->org_evidence++;
        }
      /* "Gartner analyst Carolina Milanesi", "Prebon Yamane economist
       * Lena Komileva": the employer, though written like a given name
       * and a surname. */
      if (m->type == PRECIS_NER_TYPE_PER && entry == NULL && english && precis_ner_employs_named_staff (doc, m))
        {
          g->votes[PRECIS_NER_TYPE_ORG] += 3;
          g->org_evidence++;
        }
      /* "Microsoft's Windows operating system": a product, said once
       * for all its mentions (products_outvote ()). */
      if (entry == NULL && english && !sports && precis_ner_names_software (doc, m))
        g->product_said++;
      /* "Boyzone singer Ronan Keating", "X Files actress Gillian
       * Anderson": the band or the show, not a person; nor a company
       * (the rules above may have read "X Files" so).  Not a place: a
       * town's singer is from there ("Melbourne singer Daniel
       * Buccheri").  With the weight of the tagger's reading and an
       * initial's ("X Files" read as "S Bennett") together. */
      if ((m->type == PRECIS_NER_TYPE_PER || m->type == PRECIS_NER_TYPE_ORG) && entry == NULL && english && !sports)
        {
          PrecisNerType group_type = players_group_type (doc, mentions, m);

          if (group_type != PRECIS_NER_TYPE_NONE)
            g->votes[group_type] += 4;
          if (group_type == PRECIS_NER_TYPE_ORG)
            g->org_evidence++;
        }
      /* "Aston Villa's Thomas Hitzlsperger": in a sports report or an
       * article that writes of a club, the player's club (not a title
       * made of words, "Million Dollar Baby's Hilary Swank"), whatever the
       * tagger read in its other mentions.  Not elsewhere: an actor's
       * show stands there ("The Office's Ricky Gervais", "Brookside's
       * Marie Jackson"), or a town's museum. */
      if (english && (sports || writes_of_clubs) && entry == NULL && owns_named_person (doc, gaz, mentions, m) &&
          !is_person_of_words (doc, gaz, m, text, g->key) && !is_listed_work (doc, gaz, mentions, text))
        {
          g->votes[PRECIS_NER_TYPE_ORG] += 2;
          g->org_evidence++;
        }
      /* A company of the lexicon (or a well-known organization of
       * entities.tsv: "Chelsea", "BBC") is one, whatever the tagger read,
       * from the start: the links below join only organizations ("HP" and
       * "Hewlett Packard"). */
      if (entry == NULL && m->type != PRECIS_NER_TYPE_ORG && gaz != NULL &&
          precis_ner_gazetteer_is_organization (gaz, text))
        g->votes[PRECIS_NER_TYPE_ORG] += 2;
      /* "software giant Microsoft", "distributor Toho": the noun before
       * the name says what it is, and outvotes one reading of the tagger. */
      if (m->type != PRECIS_NER_TYPE_ORG && (says (doc, m, SAYS_ORG_HEAD) ||
                                             (entry == NULL && english && precis_ner_names_chain (doc, m))))
        {
          g->votes[PRECIS_NER_TYPE_ORG] += 2;
          g->org_evidence++;
        }
      /* "according to the Telegraph", "the Post reported": a paper,
       * which outweighs its mentions that say nothing ("the Telegraph's
       * owners" read as a place). */
      else if (says (doc, m, SAYS_PAPER))
        {
          g->votes[PRECIS_NER_TYPE_ORG] += 2;
          g->org_evidence++;
        }
      /* The same in the other languages ("le constructeur automobile
       * Renault", "die Netzbetreiber Tennet"), and a name that opens with
       * such a noun ("Vereniging van Makelaars"); not a place of the
       * gazetteer ("Banque de France" names a bank, but "Bund" no town).
       * So is a "person" before an apposition that says its kind
       * ("Stellantis, il gruppo automobilistico"; gold of CoNLL-2002
       * es/nl, KIND, HAREM and WikiNEuRal fr, a name before a comma, an
       * article and such a noun: 53 organizations, 7 people, 4 places,
       * most of the others' ruled out as a noun after "del" or a name
       * after the noun). */
      else if (m->type != PRECIS_NER_TYPE_ORG && entry == NULL &&
               (says (doc, m, SAYS_KIND_NOUN) || says (doc, m, SAYS_OPENS_WITH_KIND_NOUN) ||
                (m->type == PRECIS_NER_TYPE_PER && precis_ner_has_kind_apposition (doc, m))))
        {
          g->votes[PRECIS_NER_TYPE_ORG] += 2;
          g->org_evidence++;
        }
      /* "der Vorstand der Treuhand", "bei Opel in Rüsselsheim": the
       * context the German rules read a body in (ner-head-bodies.c)
       * outvotes the tagger's person or place in the name's other
       * mentions ("Opel will 2000 Stellen streichen"). */
      else if (m->type == PRECIS_NER_TYPE_ORG && entry == NULL &&
               precis_ner_says_german_body_context (doc, m->first, m->end))
        {
          g->votes[PRECIS_NER_TYPE_ORG] += 2;
          g->org_evidence++;
        }
      /* "le ministre de l'Industrie": the department a minister heads is a
       * body, neither a place nor a person. */
      else if (m->type != PRECIS_NER_TYPE_ORG && entry == NULL && says (doc, m, SAYS_DEPARTMENT))
        {
          g->votes[PRECIS_NER_TYPE_ORG] += 2;
          g->org_evidence++;
        }
    }

  /* Variants of one person's name first ("Te Kaurinui Parata", "Te
   * Kaurinui Robert Parata"): a given name that starts both then starts
   * the name of one person, and joins it. */
  precis_ner_join_person_variants (groups);
  join_short_names (doc, gaz, groups);
  precis_ner_join_name_parts (groups, gaz);
  join_acronyms (doc, groups);
  add_repetitions (doc, gaz, lower_words, groups, sports);
  if (english && !sports)
    {
      products_outvote (doc, gaz, groups);
      spread_work_to_listed (doc, gaz, groups);
    }

  common_nouns_init (&common_nouns, doc);

  for (guint i = 0; i < groups->len; i++)
    {
      Group *g = groups->pdata[i];
      PrecisNerEntity *e;
      PrecisFactKind kind;

      if (g->merged || is_common_word (doc, lower_words, g) || is_work_title (g) ||
          is_heading_word (doc, gaz, g, sports))
        continue;
      g_array_sort (g->mentions, compare_mentions);
      kind = kind_of (doc, g, &common_nouns);
      e = split_places (doc, g, kind);
      if (e != NULL)
        g_ptr_array_add (entities, e);
      if (g->mentions->len == 0)
        continue;
      e = g_new0 (PrecisNerEntity, 1);
      e->kind = kind;
      e->value = value_of (doc, g);
      /* "the Tories": the Conservative Party's fact (ner-institutions.c). */
      if (english && precis_ner_party_name (g->key) != NULL)
        {
          g_free (e->value);
          e->value = g_strdup (precis_ner_party_name (g->key));
        }
      /* A company or well-known organization of the lexicons is one,
       * whatever the tagger read ("Google" after "investors in"); a person's name that contains
       * it was joined to the person above ("Michael Dell"). */
      if (g->canonical == NULL && gaz != NULL && precis_ner_gazetteer_is_organization (gaz, e->value))
        e->kind = PRECIS_FACT_ORGANIZATION;
      /* A well-known person's full name read as a company is the person's
       * ("Jeremy Irons"); not one read as a place, which may be named
       * after them (an airport's "Charles de Gaulle", CoNLL dev), nor a
       * lone word ("Disney"). */
      else if (g->canonical == NULL && gaz != NULL && kind == PRECIS_FACT_ORGANIZATION &&
               strchr (e->value, ' ') != NULL &&
               precis_ner_gazetteer_known (gaz, e->value) == PRECIS_NER_TYPE_PER)
        e->kind = PRECIS_FACT_PERSON;
      else if (gaz != NULL && kind == PRECIS_FACT_ORGANIZATION &&
               (is_given_and_surname (doc, gaz, g) || names_a_generation (gaz, g)))
        e->kind = PRECIS_FACT_PERSON;
      else if (gaz != NULL && kind == PRECIS_FACT_PLACE && english && is_given_and_surname_place (doc, gaz, g))
        e->kind = PRECIS_FACT_PERSON;
      else if (kind == PRECIS_FACT_PERSON && precis_ner_reads_as_english (doc) && opens_with_german_article (g))
        e->kind = PRECIS_FACT_ORGANIZATION;
      else if (kind != PRECIS_FACT_PERSON && precis_ner_reads_as_english (doc) && names_a_peer (g))
        e->kind = PRECIS_FACT_PERSON;
      else if (gaz != NULL && kind == PRECIS_FACT_PERSON && !precis_ner_reads_as_german (doc) &&
               (is_listed_place (gaz, g, e->value) || is_world_town (doc, gaz, g, e->value)) &&
               !listed_beside_person (doc, mentions, g))
        e->kind = PRECIS_FACT_PLACE;
      e->mentions = g_array_ref (g->mentions);
      e->evidence = g->org_evidence > 0 || g->place_lines > 0 || g->side_evidence > 0 || g->canonical != NULL ||
                    has_org_designator (g->key) || names_body_or_place (g->key) || opens_as_place (g->key) ||
                    precis_ner_key_ends_as_place (g->key) ||
                    e->kind != kind;
      g_ptr_array_add (entities, e);
    }
  precis_ner_string_set_clear (&common_nouns);
  g_ptr_array_sort (entities, compare_first_mention);
  return entities;
}
