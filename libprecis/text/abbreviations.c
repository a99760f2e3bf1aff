/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "abbreviations.h"

#include <string.h>

typedef struct {
  const char *language;
  const char *const *titles;  /* before a name */
  const char *const *others;  /* may end a sentence */
} Abbreviations;

/* From the style guides of the news agencies (dpa, EFE, AFP, ANSA, ANP,
 * Lusa, TT) as far as their text shows them. */
static const char *const de_titles[] = {
  "Hr", "Hrn", "Dr", "Prof", "Dipl", "Ing", "Frl", "Pfr", "Sr",
  /* A sports club's kind before its town: "Spvgg. Hochheim" (Spielvereinigung). */
  "Spvgg", NULL,
};
static const char *const de_others[] = {
  "Mrd", "Mio", "Tsd", "Nr", "bzw", "ca", "vgl", "ggf", "usw", "etc", "inkl", "exkl", "evtl", "sog",
  "Str", "Tel", "Jh", "Jhd", "Abs", "Art", "Bd", "Hrsg", "zzgl", "geb", "gest", "Fr", "Mo", "Di",
  "Mi", "Do", "Sa", "So", "Jan", "Feb", "Apr", "Aug", "Sept", "Sep", "Okt", "Nov", "Dez", "bspw",
  "insb", "max", "min", "Mill", "Std", "Min", "Bzw", "engl", "franz", "ehem", "stellv", "Kap", NULL,
};
static const char *const es_titles[] = {
  "Sr", "Sra", "Srta", "Sres", "Dña", "Dr", "Dra", "Excmo", "Excma", "Ilmo", "Ilma", "Gral", "Lic",
  "Ing", "Mons", "Sto", "Sta", "Fray",
  /* Sports copy: clubs ("At. Madrid", "Dep. Coruña", "FC. Barcelona", "BM. Granollers"). */
  "At", "Dep", "Rac", "Sp", "FC", "CF", "CD", "UD", "BM", NULL,
};
static const char *const es_others[] = {
  "Ud", "Uds", "Vd", "pág", "págs", "núm", "art", "etc", "aprox", "EE", "UU", "Cía", "dcha", "izq",
  "Avda", "tel", "ene", "feb", "abr", "ago", "sept", "oct", "nov", "dic", "mill", "Km", "pta", NULL,
};
static const char *const fr_titles[] = { "MM", "Mme", "Mmes", "Mlle", "Mlles", "Mgr", "Me", "Dr", "Pr", "St", "Ste", NULL };
static const char *const fr_others[] = {
  "av", "env", "etc", "cf", "art", "boul", "bd", "janv", "févr", "avr", "juil", "sept", "oct", "nov",
  "déc", "p", "vol", "chap", "éd", "hab", "min", "max", "tél", NULL,
};
static const char *const it_titles[] = {
  "sig", "sigg", "dott", "dr", "prof", "avv", "ing", "on", "sen", "gen", "mons", "geom", "rag", "arch",
  "cav", "comm", "col", "magg", "sac", "fra", "S", NULL,
};
static const char *const it_others[] = {
  "ecc", "pag", "art", "ca", "cfr", "mln", "mld", "mrd", "n", "tel", "gen", "feb", "apr", "giu",
  "lug", "ago", "sett", "ott", "nov", "dic", "es", "vol", NULL,
};
static const char *const nl_titles[] = { "dhr", "mevr", "mr", "drs", "ir", "ing", "prof", "dr", "mgr", "St", NULL };
static const char *const nl_others[] = {
  "bijv", "blz", "nr", "ca", "enz", "mln", "mld", "jl", "resp", "zgn", "o", "a", "evt", "incl",
  "excl", "jan", "feb", "apr", "aug", "sept", "okt", "nov", "dec", "min", "max", "tel", NULL,
};
static const char *const pt_titles[] = { "Sr", "Sra", "Srs", "Dr", "Dra", "Prof", "Profa", "Eng", "Exmo", "Exma", "D", "Sto", "Sta", NULL };
static const char *const pt_others[] = {
  "pág", "págs", "etc", "aprox", "Av", "Lda", "Ltda", "Cia", "art", "tel", "jan", "fev", "abr",
  "mai", "jun", "jul", "ago", "set", "out", "nov", "dez", "n", "nº", NULL,
};
static const char *const sv_titles[] = { "prof", "dr", "doc", "kand", NULL };
static const char *const sv_others[] = {
  "kl", "ca", "milj", "mdr", "resp", "nr", "dvs", "osv", "tel", "jfr", "bl", "ang", "enl", "fr",
  "tom", "inkl", "exkl", "jan", "febr", "aug", "sept", "okt", "nov", "dec", "kr", "st", NULL,
};

static const Abbreviations languages[] = {
  { "de", de_titles, de_others },
  { "es", es_titles, es_others },
  { "fr", fr_titles, fr_others },
  { "it", it_titles, it_others },
  { "nl", nl_titles, nl_others },
  { "pt", pt_titles, pt_others },
  { "sv", sv_titles, sv_others },
};

static gboolean
in_list (const char *const *list, const char *word, gsize length)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (strlen (list[i]) == length && g_ascii_strncasecmp (list[i], word, length) == 0)
      return TRUE;
  return FALSE;
}

PrecisTokenKind
precis_abbreviation_kind (const char *language, const char *word, gsize length)
{
  if (language == NULL || strcmp (language, "en") == 0 || length == 0 || length > 8)
    return PRECIS_KIND_WORD;
  /* A lone lower-case letter with a period is a part of an abbreviation
   * ("z. B.", "u. a.", "o. a."), in every language but English. */
  if (length == 1 && g_ascii_islower (word[0]))
    return PRECIS_KIND_ABBREV;
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (strcmp (languages[i].language, language) == 0)
      {
        if (in_list (languages[i].titles, word, length))
          return PRECIS_KIND_TITLE_ABBREV;
        if (in_list (languages[i].others, word, length))
          return PRECIS_KIND_ABBREV;
        break;
      }
  return PRECIS_KIND_WORD;
}

/* Capitalized words that start sentences, besides stop words: after an
 * abbreviation that may end a sentence, they tell "in the U.S. However,"
 * from "the U.S. Senate". */
static const char *const starters[] = {
  "however", "meanwhile", "still", "yet", "also", "now", "later", "earlier", "last",
  "according", "despite", "although", "though", "since", "many", "several", "another",
  "even", "instead", "indeed", "thus", "therefore", "yesterday", "today", "officials",
  "one", "two", "three", "in", "it", NULL,
};

gboolean
precis_abbreviation_is_starter (const char *lower)
{
  for (guint i = 0; starters[i] != NULL; i++)
    if (strcmp (starters[i], lower) == 0)
      return TRUE;
  return FALSE;
}
