/* SPDX-License-Identifier: LGPL-2.1-or-later — placeholder until `precis extract` lands */
#include <glib.h>

#include "subcommands.h"

int
precis_extract_main (int argc, char **argv)
{
  g_printerr ("precis extract: not available in this build\n");
  return 2;
}
