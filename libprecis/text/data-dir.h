/* data-dir.h — where bundled data (models, word lists) is read from.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* $PRECIS_DATA_DIR if set, else the installed $datadir/precis. */
const char *precis_data_dir (void);

G_END_DECLS
