/* SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Sentence boundaries on the hard cases of news text, through the real
 * tokenizer and segmenter (precis_document_new).
 */
#include <string.h>

#include "pipeline.h"

typedef struct {
  const char *text;
  const char *sentences[5]; /* NULL-terminated */
} Case;

static const Case cases[] = {
  /* Titles before names never end a sentence. */
  { "Mr. Smith went to Washington. He met Dr. Jones there.",
    { "Mr. Smith went to Washington.", "He met Dr. Jones there." } },
  { "Mrs. Brown, Ms. Green and Prof. White spoke. Gov. Black and Sen. Gray agreed.",
    { "Mrs. Brown, Ms. Green and Prof. White spoke.", "Gov. Black and Sen. Gray agreed." } },
  { "Rep. Lee met Gen. Ford, Lt. Col. Hill and Sgt. Diaz. They talked.",
    { "Rep. Lee met Gen. Ford, Lt. Col. Hill and Sgt. Diaz.", "They talked." } },
  /* Country abbreviations inside and at the end of a sentence. */
  { "The U.S. and the U.K. signed the deal. It takes effect soon.",
    { "The U.S. and the U.K. signed the deal.", "It takes effect soon." } },
  { "Most of the troops are in the U.S. The rest are abroad.",
    { "Most of the troops are in the U.S.", "The rest are abroad." } },
  { "Talks with the U.S. However, nothing changed.",
    { "Talks with the U.S.", "However, nothing changed." } },
  { "The U.S. Senate voted on Friday.", { "The U.S. Senate voted on Friday." } },
  /* Company suffixes and the like. */
  { "Shares of Apple Inc. rose. Acme Corp. and Widget Co. Ltd. merged.",
    { "Shares of Apple Inc. rose.", "Acme Corp. and Widget Co. Ltd. merged." } },
  { "He sold it to Apple Inc. The deal closed in March.",
    { "He sold it to Apple Inc.", "The deal closed in March." } },
  { "Martin Luther King Jr. and John Smith Sr. spoke on St. Patrick's Day.",
    { "Martin Luther King Jr. and John Smith Sr. spoke on St. Patrick's Day." } },
  { "It was No. 10 on the list, vs. No. 3 last year, etc. They celebrated.",
    { "It was No. 10 on the list, vs. No. 3 last year, etc.", "They celebrated." } },
  { "The answer was no. The vote failed.", { "The answer was no.", "The vote failed." } },
  /* Months. */
  { "It opened on Jan. 5 and closed on Sept. 11. Feb. 3 is next.",
    { "It opened on Jan. 5 and closed on Sept. 11.", "Feb. 3 is next." } },
  { "Between Oct. and Dec. sales rose.", { "Between Oct. and Dec. sales rose." } },
  /* Initials. */
  { "J. K. Rowling wrote it. George W. Bush read it.",
    { "J. K. Rowling wrote it.", "George W. Bush read it." } },
  { "They chose Plan B. The rest followed.", { "They chose Plan B.", "The rest followed." } },
  { "MCI is second after AT&T. Consolidation followed.", { "MCI is second after AT&T.", "Consolidation followed." } },
  /* Numbers. */
  { "Prices rose 3.5% to $2.5bn in 2024. About 1,000 people came at 10:30.",
    { "Prices rose 3.5% to $2.5bn in 2024.", "About 1,000 people came at 10:30." } },
  { "Inflation hit 2.5. Rates rose by 0.25 points.",
    { "Inflation hit 2.5.", "Rates rose by 0.25 points." } },
  { "The vote is at 3 p.m. The count follows.", { "The vote is at 3 p.m.", "The count follows." } },
  { "The vote is at 3 p.m. on Friday.", { "The vote is at 3 p.m. on Friday." } },
  /* Quotations: the closing quote belongs to the sentence. */
  { "\"We will win.\" The crowd cheered.", { "\"We will win.\"", "The crowd cheered." } },
  { "She called it \xe2\x80\x9cvery useful.\xe2\x80\x9d Then she left.",
    { "She called it \xe2\x80\x9cvery useful.\xe2\x80\x9d", "Then she left." } },
  { "\xe2\x80\x98It is over.\xe2\x80\x99 She left.",
    { "\xe2\x80\x98It is over.\xe2\x80\x99", "She left." } },
  { "He asked, \"Why?\" Nobody answered!", { "He asked, \"Why?\"", "Nobody answered!" } },
  { "\xe2\x80\x9cWhy?\xe2\x80\x9d he asked. \xe2\x80\x9c" "Because!\xe2\x80\x9d she said.",
    { "\xe2\x80\x9cWhy?\xe2\x80\x9d he asked.", "\xe2\x80\x9c" "Because!\xe2\x80\x9d she said." } },
  { "He said: \xe2\x80\x9cWe are ready.\xe2\x80\x9d (The talks resumed.) Then it rained.",
    { "He said: \xe2\x80\x9cWe are ready.\xe2\x80\x9d", "(The talks resumed.)", "Then it rained." } },
  { "\xe2\x80\x9cWhy now?\xe2\x80\x9d Trump asked reporters. \xe2\x80\x9c" "Because,\xe2\x80\x9d he said.",
    { "\xe2\x80\x9cWhy now?\xe2\x80\x9d Trump asked reporters.", "\xe2\x80\x9c" "Because,\xe2\x80\x9d he said." } },
  { "\"Is it over?\" The crowd fell silent.", { "\"Is it over?\"", "The crowd fell silent." } },
  /* Ellipses. */
  { "He paused... Then he left.", { "He paused...", "Then he left." } },
  { "He paused\xe2\x80\xa6 Then he left.", { "He paused\xe2\x80\xa6", "Then he left." } },
  { "The deal was ... good, he said.", { "The deal was ... good, he said." } },
  /* Line breaks end sentences; hard-wrapped lines do not. */
  { "A line without a full stop\nThe next line.", { "A line without a full stop", "The next line." } },
  { "This sentence was wrapped\nacross two lines.", { "This sentence was wrapped\nacross two lines." } },
  { "First.\r\nSecond.\rThird.\xe2\x80\xa8" "Fourth.", { "First.", "Second.", "Third.", "Fourth." } },
  { "Non\xc2\xa0" "breaking\xc2\xa0space.\xc2\xa0Next one.", { "Non\xc2\xa0" "breaking\xc2\xa0space.", "Next one." } },
  /* No empty sentences, none of punctuation alone. */
  { "Really?! Yes. . .", { "Really?!", "Yes. . ." } },
  { "The end. \xe2\x80\x94", { "The end. \xe2\x80\x94" } },
  { "\xe2\x80\x94 The end.", { "The end." } },
  { "no capital here. and none here", { "no capital here. and none here" } },
  /* Wikipedia's citation markers end the sentence they follow, and a
   * sentence never starts with one (issue 13). */
  { "It carried trams until 1960.[5][12] A new bridge replaced it in 2001.[4]",
    { "It carried trams until 1960.", "A new bridge replaced it in 2001." } },
  { "The town grew.[3] Its mayor[4] resigned. Its mayor[4]", { "The town grew.", "Its mayor[4] resigned.", "Its mayor" } },
  /* A full stop that lost its space in pasting ends a sentence; periods
   * inside names, abbreviations, domains and code do not (issue 13). */
  { "Screams could be heard.Shocking footage shows the moment the roof fell in.",
    { "Screams could be heard.", "Shocking footage shows the moment the roof fell in." } },
  { "The club announced it on its website.He will join in July.",
    { "The club announced it on its website.", "He will join in July." } },
  { "Shares in One.Tel fell, e.g.Telstra and www.Facebook.com, in the U.S.Senate vote on window.FontFace.",
    { "Shares in One.Tel fell, e.g.Telstra and www.Facebook.com, in the U.S.Senate vote on window.FontFace." } },
  { "See news.bbc.co.uk or pay 3.50 dollars in St.Ives.", { "See news.bbc.co.uk or pay 3.50 dollars in St.Ives." } },
  /* List bullets stay out of the sentence. */
  { "Plans include:\n- Better access to advice.\n\xe2\x80\xa2 Legal aid changes.\n-5 degrees.",
    { "Plans include:", "Better access to advice.", "Legal aid changes.", "-5 degrees." } },
};

/* Web-pasted English news (issue 13): captions, credits and prompts that
 * lost their line break run into the next sentence with no full stop
 * (libprecis/text/glued.h).  The language is given: the rules are
 * English's. */
static const Case glued_cases[] = {
  /* A caption before a quoted sentence. */
  { "Kilmarnock will confirm Gary Locke as the club's new permanent manager on Friday "
    "\xe2\x80\x98I\xe2\x80\x99" "d be over the moon to get it as it\xe2\x80\x99s something I\xe2\x80\x99ve worked hard "
    "towards,\xe2\x80\x99 said Locke.",
    { "Kilmarnock will confirm Gary Locke as the club's new permanent manager on Friday",
      "\xe2\x80\x98I\xe2\x80\x99" "d be over the moon to get it as it\xe2\x80\x99s something I\xe2\x80\x99ve worked "
      "hard towards,\xe2\x80\x99 said Locke." } },
  /* A caption before "He has …". */
  { "Kilmarnock went unbeaten during Locke's first six games in charge of the club He has "
    "impressed Mann not only with results.",
    { "Kilmarnock went unbeaten during Locke's first six games in charge of the club",
      "He has impressed Mann not only with results." } },
  /* The prompt, then two labelled captions, then the story. */
  { "Scroll down for video Strictly business: Julia Louis-Dreyfus covers the May issue of the "
    "magazine Short and sweet: Julia revealed that her haircut was inspired by Hillary Clinton. "
    "The actress spoke to the magazine.",
    { "Scroll down for video", "Strictly business: Julia Louis-Dreyfus covers the May issue of the magazine",
      "Short and sweet: Julia revealed that her haircut was inspired by Hillary Clinton.",
      "The actress spoke to the magazine." } },
  { "It ended 2-1. Scroll down for more The fans went home happy.",
    { "It ended 2-1.", "Scroll down for more", "The fans went home happy." } },
  /* Not glued: titles run in title case, names and scare quotes, and what
   * follows a verb that introduces it. */
  { "His song Here We Go Again with Norah Jones won record of the year.",
    { "His song Here We Go Again with Norah Jones won record of the year." } },
  { "The sequel to the best-selling Need for Speed: Underground has inched ahead.",
    { "The sequel to the best-selling Need for Speed: Underground has inched ahead." } },
  { "Buzz has surrounded the new documentary \"Going Clear: Scientology and the Prison of Belief,\" "
    "which opens today.",
    { "Buzz has surrounded the new documentary \"Going Clear: Scientology and the Prison of Belief,\" "
      "which opens today." } },
  { "Shares in the so-called \xe2\x80\x98Magic Circle\xe2\x80\x99 firms rose on the news.",
    { "Shares in the so-called \xe2\x80\x98Magic Circle\xe2\x80\x99 firms rose on the news." } },
  { "He told The Guardian the deal was off and called It a day.",
    { "He told The Guardian the deal was off and called It a day." } },
  { "Manchester United striker Wayne Rooney (pictured) scored twice on Saturday.",
    { "Manchester United striker Wayne Rooney (pictured) scored twice on Saturday." } },
  { "The kite flew in Chongqing last Saturday Skilful: The kite weighs 200 kilograms.",
    { "The kite flew in Chongqing last Saturday", "Skilful: The kite weighs 200 kilograms." } },
  { "Plans include:\nScroll down for video\nThe next line.",
    { "Plans include:", "Scroll down for video", "The next line." } },
  /* A caption ending on a word before a name that opens the next one. */
  { "The graph breaks down winners by county The New York Yankees (left) and Boston Red Sox (right) "
    "come in first and second.",
    { "The graph breaks down winners by county",
      "The New York Yankees (left) and Boston Red Sox (right) come in first and second." } },
  { "She was radicalised when she was aged just 13 Abase Hussen, circled, marched at the head of a rally.",
    { "She was radicalised when she was aged just 13",
      "Abase Hussen, circled, marched at the head of a rally." } },
  /* Found in the CNN/DM dev texts (session 5): a sentence adverb and its
   * comma, "The", a name and a role, "One of", "Another", "Many", and a
   * start after a clause-final stop word. */
  { "Greg Dyke wants more homegrown players playing in England However, Milltown are helping the FA.",
    { "Greg Dyke wants more homegrown players playing in England", "However, Milltown are helping the FA." } },
  { "Harry Kane has been given the nod for the Player of the Year award The West Brom midfielder has "
    "picked Eden Hazard for the young player prize.",
    { "Harry Kane has been given the nod for the Player of the Year award",
      "The West Brom midfielder has picked Eden Hazard for the young player prize." } },
  { "The bodies were then left on the road One of the victims can be seen being led down the road.",
    { "The bodies were then left on the road", "One of the victims can be seen being led down the road." } },
  { "The video included a clip of a couple Many gays point to her speech in Switzerland.",
    { "The video included a clip of a couple", "Many gays point to her speech in Switzerland." } },
  { "Russian fans voice their displeasure after the game is called off In a statement the association said "
    "it was sorry.",
    { "Russian fans voice their displeasure after the game is called off",
      "In a statement the association said it was sorry." } },
  /* Session 6: a caption that ends on a plain word before a capitalized
   * "A" that opens the story; not a letter that labels ("class A drugs",
   * "vitamin A", "the England A side", "infra-red A rays"). */
  { "Charged: Mark Ellis, 41, of Leeds, has denied three counts of fraud A former council worker stole "
    "from elderly tenants, a court heard.",
    { "Charged: Mark Ellis, 41, of Leeds, has denied three counts of fraud",
      "A former council worker stole from elderly tenants, a court heard." } },
  { "Rescuers carry a walker off the hill (pictured) A famous climber has died on the mountain.",
    { "Rescuers carry a walker off the hill (pictured)", "A famous climber has died on the mountain." } },
  { "He admitted possessing class A drugs and a grade A student gave evidence.",
    { "He admitted possessing class A drugs and a grade A student gave evidence." } },
  { "Low vitamin A levels and vitamin A deficiency worry doctors.",
    { "Low vitamin A levels and vitamin A deficiency worry doctors." } },
  { "He played for the England A side that beat France A twice.",
    { "He played for the England A side that beat France A twice." } },
  { "The lotion claims to block infra-red A rays as well as sunburn.",
    { "The lotion claims to block infra-red A rays as well as sunburn." } },
  /* Not glued: a name that ends on "One" or "Now", an attribution after a
   * quotation, a band after a verb, a programme after a preposition. */
  { "Michael Schumacher pictured during Formula One testing at the Jerez circuit.",
    { "Michael Schumacher pictured during Formula One testing at the Jerez circuit." } },
  { "The match will be televised on BBC One at 1400 GMT on Saturday.",
    { "The match will be televised on BBC One at 1400 GMT on Saturday." } },
  { "The Gavers were part of a band called Matthew 24 Now, which played outside a store.",
    { "The Gavers were part of a band called Matthew 24 Now, which played outside a store." } },
  { "\"I don't see why he has to get involved,\" The Spectator editor told BBC Radio 4.",
    { "\"I don't see why he has to get involved,\" The Spectator editor told BBC Radio 4." } },
  { "In 1975 he joined The Rolling Stones as a guitarist.",
    { "In 1975 he joined The Rolling Stones as a guitarist." } },
  { "He was interviewed on Today, the BBC Radio 4 programme, and later told Newsnight.",
    { "He was interviewed on Today, the BBC Radio 4 programme, and later told Newsnight." } },
  /* A caption that ends on a plain word, before a sentence whose subject
   * is a plural noun of people, or a count of things. */
  { "He was charged with eight counts of child pornography Police in Maryland have launched a manhunt.",
    { "He was charged with eight counts of child pornography", "Police in Maryland have launched a manhunt." } },
  { "He hit his neighbour after being told to turn his music down Paramedics were unable to revive him.",
    { "He hit his neighbour after being told to turn his music down", "Paramedics were unable to revive him." } },
  { "A view of the antiques which are being sold Dozens of books are included in the auction.",
    { "A view of the antiques which are being sold", "Dozens of books are included in the auction." } },
  /* Not glued: the noun inside a name, before a name, or a group's name. */
  { "He was given an award by the Metropolitan Police in Bromley for his efforts.",
    { "He was given an award by the Metropolitan Police in Bromley for his efforts." } },
  { "The man in charge of the tainted Met Police probe was a former prosecutor.",
    { "The man in charge of the tainted Met Police probe was a former prosecutor." } },
  { "The group was backed by local Police Scotland officers and by Friends of the Earth.",
    { "The group was backed by local Police Scotland officers and by Friends of the Earth." } },
};

/* French and Spanish capitalize as English does: the same causes, their
 * words; names that open with an article stay whole. */
static const Case french_cases[] = {
  { "Le maire a inaugur\xc3\xa9 le nouveau pont samedi Il a salu\xc3\xa9 le travail des ouvriers.",
    { "Le maire a inaugur\xc3\xa9 le nouveau pont samedi", "Il a salu\xc3\xa9 le travail des ouvriers." } },
  { "Des milliers de manifestants dans les rues de la capitale mardi Les syndicats appellent \xc3\xa0 une "
    "nouvelle journ\xc3\xa9" "e de gr\xc3\xa8ve.",
    { "Des milliers de manifestants dans les rues de la capitale mardi",
      "Les syndicats appellent \xc3\xa0 une nouvelle journ\xc3\xa9" "e de gr\xc3\xa8ve." } },
  /* Titles in sentence case: an article after a plain word starts nothing. */
  { "Le film La vie d'Ad\xc3\xa8le a re\xc3\xa7u la Palme d'or.",
    { "Le film La vie d'Ad\xc3\xa8le a re\xc3\xa7u la Palme d'or." } },
  { "Le navire est arriv\xc3\xa9 au port de La Rochelle mardi et le quotidien Le Monde a publi\xc3\xa9 "
    "un article intitul\xc3\xa9 La fin du voyage.",
    { "Le navire est arriv\xc3\xa9 au port de La Rochelle mardi et le quotidien Le Monde a publi\xc3\xa9 "
      "un article intitul\xc3\xa9 La fin du voyage." } },
};

static const Case spanish_cases[] = {
  { "Miles de personas celebraron el triunfo en la plaza mayor Pero el alcalde pidi\xc3\xb3 calma a los vecinos.",
    { "Miles de personas celebraron el triunfo en la plaza mayor", "Pero el alcalde pidi\xc3\xb3 calma a los vecinos." } },
  { "Los aficionados llenaron el estadio el 12 de mayo La polic\xc3\xad" "a vigil\xc3\xb3 los accesos.",
    { "Los aficionados llenaron el estadio el 12 de mayo", "La polic\xc3\xad" "a vigil\xc3\xb3 los accesos." } },
  { "La pel\xc3\xad" "cula El laberinto del fauno gan\xc3\xb3 tres premios.",
    { "La pel\xc3\xad" "cula El laberinto del fauno gan\xc3\xb3 tres premios." } },
  { "El diario El Pa\xc3\xads public\xc3\xb3 una entrevista con el entrenador de Los Angeles Galaxy.",
    { "El diario El Pa\xc3\xads public\xc3\xb3 una entrevista con el entrenador de Los Angeles Galaxy." } },
};

/* The same rules would cut German, which capitalizes "Sie" and nouns. */
static const Case german_case = {
  "Der Minister erkl\xc3\xa4rte den B\xc3\xbcrgern gestern ausf\xc3\xbchrlich Sie m\xc3\xbcssen ab Januar mehr "
  "Steuern zahlen.",
  { "Der Minister erkl\xc3\xa4rte den B\xc3\xbcrgern gestern ausf\xc3\xbchrlich Sie m\xc3\xbcssen ab Januar mehr "
    "Steuern zahlen." },
};

static void
check_case (const Case *c, const char *language)
{
  PrecisPipelineOptions options = { .language = language };
  g_autoptr (PrecisDocument) doc = precis_document_new (c->text, -1, &options);
  guint n = 0;

  while (c->sentences[n] != NULL)
    n++;
  for (guint32 i = 0; i < doc->n_sentences; i++)
    {
      const PrecisSentence *s = &doc->sentences[i];
      g_autofree char *text = g_strndup (doc->text + s->byte_start, s->byte_end - s->byte_start);
      g_autofree char *by_chars = g_utf8_substring (doc->text, s->start, s->end);

      g_test_message ("sentence %u: «%s»", i, text);
      g_assert_cmpstr (text, ==, by_chars);
      if (i < n)
        g_assert_cmpstr (text, ==, c->sentences[i]);
    }
  g_assert_cmpuint (doc->n_sentences, ==, n);
}

static void
test_case (gconstpointer data)
{
  check_case (data, NULL);
}

static void
test_glued (gconstpointer data)
{
  check_case (data, "en");
}

static void
test_glued_french (gconstpointer data)
{
  check_case (data, "fr");
}

static void
test_glued_spanish (gconstpointer data)
{
  check_case (data, "es");
}

/* German capitalizes nouns: a capital after a period says nothing
 * (old prints' "allgem.Krankh", OCR's "im.Hotel"). */
static const Case german_period_case = {
  "Er wohnte im.Hotel zwischen.Merano und Bozen.", { "Er wohnte im.Hotel zwischen.Merano und Bozen." },
};

static void
test_glued_german (void)
{
  check_case (&german_case, "de");
  check_case (&german_period_case, "de");
}

static void
add_cases (const char *name, const Case *list, guint n, GTestDataFunc func)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_strdup_printf ("/segment/%s-%02u", name, i);

      g_test_add_data_func (path, &list[i], func);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  precis_pipeline_init (NULL, NULL);

  add_cases ("case", cases, G_N_ELEMENTS (cases), test_case);
  add_cases ("glued", glued_cases, G_N_ELEMENTS (glued_cases), test_glued);
  add_cases ("glued-fr", french_cases, G_N_ELEMENTS (french_cases), test_glued_french);
  add_cases ("glued-es", spanish_cases, G_N_ELEMENTS (spanish_cases), test_glued_spanish);
  g_test_add_func ("/segment/glued-german", test_glued_german);
  return g_test_run ();
}
