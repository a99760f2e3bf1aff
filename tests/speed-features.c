/* speed-features.c — the tagger's gazetteer features, by the types present, as by every type.
 *
 * Since session 21 precis_ner_features_extract_words() gives a token's
 * gazetteer features by walking the types its word and its neighbours
 * have (lowest first) instead of all seven types at every token near a
 * gazetteer phrase.  The ids must be the same, in the same places: here
 * the loop it replaced is written again and its ids looked for, in order
 * and side by side, in each token's features, over sentences dense with
 * places, countries, demonyms, towns and given names (German too: towns
 * and given names are its gazetteer's).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "data-dir.h"
#include "ner-features.h"
#include "ner-gazetteer.h"
#include "ner-hash.h"

/* ner-features.c's template numbers and feature(), as written there. */
enum { T_GAZ = 22, T_GAZ_M1 = 23, T_GAZ_P1 = 24 };

static guint32
feature (guint template_id, guint32 value)
{
  return precis_ner_hash_mix (template_id * 0x01000193u, value);
}

/* The loop over every type, as it was before session 21. */
static guint
old_gazetteer_features (const PrecisNerFeatures *f, guint i, guint n, guint32 *out)
{
  guint c = 0;

  if (f->gaz_begin[i] | f->gaz_inside[i] | (i > 0 ? f->gaz_begin[i - 1] | f->gaz_inside[i - 1] : 0) |
      (i + 1 < n ? f->gaz_begin[i + 1] | f->gaz_inside[i + 1] : 0))
    for (guint t = 0; t < PRECIS_NER_GAZ_N_TYPES; t++)
      {
        guint bit = 1u << t;

        if (f->gaz_begin[i] & bit)
          out[c++] = feature (T_GAZ, t * 2);
        if (f->gaz_inside[i] & bit)
          out[c++] = feature (T_GAZ, t * 2 + 1);
        if (i > 0 && ((f->gaz_begin[i - 1] | f->gaz_inside[i - 1]) & bit))
          out[c++] = feature (T_GAZ_M1, t);
        if (i + 1 < n && ((f->gaz_begin[i + 1] | f->gaz_inside[i + 1]) & bit))
          out[c++] = feature (T_GAZ_P1, t);
      }
  return c;
}

static void
check_sentence (const PrecisNerGazetteer *gaz, const char *sentence, guint *with_gaz)
{
  g_auto (GStrv) words = g_strsplit (sentence, " ", -1);
  guint n = g_strv_length (words);
  g_autofree PrecisNerToken *tokens = g_new (PrecisNerToken, n);
  PrecisNerFeatures f;

  for (guint i = 0; i < n; i++)
    {
      tokens[i].text = words[i];
      tokens[i].len = (guint32) strlen (words[i]);
    }
  precis_ner_features_init (&f);
  precis_ner_features_extract (&f, gaz, NULL, NULL, NULL, tokens, n);
  for (guint i = 0; i < n; i++)
    {
      const guint32 *ids = f.ids + (gsize) i * PRECIS_NER_MAX_FEATURES;
      guint32 expected[4 * PRECIS_NER_GAZ_N_TYPES];
      guint m = old_gazetteer_features (&f, i, n, expected), at = 0;

      if (m == 0)
        continue;
      (*with_gaz)++;
      /* The old loop's ids side by side, after the word's own features. */
      while (at + m <= f.counts[i] && memcmp (ids + at, expected, m * sizeof (guint32)) != 0)
        at++;
      if (at + m > f.counts[i])
        g_error ("“%s” in “%s”: the gazetteer features differ", words[i], sentence);
      g_assert_cmpuint (at, >=, f.infos[i].n_local);
    }
  precis_ner_features_clear (&f);
}

static void
test_same_ids (void)
{
  static const char *const english[] = {
    "The Prime Minister flew from London to Paris and then to New York on Monday .",
    "French and German officials met Italian and Spanish envoys in Brussels , Belgium .",
    "Manchester United beat Real Madrid in South Africa while Asia and Europe watched .",
    "John Smith of Springfield , Illinois , met Maria Garcia in Rio de Janeiro , Brazil .",
    "Paris Paris London Berlin Germany France Japanese Chinese Africa Oceania .",
    NULL,
  };
  static const char *const german[] = {
    "Angela Merkel reiste von Offenbach am Main nach Bad Vilbel und Mailand .",
    "Sergej und Nuno trafen Helmut in Essen , Frankfurt und München .",
    NULL,
  };
  g_autofree char *en_dir = g_build_filename (precis_data_dir (), "gazetteers", NULL);
  g_autofree char *de_dir = g_build_filename (precis_data_dir (), "gazetteers", "de", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (PrecisNerGazetteer) en = precis_ner_gazetteer_new (en_dir, &error);
  g_autoptr (PrecisNerGazetteer) de = NULL;
  guint with_gaz = 0;

  g_assert_no_error (error);
  de = precis_ner_gazetteer_new (de_dir, &error);
  g_assert_no_error (error);
  for (guint s = 0; english[s] != NULL; s++)
    check_sentence (en, english[s], &with_gaz);
  for (guint s = 0; german[s] != NULL; s++)
    check_sentence (de, german[s], &with_gaz);
  /* (the sentences do reach the gazetteer) */
  g_assert_cmpuint (with_gaz, >=, 30);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/speed-features/gazetteer-ids", test_same_ids);
  return g_test_run ();
}
