/* glued.h — sentence starts that nothing before marks: web-pasted news.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Pages copied as text lose the line breaks around image captions, photo
 * credits and prompts, so they run into the next sentence with no full
 * stop: "… on Friday ‘I’d be over the moon,’ said Locke", "Scroll down for
 * video Strictly business: Julia …", "… in charge of the club He has
 * impressed Mann".  These rules find such starts in English, French and
 * Spanish text, where a capitalized function word or a "Label:" in
 * mid-sentence after a plain word is rare enough to mean a new sentence;
 * other languages capitalize differently (German nouns and "Sie"), so
 * they are left as they are.
 */
#pragma once

#include "tokenize.h"

G_BEGIN_DECLS

/* "said", "told", …: `lower` is a case-folded word. */
gboolean precis_speech_verb (const char *lower);

typedef struct _PrecisGluedRules PrecisGluedRules;

/* The rules for text in `language` (a BCP 47 code or NULL): English,
 * French and Spanish; NULL for any other. */
const PrecisGluedRules *precis_glued_rules (const char *language);

/* Whether a sentence starts at token `i` of the paragraph [first, end)
 * though the token before it ends nothing.  On TRUE, `*unit_end` is the
 * end of what starts there and holds no further start (a label up to its
 * colon, the prompt "Scroll down for video"), and `*own_sentence` says
 * that a sentence ends there too (the prompt stands alone). */
gboolean precis_glued_start (const PrecisGluedRules *rules, const PrecisTokenBuf *buf, guint32 first, guint32 i,
                             guint32 end, guint32 *unit_end, gboolean *own_sentence);

G_END_DECLS
