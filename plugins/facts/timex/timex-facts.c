/* timex-facts.c — time expressions as date facts.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * One fact per distinct TIMEX3 value, its mentions in text order.  The
 * vague references (PAST_REF, "now") and dates without a calendar place
 * ("XXXX": "seven decades later" with no year told before) tell a reader
 * nothing and are left out.  Salience is on the scale of the entity facts (ner-salience.c):
 * mention count and first position, weighed by how precise the value is,
 * so that "February 24, 2022" outranks "three years".
 */
#include "timex-private.h"

#include <math.h>
#include <string.h>

static double
precision_of (const PrecisTimex *timex)
{
  const char *v = timex->value;
  if (timex->type == PRECIS_TIMEX_SET)
    return 0.5;
  if (timex->type == PRECIS_TIMEX_DURATION || v[0] == 'P')
    return 0.6;
  if (timex->type == PRECIS_TIMEX_TIME || strlen (v) >= 10)
    return 1.0;   /* a day, or a time of day */
  if (strlen (v) >= 7)
    return 0.9;   /* a week, a month */
  return 0.8;     /* a year, a decade */
}

static void
clear_span_array (gpointer data)
{
  g_array_unref (data);
}

void
precis_timex_extract_facts (const PrecisTimexRules *rules, const PrecisDocument *document,
                            GArray *facts)
{
  g_return_if_fail (rules != NULL && document != NULL && facts != NULL);

  g_autoptr (GArray) found = precis_timex_find (rules, document);
  g_autoptr (GHashTable) by_value = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) order = g_ptr_array_new ();   /* first PrecisTimex of each value */
  g_autoptr (GPtrArray) spans = g_ptr_array_new_with_free_func (clear_span_array);

  for (guint i = 0; i < found->len; i++)
    {
      const PrecisTimex *timex = &g_array_index (found, PrecisTimex, i);
      /* Vague references, and "seven decades later" with no date before
       * it: no place on the calendar to show. */
      if (g_str_has_suffix (timex->value, "_REF") ||
          (timex->type != PRECIS_TIMEX_SET && g_str_has_prefix (timex->value, "XXXX")))
        continue;
      gpointer index;
      GArray *list;
      if (g_hash_table_lookup_extended (by_value, timex->value, NULL, &index))
        list = g_ptr_array_index (spans, GPOINTER_TO_UINT (index));
      else
        {
          g_hash_table_insert (by_value, timex->value, GUINT_TO_POINTER (spans->len));
          list = g_array_new (FALSE, FALSE, sizeof (PrecisSpan));
          g_ptr_array_add (spans, list);
          g_ptr_array_add (order, (gpointer) timex);
        }
      PrecisSpan span = { timex->start, timex->end };
      g_array_append_val (list, span);
    }

  for (guint f = 0; f < order->len; f++)
    {
      const PrecisTimex *first = g_ptr_array_index (order, f);
      GArray *mentions = g_ptr_array_index (spans, f);
      double position = document->text_chars ? (double) first->start / document->text_chars : 0;
      double raw = precision_of (first) * (log2 (1.0 + mentions->len) + (1.0 - position));
      PrecisFact fact = { PRECIS_FACT_DATE, g_strdup (first->value), raw / (raw + 4.0),
                          g_array_ref (mentions) };
      g_array_append_val (facts, fact);
    }
}
