/* summarize-app.c — an app that summarizes a file with libprecis.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 *   cc -o summarize-app summarize-app.c $(pkg-config --cflags --libs precis-1)
 *   ./summarize-app ARTICLE [--bus]
 *
 * In-process by default (no daemon needed); with --bus the same calls go
 * to precisd on the session bus.
 */
#include <precis/precis.h>
#include <string.h>

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisConnection) connection = NULL;
  g_autoptr (PrecisOptions) options = precis_options_new ();
  g_autoptr (PrecisResult) result = NULL;
  g_autofree char *text = NULL;
  GPtrArray *summary;

  if (argc < 2 || !g_file_get_contents (argv[1], &text, NULL, &error))
    {
      g_printerr ("usage: summarize-app ARTICLE [--bus]%s%s\n", error ? ": " : "",
                  error ? error->message : "");
      return 2;
    }
  connection = argc > 2 && strcmp (argv[2], "--bus") == 0
               ? precis_connection_new_bus (NULL, NULL, &error)
               : precis_connection_new_local (NULL, NULL, &error);
  if (connection == NULL)
    {
      g_printerr ("summarize-app: %s\n", error->message);
      return 1;
    }
  precis_options_set_sentences (options, 2);
  result = precis_connection_analyze (connection, text, options, NULL, &error);
  if (result == NULL)
    {
      g_printerr ("summarize-app: %s\n", error->message);
      return 1;
    }
  summary = precis_result_get_summary (result);
  for (guint i = 0; i < summary->len; i++)
    g_print ("%s\n", precis_summary_sentence_get_text (summary->pdata[i]));
  for (guint i = 0; i < precis_result_get_facts (result)->len; i++)
    {
      PrecisKeyFact *fact = precis_result_get_facts (result)->pdata[i];

      g_print ("%s: %s\n", precis_key_fact_get_kind (fact), precis_key_fact_get_value (fact));
    }
  return 0;
}
