/* facts-session24.c — session 24's causes of wrong facts in English news
 * (issue 14, "key facts a reader can trust"): papers quoted by their
 * title word, companies named after the noun of their kind or an
 * investor's holding, nominees' films in brackets, acronyms of kinds of
 * things, titles whose first word the tagger left out, well-known
 * companies the tagger was unsure of, line-ups written a list a line,
 * what actors acted in.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each case is a paragraph written for the test in the manner of the BBC
 * and CNN/DM dev articles where the cause was found: the real plugin and
 * the shipped data, the facts a reader sees.
 */
#include "facts-fixture.h"

static GArray *
extract (const char *text)
{
  return facts_fixture_extract (text, NULL);
}

/* "according to the Times", "says the Times.", "told the Mirror",
 * "former Daily Mirror reporter": a paper's title word quoted as a paper
 * is an organization, not a place, a person or nothing; a title word
 * that says nothing of a paper stays none ("sat in the Sun"), and so
 * does the start of a longer name ("the Post Office"). */
static void
test_quoted_papers (void)
{
  g_autoptr (GArray) facts = extract (
    "Blair to push climate plan\n\n"
    "Tony Blair will use his presidency of the G8 to press the US on climate change, according to the Times. "
    "The prime minister wants a deal by the summer, says the Times. A close friend told the Mirror that "
    "he was confident. The case against three journalists and one former Daily Mirror reporter was dropped. "
    "Tourists sat in the Sun all afternoon, and the Post Office was shut.\n");
  g_autoptr (GArray) opening = extract (
    "Thatcher visit\n\n"
    "Lady Thatcher spent the weekend with friends in Kent. The Sunday Telegraph quoted Majorie Orr as saying "
    "she did not know her well.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Times"), ==, 1);
  g_assert_cmpuint (facts_fixture_mentions (facts, PRECIS_FACT_ORGANIZATION, "Times"), ==, 2);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Daily Mirror"), ==, 1);
  g_assert_cmpuint (facts_fixture_mentions (facts, PRECIS_FACT_ORGANIZATION, "Daily Mirror"), ==, 2);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Daily Mirror"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Sun"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Post"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (opening, PRECIS_FACT_ORGANIZATION, "The Sunday Telegraph"), ==, 1);
}

/* "Rival search engine Yahoo", "blog search engine Technorati", "shares
 * in Marlowe rose": the noun of a web company's kind before its name,
 * and what an investor holds of a company, say it is one, though the
 * tagger reads a person; a person named after "in" stays one. */
static void
test_company_heads (void)
{
  g_autoptr (GArray) facts = extract (
    "Video search race hots up\n\n"
    "Google has launched a service that lets users search the text of TV programmes. Rival search engine "
    "Yahoo has been developing a similar service, and a spokeswoman said that Yahoo was adding captions. "
    "Investors snapped up shares in Marlowe after the news, and the firm said Marlowe would grow. "
    "Analysts put their faith in Jones.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Yahoo"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Yahoo"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Marlowe"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Marlowe"), ==, 0);
}

/* "faces competition from Daniel Craig (Enduring Love), Phil Davis
 * (Vera Drake)": in an article about a prize's nominees, the name a
 * bracket holds after a person's is the person's film, no person; a
 * player's club so bracketed in a sports report stays a club. */
static void
test_bracketed_works (void)
{
  g_autoptr (GArray) facts = extract (
    "Leigh drama leads film awards race\n\n"
    "Mike Leigh's drama has scooped seven nominations at this year's independent film awards. Geoffrey Rush "
    "wins a best actor nomination for his role in a recent biopic. The Australian star faces competition "
    "from Daniel Craig (Enduring Love), Phil Davis (Vera Drake) and Ian Hart (The Mother). The winners "
    "will be announced in London.\n");
  g_autoptr (GArray) sport = extract (
    "Lampard leads player of the year race\n\n"
    "Frank Lampard has been nominated for the player of the year award after a season in which Chelsea "
    "won the title. He faces competition from John Terry (Chelsea), Steven Gerrard (Liverpool) and Andy "
    "Johnson (Crystal Palace). Mourinho said his side had been superb and would win the league again.\n");

  g_assert_cmpuint (facts_fixture_count_names (facts, "Enduring Love"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Vera Drake"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Mother"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Phil Davis"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Ian Hart"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (sport, PRECIS_FACT_ORGANIZATION, "Crystal Palace"), ==, 1);
}

/* "a PC hard drive" where the article also writes "desktop PCs", "its
 * PSP" beside "PSPs", "GCSEs": an acronym written with a plural "s" names
 * a kind of thing, no organization or person; a body's acronym stays one
 * (BBC), and so does a name that opens with such an acronym ("PC Pro", a
 * magazine). */
static void
test_plural_acronyms (void)
{
  g_autoptr (GArray) facts = extract (
    "Microsoft readies desktop search\n\n"
    "Microsoft aims to launch search software to find any kind of file on a PC hard drive. The move is in "
    "answer to Google's release of its own search tool that catalogues data on desktop PCs. The software "
    "catalogues all the files on a PC and lets users find e-mail messages. A next generation DVD technology "
    "backed by Sony has received a boost, as Disney says it will produce its future DVDs using Blu-ray. "
    "Sony said its PSP would play films too, and shops said PSPs were hard to find. Pupils sitting GCSEs "
    "play most, a survey by PC Pro magazine found. \"Gamers want more,\" said Nick Ross, a tester at PC "
    "Pro. The BBC said the rivals were ready.\n");

  g_assert_cmpuint (facts_fixture_count_names (facts, "PSP"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "PSPs"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "PC"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "GCSEs"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "BBC"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "PC Pro"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Sony"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (facts, "DVD"), ==, 0);
}

/* "Philip Pullman's His Dark Materials", "his performance in My Left
 * Foot", "starring in A Very Long Engagement": a title whose capitalized
 * first word ("His", "My", "A") the tagger left out is no person. */
static void
test_title_openers (void)
{
  g_autoptr (GArray) facts = extract (
    "Film stars honoured\n\n"
    "The producer of the film adaptation of Philip Pullman's His Dark Materials is to remove references "
    "to the church. Daniel Day-Lewis, whose credits include his Oscar-winning performance in My Left Foot, "
    "will be honoured in Berlin. Audrey Tautou is currently starring in A Very Long Engagement, directed by "
    "Jean-Pierre Jeunet.\n");

  g_assert_cmpuint (facts_fixture_count_names (facts, "Dark Materials"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Left Foot"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Long Engagement"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Philip Pullman"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Audrey Tautou"), ==, 1);
}

/* "The sports award went to Konami's Pro Evolution Soccer 4", "chips
 * produced by Yamaha": a company the lexicon of well-known entities
 * knows, found one though the tagger read it unsure as something else, is
 * a fact (the doubt rule dropped it). */
static void
test_known_entities (void)
{
  g_autoptr (GArray) facts = extract (
    "Games scoop awards\n\n"
    "Half-Life 2 has won six awards, including best game. The sports award went to Konami's Pro Evolution "
    "Soccer 4. The first phones with the sound chips, produced by Yamaha and Rohm, have been released on to "
    "the Japanese market.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Konami"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Yamaha"), ==, 1);
}

/* A web page's line-ups, each list its own line, the sides' names lost:
 * every name of a line-up and of the substitutes' line after it is a
 * player, a person, though the tagger read some unsure (dropped by the
 * doubt rule) or as places and clubs. */
static void
test_lineup_lines (void)
{
  g_autoptr (GArray) facts = extract (
    "Rangers win Old Firm derby\n\n"
    "Goals from Gregory Vignal and Nacho Novo gave Rangers a scrappy victory at Celtic Park. Opposite "
    "number Ronald Waterreus had been the hero, saving superbly from Craig Bellamy and John Hartson.\n\n"
    ": Douglas, McNamara, Balde, Varga, Laursen, Petrov, Lennon, Sutton, Thompson, Bellamy, Hartson.\n\n"
    "Subs: Marshall, Henchoz, Juninho Paulista, Lambert, Maloney, Wallace, McGeady.\n\n"
    ": Waterreus, Hutton, Kyrgiakos, Andrews, Ball, Buffel, Ferguson, Ricksen, Vignal, Prso, Novo.\n\n"
    "Subs: McGregor, Namouchi, Burke, Alex Rae, Malcolm, Thompson, Lovenkrands.\n");

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Balde"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Maloney"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Burke"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Lovenkrands"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Lovenkrands"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Wallace"), ==, facts_fixture_count (facts, PRECIS_FACT_PERSON, "Wallace"));
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Rangers"), ==, 1);
}

/* "his performance in Closer", "starred in Hotel Rwanda": in an article
 * about films, what an actor acted in is a work, no place; the director
 * named before his film's title stays a person ("a role in Mike Nichols'
 * Closer"), and a company in a business story stays a fact ("his role in
 * Enron's collapse"). */
static void
test_acting_in (void)
{
  g_autoptr (GArray) facts = extract (
    "Owen and Cheadle up for film awards\n\n"
    "Clive Owen is nominated for best supporting actor for his performance in Closer. Don Cheadle, who "
    "starred in Hotel Rwanda, is up for best actor. Natalie Portman won praise for her role in Mike "
    "Nichols' Closer, and the actress is tipped to win.\n");
  g_autoptr (GArray) business = extract (
    "Former Enron boss charged\n\n"
    "A former executive has been charged over his role in Enron's collapse. Enron said it would "
    "co-operate with the inquiry.\n");

  g_assert_cmpuint (facts_fixture_count_names (facts, "Closer"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Hotel Rwanda"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Mike Nichols"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Don Cheadle"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (business, "Enron"), ==, 1);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/facts-session24/quoted-papers", test_quoted_papers);
  g_test_add_func ("/facts-session24/company-heads", test_company_heads);
  g_test_add_func ("/facts-session24/bracketed-works", test_bracketed_works);
  g_test_add_func ("/facts-session24/plural-acronyms", test_plural_acronyms);
  g_test_add_func ("/facts-session24/title-openers", test_title_openers);
  g_test_add_func ("/facts-session24/known-entities", test_known_entities);
  g_test_add_func ("/facts-session24/lineup-lines", test_lineup_lines);
  g_test_add_func ("/facts-session24/acting-in", test_acting_in);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
