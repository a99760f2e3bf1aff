/* sandbox.c — the system calls an analysis worker may make (libseccomp).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Tracker confines tracker-extract the same way, for the same reason: the
 * code that reads untrusted documents is the code most likely to be
 * subverted by one.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <seccomp.h>
#include <string.h>
#include <unistd.h>

#include "errors.h"
#include "sandbox.h"

/* Allowed as they are.  Names the architecture lacks are skipped. */
static const char *const allowed[] = {
  /* descriptors it was given or opened read-only */
  "read", "readv", "pread64", "write", "writev", "recvfrom", "recvmsg", "sendto", "sendmsg",
  "close", "lseek", "fstat", "newfstatat", "stat", "lstat", "statx", "fcntl", "getdents64",
  "access", "faccessat", "faccessat2", "readlink", "readlinkat", "poll", "ppoll",
  "getsockname", "getpeername",
  /* memory */
  "brk", "mmap", "munmap", "mremap", "mprotect", "madvise",
  /* threads, time, identity */
  "futex", "set_robust_list", "get_robust_list", "rseq", "sched_yield", "sched_getaffinity",
  "clock_gettime", "clock_getres", "gettimeofday", "time", "nanosleep", "clock_nanosleep",
  "getrandom", "getpid", "gettid", "getuid", "geteuid", "getgid", "getegid", "uname",
  "sysinfo", "getrlimit", "prlimit64",
  /* signals and leaving */
  "rt_sigaction", "rt_sigprocmask", "rt_sigreturn", "sigaltstack", "exit", "exit_group",
};

static gboolean
add (scmp_filter_ctx ctx, guint32 action, const char *name, unsigned n_args, const struct scmp_arg_cmp *args)
{
  int nr = seccomp_syscall_resolve_name (name);

  if (nr == __NR_SCMP_ERROR)
    return TRUE;
  return seccomp_rule_add_array (ctx, action, nr, n_args, args) == 0;
}

static gboolean
add_rules (scmp_filter_ctx ctx)
{
  const scmp_datum_t read_only_mask = O_ACCMODE | O_CREAT | O_TRUNC;
  const struct scmp_arg_cmp openat_ro[] = { SCMP_A2 (SCMP_CMP_MASKED_EQ, read_only_mask, O_RDONLY) };
  const struct scmp_arg_cmp open_ro[] = { SCMP_A1 (SCMP_CMP_MASKED_EQ, read_only_mask, O_RDONLY) };
  const struct scmp_arg_cmp thread_only[] = { SCMP_A0 (SCMP_CMP_MASKED_EQ, CLONE_THREAD, CLONE_THREAD) };
  const struct scmp_arg_cmp self[] = { SCMP_A0 (SCMP_CMP_EQ, (scmp_datum_t) getpid ()) };
  gboolean ok = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (allowed); i++)
    ok &= add (ctx, SCMP_ACT_ALLOW, allowed[i], 0, NULL);
  ok &= add (ctx, SCMP_ACT_ALLOW, "openat", 1, openat_ro);
  ok &= add (ctx, SCMP_ACT_ALLOW, "open", 1, open_ro);
  /* Threads yes, processes no.  clone3's flags sit in memory a filter
   * cannot read: ENOSYS makes glibc fall back to clone. */
  ok &= add (ctx, SCMP_ACT_ALLOW, "clone", 1, thread_only);
  ok &= add (ctx, SCMP_ACT_ERRNO (ENOSYS), "clone3", 0, NULL);
  /* abort() and raise() signal this process only, so precisd sees SIGABRT. */
  ok &= add (ctx, SCMP_ACT_ALLOW, "tgkill", 1, self);
  ok &= add (ctx, SCMP_ACT_ALLOW, "kill", 1, self);
  /* isatty() on stderr before a log line: no terminal here. */
  ok &= add (ctx, SCMP_ACT_ERRNO (ENOTTY), "ioctl", 0, NULL);
  return ok;
}

static gboolean
log_only (void)
{
#ifdef PRECIS_SANITIZED
  return TRUE;
#else
  return g_strcmp0 (g_getenv ("PRECIS_WORKER_SECCOMP"), "log") == 0;
#endif
}

gboolean
precis_worker_sandbox_enter (GError **error)
{
  gboolean log = log_only ();
  scmp_filter_ctx ctx = seccomp_init (log ? SCMP_ACT_LOG : SCMP_ACT_KILL_PROCESS);
  int rc;

  /* Log mode enforces nothing anyway (it allows every call, and logs):
   * where seccomp is missing (valgrind has no seccomp(2)), say so and go
   * on, so that the workers can be measured under callgrind. */
  if (ctx == NULL && log)
    {
      g_printerr ("precis-worker: no seccomp here; log mode asked for, so running without a "
                  "filter\n");
      return TRUE;
    }
  if (ctx == NULL)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED,
                   "cannot make a seccomp filter");
      return FALSE;
    }
  if (!add_rules (ctx))
    {
      seccomp_release (ctx);
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED,
                   "cannot add the worker's seccomp rules");
      return FALSE;
    }
  rc = seccomp_load (ctx);
  seccomp_release (ctx);
  if (rc < 0)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED,
                   "cannot install the worker's seccomp filter: %s", g_strerror (-rc));
      return FALSE;
    }
  if (log)
    g_printerr ("precis-worker: seccomp logs system calls outside its list instead of killing "
                "the worker (%s)\n",
#ifdef PRECIS_SANITIZED
                "a build with sanitizers"
#else
                "PRECIS_WORKER_SECCOMP=log"
#endif
                );
  return TRUE;
}
