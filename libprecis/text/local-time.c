/* local-time.c — the local time zone, kept between calls.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "local-time.h"

static GMutex zone_lock;
static GTimeZone *zone;      /* the last look-up; never freed (GLib keeps its own too) */
static char *zone_tz;        /* TZ at that look-up (NULL: unset) */
static gint64 zone_checked;  /* and when, monotonic µs */

GTimeZone *
precis_local_zone (void)
{
  const char *tz = g_getenv ("TZ");
  gint64 now = g_get_monotonic_time ();
  GTimeZone *result;

  g_mutex_lock (&zone_lock);
  if (zone == NULL || g_strcmp0 (tz, zone_tz) != 0 || now - zone_checked >= PRECIS_LOCAL_ZONE_CHECK_US)
    {
      g_clear_pointer (&zone, g_time_zone_unref);
      g_free (zone_tz);
      zone = g_time_zone_new_local ();
      zone_tz = g_strdup (tz);
      zone_checked = now;
    }
  result = g_time_zone_ref (zone);
  g_mutex_unlock (&zone_lock);
  return result;
}

GDateTime *
precis_now_local (void)
{
  g_autoptr (GTimeZone) local = precis_local_zone ();

  return g_date_time_new_now (local);
}
