/* notify-server.h — a real notification server (dunst on Xvfb) on a test bus.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "bus-fixture.h"

typedef struct {
  GSubprocess *xvfb;
  GSubprocess *dunst;
  char *dir;
} NotifyServer;

/* Start Xvfb and dunst on the fixture's bus (markup "full" or "no").
 * Returns FALSE after g_test_skip() when dunst, dunstctl, busctl or Xvfb is not
 * installed (Debian: apt-get install dunst xvfb systemd dbus-bin). */
gboolean notify_server_start (NotifyServer *server, BusFixture *fixture, const char *markup);
void notify_server_stop (NotifyServer *server);

/* Close every notification shown, then read dunst's history with
 * `dunstctl history`: an array of a{sv} dicts as JSON nodes (JsonArray *). */
struct _JsonArray *notify_server_history (BusFixture *fixture);
/* The history entry with this id, or NULL; fields as strings ("summary", "body", "appname"). */
char *notify_server_field (struct _JsonArray *history, guint32 id, const char *field);
