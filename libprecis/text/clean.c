/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "clean.h"

#include "chars.h"
#include "segment.h"

#include <string.h>

#define FNV_OFFSET 14695981039346656037ULL
#define FNV_PRIME 1099511628211ULL

/* A phrase list with, for each phrase, the bit of its first word in a
 * paragraph's word bitmap: most phrases are ruled out without a search. */
typedef struct {
  const char *const *phrases;
  guint8 bits[64];
  gsize ready;
} PhraseList;


/* Words of prompts and page furniture, matched on whole lower-case words
 * of short lines. */
/* Prompts: boilerplate in a short line that is no sentence, or that
 * starts with them (imperative: "Sign up for ..."). */
static const char *const boilerplate_phrases_words[] = {
  "advertisement", "scroll to continue", "continue reading", "read more", "read next",
  "read also", "click here", "subscribe", "subscribe now", "sign up", "newsletter",
  "newsletters", "follow us", "share this", "share on", "share article", "share story",
  "share this article", "cookie", "cookies", "log in", "sign in", "all rights reserved",
  "image caption", "image copyright", "image source", "media caption", "getty images",
  "skip to", "listen to this article", "download the app", "free trial",
  "support our journalism", "story continues below", "article continues",
  "leave a comment", "back to top", "terms of use", "privacy policy",
  "scroll down for video", "scroll down for videos", "scroll down for more", "visit site",
  NULL,
};
static PhraseList boilerplate_phrases = { boilerplate_phrases_words };

/* Labels: boilerplate only in a short line that is no sentence, since
 * "Advertising revenue fell." or "Images show the damage." are text. */
static const char *const label_phrases_words[] = {
  "advertising", "sponsored", "copyright", "related articles", "related topics",
  "related stories", "related content", "more on this story", "recommended for you",
  "most read", "most popular", "top stories", "photo", "photos", "photograph", "image",
  "images", "caption", "credit", "gallery", "on twitter", "on facebook", "on instagram",
  "on linkedin", "whatsapp", "via email",
  NULL,
};
static PhraseList label_phrases = { label_phrases_words };

/* Phrases that mark a paragraph of up to 40 words as furniture wherever
 * they stand: agency footers, caption labels, reporting credits. */
static const char *const furniture_phrases_words[] = {
  "contributed to this report", "contributed reporting", "additional reporting by",
  "reporting by", "editing by", "writing by", "all rights reserved", "may not be published",
  "must not be published", "rewritten or redistributed", "image caption", "media caption",
  "image source", "sign up for our", "subscribe to our", "follow us on", "scroll to continue",
  "terms of service", "min read", "minute read", "copy link", "trust principles",
  "to your inbox", "in your inbox", "download our app", "get the app",
  "this article is more than", "story continues below", "article continues below",
  NULL,
};
static PhraseList furniture_phrases = { furniture_phrases_words };

/* First words that, followed by a colon, introduce a link: "Read more:". */
static const char *const link_labels[] = {
  "related", "read", "watch", "listen", "see", "more", "also", "recommended", "trending",
  "latest", "sponsored", "advertisement", "promoted", NULL,
};

/* Lines of at most three words that are site controls, not headings. */
static const char *const control_words[] = {
  "share", "tweet", "email", "print", "comments", "save", "listen", "watch", "more",
  "menu", "home", "close", "search", "video", "photos", "gallery", "next", "previous",
  "loading", "advertisement", NULL,
};

static PhraseList cookie_words = { (const char *const[]) { "cookie", "cookies", NULL } };
static PhraseList consent_words = {
  (const char *const[]) { "accept", "consent", "policy", "privacy", "use", "uses", NULL }
};
static PhraseList stamp_words = {
  (const char *const[]) { "updated", "published", "posted", "modified", NULL }
};

static const char *const separators[] = {
  "\xc2\xb7", "|", "\xe2\x80\xa2", "\xe2\x88\x99", "\xe2\x80\xa7", "\xe2\x8b\x85",
  "\xe2\x80\xba", "/", NULL,
};

typedef struct {
  guint32 first_token, end_token;
  guint32 n_words;
  guint64 hash;           /* of its words, normalized */
  gboolean final_punct;   /* ends like a sentence (or a clause: , ; :) */
  gboolean headline;      /* title case, or a title-case question: may be a title or heading */
  guint32 content, capitalized; /* words not stop words or numbers, and those capitalized */
  guint64 words[4];       /* bitmap of its words, by word_bit */
  gboolean single_line;
  gboolean title, boilerplate, heading;
  gboolean dateline;      /* a wire story's, made a paragraph by the pipeline (dateline.h) */
} Para;

typedef struct {
  const PrecisCleanInput *in;
  const PrecisTokenBuf *buf;
  Para *paras;
  guint64 *word_hashes;      /* each token's hash_word() from FNV_OFFSET; 0 if no word */
  guint64 *sentence_hashes;
} Clean;

static inline const char *
lower_of (const PrecisTokenBuf *buf, guint32 i)
{
  return precis_token_buf_lower (buf, &buf->tokens[i]);
}

/* Case is already folded; typographic apostrophes hash as ASCII ones. */
static guint64
hash_word (guint64 h, const char *lower)
{
  for (const guchar *p = (const guchar *) lower; *p != '\0'; p++)
    {
      guchar b = *p;

      if (b == 0xE2 && p[1] == 0x80 && (p[2] == 0x98 || p[2] == 0x99))
        {
          b = '\'';
          p += 2;
        }
      h = (h ^ b) * FNV_PRIME;
    }
  return (h ^ ' ') * FNV_PRIME;
}

/* hash_word() of each word token of `buf` from FNV_OFFSET (0 for the
 * others): the bytes are hashed once, and sentences, paragraphs and
 * trigrams combine these. */
static guint64 *
hash_each_word (const PrecisTokenBuf *buf)
{
  guint64 *hashes = g_new (guint64, buf->n_tokens + 1);

  for (guint32 i = 0; i < buf->n_tokens; i++)
    hashes[i] = (buf->tokens[i].flags & PRECIS_TOKEN_WORD) ? hash_word (FNV_OFFSET, lower_of (buf, i)) : 0;
  return hashes;
}

/* The words of tokens first..end (their hashes in `word_hashes`) hashed on
 * from `h`, a multiply and a shift a word: a paragraph's hash is its first
 * sentence's carried on over the rest. */
static guint64
hash_words_from (const PrecisTokenBuf *buf, const guint64 *word_hashes, guint64 h, guint32 first,
                 guint32 end, guint32 *n_words)
{
  guint32 n = 0;

  for (guint32 i = first; i < end; i++)
    if (buf->tokens[i].flags & PRECIS_TOKEN_WORD)
      {
        h = (h ^ word_hashes[i]) * 0xbf58476d1ce4e5b9ULL;
        h ^= h >> 31;
        n++;
      }
  if (n_words != NULL)
    *n_words = n;
  return h;
}

static guint64
hash_words (const PrecisTokenBuf *buf, const guint64 *word_hashes, guint32 first, guint32 end,
            guint32 *n_words)
{
  return hash_words_from (buf, word_hashes, FNV_OFFSET, first, end, n_words);
}

static gboolean
ends_with_punct (const PrecisTokenBuf *buf, guint32 first, guint32 end)
{
  for (guint32 i = end; i > first; i--)
    {
      PrecisTokenKind kind = precis_token_kind (&buf->tokens[i - 1]);

      /* "1960.[5]": the citation marker after the full stop. */
      if (i >= first + 3 && precis_segment_citation_length (buf, i - 3, end) > 0)
        {
          i -= 2;
          continue;
        }
      switch (kind)
        {
        case PRECIS_KIND_CLOSE_QUOTE:
        case PRECIS_KIND_CLOSE_SINGLE:
        case PRECIS_KIND_CLOSE_BRACKET:
          continue;
        case PRECIS_KIND_TERMINAL:
        case PRECIS_KIND_ELLIPSIS:
        case PRECIS_KIND_ABBREV:
        case PRECIS_KIND_INITIAL:
          return TRUE;
        case PRECIS_KIND_PUNCT:
          return strchr (":;,", lower_of (buf, i - 1)[0]) != NULL;
        default:
          return FALSE;
        }
    }
  return FALSE;
}

static gboolean
ends_with_question (const PrecisTokenBuf *buf, guint32 first, guint32 end)
{
  for (guint32 i = end; i > first; i--)
    {
      PrecisTokenKind kind = precis_token_kind (&buf->tokens[i - 1]);

      if (kind == PRECIS_KIND_CLOSE_QUOTE || kind == PRECIS_KIND_CLOSE_SINGLE ||
          kind == PRECIS_KIND_CLOSE_BRACKET)
        continue;
      return kind == PRECIS_KIND_TERMINAL && strchr ("?!", lower_of (buf, i - 1)[0]) != NULL;
    }
  return FALSE;
}

/* " w1 w2 ... " of the words of tokens [first, end), for whole-word
 * phrase search; FALSE when it does not fit (long paragraphs are not
 * boilerplate). */
static gboolean
word_string (const Clean *clean, guint32 first, guint32 end, char *out, gsize size)
{
  gsize length = 1;

  out[0] = ' ';
  for (guint32 i = first; i < end; i++)
    {
      const char *lower;
      gsize n;

      if (!(clean->buf->tokens[i].flags & PRECIS_TOKEN_WORD))
        continue;
      lower = lower_of (clean->buf, i);
      n = strlen (lower);
      if (length + n + 2 > size)
        return FALSE;
      memcpy (out + length, lower, n);
      length += n;
      out[length++] = ' ';
    }
  out[length] = '\0';
  return TRUE;
}

static guint8
word_bit (const char *word, gsize length)
{
  guint32 h = 2166136261u;

  for (gsize i = 0; i < length; i++)
    h = (h ^ (guchar) word[i]) * 16777619u;
  return (guint8) (h ^ (h >> 8));
}

static const guint8 *
phrase_bits (PhraseList *list)
{
  if (g_once_init_enter (&list->ready))
    {
      for (guint i = 0; list->phrases[i] != NULL; i++)
        {
          g_assert (i < G_N_ELEMENTS (list->bits));
          list->bits[i] = word_bit (list->phrases[i], strcspn (list->phrases[i], " "));
        }
      g_once_init_leave (&list->ready, 1);
    }
  return list->bits;
}

/* The word position (from 0) where a listed phrase starts, or -1.
 * `words` is " w1 w2 ... ": a whole-word match has a space on each side. */
static int
find_phrase (const Para *para, const char *words, PhraseList *list)
{
  const guint8 *bits = phrase_bits (list);
  int best = -1;

  for (guint i = 0; list->phrases[i] != NULL; i++)
    {
      const char *phrase = list->phrases[i];
      gsize n;

      if (!(para->words[bits[i] >> 6] & (G_GUINT64_CONSTANT (1) << (bits[i] & 63))))
        continue;
      n = strlen (phrase);
      for (const char *hit = strstr (words, phrase); hit != NULL; hit = strstr (hit + 1, phrase))
        {
          int position = 0;

          if (hit[-1] != ' ' || hit[n] != ' ')
            continue;
          for (const char *p = words + 1; p < hit; p++)
            position += *p == ' ';
          if (best < 0 || position < best)
            best = position;
          break;
        }
    }
  return best;
}

static gboolean
has_letter (const Clean *clean, const Para *para)
{
  for (guint32 i = para->first_token; i < para->end_token; i++)
    {
      const PrecisToken *token = &clean->buf->tokens[i];

      if ((token->flags & PRECIS_TOKEN_WORD) && token->shape != PRECIS_SHAPE_NUMBER)
        return TRUE;
    }
  return FALSE;
}

/* Runs of short items between · or | separators: navigation, tags,
 * "Advertisement · Scroll to continue". */
static gboolean
is_separated_items (const Clean *clean, const Para *para)
{
  guint separators_seen = 0, slashes = 0, item = 0, longest = 0;

  for (guint32 i = para->first_token; i < para->end_token; i++)
    {
      const PrecisToken *token = &clean->buf->tokens[i];

      if (token->flags & PRECIS_TOKEN_WORD)
        {
          item++;
          longest = MAX (longest, item);
        }
      else if (precis_word_in_list (separators, lower_of (clean->buf, i)))
        {
          separators_seen++;
          slashes += lower_of (clean->buf, i)[0] == '/';
          item = 0;
        }
    }
  if (separators_seen == 0 || longest > 5 || para->final_punct || para->n_words > 30)
    return FALSE;
  if (slashes == separators_seen && slashes < 2)
    return FALSE;
  return separators_seen >= 2 || para->n_words <= 8;
}

/* "Read more: ...", "See also: ..." */
static gboolean
is_link_label (const Clean *clean, const Para *para)
{
  guint32 i = para->first_token;

  while (i < para->end_token && (clean->buf->tokens[i].flags & PRECIS_TOKEN_WORD) &&
         precis_word_in_list (link_labels, lower_of (clean->buf, i)))
    i++;
  return i > para->first_token && i < para->end_token && i - para->first_token <= 2 &&
         strcmp (lower_of (clean->buf, i), ":") == 0;
}

static gboolean
is_boilerplate (const Clean *clean, const Para *para)
{
  char words[512];
  int position;

  if (para->n_words == 0 || para->n_words > 60)
    return FALSE;
  if (!has_letter (clean, para))
    return TRUE; /* "1 / 5", "2018": counters and stamps */
  if (!word_string (clean, para->first_token, para->end_token, words, sizeof words))
    return FALSE;

  if (is_separated_items (clean, para))
    return TRUE;

  /* Cookie notices run long but say so. */
  if (find_phrase (para, words, &cookie_words) >= 0 &&
      find_phrase (para, words, &consent_words) >= 0)
    return TRUE;

  if (para->n_words <= 40 && find_phrase (para, words, &furniture_phrases) >= 0)
    return TRUE;

  if (para->n_words <= 20 && is_link_label (clean, para))
    return TRUE;

  if (para->n_words > 15)
    return FALSE;
  position = find_phrase (para, words, &boilerplate_phrases);
  /* A prompt is imperative ("Sign up for ...") or no sentence at all. */
  if (position >= 0 && (!para->final_punct || position < 3))
    return TRUE;
  if (!para->final_punct && find_phrase (para, words, &label_phrases) >= 0)
    return TRUE;

  if (!para->final_punct && para->n_words <= 3)
    {
      gboolean all_controls = TRUE;

      /* Counters count for nothing: "Comments (23)". */
      for (guint32 i = para->first_token; i < para->end_token && all_controls; i++)
        if ((clean->buf->tokens[i].flags & PRECIS_TOKEN_WORD) &&
            clean->buf->tokens[i].shape != PRECIS_SHAPE_NUMBER)
          all_controls = precis_word_in_list (control_words, lower_of (clean->buf, i));
      if (all_controls)
        return TRUE;
    }

  if (!para->final_punct && para->n_words <= 12)
    {
      /* Bylines and time stamps. */
      guint32 first = para->first_token;

      while (first < para->end_token && !(clean->buf->tokens[first].flags & PRECIS_TOKEN_WORD))
        first++;
      if (first + 1 < para->end_token && strcmp (lower_of (clean->buf, first), "by") == 0 &&
          clean->buf->tokens[first + 1].shape == PRECIS_SHAPE_CAPITALIZED && para->n_words <= 8)
        return TRUE;
      if (first < para->end_token &&
          precis_word_in_list ((const char *const[]) { "updated", "published", "posted", "last", "modified", NULL },
                   lower_of (clean->buf, first)) &&
          find_phrase (para, words, &stamp_words) >= 0)
        return TRUE;
    }
  return FALSE;
}

/* Title words: the given title tokenized like the text. */
typedef struct {
  PrecisTokenBuf buf;
  guint64 hash;
  guint32 n_words;
} Title;

/* Whether the paragraph's words are a prefix or suffix of the title's
 * covering at least half of it: "Summit in the Works" for the page
 * title "Summit in the Works | Site Name". */
static gboolean
matches_title_part (const Clean *clean, const Para *para, const Title *title)
{
  const PrecisTokenBuf *tb = &title->buf;
  g_autofree const char **words = NULL;
  g_autofree const char **title_words = NULL;
  guint32 n = 0, m = 0;
  gboolean prefix = TRUE, suffix = TRUE;

  if (para->n_words < 3 || para->n_words > title->n_words || para->n_words * 2 < title->n_words ||
      !para->single_line || para->final_punct)
    return FALSE;

  words = g_new (const char *, para->n_words);
  title_words = g_new (const char *, title->n_words);
  for (guint32 i = para->first_token; i < para->end_token; i++)
    if (clean->buf->tokens[i].flags & PRECIS_TOKEN_WORD)
      words[n++] = lower_of (clean->buf, i);
  for (guint32 i = 0; i < tb->n_tokens; i++)
    if (tb->tokens[i].flags & PRECIS_TOKEN_WORD)
      title_words[m++] = precis_token_buf_lower (tb, &tb->tokens[i]);

  for (guint32 i = 0; i < n; i++)
    {
      prefix = prefix && strcmp (words[i], title_words[i]) == 0;
      suffix = suffix && strcmp (words[i], title_words[m - n + i]) == 0;
    }
  return prefix || suffix;
}

static void
flag_paragraph (const Clean *clean, guint32 p, guint32 flag)
{
  const PrecisParagraph *paragraph = &clean->in->paragraphs[p];

  for (guint32 s = 0; s < paragraph->n_sentences; s++)
    clean->in->sentences[paragraph->first_sentence + s].flags |= flag;
}

static char *
find_title (Clean *clean, const PrecisPipelineOptions *options)
{
  const PrecisCleanInput *in = clean->in;
  Title title = { 0 };
  char *text = NULL;

  if (options != NULL && options->title != NULL && *options->title != '\0')
    {
      precis_token_buf_init (&title.buf);
      precis_tokenize (in->tokenizer, &title.buf, options->title, 0,
                       (guint32) strlen (options->title), 0, FALSE);
      g_autofree guint64 *word_hashes = hash_each_word (&title.buf);

      title.hash = hash_words (&title.buf, word_hashes, 0, title.buf.n_tokens, &title.n_words);
      text = g_strdup (options->title);
    }
  else
    {
      /* A short line that is no sentence, with text after it: the first
       * line, or the first after page furniture ("Skip to content"). */
      for (guint32 p = 0; p + 1 < in->n_paragraphs && p < 4; p++)
        {
          Para *para = &clean->paras[p];
          const PrecisParagraph *paragraph = &in->paragraphs[p];

          if (para->dateline || is_boilerplate (clean, para))
            continue;
          /* A section kicker ("Politics") above the headline. */
          if (para->n_words < 3 && p + 2 < in->n_paragraphs && clean->paras[p + 1].single_line &&
              clean->paras[p + 1].headline && !clean->paras[p + 1].final_punct &&
              clean->paras[p + 1].n_words >= 3)
            continue;
          if (para->single_line && para->headline && para->n_words >= 1 &&
              para->n_words <= 25 && paragraph->end - paragraph->start <= 200)
            {
              title.hash = para->hash;
              title.n_words = para->n_words;
              text = g_strndup (in->text + paragraph->byte_start,
                                paragraph->byte_end - paragraph->byte_start);
              para->title = TRUE;
              flag_paragraph (clean, p, PRECIS_SENTENCE_TITLE);
            }
          break;
        }
    }

  if (text == NULL || title.n_words == 0)
    goto out;

  for (guint32 p = 0; p < in->n_paragraphs; p++)
    {
      Para *para = &clean->paras[p];
      const PrecisParagraph *paragraph = &in->paragraphs[p];

      if (para->hash == title.hash ||
          (title.buf.tokens != NULL && matches_title_part (clean, para, &title)))
        {
          para->title = TRUE;
          flag_paragraph (clean, p, PRECIS_SENTENCE_TITLE);
          continue;
        }
      for (guint32 s = 0; s < paragraph->n_sentences; s++)
        {
          PrecisSentence *sentence = &in->sentences[paragraph->first_sentence + s];

          if (clean->sentence_hashes[paragraph->first_sentence + s] == title.hash)
            sentence->flags |= PRECIS_SENTENCE_TITLE;
        }
    }

out:
  precis_token_buf_clear (&title.buf);
  return text;
}

static guint64
count_hash (GHashTable *counts, guint64 hash)
{
  gpointer key = GSIZE_TO_POINTER ((gsize) (hash ^ (hash >> 32)));
  guint64 n = GPOINTER_TO_SIZE (g_hash_table_lookup (counts, key)) + 1;

  g_hash_table_insert (counts, key, GSIZE_TO_POINTER ((gsize) n));
  return n;
}

/* `part` measured as a paragraph of its own over tokens [first, end) of
 * paragraph `para` (its line count kept), for is_boilerplate(). */
static void
measure_part (const Clean *clean, const Para *para, guint32 first, guint32 end, Para *part)
{
  *part = (Para) { .first_token = first, .end_token = end, .single_line = para->single_line };
  for (guint32 i = first; i < end; i++)
    if (clean->buf->tokens[i].flags & PRECIS_TOKEN_WORD)
      {
        const char *lower = lower_of (clean->buf, i);
        guint8 bit = word_bit (lower, strlen (lower));

        part->n_words++;
        part->words[bit >> 6] |= G_GUINT64_CONSTANT (1) << (bit & 63);
      }
  part->final_punct = ends_with_punct (clean->buf, first, end);
}

/* A caption and its credit on one line: "Firefighters battle the blaze
 * near Santa Barbara. Photo: AP", "Fernando Caudevilla, AKA DoctorX.
 * Photo: Joseph Cox".  The line ends with no full stop and names a photo,
 * so it reads as a label; but its first sentences are text of their own
 * (the caption, with the people and places a reader wants) and only the
 * sentences after the last full stop are the label.  Returns the first
 * sentence of that tail (relative to the paragraph), or 0 when the whole
 * paragraph is furniture. */
static guint32
label_tail (const Clean *clean, guint32 p)
{
  const PrecisParagraph *paragraph = &clean->in->paragraphs[p];
  const Para *para = &clean->paras[p];
  Para head, tail;

  if (paragraph->n_sentences < 2 || para->final_punct)
    return 0;
  for (guint32 k = paragraph->n_sentences - 1; k > 0; k--)
    {
      const PrecisSentence *before = &clean->in->sentences[paragraph->first_sentence + k - 1];
      guint32 split = before->first_token + before->n_tokens;

      if (!ends_with_punct (clean->buf, before->first_token, split) ||
          strchr (":;,", lower_of (clean->buf, split - 1)[0]) != NULL)
        continue;
      measure_part (clean, para, para->first_token, split, &head);
      measure_part (clean, para, split, para->end_token, &tail);
      return !is_boilerplate (clean, &head) && is_boilerplate (clean, &tail) ? k : 0;
    }
  return 0;
}

static void
find_boilerplate (Clean *clean)
{
  const PrecisCleanInput *in = clean->in;
  g_autoptr (GHashTable) counts = g_hash_table_new (NULL, NULL);

  /* A page's furniture stands around its article; a text of one
   * paragraph has nothing around it.  A notification or a feed item that
   * is one line ("WATCH: Prince Harry arrives at High Court in London",
   * "Top stories: Floods hit Valencia; Macron names new prime minister")
   * reads as a link's or a label's line, and was left with no facts and
   * no summary. */
  if (in->n_paragraphs == 1)
    return;

  for (guint32 p = 0; p < in->n_paragraphs; p++)
    {
      Para *para = &clean->paras[p];

      if (para->dateline)
        continue;
      if (!para->title && is_boilerplate (clean, para))
        {
          guint32 tail = label_tail (clean, p);

          if (tail > 0)
            {
              const PrecisParagraph *paragraph = &in->paragraphs[p];

              for (guint32 s = tail; s < paragraph->n_sentences; s++)
                in->sentences[paragraph->first_sentence + s].flags |= PRECIS_SENTENCE_BOILERPLATE;
            }
          else
            {
              para->boilerplate = TRUE;
              flag_paragraph (clean, p, PRECIS_SENTENCE_BOILERPLATE);
            }
        }
      if (para->n_words <= 8 && !para->final_punct && para->single_line)
        count_hash (counts, para->hash);
    }

  /* Short lines that are no sentence and come back: page furniture. */
  for (guint32 p = 0; p < in->n_paragraphs; p++)
    {
      Para *para = &clean->paras[p];
      gpointer key = GSIZE_TO_POINTER ((gsize) (para->hash ^ (para->hash >> 32)));

      if (para->title || para->boilerplate || para->dateline || para->final_punct || !para->single_line ||
          para->n_words > 8)
        continue;
      if (GPOINTER_TO_SIZE (g_hash_table_lookup (counts, key)) >= 2)
        {
          para->boilerplate = TRUE;
          flag_paragraph (clean, p, PRECIS_SENTENCE_BOILERPLATE);
        }
    }
}

/* "(Lucy Akins)", "(AP Photo/Evan Vucci)": a few words in brackets, no
 * sentence inside, are a credit or an aside, not article text. */
static void
find_bracketed_credits (Clean *clean)
{
  const PrecisCleanInput *in = clean->in;

  for (guint32 s = 0; s < in->n_sentences; s++)
    {
      PrecisSentence *sentence = &in->sentences[s];
      const PrecisToken *tokens = &clean->buf->tokens[sentence->first_token];
      guint32 n = sentence->n_tokens, words = 0;
      gboolean terminal = FALSE;

      /* "(CNN)" before the lede is the story's dateline, not an aside. */
      if (n < 3 || (sentence->flags & PRECIS_SENTENCE_DATELINE) || precis_token_kind (&tokens[0]) != PRECIS_KIND_OPEN_BRACKET ||
          precis_token_kind (&tokens[n - 1]) != PRECIS_KIND_CLOSE_BRACKET)
        continue;
      for (guint32 i = 1; i + 1 < n; i++)
        {
          words += (tokens[i].flags & PRECIS_TOKEN_WORD) != 0;
          terminal |= precis_token_kind (&tokens[i]) == PRECIS_KIND_TERMINAL ||
                      precis_token_kind (&tokens[i]) == PRECIS_KIND_CLOSE_BRACKET;
        }
      if (!terminal && words <= 12)
        sentence->flags |= PRECIS_SENTENCE_BOILERPLATE;
    }
}

/* Credits that close a wire story, said in a sentence of their own:
 * "CNN's Greg Botelho and Sonya Hamasaki contributed to this report."
 * The paragraph rule (furniture_phrases) finds them on a line of their
 * own; a text that comes as one paragraph (a feed's, CNN/DM's) has them
 * at the end of its last, where they gave the reporters and the
 * publisher as the story's people and bodies. */
static const char *const credit_phrases[] = {
  " contributed to this report ", " contributed to this story ", " contributed to this article ",
  " contributed reporting ", " additional reporting by ", NULL,
};

/* Whether tokens [first, end) of `clean` say a reporting credit: only
 * sentences with "contributed" or "additional" are spelled out. */
static gboolean
says_credit (const Clean *clean, guint32 first, guint32 end)
{
  guint64 contributed = hash_word (FNV_OFFSET, "contributed");
  guint64 additional = hash_word (FNV_OFFSET, "additional");
  char words[512];
  gboolean candidate = FALSE;

  for (guint32 i = first; i < end && !candidate; i++)
    candidate = clean->word_hashes[i] == contributed || clean->word_hashes[i] == additional;
  if (!candidate)
    return FALSE;
  if (!word_string (clean, first, end, words, sizeof words))
    return FALSE;
  for (guint k = 0; credit_phrases[k] != NULL; k++)
    if (strstr (words, credit_phrases[k]) != NULL)
      return TRUE;
  return FALSE;
}

/* A sentence of at most 40 words that credits the story's reporters is
 * furniture wherever it stands, as such a paragraph is. */
static void
find_credit_sentences (Clean *clean)
{
  const PrecisCleanInput *in = clean->in;

  for (guint32 s = 0; s < in->n_sentences; s++)
    {
      PrecisSentence *sentence = &in->sentences[s];
      guint32 first = sentence->first_token, words = 0;

      if (sentence->flags & (PRECIS_SENTENCE_BOILERPLATE | PRECIS_SENTENCE_DATELINE))
        continue;
      for (guint32 i = first; i < first + sentence->n_tokens && words <= 40; i++)
        words += (clean->buf->tokens[i].flags & PRECIS_TOKEN_WORD) != 0;
      if (words <= 40 && says_credit (clean, first, first + sentence->n_tokens))
        sentence->flags |= PRECIS_SENTENCE_BOILERPLATE;
    }
}

/* Whether a line break separates byte offsets [from, to) of the text. */
static gboolean
has_line_break (const char *text, guint32 from, guint32 to)
{
  for (const char *p = text + from; p < text + to; p = g_utf8_next_char (p))
    if (precis_unichar_is_line_break (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* A sentence that ends on a plain word and runs on into the next on the
 * same line was cut off it by segment.c's glued rules (glued.h): a
 * caption, a photo credit or a prompt pasted into the text ("… on Friday"
 * before "‘I’d be over the moon,’ said Locke").  Real sentences end on
 * punctuation or at a line's end. */
static void
find_glued_captions (Clean *clean)
{
  const PrecisCleanInput *in = clean->in;

  /* Thai ends its sentences with a space, no mark (thai.h). */
  if (in->tokenizer != NULL && g_strcmp0 (in->tokenizer->language, "th") == 0)
    return;
  for (guint32 p = 0; p < in->n_paragraphs; p++)
    {
      const PrecisParagraph *paragraph = &in->paragraphs[p];

      for (guint32 s = paragraph->first_sentence; s + 1 < paragraph->first_sentence + paragraph->n_sentences; s++)
        {
          PrecisSentence *sentence = &in->sentences[s];

          if (!ends_with_punct (clean->buf, sentence->first_token, sentence->first_token + sentence->n_tokens) &&
              !has_line_break (in->text, sentence->byte_end, in->sentences[s + 1].byte_start))
            sentence->flags |= PRECIS_SENTENCE_CAPTION;
        }
    }
}

static void
count_capitalized (const Clean *clean, Para *para)
{
  for (guint32 i = para->first_token; i < para->end_token; i++)
    {
      const PrecisToken *token = &clean->buf->tokens[i];

      if (!(token->flags & PRECIS_TOKEN_WORD) || (token->flags & PRECIS_TOKEN_STOPWORD) ||
          token->shape == PRECIS_SHAPE_NUMBER)
        continue;
      para->content++;
      if (token->shape == PRECIS_SHAPE_CAPITALIZED || token->shape == PRECIS_SHAPE_UPPER ||
          token->shape == PRECIS_SHAPE_MIXED)
        para->capitalized++;
    }
}

static gboolean
is_heading (const Clean *clean, guint32 p)
{
  const Para *para = &clean->paras[p];
  const PrecisTokenBuf *buf = clean->buf;
  const PrecisToken *first = &buf->tokens[para->first_token];

  if (!para->single_line || !para->headline || para->n_words == 0 || para->n_words > 14 ||
      clean->in->paragraphs[p].n_sentences != 1)
    return FALSE;
  /* Headings introduce text; a list item starts with a bullet. */
  if (p + 1 >= clean->in->n_paragraphs)
    return FALSE;
  if (!(first->flags & PRECIS_TOKEN_WORD) && precis_token_kind (first) != PRECIS_KIND_OPEN_QUOTE &&
      precis_token_kind (first) != PRECIS_KIND_OPEN_SINGLE)
    return FALSE;
  /* Nor does a heading start in lower case: that is a broken-off phrase. */
  if (first->shape == PRECIS_SHAPE_LOWER)
    return FALSE;

  if (para->content > 0 && para->capitalized * 10 >= para->content * 6)
    return TRUE;
  /* Sentence-case headings: a short unpunctuated line before prose. */
  return !para->final_punct && para->n_words >= 2 && para->n_words <= 10 && clean->paras[p + 1].final_punct &&
         clean->paras[p + 1].n_words > para->n_words;
}

static gboolean
line_in (guint32 line, const PrecisPipelineOptions *options)
{
  for (guint32 i = 0; i < options->n_heading_lines; i++)
    if (options->heading_lines[i] == line)
      return TRUE;
  return FALSE;
}

static void
find_headings (Clean *clean, const PrecisPipelineOptions *options)
{
  const PrecisCleanInput *in = clean->in;
  gboolean given = options != NULL && options->heading_lines != NULL;

  for (guint32 p = 0; p < in->n_paragraphs; p++)
    {
      Para *para = &clean->paras[p];
      gboolean heading;

      if (para->title || para->boilerplate || para->dateline)
        continue;
      if (given)
        heading = line_in (in->paragraph_blocks[p].first_line, options);
      else
        heading = is_heading (clean, p);
      if (heading)
        {
          para->heading = TRUE;
          flag_paragraph (clean, p, PRECIS_SENTENCE_HEADING);
        }
    }
}

/* Open addressing on 64-bit hashes (0 is free): one allocation per
 * document instead of one per entry. */
typedef struct {
  guint64 *keys;
  guint32 *values;
  guint32 mask;
} HashMap;

static void
hash_map_init (HashMap *map, guint32 n)
{
  guint32 size = 16;

  while (size < n * 2)
    size *= 2;
  map->keys = g_new0 (guint64, size);
  map->values = g_new (guint32, size);
  map->mask = size - 1;
}

static void
hash_map_clear (HashMap *map)
{
  g_free (map->keys);
  g_free (map->values);
}

/* Returns the slot of `key`, which holds it or is free. */
static guint32
hash_map_slot (const HashMap *map, guint64 key)
{
  guint32 slot;

  key |= 1; /* never 0 */
  slot = (guint32) (key ^ (key >> 29)) & map->mask;
  while (map->keys[slot] != 0 && map->keys[slot] != key)
    slot = (slot + 1) & map->mask;
  return slot;
}

/* The value of `key`, or insert `value`; returns the value in the map. */
static guint32
hash_map_get_or_put (HashMap *map, guint64 key, guint32 value)
{
  guint32 slot = hash_map_slot (map, key);

  if (map->keys[slot] != 0)
    return map->values[slot];
  map->keys[slot] = key | 1;
  map->values[slot] = value;
  return value;
}

/* Exact repeats, and near repeats: a pasted lede reworded at its start
 * ("Speaking to state media, X suggested ..." after "X suggested ...")
 * shares most of its word trigrams with the earlier copy.  Numbers are no
 * words here: the rows of a results table share their figures' trigrams
 * ("Stoke 2 2 0 0 4 2 6" after "Queens Park Rangers 2 2 0 0 4 2 6") and are
 * no repeat of each other. */
static void
find_duplicates (Clean *clean)
{
  const PrecisCleanInput *in = clean->in;
  const PrecisTokenBuf *buf = clean->buf;
  HashMap sentences, trigrams;
  guint64 *word_hashes = g_new (guint64, buf->n_tokens + 1);

  hash_map_init (&sentences, in->n_sentences);
  hash_map_init (&trigrams, buf->n_tokens);

  for (guint32 s = 0; s < in->n_sentences; s++)
    {
      PrecisSentence *sentence = &in->sentences[s];
      guint32 end = sentence->first_token + sentence->n_tokens;
      guint32 n_words = 0, shared = 0, n_trigrams;
      if (hash_map_get_or_put (&sentences, clean->sentence_hashes[s], s) != s)
        sentence->flags |= PRECIS_SENTENCE_DUPLICATE;

      for (guint32 i = sentence->first_token; i < end; i++)
        if ((buf->tokens[i].flags & PRECIS_TOKEN_WORD) && buf->tokens[i].shape != PRECIS_SHAPE_NUMBER)
          word_hashes[n_words++] = clean->word_hashes[i];
      if (n_words < 3)
        continue;
      n_trigrams = n_words - 2;
      for (guint32 i = 0; i < n_trigrams; i++)
        {
          guint64 t = (word_hashes[i] * 31 + word_hashes[i + 1]) * 31 + word_hashes[i + 2];

          shared += hash_map_get_or_put (&trigrams, t, s) != s;
        }
      if (n_words >= 8 && shared * 10 >= n_trigrams * 7)
        sentence->flags |= PRECIS_SENTENCE_DUPLICATE;
    }

  g_free (word_hashes);
  hash_map_clear (&sentences);
  hash_map_clear (&trigrams);
}

static void
find_quotes (Clean *clean)
{
  const PrecisCleanInput *in = clean->in;

  for (guint32 s = 0; s < in->n_sentences; s++)
    {
      PrecisSentence *sentence = &in->sentences[s];
      guint32 words = 0, quoted = 0;

      for (guint32 i = sentence->first_token; i < sentence->first_token + sentence->n_tokens; i++)
        {
          const PrecisToken *token = &clean->buf->tokens[i];

          if (token->flags & PRECIS_TOKEN_WORD)
            {
              words++;
              quoted += (token->flags & PRECIS_TOKEN_IN_QUOTE) != 0;
            }
        }
      if (words > 0 && quoted * 10 >= words * 6)
        sentence->flags |= PRECIS_SENTENCE_QUOTE;
    }
}

char *
precis_clean (const PrecisCleanInput *in, const PrecisPipelineOptions *options)
{
  Clean clean = { .in = in, .buf = in->tokens };
  g_autofree guint32 *sentence_words = NULL;
  char *title;

  clean.paras = g_new0 (Para, in->n_paragraphs + 1);
  clean.word_hashes = hash_each_word (clean.buf);
  clean.sentence_hashes = g_new (guint64, in->n_sentences + 1);
  sentence_words = g_new (guint32, in->n_sentences + 1);
  for (guint32 s = 0; s < in->n_sentences; s++)
    clean.sentence_hashes[s] = hash_words (clean.buf, clean.word_hashes, in->sentences[s].first_token,
                                           in->sentences[s].first_token + in->sentences[s].n_tokens,
                                           &sentence_words[s]);
  for (guint32 p = 0; p < in->n_paragraphs; p++)
    {
      const PrecisParagraph *paragraph = &in->paragraphs[p];
      const PrecisSentence *first = &in->sentences[paragraph->first_sentence];
      const PrecisSentence *last = &in->sentences[paragraph->first_sentence + paragraph->n_sentences - 1];
      Para *para = &clean.paras[p];

      para->first_token = first->first_token;
      para->end_token = last->first_token + last->n_tokens;
      para->hash = hash_words_from (clean.buf, clean.word_hashes,
                                    clean.sentence_hashes[paragraph->first_sentence],
                                    first->first_token + first->n_tokens, para->end_token,
                                    &para->n_words);
      para->n_words += sentence_words[paragraph->first_sentence];
      if (para->n_words <= 60)
        for (guint32 i = para->first_token; i < para->end_token; i++)
          if (clean.buf->tokens[i].flags & PRECIS_TOKEN_WORD)
            {
              const char *lower = lower_of (clean.buf, i);
              guint8 bit = word_bit (lower, strlen (lower));

              para->words[bit >> 6] |= G_GUINT64_CONSTANT (1) << (bit & 63);
            }
      para->final_punct = ends_with_punct (clean.buf, para->first_token, para->end_token);
      count_capitalized (&clean, para);
      /* "Is This the End of Cheap Oil?" reads as a headline; a question
       * with a lower-case word in it may be the lede's first sentence. */
      para->headline = !para->final_punct ||
                       (ends_with_question (clean.buf, para->first_token, para->end_token) &&
                        para->content >= 2 && para->capitalized == para->content);
      para->single_line = in->paragraph_blocks[p].n_lines == 1;
      para->dateline = (first->flags & PRECIS_SENTENCE_DATELINE) != 0;
    }

  title = find_title (&clean, options);
  find_boilerplate (&clean);
  find_bracketed_credits (&clean);
  find_credit_sentences (&clean);
  find_glued_captions (&clean);
  find_headings (&clean, options);
  find_duplicates (&clean);
  find_quotes (&clean);

  for (guint32 p = 0; p < in->n_paragraphs; p++)
    {
      PrecisParagraph *paragraph = &in->paragraphs[p];
      guint32 flags = G_MAXUINT32;

      for (guint32 s = 0; s < paragraph->n_sentences; s++)
        flags &= in->sentences[paragraph->first_sentence + s].flags;
      paragraph->flags = paragraph->n_sentences > 0 ? flags : 0;
    }

  g_free (clean.paras);
  g_free (clean.sentence_hashes);
  g_free (clean.word_hashes);
  return title;
}
