/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "glued.h"

#include "stopwords.h"

#include <string.h>

/* Verbs of an attribution: “Why?” Trump asked; … Locke said ‘I’d …’ */
static const char *const speech_verbs[] = {
  "said", "says", "asked", "asks", "added", "adds", "told", "tells", "wrote", "writes",
  "replied", "replies", "shouted", "exclaimed", "wondered", "insisted", "declared",
  "continued", "explained", "tweeted", "posted", "recalled", "joked", "demanded", "cried",
  "yelled", "answered", "noted", "warned", "chanted", "screamed", "whispered", NULL,
};

/* Verbs that introduce what follows them ("said The Guardian", "told
 * Sky News: ..."), or name it ("a book called Where the ..."): after them
 * a capital or a quotation continues the sentence. */
static const char *const introducing_verbs[] = {
  "called", "named", "titled", "entitled", "dubbed", "nicknamed", "branded", "labelled",
  "labeled", "read", "reads", "reading", "headlined", "captioned", "marked", "signed",
  "spelled", "spelt", "quoted", "quoting", NULL,
};

/* Function words that start sentences and are no names ("Peter Such",
 * "Will Smith") nor auxiliaries, which start only questions ("Gone Are
 * the Days" is a title). */
static const char *const function_starters[] = {
  "the", "an", "he", "she", "they", "it", "we", "you", "this", "these", "those", "there",
  "his", "her", "their", "its", "our", "my", "but", "and", "in", "on", "at", "when", "while",
  "after", "before", "if", "as", "for", "with", "during", "not", "some", "both", "each",
  "one", "another", "many", "several", NULL,
};

/* Sentence adverbs that open a sentence with a comma after them: "… the
 * council's idea However, Milltown …".  Inside a sentence they stand
 * lower-case, or between commas.  (Not "now", "then", "still", "yet": a
 * band called Matthew 24 Now, which …) */
static const char *const english_openers[] = {
  "however", "meanwhile", "earlier", "later", "yesterday", "today", "instead",
  "also", "previously", "separately", "overall", "finally", "eventually", "sadly", "unfortunately",
  "fortunately", "luckily", "initially", "originally", "recently", "currently", "nevertheless",
  "nonetheless", "furthermore", "moreover", "similarly", "indeed", "tragically", "incredibly",
  "remarkably", "amazingly", "interestingly", "afterwards", NULL,
};

/* Stop words that end a clause (a caption ends on "… was called off"):
 * after them a capitalized sentence start is one, as after a plain word. */
static const char *const english_particles[] = {
  "off", "up", "out", "down", "again", "too", "here", "over", NULL,
};

/* Nouns that follow a capitalized "The" and a name at the start of a
 * sentence: "… for the young player of the year award The West Brom
 * midfielder has picked …" ("told The Guardian", "joined The Rolling
 * Stones" have no role after the name). */
static const char *const english_roles[] = {
  "manager", "boss", "striker", "midfielder", "defender", "goalkeeper", "keeper", "forward",
  "winger", "full-back", "centre-back", "captain", "coach", "chairman", "president", "minister",
  "secretary", "leader", "spokesman", "spokeswoman", "spokesperson", "star", "stars", "actor",
  "actress", "singer", "rapper", "player", "players", "team-mate", "teammate", "team-mates",
  "colleague", "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister",
  "girlfriend", "boyfriend", "partner", "friend", "fiancé", "fiancée", "cousin", "uncle", "aunt",
  "nephew", "niece", "grandson", "granddaughter", "grandmother", "grandfather", "officer",
  "official", "chief", "director", "executive", "founder", "owner", "rival", "rivals", "champion",
  "international", "counterpart", "model", "presenter", "host", "judge", "senator", "governor",
  "mayor", "candidate", "author", "writer", "producer", "designer", "chef", "veteran", "legend",
  "signing", "youngster", "rookie", "pundit", "journalist", "reporter", "editor", "correspondent",
  "analyst", "expert", "scientist", "researcher", "professor", "doctor", "surgeon", "lawyer",
  "attorney", "prosecutor", "detective", "inspector", "sergeant", "constable", "commander",
  "colonel", "soldier", "suspect", "victim", "boxer", "fighter", "driver", "rider", "golfer",
  "cricketer", "batsman", "bowler", "footballer", "runner", "swimmer", "skipper", "pair", "duo",
  "trio", "neighbour", "neighbor", "businessman", "businesswoman", "billionaire", "millionaire",
  "tycoon", "comedian", "musician", "artist", "photographer", "filmmaker", "hopeful",
  "contender", "challenger", "opponent", "ace", "hero", "icon", "boyband", "band", "group",
  "company", "firm", "giant", "giants", "club", "team", "outfit", "newcomers", "hosts", "visitors",
  NULL,
};

/* Nouns that a capital letter labels ("class A drugs", "vitamin A",
 * "grade A student", "Plan A"): after them a capitalized "A" is no
 * sentence start. */
static const char *const english_letter_nouns[] = {
  "class", "category", "type", "grade", "grades", "vitamin", "hepatitis", "plan", "group", "section",
  "exhibit", "level", "division", "series", "part", "box", "side", "list", "tier", "zone", "block",
  "wing", "ward", "gate", "terminal", "platform", "route", "floor", "row", "option", "figure", "table",
  "size", "cup", "band", "pool", "formula", "blood", "league", "model", "version", "point", "hall",
  "building", "room", "court", "stand", "lane", "road", "unit", "phase", "stage", "letter", "letters",
  "note", "key", "string", "paper", "papers", "envelope", "flat", "apartment", "suite", "team",
  "squad", "star", "chromosome", "strain", "influenza", "flu", NULL,
};

/* Plural nouns for the people a news sentence is about ("… turn his
 * music down Paramedics were unable …", "… child pornography Police in
 * Maryland have …"), and the counts that head them ("Dozens of books"):
 * written lower-case inside a sentence, capitalized as its subject.
 * Not "friends", "members", "supporters" (of): "Friends of the Earth". */
static const char *const english_subjects[] = {
  "police", "officers", "detectives", "investigators", "prosecutors", "paramedics", "firefighters",
  "rescuers", "doctors", "nurses", "medics", "surgeons", "scientists", "researchers", "experts",
  "officials", "authorities", "witnesses", "neighbours", "neighbors", "residents", "locals",
  "villagers", "parents", "relatives", "fans", "campaigners", "protesters", "demonstrators",
  "critics", "jurors", "students", "pupils", "teachers", "passengers", "commuters", "shoppers",
  "customers", "tourists", "holidaymakers", "motorists", "drivers", "troops", "soldiers",
  "bystanders", "onlookers", "mourners", "dozens", "hundreds", "thousands", "millions", NULL,
};

/* French and Spanish capitalize names and sentence starts alone, as
 * English does: the same rules hold with their words.  ("La Rochelle",
 * "El País": a capitalized word follows, so no start.)  But their titles
 * are written in sentence case ("le film La vie d'Adèle", "la película
 * El laberinto del fauno"), so an article starts a sentence only after a
 * caption's date or number (french_articles, spanish_articles). */
static const char *const french_starters[] = {
  "le", "la", "les", "un", "une", "des", "il", "elle", "ils", "elles", "on", "nous", "ce",
  "cette", "ces", "son", "sa", "ses", "leur", "leurs", "mais", "dans", "en", "lors", "après",
  "avant", "si", "pour", "avec", "pendant", "selon", "depuis", "quand", NULL,
};

static const char *const french_verbs[] = {
  "dit", "déclaré", "déclare", "affirme", "affirmé", "explique", "expliqué", "ajoute", "ajouté",
  "souligne", "souligné", "estime", "estimé", "raconte", "raconté", "confie", "confié", "précise",
  "précisé", "indique", "indiqué", "assure", "assuré", "lance", "lancé", "intitulé", "intitulée",
  "intitulés", "appelé", "appelée", "baptisé", "baptisée", "surnommé", "surnommée", "nommé",
  "nommée", "lire", "voir", NULL,
};

static const char *const french_articles[] = {
  "le", "la", "les", "un", "une", "des", NULL,
};

static const char *const french_dates[] = {
  "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février",
  "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
  "décembre", NULL,
};

static const char *const spanish_articles[] = {
  "el", "la", "los", "las", "un", "una", NULL,
};

static const char *const spanish_dates[] = {
  "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "enero", "febrero",
  "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
  "diciembre", NULL,
};

static const char *const spanish_starters[] = {
  "el", "la", "los", "las", "un", "una", "él", "ella", "ellos", "ellas", "este", "esta",
  "estos", "estas", "su", "sus", "pero", "en", "con", "para", "durante", "tras", "según",
  "cuando", "si", "desde", NULL,
};

static const char *const spanish_verbs[] = {
  "dijo", "dice", "afirmó", "afirma", "explicó", "explica", "señaló", "señala", "añadió",
  "añade", "aseguró", "asegura", "declaró", "indicó", "comentó", "manifestó", "titulado",
  "titulada", "llamado", "llamada", "denominado", "denominada", "bautizado", "bautizada",
  "apodado", "apodada", "lea", "ver", NULL,
};

/* Where a picture shows someone: captions name people by it. */
static const char *const picture_positions[] = {
  "left", "right", "centre", "center", "pictured", "inset", "above", "below", "top", "bottom",
  "circled", "front", "back", "second", "far", "foreground", "background", NULL,
};

static const char *const french_positions[] = {
  "photo", "gauche", "droite", "centre", "ci-dessus", "ci-contre", "médaillon", NULL,
};

static const char *const spanish_positions[] = {
  "foto", "izquierda", "derecha", "centro", "imagen", "arriba", "abajo", NULL,
};

/* Weekdays and months, which English capitalizes: captions end on when
 * the picture was taken ("… on Tuesday The National Lottery …"). */
static const char *const english_dates[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
  "february", "march", "april", "june", "july", "august", "september", "october", "november",
  "december", NULL,
};

struct _PrecisGluedRules {
  const char *language;
  const char *const *starters;
  /* Words after which a capital or a quotation continues the sentence:
   * verbs of speech and of naming (the speech verbs of glued.h count too). */
  const char *const *verbs;
  const char *const *positions;
  const char *const *dates;     /* weekdays and months */
  gboolean dates_capitalized;   /* English capitalizes them ("march" is a verb) */
  const char *const *articles;  /* starters only after a date or a number; NULL: none */
  /* English only for now (NULL: the rule is off): sentence adverbs with a
   * comma, clause-final stop words, roles after "The" and a name. */
  const char *const *openers;
  const char *const *particles;
  const char *const *roles;
  /* English "A" as a sentence start (NULL: off): nouns it labels instead. */
  const char *const *letter_nouns;
  /* Nouns that start a sentence capitalized (NULL: off), english_subjects. */
  const char *const *subjects;
};

static const PrecisGluedRules language_rules[] = {
  { "en", function_starters, introducing_verbs, picture_positions, english_dates, TRUE, NULL,
    english_openers, english_particles, english_roles, english_letter_nouns, english_subjects },
  { "fr", french_starters, french_verbs, french_positions, french_dates, FALSE, french_articles,
    NULL, NULL, NULL, NULL, NULL },
  { "es", spanish_starters, spanish_verbs, spanish_positions, spanish_dates, FALSE, spanish_articles,
    NULL, NULL, NULL, NULL, NULL },
};

/* The rules' lists, each a bit of one table of their words: bit 0 the
 * speech verbs, 1 + r * N_LISTS + f list f of language_rules[r].  A word
 * is looked up once by its hash instead of a walk over a list (the walks
 * cost a seed Analyze about 1 % of its instructions: every capitalized
 * word is checked against several lists of 20 to 200 words). */
typedef enum {
  L_STARTERS, L_VERBS, L_POSITIONS, L_DATES, L_ARTICLES, L_OPENERS, L_PARTICLES, L_ROLES,
  L_LETTER_NOUNS, L_SUBJECTS, N_LISTS
} ListField;

G_STATIC_ASSERT (1 + G_N_ELEMENTS (language_rules) * N_LISTS <= 32);

static const char *const *
list_of (const PrecisGluedRules *rules, ListField f)
{
  switch (f)
    {
    case L_STARTERS: return rules->starters;
    case L_VERBS: return rules->verbs;
    case L_POSITIONS: return rules->positions;
    case L_DATES: return rules->dates;
    case L_ARTICLES: return rules->articles;
    case L_OPENERS: return rules->openers;
    case L_PARTICLES: return rules->particles;
    case L_ROLES: return rules->roles;
    case L_LETTER_NOUNS: return rules->letter_nouns;
    case L_SUBJECTS: return rules->subjects;
    case N_LISTS:
    default: return NULL;
    }
}

typedef struct {
  guint32 mask;
  guint32 *hashes;      /* 0: free */
  const char **words;
  guint32 *lists;       /* the bits of the lists the word is in */
} WordIndex;

static guint32
word_hash (const char *word)
{
  guint32 h = 2166136261u;

  for (const guchar *p = (const guchar *) word; *p != '\0'; p++)
    h = (h ^ *p) * 16777619u;
  return h | 1;
}

static guint32
index_slot (const WordIndex *index, guint32 h, const char *word)
{
  guint32 i = h & index->mask;

  while (index->hashes[i] != 0 && (index->hashes[i] != h || strcmp (index->words[i], word) != 0))
    i = (i + 1) & index->mask;
  return i;
}

static void
index_add_list (WordIndex *index, const char *const *list, guint32 bit)
{
  for (guint k = 0; list != NULL && list[k] != NULL; k++)
    {
      guint32 h = word_hash (list[k]), i = index_slot (index, h, list[k]);

      index->hashes[i] = h;
      index->words[i] = list[k];
      index->lists[i] |= bit;
    }
}

/* Made once for the process and kept (about 30 KB). */
static const WordIndex *
word_index (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      WordIndex *index = g_new0 (WordIndex, 1);
      guint32 words = 0, size = 64;

      for (guint k = 0; speech_verbs[k] != NULL; k++)
        words++;
      for (guint r = 0; r < G_N_ELEMENTS (language_rules); r++)
        for (ListField f = 0; f < N_LISTS; f++)
          for (const char *const *list = list_of (&language_rules[r], f); list != NULL && *list != NULL; list++)
            words++;
      while (size < words * 4)
        size *= 2;
      index->mask = size - 1;
      index->hashes = g_new0 (guint32, size);
      index->words = g_new0 (const char *, size);
      index->lists = g_new0 (guint32, size);
      index_add_list (index, speech_verbs, 1);
      for (guint r = 0; r < G_N_ELEMENTS (language_rules); r++)
        for (ListField f = 0; f < N_LISTS; f++)
          index_add_list (index, list_of (&language_rules[r], f), 1u << (1 + r * N_LISTS + f));
      g_once_init_leave (&once, (gsize) index);
    }
  return (const WordIndex *) once;
}

/* The bits of the lists `lower` is in (0: none). */
static guint32
lists_of_word (const char *lower)
{
  const WordIndex *index = word_index ();
  guint32 i = index_slot (index, word_hash (lower), lower);

  return index->hashes[i] != 0 ? index->lists[i] : 0;
}

static guint32
list_bit (const PrecisGluedRules *rules, ListField f)
{
  return 1u << (1 + (guint) (rules - language_rules) * N_LISTS + f);
}

/* Whether `lower` is in list `f` of `rules` (FALSE when the list is off). */
static gboolean
in_list (const PrecisGluedRules *rules, ListField f, const char *lower)
{
  return (lists_of_word (lower) & list_bit (rules, f)) != 0;
}

gboolean
precis_speech_verb (const char *lower)
{
  return lists_of_word (lower) & 1;
}

const PrecisGluedRules *
precis_glued_rules (const char *language)
{
  for (guint r = 0; language != NULL && r < G_N_ELEMENTS (language_rules); r++)
    if (g_ascii_strncasecmp (language, language_rules[r].language, 2) == 0 &&
        (language[2] == '\0' || language[2] == '-' || language[2] == '_'))
      return &language_rules[r];
  return NULL;
}

/* Whether the token before `i` ends a clause-less run: a plain word that
 * neither needs what follows (a stop word, "said", "called") nor is an
 * abbreviation, or a closing bracket or quotation mark, with a space
 * between. */
static gboolean
plain_before (const PrecisGluedRules *rules, const PrecisTokenBuf *buf, guint32 first, guint32 i)
{
  const PrecisToken *before;
  const char *lower;

  if (i <= first || !(buf->tokens[i].flags & PRECIS_TOKEN_SPACE_BEFORE))
    return FALSE;
  before = &buf->tokens[i - 1];
  switch (precis_token_kind (before))
    {
    case PRECIS_KIND_CLOSE_BRACKET:
    case PRECIS_KIND_CLOSE_QUOTE:
    case PRECIS_KIND_CLOSE_SINGLE:
      return TRUE;
    case PRECIS_KIND_WORD:
      break;
    default:
      return FALSE;
    }
  if (!(before->flags & PRECIS_TOKEN_WORD) || (before->flags & PRECIS_TOKEN_STOPWORD))
    return FALSE;
  lower = precis_token_buf_lower (buf, before);
  /* Neither a speech verb nor one of the rules' verbs: one look-up. */
  return (lists_of_word (lower) & (1 | list_bit (rules, L_VERBS))) == 0;
}

static gboolean
is_word (const PrecisToken *token)
{
  return (token->flags & PRECIS_TOKEN_WORD) && precis_token_kind (token) == PRECIS_KIND_WORD;
}

static gboolean
is_capitalized (const PrecisToken *token)
{
  return is_word (token) && (token->shape == PRECIS_SHAPE_CAPITALIZED || token->shape == PRECIS_SHAPE_UPPER);
}

/* Whether token `k` is a capitalized word in a run of them, a name or a
 * title, rather than one after a lower-case word or a number ("since
 * January"); a clitic does not count as a word ("Akon's Locked Up"). */
static gboolean
in_capitalized_run (const PrecisTokenBuf *buf, guint32 first, guint32 k)
{
  const PrecisToken *before;

  if (!is_capitalized (&buf->tokens[k]))
    return FALSE;
  if (k == first || !(buf->tokens[k].flags & PRECIS_TOKEN_SPACE_BEFORE))
    return TRUE;
  before = &buf->tokens[k - 1];
  return !is_word (before) || !(before->flags & PRECIS_TOKEN_SPACE_BEFORE) ||
         (before->shape != PRECIS_SHAPE_LOWER && before->shape != PRECIS_SHAPE_NUMBER);
}

/* Years, and the date words of the language: captions end on when the
 * picture was taken ("… on Tuesday The National Lottery …", "… in 2012
 * It then …"). */
static gboolean
is_date_word (const PrecisGluedRules *rules, const PrecisTokenBuf *buf, const PrecisToken *token)
{
  return (token->shape == PRECIS_SHAPE_NUMBER && token->end - token->start == 4) ||
         ((token->shape == PRECIS_SHAPE_CAPITALIZED || (!rules->dates_capitalized && token->shape == PRECIS_SHAPE_LOWER)) &&
          in_list (rules, L_DATES, precis_token_buf_lower (buf, token)));
}

/* Whether the token before `i` is a stop word that ends a clause ("…
 * was called off In a statement …"), with a space between. */
static gboolean
particle_before (const PrecisGluedRules *rules, const PrecisTokenBuf *buf, guint32 first, guint32 i)
{
  const PrecisToken *before;

  if (rules->particles == NULL || i <= first || !(buf->tokens[i].flags & PRECIS_TOKEN_SPACE_BEFORE))
    return FALSE;
  before = &buf->tokens[i - 1];
  return is_word (before) && before->shape == PRECIS_SHAPE_LOWER &&
         in_list (rules, L_PARTICLES, precis_token_buf_lower (buf, before));
}

/* "… for the young player of the year award The West Brom midfielder has
 * …": a capitalized "The", one to three capitalized words and a role. */
static gboolean
the_name_role (const PrecisGluedRules *rules, const PrecisTokenBuf *buf, guint32 i, guint32 end)
{
  guint32 k = i + 1;

  if (rules->roles == NULL || buf->tokens[i].shape != PRECIS_SHAPE_CAPITALIZED ||
      strcmp (precis_token_buf_lower (buf, &buf->tokens[i]), "the") != 0)
    return FALSE;
  while (k < end && k < i + 4 && is_capitalized (&buf->tokens[k]) && (buf->tokens[k].flags & PRECIS_TOKEN_SPACE_BEFORE))
    k++;
  return k > i + 1 && k < end && (buf->tokens[k].flags & PRECIS_TOKEN_SPACE_BEFORE) && is_word (&buf->tokens[k]) &&
         buf->tokens[k].shape == PRECIS_SHAPE_LOWER &&
         in_list (rules, L_ROLES, precis_token_buf_lower (buf, &buf->tokens[k]));
}

/* "… of sexual assault A senior doctor facing …": a capitalized "A"
 * before a lower-case word that is no stop word nor a plural (an article
 * takes none: "class A drugs", "infra-red A rays" are labels), after a
 * lower-case word that no letter labels ("vitamin A deficiency", "grade A
 * student") or after a closing bracket or quotation mark.
 * "A" stands capitalized inside sentences only as such a label, so it is
 * no function starter of its own. */
static gboolean
article_a_starts (const PrecisGluedRules *rules, const PrecisTokenBuf *buf, guint32 i, guint32 end)
{
  const PrecisToken *next, *before;
  const char *lower;
  gsize length;

  if (rules->letter_nouns == NULL || !is_capitalized (&buf->tokens[i]) ||
      strcmp (precis_token_buf_lower (buf, &buf->tokens[i]), "a") != 0 || i + 1 >= end)
    return FALSE;
  next = &buf->tokens[i + 1];
  if (!(next->flags & PRECIS_TOKEN_SPACE_BEFORE) || !is_word (next) || next->shape != PRECIS_SHAPE_LOWER ||
      (next->flags & PRECIS_TOKEN_STOPWORD))
    return FALSE;
  lower = precis_token_buf_lower (buf, next);
  length = strlen (lower);
  if (length > 2 && lower[length - 1] == 's' && !g_str_has_suffix (lower, "ss") && !g_str_has_suffix (lower, "us") &&
      !g_str_has_suffix (lower, "is"))
    return FALSE;
  /* A name labels too: "the England A side", "France A and". */
  before = &buf->tokens[i - 1];
  if (is_word (before) && before->shape != PRECIS_SHAPE_LOWER)
    return FALSE;
  return !in_list (rules, L_LETTER_NOUNS, precis_token_buf_lower (buf, before));
}

/* "… turn his music down Paramedics were unable …": a noun of
 * english_subjects capitalized before a lower-case word ("Police
 * Scotland", "Fans Forum" are names); the caller wants a plain word or a
 * clause-final particle ("down") before it, not a capitalized word ("the
 * Metropolitan Police have", "the tainted Met Police probe").
 * Only the counts take "of" ("Dozens of books", not "Friends of the
 * Earth" — not listed — nor "Officers of the Watch"). */
static gboolean
subject_starts (const PrecisGluedRules *rules, const PrecisTokenBuf *buf, guint32 i, guint32 end)
{
  const PrecisToken *token = &buf->tokens[i], *next;
  const char *lower, *next_lower;

  if (rules->subjects == NULL || token->shape != PRECIS_SHAPE_CAPITALIZED || !is_word (token) || i + 1 >= end)
    return FALSE;
  lower = precis_token_buf_lower (buf, token);
  if (!in_list (rules, L_SUBJECTS, lower))
    return FALSE;
  next = &buf->tokens[i + 1];
  if (!(next->flags & PRECIS_TOKEN_SPACE_BEFORE) || !is_word (next) || next->shape != PRECIS_SHAPE_LOWER)
    return FALSE;
  next_lower = precis_token_buf_lower (buf, next);
  return strcmp (next_lower, "of") != 0
         || precis_word_in_list ((const char *const[]) { "dozens", "hundreds", "thousands", "millions", NULL }, lower);
}

/* Whether tokens `i`, `i` + 1 are "Visit site": the button of a shop
 * widget pasted with the page ("Textured Stripe Miniskirt at Nordstrom
 * Visit site Finders Keepers Tightrope Skirt at Urban Outfitters (Now
 * $69.99) Visit site ..."), which ran the shop into the next product:
 * the facts "Nordstrom Visit", "Zappos Visit". */
static gboolean
is_shop_button (const PrecisTokenBuf *buf, guint32 i, guint32 end)
{
  return i + 1 < end && is_word (&buf->tokens[i + 1]) &&
         strcmp (precis_token_buf_lower (buf, &buf->tokens[i]), "visit") == 0 &&
         strcmp (precis_token_buf_lower (buf, &buf->tokens[i + 1]), "site") == 0;
}

/* "Scroll down for video", "Scroll down for more", "Visit site": the
 * length of the prompt starting at `i`, 0 if none. */
static guint32
prompt_length (const PrecisTokenBuf *buf, guint32 i, guint32 end)
{
  static const char *const words[] = { "scroll", "down", "for" };
  const char *last;

  if (buf->tokens[i].shape != PRECIS_SHAPE_CAPITALIZED)
    return 0;
  if (is_shop_button (buf, i, end))
    return 2;
  if (i + 3 >= end)
    return 0;
  for (guint k = 0; k < G_N_ELEMENTS (words); k++)
    if (!is_word (&buf->tokens[i + k]) || strcmp (precis_token_buf_lower (buf, &buf->tokens[i + k]), words[k]) != 0)
      return 0;
  last = precis_token_buf_lower (buf, &buf->tokens[i + 3]);
  if (strcmp (last, "video") == 0 || strcmp (last, "videos") == 0)
    return 4;
  if (strcmp (last, "more") != 0)
    return 0;
  if (i + 4 < end && is_word (&buf->tokens[i + 4]) &&
      precis_word_in_list ((const char *const[]) { "video", "videos", "pictures", "photos", NULL },
               precis_token_buf_lower (buf, &buf->tokens[i + 4])))
    return 5;
  return 4;
}


/* "The New York Yankees (left) and …", "Abase Hussen, circled, marched
 * …": two or more capitalized words, then where the picture shows them,
 * in brackets or between commas — a caption that names its people.  Body
 * text does that too ("striker Wayne Rooney (pictured) scored"), so the
 * caller asks for more: a capitalized "The", or a number before (a
 * caption that ends on an age or a year). */
static gboolean
names_pictured (const PrecisGluedRules *rules, const PrecisTokenBuf *buf, guint32 i, guint32 end)
{
  guint32 k = i;
  const char *mark;

  while (k < end && k < i + 8 && is_capitalized (&buf->tokens[k]) &&
         (k == i || (buf->tokens[k].flags & PRECIS_TOKEN_SPACE_BEFORE)))
    k++;
  if (k - i < 2 || k + 2 >= end || !is_word (&buf->tokens[k + 1]) ||
      !in_list (rules, L_POSITIONS, precis_token_buf_lower (buf, &buf->tokens[k + 1])))
    return FALSE;
  mark = precis_token_buf_lower (buf, &buf->tokens[k]);
  if (strcmp (mark, "(") == 0)
    return TRUE;
  return strcmp (mark, ",") == 0 && strcmp (precis_token_buf_lower (buf, &buf->tokens[k + 2]), ",") == 0;
}

/* "Skilful: The kite weighs …", "Short and sweet: Julia …": up to four
 * words, the first capitalized and the others not (a title runs in title
 * case: "Grand Theft Auto: San Andreas"), a colon, a capitalized word.
 * Returns the token after the colon, 0 if none. */
static guint32
label_end (const PrecisTokenBuf *buf, guint32 i, guint32 end)
{
  if (!is_capitalized (&buf->tokens[i]))
    return 0;
  for (guint32 k = i + 1; k < end && k <= i + 4; k++)
    {
      const PrecisToken *token = &buf->tokens[k];

      if (precis_token_kind (token) == PRECIS_KIND_PUNCT && strcmp (precis_token_buf_lower (buf, token), ":") == 0)
        return k + 1 < end && (buf->tokens[k + 1].flags & PRECIS_TOKEN_SPACE_BEFORE) &&
                       is_capitalized (&buf->tokens[k + 1])
                 ? k + 1
                 : 0;
      if (!is_word (token) || token->shape != PRECIS_SHAPE_LOWER)
        return 0;
    }
  return 0;
}

/* ‘I’d be over the moon to get it,’ said Locke: an opening quotation
 * mark and a capital that begin a quoted sentence of at least four words
 * (it ends on . ? ! … or on the comma before its attribution), not a
 * quoted name or phrase ("the ‘Magic Circle’ firms"), nor a title in title
 * case, whose only lower-case words are function words ("Going Clear:
 * Scientology and the Prison of Belief,"). */
static gboolean
opens_quoted_sentence (const PrecisTokenBuf *buf, guint32 i, guint32 end)
{
  PrecisTokenKind kind = precis_token_kind (&buf->tokens[i]);
  guint words = 0;
  gboolean prose = FALSE;

  if ((kind != PRECIS_KIND_OPEN_QUOTE && kind != PRECIS_KIND_OPEN_SINGLE) || i + 1 >= end ||
      !is_capitalized (&buf->tokens[i + 1]))
    return FALSE;
  /* Bounded, so that a paragraph of a million words stays linear. */
  for (guint32 k = i + 1; k < end && k < i + 200; k++)
    {
      const PrecisToken *token = &buf->tokens[k];
      PrecisTokenKind k_kind = precis_token_kind (token);

      if (token->flags & PRECIS_TOKEN_WORD)
        {
          words++;
          prose |= token->shape == PRECIS_SHAPE_LOWER && !(token->flags & PRECIS_TOKEN_STOPWORD);
        }
      else if (k_kind == PRECIS_KIND_TERMINAL || k_kind == PRECIS_KIND_ELLIPSIS)
        return words >= 4 && prose;
      else if (k_kind == PRECIS_KIND_CLOSE_QUOTE || k_kind == PRECIS_KIND_CLOSE_SINGLE)
        return words >= 4 && prose && strcmp (precis_token_buf_lower (buf, &buf->tokens[k - 1]), ",") == 0;
    }
  return FALSE;
}

gboolean
precis_glued_start (const PrecisGluedRules *rules, const PrecisTokenBuf *buf, guint32 first, guint32 i,
                    guint32 end, guint32 *unit_end, gboolean *own_sentence)
{
  gboolean after_date, starter, plain;

  const PrecisToken *token = &buf->tokens[i];
  guint32 n;

  *own_sentence = FALSE;
  /* The prompt is a line of its own wherever it stands. */
  if ((n = prompt_length (buf, i, end)) > 0 && (i == first || (token->flags & PRECIS_TOKEN_SPACE_BEFORE)))
    {
      *unit_end = i + n;
      *own_sentence = TRUE;
      return TRUE;
    }
  /* Every start below is a capitalized word (a starter, a label, names
   * pictured) or an opening quotation mark: any other token is none,
   * without the word-list scans of plain_before() (most tokens). */
  if (!is_capitalized (token) && precis_token_kind (token) != PRECIS_KIND_OPEN_QUOTE &&
      precis_token_kind (token) != PRECIS_KIND_OPEN_SINGLE)
    return FALSE;
  plain = plain_before (rules, buf, first, i);
  if (!plain && !particle_before (rules, buf, first, i))
    return FALSE;
  after_date = is_date_word (rules, buf, &buf->tokens[i - 1]);
  starter = in_list (rules, L_STARTERS, precis_token_buf_lower (buf, token)) &&
            (rules->articles == NULL || after_date || buf->tokens[i - 1].shape == PRECIS_SHAPE_NUMBER ||
             !in_list (rules, L_ARTICLES, precis_token_buf_lower (buf, token)));
  /* "One of the victims …", not "Formula One testing", "BBC One at 2000". */
  if (starter && strcmp (precis_token_buf_lower (buf, token), "one") == 0)
    starter = i + 1 < end && strcmp (precis_token_buf_lower (buf, &buf->tokens[i + 1]), "of") == 0;
  /* "… in charge of the club He has impressed …": a capitalized function
   * word ("I" and "A" stand capitalized anywhere: not these) after no run of
   * capitalized words (titles run in title case: "Do They Know It's
   * Christmas", "No Way Out starring …"), before a lower-case word ("The
   * document states", not "The Hunger Games"), or any word after a date
   * that ends a caption ("… on Tuesday The National Lottery …"). */
  if (token->shape == PRECIS_SHAPE_CAPITALIZED && is_word (token) &&
      starter && !in_capitalized_run (buf, first, i - 1) &&
      i + 1 < end && (buf->tokens[i + 1].flags & PRECIS_TOKEN_SPACE_BEFORE) && is_word (&buf->tokens[i + 1]) &&
      (buf->tokens[i + 1].shape == PRECIS_SHAPE_LOWER || after_date))
    {
      *unit_end = i + 1;
      return TRUE;
    }
  if ((article_a_starts (rules, buf, i, end)
       || (!is_capitalized (&buf->tokens[i - 1]) && subject_starts (rules, buf, i, end)))
      && !in_capitalized_run (buf, first, i - 1))
    {
      *unit_end = i + 1;
      return TRUE;
    }
  /* "… idea However, Milltown …", "… award The West Brom midfielder has …". */
  if (rules->openers != NULL && token->shape == PRECIS_SHAPE_CAPITALIZED && is_word (token) &&
      !in_capitalized_run (buf, first, i - 1) && i + 1 < end &&
      !(buf->tokens[i + 1].flags & PRECIS_TOKEN_SPACE_BEFORE) &&
      strcmp (precis_token_buf_lower (buf, &buf->tokens[i + 1]), ",") == 0 &&
      in_list (rules, L_OPENERS, precis_token_buf_lower (buf, token)))
    {
      *unit_end = i + 1;
      return TRUE;
    }
  /* After a quotation, "The Spectator editor told …" is its attribution. */
  if (is_word (&buf->tokens[i - 1]) && !in_capitalized_run (buf, first, i - 1) && the_name_role (rules, buf, i, end))
    {
      *unit_end = i + 1;
      return TRUE;
    }
  if (!plain)
    return FALSE;
  /* A label starts at its first capitalized word: "Joy Smith: …" is no
   * "Joy" and a label "Smith:" (but "… last Saturday Skilful: The kite"). */
  if ((!is_capitalized (&buf->tokens[i - 1]) || after_date) && (n = label_end (buf, i, end)) > 0)
    {
      *unit_end = n;
      return TRUE;
    }
  if ((buf->tokens[i - 1].shape == PRECIS_SHAPE_NUMBER ||
       (!is_capitalized (&buf->tokens[i - 1]) &&
        starter)) &&
      names_pictured (rules, buf, i, end))
    {
      *unit_end = i + 1;
      return TRUE;
    }
  if (opens_quoted_sentence (buf, i, end))
    {
      *unit_end = i + 1;
      return TRUE;
    }
  return FALSE;
}
