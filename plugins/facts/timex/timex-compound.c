/* timex-compound.c — "two hours and 30 minutes" is one stretch of time.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The rules read each count with its unit, so a stretch told in two units
 * came out as two durations ("dos horas" PT2H, "30 minutos" PT30M).  TimeML
 * marks it as one (PT2H30M; Spanish TimeBank read folds, "un plazo de dos
 * horas y 30 minutos" twice).  Two durations joined by "and" (in each
 * language), the second in smaller units than the first, become one.
 */
#include "timex-private.h"

#include <stdlib.h>
#include <string.h>

/* The units of an ISO 8601 duration, largest first: Y M W D, then after
 * 'T' H M S. */
enum { U_YEAR, U_MONTH, U_WEEK, U_DAY, U_HOUR, U_MINUTE, U_SECOND, N_UNITS };

/* Reads `value` ("P3Y", "PT2H30M") into counts per unit; FALSE for what
 * is not a plain count of units ("PXY", "P1.5Y", "PT2H" and more). */
static gboolean
parse_duration (const char *value, gint64 *counts)
{
  static const char date_units[] = "YMWD", time_units[] = "HMS";
  memset (counts, 0, N_UNITS * sizeof *counts);
  if (value[0] != 'P' || value[1] == '\0')
    return FALSE;
  gboolean in_time = FALSE, any = FALSE;
  for (const char *p = value + 1; *p != '\0';)
    {
      if (*p == 'T' && !in_time)
        {
          in_time = TRUE, p++;
          continue;
        }
      if (!g_ascii_isdigit (*p))
        return FALSE;
      char *end;
      gint64 n = g_ascii_strtoll (p, &end, 10);
      const char *units = in_time ? time_units : date_units;
      const char *unit = *end != '\0' ? strchr (units, *end) : NULL;
      if (unit == NULL || n > 100000)
        return FALSE;
      counts[(in_time ? U_HOUR : U_YEAR) + (unit - units)] += n;
      any = TRUE;
      p = end + 1;
    }
  return any;
}

/* The largest and smallest unit with a count; -1 when none. */
static void
unit_range (const gint64 *counts, int *largest, int *smallest)
{
  *largest = *smallest = -1;
  for (int u = 0; u < N_UNITS; u++)
    if (counts[u] != 0)
      {
        if (*largest < 0)
          *largest = u;
        *smallest = u;
      }
}

/* The sum as ISO 8601; weeks as days where other units join them ("two
 * weeks and three days" P17D: a week does not mix with days in ISO). */
static char *
format_duration (gint64 *counts)
{
  if (counts[U_WEEK] != 0 && (counts[U_YEAR] || counts[U_MONTH] || counts[U_DAY] ||
                              counts[U_HOUR] || counts[U_MINUTE] || counts[U_SECOND]))
    counts[U_DAY] += 7 * counts[U_WEEK], counts[U_WEEK] = 0;
  static const char letters[] = "YMWDHMS";
  GString *s = g_string_new ("P");
  for (int u = 0; u < N_UNITS; u++)
    {
      if (u == U_HOUR && (counts[U_HOUR] || counts[U_MINUTE] || counts[U_SECOND]))
        g_string_append_c (s, 'T');
      if (counts[u] != 0)
        g_string_append_printf (s, "%" G_GINT64_FORMAT "%c", counts[u], letters[u]);
    }
  return g_string_free (s, FALSE);
}

/* Whether view token `k` is "and" in one of the languages with rules. */
static gboolean
is_and (const TxContext *context, guint k)
{
  static const char *const ands[] = { "and", "y", "e", "et", "und", "en", NULL };
  const char *lower = context->document->tokens[context->tokens[k].doc_token].lower;
  return lower != NULL && g_strv_contains (ands, lower);
}

gboolean
tx_join_durations (const TxContext *context, GArray *found, guint previous_end, guint start)
{
  if (found->len < 2 || start != previous_end + 1 || !is_and (context, previous_end))
    return FALSE;
  PrecisTimex *first = &g_array_index (found, PrecisTimex, found->len - 2);
  const PrecisTimex *second = &g_array_index (found, PrecisTimex, found->len - 1);
  if (first->type != PRECIS_TIMEX_DURATION || second->type != PRECIS_TIMEX_DURATION)
    return FALSE;
  gint64 a[N_UNITS], b[N_UNITS];
  int a_largest, a_smallest, b_largest, b_smallest;
  if (!parse_duration (first->value, a) || !parse_duration (second->value, b))
    return FALSE;
  unit_range (a, &a_largest, &a_smallest);
  unit_range (b, &b_largest, &b_smallest);
  /* "three years and six months", not "30 minutes and two hours" nor
   * "two days and two days". */
  if (b_largest <= a_smallest)
    return FALSE;
  for (int u = 0; u < N_UNITS; u++)
    a[u] += b[u];
  g_free (first->value);
  first->value = format_duration (a);
  first->end = second->end;
  g_array_remove_index (found, found->len - 1);
  return TRUE;
}
