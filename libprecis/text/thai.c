/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "thai.h"
#include "stopwords.h"

#include <string.h>

/* Words that continue the sentence before them: conjunctions, relative
 * and complement markers, prepositions and auxiliaries that a writer may
 * set after a space.  Words that open a new sentence ("นอกจากนี้" in
 * addition, "อย่างไรก็ตาม" however, "ทั้งนี้") are not here. */
static const char *const joiners[] = {
  "และ", "หรือ", "แต่", "ซึ่ง", "ที่", "โดย", "เพื่อ", "เพราะ", "เนื่องจาก", "เมื่อ", "ว่า", "จึง",
  "ก็", "หาก", "ถ้า", "แม้", "แม้ว่า", "ตาม", "กับ", "ของ", "ใน", "จาก", "ให้",
  "ได้", "ได้แก่", "เช่น", "คือ", "รวม", "รวมถึง", "รวมทั้ง", "พร้อม", "ด้วย", "อีก", "จะ", "ยัง",
  "กว่า", "ถึง", "แล้ว", "นั้น", "นี้", "ต่อ", "แก่", "แห่ง", "สำหรับ", "ภายใน", "ภายหลัง", "หลัง",
  "ก่อน", "ระหว่าง", "จนถึง", "จน", "ไป", "มา", "อยู่", "เป็น", "คิดเป็น", "ซึ่งเป็น", "อาทิ",
  "ส่งผลให้", "ทำให้", "ทั้ง", "ทั้งที่", NULL,
};

/* Words after which the sentence goes on: "said that", "such as", "and". */
static const char *const openers[] = {
  "ว่า", "คือ", "และ", "หรือ", "โดย", "เช่น", "ได้แก่", "อาทิ", "ของ", "ที่", "ซึ่ง", "เพื่อ", "จาก",
  "ใน", "กับ", "แต่", "เมื่อ", "ตาม", "ให้", "ระหว่าง", "ทั้ง", NULL,
};

/* Words a side must have: fewer make a clause, a name, a date, not a
 * sentence of news. */
#define MIN_WORDS_BEFORE 6
#define MIN_WORDS_AFTER 4

static gboolean
is_thai (gunichar c)
{
  return g_unichar_get_script (c) == G_UNICODE_SCRIPT_THAI;
}

/* A word of Thai letters, not the repetition mark ๆ (U+0E46), which stands
 * between spaces in formal writing ("ต่าง ๆ"). */
static gboolean
is_thai_word (const PrecisTokenBuf *buf, const PrecisToken *token)
{
  const char *lower = precis_token_buf_lower (buf, token);
  const char *last;

  if (!(token->flags & PRECIS_TOKEN_WORD) || !is_thai (g_utf8_get_char (lower)))
    return FALSE;
  last = g_utf8_find_prev_char (lower, lower + strlen (lower));
  return last != NULL && is_thai (g_utf8_get_char (last)) && g_utf8_get_char (last) != 0x0E46;
}

static guint
count_thai_words (const PrecisTokenBuf *buf, guint32 from, guint32 to, guint enough)
{
  guint n = 0;

  for (guint32 k = from; k < to && n < enough; k++)
    n += is_thai_word (buf, &buf->tokens[k]);
  return n;
}

gboolean
precis_thai_starts_sentence (const PrecisTokenBuf *buf, guint32 start, guint32 i, guint32 end)
{
  const PrecisToken *next = &buf->tokens[i];

  if (i <= start || !(next->flags & PRECIS_TOKEN_SPACE_BEFORE) ||
      !is_thai_word (buf, &buf->tokens[i - 1]) || !is_thai_word (buf, next))
    return FALSE;
  if (precis_word_in_list (joiners, precis_token_buf_lower (buf, next)) ||
      precis_word_in_list (openers, precis_token_buf_lower (buf, &buf->tokens[i - 1])))
    return FALSE;
  return count_thai_words (buf, start, i, MIN_WORDS_BEFORE) >= MIN_WORDS_BEFORE &&
         count_thai_words (buf, i, end, MIN_WORDS_AFTER) >= MIN_WORDS_AFTER;
}
