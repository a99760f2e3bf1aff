/* commands-text.c — summarize, analyze, facts and notify an article.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The article is a file, standard input or a URL.  A URL goes to
 * AnalyzeUrl, which fetches the page in the daemon; the subcommand then
 * shows its part of the answer.
 */
#include "commands.h"

#include "input.h"

#define ANALYSIS_TYPE "(a(suud)a(sssda(uu))a{sv})"

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

/* What an answer holds; absent parts are NULL. */
typedef struct {
  GVariant *summary;  /* a(suud) */
  GVariant *facts;    /* a(sssda(uu)) */
  GVariant *info;     /* a{sv} */
  const char *plugin;
  gboolean anchored;  /* --published was given */
} Answer;

static void
answer_from_analysis (Answer *answer, GVariant *reply)
{
  answer->summary = g_variant_get_child_value (reply, 0);
  answer->facts = g_variant_get_child_value (reply, 1);
  answer->info = g_variant_get_child_value (reply, 2);
}

static void
answer_clear (Answer *answer)
{
  g_clear_pointer (&answer->summary, g_variant_unref);
  g_clear_pointer (&answer->facts, g_variant_unref);
  g_clear_pointer (&answer->info, g_variant_unref);
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

/* `title_lines`: show the page's title and source even without -v, as
 * analyze does; summarize and facts print only their own part so that
 * their output pipes well. */
static gboolean
has_dates (GVariant *facts)
{
  GVariantIter iter;
  const char *kind;

  g_variant_iter_init (&iter, facts);
  while (g_variant_iter_next (&iter, "(&s&s&sd@a(uu))", &kind, NULL, NULL, NULL, NULL))
    if (g_str_equal (kind, "date"))
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
  if (!ok || answer->summary == NULL || g_variant_n_children (answer->summary) > 0)
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
  if (answer->facts != NULL && g_variant_n_children (answer->facts) > 0)
    {
      if (answer->summary != NULL && g_variant_n_children (answer->summary) > 0)
        g_string_append_c (out, '\n');
      precis_print_facts (out, answer->facts, options->verbose);
      if (has_dates (answer->facts) && dates_from_today (answer))
        g_string_append (out, "(dates relative to today: no publication date given; "
                              "pass --published DATE)\n");
    }
  if (answer->plugin != NULL && options->verbose)
    g_string_append_printf (out, "(plugin %s)\n", answer->plugin);
  return check_summary (answer, precis_command_output (out->str, error), error);
}

static GVariant *
call_analysis (PrecisClient *client, PrecisCliOptions *options, const Article *article,
               GError **error)
{
  GVariant *args = g_variant_new ("(s@a{sv})", article->url != NULL ? article->url : article->text,
                                  precis_cli_options_request (options));

  return precis_client_call (client, NULL, article->url != NULL ? "AnalyzeUrl" : "Analyze",
                             args, ANALYSIS_TYPE, error);
}

/* Summarize or ExtractFacts for a text, AnalyzeUrl for a URL: `part` 0 is
 * the summary, 1 the facts. */
static gboolean
run_one_part (PrecisCliOptions *options, const char *method, const char *reply_type, guint part,
              GError **error)
{
  g_auto(Article) article = { 0 };
  g_auto(Answer) answer = { .anchored = g_variant_dict_contains (options->request, "published") };
  g_autoptr(PrecisClient) client = NULL;
  g_autoptr(GVariant) reply = NULL;
  GVariant **slot = part == 0 ? &answer.summary : &answer.facts;

  if (!article_load (&article, options, error))
    return FALSE;
  /* AnalyzeUrl's `plugin` names the summarizer: honouring it for facts
   * would choose the wrong kind of plugin. */
  if (article.url != NULL && part == 1 && g_variant_dict_contains (options->request, "plugin"))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   "precisd finds the facts of a URL with the default fact extractor: "
                   "drop --plugin, or choose the extractor with ‘precis use NAME’");
      return FALSE;
    }
  if ((client = precis_command_connect (options, error)) == NULL)
    return FALSE;
  if (article.url != NULL)
    {
      reply = call_analysis (client, options, &article, error);
      if (reply == NULL)
        return FALSE;
      *slot = g_variant_get_child_value (reply, part);
      answer.info = g_variant_get_child_value (reply, 2);
    }
  else
    {
      reply = precis_client_call (client, NULL, method,
                                  g_variant_new ("(s@a{sv})", article.text,
                                                 precis_cli_options_request (options)),
                                  reply_type, error);
      if (reply == NULL)
        return FALSE;
      *slot = g_variant_get_child_value (reply, 0);
      g_variant_get_child (reply, 1, "&s", &answer.plugin);
    }
  return answer_output (&answer, options, FALSE, error);
}

gboolean
precis_command_summarize (PrecisCliOptions *options, GError **error)
{
  return run_one_part (options, "Summarize", "(a(suud)s)", 0, error);
}

gboolean
precis_command_facts (PrecisCliOptions *options, GError **error)
{
  return run_one_part (options, "ExtractFacts", "(a(sssda(uu))s)", 1, error);
}

gboolean
precis_command_analyze (PrecisCliOptions *options, GError **error)
{
  g_auto(Article) article = { 0 };
  g_auto(Answer) answer = { .anchored = g_variant_dict_contains (options->request, "published") };
  g_autoptr(PrecisClient) client = NULL;
  g_autoptr(GVariant) reply = NULL;

  if (!article_load (&article, options, error) ||
      (client = precis_command_connect (options, error)) == NULL ||
      (reply = call_analysis (client, options, &article, error)) == NULL)
    return FALSE;
  answer_from_analysis (&answer, reply);
  return answer_output (&answer, options, TRUE, error);
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
