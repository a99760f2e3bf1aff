/* call.c — one call of the engine, and the `info` it reports.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "call.h"

PrecisCall *
precis_call_new_text (PrecisCallKind kind, GBytes *text)
{
  PrecisCall *call = g_new0 (PrecisCall, 1);
  gsize length;

  call->kind = kind;
  call->text = g_bytes_ref (text);
  precis_call_options_init (&call->options);
  call->analysis.options = &call->options;
  call->analysis.text = g_bytes_get_data (text, &length);
  call->analysis.length = length;
  if (call->analysis.text == NULL)
    call->analysis.text = "";
  return call;
}

PrecisCall *
precis_call_new_url (const char *url)
{
  PrecisCall *call = g_new0 (PrecisCall, 1);

  call->kind = PRECIS_CALL_KIND_ANALYZE;
  call->url = g_strdup (url);
  call->fetch = TRUE;
  precis_call_options_init (&call->options);
  call->analysis.options = &call->options;
  return call;
}

void
precis_call_set_fallback_text (PrecisCall *call, GBytes *text)
{
  g_clear_pointer (&call->fallback, g_bytes_unref);
  call->fallback = g_bytes_ref (text);
}

void
precis_call_free (PrecisCall *call)
{
  if (call == NULL)
    return;
  precis_analysis_clear (&call->analysis);
  precis_call_options_clear (&call->options);
  g_clear_pointer (&call->article, precis_article_free);
  g_clear_pointer (&call->text, g_bytes_unref);
  g_clear_pointer (&call->page, g_bytes_unref);
  g_clear_pointer (&call->fallback, g_bytes_unref);
  g_free (call->url);
  g_free (call);
}

GVariant *
precis_call_info (const PrecisCall *call)
{
  const PrecisAnalysis *a = &call->analysis;
  GVariantDict info;

  g_variant_dict_init (&info, NULL);
  if (a->summarizer != NULL)
    g_variant_dict_insert (&info, "summarizer", "s", precis_plugin_get_name (a->summarizer));
  if (a->extractor != NULL)
    g_variant_dict_insert (&info, "fact-extractor", "s", precis_plugin_get_name (a->extractor));
  if (a->anchor != NULL)
    g_variant_dict_insert (&info, "published", "s", a->anchor);
  g_variant_dict_insert (&info, "published-source", "s",
                         precis_anchor_source_to_string (a->anchor_source));
  if (a->title != NULL)
    g_variant_dict_insert (&info, "title", "s", a->title);
  g_variant_dict_insert (&info, "sentences", "u", a->n_content_sentences);
  if (a->language != NULL)
    g_variant_dict_insert (&info, "language", "s", a->language);
  if (a->facts_language != NULL)
    g_variant_dict_insert (&info, "facts-language", "s", a->facts_language);
  g_variant_dict_insert (&info, "version", "s", PRECIS_VERSION);
  if (call->url != NULL)
    g_variant_dict_insert (&info, "url", "s", call->url);
  if (call->article != NULL)
    {
      const PrecisArticle *article = call->article;

      /* The offsets point into the article's text, which the caller of
       * AnalyzeUrl has not seen otherwise. */
      g_variant_dict_insert (&info, "text", "s", article->text);

      if (article->published != NULL)
        g_variant_dict_insert (&info, "page-published", "s", article->published);
      if (article->site != NULL)
        g_variant_dict_insert (&info, "site", "s", article->site);
      if (article->author != NULL)
        g_variant_dict_insert (&info, "author", "s", article->author);
      if (article->language != NULL)
        g_variant_dict_insert (&info, "page-language", "s", article->language);
    }
  return g_variant_dict_end (&info);
}

static GVariant *
summary_variant (GArray *summary)
{
  GVariantBuilder b;

  g_variant_builder_init (&b, G_VARIANT_TYPE ("a(suud)"));
  for (guint i = 0; summary != NULL && i < summary->len; i++)
    {
      const PrecisChosenSentence *s = &g_array_index (summary, PrecisChosenSentence, i);

      g_variant_builder_add (&b, "(suud)", s->text, s->start, s->end, s->score);
    }
  return g_variant_builder_end (&b);
}

static GVariant *
facts_variant (GArray *facts)
{
  GVariantBuilder b;

  g_variant_builder_init (&b, G_VARIANT_TYPE ("a(sssda(uu))"));
  for (guint i = 0; facts != NULL && i < facts->len; i++)
    {
      const PrecisFactResult *f = &g_array_index (facts, PrecisFactResult, i);
      GVariantBuilder mentions;

      g_variant_builder_init (&mentions, G_VARIANT_TYPE ("a(uu)"));
      for (guint k = 0; k < f->mentions->len; k++)
        {
          const PrecisSpan *span = &g_array_index (f->mentions, PrecisSpan, k);

          g_variant_builder_add (&mentions, "(uu)", span->start, span->end);
        }
      g_variant_builder_add (&b, "(sssda(uu))", precis_fact_kind_to_string (f->kind), f->text,
                             f->value, f->salience, &mentions);
    }
  return g_variant_builder_end (&b);
}

GVariant *
precis_call_reply (const PrecisCall *call)
{
  const PrecisAnalysis *a = &call->analysis;

  switch (call->kind)
    {
    case PRECIS_CALL_KIND_SUMMARIZE:
      return g_variant_new ("(@a(suud)s)", summary_variant (a->summary),
                            precis_plugin_get_name (a->summarizer));
    case PRECIS_CALL_KIND_EXTRACT_FACTS:
      return g_variant_new ("(@a(sssda(uu))s)", facts_variant (a->facts),
                            precis_plugin_get_name (a->extractor));
    case PRECIS_CALL_KIND_ANALYZE:
    default:
      return g_variant_new ("(@a(suud)@a(sssda(uu))@a{sv})", summary_variant (a->summary),
                            facts_variant (a->facts), precis_call_info (call));
    }
}
