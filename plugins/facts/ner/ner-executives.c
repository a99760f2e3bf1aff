/* ner-executives.c — the company whose chief executive a Romance or Dutch text names.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ner-executives.h"

#include "ner-doc.h"
#include "ner-word.h"

#include <string.h>

/* The body a leader's post is "of" is a party or a movement, never a
 * person: "André Ventura, líder do Chega," gave the place Chega, a party
 * founded after the models' training text.  Gold, the names right after
 * such a post and "of": Spanish CoNLL-2002 train and dev ("líder de/del")
 * 9 organizations, 1 place; Italian Wikinews train and dev ("leader",
 * "segretario" "del/della/di") 30 organizations; HAREM train ("líder
 * do/da/de") 8 organizations; French WikiNER dev ("leader de/du") 5
 * organizations, 2 places (countries, which the gazetteer keeps).  Not
 * Dutch "leider" alone, a country's as well ("leider van
 * Tsjecho-Slowakije", a former state no list knows); its party posts. */
typedef struct {
  const char *language;
  /* Posts, their words lower case and split by a space. */
  const char *const *posts;
  /* "of", and its forms with an article, elided ("dell'") or not. */
  const char *const *of;
} Executives;

static const char *const es_posts[] = {
  "consejero delegado", "consejera delegada", "presidente ejecutivo", "presidenta ejecutiva",
  "director ejecutivo", "directora ejecutiva", "primer ejecutivo", "ceo",
  /* "gerente general de Musimundo": gold after "gerente (general)" and
   * "director(a) general" and "of", CoNLL-2002 train 27 organizations,
   * 11 departments (MISC), no person, no place */
  "gerente", "gerente general", "director general", "directora general",
  /* a party's or a movement's leader (see leaders below) */
  "líder", "secretario general", "secretaria general", NULL,
};
static const char *const it_posts[] = {
  "amministratore delegato", "amministratrice delegata", "ad", "presidente esecutivo", "ceo",
  "direttore generale", "direttrice generale",
  "leader", "segretario", "segretaria", "segretario generale", NULL,
};
static const char *const pt_posts[] = {
  "presidente executivo", "presidente-executivo", "diretor executivo", "director executivo",
  "diretora executiva", "directora executiva", "ceo",
  "líder", "secretário-geral", "secretária-geral", "secretário geral", "secretária geral", NULL,
};
static const char *const fr_posts[] = {
  "pdg", "p-dg", "président-directeur général", "présidente-directrice générale", "directeur général",
  "directrice générale", "ceo",
  "leader", "secrétaire général", "secrétaire générale", "secrétaire national", "secrétaire nationale", NULL,
};
static const char *const nl_posts[] = {
  "topman", "topvrouw", "bestuursvoorzitter", "ceo",
  "partijleider", "fractievoorzitter", "lijsttrekker", NULL,
};
static const char *const es_of[] = { "de", "del", NULL };
static const char *const it_of[] = { "di", "del", "della", "dello", "dell'", "dell’", NULL };
static const char *const pt_of[] = { "de", "da", "do", NULL };
static const char *const fr_of[] = { "de", "du", "d'", "d’", NULL };
static const char *const nl_of[] = { "van", NULL };

static const Executives languages[] = {
  { "es", es_posts, es_of }, { "it", it_posts, it_of }, { "pt", pt_posts, pt_of },
  { "fr", fr_posts, fr_of }, { "nl", nl_posts, nl_of },
};

static const Executives *
executives_of (const PrecisDocument *doc)
{
  return PRECIS_NER_LANGUAGE_ENTRY (doc, languages);
}

/* Whether the words of `post` end just before token `end`, inside the
 * sentence that opens at token `first`. */
static gboolean
post_ends_at (const PrecisDocument *doc, guint32 first, guint32 end, const char *post)
{
  g_auto (GStrv) words = g_strsplit (post, " ", -1);
  guint n = g_strv_length (words);

  if (end < first + n)
    return FALSE;
  for (guint w = 0; w < n; w++)
    if (strcmp (doc->tokens[end - n + w].lower, words[w]) != 0)
      return FALSE;
  return TRUE;
}

/* Whether a chief executive's post and "of" stand right before token `i`. */
static gboolean
follows_post_of (const Executives *executives, const PrecisDocument *doc, guint32 first, guint32 i)
{
  if (i < first + 2 || !precis_ner_word_in_list (executives->of, doc->tokens[i - 1].lower))
    return FALSE;
  for (guint p = 0; executives->posts[p] != NULL; p++)
    if (post_ends_at (doc, first, i - 1, executives->posts[p]))
      return TRUE;
  return FALSE;
}

void
precis_ner_type_executives_of (const PrecisNerGazetteer *gazetteer, const PrecisDocument *doc, GArray *mentions)
{
  const Executives *executives = executives_of (doc);

  if (gazetteer == NULL || executives == NULL)
    return;
  for (guint k = 0; k < mentions->len; k++)
    {
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      guint32 first = doc->sentences[m->sentence].first_token;

      if ((m->type != PRECIS_NER_TYPE_PER && m->type != PRECIS_NER_TYPE_LOC) ||
          !follows_post_of (executives, doc, first, m->first) ||
          (precis_ner_tokens_gazetteer_type (gazetteer, doc, m->first, m->end) &
           (PRECIS_NER_GAZ_COUNTRY | PRECIS_NER_GAZ_SUBDIVISION | PRECIS_NER_GAZ_CITY | PRECIS_NER_GAZ_CONTINENT)))
        continue;
      m->type = PRECIS_NER_TYPE_ORG;
      m->said = TRUE;
    }
}
