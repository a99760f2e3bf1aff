/* SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * langid-eval: language identification through the text pipeline, as a
 * client sends text (no language option), on news paragraphs of three
 * sentences and at least 150 characters cut from ../shared/data by
 * tests/eval/langid-paragraphs.py (de es fr it nl pt en).
 *
 *   langid-eval [PARAGRAPHS.tsv] [--min-accuracy PERCENT] [--hint same|other] [-v]
 *
 * --hint passes each paragraph a source's declared language (a page's lang,
 * a feed's <language>) as the pipeline's hint: its own ("same") or another
 * one ("other").
 *
 * Without a file it runs langid-paragraphs.py on $PRECIS_SHARED_DATA.
 * "prose" leaves out paragraphs that are mostly tables (sports results,
 * line-ups: less than two thirds of their tokens are words of letters), which
 * no language decides.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "language.h"
#include "pipeline.h"

typedef struct {
  char language[8];
  guint all, right, prose, prose_right;
} Tally;

static gboolean
is_prose (const PrecisDocument *doc)
{
  guint words = 0;

  for (guint32 i = 0; i < doc->n_tokens; i++)
    words += (doc->tokens[i].flags & PRECIS_TOKEN_WORD) && doc->tokens[i].shape != PRECIS_SHAPE_NUMBER &&
             doc->tokens[i].shape != PRECIS_SHAPE_ALNUM;
  return doc->n_tokens > 0 && 3 * words >= 2 * doc->n_tokens;
}

static Tally *
tally_for (GArray *tallies, const char *language)
{
  Tally t = { 0 };

  for (guint i = 0; i < tallies->len; i++)
    if (strcmp (g_array_index (tallies, Tally, i).language, language) == 0)
      return &g_array_index (tallies, Tally, i);
  g_strlcpy (t.language, language, sizeof t.language);
  g_array_append_val (tallies, t);
  return &g_array_index (tallies, Tally, tallies->len - 1);
}

static char *
read_paragraphs (const char *path, GError **error)
{
  char *contents = NULL;
  const char *data = g_getenv ("PRECIS_SHARED_DATA");
  const char *argv[] = { "python3", PRECIS_SOURCE_ROOT "/tests/eval/langid-paragraphs.py", "--data",
                         data != NULL ? data : "../shared/data", NULL };
  int status = 0;

  if (path != NULL)
    return g_file_get_contents (path, &contents, NULL, error) ? contents : NULL;
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &contents, NULL,
                     &status, error) ||
      !g_spawn_check_wait_status (status, error))
    {
      g_free (contents);
      return NULL;
    }
  return contents;
}

/* The page's or feed's declared language: none; "same", the paragraph's
 * own (a source that tells the truth); "other", another of the seven (one
 * that does not: the text must still win where it can). */
static const char *
hint_for (const char *mode, const char *language)
{
  static const char *const cycle[] = { "de", "es", "nl", "it", "pt", "fr", "en" };

  if (mode == NULL)
    return NULL;
  if (strcmp (mode, "same") == 0)
    return language;
  for (gsize i = 0; i < G_N_ELEMENTS (cycle); i++)
    if (strcmp (cycle[i], language) == 0)
      return cycle[(i + 1) % G_N_ELEMENTS (cycle)];
  return "en";
}

int
main (int argc, char **argv)
{
  double min_accuracy = 0;
  gboolean verbose = FALSE;
  const char *hint_mode = NULL;
  const char *path = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto (GStrv) lines = NULL;
  g_autoptr (GArray) tallies = g_array_new (FALSE, TRUE, sizeof (Tally));
  guint all = 0, right = 0, prose = 0, prose_right = 0;
  double pipeline_seconds = 0, identify_seconds = 0;
  gsize bytes = 0;

  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--min-accuracy") == 0 && i + 1 < argc)
        min_accuracy = g_ascii_strtod (argv[++i], NULL);
      else if (strcmp (argv[i], "--hint") == 0 && i + 1 < argc)
        hint_mode = argv[++i];
      else if (strcmp (argv[i], "-v") == 0)
        verbose = TRUE;
      else
        path = argv[i];
    }
  if (!precis_pipeline_init (NULL, &error) || (contents = read_paragraphs (path, &error)) == NULL)
    {
      /* The shared data is not everywhere: skip, as the evals do. */
      g_printerr ("langid-eval: %s\n", error->message);
      return 77;
    }

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *tab = strchr (lines[i], '\t');
      const char *text, *got;
      PrecisPipelineOptions options = { 0 };
      gint64 t0, t1, t2;
      PrecisDocument *doc;
      Tally *t;
      gboolean ok, fluent;

      if (tab == NULL)
        continue;
      *tab = '\0';
      text = tab + 1;
      options.language_hint = hint_for (hint_mode, lines[i]);
      t0 = g_get_monotonic_time ();
      doc = precis_document_new (text, -1, &options);
      t1 = g_get_monotonic_time ();
      precis_language_identify (text, strlen (text), options.language_hint);
      t2 = g_get_monotonic_time ();
      pipeline_seconds += (t1 - t0) / 1e6;
      identify_seconds += (t2 - t1) / 1e6;
      bytes += strlen (text);

      got = doc->language;
      ok = strcmp (got, lines[i]) == 0;
      fluent = is_prose (doc);
      t = tally_for (tallies, lines[i]);
      t->all++, all++;
      t->right += ok, right += ok;
      t->prose += fluent, prose += fluent;
      t->prose_right += ok && fluent, prose_right += ok && fluent;
      if (verbose && !ok)
        printf ("%s -> %s%s: %.160s\n", lines[i], got, fluent ? "" : " (table)", text);
      precis_document_free (doc);
    }
  if (all == 0)
    {
      g_printerr ("langid-eval: no paragraphs\n");
      return 77;
    }

  printf ("| language | paragraphs | accuracy | prose paragraphs | accuracy on prose |\n");
  printf ("| --- | --- | --- | --- | --- |\n");
  for (guint i = 0; i < tallies->len; i++)
    {
      const Tally *t = &g_array_index (tallies, Tally, i);

      printf ("| %s | %u | %.1f %% | %u | %.1f %% |\n", t->language, t->all, 100.0 * t->right / t->all,
              t->prose, t->prose ? 100.0 * t->prose_right / t->prose : 0.0);
    }
  printf ("| all | %u | %.2f %% | %u | %.2f %% |\n", all, 100.0 * right / all, prose,
          100.0 * prose_right / prose);
  printf ("mean paragraph %zu bytes; identification %.1f µs, whole pipeline %.1f µs a paragraph\n",
          bytes / all, 1e6 * identify_seconds / all, 1e6 * pipeline_seconds / all);
  return 100.0 * right / all >= min_accuracy ? 0 : 1;
}
