/* ner-share-names.c — the companies whose shares a market report names, outside English.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-share-names.h"

#include "ner-doc.h"
#include "ner-tags.h"
#include "ner-word-set.h"

#include <string.h>

typedef struct {
  const char *language;
  /* The words for a company's shares and holders, lower case. */
  const char *const *shares;
  /* Whether they also mean deeds ("les actions de Macron"). */
  gboolean ambiguous;
  /* "of", and its forms with an article ("del", "da"). */
  const char *const *of;
  /* "and" */
  const char *and_word;
} ShareWords;

static const char *const nl_shares[] = { "aandelen", "aandeel", "aandeelhouders", NULL };
static const char *const nl_of[] = { "van", NULL };
static const char *const de_shares[] = { "aktien", "aktie", "aktionäre", "aktionären", "papiere", NULL };
static const char *const de_of[] = { "von", "der", "des", NULL };
static const char *const fr_shares[] = { "actions", "actionnaires", NULL };
static const char *const fr_of[] = { "de", "d'", "d’", NULL };
static const char *const es_shares[] = { "acciones", "accionistas", NULL };
static const char *const es_of[] = { "de", "del", NULL };
static const char *const it_shares[] = { "azioni", "azionisti", NULL };
static const char *const it_of[] = { "di", "del", "della", NULL };
static const char *const pt_shares[] = { "ações", "acções", "acionistas", "accionistas", NULL };
static const char *const pt_of[] = { "de", "da", "do", NULL };

static const ShareWords share_words[] = {
  { "nl", nl_shares, FALSE, nl_of, "en" },
  { "de", de_shares, FALSE, de_of, "und" },
  { "fr", fr_shares, TRUE, fr_of, "et" },
  { "es", es_shares, TRUE, es_of, "y" },
  { "it", it_shares, TRUE, it_of, "e" },
  { "pt", pt_shares, TRUE, pt_of, "e" },
};

/* Words of the stock market, lower case, in every language above: a
 * sentence that writes one is a market report's ("Piazza Affari", Milan's
 * exchange). */
static const char *const market_words[] = {
  "bourse", "bolsa", "borsa", "beurs", "börse", "%", "procent", "prozent", "cent", "ciento",
  "cento", "cotización", "cotação", "cotazione", "quotazione", "cours", "koers", "kurs", "cac",
  "ibex", "mib", "psi", "aex", "dax", "euronext", "nasdaq", "affari", NULL,
};

/* Token `i`'s lower form is in `list`, whatever its shape: German writes
 * its nouns capitalized ("Aktien"), and a sentence its first word. */
static gboolean
lower_in (const PrecisDocument *doc, guint32 i, const char *const *list)
{
  return doc->tokens[i].lower != NULL && precis_ner_word_in_list (list, doc->tokens[i].lower);
}

static const ShareWords *
words_of (const PrecisDocument *doc)
{
  return PRECIS_NER_LANGUAGE_ENTRY (doc, share_words);
}

static gboolean
in_sentence (const PrecisDocument *doc, guint32 i, guint32 s)
{
  return i < doc->n_tokens && doc->tokens[i].sentence == s;
}

/* Whether sentence `s` writes a word of the stock market. */
static gboolean
sentence_is_market (const PrecisDocument *doc, guint32 s)
{
  const PrecisSentence *sentence = &doc->sentences[s];

  for (guint32 i = sentence->first_token; i < sentence->first_token + sentence->n_tokens; i++)
    if (lower_in (doc, i, market_words))
      return TRUE;
  return FALSE;
}

/* The end of the name that starts at token `i` (its name words), or `i`. */
static guint32
name_end (const PrecisDocument *doc, guint32 i, guint32 s)
{
  while (in_sentence (doc, i, s) && precis_ner_shape_is_name (doc->tokens[i].shape))
    i++;
  return i;
}

void
precis_ner_tag_share_names (const PrecisDocument *doc, guint8 *tags)
{
  const ShareWords *words = words_of (doc);
  gint market = -1;   /* unknown */
  guint32 market_sentence = G_MAXUINT32;

  if (words == NULL)
    return;
  for (guint32 i = 0; i + 2 < doc->n_tokens; i++)
    {
      guint32 s = doc->tokens[i].sentence, k, end;

      if (!lower_in (doc, i, words->shares) ||
          !precis_ner_token_is_lower_in_list (doc, i + 1, words->of) || !in_sentence (doc, i + 2, s) ||
          (end = name_end (doc, i + 2, s)) == i + 2)
        continue;
      if (words->ambiguous)
        {
          if (market_sentence != s)
            market_sentence = s, market = sentence_is_market (doc, s);
          if (!market)
            continue;
        }
      precis_ner_tags_set_name (tags, doc->n_tokens, i + 2, end, PRECIS_NER_TYPE_ORG);
      /* The names listed after it: ", X", "en X", "y de X". */
      for (k = end; in_sentence (doc, k, s);)
        {
          guint32 next = k;

          if (precis_ner_token_is (doc, next, ","))
            next++;
          if (in_sentence (doc, next, s) && doc->tokens[next].shape == PRECIS_SHAPE_LOWER &&
              strcmp (doc->tokens[next].lower, words->and_word) == 0)
            next++;
          if (next > k && precis_ner_token_is_lower_in_list (doc, next, words->of))
            next++;
          if (next == k || (end = name_end (doc, next, s)) == next)
            break;
          precis_ner_tags_set_name (tags, doc->n_tokens, next, end, PRECIS_NER_TYPE_ORG);
          k = end;
        }
      i = k > i ? k - 1 : i;
    }
}
