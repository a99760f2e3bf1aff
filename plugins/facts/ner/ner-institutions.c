/* ner-institutions.c — "the Tories", "Parliament", "the Commons", "the G8": bodies named by a word of their own.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * British news names its parties and the houses of Parliament by one
 * word, and the tagger's 1996 news (CoNLL-2003) taught it none of them:
 * "Tories" is typed as "Democrats" and "Republicans" are there (MISC,
 * the party's people), "Tory" as a person ("Tory MPs"), "the Commons" and
 * "the G8" as MISC, "Parliament" (five times in train and dev, all of
 * them "Parliament Speaker ...", none a name) as no name.  The BBC dev
 * panels list them as organizations: of the 29 entities the panels
 * missed, 5 were these ("Tory leader Michael Howard", "thrown out of the
 * Commons", "the Tories' Commons presence", "to dissolve Parliament",
 * "the G8 group of wealthy nations").  In the 888 articles of the
 * unlabeled scan (BBC and CNN/DM dev) they were no fact's mention in
 * 46 articles ("Tories"), 37 ("Tory"), 17 ("Parliament"), 16
 * ("Commons"), 12 ("Labour": "challenge Labour in its heartlands",
 * "Three Labour councillors"), 8 ("G8") and 5 ("G7").
 *
 * Such a word becomes an organization where the tagger read no name in it
 * or a name of that word alone, or of the word and the members after it
 * ("Tory MPs", read as a person); a longer name the tagger read is left as
 * read ("House of Lords", "Labour Party", "European Parliament"), and so
 * is a word next to another capitalized word ("Labour Day", "Parliament
 * Square", "New Labour", "Economy and Labour Minister").  A word that is
 * also a common one ("Labour costs", "Parliament") opening a sentence is
 * one only where the tagger read a name.  The party's names are then one
 * entity (precis_ner_party_key): "the Tories" and "the Conservative
 * Party", "Lib Dems" and "Liberal Democrats", as the panels list them.
 */
#include "ner-institutions.h"

#include "ner-doc.h"
#include "ner-tags.h"
#include "ner-word.h"
#include "ner-word-set.h"

#include <string.h>

typedef struct {
  const char *written;  /* as news writes it, the only form read */
  gboolean after_the;   /* a name only after "the": "the Commons", "the Lords" */
  gboolean common;      /* also a common word ("labour", "parliament") */
  gboolean term;        /* also the years between two elections ("the next Parliament") */
} Institution;

static const Institution institutions[] = {
  { "Tories", FALSE, FALSE, FALSE },      { "Tory", FALSE, FALSE, FALSE },
  { "Labour", FALSE, TRUE, FALSE },       { "Conservative", FALSE, TRUE, FALSE },
  { "Parliament", FALSE, TRUE, TRUE },    { "Commons", TRUE, FALSE, FALSE },
  { "Lords", TRUE, FALSE, FALSE },        { "G7", FALSE, FALSE, FALSE },
  { "G8", FALSE, FALSE, FALSE },          { "G20", FALSE, FALSE, FALSE },
  { "Cabinet", TRUE, TRUE, FALSE },
};

/* The words that make a term of a Parliament: what stands before it
 * ("the next Parliament", "this Parliament"), and the nouns of time that
 * "of the" joins to it ("by the end of the Parliament", "over the life of
 * the Parliament"): a pledge's deadline, no body (BBC and CNN/DM dev: 3
 * of the 3 such phrases; CoNLL-2003 has none). */
static const char *const term_openers[] = {
  "next", "this", "last", "previous", "current", NULL,
};
static const char *const term_spans[] = {
  "end", "life", "lifetime", "rest", "start", "course", "remainder", "duration", NULL,
};

/* The lower forms of `institutions`, a first look at every token. */
static const char *const institution_words[] = {
  "tories", "tory", "labour", "conservative", "parliament", "commons", "lords", "g7", "g8", "g20", "cabinet",
  NULL,
};
static PrecisNerWordSet institution_set;

/* The members a party's name stands before, read with it as a person's
 * name ("Tory MPs", "Labour MEP"). */
static const char *const members[] = {
  "MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "AM", "AMs", NULL,
};

/* The names of a party that are one entity, and the name its fact is
 * given (as "Britain"'s is "United Kingdom"): the party's own, where the
 * text may only say "the Tories". */
typedef struct {
  const char *name;
  const char *const *keys;  /* the first is the key all share */
} Party;

static const Party parties[] = {
  { "Conservative Party",
    (const char *const[]) { "conservative party", "conservatives", "conservative", "tories", "tory", "tory party",
                            NULL } },
  { "Liberal Democrats", (const char *const[]) { "liberal democrats", "liberal democrat", "lib dems", "lib dem", NULL } },
};

static const Institution *
institution_of (const PrecisDocument *doc, guint32 i)
{
  if (!precis_ner_word_set_contains (&institution_set, institution_words, doc->tokens[i].lower))
    return NULL;
  for (gsize k = 0; k < G_N_ELEMENTS (institutions); k++)
    if (precis_ner_token_is (doc, i, institutions[k].written))
      return &institutions[k];
  return NULL;
}

/* Whether token `i` of `doc` is a capitalized word that is no stop word:
 * part of a longer name when it stands next to the institution's word. */
static gboolean
is_name_word (const PrecisDocument *doc, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];

  return (precis_ner_shape_is_name (t->shape) || t->shape == PRECIS_SHAPE_ALNUM) &&
         !(t->flags & PRECIS_TOKEN_STOPWORD);
}

static gboolean
is_apostrophe (const PrecisDocument *doc, guint32 i)
{
  return precis_ner_token_is (doc, i, "'") || precis_ner_token_is (doc, i, "\u2019");
}

/* Whether tokens [`first`, `end`) are all members' words. */
static gboolean
all_members (const PrecisDocument *doc, guint32 first, guint32 end)
{
  for (guint32 k = first; k < end; k++)
    if (!precis_ner_token_in_list (doc, k, members))
      return FALSE;
  return TRUE;
}

/* Whether `inst`, the word of token `i`, names a term there ("the next
 * Parliament", "the end of the Parliament"). */
static gboolean
names_term (const PrecisDocument *doc, const Institution *inst, guint32 i)
{
  guint32 first = doc->sentences[doc->tokens[i].sentence].first_token;

  if (!inst->term || i == first)
    return FALSE;
  if (precis_ner_token_is_lower_in_list (doc, i - 1, term_openers))
    return TRUE;
  return i >= first + 3 && precis_ner_token_is (doc, i - 1, "the") && precis_ner_token_is (doc, i - 2, "of") &&
         precis_ner_token_is_lower_in_list (doc, i - 3, term_spans);
}

/* Whether `inst`, the word of token `i`, is written where it names the
 * body: after "the" where it must be ("the Commons", "the Cabinet"), and
 * not as a term. */
static gboolean
stands_as_name (const PrecisDocument *doc, const Institution *inst, guint32 i)
{
  const PrecisSentence *s = &doc->sentences[doc->tokens[i].sentence];

  if (names_term (doc, inst, i))
    return FALSE;
  return !inst->after_the ||
         (i > s->first_token && (precis_ner_token_is (doc, i - 1, "the") || precis_ner_token_is (doc, i - 1, "The")));
}

void
precis_ner_tag_english_institutions (const PrecisDocument *doc, guint8 *tags)
{
  if (!precis_ner_reads_as_english (doc))
    return;
  for (guint32 i = 0; i < doc->n_tokens; i++)
    {
      const PrecisToken *t = &doc->tokens[i];
      const PrecisSentence *s = &doc->sentences[t->sentence];
      guint32 stop = s->first_token + s->n_tokens, end = i + 1;
      const Institution *inst;
      gboolean opens, members_after = FALSE;

      if (tags[i] != 0 && !precis_ner_tag_is_begin (tags[i]))
        continue;
      inst = institution_of (doc, i);
      if (inst == NULL)
        continue;
      opens = precis_ner_opens_sentence (doc, s, i);
      /* "by the end of the Parliament": the tagger's reading of the
       * word alone goes too. */
      if (names_term (doc, inst, i) && (i + 1 >= stop || tags[i + 1] == 0 || precis_ner_tag_is_begin (tags[i + 1])))
        {
          tags[i] = 0;
          continue;
        }
      if (!stands_as_name (doc, inst, i))
        continue;
      if (tags[i] != 0)
        {
          guint32 run = i + 1;

          while (run < stop && tags[run] != 0 && !precis_ner_tag_is_begin (tags[run]))
            run++;
          /* "the Tories' Commons presence": the party's and the house's
           * names, run together by a possessive. */
          if (run > i + 1 && is_apostrophe (doc, i + 1))
            {
              tags[i] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_ORG, TRUE);
              tags[i + 1] = 0;
              if (run > i + 2)
                tags[i + 2] = (guint8) precis_ner_tag_make (precis_ner_tag_type (tags[i + 2]), TRUE);
              continue;
            }
          /* "Labour MP Liz Blackman" read as one body: the party, its
           * member's word (no name) and the member, a person. */
          if (run > i + 2 && !inst->term && precis_ner_token_in_list (doc, i + 1, members) &&
              !all_members (doc, i + 2, run))
            {
              tags[i] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_ORG, TRUE);
              tags[i + 1] = 0;
              for (guint32 k = i + 2; k < run; k++)
                tags[k] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_PER, k == i + 2);
              i = run - 1;
              continue;
            }
          if (!all_members (doc, i + 1, run))
            continue;
          members_after = run > i + 1;
          end = run;
        }
      else
        {
          /* A word of a longer name; a common word opening a sentence. */
          if ((i + 1 < stop && is_name_word (doc, i + 1) && !precis_ner_token_in_list (doc, i + 1, members)) ||
              (i > s->first_token && !opens &&
               (tags[i - 1] != 0 ||
                (is_name_word (doc, i - 1) && !precis_ner_is_calendar_word (doc->tokens[i - 1].lower)))) ||
              (inst->common && opens))
            continue;
        }
      if (members_after || tags[i] != precis_ner_tag_make (PRECIS_NER_TYPE_ORG, TRUE))
        {
          tags[i] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_ORG, TRUE);
          for (guint32 k = i + 1; k < end; k++)
            tags[k] = 0;
        }
      i = end - 1;
    }
}

const char *
precis_ner_party_key (const char *key)
{
  for (gsize r = 0; r < G_N_ELEMENTS (parties); r++)
    if (precis_ner_word_in_list (parties[r].keys, key))
      return parties[r].keys[0];
  return NULL;
}

const char *
precis_ner_party_name (const char *key)
{
  for (gsize r = 0; r < G_N_ELEMENTS (parties); r++)
    if (strcmp (parties[r].keys[0], key) == 0)
      return parties[r].name;
  return NULL;
}

gboolean
precis_ner_names_institution (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const Institution *inst;

  if (m->type != PRECIS_NER_TYPE_ORG || m->end - m->first != 1 || !precis_ner_reads_as_english (doc))
    return FALSE;
  inst = institution_of (doc, m->first);
  /* "Labour costs rose": a common word opening a sentence may be one;
   * "on Labour Day": a word of a longer name. */
  return inst != NULL && stands_as_name (doc, inst, m->first) &&
         !(inst->common && precis_ner_opens_sentence (doc, &doc->sentences[m->sentence], m->first)) &&
         !(m->end < doc->n_tokens && doc->tokens[m->end].sentence == m->sentence && is_name_word (doc, m->end) &&
           !precis_ner_token_in_list (doc, m->end, members));
}
