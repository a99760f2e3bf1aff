/* ner-captions.c — a caption pasted into the text runs two names together.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-captions.h"
#include "ner-places.h"
#include "ner-clubs.h"
#include "ner-doc.h"
#include "ner-word.h"

#include <string.h>

/* The first word of the bracket after a name in a picture's caption: who
 * is where in the picture. */
static const char *const picture_cues[] = {
  "left", "right", "centre", "center", "above", "below", "pictured", "top", "bottom", "inset",
  "front", "second", "far", "middle", NULL,
};

static gboolean
before_picture_cue (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];

  return m->end + 1 < s->first_token + s->n_tokens && precis_ner_token_is (doc, m->end, "(") &&
         precis_ner_word_in_list (picture_cues, doc->tokens[m->end + 1].lower);
}

/* The most words of a person's name ends_with_person() matches. */
#define MAX_SURNAME_WORDS 3

/* What the document's mentions say of a run of words: how many mentions
 * of each type have exactly those words; and, as the end of people's
 * names, whether a person is named by them alone and up to two different
 * words named before them ("Tim" of "Tim Sherwood"). */
typedef struct {
  guint votes[PRECIS_NER_TYPE_LOC + 1];
  gboolean person_alone;
  const char *before[2];
  guint n_before;
  gboolean after_the;   /* a mention of them follows "the" */
} Words;

/* The mentions of a document by their words, made once: a page of many
 * thousand names (a pasted table) is read in linear time. */
typedef struct {
  const PrecisDocument *doc;
  GHashTable *words;  /* "w1 w2 …" (lower forms, U+001F between) → Words */
} Index;

/* A key of this many bytes is written on the stack: the index is asked
 * ~150 times an article, and a key allocated and freed each time was a
 * third of it. */
#define KEY_BUF 256

static Words *
index_words (Index *index, guint32 first, guint32 end)
{
  char buf[KEY_BUF];
  char *heap = NULL;
  const char *key = precis_ner_words_key_in (index->doc, first, end, buf, sizeof buf, &heap);
  Words *w = g_hash_table_lookup (index->words, key);

  if (w != NULL)
    {
      g_free (heap);
      return w;
    }
  w = g_new0 (Words, 1);
  g_hash_table_insert (index->words, heap != NULL ? heap : g_strdup (key), w);
  return w;
}

static void
index_init (Index *index, const PrecisDocument *doc, GArray *mentions)
{
  index->doc = doc;
  index->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint j = 0; j < mentions->len; j++)
    {
      const PrecisNerMention *o = &g_array_index (mentions, PrecisNerMention, j);
      Words *w;

      if (o->type > PRECIS_NER_TYPE_LOC)
        continue;
      w = index_words (index, o->first, o->end);
      w->votes[o->type]++;
      if (o->first > 0 && strcmp (doc->tokens[o->first - 1].lower, "the") == 0)
        w->after_the = TRUE;
      if (o->type != PRECIS_NER_TYPE_PER)
        continue;
      for (guint32 n = 1; n <= MAX_SURNAME_WORDS && n <= o->end - o->first; n++)
        {
          const char *before;

          w = index_words (index, o->end - n, o->end);

          if (n == o->end - o->first)
            {
              w->person_alone = TRUE;
              continue;
            }
          before = doc->tokens[o->end - n - 1].lower;
          if (w->n_before == 0 || (w->n_before == 1 && strcmp (w->before[0], before) != 0))
            w->before[w->n_before++] = before;
        }
    }
}

static void
index_clear (Index *index)
{
  g_clear_pointer (&index->words, g_hash_table_unref);
}

static const Words *
index_find (const Index *index, guint32 first, guint32 end)
{
  char buf[KEY_BUF];
  g_autofree char *heap = NULL;

  return g_hash_table_lookup (index->words, precis_ner_words_key_in (index->doc, first, end, buf, sizeof buf, &heap));
}

/* The type most mentions whose words are tokens [`first`, `end`) have
 * (PER before ORG before LOC on a tie), but for `self_type` counted once
 * less (the mention asking, when it has those words); 0 when none. */
static PrecisNerType
named_alone (const Index *index, guint32 first, guint32 end, PrecisNerType self_type)
{
  const Words *w = index_find (index, first, end);
  PrecisNerType type = PRECIS_NER_TYPE_NONE;

  if (w == NULL)
    return PRECIS_NER_TYPE_NONE;
  for (PrecisNerType t = PRECIS_NER_TYPE_PER; t <= PRECIS_NER_TYPE_LOC; t++)
    {
      guint votes = w->votes[t] - (t == self_type ? 1 : 0);

      if (votes > 0 && (type == PRECIS_NER_TYPE_NONE || votes > w->votes[type] - (type == self_type ? 1 : 0)))
        type = t;
    }
  return type;
}

/* Whether the words of `w`, from token `first` of `doc`, end a fuller
 * person's name the document names whose word before them is not token
 * `first` - 1's ("Lane Sherwood" beside "Tim Sherwood"; not "Ryan Giggs"
 * beside "Ryan Giggs"). */
static gboolean
ends_other_full_name (const Words *w, const PrecisDocument *doc, guint32 first)
{
  for (guint k = 0; k < w->n_before; k++)
    if (strcmp (w->before[k], doc->tokens[first - 1].lower) != 0)
      return TRUE;
  return FALSE;
}

/* Whether tokens [`first`, `end`), the end of mention `m`, are a person
 * the document names elsewhere: as the surname of a fuller name whose
 * word before it is not that of `m` ("Lane Sherwood" beside "Tim
 * Sherwood"; not "Ryan Giggs" beside "Ryan Giggs"), or alone when the one
 * word of `m` before it is a name of its own ("PSG Almagro (right)"). */
static gboolean
ends_with_person (const Index *index, const PrecisNerMention *m, guint32 first, guint32 end)
{
  const PrecisDocument *doc = index->doc;
  const Words *w;

  if (end - first > MAX_SURNAME_WORDS || (w = index_find (index, first, end)) == NULL)
    return FALSE;
  if (ends_other_full_name (w, doc, first))
    return TRUE;
  return w->person_alone && first - m->first == 1 && doc->tokens[first - 1].shape == PRECIS_SHAPE_CAPITALIZED &&
         named_alone (index, m->first, first, PRECIS_NER_TYPE_NONE) != PRECIS_NER_TYPE_NONE;
}

/* The type the gazetteer knows tokens [`first`, `end`) by when it is a
 * place or an organization (precis_ner_tokens_known_type()), the names a
 * caption runs into; 0 otherwise. */
static PrecisNerType
known_type (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, guint32 first, guint32 end)
{
  PrecisNerType type = precis_ner_tokens_known_type (gazetteer, doc, first, end);

  return type == PRECIS_NER_TYPE_LOC || type == PRECIS_NER_TYPE_ORG ? type : PRECIS_NER_TYPE_NONE;
}

/* Whether mention `m` is a name of its own: named again elsewhere, or
 * known to the gazetteer. */
static gboolean
is_one_name (const PrecisNerGazetteer *gazetteer, const Index *index, const PrecisNerMention *m)
{
  g_autofree char *text = NULL;

  if (named_alone (index, m->first, m->end, m->type) != PRECIS_NER_TYPE_NONE ||
      known_type (gazetteer, index->doc, m->first, m->end) != PRECIS_NER_TYPE_NONE)
    return TRUE;
  text = precis_ner_tokens_text (index->doc, m->first, m->end);
  return gazetteer != NULL && precis_ner_gazetteer_known (gazetteer, text) != 0;
}

/* Whether mention `m`, cut at `cut` into a head named alone as `head`
 * and a tail named alone as `tail`, is two names run together rather than
 * one name made of two:
 * - a place before a name is part of it ("Manchester City", "Bronx
 *   Supreme Court"), a given name before a surname too ("Ryan Giggs");
 * - a person of two words or more after a body or another person of two
 *   words or more is a run ("Liverpool Raheem Sterling", "BBC Michael
 *   Howard"), and so is a name repeated ("Sunderland Sunderland"); so is
 *   the surname of another person's full name after a person of two
 *   words or more ("Matthew Stevens O'Sullivan" beside "Ronnie
 *   O'Sullivan");
 * - two bodies make one ("Newcastle United", "Windows XP", "Leeds United
 *   Football Club") unless each has two words or more and the tail is
 *   never named after "the" as a common noun phrase is ("Crystal Palace
 *   Manchester City", not "Leeds United Football Club" beside "the
 *   Football Club"). */
static gboolean
is_run (const PrecisNerGazetteer *gazetteer, const Index *index, const PrecisNerMention *m, guint32 cut,
        PrecisNerType head, PrecisNerType tail)
{
  guint32 head_words = cut - m->first, tail_words = m->end - cut;

  if ((head != PRECIS_NER_TYPE_PER && head != PRECIS_NER_TYPE_ORG) ||
      (tail != PRECIS_NER_TYPE_PER && tail != PRECIS_NER_TYPE_ORG))
    return FALSE;
  if (head_words == tail_words && precis_ner_same_words (index->doc, m->first, cut, head_words))
    return TRUE;
  if (head == PRECIS_NER_TYPE_PER && head_words < 2)
    return FALSE;
  /* "Matthew Stevens O'Sullivan is spoken to" beside "Ronnie
   * O'Sullivan": a surname alone after a person's full name is the
   * surname of another. */
  /* Not after a given name, though: "Te Kaurinui Robert Parata" beside
   * his father "Hori Parata" is one name, its given names named alone
   * elsewhere; a full name ends with a surname. */
  if (tail == PRECIS_NER_TYPE_PER)
    return tail_words >= 2 ||
           (head == PRECIS_NER_TYPE_PER && ends_with_person (index, m, cut, m->end) &&
            !(gazetteer != NULL && precis_ner_gazetteer_is_given_name (gazetteer, index->doc->tokens[cut - 1].lower)));
  return head_words >= 2 && tail_words >= 2 && !index_find (index, cut, m->end)->after_the;
}

/* Words that open a region's name before a country's or a continent's
 * ("North America", "South Korea") and that the gazetteer also knows as
 * a subdivision's of some country ("North", "South"). */
static const char *const compass_words[] = {
  "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
  "upper", "lower", "middle", NULL,
};

/* The type of the tail of mention `m` cut at `cut` when `m`, which the
 * gazetteer does not know whole, is a place the gazetteer knows and then
 * a country or a person; 0 otherwise:
 * - "in Podgorica Russia head coach Fabio Capello": a place before a
 *   country, read as one place (no country's name ends with another's
 *   but those the gazetteer knows whole, "Equatorial Guinea");
 * - "at the Crucible Theatre in Sheffield Ali Carter continued": a place
 *   before two words or more, a given name first or a surname the
 *   document names alone last ("Carter won"), read as one place or one
 *   person; not when the place is a given name too ("Paris Hilton",
 *   "Georgia May Jagger");
 * nor when the first word points the compass ("North America"). */
static PrecisNerType
gazetteer_run_tail (const PrecisNerGazetteer *gazetteer, const Index *index, const PrecisNerMention *m, guint32 cut)
{
  const PrecisDocument *doc = index->doc;

  if (gazetteer == NULL || m->type == PRECIS_NER_TYPE_ORG ||
      precis_ner_word_in_list (compass_words, doc->tokens[m->first].lower) ||
      known_type (gazetteer, doc, m->first, cut) != PRECIS_NER_TYPE_LOC)
    return PRECIS_NER_TYPE_NONE;
  if (m->type == PRECIS_NER_TYPE_LOC &&
      (precis_ner_tokens_gazetteer_type (gazetteer, doc, cut, m->end) & PRECIS_NER_GAZ_COUNTRY))
    return PRECIS_NER_TYPE_LOC;
  if (cut == m->first + 1 && m->end - cut >= 2 &&
      !precis_ner_gazetteer_is_given_name (gazetteer, doc->tokens[m->first].lower) &&
      (precis_ner_gazetteer_is_given_name (gazetteer, doc->tokens[cut].lower) ||
       named_alone (index, m->end - 1, m->end, PRECIS_NER_TYPE_NONE) == PRECIS_NER_TYPE_PER))
    return PRECIS_NER_TYPE_PER;
  return PRECIS_NER_TYPE_NONE;
}

/* Whether mention `m` cut at `cut` is a name the document names alone,
 * no given name, run into a person it names, by the document's other
 * mentions:
 * - "... against Valencia Enrique said" beside "Luis Enrique": a club or a
 *   place the gazetteer knows, then the surname of a person named in
 *   full;
 * - "alongside Isco Gareth Bale (pictured)": a person of one word, then
 *   a given name and more. */
static gboolean
is_run_into_person (const PrecisNerGazetteer *gazetteer, const Index *index, const PrecisNerMention *m,
                    guint32 cut, PrecisNerType head)
{
  const PrecisDocument *doc = index->doc;
  const Words *w;

  if (gazetteer == NULL || head == PRECIS_NER_TYPE_NONE ||
      precis_ner_gazetteer_is_given_name (gazetteer, doc->tokens[cut - 1].lower))
    return FALSE;
  /* The club or the place is one the gazetteer knows ("Zoe Ball" beside
   * "Johnny Ball" is her name, though the tagger read "Zoe" alone as a
   * place once). */
  if (head != PRECIS_NER_TYPE_PER)
    {
      if (m->end - cut != 1 || (w = index_find (index, cut, m->end)) == NULL ||
          (known_type (gazetteer, doc, m->first, cut) == PRECIS_NER_TYPE_NONE &&
           !(cut - m->first == 1 && precis_ner_is_town_word (doc, gazetteer, m->first))))
        return FALSE;
      return ends_other_full_name (w, doc, cut);
    }
  return cut - m->first == 1 && m->end - cut >= 2 &&
         precis_ner_gazetteer_is_given_name (gazetteer, doc->tokens[cut].lower);
}

/* Where mention `m` splits into two names, or 0; their types in
 * `*head_type` (0: the head is no name) and `*tail_type`. */
static guint32
find_cut (const PrecisNerGazetteer *gazetteer, const Index *index, const PrecisNerMention *m,
          PrecisNerType *head_type, PrecisNerType *tail_type)
{
  const PrecisDocument *doc = index->doc;
  gboolean cue = before_picture_cue (doc, m);

  for (guint32 cut = m->first + 1; cut < m->end; cut++)
    {
      PrecisNerType head = named_alone (index, m->first, cut, PRECIS_NER_TYPE_NONE);
      PrecisNerType tail = named_alone (index, cut, m->end, PRECIS_NER_TYPE_NONE);

      /* "Nicole Randock (centre)" beside "Alexis Randock": sisters share
       * a surname; a given name before it is hers. */
      if (cue && ends_with_person (index, m, cut, m->end) &&
          !(gazetteer != NULL && precis_ner_gazetteer_is_given_name (gazetteer, doc->tokens[cut - 1].lower)))
        {
          *head_type = head != PRECIS_NER_TYPE_NONE ? head : known_type (gazetteer, doc, m->first, cut);
          *tail_type = PRECIS_NER_TYPE_PER;
          return cut;
        }
      if ((*tail_type = gazetteer_run_tail (gazetteer, index, m, cut)) != PRECIS_NER_TYPE_NONE)
        {
          *head_type = PRECIS_NER_TYPE_LOC;
          return cut;
        }
      if (is_run_into_person (gazetteer, index, m, cut, head))
        {
          *head_type = head;
          *tail_type = PRECIS_NER_TYPE_PER;
          return cut;
        }
      if (!is_run (gazetteer, index, m, cut, head, tail))
        continue;
      *head_type = head;
      *tail_type = tail;
      return cut;
    }
  return 0;
}

void
precis_ner_split_caption_runs (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, GArray *mentions)
{
  Index index;

  if (!precis_ner_reads_as_english (doc))
    return;
  index_init (&index, doc, mentions);
  for (guint k = mentions->len; k-- > 0;)
    {
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      PrecisNerType head_type = PRECIS_NER_TYPE_NONE, tail_type = PRECIS_NER_TYPE_NONE;
      PrecisNerMention tail;
      guint32 cut;

      /* A name ending with a place's noun is one place: "Colorado
       * Springs" is no run of "Colorado" into the "Springs" of "Eldorado
       * Springs", which the tagger read as a person's. */
      if (m->end - m->first < 2 || m->type > PRECIS_NER_TYPE_LOC || precis_ner_ends_as_place (doc, m) ||
          is_one_name (gazetteer, &index, m))
        continue;
      cut = find_cut (gazetteer, &index, m, &head_type, &tail_type);
      if (cut == 0)
        continue;
      tail = *m;
      tail.first = cut;
      tail.type = tail_type;
      if (head_type == PRECIS_NER_TYPE_NONE)
        {
          *m = tail;
          continue;
        }
      m->end = cut;
      m->type = head_type;
      g_array_insert_val (mentions, k + 1, tail);
    }
  index_clear (&index);
}
