/* ner-panels.h — hand-written facts panels of BBC dev articles, scored through the pipeline.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * tests/fixtures/facts-panels/bbc-dev.tsv lists, for each article, the people,
 * organizations and places a reader expects, with their written forms.  A
 * returned fact (dates aside) is right when its kind is an expected
 * entity's and its value or one of its mentions is one of that entity's
 * forms (ignoring case), and no earlier fact claimed the entity; P = right
 * facts / facts, R = claimed entities / expected entities.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Scores the panels of `panels_path` on the articles of `articles_path`
 * (BBC dev JSON Lines).  Prints a line per article with `verbose`. */
gboolean precis_ner_eval_panels (const char *panels_path, const char *articles_path,
                                 const char *data_dir, gboolean verbose, double *precision,
                                 double *recall, GError **error);

G_END_DECLS
