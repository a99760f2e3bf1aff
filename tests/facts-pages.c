/* facts-pages.c — facts from every line of a page, as the web writes it:
 * headings and list items, line-ups, captions run into the next one, a
 * shop's buttons (issue 14: "facts from every content line").
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

/* A page's headings and list items, one English word each ("Spoon",
 * "Ruler", "Step 1"), and interjections or adverbs opening a line
 * ("Nope.", "Personally, I"): no fact; the people named stay, and so do
 * the names of a list ("Given, Breen, Staunton"). */
static void
test_heading_words (void)
{
  g_autoptr (GArray) howto = extract (
    "How to build a birdhouse\n\nThings you will need\n\nSpoon\n\nRuler\n\nSaw\n\nStep 1\n\n"
    "Measure the board with the ruler and mark it every six inches.\n");
  g_autoptr (GArray) review = extract (
    "The remaster runs at 60 frames per second on the Xbox One X. Personally, I preferred the slower "
    "mode, since it makes the game much smoother.\n\n"
    "Does the studio mind? Nope. They are fully aware of what players are doing, said Clifford Wolf, "
    "who wrote the patch.\n");
  g_autoptr (GArray) squad = extract (
    "The squad named by Mick McCarthy for the match in Dublin follows:\n\n"
    "Given, Breen, Staunton, Irwin, Keane.\n");

  g_assert_cmpuint (facts_fixture_count_names (howto, "Spoon"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (howto, "Ruler"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (howto, "Step"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (review, "Personally"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (review, "Nope"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (review, PRECIS_FACT_PERSON, "Clifford Wolf"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (squad, PRECIS_FACT_PERSON, "Given"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (squad, PRECIS_FACT_PERSON, "Breen"), ==, 1);
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

/* Tabloid pages pasted as text run a caption, which ends with no full
 * stop, into the label of the next one: the label's first word was the
 * name's last ("Hillary Clinton Obsessed", "Chelsea Bloody", "Supreme
 * Court Parking"; ner-caption-labels.c). */
static void
test_caption_labels (void)
{
  g_autoptr (GArray) glued = facts_fixture_extract (
    "The comedian said the wardrobe of her character was inspired by the presidential candidate Hillary "
    "Clinton Obsessed with her style: Julia, pictured at the premiere, said she had studied the candidate "
    "for months. The pair were seen arguing outside a nightclub in Chelsea Bloody scene: After the "
    "argument, police were called to the club. The case will now go to the Supreme Court Parking trap: "
    "Many motorists face fines of up to 100 pounds.\n", NULL);
  g_autoptr (GArray) stays = facts_fixture_extract (
    "Air Force to bare force: Manhart was once a staff sergeant in the Air Force. The former prime "
    "minister Gordon Brown and his wife: Sarah Brown, who runs a charity, joined him on stage. The story "
    "was first reported by Sky News.\n", NULL);

  g_assert_cmpuint (facts_fixture_count (glued, PRECIS_FACT_PERSON, "Hillary Clinton"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (glued, "Hillary Clinton Obsessed"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (glued, "Chelsea Bloody"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (glued, "Supreme Court Parking"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (glued, PRECIS_FACT_ORGANIZATION, "Supreme Court"), ==, 1);
  /* What stays: a heading's name that opens its sentence, a surname
   * before a colon ("Brown" is a word wbritish capitalizes), a name
   * before no label. */
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_ORGANIZATION, "Air Force"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_PERSON, "Gordon Brown"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_ORGANIZATION, "Sky News"), ==, 1);
}

/* A shop widget pasted with a fashion page: each product's "Visit site"
 * button ran the shop into the next product ("Nordstrom Visit", "Zappos
 * Visit") and the caption after it ("Proving"); glued.c reads the button
 * as a prompt of its own, as "Scroll down for video". */
static void
test_shop_buttons (void)
{
  g_autoptr (GArray) facts = facts_fixture_extract (
    "Princess Beatrice was seen leaving a boutique in Manhattan on Tuesday. Earn your style stripes! "
    "Striped Zip Skirt at Nordstrom Visit site Tightrope Skirt at Urban Outfitters (Now $69.99) Visit site "
    "Bold Stripe Mini Skirt at Zappos Visit site Proving she is as thrifty as her cousin, the princess wore "
    "the skirt again at a party in Kensington.\n", NULL);

  g_assert_cmpuint (facts_fixture_count_names (facts, "Nordstrom Visit"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Zappos Visit"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Proving"), ==, 0);
  /* What stays: the places around the widget, a shop named before its
   * button's price. */
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Manhattan"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PLACE, "Kensington"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Urban Outfitters"), ==, 1);
}

/* A caption ends with no full stop and the next caption's clause opens
 * with a verb's -ing or -ed form or a counting noun before "of": the
 * tagger read it as the name's last word ("Syria Asked", "Atletico
 * Losing", "Humboldt County Captured", "Court of Appeal Millions";
 * ner-caption-labels.c, opens_clause). */
static void
test_run_on_captions (void)
{
  g_autoptr (GArray) glued = facts_fixture_extract (
    "Amira Abase, pictured, was one of three girls who flew from Gatwick to Turkey before crossing to "
    "Syria Asked why he was pictured at the front of the mob, he said he did not know. Syria has been at "
    "war for years. This arrow was photographed in Golconda, Humboldt County Captured near the tiny town "
    "of Medicine Bow in Wyoming, this beacon still stands. Benzema rolls around on the floor during Real "
    "Madrid's quarter-final clash against Atletico Madrid. Real face rivals Atletico Losing their "
    "first-choice striker, even if just for one match, is a blow. Barry Beavis, 48, lost his case at the "
    "Court of Appeal Millions of motorists face spiralling parking fines after judges ruled. The Court of "
    "Appeal said the charge was fair.\n", NULL);
  g_autoptr (GArray) stays = facts_fixture_extract (
    "Alistair Darling said the economy would grow. Sheffield United eased past Leeds on Saturday, and "
    "Sheffield United fans sang. The author Stephen King wrote about it.\n", NULL);

  g_assert_cmpuint (facts_fixture_count_names (glued, "Syria Asked"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (glued, "Atletico Losing"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (glued, "Humboldt County Captured"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (glued, "Court of Appeal Millions"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (glued, PRECIS_FACT_PLACE, "Syria"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (glued, "Humboldt County"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (glued, PRECIS_FACT_ORGANIZATION, "Court of Appeal"), ==, 1);
  /* What stays: a surname that is a word ("Darling", no verb's form),
   * a club's name the document repeats whole. */
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_PERSON, "Alistair Darling"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (stays, "Sheffield United"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_PERSON, "Stephen King"), ==, 1);
}

/* A reporting credit in a sentence of its own at the end of a text that
 * comes as one paragraph (a feed's, CNN/DM's): its reporters were people
 * of the story and its publisher a body counted again (clean.c,
 * find_credit_sentences). */
static void
test_credit_sentences (void)
{
  g_autoptr (GArray) credited = extract (
    "(CNN)Blues legend B.B. King was hospitalized for dehydration, his daughter Claudette King said. The "
    "89-year-old suffered from exhaustion after a show in Chicago, forcing him to cancel the remainder of "
    "his tour. CNN's Greg Botelho and Sonya Hamasaki contributed to this report.\n");
  g_autoptr (GArray) stays = extract (
    "Greg Botelho said the fund contributed to the report that the council of Chicago published in May, "
    "and Sonya Hamasaki agreed.\n");

  g_assert_cmpuint (facts_fixture_count_names (credited, "Greg Botelho"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (credited, "Sonya Hamasaki"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (credited, PRECIS_FACT_PERSON, "B.B. King"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (credited, PRECIS_FACT_PLACE, "Chicago"), ==, 1);
  /* What stays: prose that says "contributed" of something else. */
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_PERSON, "Greg Botelho"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_PERSON, "Sonya Hamasaki"), ==, 1);
}

/* A caption and its photo credit on one line: the line ends with no full
 * stop and names a photo, so the whole line was taken for a label and
 * the caption's places and people were lost (clean.c, label_tail). */
static void
test_caption_credits (void)
{
  g_autoptr (GArray) captions = extract (
    "Wildfire spreads\n\n"
    "The fire has burned 2,000 acres since Monday, officials said.\n\n"
    "Firefighters battle the blaze near Santa Barbara, California. Photo: AP\n\n"
    "Protesters march through central London on Saturday. (Photo: Reuters)\n");
  g_autoptr (GArray) labels = extract (
    "The fire has burned 2,000 acres since Monday, officials said.\n\n"
    "Share this article. Photo: Joseph Cox\n");

  g_assert_cmpuint (facts_fixture_count (captions, PRECIS_FACT_PLACE, "Santa Barbara"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (captions, PRECIS_FACT_PLACE, "London"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (captions, "AP"), ==, 0);
  g_assert_cmpuint (facts_fixture_count_names (captions, "Reuters"), ==, 0);
  /* What stays: a line that is furniture before the credit too. */
  g_assert_cmpuint (facts_fixture_count_names (labels, "Joseph Cox"), ==, 0);
}

/* A headline of names sent alone: its language was the names' (Basque
 * for "Mikel Arteta"), which precis has no model for, and it had no fact
 * (language.cc, lower_words_language). */
static void
test_names_headlines (void)
{
  g_autoptr (GArray) arteta = extract ("Arsenal sack Mikel Arteta.\n");
  g_autoptr (GArray) aires = extract ("Train strike grips Buenos Aires\n");

  g_assert_cmpuint (facts_fixture_count (arteta, PRECIS_FACT_PERSON, "Mikel Arteta"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (aires, PRECIS_FACT_PLACE, "Buenos Aires"), ==, 1);
}

/* A notification or a feed item of one line that reads as a page's link
 * or label ("WATCH: ...", "Photos: ...", "Top stories: ..."): the
 * furniture rules took the whole text and it had no facts (clean.c,
 * find_boilerplate: a text of one paragraph has no furniture around it). */
static void
test_one_line_labels (void)
{
  g_autoptr (GArray) watch = extract ("WATCH: Prince Harry arrives at High Court in London\n");
  g_autoptr (GArray) photos = extract ("Photos: Floods hit Valencia as Pedro Sánchez visits the region\n");
  g_autoptr (GArray) top = extract (
    "Top stories: Floods hit Valencia; Macron names new prime minister; Apple fined in Brussels\n");
  g_autoptr (GArray) page = extract (
    "Heavy rain closed schools in Leeds on Monday.\n\n"
    "WATCH: Prince Harry arrives at High Court in London\n\n"
    "More rain is expected on Tuesday, forecasters said.\n");

  g_assert_cmpuint (facts_fixture_count (watch, PRECIS_FACT_PLACE, "London"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (photos, PRECIS_FACT_PERSON, "Pedro Sánchez"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (top, PRECIS_FACT_PLACE, "Brussels"), ==, 1);
  /* What stays: the same line on a page is its link, furniture. */
  g_assert_cmpuint (facts_fixture_count (page, PRECIS_FACT_PLACE, "Leeds"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (page, "London"), ==, 0);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/facts-pages/heading-words", test_heading_words);
  g_test_add_func ("/facts-pages/lineup-lines", test_lineup_lines);
  g_test_add_func ("/facts-pages/caption-labels", test_caption_labels);
  g_test_add_func ("/facts-pages/shop-buttons", test_shop_buttons);
  g_test_add_func ("/facts-pages/run-on-captions", test_run_on_captions);
  g_test_add_func ("/facts-pages/credit-sentences", test_credit_sentences);
  g_test_add_func ("/facts-pages/caption-credits", test_caption_credits);
  g_test_add_func ("/facts-pages/names-headlines", test_names_headlines);
  g_test_add_func ("/facts-pages/one-line-labels", test_one_line_labels);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
