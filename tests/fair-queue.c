/* fair-queue.c — the turns the engine's workers take callers in.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The queue's logic alone; /call-budget/turns checks the same through a
 * real precisd, and /analyze-url/stalled-sites the fetches before it.
 */
#include "config.h"

#include "fair-queue.h"

typedef struct {
  const char *caller;
  PrecisFairTicket ticket;
} Queued;

static gint
by_ticket (gconstpointer a, gconstpointer b)
{
  return precis_fair_ticket_compare (&((const Queued *) a)->ticket, &((const Queued *) b)->ticket);
}

/* The callers, in the order a worker would take the queued calls. */
static char *
order (Queued *queued, gsize n)
{
  GString *out = g_string_new (NULL);

  qsort (queued, n, sizeof *queued, (GCompareFunc) by_ticket);
  for (gsize i = 0; i < n; i++)
    g_string_append (out, queued[i].caller);
  return g_string_free (out, FALSE);
}

/* Two callers that queue at once alternate; a third that comes later
 * goes next, not behind everything queued. */
static void
test_rounds (void)
{
  g_autoptr (PrecisFairQueue) queue = precis_fair_queue_new ();
  Queued q[8];
  g_autofree char *first = NULL, *later = NULL;
  gsize n = 0;

  for (guint i = 0; i < 4; i++)
    q[n++] = (Queued) { "a", precis_fair_queue_join (queue, "a") };
  for (guint i = 0; i < 2; i++)
    q[n++] = (Queued) { "b", precis_fair_queue_join (queue, "b") };
  first = order (q, n);
  g_assert_cmpstr (first, ==, "ababaa");

  /* A worker takes the first two ("a", "b"); then "c" calls. */
  precis_fair_queue_started (queue, &q[0].ticket);
  precis_fair_queue_started (queue, &q[1].ticket);
  q[0] = (Queued) { "c", precis_fair_queue_join (queue, "c") };
  q[1] = (Queued) { "c", precis_fair_queue_join (queue, "c") };
  later = order (q, n);
  /* Queued: a (turn 1), b (1), a (2), a (3); c's turns are 0 (the turn
   * running) and 1: c goes next, then one call of each a round. */
  g_assert_cmpstr (later, ==, "cabcaa");
}

/* A caller that comes back starts from the queue's present: no credit for
 * the turns it did not use, no debt for the calls it had; the in-process
 * connection (NULL) is one caller. */
static void
test_returning (void)
{
  g_autoptr (PrecisFairQueue) queue = precis_fair_queue_new ();
  PrecisFairTicket t, u;

  for (guint i = 0; i < 10; i++)
    {
      t = precis_fair_queue_join (queue, "busy");
      precis_fair_queue_started (queue, &t);
    }
  t = precis_fair_queue_join (queue, "once");
  g_assert_cmpuint (t.turn, ==, 9);
  /* Many callers come and go: the idle ones are forgotten, the order kept. */
  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *name = g_strdup_printf ("caller %u", i);

      u = precis_fair_queue_join (queue, name);
      precis_fair_queue_started (queue, &u);
    }
  /* "busy" was last served in the turn the others are in: it is one
   * turn ahead of them, not ten. */
  t = precis_fair_queue_join (queue, "busy");
  g_assert_cmpuint (t.turn, ==, u.turn + 1);
  t = precis_fair_queue_join (queue, NULL);
  u = precis_fair_queue_join (queue, NULL);
  g_assert_cmpuint (u.turn, ==, t.turn + 1);
  g_assert_cmpint (precis_fair_ticket_compare (&t, &u), <, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/fair-queue/rounds", test_rounds);
  g_test_add_func ("/fair-queue/returning", test_returning);
  return g_test_run ();
}
