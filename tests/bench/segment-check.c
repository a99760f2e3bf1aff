/* SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * segment-check: how many reference summary sentences of the BBC set
 * (extractive: each is a sentence of its article) are sentences of the
 * pipeline, and how many of those it flagged as not content.
 *
 *   segment-check [dev.jsonl] [-v]
 *
 * The references were split by a simple rule that loses quotation marks
 * at sentence ends ("...said: | "Text...), so sentences are compared
 * without straight quotes and spaces; the remaining misses are mostly
 * such reference artefacts (-v lists them).
 */
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "pipeline.h"

static char *
normalize (const char *s, gssize length)
{
  GString *out = g_string_new (NULL);

  for (gssize i = 0; length < 0 ? s[i] != '\0' : i < length; i++)
    if (s[i] != '"' && !g_ascii_isspace (s[i]))
      g_string_append_c (out, s[i]);
  return g_string_free (out, FALSE);
}

int
main (int argc, char **argv)
{
  const char *shared = g_getenv ("PRECIS_SHARED_DATA");
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_auto (GStrv) lines = NULL;
  gboolean verbose = argc > 2 && strcmp (argv[2], "-v") == 0;
  guint references = 0, found = 0, flagged = 0, sentences = 0, not_content = 0;
  g_autoptr (GError) error = NULL;

  if (argc > 1)
    path = g_strdup (argv[1]);
  else if (shared != NULL)
    path = g_build_filename (shared, "summ", "bbc", "dev.jsonl", NULL);
  else
    {
      g_printerr ("usage: segment-check dev.jsonl [-v]\n");
      return 2;
    }
  if (!precis_pipeline_init (NULL, &error) || !g_file_get_contents (path, &contents, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr (JsonParser) parser = json_parser_new ();
      g_autoptr (GHashTable) mine = NULL;
      g_autoptr (PrecisDocument) doc = NULL;
      g_auto (GStrv) refs = NULL;
      PrecisPipelineOptions options = { 0 };
      JsonObject *object;

      if (*lines[i] == '\0' || !json_parser_load_from_data (parser, lines[i], -1, NULL))
        continue;
      object = json_node_get_object (json_parser_get_root (parser));
      options.title = json_object_get_string_member_with_default (object, "title", NULL);
      doc = precis_document_new (json_object_get_string_member (object, "article"), -1, &options);

      mine = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint32 s = 0; s < doc->n_sentences; s++)
        {
          const PrecisSentence *sentence = &doc->sentences[s];

          sentences++;
          not_content += !precis_sentence_is_content (sentence);
          g_hash_table_replace (mine, normalize (doc->text + sentence->byte_start,
                                                 sentence->byte_end - sentence->byte_start),
                                GUINT_TO_POINTER (sentence->flags | 0x10000));
        }

      refs = g_strsplit (json_object_get_string_member_with_default (object, "reference", ""), "\n", -1);
      for (guint r = 0; refs[r] != NULL; r++)
        {
          g_autofree char *key = normalize (refs[r], -1);
          guint flags;

          if (*key == '\0')
            continue;
          references++;
          flags = GPOINTER_TO_UINT (g_hash_table_lookup (mine, key));
          if (flags == 0)
            {
              if (verbose)
                printf ("missed %s: %s\n", json_object_get_string_member (object, "id"), refs[r]);
              continue;
            }
          found++;
          if (flags & PRECIS_SENTENCE_NOT_CONTENT)
            {
              flagged++;
              if (verbose)
                printf ("flagged %s (%x): %s\n", json_object_get_string_member (object, "id"),
                        flags & 0xffff, refs[r]);
            }
        }
    }

  printf ("%s: %u reference sentences, %.2f%% found as pipeline sentences, %u of those flagged "
          "not content; %u pipeline sentences, %u flagged not content\n",
          path, references, references ? 100.0 * found / references : 0.0, flagged, sentences,
          not_content);
  return 0;
}
