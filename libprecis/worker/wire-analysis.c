/* wire-analysis.c — one analysis as worker protocol frames.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "errors.h"
#include "wire-analysis.h"

/* Smallest encodings, for counts: a sentence is a string (4) and u32, u32,
 * double; a fact u32, two strings, a double and a count; a span two u32. */
#define MIN_SENTENCE_BYTES (4 + 4 + 4 + 8)
#define MIN_FACT_BYTES (4 + 4 + 4 + 8 + 4)
#define MIN_SPAN_BYTES 8

static void
put_date (GByteArray *frame, GDateTime *date)
{
  g_autofree char *text = date != NULL ? g_date_time_format_iso8601 (date) : NULL;

  precis_wire_put_string (frame, text, -1);
}

static GDateTime *
get_date (PrecisWireReader *reader)
{
  g_autofree char *text = precis_wire_get_string (reader, TRUE, NULL);
  GDateTime *date;

  if (text == NULL)
    return NULL;
  date = g_date_time_new_from_iso8601 (text, NULL);
  if (date == NULL)
    precis_wire_reader_fail (reader);
  return date;
}

GByteArray *
precis_wire_encode_request (const PrecisAnalysis *analysis, guint32 summarizer, guint32 extractor)
{
  const PrecisCallOptions *options = analysis->options;
  GByteArray *frame = precis_wire_begin (PRECIS_WIRE_REQUEST);
  GArray *headings = analysis->heading_lines;

  if (analysis->length >= PRECIS_WIRE_MAX_PAYLOAD)
    {
      g_byte_array_unref (frame);
      return NULL;
    }
  precis_wire_put_u32 (frame, summarizer);
  precis_wire_put_u32 (frame, extractor);
  precis_wire_put_string (frame, analysis->text, analysis->length);
  precis_wire_put_u32 (frame, options->summary.sentences);
  precis_wire_put_double (frame, options->summary.ratio);
  precis_wire_put_u32 (frame, options->summary.max_chars);
  precis_wire_put_u32 (frame, options->summary.order);
  precis_wire_put_string (frame, options->title, -1);
  put_date (frame, options->published);
  precis_wire_put_string (frame, options->language, -1);
  precis_wire_put_u32 (frame, headings != NULL ? headings->len : 0);
  for (guint i = 0; headings != NULL && i < headings->len; i++)
    precis_wire_put_u32 (frame, g_array_index (headings, guint32, i));
  put_date (frame, analysis->page_published);
  precis_wire_put_string (frame, analysis->page_title, -1);
  /* The worker needs the evidence, not where it came from. */
  precis_wire_put_string (frame, precis_analysis_declared_language (analysis), -1);
  if (!precis_wire_end (frame))
    g_clear_pointer (&frame, g_byte_array_unref);
  return frame;
}

void
precis_wire_request_clear (PrecisWireRequest *request)
{
  g_clear_pointer (&request->text, g_free);
  precis_call_options_clear (&request->options);
  g_clear_pointer (&request->heading_lines, g_array_unref);
  g_clear_pointer (&request->page_published, g_date_time_unref);
  g_clear_pointer (&request->page_title, g_free);
  g_clear_pointer (&request->page_language, g_free);
}

gboolean
precis_wire_decode_request (const guint8 *payload, gsize length, PrecisWireRequest *request)
{
  PrecisWireReader r;
  PrecisSummaryOptions *summary = &request->options.summary;
  guint32 n_headings;

  memset (request, 0, sizeof *request);
  precis_call_options_init (&request->options);
  precis_wire_reader_init (&r, payload, length);
  request->summarizer = precis_wire_get_u32 (&r);
  request->extractor = precis_wire_get_u32 (&r);
  request->text = precis_wire_get_bytes (&r, &request->length);
  summary->sentences = precis_wire_get_u32 (&r);
  summary->ratio = precis_wire_get_double (&r);
  summary->max_chars = precis_wire_get_u32 (&r);
  summary->order = precis_wire_get_u32 (&r);
  if (!isfinite (summary->ratio) || summary->ratio < 0 || summary->ratio > 1 ||
      (summary->order != PRECIS_ORDER_DOCUMENT && summary->order != PRECIS_ORDER_SCORE))
    precis_wire_reader_fail (&r);
  request->options.title = precis_wire_get_string (&r, TRUE, NULL);
  request->options.published = get_date (&r);
  request->options.language = precis_wire_get_string (&r, TRUE, NULL);
  n_headings = precis_wire_get_count (&r, 4);
  request->heading_lines = g_array_sized_new (FALSE, FALSE, sizeof (guint32), n_headings);
  for (guint32 i = 0; i < n_headings; i++)
    {
      guint32 line = precis_wire_get_u32 (&r);

      g_array_append_val (request->heading_lines, line);
    }
  request->page_published = get_date (&r);
  request->page_title = precis_wire_get_string (&r, TRUE, NULL);
  request->page_language = precis_wire_get_string (&r, TRUE, NULL);
  if (!precis_wire_reader_done (&r))
    {
      precis_wire_request_clear (request);
      return FALSE;
    }
  return TRUE;
}

/* --- results --------------------------------------------------------------------- */

static GByteArray *
encode_error (const GError *error)
{
  GByteArray *frame = precis_wire_begin (PRECIS_WIRE_ERROR);
  guint32 code = PRECIS_ERROR_PLUGIN_FAILED;

  if (error->domain == PRECIS_ERROR)
    code = error->code;
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    code = PRECIS_ERROR_CANCELLED;
  precis_wire_put_u32 (frame, code);
  /* A message is a person's to read: invalid UTF-8 from a plugin is mended here. */
  if (g_utf8_validate (error->message, -1, NULL))
    precis_wire_put_string (frame, error->message, -1);
  else
    {
      g_autofree char *valid = g_utf8_make_valid (error->message, -1);

      precis_wire_put_string (frame, valid, -1);
    }
  precis_wire_end (frame);
  return frame;
}

GByteArray *
precis_wire_encode_result (const PrecisAnalysis *analysis)
{
  GByteArray *frame;
  GArray *summary = analysis->summary, *facts = analysis->facts;

  if (analysis->error != NULL)
    return encode_error (analysis->error);

  frame = precis_wire_begin (PRECIS_WIRE_RESULT);
  precis_wire_put_u32 (frame, summary != NULL ? summary->len : 0);
  for (guint i = 0; summary != NULL && i < summary->len; i++)
    {
      const PrecisChosenSentence *s = &g_array_index (summary, PrecisChosenSentence, i);

      precis_wire_put_string (frame, s->text, -1);
      precis_wire_put_u32 (frame, s->start);
      precis_wire_put_u32 (frame, s->end);
      precis_wire_put_double (frame, s->score);
    }
  precis_wire_put_u32 (frame, facts != NULL ? facts->len : 0);
  for (guint i = 0; facts != NULL && i < facts->len; i++)
    {
      const PrecisFactResult *f = &g_array_index (facts, PrecisFactResult, i);

      precis_wire_put_u32 (frame, f->kind);
      precis_wire_put_string (frame, f->value, -1);
      precis_wire_put_string (frame, f->text, -1);
      precis_wire_put_double (frame, f->salience);
      precis_wire_put_u32 (frame, f->mentions->len);
      for (guint k = 0; k < f->mentions->len; k++)
        {
          const PrecisSpan *span = &g_array_index (f->mentions, PrecisSpan, k);

          precis_wire_put_u32 (frame, span->start);
          precis_wire_put_u32 (frame, span->end);
        }
    }
  precis_wire_put_string (frame, analysis->anchor, -1);
  precis_wire_put_u32 (frame, analysis->anchor_source);
  precis_wire_put_string (frame, analysis->title, -1);
  precis_wire_put_string (frame, analysis->language, -1);
  precis_wire_put_string (frame, analysis->facts_language, -1);
  precis_wire_put_u32 (frame, analysis->n_content_sentences);
  if (!precis_wire_end (frame))
    g_clear_pointer (&frame, g_byte_array_unref);
  return frame;
}

static gboolean
decode_error (PrecisWireReader *r, PrecisAnalysis *analysis)
{
  guint32 code = precis_wire_get_u32 (r);
  g_autofree char *message = precis_wire_get_string (r, FALSE, NULL);

  if (code > PRECIS_ERROR_NOT_A_FEED || !precis_wire_reader_done (r))
    return FALSE;
  analysis->error = g_error_new_literal (PRECIS_ERROR, code, message);
  return TRUE;
}

/* The summary and the facts borrow their strings from the analysis' block. */
static GArray *
decode_summary (PrecisWireReader *r, guint32 text_chars, char **strings)
{
  guint32 n = precis_wire_get_count (r, MIN_SENTENCE_BYTES);
  GArray *summary = g_array_sized_new (FALSE, FALSE, sizeof (PrecisChosenSentence), n);

  for (guint32 i = 0; i < n && r->ok; i++)
    {
      PrecisChosenSentence s;

      s.text = (char *) precis_wire_get_string_into (r, FALSE, strings);
      s.start = precis_wire_get_u32 (r);
      s.end = precis_wire_get_u32 (r);
      s.score = precis_wire_get_double (r);
      if (s.text != NULL)
        g_array_append_val (summary, s);
      if (s.start > s.end || s.end > text_chars || !isfinite (s.score))
        precis_wire_reader_fail (r);
    }
  return summary;
}

static void
fact_mentions_clear (PrecisFactResult *fact)
{
  g_clear_pointer (&fact->mentions, g_array_unref);
}

static GArray *
decode_facts (PrecisWireReader *r, guint32 text_chars, char **strings)
{
  guint32 n = precis_wire_get_count (r, MIN_FACT_BYTES);
  GArray *facts = g_array_sized_new (FALSE, FALSE, sizeof (PrecisFactResult), n);

  g_array_set_clear_func (facts, (GDestroyNotify) fact_mentions_clear);
  for (guint32 i = 0; i < n && r->ok; i++)
    {
      PrecisFactResult f = { 0 };
      guint32 n_mentions;

      f.kind = precis_wire_get_u32 (r);
      f.value = (char *) precis_wire_get_string_into (r, FALSE, strings);
      f.text = (char *) precis_wire_get_string_into (r, FALSE, strings);
      f.salience = precis_wire_get_double (r);
      n_mentions = precis_wire_get_count (r, MIN_SPAN_BYTES);
      /* Sized at once and written in place: the count fits in the payload. */
      f.mentions = g_array_sized_new (FALSE, FALSE, sizeof (PrecisSpan), n_mentions);
      g_array_set_size (f.mentions, n_mentions);
      for (guint32 k = 0; k < n_mentions; k++)
        {
          PrecisSpan *span = &g_array_index (f.mentions, PrecisSpan, k);

          span->start = precis_wire_get_u32 (r);
          span->end = precis_wire_get_u32 (r);
          if (span->start >= span->end || span->end > text_chars)
            precis_wire_reader_fail (r);
        }
      if ((guint) f.kind > PRECIS_FACT_DATE || n_mentions == 0 || !isfinite (f.salience))
        precis_wire_reader_fail (r);
      g_array_append_val (facts, f);
    }
  return facts;
}

gboolean
precis_wire_decode_result (PrecisWireKind kind, const guint8 *payload, gsize length,
                           guint32 text_chars, PrecisAnalysis *analysis)
{
  PrecisWireReader r;
  guint32 source;
  char *strings;

  precis_wire_reader_init (&r, payload, length);
  precis_analysis_clear_outputs (analysis);
  if (kind == PRECIS_WIRE_ERROR)
    return decode_error (&r, analysis);
  if (kind != PRECIS_WIRE_RESULT)
    return FALSE;
  /* One block for all its strings, not one allocation each (~70 an
   * Analyze of the seed article): the payload's size is enough. */
  analysis->strings = g_malloc (MAX (length, 1));
  strings = analysis->strings;
  analysis->summary = decode_summary (&r, text_chars, &strings);
  analysis->facts = decode_facts (&r, text_chars, &strings);
  analysis->anchor = (char *) precis_wire_get_string_into (&r, TRUE, &strings);
  source = precis_wire_get_u32 (&r);
  analysis->title = (char *) precis_wire_get_string_into (&r, TRUE, &strings);
  analysis->language = (char *) precis_wire_get_string_into (&r, TRUE, &strings);
  analysis->facts_language = (char *) precis_wire_get_string_into (&r, TRUE, &strings);
  analysis->n_content_sentences = precis_wire_get_u32 (&r);
  if (source > PRECIS_ANCHOR_PAGE)
    precis_wire_reader_fail (&r);
  analysis->anchor_source = source;
  if (!precis_wire_reader_done (&r))
    {
      precis_analysis_clear_outputs (analysis);
      return FALSE;
    }
  return TRUE;
}
