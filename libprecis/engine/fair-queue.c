/* fair-queue.c — start-time fair queuing of the engine's calls, by caller.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "fair-queue.h"

/* Callers remembered before the idle ones are forgotten.  A caller whose
 * next turn is not past the virtual time would get the virtual time
 * anyway, so forgetting it changes no order. */
#define MAX_CALLERS_KEPT 64

struct _PrecisFairQueue {
  GMutex lock;
  guint64 virtual_time;  /* the turn of the last call a worker took */
  guint64 arrivals;
  GHashTable *next_turn; /* caller → its next turn (guint64, boxed) */
};

PrecisFairQueue *
precis_fair_queue_new (void)
{
  PrecisFairQueue *queue = g_new0 (PrecisFairQueue, 1);

  g_mutex_init (&queue->lock);
  queue->next_turn = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return queue;
}

void
precis_fair_queue_free (PrecisFairQueue *queue)
{
  if (queue == NULL)
    return;
  g_hash_table_unref (queue->next_turn);
  g_mutex_clear (&queue->lock);
  g_free (queue);
}

static gboolean
is_idle (gpointer key, gpointer value, gpointer user_data)
{
  return *(guint64 *) value <= *(guint64 *) user_data;
}

PrecisFairTicket
precis_fair_queue_join (PrecisFairQueue *queue, const char *caller)
{
  g_autoptr (GMutexLocker) locker = g_mutex_locker_new (&queue->lock);
  const char *key = caller != NULL ? caller : "";
  guint64 *next = g_hash_table_lookup (queue->next_turn, key);
  PrecisFairTicket ticket;

  if (next == NULL)
    {
      if (g_hash_table_size (queue->next_turn) >= MAX_CALLERS_KEPT)
        g_hash_table_foreach_remove (queue->next_turn, is_idle, &queue->virtual_time);
      next = g_new (guint64, 1);
      *next = 0;
      g_hash_table_insert (queue->next_turn, g_strdup (key), next);
    }
  ticket.turn = MAX (queue->virtual_time, *next);
  ticket.arrival = queue->arrivals++;
  *next = ticket.turn + 1;
  return ticket;
}

void
precis_fair_queue_started (PrecisFairQueue *queue, const PrecisFairTicket *ticket)
{
  g_autoptr (GMutexLocker) locker = g_mutex_locker_new (&queue->lock);

  queue->virtual_time = MAX (queue->virtual_time, ticket->turn);
}

gint
precis_fair_ticket_compare (const PrecisFairTicket *a, const PrecisFairTicket *b)
{
  if (a->turn != b->turn)
    return a->turn < b->turn ? -1 : 1;
  if (a->arrival != b->arrival)
    return a->arrival < b->arrival ? -1 : 1;
  return 0;
}
