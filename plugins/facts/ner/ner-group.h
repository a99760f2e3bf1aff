/* ner-group.h — the plugin's working groups of mentions, before they become entities.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Private to ner-entities.c and the linking passes it runs (ner-links.c).
 */
#pragma once

#include "ner-gazetteer.h"
#include "ner-doc.h"

G_BEGIN_DECLS

typedef struct _Group Group;

struct _Group {
  char *key;                /* case-folded name, or "@" + canonical place */
  const char *canonical;    /* from the gazetteer, or NULL */
  GArray *mentions;         /* PrecisNerMention */
  guint votes[PRECIS_NER_N_TYPES];
  guint n_words;            /* words in the key */
  guint org_evidence;       /* mentions whose words say "a company or body" (ner-business.c) */
  guint place_evidence;     /* mentions read as places after "in", "at", "near" */
  guint place_lines;        /* mentions whose lines make them the place (ner-places.c),
                             * each one vote for LOC and no other */
  guint side_evidence;      /* mentions a sports report names as a side (ner-sides.c) */
  gboolean listed_org;       /* the name, as first written, is an organization of the
                             * lexicons (precis_ner_gazetteer_is_organization) */
  guint work_votes;         /* votes of mentions written as a title of works.tsv: they
                             * count against the group's own name only, not moved by a
                             * merge ("Grammy winner" beside the "Grammy Creators Alliance") */
  guint title_votes;        /* mentions whose words make them a work's title, not a prize's,
                             * an event's or a law's: the titles a name listed beside them
                             * joins (ner-entities.c, spread_work_to_listed) */
  guint product_said;       /* mentions whose words say a product's ("Microsoft's Windows
                             * operating system", precis_ner_names_software) */
  gboolean merged;
  Group *into;              /* the group a merge moved this one's mentions to, or NULL */
};

guint precis_ner_count_words (const char *key);

/* Moves the mentions and votes of `from` to `into` (not its work_votes);
 * `from` is merged. */
void precis_ner_group_merge (Group *into, Group *from);

/* Most of the group's mentions were tagged as a person. */
gboolean precis_ner_group_is_person (const Group *g);

/* The type with most votes; ties go to person, then organization, place,
 * other. */
PrecisNerType precis_ner_group_majority_type (const Group *g);

/* Groups filed by strings made from their keys (ner-group-index.c): each
 * string → the indices of the groups filed under it, ascending, once
 * each.  `key` is taken. */
typedef struct _PrecisNerGroupIndex PrecisNerGroupIndex;

PrecisNerGroupIndex *precis_ner_group_index_new (void);
void precis_ner_group_index_free (PrecisNerGroupIndex *index);
/* Every string is filed before the first look-up. */
void precis_ner_group_index_add (PrecisNerGroupIndex *index, char *key, guint group);
/* Never NULL: an empty array when nothing is filed under `key`; valid
 * while the index lives. */
const GArray *precis_ner_group_index_get (PrecisNerGroupIndex *index, const char *key);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisNerGroupIndex, precis_ner_group_index_free)

/* Joins short and abbreviated names of organizations and places to the
 * one full name of the document they stand for (ner-links.c). */
void precis_ner_join_name_parts (GPtrArray *groups, const PrecisNerGazetteer *gazetteer);

/* Joins the written variants of one person's full name: "Kaurinui Robert
 * Parata" and "Te Kaurinui Parata" (ner-links.c). */
void precis_ner_join_person_variants (GPtrArray *groups);

G_END_DECLS
