/* SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Blocks: a line is a paragraph of its own unless it continues a
 * hard-wrapped sentence; every kind of line break and blank counts.
 */
#include <string.h>

#include "structure.h"

typedef struct {
  const char *text;
  gboolean one_per_line;
  const char *blocks[6]; /* NULL-terminated */
  guint32 first_lines[6];
} Case;

static const Case cases[] = {
  { "Title line\n\nFirst paragraph.\nSecond paragraph.\n", FALSE,
    { "Title line", "First paragraph.", "Second paragraph." }, { 0, 2, 3 } },
  { "  Leading space\r\n\r\n\ttrailing tab\t\r\n", FALSE,
    { "Leading space", "trailing tab" }, { 0, 2 } },
  { "Old Mac line\rNext line\rlast", FALSE, { "Old Mac line", "Next line\rlast" }, { 0, 1 } },
  { "Unicode line\xe2\x80\xa8separator\xe2\x80\xa9Paragraph\xc2\x85" "End", FALSE,
    { "Unicode line\xe2\x80\xa8separator", "Paragraph", "End" }, { 0, 2, 3 } },
  /* A line of non-breaking and zero-width spaces is blank. */
  { "One.\n\xc2\xa0\xe2\x80\x8b \nTwo.", FALSE, { "One.", "Two." }, { 0, 2 } },
  { "It was wrapped,\nAcross lines.\nA hyphen-\nated word.", FALSE,
    { "It was wrapped,\nAcross lines.", "A hyphen-\nated word." }, { 0, 2 } },
  { "In Paris on Monday the delegation met with the\nPresident of France.\nWhat to Look For\nText.", FALSE,
    { "In Paris on Monday the delegation met with the\nPresident of France.", "What to Look For", "Text." },
    { 0, 2, 3 } },
  /* A table's empty cell ends its row (issue 14: a cricket averages row
   * ran into the next team's name); a dash after a word still goes on. */
  { "Thorpe 13 4 19 0 -\nPakistan\nNEW YORK 72 54 .571 -\nJaora n.a Yellow --- ---\nThe strike - which\n"
    "began on Monday.", FALSE,
    { "Thorpe 13 4 19 0 -", "Pakistan", "NEW YORK 72 54 .571 -", "Jaora n.a Yellow --- ---",
      "The strike - which\nbegan on Monday." }, { 0, 1, 2, 3, 4 } },
  { "It was wrapped\nacross lines.", TRUE, { "It was wrapped", "across lines." }, { 0, 1 } },
  /* Runs of printable ASCII and spaces longer than 16 bytes (read 16 at a
   * time), blanks at either end of them, DEL and non-ASCII after them. */
  { "                   Leading spaces past sixteen bytes, then an \xc3\xa9 and more words    \n"
    "Seventeen bytes!!\x7f DEL inside a long line of words and trailing spaces                 \n"
    "\xc3\xa9t\xc3\xa9 then plain ASCII for more than sixteen bytes\n                                \nend", TRUE,
    { "Leading spaces past sixteen bytes, then an \xc3\xa9 and more words",
      "Seventeen bytes!!\x7f DEL inside a long line of words and trailing spaces",
      "\xc3\xa9t\xc3\xa9 then plain ASCII for more than sixteen bytes", "end" }, { 0, 1, 2, 4 } },
  { "\n\n   \n", FALSE, { NULL }, { 0 } },
  { "", FALSE, { NULL }, { 0 } },
};

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  guint32 n_blocks, n = 0;
  g_autofree PrecisBlock *blocks = precis_structure_blocks (c->text, (guint32) strlen (c->text),
                                                            c->one_per_line, NULL, &n_blocks);

  while (c->blocks[n] != NULL)
    n++;
  g_assert_cmpuint (n_blocks, ==, n);
  for (guint32 i = 0; i < n_blocks; i++)
    {
      const PrecisBlock *b = &blocks[i];
      g_autofree char *text = g_strndup (c->text + b->byte_start, b->byte_end - b->byte_start);
      g_autofree char *by_chars = g_utf8_substring (c->text, b->char_start, b->char_end);

      g_assert_cmpstr (text, ==, c->blocks[i]);
      g_assert_cmpstr (by_chars, ==, c->blocks[i]);
      g_assert_cmpuint (b->first_line, ==, c->first_lines[i]);
    }
}

/* A plain-text article wrapped at 72 columns: the lines of a paragraph
 * join, whatever their first letter; short lines stay apart. */
static void
test_hard_wrapped (void)
{
  const char *text =
    "Heading Of The Story\n"
    "\n"
    "The government said on Monday that it would raise the minimum wage by\n"
    "five per cent next year, after months of talks with unions and business\n"
    "groups. Ministers said the rise would help about two million workers,\n"
    "Many of whom had struggled with higher prices for food and energy over\n"
    "the past two years.\n"
    "\n"
    "Employers' groups warned that the increase could cost jobs in the retail\n"
    "and hospitality sectors, which employ many low-paid staff across the\n"
    "country.\n";
  guint32 n_blocks;
  g_autofree PrecisBlock *blocks = precis_structure_blocks (text, (guint32) strlen (text), FALSE, NULL,
                                                            &n_blocks);

  g_assert_cmpuint (n_blocks, ==, 3);
  g_assert_cmpuint (blocks[0].n_lines, ==, 1);
  g_assert_cmpuint (blocks[1].n_lines, ==, 5);
  g_assert_cmpuint (blocks[1].first_line, ==, 2);
  g_assert_cmpuint (blocks[2].n_lines, ==, 3);
}

/* Long lines of a pasted article do not look wrapped. */
static void
test_not_wrapped (void)
{
  GString *text = g_string_new (NULL);
  guint32 n_blocks;
  g_autofree PrecisBlock *blocks = NULL;

  for (guint i = 0; i < 6; i++)
    g_string_append_printf (text, "Sentence number %u of a paragraph that ends on its line.\n", i);
  blocks = precis_structure_blocks (text->str, (guint32) text->len, FALSE, NULL, &n_blocks);
  g_assert_cmpuint (n_blocks, ==, 6);
  g_string_free (text, TRUE);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/structure/case-%02u", i);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/structure/hard-wrapped", test_hard_wrapped);
  g_test_add_func ("/structure/not-wrapped", test_not_wrapped);
  return g_test_run ();
}
