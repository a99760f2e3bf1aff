/* SPDX-License-Identifier: LGPL-2.1-or-later — placeholder until `precis batch` lands */
#include <glib.h>

#include "subcommands.h"

int
precis_batch_main (int argc, char **argv)
{
  g_printerr ("precis batch: not available in this build\n");
  return 2;
}
