/* ner-doubt.c — the tagger's margins and no fact for a name it alone read unsure.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <precis/precis-plugin.h>
#include <math.h>

#include "data-dir.h"
#include "ner-doubt.h"
#include "ner-entities.h"
#include "ner-mentions.h"
#include "ner-tagger.h"
#include "ner-tags.h"
#include "pipeline.h"
#include "plugin-host.h"

const PrecisPluginDescriptor *precis_plugin_entry (void);

#define T PRECIS_NER_N_TAGS

/* The best score of a path over `n` tokens that IOB2 allows and has tag
 * `fixed` at token `at` (any tag at `at` when `fixed` is T), by trying
 * every path. */
static float
best_path_with (const float *emission, guint n, const float *transition, guint at, guint fixed)
{
  guint path[8], total = 1;
  float best = -INFINITY;

  for (guint i = 0; i < n; i++)
    total *= T;
  for (guint code = 0; code < total; code++)
    {
      float score = 0;
      gboolean allowed = TRUE;

      for (guint i = 0, c = code; i < n; i++, c /= T)
        path[i] = c % T;
      if (fixed < T && path[at] == fixed)
        continue;
      for (guint i = 0; i < n && allowed; i++)
        {
          guint previous = i == 0 ? 0 : path[i - 1];

          allowed = precis_ner_tag_may_follow (previous, path[i]);
          score += (i == 0 ? transition[T * T + path[i]] : transition[previous * T + path[i]]) +
                   emission[i * T + path[i]];
        }
      if (allowed && score > best)
        best = score;
    }
  return best;
}

/* A name's margin is what the best path scores above the best path that
 * tags that token otherwise: the same as trying every path. */
static void
test_margins_are_best_other_paths (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (14);

  for (guint round = 0; round < 200; round++)
    {
      guint n = 1 + round % 4;
      float emission[4 * T], transition[(T + 1) * T], score[4 * T], margins[4];
      float columns[T][T];
      guint8 back[4 * T], tags[4];

      for (guint i = 0; i < n * T; i++)
        emission[i] = (float) g_rand_double_range (rand, -8, 8);
      for (guint i = 0; i < (T + 1) * T; i++)
        transition[i] = (float) g_rand_double_range (rand, -4, 4);
      /* A name in most rounds: names' margins are the ones computed. */
      for (guint i = 0; i < n; i++)
        emission[i * T + 1 + g_rand_int_range (rand, 0, T - 1)] += 6;
      precis_ner_viterbi (emission, n, transition, score, back, tags);
      precis_ner_margin_columns (transition, columns);
      precis_ner_viterbi_margins (emission, n, (const float (*)[T]) columns, score, tags, margins);
      for (guint i = 0; i < n; i++)
        {
          float best = best_path_with (emission, n, transition, i, T);
          float other = best_path_with (emission, n, transition, i, tags[i]);

          if (tags[i] == 0)
            g_assert_cmpfloat (margins[i], ==, 0);
          else
            g_assert_cmpfloat_with_epsilon (margins[i], best - other, 1e-3);
        }
    }
}

static PrecisNerTagger *tagger;

/* The entity named `value` among the document's, grouped as the plugin
 * groups them, with the tagger's reading in `reading`. */
static GPtrArray *
read_entities (const PrecisDocument *doc, PrecisNerReading *reading)
{
  PrecisNerLowerWords lower_words;
  g_autoptr (GArray) mentions = NULL;
  GPtrArray *entities;

  precis_ner_lower_words_init (&lower_words, doc);
  mentions = precis_ner_mentions_find_measured (tagger, doc, &lower_words, reading, NULL);
  g_assert_nonnull (mentions);
  entities = precis_ner_entities_group (doc, precis_ner_tagger_gazetteer (tagger), mentions, &lower_words);
  precis_ner_lower_words_clear (&lower_words);
  return entities;
}

static const PrecisNerEntity *
entity_named (GPtrArray *entities, const char *value)
{
  for (guint i = 0; i < entities->len; i++)
    {
      const PrecisNerEntity *e = entities->pdata[i];

      if (g_str_equal (e->value, value))
        return e;
    }
  g_error ("no entity %s", value);
}

static float
least_margin (const PrecisNerEntity *e, const PrecisNerReading *reading)
{
  const PrecisNerMention *m = &g_array_index (e->mentions, PrecisNerMention, 0);
  float least = INFINITY;

  for (guint32 t = m->first; t < m->end; t++)
    least = MIN (least, reading->margins[t]);
  return least;
}

static gboolean
has_fact (GArray *facts, const char *value)
{
  for (guint i = 0; i < facts->len; i++)
    if (g_str_equal (g_array_index (facts, PrecisFact, i).value, value))
      return TRUE;
  return FALSE;
}

static GArray *
extract (const PrecisDocument *doc)
{
  const PrecisPluginDescriptor *plugin = precis_plugin_entry ();
  gpointer state = NULL;
  g_autoptr (GError) error = NULL;
  PrecisRequest request = { 8, NULL, 0, NULL, NULL };
  GArray *facts = g_array_new (FALSE, FALSE, sizeof (PrecisFact));

  g_array_set_clear_func (facts, (GDestroyNotify) precis_fact_clear);
  g_assert_true (plugin->load (precis_data_dir (), &state, &error));
  g_assert_true (plugin->extract_facts (state, doc, &request, facts, &error));
  g_assert_no_error (error);
  plugin->unload (state);
  return facts;
}

/* The shipped model reads "Tel Aviv" after a contact line's "Tel" unsure
 * (its margin under the threshold) and nothing in the text says it is a
 * place: without the lexicons no fact; with them, a place known in every
 * language (entities.tsv) needs no context, so it is one.  Frankfurt,
 * read sure, is one.  "Dumarcq", read unsure too, is
 * a company by its share's move ("lost 2.4 percent to 521 francs"): the
 * words around it say what it is, so it is a fact. */
static void
test_unsure_names (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (
      "Air freight volumes at Frankfurt rose 4.1 percent in July .\n"
      "FRANKFURT 1996-09-04\n"
      "The airport operator said cargo handled in July rose to 112,400 tonnes , and a charter left for "
      "Tel Aviv .\n"
      "Among active stocks , Dumarcq lost 2.4 percent to 521 francs after its results .\n"
      "-- Air Cargo Newsroom Tel+44 171 542 6000 Fax+44 171 542 6001\n", -1, NULL);
  PrecisNerReading reading = { NULL, NULL };
  g_autoptr (GPtrArray) entities = read_entities (doc, &reading);
  g_autoptr (GArray) facts = extract (doc);
  const PrecisNerEntity *tel_aviv = entity_named (entities, "Tel Aviv");
  const PrecisNerEntity *dumarcq = entity_named (entities, "Dumarcq");
  const PrecisNerEntity *frankfurt = entity_named (entities, "Frankfurt");
  const PrecisNerGazetteer *gazetteer = precis_ner_tagger_gazetteer (tagger);

  g_test_message ("margins: Tel Aviv %.2f, Dumarcq %.2f", least_margin (tel_aviv, &reading),
                  least_margin (dumarcq, &reading));
  g_assert_cmpfloat (least_margin (tel_aviv, &reading), <, PRECIS_NER_DOUBT_EN);
  g_assert_true (precis_ner_entity_is_doubtful (doc, NULL, tel_aviv, &reading, PRECIS_NER_DOUBT_EN));
  g_assert_false (precis_ner_entity_is_doubtful (doc, gazetteer, tel_aviv, &reading, PRECIS_NER_DOUBT_EN));
  g_assert_true (has_fact (facts, "Tel Aviv"));
  g_assert_cmpfloat (least_margin (dumarcq, &reading), <, PRECIS_NER_DOUBT_EN);
  g_assert_false (precis_ner_entity_is_doubtful (doc, gazetteer, dumarcq, &reading, PRECIS_NER_DOUBT_EN));
  g_assert_true (has_fact (facts, "Dumarcq"));
  g_assert_false (precis_ner_entity_is_doubtful (doc, gazetteer, frankfurt, &reading, PRECIS_NER_DOUBT_EN));
  g_assert_true (has_fact (facts, "Frankfurt"));
  /* Without a threshold (the other languages) every name is a fact. */
  g_assert_false (precis_ner_entity_is_doubtful (doc, gazetteer, tel_aviv, &reading, 0));
  precis_ner_reading_clear (&reading);
}

/* "Allianz Arena", "Florida Straits": a name whose last noun is only
 * places' says what it is, one list for the key and the mention's vote
 * (precis_ner_is_place_tail), so it is evidence the tagger was not alone:
 * the venues were a vote only, and the doubt rule could drop them. */
static void
test_place_tails_are_evidence (void)
{
  g_autoptr (PrecisDocument) doc = precis_document_new (
      "Bayern beat Dortmund 2-0 at the Allianz Arena on Sunday .\n"
      "The tanker sailed through the Florida Straits on Monday .\n", -1, NULL);
  PrecisNerReading reading = { NULL, NULL };
  g_autoptr (GPtrArray) entities = read_entities (doc, &reading);
  const PrecisNerEntity *arena = entity_named (entities, "Allianz Arena");
  const PrecisNerEntity *straits = entity_named (entities, "Florida Straits");

  g_assert_cmpint (arena->kind, ==, PRECIS_FACT_PLACE);
  g_assert_true (arena->evidence);
  /* Each mention too: the rules of the grouping's votes and those of the
   * doubt rule's evidence are one list. */
  g_assert_true (precis_ner_mention_is_said (doc, precis_ner_tagger_gazetteer (tagger),
                                             &g_array_index (arena->mentions, PrecisNerMention, 0)));
  g_assert_cmpint (straits->kind, ==, PRECIS_FACT_PLACE);
  g_assert_true (straits->evidence);
  precis_ner_reading_clear (&reading);
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  tagger = precis_ner_tagger_new (precis_data_dir (), &error);
  g_assert_no_error (error);
  g_test_add_func ("/ner-doubt/margins", test_margins_are_best_other_paths);
  g_test_add_func ("/ner-doubt/unsure-names", test_unsure_names);
  g_test_add_func ("/ner-doubt/place-tails-are-evidence", test_place_tails_are_evidence);
  status = g_test_run ();
  precis_ner_tagger_free (tagger);
  return status;
}
