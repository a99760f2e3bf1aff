/* speed-timex.c — the time tagger's fast paths answer as the slow ones.
 *
 * The view merges tokens ("Sept" "." → "Sept.", "twenty" "-" "four" → 24,
 * "nineteen" "ninety-six" → 1996) and reads two-digit years behind an
 * apostrophe ("Feb 24, '90"), compacting its array as it goes; since
 * session 21 a token is changed where it stands and moved only when
 * tokens before it were merged, not copied out and back at every token.
 * These cases hold the readings when many tokens have moved: each
 * sentence alone, then all of them in one document (the later ones read
 * after dozens of merged tokens), must find the same expressions.
 *
 * The tense rules ask a token of the language's word lists (function
 * words, determiners, clause links...): since session 21 by one table a
 * grammar, word → a bit a list, instead of g_strv_contains.  The table must
 * hold exactly each list's words, in every language.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "pipeline.h"
#include "timex.h"
#include "timex-private.h"

static PrecisTimexRules *rules;

typedef struct {
  const char *language;
  const char *const sentences[8];
} Text;

static const Text texts[] = {
  { "en", {
      "The plant opened on Sept. 5, '91 and closed on Feb. 24, '90 in Ohio.",
      "Twenty-four days later, in nineteen ninety-six, the firm was sold.",
      "It has been a big hit on the charts since '57, he said on Jan. 3.",
      "Output fell in April '96 after the strike of Aug. 12, 1995.",
      "The firm was founded on June 3, \u201904 by two brothers, twenty-one years ago.",
      "Nolan Ryan said in '91 or '92 that Oct. 7 was the best day.",
      NULL } },
  { "it", {
      "Nel '68 la protesta cominciò a Parigi il 3 maggio.",
      "Quando il 7 aprile del '79 mi hanno arrestato.",
      "Il popolare telefilm degli anni '70 tornò in tv.",
      "Nel \u201968 e negli anni \u201980 tutto cambiò.",
      NULL } },
  { "de", {
      "Am 5. Mai 1990 begann der Streik.",
      "Im 18. Jahrhundert lebte er in Bonn, bis zum 3. Oktober.",
      NULL } },
  { "fr", {
      "Il est né le 21 mars, vingt et un ans après la guerre.",
      "Les années 60 ont changé la ville le 1er mai.",
      NULL } },
};

static PrecisDocument *
document_in (const char *text, const char *language, GDateTime *published)
{
  PrecisPipelineOptions options = { .published = published, .language = language,
                                    .published_source = PRECIS_ANCHOR_OPTION };
  return precis_document_new (text, -1, &options);
}

/* The expressions found in `text` (their words and type), one line each:
 * their values may differ in a longer text, which anchors them on the
 * dates before. */
static char *
values_of (const char *text, const char *language, GDateTime *published)
{
  g_autoptr (PrecisDocument) document = document_in (text, language, published);
  g_autoptr (GArray) found = precis_timex_find (rules, document);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < found->len; i++)
    {
      const PrecisTimex *t = &g_array_index (found, PrecisTimex, i);
      const char *a = g_utf8_offset_to_pointer (document->text, t->start);
      const char *b = g_utf8_offset_to_pointer (document->text, t->end);

      g_string_append_printf (out, "%.*s %u\n", (int) (b - a), a, (guint) t->type);
    }
  return g_string_free (out, FALSE);
}

static void
test_moved_tokens_read_the_same (void)
{
  g_autoptr (GDateTime) published = g_date_time_new_utc (2015, 4, 15, 12, 0, 0);

  for (gsize t = 0; t < G_N_ELEMENTS (texts); t++)
    {
      g_autoptr (GString) alone = g_string_new (NULL);
      g_autoptr (GString) all = g_string_new (NULL);
      g_autofree char *together = NULL;

      for (guint s = 0; texts[t].sentences[s] != NULL; s++)
        {
          g_autofree char *values = values_of (texts[t].sentences[s], texts[t].language, published);

          g_assert_cmpstr (values, !=, "");
          g_string_append (alone, values);
          g_string_append_printf (all, "%s ", texts[t].sentences[s]);
        }
      together = values_of (all->str, texts[t].language, published);
      g_test_message ("%s:\n%s", texts[t].language, together);
      g_assert_cmpstr (together, ==, alone->str);
    }
}

/* Every word of every list of the table has its list's bit, and a word
 * has no bit of a list that does not hold it. */
static void
test_word_lists (void)
{
  for (guint l = 0; l < TX_N_LANGUAGES; l++)
    {
      const TxGrammar *grammar = rules->grammars[l];
      GHashTableIter it;
      gpointer word, bits;

      g_assert_nonnull (grammar->list_words);
      g_assert_cmpuint (grammar->n_word_lists, >, 0);
      for (guint b = 0; b < grammar->n_word_lists; b++)
        for (guint k = 0; grammar->word_lists[b][k] != NULL; k++)
          {
            guint has = GPOINTER_TO_UINT (g_hash_table_lookup (grammar->list_words, grammar->word_lists[b][k]));

            g_assert_cmpuint ((has >> b) & 1, ==, 1);
          }
      g_hash_table_iter_init (&it, grammar->list_words);
      while (g_hash_table_iter_next (&it, &word, &bits))
        for (guint b = 0; b < grammar->n_word_lists; b++)
          g_assert_cmpuint ((GPOINTER_TO_UINT (bits) >> b) & 1, ==,
                            g_strv_contains (grammar->word_lists[b], word));
      /* the lists of the language that the rules ask are all there */
      {
        const TxLanguage *language = grammar->language;
        const char *const *const asked[] = {
          language->function_words, language->determiners, language->clause_links,
          language->complementizers, language->not_nonfinite, language->infinitive_markers,
          language->relatives, language->earlier_links, language->present_perfect_auxiliaries,
          language->passive_presents,
        };

        for (gsize a = 0; a < G_N_ELEMENTS (asked); a++)
          {
            gboolean found = asked[a] == NULL;

            for (guint b = 0; b < grammar->n_word_lists && !found; b++)
              found = grammar->word_lists[b] == asked[a];
            g_assert_true (found);
          }
      }
    }
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  if (!precis_pipeline_init (NULL, &error))
    g_error ("%s", error->message);
  rules = precis_timex_rules_new (&error);
  g_assert_no_error (error);
  g_test_add_func ("/speed-timex/view/moved-tokens-read-the-same", test_moved_tokens_read_the_same);
  g_test_add_func ("/speed-timex/word-lists", test_word_lists);
  status = g_test_run ();
  precis_timex_rules_free (rules);
  return status;
}
