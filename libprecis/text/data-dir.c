/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "data-dir.h"

const char *
precis_data_dir (void)
{
  const char *dir = g_getenv ("PRECIS_DATA_DIR");

  return dir != NULL && *dir != '\0' ? dir : PRECIS_PKGDATADIR;
}
