/* serve.h — the worker's side of the protocol: read requests, analyse, answer.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Say READY on `fd`, then answer REQUEST frames (a blocking socket) with a
 * RESULT or ERROR frame each, running `plugins` (PrecisPlugin, by the
 * index precisd gave them; NULL where one failed to load here), and
 * keeping in `running_word` (shared with precisd) which of the call's
 * plugins it started last (a PrecisRunningPlugin; precisd zeroes it before
 * each request).  Returns when precisd closes its end (0), or on a
 * malformed request or a broken socket (1): precisd then starts another
 * worker. */
int precis_worker_serve (int fd, guint32 *running_word, GPtrArray *plugins);

/* precis-worker --probe: load each image in turn (fds, and the files they
 * came from, for messages), keeping them loaded, and report on each with
 * DESCRIBED and LOADED frames (wire-probe.h).  0 once all are reported. */
int precis_worker_serve_probe (int fd, guint n_plugins, const int *image_fds,
                               const char *const *paths, const char *data_dir);

G_END_DECLS
