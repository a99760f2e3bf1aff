/* probe-session27.c — key facts a reader can trust (issue 14) from short
 * text in the languages precis reads (a notification, a feed item's
 * summary: one to three sentences) and from tabloid pages pasted as
 * text, read with no language option as the held-out measure sends them.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "facts-fixture.h"
#include "language.h"
#include "pipeline.h"

typedef struct {
  const char *text, *language;
} IdentifyCase;

static const char willem_alexander[] =
  "Koning Willem-Alexander en koningin Máxima brengen volgende week een staatsbezoek aan Italië. Ze "
  "bezoeken Rome, Florence en Bologna. In Florence spreekt de koning met studenten van de universiteit.\n";

static void
check_identified (const IdentifyCase *cases, gsize n)
{
  for (gsize i = 0; i < n; i++)
    g_assert_cmpstr (precis_language_identify (cases[i].text, strlen (cases[i].text), NULL), ==,
                     cases[i].language);
}

/* CLD2 reads short text by a few dozen quadgrams: it called these
 * Afrikaans, Galician, English or nothing (Unknown), even "reliable" —
 * no facts and no dates then.  Their function words tell
 * (libprecis/text/language.cc, short_text_language). */
static void
test_short_text_language (void)
{
  static const IdentifyCase cases[] = {
    { willem_alexander, "nl" },
    { "La reunión de la Comisión Mixta será presidida por el viceministro chileno de Relaciones "
      "Exteriores.", "es" },
    { "El Inter de Milán, en la noche estelar de Lautaro Martínez, salvaba la temporada, su técnico "
      "seguramente el puesto.", "es" },
    { "Esta política se fortalece, principalmente, com a crise e o desemprego na Europa.", "pt" },
    { "No Porto o café é servido no estilo italiano, com leite e açúcar, mas o leite sempre é aquecido.",
      "pt" },
    { "Parmi les seconds rôles, on peut remarquer Emma Stone, Steve Carell et Wallace Shawn.", "fr" },
    { "Il downtime è durato dalle 19:20 CEST alle 22:00 CEST, secondo il Chief Technology Officer di "
      "Wikimedia.", "it" },
  };
  /* What stays: short Galician, Catalan and Afrikaans news (no stop list
   * of theirs: their own words keep them), Danish (CLD2's answer, with a
   * list of its own) and English. */
  static const IdentifyCase stays[] = {
    { "O presidente da Xunta reuniuse onte cos alcaldes da comarca para analizar a situación das "
      "estradas.", "gl" },
    { "Un incendio calcinou esta madrugada unha nave industrial no polígono de Sabón, en Arteixo.", "gl" },
    { "La consellera d'Educació ha anunciat que les escoles obriran el dilluns amb normalitat.", "ca" },
    { "Die president het gister in Pretoria gesê dat die regering nie die belasting sal verhoog nie.",
      "af" },
    { "Inwoners van Durban het voor die hospitaal betoog oor die tekort aan dokters in die noodafdeling.",
      "af" },
    { "En brand ødelagde i nat en fabrikshal i Aarhus. Ingen kom til skade, siger politiet.", "da" },
    { "The council said on Tuesday that the bridge over the river would close for repairs next week.",
      "en" },
  };
  g_autoptr (GError) error = NULL;

  precis_pipeline_init (NULL, &error);
  g_assert_no_error (error);
  check_identified (cases, G_N_ELEMENTS (cases));
  check_identified (stays, G_N_ELEMENTS (stays));
}

/* The short Dutch paragraph gave no facts with no language option (read
 * as Afrikaans), the right ones with --language nl. */
static void
test_short_text_facts (void)
{
  g_autoptr (GArray) nl = facts_fixture_extract (willem_alexander, NULL);

  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_PERSON, "Willem-Alexander"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_PLACE, "Italië"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (nl, PRECIS_FACT_PLACE, "Bologna"), ==, 1);
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

/* A noun or verb opening a sentence, or a glued caption's next one, is
 * no part of the person's name after it (ner-person-words.c). */
static void
test_person_words (void)
{
  g_autoptr (GArray) facts = facts_fixture_extract (
    "The black cat was found near death at an animal shelter in Bydgoszcz Veterinarian Lucyna "
    "Kuziel-Nowak took care of him and eventually adopted him. Enter Stuart R. Kaplan, a New York "
    "businessman who bought the rights to the deck in 1970.\n", NULL);
  g_autoptr (GArray) stays = facts_fixture_extract (
    "Baroness Susan Greenfield told the conference that the brain changes with use. Baroness Greenfield "
    "said the research was new. The crown prince, Mohammed Bin Zayed Al Nahyan, met the minister. The "
    "deck was first described by Antoine Court de Gébelin in 1781.\n", NULL);

  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Lucyna Kuziel-Nowak"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (facts, PRECIS_FACT_PERSON, "Stuart R. Kaplan"), ==, 1);
  g_assert_cmpuint (facts_fixture_count_names (facts, "Enter Stuart R. Kaplan"), ==, 0);
  /* What stays: a title the text gives again, a particle, a name whose
   * word after it is lower case. */
  g_assert_cmpuint (facts_fixture_count_names (stays, "Greenfield"), ==, 0);
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_PERSON, "Mohammed Bin Zayed Al Nahyan"), ==, 1);
  g_assert_cmpuint (facts_fixture_count (stays, PRECIS_FACT_PERSON, "Antoine Court de Gébelin"), ==, 1);
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

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  facts_fixture_load ();
  g_test_add_func ("/probe-session27/short-text-language", test_short_text_language);
  g_test_add_func ("/probe-session27/short-text-facts", test_short_text_facts);
  g_test_add_func ("/probe-session27/caption-labels", test_caption_labels);
  g_test_add_func ("/probe-session27/shop-buttons", test_shop_buttons);
  g_test_add_func ("/probe-session27/person-words", test_person_words);
  g_test_add_func ("/probe-session27/townships", test_townships);
  status = g_test_run ();
  facts_fixture_unload ();
  return status;
}
