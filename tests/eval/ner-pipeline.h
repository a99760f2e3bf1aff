/* ner-pipeline.h — CoNLL documents through the text pipeline and the `facts` plugin.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each document is sent as a client would send it: tokens joined by
 * spaces, one sentence a line, no options.  The facts' mention spans are
 * mapped back to CoNLL tokens and scored two ways: mentions (exact span
 * and type, PER/ORG/LOC, conlleval's rules) and the facts panel of issue
 * 14 (see ner-panel.h).
 */
#pragma once

#include "ner-conll.h"
#include "ner-panel.h"

#include <precis/precis-connection.h>

G_BEGIN_DECLS

typedef struct {
  PrecisNerScore mentions;
  /* The panel as issue 14 measured it (forms compared ignoring case: its
   * figures are reproduced so), and with forms compared exactly, where
   * "AUSTRALIA" in a headline and "Australia" are two entities. */
  PrecisNerPanelCounts panel, panel_exact_case;
  guint missed, missed_in_silent;  /* gold mentions missed; of them, in lines without any fact */
  guint not_english;               /* documents the pipeline read as another language */
} PrecisNerPipelineScore;

/* `connection`: NULL to run the pipeline and the plugin in this process
 * (with `data_dir`'s models); else each document is sent to Analyze on
 * that connection (a precisd on a bus), as a client sends it, and the
 * facts of its reply are scored.
 * `verbose`: print each document's wrong facts and unclaimed entities.
 * `every`/`offset`: score only documents d with d % every == offset
 * (every 0 or 1: all).  `language`: the `language` option sent with each
 * document (NULL: none, the pipeline decides).  `glue_elisions`: an
 * elided word is written against the next ("l'Allemagne", "dell'Unione"),
 * as text has it, not "l' Allemagne" as the CoNLL tokens would join. */
gboolean precis_ner_eval_pipeline (const PrecisNerCorpus *corpus, const char *data_dir,
                                   PrecisConnection *connection, const char *language, gboolean verbose, guint every, guint offset,
                                   gboolean glue_elisions, PrecisNerPipelineScore *score, GError **error);

/* Prints the facts of the text in `path` (title `title`, may be NULL),
 * most salient first: kind, value, salience and mentions.  `language`:
 * the `language` option (NULL: none). */
gboolean precis_ner_print_facts (const char *path, const char *title, const char *language,
                                 const char *data_dir, GError **error);

G_END_DECLS
