/* waiter.c — a main loop source that waits on many sockets through one epoll fd.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <errno.h>
#include <gio/gio.h>
#include <poll.h>
#include <sys/epoll.h>
#include <unistd.h>

#include "waiter.h"

struct _PrecisWaiter {
  GSource *source;
  gpointer tag;          /* the epoll fd's, in the source */
  int epfd;
  GPtrArray *entries;    /* PrecisWaiterEntry, not owned */
  GMainContext *context;
};

typedef struct {
  GSource source;
  PrecisWaiter *waiter;
} WaiterSource;

static gboolean
is_due (GSource *source, PrecisWaiterEntry *entry)
{
  return g_atomic_int_get (&entry->woken) ||
         (entry->deadline >= 0 && entry->deadline <= g_source_get_time (source));
}

static gboolean
waiter_prepare (GSource *source, gint *timeout)
{
  PrecisWaiter *waiter = ((WaiterSource *) source)->waiter;
  gint64 now = g_source_get_time (source), soonest = -1;

  *timeout = -1;
  for (guint i = 0; i < waiter->entries->len; i++)
    {
      PrecisWaiterEntry *entry = waiter->entries->pdata[i];

      if (is_due (source, entry))
        return TRUE;
      if (entry->deadline >= 0 && (soonest < 0 || entry->deadline < soonest))
        soonest = entry->deadline;
    }
  if (soonest >= 0)
    *timeout = (gint) MIN ((soonest - now + 999) / 1000, G_MAXINT);
  return FALSE;
}

static gboolean
waiter_check (GSource *source)
{
  PrecisWaiter *waiter = ((WaiterSource *) source)->waiter;

  if (g_source_query_unix_fd (source, waiter->tag) != 0)
    return TRUE;
  for (guint i = 0; i < waiter->entries->len; i++)
    if (is_due (source, waiter->entries->pdata[i]))
      return TRUE;
  return FALSE;
}

static gboolean
is_present (PrecisWaiter *waiter, PrecisWaiterEntry *entry)
{
  return g_ptr_array_find (waiter->entries, entry, NULL);
}

static gboolean
waiter_dispatch (GSource *source, GSourceFunc callback, gpointer user_data)
{
  PrecisWaiter *waiter = ((WaiterSource *) source)->waiter;
  PrecisWaiterEntry *due[16];
  guint n_due = 0;

  if (g_source_query_unix_fd (source, waiter->tag) != 0)
    {
      struct epoll_event events[16];
      int n;

      do
        n = epoll_wait (waiter->epfd, events, G_N_ELEMENTS (events), 0);
      while (n < 0 && errno == EINTR);
      /* A func may remove (and free) entries: each is looked for first. */
      for (int i = 0; i < n; i++)
        {
          PrecisWaiterEntry *entry = events[i].data.ptr;

          if (is_present (waiter, entry))
            {
              entry->armed = FALSE;
              entry->func (entry, PRECIS_WAITER_READY);
            }
        }
    }
  for (guint i = 0; i < waiter->entries->len && n_due < G_N_ELEMENTS (due); i++)
    if (is_due (source, waiter->entries->pdata[i]))
      due[n_due++] = waiter->entries->pdata[i];
  for (guint i = 0; i < n_due; i++)
    if (is_present (waiter, due[i]))
      due[i]->func (due[i], g_atomic_int_get (&due[i]->woken) ? PRECIS_WAITER_WOKEN
                                                             : PRECIS_WAITER_TIMED_OUT);
  return G_SOURCE_CONTINUE;
}

static GSourceFuncs waiter_funcs = {
  .prepare = waiter_prepare,
  .check = waiter_check,
  .dispatch = waiter_dispatch,
};

PrecisWaiter *
precis_waiter_new (GMainContext *context, GError **error)
{
  PrecisWaiter *waiter;
  int epfd = epoll_create1 (EPOLL_CLOEXEC);

  if (epfd < 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "epoll_create1: %s",
                   g_strerror (saved));
      return NULL;
    }
  waiter = g_new0 (PrecisWaiter, 1);
  waiter->epfd = epfd;
  waiter->entries = g_ptr_array_new ();
  waiter->context = g_main_context_ref (context);
  waiter->source = g_source_new (&waiter_funcs, sizeof (WaiterSource));
  ((WaiterSource *) waiter->source)->waiter = waiter;
  waiter->tag = g_source_add_unix_fd (waiter->source, epfd, G_IO_IN);
  g_source_set_name (waiter->source, "precis waiter");
  /* Like the bus' watch sources: nothing iterates the context from a func
   * that this would guard against, and blocking it would take the epoll
   * fd out of the poll set (a wake-up) while a func runs. */
  g_source_set_can_recurse (waiter->source, TRUE);
  g_source_attach (waiter->source, context);
  return waiter;
}

void
precis_waiter_free (PrecisWaiter *waiter)
{
  if (waiter == NULL)
    return;
  g_warn_if_fail (waiter->entries->len == 0);
  g_source_destroy (waiter->source);
  g_source_unref (waiter->source);
  g_ptr_array_unref (waiter->entries);
  g_main_context_unref (waiter->context);
  close (waiter->epfd);
  g_free (waiter);
}

GMainContext *
precis_waiter_get_context (PrecisWaiter *waiter)
{
  return waiter->context;
}

/* Entries wait one-shot: the fd is disarmed once it is reported, so it
 * stays registered (a MOD re-arms it, no ADD and DEL each time) while the
 * worker behind it serves calls on other threads or waits.  Closing the
 * fd unregisters it. */
static gboolean
arm (PrecisWaiter *waiter, PrecisWaiterEntry *entry)
{
  struct epoll_event event = {
    .events = EPOLLONESHOT | (entry->events & POLLOUT ? EPOLLOUT : 0) |
              (entry->events & POLLIN ? EPOLLIN : 0),
    .data.ptr = entry,
  };

  if (epoll_ctl (waiter->epfd, EPOLL_CTL_MOD, entry->fd, &event) != 0 &&
      (errno != ENOENT || epoll_ctl (waiter->epfd, EPOLL_CTL_ADD, entry->fd, &event) != 0))
    return FALSE;
  entry->armed = TRUE;
  return TRUE;
}

gboolean
precis_waiter_add (PrecisWaiter *waiter, PrecisWaiterEntry *entry)
{
  if (!arm (waiter, entry))
    return FALSE;
  g_ptr_array_add (waiter->entries, entry);
  return TRUE;
}

gboolean
precis_waiter_update (PrecisWaiter *waiter, PrecisWaiterEntry *entry)
{
  return arm (waiter, entry);
}

void
precis_waiter_remove (PrecisWaiter *waiter, PrecisWaiterEntry *entry)
{
  if (!g_ptr_array_remove_fast (waiter->entries, entry))
    return;
  /* Still armed (it ended otherwise than by its fd): nothing may report
   * the entry once it is gone. */
  if (entry->armed)
    epoll_ctl (waiter->epfd, EPOLL_CTL_DEL, entry->fd, NULL);
  entry->armed = FALSE;
}

void
precis_waiter_wake (PrecisWaiter *waiter, PrecisWaiterEntry *entry)
{
  g_atomic_int_set (&entry->woken, TRUE);
  g_main_context_wakeup (waiter->context);
}
