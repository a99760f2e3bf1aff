/* ner-roles.c — words of office and occupation written before a name.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-roles.h"
#include "ner-doc.h"
#include "ner-word.h"
#include "ner-tags.h"

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
  "detektiv", "detektivin",
  NULL,
};

gboolean
precis_ner_is_german_role (const PrecisDocument *doc, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];

  return precis_ner_reads_as_german (doc) && t->shape == PRECIS_SHAPE_CAPITALIZED &&
         precis_ner_word_ends_in_list (german_roles, t->lower);
}

static gboolean
untagged_or_person (guint8 tag)
{
  return tag == 0 || precis_ner_tag_type (tag) == PRECIS_NER_TYPE_PER;
}

/* "Privatdetektiv Klaus-Dieter Matschke", "Kommissar Holger Brandstätter":
 * two capitalized words after a German noun of office or occupation, that
 * the tagger left untagged or cut short ("Holger"), are the person holding
 * it (German capitalizes nouns, so one word could be a noun; two after a
 * role are a name).  Not before a third capitalized word ("Trainer Bayern
 * München Spieler"). */
void
precis_ner_tag_after_roles (const PrecisDocument *doc, guint8 *tags)
{
  if (!precis_ner_reads_as_german (doc))
    return;
  for (guint32 i = 0; i + 2 < doc->n_tokens; i++)
    {
      const PrecisToken *a = &doc->tokens[i + 1], *b = &doc->tokens[i + 2];

      if (!precis_ner_is_german_role (doc, i) || !untagged_or_person (tags[i + 1]) ||
          !untagged_or_person (tags[i + 2]) ||
          a->shape != PRECIS_SHAPE_CAPITALIZED || b->shape != PRECIS_SHAPE_CAPITALIZED ||
          a->sentence != doc->tokens[i].sentence || b->sentence != a->sentence ||
          (a->flags & PRECIS_TOKEN_STOPWORD) || (b->flags & PRECIS_TOKEN_STOPWORD))
        continue;
      if (i + 3 < doc->n_tokens && doc->tokens[i + 3].sentence == b->sentence &&
          doc->tokens[i + 3].shape == PRECIS_SHAPE_CAPITALIZED)
        continue;
      /* The role the tagger took for the name's first word is none of it. */
      if (tags[i] != 0 && precis_ner_tag_type (tags[i]) == PRECIS_NER_TYPE_PER)
        tags[i] = 0;
      tags[i + 1] = precis_ner_tag_make (PRECIS_NER_TYPE_PER, TRUE);
      tags[i + 2] = precis_ner_tag_make (PRECIS_NER_TYPE_PER, FALSE);
      i += 2;
    }
}

/* Nouns of office that name their department after a preposition ("il
 * ministro dell'Economia", "minister van Financiën", "la ministra de
 * Hacienda"), lower case, in the languages that write them so. */
static const char *const offices[] = {
  /* it */ "presidente", "presidentessa", "ministro", "ministra", "viceministro", "sottosegretario",
  "sottosegretaria", "segretario", "segretaria", "assessore", "governatore", "commissario", "commissaria",
  "direttore", "direttrice", "portavoce", "sindaco",
  /* nl */ "minister", "staatssecretaris", "voorzitter", "commissaris", "burgemeester", "wethouder",
  "directeur", "woordvoerder", "woordvoerster", "gedeputeerde",
  /* es, pt */ "presidenta", "secretario", "secretaria", "consejero", "consejera", "director", "directora",
  "portavoz", "vicepresidente", "vicepresidenta", "delegado", "delegada", "comisario", "comisaria",
  "secretário", "secretária", "diretor", "diretora", "porta-voz", "governador", "governadora", "alcalde",
  "alcaldesa", "prefeito", "prefeita",
  /* fr */ "ministre", "président", "présidente", "secrétaire", "directrice", "porte-parole", "commissaire",
  "maire", NULL,
};

/* The offices above whose holder heads a town: the name after them is the
 * town's ("el alcalde de Marbella", "burgemeester van Rotterdam"). */
static const char *const mayors[] = {
  "alcalde", "alcaldesa", "sindaco", "maire", "prefeito", "prefeita", "burgemeester", NULL,
};

/* Whether `lower` is an office, or a former one ("exalcalde", "ex-ministro":
 * Spanish writes the prefix joined, Portuguese and Italian with a hyphen
 * or as a word of its own, which precedes the office). */
static gboolean
is_office_in (const char *const *list, const char *lower)
{
  if (g_str_has_prefix (lower, "ex-"))
    lower += 3;
  else if (g_str_has_prefix (lower, "ex") && !precis_ner_word_in_list (list, lower))
    lower += 2;
  return precis_ner_word_in_list (list, lower);
}

static gboolean
is_office (const char *lower)
{
  return is_office_in (offices, lower);
}

/* The prepositions and articles between an office and its department. */
static const char *const office_links[] = {
  "van", "voor", "de", "del", "della", "dello", "dell'", "degli", "dei", "delle", "di", "per", "la", "l'",
  "du", "des", "da", "do", "das", "dos", NULL,
};

/* The office before the mention starting at token `first` and its
 * preposition ("ministro degli", "Minister van", "ministre de l'"): its
 * token, or G_MAXUINT32 when there is none. */
static guint32
office_before (const PrecisDocument *doc, guint32 first)
{
  guint32 sentence_first = doc->sentences[doc->tokens[first].sentence].first_token, i = first;

  while (i > sentence_first && first - i < 2 && precis_ner_token_is_lower_in_list (doc, i - 1, office_links))
    i--;
  if (i == first || i == sentence_first || !is_office (doc->tokens[i - 1].lower))
    return G_MAXUINT32;
  return i - 1;
}

static gboolean
follows_office (const PrecisDocument *doc, guint32 first)
{
  return office_before (doc, first) != G_MAXUINT32;
}

/* A person's name after an office has at most this many words ("María
 * Jesús Montero"); capitalized words before them belong to the department
 * ("Asuntos Exteriores José Manuel Albares"). */
#define MAX_NAME_WORDS 3

/* Whether tokens [first, end) may be a person's name: two capitalized
 * words or more.  A name particle ("de", "van") is more often a word of
 * the department's own name ("Federación de Asociaciones de Vecinos"),
 * unless the tagger itself read a person after it (`particles`: "Ursula"
 * von der "Leyen"). */
static gboolean
is_person_name (const PrecisDocument *doc, guint32 first, guint32 end, gboolean particles)
{
  guint words = 0;

  for (guint32 i = first; i < end; i++)
    {
      if (doc->tokens[i].shape == PRECIS_SHAPE_CAPITALIZED)
        words++;
      else if (!particles || !precis_ner_is_name_particle (doc->tokens[i].lower))
        return FALSE;
    }
  return words >= 2 && doc->tokens[first].shape == PRECIS_SHAPE_CAPITALIZED;
}

/* Whether the person of tokens [name, end), after the department from
 * `first`, is named again elsewhere in the document, by surname or in
 * full, and not inside a longer name ("Meloni ha detto"; not "Escuela
 * Superior de Música Reina Sofía" for "la directora de la Escuela Reina
 * Sofía"): an organization the tagger rightly read whole ("presidente
 * della Federazione Italiana Scherma") is seldom named by its last word. */
static gboolean
named_elsewhere (const PrecisDocument *doc, guint32 first, guint32 name, guint32 end)
{
  const char *surname = doc->tokens[end - 1].lower;

  for (guint32 i = 0; i < doc->n_tokens; i++)
    {
      guint32 start = i, k = end - 1;

      if ((i >= first && i < end) || doc->tokens[i].shape != PRECIS_SHAPE_CAPITALIZED ||
          strcmp (doc->tokens[i].lower, surname) != 0)
        continue;
      /* Back over the rest of the name, as far as it is written again. */
      while (start > 0 && k > name && strcmp (doc->tokens[start - 1].lower, doc->tokens[k - 1].lower) == 0)
        {
          start--;
          k--;
        }
      /* A capitalized word before it is another name's, but "according
       * to" opening the sentence ("Según Cuerpo, …"). */
      if (start == 0 || doc->tokens[start - 1].sentence != doc->tokens[start].sentence ||
          doc->tokens[start - 1].shape != PRECIS_SHAPE_CAPITALIZED ||
          precis_ner_opens_with_according_to (doc, start - 1))
        return TRUE;
    }
  return FALSE;
}

/* "Minister Mona Keijzer van Volkshuisvesting", "staatssecretaris Nora
 * Achahbar van Toeslagen": Dutch names the department after the person,
 * with "van", and the tagger reads it as the particle of a surname.  A
 * first name and a surname before "van" say it is not one ("minister Eric
 * van der Burg", "Frans van Houten" have one word before it). */
static void
split_departments_after (const PrecisDocument *doc, GArray *mentions)
{
  for (guint k = 0; k < mentions->len; k++)
    {
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      PrecisNerMention department;
      guint32 van = m->first;

      if (m->type != PRECIS_NER_TYPE_PER || m->first == doc->sentences[m->sentence].first_token ||
          !is_office (doc->tokens[m->first - 1].lower))
        continue;
      while (van < m->end && doc->tokens[van].shape == PRECIS_SHAPE_CAPITALIZED)
        van++;
      if (van - m->first < 2 || van + 1 >= m->end || !precis_ner_token_is (doc, van, "van") ||
          doc->tokens[van + 1].shape != PRECIS_SHAPE_CAPITALIZED)
        continue;
      department = *m;
      department.first = van + 1;
      department.type = PRECIS_NER_TYPE_ORG;
      m->end = van;
      g_array_insert_val (mentions, k + 1, department);
      k++;
    }
}

/* "presidente da República Marcelo Rebelo de Sousa": a person's mention
 * the tagger began at the office (HAREM writes the office into the name it
 * annotates), cut at the office's lower-case word, still opens with the
 * preposition: the mention starts after it, at the department. */
static void
skip_office_links (const PrecisDocument *doc, PrecisNerMention *m)
{
  guint32 i = m->first;

  if (m->type != PRECIS_NER_TYPE_PER || m->first == doc->sentences[m->sentence].first_token ||
      !is_office (doc->tokens[m->first - 1].lower))
    return;
  while (i + 1 < m->end && i - m->first < 2 && precis_ner_token_is_lower_in_list (doc, i, office_links))
    i++;
  m->first = i;
}

/* Where a person named once after a department starts: the first of
 * tokens [from, end) that is a given name of the document's language with
 * a surname after it ("Consiglio Giorgia Meloni"); `end` when none is (the
 * department's own name: "Federazione Italiana Scherma"). */
static guint32
given_name_at (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, guint32 from, guint32 end)
{
  for (guint32 i = from; i + 1 < end; i++)
    if (precis_ner_gazetteer_is_given_name (gazetteer, doc->tokens[i].lower))
      return i;
  return end;
}

void
precis_ner_split_offices (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, GArray *mentions)
{
  if (!precis_ner_capitalizes_names_only (doc))
    return;
  if (strcmp (doc->language, "nl") == 0)
    split_departments_after (doc, mentions);
  for (guint k = 0; k < mentions->len; k++)
    {
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      PrecisNerMention person;
      guint32 name, end = m->end;
      gboolean joined = FALSE, given;

      skip_office_links (doc, m);
      name = m->first + 1;

      if (m->end - m->first < 3 || doc->tokens[m->first].shape != PRECIS_SHAPE_CAPITALIZED ||
          !follows_office (doc, m->first))
        continue;
      /* The department: its word and the adjectives written after it in
       * lower case ("Commissione europea"). */
      while (name < m->end && doc->tokens[name].shape == PRECIS_SHAPE_LOWER &&
             !precis_ner_is_name_particle (doc->tokens[name].lower))
        name++;
      /* "Commissione europea Ursula" von der "Leyen": the tagger cut the
       * person at her name's particles. */
      if (k + 1 < mentions->len)
        {
          const PrecisNerMention *next = &g_array_index (mentions, PrecisNerMention, k + 1);
          guint32 i = m->end;

          while (i < next->first && doc->tokens[i].shape == PRECIS_SHAPE_LOWER &&
                 precis_ner_is_name_particle (doc->tokens[i].lower))
            i++;
          if (i > m->end && i == next->first && next->type == PRECIS_NER_TYPE_PER &&
              next->sentence == m->sentence)
            {
              end = next->end;
              joined = TRUE;
            }
        }
      /* A given name opens a person's name, particles and all ("Marcelo
       * Rebelo de Sousa"). */
      given = name < end && precis_ner_gazetteer_is_given_name (gazetteer, doc->tokens[name].lower);
      if (!is_person_name (doc, name, end, joined || given))
        continue;
      if (m->type != PRECIS_NER_TYPE_PER && !joined && !named_elsewhere (doc, m->first, name, end))
        {
          /* Named once: a given name says where the person starts. */
          name = given_name_at (gazetteer, doc, name, end);
          if (name == end)
            continue;
          given = TRUE;
        }
      if (!joined && !given && end - name > MAX_NAME_WORDS)
        name = end - MAX_NAME_WORDS;
      person = *m;
      person.first = name;
      person.end = end;
      person.type = PRECIS_NER_TYPE_PER;
      m->end = name;
      m->type = is_office_in (mayors, doc->tokens[office_before (doc, m->first)].lower) ? PRECIS_NER_TYPE_LOC
                                                                                       : PRECIS_NER_TYPE_ORG;
      if (joined)
        g_array_index (mentions, PrecisNerMention, k + 1) = person;
      else
        g_array_insert_val (mentions, k + 1, person);
      k++;
    }
}

/* Whether the mention of the one token `i` heads the title of an office
 * rather than naming anyone: the office itself ("La Vicepresidenta
 * primera"), or a word before the office in lower case, opening the
 * sentence or after an article ("Le Premier ministre", "El Primer
 * ministro", "Il Primo ministro"). */
static gboolean
heads_office (const PrecisDocument *doc, guint32 i)
{
  const PrecisSentence *s = &doc->sentences[doc->tokens[i].sentence];

  if (precis_ner_word_in_list (offices, doc->tokens[i].lower))
    return TRUE;
  if (i + 1 >= s->first_token + s->n_tokens || doc->tokens[i + 1].shape != PRECIS_SHAPE_LOWER ||
      !precis_ner_word_in_list (offices, doc->tokens[i + 1].lower))
    return FALSE;
  return i == s->first_token ||
         (doc->tokens[i - 1].flags & PRECIS_TOKEN_STOPWORD && doc->tokens[i - 1].shape != PRECIS_SHAPE_PUNCT);
}

void
precis_ner_drop_office_heads (const PrecisDocument *doc, GArray *mentions)
{
  if (!precis_ner_capitalizes_names_only (doc))
    return;
  for (guint k = mentions->len; k-- > 0;)
    {
      const PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);

      if (m->end - m->first == 1 && doc->tokens[m->first].shape == PRECIS_SHAPE_CAPITALIZED &&
          heads_office (doc, m->first))
        g_array_remove_index (mentions, k);
    }
}

/* The offices whose holder heads a department of a government, not a
 * town ("burgemeester van Rooborst") nor a country ("presidente de
 * Francia"). */
static const char *const ministers[] = {
  "ministre", "ministro", "ministra", "minister", "viceministro", "staatssecretaris", "secrétaire",
  "secretario", "secretaria", "secretário", "secretária", "sottosegretario", "sottosegretaria",
  "consejero", "consejera", NULL,
};

/* Whether token `first`, capitalized, follows a minister's noun and its
 * preposition ("ministro de", "ministre de l'"). */
static gboolean
follows_minister (const PrecisDocument *doc, guint32 first)
{
  guint32 i = first;

  if (!precis_ner_capitalizes_names_only (doc) || doc->tokens[i].shape != PRECIS_SHAPE_CAPITALIZED || !follows_office (doc, i))
    return FALSE;
  while (precis_ner_token_is_lower_in_list (doc, i - 1, office_links))
    i--;
  return precis_ner_word_in_list (ministers, doc->tokens[i - 1].lower);
}

gboolean
precis_ner_names_department (const PrecisDocument *doc, const PrecisNerMention *m)
{
  return follows_minister (doc, m->first);
}

/* A department has at most this many capitalized words ("Asuntos
 * Exteriores"). */
#define MAX_DEPARTMENT_WORDS 2

/* The conjunctions that join a ministry's departments ("Minas e
 * Energia", "Economía y Hacienda", "l'Économie et des Finances"). */
static const char *const department_conjunctions[] = { "e", "y", "et", "ed", NULL };

/* Whether tokens [first, end) are one to MAX_DEPARTMENT_WORDS capitalized
 * words. */
static gboolean
is_department_words (const PrecisDocument *doc, guint32 first, guint32 end)
{
  if (end <= first || end - first > MAX_DEPARTMENT_WORDS)
    return FALSE;
  for (guint32 i = first; i < end; i++)
    if (doc->tokens[i].shape != PRECIS_SHAPE_CAPITALIZED)
      return FALSE;
  return TRUE;
}

/* The end of the department joined to the one that ends at token `i` by a
 * conjunction and its articles ("e", "et des", "e dei"), `i` when none
 * is: the capitalized words after them, never a given name's (a person:
 * "la ministra de Hacienda y María Jesús Montero"). */
static guint32
joined_department_end (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, guint32 i)
{
  const PrecisSentence *s = &doc->sentences[doc->tokens[i - 1].sentence];
  guint32 sentence_end = s->first_token + s->n_tokens, j = i + 1, end;

  if (i >= sentence_end || !precis_ner_token_is_lower_in_list (doc, i, department_conjunctions))
    return i;
  while (j < sentence_end && j - i <= 2 && precis_ner_token_is_lower_in_list (doc, j, office_links))
    j++;
  for (end = j; end < sentence_end && end - j < MAX_DEPARTMENT_WORDS; end++)
    if (doc->tokens[end].shape != PRECIS_SHAPE_CAPITALIZED)
      break;
  if (end == j || precis_ner_gazetteer_is_given_name (gazetteer, doc->tokens[j].lower))
    return i;
  return end;
}

void
precis_ner_join_departments (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, GArray *mentions)
{
  for (guint k = 0; k < mentions->len; k++)
    {
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      guint32 end;

      if (m->type == PRECIS_NER_TYPE_PER || !is_department_words (doc, m->first, m->end) ||
          !follows_minister (doc, m->first))
        continue;
      end = joined_department_end (gazetteer, doc, m->end);
      if (end == m->end)
        continue;
      /* The second department's own mention, if the tagger read one,
       * becomes part of the first; a person's stops the join. */
      while (k + 1 < mentions->len)
        {
          const PrecisNerMention *next = &g_array_index (mentions, PrecisNerMention, k + 1);

          if (next->first >= end)
            break;
          if (next->type == PRECIS_NER_TYPE_PER || next->end > end)
            {
              end = m->end;
              break;
            }
          g_array_remove_index (mentions, k + 1);
          m = &g_array_index (mentions, PrecisNerMention, k);
        }
      m->end = end;
    }
}

void
precis_ner_tag_departments (const PrecisDocument *doc, guint8 *tags)
{
  const guint begin = precis_ner_tag_make (PRECIS_NER_TYPE_MISC, TRUE);
  const guint inside = precis_ner_tag_make (PRECIS_NER_TYPE_MISC, FALSE);

  for (guint32 i = 0; i < doc->n_tokens; i++)
    {
      guint32 end = i + 1;

      if (tags[i] != begin || !follows_minister (doc, i))
        continue;
      while (end < doc->n_tokens && tags[end] == inside && doc->tokens[end].shape == PRECIS_SHAPE_CAPITALIZED)
        end++;
      /* The department alone ("ministro de Justicia") stays as read, no
       * fact: the gold sets (CoNLL-2002, KIND, HAREM) name none. */
      if (end - i <= MAX_DEPARTMENT_WORDS || (end < doc->n_tokens && tags[end] == inside))
        continue;
      for (guint32 t = i; t < end; t++)
        tags[t] = precis_ner_tag_make (PRECIS_NER_TYPE_ORG, t == i);
      i = end - 1;
    }
}
