/* precis-worker.c — the process precisd runs analyses and plugins in.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Started by precisd (libprecis/worker/process.c), never by hand:
 *   precis-worker --socket=FD [--plugin=FD:PATH]...
 * loads the plugin images it was given (the sealed copies precisd
 * checked), enters its seccomp sandbox, then answers analysis requests on
 * the socket until precisd closes it.
 */
#include "config.h"

#include <errno.h>
#include <locale.h>
#include <poll.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analysis.h"
#include "data-dir.h"
#include "pipeline.h"
#include "plugin.h"
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
  g_autoptr (GError) error = NULL;
  pthread_t watcher;
  int socket_fd = -1;

  setlocale (LC_ALL, "");
  for (int i = 1; i < argc; i++)
    {
      const char *rest;
      int fd;

      if (g_str_has_prefix (argv[i], "--socket=") && parse_fd (argv[i] + 9, &fd, &rest) && *rest == '\0')
        socket_fd = fd;
      else if (g_str_has_prefix (argv[i], "--plugin=") && parse_fd (argv[i] + 9, &fd, &rest) &&
               *rest == ':')
        {
          PrecisPlugin *plugin = precis_plugin_open_image (fd, rest + 1, precis_data_dir (), &error);

          /* Its index stays taken: precisd numbers plugins by their place here. */
          if (plugin == NULL)
            {
              g_warning ("%s", error->message);
              g_clear_error (&error);
            }
          g_ptr_array_add (plugins, plugin);
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
  return precis_worker_serve (socket_fd, plugins);
}
