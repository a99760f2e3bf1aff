/* timex-private.h — what the timex-*.c files share: the compiled rules.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "timex.h"

struct _PrecisTimexRules {
  GHashTable *lexicon;   /* lower-case word → TimexWord */
};
