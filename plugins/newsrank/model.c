/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "model.h"

#include <math.h>
#include <string.h>

#define FORMAT "newsrank-2"

static int
feature_index (const char *name)
{
  for (int i = 0; i < PRECIS_NEWS_N_FEATURES; i++)
    if (strcmp (precis_news_feature_names[i], name) == 0)
      return i;
  return -1;
}

static gboolean
parse_number (const char *text, float *out)
{
  char *end = NULL;
  double value;

  if (text == NULL)
    return FALSE;
  value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (value))
    return FALSE;
  *out = (float) value;
  return TRUE;
}

gboolean
precis_news_model_parse (PrecisNewsModel *model, const char *contents, GError **error)
{
  g_auto (GStrv) lines = g_strsplit (contents, "\n", -1);
  gboolean seen[PRECIS_NEWS_N_FEATURES] = { FALSE };
  gboolean format = FALSE;

  memset (model, 0, sizeof *model);
  model->mmr_lambda = 1.0f;
  for (guint l = 0; lines[l] != NULL; l++)
    {
      g_auto (GStrv) f = NULL;
      const char *line = g_strstrip (lines[l]);
      guint n;
      gboolean ok = TRUE;

      if (*line == '\0' || *line == '#')
        continue;
      f = g_strsplit_set (line, " \t", -1);
      n = g_strv_length (f);
      if (strcmp (f[0], "format") == 0)
        ok = format = n == 2 && strcmp (f[1], FORMAT) == 0;
      else if (strcmp (f[0], "mmr-lambda") == 0)
        ok = n == 2 && parse_number (f[1], &model->mmr_lambda);
      else if (strcmp (f[0], "short-window") == 0)
        ok = n == 2 && parse_number (f[1], &model->short_window) && model->short_window >= 0;
      else if (strcmp (f[0], "length-penalty") == 0)
        ok = n == 2 && parse_number (f[1], &model->length_penalty);
      else if (strcmp (f[0], "bias") == 0)
        ok = n == 2 && parse_number (f[1], &model->bias);
      else if (strcmp (f[0], "feature") == 0 && n == 5)
        {
          int i = feature_index (f[1]);

          ok = i >= 0 && parse_number (f[2], &model->mean[i]) && parse_number (f[3], &model->scale[i])
               && parse_number (f[4], &model->weight[i]) && model->scale[i] > 0;
          if (ok)
            seen[i] = TRUE;
        }
      else
        ok = FALSE;
      if (!ok)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "line %u of the newsrank model is not understood: “%s”", l + 1, line);
          return FALSE;
        }
    }
  if (!format)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "the newsrank model lacks the line “format " FORMAT "”");
      return FALSE;
    }
  for (int i = 0; i < PRECIS_NEWS_N_FEATURES; i++)
    if (!seen[i])
      {
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                     "the newsrank model has no weight for feature “%s”", precis_news_feature_names[i]);
        return FALSE;
      }
  return TRUE;
}

gboolean
precis_news_model_load (PrecisNewsModel *model, const char *path, GError **error)
{
  g_autofree char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, error))
    return FALSE;
  if (!precis_news_model_parse (model, contents, error))
    {
      g_prefix_error (error, "%s: ", path);
      return FALSE;
    }
  return TRUE;
}

static void
append_number (GString *out, double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append_c (out, ' ');
  g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, "%.6g", value));
}

char *
precis_news_model_to_string (const PrecisNewsModel *model, const char *header)
{
  GString *out = g_string_new (NULL);

  if (header != NULL)
    {
      g_auto (GStrv) lines = g_strsplit (header, "\n", -1);

      for (guint l = 0; lines[l] != NULL; l++)
        g_string_append_printf (out, "# %s\n", lines[l]);
    }
  g_string_append (out, "format " FORMAT "\nmmr-lambda");
  append_number (out, model->mmr_lambda);
  g_string_append (out, "\nshort-window");
  append_number (out, model->short_window);
  g_string_append (out, "\nlength-penalty");
  append_number (out, model->length_penalty);
  g_string_append (out, "\nbias");
  append_number (out, model->bias);
  g_string_append_c (out, '\n');
  for (int i = 0; i < PRECIS_NEWS_N_FEATURES; i++)
    {
      g_string_append_printf (out, "feature %s", precis_news_feature_names[i]);
      append_number (out, model->mean[i]);
      append_number (out, model->scale[i]);
      append_number (out, model->weight[i]);
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

double
precis_news_model_score (const PrecisNewsModel *model, const float *x)
{
  double z = model->bias;

  for (int i = 0; i < PRECIS_NEWS_N_FEATURES; i++)
    z += model->weight[i] * (x[i] - model->mean[i]) / model->scale[i];
  return z;
}

/* Maximal marginal relevance (Carbonell & Goldstein 1998) over the nodes
 * not yet taken that `allowed` admits: each pick weighs its own
 * probability against its closest already-picked sentence.  Ties go to the
 * earlier sentence.  n is capped by the graph (graph.h), so this stays
 * small. */
static void
rank_mmr (const PrecisNewsModel *model, const PrecisNewsFeatures *features, const double *p,
          const gboolean *allowed, gboolean *taken, float *redundancy, guint first, GArray *ranked)
{
  const PrecisSentenceGraph *graph = features->graph;
  guint n = graph->n;

  for (;;)
    {
      double best_value = -G_MAXDOUBLE;
      guint best = G_MAXUINT;

      for (guint i = 0; i < n; i++)
        {
          double value;

          if (taken[i] || !allowed[i])
            continue;
          value = model->mmr_lambda * p[i] - (1.0 - model->mmr_lambda) * redundancy[i];
          /* The likeliest sentence leads whatever its length: a summary
           * cut to one sentence (a notification) must say what happened.
           * After it, of two likely sentences the shorter says it in less. */
          if (ranked->len > first)
            value -= model->length_penalty * MAX (features->relative_length[i] - 1.0f, 0.0f);
          if (value > best_value)
            {
              best_value = value;
              best = i;
            }
        }
      if (best == G_MAXUINT)
        return;
      taken[best] = TRUE;
      g_array_append_val (ranked, ((PrecisScoredSentence) { graph->sentence[best], p[best] }));
      for (guint i = 0; i < n; i++)
        redundancy[i] = MAX (redundancy[i], graph->similarity[i * n + best]);
    }
}

void
precis_news_rank (const PrecisNewsModel *model, const PrecisNewsFeatures *features, GArray *ranked)
{
  const PrecisSentenceGraph *graph = features->graph;
  guint n = graph->n;
  g_autofree double *p = g_new0 (double, n + 1);
  g_autofree float *redundancy = g_new0 (float, n + 1);
  g_autofree gboolean *taken = g_new0 (gboolean, n + 1);
  g_autofree gboolean *allowed = g_new0 (gboolean, n + 1);
  gboolean short_request = features->short_request >= 0.5f && model->short_window > 0;
  guint first = ranked->len, lede;

  for (guint i = 0; i < n; i++)
    {
      p[i] = 1.0 / (1.0 + exp (-precis_news_model_score (model,
                                                          features->values + (gsize) i * PRECIS_NEWS_N_FEATURES)));
      allowed[i] = features->eligible[i]
                   && (!short_request || features->prose_rank[i] < features->n_request + model->short_window);
    }
  /* A lede that introduces its subject ("A senior doctor facing ...") is
   * where the story starts: a short summary opens with it.  Its words
   * score low against the rest, which name the subject the way the
   * captions do, and a summary without it names someone never
   * introduced.  (The linear model does not learn it: as a feature the
   * cue got no weight, session 7 of issue 13.) */
  lede = short_request ? features->introducing_lede : G_MAXUINT;
  /* So does a short summary of a short article (a feed item, a pasted
   * paragraph), with its first sentence whatever it opens with: there the
   * story is told in a few sentences, and the first says what happened; a
   * summary without it tells the details of something it never states.
   * (Trained on the openings of the CNN/DM stories, the model alone kept
   * it in 4 of 5, and lost it in hand-written items of every language;
   * session 7.) */
  for (guint i = 0; lede == G_MAXUINT && features->short_article && i < n; i++)
    if (features->eligible[i])
      lede = i;
  if (lede != G_MAXUINT)
    {
      taken[lede] = TRUE;
      g_array_append_val (ranked, ((PrecisScoredSentence) { graph->sentence[lede], p[lede] }));
      for (guint i = 0; i < n; i++)
        redundancy[i] = graph->similarity[i * n + lede];
    }
  /* A short summary picks from the first few sentences only, news being
   * written top down; the rest follow, for a host that needs spares. */
  rank_mmr (model, features, p, allowed, taken, redundancy, first, ranked);
  rank_mmr (model, features, p, features->eligible, taken, redundancy, first, ranked);
  /* Line-ups and ratings last, in text order: a summary longer than the
   * prose of the article still gets them, nothing shorter does. */
  for (guint i = 0; i < n; i++)
    if (features->kind[i] == PRECIS_NEWS_FRAGMENT)
      g_array_append_val (ranked, ((PrecisScoredSentence) { graph->sentence[i], 0.0 }));
  /* The host orders by score (summary.h): make the scores fall strictly
   * along the ranking, or it would undo MMR and the window. */
  for (guint k = first + 1; k < ranked->len; k++)
    {
      PrecisScoredSentence *before = &g_array_index (ranked, PrecisScoredSentence, k - 1);
      PrecisScoredSentence *this = &g_array_index (ranked, PrecisScoredSentence, k);

      if (this->score >= before->score)
        this->score = nextafter (before->score, -G_MAXDOUBLE);
    }
}
