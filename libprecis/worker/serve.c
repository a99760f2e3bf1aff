/* serve.c — the worker's side of the protocol.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * One request at a time, on the main thread of precis-worker: precisd
 * runs as many workers as it runs calls at once.  The worker does no
 * cancellation and keeps no deadline: precisd kills it for both.
 */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "analysis.h"
#include "errors.h"
#include "plugin.h"
#include "serve.h"
#include "wire-analysis.h"
#include "wire-probe.h"

/* Read or write (`out`) all of `length` bytes on a blocking descriptor. */
static gboolean
transfer_all (int fd, gboolean out, guint8 *p, gsize length)
{
  while (length > 0)
    {
      ssize_t n = out ? send (fd, p, length, MSG_NOSIGNAL) : read (fd, p, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      p += n;
      length -= n;
    }
  return TRUE;
}

static gboolean
send_frame (int fd, GByteArray *frame)
{
  gboolean ok = frame != NULL && transfer_all (fd, TRUE, frame->data, frame->len);

  if (frame != NULL)
    g_byte_array_unref (frame);
  return ok;
}

typedef struct {
  guint32 *running_word;
  PrecisAnalysis *analysis;
} Progress;

/* precisd reads the word only when it needs it (the call overran, or the
 * worker died): a frame would wake it twice a call for nothing. */
static void
on_plugin_started (PrecisPlugin *plugin, gpointer data)
{
  Progress *progress = data;
  guint32 which = plugin == progress->analysis->summarizer ? PRECIS_RUNNING_SUMMARIZER
                                                           : PRECIS_RUNNING_EXTRACTOR;

  __atomic_store_n (progress->running_word, which, __ATOMIC_RELEASE);
}

static PrecisPlugin *
plugin_at (GPtrArray *plugins, guint32 index, gboolean *missing)
{
  if (index == PRECIS_WIRE_NO_PLUGIN)
    return NULL;
  if (index >= plugins->len || plugins->pdata[index] == NULL)
    {
      *missing = TRUE;
      return NULL;
    }
  return precis_plugin_ref (plugins->pdata[index]);
}

static gboolean
answer (int fd, guint32 *running_word, GPtrArray *plugins, PrecisWireRequest *request)
{
  PrecisAnalysis analysis = {
    .text = request->text,
    .length = request->length,
    .options = &request->options,
    .heading_lines = g_steal_pointer (&request->heading_lines),
    .page_published = g_steal_pointer (&request->page_published),
    .page_title = request->page_title,
    .page_language = request->page_language,
  };
  Progress progress = { running_word, &analysis };
  gboolean missing = FALSE, ok;

  analysis.summarizer = plugin_at (plugins, request->summarizer, &missing);
  analysis.extractor = plugin_at (plugins, request->extractor, &missing);
  analysis.plugin_started = on_plugin_started;
  analysis.plugin_started_data = &progress;
  if (missing)
    g_set_error (&analysis.error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED,
                 "the plugin could not be loaded in the analysis worker");
  else
    precis_analysis_run (&analysis);
  ok = send_frame (fd, precis_wire_encode_result (&analysis));
  precis_analysis_clear (&analysis);
  return ok;
}

/* A request fits in one read this size mostly (news articles are a few
 * KB): header and payload then come in one system call. */
#define FIRST_READ (64 * 1024)

/* The next request's payload: in `buffer` (FIRST_READ bytes) if it fits,
 * else a new allocation (*own).  NULL when precisd closed its end
 * (*closed) or sent what is no request. */
static guint8 *
read_request (int fd, guint8 *buffer, guint32 *length, guint8 **own, gboolean *closed)
{
  PrecisWireKind kind;
  gsize got = 0;

  *own = NULL;
  *closed = FALSE;
  /* Wait in poll, not in read: precisd's recv of the last answer frees
   * its bytes on this socket and wakes whoever waits on it for room to
   * write, and a blocked read is woken then for nothing (a context switch
   * a call); poll waits for input only. */
  while (poll (&(struct pollfd) { .fd = fd, .events = POLLIN }, 1, -1) < 0)
    if (errno != EINTR)
      return NULL;
  while (got < PRECIS_WIRE_HEADER_SIZE)
    {
      ssize_t n = read (fd, buffer + got, FIRST_READ - got);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          *closed = got == 0;  /* precisd closed its end: time to go */
          return NULL;
        }
      got += n;
    }
  if (!precis_wire_parse_header (buffer, PRECIS_WIRE_MAX_PAYLOAD, &kind, length) ||
      kind != PRECIS_WIRE_REQUEST || got > PRECIS_WIRE_HEADER_SIZE + (gsize) *length)
    return NULL;  /* precisd sends one request at a time */
  if (PRECIS_WIRE_HEADER_SIZE + (gsize) *length <= FIRST_READ)
    {
      if (!transfer_all (fd, FALSE, buffer + got, PRECIS_WIRE_HEADER_SIZE + *length - got))
        return NULL;
      return buffer + PRECIS_WIRE_HEADER_SIZE;
    }
  *own = g_malloc (*length);
  memcpy (*own, buffer + PRECIS_WIRE_HEADER_SIZE, got - PRECIS_WIRE_HEADER_SIZE);
  if (!transfer_all (fd, FALSE, *own + got - PRECIS_WIRE_HEADER_SIZE,
                     *length - (got - PRECIS_WIRE_HEADER_SIZE)))
    g_clear_pointer (own, g_free);
  return *own;
}

int
precis_worker_serve (int fd, guint32 *running_word, GPtrArray *plugins)
{
  GByteArray *ready = precis_wire_begin (PRECIS_WIRE_READY);
  g_autofree guint8 *buffer = g_malloc (FIRST_READ);

  /* precisd gives calls to a worker that said this first, if it has one. */
  precis_wire_end (ready);
  if (!send_frame (fd, ready))
    return 1;
  for (;;)
    {
      g_autofree guint8 *own = NULL;
      PrecisWireRequest request;
      gboolean closed;
      guint32 length;
      guint8 *payload = read_request (fd, buffer, &length, &own, &closed);

      if (payload == NULL)
        return closed ? 0 : 1;
      if (!precis_wire_decode_request (payload, length, &request))
        return 1;
      g_clear_pointer (&own, g_free);
      if (!answer (fd, running_word, plugins, &request))
        {
          precis_wire_request_clear (&request);
          return 1;
        }
      precis_wire_request_clear (&request);
    }
}

/* --- probe ---------------------------------------------------------------------- */

typedef struct {
  int fd;
  guint32 index;
} Probing;

static void
on_described (const PrecisPluginDescriptor *descriptor, gpointer data)
{
  Probing *probing = data;

  /* Sent before its load() runs: a crash there is then known to be its load()'s. */
  send_frame (probing->fd, precis_wire_encode_described (probing->index, descriptor));
}

int
precis_worker_serve_probe (int fd, guint n_plugins, const int *image_fds, const char *const *paths,
                           const char *data_dir)
{
  g_autoptr (GPtrArray) loaded = g_ptr_array_new_with_free_func ((GDestroyNotify) precis_plugin_unref);

  /* They stay loaded together, as in a worker that serves calls. */
  for (guint i = 0; i < n_plugins; i++)
    {
      g_autoptr (GError) error = NULL;
      Probing probing = { fd, i };
      PrecisPlugin *plugin = precis_plugin_open_image (image_fds[i], paths[i], data_dir,
                                                       on_described, &probing, &error);

      if (plugin != NULL)
        g_ptr_array_add (loaded, plugin);
      if (!send_frame (fd, precis_wire_encode_loaded (i, plugin != NULL ? NULL : error->message)))
        return 1;
    }
  return 0;
}
