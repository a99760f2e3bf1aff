/* speed-word-sets.c — a word list looked up by hash answers as the list does.
 *
 * precis_ner_word_set_contains() keeps a rule's list in a hash table made
 * on first use; these cases pin it to precis_ner_word_in_list() (itself
 * pinned to strcmp in tests/ner-words.c): every word of the lists, their
 * prefixes and extensions, other cases, non-ASCII and empty words, a list
 * with the empty word and a repeated one, and a list long enough to need
 * a larger table.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <glib.h>
#include <string.h>

#include "ner-word.h"
#include "ner-word-set.h"

static void
check_list (const char *const *list, PrecisNerWordSet *set, const char *const *extra)
{
  g_autoptr (GPtrArray) words = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; list[i] != NULL; i++)
    {
      gsize n = strlen (list[i]);

      g_ptr_array_add (words, g_strdup (list[i]));
      for (gsize k = 0; k < n; k++)
        g_ptr_array_add (words, g_strndup (list[i], k));
      g_ptr_array_add (words, g_strconcat (list[i], "s", NULL));
      g_ptr_array_add (words, g_strconcat ("x", list[i], NULL));
      g_ptr_array_add (words, g_ascii_strup (list[i], -1));
    }
  for (guint i = 0; extra[i] != NULL; i++)
    g_ptr_array_add (words, g_strdup (extra[i]));

  for (guint i = 0; i < words->len; i++)
    {
      const char *word = words->pdata[i];

      g_assert_cmpint (precis_ner_word_set_contains (set, list, word), ==, precis_ner_word_in_list (list, word));
    }
  /* Asked again, the set made once answers the same. */
  for (guint i = 0; list[i] != NULL; i++)
    g_assert_true (precis_ner_word_set_contains (set, list, list[i]));
}

static void
test_same_answers (void)
{
  static const char *const determiners[] = {
    "a", "an", "the", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these",
    "those", "no", "any", "every", "each", "some", NULL,
  };
  static const char *const with_empty[] = { "x", "", "street", "street", "über", "straße", NULL };
  static const char *const extra[] = { "", "t", "th", "thee", "über", "übe", "strasse", "Straße", "ü", "\xc3", NULL };
  static PrecisNerWordSet determiner_set, empty_set;

  check_list (determiners, &determiner_set, extra);
  check_list (with_empty, &empty_set, extra);
  g_assert_false (precis_ner_word_set_contains (&determiner_set, determiners, ""));
  g_assert_true (precis_ner_word_set_contains (&empty_set, with_empty, ""));
}

static void
test_long_list (void)
{
  static PrecisNerWordSet set;
  g_autoptr (GPtrArray) list = g_ptr_array_new_with_free_func (g_free);
  static const char *const extra[] = { "", "w", "w1000", "w-1", NULL };

  for (guint i = 0; i < 300; i++)
    g_ptr_array_add (list, g_strdup_printf ("w%u", i * 7));
  g_ptr_array_add (list, NULL);
  check_list ((const char *const *) list->pdata, &set, extra);
  g_assert_true (precis_ner_word_set_contains (&set, (const char *const *) list->pdata, "w2093"));
  g_assert_false (precis_ner_word_set_contains (&set, (const char *const *) list->pdata, "w2094"));
  g_assert_false (precis_ner_word_set_contains (&set, (const char *const *) list->pdata, "w20"));
}

/* "afgyb" and "cbcdh" share their hash (FNV-1a, the low bit set): the
 * one in the list must not answer for the other. */
static void
test_same_hash (void)
{
  static const char *const list[] = { "afgyb", "the", NULL };
  static PrecisNerWordSet set;

  g_assert_true (precis_ner_word_set_contains (&set, list, "afgyb"));
  g_assert_false (precis_ner_word_set_contains (&set, list, "cbcdh"));
  g_assert_false (precis_ner_word_set_contains (&set, list, "afgy"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/speed-word-sets/same-answers", test_same_answers);
  g_test_add_func ("/speed-word-sets/long-list", test_long_list);
  g_test_add_func ("/speed-word-sets/same-hash", test_same_hash);
  return g_test_run ();
}
