/* speed-text.c — session 22's cheaper paths give what the old ones gave.
 *
 * - quotes.c looks at a mark's first byte before its six comparisons: an
 *   ASCII mark is a quote only by the tokenizer's kind, every other mark
 *   as before (German „…“, «…», »…«, Japanese 「…」 『…』, a lone ” that
 *   opens).
 * - ner-word.c lowers ASCII in line instead of a g_ascii_tolower call a
 *   byte: same bytes, and text beyond ASCII still GLib's.
 * - graph.c takes a term's idf once a document: the similarities are
 *   the TF-IDF cosines written out here the plain way.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <math.h>
#include <string.h>

#include "graph.h"
#include "ner-word.h"
#include "pipeline.h"

static const PrecisToken *
find (const PrecisDocument *doc, const char *text)
{
  gsize n = strlen (text);

  for (guint32 i = 0; i < doc->n_tokens; i++)
    {
      const PrecisToken *t = &doc->tokens[i];

      if (t->byte_end - t->byte_start == n && memcmp (doc->text + t->byte_start, text, n) == 0)
        return t;
    }
  g_error ("no token %s", text);
  return NULL;
}

static gboolean
in_quote (const PrecisDocument *doc, const char *word)
{
  return (find (doc, word)->flags & PRECIS_TOKEN_IN_QUOTE) != 0;
}

typedef struct {
  const char *language;
  const char *text;
  const char *inside, *outside;
} QuoteCase;

static void
test_quotes (void)
{
  static const QuoteCase cases[] = {
    { "en", "The minister said \"enough\" on Monday, and left.", "enough", "Monday" },
    { "en", "The minister said \xe2\x80\x9c" "enough\xe2\x80\x9d on Monday, and left.", "enough", "Monday" },
    { "de", "Der Minister sagte \xe2\x80\x9e" "genug\xe2\x80\x9c am Montag, und ging.", "genug", "Montag" },
    { "fr", "Le ministre a dit \xc2\xab genug \xc2\xbb lundi, puis il est parti.", "genug", "lundi" },
    { "de", "Der Minister sagte \xc2\xbbgenug\xc2\xab am Montag, und ging.", "genug", "Montag" },
    { "ja", "\xe5\xa4\xa7\xe8\x87\xa3\xe3\x81\xaf \xe3\x80\x8c" "enough \xe3\x80\x8d" " Monday", "enough", "Monday" },
    { "ja", "\xe5\xa4\xa7\xe8\x87\xa3\xe3\x81\xaf \xe3\x80\x8e" "enough \xe3\x80\x8f" " Monday", "enough", "Monday" },
    { "en", "The minister said, \xe2\x80\x9d" "enough\xe2\x80\x9d on Monday, and left.", "enough", "Monday" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PrecisPipelineOptions options = { .language = cases[i].language };
      g_autoptr (PrecisDocument) doc = precis_document_new (cases[i].text, -1, &options);
      g_test_message ("%s", cases[i].text);
      g_assert_true (in_quote (doc, cases[i].inside));
      g_assert_false (in_quote (doc, cases[i].outside));
      if (strchr (cases[i].text, ',') != NULL)
        g_assert_false (in_quote (doc, ","));
    }
}

static void
test_lower (void)
{
  static const char *const cases[][2] = {
    { "NATO Summit", "nato summit" },
    { "O'Brien-Smith 2024 [AZ]@`{", "o'brien-smith 2024 [az]@`{" },
    { "\xc3\x89" "COLE Polytechnique", "\xc3\xa9" "cole polytechnique" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *down = precis_ner_utf8_strdown (cases[i][0], -1);
      g_autofree char *glib = g_utf8_strdown (cases[i][0], -1);
      char word[PRECIS_NER_WORD_MAX + 1];
      gsize n = precis_ner_word_lower (cases[i][0], strlen (cases[i][0]), word);

      g_assert_cmpstr (down, ==, cases[i][1]);
      g_assert_cmpstr (down, ==, glib);
      word[n] = '\0';
      g_assert_cmpstr (word, ==, cases[i][1]);
    }
  /* A length: only the bytes it gives. */
  {
    g_autofree char *down = precis_ner_utf8_strdown ("ABCdef", 4);

    g_assert_cmpstr (down, ==, "abcd");
  }
}

static const char *
term_of (const PrecisToken *token)
{
  if (!(token->flags & PRECIS_TOKEN_WORD) || (token->flags & PRECIS_TOKEN_STOPWORD))
    return NULL;
  return token->stem != NULL ? token->stem : token->lower;
}

/* Each node's TF-IDF vector (stem → weight, L2-normalized), with a
 * logf per entry as graph.c took it before. */
static GHashTable **
plain_vectors (const PrecisDocument *doc, const PrecisSentenceGraph *graph)
{
  g_autoptr (GHashTable) df = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTable **vectors = g_new0 (GHashTable *, graph->n);

  for (guint s = 0; s < graph->n; s++)
    {
      const PrecisSentence *sentence = &doc->sentences[graph->sentence[s]];
      g_autoptr (GHashTable) tf = g_hash_table_new (g_str_hash, g_str_equal);
      GHashTableIter iter;
      gpointer key, value;

      for (guint32 t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
        {
          const char *term = term_of (&doc->tokens[t]);

          if (term == NULL || precis_graph_is_citation (doc, t))
            continue;
          g_hash_table_insert (tf, (gpointer) term, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (tf, term)) + 1));
        }
      g_hash_table_iter_init (&iter, tf);
      while (g_hash_table_iter_next (&iter, &key, &value))
        g_hash_table_insert (df, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (df, key)) + 1));
      vectors[s] = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
      g_hash_table_iter_init (&iter, tf);
      while (g_hash_table_iter_next (&iter, &key, &value))
        g_hash_table_insert (vectors[s], key, g_memdup2 (&(double) { GPOINTER_TO_UINT (value) }, sizeof (double)));
    }
  for (guint s = 0; s < graph->n; s++)
    {
      GHashTableIter iter;
      gpointer key, value;
      double norm = 0;

      g_hash_table_iter_init (&iter, vectors[s]);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          double *w = value;

          *w *= logf ((graph->n + 1.0f) / GPOINTER_TO_UINT (g_hash_table_lookup (df, key)));
          norm += *w * *w;
        }
      norm = sqrt (norm);
      g_hash_table_iter_init (&iter, vectors[s]);
      while (g_hash_table_iter_next (&iter, &key, &value))
        if (norm > 0)
          *(double *) value /= norm;
    }
  return vectors;
}

static double
dot (GHashTable *a, GHashTable *b)
{
  GHashTableIter iter;
  gpointer key, value;
  double sum = 0;

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      double *other = g_hash_table_lookup (b, key);

      if (other != NULL)
        sum += *(double *) value * *other;
    }
  return sum;
}

static void
test_graph (void)
{
  const char *text =
    "The council approved the new budget for the city schools on Monday. "
    "Teachers welcomed the budget, which gives schools more money for books. "
    "The mayor said the council had listened to teachers and parents. "
    "Parents had asked the council for smaller classes in the schools. "
    "Critics said the budget leaves roads and parks without money. "
    "A vote on the roads plan is due next month, the mayor said.";
  g_autoptr (PrecisDocument) doc = precis_document_new (text, -1, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisSentenceGraph) graph = precis_sentence_graph_new (doc, NULL, &error);
  GHashTable **vectors;
  guint nonzero = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (graph->n, ==, 6);
  vectors = plain_vectors (doc, graph);
  for (guint a = 0; a < graph->n; a++)
    {
      g_assert_cmpfloat (graph->similarity[a * graph->n + a], ==, 0);
      for (guint b = 0; b < graph->n; b++)
        if (a != b)
          {
            g_assert_cmpfloat_with_epsilon (graph->similarity[a * graph->n + b], dot (vectors[a], vectors[b]), 1e-5);
            g_assert_cmpfloat (graph->similarity[a * graph->n + b], ==, graph->similarity[b * graph->n + a]);
            nonzero += graph->similarity[a * graph->n + b] > 0;
          }
    }
  g_assert_cmpuint (nonzero, >, 10);
  for (guint s = 0; s < graph->n; s++)
    g_hash_table_unref (vectors[s]);
  g_free (vectors);
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;

  g_test_init (&argc, &argv, NULL);
  if (!precis_pipeline_init (NULL, &error))
    g_error ("%s", error->message);
  g_test_add_func ("/speed-text/quotes", test_quotes);
  g_test_add_func ("/speed-text/lower", test_lower);
  g_test_add_func ("/speed-text/graph", test_graph);
  return g_test_run ();
}
