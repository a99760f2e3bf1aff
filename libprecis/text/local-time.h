/* local-time.h — the local time zone, kept between calls.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * g_date_time_new_now_local () asks the system for the zone at every call
 * (GLib 2.74 with TZ unset: a stat of the zoneinfo directory, a stat and a
 * readlink of /etc/localtime — three system calls an Analyze without a
 * `published` option).  Here the zone is kept, and looked up again at
 * once when TZ changes, and otherwise at most once every
 * PRECIS_LOCAL_ZONE_CHECK_US: a new /etc/localtime is honoured within a
 * second.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PRECIS_LOCAL_ZONE_CHECK_US G_USEC_PER_SEC

/* The local time zone (g_time_zone_unref).  Thread-safe. */
GTimeZone *precis_local_zone (void);

/* Now, in the local time zone: g_date_time_new_now_local () but for the
 * zone's look-up above. */
GDateTime *precis_now_local (void);

G_END_DECLS
