/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "stopwords.h"

#include <string.h>

struct _PrecisStopwords {
  GHashTable *words; /* set of char* */
};

static GHashTable *lists; /* language → PrecisStopwords* */

static void
stopwords_free (gpointer data)
{
  PrecisStopwords *stopwords = data;

  g_hash_table_unref (stopwords->words);
  g_free (stopwords);
}

/* Word lists spell contractions with ', pasted articles mostly with ’:
 * store both so that lookups need no normalization. */
static void
add_word (GHashTable *words, const char *word)
{
  const char *apostrophe = strchr (word, '\'');

  g_hash_table_add (words, g_strdup (word));
  if (apostrophe != NULL)
    {
      GString *curly = g_string_new (NULL);

      for (const char *p = word; *p != '\0'; p++)
        {
          if (*p == '\'')
            g_string_append (curly, "\xe2\x80\x99");
          else
            g_string_append_c (curly, *p);
        }
      g_hash_table_add (words, g_string_free (curly, FALSE));
    }
}

static PrecisStopwords *
parse_list (const char *contents)
{
  PrecisStopwords *stopwords = g_new0 (PrecisStopwords, 1);
  g_auto (GStrv) lines = g_strsplit (contents, "\n", -1);

  stopwords->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *word = g_strstrip (lines[i]);

      if (*word == '\0' || *word == '#')
        continue;
      add_word (stopwords->words, word);
    }
  return stopwords;
}

gboolean
precis_stopwords_load_dir (const char *dir, GError **error)
{
  g_autoptr (GDir) listing = g_dir_open (dir, 0, error);
  const char *name;

  if (listing == NULL)
    return FALSE;

  if (lists == NULL)
    lists = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, stopwords_free);

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *contents = NULL;

      if (!g_str_has_suffix (name, ".txt"))
        continue;
      path = g_build_filename (dir, name, NULL);
      if (!g_file_get_contents (path, &contents, NULL, error))
        return FALSE;
      g_hash_table_replace (lists, g_strndup (name, strlen (name) - 4), parse_list (contents));
    }
  return TRUE;
}

const PrecisStopwords *
precis_stopwords_get (const char *language)
{
  if (lists == NULL || language == NULL)
    return NULL;
  return g_hash_table_lookup (lists, language);
}

gboolean
precis_stopwords_contains (const PrecisStopwords *stopwords, const char *lower)
{
  return stopwords != NULL && g_hash_table_contains (stopwords->words, lower);
}
