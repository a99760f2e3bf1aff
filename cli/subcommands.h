/* subcommands.h — the `precis` subcommands that run in-process, without a daemon.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each takes the arguments after its own name (argv[0] is the subcommand)
 * and returns the process exit status.
 */
#pragma once

int precis_batch_main (int argc, char **argv);    /* cli/batch.c */
int precis_extract_main (int argc, char **argv);  /* cli/extract.c */
