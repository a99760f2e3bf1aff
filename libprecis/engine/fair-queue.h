/* fair-queue.h — the order in which the engine's workers take calls: the
 * callers in turn, not first come first served.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * With one queue in arrival order, a client that sent sixteen long texts
 * held every other client's call behind all sixteen (a two-line Analyze
 * waited 2.3 s behind twelve 1.4 MB ones).  Start-time fair queuing
 * (Goyal, Vin and Cheng, 1996), one unit a call: a call's turn is the
 * later of the queue's virtual time and its caller's previous turn plus
 * one, and the workers take the lowest turn, arrival order among equals.
 * A caller with many calls queued gets one a round; one that calls now
 * and then goes next.  A call running is never stopped for another.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _PrecisFairQueue PrecisFairQueue;

/* A queued call's place: its turn, then its arrival. */
typedef struct {
  guint64 turn;
  guint64 arrival;
} PrecisFairTicket;

PrecisFairQueue *precis_fair_queue_new (void);
void precis_fair_queue_free (PrecisFairQueue *queue);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisFairQueue, precis_fair_queue_free)

/* The ticket of a call of `caller` (its identity; NULL: the in-process
 * connection, one caller) that joins the queue now.  Thread-safe. */
PrecisFairTicket precis_fair_queue_join (PrecisFairQueue *queue, const char *caller);

/* A worker took the call holding `ticket`: the virtual time moves to its
 * turn.  Thread-safe. */
void precis_fair_queue_started (PrecisFairQueue *queue, const PrecisFairTicket *ticket);

/* Which of two tickets goes first (negative: `a`), for g_thread_pool_set_sort_function(). */
gint precis_fair_ticket_compare (const PrecisFairTicket *a, const PrecisFairTicket *b);

G_END_DECLS
