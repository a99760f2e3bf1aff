/* call-options.h — the a{sv} options of a call, parsed and checked.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <dbus/dbus.h>

#include "summary.h"

G_BEGIN_DECLS

typedef struct {
  char *plugin;                    /* NULL: the default for the method */
  PrecisSummaryOptions summary;
  char *title;
  GDateTime *published;            /* NULL: not given */
  char *language;
  char *language_hint;             /* evidence only, like a page's lang: NULL if not given */
  char *url;                       /* NotifySummary */
  guint32 replaces_id;             /* NotifySummary */
  gboolean replaces_id_set;
} PrecisCallOptions;

void precis_call_options_init (PrecisCallOptions *options);
void precis_call_options_clear (PrecisCallOptions *options);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PrecisCallOptions, precis_call_options_clear)

/* Read an a{sv} at `iter`.  Unknown keys are ignored; a known key with a
 * wrong type or an out-of-range value is PRECIS_ERROR_INVALID_ARGS with a
 * message naming the key and what it takes. */
gboolean precis_call_options_parse (PrecisCallOptions *options, DBusMessageIter *iter,
                                    GError **error);

/* Parse an ISO 8601 date or date-time ("2025-02-22", "2025-02-22T10:00:00Z").
 * A date without a time zone is taken in local time. */
GDateTime *precis_parse_iso8601 (const char *text);

G_END_DECLS
