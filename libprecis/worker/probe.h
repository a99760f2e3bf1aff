/* probe.h — plugins loaded by a worker before precisd lists them.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * With workers, precisd runs no plugin code at all: not a constructor at
 * dlopen, not a load().  A new or changed plugin file is copied (sealed,
 * plugin-image.c) and that copy is loaded by `precis-worker --probe`,
 * which says what each plugin is before its load() runs and whether the
 * load() succeeded (wire-probe.h).  A plugin that takes the probe down —
 * a signal, an exit, a hang past the deadline — is quarantined at once
 * and named with the reason; the probe goes on with the plugins after it
 * in a fresh worker.
 */
#pragma once

#include "plugin.h"

G_BEGIN_DECLS

/* Load `candidates` (PrecisPlugin from precis_plugin_copy()) in probe
 * workers (`command`: precis-worker and its options), and describe, refuse or quarantine each
 * (plugin.h).  `timeout_s`: for one plugin's load.  Blocks: run it on a
 * thread of its own (plugin-host.c does). */
void precis_worker_probe (const char *const *command, GPtrArray *candidates, guint timeout_s);

G_END_DECLS
