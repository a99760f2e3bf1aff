/* fuzz-common.c — data dir, pipeline, valid UTF-8 and a fixed date.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "fuzz-common.h"

#include <stdlib.h>
#include <string.h>

#include "pipeline.h"

/* GLib criticals and warnings from the code under test are findings, not
 * noise; abort() (not G_BREAKPOINT's SIGTRAP) so that libFuzzer saves the
 * input.  The default writer drops debug messages (libsoup's about dates
 * it cannot parse) unless G_MESSAGES_DEBUG asks: on stdout they would
 * break the replay tests' TAP. */
static GLogWriterOutput
abort_on_warnings (GLogLevelFlags level, const GLogField *fields, gsize n_fields, gpointer data)
{
  GLogWriterOutput written = g_log_writer_default (level, fields, n_fields, data);

  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();
  return written;
}

void
fuzz_init_logging (void)
{
  g_log_set_writer_func (abort_on_warnings, NULL, NULL);
}

void
fuzz_init_pipeline (void)
{
  g_autoptr (GError) error = NULL;

  if (g_getenv ("PRECIS_DATA_DIR") == NULL)
    g_setenv ("PRECIS_DATA_DIR", PRECIS_SOURCE_ROOT "/data", TRUE);
  fuzz_init_logging ();
  if (!precis_pipeline_init (NULL, &error))
    {
      g_printerr ("precis_pipeline_init: %s\n", error->message);
      abort ();
    }
}

char *
fuzz_utf8 (const uint8_t *data, size_t size)
{
  if (g_utf8_validate_len ((const char *) data, size, NULL) && memchr (data, 0, size) == NULL)
    return g_strndup ((const char *) data, size);
  {
    /* NULs end a D-Bus string too: drop them, then repair the rest. */
    g_autofree char *copy = g_malloc (size + 1);
    size_t n = 0;

    for (size_t i = 0; i < size; i++)
      if (data[i] != 0)
        copy[n++] = (char) data[i];
    return g_utf8_make_valid (copy, (gssize) n);
  }
}

GDateTime *
fuzz_published (void)
{
  return g_date_time_new_utc (2025, 2, 22, 10, 0, 0);
}
