/* timex-tense.c — is the expression about the past or the future?
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * "said on Saturday" is the Saturday before the anchor, "will meet on
 * Saturday" the one after.  The tense marker of the expression's own
 * clause decides (one past a comma loses to one that is not), else the
 * nearest, before or after it (a tie goes to the one before).  Present
 * tense ("says") decides nothing by itself.  Onward words ("ab", "à
 * partir de", "from") make a date look ahead unless a past verb shares
 * its clause.
 */
#include "timex-private.h"

#include <string.h>

#define LOOK_BACK 12
#define LOOK_AHEAD 8
/* How many words an event named after "ahead of" may have before its day
 * ("ahead of the first race of the season on Saturday"). */
#define AHEAD_REACH 8

/* How far back the verb of an expression's own clause is looked for (see
 * TxLanguage.clause_links). */
#define CLAUSE_REACH 30

gboolean
tx_lower_is (const PrecisDocument *document, guint32 k, const char *word)
{
  return k < document->n_tokens && document->tokens[k].lower != NULL &&
         strcmp (document->tokens[k].lower, word) == 0;
}

static gboolean
has_ending (const char *lower, gsize len, const char *const *endings)
{
  for (gsize i = 0; endings != NULL && endings[i] != NULL; i++)
    {
      gsize n = strlen (endings[i]);
      if (n < len && memcmp (lower + len - n, endings[i], n) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether `lower` opens with one of `beginnings` (NULL: none). */
static gboolean
has_beginning (const char *lower, const char *const *beginnings)
{
  for (gsize i = 0; beginnings != NULL && beginnings[i] != NULL; i++)
    if (g_str_has_prefix (lower, beginnings[i]))
      return TRUE;
  return FALSE;
}

/* Dutch inseparable prefixes, whose participles take no "ge-": "ontvangen",
 * "hernomen", "overleden", "overschreden", "ondertekend", "onderzocht",
 * "voltooid", "misbruikt" ("is zaterdag overleden" was the Saturday to
 * come). Nouns of "-heid", "-ing" and "-st" that open so are no
 * participles ("overheid", "overeenkomst", "ondernemingen"). */
static gboolean
dutch_inseparable (const char *lower)
{
  static const char *const prefixes[] = { "ont", "her", "over", "onder", "vol", "mis", NULL };
  static const char *const nouns[] = { "heid", "heden", "st", "ingen", NULL };
  if (!has_beginning (lower, prefixes))
    return FALSE;
  for (gsize i = 0; nouns[i] != NULL; i++)
    if (g_str_has_suffix (lower, nouns[i]))
      return FALSE;
  return TRUE;
}

/* A participle as German writes it: "gestohlen", "eingedrungen",
 * "verletzt", "manipuliert" (ge- near the start, an inseparable prefix,
 * or -iert; and the ending of one). */
static gboolean
looks_participle (const TxLanguage *language, const char *lower)
{
  gsize len = strlen (lower);
  gboolean d = language->participle_d && g_str_has_suffix (lower, "d");
  if (len < 5 || !(g_str_has_suffix (lower, "t") || g_str_has_suffix (lower, "en") || d))
    return FALSE;
  const char *ge = strstr (lower, "ge");
  return (ge != NULL && ge - lower <= 5) || g_str_has_suffix (lower, "iert") ||
         g_str_has_prefix (lower, "be") || g_str_has_prefix (lower, "ver") ||
         g_str_has_prefix (lower, "er") || g_str_has_prefix (lower, "ent") ||
         g_str_has_prefix (lower, "zer") ||
         (language->participle_d && dutch_inseparable (lower));
}

/* Whether the clause of the modal at document token `k` closes with a
 * participle and a perfect auxiliary: "soll am Montag in das Haus
 * eingedrungen sein" tells what is said to have happened. */
static gboolean
perfect_infinitive_after (const TxContext *context, guint32 k)
{
  const PrecisDocument *document = context->document;
  const char *const *auxiliaries = context->rules->language->perfect_auxiliaries;
  guint32 sentence = document->tokens[k].sentence;
  for (guint32 i = k + 1; auxiliaries != NULL && i < document->n_tokens && i <= k + 20; i++)
    {
      const PrecisToken *token = &document->tokens[i];
      if (token->sentence != sentence || token->lower == NULL ||
          (token->shape == PRECIS_SHAPE_PUNCT && strchr (",;:()", token->lower[0]) != NULL))
        return FALSE;
      const PrecisToken *before = &document->tokens[i - 1];
      if (g_strv_contains (auxiliaries, token->lower) && before->lower != NULL &&
          before->shape == PRECIS_SHAPE_LOWER && looks_participle (context->rules->language, before->lower))
        return TRUE;
    }
  return FALSE;
}

/* Whether `participle` is one of `forms` or agrees with one ("née",
 * "morts", "arrivées"); a form ending in a consonant is an Italian stem,
 * which takes its vowel ("calat" of "calate", "calati", "calato"). */
static gboolean
agrees_with (const char *participle, const char *const *forms)
{
  gsize len = strlen (participle);
  for (gsize i = 0; forms != NULL && forms[i] != NULL; i++)
    {
      gsize n = strlen (forms[i]);
      if (len >= n && len <= n + 2 && memcmp (participle, forms[i], n) == 0 &&
          (len == n || strcmp (participle + n, "e") == 0 || strcmp (participle + n, "s") == 0 ||
           strcmp (participle + n, "es") == 0 ||
           (len == n + 1 && strchr ("aeiou", forms[i][n - 1]) == NULL && strchr ("oai", participle[n]) != NULL)))
        return TRUE;
    }
  return FALSE;
}

/* The auxiliary "to be" at document token `k` and the participle after
 * it make a past where the verb takes "to be" for its past ("est arrivé",
 * `be_participles`) or is reflexive ("s'est produit", "se sont rendus");
 * else they make a passive present, a state ("la ligne est fermée"). */
static gboolean
past_with_be (const TxContext *context, guint32 k)
{
  static const char *const reflexives[] = { "s'", "s’", "se", "me", "m'", "m’", "te", "t'", "t’",
                                            NULL };
  const PrecisDocument *document = context->document;
  const char *const *forms = context->rules->language->be_participles;
  if (forms == NULL || agrees_with (document->tokens[k + 1].lower, forms))
    return TRUE;
  if (k == 0 || document->tokens[k - 1].lower == NULL)
    return FALSE;
  const char *before = document->tokens[k - 1].lower;
  /* "nous nous sommes rendus" (but "nous sommes fermés") */
  if ((strcmp (before, "nous") == 0 || strcmp (before, "vous") == 0) && k >= 2)
    return tx_lower_is (document, k - 2, before);
  return g_strv_contains (reflexives, before);
}

/* Whether a determiner comes right before document token `k`, or before
 * an adverb right before it ("a still unspecified date", "the newly
 * elected mayor"). */
static gboolean
after_determiner (const TxContext *context, guint32 k)
{
  const PrecisDocument *document = context->document;
  const char *const *determiners = context->rules->language->determiners;
  if (determiners == NULL || k == 0)
    return FALSE;
  const char *before = document->tokens[k - 1].lower;
  if (before == NULL || document->tokens[k - 1].sentence != document->tokens[k].sentence)
    return FALSE;
  if (g_strv_contains (determiners, before))
    return TRUE;
  /* A possessive is a determiner too: "Apple's redesigned iPod goes on
   * sale on Saturday" ("he's signed", "it's emerged" are "has"). */
  static const char *const pronouns[] = { "he", "she", "it", "that", "there", "who", "what", "where",
                                          "here", "everyone", "nobody", "someone", NULL };
  if ((strcmp (before, "'s") == 0 || strcmp (before, "’s") == 0) && k >= 2 &&
      document->tokens[k - 2].lower != NULL && !g_strv_contains (pronouns, document->tokens[k - 2].lower))
    return TRUE;
  static const char *const adverbs[] = { "still", "newly", "already", "recently", "long", NULL };
  return k >= 2 && (g_str_has_suffix (before, "ly") || g_strv_contains (adverbs, before)) &&
         document->tokens[k - 2].lower != NULL && g_strv_contains (determiners, document->tokens[k - 2].lower);
}

/* Whether "to" or a modal comes right before document token `k`: a form
 * that is also the past ("beat", "cut", "put") is then the infinitive
 * ("must beat Chelsea on Saturday", "to cut rates on Thursday"). */
static gboolean
after_modal (const PrecisDocument *document, guint32 k)
{
  static const char *const modals[] = { "to", "will", "would", "must", "can", "could", "should",
                                        "may", "might", "shall", "'ll", "’ll", "not", NULL };
  return k > 0 && document->tokens[k - 1].lower != NULL &&
         document->tokens[k - 1].sentence == document->tokens[k].sentence &&
         g_strv_contains (modals, document->tokens[k - 1].lower);
}

/* Whether document token `k` is an ahead participle standing bare before
 * a function word (see TxLanguage.ahead_participles). */
static gboolean
ahead_participle (const TxContext *context, guint32 k)
{
  static const char *const not_before[] = { "as", "than", "was", "were", "had", "been", "has", "have",
                                            NULL };
  const PrecisDocument *document = context->document;
  const char *const *participles = context->rules->language->ahead_participles;
  if (participles == NULL || !g_strv_contains (participles, document->tokens[k].lower) ||
      k + 1 >= document->n_tokens || k == 0 || document->tokens[k + 1].lower == NULL ||
      document->tokens[k + 1].sentence != document->tokens[k].sentence ||
      g_strv_contains (not_before, document->tokens[k - 1].lower != NULL ? document->tokens[k - 1].lower : ""))
    return FALSE;
  const char *next = document->tokens[k + 1].lower;
  const TxWord *word = tx_lexicon_lookup (context->rules, next, strlen (next));
  return word != NULL && word->function;
}

static gboolean lower_in (const TxGrammar *rules, const char *lower, const char *const *words);
static gboolean perfect_with_be (const TxContext *context, guint32 k);

/* Whether document token `k` is its sentence's first word, quotes and
 * dashes before it ("«Partirò lunedì»"). */
static gboolean
is_first_word (const PrecisDocument *document, guint32 k)
{
  guint32 first = document->sentences[document->tokens[k].sentence].first_token;

  for (guint32 i = first; i < k; i++)
    if (document->tokens[i].shape != PRECIS_SHAPE_PUNCT)
      return FALSE;
  return TRUE;
}

/* Whether `lower` (`len` bytes) ends with one of `endings` whose last
 * letter is not ASCII (an accented vowel: "-rò", "-rá", "-rão"). */
static gboolean
has_accented_ending (const char *lower, gsize len, const char *const *endings)
{
  for (gsize i = 0; endings != NULL && endings[i] != NULL; i++)
    {
      gsize n = strlen (endings[i]);
      if (n < len && (guchar) endings[i][n - 1] >= 0x80 && memcmp (lower + len - n, endings[i], n) == 0)
        return TRUE;
    }
  return FALSE;
}

static TxTense tense_of_token (const TxContext *context, guint32 k);
static gboolean is_clause_break (const PrecisToken *token);

/* How far after a word of plan that is also a past ("set") a "for" or
 * "of" of its plan's time is looked for. */
#define PLAN_FOR_REACH 8

/* Whether document token `k`, a word of plan that is also a past (see
 * TxLanguage.plan_pasts), is that past: "Spieth set a new record on
 * Friday", "He set up the company in May" were the coming Friday and May
 * (the word was no tense); "the judge set a hearing for Friday", "have
 * set a deadline of Friday", "to set a date", "a set on Friday" stay
 * none. */
static gboolean
plan_word_told_past (const TxContext *context, guint32 k)
{
  const PrecisDocument *document = context->document;
  /* (a participle before its preposition: "the Nov. 1 deadline set in
   * that agreement", "a record set on Friday") */
  static const char *const prepositions[] = { "in", "on", "at", "by", "for", "to", "under", "during", "with",
                                              "from", "into", "within", "until", "before", "after", NULL };
  if (!lower_in (context->rules, document->tokens[k].lower, context->rules->language->plan_pasts) ||
      after_modal (document, k) || after_determiner (context, k) ||
      (k + 1 < document->n_tokens && document->tokens[k + 1].lower != NULL &&
       g_strv_contains (prepositions, document->tokens[k + 1].lower)))
    return FALSE;
  for (guint32 i = k + 1; i < document->n_tokens && i <= k + PLAN_FOR_REACH; i++)
    {
      const PrecisToken *token = &document->tokens[i];
      if (token->sentence != document->tokens[k].sentence || is_clause_break (token))
        break;
      if (tx_lower_is (document, i, "for") || tx_lower_is (document, i, "of"))
        return FALSE;
    }
  return TRUE;
}

/* tense_of_token() of document token `k`, once a document: it reads only
 * the document and the language's rules. */
static TxTense
tense_of (const TxContext *context, guint32 k)
{
  TxMemory *memory = context->memory;

  if (memory == NULL)
    return tense_of_token (context, k);
  if (memory->tenses == NULL)
    {
      memory->tenses = g_malloc (MAX (context->document->n_tokens, 1));
      memset (memory->tenses, TX_TENSE_UNKNOWN, MAX (context->document->n_tokens, 1));
    }
  if (memory->tenses[k] == TX_TENSE_UNKNOWN)
    memory->tenses[k] = (guint8) tense_of_token (context, k);
  return (TxTense) memory->tenses[k];
}

void
tx_memory_clear (TxMemory *memory)
{
  g_clear_pointer (&memory->tenses, g_free);
}

static TxTense
tense_of_token (const TxContext *context, guint32 k)
{
  const PrecisDocument *document = context->document;
  const PrecisToken *token = &document->tokens[k];
  const char *lower = token->lower;
  char verb[32];
  if (lower == NULL)
    return TX_TENSE_NONE;
  gsize len = strlen (lower);
  /* "reuniram-se no sábado": the verb without its pronoun. */
  const char *hyphen = strrchr (lower, '-');
  const char *const *enclitics = context->rules->language->enclitics;
  if (hyphen != NULL && enclitics != NULL && (gsize) (hyphen - lower) < sizeof verb &&
      g_strv_contains (enclitics, hyphen + 1))
    {
      len = (gsize) (hyphen - lower);
      memcpy (verb, lower, len);
      verb[len] = '\0';
      lower = verb;
    }
  if (tx_lower_is (document, k + 1, "for") &&
      lower_in (context->rules, lower, context->rules->language->foretold_participles))
    return TX_TENSE_FUTURE;
  const TxWord *word = tx_lexicon_lookup (context->rules, lower, len);
  if (word != NULL && word->tense == TX_TENSE_MODAL)
    return perfect_infinitive_after (context, k) ? TX_TENSE_PAST : TX_TENSE_FUTURE;
  if (word != NULL && word->tense == TX_TENSE_FUTURE_WITH_TO)
    {
      if (tx_lower_is (document, k + 1, "to") || tx_lower_is (document, k + 1, "for") ||
          (k > 0 && (tx_lower_is (document, k - 1, "is") || tx_lower_is (document, k - 1, "are") ||
                     tx_lower_is (document, k - 1, "be"))))
        return TX_TENSE_FUTURE;
      if (ahead_participle (context, k))
        return TX_TENSE_FUTURE;
      if (plan_word_told_past (context, k))
        return TX_TENSE_PAST;
      return TX_TENSE_NONE;
    }
  /* "s'est produit", "sont arrivés": a participle after the auxiliary
   * (unless the participle says something itself: "est prévu"). */
  if (word != NULL && word->tense == TX_TENSE_PRESENT && k + 1 < document->n_tokens)
    {
      const TxLanguage *language = context->rules->language;
      const PrecisToken *next = &document->tokens[k + 1];
      if (language->be_auxiliaries != NULL && g_strv_contains (language->be_auxiliaries, lower) &&
          next->lower != NULL && next->shape == PRECIS_SHAPE_LOWER &&
          next->sentence == token->sentence &&
          has_ending (next->lower, strlen (next->lower), language->participle_endings) &&
          tx_lexicon_lookup (context->rules, next->lower, strlen (next->lower)) == NULL &&
          past_with_be (context, k))
        return TX_TENSE_PAST;
    }
  /* "De verkoop is in maart gedaald", "Die Preise sind im März
   * gestiegen": the present of "to be" with a participle later in its
   * clause is a perfect (the weekdays' rule, tx_sentence_tells_past). */
  if (word != NULL && word->tense == TX_TENSE_PRESENT && perfect_with_be (context, k))
    return TX_TENSE_PAST;
  if (word != NULL)
    return word->tense == TX_TENSE_PAST && after_modal (document, k) ? TX_TENSE_NONE : word->tense;
  /* Regular forms by their endings ("-ed", "-ó", "-rá"); capitalized
   * words are names ("Ahmed"), compounds of a word and a participle
   * adjectives ("fourth-placed", "injury-ravaged"; but "re-elected"). */
  hyphen = strchr (lower, '-');
  /* "Partirò lunedì per Bruxelles", "Llegará el lunes": a sentence's
   * first word is capitalized whatever it is; a future's ending with an
   * accent on its last letter ends no name there ("Sandra" would end as
   * French "-ra" does). */
  if (len >= 5 && token->shape == PRECIS_SHAPE_CAPITALIZED && is_first_word (document, k) &&
      has_accented_ending (lower, len, context->rules->language->future_endings))
    return TX_TENSE_FUTURE;
  if (len >= 5 && token->shape == PRECIS_SHAPE_LOWER && (hyphen == NULL || hyphen - lower <= 3))
    {
      const TxLanguage *language = context->rules->language;
      if (has_ending (lower, len, language->past_endings) &&
          !has_ending (lower, len, language->past_ending_exceptions) &&
          !has_beginning (lower, language->past_prefix_exceptions))
        return after_determiner (context, k) ? TX_TENSE_NONE : TX_TENSE_PAST;
      if (has_ending (lower, len, language->future_endings))
        return TX_TENSE_FUTURE;
    }
  return TX_TENSE_NONE;
}

gboolean
tx_past_verb_at (const TxContext *context, guint32 k)
{
  return k < context->document->n_tokens && tense_of (context, k) == TX_TENSE_PAST;
}

static gboolean
is_auxiliary_be (const PrecisToken *token)
{
  return token->lower != NULL &&
         (strcmp (token->lower, "be") == 0 || strcmp (token->lower, "been") == 0 ||
          strcmp (token->lower, "being") == 0 || strcmp (token->lower, "is") == 0 ||
          strcmp (token->lower, "are") == 0);
}

/* "killing", "stabbing": a lower-case word of more than "-ing" */
static gboolean
gerund (const PrecisToken *token)
{
  return token->lower != NULL && token->shape == PRECIS_SHAPE_LOWER && strlen (token->lower) >= 6 &&
         g_str_has_suffix (token->lower, "ing");
}

static gboolean
is_name_word (const PrecisToken *token)
{
  return token->shape == PRECIS_SHAPE_CAPITALIZED || token->shape == PRECIS_SHAPE_UPPER;
}

/* ",", ";", "(": where a clause may end. */
static gboolean
is_clause_break (const PrecisToken *token)
{
  return token->shape == PRECIS_SHAPE_PUNCT && token->lower != NULL && token->lower[0] != '\0' &&
         token->lower[1] == '\0' && strchr (",;:()", token->lower[0]) != NULL;
}

static gboolean
is_quote (const PrecisToken *token)
{
  static const char *const quotes[] = { "\"", "'", "`", "``", "\u201c", "\u2018", "\u00ab", "\u201e", NULL };
  return token->lower != NULL && g_strv_contains (quotes, token->lower);
}

/* Whether document token `first` opens its sentence, after one word at
 * most ("On March 3", "Il 3 marzo", "Am 3. März"; quotes not counted). */
static gboolean
opens_sentence (const PrecisDocument *document, guint32 first)
{
  guint words = 0;
  for (guint32 k = first; k > 0; k--)
    {
      const PrecisToken *token = &document->tokens[k - 1];
      if (token->sentence != document->tokens[first].sentence)
        break;
      if (token->shape == PRECIS_SHAPE_PUNCT && !is_quote (token))
        return FALSE;
      if (token->shape != PRECIS_SHAPE_PUNCT && ++words > 1)
        return FALSE;
    }
  return TRUE;
}

/* The lists lower_in() is asked of a token: every content word, every
 * word between a verb and a date is looked up in several (g_strv_contains
 * of each was ~40 K instructions of the sample article's Analyze).  A
 * grammar keeps one table of their words, a bit for each list. */
void
tx_word_lists_build (TxGrammar *rules, const TxLanguage *language)
{
  const char *const *const lists[] = {
    language->function_words, language->determiners, language->clause_links, language->complementizers,
    language->not_nonfinite, language->infinitive_markers, language->relatives, language->earlier_links,
    language->present_perfect_auxiliaries, language->passive_presents,
  };
  G_STATIC_ASSERT (G_N_ELEMENTS (lists) <= TX_N_WORD_LISTS);

  rules->list_words = g_hash_table_new (g_str_hash, g_str_equal);
  rules->n_word_lists = 0;
  for (gsize i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      guint bit = 0;

      if (lists[i] == NULL)
        continue;
      /* (a list two fields share keeps one bit) */
      while (bit < rules->n_word_lists && rules->word_lists[bit] != lists[i])
        bit++;
      if (bit < rules->n_word_lists)
        continue;
      rules->word_lists[rules->n_word_lists++] = lists[i];
      for (gsize k = 0; lists[i][k] != NULL; k++)
        {
          guint bits = GPOINTER_TO_UINT (g_hash_table_lookup (rules->list_words, lists[i][k]));

          g_hash_table_insert (rules->list_words, (gpointer) lists[i][k], GUINT_TO_POINTER (bits | 1u << bit));
        }
    }
}

/* Whether `lower` is one of `words`: by the grammar's table when `words`
 * is one of its lists, else word by word. */
static gboolean
lower_in (const TxGrammar *rules, const char *lower, const char *const *words)
{
  if (lower == NULL || words == NULL)
    return FALSE;
  for (guint bit = 0; bit < rules->n_word_lists; bit++)
    if (rules->word_lists[bit] == words)
      return (GPOINTER_TO_UINT (g_hash_table_lookup (rules->list_words, lower)) >> bit) & 1;
  return g_strv_contains (words, lower);
}

/* Whether document token `k` is a content word: no stopword, function
 * word or determiner, no number or punctuation. */
static gboolean
content_word (const TxContext *context, guint32 k)
{
  const PrecisToken *token = &context->document->tokens[k];
  const TxLanguage *language = context->rules->language;
  return (token->shape == PRECIS_SHAPE_LOWER || token->shape == PRECIS_SHAPE_CAPITALIZED) &&
         !(token->flags & PRECIS_TOKEN_STOPWORD) && !lower_in (context->rules, token->lower, language->function_words) &&
         !lower_in (context->rules, token->lower, language->determiners);
}

/* Whether document token `k`, between a verb and the date after it,
 * opens another clause (see TxLanguage.clause_links). */
static gboolean
opens_other_clause (const TxContext *context, guint32 k)
{
  const PrecisDocument *document = context->document;
  const TxLanguage *language = context->rules->language;
  const PrecisToken *token = &document->tokens[k];
  const char *lower = token->lower;
  if (lower_in (context->rules, lower, language->clause_links) ||
      lower_in (context->rules, lower, language->complementizers))
    return TRUE;
  if (lower == NULL || token->shape != PRECIS_SHAPE_LOWER || lower_in (context->rules, lower, language->not_nonfinite))
    return FALSE;
  gsize len = strlen (lower);
  /* "the man arrested in the raid faces a hearing": "faces" after "raid"
   * (but a plural noun before one of `noun_prepositions` is no verb:
   * "introduced tighter restrictions on Cuba in May", "sold its
   * businesses for £173m in May") */
  return len >= 4 && has_ending (lower, len, language->present_endings) && k > 0 &&
         document->tokens[k - 1].sentence == token->sentence && content_word (context, k - 1) &&
         !after_determiner (context, k) &&
         !(k + 1 < document->n_tokens && lower_in (context->rules, document->tokens[k + 1].lower,
                                                   language->noun_prepositions));
}

/* Whether document token `k` opens its sentence or a clause (after a
 * comma, a colon, a quote...). */
static gboolean
opens_clause_at (const PrecisDocument *document, guint32 k)
{
  if (k == 0 || (document->tokens[k].flags & PRECIS_TOKEN_SENTENCE_START) ||
      document->tokens[k - 1].sentence != document->tokens[k].sentence)
    return TRUE;
  return is_clause_break (&document->tokens[k - 1]) || is_quote (&document->tokens[k - 1]);
}

/* Whether a subject starting at document token `k` opens its clause:
 * the sentence's or a clause's start, or right after a verb of saying or
 * "that" ("Officials said the meeting begins Monday"). */
static gboolean
opens_subject_at (const TxContext *context, guint32 k)
{
  const PrecisDocument *document = context->document;
  const TxLanguage *language = context->rules->language;
  if (opens_clause_at (document, k))
    return TRUE;
  const char *before = document->tokens[k - 1].lower;
  return lower_in (context->rules, before, language->saying_verbs) ||
         lower_in (context->rules, before, language->complementizers);
}

/* Whether document token `k` is a verb in the simple present: a word of
 * `present_endings` right after a subject pronoun or relative ("he
 * faces trial on Monday", "which opens on Friday"), or after a subject
 * that opens its clause (see opens_subject_at): one of the language's
 * `present_subject_articles` and one or two lower-case words ("The
 * festival opens on Friday, organisers said",
 * "The retailer expects sales to recover in the second half"), or one to
 * three capitalized words of no stopword ("Albright arrives in Rome on
 * Thursday, officials said").  The verb of a clause that goes on past
 * the date after it ("The peace talks on Monday failed") is that one: see
 * finite_verb_after. */
static gboolean
present_simple_at (const TxContext *context, guint32 k)
{
  const PrecisDocument *document = context->document;
  const TxLanguage *language = context->rules->language;
  const PrecisToken *token = &document->tokens[k];
  if (language->present_subjects == NULL || token->lower == NULL || token->shape != PRECIS_SHAPE_LOWER ||
      k == 0 || opens_clause_at (document, k))
    return FALSE;
  gsize len = strlen (token->lower);
  if (len < 4 || !has_ending (token->lower, len, language->present_endings) ||
      tx_lexicon_lookup (context->rules, token->lower, len) != NULL)
    return FALSE;
  if (lower_in (context->rules, document->tokens[k - 1].lower, language->present_subjects))
    return TRUE;
  for (guint32 n = 1; n <= 3 && n <= k; n++)
    {
      const PrecisToken *name = &document->tokens[k - n];
      if (name->shape != PRECIS_SHAPE_CAPITALIZED || (name->flags & PRECIS_TOKEN_STOPWORD) ||
          name->sentence != token->sentence)
        break;
      if (opens_subject_at (context, k - n))
        return TRUE;
    }
  for (guint32 n = 1; n <= 2 && n < k; n++)
    {
      guint32 w = k - n;
      if (document->tokens[w].shape != PRECIS_SHAPE_LOWER || !content_word (context, w) ||
          opens_clause_at (document, w))
        return FALSE;
      const char *det = document->tokens[w - 1].lower;
      if (det != NULL && language->present_subject_articles != NULL &&
          g_strv_contains (language->present_subject_articles, det) && opens_subject_at (context, w - 1))
        return TRUE;
    }
  return FALSE;
}

/* Whether a verb of a tense follows document token `last` in its clause
 * (before a comma or the sentence's end). */
static gboolean
finite_verb_after (const TxContext *context, guint32 last)
{
  const PrecisDocument *document = context->document;
  for (guint32 k = last + 1, n = 0; k < document->n_tokens && n < LOOK_AHEAD; k++, n++)
    {
      const PrecisToken *token = &document->tokens[k];
      if (token->sentence != document->tokens[last].sentence || is_clause_break (token))
        return FALSE;
      if (tense_of (context, k) != TX_TENSE_NONE)
        return TRUE;
    }
  return FALSE;
}

/* Whether document token `k` is a non-finite verb by its ending:
 * "pending a hearing", "acordó pagar" (see TxLanguage.clause_links). */
static gboolean
nonfinite_at (const TxContext *context, guint32 k)
{
  const PrecisDocument *document = context->document;
  const TxLanguage *language = context->rules->language;
  const PrecisToken *token = &document->tokens[k];
  const char *lower = token->lower;
  if (lower == NULL || token->shape != PRECIS_SHAPE_LOWER || lower_in (context->rules, lower, language->not_nonfinite))
    return FALSE;
  gsize len = strlen (lower);
  return len >= 5 && has_ending (lower, len, language->nonfinite_endings) && !after_determiner (context, k);
}

/* Whether document token `k` is the content word after an infinitive's
 * marker: "to pay". */
static gboolean
infinitive_at (const TxContext *context, guint32 k)
{
  const PrecisDocument *document = context->document;
  const PrecisToken *token = &document->tokens[k];
  return token->shape == PRECIS_SHAPE_LOWER && k > 0 && document->tokens[k - 1].sentence == token->sentence &&
         lower_in (context->rules, document->tokens[k - 1].lower, context->rules->language->infinitive_markers) &&
         content_word (context, k);
}

/* Whether the verb at document token `k` opens a relative clause: one of
 * the language's relatives right before it, or before its auxiliaries
 * ("who was arrested", "que fue detenido", "qui a été"). */
static gboolean
opens_relative (const TxContext *context, guint32 k)
{
  const PrecisDocument *document = context->document;
  for (guint back = 1; back <= 3 && back <= k; back++)
    {
      const PrecisToken *token = &document->tokens[k - back];
      if (token->sentence != document->tokens[k].sentence)
        return FALSE;
      if (lower_in (context->rules, token->lower, context->rules->language->relatives))
        return TRUE;
      if (tense_of (context, k - back) == TX_TENSE_NONE && !is_auxiliary_be (token))
        return FALSE;
    }
  return FALSE;
}

/* Whether the past participle at document token `k` is a present
 * perfect's ("has urged", "have been asked") with an infinitive between
 * it and document token `first` ("has urged his players to concentrate
 * on the match on Saturday"): English gives a present perfect no date
 * of its own, so the date after is the infinitive's, which comes after
 * the perfect's now. */
static gboolean
perfect_before_infinitive (const TxContext *context, guint32 k, guint32 first)
{
  const PrecisDocument *document = context->document;
  const char *const *auxiliaries = context->rules->language->present_perfect_auxiliaries;
  if (auxiliaries == NULL || k == 0)
    return FALSE;
  guint32 aux = k - 1;
  if (tx_lower_is (document, aux, "been") && aux > 0)
    aux--;
  if (document->tokens[aux].sentence != document->tokens[k].sentence ||
      !lower_in (context->rules, document->tokens[aux].lower, auxiliaries))
    return FALSE;
  for (guint32 i = k + 1; i < first; i++)
    if (infinitive_at (context, i))
      return TRUE;
  return FALSE;
}

TxTense
tx_tense_around (const TxContext *context, guint start, guint end)
{
  guint distance;
  return tx_tense_near (context, start, end, &distance);
}

static gboolean phrase_ends_at (const PrecisDocument *document, guint32 k, const char *phrase,
                                guint32 *first);

/* Whether one of the language's "ahead of" phrases ends between document
 * tokens `from` and `to` (excluded): "is pictured in the garage ahead of
 * the first race on Saturday" dates the race, not the picture. */
static gboolean
ahead_phrase_between (const TxContext *context, guint32 from, guint32 to)
{
  const char *const *phrases = context->rules->language->ahead_phrases;
  guint32 phrase_first;
  for (guint32 k = from; phrases != NULL && k < to; k++)
    for (gsize i = 0; phrases[i] != NULL; i++)
      if (phrase_ends_at (context->document, k, phrases[i], &phrase_first))
        return TRUE;
  return FALSE;
}

/* Whether the expression starting at document token `first` is in a
 * gerund's clause opened by one of the language's earlier_links: "after
 * leaving Liverpool in May", "since joining from Chelsea in July" (no
 * finite verb nor clause break between). */
static gboolean
earlier_gerund_before (const TxContext *context, guint32 first)
{
  const PrecisDocument *document = context->document;
  const char *const *links = context->rules->language->earlier_links;
  if (links == NULL)
    return FALSE;
  for (guint32 k = first, n = 0; k > 1 && n < 8; n++)
    {
      const PrecisToken *token = &document->tokens[--k];
      if (token->sentence != document->tokens[first].sentence || is_clause_break (token) ||
          tense_of (context, k) != TX_TENSE_NONE)
        return FALSE;
      if (nonfinite_at (context, k) && lower_in (context->rules, document->tokens[k - 1].lower, links))
        return TRUE;
    }
  return FALSE;
}

/* Whether a word of the future stands in the sentence of document tokens
 * [first, last], within `reach` words either side. */
static gboolean
future_in_sentence (const TxContext *context, guint32 first, guint32 last, guint reach)
{
  const PrecisDocument *document = context->document;
  guint32 sentence = document->tokens[first].sentence;
  guint32 from = first > reach ? first - reach : 0;
  for (guint32 k = from; k < document->n_tokens && k <= last + reach; k++)
    if (document->tokens[k].sentence == sentence && tense_of (context, k) == TX_TENSE_FUTURE)
      return TRUE;
  return FALSE;
}

TxTense
tx_tense_near (const TxContext *context, guint start, guint end, guint *distance)
{
  const PrecisDocument *document = context->document;
  guint32 first = context->tokens[start].doc_token;
  guint32 last = context->tokens[end - 1].doc_token;
  guint32 sentence = document->tokens[first].sentence;
  TxTense weak = TX_TENSE_NONE;
  *distance = 1;

  /* "until 9 a.m. Tuesday", a deadline; but not "Until Thursday, they had
   * not..." which looks back from a sentence's start. */
  /* ...and "hasta el jueves", "jusqu'à jeudi", a purpose's day ("para el
   * domingo se pronostica cero grados", "prévu pour samedi") (classes of
   * the span's words: "el jueves" opens with its article) */
  static const char *const until[] = { "until", "till", "hasta", "jusqu'à", "jusqu’à", "para", "pour", NULL };
  guint classes = 0;
  for (guint i = start; i < end; i++)
    classes |= context->tokens[i].classes;
  if ((classes & (TX_C_WDAY | TX_C_HOUR | TX_C_CLOCKWORD)) &&
      first >= 1 && document->tokens[first - 1].lower != NULL &&
      (g_strv_contains (until, document->tokens[first - 1].lower) ||
       (first >= 2 && strcmp (document->tokens[first - 1].lower, "à") == 0 &&
        document->tokens[first - 2].lower != NULL && g_str_has_prefix (document->tokens[first - 2].lower, "jusqu"))) &&
      !(document->tokens[first - 1].flags & PRECIS_TOKEN_SENTENCE_START))
    return TX_TENSE_FUTURE;

  /* "as soon as Tuesday", "as early as next week" */
  if (first >= 2 && document->tokens[first - 1].lower != NULL &&
      strcmp (document->tokens[first - 1].lower, "as") == 0 &&
      document->tokens[first - 2].lower != NULL &&
      (strcmp (document->tokens[first - 2].lower, "soon") == 0 ||
       strcmp (document->tokens[first - 2].lower, "early") == 0))
    return TX_TENSE_FUTURE;

  /* "is ready to return after leaving Liverpool in May", "has been out
   * of work since leaving Chelsea in June", "After winning the title in
   * May, the club sold": what the gerund's clause tells came before the
   * clause it hangs on, so with no future in the sentence it is done ("will
   * retire after playing his last game in May" is left to the verbs). */
  if (earlier_gerund_before (context, first) && !future_in_sentence (context, first, last, 20))
    return TX_TENSE_PAST;

  TxTense back = TX_TENSE_NONE, ahead = TX_TENSE_NONE;
  guint back_distance = G_MAXUINT, ahead_words = G_MAXUINT;
  gboolean back_broken = FALSE, ahead_broken = FALSE;
  /* "On March 3 the government fell", "Il 3 marzo il governo è caduto",
   * "El 3 de marzo, el gobierno cayó": an expression opening its sentence
   * is told by the verb of its clause, however many words of the subject
   * stand between (a break past a comma right after it, or a "that",
   * "que", ends the clause: "21 de junio, mientras que las convocatorias
   * de septiembre han quedado fijadas" is no past). */
  gboolean fronted = opens_sentence (document, first), fronted_clause = TRUE;
  /* whether a word between the verb found before and the expression opens
   * another clause (see TxLanguage.clause_links) */
  gboolean back_other = FALSE, back_infinitive = FALSE, back_passive = FALSE, back_after_link = FALSE;
  guint32 back_verb = 0;
  gboolean clauses = context->rules->language->clause_links != NULL;
  for (guint32 k = first, n = 0; k > 0 && n < CLAUSE_REACH; n++)
    {
      /* past LOOK_BACK words, only the expression's own clause ("The team
       * played its last game of the regular season against the Lakers in
       * Los Angeles in March") */
      if (n >= LOOK_BACK && (!clauses || back_broken || back_other))
        break;
      const PrecisToken *token = &document->tokens[--k];
      if (token->sentence != sentence)
        break;
      back_broken |= is_clause_break (token);
      TxTense tense = tense_of (context, k);
      /* "The festival opens on Friday, organisers said": a plan, not the
       * Friday gone by the "said" after the comma ("faces a ban after the
       * incident on Saturday": the date is the incident's) */
      if (tense == TX_TENSE_NONE && !back_after_link && present_simple_at (context, k) &&
          !finite_verb_after (context, last))
        tense = TX_TENSE_FUTURE;
      back_after_link |= lower_in (context->rules, token->lower, context->rules->language->earlier_links);
      /* "wordt zaterdag en zondag opgevoerd": ahead (see
       * TxLanguage.passive_presents) */
      if (tense == TX_TENSE_NONE &&
          lower_in (context->rules, token->lower, context->rules->language->passive_presents))
        tense = TX_TENSE_FUTURE;
      if (tense == TX_TENSE_NONE)
        {
          back_other |= opens_other_clause (context, k) || nonfinite_at (context, k);
          back_infinitive |= infinitive_at (context, k);
        }
      /* "will be paid": a participle says nothing of time, the auxiliary
       * does; "is planned for Friday", "are expected Monday" look ahead. */
      if (tense == TX_TENSE_PAST && k > 0 && is_auxiliary_be (&document->tokens[k - 1]))
        {
          const char *aux = document->tokens[k - 1].lower;
          /* "is accused of killing ... Monday", "are charged with
           * stabbing": the gerund is the deed the charge is about, done. */
          if ((strcmp (aux, "is") == 0 || strcmp (aux, "are") == 0) && k + 2 < first &&
              (tx_lower_is (document, k + 1, "of") || tx_lower_is (document, k + 1, "with")) &&
              gerund (&document->tokens[k + 2]))
            {
              back = TX_TENSE_PAST, back_distance = n + 1, back_verb = k;
              break;
            }
          if ((strcmp (aux, "is") == 0 || strcmp (aux, "are") == 0) &&
              lower_in (context->rules, token->lower, context->rules->language->caption_participles) &&
              !ahead_phrase_between (context, k + 1, first))
            {
              back = TX_TENSE_PAST, back_distance = n + 1, back_verb = k;
              break;
            }
          if (strcmp (aux, "is") == 0 || strcmp (aux, "are") == 0)
            {
              back = TX_TENSE_FUTURE, back_distance = n + 1, back_verb = k;
              /* (maybe a state, "is estimated at 2.3% in December": no
               * sure verb; "is scheduled" is a future word itself) */
              back_passive = TRUE;
              break;
            }
          continue;
        }
      if (tense == TX_TENSE_PRESENT)
        weak = tense, back_other = TRUE;
      else if (tense != TX_TENSE_NONE)
        {
          back = tense, back_distance = n + 1, back_verb = k;
          if (tense == TX_TENSE_PAST && perfect_before_infinitive (context, k, first))
            back = TX_TENSE_FUTURE;
          /* "Respect failed to gain enough votes in June", "managed to
           * score on Saturday": the infinitive of such a verb is done when
           * it is, no later clause of its own. */
          if (tense == TX_TENSE_PAST && tx_lower_is (document, k + 1, "to") &&
              lower_in (context->rules, token->lower, context->rules->language->same_time_verbs))
            back_infinitive = FALSE;
          break;
        }
    }
  gboolean ahead_other = FALSE, aside_closed = FALSE;
  /* "In June's European Parliament elections, Respect failed", "After
   * Saturday's defeat at Chelsea, Smith said": a date that is its noun
   * phrase's genitive, fronted; the first comma after it ends that phrase,
   * not the date's clause (no verb nor link between). */
  gboolean genitive_phrase = fronted && (tx_lower_is (document, last + 1, "'s") ||
                                         tx_lower_is (document, last + 1, "’s"));
  for (guint32 k = last + 1, n = 0; k < document->n_tokens && n < LOOK_AHEAD; k++)
    {
      const PrecisToken *token = &document->tokens[k];
      if (token->sentence != sentence)
        break;
      ahead_broken |= is_clause_break (token);
      ahead_other |= clauses && (lower_in (context->rules, token->lower, context->rules->language->clause_links) ||
                                 lower_in (context->rules, token->lower, context->rules->language->complementizers));
      /* (a few words between two commas right after it are an aside,
       * not another clause: "Il 9 settembre, all'Eliseo, si è tenuto un
       * vertice", "On Tuesday, in Paris, the leaders agreed") */
      gboolean aside_closes = !aside_closed && k > last + 1 && k <= last + 5 &&
                              tx_lower_is (document, last + 1, ",") && tx_lower_is (document, k, ",");
      aside_closed |= aside_closes;
      gboolean phrase_closes = genitive_phrase && k <= last + 8 && is_clause_break (token) &&
                               tx_lower_is (document, k, ",");
      genitive_phrase &= !phrase_closes && tense_of (context, k) == TX_TENSE_NONE &&
                         !lower_in (context->rules, token->lower, context->rules->language->clause_links);
      if ((is_clause_break (token) && k != last + 1 && !aside_closes && !phrase_closes) ||
          (token->lower != NULL && context->rules->language->complementizers != NULL &&
           g_strv_contains (context->rules->language->complementizers, token->lower)))
        fronted_clause = FALSE;
      /* A name of many words counts as one: "On Tuesday, the National
       * Abortion and Reproductive Rights Action League plans to...". */
      if (!(is_name_word (token) && is_name_word (&document->tokens[k - 1])))
        n++;
      TxTense tense = tense_of (context, k);
      /* "On Saturday we are frustrated": an adjective */
      if (tense == TX_TENSE_PAST && (tx_lower_is (document, k - 1, "is") || tx_lower_is (document, k - 1, "are")))
        continue;
      if (tense == TX_TENSE_PRESENT)
        weak = tense;
      else if (tense != TX_TENSE_NONE)
        {
          ahead = tense, ahead_words = n;
          break;
        }
    }
  /* The verb of the expression's own clause tells ("Im Januar stiegen
   * die Preise, im März werden sie fallen": each month its own verb;
   * "no volverá tras las elecciones del 12 de marzo, hizo balance": the
   * election's); within the clause or across a break on both sides, the
   * nearer one, a tie going to the one before. */
  /* the verb of the expression's own clause, however far: sure (and
   * one after a link is another clause's: "pulled off a stunning win
   * over Barcelona in June and Ancelotti has warned") */
  /* (an infinitive after a future is its own: "is due to repay a loan
   * on Thursday"; after a past, another clause's: "agreed to pay it back
   * on March 26") */
  gboolean back_sure = back != TX_TENSE_NONE && clauses && !back_broken && !back_other &&
                       !(back_infinitive && back != TX_TENSE_FUTURE) && !back_passive &&
                       back_distance > 1 && !opens_relative (context, back_verb);
  /* ...but a future in the past ("said Greece would be 'close to the
   * end' on April 9") or of a form of no tense ("was starting his first
   * game in 20 months") is not */
  if (back == TX_TENSE_FUTURE && back_sure)
    {
      const char *lower = document->tokens[back_verb].lower;
      gsize len = strlen (lower);
      back_sure = strcmp (lower, "would") != 0 &&
                  !has_ending (lower, len, context->rules->language->nonfinite_endings) &&
                  !(back_verb > 0 && tense_of (context, back_verb - 1) == TX_TENSE_PAST);   /* "was due to" */
    }
  gboolean ahead_wins = back == TX_TENSE_NONE ||
                        (back_sure && ahead_other ? FALSE
                         : ahead_broken == back_broken ? ahead_words < back_distance : back_broken);
  if (ahead != TX_TENSE_NONE && ahead_wins)
    {
      /* (one more than the words between, as the penalties in
       * timex-normalize.c were weighed with) */
      *distance = ahead_words + 1;
      if (fronted && fronted_clause)
        *distance = MIN (*distance, 3);
      return ahead;
    }
  if (back != TX_TENSE_NONE)
    {
      *distance = back_sure ? MIN (back_distance, 3) : back_distance;
      return back;
    }
  *distance = G_MAXUINT;
  return weak;
}

/* How far either side of an expression its sentence is searched for a
 * past (a bound, so that a sentence of a million words with many
 * weekdays stays linear). */
#define SENTENCE_REACH 40

/* Participles of a plan, which "to be" makes a passive present of, not a
 * perfect: "De verkiezingen zijn voor maart gepland", "Die Wahl ist für
 * März geplant" look ahead. */
static const char *const planned_participles[] = {
  "gepland", "voorzien", "verwacht", "vastgesteld", "geagendeerd", "geplant", "vorgesehen", "erwartet",
  "angesetzt", "festgelegt", "terminiert", "angekündigt", NULL,
};

/* Whether the present of "to be" at document token `k` makes a perfect
 * with a participle later in its clause ("ist am Samstag gestorben"). */
static gboolean
perfect_with_be (const TxContext *context, guint32 k)
{
  const PrecisDocument *document = context->document;
  const char *const *be = context->rules->language->be_perfect;
  if (be == NULL || document->tokens[k].lower == NULL || !g_strv_contains (be, document->tokens[k].lower))
    return FALSE;
  guint32 sentence = document->tokens[k].sentence;
  for (guint32 i = k + 1; i < document->n_tokens && i <= k + SENTENCE_REACH; i++)
    {
      const PrecisToken *token = &document->tokens[i];
      if (token->sentence != sentence || token->lower == NULL || is_clause_break (token))
        return FALSE;
      if (token->shape == PRECIS_SHAPE_LOWER && looks_participle (context->rules->language, token->lower) &&
          tx_lexicon_lookup (context->rules, token->lower, strlen (token->lower)) == NULL)
        return !g_strv_contains (planned_participles, token->lower);
    }
  return FALSE;
}

/* Whether `text` starts with a number of one or two digits; the rest in
 * *rest. */
static gboolean
small_number (const char *text, const char **rest)
{
  guint digits = 0;
  while (g_ascii_isdigit (text[digits]))
    digits++;
  *rest = text + digits;
  return digits >= 1 && digits <= 2;
}

/* Whether `text` is a dash. */
static gboolean
is_dash (const char *text)
{
  return strcmp (text, "-") == 0 || strcmp (text, "–") == 0;
}

/* Whether a match's result, two numbers of one or two digits and a dash,
 * "1-3" (one token) or "2 – 1" (three), starts at document token `k`;
 * the token after it in *after. */
static gboolean
score_at (const PrecisDocument *document, guint32 k, guint32 *after)
{
  const char *rest;
  const char *one = k < document->n_tokens ? document->tokens[k].lower : NULL;
  if (one == NULL || !small_number (one, &rest))
    return FALSE;
  if (*rest != '\0')   /* "1-3" is one token */
    {
      const char *dash = g_str_has_prefix (rest, "-") ? rest + 1
                         : g_str_has_prefix (rest, "–") ? rest + strlen ("–") : NULL;
      *after = k + 1;
      return dash != NULL && small_number (dash, &rest) && *rest == '\0';
    }
  if (k + 2 >= document->n_tokens)
    return FALSE;
  const char *dash = document->tokens[k + 1].lower;   /* "2 – 1" are three */
  const char *two = document->tokens[k + 2].lower;
  *after = k + 3;
  return dash != NULL && is_dash (dash) && two != NULL && small_number (two, &rest) && *rest == '\0';
}

/* Whether document token `k` opens a match's result in brackets, "(1-3)",
 * "(2 – 2)": a sentence that gives the score tells a match already played
 * ("très faible samedi à Montpellier en championnat (1-3)"), even with no
 * verb in it.  "(1998-2001)" and "(9-15 ans)" are no scores. */
static gboolean
score_in_brackets (const PrecisDocument *document, guint32 k)
{
  guint32 after;
  return tx_lower_is (document, k, "(") && score_at (document, k + 1, &after) &&
         tx_lower_is (document, after, ")");
}

gboolean
tx_result_named (const TxContext *context, guint end)
{
  const PrecisDocument *document = context->document;
  guint32 last = context->tokens[end - 1].doc_token, after;
  if (!tx_lower_is (document, last + 1, "'s") && !tx_lower_is (document, last + 1, "’s"))
    return FALSE;
  guint32 sentence = document->tokens[last].sentence;
  for (guint32 k = last + 2; k <= last + 3 && k < document->n_tokens; k++)
    {
      if (document->tokens[k].sentence != sentence)
        return FALSE;
      if (score_at (document, k, &after))
        return TRUE;
      if (document->tokens[k].shape != PRECIS_SHAPE_LOWER)
        return FALSE;
    }
  return FALSE;
}

/* Whether a score in brackets follows document token `last` in its
 * clause: "très faible samedi à Montpellier en championnat (1-3)"; not
 * "Arsenal, poor on Sunday (0-2), face Chelsea on Saturday" for the
 * Saturday, whose clause has no score. */
static gboolean
score_follows (const PrecisDocument *document, guint32 last)
{
  guint32 sentence = document->tokens[last].sentence;
  for (guint32 k = last + 1; k < document->n_tokens && k <= last + LOOK_AHEAD; k++)
    {
      const PrecisToken *token = &document->tokens[k];
      if (token->sentence != sentence || token->lower == NULL)
        return FALSE;
      if (score_in_brackets (document, k))
        return TRUE;
      if (token->shape == PRECIS_SHAPE_PUNCT && strchr (",;:", token->lower[0]) != NULL)
        return FALSE;
    }
  return FALSE;
}

/* Whether a verb of the future lies in document tokens [from, to), and
 * no link to what came before it after it ("set to return to the first
 * team after missing Madrid's victory against Eibar on Saturday": the
 * victory is the past's; see TxLanguage.earlier_links). */
static gboolean
future_between (const TxContext *context, guint32 from, guint32 to)
{
  gboolean future = FALSE;
  for (guint32 k = from; k < to; k++)
    if (tense_of (context, k) == TX_TENSE_FUTURE)
      future = TRUE;
    else if (future &&
             lower_in (context->rules, context->document->tokens[k].lower, context->rules->language->earlier_links))
      future = FALSE;
  return future;
}

gboolean
tx_sentence_tells_past (const TxContext *context, guint start, guint end)
{
  const PrecisDocument *document = context->document;
  const TxLanguage *language = context->rules->language;
  guint32 first = context->tokens[start].doc_token;
  guint32 last = context->tokens[end - 1].doc_token;
  guint32 sentence = document->tokens[first].sentence;
  guint32 since_first;
  if (tx_phrase_before (context, start, language->since_phrases, &since_first))
    return TRUE;
  /* "annoncées mercredi" (but "prévue samedi", known, looks ahead) */
  if (first > 0 && document->tokens[first - 1].sentence == sentence &&
      document->tokens[first - 1].shape == PRECIS_SHAPE_LOWER)
    {
      const char *before = document->tokens[first - 1].lower;
      gsize len = strlen (before);
      if (len >= 5 && has_ending (before, len, language->participle_before) &&
          tx_lexicon_lookup (context->rules, before, len) == NULL)
        return TRUE;
    }
  if (score_follows (document, last))
    return TRUE;
  guint32 from = first > SENTENCE_REACH ? first - SENTENCE_REACH : 0;
  guint32 to = MIN (document->n_tokens, last + 1 + SENTENCE_REACH);
  for (guint32 k = from; k < to; k++)
    {
      const PrecisToken *token = &document->tokens[k];
      if (k >= first && k <= last)
        continue;
      if (token->sentence != sentence)
        {
          if (k > last)
            break;
          continue;
        }
      if (token->lower != NULL && language->past_words != NULL &&
          g_strv_contains (language->past_words, token->lower))
        return TRUE;
      if (perfect_with_be (context, k))
        return TRUE;
      if (k < first && perfect_before_infinitive (context, k, first))
        continue;
      /* "Ian Wright has been confirmed as the man who will present AP
       * McCoy with his 20th and final trophy at Sandown on Saturday": a
       * past beyond a future, seen from the expression, is another
       * part's */
      if (tense_of (context, k) == TX_TENSE_PAST &&
          (k < first ? future_between (context, k + 1, first) : future_between (context, last + 1, k)))
        continue;
      /* "is planned", "are expected": a participle after the present of
       * "be" is no past */
      if (tense_of (context, k) == TX_TENSE_PAST &&
          !(k > 0 && (tx_lower_is (document, k - 1, "is") || tx_lower_is (document, k - 1, "are") ||
                      tx_lower_is (document, k - 1, "be") || tx_lower_is (document, k - 1, "being"))))
        return TRUE;
    }
  return FALSE;
}

/* Whether `phrase` (lower-case words, one space between) ends at document
 * token `k`, in its sentence; its first token's index in *first. */
static gboolean
phrase_ends_at (const PrecisDocument *document, guint32 k, const char *phrase, guint32 *first)
{
  guint32 sentence = document->tokens[k].sentence;
  const char *end = phrase + strlen (phrase);
  while (end > phrase)
    {
      const char *word = end;
      while (word > phrase && word[-1] != ' ')
        word--;
      const char *lower = document->tokens[k].lower;
      if (document->tokens[k].sentence != sentence || lower == NULL ||
          strlen (lower) != (gsize) (end - word) || memcmp (lower, word, end - word) != 0)
        return FALSE;
      *first = k;
      if (word == phrase)
        return TRUE;
      if (k == 0)
        return FALSE;
      k--;
      end = word - 1;
    }
  return FALSE;
}

/* A past verb from document token `k` on, stepping by `step`, before the
 * clause ends: punctuation (but for `skip_comma`, one right at the start:
 * "From January, prices rose"), a word that opens a clause, or `limit`
 * words. */
static gboolean
past_in_clause (const TxContext *context, guint32 k, int step, guint limit, gboolean skip_comma)
{
  const PrecisDocument *document = context->document;
  const TxLanguage *language = context->rules->language;
  guint32 sentence = document->tokens[k - step].sentence;
  for (guint n = 0; n < limit && k < document->n_tokens; n++, k += step)
    {
      const PrecisToken *token = &document->tokens[k];
      if (token->sentence != sentence)
        return FALSE;
      if (is_clause_break (token) && !(skip_comma && n == 0))
        return FALSE;
      if (token->lower != NULL && language->complementizers != NULL &&
          g_strv_contains (language->complementizers, token->lower))
        return FALSE;
      /* "will be paid": a participle after "be" is no past */
      if (tense_of (context, k) == TX_TENSE_PAST &&
          !(k > 0 && is_auxiliary_be (&document->tokens[k - 1])))
        return TRUE;
      if (step < 0 && k == 0)
        return FALSE;
    }
  return FALSE;
}

/* Whether document token `k` opens a clause: the sentence's first word,
 * or after punctuation or a word like "that". */
static gboolean
opens_clause (const TxContext *context, guint32 k)
{
  const PrecisDocument *document = context->document;
  const char *const *complementizers = context->rules->language->complementizers;
  if (k == 0 || document->tokens[k - 1].sentence != document->tokens[k].sentence)
    return TRUE;
  const PrecisToken *before = &document->tokens[k - 1];
  return is_clause_break (before) || (before->lower != NULL && complementizers != NULL &&
                                      g_strv_contains (complementizers, before->lower));
}

/* Whether one of `phrases` ends right before view token `start`, or at
 * it when it is a function word ("a partir del 3 de mayo" where the
 * expression is "del 3 de mayo"); the phrase's first document token in
 * *first.  A phrase written "^from" counts only where it opens a clause
 * ("From December, ...", "said that from December"; not "down 3% from
 * December"). */
gboolean
tx_phrase_before (const TxContext *context, guint start, const char *const *phrases, guint32 *first)
{
  const PrecisDocument *document = context->document;
  guint32 k = context->tokens[start].doc_token;
  gboolean function = context->tokens[start].word != NULL && context->tokens[start].word->function;
  for (gsize i = 0; phrases != NULL && phrases[i] != NULL; i++)
    {
      const char *phrase = phrases[i] + (phrases[i][0] == '^');
      if (((k > 0 && phrase_ends_at (document, k - 1, phrase, first)) ||
           (function && phrase_ends_at (document, k, phrase, first))) &&
          (phrase == phrases[i] || opens_clause (context, *first)))
        return TRUE;
    }
  return FALSE;
}

gboolean
tx_onward (const TxContext *context, guint start, guint end)
{
  const PrecisDocument *document = context->document;
  guint32 last = context->tokens[end - 1].doc_token;
  guint32 phrase_first = 0;
  if (!tx_phrase_before (context, start, context->rules->language->onward_phrases, &phrase_first))
    return FALSE;
  /* "Ab Januar stiegen die Preise", "les prix ont baissé à partir de
   * décembre": the past's; "sagte, ab Dezember sollen", "said that from
   * December": the verb before is another clause's. */
  if (phrase_first > 0 && past_in_clause (context, phrase_first - 1, -1, LOOK_BACK, FALSE))
    return FALSE;
  return last + 1 >= document->n_tokens || !past_in_clause (context, last + 1, 1, LOOK_AHEAD, TRUE);
}

/* Whether a clause break or link lies in document tokens [from, to). */
static gboolean
clause_ends_between (const TxContext *context, guint32 from, guint32 to)
{
  const TxLanguage *language = context->rules->language;
  for (guint32 k = from; k < to; k++)
    {
      const PrecisToken *token = &context->document->tokens[k];
      if (is_clause_break (token) || lower_in (context->rules, token->lower, language->clause_links) ||
          lower_in (context->rules, token->lower, language->complementizers))
        return TRUE;
    }
  return FALSE;
}

gboolean
tx_ahead_of (const TxContext *context, guint since, guint start)
{
  const PrecisDocument *document = context->document;
  const TxLanguage *language = context->rules->language;
  guint32 first = context->tokens[start].doc_token, phrase_first;
  if (language->ahead_phrases == NULL || since >= start ||
      context->tokens[since].sentence != context->tokens[start].sentence)
    return FALSE;
  /* back over the event's words: no verb, break or link between */
  for (guint32 k = first, n = 0; k > 0 && n < AHEAD_REACH; n++)
    {
      const PrecisToken *token = &document->tokens[--k];
      if (token->sentence != document->tokens[first].sentence)
        return FALSE;
      for (gsize i = 0; language->ahead_phrases[i] != NULL; i++)
        if (phrase_ends_at (document, k, language->ahead_phrases[i], &phrase_first))
          {
            /* the event opens with a determiner, an adjective or a noun,
             * or is the day's own ("Tuesday's first leg"); a name there
             * is whom one is ahead of (unless its possessive: "ahead of
             * Real's clash with Barcelona") */
            if (clause_ends_between (context, context->tokens[since].doc_token, phrase_first))
              return FALSE;
            if (k + 1 == first)
              return TRUE;
            const PrecisToken *opening = &document->tokens[k + 1];
            return !is_name_word (opening) || tx_lower_is (document, k + 2, "'s") ||
                   tx_lower_is (document, k + 2, "\u2019s");
          }
      if (is_clause_break (token) || lower_in (context->rules, token->lower, language->clause_links) ||
          lower_in (context->rules, token->lower, language->complementizers) || tense_of (context, k) != TX_TENSE_NONE)
        return FALSE;
    }
  return FALSE;
}
