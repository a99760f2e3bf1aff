/* mojibake.c — repairing text encoded twice, and leaving correct text alone.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The broken forms are made here from the correct ones the way the damage
 * happens (UTF-8 bytes read as Latin-1 or Windows-1252, written as UTF-8
 * again), so each case checks the round trip rather than a copied string.
 */
#include "config.h"

#include <string.h>

#include "mojibake.h"
#include "mojibake-words.h"
#include "pipeline.h"

/* `text`'s UTF-8 bytes read as `charset` and written as UTF-8. */
static char *
encode_twice (const char *text, const char *charset)
{
  g_autoptr (GError) error = NULL;
  char *twice = g_convert (text, -1, "UTF-8", charset, NULL, NULL, &error);

  g_assert_no_error (error);
  return twice;
}

static char *
repaired (const char *text)
{
  PrecisMojibakeRepair repair;
  char *out;

  if (!precis_mojibake_repair (text, strlen (text), &repair))
    return NULL;
  out = g_strdup (repair.text);
  precis_mojibake_repair_clear (&repair);
  return out;
}

/* The examples and agency news in the languages precis reads. */
static const char *const correct_texts[] = {
  "José Luis Rodríguez Zapatero visitó Múnich.",
  "Der FC Bayern München gewann 3:1 gegen Borussia Mönchengladbach.",
  "Le président a reçu à l'Élysée le chancelier, « une visite de travail ».",
  "A ministra da Saúde, em São Paulo, disse que não há motivo para pânico.",
  "“Quotes” — and dashes… cost 5 € in Dvořák’s café.",
  "Łódź, Kraków i Gdańsk: „Ziemia” — Dürrenmatt.",
};

static void
test_repairs_latin1 (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (correct_texts); i++)
    {
      g_autofree char *broken = encode_twice (correct_texts[i], "ISO-8859-1");
      g_autofree char *back = repaired (broken);

      g_assert_cmpstr (back, ==, correct_texts[i]);
    }
}

static void
test_repairs_cp1252 (void)
{
  /* Windows-1252 has no characters for bytes 81, 8D, 8F, 90 and 9D;
   * texts whose UTF-8 holds them are broken as Latin-1 above. */
  static const char *const texts[] = {
    "„Zitate“ — und Striche… kosten 5 € in Dvořáks Café’s.",
    "Der FC Bayern München gewann 3:1 gegen Borussia Mönchengladbach.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *broken = encode_twice (texts[i], "WINDOWS-1252");
      g_autofree char *back = repaired (broken);

      if (i == 0)
        g_assert_nonnull (strstr (broken, "\xc3\xa2\xe2\x82\xac")); /* "â€" */
      g_assert_cmpstr (back, ==, texts[i]);
    }
}

static void
test_repairs_twice_broken (void)
{
  g_autofree char *once = encode_twice ("José Rodríguez, Málaga.", "ISO-8859-1");
  g_autofree char *twice = encode_twice (once, "ISO-8859-1");
  g_autofree char *back = repaired (twice);

  g_assert_cmpstr (back, ==, "José Rodríguez, Málaga.");
}

/* "à" is C3 A0; the no-break space A0 is often turned into a space. */
static void
test_lost_no_break_space (void)
{
  g_autofree char *back = repaired ("Il est allÃ© Ã Paris.");

  g_assert_cmpstr (back, ==, "Il est allé à Paris.");
}

static void
test_leaves_correct_text (void)
{
  static const char *const others[] = {
    "Plain ASCII text stays as it is.",
    /* Every letter could start a sequence, but nothing follows right. */
    "MINHA IRMÃ E EU",
    "SÃO PAULO",
    /* Half broken, half correct: not one clean decoding, so not touched. */
    "JosÃ© visitó Málaga.",
    /* A C1 control is no text. */
    "\xc3\x82\xc2\x80", /* "Â" U+0080: C2 80 is U+0080 */
    "日本語のテキスト",
    "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (correct_texts); i++)
    g_assert_null (repaired (correct_texts[i]));
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    g_assert_null (repaired (others[i]));
}

/* The document is built on the repaired text, and every offset of it maps
 * back into the caller's. */
static void
test_document_maps_to_input (void)
{
  const char *correct = "El ministro José Martínez llegó a Córdoba.\n\nLa reunión terminó tarde.";
  g_autofree char *broken = encode_twice (correct, "ISO-8859-1");
  g_autoptr (PrecisDocument) doc = precis_document_new (broken, -1, NULL);
  g_autoptr (PrecisDocument) plain = precis_document_new (correct, -1, NULL);
  guint32 input_chars = (guint32) g_utf8_strlen (broken, -1);

  g_assert_true (precis_document_repaired (doc));
  g_assert_false (precis_document_repaired (plain));
  g_assert_cmpstr (doc->text, ==, correct);
  g_assert_cmpuint (doc->n_tokens, ==, plain->n_tokens);
  g_assert_cmpuint (precis_document_input_offset (doc, 0), ==, 0);
  g_assert_cmpuint (precis_document_input_offset (doc, doc->text_chars), ==, input_chars);
  for (guint32 i = 0; i < doc->n_tokens; i++)
    {
      const PrecisToken *t = &doc->tokens[i];
      g_autofree char *mine = g_strndup (doc->text + t->byte_start, t->byte_end - t->byte_start);
      g_autofree char *theirs = precis_document_input_dup (doc, t->start, t->end);
      g_autofree char *again = encode_twice (mine, "ISO-8859-1");
      guint32 start = precis_document_input_offset (doc, t->start);
      guint32 end = precis_document_input_offset (doc, t->end);
      const char *a = g_utf8_offset_to_pointer (broken, start);
      const char *b = g_utf8_offset_to_pointer (broken, end);

      /* The caller's text of the token is the token, broken again. */
      g_assert_cmpstr (theirs, ==, again);
      g_assert_cmpint (b - a, ==, (gssize) strlen (again));
      g_assert_cmpint (strncmp (a, again, b - a), ==, 0);
    }
  for (guint32 i = 0; i < plain->n_tokens; i++)
    {
      g_autofree char *same = precis_document_input_dup (plain, plain->tokens[i].start, plain->tokens[i].end);

      g_assert_cmpint (strncmp (same, correct + plain->tokens[i].byte_start, strlen (same)), ==, 0);
      g_assert_cmpuint (precis_document_input_offset (plain, plain->tokens[i].start), ==, plain->tokens[i].start);
    }
  /* Names are whole words again. */
  g_assert_cmpuint (plain->tokens[2].end - plain->tokens[2].start, ==, 4);
  g_assert_cmpstr (doc->tokens[2].lower, ==, "josé");
}

/* `text` written in Latin-1 and read as Windows-1251 ("Mьnchen"). */
static char *
read_as_cyrillic (const char *text)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *latin1 = g_convert (text, -1, "ISO-8859-1", "UTF-8", NULL, NULL, &error);
  char *cyrillic;

  g_assert_no_error (error);
  cyrillic = g_convert (latin1, -1, "UTF-8", "CP1251", NULL, NULL, &error);
  g_assert_no_error (error);
  return cyrillic;
}

static const char german_news[] =
  "Der Münchner Stadtrat hat am Dienstag die Pläne für die Straße am Königsplatz gebilligt. "
  "Oberbürgermeister Dieter Reiter sagte, die Bürger in Köln und Düsseldorf hätten ähnliche "
  "Projekte längst umgesetzt. Kritik kam von den Grünen und aus Österreich.";

static char *
words_repaired (const char *text)
{
  PrecisMojibakeRepair repair;
  char *out;

  if (!precis_mojibake_repair_words (text, strlen (text), &repair))
    return NULL;
  out = g_strdup (repair.text);
  precis_mojibake_repair_clear (&repair);
  return out;
}

/* Every token of `doc` (built on a repair of `input`) maps back to the
 * caller's text: the piece of `input` between its offsets is what
 * precis_document_input_dup() gives, and is the token itself or the token
 * broken again by `broken_again`. */
static void
check_maps_to_input (PrecisDocument *doc, const char *input, char *(*broken_again) (const char *))
{
  for (guint32 i = 0; i < doc->n_tokens; i++)
    {
      const PrecisToken *t = &doc->tokens[i];
      g_autofree char *mine = g_strndup (doc->text + t->byte_start, t->byte_end - t->byte_start);
      g_autofree char *theirs = precis_document_input_dup (doc, t->start, t->end);
      g_autofree char *again = broken_again (mine);
      const char *a = g_utf8_offset_to_pointer (input, precis_document_input_offset (doc, t->start));
      const char *b = g_utf8_offset_to_pointer (input, precis_document_input_offset (doc, t->end));

      g_assert_true (strcmp (theirs, again) == 0 || strcmp (theirs, mine) == 0);
      g_assert_cmpint (b - a, ==, (gssize) strlen (theirs));
      g_assert_cmpint (strncmp (a, theirs, b - a), ==, 0);
    }
  g_assert_cmpuint (precis_document_input_offset (doc, doc->text_chars), ==, g_utf8_strlen (input, -1));
}

static void
test_repairs_cyrillic (void)
{
  g_autofree char *broken = read_as_cyrillic (german_news);
  g_autofree char *french = read_as_cyrillic ("Le président a reçu à l'Élysée le délégué de Genève.");
  g_autofree char *back = words_repaired (broken);
  g_autofree char *french_back = words_repaired (french);
  g_autoptr (PrecisDocument) doc = precis_document_new (broken, -1, NULL);

  g_assert_nonnull (strstr (broken, "Mьnchner"));
  g_assert_cmpstr (back, ==, german_news);
  /* "à" alone, read as "а", in a text found broken. */
  g_assert_cmpstr (french_back, ==, "Le président a reçu à l'Élysée le délégué de Genève.");
  /* Through the pipeline: analysed repaired, every offset the caller's. */
  g_assert_cmpstr (doc->language, ==, "de");
  g_assert_cmpstr (doc->text, ==, german_news);
  g_assert_true (precis_document_repaired (doc));
  check_maps_to_input (doc, broken, read_as_cyrillic);
}

/* `text`'s UTF-8 read as Windows-1252: "MÃ¼nchen". */
static char *
read_as_cp1252 (const char *text)
{
  return encode_twice (text, "WINDOWS-1252");
}

/* A page whose headline came through right and whose body was pasted in
 * read as Windows-1252: the whole text is no one decoding, so only the
 * words are repaired. */
static void
test_repairs_broken_words (void)
{
  static const char headline[] = "Bürgerentscheid in München: Mehrheit für die Tram\n\n";
  static const char body[] =
    "Die Münchner haben am Sonntag über die Verlängerung der Tramlinie zum Hauptbahnhof "
    "abgestimmt. „Das Ergebnis ist eindeutig“, sagte Oberbürgermeister Dieter Reiter. "
    "Gegner aus Schwabing kündigten an, die Entscheidung prüfen zu lassen; 57 % stimmten dafür.";
  g_autofree char *broken_body = read_as_cp1252 (body);
  g_autofree char *broken = g_strconcat (headline, broken_body, NULL);
  g_autofree char *correct = g_strconcat (headline, body, NULL);
  g_autofree char *back = words_repaired (broken);
  g_autoptr (PrecisDocument) doc = precis_document_new (broken, -1, NULL);

  g_assert_nonnull (strstr (broken, "MÃ¼nchner"));
  g_assert_null (repaired (broken)); /* not one decoding of the whole text */
  g_assert_cmpstr (back, ==, correct);
  g_assert_cmpstr (doc->text, ==, correct);
  g_assert_cmpstr (doc->language, ==, "de");
  g_assert_true (precis_document_repaired (doc));
  check_maps_to_input (doc, broken, read_as_cp1252);
}

/* Both misreadings in one text, next to a word that came through right. */
static void
test_repairs_both_misreadings (void)
{
  g_autofree char *a = read_as_cp1252 ("Die Spieler aus Köln");
  g_autofree char *b = read_as_cyrillic ("trafen in Düsseldorf auf die Fans aus Görlitz");
  g_autofree char *text = g_strconcat (a, " ", b, " und Zürich.", NULL);
  g_autofree char *back = words_repaired (text);

  g_assert_cmpstr (back, ==, "Die Spieler aus Köln trafen in Düsseldorf auf die Fans aus Görlitz und Zürich.");
}

/* Cyrillic and Greek text, with the Latin names and the stray Latin letter
 * real text has, is never touched; nor a Russian name or a spoof in
 * Western text, nor a word half broken. */
static void
test_leaves_other_scripts_alone (void)
{
  const char *const texts[] = {
    "Президент России Владимир Путин провёл в среду совещание в Москве с членами правительства. "
    "По словам пресс-секретаря Дмитрия Пескова, обсуждались цены на топливо и поставки в Европу. "
    "Акции Газпромa и Сбербанка на Московской бирже выросли на 2,3 %, сообщил Reuters.",
    "Народното събрание прие на първо четене бюджета за следващата година. Финансовият министър "
    "Асен Василев заяви пред БНТ, че дефицитът ще остане под 3 % от БВП. Опозицията от ГЕРБ-СДС "
    "критикува разходите за заплати, а агенция Fitch потвърди кредитния рейтинг на България.",
    "Ο πρωθυπουργός Κυριάκος Μητσοτάκης συναντήθηκε την Τετάρτη στην Αθήνα με τον επικεφαλής της "
    "Pfizer. Η Eurostat ανακοίνωσε ότι ο πληθωρισμός στην Ελλάδα έπεσε στο 2,8 %.",
    "Die Zeitung „Коммерсант“ berichtete am Montag über die Verhandlungen.",
    "Bitte melden Sie sich bei pаypal an.",
    "MINHA IRMÃ E EU em SÃO PAULO",
    "Der Präsident besuchte Málaga und Dvořáks Geburtshaus.",
    /* "Ö–" are the bytes D6 96 of a Hebrew accent: no word of one script. */
    "Die Grünen werfen dem SPÖ–Chef vor, die ÖVP–FPÖ-Pläne zu stützen.",
    "日本語のテキスト",
    "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (PrecisDocument) doc = precis_document_new (texts[i], -1, NULL);

      g_assert_null (words_repaired (texts[i]));
      g_assert_false (precis_document_repaired (doc));
      g_assert_cmpstr (doc->text, ==, texts[i]);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/mojibake/latin1", test_repairs_latin1);
  g_test_add_func ("/mojibake/cp1252", test_repairs_cp1252);
  g_test_add_func ("/mojibake/twice-broken", test_repairs_twice_broken);
  g_test_add_func ("/mojibake/lost-no-break-space", test_lost_no_break_space);
  g_test_add_func ("/mojibake/correct-text-untouched", test_leaves_correct_text);
  g_test_add_func ("/mojibake/document-offsets", test_document_maps_to_input);
  g_test_add_func ("/mojibake/words/cyrillic", test_repairs_cyrillic);
  g_test_add_func ("/mojibake/words/broken-words", test_repairs_broken_words);
  g_test_add_func ("/mojibake/words/both-misreadings", test_repairs_both_misreadings);
  g_test_add_func ("/mojibake/words/other-scripts-untouched", test_leaves_other_scripts_alone);
  return g_test_run ();
}
