/* input.c — the article a subcommand sends: a file, stdin or a URL.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "input.h"

#include <errno.h>
#include <gio/gio.h>
#include <stdio.h>
#include <unistd.h>

gboolean
precis_input_is_url (const char *arg)
{
  return arg != NULL && (g_ascii_strncasecmp (arg, "http://", 7) == 0 ||
                         g_ascii_strncasecmp (arg, "https://", 8) == 0);
}

gboolean
precis_input_check (const char *data, gsize length, const char *name, gsize max_bytes,
                    GError **error)
{
  const char *end;

  if (length > max_bytes)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                   "%s is larger than %g MiB, more than precis sends over the bus: send a part of it",
                   name, max_bytes / (1024.0 * 1024.0));
      return FALSE;
    }
  /* g_utf8_validate_len also refuses NUL, which a D-Bus string cannot hold. */
  if (!g_utf8_validate_len (data, length, &end))
    {
      gsize offset = (gsize) (end - data);
      gsize line = 1;
      for (const char *p = data; p < end; p++)
        line += *p == '\n';
      g_set_error (error, G_CONVERT_ERROR, G_CONVERT_ERROR_ILLEGAL_SEQUENCE,
                   "%s is not valid UTF-8: %s byte 0x%02x at byte offset %" G_GSIZE_FORMAT
                   " (line %" G_GSIZE_FORMAT "); convert it first, e.g. with iconv -f LATIN1 -t UTF-8",
                   name, *end == '\0' ? "NUL" : "invalid", (guchar) *end, offset, line);
      return FALSE;
    }
  return TRUE;
}

char *
precis_input_read (const char *path, gsize max_bytes, GError **error)
{
  g_autofree char *local = NULL;

  /* A file:// URI (from a file manager or a browser) is the file it names. */
  if (path != NULL && g_ascii_strncasecmp (path, "file:", 5) == 0)
    {
      if ((local = g_filename_from_uri (path, NULL, error)) == NULL)
        return NULL;
      path = local;
    }
  gboolean from_stdin = path == NULL || g_str_equal (path, "-");
  const char *name = from_stdin ? "standard input" : path;
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  FILE *file = from_stdin ? stdin : fopen (path, "rb");
  guint8 buffer[65536];
  size_t n;
  int saved_errno = 0;

  if (file == NULL)
    {
      saved_errno = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "cannot open %s: %s", path, g_strerror (saved_errno));
      return NULL;
    }
  if (from_stdin && isatty (STDIN_FILENO))
    g_printerr ("precis: reading the article from the terminal; end it with Ctrl-D\n");

  /* Read one byte past the limit: enough to know the text is too large. */
  while (bytes->len <= max_bytes && (n = fread (buffer, 1, sizeof buffer, file)) > 0)
    g_byte_array_append (bytes, buffer, (guint) n);
  if (ferror (file))
    saved_errno = errno;
  if (!from_stdin)
    fclose (file);
  if (saved_errno != 0)
    {
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "cannot read %s: %s", name, g_strerror (saved_errno));
      return NULL;
    }
  if (!precis_input_check ((const char *) bytes->data, bytes->len, name, max_bytes, error))
    return NULL;
  g_byte_array_append (bytes, (const guint8 *) "", 1);
  return (char *) g_byte_array_free (g_steal_pointer (&bytes), FALSE);
}
