/* tests/timex-eval-file.c — `timex-eval --file`, the tool rule writers read
 * new text with, prints each expression's offsets and the text they cover.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Runs the built tool (its path in TIMEX_EVAL) on a file, as a rule writer
 * does, in a UTF-8 locale.  The offsets must be the file's code points and
 * the slice printed the file's own text: the pipeline repairs mojibake
 * (CoNLL-2002 and scraped feeds carry it), so the text the tagger counts in
 * can be shorter than the file.
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

/* The tool's standard output with arguments `args` (NULL-terminated, the
 * tool's path put first), in a UTF-8 locale; `path` in the temporary `dir`
 * is removed after, and `dir` too. */
static char *
run_tool (const char *const *args, const char *dir, const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  const char *tool = g_getenv ("TIMEX_EVAL");
  g_auto (GStrv) env = g_environ_setenv (g_get_environ (), "LC_ALL", "C.UTF-8", TRUE);
  char *out = NULL;
  int status = 0;

  g_assert_nonnull (tool);
  g_ptr_array_add (argv, (gpointer) tool);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_unlink (path);
  g_rmdir (dir);
  g_test_message ("%s", out);
  return out;
}

/* The tool's standard output on `text`, published 2002-05-01, in French. */
static char *
run_on (const char *text)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("timex-eval-file-XXXXXX", &error);
  g_assert_no_error (error);
  g_autofree char *path = g_build_filename (dir, "text.txt", NULL);
  g_assert_true (g_file_set_contents (path, text, -1, &error));

  const char *args[] = { "--file", path, "--published", "2002-05-01", "--language", "fr", NULL };
  return run_tool (args, dir, path);
}

/* Accented letters come out as they are, not as '?'. */
static void
test_accents (void)
{
  g_autofree char *out = run_on ("Le ministre a parlé le 3 février devant les élus.\n");
  g_assert_nonnull (strstr (out, "\t2002-02-03\tle 3 février\n"));
}

/* Every "Ã©" before a date is one code point of the file more than of the
 * repaired text: the offsets and the slice stay on the file's text. */
static void
test_mojibake (void)
{
  g_autofree char *out = run_on ("Ã€ Paris, le ministre a parlÃ© le 3 fÃ©vrier devant les Ã©lus. "
                                 "Il revient vendredi.\n");
  g_assert_nonnull (strstr (out, "31\t44\tDATE\t2002-02-03\tle 3 fÃ©vrier\n"));
  g_assert_nonnull (strstr (out, "74\t82\tDATE\t"));
  g_assert_nonnull (strstr (out, "\tvendredi\n"));
}

/* Each fold's line tells how many gold expressions are vague references
 * and the F1 with them left out: here the story's "at this time" (gold
 * PRESENT_REF, no date the tagger marks) costs recall, and without it
 * the fold is perfect. */
static void
test_vague_column (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("timex-eval-vague-XXXXXX", &error);
  g_assert_no_error (error);
  g_autofree char *path = g_build_filename (dir, "story.tml", NULL);
  static const char tml[] =
    "<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-02-22\">2025-02-22</TIMEX3></DCT>\n"
    "<TEXT>\nThe minister resigned on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-02-21\">Friday</TIMEX3>. "
    "Prices are falling <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"PRESENT_REF\">at this time</TIMEX3>, "
    "the bank said.\n</TEXT>\n</TimeML>\n";
  g_assert_true (g_file_set_contents (path, tml, -1, &error));

  const char *args[] = { "--folds", "2", dir, NULL };
  g_autofree char *out = run_tool (args, dir, path);

  g_assert_nonnull (strstr (out, "| vague | w/o vague: relaxed F1  valF1\n"));
  /* the story's fold: two gold, one found; one vague; perfect without it */
  g_assert_nonnull (strstr (out, "     1     2     1 | 100.0  50.0  66.7 |   66.7 |     1 |            100.0  100.0\n"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/timex-eval/file/accents", test_accents);
  g_test_add_func ("/timex-eval/file/mojibake", test_mojibake);
  g_test_add_func ("/timex-eval/folds/vague", test_vague_column);
  return g_test_run ();
}
