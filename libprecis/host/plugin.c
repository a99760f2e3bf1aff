/* plugin.c — one loaded plugin.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The file is opened once; its owner and mode are checked on that
 * descriptor, then its bytes are copied into a sealed memfd
 * (plugin-image.c) and the module is opened through /proc/self/fd/N of the
 * copy.  So the code that runs is the code that was checked, a `cp` over
 * the file later cannot change it under running calls, and every loaded
 * instance has its own name: a plugin replaced while calls still run on
 * the old one loads afresh instead of the loader handing back the old one.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include "errors.h"
#include "plugin.h"
#include "plugin-image.h"

struct _PrecisPlugin {
  gint ref_count;
  int fd;          /* the file's, for its checks */
  int image_fd;    /* the private copy that is mapped */
  GModule *module;
  const PrecisPluginDescriptor *descriptor;
  gpointer state;
  char *path;
  dev_t dev;
  ino_t ino;
  struct timespec mtime;
  off_t size;
  gint crashes;    /* worker processes it took down: quarantined at PRECIS_PLUGIN_QUARANTINE_CRASHES */
  /* A plugin loaded in a worker only (precis_plugin_copy): what the worker
   * reported, strings owned, no functions. */
  PrecisPluginDescriptor reported;
  char *refusal;           /* the worker refused it (its load() failed...) */
  char *load_crash;        /* it crashed or hung while a worker loaded it */
};

static gboolean
name_is_valid (const char *name)
{
  if (name == NULL || *name == '\0' || strlen (name) > 64)
    return FALSE;
  for (const char *p = name; *p; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-' && *p != '_')
      return FALSE;
  return TRUE;
}

static gboolean
check_file (int fd, const char *path, struct stat *st, GError **error)
{
  if (fstat (fd, st) < 0)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED,
                   "%s: %s", path, g_strerror (errno));
      return FALSE;
    }
  if (!S_ISREG (st->st_mode))
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED,
                   "%s: not a regular file", path);
      return FALSE;
    }
  /* Anyone who can write the file can run code as this user. */
  if (st->st_mode & (S_IWGRP | S_IWOTH))
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED,
                   "%s: refused, writable by group or others (mode %03o)",
                   path, (unsigned) (st->st_mode & 0777));
      return FALSE;
    }
  if (st->st_uid != 0 && st->st_uid != getuid ())
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED,
                   "%s: refused, owned by uid %u, neither root nor this user",
                   path, (unsigned) st->st_uid);
      return FALSE;
    }
  return TRUE;
}

/* `functions`: check the functions the capabilities need too (FALSE for
 * what a worker reported, which has none). */
static gboolean
check_descriptor (const PrecisPluginDescriptor *d, const char *path, gboolean functions,
                  GError **error)
{
  const char *problem = NULL;

  if (d == NULL)
    problem = "its entry point returned no descriptor";
  else if (d->abi_version != PRECIS_PLUGIN_ABI_VERSION)
    {
      /* Nothing past abi_version may be read: its layout is unknown. */
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED,
                   "%s: refused, plugin ABI %u, this precisd speaks ABI %u",
                   path, d->abi_version, PRECIS_PLUGIN_ABI_VERSION);
      return FALSE;
    }
  else if (!name_is_valid (d->name))
    problem = "its name is missing or not made of [a-z0-9_-]";
  else if (d->version == NULL || d->description == NULL)
    problem = "its version or description is missing";
  else if ((d->capabilities & (PRECIS_CAPABILITY_SUMMARIZE | PRECIS_CAPABILITY_FACTS)) == 0)
    problem = "it declares no capability";
  else if (functions && (d->capabilities & PRECIS_CAPABILITY_SUMMARIZE) && d->summarize == NULL)
    problem = "it declares summarize but has no summarize function";
  else if (functions && (d->capabilities & PRECIS_CAPABILITY_FACTS) && d->extract_facts == NULL)
    problem = "it declares facts but has no extract_facts function";

  if (problem != NULL)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED,
                   "%s: refused, %s", path, problem);
      return FALSE;
    }
  return TRUE;
}

static void
plugin_free (PrecisPlugin *plugin)
{
  if (plugin->descriptor != NULL && plugin->descriptor->unload != NULL)
    plugin->descriptor->unload (plugin->state);
  if (plugin->module != NULL)
    g_module_close (plugin->module);
  if (plugin->fd >= 0)
    close (plugin->fd);
  if (plugin->image_fd >= 0)
    close (plugin->image_fd);
  g_free ((char *) plugin->reported.name);
  g_free ((char *) plugin->reported.version);
  g_free ((char *) plugin->reported.description);
  g_free (plugin->refusal);
  g_free (plugin->load_crash);
  g_free (plugin->path);
  g_free (plugin);
}

/* Map the image at plugin->image_fd, check its descriptor, tell
 * `described` (if any), call its load(). */
static gboolean
load_image (PrecisPlugin *plugin, const char *data_dir, PrecisPluginDescribed described,
            gpointer user_data, GError **error)
{
  g_autofree char *proc_path = g_strdup_printf ("/proc/self/fd/%d", plugin->image_fd);
  g_autoptr (GError) load_error = NULL;
  const char *path = plugin->path;
  PrecisPluginEntry entry = NULL;

  plugin->module = g_module_open (proc_path, G_MODULE_BIND_LOCAL | G_MODULE_BIND_LAZY);
  if (plugin->module == NULL)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED,
                   "%s: refused, cannot load: %s", path, g_module_error ());
      return FALSE;
    }
  if (!g_module_symbol (plugin->module, PRECIS_PLUGIN_ENTRY, (gpointer *) &entry) || entry == NULL)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED,
                   "%s: refused, no %s symbol", path, PRECIS_PLUGIN_ENTRY);
      return FALSE;
    }
  if (!check_descriptor (entry (), path, TRUE, error))
    return FALSE;
  if (described != NULL)
    described (entry (), user_data);

  if (entry ()->load != NULL && !entry ()->load (data_dir, &plugin->state, &load_error))
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED,
                   "%s: refused, its load() failed: %s", path,
                   load_error != NULL ? load_error->message : "no reason given");
      return FALSE;
    }
  plugin->descriptor = entry ();
  return TRUE;
}

static PrecisPlugin *
plugin_new (const char *path)
{
  PrecisPlugin *plugin = g_new0 (PrecisPlugin, 1);

  plugin->ref_count = 1;
  plugin->path = g_strdup (path);
  plugin->fd = -1;
  plugin->image_fd = -1;
  return plugin;
}

/* The file checked and copied; loaded too if `data_dir` is given. */
static PrecisPlugin *
open_file (const char *path, const char *data_dir, GError **error)
{
  PrecisPlugin *plugin;
  struct stat st;

  plugin = plugin_new (path);
  plugin->fd = open (path, O_RDONLY | O_CLOEXEC);
  if (plugin->fd < 0)
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED,
                   "%s: %s", path, g_strerror (errno));
      goto fail;
    }
  if (!check_file (plugin->fd, path, &st, error))
    goto fail;
  plugin->dev = st.st_dev;
  plugin->ino = st.st_ino;
  plugin->mtime = st.st_mtim;
  plugin->size = st.st_size;

  plugin->image_fd = precis_plugin_image_copy (plugin->fd, path, error);
  if (plugin->image_fd < 0 || (data_dir != NULL && !load_image (plugin, data_dir, NULL, NULL, error)))
    goto fail;
  return plugin;

fail:
  plugin_free (plugin);
  return NULL;
}

PrecisPlugin *
precis_plugin_open (const char *path, const char *data_dir, GError **error)
{
  g_return_val_if_fail (path != NULL && data_dir != NULL, NULL);
  return open_file (path, data_dir, error);
}

PrecisPlugin *
precis_plugin_copy (const char *path, GError **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  return open_file (path, NULL, error);
}

PrecisPlugin *
precis_plugin_open_image (int image_fd, const char *path, const char *data_dir,
                          PrecisPluginDescribed described, gpointer user_data, GError **error)
{
  PrecisPlugin *plugin = plugin_new (path);

  plugin->image_fd = image_fd;
  if (!load_image (plugin, data_dir, described, user_data, error))
    {
      plugin_free (plugin);
      return NULL;
    }
  return plugin;
}

/* --- plugins loaded in a worker only --------------------------------------- */

gboolean
precis_plugin_describe (PrecisPlugin *plugin, const char *name, const char *version,
                        const char *description, guint32 capabilities, GError **error)
{
  PrecisPluginDescriptor d = {
    .abi_version = PRECIS_PLUGIN_ABI_VERSION,
    .name = name,
    .version = version,
    .description = description,
    .capabilities = capabilities & (PRECIS_CAPABILITY_SUMMARIZE | PRECIS_CAPABILITY_FACTS),
  };

  g_return_val_if_fail (plugin->module == NULL && plugin->reported.name == NULL, FALSE);
  /* What the worker says is checked as the descriptor itself would be
   * (the functions aside: the worker checked those, and precisd never
   * calls them). */
  if (capabilities != d.capabilities)
    d.capabilities = 0;  /* an unknown bit: refused as no capability */
  if (!check_descriptor (&d, plugin->path, FALSE, error))
    return FALSE;
  plugin->reported = (PrecisPluginDescriptor) {
    .abi_version = PRECIS_PLUGIN_ABI_VERSION,
    .name = g_strdup (name),
    .version = g_strdup (version),
    .description = g_strdup (description),
    .capabilities = capabilities,
  };
  plugin->descriptor = &plugin->reported;
  return TRUE;
}

void
precis_plugin_refuse (PrecisPlugin *plugin, const char *reason)
{
  g_free (plugin->refusal);
  plugin->refusal = g_strdup (reason);
}

const char *
precis_plugin_get_refusal (PrecisPlugin *plugin)
{
  return plugin->refusal;
}

void
precis_plugin_quarantine_at_load (PrecisPlugin *plugin, const char *what)
{
  g_free (plugin->load_crash);
  plugin->load_crash = g_strdup (what);
  g_atomic_int_set (&plugin->crashes, PRECIS_PLUGIN_QUARANTINE_CRASHES);
  if (plugin->descriptor == NULL)
    {
      /* It never said who it is: it goes by its file's name. */
      g_autofree char *base = g_filename_display_basename (plugin->path);

      if (g_str_has_suffix (base, ".so"))
        base[strlen (base) - 3] = '\0';
      plugin->reported = (PrecisPluginDescriptor) {
        .abi_version = PRECIS_PLUGIN_ABI_VERSION,
        .name = g_steal_pointer (&base),
        .version = g_strdup (""),
        .description = g_strdup_printf ("quarantined: %s", what),
      };
      plugin->descriptor = &plugin->reported;
    }
}

gboolean
precis_plugin_crashed_at_load (PrecisPlugin *plugin)
{
  return plugin->load_crash != NULL;
}

char *
precis_plugin_describe_quarantine (PrecisPlugin *plugin)
{
  if (plugin->load_crash != NULL)
    return g_strdup_printf ("it %s, in a worker process", plugin->load_crash);
  return g_strdup_printf ("it crashed its worker process %u times", PRECIS_PLUGIN_QUARANTINE_CRASHES);
}

int
precis_plugin_get_image_fd (PrecisPlugin *plugin)
{
  return plugin->image_fd;
}

guint
precis_plugin_note_crash (PrecisPlugin *plugin)
{
  return (guint) g_atomic_int_add (&plugin->crashes, 1) + 1;
}

gboolean
precis_plugin_is_quarantined (PrecisPlugin *plugin)
{
  return (guint) g_atomic_int_get (&plugin->crashes) >= PRECIS_PLUGIN_QUARANTINE_CRASHES;
}

gboolean
precis_plugin_is_file (PrecisPlugin *plugin, const struct stat *st)
{
  return plugin->dev == st->st_dev && plugin->ino == st->st_ino &&
         plugin->size == st->st_size &&
         plugin->mtime.tv_sec == st->st_mtim.tv_sec &&
         plugin->mtime.tv_nsec == st->st_mtim.tv_nsec;
}

PrecisPlugin *
precis_plugin_ref (PrecisPlugin *plugin)
{
  g_return_val_if_fail (plugin != NULL, NULL);
  g_atomic_int_inc (&plugin->ref_count);
  return plugin;
}

void
precis_plugin_unref (PrecisPlugin *plugin)
{
  g_return_if_fail (plugin != NULL);
  if (g_atomic_int_dec_and_test (&plugin->ref_count))
    plugin_free (plugin);
}

const PrecisPluginDescriptor *
precis_plugin_get_descriptor (PrecisPlugin *plugin)
{
  return plugin->descriptor;
}

const char *
precis_plugin_get_name (PrecisPlugin *plugin)
{
  return plugin->descriptor->name;
}

const char *
precis_plugin_get_path (PrecisPlugin *plugin)
{
  return plugin->path;
}

gboolean
precis_plugin_has_capability (PrecisPlugin *plugin, PrecisCapabilities capability)
{
  return (plugin->descriptor->capabilities & capability) == capability;
}

/* The plugin said it failed: pass its reason on, as PluginFailed for this
 * call only (a cancellation stays a cancellation). */
static gboolean
call_failed (PrecisPlugin *plugin, GError *plugin_error, GError **error)
{
  if (plugin_error == NULL)
    g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED,
                 "plugin “%s” failed and gave no reason", plugin->descriptor->name);
  else if (g_error_matches (plugin_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, plugin_error);
  else
    {
      g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED,
                   "plugin “%s” failed: %s", plugin->descriptor->name, plugin_error->message);
      g_error_free (plugin_error);
    }
  return FALSE;
}

/* The plugin returned something the host cannot use: log it once per call
 * and fail the call, so a broken plugin never breaks the verbatim promise. */
static gboolean
returned_garbage (PrecisPlugin *plugin, GError **error, const char *reason)
{
  g_warning ("plugin %s (%s): %s", plugin->descriptor->name, plugin->path, reason);
  g_set_error (error, PRECIS_ERROR, PRECIS_ERROR_PLUGIN_FAILED,
               "plugin “%s” failed: %s", plugin->descriptor->name, reason);
  return FALSE;
}

gboolean
precis_plugin_summarize (PrecisPlugin *plugin, const PrecisDocument *document,
                         const PrecisRequest *request, GArray *ranked, GError **error)
{
  GError *plugin_error = NULL;
  g_autofree guint8 *seen = NULL;

  g_return_val_if_fail (precis_plugin_has_capability (plugin, PRECIS_CAPABILITY_SUMMARIZE), FALSE);
  g_return_val_if_fail (plugin->module != NULL, FALSE);  /* not one loaded in workers only */

  if (!plugin->descriptor->summarize (plugin->state, document, request, ranked, &plugin_error))
    return call_failed (plugin, plugin_error, error);
  g_clear_error (&plugin_error);  /* set on success: ignored */

  seen = g_new0 (guint8, document->n_sentences + 1);
  for (guint i = 0; i < ranked->len; i++)
    {
      const PrecisScoredSentence *s = &g_array_index (ranked, PrecisScoredSentence, i);

      if (s->sentence >= document->n_sentences)
        return returned_garbage (plugin, error, "it returned a sentence index out of range");
      if (seen[s->sentence]++)
        return returned_garbage (plugin, error, "it returned a sentence twice");
      if (!isfinite (s->score))
        return returned_garbage (plugin, error, "it returned a score that is not a number");
    }
  return TRUE;
}

gboolean
precis_plugin_extract_facts (PrecisPlugin *plugin, const PrecisDocument *document,
                             const PrecisRequest *request, GArray *facts, GError **error)
{
  GError *plugin_error = NULL;

  g_return_val_if_fail (precis_plugin_has_capability (plugin, PRECIS_CAPABILITY_FACTS), FALSE);
  g_return_val_if_fail (plugin->module != NULL, FALSE);

  if (!plugin->descriptor->extract_facts (plugin->state, document, request, facts, &plugin_error))
    return call_failed (plugin, plugin_error, error);
  g_clear_error (&plugin_error);  /* set on success: ignored */

  for (guint i = 0; i < facts->len; i++)
    {
      const PrecisFact *f = &g_array_index (facts, PrecisFact, i);

      if ((guint) f->kind > PRECIS_FACT_DATE)
        return returned_garbage (plugin, error, "it returned a fact of an unknown kind");
      if (f->value == NULL || !g_utf8_validate (f->value, -1, NULL))
        return returned_garbage (plugin, error, "it returned a fact without a valid value");
      if (f->mentions == NULL || f->mentions->len == 0)
        return returned_garbage (plugin, error, "it returned a fact without mentions");
      if (!isfinite (f->salience))
        return returned_garbage (plugin, error, "it returned a salience that is not a number");
      for (guint m = 0; m < f->mentions->len; m++)
        {
          const PrecisSpan *span = &g_array_index (f->mentions, PrecisSpan, m);

          if (span->start >= span->end || span->end > document->text_chars)
            return returned_garbage (plugin, error, "it returned a mention outside the text");
        }
    }
  return TRUE;
}

void
precis_fact_clear (PrecisFact *fact)
{
  g_clear_pointer (&fact->value, g_free);
  g_clear_pointer (&fact->mentions, g_array_unref);
}

GArray *
precis_fact_array_new (void)
{
  GArray *facts = g_array_new (FALSE, TRUE, sizeof (PrecisFact));

  g_array_set_clear_func (facts, (GDestroyNotify) precis_fact_clear);
  return facts;
}
