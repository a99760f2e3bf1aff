/* ner-pipeline.c — CoNLL documents through the text pipeline and the `facts` plugin.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-pipeline.h"
#include "ner-panel.h"

#include <precis/precis-connection.h>
#include <precis/precis-plugin.h>
#include <string.h>

#include "pipeline.h"

const PrecisPluginDescriptor *precis_plugin_entry (void);

/* A document as a client sends it, and where each CoNLL token landed
 * (code points, as fact spans count them). */
typedef struct {
  GString *text;
  guint first_token, n_tokens;
  guint32 *starts, *ends;
  GString *forms;     /* gold surface forms, NUL-separated */
} DocText;

/* Whether CoNLL token `t` is an elided word ("l'", "dell'", "qu'"):
 * letters and a final apostrophe. */
static gboolean
is_elided (const PrecisNerToken *t)
{
  const char *end = t->text + t->len, *last;

  if (t->len < 2)
    return FALSE;
  last = g_utf8_find_prev_char (t->text, end);
  if (last == NULL || (strncmp (last, "'", 1) != 0 && strncmp (last, "\xe2\x80\x99", 3) != 0))
    return FALSE;
  for (const char *p = t->text; p < last; p = g_utf8_next_char (p))
    if (!g_unichar_isalpha (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static void
doc_text_build (DocText *dt, const PrecisNerCorpus *corpus, guint d, gboolean glue_elisions)
{
  const PrecisNerRange *doc = &g_array_index (corpus->documents, PrecisNerRange, d);
  const PrecisNerRange *first = &g_array_index (corpus->sentences, PrecisNerRange, doc->first);
  const PrecisNerRange *last = &g_array_index (corpus->sentences, PrecisNerRange, doc->first + doc->n - 1);
  guint32 chars = 0;

  dt->first_token = first->first;
  dt->n_tokens = doc->n ? last->first + last->n - first->first : 0;
  dt->text = g_string_new (NULL);
  dt->starts = g_new (guint32, MAX (dt->n_tokens, 1));
  dt->ends = g_new (guint32, MAX (dt->n_tokens, 1));
  for (guint s = doc->first; s < doc->first + doc->n; s++)
    {
      const PrecisNerRange *r = &g_array_index (corpus->sentences, PrecisNerRange, s);

      for (guint i = r->first; i < r->first + r->n; i++)
        {
          const PrecisNerToken *t = &g_array_index (corpus->tokens, PrecisNerToken, i);

          if (i > r->first &&
              !(glue_elisions && is_elided (&g_array_index (corpus->tokens, PrecisNerToken, i - 1)) &&
                g_unichar_isalpha (g_utf8_get_char (t->text))))
            {
              g_string_append_c (dt->text, ' ');
              chars++;
            }
          dt->starts[i - dt->first_token] = chars;
          g_string_append_len (dt->text, t->text, t->len);
          chars += (guint32) g_utf8_strlen (t->text, t->len);
          dt->ends[i - dt->first_token] = chars;
        }
      g_string_append_c (dt->text, '\n');
      chars++;
    }
}

static void
doc_text_clear (DocText *dt)
{
  g_string_free (dt->text, TRUE);
  g_free (dt->starts);
  g_free (dt->ends);
}

/* The CoNLL token whose characters hold code point `c` (or the next one). */
static guint
token_at (const DocText *dt, guint32 c, gboolean end)
{
  guint lo = 0, hi = dt->n_tokens;

  /* First token whose end is past c (for starts) or at least c (ends). */
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (end ? dt->ends[mid] < c : dt->ends[mid] <= c)
        lo = mid + 1;
      else
        hi = mid;
    }
  return MIN (lo, dt->n_tokens ? dt->n_tokens - 1 : 0);
}

static PrecisNerType
type_of_kind (PrecisFactKind kind)
{
  switch (kind)
    {
    case PRECIS_FACT_PERSON:
      return PRECIS_NER_TYPE_PER;
    case PRECIS_FACT_ORGANIZATION:
      return PRECIS_NER_TYPE_ORG;
    case PRECIS_FACT_PLACE:
      return PRECIS_NER_TYPE_LOC;
    default:
      return PRECIS_NER_TYPE_NONE;
    }
}

/* A fact's kind as D-Bus names it ("person", "organization", "place"). */
static PrecisNerType
type_of_kind_name (const char *kind)
{
  if (g_strcmp0 (kind, "person") == 0)
    return PRECIS_NER_TYPE_PER;
  if (g_strcmp0 (kind, "organization") == 0)
    return PRECIS_NER_TYPE_ORG;
  if (g_strcmp0 (kind, "place") == 0)
    return PRECIS_NER_TYPE_LOC;
  return PRECIS_NER_TYPE_NONE;
}

typedef struct {
  GArray *gold;      /* PrecisNerPanelMention, document token numbering */
  GArray *misc;      /* the same, of MISC names: for reports */
  GPtrArray *forms;  /* owned strings */
  const PrecisNerCorpus *corpus;
  guint base;            /* the document's first corpus token */
  guint sentence_first;  /* the sentence's first token, in document numbering */
} GoldData;

static void
on_gold_chunk (guint start, guint end, PrecisNerType type, gpointer user_data)
{
  GoldData *data = user_data;
  PrecisNerPanelMention m = { data->sentence_first + start, data->sentence_first + end, type, NULL };
  GString *form = g_string_new (NULL);

  if (type == PRECIS_NER_TYPE_MISC)
    {
      g_array_append_val (data->misc, m);
      g_string_free (form, TRUE);
      return;
    }
  for (guint i = m.first; i < m.end; i++)
    {
      const PrecisNerToken *t = &g_array_index (data->corpus->tokens, PrecisNerToken, data->base + i);

      if (i > m.first)
        g_string_append_c (form, ' ');
      g_string_append_len (form, t->text, t->len);
    }
  m.form = form->str;
  g_ptr_array_add (data->forms, g_string_free (form, FALSE));
  g_array_append_val (data->gold, m);
}

static guint64
mention_key (guint first, guint end, PrecisNerType type)
{
  return ((guint64) first << 32) | ((guint64) end << 3) | (guint64) type;
}

static void
fact_clear (gpointer data)
{
  PrecisFact *fact = data;

  g_free (fact->value);
  g_array_unref (fact->mentions);
}

static void
panel_fact_clear (gpointer data)
{
  PrecisNerPanelFact *fact = data;

  g_array_unref (fact->mentions);
}

/* The facts of `text` from the plugin in this process, their spans moved
 * to the text sent (the pipeline repairs some: spans are its document's). */
static gboolean
local_facts (const PrecisPluginDescriptor *plugin, gpointer state, const char *text, gsize len,
             const char *language, GArray *facts, const char **found_language, GError **error)
{
  PrecisPipelineOptions options = { 0 };
  PrecisRequest request = { 0, NULL, 0, NULL };
  g_autoptr (PrecisDocument) document = NULL;

  options.language = language;
  document = precis_document_new (text, (gssize) len, language ? &options : NULL);
  /* Interned by the pipeline: it outlives the document. */
  *found_language = g_intern_string (document->language);
  if (!plugin->extract_facts (state, document, &request, facts, error))
    return FALSE;
  for (guint f = 0; f < facts->len; f++)
    {
      GArray *mentions = g_array_index (facts, PrecisFact, f).mentions;

      for (guint k = 0; k < mentions->len; k++)
        {
          PrecisSpan *span = &g_array_index (mentions, PrecisSpan, k);

          span->start = precis_document_input_offset (document, span->start);
          span->end = precis_document_input_offset (document, span->end);
        }
    }
  return TRUE;
}

/* The facts precisd answers a client who sends `text` to Analyze (no
 * option but `language`, if given); their spans are the text's already. */
static gboolean
bus_facts (PrecisConnection *connection, const char *text, const char *language, GArray *facts,
           const char **found_language, GError **error)
{
  g_autoptr (PrecisOptions) options = precis_options_new ();
  g_autoptr (PrecisResult) result = NULL;
  GPtrArray *found;

  if (language != NULL)
    precis_options_set_language (options, language);
  result = precis_connection_analyze (connection, text, options, NULL, error);
  if (result == NULL)
    return FALSE;
  *found_language = g_intern_string (precis_result_get_language (result));
  found = precis_result_get_facts (result);
  for (guint f = 0; f < found->len; f++)
    {
      PrecisKeyFact *key_fact = g_ptr_array_index (found, f);
      PrecisNerType type = type_of_kind_name (precis_key_fact_get_kind (key_fact));
      PrecisFact fact = { 0 };

      if (type == PRECIS_NER_TYPE_NONE)
        continue;
      fact.kind = type == PRECIS_NER_TYPE_PER   ? PRECIS_FACT_PERSON
                  : type == PRECIS_NER_TYPE_ORG ? PRECIS_FACT_ORGANIZATION
                                                : PRECIS_FACT_PLACE;
      fact.value = g_strdup (precis_key_fact_get_value (key_fact));
      fact.mentions = g_array_new (FALSE, FALSE, sizeof (PrecisSpan));
      for (guint k = 0; k < precis_key_fact_get_n_mentions (key_fact); k++)
        {
          guint start = 0, end = 0;
          PrecisSpan span;

          precis_key_fact_get_mention (key_fact, k, &start, &end);
          span.start = start;
          span.end = end;
          g_array_append_val (fact.mentions, span);
        }
      g_array_append_val (facts, fact);
    }
  return TRUE;
}

/* Scores one document; returns FALSE with `error` set when the plugin fails. */
static gboolean
score_document (const PrecisNerCorpus *corpus, guint d, const PrecisPluginDescriptor *plugin,
                gpointer state, PrecisConnection *connection, const char *language, gboolean verbose,
                gboolean glue_elisions, PrecisNerPipelineScore *score, GError **error)
{
  const PrecisNerRange *doc = &g_array_index (corpus->documents, PrecisNerRange, d);
  DocText dt;
  GoldData gold = { g_array_new (FALSE, FALSE, sizeof (PrecisNerPanelMention)),
                    g_array_new (FALSE, FALSE, sizeof (PrecisNerPanelMention)),
                    g_ptr_array_new_with_free_func (g_free), corpus, 0, 0 };
  g_autoptr (GArray) facts = g_array_new (FALSE, FALSE, sizeof (PrecisFact));
  g_autoptr (GArray) panel = g_array_new (FALSE, FALSE, sizeof (PrecisNerPanelFact));
  g_autoptr (GHashTable) predicted = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autofree gboolean *sentence_has_fact = g_new0 (gboolean, MAX (doc->n, 1));
  g_autofree guint *sentence_of = NULL;
  g_autoptr (GString) report = verbose ? g_string_new (NULL) : NULL;
  const char *found_language = NULL;
  gboolean ok;

  doc_text_build (&dt, corpus, d, glue_elisions);
  gold.base = dt.first_token;
  sentence_of = g_new (guint, MAX (dt.n_tokens, 1));
  for (guint s = doc->first; s < doc->first + doc->n; s++)
    {
      const PrecisNerRange *r = &g_array_index (corpus->sentences, PrecisNerRange, s);

      for (guint i = r->first; i < r->first + r->n; i++)
        sentence_of[i - dt.first_token] = s - doc->first;
      gold.sentence_first = r->first - dt.first_token;
      precis_ner_chunks ((const guint8 *) corpus->gold->data + r->first, r->n, on_gold_chunk, &gold);
    }
  g_array_set_clear_func (facts, fact_clear);
  ok = connection != NULL
           ? bus_facts (connection, dt.text->str, language, facts, &found_language, error)
           : local_facts (plugin, state, dt.text->str, dt.text->len, language, facts, &found_language, error);
  /* Without the option, the pipeline identifies the language: English is expected. */
  if (ok && language == NULL && g_strcmp0 (found_language, "en") != 0)
    {
      score->not_english++;
      if (verbose)
        g_print ("document %u: language %s\n", d, found_language);
    }
  g_array_set_clear_func (panel, panel_fact_clear);

  for (guint f = 0; ok && f < facts->len; f++)
    {
      const PrecisFact *fact = &g_array_index (facts, PrecisFact, f);
      PrecisNerPanelFact pf = { type_of_kind (fact->kind), NULL, fact->value };

      if (pf.type == PRECIS_NER_TYPE_NONE)
        continue;
      pf.mentions = g_array_new (FALSE, FALSE, sizeof (PrecisNerPanelMention));
      for (guint k = 0; k < fact->mentions->len; k++)
        {
          const PrecisSpan *span = &g_array_index (fact->mentions, PrecisSpan, k);
          PrecisNerPanelMention m = { token_at (&dt, span->start, FALSE), token_at (&dt, span->end, TRUE) + 1,
                                      pf.type, NULL };
          guint64 *key = g_new (guint64, 1);

          *key = mention_key (m.first, m.end, m.type);
          g_hash_table_add (predicted, key);
          g_array_append_val (pf.mentions, m);
          sentence_has_fact[sentence_of[m.first]] = TRUE;
        }
      g_array_append_val (panel, pf);
    }

  if (ok)
    {
      /* Mentions: a set of (span, type) on each side. */
      for (guint i = 0; i < gold.gold->len; i++)
        {
          const PrecisNerPanelMention *m = &g_array_index (gold.gold, PrecisNerPanelMention, i);
          guint64 key = mention_key (m->first, m->end, m->type);

          if (g_hash_table_remove (predicted, &key))
            score->mentions.tp[m->type]++;
          else
            {
              score->mentions.fn[m->type]++;
              score->missed++;
              score->missed_in_silent += !sentence_has_fact[sentence_of[m->first]];
              if (report)
                g_string_append_printf (report, "  missed mention: %s %s\n",
                                        precis_ner_type_name (m->type), m->form);
            }
        }
      GHashTableIter iter;
      gpointer key;
      g_hash_table_iter_init (&iter, predicted);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          guint64 k = *(guint64 *) key;

          score->mentions.fp[k & 7]++;
          if (report)
            {
              guint first = (guint) (k >> 32), end = (guint) ((k & 0xffffffffu) >> 3);

              g_string_append_printf (report, "  wrong mention: %s", precis_ner_type_name ((PrecisNerType) (k & 7)));
              for (guint i = first; i < end; i++)
                {
                  const PrecisNerToken *t = &g_array_index (corpus->tokens, PrecisNerToken, gold.base + i);

                  g_string_append_printf (report, " %.*s", (int) t->len, t->text);
                }
              g_string_append_c (report, '\n');
            }
        }

      precis_ner_panel_score (gold.gold, gold.misc, (const PrecisNerPanelFact *) panel->data,
                              panel->len, TRUE, &score->panel, report);
      precis_ner_panel_score (gold.gold, gold.misc, (const PrecisNerPanelFact *) panel->data,
                              panel->len, FALSE, &score->panel_exact_case, NULL);
      if (report && report->len)
        g_print ("document %u:\n%s", d, report->str);
    }

  doc_text_clear (&dt);
  g_array_unref (gold.gold);
  g_array_unref (gold.misc);
  g_ptr_array_unref (gold.forms);
  return ok;
}

gboolean
precis_ner_eval_pipeline (const PrecisNerCorpus *corpus, const char *data_dir, PrecisConnection *connection,
                          const char *language, gboolean verbose,
                          guint every, guint offset, gboolean glue_elisions,
                          PrecisNerPipelineScore *score, GError **error)
{
  const PrecisPluginDescriptor *plugin = precis_plugin_entry ();
  gpointer state = NULL;
  gboolean ok = TRUE;

  if (connection == NULL && (!precis_pipeline_init (data_dir, error) || !plugin->load (data_dir, &state, error)))
    return FALSE;
  for (guint d = 0; ok && d < corpus->documents->len; d++)
    if (every <= 1 || d % every == offset)
      ok = score_document (corpus, d, plugin, state, connection, language, verbose, glue_elisions, score,
                           error);
  if (connection == NULL)
    plugin->unload (state);
  return ok;
}

gboolean
precis_ner_print_facts (const char *path, const char *title, const char *language,
                        const char *data_dir, GError **error)
{
  static const char *const kinds[] = { "person", "organization", "place", "date" };
  const PrecisPluginDescriptor *plugin = precis_plugin_entry ();
  PrecisPipelineOptions options = { 0 };
  PrecisRequest request = { 0, NULL, 0, NULL };
  g_autoptr (GArray) facts = g_array_new (FALSE, FALSE, sizeof (PrecisFact));
  g_autoptr (PrecisDocument) doc = NULL;
  g_autofree char *text = NULL;
  gpointer state = NULL;
  gboolean ok;

  if (!g_file_get_contents (path, &text, NULL, error) || !precis_pipeline_init (data_dir, error) ||
      !plugin->load (data_dir, &state, error))
    return FALSE;
  options.title = title;
  options.language = language;
  doc = precis_document_new (text, -1, &options);
  g_array_set_clear_func (facts, fact_clear);
  ok = plugin->extract_facts (state, doc, &request, facts, error);
  for (guint f = 0; ok && f < facts->len; f++)
    {
      const PrecisFact *fact = &g_array_index (facts, PrecisFact, f);

      g_print ("%-12s %-32s %.3f ", kinds[MIN (fact->kind, 3u)], fact->value, fact->salience);
      for (guint k = 0; k < fact->mentions->len; k++)
        {
          const PrecisSpan *span = &g_array_index (fact->mentions, PrecisSpan, k);
          const char *a = g_utf8_offset_to_pointer (doc->text, span->start);
          const char *b = g_utf8_offset_to_pointer (doc->text, span->end);

          g_print ("%s%.*s", k ? " | " : "", (int) (b - a), a);
        }
      g_print ("\n");
    }
  plugin->unload (state);
  return ok;
}
