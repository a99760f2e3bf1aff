/* precis-options.h — how much summary, from which plugin, anchored where.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(PRECIS_INSIDE) && !defined(PRECIS_COMPILATION)
#error "Only <precis/precis.h> can be included directly."
#endif

#include <glib-object.h>

#include <precis/precis-version.h>

G_BEGIN_DECLS

/**
 * PrecisOrder:
 * @PRECIS_ORDER_DOCUMENT: the summary's sentences in the order of the article
 * @PRECIS_ORDER_SCORE: the best sentence first
 *
 * The order of a summary's sentences.
 */
typedef enum {
  PRECIS_ORDER_DOCUMENT = 0,
  PRECIS_ORDER_SCORE,
} PrecisOrder;

#define PRECIS_TYPE_OPTIONS (precis_options_get_type ())
PRECIS_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PrecisOptions, precis_options, PRECIS, OPTIONS, GObject)

PRECIS_AVAILABLE_IN_ALL
PrecisOptions *precis_options_new (void);

PRECIS_AVAILABLE_IN_ALL
void precis_options_set_plugin (PrecisOptions *options, const char *plugin);
PRECIS_AVAILABLE_IN_ALL
const char *precis_options_get_plugin (PrecisOptions *options);
PRECIS_AVAILABLE_IN_ALL
void precis_options_set_sentences (PrecisOptions *options, guint sentences);
PRECIS_AVAILABLE_IN_ALL
guint precis_options_get_sentences (PrecisOptions *options);
PRECIS_AVAILABLE_IN_ALL
void precis_options_set_ratio (PrecisOptions *options, double ratio);
PRECIS_AVAILABLE_IN_ALL
double precis_options_get_ratio (PrecisOptions *options);
PRECIS_AVAILABLE_IN_ALL
void precis_options_set_max_chars (PrecisOptions *options, guint max_chars);
PRECIS_AVAILABLE_IN_ALL
guint precis_options_get_max_chars (PrecisOptions *options);
PRECIS_AVAILABLE_IN_ALL
void precis_options_set_order (PrecisOptions *options, PrecisOrder order);
PRECIS_AVAILABLE_IN_ALL
PrecisOrder precis_options_get_order (PrecisOptions *options);
PRECIS_AVAILABLE_IN_ALL
void precis_options_set_title (PrecisOptions *options, const char *title);
PRECIS_AVAILABLE_IN_ALL
const char *precis_options_get_title (PrecisOptions *options);
PRECIS_AVAILABLE_IN_ALL
void precis_options_set_language (PrecisOptions *options, const char *language);
PRECIS_AVAILABLE_IN_ALL
const char *precis_options_get_language (PrecisOptions *options);
PRECIS_AVAILABLE_IN_ALL
void precis_options_set_language_hint (PrecisOptions *options, const char *language_hint);
PRECIS_AVAILABLE_IN_ALL
const char *precis_options_get_language_hint (PrecisOptions *options);
PRECIS_AVAILABLE_IN_ALL
void precis_options_set_published (PrecisOptions *options, GDateTime *published);
PRECIS_AVAILABLE_IN_ALL
GDateTime *precis_options_get_published (PrecisOptions *options);

PRECIS_AVAILABLE_IN_ALL
GVariant *precis_options_to_variant (PrecisOptions *options);

G_END_DECLS
