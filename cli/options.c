/* options.c — the command line of one `precis` subcommand.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "options.h"

#include <stdlib.h>
#include <string.h>

void
precis_cli_options_init (PrecisCliOptions *options)
{
  *options = (PrecisCliOptions) { .timeout_ms = PRECIS_DEFAULT_TIMEOUT_MS };
  options->request = g_variant_dict_new (NULL);
}

void
precis_cli_options_clear (PrecisCliOptions *options)
{
  g_clear_pointer (&options->address, g_free);
  g_clear_pointer (&options->request, g_variant_dict_unref);
  g_clear_pointer (&options->args, g_strfreev);
}

GVariant *
precis_cli_options_request (PrecisCliOptions *options)
{
  return g_variant_dict_end (options->request);
}

static gboolean
bad_value (GError **error, const char *option, const char *value, const char *what)
{
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               "%s takes %s, not ‘%s’", option, what, value);
  return FALSE;
}

static gboolean
parse_number (const char *value, double *out)
{
  char *end = NULL;

  if (*value == '\0')
    return FALSE;
  *out = g_ascii_strtod (value, &end);
  return *end == '\0';
}

/* The UInt32 options: their a{sv} key and least value.  A backlog of 0
 * (announce none of a feed's old items, precisd's default) is meaningful;
 * the other counts start at 1. */
static const struct {
  const char *option, *key;
  guint32 min;
} count_options[] = {
  { "-n", "sentences", 1 },
  { "--sentences", "sentences", 1 },
  { "--max-chars", "max-chars", 1 },
  { "--interval", "interval", 1 },
  { "--replaces", "replaces-id", 1 },
  { "--backlog", "backlog", 0 },
};

static gboolean
on_count (const char *option, const char *value, gpointer data, GError **error)
{
  PrecisCliOptions *options = data;
  guint64 n;

  for (gsize i = 0; i < G_N_ELEMENTS (count_options); i++)
    {
      if (!g_str_equal (option, count_options[i].option))
        continue;
      if (!g_ascii_string_to_unsigned (value, 10, count_options[i].min, G_MAXUINT32, &n, NULL))
        {
          g_autofree char *range = g_strdup_printf ("a whole number from %u to %u",
                                                    count_options[i].min, G_MAXUINT32);
          return bad_value (error, option, value, range);
        }
      g_variant_dict_insert (options->request, count_options[i].key, "u", (guint32) n);
      return TRUE;
    }
  g_return_val_if_reached (FALSE);
}

static gboolean
on_ratio (const char *option, const char *value, gpointer data, GError **error)
{
  PrecisCliOptions *options = data;
  double ratio;

  if (!parse_number (value, &ratio) || !(ratio > 0.0 && ratio <= 1.0))
    return bad_value (error, option, value, "a share of the sentences in (0, 1], e.g. 0.2");
  g_variant_dict_insert (options->request, "ratio", "d", ratio);
  return TRUE;
}

static gboolean
on_order (const char *option, const char *value, gpointer data, GError **error)
{
  PrecisCliOptions *options = data;

  if (!g_str_equal (value, "document") && !g_str_equal (value, "score"))
    return bad_value (error, option, value, "‘document’ or ‘score’");
  g_variant_dict_insert (options->request, "order", "s", value);
  return TRUE;
}

/* A calendar date (2025-02-22) or a date and time (2025-02-22T09:30:00Z):
 * the anchor precisd resolves "Monday" and "last year" against. */
static gboolean
is_iso8601 (const char *value)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) when = NULL;
  static const char date_shape[] = "dddd-dd-dd";
  gboolean is_date = strlen (value) == strlen (date_shape);

  for (gsize i = 0; is_date && date_shape[i] != '\0'; i++)
    is_date = date_shape[i] == 'd' ? g_ascii_isdigit (value[i]) : value[i] == date_shape[i];
  if (is_date)
    return g_date_valid_dmy ((GDateDay) atoi (value + 8), (GDateMonth) atoi (value + 5),
                             (GDateYear) atoi (value));
  when = g_date_time_new_from_iso8601 (value, utc);
  return when != NULL;
}

static gboolean
on_published (const char *option, const char *value, gpointer data, GError **error)
{
  PrecisCliOptions *options = data;

  if (!is_iso8601 (value))
    return bad_value (error, option, value, "an ISO 8601 date such as 2025-02-22 or 2025-02-22T09:30:00Z");
  g_variant_dict_insert (options->request, "published", "s", value);
  return TRUE;
}

static gboolean
on_text (const char *option, const char *value, gpointer data, GError **error)
{
  PrecisCliOptions *options = data;
  const char *key = option + 2;  /* "--plugin" → "plugin", "--title" → "title" */

  if (g_str_equal (key, "plugin") && *value == '\0')
    return bad_value (error, option, value, "a plugin name (see ‘precis plugins’)");
  if (g_str_equal (key, "language") && *value == '\0')
    return bad_value (error, option, value, "a language code such as en");
  g_variant_dict_insert (options->request, key, "s", value);
  return TRUE;
}

static gboolean
on_notify (const char *option, const char *value, gpointer data, GError **error)
{
  PrecisCliOptions *options = data;

  g_variant_dict_insert (options->request, "notify", "b", TRUE);
  return TRUE;
}

static gboolean
on_all (const char *option, const char *value, gpointer data, GError **error)
{
  PrecisCliOptions *options = data;

  g_variant_dict_insert (options->request, "all", "b", TRUE);
  return TRUE;
}

static gboolean
on_timeout (const char *option, const char *value, gpointer data, GError **error)
{
  PrecisCliOptions *options = data;
  double seconds;

  /* libdbus takes an int of milliseconds. */
  if (!parse_number (value, &seconds) || !(seconds > 0.0 && seconds <= G_MAXINT / 1000))
    return bad_value (error, option, value, "a number of seconds, e.g. 90");
  options->timeout_ms = (int) (seconds * 1000.0 + 0.5);
  return TRUE;
}

static gboolean
on_address (const char *option, const char *value, gpointer data, GError **error)
{
  PrecisCliOptions *options = data;

  if (*value == '\0')
    return bad_value (error, option, value, "a D-Bus address such as unix:path=/run/user/1000/bus");
  g_free (options->address);
  options->address = g_strdup (value);
  return TRUE;
}

static gboolean
on_flag (const char *option, const char *value, gpointer data, GError **error)
{
  PrecisCliOptions *options = data;

  if (g_str_equal (option, "--json"))
    options->json = TRUE;
  else
    options->verbose = TRUE;
  return TRUE;
}

#define CALLBACK(f) G_OPTION_ARG_CALLBACK, (gpointer) (GOptionArgFunc) (f)

static const GOptionEntry connection_entries[] = {
  { "address", 0, 0, CALLBACK (on_address), "Talk to precisd on the bus at ADDR, not the session bus", "ADDR" },
  { "timeout", 0, 0, CALLBACK (on_timeout), "Wait at most S seconds for an answer (default 60)", "S" },
  G_OPTION_ENTRY_NULL
};

static const GOptionEntry output_entries[] = {
  { "json", 0, G_OPTION_FLAG_NO_ARG, CALLBACK (on_flag), "Print one JSON object instead of text", NULL },
  { "verbose", 'v', G_OPTION_FLAG_NO_ARG, CALLBACK (on_flag), "Number sentences, show offsets, scores and details", NULL },
  G_OPTION_ENTRY_NULL
};

static const GOptionEntry summary_entries[] = {
  { "sentences", 'n', 0, CALLBACK (on_count), "Summarize in N sentences (default 3)", "N" },
  { "ratio", 0, 0, CALLBACK (on_ratio), "Summarize in this share of the sentences, e.g. 0.2", "R" },
  { "max-chars", 0, 0, CALLBACK (on_count), "Keep the summary within N characters", "N" },
  { "order", 0, 0, CALLBACK (on_order), "Sentences in document order or by score", "document|score" },
  G_OPTION_ENTRY_NULL
};

static const GOptionEntry article_entries[] = {
  { "plugin", 0, 0, CALLBACK (on_text), "Use plugin NAME instead of the default", "NAME" },
  { "published", 0, 0, CALLBACK (on_published), "Publication date, the anchor of relative dates (ISO 8601)", "DATE" },
  { "title", 0, 0, CALLBACK (on_text), "The article's title", "T" },
  { "language", 0, 0, CALLBACK (on_text), "The article's language, an ISO 639 code such as de (default: identified from the text)", "LANG" },
  { "language-hint", 0, 0, CALLBACK (on_text), "The language the article's source declares, as evidence: text in another language keeps its own", "LANG" },
  G_OPTION_ENTRY_NULL
};

static const GOptionEntry feed_entries[] = {
  { "interval", 0, 0, CALLBACK (on_count), "Poll the feed every S seconds", "S" },
  { "notify", 0, G_OPTION_FLAG_NO_ARG, CALLBACK (on_notify), "Post a notification for each new article", NULL },
  { "backlog", 0, 0, CALLBACK (on_count), "Also announce the N newest articles the feed has now (default 0)", "N" },
  G_OPTION_ENTRY_NULL
};

static const GOptionEntry feed_list_entries[] = {
  { "all", 0, G_OPTION_FLAG_NO_ARG, CALLBACK (on_all), "List every app's feeds, not only those of unsandboxed callers", NULL },
  G_OPTION_ENTRY_NULL
};

static const GOptionEntry notify_entries[] = {
  { "replaces", 0, 0, CALLBACK (on_count), "Replace notification ID (printed by an earlier notify)", "ID" },
  G_OPTION_ENTRY_NULL
};

static void
add_entries (GOptionGroup *group, guint groups)
{
  if (groups & PRECIS_OPTIONS_SUMMARY)
    g_option_group_add_entries (group, summary_entries);
  if (groups & PRECIS_OPTIONS_ARTICLE)
    g_option_group_add_entries (group, article_entries);
  if (groups & PRECIS_OPTIONS_FEED)
    g_option_group_add_entries (group, feed_entries);
  if (groups & PRECIS_OPTIONS_NOTIFY)
    g_option_group_add_entries (group, notify_entries);
  if (groups & PRECIS_OPTIONS_FEED_LIST)
    g_option_group_add_entries (group, feed_list_entries);
  if (groups & PRECIS_OPTIONS_OUTPUT)
    g_option_group_add_entries (group, output_entries);
  if (groups & PRECIS_OPTIONS_CONNECTION)
    g_option_group_add_entries (group, connection_entries);
}

gboolean
precis_cli_options_parse (PrecisCliOptions *options, const PrecisCliSyntax *syntax,
                          int argc, char **argv, GError **error)
{
  g_autoptr(GOptionContext) context = g_option_context_new (syntax->parameters);
  g_autofree char *prgname = g_strconcat ("precis ", syntax->name, NULL);
  g_auto(GStrv) args = g_new0 (char *, argc + 1);
  GOptionGroup *group = g_option_group_new (syntax->name, syntax->summary, "", options, NULL);
  int n_args = argc;
  guint n_operands;

  /* --help prints "Usage: precis summarize [OPTION…] [FILE|-|URL]". */
  g_set_prgname (prgname);
  g_option_context_set_summary (context, syntax->summary);
  add_entries (group, syntax->groups);
  g_option_context_set_main_group (context, group);

  /* GOption rearranges and frees the strings it consumes: parse a copy. */
  for (int i = 0; i < argc; i++)
    args[i] = g_strdup (argv[i]);
  if (!g_option_context_parse_strv (context, &args, error))
    return FALSE;
  n_args = (int) g_strv_length (args);
  n_operands = n_args > 0 ? (guint) n_args - 1 : 0;
  if (n_operands < syntax->min_args || n_operands > syntax->max_args)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                   n_operands < syntax->min_args ? "missing operand: precis %s %s"
                                                  : "too many operands: precis %s %s",
                   syntax->name, syntax->parameters);
      return FALSE;
    }
  g_strfreev (options->args);
  options->args = g_strdupv (args + (n_args > 0 ? 1 : 0));
  return TRUE;
}
