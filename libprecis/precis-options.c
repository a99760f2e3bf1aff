/* precis-options.c — the options of a call, as an object.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The same keys as the a{sv} of the D-Bus API; an unset value is left out
 * of it, so the engine's defaults apply on either back end.
 */
#include "config.h"

#include "precis-private.h"

/**
 * PrecisOptions:
 *
 * How much summary to make, with which plugin, and how to read the text:
 * the options of every call of #PrecisConnection.  Every property has the
 * engine's default until it is set; %NULL options mean all defaults.
 */
struct _PrecisOptions {
  GObject parent_instance;
  char *plugin;
  guint sentences;
  double ratio;
  guint max_chars;
  PrecisOrder order;
  gboolean order_set;
  char *title;
  char *language;
  char *language_hint;
  GDateTime *published;
};

G_DEFINE_FINAL_TYPE (PrecisOptions, precis_options, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PLUGIN,
  PROP_SENTENCES,
  PROP_RATIO,
  PROP_MAX_CHARS,
  PROP_ORDER,
  PROP_TITLE,
  PROP_LANGUAGE,
  PROP_LANGUAGE_HINT,
  PROP_PUBLISHED,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static void
precis_options_finalize (GObject *object)
{
  PrecisOptions *self = PRECIS_OPTIONS (object);

  g_free (self->plugin);
  g_free (self->title);
  g_free (self->language);
  g_free (self->language_hint);
  g_clear_pointer (&self->published, g_date_time_unref);
  G_OBJECT_CLASS (precis_options_parent_class)->finalize (object);
}

static void
precis_options_get_property (GObject *object, guint id, GValue *value, GParamSpec *pspec)
{
  PrecisOptions *self = PRECIS_OPTIONS (object);

  switch (id)
    {
    case PROP_PLUGIN: g_value_set_string (value, self->plugin); break;
    case PROP_SENTENCES: g_value_set_uint (value, self->sentences); break;
    case PROP_RATIO: g_value_set_double (value, self->ratio); break;
    case PROP_MAX_CHARS: g_value_set_uint (value, self->max_chars); break;
    case PROP_ORDER: g_value_set_enum (value, self->order); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_LANGUAGE: g_value_set_string (value, self->language); break;
    case PROP_LANGUAGE_HINT: g_value_set_string (value, self->language_hint); break;
    case PROP_PUBLISHED: g_value_set_boxed (value, self->published); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, id, pspec);
    }
}

static void
precis_options_set_property (GObject *object, guint id, const GValue *value, GParamSpec *pspec)
{
  PrecisOptions *self = PRECIS_OPTIONS (object);

  switch (id)
    {
    case PROP_PLUGIN: precis_options_set_plugin (self, g_value_get_string (value)); break;
    case PROP_SENTENCES: precis_options_set_sentences (self, g_value_get_uint (value)); break;
    case PROP_RATIO: precis_options_set_ratio (self, g_value_get_double (value)); break;
    case PROP_MAX_CHARS: precis_options_set_max_chars (self, g_value_get_uint (value)); break;
    case PROP_ORDER: precis_options_set_order (self, g_value_get_enum (value)); break;
    case PROP_TITLE: precis_options_set_title (self, g_value_get_string (value)); break;
    case PROP_LANGUAGE: precis_options_set_language (self, g_value_get_string (value)); break;
    case PROP_LANGUAGE_HINT: precis_options_set_language_hint (self, g_value_get_string (value)); break;
    case PROP_PUBLISHED: precis_options_set_published (self, g_value_get_boxed (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, id, pspec);
    }
}

static void
precis_options_class_init (PrecisOptionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = precis_options_finalize;
  object_class->get_property = precis_options_get_property;
  object_class->set_property = precis_options_set_property;

  /**
   * PrecisOptions:plugin:
   *
   * The plugin to use: a summarizer, or for Analyze a fact extractor that
   * cannot summarize.  %NULL: the user's default.
   */
  props[PROP_PLUGIN] = g_param_spec_string ("plugin", NULL, NULL, NULL, flags);
  /**
   * PrecisOptions:sentences:
   *
   * How many sentences the summary has at most; 0: the default (3).
   */
  props[PROP_SENTENCES] = g_param_spec_uint ("sentences", NULL, NULL, 0, G_MAXUINT32, 0, flags);
  /**
   * PrecisOptions:ratio:
   *
   * The summary's share of the article's content sentences (0 to 1); 0: unset.
   */
  props[PROP_RATIO] = g_param_spec_double ("ratio", NULL, NULL, 0.0, 1.0, 0.0, flags);
  /**
   * PrecisOptions:max-chars:
   *
   * The summary's length at most, in characters; 0: no limit.  Whole
   * sentences that fit, or the best one cut at a word with "…".
   */
  props[PROP_MAX_CHARS] = g_param_spec_uint ("max-chars", NULL, NULL, 0, G_MAXUINT32, 0, flags);
  /**
   * PrecisOptions:order:
   *
   * The order of the summary's sentences.
   */
  props[PROP_ORDER] = g_param_spec_enum ("order", NULL, NULL, PRECIS_TYPE_ORDER,
                                         PRECIS_ORDER_DOCUMENT, flags);
  /**
   * PrecisOptions:title:
   *
   * The article's title, when the text does not start with it.
   */
  props[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  /**
   * PrecisOptions:language:
   *
   * The text's language (ISO 639-1); %NULL: identified from the text.
   */
  props[PROP_LANGUAGE] = g_param_spec_string ("language", NULL, NULL, NULL, flags);
  /**
   * PrecisOptions:language-hint:
   *
   * The language the text's source declares (a feed's `<language>`, a
   * page's `lang`): evidence for identification, not an order.  It
   * decides text that has no language of its own (a results table) and
   * text the identifier is unsure of when it sees that language in it;
   * a text written in another language keeps its own.  %NULL: none.
   */
  props[PROP_LANGUAGE_HINT] = g_param_spec_string ("language-hint", NULL, NULL, NULL, flags);
  /**
   * PrecisOptions:published:
   *
   * When the article was published: the anchor of relative dates
   * ("Tuesday", "next week").  %NULL: the page's date, else now.
   */
  props[PROP_PUBLISHED] = g_param_spec_boxed ("published", NULL, NULL, G_TYPE_DATE_TIME, flags);
  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
precis_options_init (PrecisOptions *self)
{
}

/**
 * precis_options_new:
 *
 * Returns: (transfer full): options with every value at its default
 */
PrecisOptions *
precis_options_new (void)
{
  return g_object_new (PRECIS_TYPE_OPTIONS, NULL);
}

static void
set_string (PrecisOptions *self, char **slot, const char *value, guint prop)
{
  if (g_strcmp0 (*slot, value) == 0)
    return;
  g_free (*slot);
  *slot = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), props[prop]);
}

/**
 * precis_options_set_plugin:
 * @options: a #PrecisOptions
 * @plugin: (nullable): a plugin's name, or %NULL for the default
 */
void
precis_options_set_plugin (PrecisOptions *options, const char *plugin)
{
  g_return_if_fail (PRECIS_IS_OPTIONS (options));
  set_string (options, &options->plugin, plugin, PROP_PLUGIN);
}

/**
 * precis_options_get_plugin:
 * @options: a #PrecisOptions
 *
 * Returns: (nullable): the plugin's name, or %NULL for the default
 */
const char *
precis_options_get_plugin (PrecisOptions *options)
{
  g_return_val_if_fail (PRECIS_IS_OPTIONS (options), NULL);
  return options->plugin;
}

/**
 * precis_options_set_sentences:
 * @options: a #PrecisOptions
 * @sentences: how many sentences at most; 0 for the default
 */
void
precis_options_set_sentences (PrecisOptions *options, guint sentences)
{
  g_return_if_fail (PRECIS_IS_OPTIONS (options));
  if (options->sentences == sentences)
    return;
  options->sentences = sentences;
  g_object_notify_by_pspec (G_OBJECT (options), props[PROP_SENTENCES]);
}

/**
 * precis_options_get_sentences:
 * @options: a #PrecisOptions
 *
 * Returns: how many sentences at most; 0 for the default
 */
guint
precis_options_get_sentences (PrecisOptions *options)
{
  g_return_val_if_fail (PRECIS_IS_OPTIONS (options), 0);
  return options->sentences;
}

/**
 * precis_options_set_ratio:
 * @options: a #PrecisOptions
 * @ratio: the share of content sentences, above 0 and at most 1; 0 to unset
 */
void
precis_options_set_ratio (PrecisOptions *options, double ratio)
{
  g_return_if_fail (PRECIS_IS_OPTIONS (options));
  g_return_if_fail (ratio >= 0.0 && ratio <= 1.0);
  if (options->ratio == ratio)
    return;
  options->ratio = ratio;
  g_object_notify_by_pspec (G_OBJECT (options), props[PROP_RATIO]);
}

/**
 * precis_options_get_ratio:
 * @options: a #PrecisOptions
 *
 * Returns: the share of content sentences; 0 when unset
 */
double
precis_options_get_ratio (PrecisOptions *options)
{
  g_return_val_if_fail (PRECIS_IS_OPTIONS (options), 0.0);
  return options->ratio;
}

/**
 * precis_options_set_max_chars:
 * @options: a #PrecisOptions
 * @max_chars: the length at most in characters; 0 for no limit
 */
void
precis_options_set_max_chars (PrecisOptions *options, guint max_chars)
{
  g_return_if_fail (PRECIS_IS_OPTIONS (options));
  if (options->max_chars == max_chars)
    return;
  options->max_chars = max_chars;
  g_object_notify_by_pspec (G_OBJECT (options), props[PROP_MAX_CHARS]);
}

/**
 * precis_options_get_max_chars:
 * @options: a #PrecisOptions
 *
 * Returns: the length at most in characters; 0 for no limit
 */
guint
precis_options_get_max_chars (PrecisOptions *options)
{
  g_return_val_if_fail (PRECIS_IS_OPTIONS (options), 0);
  return options->max_chars;
}

/**
 * precis_options_set_order:
 * @options: a #PrecisOptions
 * @order: the order of the summary's sentences
 */
void
precis_options_set_order (PrecisOptions *options, PrecisOrder order)
{
  g_return_if_fail (PRECIS_IS_OPTIONS (options));
  options->order_set = TRUE;
  if (options->order == order)
    return;
  options->order = order;
  g_object_notify_by_pspec (G_OBJECT (options), props[PROP_ORDER]);
}

/**
 * precis_options_get_order:
 * @options: a #PrecisOptions
 *
 * Returns: the order of the summary's sentences
 */
PrecisOrder
precis_options_get_order (PrecisOptions *options)
{
  g_return_val_if_fail (PRECIS_IS_OPTIONS (options), PRECIS_ORDER_DOCUMENT);
  return options->order;
}

/**
 * precis_options_set_title:
 * @options: a #PrecisOptions
 * @title: (nullable): the article's title
 */
void
precis_options_set_title (PrecisOptions *options, const char *title)
{
  g_return_if_fail (PRECIS_IS_OPTIONS (options));
  set_string (options, &options->title, title, PROP_TITLE);
}

/**
 * precis_options_get_title:
 * @options: a #PrecisOptions
 *
 * Returns: (nullable): the article's title
 */
const char *
precis_options_get_title (PrecisOptions *options)
{
  g_return_val_if_fail (PRECIS_IS_OPTIONS (options), NULL);
  return options->title;
}

/**
 * precis_options_set_language:
 * @options: a #PrecisOptions
 * @language: (nullable): an ISO 639-1 code, or %NULL to identify it
 */
void
precis_options_set_language (PrecisOptions *options, const char *language)
{
  g_return_if_fail (PRECIS_IS_OPTIONS (options));
  set_string (options, &options->language, language, PROP_LANGUAGE);
}

/**
 * precis_options_get_language:
 * @options: a #PrecisOptions
 *
 * Returns: (nullable): the language code, or %NULL
 */
const char *
precis_options_get_language (PrecisOptions *options)
{
  g_return_val_if_fail (PRECIS_IS_OPTIONS (options), NULL);
  return options->language;
}

/**
 * precis_options_set_language_hint:
 * @options: a #PrecisOptions
 * @language_hint: (nullable): a BCP 47 tag ("es", "es-ES") its source
 *   declares, or %NULL
 *
 * See #PrecisOptions:language-hint.  A tag precis does not know is no
 * evidence, not an error.
 */
void
precis_options_set_language_hint (PrecisOptions *options, const char *language_hint)
{
  g_return_if_fail (PRECIS_IS_OPTIONS (options));
  set_string (options, &options->language_hint, language_hint, PROP_LANGUAGE_HINT);
}

/**
 * precis_options_get_language_hint:
 * @options: a #PrecisOptions
 *
 * Returns: (nullable): the declared language, or %NULL
 */
const char *
precis_options_get_language_hint (PrecisOptions *options)
{
  g_return_val_if_fail (PRECIS_IS_OPTIONS (options), NULL);
  return options->language_hint;
}

/**
 * precis_options_set_published:
 * @options: a #PrecisOptions
 * @published: (nullable): when the article was published
 */
void
precis_options_set_published (PrecisOptions *options, GDateTime *published)
{
  g_return_if_fail (PRECIS_IS_OPTIONS (options));
  if (options->published == published)
    return;
  g_clear_pointer (&options->published, g_date_time_unref);
  options->published = published != NULL ? g_date_time_ref (published) : NULL;
  g_object_notify_by_pspec (G_OBJECT (options), props[PROP_PUBLISHED]);
}

/**
 * precis_options_get_published:
 * @options: a #PrecisOptions
 *
 * Returns: (nullable) (transfer none): when the article was published
 */
GDateTime *
precis_options_get_published (PrecisOptions *options)
{
  g_return_val_if_fail (PRECIS_IS_OPTIONS (options), NULL);
  return options->published;
}

/**
 * precis_options_to_variant:
 * @options: (nullable): a #PrecisOptions
 *
 * The options as the a{sv} of the D-Bus API, with only the values set.
 *
 * Returns: (transfer floating): an a{sv}
 */
GVariant *
precis_options_to_variant (PrecisOptions *options)
{
  GVariantDict dict;

  g_variant_dict_init (&dict, NULL);
  if (options == NULL)
    return g_variant_dict_end (&dict);
  if (options->plugin != NULL)
    g_variant_dict_insert (&dict, "plugin", "s", options->plugin);
  if (options->sentences > 0)
    g_variant_dict_insert (&dict, "sentences", "u", options->sentences);
  if (options->ratio > 0.0)
    g_variant_dict_insert (&dict, "ratio", "d", options->ratio);
  if (options->max_chars > 0)
    g_variant_dict_insert (&dict, "max-chars", "u", options->max_chars);
  if (options->order_set)
    g_variant_dict_insert (&dict, "order", "s",
                           options->order == PRECIS_ORDER_SCORE ? "score" : "document");
  if (options->title != NULL)
    g_variant_dict_insert (&dict, "title", "s", options->title);
  if (options->language != NULL)
    g_variant_dict_insert (&dict, "language", "s", options->language);
  if (options->language_hint != NULL)
    g_variant_dict_insert (&dict, "language-hint", "s", options->language_hint);
  if (options->published != NULL)
    {
      g_autofree char *iso = g_date_time_format_iso8601 (options->published);

      g_variant_dict_insert (&dict, "published", "s", iso);
    }
  return g_variant_dict_end (&dict);
}
