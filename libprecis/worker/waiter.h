/* waiter.h — a main loop source that waits on many sockets through one epoll fd.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Every fd a GSource adds to or removes from a GMainContext signals the
 * context's wake-up eventfd (a write, a poll that returns at once, a
 * read), even from the context's own thread.  A waiter adds one fd, its
 * epoll fd, once; the sockets it waits on come and go with epoll_ctl.
 * Each entry has a deadline, and may be woken from any thread (its call
 * was cancelled).  Entries are added, changed and removed on the
 * context's thread only.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _PrecisWaiter PrecisWaiter;

typedef enum {
  PRECIS_WAITER_READY,      /* the fd is ready for the entry's events (or hung up) */
  PRECIS_WAITER_TIMED_OUT,  /* the deadline passed */
  PRECIS_WAITER_WOKEN,      /* precis_waiter_wake() */
} PrecisWaiterReason;

typedef struct _PrecisWaiterEntry PrecisWaiterEntry;
typedef void (*PrecisWaiterFunc) (PrecisWaiterEntry *entry, PrecisWaiterReason reason);

/* Owned by the caller, which fills in fd, events (POLLIN or POLLOUT),
 * deadline (monotonic µs, -1: none) and func before adding it; func may
 * remove and free the entry. */
struct _PrecisWaiterEntry {
  int fd;
  short events;
  gint64 deadline;
  PrecisWaiterFunc func;
  gint woken;               /* atomic */
  gboolean armed;           /* the waiter's: the fd may still be reported */
};

/* A waiter attached to `context` (its thread's). */
PrecisWaiter *precis_waiter_new (GMainContext *context, GError **error);
/* Every entry must have been removed. */
void precis_waiter_free (PrecisWaiter *waiter);
GMainContext *precis_waiter_get_context (PrecisWaiter *waiter);

gboolean precis_waiter_add (PrecisWaiter *waiter, PrecisWaiterEntry *entry);
/* Wait again (after func was called with READY), for entry->events. */
gboolean precis_waiter_update (PrecisWaiter *waiter, PrecisWaiterEntry *entry);
void precis_waiter_remove (PrecisWaiter *waiter, PrecisWaiterEntry *entry);
/* Any thread: the entry's func is called (PRECIS_WAITER_WOKEN) on the
 * context's thread soon, unless it is removed first. */
void precis_waiter_wake (PrecisWaiter *waiter, PrecisWaiterEntry *entry);

G_END_DECLS
