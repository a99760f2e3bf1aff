/* timex-fixture.h — reading the tagger's expressions back against the
 * text, for the tests of dates.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "pipeline.h"
#include "timex.h"

G_BEGIN_DECLS

/* The text of characters [start, end) of `text` (PrecisTimex spans count
 * characters).  Free with g_free(). */
char *timex_fixture_slice (const char *text, guint32 start, guint32 end);

/* The expression of `found` whose span covers the `nth` (from 0)
 * occurrence of `needle` in the document's text; NULL if none does. */
const PrecisTimex *timex_fixture_covering (const PrecisDocument *document, GArray *found, const char *needle,
                                           guint nth);

G_END_DECLS
