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

/* A string of `info`, when there is one.  Values, not format strings: the
 * format parser cost more than the rest of the dictionary. */
static void
put_string (GVariantDict *info, const char *key, const char *value)
{
  if (value != NULL)
    g_variant_dict_insert_value (info, key, g_variant_new_string (value));
}

GVariant *
precis_call_info (const PrecisCall *call)
{
  const PrecisAnalysis *a = &call->analysis;
  GVariantDict info;

  g_variant_dict_init (&info, NULL);
  if (a->summarizer != NULL)
    put_string (&info, "summarizer", precis_plugin_get_name (a->summarizer));
  if (a->extractor != NULL)
    put_string (&info, "fact-extractor", precis_plugin_get_name (a->extractor));
  put_string (&info, "published", a->anchor);
  put_string (&info, "published-source", precis_anchor_source_to_string (a->anchor_source));
  put_string (&info, "title", a->title);
  g_variant_dict_insert_value (&info, "sentences", g_variant_new_uint32 (a->n_content_sentences));
  put_string (&info, "language", a->language);
  put_string (&info, "facts-language", a->facts_language);
  put_string (&info, "version", PRECIS_VERSION);
  put_string (&info, "url", call->url);
  if (call->article != NULL)
    {
      const PrecisArticle *article = call->article;

      /* The offsets point into the article's text, which the caller of
       * AnalyzeUrl has not seen otherwise. */
      put_string (&info, "text", article->text);
      put_string (&info, "page-published", article->published);
      put_string (&info, "site", article->site);
      put_string (&info, "author", article->author);
      put_string (&info, "page-language", article->language);
    }
  return g_variant_dict_end (&info);
}
