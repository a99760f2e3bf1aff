/* ner-roles.c — words of office and occupation written before a name.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-roles.h"

#include <string.h>

/* German nouns of office and occupation that news writes before a name,
 * lower case, masculine and feminine.  Compounds end with one
 * ("Justizministerin", "Gewehr-Bundestrainer", "Pressewart"). */
static const char *const german_roles[] = {
  "präsident", "präsidentin", "minister", "ministerin", "kanzler", "kanzlerin", "sprecher",
  "sprecherin", "chef", "chefin", "vorsitzende", "vorsitzender", "direktor", "direktorin",
  "leiter", "leiterin", "meister", "meisterin", "sekretär", "sekretärin", "trainer", "trainerin",
  "lehrer", "lehrerin", "pfarrer", "pfarrerin", "bischof", "rabbi", "priester", "tenor",
  "sopranistin", "sopranist", "bariton", "sänger", "sängerin", "dirigent", "dirigentin",
  "pianist", "pianistin", "geiger", "geigerin", "torwart", "torhüter", "libero", "stürmer",
  "stürmerin", "verteidiger", "kapitän", "kapitänin", "spieler", "spielerin", "routinier",
  "wart", "kaufmann", "kauffrau", "schmied", "richter", "richterin", "anwalt", "anwältin",
  "abgeordnete", "abgeordneter", "senator", "senatorin", "botschafter", "botschafterin",
  "professor", "professorin", "regisseur", "regisseurin", "autor", "autorin", "schriftsteller",
  "schriftstellerin", "künstler", "künstlerin", "arzt", "ärztin", "kommissar", "kommissarin",
  "manager", "managerin", "gründer", "gründerin", "inhaber", "inhaberin", "unternehmer",
  "unternehmerin", "ökonom", "ökonomin", "experte", "expertin", "forscher", "forscherin",
  "referent", "referentin", "dezernent", "dezernentin", "stadtrat", "stadträtin", "landrat",
  "landrätin", "intendant", "intendantin", "generalsekretär", "general", "oberst", "major",
  NULL,
};

gboolean
precis_ner_is_german_role (const PrecisDocument *doc, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];
  gsize len;

  if (doc->language == NULL || strcmp (doc->language, "de") != 0 || t->shape != PRECIS_SHAPE_CAPITALIZED)
    return FALSE;
  len = strlen (t->lower);
  for (guint k = 0; german_roles[k] != NULL; k++)
    {
      gsize n = strlen (german_roles[k]);

      if (n <= len && memcmp (t->lower + len - n, german_roles[k], n) == 0)
        return TRUE;
    }
  return FALSE;
}
