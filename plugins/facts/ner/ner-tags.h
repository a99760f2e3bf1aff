/* ner-tags.h — BIO tags over PER, ORG, LOC, MISC and Viterbi decoding.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  PRECIS_NER_TYPE_NONE = 0,
  PRECIS_NER_TYPE_PER,
  PRECIS_NER_TYPE_ORG,
  PRECIS_NER_TYPE_LOC,
  PRECIS_NER_TYPE_MISC,
  PRECIS_NER_N_TYPES,
} PrecisNerType;

/* Tag t: 0 is O; 2k-1 is B-type k, 2k is I-type k. */
#define PRECIS_NER_N_TAGS 9

static inline PrecisNerType
precis_ner_tag_type (guint tag)
{
  return (PrecisNerType) ((tag + 1) / 2);
}

static inline gboolean
precis_ner_tag_is_begin (guint tag)
{
  return tag % 2 == 1;
}

static inline guint
precis_ner_tag_make (PrecisNerType type, gboolean begin)
{
  return type == PRECIS_NER_TYPE_NONE ? 0 : (guint) type * 2 - (begin ? 1 : 0);
}

/* IOB2: I-X only continues B-X or I-X. */
static inline gboolean
precis_ner_tag_may_follow (guint previous, guint tag)
{
  return precis_ner_tag_is_begin (tag) || tag == 0 ||
         (previous != 0 && precis_ner_tag_type (previous) == precis_ner_tag_type (tag));
}

/* Whether token `i` of `n_tags` begins a name that is that one word (no
 * name goes on into token i + 1). */
static inline gboolean
precis_ner_tags_one_word_name (const guint8 *tags, guint32 n_tags, guint32 i)
{
  return precis_ner_tag_is_begin (tags[i]) &&
         (i + 1 >= n_tags || tags[i + 1] == 0 || precis_ner_tag_is_begin (tags[i + 1]));
}

/* Tags tokens [`first`, `end`) of `n_tags` as one name of `type`.  A name
 * the tagger ran on past `end` would then begin nowhere: its next token
 * begins it. */
static inline void
precis_ner_tags_set_name (guint8 *tags, guint32 n_tags, guint32 first, guint32 end, PrecisNerType type)
{
  for (guint32 k = first; k < end; k++)
    tags[k] = (guint8) precis_ner_tag_make (type, k == first);
  if (end < n_tags && tags[end] != 0 && !precis_ner_tag_is_begin (tags[end]))
    tags[end] = (guint8) precis_ner_tag_make (precis_ner_tag_type (tags[end]), TRUE);
}

/* "PER" for a type, or NULL for NONE. */
const char *precis_ner_type_name (PrecisNerType type);
/* Parses "B-PER", "I-LOC", "O"; returns FALSE for anything else. */
gboolean precis_ner_tag_parse (const char *text, guint *tag);

/* Best tag sequence.  `emission` is n × PRECIS_NER_N_TAGS scores;
 * `transition` is (PRECIS_NER_N_TAGS + 1) × PRECIS_NER_N_TAGS, the last row
 * for the sentence start.  `work` holds n × PRECIS_NER_N_TAGS × (float + byte). */
void precis_ner_viterbi (const float *emission, guint n, const float *transition,
                         float *work_scores, guint8 *work_back, guint8 *tags);

/* What precis_ner_viterbi() makes of `transition` for each sentence,
 * made once for all the sentences a transition decodes: allowed[p][t]
 * and into[t][p] are p → t, -inf where IOB2 forbids it (rows of 12: whole
 * vectors). */
typedef struct {
  const float *transition;
  float allowed[PRECIS_NER_N_TAGS][12];
  float into[PRECIS_NER_N_TAGS][12];
} PrecisNerViterbiTables;

void precis_ner_viterbi_tables_init (PrecisNerViterbiTables *tables, const float *transition);
/* precis_ner_viterbi() with the tables of its transition. */
void precis_ner_viterbi_with (const PrecisNerViterbiTables *tables, const float *emission, guint n,
                              float *work_scores, guint8 *work_back, guint8 *tags);

/* The transitions of `transition` (as precis_ner_viterbi's) by the tag
 * they lead to, -inf where IOB2 forbids them: columns[t][p] is p → t. */
void precis_ner_margin_columns (const float *transition,
                                float columns[PRECIS_NER_N_TAGS][PRECIS_NER_N_TAGS]);
/* How sure the decoder is of each name's tag: the best path's score
 * (`tags`, from precis_ner_viterbi, whose forward scores `work_scores`
 * are) less the best score of a path with another tag at that token; 0 on
 * a tie, and for every token outside a name.  A name whose margin is
 * small is one the model could as well have read otherwise (another
 * type, other bounds, no name). */
void precis_ner_viterbi_margins (const float *emission, guint n,
                                 const float columns[PRECIS_NER_N_TAGS][PRECIS_NER_N_TAGS],
                                 const float *work_scores, const guint8 *tags, float *margins);

/* Calls `chunk` for each entity (first token, end token exclusive, type),
 * conlleval style: an I-X after O or another type starts an entity. */
typedef void (*PrecisNerChunkFunc) (guint start, guint end, PrecisNerType type, gpointer data);
void precis_ner_chunks (const guint8 *tags, guint n, PrecisNerChunkFunc chunk, gpointer data);

G_END_DECLS
