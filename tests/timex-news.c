/* tests/timex-news.c — dates in news nobody tuned on (session 21, issue
 * 14 item 4, issue 15): each case is a sentence of the kind read wrong in
 * unlabeled news (BBC and CNN/DM dev articles, the text of the NER sets:
 * De Morgen for Dutch, Italian Wikinews, HAREM for Portuguese), written
 * anew, with the value a reader gives it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Every case runs the real pipeline (precis_document_new) and then the
 * tagger, as the facts plugin does.
 */
#include "timex-fixture.h"

static PrecisTimexRules *rules;

typedef TimexFixtureCase Case;

static void
check_cases (const Case *cases, gsize n)
{
  g_assert_cmpuint (timex_fixture_check_cases (rules, cases, n), ==, 0);
}

/* Dutch weak pasts ("-de", "-te", "zorgden", "maakten") and perfects with
 * a participle in "-d" or "ont-" tell a weekday gone: in De Morgen
 * (Friday 2 June 2000 and after) "De ministerraad legde woensdag",
 * "onderhandelde donderdag", "Woensdag maakte", "Zondag zorgden", "Dat
 * is woensdag in Leuven gezegd", "is donderdag ontslagen" were all the
 * days to come. Adjectives that end so are none ("georganiseerde
 * screening", "concrete maatregelen", "nieuwe gemengde"), and the
 * passive's present before a day looks ahead ("wordt zaterdag en zondag
 * opgevoerd", though the story "zich afspeelde" there). */
static const Case dutch_pasts[] = {
  { "Woensdag maakte de minister zijn plannen bekend.", 2000, 6, 2, "Woensdag", "DATE", "2000-05-31", "nl" },
  { "Commandant Frank Bainimarama onderhandelde donderdag urenlang met de rebellen.", 2000, 6, 2,
    "donderdag", "DATE", "2000-06-01", "nl" },
  { "De ministerraad legde dinsdag de regels voor de uitkeringen vast.", 2000, 6, 2, "dinsdag",
    "DATE", "2000-05-30", "nl" },
  { "Op maandag organiseerde de hoofdredactrice een feest voor de ontwerpers.", 2000, 6, 2, "maandag",
    "DATE", "2000-05-29", "nl" },
  { "Zondag zorgden de supporters uit Brugge voor veel sfeer.", 2000, 6, 2, "Zondag", "DATE", "2000-05-28", "nl" },
  { "De supporters zorgden zondag voor veel sfeer in het stadion.", 2000, 6, 2, "zondag", "DATE", "2000-05-28", "nl" },
  { "Het nieuwe drugsplan is woensdag definitief goedgekeurd door de regering.", 2000, 6, 2, "woensdag",
    "DATE", "2000-05-31", "nl" },
  { "De Schotse trainer is donderdag ontslagen bij de club.", 2000, 6, 2, "donderdag", "DATE", "2000-06-01", "nl" },
  { "Dat bleek woensdag na de ministerraad.", 2000, 6, 2, "woensdag", "DATE", "2000-05-31", "nl" },
  { "De opera wordt zaterdag en zondag opgevoerd op de plaatsen waar het verhaal zich afspeelde.",
    2000, 6, 2, "zaterdag", "DATE", "2000-06-03", "nl" },
  { "De opera wordt zaterdag en zondag opgevoerd op de plaatsen waar het verhaal zich afspeelde.",
    2000, 6, 2, "zondag", "DATE", "2000-06-04", "nl" },
  /* what stays as it was */
  { "De dermatologen organiseren maandag een dag van georganiseerde screening.", 2000, 6, 2, "maandag",
    "DATE", "2000-06-05", "nl" },
  { "De twee verenigingen vragen nog voor de zomer concrete maatregelen.", 2000, 6, 2, "de zomer",
    "DATE", "2000-SU", "nl" },
  { "Vanaf 1 januari mogen geen nieuwe gemengde bedrijven meer worden opgericht.", 2000, 7, 1,
    "1 januari", "DATE", "2001-01-01", "nl" },
  { "Zaterdag speelt Anderlecht in Brugge tegen de landskampioen.", 2000, 6, 2, "Zaterdag", "DATE", "2000-06-03", "nl" },
  { "Komende dinsdag beslist de regering over de begroting.", 2000, 6, 2, "Komende dinsdag", "DATE", "2000-06-06", "nl" },
  { "Als de laatste dag van juli een voorbode wordt voor augustus, wordt het een natte zomer.", 2000, 8, 1,
    "juli", "DATE", "2000-07", "nl" },
};

static void
test_dutch_pasts (void)
{
  check_cases (dutch_pasts, G_N_ELEMENTS (dutch_pasts));
}

/* A day and its month with "scorso", "prossimo" (Italian), "pasado",
 * "próximo" (Spanish), "passado", "último", "próximo" (Portuguese) after
 * them: the last such day before the publication, or the next after it,
 * whatever the verb, the word inside the expression. In Italian Wikinews
 * "per i fatti relativi alla partita di mercoledì 3 ottobre scorso",
 * "dopo l'arresto – eseguito il 16 giugno scorso" were the days to come,
 * "le presidenziali USA del 4 novembre prossimo" went to the year the
 * story told before (1984); the Spanish TimeBank's read folds mark "El
 * 25 de abril pasado", "del 2 de julio próximo" whole. */
static const Case trailing_shifts[] = {
  { "La ragazza è scomparsa il 26 novembre scorso mentre andava in palestra.", 2010, 6, 15,
    "il 26 novembre scorso", "DATE", "2009-11-26", "it" },
  { "Per i fatti relativi alla partita di mercoledì 3 ottobre scorso, il portiere fu squalificato.",
    2010, 6, 15, "mercoledì 3 ottobre scorso", "DATE", "2009-10-03", "it" },
  { "Dopo l'arresto, eseguito il 16 giugno scorso, l'uomo si è dichiarato innocente.", 2010, 6, 15,
    "il 16 giugno scorso", "DATE", "2009-06-16", "it" },
  { "Nel 1984 era sindaco; ora è candidato per le presidenziali del 4 novembre prossimo.", 2010, 6, 15,
    "4 novembre prossimo", "DATE", "2010-11-04", "it" },
  { "Il termine massimo sarebbe quindi il 3 marzo prossimo.", 2010, 6, 15, "il 3 marzo prossimo",
    "DATE", "2011-03-03", "it" },
  { "El Nasdaq cerró el 14 de abril pasado con una fuerte caída.", 2000, 5, 22, "el 14 de abril pasado",
    "DATE", "2000-04-14", "es" },
  { "La segunda vuelta está prevista para el 28 de mayo próximo.", 2000, 5, 22, "el 28 de mayo próximo",
    "DATE", "2000-05-28", "es" },
  { "A fiscalização autuou 62 lojas entre 27 de junho e 8 de julho último.", 2005, 6, 15,
    "8 de julho último", "DATE", "2004-07-08", "pt" },
  { "A trégua decorre desde 18 de Setembro passado.", 2005, 6, 15, "18 de Setembro passado",
    "DATE", "2004-09-18", "pt" },
};

static void
test_trailing_shifts (void)
{
  check_cases (trailing_shifts, G_N_ELEMENTS (trailing_shifts));
}

/* A few words between two commas right after a date that opens its
 * sentence are an aside: the verb after them is still the date's own
 * (Italian Wikinews "Il 9 settembre, all'Eliseo, si è tenuto un vertice"
 * was next September). */
static const Case asides[] = {
  { "Il 9 settembre, all'Eliseo, si è tenuto un vertice tra i due presidenti.", 2010, 6, 15,
    "Il 9 settembre", "DATE", "2009-09-09", "it" },
  { "On September 9, in Paris, the two leaders signed the treaty.", 2010, 6, 15, "September 9",
    "DATE", "2009-09-09", NULL },
  { "El 9 de septiembre, en París, los dos presidentes firmaron el tratado.", 2010, 6, 15,
    "El 9 de septiembre", "DATE", "2009-09-09", "es" },
  /* what stays as it was: a clause after the comma */
  { "On September 9, when the talks open, the two leaders will sign the treaty.", 2010, 6, 15,
    "September 9", "DATE", "2010-09-09", NULL },
};

static void
test_asides (void)
{
  check_cases (asides, G_N_ELEMENTS (asides));
}

int
main (int argc, char **argv)
{
  rules = timex_fixture_init (&argc, &argv);

  g_test_add_func ("/timex-news/dutch-pasts", test_dutch_pasts);
  g_test_add_func ("/timex-news/trailing-shifts", test_trailing_shifts);
  g_test_add_func ("/timex-news/asides", test_asides);
  int status = g_test_run ();
  precis_timex_rules_free (rules);
  return status;
}
