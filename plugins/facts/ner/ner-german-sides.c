/* ner-german-sides.c — the sides a German sports report names.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * German sport names a club by its town as often as by its name
 * ("Leverkusen", "Schalke", "Monaco über Nimes"), and the tagger, whose
 * German text is mostly Wikipedia's, reads the town: CoNLL-2003 German
 * dev gave 42 organizations as places, most of them clubs so named.
 * ner-sides.c reads English reports by their words in lower case; German
 * writes its nouns capitalized ("Tabellenführer", "Trainer"), so its
 * words of sport are asked as nouns here, in both spellings a German
 * text has ("Stürmer" and, copied through ASCII, "Strmer").  In a report
 * that writes enough of them, the words that go with a side and not with
 * a town make the name a club: "gegen Metz", "Aufsteiger Racing
 * Straßburg", "Bochums Trainer", "Marseille folgt", "zwischen X und Y".
 * A town stays one after "in", "nach", "aus" (ner-entities.c's
 * split_places), and a nation's side stays the nation.
 */
#include "ner-german-sides.h"

#include "ner-teams.h"
#include "ner-word-set.h"
#include "ner-word.h"

#include <string.h>

/* A list of words in lower case and as their ASCII letters only
 * ("Stürmer" → "strmer"),
 * made once from the list as German writes it: a copy of the text that
 * lost its umlauts and "ß" writes them so (CoNLL-2003's German copy). */
typedef struct {
  gsize ready;
  const char **words;
  PrecisNerWordSet set;
} AsciiList;

/* The lists made, freed when the plugin is unloaded, as ner-word-set.c
 * frees its sets: once the module is gone nothing points at them (a host
 * that loads and unloads the plugin would leak them every time). */
G_LOCK_DEFINE_STATIC (made);
static GSList *made;

static void __attribute__ ((destructor))
free_lists (void)
{
  for (GSList *l = made; l != NULL; l = l->next)
    {
      AsciiList *list = l->data;

      g_strfreev ((char **) list->words);
      list->words = NULL;
      list->ready = 0;
    }
  g_slist_free (made);
  made = NULL;
}

static gboolean
ascii_list_contains (AsciiList *l, const char *const *list, const char *ascii)
{
  if (g_once_init_enter (&l->ready))
    {
      guint n = g_strv_length ((char **) list);
      const char **words = g_new0 (const char *, n + 1);

      for (guint i = 0; i < n; i++)
        {
          char *w = g_utf8_strdown (list[i], -1);

          w[precis_ner_word_ascii (w, strlen (w))] = '\0';
          words[i] = w;
        }
      l->words = words;
      G_LOCK (made);
      made = g_slist_prepend (made, l);
      G_UNLOCK (made);
      g_once_init_leave (&l->ready, 1);
    }
  return precis_ner_word_set_contains (&l->set, l->words, ascii);
}

/* Token `i`'s lower form, its ASCII letters only, in `word`; FALSE for a
 * word too long for it. */
static gboolean
ascii_word (const PrecisDocument *doc, guint32 i, char word[PRECIS_NER_WORD_MAX])
{
  const char *lower = doc->tokens[i].lower;
  gsize len = strlen (lower);

  if (len >= PRECIS_NER_WORD_MAX)
    return FALSE;
  memcpy (word, lower, len);
  word[precis_ner_word_ascii (word, len)] = '\0';
  return TRUE;
}

/* Whether token `i` lies in [first, end) and is one of `list` (by its
 * ASCII letters), capitalized as a noun is or in lower case as `lower`
 * asks. */
static gboolean
is_listed (const PrecisDocument *doc, guint32 i, guint32 first, guint32 end, AsciiList *l, const char *const *list,
           gboolean lower)
{
  char word[PRECIS_NER_WORD_MAX];
  guint8 shape;

  if (i < first || i >= end)
    return FALSE;
  shape = doc->tokens[i].shape;
  if (lower ? shape != PRECIS_SHAPE_LOWER : shape != PRECIS_SHAPE_CAPITALIZED)
    return FALSE;
  return ascii_word (doc, i, word) && ascii_list_contains (l, list, word);
}

/* Nouns only sport writes, at least three of them in a report (or two and
 * a score, "2:1"): its people and posts, its competitions, its tables and
 * its match.  Not "Sieg", "Spiel", "Mannschaft", "Saison", "Punkte",
 * "Meister" or "Pokal", which politics, business and the arts write too
 * ("Wahlsieg", "die Mannschaft des Kanzlers", "Punkte eines Programms"). */
static const char *const sports_nouns[] = {
  "Tor", "Tore", "Toren", "Torschütze", "Torschützen", "Torjäger", "Torwart", "Torhüter", "Treffer",
  "Trainer", "Spieltag", "Spieltages", "Spieltags", "Bundesliga", "Oberliga", "Landesliga", "Bezirksliga",
  "Bezirksoberliga", "Kreisliga", "Regionalliga", "Verbandsliga", "Tabelle", "Tabellenführer",
  "Tabellenplatz", "Tabellenrang", "Spitzenreiter", "Elfmeter", "Strafstoß", "Libero", "Stürmer",
  "Mittelfeld", "Halbzeit", "Schiedsrichter", "Aufsteiger", "Absteiger", "Unentschieden", "Heimspiel",
  "Auswärtsspiel", "Heimsieg", "Auswärtssieg", "Heimniederlage", "Fußball", "Fußballer", "Anpfiff",
  "Abpfiff", "Rückrunde", "Vorrunde", "Hinrunde", "Verlängerung", "Platzverweis", "Eckball", "Abseits",
  "Pokalspiel", "Pokalrunde", "Titelverteidiger", "Pokalsieger", "Spielertrainer", "Mittelstürmer",
  "Verteidiger", "Stadion", "Saisonauftakt", "Punktspiel", "Ausgleich", "Ausgleichstreffer",
  "Führungstreffer", "Gegentor", "Gegentreffer", "Trainerin", "Nationalspieler", "Nationalmannschaft",
  "Nationaltrainer", "Elfmeterschießen", "Bundesligist", "Bundesligisten", "Zweitligist", "Erstligist",
  "Oberligist", "Oberligisten", "Landesligist", "Landesligisten", "Bezirksligist", "Bezirksligisten",
  "Kreisligist", "Regionalligist", NULL,
};
static AsciiList sports_nouns_list;

/* How many of the sports nouns a report writes, at most `enough`. */
static guint
count_sports_nouns (const PrecisDocument *doc, guint enough)
{
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint32 i = 0; i < doc->n_tokens && g_hash_table_size (seen) < enough; i++)
    {
      char word[PRECIS_NER_WORD_MAX];
      const char *tail;

      if (doc->tokens[i].shape != PRECIS_SHAPE_CAPITALIZED || !ascii_word (doc, i, word))
        continue;
      /* "Fußball-Bundesliga", "Handball-Bezirksligist": the compound's
       * last noun. */
      tail = strrchr (word, '-');
      tail = tail != NULL ? tail + 1 : word;
      if (ascii_list_contains (&sports_nouns_list, sports_nouns, tail))
        g_hash_table_add (seen, g_strdup (tail));
    }
  return g_hash_table_size (seen);
}

static gboolean
has_score (const PrecisDocument *doc)
{
  for (guint32 i = 0; i < doc->n_tokens; i++)
    if (precis_ner_token_score (doc, i, ":", NULL, NULL))
      return TRUE;
  return FALSE;
}

gboolean
precis_ner_is_german_sports_report (const PrecisDocument *doc)
{
  guint found;

  if (!precis_ner_reads_as_german (doc))
    return FALSE;
  found = count_sports_nouns (doc, 3);
  return found >= 3 || (found == 2 && has_score (doc));
}

/* ___ X: the nouns of a side in a table, a season or a cup ("Meister
 * Leeds", "Aufsteiger Racing Straßburg", "Spitzenreiter Nürnberg",
 * "Pokalverteidiger Hannover 96"). */
static const char *const side_descriptors[] = {
  "Meister", "Meisters", "Vizemeister", "Ex-Meister", "Titelverteidiger", "Pokalsieger", "Pokalverteidiger",
  "Spitzenreiter", "Tabellenführer", "Tabellenletzter", "Tabellenletzten", "Tabellenzweiter",
  "Tabellendritter", "Schlußlicht", "Schlusslicht", "Aufsteiger", "Absteiger", "Neuling", "Gastgeber",
  "Gegner", "Verfolger", "Rivalen", "Lokalrivalen", "Titelfavorit", "Klub", "Verein", "Erstligist",
  "Zweitligist", "Bundesligist", "Bundesligisten", "Oberligist", "Oberligisten", "Landesligist",
  "Landesligisten", "Bezirksligist", "Bezirksligisten", "Kreisligist", "Regionalligist",
  "Verbandsligist", "Ex-Oberligist", "Bezirksoberligist", "Bezirksoberligisten", NULL,
};
static AsciiList side_descriptors_list;

/* ___ von X, X's ___ ("Trainer von Schalke", "Bochums Trainer",
 * "Kaiserslauterns Kapitän", "die Profis von Eintracht Frankfurt"): a
 * side's people. */
static const char *const side_people[] = {
  "Trainer", "Coach", "Kapitän", "Präsident", "Manager", "Torjäger", "Torhüter", "Torwart", "Keeper",
  "Libero", "Spielmacher", "Stürmer", "Abwehr", "Elf", "Mannschaft", "Team", "Fans", "Anhänger", "Profis",
  "Amateure", "Amateuren", "Spieler", "Mittelfeld", "Vorsprung", "Niederlage", "Sieg", NULL,
};
static AsciiList side_people_list;

/* X ___: what a side does in a report, the verb after it as the clause's
 * first word ("Marseille folgt mit einem Punkt Rückstand", "Leverkusen
 * gewann 2:0"). */
static const char *const side_verbs[] = {
  "gewann", "gewinnt", "siegte", "siegt", "verlor", "verliert", "unterlag", "unterliegt", "führt",
  "führte", "folgt", "folgte", "spielte", "spielt", "schlug", "besiegte", "bezwang", "trennte", "trennt",
  "kassierte", "empfängt", "empfing", "trifft", "traf", "holte", NULL,
};
static AsciiList side_verbs_list;

/* Whether token `i` lies in [first, end) and is `word`, as written. */
static gboolean
is_word (const PrecisDocument *doc, guint32 i, guint32 first, guint32 end, const char *word)
{
  return i >= first && i < end && precis_ner_token_is (doc, i, word);
}

/* How far from a side its score is looked for, in tokens: "3:1 von
 * Monaco über Nimes", "mit 6:0 beim Pokalsieger VfB Lübeck". */
#define SCORE_WINDOW 8

static gboolean
score_near (const PrecisDocument *doc, const PrecisNerMention *m, guint32 first, guint32 end)
{
  guint32 from = m->first > first + SCORE_WINDOW ? m->first - SCORE_WINDOW : first;
  guint32 to = MIN (end, m->end + SCORE_WINDOW);

  for (guint32 i = from; i < to; i++)
    if (precis_ner_token_score (doc, i, ":", NULL, NULL))
      return TRUE;
  return FALSE;
}

/* "3:1 von Monaco über Nimes": the words between a score and its sides. */
static const char *const result_links[] = { "von", "über", "gegen", NULL };
static AsciiList result_links_list;

/* Whether the token before token `i` is a score, or a bracket that
 * closes one ("3:1 ( 3:1 ) von"), or another side and its link ("3:1
 * von Monaco über"). */
static gboolean
follows_score (const PrecisDocument *doc, guint32 i, guint32 first)
{
  guint32 k = i;

  if (k > first && precis_ner_token_is (doc, k - 1, ")"))
    for (guint32 stop = k > first + 4 ? k - 4 : first; k > stop && !precis_ner_token_is (doc, k - 1, "("); k--)
      ;
  if (k > first && precis_ner_token_is (doc, k - 1, "("))
    k--;
  /* The other side of "von Monaco über": its name and its link. */
  if (k == i && k > first + 1 && precis_ner_shape_is_name (doc->tokens[k - 1].shape) &&
      is_listed (doc, k - 2, first, i, &result_links_list, result_links, TRUE))
    return follows_score (doc, k - 2, first);
  return k > first && precis_ner_token_score (doc, k - 1, ":", NULL, NULL);
}

/* The words before `m` that make it a side. */
static gboolean
side_before (const PrecisDocument *doc, const PrecisNerMention *m, guint32 first, guint32 end)
{
  static const char *const at[] = { "bei", "beim", NULL };
  static AsciiList at_list;
  guint32 i = m->first;

  if (i <= first)
    return FALSE;
  /* "gegen Metz", "chancenlos gegen Düsseldorf", "gegen den FC Dundee". */
  if (is_word (doc, i - 1, first, end, "gegen") ||
      (is_word (doc, i - 2, first, end, "gegen") && is_word (doc, i - 1, first, end, "den")))
    return TRUE;
  /* "Aufsteiger Racing Straßburg", "Meister Leeds United". */
  if (is_listed (doc, i - 1, first, end, &side_descriptors_list, side_descriptors, FALSE))
    return TRUE;
  /* "zwischen Bayer Leverkusen und dem 1. FC Kaiserslautern". */
  if (is_word (doc, i - 1, first, end, "zwischen"))
    return TRUE;
  /* "Trainer von Schalke", "die Amateure von Borussia Neunkirchen". */
  if (is_word (doc, i - 1, first, end, "von") &&
      is_listed (doc, i - 2, first, end, &side_people_list, side_people, FALSE))
    return TRUE;
  /* "1:4 bei Middlesbrough", "mit 6:0 beim Pokalsieger": a result's
   * side, a score near. */
  if (is_listed (doc, i - 1, first, end, &at_list, at, TRUE) && score_near (doc, m, first, end))
    return TRUE;
  /* "3:1 ( 3:1 ) von Monaco über Nimes": the sides of a score just
   * before; not "Treffer von Labbadia / München - Kaiserslautern 1:0",
   * whose score is a line's. */
  return is_listed (doc, i - 1, first, end, &result_links_list, result_links, TRUE) && follows_score (doc, i - 1, first);
}

/* The words after `m` that make it a side. */
static gboolean
side_after (const PrecisDocument *doc, const PrecisNerMention *m, guint32 first, guint32 end)
{
  const PrecisToken *last = &doc->tokens[m->end - 1];
  guint32 next = m->end;

  /* "Bochums Trainer", "Schalkes Präsident". */
  if (last->lower[0] != '\0' && last->lower[strlen (last->lower) - 1] == 's' &&
      is_listed (doc, next, first, end, &side_people_list, side_people, FALSE))
    return TRUE;
  /* "Montpellier ( 3:0 gegen Lille )". */
  if (is_word (doc, next, first, end, "(") && next + 1 < end && precis_ner_token_score (doc, next + 1, ":", NULL, NULL))
    return TRUE;
  /* "Marseille folgt mit einem Punkt Rückstand", "und Celtic verlor". */
  return (m->first == first || doc->tokens[m->first - 1].shape == PRECIS_SHAPE_PUNCT ||
          is_word (doc, m->first - 1, first, end, "und")) &&
         is_listed (doc, next, first, end, &side_verbs_list, side_verbs, TRUE);
}

gboolean
precis_ner_is_german_report_side (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];
  guint32 first = s->first_token, end = first + s->n_tokens;

  return side_before (doc, m, first, end) || side_after (doc, m, first, end);
}
