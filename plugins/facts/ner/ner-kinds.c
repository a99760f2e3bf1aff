/* ner-kinds.c — nouns that say a name is an organization's, in the
 * languages with a fact model but English.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A company or a body the tagger's training text never named reads by its
 * words: "Renault" and "Tennet" as surnames, "Vereniging van Makelaars" as
 * a person's name with a particle.  The noun news writes before such a
 * name ("le constructeur automobile", "die Netzbetreiber") or as its first
 * word ("Vereniging", "Verband") says what it names.  German and Dutch
 * write these nouns as compounds ("Netzbetreiber", "energiebedrijf"), so
 * theirs are matched as the end of a word.
 */
#include "ner-kinds.h"

#include "ner-tags.h"
#include "ner-word.h"
#include "ner-lower-words.h"

#include <string.h>

typedef struct {
  const char *language;
  gboolean compounds;   /* the noun may end a longer word */
  gboolean capitalized; /* the language writes it capitalized (German) */
  gboolean adjectives;  /* adjectives may stand between it and the name */
  gboolean places;      /* a place after it is the organization's name; in German and Dutch it
                         * is its seat ("Ortsgruppe Amberg", GermEval: a place) */
  const char *const *heads;
  const char *const *openers;
  const char *const *joins;    /* "and", "or" */
  const char *const *articles; /* "the", singular */
} Kinds;

/* Singular and plural; a plural stands before a list ("les syndicats CFDT
 * et CGT").  Not the nouns that also name a person's trade ("éditeur",
 * "Händler"), nor those a town or a team may follow ("Mannschaft"), nor
 * Portuguese "grupo", as often a band or a group of people ("o grupo Miss
 * Brown", "Grupo Escoteiro": HAREM types them as people). */
static const char *const fr_heads[] = {
  "constructeur", "constructeurs", "groupe", "groupes", "entreprise", "entreprises", "société",
  "sociétés", "banque", "banques", "assureur", "assureurs", "opérateur", "opérateurs", "distributeur",
  "distributeurs", "fabricant", "fabricants", "compagnie", "compagnies", "syndicat", "syndicats", "parti",
  "partis", "chaîne", "quotidien", "hebdomadaire", "revue", "magazine", "agence", "équipementier", "géant", "laboratoire",
  "enseigne", "transporteur", "pétrolier", "énergéticien", "start-up", "firme", "club", NULL,
};
static const char *const es_heads[] = {
  "constructora", "fabricante", "fabricantes", "empresa", "empresas", "compañía", "compañías", "grupo",
  "grupos", "banco", "bancos", "aseguradora", "aseguradoras", "operadora", "operadoras", "distribuidora",
  "cadena", "diario", "periódico", "revista", "semanario", "club", "clubes", "partido", "partidos", "sindicato", "sindicatos",
  "agencia", "aerolínea", "multinacional", "firma", "entidad", "petrolera", "eléctrica", "farmacéutica",
  "tecnológica", "gigante", "conjunto", "equipo", NULL,
};
static const char *const it_heads[] = {
  "costruttore", "gruppo", "gruppi", "società", "azienda", "aziende", "banca", "banche", "compagnia",
  "operatore", "catena", "quotidiano", "giornale", "rivista", "settimanale", "club", "squadra", "partito", "partiti", "sindacato",
  "sindacati", "agenzia", "colosso", "marchio", "emittente", "multinazionale", NULL,
};
static const char *const pt_heads[] = {
  "construtora", "montadora", "fabricante", "fabricantes", "empresa", "empresas", "companhia", "banco", "bancos", "seguradora", "operadora", "jornal", "revista", "semanário", "clube", "equipe", "partido", "partidos",
  "sindicato", "sindicatos", "agência", "petroleira", "mineradora", "varejista", "multinacional",
  NULL,
};
static const char *const nl_heads[] = {
  "bank", "banken", "bedrijf", "bedrijven", "concern", "fabrikant", "fabrikanten", "verzekeraar",
  "verzekeraars", "groep", "keten", "krant", "dagblad", "tijdschrift", "weekblad", "club", "partij", "partijen", "vakbond",
  "vakbonden", "omroep", "maatschappij", "beheerder", "beheerders", "uitgeverij", "ploeg", NULL,
};
static const char *const de_heads[] = {
  "betreiber", "konzern", "konzerne", "hersteller", "unternehmen", "bank", "banken", "versicherer",
  "gruppe", "firma", "firmen", "gesellschaft", "gesellschaften", "partei", "parteien", "gewerkschaft",
  "gewerkschaften", "verein", "vereine", "klub", "club", "zeitung", "zeitungen", "sender", "kette",
  "anbieter", "zulieferer", "discounter", "verlag", "airline", "riese", "agentur", NULL,
};

/* The first word of a name that is an association's, a union's or an
 * institute's.  Not "Union", "Unión", "Bund": they open countries' names
 * ("União Soviética", "Unione Sovietica") as often. */
static const char *const fr_openers[] = {
  "fédération", "association", "syndicat", "confédération", "institut", "parti", "banque",
  "groupe", "société", "compagnie", "fondation", "club", NULL,
};
static const char *const es_openers[] = {
  "federación", "asociación", "confederación", "sindicato", "instituto", "partido", "banco",
  "grupo", "compañía", "fundación", "club", NULL,
};
static const char *const it_openers[] = {
  "federazione", "associazione", "confederazione", "sindacato", "istituto", "partito", "banca",
  "gruppo", "compagnia", "fondazione", "club", NULL,
};
static const char *const pt_openers[] = {
  "federação", "associação", "confederação", "sindicato", "instituto", "partido", "banco", "companhia",
  "fundação", "club", "clube", NULL,
};
static const char *const nl_openers[] = {
  "vereniging", "stichting", "federatie", "bond", "instituut", "partij", "bank", "groep", "club", NULL,
};
static const char *const de_openers[] = {
  "verband", "verein", "gewerkschaft", "stiftung", "institut", "partei", "bank", "gruppe", NULL,
};

static const char *const fr_joins[] = { "et", "ou", NULL };
static const char *const es_joins[] = { "y", "e", "o", NULL };
static const char *const it_joins[] = { "e", "ed", "o", NULL };
static const char *const pt_joins[] = { "e", "ou", NULL };
static const char *const nl_joins[] = { "en", "of", NULL };
static const char *const de_joins[] = { "und", "oder", NULL };

static const char *const fr_articles[] = { "le", "la", "l'", "l’", NULL };
static const char *const es_articles[] = { "el", "la", NULL };
static const char *const it_articles[] = { "il", "la", "lo", "l'", "l’", NULL };
static const char *const pt_articles[] = { "o", "a", NULL };
static const char *const nl_articles[] = { "de", "het", NULL };
static const char *const de_articles[] = { "der", "die", "das", NULL };

static const Kinds languages[] = {
  { "fr", FALSE, FALSE, TRUE, TRUE, fr_heads, fr_openers, fr_joins, fr_articles },
  { "es", FALSE, FALSE, TRUE, TRUE, es_heads, es_openers, es_joins, es_articles },
  { "it", FALSE, FALSE, TRUE, TRUE, it_heads, it_openers, it_joins, it_articles },
  { "pt", FALSE, FALSE, TRUE, TRUE, pt_heads, pt_openers, pt_joins, pt_articles },
  { "nl", TRUE, FALSE, FALSE, FALSE, nl_heads, nl_openers, nl_joins, nl_articles },
  { "de", TRUE, TRUE, FALSE, FALSE, de_heads, de_openers, de_joins, de_articles },
};

static const Kinds *
kinds_of (const PrecisDocument *doc)
{
  return PRECIS_NER_LANGUAGE_ENTRY (doc, languages);
}

static gboolean
is_noun_of (const Kinds *kinds, const PrecisToken *t, const char *const *list, PrecisShape shape)
{
  if (t->shape != shape)
    return FALSE;
  return kinds->compounds ? precis_ner_word_ends_in_list (list, t->lower) : precis_ner_word_in_list (list, t->lower);
}

static gboolean
is_head (const Kinds *kinds, const PrecisToken *t)
{
  return is_noun_of (kinds, t, kinds->heads, kinds->capitalized ? PRECIS_SHAPE_CAPITALIZED : PRECIS_SHAPE_LOWER);
}

/* The same at token `i` of a sentence that opens at token `first`: its
 * first word is capitalized ("Supermarktketen Albert Heijn opent"). */
static gboolean
is_head_at (const Kinds *kinds, const PrecisDocument *doc, guint32 i, guint32 first)
{
  return is_head (kinds, &doc->tokens[i]) ||
         (i == first && !kinds->capitalized && is_noun_of (kinds, &doc->tokens[i], kinds->heads, PRECIS_SHAPE_CAPITALIZED));
}

static gboolean
is_name_word (const PrecisToken *t)
{
  return precis_ner_shape_is_name (t->shape);
}

/* The language's "and" and "or", and a comma: what joins a list's names. */
static gboolean
joins_list (const Kinds *kinds, const PrecisToken *t)
{
  return strcmp (t->lower, ",") == 0 ||
         (t->shape == PRECIS_SHAPE_LOWER && precis_ner_word_in_list (kinds->joins, t->lower));
}

gboolean
precis_ner_follows_kind_noun (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const Kinds *kinds = kinds_of (doc);
  guint32 first = doc->sentences[m->sentence].first_token, i = m->first;

  if (kinds == NULL)
    return FALSE;
  /* Back over the names listed before it ("Tennet und Amprion"), never
   * over the noun itself, which German capitalizes. */
  for (guint items = 0; items < 6 && i > first + 1 && joins_list (kinds, &doc->tokens[i - 1]); items++)
    {
      guint32 j = i - 1;

      if (j > first && strcmp (doc->tokens[j].lower, ",") != 0 && strcmp (doc->tokens[j - 1].lower, ",") == 0)
        j--;
      if (j <= first || !is_name_word (&doc->tokens[j - 1]) || is_head (kinds, &doc->tokens[j - 1]))
        break;
      for (i = j - 1; i > first && is_name_word (&doc->tokens[i - 1]) && !is_head (kinds, &doc->tokens[i - 1]); i--)
        ;
    }
  /* A place written just after the noun is the seat in German and Dutch;
   * a later item of the list is not ("Netzbetreiber Tennet und Amprion"). */
  if (i <= first || (m->type == PRECIS_NER_TYPE_LOC && !kinds->places && i == m->first))
    return FALSE;
  if (is_head_at (kinds, doc, i - 1, first))
    return TRUE;
  /* "le constructeur automobile Renault", "el grupo hotelero Meliá": one or
   * two adjectives after the noun, in the languages that write them so. */
  for (guint32 a = 1; kinds->adjectives && a <= 2 && i - a > first; a++)
    {
      const PrecisToken *adjective = &doc->tokens[i - a];

      if (adjective->shape != PRECIS_SHAPE_LOWER || (adjective->flags & PRECIS_TOKEN_STOPWORD))
        return FALSE;
      if (is_head_at (kinds, doc, i - a - 1, first))
        return TRUE;
    }
  return FALSE;
}

static const char *const fr_indefinites[] = { "un", "une", NULL };
static const char *const es_indefinites[] = { "un", "una", NULL };
static const char *const it_indefinites[] = { "un", "uno", "una", "un'", "un’", NULL };
static const char *const pt_indefinites[] = { "um", "uma", NULL };
static const char *const nl_indefinites[] = { "een", NULL };

static const char *const *
indefinites_of (const Kinds *kinds)
{
  static const struct { const char *language; const char *const *articles; } all[] = {
    { "fr", fr_indefinites }, { "es", es_indefinites }, { "it", it_indefinites }, { "pt", pt_indefinites },
    { "nl", nl_indefinites },
  };

  for (guint k = 0; k < G_N_ELEMENTS (all); k++)
    if (strcmp (kinds->language, all[k].language) == 0)
      return all[k].articles;
  return NULL;
}

/* Whether the tokens from `comma` open an apposition whose noun is a
 * kind of organization: a comma, the article, at most two adjectives
 * and the noun, no name right after it. */
static gboolean
kind_apposition_at (const Kinds *kinds, const PrecisDocument *doc, guint32 comma, guint32 end)
{
  const char *const *indefinites = indefinites_of (kinds);
  guint32 i = comma + 1;

  if (kinds->capitalized || i + 1 >= end || strcmp (doc->tokens[comma].lower, ",") != 0)
    return FALSE;
  if (doc->tokens[i].shape != PRECIS_SHAPE_LOWER ||
      !(precis_ner_word_in_list (kinds->articles, doc->tokens[i].lower) ||
        (indefinites != NULL && precis_ner_word_in_list (indefinites, doc->tokens[i].lower))))
    return FALSE;
  /* Not an apposition that names another ("Bolivia, la petrolera
   * brasileña Petrobras"). */
  for (guint32 k = i + 1; k < end && k <= i + 3; k++)
    {
      const PrecisToken *t = &doc->tokens[k];

      if (is_head (kinds, t))
        return !(k + 1 < end && is_name_word (&doc->tokens[k + 1]));
      if (t->shape != PRECIS_SHAPE_LOWER || (t->flags & PRECIS_TOKEN_STOPWORD))
        return FALSE;
    }
  return FALSE;
}

gboolean
precis_ner_has_kind_apposition (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const Kinds *kinds = kinds_of (doc);
  const PrecisSentence *s = &doc->sentences[m->sentence];

  return kinds != NULL && kind_apposition_at (kinds, doc, m->end, s->first_token + s->n_tokens);
}

void
precis_ner_tag_kind_appositions (const PrecisDocument *doc, guint8 *tags, PrecisNerLowerWords *lower_words)
{
  const Kinds *kinds = kinds_of (doc);

  if (kinds == NULL || kinds->capitalized)
    return;
  for (guint32 s = 0; s < doc->n_sentences; s++)
    {
      guint32 first = doc->sentences[s].first_token, end = first + doc->sentences[s].n_tokens;

      for (guint32 i = first; i + 1 < end; i++)
        {
          const PrecisToken *t = &doc->tokens[i];

          /* One word the tagger left out, after no name ("Inditex, la
           * empresa textil fundada por Amancio Ortega,"). */
          if (tags[i] != 0 || !is_name_word (t) || (t->flags & PRECIS_TOKEN_STOPWORD) ||
              (i > first && is_name_word (&doc->tokens[i - 1])) || !kind_apposition_at (kinds, doc, i + 1, end))
            continue;
          /* A common word's capital ("Además, la empresa"); at a
           * sentence's start only where the model knows the language's
           * lower-case words (not Dutch's). */
          if ((i == first && lower_words->language.n == 0) ||
              precis_ner_lower_words_contains (lower_words, t->lower) ||
              precis_ner_lower_words_in_language (lower_words, doc->text + t->byte_start, t->byte_end - t->byte_start))
            continue;
          tags[i] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_ORG, TRUE);
        }
    }
}

gboolean
precis_ner_opens_with_kind_noun (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const Kinds *kinds = kinds_of (doc);

  return kinds != NULL && m->end - m->first >= 2 &&
         is_noun_of (kinds, &doc->tokens[m->first], kinds->openers, PRECIS_SHAPE_CAPITALIZED);
}

static const char *const de_determiners[] = {
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", NULL,
};

/* Whether the document writes token `i`'s word after an article somewhere. */
static gboolean
follows_article_somewhere (const PrecisDocument *doc, guint32 i)
{
  for (guint32 k = 1; k < doc->n_tokens; k++)
    if (strcmp (doc->tokens[k].lower, doc->tokens[i].lower) == 0 &&
        doc->tokens[k - 1].sentence == doc->tokens[k].sentence &&
        precis_ner_word_in_list (de_determiners, doc->tokens[k - 1].lower))
      return TRUE;
  return FALSE;
}

/* A single name of a list, untagged or a name of one word already (the
 * tagger may read one company of the list and not the other: "Tennet und
 * Amprion", Amprion a place, which the kind noun makes an organization
 * later): capitalized (or initials), not a kind noun itself, and the last
 * of its run. */
static gboolean
is_list_item (const Kinds *kinds, const PrecisDocument *doc, const guint8 *tags, guint32 i, guint32 end)
{
  const PrecisToken *t = &doc->tokens[i];

  return i < end && (tags[i] == 0 || precis_ner_tag_is_begin (tags[i])) &&
         is_name_word (t) && !(t->flags & PRECIS_TOKEN_STOPWORD) &&
         !is_head (kinds, t) && (i + 1 >= end || !is_name_word (&doc->tokens[i + 1]));
}

void
precis_ner_tag_kind_lists (const PrecisDocument *doc, guint8 *tags)
{
  const Kinds *kinds = kinds_of (doc);

  if (kinds == NULL || !kinds->capitalized)
    return;
  for (guint32 s = 0; s < doc->n_sentences; s++)
    {
      guint32 first = doc->sentences[s].first_token, end = first + doc->sentences[s].n_tokens;

      for (guint32 h = first + 1; h + 3 < end; h++)
        {
          guint32 items[6], n = 0, i = h + 1;
          gboolean common = FALSE, untagged = FALSE;

          /* The sentence's subject: a noun after it cannot be the object
           * there ("Die Netzbetreiber Tennet und Amprion begrüßten"), as it
           * can later ("Dafür sparen die Unternehmen Zeit und Geld"). */
          if (h != first + 1 || !precis_ner_word_in_list (de_determiners, doc->tokens[first].lower) ||
              !is_head (kinds, &doc->tokens[h]) || tags[h] != 0)
            continue;
          while (n < G_N_ELEMENTS (items) && is_list_item (kinds, doc, tags, i, end))
            {
              items[n++] = i;
              if (i + 2 >= end || !joins_list (kinds, &doc->tokens[i + 1]))
                break;
              i += 2;
            }
          for (guint k = 0; k < n; k++)
            untagged |= tags[items[k]] == 0;
          if (n < 2 || !untagged)
            continue;
          for (guint k = 0; k < n && !common; k++)
            common = follows_article_somewhere (doc, items[k]);
          for (guint k = 0; k < n && !common; k++)
            tags[items[k]] = precis_ner_tag_make (PRECIS_NER_TYPE_ORG, TRUE);
        }
    }
}

void
precis_ner_split_kind_lists (const PrecisDocument *doc, GArray *mentions)
{
  const Kinds *kinds = kinds_of (doc);

  if (kinds == NULL || kinds->capitalized)
    return;
  for (guint k = 0; k < mentions->len; k++)
    {
      PrecisNerMention *m = &g_array_index (mentions, PrecisNerMention, k);
      PrecisNerMention rest;
      guint32 join = m->first + 1;

      if (m->type == PRECIS_NER_TYPE_PER || m->end - m->first < 3 ||
          !precis_ner_follows_kind_noun (doc, m))
        continue;
      while (join + 1 < m->end && !(doc->tokens[join].shape == PRECIS_SHAPE_LOWER && joins_list (kinds, &doc->tokens[join])))
        join++;
      if (join + 1 >= m->end || !is_name_word (&doc->tokens[join - 1]) || !is_name_word (&doc->tokens[join + 1]))
        continue;
      /* "I sindacati Fiom e Fim-Cisl": two names; the next iteration
       * splits the rest again ("Fiom, Fim e Uilm" is cut at "e" only). */
      rest = *m;
      rest.first = join + 1;
      m->end = join;
      g_array_insert_val (mentions, k + 1, rest);
    }
}

/* Whether sentence `s` opens with the article and a noun of a kind of
 * organization ("Le constructeur européen prévoit", "La eléctrica ganó"). */
static gboolean
opens_with_kind (const Kinds *kinds, const PrecisDocument *doc, guint32 s)
{
  const PrecisSentence *sentence = &doc->sentences[s];
  guint32 f = sentence->first_token;

  return sentence->n_tokens >= 3 && doc->tokens[f].shape == PRECIS_SHAPE_CAPITALIZED &&
         precis_ner_word_in_list (kinds->articles, doc->tokens[f].lower) && is_head (kinds, &doc->tokens[f + 1]);
}

void
precis_ner_tag_kind_anaphora (const PrecisDocument *doc, guint8 *tags, PrecisNerLowerWords *lower_words)
{
  const Kinds *kinds = kinds_of (doc);

  if (kinds == NULL || kinds->capitalized)
    return;
  for (guint32 s = 0; s + 1 < doc->n_sentences; s++)
    {
      const PrecisSentence *sentence = &doc->sentences[s];
      guint32 f = sentence->first_token;
      const PrecisToken *t = &doc->tokens[f];

      if (sentence->n_tokens < 3 || !is_name_word (t) || (t->flags & PRECIS_TOKEN_STOPWORD) ||
          doc->tokens[f + 1].shape != PRECIS_SHAPE_LOWER || !opens_with_kind (kinds, doc, s + 1))
        continue;
      /* One word read as a person's name, or untagged where the language's
       * model knows its lower-case words: without them an adverb or a
       * preposition opening the sentence looks the same ("Según fuentes",
       * "Bovendien is"). */
      if (tags[f] == 0 ? lower_words->language.n == 0
                       : precis_ner_tag_type (tags[f]) != PRECIS_NER_TYPE_PER || tags[f + 1] != 0)
        continue;
      /* A common word's capital ("Plusieurs", "Ayer"). */
      if (precis_ner_lower_words_contains (lower_words, t->lower) ||
          precis_ner_lower_words_in_language (lower_words, doc->text + t->byte_start, t->byte_end - t->byte_start))
        continue;
      tags[f] = (guint8) precis_ner_tag_make (PRECIS_NER_TYPE_ORG, TRUE);
    }
}
