/* ner-papers.c — English newspapers named by their title word where the news quotes them.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-papers.h"

#include "ner-tags.h"
#include "ner-word.h"
#include "ner-word-set.h"
#include "ner-lower-words.h"

#include <string.h>

/* The words that end an English paper's title ("the Times", "the
 * Washington Post", "the Daily Mirror").  Each is also a common noun or
 * an adjective, so the words around the name must say it is a paper. */
static const char *const title_words[] = {
  "times", "post", "telegraph", "guardian", "mirror", "herald", "journal", "gazette", "chronicle",
  "tribune", "observer", "independent", "express", "mail", "sun", "star", "standard", "record",
  "courier", "echo", "argus", "examiner", "inquirer", "enquirer", "advertiser", "dispatch",
  "sentinel", "bulletin", "scotsman", "economist", "globe", "register", NULL,
};
static PrecisNerWordSet title_word_set;

/* Words of a title before its last word that are also common words of
 * English ("the Daily Mirror", "the New York Post", "the Sunday Times"):
 * other common words end the name ("Former Mirror reporter"). */
static const char *const title_openers[] = {
  "daily", "sunday", "evening", "morning", "weekly", "financial", "new", "international",
  "national", NULL,
};

/* Words that open a title alone and say it is a paper's, with no
 * article before ("former Daily Mirror reporter", "Britain's Sunday
 * Telegraph"). */
static const char *const press_openers[] = {
  "daily", "sunday", "evening", "morning", "weekly", NULL,
};

/* What a paper does, after its name ("the Post reported", "the Times
 * says"). */
static const char *const reporting_verbs[] = {
  "reported", "reports", "report", "said", "says", "revealed", "reveals", "claimed", "claims",
  "quoted", "quotes", "understands", "understood", "learned", "learnt", "disclosed", "discloses",
  "published", "publishes", "alleged", "alleges", "obtained", "added", "adds", "carried", "ran",
  "splashed", "suggested", "suggests", NULL,
};

/* Nouns of the press after a paper's name, or after its "'s" ("a
 * Guardian reporter", "the Times's editor", "the Sun newspaper"). */
static const char *const press_nouns[] = {
  "newspaper", "newspapers", "paper", "tabloid", "broadsheet", "daily", "reporter", "reporters",
  "journalist", "journalists", "columnist", "columnists", "editor", "editors", "correspondent",
  "correspondents", "critic", "critics", "writer", "website", "poll", "survey", "story", "stories",
  "article", "articles", "interview", "report", "reports", "headline", "headlines", "investigation",
  "readers", "front", "columns", "column", "leader", "editorial", NULL,
};

/* Verbs of telling, writing or quoting whose preposition (or object)
 * is a paper: "told the Times", "writing in the Guardian", "an interview
 * with the Herald", "speaking to the Mirror", "reported by the Sun". */
static const char *const tell_verbs[] = {
  "told", "tell", "tells", "telling", NULL,
};
static const char *const before_in[] = {
  "wrote", "writing", "writes", "write", "written", "quoted", "published", "printed", "appeared",
  "column", "article", "interview", "report", "story", "advert", "advertisement", "letter",
  "reported", "revealed", "said", "says", "claimed", "interviewed", "featured", "pictured", NULL,
};
static const char *const before_to[] = {
  "speaking", "spoke", "speak", "speaks", "talking", "talked", "talk", "talks", "according",
  "revealed", "confirmed", "wrote", "writing", "explained", "admitted", "insisted", NULL,
};
static const char *const before_by[] = {
  "reported", "revealed", "published", "obtained", "commissioned", "seen", "quoted",
  "interviewed", "conducted", "carried", "printed", "named", NULL,
};
static const char *const before_for[] = {
  "writing", "wrote", "writes", "write", "poll", "survey", "columnist", "reporter", "journalist",
  "column", "correspondent", "critic", NULL,
};
static const char *const before_with[] = {
  "interview", "interviews", "speaking", "spoke", NULL,
};
/* "says the Times.", "reported the Sun, adding ...": the verb before
 * its subject, the name ending its clause. */
static const char *const before_the_verbs[] = {
  "says", "said", "reports", "reported", "claims", "claimed", "adds", "added", "reveals",
  "revealed", NULL,
};

/* The most words of a title ("the Los Angeles Times"). */
#define MAX_WORDS 4

static gboolean
in_sentence (const PrecisDocument *doc, guint32 i, guint32 sentence)
{
  return i < doc->n_tokens && doc->tokens[i].sentence == sentence;
}

static gboolean
is_title_word (const PrecisDocument *doc, guint32 i)
{
  return doc->tokens[i].shape == PRECIS_SHAPE_CAPITALIZED &&
         precis_ner_word_set_contains (&title_word_set, title_words, doc->tokens[i].lower);
}

static gboolean
is_article (const PrecisDocument *doc, guint32 i)
{
  return strcmp (doc->tokens[i].lower, "the") == 0;
}

/* Whether token `i`, just before a name, is a verb of telling, writing
 * or quoting and its preposition (`i` itself is "to", "in", "by", "for",
 * "with"), or a telling verb alone. */
static gboolean
tells_or_writes (const PrecisDocument *doc, guint32 i, guint32 first_token)
{
  const char *word = doc->tokens[i].lower;
  const char *const *verbs = NULL;

  if (precis_ner_token_is_lower_in_list (doc, i, tell_verbs))
    return TRUE;
  if (i == first_token)
    return FALSE;
  if (strcmp (word, "in") == 0)
    verbs = before_in;
  else if (strcmp (word, "to") == 0)
    verbs = before_to;
  else if (strcmp (word, "by") == 0)
    verbs = before_by;
  else if (strcmp (word, "for") == 0)
    verbs = before_for;
  else if (strcmp (word, "with") == 0)
    verbs = before_with;
  return verbs != NULL && precis_ner_token_is_lower_in_list (doc, i - 1, verbs);
}

/* Whether the words around tokens [`first`, `end`) of `doc`, a name that
 * ends in a title word, say it is quoted as a paper. */
static gboolean
is_quoted_as_paper (const PrecisDocument *doc, guint32 first, guint32 end)
{
  const guint32 sentence = doc->tokens[first].sentence;
  const guint32 first_token = doc->sentences[sentence].first_token;
  gboolean article, opener;
  guint32 next = end;

  /* "The Times": a name that holds its article. */
  if (end - first > 1 && is_article (doc, first))
    first++;
  article = first > first_token && is_article (doc, first - 1);
  opener = precis_ner_word_in_list (press_openers, doc->tokens[first].lower);

  if (!is_title_word (doc, end - 1))
    return FALSE;
  /* "the Times Educational Supplement", "the Post Office": a longer name. */
  if (in_sentence (doc, end, sentence) && precis_ner_shape_is_name (doc->tokens[end].shape))
    return FALSE;
  if (in_sentence (doc, next, sentence) &&
      precis_ner_token_is_possessive (doc, next))
    next++;
  /* "a Guardian reporter", "former Daily Mirror reporter", "the Sun
   * newspaper", "the Guardian's film critic". */
  if (in_sentence (doc, next, sentence) && precis_ner_token_is_lower_in_list (doc, next, press_nouns))
    return TRUE;
  if (!article && !opener)
    return FALSE;
  /* "the Post reported", "The Times says". */
  if (next == end && in_sentence (doc, end, sentence) &&
      precis_ner_token_is_lower_in_list (doc, end, reporting_verbs))
    return TRUE;
  if (!article || first - 1 == first_token)
    return FALSE;
  /* "according to the Telegraph", "told the Mirror", "writing in the Guardian". */
  if (tells_or_writes (doc, first - 2, first_token))
    return TRUE;
  /* "says the Times." */
  return precis_ner_token_is_lower_in_list (doc, first - 2, before_the_verbs) && in_sentence (doc, end, sentence) &&
         doc->tokens[end].shape == PRECIS_SHAPE_PUNCT;
}

gboolean
precis_ner_is_paper (const PrecisDocument *doc, guint32 first, guint32 end)
{
  return end - first <= MAX_WORDS + 1 && precis_ner_reads_as_english (doc) &&
         is_title_word (doc, end - 1) && is_quoted_as_paper (doc, first, end);
}

gboolean
precis_ner_names_paper (const PrecisDocument *doc, const PrecisNerMention *m)
{
  return precis_ner_is_paper (doc, m->first, m->end);
}

/* Whether token `i`, just before the words [`i` + 1, ...) of a title,
 * may be a word of it: a capitalized word that is no stop word, and
 * either a word of titles, a word English writes only capitalized
 * ("Washington", "Jakarta"), or a word the tagger read in the same name
 * inside the sentence ("the Wall Street Journal"). */
static gboolean
may_open_title (const PrecisDocument *doc, PrecisNerLowerWords *lower_words, const guint8 *tags, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];
  const PrecisSentence *s = &doc->sentences[t->sentence];

  if (!precis_ner_shape_is_name (t->shape) || (t->flags & PRECIS_TOKEN_STOPWORD) || strcmp (t->lower, "the") == 0)
    return FALSE;
  if (precis_ner_word_in_list (title_openers, t->lower) || !precis_ner_lower_words_contains (lower_words, t->lower))
    return TRUE;
  return tags[i] != 0 && tags[i + 1] != 0 && !precis_ner_tag_is_begin (tags[i + 1]) &&
         !precis_ner_opens_sentence (doc, s, i);
}

/* Whether the tagger read tokens [`first`, `end`) as (the end of) one
 * organization ("The Sunday Telegraph", with its capital article):
 * nothing to change. */
static gboolean
is_read_as_body (const guint8 *tags, guint32 first, guint32 end)
{
  for (guint32 k = first; k < end; k++)
    if (precis_ner_tag_type (tags[k]) != PRECIS_NER_TYPE_ORG || (k > first && precis_ner_tag_is_begin (tags[k])))
      return FALSE;
  return TRUE;
}

void
precis_ner_tag_papers (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                       PrecisNerLowerWords *lower_words, guint8 *tags)
{
  if (!precis_ner_reads_as_english (doc))
    return;
  for (guint32 i = 0; i < doc->n_tokens; i++)
    {
      const PrecisSentence *s = &doc->sentences[doc->tokens[i].sentence];
      guint32 first = i, end = i + 1;
      g_autofree char *text = NULL;

      /* The shape first: most tokens are no capitalized word. */
      if (!is_title_word (doc, i))
        continue;
      while (first > s->first_token && i - first + 1 < MAX_WORDS && may_open_title (doc, lower_words, tags, first - 1))
        first--;
      /* "the Mail on Sunday", "the Journal of Industrial Medicine": a
       * name the tagger or a rule ran on past the title word. */
      if (end < doc->n_tokens && tags[end] != 0 && !precis_ner_tag_is_begin (tags[end]))
        continue;
      if (!is_quoted_as_paper (doc, first, end))
        continue;
      /* "The Sunday Telegraph quoted": a capital article is the title's
       * own (CoNLL-2003 gives it the name: "at The Sun and The Times"). */
      if (first > s->first_token && precis_ner_token_is (doc, first - 1, "The"))
        first--;
      if (is_read_as_body (tags, first, end))
        continue;
      /* "the Herald" of a town's name, which the gazetteer knows. */
      text = precis_ner_tokens_text (doc, first, end);
      if (gazetteer != NULL && precis_ner_gazetteer_find (gazetteer, text) != NULL)
        continue;
      /* A name the tagger ran on from before the title ("Former Mirror"
       * read as one person): its words before are no name. */
      if (tags[first] != 0 && !precis_ner_tag_is_begin (tags[first]))
        for (guint32 k = first; k > s->first_token && tags[k - 1] != 0; k--)
          {
            gboolean begin = precis_ner_tag_is_begin (tags[k - 1]);

            tags[k - 1] = 0;
            if (begin)
              break;
          }
      precis_ner_tags_set_name (tags, doc->n_tokens, first, end, PRECIS_NER_TYPE_ORG);
    }
}
