/* timex-fixture.h — reading the tagger's expressions back against the
 * text, for the tests of dates.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "pipeline.h"
#include "timex.h"

G_BEGIN_DECLS

/* The text of characters [start, end) of `text` (PrecisTimex spans count
 * characters).  Free with g_free(). */
char *timex_fixture_slice (const char *text, guint32 start, guint32 end);

/* The expression of `found` whose span covers the `nth` (from 0)
 * occurrence of `needle` in the document's text; NULL if none does. */
const PrecisTimex *timex_fixture_covering (const PrecisDocument *document, GArray *found, const char *needle,
                                           guint nth);

/* g_test_init(), the pipeline's data and the tagger's rules, for a test
 * program's main(); free the rules with precis_timex_rules_free(). */
PrecisTimexRules *timex_fixture_init (int *argc, char ***argv);

/* A sentence, its publication day, and what the tagger must mark in it. */
typedef struct {
  const char *text;
  int year, month, mday;   /* the anchor */
  const char *span;        /* what the tagger must mark, exactly */
  const char *type;        /* "DATE", "TIME", "DURATION", "SET" */
  const char *value;
  const char *language;    /* NULL: English */
} TimexFixtureCase;

/* Runs each case through the real pipeline (precis_document_new) and then
 * the tagger, as the facts plugin does; prints each one that fails and
 * returns how many did. */
guint timex_fixture_check_cases (const PrecisTimexRules *rules, const TimexFixtureCase *cases, gsize n);

/* Runs each of `texts`, published on year-month-mday, through the
 * pipeline and the tagger; prints each one in which it marks anything and
 * returns how many those were (sentences in which nothing is a date). */
guint timex_fixture_count_found (const PrecisTimexRules *rules, const char *const *texts, gsize n, int year,
                                 int month, int mday);

G_END_DECLS
