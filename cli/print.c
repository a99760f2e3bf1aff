/* print.c — precisd's answers as text for people.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "print.h"

#include <precis/precis.h>
#include <string.h>

/* A sentence may span a line break in the article; one line per sentence
 * keeps the output usable with head, grep and wc -l. */
static void
append_one_line (GString *out, const char *text)
{
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isspace (c))
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0 && out->str[out->len - 1] != '\n')
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
}

void
precis_print_summary (GString *out, GPtrArray *summary, gboolean verbose)
{
  for (guint i = 0; i < summary->len; i++)
    {
      PrecisSummarySentence *s = summary->pdata[i];

      if (verbose)
        g_string_append_printf (out, "%2u. [%u–%u] (%.3f) ", i + 1,
                                precis_summary_sentence_get_start (s),
                                precis_summary_sentence_get_end (s),
                                precis_summary_sentence_get_score (s));
      append_one_line (out, precis_summary_sentence_get_text (s));
      g_string_append_c (out, '\n');
    }
}

static const struct {
  const char *kind;
  const char *heading;
} known_kinds[] = {
  { "person", "People" },
  { "organization", "Organizations" },
  { "place", "Places" },
  { "date", "Dates" },
};

static void
append_fact (GString *out, PrecisKeyFact *fact, gboolean verbose)
{
  const char *kind = precis_key_fact_get_kind (fact);
  const char *text = precis_key_fact_get_text (fact);
  const char *value = precis_key_fact_get_value (fact);
  guint mentions = precis_key_fact_get_n_mentions (fact);

  g_string_append (out, "  ");
  if (*value == '\0')
    append_one_line (out, text);
  else if (g_str_equal (kind, "date"))
    {
      /* The normalized date is what a reader scans for; the words it came
       * from say how sure to be of it. */
      g_string_append_printf (out, "%s  (", value);
      append_one_line (out, text);
      g_string_append_c (out, ')');
    }
  else
    append_one_line (out, value);
  if (verbose)
    g_string_append_printf (out, "  [salience %.3f, %u mention%s]",
                            precis_key_fact_get_salience (fact), mentions,
                            mentions == 1 ? "" : "s");
  g_string_append_c (out, '\n');
}

static gboolean
is_known_kind (const char *kind)
{
  for (gsize i = 0; i < G_N_ELEMENTS (known_kinds); i++)
    if (g_str_equal (kind, known_kinds[i].kind))
      return TRUE;
  return FALSE;
}

static void
append_group (GString *out, GPtrArray *facts, const char *kind, const char *heading,
              gboolean verbose)
{
  gboolean any = FALSE;

  for (guint i = 0; i < facts->len; i++)
    {
      PrecisKeyFact *fact = facts->pdata[i];

      if (!g_str_equal (precis_key_fact_get_kind (fact), kind))
        continue;
      if (!any)
        {
          /* Other kinds arrive lowercase, as "event". */
          g_string_append_unichar (out, g_unichar_totitle (g_utf8_get_char (heading)));
          g_string_append_printf (out, "%s:\n", g_utf8_next_char (heading));
        }
      any = TRUE;
      append_fact (out, fact, verbose);
    }
}

void
precis_print_facts (GString *out, GPtrArray *facts, gboolean verbose)
{
  g_autoptr(GPtrArray) other_kinds = g_ptr_array_new ();

  for (gsize i = 0; i < G_N_ELEMENTS (known_kinds); i++)
    append_group (out, facts, known_kinds[i].kind, known_kinds[i].heading, verbose);

  /* Kinds a newer daemon or a third-party extractor may add, in the order
   * they first appear. */
  for (guint i = 0; i < facts->len; i++)
    {
      const char *kind = precis_key_fact_get_kind (facts->pdata[i]);

      if (!is_known_kind (kind) &&
          !g_ptr_array_find_with_equal_func (other_kinds, kind, g_str_equal, NULL))
        g_ptr_array_add (other_kinds, (gpointer) kind);
    }
  for (guint i = 0; i < other_kinds->len; i++)
    append_group (out, facts, other_kinds->pdata[i], other_kinds->pdata[i], verbose);
}

static void
append_info_value (GString *out, GVariant *value)
{
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    append_one_line (out, g_variant_get_string (value, NULL));
  else
    g_variant_print_string (value, out, FALSE);
}

static gboolean
is_call_time (GVariant *info)
{
  const char *source = NULL;

  return g_variant_lookup (info, "published-source", "&s", &source) &&
         g_str_equal (source, "call-time");
}

void
precis_print_info (GString *out, GVariant *info, gboolean verbose)
{
  static const char *const source_keys[] = { "url", "site", "published", NULL };
  g_autoptr(GVariant) title = g_variant_lookup_value (info, "title", G_VARIANT_TYPE_STRING);
  gboolean any_source = FALSE;
  GVariantIter iter;
  const char *key;
  GVariant *value;

  if (title != NULL && *g_variant_get_string (title, NULL) != '\0')
    {
      append_one_line (out, g_variant_get_string (title, NULL));
      g_string_append_c (out, '\n');
    }
  for (gsize i = 0; source_keys[i] != NULL; i++)
    {
      g_autoptr(GVariant) v = g_variant_lookup_value (info, source_keys[i], G_VARIANT_TYPE_STRING);
      if (v == NULL || *g_variant_get_string (v, NULL) == '\0')
        continue;
      /* A date precisd took from the clock is no publication date. */
      if (g_str_equal (source_keys[i], "published") && is_call_time (info))
        continue;
      g_string_append (out, any_source ? " · " : "");
      append_one_line (out, g_variant_get_string (v, NULL));
      any_source = TRUE;
    }
  if (any_source)
    g_string_append_c (out, '\n');
  if (!verbose)
    return;

  g_variant_iter_init (&iter, info);
  while (g_variant_iter_next (&iter, "{&sv}", &key, &value))
    {
      if (g_str_equal (key, "title") || g_strv_contains (source_keys, key))
        {
          g_variant_unref (value);
          continue;
        }
      g_string_append_printf (out, "%s: ", key);
      append_info_value (out, value);
      g_string_append_c (out, '\n');
      g_variant_unref (value);
    }
}

void
precis_print_plugins (GString *out, GVariant *plugins, const char *default_summarizer,
                      const char *default_fact_extractor)
{
  g_autoptr(GPtrArray) capabilities = g_ptr_array_new_with_free_func (g_free);
  int name_width = 4, version_width = 7, capabilities_width = 12;
  GVariantIter iter;
  const char *name, *version, *description;
  g_autofree const char **caps = NULL;

  /* Columns as wide as their widest cell, like `ls -l`. */
  g_variant_iter_init (&iter, plugins);
  while (g_variant_iter_next (&iter, "(&s&s&s^a&s)", &name, &version, &description, &caps))
    {
      char *joined = g_strjoinv (",", (char **) caps);
      name_width = MAX (name_width, (int) g_utf8_strlen (name, -1));
      version_width = MAX (version_width, (int) g_utf8_strlen (version, -1));
      capabilities_width = MAX (capabilities_width, (int) strlen (joined));
      g_ptr_array_add (capabilities, joined);
      g_clear_pointer (&caps, g_free);
    }
  g_string_append_printf (out, "  %-*s  %-*s  %-*s  %s\n", name_width, "NAME", version_width,
                          "VERSION", capabilities_width, "CAPABILITIES", "DESCRIPTION");
  g_variant_iter_init (&iter, plugins);
  for (guint i = 0; g_variant_iter_next (&iter, "(&s&s&s^a&s)", &name, &version, &description, &caps); i++)
    {
      gboolean is_default = g_strcmp0 (name, default_summarizer) == 0 ||
                            g_strcmp0 (name, default_fact_extractor) == 0;
      g_string_append_printf (out, "%c %-*s  %-*s  %-*s  ", is_default ? '*' : ' ',
                              name_width, name, version_width, version,
                              capabilities_width, (const char *) capabilities->pdata[i]);
      append_one_line (out, description);
      g_string_append_c (out, '\n');
      g_clear_pointer (&caps, g_free);
    }
}

static char *
format_time (GVariantDict *state, const char *key, const char *none)
{
  guint64 t;
  g_autoptr(GDateTime) when = NULL;

  if (!g_variant_dict_lookup (state, key, "t", &t) || t == 0 || t > G_MAXINT64 ||
      (when = g_date_time_new_from_unix_local ((gint64) t)) == NULL)
    return g_strdup (none);
  return g_date_time_format (when, "%Y-%m-%d %H:%M");
}

void
precis_print_feeds (GString *out, GVariant *feeds)
{
  GVariantIter iter;
  const char *id, *url, *title;
  GVariant *state_v;

  g_variant_iter_init (&iter, feeds);
  while (g_variant_iter_next (&iter, "(&s&s&s@a{sv})", &id, &url, &title, &state_v))
    {
      g_autoptr(GVariant) owned = state_v;
      g_autoptr(GVariantDict) state = g_variant_dict_new (state_v);
      g_autofree char *checked = format_time (state, "last-success", "never");
      g_autofree char *next = format_time (state, "next-poll", NULL);
      const char *error = NULL, *app = NULL;
      gboolean paused = FALSE;
      guint32 items = 0;

      g_variant_dict_lookup (state, "last-error", "&s", &error);
      g_variant_dict_lookup (state, "app-id", "&s", &app);
      g_variant_dict_lookup (state, "paused", "b", &paused);
      g_variant_dict_lookup (state, "items", "u", &items);
      g_string_append_printf (out, "%s  %s  ", id, checked);
      append_one_line (out, *title != '\0' ? title : "(untitled)");
      g_string_append_printf (out, "\n    %s\n", url);
      g_string_append_printf (out, "    %u items", items);
      if (paused)
        g_string_append (out, "; paused: its app has been away");
      else if (next != NULL)
        g_string_append_printf (out, "; next poll %s", next);
      if (app != NULL && *app != '\0')
        g_string_append_printf (out, "; app %s", app);
      g_string_append_c (out, '\n');
      if (error != NULL)
        {
          g_string_append (out, "    failing: ");
          append_one_line (out, error);
          g_string_append_c (out, '\n');
        }
    }
}
