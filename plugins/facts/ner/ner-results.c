/* ner-results.c — a match's sides and a club's coach in the European
 * languages with a model.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A club named after its town ("Sporting", "Sevilla") or a saint, a
 * founder or a word ("Benfica", "Feyenoord") reads as a place or a person
 * to a tagger that met it seldom: in a Portuguese report "O Benfica venceu
 * o Sporting por 2-1" gave a person and a place.  As ner-teams.c does for
 * English, the article's own words decide, and only words that go with a
 * team: a result's verb beside the name in a sentence with a football
 * score, or the noun of a coach and its preposition before it.  A tennis
 * or chess player also beats a rival, but a set's score has a side of six
 * or seven, and a player has no coach "of" him.
 */
#include "ner-results.h"
#include "ner-teams.h"
#include "ner-word.h"

#include <string.h>

/* Verbs of a result as news writes them, finite forms and participles
 * (after "ha", "a", "heeft"): es, pt, it, fr, nl. */
static const char *const result_verbs[] = {
  /* es */ "venció", "vence", "derrotó", "derrota", "goleó", "golea", "superó", "supera", "ganó", "gana",
  "empató", "empata", "perdió", "pierde", "cayó", "cae", "doblegó", "arrolló",
  /* pt */ "venceu", "derrotou", "goleou", "bateu", "bate", "ganhou", "ganha", "empatou", "perdeu", "perde",
  "superou",
  /* it */ "battuto", "batte", "sconfitto", "sconfigge", "superato", "supera", "vinto", "vince", "pareggiato",
  "pareggia", "perso", "travolto", "travolge", "espugnato", "espugna", "piegato", "piega", "steso",
  /* fr */ "battu", "bat", "dominé", "domine", "vaincu", "perdu", "perd", "écrasé", "écrase", "imposé",
  "étrillé", "corrigé", "surpris", "tenu",
  /* nl */ "versloeg", "verslaat", "verslagen", "won", "wint", "gewonnen", "verloor", "verliest", "verloren",
  "klopte", "klopt", "geklopt", "speelde",
  NULL,
};

/* Words between a result's verb and the other side: articles, their
 * contractions and the prepositions of a rival ("venció al", "venceu o",
 * "ha battuto la", "s'est imposé face à l'", "won van", "gelijk tegen"). */
static const char *const rival_links[] = {
  "a", "al", "el", "la", "los", "las", "ante", "contra", "con", "o", "os", "ao", "à", "frente", "com", "do",
  "il", "lo", "l'", "l’", "i", "gli", "contro", "sul", "sulla", "le", "les", "face", "au", "sur", "de", "du",
  "van", "tegen", "met", "gelijk", "het",
  /* the winner after a passive's agent word ("a été battu par Nantes",
   * "è stato battuto dal Milan", "werd verslagen door Ajax") */
  "par", "dal", "dalla", "dai", "door", "pelo", "pela", NULL,
};

/* Words between a side and its verb: auxiliaries and a reflexive
 * ("Il Milan ha battuto", "Le PSG a battu", "Lens s'est imposé", "Ajax
 * heeft gewonnen"). */
static const char *const auxiliaries[] = {
  "ha", "hanno", "a", "ont", "s'", "s’", "s'est", "s’est", "est", "se", "heeft", "hebben", "è", "sono", "été",
  "stato", "stata", "werd", "is", NULL,
};

/* The noun of a coach and its preposition before the club ("el entrenador
 * del Sevilla", "o treinador do Benfica", "l'allenatore della Lazio",
 * "l'entraîneur de Lens", "trainer van Feyenoord"). */
static const char *const coaches[] = {
  "entrenador", "técnico", "treinador", "allenatore", "tecnico", "entraîneur", "coach", "trainer", NULL,
};
static const char *const coach_links[] = {
  "del", "de", "do", "da", "della", "dello", "dell'", "dell’", "du", "d'", "d’", "van", "des", NULL,
};

/* The most words a side, its links and auxiliaries take. */
#define MAX_LINKS 3

static gboolean
is_word (const PrecisDocument *doc, guint32 i, guint32 end, const char *const *list)
{
  return i < end && precis_ner_token_is_lower_in_list (doc, i, list);
}

/* "2-1", "3:0": a football score, one or two digits a side and neither a
 * set's six or seven (tennis: "6-4", "7-5"); `*sets` counts those. */
static gboolean
is_football_score (const PrecisDocument *doc, guint32 i, guint *sets)
{
  guint left, right;

  if (!precis_ner_token_score (doc, i, "-:", &left, &right))
    return FALSE;
  if (MAX (left, right) == 6 || MAX (left, right) == 7)
    {
      (*sets)++;
      return FALSE;
    }
  return TRUE;
}

/* How far from a side its result's score is looked for, in tokens: "met
 * 3-0 gewonnen van Feyenoord", "venceu o Sporting por 2-1".  A window,
 * not the sentence: a hostile one-sentence text of thousands of names
 * would be scanned once a name. */
#define SCORE_WINDOW 12

/* Whether the tokens around `m` in its sentence [first, end) tell a
 * football result: a score and no set. */
static gboolean
has_football_score (const PrecisDocument *doc, const PrecisNerMention *m, guint32 first, guint32 end)
{
  guint sets = 0, scores = 0;
  guint32 from = m->first > first + SCORE_WINDOW ? m->first - SCORE_WINDOW : first;
  guint32 to = MIN (end, m->end + SCORE_WINDOW);

  for (guint32 i = from; i < to; i++)
    scores += is_football_score (doc, i, &sets);
  return scores > 0 && sets == 0;
}

/* Whether a set's score ("6-4") stands near `m`: a tennis match's. */
static gboolean
has_set_score (const PrecisDocument *doc, const PrecisNerMention *m, guint32 first, guint32 end)
{
  guint sets = 0;
  guint32 from = m->first > first + SCORE_WINDOW ? m->first - SCORE_WINDOW : first;
  guint32 to = MIN (end, m->end + SCORE_WINDOW);

  for (guint32 i = from; i < to; i++)
    is_football_score (doc, i, &sets);
  return sets > 0;
}

/* The days of a match as the languages above write them between the
 * verb and the rival, lower case. */
static const char *const match_days[] = {
  "zondag", "zaterdag", "vrijdag", "woensdag", "dinsdag", "donderdag", "maandag", "gisteren",
  "domenica", "sabato", "venerdì", "mercoledì", "martedì", "giovedì", "lunedì", "ieri", "stasera",
  "domingo", "sábado", "viernes", "miércoles", "martes", "jueves", "lunes", "ayer", "anoche",
  "dimanche", "samedi", "vendredi", "mercredi", "mardi", "jeudi", "lundi", "hier", "ontem", NULL,
};

/* The most words between a result's verb and the rival: links, and the
 * day and the score Dutch and Italian put there. */
#define MAX_BETWEEN 5

/* Whether token `i` may stand between a result's verb and the rival it
 * names: a link ("venceu o Sporting"), or the match's day or score,
 * which Dutch and Italian write there ("won zondag met 2-1 van
 * Feyenoord", "ha battuto domenica il Milan"). */
static gboolean
is_between_verb_and_rival (const PrecisDocument *doc, guint32 i, guint32 end)
{
  const PrecisToken *t = &doc->tokens[i];
  guint left, right;

  return is_word (doc, i, end, rival_links) || (t->shape == PRECIS_SHAPE_LOWER && is_word (doc, i, end, match_days)) ||
         precis_ner_token_score (doc, i, "-:", &left, &right);
}

/* Where the words between a rival's name at `name` and its result's verb
 * start, back from `name` in the sentence [first, end). */
static guint32
back_over_links (const PrecisDocument *doc, guint32 first, guint32 end, guint32 name)
{
  guint32 i = name;

  while (i > first && name - i < MAX_BETWEEN && is_between_verb_and_rival (doc, i - 1, end))
    i--;
  return i;
}

static gboolean
is_result_side (const PrecisDocument *doc, const PrecisNerMention *m, guint32 first, guint32 end)
{
  guint32 i = m->first;

  /* After the verb: "venceu o Sporting", "won van Feyenoord". */
  i = back_over_links (doc, first, end, m->first);
  if (i > first && is_word (doc, i - 1, end, result_verbs))
    return TRUE;
  /* Before it: "O Benfica venceu", "il Milan ha battuto". */
  i = m->end;
  while (i < end && i - m->end < MAX_LINKS && is_word (doc, i, end, auxiliaries))
    i++;
  return is_word (doc, i, end, result_verbs);
}

/* A word a name is written with: "Lens", "PSG", "RCD". */
static gboolean
is_name_word (const PrecisDocument *doc, guint32 i)
{
  return precis_ner_shape_is_name (doc->tokens[i].shape);
}

/* The name's words just before token `end` of a sentence that starts at
 * `first`: [*name_first, end), empty if none. */
static void
name_ending_at (const PrecisDocument *doc, guint32 first, guint32 end, guint32 *name_first)
{
  guint32 i = end;

  while (i > first && is_name_word (doc, i - 1))
    i--;
  *name_first = i;
}

gboolean
precis_ner_result_rival (const PrecisDocument *doc, const PrecisNerMention *m, guint32 *rival_first,
                         guint32 *rival_end)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];
  guint32 first = s->first_token, end = first + s->n_tokens, i = m->first;

  *rival_first = *rival_end = m->first;
  if (doc->language == NULL || strcmp (doc->language, "en") == 0)
    return FALSE;
  /* After the verb: "Le PSG a battu Lens", "venceu o Sporting". */
  i = back_over_links (doc, first, end, m->first);
  if (i > first && is_word (doc, i - 1, end, result_verbs))
    {
      i--;
      while (i > first && is_word (doc, i - 1, end, auxiliaries))
        i--;
      name_ending_at (doc, first, i, rival_first);
      *rival_end = i;
      return TRUE;
    }
  /* Before it: "Lens a battu le PSG", "O Benfica venceu o Sporting". */
  i = m->end;
  while (i < end && i - m->end < MAX_LINKS && is_word (doc, i, end, auxiliaries))
    i++;
  if (!is_word (doc, i, end, result_verbs))
    return FALSE;
  i++;
  while (i < end && is_word (doc, i, end, rival_links))
    i++;
  *rival_first = *rival_end = i;
  while (*rival_end < end && is_name_word (doc, *rival_end))
    (*rival_end)++;
  return TRUE;
}

static gboolean
follows_coach (const PrecisDocument *doc, const PrecisNerMention *m, guint32 first, guint32 end)
{
  return m->first >= first + 2 && is_word (doc, m->first - 1, end, coach_links) &&
         is_word (doc, m->first - 2, end, coaches);
}

/* Whether the other side of `m`'s result is a name: a capitalized word
 * where precis_ner_result_rival finds it. */
static gboolean
names_rival (const PrecisDocument *doc, const PrecisNerMention *m)
{
  guint32 rival_first, rival_end;

  /* "Le" opening the sentence is no name */
  return precis_ner_result_rival (doc, m, &rival_first, &rival_end) && rival_end > rival_first &&
         !(doc->tokens[rival_first].flags & PRECIS_TOKEN_STOPWORD);
}

/* Whether the word before `m` is a venue's preposition: "s'est tenu à
 * Rocamadour" (French WikiNER dev: no result there), "in Hawaï won hij". */
static gboolean
follows_venue_word (const PrecisDocument *doc, const PrecisNerMention *m)
{
  static const char *const venues[] = { "a", "à", "in", "en", "em", "no", "na", "au", NULL };

  return m->first > doc->sentences[m->sentence].first_token && precis_ner_token_is_lower_in_list (doc, m->first - 1, venues);
}

gboolean
precis_ner_is_club_in_prose (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];
  guint32 first = s->first_token, end = first + s->n_tokens;

  if (doc->language == NULL || strcmp (doc->language, "en") == 0)
    return FALSE;
  if (follows_coach (doc, m, first, end))
    return TRUE;
  if (!is_result_side (doc, m, first, end))
    return FALSE;
  /* A town beside a result's verb is its club, score or not ("Lille
   * s'est imposé face à Monaco", "La Lazio ha vinto a Genova"): a town
   * wins nothing; a person does, so a name read as one needs the score
   * ("Sinner ha battuto Fritz").  The other side must be a name too: a
   * politician read as a town loses elections ("Toledo verloor in mei de
   * Peruaanse verkiezingen", Dutch CoNLL-2002 dev).  A nation's side
   * stays a place (ner-entities.c), and so does a town right after "a",
   * "à" (the match's venue, ner-places-in.c). */
  if (m->type == PRECIS_NER_TYPE_LOC && !follows_venue_word (doc, m) && !has_set_score (doc, m, first, end) &&
      names_rival (doc, m))
    return TRUE;
  return has_football_score (doc, m, first, end);
}

gboolean
precis_ner_follows_club_article (const PrecisDocument *doc, const PrecisNerMention *m)
{
  static const char *const articles[] = { "el", "al", "del", NULL };
  const PrecisSentence *s = &doc->sentences[m->sentence];

  return doc->language != NULL && strcmp (doc->language, "es") == 0 && m->end - m->first == 1 &&
         m->first > s->first_token && is_word (doc, m->first - 1, m->end, articles);
}
