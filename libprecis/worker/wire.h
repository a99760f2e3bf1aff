/* wire.h — the framing and the primitive values of the worker protocol.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * precisd and its analysis workers (precis-worker) talk over a socketpair
 * in frames: an 8-byte header — 'P' 'W', the protocol version, the frame
 * kind, the payload length (u32, little endian) — then the payload.
 * Payloads are sequences of u32, u64, doubles (their IEEE bits as u64) and
 * strings (a u32 byte count, 0xffffffff for none, then the bytes, no NUL).
 *
 * The worker runs plugin code, so what it sends is untrusted: every length
 * is checked against what is left of the payload and the payload against a
 * bound before any allocation, every string must be UTF-8 without NUL, and
 * anything else makes the whole frame malformed.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* 2: which plugin runs is no longer a frame (RUNNING, kind 2) but a word
 * of memory shared with precisd (process.h). */
#define PRECIS_WIRE_VERSION 2
#define PRECIS_WIRE_HEADER_SIZE 8
/* No frame is larger, either way (a request is a text of at most
 * max-text-bytes, itself at most this, plus a few strings). */
#define PRECIS_WIRE_MAX_PAYLOAD (64u * 1024 * 1024)

typedef enum {
  PRECIS_WIRE_REQUEST = 1,   /* precisd → worker: analyse this */
  /* 2 was RUNNING (version 1): not a kind any more. */
  PRECIS_WIRE_RESULT = 3,    /* worker → precisd: the analysis */
  PRECIS_WIRE_ERROR = 4,     /* worker → precisd: the analysis failed (u32 code, string) */
  PRECIS_WIRE_READY = 5,     /* worker → precisd: plugins loaded, sandbox on (no payload) */
  /* A probe (precis-worker --probe) loads plugins for precisd, which runs none itself: */
  PRECIS_WIRE_DESCRIBED = 6, /* worker → precisd: plugin i's descriptor, before its load() (wire-probe.h) */
  PRECIS_WIRE_LOADED = 7,    /* worker → precisd: plugin i loaded, or refused and why */
} PrecisWireKind;

/* --- writing ---------------------------------------------------------------- */

/* A frame under construction: the header is filled in by precis_wire_end(). */
GByteArray *precis_wire_begin (PrecisWireKind kind);
/* Fill in the payload length; FALSE if the payload is over the bound. */
gboolean precis_wire_end (GByteArray *frame);

void precis_wire_put_u32 (GByteArray *frame, guint32 value);
void precis_wire_put_u64 (GByteArray *frame, guint64 value);
void precis_wire_put_double (GByteArray *frame, double value);
/* `length` -1: NUL-terminated.  NULL is sent as "none". */
void precis_wire_put_string (GByteArray *frame, const char *value, gssize length);

/* --- reading ---------------------------------------------------------------- */

/* Check a header: magic, version, a known kind, the length within `max`. */
gboolean precis_wire_parse_header (const guint8 header[PRECIS_WIRE_HEADER_SIZE], guint32 max,
                                   PrecisWireKind *kind, guint32 *length);

/* A cursor over one payload.  Any read past its end, or of a malformed
 * value, clears `ok` and reads zeros from then on, so a decoder checks
 * `ok` once at its end (and before using a count to allocate). */
typedef struct {
  const guint8 *data;
  gsize left;
  gboolean ok;
} PrecisWireReader;

void precis_wire_reader_init (PrecisWireReader *reader, const guint8 *data, gsize length);
guint32 precis_wire_get_u32 (PrecisWireReader *reader);
guint64 precis_wire_get_u64 (PrecisWireReader *reader);
double precis_wire_get_double (PrecisWireReader *reader);
/* A new string (NULL for none, or when malformed: then `ok` is FALSE).
 * `length` (may be NULL) gets its byte count.  `nullable` FALSE: none is
 * malformed. */
char *precis_wire_get_string (PrecisWireReader *reader, gboolean nullable, gsize *length);
/* The same string copied to *into, NUL-terminated, *into then moved past
 * it: a payload's strings in one block.  The block needs no more bytes
 * than the payload has (a string of n bytes took n + 4 of it, its copy
 * n + 1).  Returns the copy, or NULL as precis_wire_get_string() does. */
const char *precis_wire_get_string_into (PrecisWireReader *reader, gboolean nullable, char **into);
/* Bytes that need not be UTF-8 (a text as the caller gave it), as a new
 * NUL-terminated copy; a NUL inside or none is malformed. */
char *precis_wire_get_bytes (PrecisWireReader *reader, gsize *length);
/* A count of elements that take at least `min_bytes` each: one that could
 * not fit in what is left is malformed (0 is returned), so a count never
 * sizes an allocation larger than the payload. */
guint32 precis_wire_get_count (PrecisWireReader *reader, gsize min_bytes);
/* Mark the payload malformed (a value out of its range). */
void precis_wire_reader_fail (PrecisWireReader *reader);
/* TRUE if every read succeeded and the whole payload was read. */
gboolean precis_wire_reader_done (PrecisWireReader *reader);

G_END_DECLS
