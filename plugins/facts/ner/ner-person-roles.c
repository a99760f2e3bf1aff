/* ner-person-roles.c — a person's trade or office before the name, outside English.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-person-roles.h"

#include "ner-word.h"

#include <string.h>

/* Nouns of a person only: not "director" alone in Spanish ("director
 * general"), nor "defensa", "médio", "milieu" (a team's line, the middle),
 * nor "fiscal" ("el fiscal" also a body's adjective), nor a racing
 * driver's, whose team stands between it and the name ("le pilote Force
 * India Adrian Sutil", WikiNER). */
static const char *const es_roles[] = {
  "cantante", "actor", "actriz", "escritor", "escritora", "periodista", "presidente", "presidenta",
  "ministro", "ministra", "alcalde", "alcaldesa", "juez", "jueza", "entrenador", "delantero", "portero",
  "centrocampista", "tenista", "ciclista", "futbolista", "jugador", "jugadora", "pintor",
  "pintora", "poeta", "cineasta", "diputado", "diputada", "senador", "senadora", "líder", "portavoz",
  "abogado", "abogada", "profesor", "profesora", "investigador", "investigadora", "biólogo", "bióloga",
  "médico", "médica", "economista", "arquitecto", "compositor", "músico", "guitarrista", "rey", "reina",
  "papa", "príncipe", "princesa", "emperador", "emperatriz", "seleccionador", NULL,
};
static const char *const it_roles[] = {
  "cantante", "attore", "attrice", "scrittore", "scrittrice", "regista", "giornalista", "presidente",
  "ministro", "ministra", "sindaco", "giudice", "pm", "procuratore", "allenatore", "attaccante",
  "portiere", "centrocampista", "difensore", "tennista", "ciclista", "calciatore", "pittore",
  "poeta", "deputato", "deputata", "senatore", "senatrice", "leader", "portavoce", "avvocato",
  "avvocata", "professore", "professoressa", "ricercatore", "ricercatrice", "virologo", "virologa",
  "medico", "economista", "architetto", "compositore", "musicista", "chitarrista", "re", "regina",
  "papa", "principe", "principessa", "imperatore", "imperatrice", "segretario", "segretaria", "premier", NULL,
};
static const char *const pt_roles[] = {
  "cantor", "cantora", "ator", "atriz", "actor", "actriz", "escritor", "escritora", "realizador",
  "realizadora", "cineasta", "jornalista", "presidente", "ministro", "ministra", "autarca", "prefeito",
  "prefeita", "juiz", "juíza", "treinador", "técnico", "avançado", "atacante", "guarda-redes",
  "goleiro", "tenista", "ciclista", "futebolista", "jogador", "jogadora", "pintor", "pintora",
  "poeta", "deputado", "deputada", "senador", "senadora", "líder", "porta-voz", "advogado", "advogada",
  "professor", "professora", "investigador", "investigadora", "médico", "médica", "economista",
  "arquiteto", "arquitecto", "compositor", "músico", "guitarrista", "rei", "rainha", "papa", "príncipe",
  "princesa", "imperador", "imperatriz", "selecionador", "seleccionador", NULL,
};
static const char *const fr_roles[] = {
  "chanteur", "chanteuse", "acteur", "actrice", "écrivain", "écrivaine", "romancier", "romancière",
  "réalisateur", "réalisatrice", "cinéaste", "journaliste", "président", "présidente", "ministre",
  "maire", "juge", "procureur", "procureure", "entraîneur", "sélectionneur", "attaquant", "gardien",
  "défenseur", "tennisman", "cycliste", "footballeur", "joueur", "joueuse", "peintre", "poète",
  "député", "députée", "sénateur", "sénatrice", "leader", "porte-parole", "avocat", "avocate",
  "professeur", "professeure", "chercheur", "chercheuse", "biologiste", "médecin", "économiste",
  "architecte", "compositeur", "musicien", "musicienne", "guitariste", "roi", "reine", "pape", "prince",
  "princesse", "empereur", "impératrice", "capitaine", NULL,
};
static const char *const nl_roles[] = {
  "zanger", "zangeres", "acteur", "actrice", "schrijver", "schrijfster", "regisseur", "filmmaker",
  "journalist", "president", "premier", "minister", "burgemeester", "rechter", "trainer", "coach",
  "spits", "aanvaller", "doelman", "keeper", "verdediger", "middenvelder", "tennisser", "wielrenner",
  "coureur", "voetballer", "speler", "speelster", "schilder", "dichter", "kamerlid", "senator",
  "woordvoerder", "woordvoerster", "hoogleraar", "professor", "onderzoeker", "onderzoekster", "arts",
  "econoom", "architect", "componist", "muzikant", "gitarist", "koning", "koningin", "paus", "prins",
  "prinses", "keizer", "keizerin", "topman", "topvrouw", "bondscoach", "ploegleider", "teambaas", "staatssecretaris",
  "fractievoorzitter", NULL,
};

typedef struct {
  const char *language;
  const char *const *roles;
} Roles;

static const Roles languages[] = {
  { "es", es_roles }, { "it", it_roles }, { "pt", pt_roles }, { "fr", fr_roles }, { "nl", nl_roles },
};

static const char *const *
roles_of (const PrecisDocument *doc)
{
  const Roles *roles = PRECIS_NER_LANGUAGE_ENTRY (doc, languages);

  return roles != NULL ? roles->roles : NULL;
}

gboolean
precis_ner_after_language_person_role (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const char *const *roles = roles_of (doc);
  guint32 first = doc->sentences[m->sentence].first_token;
  const PrecisToken *before;

  if (roles == NULL || m->first == first)
    return FALSE;
  if (m->end - m->first == 1 && doc->tokens[m->first].shape == PRECIS_SHAPE_UPPER)
    return FALSE;
  /* "le joueur Lakers Kobe Bryant": the team's name between the noun
   * and its person's. */
  if (m->end < doc->n_tokens && doc->tokens[m->end].sentence == m->sentence &&
      doc->tokens[m->end].shape == PRECIS_SHAPE_CAPITALIZED)
    return FALSE;
  before = &doc->tokens[m->first - 1];
  if (before->shape != PRECIS_SHAPE_LOWER && !(before->shape == PRECIS_SHAPE_CAPITALIZED && m->first - 1 == first))
    return FALSE;
  return precis_ner_word_in_list (roles, before->lower);
}

/* A leader may be a club or a firm ("Toluca, líder y máximo goleador",
 * "Betchtel, líder mundial de"): the only nouns of the lists that
 * followed an organization in the gold below. */
static const char *const shared_roles[] = { "líder", "leader", NULL };

gboolean
precis_ner_before_language_person_role (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const char *const *roles = roles_of (doc);
  const PrecisToken *role;

  if (roles == NULL || m->end + 1 >= doc->n_tokens || doc->tokens[m->end + 1].sentence != m->sentence ||
      !precis_ner_token_is (doc, m->end, ","))
    return FALSE;
  role = &doc->tokens[m->end + 1];
  return role->shape == PRECIS_SHAPE_LOWER && precis_ner_word_in_list (roles, role->lower) &&
         !precis_ner_word_in_list (shared_roles, role->lower);
}

/* Titles written capitalized before a person's name, which the name
 * does not include ("Maître Éric Dupond-Moretti", the lawyer's title),
 * and in Italian, French and Dutch the nouns of offices and trades above
 * written capitalized there, most often as a sentence's first word
 * ("Koning Willem-Alexander en koningin Máxima"): gold, such a noun
 * before a person's name, Dutch CoNLL-2002 train and dev 31 times out of
 * the name, 2 in it; Italian Wikinews train and dev 65 out, 1 in; French
 * WikiNER dev 1 out; Spanish and HAREM keep them in (13, 11 times).
 * Not English's, whose list is ner-titles.c's ("Don" is a given name
 * there), nor Spanish and Portuguese ones, which their gold keeps in the
 * name ("Don", "Dom", "Dona": es and HAREM dev fell 81.16 → 81.13,
 * 66.34 → 65.79 with them cut). */
static const char *const it_titles[] = { "signor", "signora", "dottor", "onorevole", NULL };
static const char *const fr_titles[] = { "maître", "monsieur", "madame", "mademoiselle", "mme", "mgr", NULL };
static const char *const nl_titles[] = { "meneer", "mevrouw", "dhr.", "mevr.", NULL };

gboolean
precis_ner_is_language_title (const PrecisDocument *doc, guint32 i)
{
  static const Roles titles[] = {
    { "it", it_titles }, { "fr", fr_titles }, { "nl", nl_titles },
  };
  const Roles *entry = PRECIS_NER_LANGUAGE_ENTRY (doc, titles);

  if (entry == NULL || doc->tokens[i].shape != PRECIS_SHAPE_CAPITALIZED)
    return FALSE;
  return precis_ner_word_in_list (entry->roles, doc->tokens[i].lower) ||
         precis_ner_word_in_list (roles_of (doc), doc->tokens[i].lower);
}
