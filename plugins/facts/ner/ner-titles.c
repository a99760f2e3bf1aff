/* ner-titles.c — the words that title a person (ner-titles.h).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-titles.h"

#include "ner-person-roles.h"
#include "ner-word.h"
#include "ner-word-set.h"

#include <string.h>

/* Words that title or describe a person in front of the name.  CoNLL
 * annotation already leaves them out; the list catches the tagger when a
 * modern text leads it to include one. */
/* A nation's people, written before a name as a title is ("Briton Karl
 * Keska", "Spaniard Costa", "Irishmen JP McManus"; CoNLL leaves "Briton"
 * out of the name, a MISC); not "Scot" or "Dane", which are given names
 * too.  These name no firm or club, so they also make the name after
 * them a person's (precis_ner_is_english_person_title); the brand
 * nations open brands too ("Swede", "Kiwi", "Aussie") and are titles
 * only. */
static const char *const nation_people[] = {
  "briton", "britons", "spaniard", "spaniards", "frenchman", "frenchmen", "frenchwoman",
  "irishman", "irishmen", "irishwoman", "welshman", "welshmen", "welshwoman", "englishman",
  "englishmen", "englishwoman", "scotsman", "scotsmen", "scotswoman", "dutchman", "dutchmen",
  "dutchwoman", NULL,
};
static const char *const brand_nations[] = { "swede", "swedes", "kiwi", "aussie", NULL };

static const char *const title_words[] = {
  "president", "vice", "prime", "minister", "deputy", "foreign", "secretary", "state",
  "chancellor", "senator", "sen.", "rep.", "representative", "gov.", "governor", "mr.",
  "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "dame", "king", "queen", "prince",
  "princess", "pope", "general", "gen.", "col.", "lt.", "sgt.", "capt.", "judge", "justice",
  "mayor", "ambassador", "envoy", "spokesman", "spokeswoman", "chairman", "chairwoman",
  "ceo", "leader", "premier", "former", "defense", "defence", "interior", "finance",
  "officer", "director", "commander", "chief", "sheikh", "speaker", "lord", "lady",
  "archbishop", "bishop", "rev.", "father", "coach", "manager", "striker", "midfielder",
  "captain", "emperor", "president-elect", "senior", "acting", "u.s.", "minister-president",
  "professor", "prof.", "sergeant", "colonel", "lieutenant", "admiral",
  /* party labels and sports positions written before names */
  "tory", "labour", "democrat", "republican", "democratic", "conservative", "liberal",
  "socialist", "winger", "defender", "goalkeeper", "keeper", "forward", "flanker",
  "scrum-half", "fly-half", "full-back", "skipper", "boss", "veteran", "rookie",
  "left-back", "right-back", "centre-back", "center-back", "opener", "col", "vice-chancellor",
  "journalist",
  /* ranks of police and army written before a name ("Sheriff O'Carroll", "Fusilier Lee Rigby") */
  "sheriff", "fusilier", "corporal", "detective", "inspector", "superintendent", "constable",
  "trooper",
  /* a British member of a parliament, after the party ("Tory MP Boris Johnson" kept "MP"; CoNLL
   * train and dev have no "MP" in or before a name) */
  "mp", "mep", "msp",
  NULL,
};

/* By hash (ner-word-set.h): asked of every word before a name, and
 * title_words alone is ~180 words long. */
static PrecisNerWordSet title_set, nation_people_set, brand_nations_set;

gboolean
precis_ner_is_title_word (const char *lower)
{
  return precis_ner_word_set_contains (&title_set, title_words, lower) ||
         precis_ner_word_set_contains (&nation_people_set, nation_people, lower) ||
         precis_ner_word_set_contains (&brand_nations_set, brand_nations, lower);
}

/* Nouns of a person's office, rank, trade or role, written in lower case
 * just before the name ("striker Ronaldo", "the ex-Smiths star Morrissey"):
 * the title words that are nouns (not "former", "senior", a party's name),
 * the trades of arts news and of any news ("photographer Hernando Rivera
 * Cervantes"), and the people of a family.  Read folds of CoNLL train: 150
 * people after such a noun, one organization ("lead manager Lehman
 * Brothers": "manager" is not here); the trades added since, 36 people
 * and no other name there ("analyst", "economist", "batsman", "wife"; once
 * a title: "husband Prince Charles"). */
static const char *const person_roles[] = {
  "president", "minister", "secretary", "chancellor", "senator", "governor", "mayor",
  "ambassador", "envoy", "spokesman", "spokeswoman", "chairman", "chairwoman", "leader",
  "premier", "judge", "coach", "striker", "midfielder", "defender", "goalkeeper", "keeper",
  "winger", "captain", "skipper", "professor", "star", "singer", "actor", "actress",
  "playwright", "novelist", "comedian", "presenter", "rapper", "guitarist", "drummer",
  "photographer", "reporter", "journalist", "writer", "author", "poet", "artist", "designer",
  "chef", "musician", "composer", "filmmaker", "architect", "scientist", "researcher",
  "economist", "analyst", "lawyer", "attorney", "doctor", "surgeon", "teacher", "pilot", "driver",
  "batsman", "bowler", "rider", "sprinter", "compatriot", "colleague", "wife", "husband", "widow",
  NULL,
};

/* Offices and roles no company's, body's or place's name opens with
 * (CoNLL train and dev: none of their names does; one person's,
 * "Mayor Antonio Gonzalez Garcia"): written before a name the tagger
 * took in ("CEO Travis Kalanick" read as a company), they make it a
 * person's. */
static const char *const person_only_titles[] = {
  "ceo", "chairman", "chairwoman", "spokesman", "spokeswoman", "senator", "sen.", "rep.", "gov.",
  "mayor", "governor", "minister", "coach", "striker", "midfielder", "defender", "goalkeeper",
  "winger", "skipper", NULL,
};

/* "DJ Trevor Nelson", read as a body: a trade written as a title, which
 * opens no body's name in CoNLL train and dev (nor any name there).
 * English only: French WikiNEuRal keeps it in stage names ("DJ Muggs"). */
static const char *const english_person_titles[] = { "dj", NULL };

/* "Ex-Labour MP George Galloway", "ex-President": a title word after
 * "ex-" is a former office, written before a name as the office is
 * (CoNLL-2003 train and dev: "ex-president", "ex-officer", "ex-manager",
 * "ex-captain", all outside names). */
static gboolean
is_former_title (const char *lower)
{
  return g_str_has_prefix (lower, "ex-") && lower[3] != '\0' && precis_ner_is_title_word (lower + 3);
}

gboolean
precis_ner_is_english_person_title (const PrecisDocument *doc, guint32 i)
{
  return (precis_ner_word_in_list (english_person_titles, doc->tokens[i].lower) ||
          precis_ner_word_in_list (nation_people, doc->tokens[i].lower) || is_former_title (doc->tokens[i].lower)) &&
         precis_ner_reads_as_english (doc);
}

/* "JP McManus", "AJ Styles": a person's initials, written in capitals
 * before the surname, stand where a given name would. */
static gboolean
is_initials_before_name (const PrecisDocument *doc, guint32 i, guint32 end)
{
  return i + 1 < end && doc->tokens[i].shape == PRECIS_SHAPE_UPPER && strlen (doc->tokens[i].lower) <= 2 &&
         (doc->tokens[i + 1].shape == PRECIS_SHAPE_CAPITALIZED || doc->tokens[i + 1].shape == PRECIS_SHAPE_MIXED);
}

/* The same in the plural, before the first of a list of names
 * ("Blackburn strikers Jordan Rhodes and Rudy Gestede"): positions and
 * trades only.  "leaders", "coaches" and "analysts" are not here: league
 * leaders are clubs, coaches carry teams, analysts work for firms (CoNLL
 * train: after the plurals below, 6 people and nothing else). */
static const char *const person_roles_plural[] = {
  "strikers", "midfielders", "defenders", "goalkeepers", "wingers", "batsmen", "bowlers",
  "sprinters", "actors", "actresses", "singers", "comedians", "presenters", "rappers",
  "photographers", "novelists", "playwrights", "musicians", NULL,
};

/* The titles written capitalized before a name ("Mr Cordes"). */
static const char *const person_honorifics[] = {
  "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", NULL,
};

gboolean
precis_ner_follows_person_role (const PrecisDocument *doc, const PrecisNerMention *m)
{
  return m->type == PRECIS_NER_TYPE_PER && precis_ner_after_person_role (doc, m);
}

gboolean
precis_ner_after_person_role (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisToken *before;

  if (m->first == doc->sentences[m->sentence].first_token)
    return FALSE;
  /* The other languages' nouns (ner-person-roles.c). */
  if (precis_ner_after_language_person_role (doc, m))
    return TRUE;
  before = &doc->tokens[m->first - 1];
  if (before->shape == PRECIS_SHAPE_LOWER)
    return precis_ner_word_in_list (person_roles, before->lower) ||
           precis_ner_word_in_list (person_roles_plural, before->lower);
  return before->shape == PRECIS_SHAPE_CAPITALIZED && precis_ner_word_in_list (person_honorifics, before->lower);
}

/* Whether the name of tokens [first, end), read as `type` (not a
 * person), opens with a title that makes it a person's.  "Mr Hardy, 89, is
 * a keen military historian": Mr, Mrs or Ms, whatever the tagger read
 * ("Mr Hardy" was a place), but not in a street's name; "Dr" opens brands
 * too ("Dr Pepper", "Dr Martens"), so it only overrules a place.  An office
 * no body's name opens with: "CEO Travis Kalanick" read as a company. */
gboolean
precis_ner_title_makes_person (const PrecisDocument *doc, guint32 first, guint32 end, PrecisNerType type,
                    gboolean street_or_square)
{
  const PrecisToken *title = &doc->tokens[first];

  if (end - first < 2 || (doc->tokens[first + 1].shape != PRECIS_SHAPE_CAPITALIZED &&
                          !is_initials_before_name (doc, first + 1, end)))
    return FALSE;
  if (title->shape == PRECIS_SHAPE_CAPITALIZED && !street_or_square &&
      precis_ner_word_in_list (person_honorifics, title->lower) &&
      (type == PRECIS_NER_TYPE_LOC || !g_str_has_prefix (title->lower, "dr")))
    return TRUE;
  return (title->shape == PRECIS_SHAPE_CAPITALIZED || title->shape == PRECIS_SHAPE_UPPER) &&
         (precis_ner_word_in_list (person_only_titles, title->lower) || precis_ner_is_english_person_title (doc, first));
}
