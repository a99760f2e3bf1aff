/* service-clients.c — the callers precisd serves: each one's calls in
 * flight, counted by the process behind it, and the idle exit that waits
 * for the last of them.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "service-private.h"

/* --- idle exit ------------------------------------------------------------ */

static gboolean
idle_expired (gpointer user_data)
{
  PrecisService *service = user_data;

  service->idle_source = 0;
  g_message ("idle for %u s, exiting", service->idle_timeout_s);
  return service->quit (service->quit_data);
}

void
precis_service_idle_reset (PrecisService *service)
{
  g_clear_handle_id (&service->idle_source, g_source_remove);
  /* Subscribed feeds are polled only while precisd runs, and the Open
   * action of a notification still shown lives in precisd. */
  if (service->idle_timeout_s > 0 && service->in_flight == 0 &&
      (service->feeds == NULL || !precis_feed_poller_has_feeds (service->feeds)) &&
      (service->notifier == NULL || !precis_notifier_has_open_actions (service->notifier)))
    service->idle_source = g_timeout_add_seconds (service->idle_timeout_s, idle_expired, service);
}

/* --- clients -------------------------------------------------------------- */

void
precis_service_client_free (Client *client)
{
  g_object_unref (client->cancellable);
  g_free (client->name);
  g_free (client->identity);
  g_free (client);
}

/* The process behind `name` when the bus said which (PID and uid go
 * together: one process has one uid); else the connection alone. */
char *
precis_service_identity (PrecisService *service, const char *name)
{
  const PrecisCaller *caller = service->callers != NULL ? precis_callers_lookup (service->callers, name)
                                                        : NULL;

  if (caller != NULL && caller->pid != 0)
    return g_strdup_printf ("pid %u", caller->pid);
  return g_strdup (name);
}

guint
precis_service_identity_in_flight (PrecisService *service, const char *name)
{
  g_autofree char *identity = precis_service_identity (service, name);

  return GPOINTER_TO_UINT (g_hash_table_lookup (service->identities, identity));
}

static void
identity_add (PrecisService *service, const char *identity, int delta)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (service->identities, identity)) + delta;

  if (n == 0)
    g_hash_table_remove (service->identities, identity);
  else
    g_hash_table_replace (service->identities, g_strdup (identity), GUINT_TO_POINTER (n));
}

Client *
precis_service_client_get (PrecisService *service, const char *name)
{
  Client *client = g_hash_table_lookup (service->clients, name);

  if (client == NULL)
    {
      client = g_new0 (Client, 1);
      client->name = g_strdup (name);
      client->identity = precis_service_identity (service, name);
      client->cancellable = g_cancellable_new ();
      g_hash_table_insert (service->clients, client->name, client);
    }
  identity_add (service, client->identity, +1);
  return client;
}

void
precis_service_client_release (PrecisService *service, Client *client)
{
  service->in_flight--;
  identity_add (service, client->identity, -1);
  if (--client->in_flight == 0)
    g_hash_table_remove (service->clients, client->name);
  precis_service_idle_reset (service);
}
