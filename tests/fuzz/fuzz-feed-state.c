/* fuzz-feed-state.c — the feed state file (feeds.json) loader on any bytes.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * precisd reads this file at every start, so a file it cannot digest
 * would take it down at every start.  Bad entries are dropped with a
 * warning each: warnings are the loader's normal answer here, so only
 * criticals and errors count as findings.
 */
#include <stdlib.h>

#include "feed-state.h"
#include "fuzz-common.h"

static GLogWriterOutput
abort_on_criticals (GLogLevelFlags level, const GLogField *fields, gsize n_fields, gpointer data)
{
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL))
    {
      g_log_writer_standard_streams (level, fields, n_fields, data);
      abort ();
    }
  return G_LOG_WRITER_HANDLED;
}

int
LLVMFuzzerInitialize (int *argc, char **argv[])
{
  g_log_set_writer_func (abort_on_criticals, NULL, NULL);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (PrecisFeedState) state = precis_feed_state_new_from_data ("/nonexistent/feeds.json",
                                                                        (const char *) data, size, NULL);
  GPtrArray *subs;

  if (state == NULL)
    return 0;
  subs = precis_feed_state_list (state);
  g_assert_cmpuint (subs->len, <=, PRECIS_FEED_MAX_SUBSCRIPTIONS);
  for (guint i = 0; i < subs->len; i++)
    {
      PrecisFeedSubscription *sub = subs->pdata[i];

      /* Ids and URLs go out on D-Bus, which only carries valid UTF-8. */
      g_assert_true (sub->id != NULL && *sub->id != '\0' && g_utf8_validate (sub->id, -1, NULL));
      g_assert_true (sub->url != NULL && g_utf8_validate (sub->url, -1, NULL));
      g_assert_cmpuint (sub->interval, >=, 1);
      g_assert_true (precis_feed_state_lookup (state, sub->id) == sub);  /* ids unique */
      for (GList *l = sub->seen.head; l != NULL; l = l->next)
        g_assert_true (precis_feed_subscription_has_seen (sub, l->data));
    }
  return 0;
}
