/* notify-server.c — a real notification server (dunst on Xvfb) on a test bus.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <glib-unix.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "notify-server.h"

#define NOTIFY_NAME "org.freedesktop.Notifications"

static char *
read_display (int fd)
{
  GString *line = g_string_new (NULL);
  char c;

  /* Xvfb writes its display number when it is ready for clients. */
  while (read (fd, &c, 1) == 1 && c != '\n')
    g_string_append_c (line, c);
  return g_string_free (line, FALSE);
}

gboolean
notify_server_start (NotifyServer *s, BusFixture *f, const char *markup)
{
  g_autoptr (GSubprocessLauncher) launcher = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *xvfb = g_find_program_in_path ("Xvfb");
  g_autofree char *dunst = g_find_program_in_path ("dunst");
  g_autofree char *dunstctl = g_find_program_in_path ("dunstctl");
  /* dunstctl runs dbus-send and, for its history, busctl (systemd). */
  g_autofree char *busctl = g_find_program_in_path ("busctl");
  g_autofree char *dbus_send = g_find_program_in_path ("dbus-send");
  g_autofree char *display = NULL, *display_name = NULL, *conf = NULL, *conf_text = NULL;
  gint64 deadline;
  int fds[2];

  memset (s, 0, sizeof *s);
  if (xvfb == NULL || dunst == NULL || dunstctl == NULL || busctl == NULL || dbus_send == NULL)
    {
      g_test_skip ("a real notification server is needed: apt-get install dunst xvfb systemd dbus-bin");
      return FALSE;
    }
  g_assert_true (g_unix_open_pipe (fds, FD_CLOEXEC, NULL));
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_subprocess_launcher_take_fd (launcher, fds[1], 3);
  s->xvfb = g_subprocess_launcher_spawn (launcher, &error, xvfb, "-displayfd", "3", "-nolisten", "tcp",
                                         "-screen", "0", "800x600x24", NULL);
  g_assert_no_error (error);
  g_clear_object (&launcher);
  display = read_display (fds[0]);
  close (fds[0]);
  g_assert_cmpstr (display, !=, "");
  display_name = g_strconcat (":", display, NULL);

  s->dir = g_build_filename (f->tmpdir, "dunst", NULL);
  g_assert_cmpint (g_mkdir_with_parents (s->dir, 0700), ==, 0);
  conf = g_build_filename (s->dir, "dunstrc", NULL);
  /* Notifications stay until closed, so that the history is what was shown. */
  conf_text = g_strdup_printf ("[global]\nmarkup = %s\nhistory_length = 50\n"
                               "[urgency_low]\ntimeout = 0\n[urgency_normal]\ntimeout = 0\n"
                               "[urgency_critical]\ntimeout = 0\n", markup);
  g_assert_true (g_file_set_contents (conf, conf_text, -1, NULL));

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_subprocess_launcher_setenv (launcher, "DISPLAY", display_name, TRUE);
  g_subprocess_launcher_setenv (launcher, "DBUS_SESSION_BUS_ADDRESS", f->address, TRUE);
  s->dunst = g_subprocess_launcher_spawn (launcher, &error, dunst, "-conf", conf, NULL);
  g_assert_no_error (error);

  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!dbus_bus_name_has_owner (f->client, NOTIFY_NAME, NULL))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (20 * 1000);
    }
  return TRUE;
}

static void
stop (GSubprocess **process)
{
  if (*process == NULL)
    return;
  g_subprocess_send_signal (*process, SIGTERM);
  g_subprocess_wait (*process, NULL, NULL);
  g_clear_object (process);
}

void
notify_server_stop (NotifyServer *s)
{
  stop (&s->dunst);
  stop (&s->xvfb);
  g_clear_pointer (&s->dir, g_free);
}

JsonArray *
notify_server_history (BusFixture *f)
{
  const char *close_all[] = { "dunstctl", "close-all", NULL };
  const char *history[] = { "dunstctl", "history", NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  JsonNode *data;

  g_assert_cmpint (bus_fixture_run (f, close_all, NULL, NULL), ==, 0);
  g_assert_cmpint (bus_fixture_run (f, history, &out, &err), ==, 0);
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  data = json_object_get_member (json_node_get_object (json_parser_get_root (parser)), "data");
  g_assert_nonnull (data);
  return json_array_ref (json_array_get_array_element (json_node_get_array (data), 0));
}

char *
notify_server_field (JsonArray *history, guint32 id, const char *field)
{
  for (guint i = 0; i < json_array_get_length (history); i++)
    {
      JsonObject *n = json_array_get_object_element (history, i);
      JsonObject *id_node = json_object_get_object_member (n, "id");
      JsonObject *value;

      if ((guint32) json_object_get_int_member (id_node, "data") != id)
        continue;
      if (!json_object_has_member (n, field))
        return NULL;
      value = json_object_get_object_member (n, field);
      return g_strdup (json_object_get_string_member (value, "data"));
    }
  return NULL;
}
