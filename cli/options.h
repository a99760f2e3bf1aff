/* options.h — the command line of one `precis` subcommand.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Options are checked as they are parsed (a count is a UInt32 ≥ 1, a ratio
 * is in (0, 1], a date is ISO 8601) so mistakes are usage errors, exit 2,
 * before anything is sent.  Request options go straight into the a{sv}
 * the daemon receives, with the D-Bus types of API v1.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Which options a subcommand takes. */
typedef enum {
  PRECIS_OPTIONS_CONNECTION = 1 << 0,  /* --address, --timeout */
  PRECIS_OPTIONS_OUTPUT = 1 << 1,      /* --json, -v */
  PRECIS_OPTIONS_SUMMARY = 1 << 2,     /* -n, --ratio, --max-chars, --order */
  PRECIS_OPTIONS_ARTICLE = 1 << 3,     /* --plugin, --published, --title, --language */
  PRECIS_OPTIONS_FEED = 1 << 4,        /* --interval, --notify, --backlog */
  PRECIS_OPTIONS_NOTIFY = 1 << 5,      /* --replaces */
  PRECIS_OPTIONS_FEED_LIST = 1 << 6,   /* --all */
} PrecisOptionGroups;

typedef struct {
  const char *name;        /* "summarize", "feeds add" */
  const char *parameters;  /* "[FILE|-|URL]" */
  const char *summary;     /* one line, for `precis --help` and the subcommand's */
  guint groups;            /* PrecisOptionGroups */
  guint min_args, max_args;
} PrecisCliSyntax;

typedef struct {
  char *address;           /* NULL: the session bus */
  int timeout_ms;          /* -1: the default */
  gboolean json;
  gboolean verbose;
  GVariantDict *request;   /* a{sv} options for the daemon, only those given */
  char **args;             /* the operands, NULL-terminated */
} PrecisCliOptions;

#define PRECIS_DEFAULT_TIMEOUT_MS 60000

void precis_cli_options_init (PrecisCliOptions *options);
void precis_cli_options_clear (PrecisCliOptions *options);

/* Parse `argv` (argv[0] is ignored) for `syntax`.  G_OPTION_ERROR on a
 * usage error.  -h/--help prints the subcommand's help and exits 0. */
gboolean precis_cli_options_parse (PrecisCliOptions *options, const PrecisCliSyntax *syntax,
                                   int argc, char **argv, GError **error);

/* The request options as a floating a{sv}.  Call it once: it ends the dict. */
GVariant *precis_cli_options_request (PrecisCliOptions *options);

G_END_DECLS
