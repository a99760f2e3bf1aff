/* wire-probe.c — DESCRIBED and LOADED frames.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "wire-probe.h"

GByteArray *
precis_wire_encode_described (guint32 index, const PrecisPluginDescriptor *descriptor)
{
  GByteArray *frame = precis_wire_begin (PRECIS_WIRE_DESCRIBED);

  precis_wire_put_u32 (frame, index);
  precis_wire_put_string (frame, descriptor->name, -1);
  precis_wire_put_string (frame, descriptor->version, -1);
  precis_wire_put_string (frame, descriptor->description, -1);
  precis_wire_put_u32 (frame, descriptor->capabilities);
  if (!precis_wire_end (frame))
    g_clear_pointer (&frame, g_byte_array_unref);
  return frame;
}

gboolean
precis_wire_decode_described (const guint8 *payload, gsize length, guint32 *index,
                              char **name, char **version, char **description,
                              guint32 *capabilities)
{
  PrecisWireReader reader;

  precis_wire_reader_init (&reader, payload, length);
  *index = precis_wire_get_u32 (&reader);
  *name = precis_wire_get_string (&reader, FALSE, NULL);
  *version = precis_wire_get_string (&reader, FALSE, NULL);
  *description = precis_wire_get_string (&reader, FALSE, NULL);
  *capabilities = precis_wire_get_u32 (&reader);
  if (precis_wire_reader_done (&reader))
    return TRUE;
  g_clear_pointer (name, g_free);
  g_clear_pointer (version, g_free);
  g_clear_pointer (description, g_free);
  return FALSE;
}

GByteArray *
precis_wire_encode_loaded (guint32 index, const char *refusal)
{
  GByteArray *frame = precis_wire_begin (PRECIS_WIRE_LOADED);

  precis_wire_put_u32 (frame, index);
  precis_wire_put_string (frame, refusal, -1);
  if (!precis_wire_end (frame))
    g_clear_pointer (&frame, g_byte_array_unref);
  return frame;
}

gboolean
precis_wire_decode_loaded (const guint8 *payload, gsize length, guint32 *index, char **refusal)
{
  PrecisWireReader reader;

  precis_wire_reader_init (&reader, payload, length);
  *index = precis_wire_get_u32 (&reader);
  *refusal = precis_wire_get_string (&reader, TRUE, NULL);
  if (precis_wire_reader_done (&reader))
    return TRUE;
  g_clear_pointer (refusal, g_free);
  return FALSE;
}
