/* precis.c — the `precis` command: find the subcommand, parse, run, exit.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Exit status: 0 success, 1 the daemon, the bus or the input failed,
 * 2 a usage error, 3 no summary (no article in the page, no sentences in
 * the text, empty input).
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "errors.h"
#include "subcommands.h"

enum { EXIT_OK = 0, EXIT_FAILED = 1, EXIT_USAGE = 2, EXIT_NO_SUMMARY = 3 };

#define TEXT_GROUPS (PRECIS_OPTIONS_CONNECTION | PRECIS_OPTIONS_OUTPUT | PRECIS_OPTIONS_SUMMARY | PRECIS_OPTIONS_ARTICLE)
#define CONNECTION_GROUPS (PRECIS_OPTIONS_CONNECTION | PRECIS_OPTIONS_OUTPUT)

typedef struct {
  PrecisCliSyntax syntax;
  PrecisCommandFunc run;
} Command;

static const Command commands[] = {
  { { "summarize", "[FILE|-|URL]", "Summarize an article in a few of its own sentences",
      TEXT_GROUPS, 0, 1 }, precis_command_summarize },
  { { "analyze", "[FILE|-|URL]", "Summarize an article and list its people, organizations, places and dates",
      TEXT_GROUPS, 0, 1 }, precis_command_analyze },
  { { "facts", "[FILE|-|URL]", "List the people, organizations, places and dates of an article",
      TEXT_GROUPS, 0, 1 }, precis_command_facts },
  { { "notify", "[FILE|-|URL]", "Post a desktop notification summarizing an article",
      TEXT_GROUPS | PRECIS_OPTIONS_NOTIFY, 0, 1 }, precis_command_notify },
  { { "plugins", "", "List the summarizer and fact extractor plugins (* marks the defaults)",
      CONNECTION_GROUPS, 0, 0 }, precis_command_plugins },
  { { "use", "NAME", "Make plugin NAME the default summarizer or fact extractor",
      PRECIS_OPTIONS_CONNECTION, 1, 1 }, precis_command_use },
  { { "feeds add", "URL", "Subscribe to a news feed (RSS or Atom); prints its id",
      CONNECTION_GROUPS | PRECIS_OPTIONS_FEED, 1, 1 }, precis_command_feeds_add },
  { { "feeds remove", "ID", "Unsubscribe from a feed", PRECIS_OPTIONS_CONNECTION, 1, 1 },
    precis_command_feeds_remove },
  { { "feeds list", "", "List the feeds subscribed to, with their state",
      CONNECTION_GROUPS | PRECIS_OPTIONS_FEED_LIST, 0, 0 },
    precis_command_feeds_list },
  { { "watch", "", "Print each new feed article's summary as precisd announces it",
      CONNECTION_GROUPS, 0, 0 }, precis_command_watch },
  { { "reload", "", "Rescan the plugin directories now", PRECIS_OPTIONS_CONNECTION, 0, 0 },
    precis_command_reload },
  { { "version", "", "Print the versions of precis and of the running precisd",
      CONNECTION_GROUPS, 0, 0 }, precis_command_version },
};

/* Subcommands that run in this process, without the daemon. */
static const struct {
  const char *name, *parameters, *summary;
  int (*main) (int argc, char **argv);
} local_commands[] = {
  { "batch", "[OPTION…] FILE…", "Summarize many files offline, without precisd", precis_batch_main },
  { "extract", "FILE.html", "Print the article and metadata found in a web page, offline", precis_extract_main },
};

static void
print_usage (FILE *stream)
{
  fprintf (stream, "Usage: precis [--address ADDR] [--timeout S] SUBCOMMAND [OPTION…] [ARG…]\n\n"
                   "Summaries and key facts of news articles, from the precisd daemon.\n\n"
                   "Subcommands:\n");
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  %-13s %-16s %s\n", commands[i].syntax.name, commands[i].syntax.parameters,
             commands[i].syntax.summary);
  for (gsize i = 0; i < G_N_ELEMENTS (local_commands); i++)
    fprintf (stream, "  %-13s %-16s %s\n", local_commands[i].name, local_commands[i].parameters,
             local_commands[i].summary);
  fprintf (stream, "\n‘precis SUBCOMMAND --help’ describes a subcommand's options; "
                   "man precis(1) has examples.\n");
}

static int
usage_error (const char *subcommand, const char *message)
{
  g_printerr ("precis: %s\n", message);
  if (subcommand != NULL)
    g_printerr ("Try ‘precis %s --help’.\n", subcommand);
  else
    g_printerr ("Try ‘precis --help’.\n");
  return EXIT_USAGE;
}

/* Options given before the subcommand (`precis --address X summarize`):
 * only --address and --timeout, which every D-Bus subcommand takes.  Their
 * count of argv slots, or 0 when argv[i] is none of them. */
static int
leading_option_width (char **argv, int i, int argc)
{
  static const char *const with_value[] = { "--address", "--timeout" };

  for (gsize k = 0; k < G_N_ELEMENTS (with_value); k++)
    {
      gsize length = strlen (with_value[k]);
      if (strncmp (argv[i], with_value[k], length) != 0)
        continue;
      if (argv[i][length] == '=')
        return 1;
      if (argv[i][length] == '\0')
        return i + 1 < argc ? 2 : 1;
    }
  return 0;
}

static const Command *
find_command (const char *name, const char *action)
{
  g_autofree char *full = action != NULL ? g_strconcat (name, " ", action, NULL) : g_strdup (name);

  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].syntax.name, full))
      return &commands[i];
  return NULL;
}

static int
exit_status_for (const GError *error)
{
  if (g_error_matches (error, PRECIS_CLIENT_ERROR, PRECIS_CLIENT_ERROR_NO_SUMMARY) ||
      g_error_matches (error, PRECIS_ERROR, PRECIS_ERROR_NOT_AN_ARTICLE))
    return EXIT_NO_SUMMARY;
  return error->domain == G_OPTION_ERROR ? EXIT_USAGE : EXIT_FAILED;
}

static int
run_command (const Command *command, int argc, char **argv)
{
  PrecisCliOptions options;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  precis_cli_options_init (&options);
  ok = precis_cli_options_parse (&options, &command->syntax, argc, argv, &error) &&
       command->run (&options, &error);
  precis_cli_options_clear (&options);
  if (ok)
    return EXIT_OK;
  if (error->domain == G_OPTION_ERROR)
    return usage_error (command->syntax.name, error->message);
  g_printerr ("precis: %s\n", error->message);
  return exit_status_for (error);
}

static int
dispatch (int argc, char **argv)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const Command *command;
  const char *action = NULL;
  int first = 1;

  /* Skip the connection options before the subcommand; they are handed on
   * to it with the rest. */
  while (first < argc)
    {
      int width = leading_option_width (argv, first, argc);
      if (width == 0)
        break;
      first += width;
    }
  if (first >= argc)
    {
      if (argc > 1)
        return usage_error (NULL, "no subcommand given");
      print_usage (stderr);
      return EXIT_USAGE;
    }
  if (g_str_equal (argv[first], "help") && first + 1 < argc)
    {
      /* `precis help feeds add` is `precis feeds add --help`. */
      g_autoptr(GPtrArray) help = g_ptr_array_new ();
      g_ptr_array_add (help, argv[0]);
      for (int i = first + 1; i < argc; i++)
        g_ptr_array_add (help, argv[i]);
      g_ptr_array_add (help, (gpointer) "--help");
      g_ptr_array_add (help, NULL);
      return dispatch ((int) help->len - 1, (char **) help->pdata);
    }
  if (g_str_equal (argv[first], "-h") || g_str_equal (argv[first], "--help") ||
      g_str_equal (argv[first], "help"))
    {
      print_usage (stdout);
      return EXIT_OK;
    }
  /* The client's own version, without a bus; `precis version` asks precisd too. */
  if (g_str_equal (argv[first], "--version"))
    {
      printf ("precis %s\n", PRECIS_VERSION);
      return EXIT_OK;
    }
  if (argv[first][0] == '-' && argv[first][1] != '\0')
    {
      g_autofree char *message = g_strdup_printf ("%s goes after the subcommand, "
                                                  "as in ‘precis summarize %s’", argv[first], argv[first]);
      return usage_error (NULL, message);
    }

  for (gsize i = 0; i < G_N_ELEMENTS (local_commands); i++)
    if (g_str_equal (argv[first], local_commands[i].name))
      return local_commands[i].main (argc - first, argv + first);

  if (g_str_equal (argv[first], "feeds"))
    {
      action = first + 1 < argc ? argv[first + 1] : NULL;
      if (action != NULL && (g_str_equal (action, "--help") || g_str_equal (action, "-h")))
        {
          printf ("Usage: precis feeds add|remove|list [OPTION…] [ARG]\n\n");
          for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
            if (g_str_has_prefix (commands[i].syntax.name, "feeds "))
              printf ("  %-13s %-16s %s\n", commands[i].syntax.name, commands[i].syntax.parameters,
                      commands[i].syntax.summary);
          printf ("\n‘precis feeds add --help’ (remove, list) describes its options.\n");
          return EXIT_OK;
        }
      if (action == NULL || find_command ("feeds", action) == NULL)
        return usage_error (NULL, action == NULL ? "feeds needs add, remove or list"
                                                 : "feeds takes add, remove or list");
    }
  command = find_command (argv[first], action);
  if (command == NULL)
    {
      g_autofree char *message = g_strdup_printf ("unknown subcommand ‘%s’", argv[first]);
      return usage_error (NULL, message);
    }

  /* argv[0] for GOption, the leading options, then what follows the
   * subcommand's name. */
  g_ptr_array_add (args, argv[0]);
  for (int i = 1; i < first; i++)
    g_ptr_array_add (args, argv[i]);
  for (int i = first + (action != NULL ? 2 : 1); i < argc; i++)
    g_ptr_array_add (args, argv[i]);
  g_ptr_array_add (args, NULL);
  return run_command (command, (int) args->len - 1, (char **) args->pdata);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  return dispatch (argc, argv);
}
