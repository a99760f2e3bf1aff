/* dateline.h — where and by whom a wire story was filed, before its first
 * sentence: "WASHINGTON (AP) — The Senate…", "Kathmandu, Nepal (CNN)Rescuers…",
 * "(The Hollywood Reporter)Stan Freberg…".
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The dateline is no part of the sentence it stands before: a summary that
 * opens with "(CNN)They may…" reads as a glitch, and the publisher is no
 * actor of its own story.  segment.c makes it a sentence of its own and
 * clean.c flags it PRECIS_SENTENCE_DATELINE: no summary takes it, and the
 * facts' salience does not count what it names (its names stay facts).
 */
#pragma once

#include "tokenize.h"

G_BEGIN_DECLS

/* The number of tokens of the dateline opening the paragraph [first, end)
 * of `buf`, its dash included; 0 when it opens with none.  end - first
 * when the dateline is the whole paragraph: the caller knows whether a
 * story follows it. */
guint32 precis_dateline_length (const PrecisTokenBuf *buf, guint32 first, guint32 end);

G_END_DECLS
