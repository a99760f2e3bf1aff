/* ner-business.c — words around a name that say it names a company.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Companies founded after 1996 ("Wipro", "Chalone", "Yahoo") are names
 * the tagger's training news never saw, and a capitalized word it has not
 * seen reads as a surname: the BBC panels' companies came out as people
 * (issue 14).  What a company has and a person has not says which it is:
 * the words after the name ("Chrysler sales", "Sony shares", "Wipro
 * spokesman"; in CoNLL train "reported", "shares", "spokesman" and "unit"
 * follow organizations and never a person), and an apposition that names
 * its kind ("Wipro, India's third-biggest software firm, ..."), and a
 * share's move in a market report ("Bollore lost 2.4 percent to 521
 * francs").
 */
#include "ner-business.h"

#include "ner-word.h"
#include "ner-word-set.h"

#include <string.h>

/* Common nouns that, written just before a name or at the end of an
 * apposition after it, say it names a company, a club or another body. */
static const char *const org_heads[] = {
  "firm", "company", "giant", "maker", "carmaker", "group", "distributor", "publication",
  "airline", "carrier", "bank", "retailer", "broadcaster", "newspaper", "agency", "club",
  "insurer", "operator", "provider", "developer", "publisher", "manufacturer", "supermarket",
  "chain", "studio", "studios", "label", "network", "channel", "charity", "union", "party",
  "conglomerate", "website", "site", "service", "brand", "outfit", "side", "team", "band", "regulator",
  "watchdog", "state-owned", "state-run", "state-controlled", "engine", NULL,
};
static PrecisNerWordSet org_head_set;

/* X ___ and X's ___ */
static const char *const company_nouns[] = {
  "shares", "sales", "profits", "profit", "revenue", "revenues", "earnings", "shareholders",
  "spokesman", "spokeswoman", "subsidiary", "unit", "reported", "posted", "brand", "label", NULL,
};
static PrecisNerWordSet company_noun_set;

/* ___ at X: who works for a body ("a strategist at UBS", "analysts at
 * Morgan Stanley"; read folds of CoNLL train: 5 organizations after such
 * a noun and "at", nothing else). */
static const char *const staff_nouns[] = {
  "analyst", "analysts", "economist", "economists", "strategist", "strategists", "trader",
  "traders", "dealer", "dealers", "banker", "bankers", "broker", "brokers", "researcher",
  "researchers", "executive", "executives", "spokesman", "spokeswoman", "spokesperson", NULL,
};

/* ___ in X: what an investor holds of a company ("snapped up shares in
 * Jet Airways", "a 29% stake in Manchester United"; BBC and CNN/DM dev:
 * 14 such names, all companies or clubs). */
static const char *const holding_nouns[] = {
  "shares", "stake", "stakes", "holding", "holdings", "shareholding", "shareholders", "investors",
  NULL,
};

/* What a company's rivals are called, after "its": a thing's rivals,
 * not a person's ("its main rivals Samsung and Xiaomi"). */
static const char *const rival_nouns[] = { "rival", "rivals", "competitor", "competitors", NULL };

gboolean
precis_ner_is_org_head (const char *lower)
{
  return precis_ner_word_set_contains (&org_head_set, org_heads, lower);
}

static gboolean is_name_word (const PrecisToken *t);

static gboolean
is_word (const PrecisDocument *doc, guint32 i, const char *word)
{
  const PrecisToken *t = &doc->tokens[i];

  return t->byte_end - t->byte_start == strlen (word) &&
         memcmp (doc->text + t->byte_start, word, strlen (word)) == 0;
}

static gboolean
is_lower_in (const PrecisDocument *doc, guint32 i, guint32 end, const char *const *list)
{
  return i < end && precis_ner_token_is_lower_in_list (doc, i, list);
}

/* Whether "its", at most two words and a rival noun start at token `i`
 * ("its main rivals", "its rival"). */
static gboolean
is_its_rivals (const PrecisDocument *doc, guint32 i, guint32 end)
{
  if (i >= end || strcmp (doc->tokens[i].lower, "its") != 0)
    return FALSE;
  for (guint32 k = i + 1; k < end && k < i + 4; k++)
    {
      if (is_lower_in (doc, k, end, rival_nouns))
        return TRUE;
      if (doc->tokens[k].shape != PRECIS_SHAPE_LOWER)
        return FALSE;
    }
  return FALSE;
}

/* Whether the words of the sentence (from `first`) just before token `i`
 * are "its", at most two words and a rival noun. */
static gboolean
follows_its_rivals (const PrecisDocument *doc, guint32 first, guint32 i)
{
  for (guint32 k = i; k > first && i - k < 4; k--)
    if (is_its_rivals (doc, k - 1, i))
      return is_lower_in (doc, i - 1, i, rival_nouns);
  return FALSE;
}

/* "Samsung and Xiaomi, its main rivals in Asia": from token `i`, just
 * after a name, over the names listed after it to ", its ... rivals". */
static gboolean
list_ends_in_its_rivals (const PrecisDocument *doc, guint32 i, guint32 end)
{
  for (guint items = 0; items < 6 && i < end; items++)
    {
      if (is_word (doc, i, ",") && is_its_rivals (doc, i + 1, end))
        return TRUE;
      if (is_word (doc, i, ","))
        i++;
      if (i < end && (is_word (doc, i, "and") || is_word (doc, i, "or")))
        i++;
      if (i >= end || !is_name_word (&doc->tokens[i]))
        return FALSE;
      while (i < end && is_name_word (&doc->tokens[i]))
        i++;
    }
  return FALSE;
}

/* "X, (a|the|India's) (words) HEAD," — the apposition ends at its head
 * noun ("Smith, the firm's chairman" is a person). */
static gboolean
apposition_names_body (const PrecisDocument *doc, guint32 comma, guint32 end)
{
  for (guint32 i = comma + 1; i < end && i < comma + 7; i++)
    {
      const PrecisToken *t = &doc->tokens[i];

      if (precis_ner_is_org_head (t->lower) && t->shape == PRECIS_SHAPE_LOWER)
        return i + 1 < end && (is_word (doc, i + 1, ",") || is_word (doc, i + 1, "."));
      if (t->shape == PRECIS_SHAPE_PUNCT && !precis_ner_token_is_possessive (doc, i) && !is_word (doc, i, "-"))
        return FALSE;
    }
  return FALSE;
}

/* How a share's price moves in a market report. */
static const char *const price_verbs[] = {
  "rose", "fell", "gained", "lost", "slid", "dropped", "climbed", "added", "eased", "firmed",
  "jumped", "soared", "slipped", "shed", "edged", "advanced", "declined", "tumbled", "plunged",
  "surged", "rallied", "dipped", "retreated", "ended", "closed", "finished", NULL,
};

static gboolean
is_number (const PrecisDocument *doc, guint32 i)
{
  return doc->tokens[i].shape == PRECIS_SHAPE_NUMBER;
}

/* "1.7", "8,600": a price as written, with its decimals or thousands
 * (a count of shots or places has neither). */
static gboolean
is_price (const PrecisDocument *doc, guint32 i)
{
  const PrecisToken *t = &doc->tokens[i];

  return t->shape == PRECIS_SHAPE_NUMBER &&
         (memchr (doc->text + t->byte_start, '.', t->byte_end - t->byte_start) != NULL ||
          memchr (doc->text + t->byte_start, ',', t->byte_end - t->byte_start) != NULL);
}

/* "Carrefour gained 2.19 percent to 2,616 francs", "Isbank gained 300
 * lira to 8,600", "Rostelekom fell to $ 2.56": a share's move, told of
 * its company by name (read folds of CoNLL train and dev: 16
 * organizations, no person; a golfer "dropped two shots to 70" has no
 * price).  `i` is the token after the name. */
static gboolean
moves_like_a_share (const PrecisDocument *doc, guint32 i, guint32 end)
{
  if (i + 2 >= end || doc->tokens[i].shape != PRECIS_SHAPE_LOWER ||
      !precis_ner_word_in_list (price_verbs, doc->tokens[i].lower))
    return FALSE;
  i++;
  /* "fell to $ 2.56" */
  if (is_word (doc, i, "to"))
    return strchr (doc->tokens[i + 1].lower, '$') != NULL;
  /* "lost 2.4 percent", "dropped 3.31 pct" */
  if (!is_number (doc, i))
    return FALSE;
  if (is_word (doc, i + 1, "percent") || is_word (doc, i + 1, "pct") || is_word (doc, i + 1, "%"))
    return TRUE;
  /* "gained 20.37 to 677.98", "lost 3,000 lira to 67,000" */
  for (guint32 k = i + 1; k < i + 3 && k + 1 < end; k++)
    if (is_word (doc, k, "to"))
      return (is_price (doc, i) || is_price (doc, k + 1)) && is_number (doc, k + 1);
  return FALSE;
}

/* The staff of markets and research firms, whom a person does not
 * employ (unlike a spokesman: "Kerry spokesman Joe Lockhart"). */
static const char *const market_staff[] = {
  "analyst", "analysts", "economist", "economists", "strategist", "strategists", "trader", "traders",
  "dealer", "dealers", "banker", "bankers", "broker", "brokers", "researcher", "researchers", NULL,
};

/* CoNLL-2003 train and dev (gold): a name before one of these nouns and a
 * capitalized word is an organization 24 times, a place 3 times ("US
 * economist"), a person never. */
gboolean
precis_ner_employs_named_staff (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];
  guint32 end = s->first_token + s->n_tokens, next = m->end;

  return next + 2 < end && doc->tokens[next].shape == PRECIS_SHAPE_LOWER &&
         precis_ner_word_in_list (market_staff, doc->tokens[next].lower) &&
         doc->tokens[next + 1].shape == PRECIS_SHAPE_CAPITALIZED &&
         precis_ner_shape_is_name (doc->tokens[next + 2].shape);
}

gboolean
precis_ner_is_company_context (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];
  guint32 end = s->first_token + s->n_tokens, next = m->end;

  if (moves_like_a_share (doc, next, end))
    return TRUE;
  if (m->first >= s->first_token + 2 && is_word (doc, m->first - 1, "at") &&
      is_lower_in (doc, m->first - 2, end, staff_nouns))
    return TRUE;
  if (m->first >= s->first_token + 2 && is_word (doc, m->first - 1, "in") &&
      is_lower_in (doc, m->first - 2, end, holding_nouns))
    return TRUE;
  if (next < end && precis_ner_token_is_possessive (doc, next))
    next++;
  if (next >= end)
    return FALSE;
  if (doc->tokens[next].shape == PRECIS_SHAPE_LOWER &&
      precis_ner_word_set_contains (&company_noun_set, company_nouns, doc->tokens[next].lower))
    return TRUE;
  if (next == m->end && is_word (doc, next, ",") && apposition_names_body (doc, next, end))
    return TRUE;
  return next == m->end && list_ends_in_its_rivals (doc, next, end);
}

/* Trades whose shops a chain runs, written between its name and "chain"
 * ("the Wetherspoon pub chain"), and what it is a chain of ("the
 * Travelodge chain of hotels").  Not mountains' nor islands' chains, a
 * supply chain or a food chain: their words are in neither list. */
static const char *const chain_trades[] = {
  "hotel", "pub", "restaurant", "supermarket", "store", "retail", "coffee", "fast-food", "burger",
  "pizza", "clothing", "fashion", "bookshop", "bookstore", "cinema", "grocery", "drugstore",
  "pharmacy", "gym", "shoe", "electrical", "electronics", "high-street", "furniture", "sandwich",
  "toy", "music", "video", "discount", "convenience", "budget", "diy", "bakery", "bar", "cafe",
  "casino", "petrol", "department-store", "jewellery", "optician", "steakhouse", "doughnut", NULL,
};
static const char *const chain_outlets[] = {
  "hotels", "pubs", "restaurants", "stores", "shops", "supermarkets", "cafes", "bars", "cinemas",
  "gyms", "outlets", "pharmacies", "bookshops", "bookstores", "garages", "clinics", "branches",
  "coffeehouses", "nightclubs", "casinos", NULL,
};

/* "the Travelodge chain of hotels", "the Wetherspoon pub chain", read as
 * a place or a person: a chain of shops is a company's. */
gboolean
precis_ner_names_chain (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];
  guint32 end = s->first_token + s->n_tokens, next = m->end;

  if (next < end && is_lower_in (doc, next, end, chain_trades))
    return next + 1 < end && (is_word (doc, next + 1, "chain") || is_word (doc, next + 1, "chains"));
  return next + 2 < end && is_word (doc, next, "chain") && is_word (doc, next + 1, "of") &&
         is_lower_in (doc, next + 2, end, chain_outlets);
}

/* The plural of org_heads, for a list: "retailers Metro, Rewe and Lidl". */
static const char *const org_heads_plural[] = {
  "firms", "companies", "giants", "makers", "carmakers", "groups", "distributors", "airlines",
  "carriers", "banks", "retailers", "broadcasters", "newspapers", "agencies", "clubs", "insurers",
  "operators", "providers", "developers", "publishers", "manufacturers", "supermarkets", "chains",
  "labels", "networks", "channels", "charities", "unions", "parties", "conglomerates",
  "websites", "sites", "portals", "brands", "sides", "teams", "bands", "regulators", "watchdogs", NULL,
};

static gboolean
is_name_word (const PrecisToken *t)
{
  return precis_ner_shape_is_name (t->shape) || strcmp (t->lower, "&") == 0;
}

gboolean
precis_ner_follows_org_head (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];
  guint32 i = m->first;
  const PrecisToken *t;

  /* Back over the names listed before it ("Google, MSN, and AOL"), each
   * with at most one common noun after it ("Smirnoff vodka and Guinness
   * stout"). */
  for (guint items = 0; items < 6; items++)
    {
      guint32 j = i;

      if (j > s->first_token && (strcmp (doc->tokens[j - 1].lower, "and") == 0 ||
                                 strcmp (doc->tokens[j - 1].lower, "or") == 0))
        j--;
      if (j > s->first_token && strcmp (doc->tokens[j - 1].lower, ",") == 0)
        j--;
      if (j < i && j > s->first_token + 1 && doc->tokens[j - 1].shape == PRECIS_SHAPE_LOWER &&
          is_name_word (&doc->tokens[j - 2]))
        j--;
      if (j == i || j <= s->first_token || !is_name_word (&doc->tokens[j - 1]))
        break;
      for (i = j - 1; i > s->first_token && is_name_word (&doc->tokens[i - 1]); i--)
        ;
    }
  if (i <= s->first_token)
    return FALSE;
  t = &doc->tokens[i - 1];
  /* "firms such as Google", "brands including Louis Vuitton", "brands
   * include Smirnoff" */
  if (strcmp (t->lower, "including") == 0 || strcmp (t->lower, "like") == 0 ||
      strcmp (t->lower, "include") == 0 || strcmp (t->lower, "includes") == 0)
    i--;
  else if (strcmp (t->lower, "as") == 0 && i - 1 > s->first_token && strcmp (doc->tokens[i - 2].lower, "such") == 0)
    i -= 2;
  if (i < m->first && i > s->first_token + 1 && strcmp (doc->tokens[i - 1].lower, ",") == 0)
    i--;
  if (i <= s->first_token)
    return FALSE;
  t = &doc->tokens[i - 1];
  if (i == m->first && precis_ner_is_org_head (t->lower))
    return TRUE;
  /* "gathered by industry watchdog, Ofcom, the", "the national carrier,
   * Qantas, has": the name in apposition to the noun (BBC and CNN/DM dev:
   * such a noun, a comma, a name and a comma or a full stop, 16 bodies
   * of 16).  Not a person's full name: "a spokesman for the party, Jane
   * Smith, said" is its person. */
  if (i == m->first && i > s->first_token + 1 && strcmp (t->lower, ",") == 0 &&
      (m->end - m->first == 1 || m->type != PRECIS_NER_TYPE_PER) &&
      doc->tokens[i - 2].shape == PRECIS_SHAPE_LOWER && precis_ner_is_org_head (doc->tokens[i - 2].lower) &&
      m->end < s->first_token + s->n_tokens &&
      (strcmp (doc->tokens[m->end].lower, ",") == 0 || strcmp (doc->tokens[m->end].lower, ".") == 0))
    return TRUE;
  /* "its main rivals Samsung and Xiaomi" */
  if (follows_its_rivals (doc, s->first_token, i))
    return TRUE;
  /* Every plural of the list ends in "s": most words before a name do
   * not, and are not looked up.  In lower case, or opening the sentence
   * ("Insurers including Aviva"). */
  return (t->shape == PRECIS_SHAPE_LOWER || (i - 1 == s->first_token && t->shape == PRECIS_SHAPE_CAPITALIZED)) &&
         t->lower[0] != '\0' && t->lower[strlen (t->lower) - 1] == 's' &&
         precis_ner_word_in_list (org_heads_plural, t->lower);
}

/* The verbs that follow a body named as "the" and its acronym: CoNLL-2003
 * train and dev (gold), "the", an acronym of 2 to 6 capitals and one of
 * these: 40 organizations ("the OSCE said", "the FDA would"), one place
 * ("the UAE"), one no name. */
static const char *const acting_verbs[] = {
  "said", "says", "was", "is", "has", "had", "will", "would", "should", "could", "predicted",
  "reported", "announced", "added", "warned", "told", "estimated", "expects", "expected",
  "forecasts", "forecast", "claimed", "confirmed", NULL,
};

gboolean
precis_ner_is_acting_acronym (const PrecisDocument *doc, const PrecisNerMention *m)
{
  const PrecisSentence *s = &doc->sentences[m->sentence];
  const PrecisToken *t = &doc->tokens[m->first];
  guint32 len = t->end - t->start;

  /* "'The TV was on at full blast", "\"The PM said he was bound to
   * tell ...\"": a speaker's common nouns, in a quotation. */
  if (m->end - m->first != 1 || t->shape != PRECIS_SHAPE_UPPER || len < 2 || len > 6 ||
      (t->flags & PRECIS_TOKEN_IN_QUOTE) ||
      m->first <= s->first_token || m->end >= s->first_token + s->n_tokens ||
      strcmp (doc->tokens[m->first - 1].lower, "the") != 0 ||
      !precis_ner_token_is_lower_in_list (doc, m->end, acting_verbs))
    return FALSE;
  for (guint32 b = t->byte_start; b < t->byte_end; b++)
    if (!g_ascii_isupper (doc->text[b]))
      return FALSE;
  return TRUE;
}
