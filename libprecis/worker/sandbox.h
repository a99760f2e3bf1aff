/* sandbox.h — the system calls an analysis worker may make.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Confine this process (every thread it starts later too) to what
 * analysis needs once the plugins are loaded: memory, time, reading and
 * writing open descriptors, opening files read-only (a plugin may load a
 * model on its first document), threads.  No sockets of its own, no
 * process other than itself to signal, no exec, no writable files.  A call
 * outside the list kills the process (SIGSYS), which precisd reports.
 *
 * In a build with sanitizers (whose run-time needs ptrace, /proc and
 * more), or with PRECIS_WORKER_SECCOMP=log in the environment, a call
 * outside the list is allowed and logged by the kernel instead, and the
 * worker says so on stderr: never silently.  FALSE if the filter could
 * not be installed: the worker then refuses to run plugins (in log mode,
 * which enforces nothing anyway, it says so and goes on: valgrind has no
 * seccomp(2), and tests/bench/worker-ipc.sh measures workers under it). */
gboolean precis_worker_sandbox_enter (GError **error);

G_END_DECLS
