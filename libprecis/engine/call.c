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
  g_free (call->caller);
  g_free (call);
}

/* An entry of `info` when its string is there. */
static void
add_string (PrecisCallInfo *info, const char *key, const char *value)
{
  if (value != NULL)
    info->entries[info->n++] = (PrecisCallInfoEntry) { key, value, 0 };
}

void
precis_call_info_entries (const PrecisCall *call, PrecisCallInfo *info)
{
  const PrecisAnalysis *a = &call->analysis;

  info->n = 0;
  if (a->summarizer != NULL)
    add_string (info, "summarizer", precis_plugin_get_name (a->summarizer));
  if (a->extractor != NULL)
    add_string (info, "fact-extractor", precis_plugin_get_name (a->extractor));
  add_string (info, "published", a->anchor);
  add_string (info, "published-source", precis_anchor_source_to_string (a->anchor_source));
  add_string (info, "title", a->title);
  info->entries[info->n++] = (PrecisCallInfoEntry) { "sentences", NULL, a->n_content_sentences };
  add_string (info, "language", a->language);
  add_string (info, "facts-language", a->facts_language);
  add_string (info, "version", PRECIS_VERSION);
  add_string (info, "url", call->url);
  if (call->article != NULL)
    {
      const PrecisArticle *article = call->article;

      /* The offsets point into the article's text, which the caller of
       * AnalyzeUrl has not seen otherwise. */
      add_string (info, "text", article->text);
      add_string (info, "page-published", article->published);
      add_string (info, "site", article->site);
      add_string (info, "author", article->author);
      add_string (info, "page-language", article->language);
    }
  g_assert (info->n <= G_N_ELEMENTS (info->entries));
}

GVariant *
precis_call_info (const PrecisCall *call)
{
  PrecisCallInfo entries;
  GVariantDict info;

  precis_call_info_entries (call, &entries);
  g_variant_dict_init (&info, NULL);
  /* Values, not format strings: the format parser cost more than the
   * rest of the dictionary. */
  for (guint i = 0; i < entries.n; i++)
    g_variant_dict_insert_value (&info, entries.entries[i].key,
                                 entries.entries[i].string != NULL
                                   ? g_variant_new_string (entries.entries[i].string)
                                   : g_variant_new_uint32 (entries.entries[i].number));
  return g_variant_dict_end (&info);
}
