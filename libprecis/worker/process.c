/* process.c — one analysis worker process, seen from precisd.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib-unix.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "chars.h"
#include "process.h"
#include "wire-analysis.h"

/* The child's descriptors: its socket, then one per plugin image. */
#define CHILD_SOCKET_FD 3

/* Frames that fit are received whole, header and payload in one recv. */
#define INBOX_SIZE (64 * 1024)

struct _PrecisWorkerProcess {
  GPid pid;
  int fd;                /* our end, non-blocking */
  GPtrArray *plugins;    /* PrecisPlugin, in the order the worker numbers them */
  gboolean reaped;
  gboolean killed;       /* SIGKILL sent: nothing to let leave, only to reap */
  int wait_status;
  gboolean ready;        /* its READY frame was read */
  /* Shared with the worker, which writes there which of the call's
   * plugins it started last (a PrecisRunningPlugin); NULL for a probe. */
  guint32 *running_word;
  guint8 *inbox;         /* INBOX_SIZE bytes, allocated on the first call */
};

/* A word of memory precisd and the worker share: a memfd sealed to its
 * size (so the worker cannot shrink it under precisd's reads), mapped
 * here; the descriptor is for the child, -1 on failure. */
static int
make_running_word (guint32 **word, GError **error)
{
  int fd = memfd_create ("precis-running-word", MFD_CLOEXEC | MFD_ALLOW_SEALING);
  void *map = MAP_FAILED;

  if (fd >= 0 && ftruncate (fd, sizeof (guint32)) == 0 &&
      fcntl (fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_SEAL) == 0)
    map = mmap (NULL, sizeof (guint32), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  if (map == MAP_FAILED)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   "cannot make the memory shared with the analysis worker: %s", g_strerror (saved));
      if (fd >= 0)
        close (fd);
      return -1;
    }
  *word = map;
  return fd;
}

static PrecisWorkerProcess *
spawn (const char *const *command, gboolean probe, GPtrArray *plugins, GError **error)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autofree int *source_fds = g_new (int, plugins->len + 2);
  g_autofree int *target_fds = g_new (int, plugins->len + 2);
  guint n_fds = plugins->len + 1;
  guint32 *running_word = NULL;
  PrecisWorkerProcess *process;
  int pair[2], running_fd = -1;

  if (!probe && (running_fd = make_running_word (&running_word, error)) < 0)
    return NULL;
  if (socketpair (AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) < 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno),
                   "cannot make a socket for the analysis worker: %s", g_strerror (errno));
      if (running_word != NULL)
        {
          munmap (running_word, sizeof (guint32));
          close (running_fd);
        }
      return NULL;
    }
  for (const char *const *arg = command; *arg != NULL; arg++)
    g_ptr_array_add (argv, g_strdup (*arg));
  g_ptr_array_add (argv, g_strdup_printf ("--socket=%d", CHILD_SOCKET_FD));
  if (probe)
    g_ptr_array_add (argv, g_strdup ("--probe"));
  source_fds[0] = pair[1];
  target_fds[0] = CHILD_SOCKET_FD;
  for (guint i = 0; i < plugins->len; i++)
    {
      source_fds[i + 1] = precis_plugin_get_image_fd (plugins->pdata[i]);
      target_fds[i + 1] = CHILD_SOCKET_FD + 1 + i;
      g_ptr_array_add (argv, g_strdup_printf ("--plugin=%d:%s", target_fds[i + 1],
                                              precis_plugin_get_path (plugins->pdata[i])));
    }
  if (running_fd >= 0)
    {
      source_fds[n_fds] = running_fd;
      target_fds[n_fds] = CHILD_SOCKET_FD + 1 + plugins->len;
      g_ptr_array_add (argv, g_strdup_printf ("--running-word=%d", target_fds[n_fds]));
      n_fds++;
    }
  g_ptr_array_add (argv, NULL);

  process = g_new0 (PrecisWorkerProcess, 1);
  process->fd = pair[0];
  process->running_word = running_word;
  if (!g_spawn_async_with_pipes_and_fds (NULL, (const char *const *) argv->pdata, NULL,
                                         G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, -1, -1, -1,
                                         source_fds, target_fds, n_fds,
                                         &process->pid, NULL, NULL, NULL, error))
    {
      g_prefix_error (error, "cannot start the analysis worker: ");
      close (pair[0]);
      close (pair[1]);
      if (running_fd >= 0)
        {
          munmap (running_word, sizeof (guint32));
          close (running_fd);
        }
      g_free (process);
      return NULL;
    }
  close (pair[1]);
  if (running_fd >= 0)
    close (running_fd);
  g_unix_set_fd_nonblocking (process->fd, TRUE, NULL);
  process->plugins = g_ptr_array_new_full (plugins->len, (GDestroyNotify) precis_plugin_unref);
  for (guint i = 0; i < plugins->len; i++)
    g_ptr_array_add (process->plugins, precis_plugin_ref (plugins->pdata[i]));
  return process;
}

PrecisWorkerProcess *
precis_worker_process_spawn (const char *const *command, GPtrArray *plugins, GError **error)
{
  return spawn (command, FALSE, plugins, error);
}

PrecisWorkerProcess *
precis_worker_process_spawn_probe (const char *const *command, GPtrArray *plugins, GError **error)
{
  return spawn (command, TRUE, plugins, error);
}

static void
kill_and_reap (PrecisWorkerProcess *process)
{
  if (process->reaped)
    return;
  /* A process that already died keeps its own status as a zombie. */
  kill (process->pid, SIGKILL);
  while (waitpid (process->pid, &process->wait_status, 0) < 0 && errno == EINTR)
    ;
  g_spawn_close_pid (process->pid);
  process->reaped = TRUE;
}

/* An idle worker leaves on its own once its socket closes; a moment is
 * given for that (a worker under valgrind writes its report then), and
 * anything still there is killed. */
#define LEAVE_GRACE_US (2 * G_USEC_PER_SEC)

static void
let_leave (PrecisWorkerProcess *process)
{
  gint64 deadline = g_get_monotonic_time () + LEAVE_GRACE_US;

  while (!process->reaped && g_get_monotonic_time () < deadline)
    {
      pid_t pid = waitpid (process->pid, &process->wait_status, WNOHANG);

      if (pid == process->pid)
        {
          g_spawn_close_pid (process->pid);
          process->reaped = TRUE;
        }
      else if (pid < 0 && errno != EINTR)
        break;
      else
        g_usleep (2000);
    }
}

gboolean
precis_worker_process_try_reap (PrecisWorkerProcess *process, int *wait_status)
{
  pid_t pid;

  if (!process->reaped)
    {
      while ((pid = waitpid (process->pid, &process->wait_status, WNOHANG)) < 0 && errno == EINTR)
        ;
      if (pid == 0)
        return FALSE;
      /* Gone (or not ours to wait for, ECHILD): nothing left to wait for. */
      g_spawn_close_pid (process->pid);
      process->reaped = TRUE;
    }
  *wait_status = process->wait_status;
  return TRUE;
}

int
precis_worker_process_open_pidfd (PrecisWorkerProcess *process)
{
#ifdef SYS_pidfd_open
  return (int) syscall (SYS_pidfd_open, process->pid, 0);
#else
  return -1;  /* the caller waits as a thread would */
#endif
}

void
precis_worker_process_kill (PrecisWorkerProcess *process)
{
  if (!process->reaped)
    kill (process->pid, SIGKILL);
}

void
precis_worker_process_free (PrecisWorkerProcess *process)
{
  if (process == NULL)
    return;
  close (process->fd);
  if (!process->reaped && !process->killed)
    let_leave (process);
  kill_and_reap (process);
  g_ptr_array_unref (process->plugins);
  if (process->running_word != NULL)
    munmap (process->running_word, sizeof (guint32));
  g_free (process->inbox);
  g_free (process);
}

gboolean
precis_worker_process_is_ready (PrecisWorkerProcess *process)
{
  guint8 header[PRECIS_WIRE_HEADER_SIZE];
  PrecisWireKind kind;
  guint32 length;

  /* READY is all a worker sends unasked, and all at once: if its 8 bytes
   * are not all there yet, it is not ready (anything else is read, and
   * found wrong, by the next call). */
  if (!process->ready &&
      recv (process->fd, header, sizeof header, MSG_DONTWAIT | MSG_PEEK) == sizeof header &&
      precis_wire_parse_header (header, 0, &kind, &length) && kind == PRECIS_WIRE_READY &&
      recv (process->fd, header, sizeof header, MSG_DONTWAIT) == sizeof header)
    process->ready = TRUE;
  return process->ready;
}

static guint32
index_of (PrecisWorkerProcess *process, PrecisPlugin *plugin)
{
  guint index;

  if (plugin == NULL)
    return PRECIS_WIRE_NO_PLUGIN;
  return g_ptr_array_find (process->plugins, plugin, &index) ? index : G_MAXUINT32 - 1;
}

gboolean
precis_worker_process_can_run (PrecisWorkerProcess *process, const PrecisAnalysis *analysis)
{
  return index_of (process, analysis->summarizer) != G_MAXUINT32 - 1 &&
         index_of (process, analysis->extractor) != G_MAXUINT32 - 1;
}

/* --- one exchange -------------------------------------------------------------- */

typedef enum { READY, TIMED_OUT, CANCELLED } Wait;

typedef struct {
  PrecisWorkerProcess *process;
  GPollFD cancel;          /* fd -1: no cancellable */
  gint64 deadline;         /* monotonic µs, or -1 */
} Exchange;

static Wait
wait_for (Exchange *x, short events)
{
  for (;;)
    {
      struct pollfd fds[2] = { { x->process->fd, events, 0 }, { x->cancel.fd, POLLIN, 0 } };
      int timeout = -1, n;

      if (x->deadline >= 0)
        {
          gint64 left = x->deadline - g_get_monotonic_time ();

          if (left <= 0)
            return TIMED_OUT;
          timeout = (int) MIN ((left + 999) / 1000, G_MAXINT);
        }
      n = poll (fds, x->cancel.fd >= 0 ? 2 : 1, timeout);
      if (n < 0 && errno == EINTR)
        continue;
      if (n > 0 && fds[1].revents != 0)
        return CANCELLED;
      if (n != 0)
        return READY;  /* readable, writable, hung up or in error: the read or write says which */
    }
}

/* Send (`out`) or receive exactly `length` bytes, waiting on the socket,
 * the cancellable and the deadline together; FALSE with *outcome set
 * otherwise. */
static gboolean
transfer (Exchange *x, gboolean out, guint8 *buffer, gsize length, PrecisWorkerOutcome *outcome)
{
  gsize done = 0;

  while (done < length)
    {
      ssize_t n = out ? send (x->process->fd, buffer + done, length - done, MSG_NOSIGNAL | MSG_DONTWAIT)
                      : recv (x->process->fd, buffer + done, length - done, MSG_DONTWAIT);

      if (n > 0)
        {
          done += n;
          continue;
        }
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
        {
          Wait w = wait_for (x, out ? POLLOUT : POLLIN);

          if (w != READY)
            {
              *outcome = w == TIMED_OUT ? PRECIS_WORKER_TIMED_OUT : PRECIS_WORKER_CANCELLED;
              return FALSE;
            }
          continue;
        }
      *outcome = PRECIS_WORKER_DIED;  /* end of file, EPIPE, ECONNRESET: it is gone */
      return FALSE;
    }
  return TRUE;
}

/* A frame's header, checked for its size; FALSE with *outcome set. */
static gboolean
read_header (Exchange *x, PrecisWireKind *kind, guint32 *length, PrecisWorkerOutcome *outcome)
{
  guint8 header[PRECIS_WIRE_HEADER_SIZE];

  if (!transfer (x, FALSE, header, sizeof header, outcome))
    return FALSE;
  if (!precis_wire_parse_header (header, PRECIS_WIRE_MAX_PAYLOAD, kind, length))
    {
      *outcome = PRECIS_WORKER_MALFORMED;
      return FALSE;
    }
  return TRUE;
}

/* The `length` bytes after a header (allocated), or NULL with *outcome set. */
static guint8 *
read_payload (Exchange *x, guint32 length, PrecisWorkerOutcome *outcome)
{
  g_autofree guint8 *payload = g_try_malloc (MAX (length, 1));

  if (payload == NULL)
    {
      *outcome = PRECIS_WORKER_MALFORMED;
      return NULL;
    }
  if (!transfer (x, FALSE, payload, length, outcome))
    return NULL;
  return g_steal_pointer (&payload);
}

/* --- one exchange, step by step ------------------------------------------------ */

/* A request on its way and the answer coming back.  The worker's frames
 * are received into the process' inbox: bytes [start, end) are received
 * and not yet taken; a frame larger than the inbox goes straight into an
 * allocation of its own. */
struct _PrecisWorkerExchange {
  PrecisWorkerProcess *process;
  PrecisAnalysis *analysis;
  GByteArray *request;
  gsize sent;
  guint32 text_chars;
  gboolean may_read;      /* the socket was found readable once since the request went */
  gsize start, end;
  guint8 *own;            /* the frame larger than the inbox, or NULL */
  PrecisWireKind own_kind;
  guint32 own_length, own_have;
};

PrecisWorkerExchange *
precis_worker_exchange_start (PrecisWorkerProcess *process, PrecisAnalysis *analysis)
{
  PrecisWorkerExchange *x;
  GByteArray *request;

  g_return_val_if_fail (process->running_word != NULL, NULL);  /* not a probe */
  request = precis_wire_encode_request (analysis, index_of (process, analysis->summarizer),
                                        index_of (process, analysis->extractor));
  g_return_val_if_fail (request != NULL, NULL);  /* texts are bounded far below */
  if (process->inbox == NULL)
    process->inbox = g_malloc (INBOX_SIZE);
  x = g_new0 (PrecisWorkerExchange, 1);
  x->process = process;
  x->analysis = analysis;
  x->request = request;
  x->text_chars = precis_utf8_count (analysis->text, analysis->length);
  /* Sent to a worker still loading its plugins, the call waits for that
   * first (a deadline then says so, not that the text was too long). */
  g_atomic_int_set (&analysis->stage, precis_worker_process_is_ready (process)
                                      ? PRECIS_ANALYSIS_STARTED : PRECIS_ANALYSIS_AWAITING_WORKER);
  /* The worker waits for the request: nothing writes the word now. */
  __atomic_store_n (process->running_word, PRECIS_RUNNING_NONE, __ATOMIC_RELEASE);
  precis_analysis_watch_running (analysis, process->running_word);
  return x;
}

int
precis_worker_exchange_get_fd (PrecisWorkerExchange *x)
{
  return x->process->fd;
}

/* Take the complete frames received: TRUE when the exchange is over
 * (*outcome set), FALSE when more bytes are needed. */
static gboolean
take_frames (PrecisWorkerExchange *x, PrecisWorkerOutcome *outcome)
{
  guint8 *inbox = x->process->inbox;

  if (x->own != NULL)
    {
      if (x->own_have < x->own_length)
        return FALSE;
      /* One answer to a request, and nothing after it (none was received past it). */
      if (x->own_kind != PRECIS_WIRE_RESULT && x->own_kind != PRECIS_WIRE_ERROR)
        *outcome = PRECIS_WORKER_MALFORMED;
      else
        *outcome = precis_wire_decode_result (x->own_kind, x->own, x->own_length, x->text_chars,
                                              x->analysis)
                   ? PRECIS_WORKER_ANSWERED : PRECIS_WORKER_MALFORMED;
      return TRUE;
    }
  for (;;)
    {
      PrecisWireKind kind;
      guint32 length;
      const guint8 *payload;

      if (x->end - x->start < PRECIS_WIRE_HEADER_SIZE)
        return FALSE;
      if (!precis_wire_parse_header (inbox + x->start, PRECIS_WIRE_MAX_PAYLOAD, &kind, &length))
        {
          *outcome = PRECIS_WORKER_MALFORMED;
          return TRUE;
        }
      if (length > INBOX_SIZE - PRECIS_WIRE_HEADER_SIZE)
        {
          /* Larger than the inbox: what is there, then the rest straight into place. */
          gsize have = x->end - x->start - PRECIS_WIRE_HEADER_SIZE;

          x->own = g_try_malloc (length);
          if (x->own == NULL)
            {
              *outcome = PRECIS_WORKER_MALFORMED;
              return TRUE;
            }
          memcpy (x->own, inbox + x->start + PRECIS_WIRE_HEADER_SIZE, have);
          x->own_kind = kind;
          x->own_length = length;
          x->own_have = (guint32) have;
          x->start = x->end = 0;
          return take_frames (x, outcome);
        }
      if (x->end - x->start < PRECIS_WIRE_HEADER_SIZE + length)
        return FALSE;
      payload = inbox + x->start + PRECIS_WIRE_HEADER_SIZE;
      x->start += PRECIS_WIRE_HEADER_SIZE + length;
      if (kind == PRECIS_WIRE_READY && !x->process->ready && length == 0)
        {
          /* A new worker's first words, come while the request waited. */
          x->process->ready = TRUE;
          g_atomic_int_set (&x->analysis->stage, PRECIS_ANALYSIS_STARTED);
          continue;
        }
      /* One answer to a request, and nothing after it. */
      if ((kind != PRECIS_WIRE_RESULT && kind != PRECIS_WIRE_ERROR) || x->start != x->end)
        *outcome = PRECIS_WORKER_MALFORMED;
      else
        *outcome = precis_wire_decode_result (kind, payload, length, x->text_chars, x->analysis)
                   ? PRECIS_WORKER_ANSWERED : PRECIS_WORKER_MALFORMED;
      return TRUE;
    }
}

gboolean
precis_worker_exchange_step (PrecisWorkerExchange *x, short *events, PrecisWorkerOutcome *outcome)
{
  int fd = x->process->fd;

  while (x->sent < x->request->len)
    {
      ssize_t n = send (fd, x->request->data + x->sent, x->request->len - x->sent,
                        MSG_NOSIGNAL | MSG_DONTWAIT);

      if (n > 0)
        x->sent += n;
      else if (n < 0 && errno == EINTR)
        continue;
      else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
        {
          *events = POLLOUT;
          return FALSE;
        }
      else
        {
          *outcome = PRECIS_WORKER_DIED;  /* EPIPE, ECONNRESET: it is gone */
          return TRUE;
        }
    }
  /* Nothing can be there before the worker has read the request (but
   * its READY, which a poll finds as well): wait before the first recv. */
  if (!x->may_read)
    {
      x->may_read = TRUE;
      *events = POLLIN;
      return FALSE;
    }
  for (;;)
    {
      guint8 *into;
      gsize room;
      ssize_t n;

      if (take_frames (x, outcome))
        return TRUE;
      if (x->own != NULL)
        {
          into = x->own + x->own_have;
          room = x->own_length - x->own_have;
        }
      else
        {
          /* Room at the end: what is left of a frame goes to the front. */
          if (x->start > 0)
            {
              memmove (x->process->inbox, x->process->inbox + x->start, x->end - x->start);
              x->end -= x->start;
              x->start = 0;
            }
          into = x->process->inbox + x->end;
          room = INBOX_SIZE - x->end;
        }
      n = recv (fd, into, room, MSG_DONTWAIT);
      if (n > 0)
        {
          if (x->own != NULL)
            x->own_have += (guint32) n;
          else
            x->end += (gsize) n;
          continue;
        }
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
        {
          *events = POLLIN;
          return FALSE;
        }
      *outcome = PRECIS_WORKER_DIED;  /* end of file, ECONNRESET: it is gone */
      return TRUE;
    }
}

void
precis_worker_exchange_finish (PrecisWorkerExchange *x, PrecisWorkerOutcome outcome, int *wait_status,
                               PrecisPlugin **running)
{
  PrecisWorkerProcess *process = x->process;
  PrecisAnalysis *analysis = x->analysis;

  *running = NULL;
  *wait_status = 0;
  if (outcome == PRECIS_WORKER_TIMED_OUT || outcome == PRECIS_WORKER_CANCELLED ||
      outcome == PRECIS_WORKER_MALFORMED)
    {
      /* Alive until now: its status says only that it was killed, so it
       * is not waited for here (a main loop would wait for the kernel to
       * tear down its memory); freeing the process reaps it. */
      kill (process->pid, SIGKILL);
      process->killed = TRUE;
    }
  /* DIED: its own status names its end; the caller waits for it, each
   * its own way (precis_worker_process_end(), or a main loop's pidfd). */
  if (outcome != PRECIS_WORKER_ANSWERED)
    {
      /* Killed or dead: the word says which plugin it last started (one
       * it starts as the signal lands started at the deadline all the
       * same).  It stays set, so whoever answers the caller at the
       * deadline names it. */
      *running = precis_analysis_plugin_named_by (analysis, __atomic_load_n (process->running_word,
                                                                             __ATOMIC_ACQUIRE));
      if (*running != NULL)
        g_atomic_pointer_set (&analysis->running_plugin, (gpointer) precis_plugin_get_name (*running));
    }
  precis_analysis_watch_running (analysis, NULL);
  g_byte_array_unref (x->request);
  g_free (x->own);
  g_free (x);
}

/* A worker whose socket closed, most likely a crash whose status the
 * caller is told: it is a zombie at once or nearly.  One that hung up and
 * lives on (or whose core dump is still being written) is given until
 * the call's deadline (a leave's grace without one, or past it) or its
 * cancel to end on its own, then killed, as a main loop awaits one
 * (pool.c): its own end, not our SIGKILL, is what the caller hears. */
static int
await_end (Exchange *x)
{
  gint64 deadline = x->deadline, now = g_get_monotonic_time ();
  int status = 0, pidfd;

  if (precis_worker_process_try_reap (x->process, &status))
    return status;
  if (deadline < now)
    deadline = now + LEAVE_GRACE_US;
  /* Without a pidfd (an old kernel): looked at every 2 ms. */
  pidfd = precis_worker_process_open_pidfd (x->process);
  for (;;)
    {
      /* poll() skips an fd of -1: no cancellable, or no pidfd. */
      struct pollfd fds[2] = { { pidfd, POLLIN, 0 }, { x->cancel.fd, POLLIN, 0 } };
      gint64 left = deadline - g_get_monotonic_time ();
      int n;

      if (left <= 0)
        break;
      n = poll (fds, 2, (int) MIN ((left + 999) / 1000, pidfd >= 0 ? G_MAXINT : 2));
      if (n < 0 && errno == EINTR)
        continue;
      if (precis_worker_process_try_reap (x->process, &status))
        break;
      if (n < 0 || fds[1].revents != 0)
        break;
    }
  if (pidfd >= 0)
    close (pidfd);
  return precis_worker_process_end (x->process, FALSE);
}

PrecisWorkerOutcome
precis_worker_process_run (PrecisWorkerProcess *process, PrecisAnalysis *analysis, guint timeout_s,
                           int *wait_status, PrecisPlugin **running)
{
  Exchange wait = { process, { -1, 0, 0 }, -1 };
  gboolean have_cancel = FALSE;
  PrecisWorkerOutcome outcome = PRECIS_WORKER_MALFORMED;
  PrecisWorkerExchange *x;
  short events;

  *running = NULL;
  *wait_status = 0;
  if (analysis->cancellable != NULL)
    have_cancel = g_cancellable_make_pollfd (analysis->cancellable, &wait.cancel);
  if (!have_cancel)
    wait.cancel.fd = -1;
  if (timeout_s > 0)
    wait.deadline = g_get_monotonic_time () + (gint64) timeout_s * G_USEC_PER_SEC;

  x = precis_worker_exchange_start (process, analysis);
  if (x == NULL)
    {
      if (have_cancel)
        g_cancellable_release_fd (analysis->cancellable);
      return PRECIS_WORKER_MALFORMED;
    }
  while (!precis_worker_exchange_step (x, &events, &outcome))
    {
      Wait w = wait_for (&wait, events);

      if (w != READY)
        {
          outcome = w == TIMED_OUT ? PRECIS_WORKER_TIMED_OUT : PRECIS_WORKER_CANCELLED;
          break;
        }
    }
  precis_worker_exchange_finish (x, outcome, wait_status, running);
  if (outcome == PRECIS_WORKER_DIED)
    *wait_status = await_end (&wait);
  if (have_cancel)
    g_cancellable_release_fd (analysis->cancellable);
  return outcome;
}

/* --- frames one at a time (probes) ---------------------------------------------- */

PrecisWorkerOutcome
precis_worker_process_read_frame (PrecisWorkerProcess *process, gint64 deadline,
                                  PrecisWireKind *kind, guint8 **payload, guint32 *length)
{
  Exchange x = { process, { -1, 0, 0 }, deadline };
  PrecisWorkerOutcome outcome = PRECIS_WORKER_MALFORMED;

  *payload = NULL;
  if (!read_header (&x, kind, length, &outcome))
    return outcome;
  *payload = read_payload (&x, *length, &outcome);
  return *payload != NULL ? PRECIS_WORKER_ANSWERED : outcome;
}

int
precis_worker_process_end (PrecisWorkerProcess *process, gboolean wait)
{
  /* A worker whose socket closed is on its way out: its own status, not our SIGKILL's. */
  if (wait && !process->reaped)
    let_leave (process);
  kill_and_reap (process);
  return process->wait_status;
}

char *
precis_worker_describe_end (int status)
{
  if (WIFSIGNALED (status))
    {
      int sig = WTERMSIG (status);
      const char *abbrev = sigabbrev_np (sig);

      if (sig == SIGSYS)
        return g_strdup ("SIGSYS: a system call the worker's sandbox forbids");
      return g_strdup_printf ("SIG%s, %s", abbrev != NULL ? abbrev : "?", g_strsignal (sig));
    }
  if (WIFEXITED (status) && WEXITSTATUS (status) == PRECIS_WORKER_EXIT_NO_MEMORY)
    return g_strdup ("out of memory: over its limit, worker-memory-limit-mb in precisd.conf");
  if (WIFEXITED (status))
    return g_strdup_printf ("exit status %d", WEXITSTATUS (status));
  return g_strdup_printf ("wait status %d", status);
}
