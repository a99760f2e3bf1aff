/* speed-word-pairs.c — a word set's first-two-bytes filter turns away no word of its list.
 *
 * Since session 21 precis_ner_word_set_contains() reads a word's first two
 * bytes against a 512-bit filter, inline, before it hashes the word.  Every
 * word of one and two bytes (all 255 × 256 of them), and those words with
 * a tail, must get the list's answer (precis_ner_word_in_list), for lists
 * of one-byte, two-byte, non-ASCII and empty words.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <glib.h>
#include <string.h>

#include "ner-word.h"
#include "ner-word-set.h"

static void
check_every_short_word (PrecisNerWordSet *set, const char *const *list)
{
  char word[4];

  /* "" */
  word[0] = '\0';
  g_assert_cmpint (precis_ner_word_set_contains (set, list, word), ==, precis_ner_word_in_list (list, word));
  for (guint a = 1; a < 256; a++)
    for (guint b = 0; b < 256; b++)
      for (guint tail = 0; tail < 2; tail++)
        {
          word[0] = (char) a;
          word[1] = (char) b;
          word[2] = b != 0 && tail ? 's' : '\0';
          word[3] = '\0';
          if (precis_ner_word_set_contains (set, list, word) != precis_ner_word_in_list (list, word))
            g_error ("%02x %02x%s: the set and the list differ", a, b, word[2] ? " s" : "");
        }
}

static void
test_short_words (void)
{
  static const char *const list[] = {
    "a", "I", "&", "'s", "\u2019s", "an", "of", "to", "zz", "ü", "\xc3", "as", "ass", "\xff\xfe", "v.", NULL,
  };
  static const char *const with_empty[] = { "", "x", "xs", NULL };
  static PrecisNerWordSet set, empty_set;

  check_every_short_word (&set, list);
  check_every_short_word (&empty_set, with_empty);
}

/* A list whose words set many of the 512 bits: words of a long list
 * still found, others still turned away. */
static void
test_many_pairs (void)
{
  static PrecisNerWordSet set;
  g_autoptr (GPtrArray) list = g_ptr_array_new_with_free_func (g_free);

  for (char a = 'a'; a <= 'z'; a++)
    for (char b = 'a'; b <= 'z'; b += 3)
      g_ptr_array_add (list, g_strdup_printf ("%c%cword", a, b));
  g_ptr_array_add (list, NULL);
  check_every_short_word (&set, (const char *const *) list->pdata);
  for (guint i = 0; i + 1 < list->len; i++)
    {
      const char *word = list->pdata[i];
      g_autofree char *longer = g_strconcat (word, "s", NULL);

      g_assert_true (precis_ner_word_set_contains (&set, (const char *const *) list->pdata, word));
      g_assert_false (precis_ner_word_set_contains (&set, (const char *const *) list->pdata, longer));
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/speed-word-pairs/short-words", test_short_words);
  g_test_add_func ("/speed-word-pairs/many-pairs", test_many_pairs);
  return g_test_run ();
}
