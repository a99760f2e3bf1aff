/* web-eval.c — article extraction measured on saved web pages.
 *
 * For each page folder (source.html, expected.html, expected-metadata.json)
 * the text we extract is compared with the text of expected.html as bags of
 * tokens (case-folded letter/digit runs; each CJK character a token):
 * precision, recall, F1.  Also the time of one extraction (charset and
 * parsing included) and whether title and publication date agree with the
 * expected metadata.  With --peer-html DIR, the pages in DIR/NAME.html (a
 * peer's output) are scored the same way instead of ours.
 *
 *   web-eval [--peer-html DIR] [--verbose] [--min-f1 F1] [PAGES_DIR]
 *
 * PAGES_DIR defaults to $PRECIS_SHARED_DATA/web/readability.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <libxml/HTMLparser.h>
#include <string.h>

#include "charset.h"
#include "html-article.h"
#include "html-meta.h"

#define RUNS 5

typedef struct {
  char *name;
  double p, r, f1, ms;
  int title_ok, title_loose_ok, date_expected, date_ok, date_extra;
} Page;

static gboolean
is_cjk (gunichar c)
{
  GUnicodeScript s = g_unichar_get_script (c);
  return s == G_UNICODE_SCRIPT_HAN || s == G_UNICODE_SCRIPT_HIRAGANA
         || s == G_UNICODE_SCRIPT_KATAKANA || s == G_UNICODE_SCRIPT_THAI;
}

static GHashTable *
tokens (const char *text, guint *total)
{
  GHashTable *bag = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *f = g_utf8_casefold (text, -1);
  GString *w = g_string_new (NULL);
  *total = 0;
  for (const char *p = f;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean alnum = c != 0 && g_unichar_isalnum (c) && !is_cjk (c);
      if (alnum)
        {
          g_string_append_unichar (w, c);
          continue;
        }
      if (w->len > 0)
        {
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (bag, w->str));
          g_hash_table_insert (bag, g_strdup (w->str), GUINT_TO_POINTER (n + 1));
          (*total)++;
          g_string_truncate (w, 0);
        }
      if (c == 0)
        break;
      if (is_cjk (c))
        {
          char buf[8] = { 0 };
          g_unichar_to_utf8 (c, buf);
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (bag, buf));
          g_hash_table_insert (bag, g_strdup (buf), GUINT_TO_POINTER (n + 1));
          (*total)++;
        }
    }
  g_string_free (w, TRUE);
  return bag;
}

static void
score (const char *ours, const char *expected, Page *page)
{
  guint n_ours, n_exp;
  g_autoptr (GHashTable) a = tokens (ours, &n_ours);
  g_autoptr (GHashTable) b = tokens (expected, &n_exp);
  guint overlap = 0;
  GHashTableIter it;
  gpointer key, value;
  g_hash_table_iter_init (&it, a);
  while (g_hash_table_iter_next (&it, &key, &value))
    overlap += MIN (GPOINTER_TO_UINT (value), GPOINTER_TO_UINT (g_hash_table_lookup (b, key)));
  page->p = n_ours ? (double) overlap / n_ours : 0;
  page->r = n_exp ? (double) overlap / n_exp : 0;
  page->f1 = page->p + page->r > 0 ? 2 * page->p * page->r / (page->p + page->r) : 0;
}

static void
collect (xmlNode *n, GString *out)
{
  for (xmlNode *c = n; c != NULL; c = c->next)
    {
      if (c->type == XML_TEXT_NODE && c->content != NULL)
        {
          g_string_append (out, (const char *) c->content);
          g_string_append_c (out, ' ');
        }
      else if (c->type == XML_ELEMENT_NODE && c->name != NULL
               && g_ascii_strcasecmp ((const char *) c->name, "script") != 0
               && g_ascii_strcasecmp ((const char *) c->name, "style") != 0)
        collect (c->children, out);
    }
}

/* The text of an HTML file: its text nodes, separated by spaces. */
static char *
html_text (const char *path)
{
  g_autofree char *raw = NULL;
  gsize len;
  if (!g_file_get_contents (path, &raw, &len, NULL))
    return NULL;
  htmlDocPtr doc = htmlReadMemory (raw, (int) len, NULL, "UTF-8",
                                   HTML_PARSE_RECOVER | HTML_PARSE_NOERROR
                                   | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  GString *out = g_string_new (NULL);
  if (doc != NULL)
    {
      collect (xmlDocGetRootElement (doc), out);
      xmlFreeDoc (doc);
    }
  return g_string_free (out, FALSE);
}

static char *
fold_spaces (const char *s)
{
  if (s == NULL)
    return NULL;
  g_autofree char *f = g_utf8_casefold (s, -1);
  GString *out = g_string_new (NULL);
  gboolean sp = FALSE;
  for (const char *p = f; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isspace (c))
        sp = TRUE;
      else
        {
          if (sp && out->len)
            g_string_append_c (out, ' ');
          sp = FALSE;
          g_string_append_unichar (out, c);
        }
    }
  return g_string_free (out, FALSE);
}

static void
check_metadata (const char *dir, const PrecisArticle *a, Page *page)
{
  g_autofree char *path = g_build_filename (dir, "expected-metadata.json", NULL);
  g_autoptr (JsonParser) parser = json_parser_new ();
  if (!json_parser_load_from_file (parser, path, NULL))
    return;
  JsonObject *o = json_node_get_object (json_parser_get_root (parser));
  const char *title = json_object_get_string_member_with_default (o, "title", NULL);
  const char *site = json_object_get_string_member_with_default (o, "siteName", NULL);
  const char *date = json_object_get_string_member_with_default (o, "publishedTime", NULL);
  g_autofree char *ours = fold_spaces (a ? a->title : NULL);
  g_autofree char *want = fold_spaces (title);
  page->title_ok = ours && want && g_str_equal (ours, want);
  /* Loose: the same up to a site name before or after a separator. */
  g_autofree char *want_stripped = precis_html_strip_site (want, site);
  g_autofree char *ours_stripped = precis_html_strip_site (ours, site);
  page->title_loose_ok = page->title_ok
                         || (ours && want
                             && (g_str_equal (ours, want_stripped ? want_stripped : "")
                                 || g_str_equal (ours_stripped ? ours_stripped : "", want)
                                 || g_str_equal (ours_stripped ? ours_stripped : "",
                                                 want_stripped ? want_stripped : "")));
  g_autofree char *want_date = precis_html_normalize_date (date);
  page->date_expected = want_date != NULL;
  page->date_extra = want_date == NULL && a && a->published;
  page->date_ok = want_date && a && a->published && strncmp (want_date, a->published, 10) == 0;
}

static int
cmp_f1 (gconstpointer x, gconstpointer y)
{
  const Page *a = x, *b = y;
  return a->f1 < b->f1 ? -1 : a->f1 > b->f1;
}

static int
cmp_double (gconstpointer x, gconstpointer y)
{
  double a = *(const double *) x, b = *(const double *) y;
  return a < b ? -1 : a > b;
}

static int
cmp_name (gconstpointer x, gconstpointer y)
{
  return g_strcmp0 (*(char *const *) x, *(char *const *) y);
}

int
main (int argc, char **argv)
{
  g_autofree char *peer = NULL;
  gboolean verbose = FALSE;
  double min_f1 = 0;
  GOptionEntry entries[] = {
    { "min-f1", 0, 0, G_OPTION_ARG_DOUBLE, &min_f1, "Fail when the mean F1 is below this", "F1" },
    { "peer-html", 0, 0, G_OPTION_ARG_FILENAME, &peer, "Score a peer's NAME.html files instead", "DIR" },
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, "One line per page", NULL },
    { NULL }
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("[PAGES_DIR]");
  g_option_context_add_main_entries (ctx, entries, NULL);
  g_autoptr (GError) error = NULL;
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    return g_printerr ("%s\n", error->message), 2;

  g_autofree char *root = NULL;
  if (argc > 1)
    root = g_strdup (argv[1]);
  else if (g_getenv ("PRECIS_SHARED_DATA"))
    root = g_build_filename (g_getenv ("PRECIS_SHARED_DATA"), "web", "readability", NULL);
  if (root == NULL || !g_file_test (root, G_FILE_TEST_IS_DIR))
    {
      g_print ("1..0 # SKIP no pages (set PRECIS_SHARED_DATA or give a folder)\n");
      return 0;
    }
  g_autoptr (GDir) d = g_dir_open (root, 0, &error);
  if (d == NULL)
    return g_printerr ("%s\n", error->message), 1;
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  for (const char *n; (n = g_dir_read_name (d)) != NULL;)
    {
      g_autofree char *src = g_build_filename (root, n, "source.html", NULL);
      if (g_file_test (src, G_FILE_TEST_EXISTS))
        g_ptr_array_add (names, g_strdup (n));
    }
  g_ptr_array_sort (names, cmp_name);

  GArray *pages = g_array_new (FALSE, TRUE, sizeof (Page));
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *dir = g_build_filename (root, name, NULL);
      g_autofree char *src = g_build_filename (dir, "source.html", NULL);
      g_autofree char *exp = g_build_filename (dir, "expected.html", NULL);
      g_autofree char *expected = html_text (exp);
      Page page = { 0 };
      page.name = g_strdup (name);
      g_autoptr (PrecisArticle) article = NULL;
      g_autofree char *ours = NULL;
      if (peer != NULL)
        {
          g_autofree char *file = g_strdup_printf ("%s/%s.html", peer, name);
          ours = html_text (file);
        }
      else
        {
          g_autofree char *raw = NULL;
          gsize raw_len = 0;
          if (!g_file_get_contents (src, &raw, &raw_len, NULL))
            continue;
          double best = G_MAXDOUBLE;
          for (int run = 0; run < RUNS; run++)
            {
              g_clear_pointer (&article, precis_article_free);
              gint64 t0 = g_get_monotonic_time ();
              gsize len;
              g_autofree char *html = precis_charset_to_utf8 (raw, raw_len, NULL, &len);
              g_autoptr (GError) err = NULL;
              article = precis_article_extract (html, len, "http://fakehost/test/page.html", &err);
              best = MIN (best, (g_get_monotonic_time () - t0) / 1000.0);
            }
          page.ms = best;
          ours = g_strdup (article ? article->text : "");
          check_metadata (dir, article, &page);
        }
      score (ours ? ours : "", expected ? expected : "", &page);
      if (verbose)
        g_print ("%-45s P %.3f R %.3f F1 %.3f %7.2f ms title %s date %s\n", name, page.p,
                 page.r, page.f1, page.ms,
                 page.title_ok ? "exact" : page.title_loose_ok ? "loose" : "no",
                 page.date_expected ? (page.date_ok ? "ok" : "MISSED")
                                    : (page.date_extra ? "extra" : "-"));
      g_array_append_val (pages, page);
    }

  guint n = pages->len;
  if (n == 0)
    return g_print ("no pages\n"), 1;
  double sp = 0, sr = 0, sf = 0, sms = 0;
  guint below = 0, t_ok = 0, t_loose = 0, d_exp = 0, d_ok = 0, d_extra = 0;
  g_autofree double *times = g_new (double, n);
  for (guint i = 0; i < n; i++)
    {
      Page *p = &g_array_index (pages, Page, i);
      sp += p->p, sr += p->r, sf += p->f1, sms += p->ms;
      times[i] = p->ms;
      below += p->f1 < 0.5;
      t_ok += p->title_ok, t_loose += p->title_loose_ok;
      d_exp += p->date_expected, d_ok += p->date_ok, d_extra += p->date_extra;
    }
  qsort (times, n, sizeof (double), cmp_double);
  g_array_sort (pages, cmp_f1);
  g_print ("pages %u\nmean precision %.3f recall %.3f F1 %.3f\n", n, sp / n, sr / n, sf / n);
  g_print ("median F1 %.3f; pages below 0.5: %u\n", g_array_index (pages, Page, n / 2).f1, below);
  g_print ("worst:");
  for (guint i = 0; i < MIN (n, 5u); i++)
    g_print (" %s %.3f%s", g_array_index (pages, Page, i).name, g_array_index (pages, Page, i).f1,
             i + 1 < MIN (n, 5u) ? "," : "\n");
  if (peer == NULL)
    {
      g_print ("time per page (best of %d): mean %.2f ms, median %.2f ms, max %.2f ms\n", RUNS,
               sms / n, times[n / 2], times[n - 1]);
      g_print ("title exact %u/%u, up to site name %u/%u\n", t_ok, n, t_loose, n);
      g_print ("published date right %u/%u (where expected); given where none expected: %u\n",
               d_ok, d_exp, d_extra);
    }
  for (guint i = 0; i < n; i++)
    g_free (g_array_index (pages, Page, i).name);
  g_array_unref (pages);
  if (sf / n < min_f1)
    {
      g_print ("mean F1 %.3f is below %.3f\n", sf / n, min_f1);
      return 1;
    }
  return 0;
}
