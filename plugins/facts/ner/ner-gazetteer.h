/* ner-gazetteer.h — place names from iso-codes and tzdata, for features and canonical names.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The files are made by tools/make-gazetteers.py: places.tsv (alias,
 * canonical, type) and demonyms.tsv (demonym, country).  Phrases are matched
 * on the lower case of whole tokens, so "SAUDI ARABIA" in a headline matches
 * as well as "Saudi Arabia".
 */
#pragma once

#include "ner-hash.h"
#include "ner-tags.h"

G_BEGIN_DECLS

typedef enum {
  PRECIS_NER_GAZ_COUNTRY = 1 << 0,
  PRECIS_NER_GAZ_SUBDIVISION = 1 << 1,
  PRECIS_NER_GAZ_CITY = 1 << 2,
  PRECIS_NER_GAZ_CONTINENT = 1 << 3,
  PRECIS_NER_GAZ_DEMONYM = 1 << 4,
  /* A town of towns.tsv (GeoNames' towns of 15,000 people or more): a
   * feature of the tagger only, never an entry, as many such names are
   * also common words ("Essen", "Lage"): the model learns how far to trust
   * it, and the rules that read the gazetteer are not misled. */
  PRECIS_NER_GAZ_TOWN = 1 << 5,
  /* A given name of given-names.tsv, a feature of the tagger only where
   * its model was trained with it (PRECIS_NER_GAZ_READ_GIVEN_NAMES,
   * German): names the model's own text never met ("Sergej", "Nuno")
   * still say "a person's name starts here". */
  PRECIS_NER_GAZ_GIVEN = 1 << 6,
  PRECIS_NER_GAZ_N_TYPES = 7,
  /* Internal: the phrase so far is a proper prefix of some alias. */
  PRECIS_NER_GAZ_PREFIX = 1 << 7,
} PrecisNerGazType;

typedef struct {
  const char *canonical;  /* the country for a demonym */
  guint type;             /* one PrecisNerGazType */
} PrecisNerGazEntry;

typedef struct _PrecisNerGazetteer PrecisNerGazetteer;

/* Reads places.tsv and demonyms.tsv from `dir`, and towns.tsv,
 * companies.tsv, works.tsv, entities.tsv, given-names.tsv, words.txt and
 * common.txt where there are (a town's phrases only:
 * precis_ner_gazetteer_find() never returns a town). */
PrecisNerGazetteer *precis_ner_gazetteer_new (const char *dir, GError **error);
/* How a model reads its gazetteer (the model's flags say, ner-model.h). */
typedef enum {
  /* Each phrase also matches as a copy of the text that lost its non-ASCII
   * letters writes it ("Mnchen", "Dsseldorf"): PRECIS_NER_MODEL_ASCII_PHRASES. */
  PRECIS_NER_GAZ_READ_ASCII = 1 << 0,
  /* given-names.tsv's names are also phrases of PRECIS_NER_GAZ_GIVEN:
   * PRECIS_NER_MODEL_GIVEN_NAMES. */
  PRECIS_NER_GAZ_READ_GIVEN_NAMES = 1 << 1,
  /* surnames.tsv's names, asked by precis_ner_gazetteer_is_surname_hash():
   * PRECIS_NER_MODEL_SURNAMES. */
  PRECIS_NER_GAZ_READ_SURNAMES = 1 << 2,
} PrecisNerGazReading;

/* The same, read as `reading` (PrecisNerGazReading bits) says. */
PrecisNerGazetteer *precis_ner_gazetteer_new_reading (const char *dir, guint reading, GError **error);
void precis_ner_gazetteer_free (PrecisNerGazetteer *gazetteer);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisNerGazetteer, precis_ner_gazetteer_free)

/* Hash of one token for phrase matching: `lower` is its lower case. */
static inline guint32
precis_ner_gazetteer_token_hash (const char *lower, gsize len)
{
  return precis_ner_hash_bytes (PRECIS_NER_FNV_SEED, lower, len);
}

/* Extends a phrase hash by one token hash; start from PRECIS_NER_FNV_SEED. */
static inline guint32
precis_ner_gazetteer_phrase_extend (guint32 phrase, guint32 token)
{
  return precis_ner_hash_mix (phrase, token);
}

/* Where the phrase hash of a code starts ("BEN", "US": an alias written in
 * capitals), instead of PRECIS_NER_FNV_SEED: a code is looked up only for
 * a word written in capitals, so "Ben" and "us" are not places. */
#define PRECIS_NER_GAZ_CODE_SEED 0x9e3779b9u

/* PrecisNerGazType bits of a phrase hash (0 when unknown). */
guint precis_ner_gazetteer_lookup_hash (const PrecisNerGazetteer *gazetteer, guint32 phrase);
guint precis_ner_gazetteer_max_tokens (const PrecisNerGazetteer *gazetteer);

/* The entry of a written alias ("U.S.", "Russian"), exact case first, then
 * case-insensitively, then an abbreviation with dots written without its
 * last one ("U.S"); NULL when unknown. */
const PrecisNerGazEntry *precis_ner_gazetteer_find (const PrecisNerGazetteer *gazetteer,
                                                    const char *alias);
/* The same in the case written only: an acronym in prose ("The GAO report")
 * is no place written otherwise ("Gao", in Mali). */
const PrecisNerGazEntry *precis_ner_gazetteer_find_as_written (const PrecisNerGazetteer *gazetteer,
                                                               const char *alias);

/* `name`, as written, is a company of companies.tsv (ieee-data's registry). */
gboolean precis_ner_gazetteer_is_company (const PrecisNerGazetteer *gazetteer, const char *name);
/* Whether `name`, as written, is a title of works.tsv (tools/make-entities.py):
 * a work, a product or a competition Wikipedia's writers link in several
 * languages ("PlayStation Portable", "Strictly Come Dancing"). */
gboolean precis_ner_gazetteer_is_work (const PrecisNerGazetteer *gazetteer, const char *name);
/* Whether `lower`, a word in lower case, is one of words.txt (English
 * only): a word wbritish writes in lower case and never capitalized
 * ("baby", "fever"; not "brown"). */
gboolean precis_ner_gazetteer_is_english_word (const PrecisNerGazetteer *gazetteer, const char *lower);
/* Whether `lower`, a word in lower case, is one of common.txt (German
 * only, tools/make-common-words.py): a word wngerman lists that no
 * gazetteer lists as a name of one word (nor its genitive) and WikiNEuRal
 * German writes no more often inside a name than outside ("handball",
 * "belieben", "rednerpult"; also regions wngerman lists: "taunus"). */
gboolean precis_ner_gazetteer_is_common_word (const PrecisNerGazetteer *gazetteer, const char *lower);

/* Whether `name`, as written, is a town of GeoNames' (15,000 people or
 * more) or a surname of WikiNEuRal's, in a language other than German and
 * English (German's lists, de/towns.tsv and de/surnames.tsv). */
gboolean precis_ner_gazetteer_is_world_town (const PrecisNerGazetteer *gazetteer, const char *name);
gboolean precis_ner_gazetteer_is_world_surname (const PrecisNerGazetteer *gazetteer, const char *name);
/* Whether common.txt was read (a rule that trusts a word it lacks to be
 * a name must not run without it). */
gboolean precis_ner_gazetteer_has_common_words (const PrecisNerGazetteer *gazetteer);

/* A well-known entity of entities.tsv (tools/make-entities.py): its
 * PrecisNerType (PER, ORG or LOC), with PRECIS_NER_KNOWN_AMBIGUOUS when
 * its name is also an English word ("Apple", "Queen") or a surname
 * ("Keane", the band and Roy Keane); 0 when unknown. */
#define PRECIS_NER_KNOWN_AMBIGUOUS (1u << 4)
#define PRECIS_NER_KNOWN_TYPE(bits) ((PrecisNerType) ((bits) & 0xf))
guint precis_ner_gazetteer_known (const PrecisNerGazetteer *gazetteer, const char *name);
/* The most words of a name of entities.tsv (0: none loaded). */
guint precis_ner_gazetteer_known_max_words (const PrecisNerGazetteer *gazetteer);
/* `name`, as written, is a company of companies.tsv or an organization of
 * entities.tsv that is nothing else ("Samsung", "BBC"; not "Apple"). */
gboolean precis_ner_gazetteer_is_organization (const PrecisNerGazetteer *gazetteer, const char *name);

/* Whether a lexicon knows `name` whole, whatever as: a place or people of
 * the gazetteer, a company, an entity of entities.tsv (even one that is
 * also a word).  A name so known is not to be cut in two ("Trinidad and
 * Tobago", "Marks and Spencer"). */
gboolean precis_ner_gazetteer_knows (const PrecisNerGazetteer *gazetteer, const char *name);

/* `lower`, a lower-case word, opens people's names in the language's
 * training files and seldom any other name (given-names.tsv,
 * tools/make-given-names.py): "giorgia", "josé"; or two of them joined by
 * a hyphen ("hans-wilhelm"). */
gboolean precis_ner_gazetteer_is_given_name (const PrecisNerGazetteer *gazetteer, const char *lower);

/* The gazetteer was read with PRECIS_NER_GAZ_READ_SURNAMES. */
gboolean precis_ner_gazetteer_has_surnames (const PrecisNerGazetteer *gazetteer);
/* A word of that token hash (precis_ner_gazetteer_token_hash() of its lower
 * case) ends people's names in surnames.tsv (tools/make-given-names.py
 * --surnames): "obama", "mitterrand"; FALSE when not read so. */
gboolean precis_ner_gazetteer_is_surname_hash (const PrecisNerGazetteer *gazetteer, guint32 token_hash);

G_END_DECLS
