/* commands-text.c — summarize, analyze, facts and notify an article.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The article is a file, standard input or a URL.  A URL goes to
 * AnalyzeUrl, which fetches the page in the daemon; the subcommand then
 * shows its part of the answer.  summarize, facts and analyze call precisd
 * through libprecis' PrecisConnection; notify (NotifySummary, which the
 * public API has no call for) through its internal client.
 */
#include "commands.h"

#include "input.h"

typedef struct {
  char *text;       /* read from a file or stdin, or NULL */
  const char *url;  /* the operand when it is a URL, or NULL */
} Article;

static void
article_clear (Article *article)
{
  g_clear_pointer (&article->text, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Article, article_clear)

static gboolean
article_load (Article *article, const PrecisCliOptions *options, GError **error)
{
  const char *operand = options->args[0];

  if (precis_input_is_url (operand))
    {
      article->url = operand;
      return TRUE;
    }
  article->text = precis_input_read (operand, PRECIS_INPUT_MAX_BYTES, error);
  return article->text != NULL;
}

/* What an answer holds, from the result (which owns it); absent parts are NULL. */
typedef struct {
  PrecisResult *result;
  GPtrArray *summary;  /* PrecisSummarySentence */
  GPtrArray *facts;    /* PrecisKeyFact */
  GVariant *info;      /* a{sv} */
  const char *plugin;
  gboolean anchored;   /* --published was given */
} Answer;

static void
answer_clear (Answer *answer)
{
  g_clear_object (&answer->result);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Answer, answer_clear)

static JsonNode *
answer_to_json (const Answer *answer)
{
  g_autoptr(JsonObject) object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  if (answer->plugin != NULL)
    json_object_set_string_member (object, "plugin", answer->plugin);
  if (answer->summary != NULL)
    json_object_set_member (object, "summary", precis_json_summary (answer->summary));
  if (answer->facts != NULL)
    json_object_set_member (object, "facts", precis_json_facts (answer->facts));
  if (answer->info != NULL)
    json_object_set_member (object, "info", precis_json_info (answer->info));
  json_node_set_object (node, object);
  return node;
}

/* The facts plugin had no model for the text's language: only dates can be
 * found, so an empty "People:" is not news of an empty story.  NULL when
 * names were looked for (or info does not say). */
static char *
facts_missing_note (const Answer *answer)
{
  const char *facts_language = NULL;
  const char *language = NULL;

  if (answer->info == NULL ||
      !g_variant_lookup (answer->info, "facts-language", "&s", &facts_language) ||
      !g_str_equal (facts_language, "none"))
    return NULL;
  if (!g_variant_lookup (answer->info, "language", "&s", &language) || g_str_equal (language, "und"))
    return g_strdup ("(no people, organizations or places: the language could not be told; "
                     "pass --language CODE)\n");
  return g_strdup_printf ("(no people, organizations or places: no model for the language "
                          "“%s”)\n", language);
}

/* `title_lines`: show the page's title and source even without -v, as
 * analyze does; summarize and facts print only their own part so that
 * their output pipes well. */
static gboolean
has_dates (GPtrArray *facts)
{
  for (guint i = 0; i < facts->len; i++)
    if (g_str_equal (precis_key_fact_get_kind (facts->pdata[i]), "date"))
      return TRUE;
  return FALSE;
}

/* Whether precisd resolved relative dates against the time of the call:
 * info says so, or (ExtractFacts gives no info) no date was passed. */
static gboolean
dates_from_today (const Answer *answer)
{
  const char *source = NULL;

  if (answer->info != NULL)
    return g_variant_lookup (answer->info, "published-source", "&s", &source) &&
           g_str_equal (source, "call-time");
  return !answer->anchored;
}

/* An empty summary is a failure with its own exit status (3), after the
 * rest of the answer is printed. */
static gboolean
check_summary (const Answer *answer, gboolean ok, GError **error)
{
  if (!ok || answer->summary == NULL || answer->summary->len > 0)
    return ok;
  g_set_error (error, PRECIS_CLIENT_ERROR, PRECIS_CLIENT_ERROR_NO_SUMMARY,
               "no summary: the article has no sentences to take");
  return FALSE;
}

static gboolean
answer_output (const Answer *answer, const PrecisCliOptions *options, gboolean title_lines,
               GError **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *note = NULL;

  if (options->json)
    return check_summary (answer, precis_command_output_json (answer_to_json (answer), error),
                          error);

  if (answer->info != NULL && (title_lines || options->verbose))
    {
      precis_print_info (out, answer->info, options->verbose);
      if (out->len > 0)
        g_string_append_c (out, '\n');
    }
  if (answer->summary != NULL)
    precis_print_summary (out, answer->summary, options->verbose);
  if (answer->facts != NULL && answer->facts->len > 0)
    {
      if (answer->summary != NULL && answer->summary->len > 0)
        g_string_append_c (out, '\n');
      precis_print_facts (out, answer->facts, options->verbose);
      if (has_dates (answer->facts) && dates_from_today (answer))
        g_string_append (out, "(dates relative to today: no publication date given; "
                              "pass --published DATE)\n");
    }
  note = facts_missing_note (answer);
  if (note != NULL)
    {
      if (out->len > 0 && (answer->facts == NULL || answer->facts->len == 0))
        g_string_append_c (out, '\n');
      g_string_append (out, note);
    }
  if (answer->plugin != NULL && options->verbose)
    g_string_append_printf (out, "(plugin %s)\n", answer->plugin);
  return check_summary (answer, precis_command_output (out->str, error), error);
}

/* Through libprecis' public API: a text goes to Summarize, ExtractFacts or
 * Analyze (`kind`), a URL to AnalyzeUrl, which fetches the page in precisd. */
static gboolean
call_precisd (Answer *answer, const PrecisCliOptions *options, const Article *article,
              PrecisCallKind kind, GError **error)
{
  g_autoptr(PrecisConnection) connection = precis_command_open (options, error);
  g_autoptr(PrecisOptions) call = precis_command_call_options (options);

  answer->anchored = g_variant_dict_contains (options->request, "published");
  if (connection == NULL)
    return FALSE;
  if (article->url != NULL)
    answer->result = precis_connection_analyze_url (connection, article->url, call, NULL, error);
  else if (kind == PRECIS_CALL_KIND_SUMMARIZE)
    answer->result = precis_connection_summarize (connection, article->text, call, NULL, error);
  else if (kind == PRECIS_CALL_KIND_EXTRACT_FACTS)
    answer->result = precis_connection_extract_facts (connection, article->text, call, NULL, error);
  else
    answer->result = precis_connection_analyze (connection, article->text, call, NULL, error);
  if (answer->result == NULL)
    return FALSE;
  /* An analysis has its info; Summarize and ExtractFacts name their plugin. */
  if (article->url != NULL || kind == PRECIS_CALL_KIND_ANALYZE)
    answer->info = precis_result_get_info (answer->result);
  else
    answer->plugin = precis_result_get_plugin (answer->result);
  if (kind != PRECIS_CALL_KIND_EXTRACT_FACTS)
    answer->summary = precis_result_get_summary (answer->result);
  if (kind != PRECIS_CALL_KIND_SUMMARIZE)
    answer->facts = precis_result_get_facts (answer->result);
  return TRUE;
}

gboolean
precis_command_summarize (PrecisCliOptions *options, GError **error)
{
  g_auto(Article) article = { 0 };
  g_auto(Answer) answer = { 0 };

  return article_load (&article, options, error) &&
         call_precisd (&answer, options, &article, PRECIS_CALL_KIND_SUMMARIZE, error) &&
         answer_output (&answer, options, FALSE, error);
}

gboolean
precis_command_facts (PrecisCliOptions *options, GError **error)
{
  g_auto(Article) article = { 0 };
  g_auto(Answer) answer = { 0 };

  if (!article_load (&article, options, error))
    return FALSE;
  /* AnalyzeUrl's `plugin` names the summarizer: honouring it for facts
   * would choose the wrong kind of plugin. */
  if (article.url != NULL && g_variant_dict_contains (options->request, "plugin"))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   "precisd finds the facts of a URL with the default fact extractor: "
                   "drop --plugin, or choose the extractor with ‘precis use NAME’");
      return FALSE;
    }
  return call_precisd (&answer, options, &article, PRECIS_CALL_KIND_EXTRACT_FACTS, error) &&
         answer_output (&answer, options, FALSE, error);
}

gboolean
precis_command_analyze (PrecisCliOptions *options, GError **error)
{
  g_auto(Article) article = { 0 };
  g_auto(Answer) answer = { 0 };

  return article_load (&article, options, error) &&
         call_precisd (&answer, options, &article, PRECIS_CALL_KIND_ANALYZE, error) &&
         answer_output (&answer, options, TRUE, error);
}

gboolean
precis_command_notify (PrecisCliOptions *options, GError **error)
{
  g_auto(Article) article = { 0 };
  g_autoptr(PrecisClient) client = NULL;
  g_autoptr(GVariant) reply = NULL;

  if (!article_load (&article, options, error) ||
      (client = precis_command_connect (options, error)) == NULL)
    return FALSE;
  /* For a URL precisd fetches the page, titles the notification with it
   * and makes it open the page when clicked. */
  if (article.url != NULL)
    g_variant_dict_insert (options->request, "url", "s", article.url);
  reply = precis_client_call (client, NULL, "NotifySummary",
                              g_variant_new ("(s@a{sv})", article.text != NULL ? article.text : "",
                                             precis_cli_options_request (options)),
                              "(u)", error);
  if (reply == NULL)
    return FALSE;
  return precis_command_output_id (options, reply, error);
}
