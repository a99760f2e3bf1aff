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

  call->kind = PRECIS_CALL_ANALYZE;
  call->url = g_strdup (url);
  call->fetch = TRUE;
  precis_call_options_init (&call->options);
  call->analysis.options = &call->options;
  return call;
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
