/* worker.c — the worker protocol, and analyses in real worker processes.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The codec: round trips, and every malformed payload refused (every cut
 * of a good one, counts larger than the payload, spans past the text,
 * non-numbers, unknown kinds, bad headers).  The pool: the built
 * precis-worker with the built lead plugin and the test plugins that
 * segfault, abort, exit and loop: each failure costs one call, says whose
 * and how, and the next call is served; three crashes quarantine a plugin.
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "errors.h"
#include "plugin.h"
#include "pool.h"
#include "probe.h"
#include "wire-analysis.h"
#include "wire-probe.h"

static const char text[] =
  "Officials said on Monday that the talks would resume in Riyadh.\n\n"
  "Sergei Ryabkov met Marco Rubio there for four hours.\n\n"
  "Neither side gave details of what was agreed.";

/* --- codec ------------------------------------------------------------------- */

static PrecisAnalysis
sample_result (void)
{
  PrecisAnalysis a = { 0 };
  PrecisChosenSentence s = { g_strdup ("Officials said on Monday…"), 0, 63, 1.5 };
  PrecisFactResult f = { g_strdup ("Sergei Ryabkov"), g_strdup ("Sergei Ryabkov"), PRECIS_FACT_PERSON, 0.75, NULL };
  PrecisSpan span = { 65, 79 };

  a.summary = precis_chosen_sentence_array_new (1);
  g_array_append_val (a.summary, s);
  a.facts = g_array_new (FALSE, FALSE, sizeof (PrecisFactResult));
  g_array_set_clear_func (a.facts, (GDestroyNotify) precis_fact_result_clear);
  f.mentions = g_array_new (FALSE, FALSE, sizeof (PrecisSpan));
  g_array_append_val (f.mentions, span);
  g_array_append_val (a.facts, f);
  a.anchor = g_strdup ("2025-02-17");
  a.anchor_source = PRECIS_ANCHOR_OPTION;
  a.title = g_strdup ("Talks");
  a.language = g_strdup ("en");
  a.n_content_sentences = 3;
  return a;
}

static void
test_result_round_trip (void)
{
  PrecisAnalysis a = sample_result (), b = { 0 };
  g_autoptr (GByteArray) frame = precis_wire_encode_result (&a);
  PrecisWireKind kind;
  guint32 length;

  g_assert_true (precis_wire_parse_header (frame->data, PRECIS_WIRE_MAX_PAYLOAD, &kind, &length));
  g_assert_cmpint (kind, ==, PRECIS_WIRE_RESULT);
  g_assert_cmpuint (length, ==, frame->len - PRECIS_WIRE_HEADER_SIZE);
  g_assert_true (precis_wire_decode_result (kind, frame->data + 8, length, 200, &b));
  g_assert_cmpuint (b.summary->len, ==, 1);
  g_assert_cmpstr (g_array_index (b.summary, PrecisChosenSentence, 0).text, ==, "Officials said on Monday…");
  g_assert_cmpuint (g_array_index (b.summary, PrecisChosenSentence, 0).end, ==, 63);
  g_assert_cmpfloat (g_array_index (b.summary, PrecisChosenSentence, 0).score, ==, 1.5);
  g_assert_cmpuint (b.facts->len, ==, 1);
  g_assert_cmpstr (g_array_index (b.facts, PrecisFactResult, 0).value, ==, "Sergei Ryabkov");
  g_assert_cmpuint (g_array_index (g_array_index (b.facts, PrecisFactResult, 0).mentions, PrecisSpan, 0).start, ==, 65);
  g_assert_cmpstr (b.anchor, ==, "2025-02-17");
  g_assert_cmpint (b.anchor_source, ==, PRECIS_ANCHOR_OPTION);
  g_assert_null (b.facts_language);
  g_assert_cmpuint (b.n_content_sentences, ==, 3);

  /* Every cut of it is malformed, and leaves nothing behind. */
  for (guint32 cut = 0; cut < length; cut++)
    {
      PrecisAnalysis c = { 0 };

      g_assert_false (precis_wire_decode_result (kind, frame->data + 8, cut, 200, &c));
      g_assert_null (c.summary);
      g_assert_null (c.facts);
      g_assert_null (c.anchor);
    }
  /* A span past the text it claims to come from. */
  g_assert_false (precis_wire_decode_result (kind, frame->data + 8, length, 70, &b));
  precis_analysis_clear (&a);
  precis_analysis_clear (&b);
}

static void
test_error_frame (void)
{
  PrecisAnalysis a = { 0 }, b = { 0 };
  g_autoptr (GByteArray) frame = NULL;

  g_set_error (&a.error, PRECIS_ERROR, PRECIS_ERROR_NOT_SUPPORTED, "no model for “xx”");
  frame = precis_wire_encode_result (&a);
  g_assert_true (precis_wire_decode_result (frame->data[3], frame->data + 8, frame->len - 8, 0, &b));
  g_assert_error (b.error, PRECIS_ERROR, PRECIS_ERROR_NOT_SUPPORTED);
  g_assert_cmpstr (b.error->message, ==, "no model for “xx”");
  precis_analysis_clear (&a);
  precis_analysis_clear (&b);
}

static void
put_header_and (GByteArray *frame)
{
  g_assert_true (precis_wire_end (frame));
}

/* Hand-made payloads that lie. */
static void
test_malformed (void)
{
  guint8 header[8] = { 'P', 'W', PRECIS_WIRE_VERSION, PRECIS_WIRE_RESULT, 0x10, 0, 0, 0 };
  PrecisAnalysis a = { 0 };
  PrecisWireKind kind;
  guint32 length;
  struct {
    const char *what;
    guint32 n_summary;
    double score;
    guint32 start, end;
    guint32 fact_kind;
    const char *string;
    gssize length;
  } cases[] = {
    { "a count larger than the payload", 0x7fffffff, 1, 0, 1, 0, "x", -1 },
    { "a score that is not a number", 1, NAN, 0, 1, 0, "x", -1 },
    { "start after end", 1, 1, 5, 4, 0, "x", -1 },
    { "an unknown fact kind", 0, 1, 0, 1, 9, "x", -1 },
    { "invalid UTF-8", 1, 1, 0, 1, 0, "\xff\xfe", -1 },
    { "a NUL inside a string", 1, 1, 0, 1, 0, "a\0b", 3 },
    /* Strings are checked eight ASCII bytes at a time: past the first
     * word, in a later one, and after a character that is not ASCII. */
    { "a NUL in the second word", 1, 1, 0, 1, 0, "Ryabkov said\0on Monday", 23 },
    { "a NUL in the last of eight", 1, 1, 0, 1, 0, "Ryabkov\0 said", 13 },
    { "a NUL after a word that is not ASCII", 1, 1, 0, 1, 0, "Ryabków said\0", 14 },
    { "invalid UTF-8 in the second word", 1, 1, 0, 1, 0, "Ryabkov said \xc3(", -1 },
    { "a cut sequence at the end", 1, 1, 0, 1, 0, "Ryabkov said \xe2\x80", -1 },
  };

  g_assert_true (precis_wire_parse_header (header, PRECIS_WIRE_MAX_PAYLOAD, &kind, &length));
  g_assert_cmpuint (length, ==, 16);
  g_assert_false (precis_wire_parse_header (header, 15, &kind, &length));
  header[2] = PRECIS_WIRE_VERSION + 1;
  g_assert_false (precis_wire_parse_header (header, PRECIS_WIRE_MAX_PAYLOAD, &kind, &length));
  header[2] = PRECIS_WIRE_VERSION;
  header[3] = 9;
  g_assert_false (precis_wire_parse_header (header, PRECIS_WIRE_MAX_PAYLOAD, &kind, &length));
  header[3] = PRECIS_WIRE_RESULT;
  header[7] = 0xff;   /* 4 GiB */
  g_assert_false (precis_wire_parse_header (header, PRECIS_WIRE_MAX_PAYLOAD, &kind, &length));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GByteArray) frame = precis_wire_begin (PRECIS_WIRE_RESULT);

      g_test_message ("%s", cases[i].what);
      precis_wire_put_u32 (frame, cases[i].n_summary);
      if (cases[i].n_summary == 1)
        {
          precis_wire_put_string (frame, cases[i].string, cases[i].length);
          precis_wire_put_u32 (frame, cases[i].start);
          precis_wire_put_u32 (frame, cases[i].end);
          precis_wire_put_double (frame, cases[i].score);
          precis_wire_put_u32 (frame, 0);
        }
      else if (cases[i].n_summary == 0)
        {
          precis_wire_put_u32 (frame, 1);   /* one fact */
          precis_wire_put_u32 (frame, cases[i].fact_kind);
          precis_wire_put_string (frame, "v", -1);
          precis_wire_put_string (frame, "t", -1);
          precis_wire_put_double (frame, 1);
          precis_wire_put_u32 (frame, 1);
          precis_wire_put_u32 (frame, 0);
          precis_wire_put_u32 (frame, 1);
        }
      precis_wire_put_string (frame, NULL, -1);
      precis_wire_put_u32 (frame, 0);
      for (int k = 0; k < 3; k++)
        precis_wire_put_string (frame, NULL, -1);
      precis_wire_put_u32 (frame, 0);
      put_header_and (frame);
      g_assert_false (precis_wire_decode_result (PRECIS_WIRE_RESULT, frame->data + 8, frame->len - 8, 100, &a));
      g_assert_null (a.summary);
    }
}

static void
test_request_round_trip (void)
{
  PrecisCallOptions options;
  PrecisAnalysis a = { .text = text, .length = strlen (text), .options = &options };
  PrecisWireRequest r;
  g_autoptr (GByteArray) frame = NULL;
  guint32 lines[] = { 0, 4 };

  precis_call_options_init (&options);
  options.summary.sentences = 2;
  options.summary.max_chars = 120;
  options.summary.order = PRECIS_ORDER_SCORE;
  options.title = g_strdup ("Talks");
  options.published = g_date_time_new_from_iso8601 ("2025-02-22T10:00:00+01:00", NULL);
  a.heading_lines = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_array_append_vals (a.heading_lines, lines, 2);
  a.page_language = "en-GB";

  frame = precis_wire_encode_request (&a, 1, PRECIS_WIRE_NO_PLUGIN);
  g_assert_true (precis_wire_decode_request (frame->data + 8, frame->len - 8, &r));
  g_assert_cmpuint (r.summarizer, ==, 1);
  g_assert_cmpuint (r.extractor, ==, PRECIS_WIRE_NO_PLUGIN);
  g_assert_cmpstr (r.text, ==, text);
  g_assert_cmpuint (r.length, ==, strlen (text));
  g_assert_cmpuint (r.options.summary.sentences, ==, 2);
  g_assert_cmpuint (r.options.summary.max_chars, ==, 120);
  g_assert_cmpint (r.options.summary.order, ==, PRECIS_ORDER_SCORE);
  g_assert_cmpstr (r.options.title, ==, "Talks");
  g_assert_true (g_date_time_equal (r.options.published, options.published));
  g_assert_cmpint (g_date_time_get_utc_offset (r.options.published), ==, G_TIME_SPAN_HOUR);
  g_assert_cmpuint (r.heading_lines->len, ==, 2);
  g_assert_cmpuint (g_array_index (r.heading_lines, guint32, 1), ==, 4);
  g_assert_null (r.page_title);
  g_assert_cmpstr (r.page_language, ==, "en-GB");
  precis_wire_request_clear (&r);
  for (guint32 cut = 0; cut < frame->len - 8; cut++)
    g_assert_false (precis_wire_decode_request (frame->data + 8, cut, &r));
  g_array_unref (a.heading_lines);
  precis_call_options_clear (&options);
}

/* --- real workers --------------------------------------------------------------- */


typedef struct {
  PrecisWorkerPool *pool;
  PrecisPlugin *lead, *segfault, *abort_, *exit_, *loop;
  PrecisCallOptions options;
  gboolean async;   /* precis_worker_pool_run_async() from this thread's main loop */
} Fixture;

static PrecisPlugin *
open_plugin (const char *relative)
{
  g_autofree char *path = g_build_filename (PRECIS_BUILD_ROOT, relative, NULL);
  g_autoptr (GError) error = NULL;
  PrecisPlugin *plugin = precis_plugin_open (path, PRECIS_SOURCE_ROOT "/data", &error);

  g_assert_no_error (error);
  return plugin;
}

/* --- the running plugin, read from another thread --------------------------------- */

#define HANDOVERS 200000

typedef struct {
  PrecisAnalysis *a;
  guint32 word;
  gint handovers;   /* atomic: done so far */
} Handover;

/* As a worker exchange ends (precis_worker_exchange_finish): the name the
 * word gave is kept, then the word is let go; and back, as a new exchange
 * of the same analysis would start. */
static gpointer
hand_over (gpointer data)
{
  Handover *h = data;

  for (guint i = 0; i < HANDOVERS; i++)
    {
      g_atomic_pointer_set (&h->a->running_plugin, (gpointer) precis_plugin_get_name (h->a->summarizer));
      precis_analysis_watch_running (h->a, NULL);
      /* Hold the gap open a moment without giving the processor away: a
       * g_thread_yield() here waited for every other runnable process's
       * time slice, 200,000 times, and ran past the test's 60 s on a
       * loaded machine (4 s when idle). */
      for (volatile guint spin = 0; spin < 64; spin++)
        ;
      precis_analysis_watch_running (h->a, &h->word);
      g_atomic_pointer_set (&h->a->running_plugin, NULL);
      g_atomic_int_inc (&h->handovers);
    }
  return NULL;
}

/* The word's plugin is running throughout, so a reader on another thread
 * (precisd's call deadline, on its main loop) always gets its name, also
 * while the exchange hands the name over from the word to running_plugin.
 * A reader that saw neither answered "the call did not finish" (TooLarge)
 * instead of naming the plugin. */
static void
test_running_handover (void)
{
  g_autoptr (PrecisPlugin) loop = open_plugin ("tests/plugins/loop.so");
  PrecisAnalysis a = { .summarizer = loop };
  Handover h = { &a, PRECIS_RUNNING_SUMMARIZER, 0 };
  guint missed = 0, reads = 0;
  GThread *writer;

  precis_analysis_watch_running (&a, &h.word);
  writer = g_thread_new ("handover", hand_over, &h);
  while (g_atomic_int_get (&h.handovers) < HANDOVERS)
    {
      missed += precis_analysis_get_running (&a) == NULL;
      reads++;
    }
  g_thread_join (writer);
  g_test_message ("%u reads during %u handovers, %u without a name", reads, HANDOVERS, missed);
  g_assert_cmpuint (missed, ==, 0);
  precis_analysis_watch_running (&a, NULL);
}

static void
setup (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) plugins = g_ptr_array_new ();
  g_autofree char *program = g_build_filename (PRECIS_BUILD_ROOT, "daemon", "precis-worker", NULL);

  f->lead = open_plugin ("plugins/lead/lead.so");
  f->segfault = open_plugin ("tests/plugins/segfault.so");
  f->abort_ = open_plugin ("tests/plugins/abort.so");
  f->exit_ = open_plugin ("tests/plugins/exit.so");
  f->loop = open_plugin ("tests/plugins/loop.so");
  g_ptr_array_add (plugins, f->lead);
  g_ptr_array_add (plugins, f->segfault);
  g_ptr_array_add (plugins, f->abort_);
  g_ptr_array_add (plugins, f->exit_);
  g_ptr_array_add (plugins, f->loop);
  f->pool = precis_worker_pool_new ((const char *const[]) { program, NULL }, 2);
  precis_worker_pool_set_plugins (f->pool, plugins);
  precis_call_options_init (&f->options);
  f->async = data != NULL;
  /* As precisd's main loop, which has it while it dispatches a call. */
  if (f->async)
    g_assert_true (g_main_context_acquire (NULL));
}

static void
teardown (Fixture *f, gconstpointer data)
{
  precis_worker_pool_free (f->pool);
  if (f->async)
    g_main_context_release (NULL);
  precis_plugin_unref (f->lead);
  precis_plugin_unref (f->segfault);
  precis_plugin_unref (f->abort_);
  precis_plugin_unref (f->exit_);
  precis_plugin_unref (f->loop);
  precis_call_options_clear (&f->options);
}

/* The pool logs each crash. */
static void
expect_crash_warning (void)
{
  g_test_expect_message ("precis", G_LOG_LEVEL_WARNING, "plugin * crashed * in its worker process *");
}

static void
on_done (PrecisAnalysis *analysis, gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
}

/* Analyse `text` with `summarizer` in the pool; the analysis is returned
 * for checks.  Async: a ready worker takes it at once (the pool waits for
 * one first), and this thread's main loop awaits the answer. */
static void
prepare (Fixture *f, PrecisAnalysis *a, PrecisPlugin *summarizer, GCancellable *cancellable)
{
  *a = (PrecisAnalysis) { .text = text, .length = strlen (text), .options = &f->options,
                          .summarizer = precis_plugin_ref (summarizer), .cancellable = cancellable };
}

/* run() of an analysis prepare()d before: another thread may already
 * watch it (precis_analysis_get_running()). */
static void
run_prepared (Fixture *f, PrecisAnalysis *a, guint timeout_s)
{
  gboolean done = FALSE;

  if (!f->async)
    {
      precis_worker_pool_run (f->pool, a, timeout_s);
      return;
    }
  g_assert_true (precis_worker_pool_wait_ready (f->pool, 30000));
  g_assert_true (precis_worker_pool_run_async (f->pool, a, timeout_s, on_done, &done));
  /* Never from inside the call. */
  g_assert_false (done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
run (Fixture *f, PrecisAnalysis *a, PrecisPlugin *summarizer, guint timeout_s, GCancellable *cancellable)
{
  prepare (f, a, summarizer, cancellable);
  run_prepared (f, a, timeout_s);
}

static void
assert_served (Fixture *f)
{
  PrecisAnalysis a;

  /* No clock: how fast a machine answers is the benchmarks' business; a
   * call stuck behind a dead or late worker ends in the deadline's error. */
  run (f, &a, f->lead, 10, NULL);
  g_assert_no_error (a.error);
  g_assert_cmpuint (a.summary->len, ==, 3);
  g_assert_cmpstr (g_array_index (a.summary, PrecisChosenSentence, 0).text, ==,
                   "Officials said on Monday that the talks would resume in Riyadh.");
  g_assert_cmpstr (a.language, ==, "en");
  g_assert_cmpuint (a.n_content_sentences, ==, 3);
  precis_analysis_clear (&a);
}

static void
test_answers (Fixture *f, gconstpointer data)
{
  guint spawned;

  assert_served (f);
  spawned = precis_worker_pool_get_spawned (f->pool);
  /* Warm: the same worker serves the next calls. */
  for (int i = 0; i < 5; i++)
    assert_served (f);
  g_assert_cmpuint (precis_worker_pool_get_spawned (f->pool), ==, spawned);
}

static void
assert_crash (Fixture *f, PrecisPlugin *plugin, const char *how)
{
  g_autofree char *name = g_strdup_printf ("“%s”", precis_plugin_get_name (plugin));
  PrecisAnalysis a;

  expect_crash_warning ();
  run (f, &a, plugin, 10, NULL);
  g_test_assert_expected_messages ();
  g_assert_error (a.error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED);
  g_test_message ("%s", a.error->message);
  g_assert_nonnull (strstr (a.error->message, name));
  g_assert_nonnull (strstr (a.error->message, how));
  g_assert_null (a.summary);
  precis_analysis_clear (&a);
  assert_served (f);
}

static void
test_crashes (Fixture *f, gconstpointer data)
{
  assert_crash (f, f->segfault, "SIGSEGV");
  assert_crash (f, f->abort_, "SIGABRT");
  assert_crash (f, f->exit_, "exit status 3");
  g_assert_false (precis_plugin_is_quarantined (f->segfault));
}

static void
test_quarantine (Fixture *f, gconstpointer data)
{
  PrecisAnalysis a;

  for (guint i = 1; i <= PRECIS_PLUGIN_QUARANTINE_CRASHES; i++)
    {
      g_assert_false (precis_plugin_is_quarantined (f->segfault));
      expect_crash_warning ();
      run (f, &a, f->segfault, 10, NULL);
      g_test_assert_expected_messages ();
      g_assert_error (a.error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED);
      if (i == PRECIS_PLUGIN_QUARANTINE_CRASHES)
        g_assert_nonnull (strstr (a.error->message, "quarantined"));
      precis_analysis_clear (&a);
    }
  g_assert_true (precis_plugin_is_quarantined (f->segfault));
  /* A new load of the same file (what a changed file gets) starts afresh. */
  {
    g_autoptr (PrecisPlugin) again = open_plugin ("tests/plugins/segfault.so");

    g_assert_false (precis_plugin_is_quarantined (again));
  }
  assert_served (f);
}

static void
test_deadline (Fixture *f, gconstpointer data)
{
  gint64 start = g_get_monotonic_time ();
  PrecisAnalysis a;

  run (f, &a, f->loop, 1, NULL);
  g_assert_error (a.error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED);
  g_assert_nonnull (strstr (a.error->message, "“loop” did not finish within 1 s"));
  /* Not early; "not late" is the error itself (the plugin never ends on its
   * own), never an upper bound on the clock, which a loaded machine breaks. */
  g_assert_cmpint (g_get_monotonic_time () - start, >=, G_USEC_PER_SEC);
  /* A timeout is no crash. */
  g_assert_false (precis_plugin_is_quarantined (f->loop));
  precis_analysis_clear (&a);
  assert_served (f);
}

/* A cancel of a call whose plugin runs: "loop" never ends on its own, so
 * the call ends CANCELLED only if the cancel ended it.  The call's deadline
 * (CANCEL_DEADLINE_S) is a hang guard: if the cancel is not heard, the call
 * ends with the deadline's error instead, and the test fails by its error
 * code, never by a clock. */
#define CANCEL_DEADLINE_S 20

typedef struct {
  PrecisAnalysis *a;
  GCancellable *cancellable;
  gboolean cancelled;
} CancelWhenRunning;

/* Cancels once the worker says "loop" runs (the word it shares), so that the
 * cancel hits a running call, however slowly the machine got there. */
static gboolean
cancel_when_running (gpointer data)
{
  CancelWhenRunning *c = data;

  if (g_strcmp0 (precis_analysis_get_running (c->a), "loop") != 0)
    return G_SOURCE_CONTINUE;
  g_cancellable_cancel (c->cancellable);
  c->cancelled = TRUE;
  return G_SOURCE_REMOVE;
}

/* Owns a reference: g_cancellable_cancel() wakes the pool's poll before it
 * emits "cancelled", so the test may end and drop its own reference while
 * the cancel is still under way here (a GLib-GObject-CRITICAL on a loaded
 * machine). */
static gpointer
cancel_thread (gpointer data)
{
  CancelWhenRunning *c = data;

  while (cancel_when_running (c) == G_SOURCE_CONTINUE)
    g_usleep (1000);
  g_object_unref (c->cancellable);
  return NULL;
}

static void
assert_cancelled (Fixture *f, PrecisAnalysis *a, CancelWhenRunning *c)
{
  g_assert_true (c->cancelled);
  g_assert_error (a->error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  /* It was cut off in the plugin, not refused before it ran. */
  g_assert_cmpstr (precis_analysis_get_running (a), ==, "loop");
  precis_analysis_clear (a);
  assert_served (f);
}

static void
test_cancel (Fixture *f, gconstpointer data)
{
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  PrecisAnalysis a;
  CancelWhenRunning c = { &a, g_object_ref (cancellable), FALSE };
  GThread *thread;

  prepare (f, &a, f->loop, cancellable);
  thread = g_thread_new ("cancel", cancel_thread, &c);
  run_prepared (f, &a, CANCEL_DEADLINE_S);
  g_thread_join (thread);
  assert_cancelled (f, &a, &c);
}

/* Cancelled by the main loop that awaits the worker (precisd's, at the
 * call's deadline or when its caller leaves the bus): the handler runs
 * inside g_cancellable_cancel(), and the call ends at the next iteration. */
static void
test_cancel_from_loop (Fixture *f, gconstpointer data)
{
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  PrecisAnalysis a;
  CancelWhenRunning c = { &a, cancellable, FALSE };

  prepare (f, &a, f->loop, cancellable);
  g_timeout_add (1, cancel_when_running, &c);
  run_prepared (f, &a, CANCEL_DEADLINE_S);
  assert_cancelled (f, &a, &c);
}

typedef struct {
  Fixture *f;
  PrecisAnalysis *a;
} Late;

static gpointer
run_late (gpointer data)
{
  Late *late = data;

  precis_worker_pool_run (late->f->pool, late->a, 0);
  return NULL;
}

/* While a worker runs a call, another thread (precisd's main loop, at the
 * call's deadline) can ask which plugin runs, and is told without any
 * frame from the worker: the word they share says it. */
static void
test_running_while_late (Fixture *f, gconstpointer data)
{
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  gint64 give_up = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  PrecisAnalysis a = { .text = text, .length = strlen (text), .options = &f->options,
                       .summarizer = precis_plugin_ref (f->loop), .cancellable = cancellable };
  Late late = { f, &a };
  const char *running = NULL;
  GThread *thread;

  g_assert_null (precis_analysis_get_running (&a));
  thread = g_thread_new ("late", run_late, &late);
  while (running == NULL && g_get_monotonic_time () < give_up)
    {
      running = precis_analysis_get_running (&a);
      g_usleep (1000);
    }
  g_assert_cmpstr (running, ==, "loop");
  g_cancellable_cancel (cancellable);
  g_thread_join (thread);
  g_assert_error (a.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  /* The worker is gone; its last word stays with the call. */
  g_assert_cmpstr (precis_analysis_get_running (&a), ==, "loop");
  precis_analysis_clear (&a);
  assert_served (f);
}

/* --- what the main loop does not wait for ---------------------------------------- */

/* Waits, the give-up bound aside, until `cond` holds; a test fails by the
 * assertion after it, never by a clock. */
#define GIVE_UP_US (30 * G_USEC_PER_SEC)
#define WAIT_UNTIL(cond)                                                  \
  G_STMT_START {                                                          \
    gint64 give_up_ = g_get_monotonic_time () + GIVE_UP_US;               \
    while (!(cond) && g_get_monotonic_time () < give_up_)                 \
      g_usleep (1000);                                                    \
  } G_STMT_END

typedef struct {
  PrecisWorkerPool *pool;
  guint spawned_at_done;
  gboolean done;
} Replaced;

static void
on_crash_done (PrecisAnalysis *analysis, gpointer user_data)
{
  Replaced *r = user_data;

  r->spawned_at_done = precis_worker_pool_get_spawned (r->pool);
  r->done = TRUE;
}

/* A worker that died in a call awaited by the main loop is replaced (fork
 * and exec) on a chore thread: the caller is told of the crash before any
 * replacement starts, and the replacement starts with the loop idle. */
static void
test_replaced_off_loop (Fixture *f, gconstpointer data)
{
  Replaced r = { f->pool, 0, FALSE };
  PrecisAnalysis a = { .text = text, .length = strlen (text), .options = &f->options,
                       .summarizer = precis_plugin_ref (f->segfault) };
  guint before;

  g_assert_true (precis_worker_pool_wait_ready (f->pool, 30000));
  before = precis_worker_pool_get_spawned (f->pool);
  expect_crash_warning ();
  g_assert_true (precis_worker_pool_run_async (f->pool, &a, 10, on_crash_done, &r));
  while (!r.done)
    g_main_context_iteration (NULL, TRUE);
  g_test_assert_expected_messages ();
  g_assert_error (a.error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED);
  g_assert_cmpuint (r.spawned_at_done, ==, before);
  /* No iteration of the loop from here on. */
  WAIT_UNTIL (precis_worker_pool_get_spawned (f->pool) > before);
  g_assert_cmpuint (precis_worker_pool_get_spawned (f->pool), ==, before + 1);
  precis_analysis_clear (&a);
  /* The replacement is one of the ready workers the next call finds. */
  assert_served (f);
  g_assert_cmpuint (precis_worker_pool_get_spawned (f->pool), ==, before + 1);
}

/* This process's children, as pids. */
static GArray *
children (void)
{
  GArray *pids = g_array_new (FALSE, FALSE, sizeof (pid_t));
  g_autoptr (GDir) proc = g_dir_open ("/proc", 0, NULL);
  const char *name;

  g_assert_nonnull (proc);
  while ((name = g_dir_read_name (proc)) != NULL)
    {
      g_autofree char *path = g_strdup_printf ("/proc/%s/stat", name);
      g_autofree char *stat = NULL;
      const char *after;
      pid_t parent;

      if (!g_ascii_isdigit (name[0]) || !g_file_get_contents (path, &stat, NULL, NULL) ||
          (after = strrchr (stat, ')')) == NULL ||
          sscanf (after, ") %*c %d", &parent) != 1 || parent != getpid ())
        continue;
      g_array_append_val (pids, (pid_t) { atoi (name) });
    }
  return pids;
}

/* The one child in `now` not in `before`. */
static pid_t
new_child (GArray *before, GArray *now)
{
  pid_t found = 0;

  for (guint i = 0; i < now->len; i++)
    {
      pid_t pid = g_array_index (now, pid_t, i);
      gboolean old = FALSE;

      for (guint j = 0; j < before->len; j++)
        old |= g_array_index (before, pid_t, j) == pid;
      if (!old)
        {
          g_assert_cmpint (found, ==, 0);
          found = pid;
        }
    }
  g_assert_cmpint (found, >, 0);
  return found;
}

/* The pool's one epoll descriptor (its waiter's): readable once a worker
 * it awaits has written. */
static int
waiter_fd (void)
{
  g_autoptr (GDir) fds = g_dir_open ("/proc/self/fd", 0, NULL);
  const char *name;
  int found = -1;

  g_assert_nonnull (fds);
  while ((name = g_dir_read_name (fds)) != NULL)
    {
      g_autofree char *path = g_strdup_printf ("/proc/self/fd/%s", name);
      g_autofree char *target = g_file_read_link (path, NULL);

      if (g_strcmp0 (target, "anon_inode:[eventpoll]") == 0)
        {
          g_assert_cmpint (found, ==, -1);
          found = atoi (name);
        }
    }
  g_assert_cmpint (found, >=, 0);
  return found;
}

typedef struct {
  pid_t worker;
  gboolean there_at_done;
  gboolean done;
} Leaving;

static void
on_leaving_done (PrecisAnalysis *analysis, gpointer user_data)
{
  Leaving *l = user_data;

  l->there_at_done = kill (l->worker, 0) == 0;
  l->done = TRUE;
}

/* Plugins changed during a call awaited by the main loop: the worker of
 * the old set that answered it is let leave on a chore thread, and the
 * caller is answered while it is still there (it is stopped here, so it
 * cannot leave before its grace runs out). */
static void
test_old_set_leaves_off_loop (Fixture *f, gconstpointer data)
{
  g_autofree char *program = g_build_filename (PRECIS_BUILD_ROOT, "daemon", "precis-worker", NULL);
  g_autoptr (GPtrArray) plugins = g_ptr_array_new ();
  g_autoptr (GArray) before = NULL;
  g_autoptr (GArray) now = NULL;
  PrecisAnalysis a = { .text = text, .length = strlen (text), .options = &f->options,
                       .summarizer = precis_plugin_ref (f->lead) };
  Leaving l = { 0 };
  struct pollfd answered;
  PrecisWorkerPool *pool;

  /* The fixture's workers start on a chore thread: all there first. */
  g_assert_true (precis_worker_pool_wait_ready (f->pool, 30000));
  before = children ();
  /* One worker at most: the one that takes the call is the only child. */
  g_ptr_array_add (plugins, f->lead);
  pool = precis_worker_pool_new ((const char *const[]) { program, NULL }, 1);
  precis_worker_pool_set_plugins (pool, plugins);
  g_assert_true (precis_worker_pool_wait_ready (pool, 30000));
  now = children ();
  l.worker = new_child (before, now);

  g_assert_true (precis_worker_pool_run_async (pool, &a, 10, on_leaving_done, &l));
  /* A new set (a plugin file replaced, say) while the worker runs the call. */
  precis_worker_pool_set_plugins (pool, plugins);
  /* Its answer written, it is stopped before the loop reads the answer. */
  answered = (struct pollfd) { waiter_fd (), POLLIN, 0 };
  g_assert_cmpint (poll (&answered, 1, -1), ==, 1);
  g_assert_cmpint (kill (l.worker, SIGSTOP), ==, 0);
  while (!l.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (a.error);
  g_assert_cmpuint (a.summary->len, ==, 3);
  /* Stopped, it could not leave: a loop that waited for it (up to its
   * grace, then killed it) would answer only once it was gone. */
  g_assert_true (l.there_at_done);
  /* Let go, it leaves and is reaped with the loop idle. */
  g_assert_cmpint (kill (l.worker, SIGCONT), ==, 0);
  WAIT_UNTIL (kill (l.worker, 0) < 0);
  g_assert_cmpint (kill (l.worker, 0), ==, -1);
  g_assert_cmpint (errno, ==, ESRCH);
  precis_analysis_clear (&a);
  precis_worker_pool_free (pool);
}

/* A call awaited by the main loop, cancelled while its plugin runs: the
 * worker is killed and the caller answered before it is reaped (a loop
 * that reaped it would wait for the kernel to free its memory); it is
 * reaped with the loop idle.  A zombie still answers kill (pid, 0). */
static void
test_killed_reaped_off_loop (Fixture *f, gconstpointer data)
{
  g_autofree char *program = g_build_filename (PRECIS_BUILD_ROOT, "daemon", "precis-worker", NULL);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GPtrArray) plugins = g_ptr_array_new ();
  g_autoptr (GArray) before = NULL;
  g_autoptr (GArray) now = NULL;
  PrecisAnalysis a;
  CancelWhenRunning c = { &a, cancellable, FALSE };
  Leaving l = { 0 };
  PrecisWorkerPool *pool;

  /* One worker at most: the one that takes the call is the only child. */
  g_ptr_array_add (plugins, f->loop);
  g_assert_true (precis_worker_pool_wait_ready (f->pool, 30000));
  before = children ();
  pool = precis_worker_pool_new ((const char *const[]) { program, NULL }, 1);
  precis_worker_pool_set_plugins (pool, plugins);
  g_assert_true (precis_worker_pool_wait_ready (pool, 30000));
  now = children ();
  l.worker = new_child (before, now);

  prepare (f, &a, f->loop, cancellable);
  g_timeout_add (1, cancel_when_running, &c);
  g_assert_true (precis_worker_pool_run_async (pool, &a, CANCEL_DEADLINE_S, on_leaving_done, &l));
  while (!l.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (c.cancelled);
  g_assert_error (a.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpstr (precis_analysis_get_running (&a), ==, "loop");
  g_assert_true (l.there_at_done);
  /* No iteration of the loop from here on. */
  WAIT_UNTIL (kill (l.worker, 0) < 0);
  g_assert_cmpint (kill (l.worker, 0), ==, -1);
  g_assert_cmpint (errno, ==, ESRCH);
  precis_analysis_clear (&a);
  precis_worker_pool_free (pool);
}

/* A pool of at most one worker, with only `plugin`: the worker it starts
 * is the one child that was not there before. */
static PrecisWorkerPool *
pool_of_one (Fixture *f, PrecisPlugin *plugin, pid_t *worker)
{
  g_autofree char *program = g_build_filename (PRECIS_BUILD_ROOT, "daemon", "precis-worker", NULL);
  g_autoptr (GPtrArray) plugins = g_ptr_array_new ();
  g_autoptr (GArray) before = NULL;
  g_autoptr (GArray) now = NULL;
  PrecisWorkerPool *pool;

  g_ptr_array_add (plugins, plugin);
  g_assert_true (precis_worker_pool_wait_ready (f->pool, 30000));
  before = children ();
  pool = precis_worker_pool_new ((const char *const[]) { program, NULL }, 1);
  precis_worker_pool_set_plugins (pool, plugins);
  g_assert_true (precis_worker_pool_wait_ready (pool, 30000));
  now = children ();
  *worker = new_child (before, now);
  return pool;
}

/* A worker that sends a malformed reply is killed, and the caller answered
 * before it is reaped, as at a deadline; it is reaped with the loop idle. */
static void
test_malformed_reaped_off_loop (Fixture *f, gconstpointer data)
{
  g_autoptr (PrecisPlugin) babble = open_plugin ("tests/plugins/babble.so");
  PrecisAnalysis a;
  Leaving l = { 0 };
  PrecisWorkerPool *pool = pool_of_one (f, babble, &l.worker);

  prepare (f, &a, babble, NULL);
  g_test_expect_message ("precis", G_LOG_LEVEL_WARNING,
                         "plugin babble * sent a malformed reply in its worker process *");
  /* The deadline is a hang guard: babble never answers, it sleeps. */
  g_assert_true (precis_worker_pool_run_async (pool, &a, CANCEL_DEADLINE_S, on_leaving_done, &l));
  while (!l.done)
    g_main_context_iteration (NULL, TRUE);
  g_test_assert_expected_messages ();
  g_assert_error (a.error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED);
  g_assert_nonnull (strstr (a.error->message, "malformed"));
  g_assert_true (l.there_at_done);
  /* No iteration of the loop from here on. */
  WAIT_UNTIL (kill (l.worker, 0) < 0);
  g_assert_cmpint (kill (l.worker, 0), ==, -1);
  g_assert_cmpint (errno, ==, ESRCH);
  precis_analysis_clear (&a);
  precis_worker_pool_free (pool);
}

/* How many sockets process `pid` holds (G_MAXUINT: it is gone). */
static guint
sockets_of (pid_t pid)
{
  g_autofree char *dir = g_strdup_printf ("/proc/%d/fd", (int) pid);
  g_autoptr (GDir) fds = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  if (fds == NULL)
    return G_MAXUINT;
  while ((name = g_dir_read_name (fds)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *target = g_file_read_link (path, NULL);

      n += target != NULL && g_str_has_prefix (target, "socket:");
    }
  return n;
}

/* Whether every thread of process `pid` is asleep in a system call other
 * than a poll (a poll holds the files it waits on open). */
static gboolean
asleep_not_polling (pid_t pid)
{
  g_autofree char *dir = g_strdup_printf ("/proc/%d/task", (int) pid);
  g_autoptr (GDir) tasks = g_dir_open (dir, 0, NULL);
  const char *name;

  if (tasks == NULL)
    return FALSE;
  while ((name = g_dir_read_name (tasks)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, "syscall", NULL);
      g_autofree char *line = NULL;
      long nr;

      if (!g_file_get_contents (path, &line, NULL, NULL) || !g_ascii_isdigit (line[0]))
        return FALSE;  /* gone, or running */
      nr = strtol (line, NULL, 10);
#ifdef SYS_poll
      if (nr == SYS_poll)
        return FALSE;
#endif
      if (nr == SYS_ppoll)
        return FALSE;
    }
  return TRUE;
}

typedef struct {
  pid_t worker;
  gboolean done;
  gboolean seen_hung_up;  /* the loop ran while the worker lived, hung up */
} HungUp;

/* What both paths' callers hear of a worker that hung up and then
 * crashed: its own end, reaped before the answer. */
static void
assert_ended_by_its_crash (PrecisAnalysis *a, gboolean seen_hung_up, pid_t worker, PrecisWorkerPool *pool)
{
  g_test_assert_expected_messages ();
  g_test_message ("%s", a->error->message);
  g_assert_true (seen_hung_up);
  g_assert_error (a->error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED);
  g_assert_nonnull (strstr (a->error->message, "SIGABRT"));
  g_assert_cmpint (kill (worker, 0), ==, -1);
  precis_analysis_clear (a);
  precis_worker_pool_free (pool);
}

static void
on_hung_up_done (PrecisAnalysis *analysis, gpointer user_data)
{
  ((HungUp *) user_data)->done = TRUE;
}

/* Once the worker has let go of its socket (all its threads asleep, none
 * in a poll that holds it) and the pool has taken the hang-up in (its
 * epoll fd has nothing to report), while the worker lives and the caller
 * is unanswered, it is ended here as a crash would end it.  A pool that
 * killed and reaped it at the hang-up never gets here. */
static gboolean
abort_when_hung_up (gpointer data)
{
  HungUp *h = data;
  struct pollfd pending = { waiter_fd (), POLLIN, 0 };

  if (h->done)
    return G_SOURCE_REMOVE;
  if (sockets_of (h->worker) != 0 || !asleep_not_polling (h->worker) || poll (&pending, 1, 0) != 0 ||
      kill (h->worker, 0) != 0)
    return G_SOURCE_CONTINUE;
  h->seen_hung_up = TRUE;
  g_assert_cmpint (kill (h->worker, SIGABRT), ==, 0);
  return G_SOURCE_REMOVE;
}

/* A worker whose socket closed (it crashed, mostly: the socket closes as
 * it exits, a core dump may still be under way) is reaped before the
 * caller is told how it ended, but the main loop does not wait for it in
 * waitpid() nor kill it: here it hangs up and lives on, and the loop runs
 * meanwhile.  Its own end, not a kill of ours, is what the caller hears. */
static void
test_hung_up_awaited_off_loop (Fixture *f, gconstpointer data)
{
  g_autoptr (PrecisPlugin) hangup = open_plugin ("tests/plugins/hangup.so");
  PrecisAnalysis a;
  HungUp h = { 0 };
  PrecisWorkerPool *pool = pool_of_one (f, hangup, &h.worker);

  prepare (f, &a, hangup, NULL);
  expect_crash_warning ();
  g_timeout_add (1, abort_when_hung_up, &h);
  /* The deadline is a hang guard: past it the worker is killed. */
  g_assert_true (precis_worker_pool_run_async (pool, &a, CANCEL_DEADLINE_S, on_hung_up_done, &h));
  while (!h.done)
    g_main_context_iteration (NULL, TRUE);
  assert_ended_by_its_crash (&a, h.seen_hung_up, h.worker, pool);
}

/* Whether thread `tid` of this process is asleep in a poll. */
static gboolean
thread_polls (pid_t tid)
{
  g_autofree char *path = g_strdup_printf ("/proc/self/task/%d/syscall", (int) tid);
  g_autofree char *line = NULL;
  long nr;

  if (!g_file_get_contents (path, &line, NULL, NULL) || !g_ascii_isdigit (line[0]))
    return FALSE;
  nr = strtol (line, NULL, 10);
#ifdef SYS_poll
  if (nr == SYS_poll)
    return TRUE;
#endif
  return nr == SYS_ppoll;
}

/* Whether process `pid` lives: neither gone nor a zombie. */
static gboolean
lives (pid_t pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/stat", (int) pid);
  g_autofree char *stat = NULL;
  const char *state;

  if (!g_file_get_contents (path, &stat, NULL, NULL) || (state = strrchr (stat, ')')) == NULL)
    return FALSE;
  return state[1] == ' ' && state[2] != 'Z' && state[2] != 'X';
}

typedef struct {
  pid_t worker;
  pid_t caller;            /* the thread in precis_worker_pool_run() */
  gint done;
  gboolean seen_hung_up;   /* the caller waited while the worker lived, hung up */
} HungUpThread;

/* The thread path's twin of abort_when_hung_up(), on a thread of its own:
 * once the worker has let go of its socket and lives on while the caller
 * sleeps in a poll, twice 10 ms apart, the worker is ended as a crash
 * would end it.  A pool that killed and reaped it at the hang-up leaves
 * no such moment (the caller's poll returns as the socket closes). */
static gpointer
abort_when_hung_up_thread (gpointer data)
{
  HungUpThread *h = data;
  guint seen = 0;

  while (!g_atomic_int_get (&h->done))
    {
      if (sockets_of (h->worker) == 0 && asleep_not_polling (h->worker) && lives (h->worker) &&
          thread_polls (h->caller))
        seen++;
      else
        seen = 0;
      if (seen == 2)
        {
          h->seen_hung_up = TRUE;
          g_assert_cmpint (kill (h->worker, SIGABRT), ==, 0);
          break;
        }
      g_usleep (10 * 1000);
    }
  return NULL;
}

/* A worker whose socket closed in a call run on a thread is awaited, not
 * killed at once, as a main loop awaits one: it hangs up and lives on
 * here; its own end, not a SIGKILL of the pool's, is what the caller hears. */
static void
test_hung_up_awaited (Fixture *f, gconstpointer data)
{
  g_autoptr (PrecisPlugin) hangup = open_plugin ("tests/plugins/hangup.so");
  PrecisAnalysis a;
  HungUpThread h = { .caller = (pid_t) syscall (SYS_gettid) };
  PrecisWorkerPool *pool = pool_of_one (f, hangup, &h.worker);
  GThread *watcher;

  prepare (f, &a, hangup, NULL);
  expect_crash_warning ();
  watcher = g_thread_new ("hung-up", abort_when_hung_up_thread, &h);
  /* The deadline is a hang guard: past it the worker is killed. */
  precis_worker_pool_run (pool, &a, CANCEL_DEADLINE_S);
  g_atomic_int_set (&h.done, TRUE);
  g_thread_join (watcher);
  assert_ended_by_its_crash (&a, h.seen_hung_up, h.worker, pool);
}

/* Children this thread forked (a child's parent is the thread that forked
 * it, while that thread lives). */
static gboolean
forked_here (pid_t pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/self/task/%d/children", (int) gettid ());
  g_autofree char *list = NULL;
  g_auto (GStrv) pids = NULL;

  g_assert_true (g_file_get_contents (path, &list, NULL, NULL));
  pids = g_strsplit_set (g_strstrip (list), " ", -1);
  for (guint i = 0; pids[i] != NULL; i++)
    if (pids[i][0] != '\0' && atoi (pids[i]) == pid)
      return TRUE;
  return FALSE;
}

/* A new set of plugins (precisd's plugin monitor sets it from its main
 * loop): the fresh workers are started on a chore thread, not on the
 * caller's, which waits for no fork and exec.  Where each was forked
 * shows it, whatever the machine's speed. */
static void
test_plugins_set_off_caller (Fixture *f, gconstpointer data)
{
  g_autofree char *program = g_build_filename (PRECIS_BUILD_ROOT, "daemon", "precis-worker", NULL);
  g_autoptr (GPtrArray) plugins = g_ptr_array_new ();
  g_autoptr (GArray) before = NULL;
  g_autoptr (GArray) now = NULL;
  PrecisWorkerPool *pool;
  guint fresh = 0, max_idle;
  gint max_unused;

  /* A child whose forking thread has exited belongs to the main thread:
   * keep GLib's idle pool threads alive while we look (by default it ends
   * those beyond two half a second after their work, which a loaded
   * machine gives it time to do). */
  max_unused = g_thread_pool_get_max_unused_threads ();
  max_idle = g_thread_pool_get_max_idle_time ();
  g_thread_pool_set_max_unused_threads (-1);
  g_thread_pool_set_max_idle_time (0);
  g_ptr_array_add (plugins, f->lead);
  g_assert_true (precis_worker_pool_wait_ready (f->pool, 30000));
  before = children ();
  pool = precis_worker_pool_new ((const char *const[]) { program, NULL }, 2);
  precis_worker_pool_set_plugins (pool, plugins);
  g_assert_true (precis_worker_pool_wait_ready (pool, 30000));
  now = children ();
  for (guint i = 0; i < now->len; i++)
    {
      pid_t pid = g_array_index (now, pid_t, i);
      gboolean old = FALSE;

      for (guint j = 0; j < before->len; j++)
        old |= g_array_index (before, pid_t, j) == pid;
      if (old)
        continue;
      fresh++;
      g_assert_false (forked_here (pid));
    }
  /* The two kept warm, started all the same. */
  g_assert_cmpuint (fresh, ==, 2);
  g_assert_cmpuint (precis_worker_pool_get_spawned (pool), ==, 2);
  precis_worker_pool_free (pool);
  g_thread_pool_set_max_unused_threads (max_unused);
  g_thread_pool_set_max_idle_time (max_idle);
}

/* --- probes --------------------------------------------------------------------- */

static PrecisPlugin *
copy_plugin (const char *relative)
{
  g_autofree char *path = g_build_filename (PRECIS_BUILD_ROOT, relative, NULL);
  g_autoptr (GError) error = NULL;
  PrecisPlugin *plugin = precis_plugin_copy (path, &error);

  g_assert_no_error (error);
  g_assert_null (precis_plugin_get_descriptor (plugin));  /* nothing of it ran here */
  return plugin;
}

/* One probe of several plugins: those that load are described, the ones
 * that crash are quarantined with the reason, and the ones after a crash
 * are still probed (in a fresh worker). */
static void
test_probe (void)
{
  g_autofree char *program = g_build_filename (PRECIS_BUILD_ROOT, "daemon", "precis-worker", NULL);
  g_autoptr (GPtrArray) plugins = g_ptr_array_new_with_free_func ((GDestroyNotify) precis_plugin_unref);
  const char *files[] = { "plugins/lead/lead.so", "tests/plugins/at-load/ctor-crash.so",
                          "tests/plugins/at-load/load-crash.so", "tests/plugins/load-fails.so",
                          "tests/plugins/at-load/load-exit.so", "tests/plugins/swapin.so" };
  PrecisPlugin *p;

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    g_ptr_array_add (plugins, copy_plugin (files[i]));
  g_test_expect_message ("precis", G_LOG_LEVEL_WARNING, "plugin ctor-crash (*ctor-crash.so) crashed (SIGSEGV*) as it was mapped*quarantined*");
  g_test_expect_message ("precis", G_LOG_LEVEL_WARNING, "plugin load-crash (*load-crash.so) crashed (SIGSEGV*) in its load()*quarantined*");
  g_test_expect_message ("precis", G_LOG_LEVEL_WARNING, "plugin load-exit (*load-exit.so) crashed (exit status 4) in its load()*quarantined*");
  precis_worker_probe ((const char *const[]) { program, NULL }, plugins, 30);
  g_test_assert_expected_messages ();

  p = plugins->pdata[0];
  g_assert_cmpstr (precis_plugin_get_name (p), ==, "lead");
  g_assert_true (precis_plugin_has_capability (p, PRECIS_CAPABILITY_SUMMARIZE));
  g_assert_false (precis_plugin_is_quarantined (p));
  g_assert_null (precis_plugin_get_refusal (p));

  p = plugins->pdata[1];
  g_assert_true (precis_plugin_crashed_at_load (p) && precis_plugin_is_quarantined (p));
  g_assert_cmpstr (precis_plugin_get_name (p), ==, "ctor-crash");  /* its file's name */
  g_assert_cmpuint (precis_plugin_get_descriptor (p)->capabilities, ==, 0);

  p = plugins->pdata[2];
  g_assert_true (precis_plugin_crashed_at_load (p) && precis_plugin_is_quarantined (p));
  g_assert_cmpstr (precis_plugin_get_name (p), ==, "load-crash");  /* as it said before its load() */
  g_assert_true (precis_plugin_has_capability (p, PRECIS_CAPABILITY_SUMMARIZE));
  {
    g_autofree char *why = precis_plugin_describe_quarantine (p);

    g_assert_nonnull (strstr (why, "SIGSEGV"));
    g_assert_nonnull (strstr (why, "in its load()"));
  }

  p = plugins->pdata[3];
  g_assert_false (precis_plugin_is_quarantined (p));
  g_assert_nonnull (strstr (precis_plugin_get_refusal (p), "model file missing (on purpose)"));

  p = plugins->pdata[4];
  g_assert_true (precis_plugin_crashed_at_load (p));

  p = plugins->pdata[5];
  g_assert_cmpstr (precis_plugin_get_name (p), ==, "swapin");
  g_assert_false (precis_plugin_is_quarantined (p));
  g_assert_null (precis_plugin_get_refusal (p));
}

static void
test_probe_frames (void)
{
  PrecisPluginDescriptor d = { .abi_version = PRECIS_PLUGIN_ABI_VERSION, .name = "x", .version = "1",
                               .description = "d", .capabilities = PRECIS_CAPABILITY_FACTS };
  g_autoptr (GByteArray) described = precis_wire_encode_described (7, &d);
  g_autoptr (GByteArray) loaded = precis_wire_encode_loaded (7, "no model");
  g_autofree char *name = NULL, *version = NULL, *description = NULL, *refusal = NULL;
  guint32 index, capabilities;

  g_assert_true (precis_wire_decode_described (described->data + 8, described->len - 8, &index, &name,
                                               &version, &description, &capabilities));
  g_assert_cmpuint (index, ==, 7);
  g_assert_cmpstr (name, ==, "x");
  g_assert_cmpstr (version, ==, "1");
  g_assert_cmpstr (description, ==, "d");
  g_assert_cmpuint (capabilities, ==, PRECIS_CAPABILITY_FACTS);
  g_assert_true (precis_wire_decode_loaded (loaded->data + 8, loaded->len - 8, &index, &refusal));
  g_assert_cmpstr (refusal, ==, "no model");
  /* Every cut is malformed and leaves nothing behind. */
  for (guint cut = 0; cut < described->len - 8; cut++)
    {
      char *n = NULL, *v = NULL, *ds = NULL;

      g_assert_false (precis_wire_decode_described (described->data + 8, cut, &index, &n, &v, &ds,
                                                    &capabilities));
      g_assert_true (n == NULL && v == NULL && ds == NULL);
    }
  for (guint cut = 0; cut < loaded->len - 8; cut++)
    {
      char *r = NULL;

      g_assert_false (precis_wire_decode_loaded (loaded->data + 8, cut, &index, &r));
      g_assert_null (r);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("PRECIS_DATA_DIR", PRECIS_SOURCE_ROOT "/data", FALSE);
  g_test_add_func ("/worker/wire/result", test_result_round_trip);
  g_test_add_func ("/worker/wire/error", test_error_frame);
  g_test_add_func ("/worker/wire/malformed", test_malformed);
  g_test_add_func ("/worker/running/handover", test_running_handover);
  g_test_add_func ("/worker/wire/request", test_request_round_trip);
  g_test_add_func ("/worker/wire/probe", test_probe_frames);
  g_test_add_func ("/worker/probe", test_probe);
  g_test_add ("/worker/pool/answers", Fixture, NULL, setup, test_answers, teardown);
  g_test_add ("/worker/pool/crashes", Fixture, NULL, setup, test_crashes, teardown);
  g_test_add ("/worker/pool/quarantine", Fixture, NULL, setup, test_quarantine, teardown);
  g_test_add ("/worker/pool/deadline", Fixture, NULL, setup, test_deadline, teardown);
  g_test_add ("/worker/pool/cancel", Fixture, NULL, setup, test_cancel, teardown);
  g_test_add ("/worker/pool/running-while-late", Fixture, NULL, setup, test_running_while_late, teardown);
  /* The same, awaited by a main loop instead of a blocked thread. */
  g_test_add ("/worker/pool/async/answers", Fixture, "async", setup, test_answers, teardown);
  g_test_add ("/worker/pool/async/crashes", Fixture, "async", setup, test_crashes, teardown);
  g_test_add ("/worker/pool/async/quarantine", Fixture, "async", setup, test_quarantine, teardown);
  g_test_add ("/worker/pool/async/deadline", Fixture, "async", setup, test_deadline, teardown);
  g_test_add ("/worker/pool/async/cancel", Fixture, "async", setup, test_cancel, teardown);
  g_test_add ("/worker/pool/async/cancel-from-loop", Fixture, "async", setup, test_cancel_from_loop, teardown);
  g_test_add ("/worker/pool/async/killed-reaped-off-loop", Fixture, "async", setup,
              test_killed_reaped_off_loop, teardown);
  g_test_add ("/worker/pool/async/malformed-reaped-off-loop", Fixture, "async", setup,
              test_malformed_reaped_off_loop, teardown);
  g_test_add ("/worker/pool/async/hung-up-awaited-off-loop", Fixture, "async", setup,
              test_hung_up_awaited_off_loop, teardown);
  g_test_add ("/worker/pool/hung-up-awaited", Fixture, NULL, setup, test_hung_up_awaited, teardown);
  g_test_add ("/worker/pool/plugins-set-off-caller", Fixture, NULL, setup, test_plugins_set_off_caller,
              teardown);
  g_test_add ("/worker/pool/async/replaced-off-loop", Fixture, "async", setup, test_replaced_off_loop, teardown);
  g_test_add ("/worker/pool/async/old-set-leaves-off-loop", Fixture, "async", setup,
              test_old_set_leaves_off_loop, teardown);
  return g_test_run ();
}
