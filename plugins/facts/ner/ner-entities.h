/* ner-entities.h — one entity per real-world actor or place, not one per mention.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * "Trump", "Donald Trump" and "U.S. President Donald Trump" are one person,
 * "Donald Trump": a name of one word joins the longest full name ending in
 * it.  "U.S.", "US", "United States" and "America" are one place: the
 * gazetteer's aliases give a canonical name.  An acronym joins the one
 * organization whose initials it spells ("PBGC").  The kind is the
 * majority of the mentions' types.  Mentions come from every line that may
 * name facts (precis_ner_sentence_has_facts); capitalized common words are
 * dropped.
 *
 * Demonyms ("Russian", "Ukrainian") are not mentions of a place: "Russian
 * envoys" says who the envoys are, not that Russia is where the story
 * happens, and counting them would let every nationality adjective inflate
 * a country's salience and give it mentions that do not slice back to its
 * name.  They are never facts of their own either.
 */
#pragma once

#include "ner-gazetteer.h"
#include "ner-doc.h"
#include "ner-lower-words.h"

G_BEGIN_DECLS

typedef struct {
  PrecisFactKind kind;
  char *value;        /* canonical name */
  GArray *mentions;   /* PrecisNerMention, document order */
  /* Something beside the tagger's reading says what it is: the gazetteer,
   * the name's own words ("Ltd", "City"), its lines, its company's words.
   * (The words around each mention: precis_ner_mention_is_said.) */
  gboolean evidence;
} PrecisNerEntity;

void precis_ner_entity_free (PrecisNerEntity *entity);

/* Groups `mentions` (from precis_ner_mentions_find) into a GPtrArray of
 * PrecisNerEntity, in order of first mention; `lower_words` are `doc`'s,
 * the ones precis_ner_mentions_find was given. */
GPtrArray *precis_ner_entities_group (const PrecisDocument *doc,
                                      const PrecisNerGazetteer *gazetteer,
                                      const GArray *mentions, PrecisNerLowerWords *lower_words);

/* Whether the words around mention `m` or its lines say what it is, by
 * any rule of the grouping's votes (one list, ner-entities.c), whatever
 * the tagger read: a club's, a
 * company's, a body's, a place's, a person's, a title's; or a rule said
 * so (m->said), or it is a company of the lexicon.  A name one of whose
 * mentions is so said is no doubtful reading of the tagger alone
 * (ner-doubt.c), even where the tagger read it as the words say. */
gboolean precis_ner_mention_is_said (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                                     const PrecisNerMention *m);

/* Whether the last word of `key` (a name folded to lower case, two words
 * or more) makes it a body's or a place's ("sony pictures", "oracle
 * systems", "symantec corp."). */
gboolean precis_ner_ends_as_body_or_place (const char *key);

G_END_DECLS
