/* refusals.c — test plugins, one per way a plugin can be refused or fail.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Built several times with a different TEST_PLUGIN_KIND; see meson.build.
 */
#include <precis/precis-plugin.h>

#include <unistd.h>

G_GNUC_UNUSED static gboolean
first_sentences (gpointer state, const PrecisDocument *doc, const PrecisRequest *request,
                 GArray *ranked, GError **error)
{
  for (guint32 i = 0; i < doc->n_sentences && ranked->len < request->n_sentences; i++)
    if (precis_sentence_is_content (&doc->sentences[i]))
      {
        PrecisScoredSentence s = { i, 1.0 / (1 + i) };
        g_array_append_val (ranked, s);
      }
  return TRUE;
}

#if TEST_PLUGIN_KIND == 1          /* bad-abi: a future ABI */
#define ABI (PRECIS_PLUGIN_ABI_VERSION + 1)
#define NAME "bad-abi"
#define SUMMARIZE first_sentences
#define LOAD NULL
#elif TEST_PLUGIN_KIND == 2        /* load-fails */
static gboolean
failing_load (const char *data_dir, gpointer *state, GError **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "model file missing (on purpose)");
  return FALSE;
}
#define ABI PRECIS_PLUGIN_ABI_VERSION
#define NAME "load-fails"
#define SUMMARIZE first_sentences
#define LOAD failing_load
#elif TEST_PLUGIN_KIND == 3        /* out-of-range: returns an index past the end */
static gboolean
out_of_range (gpointer state, const PrecisDocument *doc, const PrecisRequest *request,
              GArray *ranked, GError **error)
{
  PrecisScoredSentence s = { doc->n_sentences + 7, 1.0 };
  g_array_append_val (ranked, s);
  return TRUE;
}
#define ABI PRECIS_PLUGIN_ABI_VERSION
#define NAME "out-of-range"
#define SUMMARIZE out_of_range
#define LOAD NULL
#elif TEST_PLUGIN_KIND == 4        /* slow: the first sentences, after a pause */
static gboolean
slow (gpointer state, const PrecisDocument *doc, const PrecisRequest *request,
      GArray *ranked, GError **error)
{
  const char *ms = g_getenv ("PRECIS_TEST_SLOW_MS");

  g_usleep ((ms ? g_ascii_strtoull (ms, NULL, 10) : 1500) * 1000);
  return first_sentences (state, doc, request, ranked, error);
}
#define ABI PRECIS_PLUGIN_ABI_VERSION
#define NAME "slow"
#define SUMMARIZE slow
#define LOAD NULL
#elif TEST_PLUGIN_KIND == 5        /* errors: summarize reports a failure */
static gboolean
erring (gpointer state, const PrecisDocument *doc, const PrecisRequest *request,
        GArray *ranked, GError **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "it failed on purpose");
  return FALSE;
}
#define ABI PRECIS_PLUGIN_ABI_VERSION
#define NAME "errors"
#define SUMMARIZE erring
#define LOAD NULL
#elif TEST_PLUGIN_KIND == 7        /* no-symbol: a shared object without the entry point */
#define ABI PRECIS_PLUGIN_ABI_VERSION
#define NAME "no-symbol"
#define SUMMARIZE first_sentences
#define LOAD NULL
#elif TEST_PLUGIN_KIND >= 8 && TEST_PLUGIN_KIND <= 11  /* misbehaving: a plugin's worst */
#include <signal.h>
#include <stdlib.h>
static gboolean
misbehave (gpointer state, const PrecisDocument *doc, const PrecisRequest *request,
           GArray *ranked, GError **error)
{
#if TEST_PLUGIN_KIND == 8          /* segfault */
  raise (SIGSEGV);
#elif TEST_PLUGIN_KIND == 9        /* abort */
  abort ();
#elif TEST_PLUGIN_KIND == 10       /* exit */
  exit (3);
#else                              /* loop: forever, ignoring the cancellable */
  for (volatile guint64 i = 0;; i++)
    ;
#endif
  return first_sentences (state, doc, request, ranked, error);
}
#define ABI PRECIS_PLUGIN_ABI_VERSION
#define NAME TEST_PLUGIN_NAME
#define SUMMARIZE misbehave
#define LOAD NULL
#elif TEST_PLUGIN_KIND == 12       /* ctor-crash: dies as it is mapped, before any entry point */
#include <signal.h>
__attribute__ ((constructor)) static void
crash_when_mapped (void)
{
  raise (SIGSEGV);
}
#define ABI PRECIS_PLUGIN_ABI_VERSION
#define NAME TEST_PLUGIN_NAME
#define SUMMARIZE first_sentences
#define LOAD NULL
#elif TEST_PLUGIN_KIND >= 13 && TEST_PLUGIN_KIND <= 15  /* load-crash, load-abort, load-exit */
#include <signal.h>
#include <stdlib.h>
static gboolean
crashing_load (const char *data_dir, gpointer *state, GError **error)
{
#if TEST_PLUGIN_KIND == 13
  raise (SIGSEGV);
#elif TEST_PLUGIN_KIND == 14
  abort ();
#else
  exit (4);
#endif
  return TRUE;
}
#define ABI PRECIS_PLUGIN_ABI_VERSION
#define NAME TEST_PLUGIN_NAME
#define SUMMARIZE first_sentences
#define LOAD crashing_load
#elif TEST_PLUGIN_KIND == 16       /* hog: allocates (and touches) 2 GiB before it answers */
#include <string.h>
static gboolean
hog (gpointer state, const PrecisDocument *doc, const PrecisRequest *request,
     GArray *ranked, GError **error)
{
  g_autoptr (GPtrArray) chunks = g_ptr_array_new_with_free_func (g_free);

  /* Bounded, so that a worker without a limit (a bug) fails the test
   * instead of taking the machine's memory. */
  for (guint i = 0; i < 32; i++)
    {
      gpointer chunk = g_malloc (64u << 20);

      memset (chunk, (int) i, 64u << 20);
      g_ptr_array_add (chunks, chunk);
    }
  return first_sentences (state, doc, request, ranked, error);
}
#define ABI PRECIS_PLUGIN_ABI_VERSION
#define NAME TEST_PLUGIN_NAME
#define SUMMARIZE hog
#define LOAD NULL
#elif TEST_PLUGIN_KIND == 17 || TEST_PLUGIN_KIND == 18
/* hangup closes its worker's socket, babble writes a frame no worker sends
 * on it; either way the worker lives on (it sleeps) until it is killed. */
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#if TEST_PLUGIN_KIND == 17
static gint parked;

static void
sleep_forever (int sig)
{
  g_atomic_int_inc (&parked);
  for (;;)
    g_usleep (G_USEC_PER_SEC);
}

/* precis-worker's watcher thread polls the socket: were the socket closed
 * under it (or before it first polls, on a loaded machine), its poll would
 * see POLLNVAL and end the worker, which must live on here.  So every
 * other thread is parked first in a signal handler that never returns (a
 * poll it was in lets go of its files), and only then is the socket closed. */
static void
park_other_threads (void)
{
  struct sigaction action = { .sa_handler = sleep_forever };
  GDir *tasks = g_dir_open ("/proc/self/task", 0, NULL);
  const char *name;
  gint signalled = 0;

  sigaction (SIGUSR1, &action, NULL);
  while (tasks != NULL && (name = g_dir_read_name (tasks)) != NULL)
    if (atoi (name) != (int) syscall (SYS_gettid) &&
        syscall (SYS_tgkill, getpid (), atoi (name), SIGUSR1) == 0)
      signalled++;
  if (tasks != NULL)
    g_dir_close (tasks);
  while (g_atomic_int_get (&parked) < signalled)
    g_usleep (1000);
}
#endif
static gboolean
misuse_socket (gpointer state, const PrecisDocument *doc, const PrecisRequest *request,
               GArray *ranked, GError **error)
{
#if TEST_PLUGIN_KIND == 17
  park_other_threads ();
#endif
  for (int fd = 3; fd < 1024; fd++)
    {
      struct stat st;

      if (fstat (fd, &st) != 0 || !S_ISSOCK (st.st_mode))
        continue;
#if TEST_PLUGIN_KIND == 17
      close (fd);
#else
      static const char junk[] = "not a frame, not a frame, not a frame";

      if (write (fd, junk, sizeof junk) < 0)
        continue;
#endif
    }
  for (;;)
    g_usleep (G_USEC_PER_SEC);
  return FALSE;
}
#define ABI PRECIS_PLUGIN_ABI_VERSION
#define NAME TEST_PLUGIN_NAME
#define SUMMARIZE misuse_socket
#define LOAD NULL
#elif TEST_PLUGIN_KIND == 19       /* held: its load() waits while the file PRECIS_TEST_HOLD_FILE names is there */
static gboolean
held_load (const char *data_dir, gpointer *state, GError **error)
{
  const char *hold = g_getenv ("PRECIS_TEST_HOLD_FILE");

  /* A worker that loads it is not ready until the test lets it be (a
   * minute at most: a test that fails first does not leave it stuck). */
  for (guint i = 0; hold != NULL && access (hold, F_OK) == 0 && i < 6000; i++)
    g_usleep (10 * 1000);
  return TRUE;
}
#define ABI PRECIS_PLUGIN_ABI_VERSION
#define NAME TEST_PLUGIN_NAME
#define SUMMARIZE first_sentences
#define LOAD held_load
#elif TEST_PLUGIN_KIND == 20       /* gated: its summarize waits while the file PRECIS_TEST_HOLD_FILE names is there */
static gboolean
gated (gpointer state, const PrecisDocument *doc, const PrecisRequest *request,
       GArray *ranked, GError **error)
{
  const char *hold = g_getenv ("PRECIS_TEST_HOLD_FILE");

  /* Its call holds its worker thread until the test lets it go (a minute
   * at most: a test that fails first does not leave it stuck). */
  for (guint i = 0; hold != NULL && access (hold, F_OK) == 0 && i < 6000; i++)
    g_usleep (10 * 1000);
  return first_sentences (state, doc, request, ranked, error);
}
#define ABI PRECIS_PLUGIN_ABI_VERSION
#define NAME TEST_PLUGIN_NAME
#define SUMMARIZE gated
#define LOAD NULL
#elif TEST_PLUGIN_KIND == 6        /* second: a well-behaved plugin named by TEST_PLUGIN_NAME */
#define ABI PRECIS_PLUGIN_ABI_VERSION
#define NAME TEST_PLUGIN_NAME
#define SUMMARIZE first_sentences
#define LOAD NULL
#endif

G_GNUC_UNUSED static const PrecisPluginDescriptor descriptor = {
  .abi_version = ABI,
  .name = NAME,
  .version = "0",
  .description = "test plugin " NAME,
  .capabilities = PRECIS_CAPABILITY_SUMMARIZE,
  .load = LOAD,
  .summarize = SUMMARIZE,
};

#if TEST_PLUGIN_KIND != 7
PRECIS_PLUGIN_DEFINE (descriptor)
#endif
