/* timex.h — time expressions: recognition and TIMEX3 normalization.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <precis/precis-plugin.h>

G_BEGIN_DECLS

typedef struct _PrecisTimexRules PrecisTimexRules;

/* Compile the rules once (at plugin load); read-only afterwards, so one
 * set serves every thread. */
PrecisTimexRules *precis_timex_rules_new (GError **error);
void precis_timex_rules_free (PrecisTimexRules *rules);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisTimexRules, precis_timex_rules_free)

typedef enum {
  PRECIS_TIMEX_DATE,
  PRECIS_TIMEX_TIME,
  PRECIS_TIMEX_DURATION,
  PRECIS_TIMEX_SET,
} PrecisTimexType;

typedef struct {
  guint32 start, end;   /* code points into document->text */
  PrecisTimexType type;
  char *value;          /* TIMEX3 value, g_malloc'd */
} PrecisTimex;

/* Whether there are rules for `language` (ISO 639-1, "en-GB" too):
 * en, de, es, fr, it, nl, pt; "und" (undetermined) is read as English. */
gboolean precis_timex_knows_language (const PrecisTimexRules *rules, const char *language);

/* Every time expression of `document`, in text order, normalized against
 * document->published with the rules of document->language (none for a
 * language without rules).  Returns a GArray of PrecisTimex that frees
 * values. */
GArray *precis_timex_find (const PrecisTimexRules *rules, const PrecisDocument *document);

/* Append date facts (kind PRECIS_FACT_DATE, identical values merged into
 * one fact with several mentions) to `facts`. */
void precis_timex_extract_facts (const PrecisTimexRules *rules, const PrecisDocument *document,
                                 GArray *facts);

G_END_DECLS
