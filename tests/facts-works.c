/* facts-works.c — titles of works, products, games, software and laws: one
 * fact of the right kind, or none where a reader expects none (issue 14,
 * "key facts a reader can trust").
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each case is a paragraph written for the test in the manner of the BBC
 * and CNN/Daily Mail dev articles or the web pages where the cause was
 * found, read by the real plugin with the shipped data (the facts a reader
 * sees); each failed before the change it guards.
 */
#include "facts-fixture.h"

static GArray *
extract (const char *text)
{
  return facts_fixture_extract (text, NULL);
}

/* "its Windows operating system", "its Blogger site", "Motorola's ROKR
 * handset": what an owner's possessive names before a product's noun is
 * the owner's product, no body; the owner stays one. */
static void
test_owned_products (void)
{
  g_autoptr (GArray) handset = extract (
    "Analysts expect Motorola to unveil its ROKR handset at the Cannes trade show next week, the "
    "first phone able to play songs bought online.\n");
  g_autoptr (GArray) blogs = extract (
    "The software firm is trailing rivals such as Google, which already offers a free service "
    "through its Blogger site.\n");

  g_assert_cmpuint (facts_fixture_count_names (handset, "ROKR"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (handset, PRECIS_FACT_ORGANIZATION, "Motorola"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (blogs, "Blogger"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (blogs, PRECIS_FACT_ORGANIZATION, "Google"), ==, 1);
}

/* "emulators for Windows PC", "every Windows PC": a name that ends in
 * "PC" is a computer, no body; the maker named alone stays one. */
static void
test_computers (void)
{
  g_autoptr (GArray) facts = extract (
    "Fans of the old console have written emulators for Windows PC so that its games still run, and "
    "Apple said on Tuesday that its new Mac mini would win over Windows PC owners.\n");

  g_assert_cmpuint (facts_fixture_count_names (facts, "Windows PC"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Apple"), ==, 1);
}

/* "1989's Shirley Valentine", "2013's Saving Mr Banks": a year's
 * possessive before a name dates a film, no person; a person after a
 * year and a noun stays one ("in 1989 Anna Keaveney"). */
static void
test_year_possessive_works (void)
{
  g_autoptr (GArray) facts = extract (
    "Actress dies aged 55\n\n"
    "Actress Anna Keaveney has died of lung cancer. Born in Runcorn, she starred in numerous films "
    "including 1989's Shirley Valentine and 1947's Nicholas Nickleby. The rights to the book have been "
    "bought by the makers of 2013's Saving Mr Banks, said her agent Barry Brown. In 1989 Anna Keaveney "
    "joined the National Theatre.\n");

  g_assert_cmpuint (facts_fixture_count_names (facts, "Shirley Valentine"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Nicholas Nickleby"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Banks"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Mr Banks"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Anna Keaveney"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Barry Brown"), ==, 1);
}

/* "rhythm game Donkey Konga", "PlayStation 2 title Singstar": a video
 * game's title after the noun of its kind, which a word qualifies, is no
 * person; a player after a match's "the game" stays one. */
static void
test_game_titles (void)
{
  g_autoptr (GArray) facts = extract (
    "Halo 2 wins top games award\n\n"
    "The originality award was won by PlayStation 2 title Singstar while the children's award went to "
    "bongo rhythm game Donkey Konga, said Fred Hasson of the trade body.\n");
  g_autoptr (GArray) match = extract (
    "Late goals sink Chelsea\n\n"
    "Chelsea led until injury time, and at the end of the game Andre Nzame was on target for Reading, "
    "who won 2-1 at Stamford Bridge.\n");

  g_assert_cmpuint (facts_fixture_count_names (facts, "Singstar"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Donkey Konga"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Fred Hasson"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (match, PRECIS_FACT_PERSON, "Andre Nzame"), ==, 1);
}

/* "appeared in Brookside, My Family and A Touch of Frost", "the award
 * for Les Choristes and Old Boy": a name listed beside a title is one;
 * a person before an office written in title case stays one ("Michael
 * Pritchard, Director-General of The Royal Photographic Society"). */
static void
test_listed_titles (void)
{
  g_autoptr (GArray) facts = extract (
    "Soap actress dies\n\n"
    "Actress Anna Keaveney, who appeared in Brookside, My Family and A Touch of Frost, has died aged 55. "
    "French director Christophe Barratier and Korean writer Park Chan-Wook shared the best screenplay "
    "award for Les Choristes and Old Boy respectively.\n");
  g_autoptr (GArray) office = extract (
    "Selfies are nothing new\n\n"
    "Early photographers used a broom handle to hit the trigger on their camera. Michael Pritchard, "
    "Director-General of The Royal Photographic Society, said there is evidence of selfies going back "
    "a century.\n");

  g_assert_cmpuint (facts_fixture_count_names (facts, "Brookside"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Old Boy"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Anna Keaveney"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (office, PRECIS_FACT_PERSON, "Michael Pritchard"), ==, 1);
}

/* "ITV drama Footballers' Wives", "the film Saving Private Ryan": the
 * noun of a work before the title's first words, which the tagger left
 * out of the name; a person after such a noun and a name stays one. */
static void
test_left_out_title_words (void)
{
  g_autoptr (GArray) facts = extract (
    "Actress dies aged 55\n\n"
    "Her TV appearances included the part of a nurse in ITV drama Footballers' Wives, and a role in the "
    "film Saving Private Ryan. Her agent Barry Brown said she was too weak for the operation.\n");

  g_assert_cmpuint (facts_fixture_count_names (facts, "Wives"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Private Ryan"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Barry Brown"), ==, 1);
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

/* "the PlayStation Portable", "GameCube titles", "hosts Strictly Come
 * Dancing": a title of the lexicon of works (works.tsv, the names
 * WikiNEuRal tags as MISC in several languages) is no company and no
 * person; the maker beside it stays one. */
static void
test_listed_works (void)
{
  g_autoptr (GArray) console = extract (
    "Sony's new handheld console, the PlayStation Portable, goes on sale in Europe in March. Analysts "
    "said the PlayStation Portable would compete with the Nintendo DS and with GameCube titles. \"We "
    "expect strong sales,\" said David Reeves of Sony. The Amiga was a hit in the 1980s.\n");
  g_autoptr (GArray) show = extract (
    "Actress Imelda Staunton is among those due to attend this year's Oscar nominees luncheon. Her "
    "co-star Bruce Forsyth hosts Strictly Come Dancing on BBC One.\n");

  g_assert_cmpuint (facts_fixture_count_names (console, "PlayStation Portable"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (console, "Nintendo DS"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (console, PRECIS_FACT_ORGANIZATION, "Sony"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (console, PRECIS_FACT_PERSON, "David Reeves"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (show, "Strictly Come Dancing"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (show, PRECIS_FACT_PERSON, "Bruce Forsyth"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (show, PRECIS_FACT_ORGANIZATION, "BBC One"), ==, 1);
}

/* "net telephony firm Skype": a service the lexicon of works lists is
 * its company when the article says so; and a listed title inside a
 * longer name ("Grammy winner" beside the "Grammy Creators Alliance")
 * does not take that name with it. */
static void
test_listed_works_as_bodies (void)
{
  g_autoptr (GArray) firm = extract (
    "Wireless provider Broadreach and net telephony firm Skype are rolling out a service at 350 "
    "hotspots. Skype allows people to make free calls to other Skype users, said Niklas Zennstrom.\n");
  g_autoptr (GArray) alliance = extract (
    "Michelle Obama presented 15-time Grammy winner Alicia Keys with an award. Keys is a founding "
    "member of the Academy's new Grammy Creators Alliance, said Neil Portnow.\n");

  g_assert_cmpuint (facts_fixture_count (firm, PRECIS_FACT_ORGANIZATION, "Skype"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (alliance, PRECIS_FACT_ORGANIZATION, "Grammy Creators Alliance"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (alliance, PRECIS_FACT_PERSON, "Alicia Keys"), ==, 1);
}

/* "Miyazaki's Spirited Away": a name after the possessive of a person
 * the article names in full is the person's work, not a place; not when
 * the owner is no such person ("Festen's Rufus Norris", the play's
 * director; "Yahoo's Yonca Brunini") or the name stands as a surname
 * elsewhere. */
static void
test_persons_work (void)
{
  g_autoptr (GArray) film = extract (
    "Animation charms Japan box office\n\n"
    "Oscar-winning director Hayao Miyazaki's new film has set a box office record in Japan. The film is "
    "the follow-up to Miyazaki's Spirited Away, which won best animation at last year's Oscars, and to "
    "Ponyo, said Toho.\n");
  g_autoptr (GArray) people = extract (
    "\"User experience has contributed to people searching more,\" said Yonca Brunini of Yahoo. "
    "\"Personalisation is going to be a big area,\" said Yahoo's Yonca Brunini. Festen's Rufus Norris "
    "was named best director.\n");

  g_assert_cmpuint (facts_fixture_count_names (film, "Spirited Away"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (film, PRECIS_FACT_PERSON, "Hayao Miyazaki"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (people, PRECIS_FACT_PERSON, "Yonca Brunini"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (people, PRECIS_FACT_PERSON, "Rufus Norris"), ==, 1);
}

/* "in Million Dollar Baby", "followed by Girls Aloud": a name made only
 * of English words that are no names (words.txt), the first no given
 * name and no title, is a title or a band, no person; a person the
 * lexicon knows ("Ice Cube"), a title before a name ("Lord Falconer")
 * and a body's noun at its end ("Virgin Trains") keep theirs. */
static void
test_names_of_words (void)
{
  g_autoptr (GArray) facts = extract (
    "Stars shine at awards\n\n"
    "Swank triumphed for playing a gutsy female boxer in Million Dollar Baby, directed by Clint Eastwood. "
    "The Sugababes were followed by Girls Aloud at five with the charity record, while Ice Cube slipped "
    "to three. Lord Falconer said the company is due to launch wi-fi on Virgin Trains later in the "
    "year.\n");

  g_assert_cmpuint (facts_fixture_count_names (facts, "Dollar Baby"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Million Dollar Baby"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Girls Aloud"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Clint Eastwood"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Ice Cube"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Falconer"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_ORGANIZATION, "Virgin Trains"), ==, 1);
}

/* "the Hunting Bill", "under the Parliament Act", "The Bill would ban":
 * laws, no bodies or places, and "the Bill" no mention of a person Bill. */
static void
test_laws (void)
{
  g_autoptr (GArray) facts = extract (
    "MPs to vote on hunting ban\n\n"
    "MPs will vote on the Hunting Bill on Tuesday, and the government could force it through under the "
    "Parliament Act. The Bill would ban hunting with dogs in England and Wales, said Alun Michael. Bill "
    "Wiggin, the Tory spokesman, opposed it.\n");

  g_assert_cmpuint (facts_fixture_count_names (facts, "Hunting Bill"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Parliament Act"), ==, 0);
  g_assert_cmpuint (facts_fixture_mentions (facts, PRECIS_FACT_PERSON, "Bill Wiggin"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Alun Michael"), ==, 1);
}

/* "Kate Bush's Hounds of Love", "Clint Eastwood's Million Dollar Baby":
 * in an article about films or records, a name read as an organization
 * after the possessive of a person named in full is what the person
 * made; not a station the person hosts a show on ("John Peel's BBC
 * Radio 1 show"), nor a body's name ("Rob Segal's Impact Sports
 * Management"), nor anything outside such an article. */
static void
test_makers_work_read_as_body (void)
{
  g_autoptr (GArray) chart = extract (
    "Rock band Doves have entered the UK album chart at number one. Singer Tony Christie's Definitive "
    "Collection is a new entry at number 10, and Kate Bush's Hounds of Love entered the chart at number "
    "eight, ahead of a new song by Usher.\n");
  g_autoptr (GArray) film = extract (
    "The film beat Clint Eastwood's Million Dollar Baby just as critics had predicted, said Academy "
    "spokesman John Pavlik. The actress Hilary Swank was nominated too.\n");
  g_autoptr (GArray) radio = extract (
    "The new album will be played first on John Peel's BBC Radio 1 show on Monday, the band said. Singer "
    "Jo Whiley said the song was a hit.\n");
  g_autoptr (GArray) agency = extract (
    "The striker, who starred in a film about his life, left Rob Segal's Impact Sports Management last "
    "year, said his lawyer David Jones.\n");

  g_assert_cmpuint (facts_fixture_count_names (chart, "Definitive Collection"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (chart, "Hounds of Love"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (chart, PRECIS_FACT_PERSON, "Kate Bush"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (chart, PRECIS_FACT_PERSON, "Tony Christie"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (film, "Million Dollar Baby"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (film, PRECIS_FACT_PERSON, "Clint Eastwood"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (radio, PRECIS_FACT_ORGANIZATION, "BBC Radio 1"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (agency, PRECIS_FACT_ORGANIZATION, "Impact Sports Management"), ==, 1);
}

/* "a technology called XDR", "the program was called Bankash-A Trojan",
 * "a Windows virus called Bofra": the name of a thing, no body, person
 * or place; a company called so stays one. */
static void
test_things_called (void)
{
  g_autoptr (GArray) tech = extract (
    "Security firm Sophos said the program was called Bankash-A Trojan and stole passwords. Chip maker "
    "Rambus said its memory technology called XDR would be used by Sony. Engineers ran a speed test "
    "called Linpack on the machine.\n");
  g_autoptr (GArray) firm = extract (
    "The losses were passed to a company called Equitas, said Lloyd's chairman David Rowland.\n");

  g_assert_cmpuint (facts_fixture_count_names (tech, "Bankash-A Trojan"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (tech, "XDR"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (tech, "Linpack"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (tech, PRECIS_FACT_ORGANIZATION, "Sophos"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (firm, PRECIS_FACT_ORGANIZATION, "Equitas"), ==, 1);
}

/* "BBC One's Breakfast with Frost", "Ubisoft's Rayman DS", "the BBC's
 * World Business Report": a name read as a body after a body's
 * possessive, that no list knows, is its show or product, no fact; a
 * person of the body ("said MSN's Blake Irving") and a part of it named
 * by its noun ("the Institute of Education's Centre for the Study of
 * Children") stay. */
static void
test_bodys_product (void)
{
  g_autoptr (GArray) interview = extract (
    "The prime minister told BBC One's Breakfast with Frost programme that the law would change. Mr Blair "
    "said he was sure.\n");
  g_autoptr (GArray) games = extract (
    "More than 120 games are in development, from developers such as Ubisoft's Rayman DS. Sony said its "
    "console would sell well.\n");
  g_autoptr (GArray) shares = extract (
    "Analysts at Nomura told the BBC's World Business Report that the shares would fall.\n");
  g_autoptr (GArray) search = extract ("Web searches will be better, said MSN's Blake Irving.\n");
  g_autoptr (GArray) study = extract (
    "The associate director of the Institute of Education's Centre for the Study of Children said more "
    "research was needed.\n");

  g_assert_cmpuint (facts_fixture_count_names (interview, "Breakfast"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (interview, PRECIS_FACT_ORGANIZATION, "BBC One"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (games, "Rayman DS"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (games, PRECIS_FACT_ORGANIZATION, "Ubisoft"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (shares, "World Business Report"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (search, PRECIS_FACT_PERSON, "Blake Irving"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (study, PRECIS_FACT_ORGANIZATION, "Centre for the Study of Children"), ==, 1);
}

/* "Prince of Persia: Warrior Within", "Call of Duty: Finest Hour",
 * "Grand Theft Auto: San Andreas": a title and its subtitle joined by a
 * colon inside a sentence are a work, no place and no body; a caption's
 * head ("Injured: Chris Copeland") and a team's line ("Man Utd: Carroll,
 * Gary Neville") keep their names. */
static void
test_colon_subtitle (void)
{
  g_autoptr (GArray) awards = extract (
    "Halo 2 won the best Xbox game category, while Prince of Persia: Warrior Within was adjudged the best "
    "GameCube title. The audio award was won by Call of Duty: Finest Hour and Hitman: Contracts won the "
    "music award. Other winners included Grand Theft Auto: San Andreas which took the prize.\n");
  g_autoptr (GArray) caption = extract (
    "The forward was hurt in the second half of the defeat in Indiana. Injured: Chris Copeland was "
    "stabbed outside a nightclub in New York.\n");
  g_autoptr (GArray) lineup = extract (
    "United won the derby at the City of Manchester stadium. Man Utd: Carroll, Gary Neville, Ferdinand, "
    "Brown, Heinze.\n");

  g_assert_cmpuint (facts_fixture_count_names (awards, "Persia"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (awards, "Finest Hour"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (awards, "San Andreas"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (caption, PRECIS_FACT_PERSON, "Chris Copeland"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (lineup, PRECIS_FACT_PERSON, "Gary Neville"), ==, 1);
}

/* "favourites Million Dollar Baby and The Aviator", "including The
 * Aviator and Sideways": a name listed beside a film that the article's
 * words make a title is one too, though no noun stands before it; a
 * person listed beside a title after a comma that opens a clause keeps
 * the name ("In a statement to Gossip Cop, Giada said"), and so does a
 * body after "the" ("for the National Theatre, Private Lives and"). */
static void
test_listed_beside_title (void)
{
  g_autoptr (GArray) guild = extract (
    "Hilary Swank won the best actress award for her role as a boxer in the film Million Dollar Baby. "
    "Modest wine country comedy Sideways knocked out favourites Million Dollar Baby and The Aviator by "
    "taking the top prize for best cast performance.\n");
  g_autoptr (GArray) stage = extract (
    "The actress died in hospital aged 55. Her career also included stage performances for the National "
    "Theatre, in the film Private Lives and The Rise and Fall of Little Voice.\n");

  g_assert_cmpuint (facts_fixture_count_names (guild, "The Aviator"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (guild, "Aviator"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (guild, PRECIS_FACT_PERSON, "Hilary Swank"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (stage, "The Rise"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (stage, "Fall of Little Voice"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (stage, PRECIS_FACT_ORGANIZATION, "National Theatre"), ==, 1);
}

/* "Nintendo's DS handheld game console", "machines running Windows
 * 2000": a name its words once make a product is one in all its mentions
 * ("the DS can run", read as a body), and so is a longer name opening
 * with it ("Windows XP"); the owner of a product stays a person
 * ("versions of Van De Ven's pictures"). */
static void
test_product_said_once (void)
{
  g_autoptr (GArray) launch = extract (
    "Nintendo's DS handheld game console has officially gone on sale in Europe. The DS spearheads "
    "Nintendo's attempt to continue its dominance of the handheld gaming market. The DS can run any of the "
    "catalogue of 700 games. Other DS owners can also be sent text messages. Games for the DS are expected "
    "to cost between £19 and £29.\n");
  g_autoptr (GArray) virus = extract (
    "The worms can infect machines running Windows 2000 and Server 2003. Users running Windows XP that have "
    "applied the update are not vulnerable. Windows is the most widely used system, said Graham Cluley of "
    "Sophos.\n");
  g_autoptr (GArray) blogger = extract (
    "Belgian food blogger Yves Van De Ven took a couple of pictures in Paris. Users submitted their own "
    "versions of Van De Ven's pictures.\n");

  g_assert_cmpuint (facts_fixture_count_names (launch, "DS"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (launch, PRECIS_FACT_ORGANIZATION, "Nintendo"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (virus, "Windows XP"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (virus, "Windows"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (virus, PRECIS_FACT_PERSON, "Graham Cluley"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (blogger, PRECIS_FACT_PERSON, "Yves Van De Ven"), ==, 1);
}

/* "the Matrix movies", "the Harry Potter films": "the", a name and a
 * plural of works after it name the works, no person; "the Cleveland
 * franchise" is a club's, and stays. */
static void
test_works_plural (void)
{
  g_autoptr (GArray) star = extract (
    "Actor Keanu Reeves, best known for his role in the Matrix movies, has been awarded a star. He went on "
    "to combine such blockbusters as Speed and the Matrix series with smaller films.\n");
  g_autoptr (GArray) fudge = extract (
    "He introduced himself to a younger generation of viewers with an appearance in the Harry Potter films, "
    "where he played Cornelius Fudge.\n");
  g_autoptr (GArray) club = extract ("He said the Cleveland franchise was for sale.\n");

  g_assert_cmpuint (facts_fixture_count_names (star, "Matrix"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (star, PRECIS_FACT_PERSON, "Keanu Reeves"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (fudge, "Harry Potter"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (club, PRECIS_FACT_ORGANIZATION, "Cleveland"), ==, 1);
}

/* "director Zhang Yimou's martial arts epic Hero": "epic" after a word
 * of its kind is a noun of works, and names the title after it. */
static void
test_epic_noun (void)
{
  g_autoptr (GArray) facts = extract (
    "Other nominees included the Motorcycle Diaries, Zatoichi and Hero. A viewer poll saw director Zhang "
    "Yimou's martial arts epic Hero win the audience award. Runner Paula Radcliffe won an epic New York "
    "Marathon last month.\n");

  g_assert_cmpuint (facts_fixture_count_names (facts, "Hero"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Zhang Yimou"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Paula Radcliffe"), ==, 1);
}

/* "added that Finding Neverland had been lavished with nominations":
 * a name read as a person's that opens with a verb's "-ing" form is a
 * title; "Downing Street" keeps its street. */
static void
test_gerund_titles (void)
{
  g_autoptr (GArray) facts = extract (
    "Mr Jolin tipped another contender to walk away with the prize for best film, and added that Finding "
    "Neverland had been lavished with nominations but not trophies. The Prime Minister returned to "
    "Downing Street on Monday.\n");

  g_assert_cmpuint (facts_fixture_count_names (facts, "Finding Neverland"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Jolin"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Downing Street"), ==, 1);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/facts-works/owned-products", test_owned_products);
  g_test_add_func ("/facts-works/computers", test_computers);
  g_test_add_func ("/facts-works/year-possessive-works", test_year_possessive_works);
  g_test_add_func ("/facts-works/game-titles", test_game_titles);
  g_test_add_func ("/facts-works/listed-titles", test_listed_titles);
  g_test_add_func ("/facts-works/left-out-title-words", test_left_out_title_words);
  g_test_add_func ("/facts-works/bracketed-works", test_bracketed_works);
  g_test_add_func ("/facts-works/title-openers", test_title_openers);
  g_test_add_func ("/facts-works/acting-in", test_acting_in);
  g_test_add_func ("/facts-works/listed-works", test_listed_works);
  g_test_add_func ("/facts-works/listed-works-as-bodies", test_listed_works_as_bodies);
  g_test_add_func ("/facts-works/persons-work", test_persons_work);
  g_test_add_func ("/facts-works/names-of-words", test_names_of_words);
  g_test_add_func ("/facts-works/laws", test_laws);
  g_test_add_func ("/facts-works/makers-work-read-as-body", test_makers_work_read_as_body);
  g_test_add_func ("/facts-works/things-called", test_things_called);
  g_test_add_func ("/facts-works/bodys-product", test_bodys_product);
  g_test_add_func ("/facts-works/colon-subtitle", test_colon_subtitle);
  g_test_add_func ("/facts-works/listed-beside-title", test_listed_beside_title);
  g_test_add_func ("/facts-works/product-said-once", test_product_said_once);
  g_test_add_func ("/facts-works/works-plural", test_works_plural);
  g_test_add_func ("/facts-works/epic-noun", test_epic_noun);
  g_test_add_func ("/facts-works/gerund-titles", test_gerund_titles);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
