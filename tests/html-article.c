/* Tests for libprecis/web/html-article.c (and html-meta.c, html-score.c, charset.c):
 * article text, structure and metadata of fixture pages, and pages built
 * to hurt the parser.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "analysis.h"
#include "call-options.h"
#include "charset.h"
#include "errors.h"
#include "html-article.h"
#include "html-meta.h"
#include "markup-attributes.h"
#include "pipeline.h"

static PrecisArticle *
extract_fixture (const char *name, GError **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "html", name, NULL);
  g_autofree char *raw = NULL;
  gsize len = 0;
  g_assert_true (g_file_get_contents (path, &raw, &len, NULL));
  gsize ulen;
  g_autofree char *html = precis_charset_to_utf8 (raw, len, NULL, &ulen);
  return precis_article_extract (html, ulen, "https://example.org/story", error);
}

/* The n-th non-empty line of the text. */
static char *
line (const PrecisArticle *a, guint n)
{
  g_auto (GStrv) lines = g_strsplit (a->text, "\n\n", -1);
  g_assert_cmpuint (n, <, g_strv_length (lines));
  return g_strdup (lines[n]);
}

static void
test_news (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisArticle) a = extract_fixture ("news.html", &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (a->text, "rebuild the town's Victorian sea wall"));
  g_assert_nonnull (strstr (a->text, "The water came through the door twice."));
  g_assert_nonnull (strstr (a->text, "the old lighthouse."));
  /* Navigation, share bar, ads, related list, comments, footer, scripts. */
  const char *absent[] = { "Politics", "Share on Facebook", "Advertisement", "Related stories",
                           "Lighthouse keeper retires", "crumbling", "scandal", "Copyright",
                           "Subscribe now", "font-family", "By Mara" };
  for (gsize i = 0; i < G_N_ELEMENTS (absent); i++)
    if (strstr (a->text, absent[i]) != NULL)
      g_error ("“%s” should not be in the article:\n%s", absent[i], a->text);
  /* Paragraphs one per line, no stray white space. */
  g_assert_null (strstr (a->text, "\n\n\n"));
  g_assert_null (strstr (a->text, "  "));
  g_assert_false (g_ascii_isspace (a->text[0]));

  /* Headings are marked, and the headline is not repeated in the text. */
  g_assert_nonnull (a->heading_lines);
  g_assert_cmpuint (a->heading_lines->len, ==, 2);
  g_autofree char *h0 = line (a, g_array_index (a->heading_lines, guint32, 0));
  g_autofree char *h1 = line (a, g_array_index (a->heading_lines, guint32, 1));
  g_assert_cmpstr (h0, ==, "Residents divided over the levy");
  g_assert_cmpstr (h1, ==, "Work to start in the spring");
  g_assert_null (strstr (a->text, "Harbour town votes"));

  g_assert_cmpstr (a->title, ==, "Harbour town votes to rebuild its sea wall");
  g_assert_cmpstr (a->published, ==, "2025-02-22T09:30:00+00:00");
  g_assert_cmpstr (a->site, ==, "The Coastal Courier");
  g_assert_cmpstr (a->author, ==, "Mara Lindqvist");
  g_assert_cmpstr (a->language, ==, "en-GB");
  g_assert_cmpstr (a->url, ==, "https://example.org/story");
}

static void
test_jsonld (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisArticle) a = extract_fixture ("jsonld.html", &error);
  g_assert_no_error (error);
  /* The markup has a teaser only; the JSON-LD body has the whole text. */
  g_assert_nonnull (strstr (a->text, "every 212 years"));
  g_assert_null (strstr (a->text, "Subscribe"));
  g_assert_cmpstr (a->title, ==, "Observatory finds a new comet");
  g_assert_cmpstr (a->published, ==, "2024-11-03T18:05:00-05:00");
  g_assert_cmpstr (a->author, ==, "Tomas Berg, Aiko Mori");
  g_assert_cmpstr (a->site, ==, "Northern Skies Daily");
  g_assert_cmpstr (a->language, ==, "en-US");
  g_auto (GStrv) lines = g_strsplit (a->text, "\n\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
}

static void
test_saturday (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisArticle) a = extract_fixture ("saturday.html", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (a->published, ==, "2025-02-19T08:00:00+00:00");
  g_assert_nonnull (strstr (a->text, "in Geneva on Saturday"));
}

static void
test_charsets (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisArticle) ru = extract_fixture ("cp1251-meta.html", &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (ru->text, "В Москве прошёл снег"));
  g_assert_cmpstr (ru->title, ==, "Новости");
  g_assert_cmpstr (ru->language, ==, "ru");
  g_autoptr (PrecisArticle) fr = extract_fixture ("latin1.html", &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (fr->text, "Le préfet a annoncé"));
  g_assert_nonnull (strstr (fr->text, "jusqu'à nouvel ordre"));
}

static void
test_charset_detect (void)
{
  struct { const char *data; gsize len; const char *declared, *expect; } cases[] = {
    { "\xEF\xBB\xBF<p>x</p>", 11, "iso-8859-1", "UTF-8" },      /* BOM beats header */
    { "\xFF\xFE<\0p\0>\0", 8, NULL, "UTF-16LE" },
    { "<p>caf\xe9</p>", 11, "ISO-8859-1", "WINDOWS-1252" },
    { "<p>x</p>", 8, "\"utf8\"", "UTF-8" },
    { "<meta charset=\"koi8-r\"><p>x</p>", 30, NULL, "KOI8-R" },
    { "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">", 74, NULL, "WINDOWS-1251" },
    { "<p>caf\xc3\xa9</p>", 12, NULL, "UTF-8" },
    { "<p>caf\xe9</p>", 11, NULL, "WINDOWS-1252" },          /* not UTF-8: the web's default */
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *cs = precis_charset_detect (cases[i].data, cases[i].len, cases[i].declared);
      g_assert_cmpstr (cs, ==, cases[i].expect);
    }
  /* Conversion: BOM dropped, bad bytes replaced, NULs gone. */
  g_autofree char *a = precis_charset_to_utf8 ("\xEF\xBB\xBFok", 5, NULL, NULL);
  g_assert_cmpstr (a, ==, "ok");
  gsize n;
  g_autofree char *b = precis_charset_to_utf8 ("a\xff" "b\0c", 5, "utf-8", &n);
  g_assert_true (g_utf8_validate (b, n, NULL));
  g_assert_cmpuint (strlen (b), ==, n);
  g_autofree char *c = precis_charset_to_utf8 ("\xc0\xe1", 2, "windows-1251", NULL);
  g_assert_cmpstr (c, ==, "Аб");
  g_autofree char *d = precis_charset_to_utf8 ("x\x81y", 3, "shift_jis", NULL);
  g_assert_true (g_utf8_validate (d, -1, NULL));
  g_autofree char *e = precis_charset_to_utf8 ("plain", 5, "no-such-charset", NULL);
  g_assert_cmpstr (e, ==, "plain");
}

static void
test_not_an_article (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisArticle) a = extract_fixture ("links-only.html", &error);
  g_assert_null (a);
  g_assert_error (error, PRECIS_ERROR, PRECIS_ERROR_NOT_AN_ARTICLE);
  g_assert_nonnull (strstr (error->message, "https://example.org/story"));
  g_clear_error (&error);
  g_assert_null (precis_article_extract ("", 0, NULL, &error));
  g_assert_error (error, PRECIS_ERROR, PRECIS_ERROR_NOT_AN_ARTICLE);
}

static void
test_dates (void)
{
  struct { const char *in, *out; } cases[] = {
    { "2025-02-22", "2025-02-22" },
    { " 2025-02-22T09:30:00Z ", "2025-02-22T09:30:00+00:00" },
    { "2017-11-03 03:01:00.000000", "2017-11-03T03:01:00" },
    { "2021-11-01T10:52:50+0100", "2021-11-01T10:52:50+01:00" },
    { "2015-03-27T13:07:55.096Z", "2015-03-27T13:07:55+00:00" },
    { "2020-07-10T14:15:42-04:30", "2020-07-10T14:15:42-04:30" },
    { "2019/04/28", "2019-04-28" },
    { "Sat, 22 Feb 2025 09:30:00 GMT", "2025-02-22T09:30:00+00:00" },
    { "2025-02-30", NULL },
    { "2025-13-01T00:00", NULL },
    { "yesterday", NULL },
    { "", NULL },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *d = precis_html_normalize_date (cases[i].in);
      g_assert_cmpstr (d, ==, cases[i].out);
    }
}

static void
test_titles (void)
{
  struct { const char *title, *site, *out; } cases[] = {
    { "Harbour town votes | The Coastal Courier", "The Coastal Courier", "Harbour town votes" },
    { "Harbour town votes - Courier", NULL, "Harbour town votes" },
    { "The Coastal Courier | Harbour town votes", "The Coastal Courier", "Harbour town votes" },
    { "Mozilla - Wikipedia", NULL, "Mozilla - Wikipedia" },          /* too short to split */
    { "Part one - Part two | Site", "Site", "Part one - Part two" },
    { "Q&A - the full interview with the minister about the budget", NULL,
      "Q&A - the full interview with the minister about the budget" },
    { "No separator here", "Site", "No separator here" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *t = precis_html_strip_site (cases[i].title, cases[i].site);
      g_assert_cmpstr (t, ==, cases[i].out);
    }
}

static void
test_time_element (void)
{
  const char *html =
    "<html><body><article><p>Posted <time datetime=\"2023-05-06T10:00\">6 May</time></p>"
    "<p>The river rose by two metres overnight, and the town's mayor asked people living near "
    "the bridge to leave their homes until the water goes down again.</p></article></body></html>";
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisArticle) a = precis_article_extract (html, -1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (a->published, ==, "2023-05-06T10:00:00");
  g_assert_null (a->url);
}

/* The page's date reaches date normalization: "Saturday" in a story
 * published on Wednesday 2025-02-19 is 2025-02-22, whatever today is.
 * Real parts end to end: extraction, pipeline, the bundled facts plugin. */
static void
test_weekday_anchor (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisArticle) a = extract_fixture ("saturday.html", &error);
  g_assert_no_error (error);

  g_autofree char *dir = g_build_filename (PRECIS_BUILD_PLUGINDIR, "facts", NULL);
  const char *path[] = { dir, NULL };
  g_autoptr (PrecisHost) host = precis_host_new (path);
  precis_host_rescan (host);
  g_autoptr (PrecisPlugin) facts = precis_host_lookup (host, "facts", PRECIS_CAPABILITY_FACTS, &error);
  if (facts == NULL)
    {
      g_test_skip (error->message);
      return;
    }
  g_assert_true (precis_pipeline_init (NULL, &error));

  g_auto (PrecisCallOptions) options;
  precis_call_options_init (&options);
  g_assert_nonnull (a->published);
  PrecisAnalysis analysis = {
    .options = &options,
    .extractor = precis_plugin_ref (facts),
  };
  precis_analysis_use_article (&analysis, a);
  precis_analysis_run (&analysis);
  g_assert_no_error (analysis.error);
  g_assert_true (g_str_has_prefix (analysis.anchor, "2025-02-19"));
  gboolean found = FALSE;
  for (guint i = 0; i < analysis.facts->len; i++)
    {
      const PrecisFactResult *f = &g_array_index (analysis.facts, PrecisFactResult, i);
      if (f->kind == PRECIS_FACT_DATE && strstr (f->text, "Saturday") != NULL)
        {
          g_assert_cmpstr (f->value, ==, "2025-02-22");
          found = TRUE;
        }
    }
  g_assert_true (found);
  precis_analysis_clear (&analysis);
}

/* Old sites lay pages out in tables: the cell with the prose is the article. */
static void
test_layout_table (void)
{
  GString *html = g_string_new ("<html><body><table><tr><td>");
  for (int i = 0; i < 12; i++)
    g_string_append_printf (html, "<a href=\"/s%d\">Section number %d</a><br>", i, i);
  g_string_append (html, "</td><td>");
  for (int i = 0; i < 4; i++)
    g_string_append_printf (html, "<p>Paragraph %d of the story tells, at some length and with "
                            "commas, what happened in the valley when the river rose.</p>", i);
  g_string_append (html, "</td></tr><tr><td colspan=2><a href=\"/about\">About us</a> "
                         "<a href=\"/contact\">Contact</a></td></tr></table></body></html>");
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisArticle) a = precis_article_extract (html->str, html->len, NULL, &error);
  g_string_free (html, TRUE);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (a->text, "Paragraph 0 of the story"));
  g_assert_nonnull (strstr (a->text, "Paragraph 3 of the story"));
  g_assert_null (strstr (a->text, "Section number"));
  g_assert_null (strstr (a->text, "About us"));
}

/* Hostile pages: the answer does not matter, surviving in bounded time does. */
static void
extract_survives (const char *html, gsize len)
{
  gint64 t0 = g_get_monotonic_time ();
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisArticle) a = precis_article_extract (html, len, NULL, &error);
  g_assert_true (a != NULL || g_error_matches (error, PRECIS_ERROR, PRECIS_ERROR_NOT_AN_ARTICLE));
  if (a != NULL)
    g_assert_true (g_utf8_validate (a->text, -1, NULL));
  g_assert_cmpint (g_get_monotonic_time () - t0, <, 10 * G_USEC_PER_SEC);
}

static void
test_deep_nesting (void)
{
  GString *s = g_string_new ("<html><body>");
  for (int i = 0; i < 100000; i++)
    g_string_append (s, i % 2 ? "<div class=\"content\">" : "<span><b>");
  g_string_append (s, "<p>A sentence at the bottom of a very deep well, with commas, and words.</p>");
  extract_survives (s->str, s->len);
  g_string_free (s, TRUE);
}

/* `n` paragraphs of a council story, `glue` between each one's two sentences. */
static void
append_council_story (GString *page, guint n, const char *glue)
{
  for (guint i = 0; i < n; i++)
    g_string_append_printf (page, "<p>The council met on Tuesday to discuss the new budget for schools and "
                                  "roads.%sMembers agreed to publish the figures next week after a long "
                                  "debate.</p>", glue);
}

/* A picture's caption is text of the article, its credit is not
 * ("Credit Jeon Heon-Kyun/EPA", a schema.org copyrightHolder, or a block
 * whose class names a credit): a reader's facts panel took the
 * photographer for a person of the story. */
static void
test_picture_credits (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisArticle) a = NULL;
  GString *page = g_string_new ("<html><body><article>");

  append_council_story (page, 4, " ");
  g_string_append (page, "<figure><img src=\"a.jpg\"><figcaption><span>The town hall, where the council "
                         "met.</span><span itemprop=\"copyrightHolder\"><span>Credit</span><span>Jane "
                         "Roe/Agency</span></span></figcaption></figure>");
  append_council_story (page, 3, " ");
  g_string_append (page, "<figure><img src=\"b.jpg\"><figcaption>Councillors voting.<span "
                         "class=\"caption-credit\">Photograph: Tom Poe</span></figcaption></figure>");
  append_council_story (page, 3, " ");
  g_string_append (page, "</article></body></html>");
  a = precis_article_extract (page->str, page->len, NULL, &error);
  g_string_free (page, TRUE);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (a->text, "The town hall, where the council met."));
  g_assert_nonnull (strstr (a->text, "Councillors voting."));
  g_assert_null (strstr (a->text, "Jane Roe"));
  g_assert_null (strstr (a->text, "Tom Poe"));
}

/* An article as deep as libxml2 builds a tree is read whole (the walks'
 * depth limit used to cut it at 200 and answer "no article"). */
static void
test_deep_article (void)
{
  GString *s = g_string_new ("<html><body>");
  g_autoptr (PrecisArticle) article = NULL;
  guint paragraphs = 0;

  for (int i = 0; i < 240; i++)
    g_string_append (s, "<div>");
  append_council_story (s, 12, " ");
  g_string_append (s, "</body></html>");
  article = precis_article_extract (s->str, (gssize) s->len, NULL, NULL);
  g_assert_nonnull (article);
  for (const char *p = article->text; (p = strstr (p, "Members agreed")) != NULL; p++)
    paragraphs++;
  g_assert_cmpuint (paragraphs, ==, 12);
  g_string_free (s, TRUE);
}

static void
test_huge_attribute (void)
{
  GString *s = g_string_new ("<html><body><div class=\"");
  for (int i = 0; i < 4 * 1024 * 1024; i++)
    g_string_append_c (s, "article comment "[i % 16]);
  g_string_append (s, "\" style=\"");
  for (int i = 0; i < 1024 * 1024; i++)
    g_string_append_c (s, "display:none;"[i % 13]);
  g_string_append (s, "\"><p>Text of the story, which goes on for a while, and then some more.</p>"
                      "<p>Another paragraph of the same story, with a comma, and a full stop.</p></div>");
  extract_survives (s->str, s->len);
  g_string_free (s, TRUE);
}

static void
test_binary_junk (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (6);
  for (int round = 0; round < 20; round++)
    {
      gsize len = 1 + g_rand_int_range (rand, 0, 256 * 1024);
      g_autofree char *junk = g_malloc (len);
      for (gsize i = 0; i < len; i++)
        junk[i] = round % 2 ? (char) g_rand_int (rand)
                            : "<>/=\"' pdivhtml&;#\0x"[g_rand_int_range (rand, 0, 21)];
      gsize n;
      g_autofree char *utf8 = precis_charset_to_utf8 (junk, len, NULL, &n);
      extract_survives (utf8, n);
      extract_survives (junk, len);  /* invalid UTF-8 given directly */
    }
}

/* Binary data is told as such, not as a page of links or of no text; a
 * page with a stray control character is still read. */
static void
test_binary_named (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (10);
  g_autofree char *junk = g_malloc (20000);
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisArticle) article = NULL;
  GString *page = g_string_new ("<html><body><article>");

  for (gsize i = 0; i < 20000; i++)
    junk[i] = (char) g_rand_int (rand);
  g_assert_null (precis_article_extract (junk, 20000, "https://example.org/a.gz", &error));
  g_assert_error (error, PRECIS_ERROR, PRECIS_ERROR_NOT_AN_ARTICLE);
  g_assert_nonnull (strstr (error->message, "binary data"));
  g_assert_true (g_str_has_prefix (error->message, "https://example.org/a.gz: "));
  append_council_story (page, 12, "\x0b ");
  g_string_append (page, "</article></body></html>");
  article = precis_article_extract (page->str, (gssize) page->len, NULL, NULL);
  g_assert_nonnull (article);
  g_string_free (page, TRUE);
}

static void
test_deep_jsonld (void)
{
  const char *openers[] = { "[", "{\"a\":" };
  for (gsize k = 0; k < G_N_ELEMENTS (openers); k++)
    {
      GString *s = g_string_new ("<html><head><script type=\"application/ld+json\">");
      for (int i = 0; i < 500000; i++)
        g_string_append (s, openers[k]);
      g_string_append (s, "</script></head><body><p>A paragraph of text after the script, "
                          "with commas, and enough words to be an article of sorts.</p></body></html>");
      extract_survives (s->str, s->len);
      g_string_free (s, TRUE);
    }
}

static void
test_unclosed (void)
{
  GString *s = g_string_new ("<html><body>");
  for (int i = 0; i < 30000; i++)
    g_string_append (s, "<p><table><tr><td><li><ul>word, ");
  extract_survives (s->str, s->len);
  g_string_free (s, TRUE);
}

/* `html` with `n` attributes on its one <p class="x">, inserted before the '>'. */
static char *
with_attributes (const char *html, guint n)
{
  const char *at = strstr (html, "<p class=\"x\"") + strlen ("<p class=\"x\"");
  GString *s = g_string_new_len (html, at - html);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, " data-a%u=\"v>%u\"", i, i);
  g_string_append (s, at);
  return g_string_free (s, FALSE);
}

/* A tag of 200,000 attributes (4 MB): libxml2 compares each with all the
 * tag's earlier ones, so this took minutes; its excess attributes are
 * dropped before parsing and the article is the page's without them. */
static void
test_many_attributes (void)
{
  static const char page[] =
    "<html><body><article><h1>Harbour reopens</h1>"
    "<p>The harbour reopened on Monday after a week of repairs, the port authority said, and ferries ran again.</p>"
    "<p class=\"x\">Fishermen, who had waited at the quay since dawn, cheered as the first boat went out.</p>"
    "<p>The repairs cost more than expected, officials said, and the council will meet on Friday.</p>"
    "</article></body></html>";
  g_autofree char *hostile = with_attributes (page, 200000);
  g_autofree char *fitting = with_attributes (page, PRECIS_MARKUP_MAX_ATTRIBUTES - 1);
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisArticle) plain = precis_article_extract (page, -1, NULL, &error);
  g_autoptr (PrecisArticle) bounded = NULL;

  g_assert_no_error (error);
  /* One class and 255 more: nothing to drop. */
  g_assert_null (precis_markup_drop_excess_attributes (fitting, strlen (fitting), PRECIS_MARKUP_MAX_ATTRIBUTES,
                                                        &(gsize) { 0 }));
  bounded = precis_article_extract (hostile, -1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bounded->text, ==, plain->text);
}

/* What the scan keeps: the first `max` attributes of each tag, a '>' in a
 * quoted value not ending the tag, everything outside tags. */
static void
test_attribute_scan (void)
{
  static const struct {
    const char *in;
    guint max;
    const char *out;   /* NULL: nothing dropped */
  } cases[] = {
    { "<p a=1 b='>' c>text</p>", 2, "<p a=1 b='>' >text</p>" },
    { "<p a=1 b='>' c>text</p>", 3, NULL },
    { "x < y and z <b c d e>bold</b> 1<2", 1, "x < y and z <b c >bold</b> 1<2" },
    { "<item x=\"1\" y=\"2\"/><item z=\"3\"/>", 1, "<item x=\"1\" /><item z=\"3\"/>" },
    { "<p a b c=\"never closed", 1, "<p a " },
    { "<!-- <p a b c> --><p>", 5, NULL },
    { "<p =a =b>", 1, NULL },   /* one attribute, as the tokenizer reads it: "=a", valued "b" */
    { "<p =a =b c>", 1, "<p =a =b >" },
  };

  for (gsize k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      gsize length = 0;
      g_autofree char *out = precis_markup_drop_excess_attributes (cases[k].in, strlen (cases[k].in), cases[k].max,
                                                                   &length);

      g_assert_cmpstr (out, ==, cases[k].out);
      if (out != NULL)
        g_assert_cmpuint (length, ==, strlen (out));
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/article/news", test_news);
  g_test_add_func ("/article/jsonld", test_jsonld);
  g_test_add_func ("/article/saturday", test_saturday);
  g_test_add_func ("/article/weekday-anchor", test_weekday_anchor);
  g_test_add_func ("/article/layout-table", test_layout_table);
  g_test_add_func ("/article/charsets", test_charsets);
  g_test_add_func ("/article/charset-detect", test_charset_detect);
  g_test_add_func ("/article/not-an-article", test_not_an_article);
  g_test_add_func ("/article/dates", test_dates);
  g_test_add_func ("/article/titles", test_titles);
  g_test_add_func ("/article/time-element", test_time_element);
  g_test_add_func ("/article/hostile/deep-nesting", test_deep_nesting);
  g_test_add_func ("/article/deep-article", test_deep_article);
  g_test_add_func ("/article/hostile/huge-attribute", test_huge_attribute);
  g_test_add_func ("/article/hostile/binary-junk", test_binary_junk);
  g_test_add_func ("/article/hostile/binary-named", test_binary_named);
  g_test_add_func ("/article/hostile/unclosed", test_unclosed);
  g_test_add_func ("/article/hostile/deep-jsonld", test_deep_jsonld);
  g_test_add_func ("/article/hostile/many-attributes", test_many_attributes);
  g_test_add_func ("/article/attribute-scan", test_attribute_scan);
  g_test_add_func ("/article/picture-credits", test_picture_credits);
  return g_test_run ();
}
