/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "model.h"

#include <math.h>
#include <string.h>

#define FORMAT "newsrank-1"

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

void
precis_news_rank (const PrecisNewsModel *model, const PrecisNewsFeatures *features, GArray *ranked)
{
  const PrecisSentenceGraph *graph = features->graph;
  guint n = graph->n, left = 0;
  g_autofree double *p = g_new0 (double, n + 1);
  g_autofree float *redundancy = g_new0 (float, n + 1);
  g_autofree gboolean *taken = g_new0 (gboolean, n + 1);

  for (guint i = 0; i < n; i++)
    {
      p[i] = 1.0 / (1.0 + exp (-precis_news_model_score (model,
                                                          features->values + (gsize) i * PRECIS_NEWS_N_FEATURES)));
      taken[i] = !features->eligible[i];
      left += features->eligible[i];
    }
  /* Maximal marginal relevance (Carbonell & Goldstein 1998): each pick
   * weighs its own probability against its closest already-picked
   * sentence.  Ties go to the earlier sentence. */
  for (; left > 0; left--)
    {
      double best_value = -G_MAXDOUBLE;
      guint best = 0;

      for (guint i = 0; i < n; i++)
        {
          double value;

          if (taken[i])
            continue;
          value = model->mmr_lambda * p[i] - (1.0 - model->mmr_lambda) * redundancy[i];
          if (value > best_value)
            {
              best_value = value;
              best = i;
            }
        }
      taken[best] = TRUE;
      g_array_append_val (ranked, ((PrecisScoredSentence) { graph->sentence[best], p[best] }));
      for (guint i = 0; i < n; i++)
        redundancy[i] = MAX (redundancy[i], graph->similarity[i * n + best]);
    }
}
