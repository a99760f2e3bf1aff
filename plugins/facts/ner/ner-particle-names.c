/* ner-particle-names.c — a person's name whose particles run over two words.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-particle-names.h"

#include "ner-doc.h"

#include <string.h>

/* Particles of German and Dutch names ("von der Leyen", "van den
 * Broek"), which are no words of Romance text: there they can only be
 * a foreign name's.  Not where they are the language's own words
 * ("ein Tor von Müller", "de minister van Ondernemen"). */
static const char *const germanic_particles[] = { "von", "van", "der", "den", "ter", "ten", "zu", NULL };

/* How many lower-case name particles fill tokens [from, to): one or two,
 * else 0 (a word that is none, or "y", Spanish "and": "Josemi y Maia");
 * `germanic` says whether one of them is a particle of German or Dutch
 * names. */
static guint
particles_between (const PrecisDocument *doc, guint32 from, guint32 to, gboolean *germanic)
{
  *germanic = FALSE;
  if (to <= from || to - from > 2)
    return 0;
  for (guint32 i = from; i < to; i++)
    {
      const PrecisToken *t = &doc->tokens[i];

      if (t->shape != PRECIS_SHAPE_LOWER || t->lower == NULL || !precis_ner_is_name_particle (t->lower) ||
          strcmp (t->lower, "y") == 0)
        return 0;
      *germanic |= precis_ner_word_in_list (germanic_particles, t->lower);
    }
  return to - from;
}

/* Whether German or Dutch names' particles are words of `doc`'s language. */
static gboolean
writes_germanic_particles (const PrecisDocument *doc)
{
  return doc->language != NULL && (strcmp (doc->language, "de") == 0 || strcmp (doc->language, "nl") == 0);
}

/* Where the given name before person `m` starts, when one or two
 * particles lie between; G_MAXUINT32 when none does.  A given name of
 * the gazetteer before two particles or a German or Dutch one, or any
 * capitalized word before a German or Dutch particle in a text of
 * another language (the Spanish and Portuguese lists of given names,
 * made from their own news, lack "Ursula"). */
static guint32
given_name_before (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, const PrecisNerMention *m)
{
  for (guint32 n = 1; n <= 2; n++)
    {
      const PrecisToken *t;
      gboolean germanic;
      guint32 name;

      if (m->first < n + 1)
        break;
      name = m->first - n - 1;
      t = &doc->tokens[name];
      if (t->sentence != m->sentence || t->shape != PRECIS_SHAPE_CAPITALIZED || t->lower == NULL ||
          particles_between (doc, name + 1, m->first, &germanic) != n)
        continue;
      /* One particle of the text's own language after a given name is
       * as often a preposition: "Cesare di Andrea Frediani" is a book
       * by its author. */
      if ((precis_ner_gazetteer_is_given_name (gazetteer, t->lower) && (n == 2 || germanic)) ||
          (germanic && !writes_germanic_particles (doc)))
        return name;
    }
  return G_MAXUINT32;
}

/* Whether mention `m` is one word at token `i`. */
static gboolean
is_word_mention (const PrecisNerMention *m, guint32 i)
{
  return m->first == i && m->end == i + 1;
}

/* In a text whose language capitalizes names only and writes no German
 * or Dutch particles ("Ursula von der Leyen" in Spanish, Portuguese,
 * Italian or French news; English capitalizes more than names), two
 * capitalized words they join are a person's name, whatever the tagger
 * read of the words (in one Portuguese sentence, nothing).  A one-word
 * mention of either word is taken into it; a longer mention over them
 * leaves them be. */
static void
add_foreign_particle_names (const PrecisDocument *doc, GArray *mentions)
{
  guint k = 0;

  if (!precis_ner_capitalizes_names_only (doc) || writes_germanic_particles (doc))
    return;
  for (guint32 i = 0; i + 2 < doc->n_tokens; i++)
    {
      const PrecisToken *given = &doc->tokens[i];
      gboolean germanic = FALSE;
      guint32 last = G_MAXUINT32;
      PrecisNerMention person = { 0 };

      if (given->shape != PRECIS_SHAPE_CAPITALIZED)
        continue;
      for (guint32 n = 1; n <= 2 && last == G_MAXUINT32; n++)
        if (i + n + 1 < doc->n_tokens && doc->tokens[i + n + 1].shape == PRECIS_SHAPE_CAPITALIZED &&
            doc->tokens[i + n + 1].sentence == given->sentence &&
            particles_between (doc, i + 1, i + n + 1, &germanic) == n && germanic)
          last = i + n + 1;
      if (last == G_MAXUINT32)
        continue;
      /* The mentions before the name, then those over it: none but one
       * word alone, each taken in. */
      while (k < mentions->len && g_array_index (mentions, PrecisNerMention, k).end <= i)
        k++;
      if (k < mentions->len)
        {
          const PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
          const PrecisNerMention *next = k + 1 < mentions->len ? m + 1 : NULL;

          if (m->first <= last && !is_word_mention (m, i) && !is_word_mention (m, last))
            continue;
          if (m->first <= last && next != NULL && next->first <= last && !is_word_mention (next, last))
            continue;
        }
      while (k < mentions->len && g_array_index (mentions, PrecisNerMention, k).first <= last)
        g_array_remove_index (mentions, k);
      person.first = i;
      person.end = last + 1;
      person.type = PRECIS_NER_TYPE_PER;
      person.sentence = given->sentence;
      g_array_insert_val (mentions, k, person);
      k++;
      i = last;
    }
}

void
precis_ner_join_particle_names (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc,
                                GArray *mentions)
{
  add_foreign_particle_names (doc, mentions);
  if (gazetteer == NULL)
    return;
  for (guint k = 0; k < mentions->len; k++)
    {
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      PrecisNerMention *before = k > 0 ? &g_array_index (mentions, PrecisNerMention, k - 1) : NULL;
      guint32 name;

      if (m->type != PRECIS_NER_TYPE_PER || (name = given_name_before (gazetteer, doc, m)) == G_MAXUINT32)
        continue;
      if (before != NULL && before->end > name)
        {
          /* The given name is a mention of its own ("Ursula" read as a
           * place): taken in, if it is that one word alone. */
          if (before->first != name || before->end != name + 1)
            continue;
          m->first = name;
          g_array_remove_index (mentions, k - 1);
          k--;
        }
      else
        m->first = name;
    }
}
