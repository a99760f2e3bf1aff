/* wire.c — frames and primitive values of the worker protocol.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "wire.h"

#define NONE G_MAXUINT32

GByteArray *
precis_wire_begin (PrecisWireKind kind)
{
  GByteArray *frame = g_byte_array_sized_new (256);
  const guint8 header[PRECIS_WIRE_HEADER_SIZE] = { 'P', 'W', PRECIS_WIRE_VERSION, kind, 0, 0, 0, 0 };

  g_byte_array_append (frame, header, sizeof header);
  return frame;
}

gboolean
precis_wire_end (GByteArray *frame)
{
  gsize payload = frame->len - PRECIS_WIRE_HEADER_SIZE;
  guint32 le;

  if (payload > PRECIS_WIRE_MAX_PAYLOAD)
    return FALSE;
  le = GUINT32_TO_LE ((guint32) payload);
  memcpy (frame->data + 4, &le, 4);
  return TRUE;
}

void
precis_wire_put_u32 (GByteArray *frame, guint32 value)
{
  guint32 le = GUINT32_TO_LE (value);

  g_byte_array_append (frame, (const guint8 *) &le, 4);
}

void
precis_wire_put_u64 (GByteArray *frame, guint64 value)
{
  guint64 le = GUINT64_TO_LE (value);

  g_byte_array_append (frame, (const guint8 *) &le, 8);
}

void
precis_wire_put_double (GByteArray *frame, double value)
{
  guint64 bits;

  memcpy (&bits, &value, 8);
  precis_wire_put_u64 (frame, bits);
}

void
precis_wire_put_string (GByteArray *frame, const char *value, gssize length)
{
  if (value == NULL)
    {
      precis_wire_put_u32 (frame, NONE);
      return;
    }
  if (length < 0)
    length = strlen (value);
  g_assert ((gsize) length < NONE);
  precis_wire_put_u32 (frame, (guint32) length);
  g_byte_array_append (frame, (const guint8 *) value, length);
}

gboolean
precis_wire_parse_header (const guint8 header[PRECIS_WIRE_HEADER_SIZE], guint32 max,
                          PrecisWireKind *kind, guint32 *length)
{
  guint32 le;

  if (header[0] != 'P' || header[1] != 'W' || header[2] != PRECIS_WIRE_VERSION)
    return FALSE;
  if (header[3] < PRECIS_WIRE_REQUEST || header[3] > PRECIS_WIRE_LOADED || header[3] == 2)
    return FALSE;
  memcpy (&le, header + 4, 4);
  *length = GUINT32_FROM_LE (le);
  *kind = header[3];
  return *length <= MIN (max, PRECIS_WIRE_MAX_PAYLOAD);
}

void
precis_wire_reader_init (PrecisWireReader *reader, const guint8 *data, gsize length)
{
  reader->data = data;
  reader->left = length;
  reader->ok = TRUE;
}

void
precis_wire_reader_fail (PrecisWireReader *reader)
{
  reader->ok = FALSE;
  reader->left = 0;
}

static const guint8 *
take (PrecisWireReader *reader, gsize bytes)
{
  const guint8 *p;

  if (!reader->ok || reader->left < bytes)
    {
      precis_wire_reader_fail (reader);
      return NULL;
    }
  p = reader->data;
  reader->data += bytes;
  reader->left -= bytes;
  return p;
}

guint32
precis_wire_get_u32 (PrecisWireReader *reader)
{
  const guint8 *p = take (reader, 4);
  guint32 le;

  if (p == NULL)
    return 0;
  memcpy (&le, p, 4);
  return GUINT32_FROM_LE (le);
}

guint64
precis_wire_get_u64 (PrecisWireReader *reader)
{
  const guint8 *p = take (reader, 8);
  guint64 le;

  if (p == NULL)
    return 0;
  memcpy (&le, p, 8);
  return GUINT64_FROM_LE (le);
}

double
precis_wire_get_double (PrecisWireReader *reader)
{
  guint64 bits = precis_wire_get_u64 (reader);
  double value;

  memcpy (&value, &bits, 8);
  return value;
}

/* UTF-8 without a NUL: the words of ASCII eight bytes a step (an
 * answer's strings are mostly ASCII), GLib's check from the first word
 * that is not (g_utf8_validate() with a length refuses a NUL too). */
static gboolean
valid_text (const guint8 *p, gsize n)
{
  const guint64 high = G_GUINT64_CONSTANT (0x8080808080808080);
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  gsize i = 0;

  for (; i + 8 <= n; i += 8)
    {
      guint64 v;

      memcpy (&v, p + i, 8);
      if (v & high)
        return g_utf8_validate ((const char *) p + i, n - i, NULL);
      if ((v - ones) & high)    /* ASCII only: a byte went below 1, a NUL */
        return FALSE;
    }
  for (; i < n; i++)
    {
      if (p[i] & 0x80)
        return g_utf8_validate ((const char *) p + i, n - i, NULL);
      if (p[i] == 0)
        return FALSE;
    }
  return TRUE;
}

/* A string's bytes (NULL for none, or malformed), checked: UTF-8 with
 * no NUL inside, as they end up in D-Bus replies and C strings. */
static const guint8 *
take_string (PrecisWireReader *reader, gboolean nullable, guint32 *n)
{
  const guint8 *p;

  *n = precis_wire_get_u32 (reader);
  if (reader->ok && *n == NONE)
    {
      if (!nullable)
        precis_wire_reader_fail (reader);
      return NULL;
    }
  p = take (reader, *n);
  if (p == NULL || !valid_text (p, *n))
    {
      precis_wire_reader_fail (reader);
      return NULL;
    }
  return p;
}

char *
precis_wire_get_string (PrecisWireReader *reader, gboolean nullable, gsize *length)
{
  guint32 n;
  const guint8 *p = take_string (reader, nullable, &n);

  if (length != NULL)
    *length = p != NULL ? n : 0;
  return p != NULL ? g_strndup ((const char *) p, n) : NULL;
}

const char *
precis_wire_get_string_into (PrecisWireReader *reader, gboolean nullable, char **into)
{
  guint32 n;
  const guint8 *p = take_string (reader, nullable, &n);
  char *s = *into;

  if (p == NULL)
    return NULL;
  memcpy (s, p, n);
  s[n] = '\0';
  *into = s + n + 1;
  return s;
}

char *
precis_wire_get_bytes (PrecisWireReader *reader, gsize *length)
{
  guint32 n = precis_wire_get_u32 (reader);
  const guint8 *p = n != NONE ? take (reader, n) : NULL;

  *length = 0;
  if (p == NULL || memchr (p, '\0', n) != NULL)
    {
      precis_wire_reader_fail (reader);
      return NULL;
    }
  *length = n;
  return g_strndup ((const char *) p, n);
}

guint32
precis_wire_get_count (PrecisWireReader *reader, gsize min_bytes)
{
  guint32 n = precis_wire_get_u32 (reader);

  if (!reader->ok || (min_bytes > 0 && n > reader->left / min_bytes))
    {
      precis_wire_reader_fail (reader);
      return 0;
    }
  return n;
}

gboolean
precis_wire_reader_done (PrecisWireReader *reader)
{
  return reader->ok && reader->left == 0;
}
