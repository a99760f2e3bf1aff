/* call-wire.c — precisd's reply written without libdbus' writer
 * (libprecis/engine/call-wire.c) is the reply libdbus' writer makes.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Real plugins (newsrank, facts, lead) on real texts; every kind of call.
 * The two messages must have the same body, byte for byte, the same
 * signature, reply serial, destination and flags.  A reply the wire
 * writer gets wrong is refused by libdbus and logged as a warning, which
 * fails the test too.
 */
#include "config.h"

#include <string.h>

#include "call.h"
#include "pipeline.h"

typedef struct {
  PrecisHost *host;
} Fixture;

static void
setup (Fixture *f, gconstpointer data)
{
  const char *dirs[] = { PRECIS_BUILD_ROOT "/plugins/newsrank", PRECIS_BUILD_ROOT "/plugins/facts",
                         PRECIS_BUILD_ROOT "/plugins/lead", NULL };
  g_autoptr (GError) error = NULL;

  g_assert_true (precis_pipeline_init (NULL, &error));
  f->host = precis_host_new (dirs);
  precis_host_rescan (f->host);
}

static void
teardown (Fixture *f, gconstpointer data)
{
  precis_host_free (f->host);
}

/* The body of `message`, serialised: the last body-length bytes. */
static GBytes *
body_of (DBusMessage *message)
{
  char *data = NULL;
  int length = 0;
  guint32 body_length;
  GBytes *body;

  dbus_message_set_serial (message, 77);
  g_assert_true (dbus_message_marshal (message, &data, &length));
  g_assert_cmpint (length, >=, 16);
  g_assert_cmpint (data[0], ==, G_BYTE_ORDER == G_LITTLE_ENDIAN ? 'l' : 'B');
  memcpy (&body_length, data + 4, 4);
  g_assert_cmpuint (body_length, <=, (guint) length - 16);
  body = g_bytes_new (data + length - body_length, body_length);
  dbus_free (data);
  return body;
}

static void
check_same_reply (Fixture *f, PrecisCallKind kind, const char *summarizer, const char *extractor,
                  const char *text, const char *sender, gboolean page)
{
  g_autoptr (GBytes) bytes = g_bytes_new (text, strlen (text) + 1);
  g_autoptr (GBytes) owned = g_bytes_new_from_bytes (bytes, 0, strlen (text));
  g_autoptr (PrecisCall) call = precis_call_new_text (kind, owned);
  DBusMessage *method_call = dbus_message_new_method_call ("org.precis.Summarizer1", "/org/precis/Summarizer1",
                                                           "org.precis.Summarizer1", "Analyze");
  DBusMessage *wire, *reference;
  g_autoptr (GBytes) wire_body = NULL;
  g_autoptr (GBytes) reference_body = NULL;

  if (summarizer != NULL)
    call->analysis.summarizer = precis_host_lookup (f->host, summarizer, PRECIS_CAPABILITY_SUMMARIZE, NULL);
  if (extractor != NULL)
    call->analysis.extractor = precis_host_lookup (f->host, extractor, PRECIS_CAPABILITY_FACTS, NULL);
  g_assert_true (summarizer == NULL || call->analysis.summarizer != NULL);
  g_assert_true (extractor == NULL || call->analysis.extractor != NULL);
  precis_analysis_run (&call->analysis);
  g_assert_no_error (call->analysis.error);
  if (page)
    {
      /* AnalyzeUrl's info: every key there is (the order is a hash table's). */
      call->url = g_strdup ("https://news.example/2021/03/03/visit");
      call->article = g_new0 (PrecisArticle, 1);
      call->article->text = g_strdup (text);
      call->article->published = g_strdup ("2021-03-03T10:00:00+01:00");
      call->article->site = g_strdup ("Example News");
      call->article->author = g_strdup ("Jeanne Martin");
      call->article->language = g_strdup ("en");
    }

  dbus_message_set_serial (method_call, 4242);
  if (sender != NULL)
    g_assert_true (dbus_message_set_sender (method_call, sender));
  wire = precis_call_new_reply (call, method_call);
  reference = dbus_message_new_method_return (method_call);
  precis_call_append_reply (call, reference);

  g_assert_cmpint (dbus_message_get_type (wire), ==, DBUS_MESSAGE_TYPE_METHOD_RETURN);
  g_assert_cmpstr (dbus_message_get_signature (wire), ==, dbus_message_get_signature (reference));
  g_assert_cmpuint (dbus_message_get_reply_serial (wire), ==, 4242);
  g_assert_cmpstr (dbus_message_get_destination (wire), ==, dbus_message_get_destination (reference));
  g_assert_cmpint (dbus_message_get_no_reply (wire), ==, dbus_message_get_no_reply (reference));
  /* The connection numbers it when it sends it. */
  g_assert_cmpuint (dbus_message_get_serial (wire), ==, 0);
  wire_body = body_of (wire);
  reference_body = body_of (reference);
  g_assert_true (g_bytes_equal (wire_body, reference_body));

  dbus_message_unref (wire);
  dbus_message_unref (reference);
  dbus_message_unref (method_call);
}

static char *
seed_article (void)
{
  g_autofree char *path = g_build_filename (PRECIS_SOURCE_ROOT, "data", "seed-article.txt", NULL);
  g_autoptr (GError) error = NULL;
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  return text;
}

static const char news[] =
  "Élodie Durand, the mayor of Besançon, met Angela Merkel in Berlin on 3 March 2021.\n\n"
  "They spoke about the €2 billion rail link to Zürich, which Siemens will build by 2025.\n\n"
  "“It is a good day,” Durand said. The talks end on Friday.";

/* No fact: the arrays are empty (their length, then the padding still). */
static const char plain[] = "it was raining and nobody came out.";

static void
test_same_bytes (Fixture *f, gconstpointer data)
{
  g_autofree char *seed = seed_article ();
  const char *texts[] = { seed, news, plain };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      check_same_reply (f, PRECIS_CALL_KIND_ANALYZE, "newsrank", "facts", texts[i], ":1.42", FALSE);
      check_same_reply (f, PRECIS_CALL_KIND_ANALYZE, "lead", "facts", texts[i], NULL, FALSE);
      check_same_reply (f, PRECIS_CALL_KIND_ANALYZE, "newsrank", "facts", texts[i], ":1.42", TRUE);
      check_same_reply (f, PRECIS_CALL_KIND_ANALYZE, NULL, "facts", texts[i], ":1.42", FALSE);
      check_same_reply (f, PRECIS_CALL_KIND_SUMMARIZE, "newsrank", NULL, texts[i], ":1.7", FALSE);
      check_same_reply (f, PRECIS_CALL_KIND_EXTRACT_FACTS, NULL, "facts", texts[i], ":1.7", FALSE);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/call-wire/same-bytes", Fixture, NULL, setup, test_same_bytes, teardown);
  return g_test_run ();
}
