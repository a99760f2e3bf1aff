/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "pipeline.h"

#include <string.h>

#include "chars.h"
#include "clean.h"
#include "data-dir.h"
#include "dateline.h"
#include "language.h"
#include "local-time.h"
#include "mojibake.h"
#include "mojibake-words.h"
#include "quotes.h"
#include "segment.h"
#include "stopwords.h"
#include "structure.h"
#include "tokenize.h"

/* The public struct first, so that a PrecisDocument* is one of these. */
typedef struct {
  PrecisDocument public;
  char *text;
  PrecisMojibakeRepair repair;  /* text, when it is a repair of the caller's */
  char *input;                  /* then the caller's text; else NULL */
  char *title;
  char *language;
  char *pool;          /* every token's lower form and stem */
  PrecisToken *tokens;
  PrecisSentence *sentences;
  PrecisParagraph *paragraphs;
} Document;

static GMutex init_lock;
static gboolean initialized;

gboolean
precis_pipeline_init (const char *data_dir, GError **error)
{
  g_autofree char *dir = NULL;
  gboolean ok = TRUE;

  g_mutex_lock (&init_lock);
  if (!initialized)
    {
      dir = g_build_filename (data_dir != NULL ? data_dir : precis_data_dir (), "stopwords", NULL);
      ok = precis_stopwords_load_dir (dir, error);
      initialized = ok;
    }
  g_mutex_unlock (&init_lock);
  return ok;
}

/* Callers should init explicitly; a document made without it still gets
 * stop words if they can be found. */
static void
ensure_init (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      g_autoptr (GError) error = NULL;

      if (!precis_pipeline_init (NULL, &error))
        g_warning ("No stop words: %s", error->message);
      g_once_init_leave (&once, 1);
    }
}

/* Marks the tokens inside quotation marks.  A quotation spanning
 * paragraphs reopens in each, so the state ends with the paragraph. */
static void
mark_quotes (PrecisTokenBuf *buf, guint32 first, guint32 end)
{
  gboolean in_double = FALSE, in_single = FALSE;

  for (guint32 i = first; i < end; i++)
    {
      PrecisToken *token = &buf->tokens[i];

      switch ((PrecisTokenKind) token->reserved)
        {
        case PRECIS_KIND_OPEN_QUOTE:
          in_double = TRUE;
          break;
        case PRECIS_KIND_OPEN_SINGLE:
          in_single = TRUE;
          break;
        case PRECIS_KIND_CLOSE_QUOTE:
          if (in_double)
            token->flags |= PRECIS_TOKEN_IN_QUOTE;
          in_double = FALSE;
          continue;
        case PRECIS_KIND_CLOSE_SINGLE:
          if (in_single)
            {
              token->flags |= PRECIS_TOKEN_IN_QUOTE;
              in_single = FALSE;
              continue;
            }
          break;
        default:
          break;
        }
      if (in_double || in_single)
        token->flags |= PRECIS_TOKEN_IN_QUOTE;
    }
}

static gboolean
has_word (const PrecisTokenBuf *buf, guint32 first, guint32 end)
{
  for (guint32 i = first; i < end; i++)
    if (buf->tokens[i].flags & PRECIS_TOKEN_WORD)
      return TRUE;
  return FALSE;
}

/* A list item's bullet is layout, not part of the sentence after it. */
static void
drop_bullet (PrecisTokenBuf *buf, guint32 first)
{
  static const char *const bullets[] = {
    "-", "*", "\xe2\x80\x93", "\xe2\x80\x94", "\xe2\x80\xa2", "\xe2\x80\xa3", "\xe2\x96\xaa",
    "\xe2\x97\xa6", "\xe2\x97\x8f", "\xc2\xb7", NULL,
  };
  const PrecisToken *token = &buf->tokens[first];
  const char *lower;

  if (buf->n_tokens < first + 2 || (token->flags & PRECIS_TOKEN_WORD) ||
      !(buf->tokens[first + 1].flags & PRECIS_TOKEN_SPACE_BEFORE) ||
      !(buf->tokens[first + 1].flags & PRECIS_TOKEN_WORD))
    return;
  lower = precis_token_buf_lower (buf, token);
  for (guint i = 0; bullets[i] != NULL; i++)
    if (strcmp (lower, bullets[i]) == 0)
      {
        memmove (&buf->tokens[first], &buf->tokens[first + 1],
                 (buf->n_tokens - first - 1) * sizeof (PrecisToken));
        buf->n_tokens--;
        return;
      }
}

/* "en-US", "EN_gb" → "en": stemmers and word lists go by language alone. */
static char *
primary_language (const char *tag)
{
  gsize n = strcspn (tag, "-_.@");

  return n == 0 ? g_strdup (PRECIS_LANGUAGE_UNDETERMINED) : g_ascii_strdown (tag, (gssize) n);
}

/* The caller's language wins; else the text's own, the source's declared
 * language only as evidence. */
static char *
document_language (const char *text, gsize length, const PrecisPipelineOptions *options)
{
  if (options != NULL && options->language != NULL && *options->language != '\0')
    return primary_language (options->language);
  return g_strdup (precis_language_identify (text, length,
                                             options != NULL ? options->language_hint : NULL));
}

/* The text analysed when the caller's is mojibake: the whole text encoded
 * twice ("JosÃ©"), then the words a wrong charset broke ("MÃ¼nchen",
 * "Mьnchen"), each repair mapped back to the caller's text. */
static gboolean
mojibake_view (const char *text, gsize length, PrecisMojibakeRepair *repair)
{
  PrecisMojibakeRepair words = { 0 };

  if (precis_mojibake_repair (text, length, repair))
    {
      if (precis_mojibake_repair_words (repair->text, repair->length, &words))
        precis_mojibake_repair_chain (repair, &words);
      return TRUE;
    }
  return precis_mojibake_repair_words (text, length, repair);
}

/* Where precis_document_new() puts the paragraphs it reads. */
typedef struct {
  const char *language;
  GArray *ends;                /* guint32: scratch for precis_segment_sentences */
  GArray *sentences;           /* PrecisSentence */
  GArray *paragraphs;          /* PrecisParagraph */
  PrecisBlock *blocks;         /* the block of each paragraph */
} Paragraphs;

/* Tokens [first, end) of `buf`, the text of `block`, as a paragraph of
 * sentences; each sentence's flags start as `flags`. */
static void
add_paragraph (Paragraphs *out, PrecisTokenBuf *buf, const PrecisBlock *block, guint32 first, guint32 end,
               guint32 flags)
{
  PrecisParagraph paragraph = { 0 };
  guint32 sentence_first;
  GArray *ends = out->ends, *sentences = out->sentences;

  g_array_set_size (ends, 0);
  precis_segment_sentences (buf, first, end, out->language, ends);

  paragraph.start = block->char_start;
  paragraph.end = block->char_end;
  paragraph.byte_start = block->byte_start;
  paragraph.byte_end = block->byte_end;
  paragraph.first_sentence = sentences->len;
  paragraph.n_sentences = ends->len;

  sentence_first = first;
  for (guint i = 0; i < ends->len; i++)
    {
      guint32 sentence_end = g_array_index (ends, guint32, i), last = sentence_end - 1;
      PrecisSentence sentence;

      /* Its citation markers are the sentence's tokens but no part of
       * what it says: the span ends before them ("1960.", not
       * "1960.[5][12]"). */
      while (last >= sentence_first + 3 && precis_segment_citation_length (buf, last - 2, sentence_end) > 0)
        last -= 3;
      sentence = (PrecisSentence) {
        .start = buf->tokens[sentence_first].start,
        .end = buf->tokens[last].end,
        .byte_start = buf->tokens[sentence_first].byte_start,
        .byte_end = buf->tokens[last].byte_end,
        .first_token = sentence_first,
        .n_tokens = sentence_end - sentence_first,
        .paragraph = out->paragraphs->len,
        .flags = flags,
      };
      for (guint32 t = sentence_first; t < sentence_end; t++)
        buf->tokens[t].sentence = sentences->len;
      buf->tokens[sentence_first].flags |= PRECIS_TOKEN_SENTENCE_START;
      g_array_append_val (sentences, sentence);
      sentence_first = sentence_end;
    }

  out->blocks[out->paragraphs->len] = *block;
  g_array_append_val (out->paragraphs, paragraph);
}

/* Paragraphs between two looks at the cancellable: news paragraphs are
 * about 300 bytes, so a look every ~10 KB, a few ms of work. */
#define CANCEL_CHECK_BLOCKS 32

PrecisDocument *
precis_document_new (const char *text, gssize length, const PrecisPipelineOptions *options)
{
  Document *doc;
  PrecisDocument *pub;
  g_autofree PrecisBlock *blocks = NULL;
  g_autofree PrecisBlock *paragraph_blocks = NULL;
  g_autoptr (GArray) ends = g_array_new (FALSE, FALSE, sizeof (guint32));
  GArray *sentences, *paragraphs;
  PrecisTokenBuf buf;
  PrecisTokenizer tokenizer;
  PrecisCleanInput clean;
  Paragraphs paragraphs_out;
  guint32 n_blocks;
  gboolean cancelled = FALSE, dateline_seen = FALSE;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  ensure_init ();
  doc = g_new0 (Document, 1);
  pub = &doc->public;

  if (length < 0)
    length = (gssize) strlen (text);
  if (mojibake_view (text, (gsize) length, &doc->repair))
    {
      doc->input = g_strndup (text, length);
      doc->text = doc->repair.text;
      length = (gssize) doc->repair.length;
    }
  else
    {
      doc->text = g_malloc (length + 1);
      if (length > 0)
        memcpy (doc->text, text, length);
      doc->text[length] = '\0';
    }

  doc->language = document_language (doc->text, (gsize) length, options);

  pub->text = doc->text;
  pub->text_bytes = (guint32) length;
  pub->text_chars = precis_utf8_count (doc->text, length);
  pub->language = doc->language;
  if (options != NULL && options->published != NULL)
    {
      pub->published = g_date_time_ref (options->published);
      pub->published_source = options->published_source;
    }
  else
    {
      pub->published = precis_now_local ();
      pub->published_source = PRECIS_ANCHOR_CALL_TIME;
    }

  tokenizer.language = doc->language;
  tokenizer.stopwords = precis_stopwords_get (doc->language);

  blocks = precis_structure_blocks (doc->text, (guint32) length,
                                    options != NULL && options->heading_lines != NULL, doc->language, &n_blocks);
  /* A block for each paragraph: a dateline's paragraph is one more. */
  paragraph_blocks = g_new (PrecisBlock, n_blocks + 2);
  sentences = g_array_sized_new (FALSE, FALSE, sizeof (PrecisSentence), length / 80 + 4);
  paragraphs = g_array_sized_new (FALSE, FALSE, sizeof (PrecisParagraph), n_blocks + 1);
  paragraphs_out = (Paragraphs) { doc->language, ends, sentences, paragraphs, paragraph_blocks };

  /* About one token per five bytes of news text; the pool holds two short
   * strings per token. */
  precis_token_buf_init (&buf);
  buf.tokens_size = (guint32) (length / 4 + 16);
  buf.tokens = g_new (PrecisToken, buf.tokens_size);
  buf.pool_size = (gsize) length * 2 + 256;
  buf.pool = g_malloc (buf.pool_size);

  for (guint32 b = 0; b < n_blocks; b++)
    {
      const PrecisBlock *block = &blocks[b];
      guint32 first = buf.n_tokens, end, dateline;

      /* 2 MiB of prose is ~0.8 s of this loop: a caller that left or ran
       * out of time should not wait for all of it. */
      if (b % CANCEL_CHECK_BLOCKS == 0 && options != NULL &&
          g_cancellable_is_cancelled (options->cancellable))
        {
          cancelled = TRUE;
          break;
        }

      precis_tokenize (&tokenizer, &buf, doc->text, block->byte_start, block->byte_end,
                       block->char_start, block->byte_start > 0);
      drop_bullet (&buf, first);
      end = buf.n_tokens;
      /* Lines of punctuation alone ("***", "—") hold no sentence. */
      if (!has_word (&buf, first, end))
        {
          buf.n_tokens = first;
          continue;
        }
      precis_quotes_pair (&buf, first, end);
      mark_quotes (&buf, first, end);

      /* A wire story's dateline is a paragraph of its own before the
       * lede's (dateline.h), once, at the top of the text: split from the
       * lede's, or a line of its own above it. */
      dateline = !dateline_seen && paragraphs->len < 2 ? precis_dateline_length (&buf, first, end) : 0;
      if (dateline > 0 && dateline == end - first)
        {
          dateline_seen = b + 1 < n_blocks;
          add_paragraph (&paragraphs_out, &buf, block, first, end, dateline_seen ? PRECIS_SENTENCE_DATELINE : 0);
        }
      else if (dateline > 0)
        {
          PrecisBlock head = *block, rest = *block;

          dateline_seen = TRUE;
          head.byte_end = buf.tokens[first + dateline - 1].byte_end;
          head.char_end = buf.tokens[first + dateline - 1].end;
          head.n_lines = 1;
          rest.byte_start = buf.tokens[first + dateline].byte_start;
          rest.char_start = buf.tokens[first + dateline].start;
          add_paragraph (&paragraphs_out, &buf, &head, first, first + dateline, PRECIS_SENTENCE_DATELINE);
          add_paragraph (&paragraphs_out, &buf, &rest, first + dateline, end, 0);
        }
      else
        add_paragraph (&paragraphs_out, &buf, block, first, end, 0);
    }

  clean = (PrecisCleanInput) {
    .text = doc->text,
    .tokens = &buf,
    .tokenizer = &tokenizer,
    .sentences = (PrecisSentence *) (void *) sentences->data,
    .n_sentences = sentences->len,
    .paragraphs = (PrecisParagraph *) (void *) paragraphs->data,
    .n_paragraphs = paragraphs->len,
    .paragraph_blocks = paragraph_blocks,
  };
  doc->title = cancelled ? NULL : precis_clean (&clean, options);
  pub->title = doc->title;

  pub->n_tokens = buf.n_tokens;
  doc->tokens = buf.tokens;
  doc->pool = precis_token_buf_finish (&buf);
  pub->tokens = doc->tokens;

  pub->n_sentences = sentences->len;
  doc->sentences = (PrecisSentence *) (void *) g_array_free (sentences, FALSE);
  pub->sentences = doc->sentences;

  pub->n_paragraphs = paragraphs->len;
  doc->paragraphs = (PrecisParagraph *) (void *) g_array_free (paragraphs, FALSE);
  pub->paragraphs = doc->paragraphs;

  return pub;
}

void
precis_document_free (PrecisDocument *document)
{
  Document *doc = (Document *) document;

  if (doc == NULL)
    return;
  g_date_time_unref (doc->public.published);
  if (doc->input != NULL)
    {
      precis_mojibake_repair_clear (&doc->repair);
      g_free (doc->input);
    }
  else
    g_free (doc->text);
  g_free (doc->title);
  g_free (doc->language);
  g_free (doc->pool);
  g_free (doc->tokens);
  g_free (doc->sentences);
  g_free (doc->paragraphs);
  g_free (doc);
}

gboolean
precis_document_repaired (const PrecisDocument *document)
{
  return ((const Document *) document)->input != NULL;
}

guint32
precis_document_input_offset (const PrecisDocument *document, guint32 offset)
{
  const Document *doc = (const Document *) document;

  if (doc->input == NULL)
    return offset;
  return doc->repair.input_chars[MIN (offset, doc->repair.n_chars)];
}

/* The byte of code point `offset` of the text: from the last token that
 * starts at or before it, not from the start of the text (a walk of the
 * whole article for every fact of Analyze). */
static const char *
char_to_pointer (const PrecisDocument *document, guint32 offset)
{
  guint32 lo = 0, hi = document->n_tokens;

  while (lo < hi)
    {
      guint32 mid = lo + (hi - lo) / 2;

      if (document->tokens[mid].start <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo == 0)
    return g_utf8_offset_to_pointer (document->text, offset);
  return g_utf8_offset_to_pointer (document->text + document->tokens[lo - 1].byte_start,
                                   offset - document->tokens[lo - 1].start);
}

char *
precis_document_input_dup (const PrecisDocument *document, guint32 start, guint32 end)
{
  const Document *doc = (const Document *) document;
  const char *p, *q;

  if (doc->input == NULL)
    {
      p = char_to_pointer (document, start);
      q = g_utf8_offset_to_pointer (p, end - start);
    }
  else
    {
      p = doc->input + doc->repair.input_bytes[MIN (start, doc->repair.n_chars)];
      q = doc->input + doc->repair.input_bytes[MIN (end, doc->repair.n_chars)];
    }
  return g_strndup (p, q - p);
}
