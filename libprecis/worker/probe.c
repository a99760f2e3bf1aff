/* probe.c — precisd's side of a probe worker.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "probe.h"
#include "process.h"
#include "wire-probe.h"

/* What one probe worker said before it ended. */
typedef struct {
  guint done;           /* plugins it finished, in order */
  gboolean described;   /* the next one said what it is: its load() was running */
} Progress;

/* Take one frame; FALSE if it breaks the protocol. */
static gboolean
take_frame (PrecisWireKind kind, const guint8 *payload, guint32 length, GPtrArray *plugins,
            Progress *progress)
{
  PrecisPlugin *plugin = progress->done < plugins->len ? plugins->pdata[progress->done] : NULL;
  g_autofree char *name = NULL, *version = NULL, *description = NULL, *refusal = NULL;
  g_autoptr (GError) error = NULL;
  guint32 index, capabilities;

  if (plugin == NULL)
    return FALSE;
  if (kind == PRECIS_WIRE_DESCRIBED)
    {
      if (progress->described ||
          !precis_wire_decode_described (payload, length, &index, &name, &version, &description,
                                         &capabilities) ||
          index != progress->done)
        return FALSE;
      progress->described = TRUE;
      /* Checked as a descriptor is here; refused if it fails, loaded or not. */
      if (!precis_plugin_describe (plugin, name, version, description, capabilities, &error))
        precis_plugin_refuse (plugin, error->message);
      return TRUE;
    }
  if (kind != PRECIS_WIRE_LOADED || !precis_wire_decode_loaded (payload, length, &index, &refusal) ||
      index != progress->done || (refusal == NULL && !progress->described))
    return FALSE;
  if (refusal != NULL)
    precis_plugin_refuse (plugin, refusal);
  progress->done++;
  progress->described = FALSE;
  return TRUE;
}

static void
quarantine (PrecisPlugin *plugin, PrecisWorkerOutcome outcome, int status, gboolean in_load,
            guint timeout_s)
{
  g_autofree char *end = precis_worker_describe_end (status);
  g_autofree char *what = NULL;

  if (outcome == PRECIS_WORKER_TIMED_OUT)
    what = g_strdup_printf ("did not finish loading within %u s", timeout_s);
  else if (outcome == PRECIS_WORKER_MALFORMED)
    what = g_strdup ("broke the worker protocol");
  else
    what = g_strdup_printf ("crashed (%s) %s", end,
                            in_load ? "in its load()"
                                    : "as it was mapped, before its load() (in a constructor or its entry point)");
  precis_plugin_quarantine_at_load (plugin, what);
  g_warning ("plugin %s (%s) %s in a worker process: quarantined until its file changes "
             "(precisd itself runs no plugin code)", precis_plugin_get_name (plugin),
             precis_plugin_get_path (plugin), what);
}

/* Probe plugins[first..] in one worker; returns where the next should start. */
static guint
probe_from (const char *const *command, GPtrArray *candidates, guint first, guint timeout_s)
{
  g_autoptr (GPtrArray) plugins = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  PrecisWorkerOutcome outcome = PRECIS_WORKER_ANSWERED;
  Progress progress = { 0, FALSE };
  PrecisWorkerProcess *process;
  int status;

  for (guint i = first; i < candidates->len; i++)
    g_ptr_array_add (plugins, candidates->pdata[i]);
  process = precis_worker_process_spawn_probe (command, plugins, &error);
  if (process == NULL)
    {
      for (guint i = 0; i < plugins->len; i++)
        precis_plugin_refuse (plugins->pdata[i], error->message);
      return candidates->len;
    }
  while (progress.done < plugins->len)
    {
      /* Each plugin has `timeout_s` to load. */
      gint64 deadline = g_get_monotonic_time () + (gint64) timeout_s * G_USEC_PER_SEC;
      guint done = progress.done;

      while (outcome == PRECIS_WORKER_ANSWERED && progress.done == done)
        {
          g_autofree guint8 *payload = NULL;
          PrecisWireKind kind;
          guint32 length;

          outcome = precis_worker_process_read_frame (process, deadline, &kind, &payload, &length);
          if (outcome == PRECIS_WORKER_ANSWERED && !take_frame (kind, payload, length, plugins, &progress))
            outcome = PRECIS_WORKER_MALFORMED;
        }
      if (outcome != PRECIS_WORKER_ANSWERED)
        break;
    }
  status = precis_worker_process_end (process, outcome == PRECIS_WORKER_ANSWERED ||
                                                outcome == PRECIS_WORKER_DIED);
  precis_worker_process_free (process);
  if (progress.done == plugins->len)
    return candidates->len;
  quarantine (plugins->pdata[progress.done], outcome, status, progress.described, timeout_s);
  return first + progress.done + 1;
}

void
precis_worker_probe (const char *const *command, GPtrArray *candidates, guint timeout_s)
{
  guint next = 0;

  while (next < candidates->len)
    next = probe_from (command, candidates, next, timeout_s);
}
