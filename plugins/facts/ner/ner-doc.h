/* ner-doc.h — the document as the rules read it: its tokens' words, shapes
 * and keys, its sentences, its language, what the gazetteer knows of a
 * run of tokens, and the mention (a span of tokens with a type) each rule
 * makes, moves or drops.  Every rule stands on these; none of them calls
 * a rule.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <precis/precis-plugin.h>
#include <string.h>

#include "ner-gazetteer.h"
#include "ner-tagger.h"

G_BEGIN_DECLS

/* The longest span taken for a name, in tokens (with punctuation): the
 * longest gold name of every NER set in ../shared/data is 24 (HAREM). */
#define PRECIS_NER_MAX_NAME_TOKENS 32

typedef struct {
  guint32 first, end;   /* tokens of doc, end exclusive */
  PrecisNerType type;
  guint32 sentence;
  gboolean list_item;   /* an item of an enumeration (ner-lists.c) */
  gboolean said;        /* a rule's context says its type, whatever the tagger read
                         * (no doubtful reading, ner-doubt.c) */
  gboolean place_named; /* a town or its region named together ("Hinckley,
                         * Leicestershire", ner-town-regions.c): the place
                         * itself, a fact of its own as a dateline's */
} PrecisNerMention;

/* Whether sentence `s` of `doc` may name facts.  Every line of the article
 * does (prose, headings, table rows, results lines, lists, captions) but
 * page furniture (boilerplate) and repetitions: a sentence repeated from
 * earlier (a pasted lede) and the title written again after its first
 * appearance.  Summaries are stricter (precis_sentence_is_content): a
 * results line is no summary sentence, yet names teams and places. */
gboolean precis_ner_sentence_has_facts (const PrecisDocument *doc, guint32 s);

/* Whether token `i` opens its sentence with "according to" of a language
 * with a fact model but English ("Según Cuerpo, …", "Segundo Haddad"),
 * a word that is also a given name or an ordinal. */
gboolean precis_ner_opens_with_according_to (const PrecisDocument *doc, guint32 i);

/* Whether `doc` is read by English's model: English text, text of no
 * language told, and undetermined text ("und": results tables, lists). */
gboolean precis_ner_reads_as_english (const PrecisDocument *doc);

/* The entry of `table` (`n` entries of `size` bytes, each opening with
 * its language's code, a `const char *`) for the language of `doc`, or
 * NULL: the rules' tables of words by language ("it", "es", ...). */
gconstpointer precis_ner_language_entry (const PrecisDocument *doc, gconstpointer table, guint n, gsize size);
#define PRECIS_NER_LANGUAGE_ENTRY(doc, table) \
  precis_ner_language_entry ((doc), (table), G_N_ELEMENTS (table), sizeof (table)[0])
/* Whether `doc` is German text (read by German's model and rules, which
 * know that German capitalizes every noun). */
gboolean precis_ner_reads_as_german (const PrecisDocument *doc);

/* Whether `doc`'s language capitalizes names only, so writes offices and
 * common words in lower case after a word: not English (its model has its
 * own habits, kept), not German (every noun), not undetermined text. */
gboolean precis_ner_capitalizes_names_only (const PrecisDocument *doc);

/* Whether a word of `shape` is written as names are, with a capital:
 * "Lens", "PSG", "McDonald". */
static inline gboolean
precis_ner_shape_is_name (guint8 shape)
{
  return shape == PRECIS_SHAPE_CAPITALIZED || shape == PRECIS_SHAPE_UPPER || shape == PRECIS_SHAPE_MIXED;
}

/* Whether token `i` is the first word of sentence `s` of `doc`, after the
 * marks that may open it ("\"The United board have…": a quotation's
 * first word is capitalized as any sentence's). */
gboolean precis_ner_opens_sentence (const PrecisDocument *doc, const PrecisSentence *s, guint32 i);

/* Whether sentence `s` of `doc` has a word in lower case (prose, not a
 * heading in capitals or a line of names and figures). */
gboolean precis_ner_sentence_has_lower (const PrecisDocument *doc, const PrecisSentence *s);

/* The text of tokens [first, end) of `doc`, as written between them.
 * Free with g_free(). */
char *precis_ner_tokens_text (const PrecisDocument *doc, guint32 first, guint32 end);

/* The gazetteer's PrecisNerGazType of tokens [first, end) of `doc` read
 * as one name (precis_ner_gazetteer_find()); 0 when it does not know
 * them or there is no gazetteer. */
guint precis_ner_tokens_gazetteer_type (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                                        guint32 first, guint32 end);

/* The type the gazetteer knows tokens [first, end) of `doc` by, read as
 * one name: a place (no demonym), a company of companies.tsv, an entity
 * of entities.tsv; 0 when it does not know them, when entities.tsv marks
 * the name as also a word or a surname ("Apple", "Keane"), or when there
 * is no gazetteer. */
PrecisNerType precis_ner_tokens_known_type (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                                            guint32 first, guint32 end);

/* Whether `lower`, a lower-case word, is a weekday's or a month's name:
 * capitalized, yet no part of the name beside it ("the agency Saturday",
 * "In October Tory leader Michael Howard said"). */
gboolean precis_ner_is_calendar_word (const char *lower);

/* Whether tokens [first, end) of `doc` name a day, not a person, a body
 * or a place: weekdays and feasts, alone or joined by "New", "Year's",
 * "Eve", "Day", ... ("Easter Saturday", "Christmas", "New Years Eve"). */
gboolean precis_ner_is_calendar_name (const PrecisDocument *doc, guint32 first, guint32 end);

/* The lower forms of tokens [first, end) of `doc`, U+001F between them:
 * a key for a run of words.  Free with g_free(). */
char *precis_ner_words_key (const PrecisDocument *doc, guint32 first, guint32 end);

/* The lower forms of tokens [first, end) of `doc` with `separator`
 * between them ("the new york times" with ' ').  Free with g_free(). */
char *precis_ner_words_joined (const PrecisDocument *doc, guint32 first, guint32 end, char separator);

/* The same key written in `buf` (`size` bytes) when it fits, without an
 * allocation: returns `buf`; otherwise a new key, kept in *heap for the
 * caller to free (NULL when `buf` was used). */
const char *precis_ner_words_key_in (const PrecisDocument *doc, guint32 first, guint32 end, char *buf,
                                     gsize size, char **heap);

/* Whether tokens [`a`, `a` + `n`) and [`b`, `b` + `n`) of `doc` are the
 * same words (their lower forms). */
gboolean precis_ner_same_words (const PrecisDocument *doc, guint32 a, guint32 b, guint32 n);

/* Whether token `i` is a word of letters, or of letters joined by hyphens
 * ("Wright-Phillips", "Burg-Gräfenrode"; "Lenk-", "Miller's" are not). */
gboolean precis_ner_token_is_letters (const PrecisDocument *doc, guint32 i);

/* Whether token `i` of `doc` is written `word`, byte for byte. */
gboolean precis_ner_token_is (const PrecisDocument *doc, guint32 i, const char *word);

/* The same for a `word` of `n` bytes (strlen (word)). */
static inline gboolean
precis_ner_token_is_n (const PrecisDocument *doc, guint32 i, const char *word, gsize n)
{
  const PrecisToken *t = &doc->tokens[i];

  return t->byte_end - t->byte_start == n && memcmp (doc->text + t->byte_start, word, n) == 0;
}

/* The rules ask precis_ner_token_is() ~3,000 times an article, nearly
 * always of a string literal ("(", ",", "and"): then the compiler knows
 * its length and compares the token's length and bytes in line, a few
 * instructions instead of a call and a loop (the same answer: a literal
 * has no NUL before its end).  Other words go to the function. */
#if defined(__GNUC__)
#define precis_ner_token_is(doc, i, word) \
  (__builtin_constant_p (word) ? precis_ner_token_is_n ((doc), (i), (word), strlen (word)) \
                               : precis_ner_token_is ((doc), (i), (word)))
#endif

/* Whether token `i` is the possessive "'s" (or "\u2019s"), written apart
 * from its owner as the tokenizer does; "'S" of a line in capitals too. */
gboolean precis_ner_token_is_possessive (const PrecisDocument *doc, guint32 i);

/* Whether token `i` is a number of `max_digits` ASCII digits at most, no
 * more: a count or a score as a table or a results line writes it. */
gboolean precis_ner_token_is_small_number (const PrecisDocument *doc, guint32 i, guint max_digits);

/* Whether token `i` is a dash standing alone, "-" or "\u2013": between a
 * results line's two sides, or a line-up's players. */
gboolean precis_ner_token_is_dash (const PrecisDocument *doc, guint32 i);

/* The same, or a plural's bare apostrophe ("Wasps' try", "Mike Nichols'
 * Closer"). */
gboolean precis_ner_token_is_possessive_mark (const PrecisDocument *doc, guint32 i);

/* Whether token `i` is written as one of the NULL-terminated `words`. */
gboolean precis_ner_token_in_list (const PrecisDocument *doc, guint32 i, const char *const *words);

/* Whether token `i` has a digit in it ("84", "m.59", "45'"). */
gboolean precis_ner_token_has_digit (const PrecisDocument *doc, guint32 i);

/* Whether token `i` is a word written in lower case (not a sentence's
 * first word in capitals) that is one of the NULL-terminated `list`
 * ("allenatore della", "ministro degli"). */
gboolean precis_ner_token_is_lower_in_list (const PrecisDocument *doc, guint32 i, const char *const *list);

/* TRUE for a lower-case word inside personal names ("van", "de", "von"). */
gboolean precis_ner_is_name_particle (const char *lower);

/* Whether `lower` is an English weekday's name ("saturday"). */
gboolean precis_ner_is_weekday_word (const char *lower);

/* Whether token `i` is a result written with a colon, "2:1", as German,
 * Dutch and Scandinavian copy write it. */
gboolean precis_ner_token_is_colon_score (const PrecisDocument *doc, guint32 i);

G_END_DECLS
