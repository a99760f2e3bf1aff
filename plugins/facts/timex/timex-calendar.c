/* timex-calendar.c — day arithmetic for the normalizer, on GDate.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Days out of GDate's range (years 1..9999) are clamped: a rule never
 * fails on an odd anchor, it only yields an odd value.
 */
#include "timex-private.h"

static GDate
to_gdate (TxDay day)
{
  GDate date;
  g_date_clear (&date, 1);
  int year = CLAMP (day.year, 1, 9998);
  int month = CLAMP (day.month, 1, 12);
  int mday = CLAMP (day.day, 1, tx_days_in_month (year, month));
  g_date_set_dmy (&date, mday, month, year);
  return date;
}

static TxDay
from_gdate (const GDate *date)
{
  return (TxDay) { g_date_get_year (date), g_date_get_month (date), g_date_get_day (date) };
}

int
tx_days_in_month (int year, int month)
{
  return g_date_get_days_in_month (CLAMP (month, 1, 12), CLAMP (year, 1, 9998));
}

TxDay
tx_day_add_days (TxDay day, int n)
{
  GDate date = to_gdate (day);
  guint32 julian = g_date_get_julian (&date);
  gint64 target = (gint64) julian + n;
  /* Stay in years 1..9998 */
  target = CLAMP (target, 1, 3651695);
  g_date_set_julian (&date, (guint32) target);
  return from_gdate (&date);
}

TxDay
tx_day_add_months (TxDay day, int n)
{
  int months = day.year * 12 + (day.month - 1) + n;
  months = CLAMP (months, 12, 9998 * 12 + 11);
  TxDay out = { months / 12, months % 12 + 1, day.day };
  out.day = MIN (out.day, tx_days_in_month (out.year, out.month));
  return out;
}

int
tx_day_weekday (TxDay day)
{
  GDate date = to_gdate (day);
  return g_date_get_weekday (&date);
}

int
tx_day_days_between (TxDay from, TxDay to)
{
  GDate a = to_gdate (from), b = to_gdate (to);
  return g_date_days_between (&a, &b);
}

/* ISO 8601: the week belongs to the year of its Thursday. */
void
tx_day_iso_week (TxDay day, int *week_year, int *week)
{
  GDate date = to_gdate (day);
  *week = g_date_get_iso8601_week_of_year (&date);
  TxDay thursday = tx_day_add_days (day, 4 - tx_day_weekday (day));
  *week_year = thursday.year;
}

/* The n-th `weekday` of a month (n ≥ 1). */
TxDay
tx_nth_weekday (int year, int month, int weekday, int n)
{
  TxDay first = { year, month, 1 };
  int offset = (weekday - tx_day_weekday (first) + 7) % 7;
  return tx_day_add_days (first, offset + 7 * (n - 1));
}

/* The anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
TxDay
tx_easter (int year)
{
  int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return (TxDay) { year, month, day };
}
