/* plugin-image.c — a private, complete copy of a plugin file to load.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "errors.h"
#include "plugin-image.h"

/* Plugins are a few MB at most; a bigger "plugin" is no plugin. */
#define MAX_IMAGE_BYTES (256u * 1024 * 1024)

static gboolean
within (guint64 offset, guint64 size, gsize length)
{
  return offset <= length && size <= length - offset;
}

gboolean
precis_plugin_image_is_complete (const guint8 *data, gsize length)
{
  Elf64_Ehdr eh;

  /* Only the native format loads here: 64-bit, this machine's byte order. */
  if (length < sizeof eh || memcmp (data, ELFMAG, SELFMAG) != 0 || data[EI_CLASS] != ELFCLASS64)
    return FALSE;
  memcpy (&eh, data, sizeof eh);
  if (eh.e_phentsize != sizeof (Elf64_Phdr) || eh.e_phnum == 0 ||
      !within (eh.e_phoff, (guint64) eh.e_phnum * sizeof (Elf64_Phdr), length))
    return FALSE;
  for (guint i = 0; i < eh.e_phnum; i++)
    {
      Elf64_Phdr ph;

      memcpy (&ph, data + eh.e_phoff + (guint64) i * sizeof ph, sizeof ph);
      if (ph.p_type == PT_LOAD && !within (ph.p_offset, ph.p_filesz, length))
        return FALSE;
    }
  /* The section headers come last in the file: a cut copy loses them. */
  if (eh.e_shnum > 0 &&
      (eh.e_shentsize != sizeof (Elf64_Shdr) ||
       !within (eh.e_shoff, (guint64) eh.e_shnum * sizeof (Elf64_Shdr), length)))
    return FALSE;
  return TRUE;
}

static gboolean
read_all (int fd, guint8 *buffer, gsize length)
{
  gsize done = 0;

  while (done < length)
    {
      ssize_t n = pread (fd, buffer + done, length - done, (off_t) done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      done += (gsize) n;
    }
  return TRUE;
}

static gboolean
write_all (int fd, const guint8 *buffer, gsize length)
{
  gsize done = 0;

  while (done < length)
    {
      ssize_t n = write (fd, buffer + done, length - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      done += (gsize) n;
    }
  return TRUE;
}

int
precis_plugin_image_copy (int fd, const char *path, GError **error)
{
  g_autofree guint8 *data = NULL;
  struct stat st;
  int memfd;

  if (fstat (fd, &st) < 0 || st.st_size <= 0 || (guint64) st.st_size > MAX_IMAGE_BYTES)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED,
                   "%s: refused, empty or larger than %u MB", path, MAX_IMAGE_BYTES >> 20);
      return -1;
    }
  data = g_malloc ((gsize) st.st_size);
  if (!read_all (fd, data, (gsize) st.st_size))
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED,
                   "%s: changed while being read (still being written?)", path);
      return -1;
    }
  if (!precis_plugin_image_is_complete (data, (gsize) st.st_size))
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED,
                   "%s: refused, not a complete shared object (still being written? install "
                   "plugins with install(1) or mv, which replace a file at once)", path);
      return -1;
    }
  memfd = memfd_create ("precis-plugin", MFD_CLOEXEC | MFD_ALLOW_SEALING);
  if (memfd < 0 || !write_all (memfd, data, (gsize) st.st_size) ||
      fcntl (memfd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL) < 0)
    {
      int saved = errno;

      if (memfd >= 0)
        close (memfd);
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED,
                   "%s: cannot make a private copy: %s", path, g_strerror (saved));
      return -1;
    }
  return memfd;
}
