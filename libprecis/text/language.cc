/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* C++ only because CLD2's API is C++; everything precis sees is the C
 * interface of language.h. */
#include <cstdio>   /* compact_lang_det.h uses FILE without including it */
#include <cstring>
#include <string>
#include <vector>

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

extern "C" {
#include "language.h"
#include "stopwords.h"
}

namespace {

/* CLD2 costs about 270 instructions a byte, as much as the rest of the
 * pipeline on a whole article: three windows of the text (start, middle,
 * end), as long together as a short news paragraph, tell the language as
 * well (EVALUATION.md) and still see a text that changes language
 * half-way. */
constexpr gsize kWindow = 256;

/* A second language with this share of the text makes it mixed. */
constexpr int kMixedPercent = 40;

/* The byte where a window may start or end: after a space or at a UTF-8
 * character boundary, never inside a character. */
gsize
boundary (const char *text, gsize length, gsize pos)
{
  gsize p = pos;

  if (p >= length)
    return length;
  while (p < length && p < pos + 32 && text[p] != ' ' && text[p] != '\n')
    p++;
  if (p == length || p == pos + 32)
    p = pos;
  while (p < length && (static_cast<guchar> (text[p]) & 0xC0) == 0x80)
    p++;
  return p;
}

std::string
sample (const char *text, gsize length)
{
  std::string out;

  if (length <= 3 * kWindow)
    return std::string (text, length);
  for (gsize start : { gsize (0), length / 2 - kWindow / 2, length - kWindow })
    {
      gsize from = boundary (text, length, start);
      gsize to = boundary (text, length, start + kWindow);

      out.append (text + from, to - from);
      out.push_back ('\n');
    }
  return out;
}

/* CLD2 reads no text holding a control character ("\u0096", a dash of
 * Windows-1252 decoded as Latin-1; a stray "\x01"): it answers Unknown at
 * once.  They are spaces to it now. */
void
controls_to_spaces (std::string &text)
{
  for (gsize i = 0; i < text.size (); i++)
    {
      guchar c = static_cast<guchar> (text[i]);

      if ((c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7f)
        text[i] = ' ';
      /* U+0080..U+009F: 0xC2 then 0x80..0x9F. */
      else if (c == 0xc2 && i + 1 < text.size () && static_cast<guchar> (text[i + 1]) >= 0x80 &&
               static_cast<guchar> (text[i + 1]) <= 0x9f)
        {
          text[i] = ' ';
          text[i + 1] = ' ';
        }
    }
}

/* Results tables, line-ups and fixtures are names and numbers ("Rapid
 * Bucharest 0 Steaua Bucharest 2"), and names belong to every language: CLD2
 * reads an English table of Romanian clubs or Italian riders as Romanian or
 * Italian (issue 14).  The few words between the names ("played", "goals
 * for", "seconds behind") are the text's own.  Text where fewer than
 * kProsePercent of the letters of cased scripts are in words that start in
 * lower case is told by those words alone; scripts without case never are.
 * In the paragraphs of EVALUATION.md, 99 % of the English ones have 50 % or
 * more, the tables that were misread 13-35 %; German capitalizes its nouns
 * (a quarter of its paragraphs fall below 40 %), and its lower-case words
 * alone still say German. */
constexpr gsize kProsePercent = 40;

/* Lower-case words with fewer letters than this are too few to tell a
 * language: the whole text decides, as before. */
constexpr gsize kMinProseLetters = 40;

/* Whether `text` is mostly names and numbers; if so `prose` gets its words
 * that start in lower case, and `prose_letters` their letters. */
bool
names_and_numbers (const std::string &text, std::string *prose, gsize *prose_letters)
{
  const char *p = text.c_str ();
  const char *end = p + text.size ();
  gsize letters = 0, cased = 0, lower = 0;

  prose->clear ();
  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);
      const char *word = p;
      gsize n = 0;
      bool is_lower, is_cased;

      if (!g_unichar_isalpha (c))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      is_lower = g_unichar_islower (c);
      is_cased = is_lower || g_unichar_isupper (c) || g_unichar_istitle (c);
      for (; p < end && g_unichar_isalpha (g_utf8_get_char (p)); p = g_utf8_next_char (p))
        n++;
      letters += n;
      cased += is_cased ? n : 0;
      if (is_lower)
        {
          lower += n;
          prose->append (word, static_cast<gsize> (p - word));
          prose->push_back (' ');
        }
    }
  *prose_letters = lower;
  return cased > 0 && 2 * cased >= letters && 100 * lower < kProsePercent * cased;
}

/* CLD2 says "zh-Hant", "iw", "jw": precis says "zh", "he", "jv". */
const char *
code_of (CLD2::Language language)
{
  static const struct {
    const char *cld2, *iso;
  } renamed[] = {
    { "zh-Hant", "zh" }, { "iw", "he" }, { "jw", "jv" }, { "sr-ME", "sr" },
  };
  const char *code;

  if (language == CLD2::UNKNOWN_LANGUAGE || language == CLD2::TG_UNKNOWN_LANGUAGE)
    return PRECIS_LANGUAGE_UNDETERMINED;
  code = CLD2::LanguageCode (language);
  for (const auto &r : renamed)
    if (std::strcmp (code, r.cld2) == 0)
      return r.iso;
  /* CLD2's codes outside ISO 639 ("xx-Qaai", "zzb") are no language. */
  if (std::strchr (code, '-') != nullptr || std::strlen (code) > 3)
    return PRECIS_LANGUAGE_UNDETERMINED;
  return code;
}

CLD2::Language
language_of (const char *tag)
{
  char primary[8];
  gsize n;

  if (tag == nullptr)
    return CLD2::UNKNOWN_LANGUAGE;
  n = std::strcspn (tag, "-_.@");
  if (n == 0 || n >= sizeof primary)
    return CLD2::UNKNOWN_LANGUAGE;
  for (gsize i = 0; i < n; i++)
    primary[i] = g_ascii_tolower (tag[i]);
  primary[n] = '\0';
  if (std::strcmp (primary, "he") == 0)
    return CLD2::HEBREW;
  if (std::strcmp (primary, "jv") == 0)
    return CLD2::JAVANESE;
  return CLD2::GetLanguageFromName (primary);
}

/* Calls `fn` with each word of `text`, case-folded. */
template <typename Fn>
void
for_each_word (const std::string &text, Fn fn)
{
  const char *p = text.c_str (), *end = p + text.size ();

  while (p < end)
    {
      const char *word = p;

      while (p < end && g_unichar_isalpha (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p > word && p - word < 16)
        {
          char *lower = g_utf8_strdown (word, p - word);

          fn (lower);
          g_free (lower);
        }
      if (p == word)
        p = g_utf8_next_char (p);
    }
}

/* Spanish, Catalan and Galician: CLD2 reads Spanish news from Catalonia
 * and Galicia as Catalan or Galician when names of places and people
 * ("Generalitat", "Josep Lluís", "A Coruña") outweigh its words, even
 * with Spanish ahead in its own byte count.  Their function words tell
 * them apart: each list holds the frequent words the other two do not
 * share (or rarely use), so names never count. */
struct Neighbour {
  CLD2::Language language;
  const char *const *words;
};

const char *const spanish_words[] = {
  "el", "los", "las", "del", "y", "con", "por", "para", "pero", "su", "sus", "una", "al",
  "hoy", "más", "muy", "ya", "también", "fue", "han", "como", "este", "esta", "sobre", nullptr,
};
const char *const catalan_words[] = {
  "els", "les", "dels", "pels", "i", "amb", "per", "però", "seu", "seva", "avui", "més",
  "molt", "també", "aquest", "aquesta", "són", "hi", nullptr,
};
const char *const galician_words[] = {
  "o", "os", "do", "dos", "das", "e", "non", "unha", "coa", "polo", "pola", "hoxe", "máis",
  "moi", "xa", "ao", "á", "tamén", "súa", "este", nullptr,
};

const Neighbour neighbours[] = {
  { CLD2::SPANISH, spanish_words },
  { CLD2::CATALAN, catalan_words },
  { CLD2::GALICIAN, galician_words },
};

int
neighbour_index (CLD2::Language language)
{
  for (gsize i = 0; i < G_N_ELEMENTS (neighbours); i++)
    if (neighbours[i].language == language)
      return static_cast<int> (i);
  return -1;
}

/* How many of `text`'s words are in each neighbour's list. */
void
count_function_words (const std::string &text, int counts[G_N_ELEMENTS (neighbours)])
{
  for (gsize i = 0; i < G_N_ELEMENTS (neighbours); i++)
    counts[i] = 0;
  for_each_word (text, [&] (const char *lower) {
    for (gsize i = 0; i < G_N_ELEMENTS (neighbours); i++)
      for (const char *const *w = neighbours[i].words; *w != nullptr; w++)
        if (std::strcmp (lower, *w) == 0)
          counts[i]++;
  });
}

/* Settles what CLD2 says between Spanish, Catalan and Galician: its top
 * language by bytes when that is one of them and its summary picked
 * another language with fewer bytes ("ca" or "ro" for Spanish news with
 * Catalan or Romanian names: 11 of the 50 Spanish errors of the langid
 * evaluation, and no other language's answer changes), then
 * the function words when they speak clearly (at least four of one
 * language, twice as many as of either other; `*clear` says so).  Any
 * other answer is left as it is. */
CLD2::Language
settle_neighbours (const std::string &text, CLD2::Language language,
                   const CLD2::Language top3[3], const int percent3[3], bool *clear)
{
  int counts[G_N_ELEMENTS (neighbours)], best = -1;

  *clear = false;
  for (int i = 1; i < 3; i++)
    if (top3[i] == language && neighbour_index (top3[0]) >= 0 && percent3[0] > percent3[i])
      language = top3[0];
  if (neighbour_index (language) < 0)
    return language;
  count_function_words (text, counts);
  for (int i = 0; i < static_cast<int> (G_N_ELEMENTS (neighbours)); i++)
    if (best < 0 || counts[i] > counts[best])
      best = i;
  for (int i = 0; i < static_cast<int> (G_N_ELEMENTS (neighbours)); i++)
    if (i != best && counts[best] < 2 * counts[i])
      return language;
  *clear = counts[best] >= 4;
  return *clear ? neighbours[best].language : language;
}

/* Whether the second language CLD2 sees in the text is written there, or
 * only named: Spanish news about "Horst Koehler" and "Jones y Savage" has
 * English bytes but no English function words.  A second language counts
 * when its own stop words (those not also the first's) are at least a
 * quarter as many as the first's own; without both lists it counts. */
bool
second_is_written (const std::string &text, CLD2::Language first, CLD2::Language second)
{
  const PrecisStopwords *a = precis_stopwords_get (CLD2::LanguageCode (first));
  const PrecisStopwords *b = precis_stopwords_get (CLD2::LanguageCode (second));
  int only_a = 0, only_b = 0;

  if (a == nullptr || b == nullptr)
    return true;
  for_each_word (text, [&] (const char *lower) {
    gboolean in_a = precis_stopwords_contains (a, lower), in_b = precis_stopwords_contains (b, lower);

    only_a += in_a && !in_b;
    only_b += in_b && !in_a;
  });
  return 4 * only_b >= only_a;
}

/* CLD2 drops a language it scores as unreliable, and short clear text can
 * score so ("El FC Barcelona se ha proclamado por séptima vez en su
 * historia ganador de la Liga Asobal...": es 61, ca 56, Unknown): then
 * the text's function words speak, when they speak clearly, at least
 * kMinVoteWords words of one Snowball stop list and half as many again
 * as of any other.  Names and numbers never get here (too few words). */
constexpr int kMinVoteWords = 4;
const char *const vote_languages[] = {
  "da", "de", "en", "es", "fi", "fr", "hu", "id", "it", "nl", "no", "pt", "ro", "ru", "sv", nullptr,
};

/* How many of `text`'s words are in each vote language's stop list. */
void
count_stop_words (const std::string &text, int counts[G_N_ELEMENTS (vote_languages)])
{
  const PrecisStopwords *lists[G_N_ELEMENTS (vote_languages)];

  for (gsize i = 0; vote_languages[i] != nullptr; i++)
    {
      lists[i] = precis_stopwords_get (vote_languages[i]);
      counts[i] = 0;
    }
  for_each_word (text, [&] (const char *lower) {
    for (gsize i = 0; vote_languages[i] != nullptr; i++)
      counts[i] += lists[i] != nullptr && precis_stopwords_contains (lists[i], lower);
  });
}

CLD2::Language
function_word_vote (const std::string &text)
{
  int counts[G_N_ELEMENTS (vote_languages)];
  int best = -1, second = 0;

  count_stop_words (text, counts);
  for (int i = 0; vote_languages[i] != nullptr; i++)
    if (best < 0 || counts[i] > counts[best])
      best = i;
  for (int i = 0; vote_languages[i] != nullptr; i++)
    if (i != best && counts[i] > second)
      second = counts[i];
  if (best < 0 || counts[best] < kMinVoteWords || 2 * counts[best] < 3 * second)
    return CLD2::UNKNOWN_LANGUAGE;
  return language_of (vote_languages[best]);
}

/* Short text: a notification, a feed item's summary, a paragraph of two
 * or three sentences.  CLD2 reads it by a few dozen quadgrams and is then
 * often wrong, even where it calls itself reliable: "La ville possède la
 * prison la plus ancienne de Turquie." is English to it, "Actualmente
 * viven quince religiosas en el convento..." Galician, "Koning
 * Willem-Alexander en koningin Máxima brengen volgende week een
 * staatsbezoek aan Italië..." Afrikaans, and short Portuguese prose it
 * often drops (Unknown) — no facts and no dates then, precis has no model
 * for them.  Below kShortText bytes the text's function words get a say:
 * a language precis reads (read_languages) with at least kMinShortWords
 * function words in the text, which beats each other such language by
 * the words that tell the two apart, and CLD2's answer, when precis keeps
 * a list for it, by at least two such words and more than twice as many,
 * is the text's language.  Longer text gives CLD2 enough to read: on the
 * langid paragraphs (EVALUATION.md) the rule read on any length changes
 * the same three answers as on short text alone. */
constexpr gsize kShortText = 320;
constexpr int kMinShortWords = 3;
const char *const read_languages[] = { "de", "en", "es", "fr", "it", "nl", "pt", nullptr };
constexpr int kReadLanguages = G_N_ELEMENTS (read_languages) - 1;

/* The index of `language` in read_languages, or -1. */
int
language_index (CLD2::Language language)
{
  for (int i = 0; i < kReadLanguages; i++)
    if (language_of (read_languages[i]) == language)
      return i;
  return -1;
}

/* Frequent words of each language's own text that its Snowball list
 * lacks and another language's list holds: without them French "les"
 * (17 words in 1,000 of French text; Spanish's list has it) would tell
 * Spanish from French, and Portuguese "porque", "sobre", "todos" would be
 * Spanish.  The words of 0.3 or more in 1,000 of each language's NER
 * training text (es, nl: CoNLL-2002 train; it: KIND train; pt: HAREM; de:
 * GermEval 2014 dev; en: CoNLL-2003 train; fr: WikiNEuRal dev), names and
 * one-letter words left out. */
struct Supplement {
  const char *language;
  const char *const words[16];
};

const Supplement supplements[] = {
  { "de", { "worden", "sei", "ja", nullptr } },
  { "en", { "will", "also", "men", "per", "war", "man", "want", nullptr } },
  { "es", { "dos", "si", nullptr } },
  { "fr", { "les", "a", "entre", "non", "si", nullptr } },
  { "it", { "durante", "quando", "poco", "ben", nullptr } },
  { "nl", { "we", "alle", "werden", "man", "per", "anders", "weg", "pas", "ander", nullptr } },
  { "pt", { "porque", "sobre", "todos", "desde", "todo", "antes", "estar", "nada", "durante", "contra", "tanto",
            "sido", "quanto", "estado", "lo", nullptr } },
};

/* Whether `lower` is a function word of `code`: in its stop list `list`
 * or its supplement. */
bool
is_function_word (const char *code, const PrecisStopwords *list, const char *lower)
{
  if (precis_stopwords_contains (list, lower))
    return true;
  for (const Supplement &s : supplements)
    if (std::strcmp (s.language, code) == 0)
      for (const char *const *w = s.words; *w != nullptr; w++)
        if (std::strcmp (*w, lower) == 0)
          return true;
  return false;
}

/* Words only the listless neighbours write: Catalan and Galician (the
 * neighbour lists above), Afrikaans (against Dutch). */
const char *const afrikaans_words[] = {
  "die", "nie", "hy", "sy", "vir", "deur", "hierdie", "word", "gesê", "baie", "teen", "oor", "sal",
  "wees", "jy", "julle", nullptr,
};
const Neighbour listless[] = {
  { CLD2::CATALAN, catalan_words },
  { CLD2::GALICIAN, galician_words },
  { CLD2::AFRIKAANS, afrikaans_words },
};

/* Whether `lower` is one of `language`'s listless words that `code`'s
 * function words are not. */
bool
is_listless_word (CLD2::Language language, const char *lower, const char *code, const PrecisStopwords *list)
{
  for (const Neighbour &n : listless)
    if (n.language == language)
      for (const char *const *w = n.words; *w != nullptr; w++)
        if (std::strcmp (lower, *w) == 0)
          return !is_function_word (code, list, lower);
  return false;
}

/* Whether CLD2, told that `text` may be in `language`, says so. */
bool
agrees_when_hinted (const std::string &text, CLD2::Language language, const CLD2::CLDHints *hints)
{
  CLD2::Language top3[3];
  int percent3[3], text_bytes = 0, valid_bytes = 0;
  double scores3[3];
  bool reliable = false;
  CLD2::CLDHints hinted = *hints;

  hinted.language_hint = language;
  return CLD2::ExtDetectLanguageSummaryCheckUTF8 (text.data (), static_cast<int> (text.size ()), true, &hinted, 0,
                                                  top3, percent3, scores3, nullptr, &text_bytes, &reliable,
                                                  &valid_bytes) == language;
}

/* How many of the words of `masks` (a bit per language a word is a
 * function word of) are function words of `w` and not of `x`. */
int
telling_words (const std::vector<guint> &masks, int w, int x)
{
  int n = 0;

  for (guint m : masks)
    n += (m >> w & 1) && !(m >> x & 1);
  return n;
}

/* Whether language `w` beats `x` among `masks`: more of the words that
 * tell them apart are `w`'s; when `x` is CLD2's answer, at least two and
 * more than twice as many. */
bool
beats (const std::vector<guint> &masks, int w, int x, bool cld2s)
{
  int only_w = telling_words (masks, w, x), only_x = telling_words (masks, x, w);

  return cld2s ? only_w >= 2 && only_w > 2 * only_x : only_w > only_x;
}

CLD2::Language
short_text_language (const std::string &text, CLD2::Language language, bool reliable, const CLD2::CLDHints *hints)
{
  const char *codes[kReadLanguages + 1];
  const PrecisStopwords *lists[kReadLanguages + 1];
  std::vector<guint> masks;
  int winner = -1, n_lists = kReadLanguages;
  bool own_words = false;

  for (int i = 0; i < kReadLanguages; i++)
    {
      codes[i] = read_languages[i];
      lists[i] = precis_stopwords_get (codes[i]);
      if (lists[i] == nullptr)
        return language;
    }
  /* CLD2's answer is the last rival when precis keeps its list. */
  if (language != CLD2::UNKNOWN_LANGUAGE && language_index (language) < 0)
    {
      codes[n_lists] = CLD2::LanguageCode (language);
      lists[n_lists] = precis_stopwords_get (codes[n_lists]);
      n_lists += lists[n_lists] != nullptr;
    }
  /* One letter is no word here: "m.75", "J. Zanetti", "Israel's" are
   * French to its list. */
  for_each_word (text, [&] (const char *lower) {
    guint mask = 0;

    if (g_utf8_strlen (lower, -1) < 2)
      return;
    for (int i = 0; i < n_lists; i++)
      mask |= is_function_word (codes[i], lists[i], lower) ? 1u << i : 0;
    masks.push_back (mask);
  });
  for (int w = 0; w < kReadLanguages && winner < 0; w++)
    {
      int count = 0;
      bool wins = language != language_of (codes[w]);

      for (guint m : masks)
        count += m >> w & 1;
      wins = wins && count >= kMinShortWords;
      for (int x = 0; wins && x < n_lists; x++)
        wins = x == w || beats (masks, w, x, language_of (codes[x]) == language);
      if (wins)
        winner = w;
    }
  if (winner < 0)
    return language;
  /* A language precis keeps no list for (Catalan, Galician, Afrikaans)
   * keeps its text when the text writes its own words, or when CLD2,
   * sure of it, keeps it even told of the winner. */
  if (language != CLD2::UNKNOWN_LANGUAGE && n_lists == kReadLanguages && language_index (language) < 0)
    {
      for_each_word (text, [&] (const char *lower) {
        own_words = own_words || is_listless_word (language, lower, codes[winner], lists[winner]);
      });
      if (own_words || (reliable && !agrees_when_hinted (text, language_of (codes[winner]), hints)))
        return language;
    }
  return language_of (codes[winner]);
}

/* A results table's few words of its own ("Results of Italian Cup second
 * round matches played on Wednesday :") are fewer than kMinProseLetters,
 * yet they are its only words: CLD2 on the whole text reads the clubs'
 * names (English tables of Italian, Polish, Belgian or French clubs were
 * Italian, Polish, Dutch, French; issue 14).  From kMinTableWordLetters
 * letters on, CLD2 reads those words alone, and its answer stands when
 * CLD2 calls it reliable and the language's stop list holds one of the
 * words at least, as many as any other list does: stray letters ("m.75",
 * "de saque directo" read as English) and a language precis keeps no list
 * for decide nothing, and the whole text is read as before. */
constexpr gsize kMinTableWordLetters = 20;

CLD2::Language
table_words_language (const std::string &words, CLD2::CLDHints *hints)
{
  CLD2::Language top3[3] = { CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE };
  int percent3[3] = { 0, 0, 0 }, text_bytes = 0, valid_bytes = 0;
  int counts[G_N_ELEMENTS (vote_languages)];
  double scores3[3] = { 0, 0, 0 };
  bool reliable = false;
  int found = -1;
  CLD2::Language language =
    CLD2::ExtDetectLanguageSummaryCheckUTF8 (words.data (), static_cast<int> (words.size ()), true, hints, 0,
                                             top3, percent3, scores3, nullptr, &text_bytes, &reliable,
                                             &valid_bytes);

  if (!reliable || language == CLD2::UNKNOWN_LANGUAGE)
    return CLD2::UNKNOWN_LANGUAGE;
  for (int i = 0; vote_languages[i] != nullptr; i++)
    if (language_of (vote_languages[i]) == language)
      found = i;
  if (found < 0)
    return CLD2::UNKNOWN_LANGUAGE;
  count_stop_words (words, counts);
  if (counts[found] == 0)
    return CLD2::UNKNOWN_LANGUAGE;
  for (int i = 0; vote_languages[i] != nullptr; i++)
    if (counts[i] > counts[found])
      return CLD2::UNKNOWN_LANGUAGE;
  return language;
}

/* A results table, a line-up or a list of titles has no sentence of its
 * own, but it joins the last two items of a list the way its language
 * does: "93-94 y 94-95", "Saunders y Iwan Roberts", "Vitoria Guimaraes
 * und Maritimo Funchal".  Only conjunctions no other language here writes
 * between two names (not "e": Portuguese, Italian, Galician; not "en":
 * also Spanish and French "in"; not "i": Catalan and the Slavic
 * languages). */
struct Conjunction {
  const char *word;
  CLD2::Language language;
};

const Conjunction list_conjunctions[] = {
  { "y", CLD2::SPANISH }, { "und", CLD2::GERMAN }, { "and", CLD2::ENGLISH },
  { "et", CLD2::FRENCH }, { "och", CLD2::SWEDISH },
};

/* Whether the text at `p` (up to `end`) starts an item of a table: a name
 * or a number. */
bool
starts_item (const char *p, const char *end)
{
  gunichar c;

  if (p >= end)
    return false;
  c = g_utf8_get_char (p);
  return g_unichar_isupper (c) || g_unichar_istitle (c) || g_unichar_isdigit (c);
}

/* Whether the word before `p` (what is left of ") " or " ") ends an item:
 * a name ("Saunders y"), a number ("93-94 y"), a bracket closing one
 * ("(6 1p) y"). */
bool
ends_item (const char *start, const char *p)
{
  const char *q = p;

  if (q > start && q[-1] == ')')
    return true;
  while (q > start && !g_ascii_isspace (q[-1]))
    q = g_utf8_prev_char (q);
  return q < p && (starts_item (q, p) || g_ascii_isdigit (p[-1]));
}

/* The language whose list conjunction `text` writes between two items,
 * when it writes only one language's; UNKNOWN_LANGUAGE otherwise. */
CLD2::Language
list_conjunction_language (const std::string &text)
{
  const char *start = text.c_str (), *end = start + text.size ();
  CLD2::Language found = CLD2::UNKNOWN_LANGUAGE;

  for (const char *p = start; p < end; p++)
    {
      if (*p != ' ' || p == start)
        continue;
      for (const Conjunction &c : list_conjunctions)
        {
          gsize n = std::strlen (c.word);

          if (p + 1 + n + 1 < end && std::strncmp (p + 1, c.word, n) == 0 && p[1 + n] == ' ' &&
              ends_item (start, p) && starts_item (p + 2 + n, end))
            {
              if (found != CLD2::UNKNOWN_LANGUAGE && found != c.language)
                return CLD2::UNKNOWN_LANGUAGE;
              found = c.language;
            }
        }
    }
  return found;
}

/* The words a German paper's results table writes of its own:
 * "DÄNEMARK ( 4. Spieltag ) :", "1. Odense BK 12:3 Tore / 8:0 Punkte",
 * "- Tabellenspitze :".  German writes them as nouns, in capitals, so
 * names_and_numbers counts them with the names, and CLD2 reads the
 * clubs' language (Danish, Dutch).  Two of them make a table German: no
 * other language writes them in capitals (English "tore" is a verb). */
const char *const german_table_words[] = {
  "Spieltag", "Spieltags", "Tore", "Punkte", "Tabellenspitze", "Tabelle", "Tabellenstand", "Endstand",
  "Ergebnisse", "Torschützen", "Zuschauer", nullptr,
};

bool
writes_german_table_words (const std::string &text)
{
  guint seen = 0;
  const char *p = text.c_str (), *end = p + text.size ();

  while (p < end && __builtin_popcount (seen) < 2)
    {
      const char *word = p;

      while (p < end && g_unichar_isalpha (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      for (guint i = 0; p > word && german_table_words[i] != nullptr; i++)
        if (std::strlen (german_table_words[i]) == static_cast<gsize> (p - word) &&
            std::strncmp (word, german_table_words[i], p - word) == 0)
          seen |= 1u << i;
      if (p == word)
        p = g_utf8_next_char (p);
    }
  return __builtin_popcount (seen) >= 2;
}

/* Clearly English text skips CLD2 (issue 15: English must not pay for
 * the other languages).  English news has 28 % or more of its words in
 * the Snowball English stop list in 99 % of the paragraphs of
 * EVALUATION.md, the other six languages at most 28 % and 99 % of them
 * under 18 %; so each third of the sample at 30 % or more, few letters
 * outside ASCII (not a text in another script quoting English) and
 * enough words to count is English for CLD2 too.  A text half in
 * another language fails in its other half's third and goes to CLD2,
 * which calls it mixed.  One pass over bytes: ASCII words are looked up
 * case-folded in a stack buffer, no allocation. */
constexpr gsize kEnglishPercent = 25;
constexpr gsize kEnglishMinWords = 12;

bool
english_third (const PrecisStopwords *english, const char *p, const char *end)
{
  gsize words = 0, hits = 0, ascii = 0, other = 0;

  while (p < end)
    {
      guchar c = static_cast<guchar> (*p);
      char word[16];
      gsize n = 0;

      if (c >= 0x80)
        {
          other += g_unichar_isalpha (g_utf8_get_char_validated (p, end - p)) ? 1 : 0;
          p = g_utf8_next_char (p);
          continue;
        }
      if (!g_ascii_isalpha (c))
        {
          p++;
          continue;
        }
      for (; p < end && g_ascii_isalpha (*p); p++, n++)
        if (n < sizeof word - 1)
          word[n] = g_ascii_tolower (*p);
      ascii += n;
      words++;
      if (n >= sizeof word)
        continue;
      word[n] = '\0';
      hits += precis_stopwords_contains (english, word) ? 1 : 0;
    }
  return words >= kEnglishMinWords && 100 * hits >= kEnglishPercent * words && 20 * other <= ascii;
}

bool
clearly_english (const std::string &text)
{
  const PrecisStopwords *english = precis_stopwords_get ("en");
  const char *p = text.data (), *end = p + text.size ();
  gsize third = text.size () / 3;

  if (english == nullptr)
    return false;
  for (int i = 0; i < 3; i++)
    {
      const char *to = i == 2 ? end : p + third;

      if (!english_third (english, p, to))
        return false;
      p = to;
    }
  return true;
}

/* Languages CLD2 names that precis neither reads (read_languages) nor
 * tells from one it reads by their own words (listless: Catalan,
 * Galician, Afrikaans): a short text so named gets no facts and no dates.
 * A headline or a notification is mostly names ("Arsenal sack Mikel
 * Arteta.", "Robben sidelined with broken foot", "Train strike grips
 * Buenos Aires"), and CLD2 reads the names' language (Basque, Norwegian,
 * Kinyarwanda).  The text's own words are the ones in lower case: CLD2
 * reads them alone, and a language precis reads that it finds there is
 * the text's; when it finds none, the text's language is undetermined.
 * Text really written in such a language keeps it: its lower-case words
 * are its own. */
bool
is_unread (CLD2::Language language)
{
  if (language == CLD2::UNKNOWN_LANGUAGE || language_index (language) >= 0)
    return false;
  for (const Neighbour &n : listless)
    if (n.language == language)
      return false;
  return true;
}

CLD2::Language
lower_words_language (const std::string &text, CLD2::Language language, const CLD2::CLDHints *hints)
{
  std::string lower;
  const char *p = text.c_str (), *end = p + text.size ();
  CLD2::Language top3[3];
  int percent3[3], text_bytes = 0, valid_bytes = 0;
  double scores3[3];
  bool reliable = false;
  CLD2::Language found;
  gsize letters = 0, cased = 0;

  while (p < end)
    {
      const char *word = p;

      for (; p < end && g_unichar_isalpha (g_utf8_get_char (p)); p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          letters++;
          cased += g_unichar_islower (c) || g_unichar_isupper (c) || g_unichar_istitle (c);
        }
      if (p > word && g_unichar_islower (g_utf8_get_char (word)))
        {
          lower.append (word, static_cast<gsize> (p - word));
          lower.push_back (' ');
        }
      if (p == word)
        p = g_utf8_next_char (p);
    }
  /* A script without case (Arabic, Chinese, Thai) has no names to tell. */
  if (2 * cased < letters)
    return language;
  found = CLD2::ExtDetectLanguageSummaryCheckUTF8 (lower.data (), static_cast<int> (lower.size ()), true, hints, 0,
                                                   top3, percent3, scores3, nullptr, &text_bytes, &reliable,
                                                   &valid_bytes);
  if (found == CLD2::UNKNOWN_LANGUAGE || language_index (found) >= 0)
    return found;
  return language;
}

}  // namespace

extern "C" const char *
precis_language_identify (const char *text, gsize length, const char *hint)
{
  std::string buffer = sample (text, length);
  std::string prose;
  gsize prose_letters = 0;
  CLD2::Language hinted = language_of (hint);
  CLD2::CLDHints hints = { nullptr, nullptr, CLD2::UNKNOWN_ENCODING, hinted };
  /* CLD2 leaves them unwritten when the text is not what it calls valid
   * (bad UTF-8, a control character: it returns at once); read then, they
   * would be whatever the stack held. */
  CLD2::Language top3[3] = { CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE };
  int percent3[3] = { 0, 0, 0 }, text_bytes = 0, valid_bytes = 0;
  double scores3[3] = { 0, 0, 0 };
  bool reliable = false, clear;
  CLD2::Language language;

  if ((hinted == CLD2::UNKNOWN_LANGUAGE || hinted == CLD2::ENGLISH) && clearly_english (buffer))
    return "en";
  /* `table`: names and numbers with too few words of their own to have a
   * language (a results table, a line-up). */
  bool names = names_and_numbers (buffer, &prose, &prose_letters);
  std::string whole;
  if (names && prose_letters >= kMinProseLetters)
    {
      whole.swap (buffer);
      buffer.swap (prose);
    }
  bool table = names && prose_letters < kMinProseLetters;
  CLD2::Language table_words = CLD2::UNKNOWN_LANGUAGE;
  if (table && hinted == CLD2::UNKNOWN_LANGUAGE && prose_letters >= kMinTableWordLetters)
    table_words = table_words_language (prose, &hints);
  controls_to_spaces (buffer);
  if (table_words != CLD2::UNKNOWN_LANGUAGE)
    language = table_words;
  else
    language = CLD2::ExtDetectLanguageSummaryCheckUTF8 (buffer.data (), static_cast<int> (buffer.size ()),
                                                        true, &hints, 0, top3, percent3, scores3, nullptr,
                                                        &text_bytes, &reliable, &valid_bytes);
  /* Short prose with no declared language: its function words may
   * overrule CLD2 (a table's few words are the table rules' business). */
  if (!table && table_words == CLD2::UNKNOWN_LANGUAGE && hinted == CLD2::UNKNOWN_LANGUAGE &&
      buffer.size () < kShortText)
    language = short_text_language (buffer, language, reliable, &hints);
  language = settle_neighbours (buffer, language, top3, percent3, &clear);
  /* Mixed text is undetermined, unless the source names one of its
   * languages, its function words settled it between neighbours, or the
   * second language is only names in it. */
  if (top3[1] != CLD2::UNKNOWN_LANGUAGE && top3[1] != language && percent3[1] >= kMixedPercent &&
      !(clear && neighbour_index (top3[1]) >= 0) &&
      (language != top3[0] || second_is_written (buffer, top3[0], top3[1])))
    language = hinted == top3[0] || hinted == top3[1] ? hinted : CLD2::UNKNOWN_LANGUAGE;
  /* What the text cannot decide, the source does: text CLD2 cannot tell,
   * names and numbers with too few words of their own, and text CLD2 is
   * unsure of where it sees the source's language.  Not any text CLD2 is
   * unsure of: it is for Spanish news full of names (es 67 %, the rest
   * unscored), and a page's `lang` is often a site's default (a wrong one
   * turned 2.7 % of Spanish paragraphs Dutch, EVALUATION.md). */
  if (hinted != CLD2::UNKNOWN_LANGUAGE &&
      (language == CLD2::UNKNOWN_LANGUAGE || table ||
       (!reliable && (top3[0] == hinted || top3[1] == hinted || top3[2] == hinted))))
    language = hinted;
  if (language == CLD2::UNKNOWN_LANGUAGE && !table && top3[0] == CLD2::UNKNOWN_LANGUAGE)
    language = function_word_vote (buffer);
  /* Names and numbers whose words CLD2 could not place, or could place
   * only by their names: the way the lists are joined tells. */
  if (names && hinted == CLD2::UNKNOWN_LANGUAGE && (table || language == CLD2::UNKNOWN_LANGUAGE))
    {
      CLD2::Language joined = list_conjunction_language (whole.empty () ? buffer : whole);

      if (joined != CLD2::UNKNOWN_LANGUAGE)
        language = joined;
      else if (table && writes_german_table_words (buffer))
        language = CLD2::GERMAN;
    }
  /* Short text CLD2 places in a language precis cannot read: its names
   * may have placed it (lower_words_language). */
  if (hinted == CLD2::UNKNOWN_LANGUAGE && (whole.empty () ? buffer : whole).size () < kShortText &&
      is_unread (language))
    language = lower_words_language (whole.empty () ? buffer : whole, language, &hints);
  return code_of (language);
}

extern "C" gboolean
precis_language_is_known (const char *code)
{
  return language_of (code) != CLD2::UNKNOWN_LANGUAGE;
}

gboolean
precis_language_in (const char *language, const char *const *codes)
{
  for (guint i = 0; language != NULL && codes[i] != NULL; i++)
    {
      gsize n = strlen (codes[i]);

      if (strncmp (language, codes[i], n) == 0 && !g_ascii_isalpha (language[n]))
        return TRUE;
    }
  return FALSE;
}

gboolean
precis_language_capitalizes_nouns (const char *language)
{
  static const char *const codes[] = { "de", "lb", "gsw", NULL };

  return precis_language_in (language, codes);
}
