/* facts-people.c — people in English news: one person, one fact, whatever
 * title, office, party or nation stands before the name, and no person made
 * of what is not one (issue 14).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each case is a paragraph written for the test in the manner of the BBC
 * and CNN/Daily Mail dev articles or the web pages where the cause was
 * found, read by the real plugin with the shipped data (the facts a reader
 * sees); each failed before the change it guards.
 */
#include <string.h>

#include "facts-fixture.h"
#include "language.h"
#include "pipeline.h"

static GArray *
extract (const char *text)
{
  return facts_fixture_extract (text, NULL);
}

/* "Te Rangi Wiremu Walker", "Te Rangi Walker" and "Te Rangi": the
 * variants of the son's name are joined first, so that his given names
 * start the name of one person, and join it; his father stays apart. */
static void
test_given_names_of_variants (void)
{
  g_autoptr (GArray) facts = extract (
    "Hemi Walker was seven years old when he saw his first stranding. Walker and his 22-year-old son, "
    "Te Rangi Wiremu Walker, were called to the beach on Sunday. Te Rangi left university this year to "
    "study carving.\n\n"
    "Te Rangi Walker, pictured at the carving shed, said the work was sacred. \"It is our duty,\" says "
    "Te Rangi.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Te Rangi Wiremu Walker"), ==, 1);
  g_assert_cmpuint (facts_fixture_mentions (facts, PRECIS_FACT_PERSON, "Te Rangi Wiremu Walker"), ==, 4);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Te Rangi"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Te Rangi Walker"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Hemi Walker"), ==, 1);
}

/* "Fenwick" after "Daniel Fenwick Hale" and "Fenwick Hale": the first
 * word of a variant merged into the fuller name still leads to it. */
static void
test_first_word_of_merged_variant (void)
{
  g_autoptr (GArray) facts = extract (
    "Former chat show host Daniel Fenwick Hale has quit the party. Fenwick Hale said he would stand in "
    "Derby. Fenwick told reporters he had no regrets.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Daniel Fenwick Hale"), ==, 1);
  g_assert_cmpuint (facts_fixture_mentions (facts, PRECIS_FACT_PERSON, "Daniel Fenwick Hale"), ==, 3);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Fenwick"), ==, 0);
}

/* "his daughter, Mary Ann Keating," beside "Keating said": a given name
 * before the surname another person is named by is the daughter's full
 * name, not "Mary Ann" run into the father's "Keating". */
static void
test_given_name_before_shared_surname (void)
{
  g_autoptr (GArray) facts = extract (
    "Farmer John Keating has run the dairy for forty years. Keating and his daughter, Mary Ann Keating, "
    "milk 200 cows. Mary Ann, 24, plans to take over the farm, Keating said.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Mary Ann Keating"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Mary Ann"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "John Keating"), ==, 1);
}

/* "the Obama administration" three times, "President Obama" once: the
 * leader, not a body. */
static void
test_leaders_administration (void)
{
  g_autoptr (GArray) facts = extract (
    "LONDON — After two decades of hostile relations, the American government plans to lift trade "
    "sanctions on Sudan, Obama administration officials said late Thursday.\n\n"
    "On Friday, the Obama administration will announce a new Sudan strategy. The order that President "
    "Obama plans to sign on Friday will have a six-month review period.\n\n"
    "But the Obama administration is clearly trying to open a door to Sudan, critics said.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Obama"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Obama"), ==, 0);
}

/* "Labour MP Liz Blackman" read as one body: the party, and the
 * member a person. */
static void
test_party_members (void)
{
  g_autoptr (GArray) facts = extract (
    "Labour MP Liz Blackman said the plan would cost jobs in Erewash. She said ministers had not "
    "listened.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Liz Blackman"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Labour"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Labour MP Liz Blackman"), ==, 0);
}

/* "Irishmen JP McManus": a nation's noun before a person whose initials
 * stand for the given name made the three words a body's name; the noun
 * is the person's title, as before a given name ("Briton Karl Keska"). */
static void
test_nation_noun_before_initials (void)
{
  g_autoptr (GArray) facts = extract (
    "Irishmen JP McManus and John Magnier, who hold a large stake in the club, are expected to turn "
    "down the offer, their spokesman said on Monday.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "JP McManus"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Irishmen JP McManus"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "John Magnier"), ==, 1);
}

/* "BBC Radio 1 DJ Trevor Nelson", read as a body: a DJ's trade written
 * as a title before the name, which is the person's. */
static void
test_dj_title (void)
{
  g_autoptr (GArray) facts = extract (
    "Pundits pick the year's best bands\n\n"
    "Other pundits to take part in the survey included BBC Radio 1 DJ Trevor Nelson, NME editor Conor "
    "McNicholas and Top of the Pops producer Andi Peters. DJ Norman Cook said dance music was in good "
    "health.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Trevor Nelson"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Norman Cook"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (facts, "DJ Trevor Nelson"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "BBC Radio 1"), ==, 1);
}

/* "Briton Karl Keska", "Spaniard Costa": a nation's noun before a name
 * is no part of it, as a title is not. */
static void
test_nation_nouns (void)
{
  g_autoptr (GArray) facts = extract (
    "Butler wins in Spain\n\n"
    "She then shrugged off her Portuguese rival to win in 20 minutes 38 seconds. Meanwhile, Briton Karl "
    "Keska battled bravely to finish seventh in the men's race. Kenenisa Bekele of Ethiopia won it, ahead "
    "of Spaniard Costa, who faded after the first lap.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Karl Keska"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Costa"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Briton Karl Keska"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Spaniard Costa"), ==, 0);
}

/* "Tory MP Boris Johnson", "Labour MEP Glenys Kinnock": a member of a
 * parliament's title is no part of the person's name. */
static void
test_member_of_parliament (void)
{
  g_autoptr (GArray) row = extract (
    "Mr Blair should apologise for his comment to a Jewish reporter, Tory MP Boris Johnson has insisted. "
    "Mr Johnson also claimed the row was overblown.\n");
  g_autoptr (GArray) vote = extract ("Labour MEP Glenys Kinnock said the vote was lost.\n");

  g_assert_cmpuint (facts_fixture_count (row, PRECIS_FACT_PERSON, "Boris Johnson"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (row, "MP Boris Johnson"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (vote, PRECIS_FACT_PERSON, "Glenys Kinnock"), ==, 1);
}

/* "Ex-Labour MP George Galloway": a former office, "ex-" and a title
 * word, is cut from the person's name as the office is. */
static void
test_former_title (void)
{
  g_autoptr (GArray) appeal = extract (
    "Ex-Labour MP George Galloway has appealed for the release of aid worker Margaret Hassan. Mr Galloway "
    "said the kidnapping was wrong.\n");

  g_assert_cmpuint (facts_fixture_count (appeal, PRECIS_FACT_PERSON, "George Galloway"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (appeal, "Ex-Labour MP George Galloway"), ==, 0);
}

/* An American township ends no person's name: "her Upper Macungie
 * Township home" gave a person (ner-places.c, place_tails). */
static void
test_townships (void)
{
  g_autoptr (GArray) facts = facts_fixture_extract (
    "Cheryl Silvonek, 54, was fatally stabbed in the driveway of her Lower Saucon Township home early on "
    "Sunday, police said. Officers from Hanover Township were called to the house.\n", NULL);

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Saucon Township"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Saucon Township"), ==, 0);
  /* What stays: the victim. */
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Cheryl Silvonek"), ==, 1);
}

/* A building or an estate named by a word and its noun, read as a
 * person's name ("Colditz Castle", "Anmer Hall", "Parr Hall";
 * ner-entities.c, names_building). */
static void
test_buildings (void)
{
  g_autoptr (GArray) places = facts_fixture_extract (
    "He was such a nuisance to the Germans that he ended up in the escape-proof Colditz Castle and "
    "remained in captivity until the end of the war. She has been staying at the couple's new country "
    "home in Norfolk, Anmer Hall. The comedian told a 1,000-strong crowd at Warrington's Parr Hall that "
    "he was happy.\n", NULL);
  g_autoptr (GArray) stays = facts_fixture_extract (
    "Dougie Hall scored twice for Glasgow on Friday. Hall has now scored nine tries this season. The "
    "former minister Barbara Castle spoke in Blackburn, and defender Grant Hall joined the club.\n", NULL);

  g_assert_cmpuint (facts_fixture_count (places, PRECIS_FACT_PLACE, "Colditz Castle"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (places, PRECIS_FACT_PLACE, "Anmer Hall"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (places, PRECIS_FACT_PLACE, "Parr Hall"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (places, PRECIS_FACT_PERSON, "Colditz Castle"), ==, 0);
  /* What stays: a surname the document names alone, a given name's. */
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_PERSON, "Dougie Hall"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_PERSON, "Barbara Castle"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_PERSON, "Grant Hall"), ==, 1);
}

/* "the economist Adam Smith" beside "the 14th Adam Smith Lecture", and
 * "Robert Kilroy-Silk" beside "the Robert Kilroy-Silk Party": a person
 * named in full is not a short name of the thing named after them, and
 * the lone surname ("Smith") joins the person, not a fact of its own. */
static void
test_named_after_person (void)
{
  g_autoptr (GArray) lecture = extract (
    "Federal Reserve chairman Alan Greenspan has given a speech in honour of the economist Adam Smith. He "
    "delivered the 14th Adam Smith Lecture in Kirkcaldy, Fife. The Adam Smith Lecture celebrates the "
    "author of the Wealth of Nations. Greenspan said the world could never repay the debt it owed to "
    "Smith. Kirkcaldy is the birthplace of Adam Smith. Smith reached far beyond his predecessors, he "
    "said.\n");
  g_autoptr (GArray) party = extract (
    "East Midlands MEP Robert Kilroy-Silk said he wanted to change the face of British politics as he "
    "launched his new party. Kilroy-Silk quit UKIP last week. A former colleague said Kilroy-Silk was more "
    "interested in the Robert Kilroy-Silk Party than in the UK Independence Party. Kilroy-Silk denied "
    "it.\n");

  g_assert_cmpuint (facts_fixture_count (lecture, PRECIS_FACT_PERSON, "Adam Smith"), ==, 1);
  g_assert_cmpuint (facts_fixture_mentions (lecture, PRECIS_FACT_PERSON, "Adam Smith"), ==, 4);
  g_assert_cmpuint (facts_fixture_count_names (lecture, "Smith"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (lecture, "Adam Smith Lecture"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (party, PRECIS_FACT_PERSON, "Robert Kilroy-Silk"), ==, 1);
  g_assert_cmpuint (facts_fixture_mentions (party, PRECIS_FACT_PERSON, "Robert Kilroy-Silk"), ==, 4);
}

/* "Frida Kahlo" joined to "Frida Kahlo de Rivera": the lone "Kahlo"
 * after it follows her there, and is no person of its own. */
static void
test_surname_follows_full_name (void)
{
  g_autoptr (GArray) painter = extract (
    "Frida Kahlo was born in Coyoacan in 1907. Frida Kahlo married the muralist Diego Rivera twice. "
    "Critics say Kahlo painted her own pain. The artist signed her letters Frida Kahlo de Rivera after the "
    "wedding. Frida died in 1954.\n");

  g_assert_cmpuint (facts_fixture_count_names (painter, "Kahlo"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (painter, PRECIS_FACT_PERSON, "Frida Kahlo de Rivera"), ==, 1);
  g_assert_cmpuint (facts_fixture_mentions (painter, PRECIS_FACT_PERSON, "Frida Kahlo de Rivera"), ==, 5);
}

/* "AKA DoctorX": the mark of an alias, in capitals, was read as the
 * first word of the alias's name (ner-mentions.c, cut_alias_marks). */
static void
test_alias_marks (void)
{
  g_autoptr (GArray) facts = extract (
    "The lab is the brainchild of Fernando Caudevilla, a Spanish physician. He met the engineer Ana "
    "Ruiz, AKA Pixel, in Madrid.\n");

  g_assert_cmpuint (facts_fixture_count_names (facts, "AKA Pixel"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Fernando Caudevilla"), ==, 1);
}

/* "Liberal Democrat Willie Rennie faced off", read as one body: a British
 * party's name before a given name and a surname is the party, and the
 * person after it, though the article writes the party so once. */
static void
test_party_before_person (void)
{
  g_autoptr (GArray) facts = extract (
    "Labour's Jim Murphy, the SNP's Nicola Sturgeon and Liberal Democrat Willie Rennie faced off in a live "
    "TV election debate last night. Overall, Sturgeon was judged the winner.\n");

  g_assert_cmpuint (facts_fixture_count_names (facts, "Liberal Democrat Willie Rennie"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Willie Rennie"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Liberal Democrats"), ==, 1);
}

/* "Stan Freberg", then his daughter "Donna Freberg", then "The Stan
 * Freberg Show" and "Stan Freberg Presents ...": the longer names hold
 * his full name and lead the lone "Freberg" after them to him, not to
 * the person named last in full. */
static void
test_surname_after_longer_name (void)
{
  g_autoptr (GArray) facts = extract (
    "Stan Freberg, whose comic career in advertising won him acclaim, has died. He was 88. His son and "
    "daughter, Donavan and Donna Freberg, confirmed the news to the Hollywood Reporter. Freberg began in "
    "radio. The Stan Freberg Show ran on CBS in 1957, and Freberg later made records. His album Stan "
    "Freberg Presents the United States of America won a Grammy. Freberg is survived by his wife.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Stan Freberg"), ==, 1);
  g_assert_cmpuint (facts_fixture_mentions (facts, PRECIS_FACT_PERSON, "Stan Freberg"), >=, 4);
  g_assert_cmpuint (facts_fixture_mentions (facts, PRECIS_FACT_PERSON, "Donna Freberg"), <=, 2);
}

/* "In the case of Mr Blair and Mr Brown", beside "the rift between
 * Blair and Brown camps" read as bodies: the honorific says a person,
 * with the weight of two readings; not inside a title ("the hit Saving
 * Mr Banks"). */
static void
test_honorific_outweighs (void)
{
  g_autoptr (GArray) facts = extract (
    "The argument goes on and on. In the case of Mr Blair and Mr Brown, successive books have fed the feud. "
    "If you believe the rift between Blair and Brown camps is as bad as it is painted, Labour has a "
    "problem. Blair camp insiders deny it.\n");
  g_autoptr (GArray) film = extract (
    "Her book has been bought by the makers of the 2013 Tom Hanks and Emma Thompson hit Saving Mr Banks. "
    "Essential 11 did a fantastic job with Saving Mr Banks, she said.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Blair"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Blair"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (film, PRECIS_FACT_PERSON, "Banks"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (film, PRECIS_FACT_PERSON, "Emma Thompson"), ==, 1);
}

/* A storm's name read as a person's ("Hurricane Milton", and "Milton"
 * alone after it; CoNLL-2003: the storm is MISC, no fact;
 * ner-mentions.c, drop_named_storms). */
static void
test_storm_names (void)
{
  g_autoptr (GArray) storms = extract (
    "Hurricane Milton hits Florida as Joe Biden declares emergency. Milton made landfall near Sarasota. "
    "Typhoon Haiyan killed thousands in the Philippines in 2013.\n");
  g_autoptr (GArray) stays = extract (
    "Forecasters at the Hurricane Center in Miami issued a warning. The actress Storm Reid starred in the "
    "film.\n");

  g_assert_cmpuint (facts_fixture_count_names (storms, "Hurricane Milton"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (storms, "Milton"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (storms, "Typhoon Haiyan"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (storms, "Haiyan"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (storms, PRECIS_FACT_PERSON, "Joe Biden"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (storms, PRECIS_FACT_PLACE, "Florida"), ==, 1);
  /* What stays: a body named for storms, a person named Storm. */
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_ORGANIZATION, "Hurricane Center"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_PERSON, "Storm Reid"), ==, 1);
}

/* "Rowling revealed she had completed the novel", "Rowling said she",
 * the tagger reading a body each time: a speech verb and "she" or "he"
 * after a one-word name say a person. */
static void
test_speaker_pronoun (void)
{
  g_autoptr (GArray) facts = extract (
    "The sixth Harry Potter book will be published on 16 July, its author has announced. Rowling revealed "
    "she had completed the novel on her website. JK Rowling's fifth book in the wizard series sold millions "
    "of copies on its first day. Rowling said she had plenty of time while pregnant to finish it.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Rowling"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Rowling"), ==, 0);
}

/* "playing vet Siegfried Farnon in All Creatures Great and Small", read
 * as a place: a given name and a word that is no word of the language,
 * never after "in" or "at", is a person's name; "Victoria Falls" and
 * "George Street" stay places. */
static void
test_given_and_surname_as_place (void)
{
  g_autoptr (GArray) facts = extract (
    "He found national fame playing vet Siegfried Farnon in All Creatures Great and Small, the hit BBC "
    "drama which aired between 1978 and 1990 and also starred Lynda Bellingham.\n");
  g_autoptr (GArray) places = extract (
    "The couple flew to Victoria Falls for their honeymoon. Protesters gathered in George Street on "
    "Saturday.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Siegfried Farnon"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Siegfried Farnon"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (places, PRECIS_FACT_PERSON, "Victoria Falls"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (places, PRECIS_FACT_PERSON, "George Street"), ==, 0);
}

/* A surname after an honorific, untagged by the tagger in a short text:
 * "The appointment is with Dr. Patel at the clinic." had no fact
 * (ner-mentions.c, tag_after_honorifics). */
static void
test_after_honorifics (void)
{
  g_autoptr (GArray) facts = extract ("The appointment is with Dr. Patel at the clinic.\n");
  g_autoptr (GArray) stays = extract ("The court heard that Mr X had left before the Recorder arrived.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Patel"), ==, 1);
  /* What stays: a letter standing for a name. */
  g_assert_cmpuint (facts_fixture_count_names (stays, "X"), ==, 0);
}

/* "the differing fortunes of Kelly Holmes and Paula Radcliffe", then
 * "Kelly had been ...", each read as a body: a given name and a surname,
 * and the given name alone, are a person's. */
static void
test_given_name_alone_beside_full_name (void)
{
  g_autoptr (GArray) facts = extract (
    "Obviously, there's no getting away from the differing fortunes of Kelly Holmes and Paula Radcliffe. "
    "Kelly had been full of doubts about going for the double. But Kelly won the 800m, and Kelly then took "
    "the 1500m too.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Kelly Holmes"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Kelly Holmes"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Paula Radcliffe"), ==, 1);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/facts-people/given-names-of-variants", test_given_names_of_variants);
  g_test_add_func ("/facts-people/first-word-of-merged-variant", test_first_word_of_merged_variant);
  g_test_add_func ("/facts-people/given-name-before-shared-surname", test_given_name_before_shared_surname);
  g_test_add_func ("/facts-people/leaders-administration", test_leaders_administration);
  g_test_add_func ("/facts-people/party-members", test_party_members);
  g_test_add_func ("/facts-people/nation-noun-before-initials", test_nation_noun_before_initials);
  g_test_add_func ("/facts-people/dj-title", test_dj_title);
  g_test_add_func ("/facts-people/nation-nouns", test_nation_nouns);
  g_test_add_func ("/facts-people/member-of-parliament", test_member_of_parliament);
  g_test_add_func ("/facts-people/former-title", test_former_title);
  g_test_add_func ("/facts-people/townships", test_townships);
  g_test_add_func ("/facts-people/buildings", test_buildings);
  g_test_add_func ("/facts-people/named-after-person", test_named_after_person);
  g_test_add_func ("/facts-people/surname-follows-full-name", test_surname_follows_full_name);
  g_test_add_func ("/facts-people/party-before-person", test_party_before_person);
  g_test_add_func ("/facts-people/surname-after-longer-name", test_surname_after_longer_name);
  g_test_add_func ("/facts-people/honorific-outweighs", test_honorific_outweighs);
  g_test_add_func ("/facts-people/speaker-pronoun", test_speaker_pronoun);
  g_test_add_func ("/facts-people/given-and-surname-as-place", test_given_and_surname_as_place);
  g_test_add_func ("/facts-people/given-name-alone-beside-full-name", test_given_name_alone_beside_full_name);
  g_test_add_func ("/facts-people/alias-marks", test_alias_marks);
  g_test_add_func ("/facts-people/storm-names", test_storm_names);
  g_test_add_func ("/facts-people/after-honorifics", test_after_honorifics);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
