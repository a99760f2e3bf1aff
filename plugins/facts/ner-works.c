/* ner-works.c — words before a name that say it is the title of a work.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Titles of films, programmes and books are capitalized like names and
 * often named like people ("Vera Drake", "Shirley Valentine", "Doc
 * Martin"): the tagger reads them as people or organizations, and half of
 * the wrong facts of the BBC entertainment panels were such titles (issue
 * 14).  CoNLL calls them MISC, which is no fact.  What gives them away is
 * the noun that the article writes just before them: "Mike Leigh's film
 * Vera Drake", "BBC comedy Gimme Gimme Gimme", "US musical Sweet Charity".
 * Nouns that are also verbs before a name ("show", "play", "book") count
 * only where they cannot be ("TV show", "chat show").
 */
#include "ner-works.h"

#include <string.h>

static const char *const work_nouns[] = {
  "film", "movie", "drama", "comedy", "sitcom", "soap", "musical", "documentary", "thriller",
  "blockbuster", "sequel", "prequel", "remake", "biopic", "cartoon", "animation", "series",
  "programme", "album", "song", "novel", "opera", "serial", "miniseries", NULL,
};

/* "___ show X" */
static const char *const show_kinds[] = {
  "tv", "chat", "game", "talent", "quiz", "reality", "music", "comedy", "cult", "hit", "stage",
  "radio", NULL,
};

gboolean
precis_ner_is_work_context (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];
  const char *head;

  if (m->first <= s->first_token)
    return FALSE;
  head = doc->tokens[m->first - 1].lower;
  if (precis_ner_word_in_list (work_nouns, head))
    return TRUE;
  return strcmp (head, "show") == 0 && m->first - 1 > s->first_token &&
         precis_ner_word_in_list (show_kinds, doc->tokens[m->first - 2].lower);
}
