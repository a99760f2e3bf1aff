/* precis-worker.c — the process precisd runs analyses and plugins in.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Started by precisd (libprecis/worker/process.c), never by hand:
 *   precis-worker --socket=FD [--running-word=FD] [--probe] [--memory-limit-mb=N] [--plugin=FD:PATH]...
 * loads the plugin images it was given (the sealed copies precisd
 * checked), enters its seccomp sandbox, then answers analysis requests on
 * the socket until precisd closes it.  With --probe it only loads them,
 * reporting on each (libprecis/worker/probe.h), and exits: precisd itself
 * runs no plugin code.  --memory-limit-mb caps its data (RLIMIT_DATA: heap
 * and private writable mappings); an allocation refused then ends it with
 * PRECIS_WORKER_EXIT_NO_MEMORY, which precisd names.  --running-word is
 * the memory it shares with precisd to say which plugin runs (serve.h).
 */
#include "config.h"

#include <errno.h>
#include <locale.h>
#include <poll.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

#include "analysis.h"
#include "data-dir.h"
#include "malloc-tune.h"
#include "pipeline.h"
#include "plugin.h"
#include "process.h"
#include "sandbox.h"
#include "serve.h"

#ifdef PRECIS_SANITIZED
/* A plugin's crash must end the worker with its own signal, which precisd
 * reports (and counts towards quarantine); AddressSanitizer's handlers
 * would turn it into a report and exit status 1. */
const char *__asan_default_options (void);
/* Seen by the (shared) ASan run-time only if exported. */
G_GNUC_UNUSED __attribute__ ((visibility ("default"))) const char *
__asan_default_options (void)
{
  return "handle_segv=0:handle_sigbus=0:handle_abort=0:handle_sigfpe=0:handle_sigill=0";
}
#endif

static void
plugin_unref0 (gpointer plugin)
{
  if (plugin != NULL)
    precis_plugin_unref (plugin);
}

/* Run the pipeline once, before READY: what it sets up on first use
 * (language identification, word lists, the time zone) is then not paid
 * by precisd's first call to this worker. */
static void
warm_up (void)
{
  static const char text[] = "The talks resumed on Monday in Geneva. Both sides said they were hopeful.";
  PrecisCallOptions options;
  PrecisAnalysis analysis = { .text = text, .length = sizeof text - 1, .options = &options };

  precis_call_options_init (&options);
  precis_analysis_run (&analysis);
  precis_analysis_clear (&analysis);
  precis_call_options_clear (&options);
}

static gboolean
parse_fd (const char *text, int *fd, const char **rest)
{
  char *end;
  long value = strtol (text, &end, 10);

  if (end == text || value < 3 || value > 65535)
    return FALSE;
  *fd = (int) value;
  *rest = end;
  return TRUE;
}

/* The word of the memfd `fd` (sealed by precisd to its size), mapped
 * shared; the descriptor is closed. */
static guint32 *
map_running_word (int fd)
{
  void *word = mmap (NULL, sizeof (guint32), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);

  close (fd);
  return word == MAP_FAILED ? NULL : word;
}

/* GLib's allocators end the process with g_error ("failed to allocate N
 * bytes") when malloc refuses: over the limit, that is the worker's limit
 * speaking, and precisd is told so by the exit status instead of a
 * SIGTRAP it could not tell from a crash. */
static GLogWriterOutput
write_log (GLogLevelFlags level, const GLogField *fields, gsize n_fields, gpointer data)
{
  if (level & G_LOG_LEVEL_ERROR)
    for (gsize i = 0; i < n_fields; i++)
      if (strcmp (fields[i].key, "MESSAGE") == 0 && fields[i].length < 0 &&
          strstr (fields[i].value, "failed to allocate") != NULL)
        {
          static const char line[] = "precis-worker: out of memory (--memory-limit-mb)\n";

          if (write (STDERR_FILENO, line, sizeof line - 1) < 0)
            {
              /* Nothing more to do about it. */
            }
          _exit (PRECIS_WORKER_EXIT_NO_MEMORY);
        }
  return g_log_writer_default (level, fields, n_fields, data);
}

/* Cap the worker's data at `mb` MiB (0: no cap), before any plugin loads:
 * a plugin that allocates without end, in its load() or in a call, costs
 * that worker, never the machine. */
static gboolean
limit_memory (guint64 mb)
{
  if (mb == 0)
    return TRUE;
#ifdef PRECIS_SANITIZED
  /* AddressSanitizer's shadow memory alone is terabytes of it. */
  g_printerr ("precis-worker: no memory limit in a sanitizer build (--memory-limit-mb=%" G_GUINT64_FORMAT
              " ignored)\n", mb);
  return TRUE;
#else
  struct rlimit limit = { (rlim_t) mb << 20, (rlim_t) mb << 20 };

  if (setrlimit (RLIMIT_DATA, &limit) == 0)
    return TRUE;
  g_printerr ("precis-worker: cannot limit its memory to %" G_GUINT64_FORMAT " MiB: %s\n", mb,
              g_strerror (errno));
  return FALSE;
#endif
}

/* A plugin stuck in a loop never reads the socket again, so the worker
 * would outlive a precisd killed meanwhile.  This thread only waits for
 * precisd's end of the socket to close, and ends the process then.  It
 * starts after the filter is in place (it needs only poll and exit), and
 * it is no PR_SET_PDEATHSIG: that follows the *thread* of precisd that
 * spawned the worker, and precisd's pool threads come and go. */
static gpointer
watch_precisd (gpointer data)
{
  struct pollfd watched = { .fd = GPOINTER_TO_INT (data), .events = POLLRDHUP };

  for (;;)
    {
      int n = poll (&watched, 1, -1);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0 || (watched.revents & (POLLRDHUP | POLLHUP | POLLERR | POLLNVAL)))
        _exit (0);
    }
  return NULL;
}

int
main (int argc, char **argv)
{
  g_autoptr (GPtrArray) plugins = g_ptr_array_new_with_free_func (plugin_unref0);
  g_autoptr (GArray) image_fds = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr (GPtrArray) paths = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  gboolean probe = FALSE;
  guint64 memory_mb = 0;
  pthread_t watcher;
  int socket_fd = -1, running_fd = -1;
  guint32 *running_word, unshared_word = 0;

  precis_malloc_keep_warm ();
  g_log_set_writer_func (write_log, NULL, NULL);
  setlocale (LC_ALL, "");
  for (int i = 1; i < argc; i++)
    {
      const char *rest;
      int fd;

      if (g_str_has_prefix (argv[i], "--socket=") && parse_fd (argv[i] + 9, &fd, &rest) && *rest == '\0')
        socket_fd = fd;
      else if (g_str_has_prefix (argv[i], "--running-word=") && parse_fd (argv[i] + 15, &fd, &rest) &&
               *rest == '\0')
        running_fd = fd;
      else if (strcmp (argv[i], "--probe") == 0)
        probe = TRUE;
      else if (g_str_has_prefix (argv[i], "--memory-limit-mb=") &&
               g_ascii_string_to_unsigned (argv[i] + 18, 10, 0, G_MAXUINT32, &memory_mb, NULL))
        ;
      else if (g_str_has_prefix (argv[i], "--plugin=") && parse_fd (argv[i] + 9, &fd, &rest) &&
               *rest == ':')
        {
          g_array_append_val (image_fds, fd);
          g_ptr_array_add (paths, (gpointer) (rest + 1));
        }
      else
        {
          g_printerr ("precis-worker: precisd starts this program; unknown argument %s\n", argv[i]);
          return 2;
        }
    }
  if (socket_fd < 0)
    {
      g_printerr ("precis-worker: precisd starts this program with --socket=FD\n");
      return 2;
    }
  if (!limit_memory (memory_mb))
    return 1;
  running_word = running_fd >= 0 ? map_running_word (running_fd) : &unshared_word;
  if (running_word == NULL)
    {
      g_printerr ("precis-worker: cannot map the word it shares with precisd: %s\n", g_strerror (errno));
      return 1;
    }
  if (probe)
    return precis_worker_serve_probe (socket_fd, image_fds->len, (const int *) image_fds->data,
                                      (const char *const *) paths->pdata, precis_data_dir ());
  for (guint i = 0; i < image_fds->len; i++)
    {
      PrecisPlugin *plugin = precis_plugin_open_image (g_array_index (image_fds, int, i), paths->pdata[i],
                                                       precis_data_dir (), NULL, NULL, &error);

      /* Its index stays taken: precisd numbers plugins by their place here. */
      if (plugin == NULL)
        {
          g_warning ("%s", error->message);
          g_clear_error (&error);
        }
      g_ptr_array_add (plugins, plugin);
    }
  if (!precis_pipeline_init (precis_data_dir (), &error))
    {
      g_printerr ("precis-worker: %s\n", error->message);
      return 1;
    }
  warm_up ();
  if (!precis_worker_sandbox_enter (&error))
    {
      g_printerr ("precis-worker: %s\n", error->message);
      return 1;
    }
  /* pthread, not GThread: GLib names its threads with prctl, which the
   * filter forbids. */
  if (pthread_create (&watcher, NULL, watch_precisd, GINT_TO_POINTER (socket_fd)) != 0)
    {
      g_printerr ("precis-worker: cannot start the thread that watches precisd\n");
      return 1;
    }
  pthread_detach (watcher);
  return precis_worker_serve (socket_fd, running_word, plugins);
}
