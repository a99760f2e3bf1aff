/* ner-person-words.h — English: a word before a person's name is none of
 * it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A caption pasted with the text runs into the next sentence, whose
 * opening noun the tagger joins to the name after it: "... at a Polish
 * animal shelter Veterinarian Lucyna Kuziel-Zawalich took care of him"
 * (CNN/DailyMail) gave the person "Veterinarian Lucyna Kuziel-Zawalich";
 * a sentence's opening verb does so too ("Enter Stuart R. Kaplan, a New
 * York businessman", a readability page), and a noun before a name in a
 * BBC sentence ("Teenager LaShawn Merritt").
 */
#pragma once

#include <precis/precis-plugin.h>

#include "ner-gazetteer.h"

G_BEGIN_DECLS

/* In an English `doc`, a person's name of three words or more in `tags`
 * starts after its last word that wbritish writes only in lower case
 * ("veterinarian", "enter"; not "Brown"), when two capitalized words or
 * more follow it; not after a title ("President", "Sir": titles are other
 * rules'), a particle ("Bin"), a given name, nor a word the document
 * capitalizes elsewhere inside a sentence ("Baroness Greenfield"). */
void precis_ner_trim_english_person_words (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                                           guint8 *tags);

/* In an English `doc`, a body's name in `tags` that ends with a given
 * name and a surname ("Liberal Democrat Willie Rennie", "the United
 * Nations Samantha Power") ends before them, and they are a person's,
 * when the words before them name a body of their own (a lexicon's, or
 * the document's elsewhere) and no lexicon knows the two as other than a
 * person ("Bank of America Merrill Lynch" stays). */
void precis_ner_split_body_before_person (const PrecisDocument *doc, const PrecisNerGazetteer *gazetteer,
                                          guint8 *tags);

G_END_DECLS
