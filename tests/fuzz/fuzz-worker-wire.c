/* fuzz-worker-wire.c — precisd's reader of the worker protocol on any bytes.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * What a worker sends comes from a process that runs plugin code, so
 * precisd must survive any bytes from it: the input is read as the
 * frames a worker would send (REQUEST frames also as the worker reads
 * them; DESCRIBED and LOADED as a probe sends them).  Whatever decodes
 * must hold the invariants the D-Bus reply relies on — valid UTF-8, spans
 * inside the text, finite scores, known kinds — and encode back to the
 * very same payload.
 */
#include <math.h>
#include <string.h>

#include "fuzz-common.h"
#include "wire-analysis.h"
#include "wire-probe.h"

/* The text every RESULT is checked against: this many code points. */
#define TEXT_CHARS 1000

int
LLVMFuzzerInitialize (int *argc, char **argv[])
{
  fuzz_init_logging ();
  return 0;
}

static void
check_result (const PrecisAnalysis *a)
{
  for (guint i = 0; a->summary != NULL && i < a->summary->len; i++)
    {
      const PrecisChosenSentence *s = &g_array_index (a->summary, PrecisChosenSentence, i);

      g_assert_true (g_utf8_validate (s->text, -1, NULL));
      g_assert_cmpuint (s->start, <=, s->end);
      g_assert_cmpuint (s->end, <=, TEXT_CHARS);
      g_assert_true (isfinite (s->score));
    }
  for (guint i = 0; a->facts != NULL && i < a->facts->len; i++)
    {
      const PrecisFactResult *f = &g_array_index (a->facts, PrecisFactResult, i);

      g_assert_true (g_utf8_validate (f->value, -1, NULL) && g_utf8_validate (f->text, -1, NULL));
      g_assert_cmpuint (f->kind, <=, PRECIS_FACT_DATE);
      g_assert_cmpuint (f->mentions->len, >, 0);
      for (guint k = 0; k < f->mentions->len; k++)
        {
          const PrecisSpan *span = &g_array_index (f->mentions, PrecisSpan, k);

          g_assert_cmpuint (span->start, <, span->end);
          g_assert_cmpuint (span->end, <=, TEXT_CHARS);
        }
    }
}

static void
assert_same_payload (GByteArray *frame, const guint8 *payload, gsize length)
{
  g_assert_nonnull (frame);
  g_assert_cmpmem (frame->data + PRECIS_WIRE_HEADER_SIZE, frame->len - PRECIS_WIRE_HEADER_SIZE,
                   payload, length);
  g_byte_array_unref (frame);
}

static void
one_frame (PrecisWireKind kind, const guint8 *payload, gsize length)
{
  PrecisAnalysis analysis = { 0 };
  PrecisWireRequest request;

  switch (kind)
    {
    case PRECIS_WIRE_REQUEST:
      if (precis_wire_decode_request (payload, length, &request))
        {
          PrecisAnalysis in = {
            .text = request.text, .length = request.length, .options = &request.options,
            .heading_lines = request.heading_lines, .page_published = request.page_published,
            .page_title = request.page_title, .page_language = request.page_language,
          };

          g_assert_cmpuint (strlen (request.text), ==, request.length);
          /* Dates are re-written in their canonical ISO 8601 form, so only
           * the frame without them compares byte for byte. */
          if (request.options.published == NULL && request.page_published == NULL)
            assert_same_payload (precis_wire_encode_request (&in, request.summarizer, request.extractor),
                                 payload, length);
          precis_wire_request_clear (&request);
        }
      break;
    case PRECIS_WIRE_DESCRIBED:
      {
        g_autofree char *name = NULL, *version = NULL, *description = NULL;
        guint32 index, capabilities;

        if (precis_wire_decode_described (payload, length, &index, &name, &version, &description,
                                          &capabilities))
          {
            PrecisPluginDescriptor d = { .name = name, .version = version, .description = description,
                                         .capabilities = capabilities };

            g_assert_true (g_utf8_validate (name, -1, NULL) && g_utf8_validate (description, -1, NULL));
            assert_same_payload (precis_wire_encode_described (index, &d), payload, length);
          }
        else
          g_assert_true (name == NULL && version == NULL && description == NULL);
      }
      break;
    case PRECIS_WIRE_LOADED:
      {
        g_autofree char *refusal = NULL;
        guint32 index;

        if (precis_wire_decode_loaded (payload, length, &index, &refusal))
          assert_same_payload (precis_wire_encode_loaded (index, refusal), payload, length);
        else
          g_assert_null (refusal);
      }
      break;
    case PRECIS_WIRE_RESULT:
    case PRECIS_WIRE_ERROR:
    default:
      if (precis_wire_decode_result (kind, payload, length, TEXT_CHARS, &analysis))
        {
          check_result (&analysis);
          if (analysis.error == NULL)
            assert_same_payload (precis_wire_encode_result (&analysis), payload, length);
        }
      else
        g_assert_true (analysis.summary == NULL && analysis.facts == NULL && analysis.error == NULL);
      precis_analysis_clear (&analysis);
      break;
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  /* Frames one after another, as they come down the socket; the first
   * bad header ends the stream, as it ends precisd's reading. */
  while (size >= PRECIS_WIRE_HEADER_SIZE)
    {
      PrecisWireKind kind;
      guint32 length;

      if (!precis_wire_parse_header (data, PRECIS_WIRE_MAX_PAYLOAD, &kind, &length) ||
          length > size - PRECIS_WIRE_HEADER_SIZE)
        break;
      one_frame (kind, data + PRECIS_WIRE_HEADER_SIZE, length);
      data += PRECIS_WIRE_HEADER_SIZE + length;
      size -= PRECIS_WIRE_HEADER_SIZE + length;
    }
  return 0;
}
