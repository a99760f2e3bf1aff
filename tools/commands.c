/* commands.c — what the D-Bus subcommands share: connecting and output.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "commands.h"

#include <errno.h>
#include <gio/gio.h>
#include <stdio.h>

PrecisClient *
precis_command_connect (const PrecisCliOptions *options, GError **error)
{
  return precis_client_new (options->address, options->timeout_ms, error);
}

gboolean
precis_command_output (const char *text, GError **error)
{
  if (fputs (text, stdout) == EOF || fflush (stdout) == EOF)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "cannot write the output: %s", g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

gboolean
precis_command_output_json (JsonNode *node, GError **error)
{
  g_autofree char *text = precis_json_to_string (node, TRUE);

  json_node_unref (node);
  return precis_command_output (text, error);
}
