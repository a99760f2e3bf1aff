/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "structure.h"

#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "chars.h"
#include "language.h"

typedef struct {
  guint32 byte_start, byte_end; /* trimmed; equal when blank */
  guint32 char_start, char_end;
  gunichar first, last;         /* first and last visible characters */
  gboolean blank;
  gboolean breaks_paragraph;    /* ended by U+2029 */
  gboolean open_ended;          /* ends in a word that cannot end a sentence: "the", "of" */
  gboolean empty_cell;          /* ends in a table's empty cell: "0 -", "- -" */
} Line;

/* Words after which a sentence cannot stop: a line ending in one was cut
 * by wrapping, whatever the case of the next line. */
static const char *const function_words[] = {
  "the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "but", "with", "by",
  "from", "as", "that", "which", "who", "whose", "is", "are", "was", "were", "be", "been",
  "his", "her", "their", "its", "our", "your", "my", "this", "these", "those", "into", "than",
  NULL,
};

/* German ends a clause with a separable verb's particle ("Nachbarn
 * feuerten Rechtsradikale an", a headline over its dateline): there "an"
 * ends a sentence as often as it opens a phrase. */
static const char *const german_particles[] = { "an", NULL };

static gboolean
ends_in_function_word (const char *text, guint32 start, guint32 end, gboolean german)
{
  guint32 word = end;
  char lower[8];

  while (word > start && g_ascii_isalpha (text[word - 1]))
    word--;
  if (word == end || end - word >= sizeof lower || (word > start && text[word - 1] != ' '))
    return FALSE;
  for (guint32 i = word; i < end; i++)
    lower[i - word] = g_ascii_tolower (text[i]);
  lower[end - word] = '\0';
  for (guint i = 0; german && german_particles[i] != NULL; i++)
    if (strcmp (german_particles[i], lower) == 0)
      return FALSE;
  for (guint i = 0; function_words[i] != NULL; i++)
    if (strcmp (function_words[i], lower) == 0)
      return TRUE;
  return FALSE;
}

/* "Thorpe 13 4 19 0 -", "NEW YORK 72 54 .571 -", "Neemuch n.a Yellow - -",
 * "Havre MT 4.54 dn .10 --- ---": dashes alone after a number or other
 * such dashes are a table's empty cell, the end of its row, not a dash the
 * sentence goes on after (CoNLL-2003 train: 65 rows joined to the next
 * one, a results table's row to the next team's). */
static gboolean
is_dashes (const char *text, guint32 start, guint32 end)
{
  for (guint32 i = start; i < end; i++)
    if (text[i] != '-')
      return FALSE;
  return end > start;
}

static gboolean
ends_in_empty_cell (const char *text, guint32 start, guint32 end)
{
  guint32 word;

  for (word = end; word > start && text[word - 1] == '-'; word--)
    ;
  if (word == end || word == start || text[word - 1] != ' ')
    return FALSE;
  end = word;
  while (end > start && text[end - 1] == ' ')
    end--;
  for (word = end; word > start && text[word - 1] != ' '; word--)
    ;
  if (is_dashes (text, word, end))
    return TRUE;
  for (guint32 i = word; i < end; i++)
    if (g_ascii_isdigit (text[i]))
      return TRUE;
  return FALSE;
}

/* Where the run of printable ASCII and spaces (0x20..0x7E) from `pos`
 * ends: at a line break, a control character, DEL or a non-ASCII byte. */
static guint32
printable_run_end (const char *text, guint32 pos, guint32 length)
{
#if defined(__SSE2__)
  const __m128i below = _mm_set1_epi8 (0x1F), above = _mm_set1_epi8 (0x7F);

  /* Read as signed, bytes from 0x80 are negative: not above 0x1F. */
  while (length - pos >= 16)
    {
      __m128i bytes = _mm_loadu_si128 ((const __m128i *) (text + pos));
      int printable = _mm_movemask_epi8 (_mm_and_si128 (_mm_cmpgt_epi8 (bytes, below),
                                                        _mm_cmplt_epi8 (bytes, above)));

      if (printable != 0xFFFF)
        return pos + (guint32) __builtin_ctz (~printable);
      pos += 16;
    }
#endif
  while (pos < length && (guchar) text[pos] >= ' ' && (guchar) text[pos] < 0x7F)
    pos++;
  return pos;
}

static GArray *
split_lines (const char *text, guint32 length, gboolean german)
{
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (Line));
  guint32 pos = 0, cpos = 0;

  while (pos < length || lines->len == 0)
    {
      Line line = { 0 };
      gboolean ended = FALSE;

      line.blank = TRUE;
      while (pos < length)
        {
          guint n;
          gunichar c;

          /* Printable ASCII and spaces: most of any English text, 16
           * bytes a step; the line's visible ends are the run's first and
           * last bytes that are no space. */
          if ((guchar) text[pos] >= ' ' && (guchar) text[pos] < 0x7F)
            {
              guint32 end = printable_run_end (text, pos, length), first = pos, last = end;

              while (last > pos && text[last - 1] == ' ')
                last--;
              if (last > pos)
                {
                  if (line.blank)
                    {
                      while (text[first] == ' ')
                        first++;
                      line.blank = FALSE;
                      line.byte_start = first;
                      line.char_start = cpos + (first - pos);
                      line.first = (guchar) text[first];
                    }
                  line.last = (guchar) text[last - 1];
                  line.byte_end = last;
                  line.char_end = cpos + (last - pos);
                }
              cpos += end - pos;
              pos = end;
              continue;
            }
          c = precis_utf8_decode (text + pos, &n);

          if (precis_unichar_is_line_break (c))
            {
              pos += n;
              cpos++;
              if (c == '\r' && pos < length && text[pos] == '\n')
                {
                  pos++;
                  cpos++;
                }
              line.breaks_paragraph = c == 0x2029;
              ended = TRUE;
              break;
            }
          if (precis_char_class (c) != PRECIS_CHAR_SPACE)
            {
              if (line.blank)
                {
                  line.blank = FALSE;
                  line.byte_start = pos;
                  line.char_start = cpos;
                  line.first = c;
                }
              line.byte_end = pos + n;
              line.char_end = cpos + 1;
              line.last = c;
            }
          pos += n;
          cpos++;
        }
      if (!line.blank)
        {
          line.open_ended = ends_in_function_word (text, line.byte_start, line.byte_end, german);
          line.empty_cell = ends_in_empty_cell (text, line.byte_start, line.byte_end);
        }
      g_array_append_val (lines, line);
      if (!ended)
        break;
    }
  return lines;
}

static gboolean
ends_sentence (gunichar c)
{
  switch (c)
    {
    case '.': case '!': case '?': case ':': case ';': case '"': case '\'':
    case ')': case ']': case 0x2026: case 0x201D: case 0x2019: case 0x00BB:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Text wrapped at a fixed width (e-mail, plain-text feeds): most lines
 * that are followed by another line are nearly as long as the longest. */
static guint32
wrap_width (const GArray *lines)
{
  guint32 width = 0, followed = 0, full = 0, open_ended = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);

      width = MAX (width, line->char_end - line->char_start);
    }
  if (width < 50 || width > 100)
    return 0;
  for (guint i = 0; i + 1 < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      const Line *next = &g_array_index (lines, Line, i + 1);

      if (line->blank || next->blank)
        continue;
      followed++;
      if (line->char_end - line->char_start + 20 >= width)
        {
          full++;
          open_ended += !ends_sentence (line->last);
        }
    }
  /* Wrapping cuts sentences anywhere: most full lines end mid-sentence,
   * unlike a list of one-line paragraphs of similar length. */
  return followed >= 4 && full * 10 >= followed * 7 && open_ended * 2 >= full ? width : 0;
}

/* Whether `next` continues the sentence `line` broke off. */
static gboolean
continues (const Line *line, const Line *next, guint32 width)
{
  /* Headings are short and may end in "For"; wrapped lines are long. */
  if (line->last == ',' || (line->last == '-' && !line->empty_cell) || line->last == 0x2010 ||
      (line->open_ended && line->char_end - line->char_start >= 40))
    return TRUE;
  if (width != 0 && line->char_end - line->char_start + 20 >= width)
    return TRUE;
  return !ends_sentence (line->last) && precis_unichar_is_lower (next->first);
}

PrecisBlock *
precis_structure_blocks (const char *text, guint32 length, gboolean one_per_line, const char *language,
                         guint32 *n_blocks)
{
  g_autoptr (GArray) lines = split_lines (text, length, precis_language_capitalizes_nouns (language));
  GArray *blocks = g_array_new (FALSE, TRUE, sizeof (PrecisBlock));
  guint32 width = one_per_line ? 0 : wrap_width (lines);
  gboolean open = FALSE;

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      PrecisBlock *block;

      if (line->blank)
        {
          open = FALSE;
          continue;
        }
      if (open && !one_per_line && continues (&g_array_index (lines, Line, i - 1), line, width))
        {
          block = &g_array_index (blocks, PrecisBlock, blocks->len - 1);
          block->byte_end = line->byte_end;
          block->char_end = line->char_end;
          block->n_lines = i - block->first_line + 1;
        }
      else
        {
          PrecisBlock fresh = {
            .byte_start = line->byte_start,
            .byte_end = line->byte_end,
            .char_start = line->char_start,
            .char_end = line->char_end,
            .first_line = i,
            .n_lines = 1,
          };
          g_array_append_val (blocks, fresh);
        }
      open = !line->breaks_paragraph;
    }

  *n_blocks = blocks->len;
  return (PrecisBlock *) g_array_free (blocks, FALSE);
}
