/* marshal.c — GVariant values in and out of libdbus messages.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "marshal.h"

#include <gio/gio.h>
#include <string.h>

static void
oom (void)
{
  /* libdbus only fails appends when out of memory: behave like g_malloc. */
  g_error ("precis: out of memory while building a D-Bus message");
}

static gboolean
append_container (DBusMessageIter *iter, int dbus_type, const char *contained, GVariant *value,
                  GError **error)
{
  DBusMessageIter sub;
  GVariantIter children;
  GVariant *child;
  gboolean ok = TRUE;

  if (!dbus_message_iter_open_container (iter, dbus_type, contained, &sub))
    oom ();
  g_variant_iter_init (&children, value);
  while (ok && (child = g_variant_iter_next_value (&children)) != NULL)
    {
      ok = precis_marshal_append_value (&sub, child, error);
      g_variant_unref (child);
    }
  if (!ok)
    {
      dbus_message_iter_abandon_container (iter, &sub);
      return FALSE;
    }
  if (!dbus_message_iter_close_container (iter, &sub))
    oom ();
  return TRUE;
}

static gboolean
append_basic (DBusMessageIter *iter, GVariant *value)
{
  DBusBasicValue v = { 0 };
  int type = g_variant_get_type_string (value)[0];

  switch (type)
    {
    case 'y': v.byt = g_variant_get_byte (value); break;
    case 'b': v.bool_val = g_variant_get_boolean (value) ? TRUE : FALSE; break;
    case 'n': v.i16 = g_variant_get_int16 (value); break;
    case 'q': v.u16 = g_variant_get_uint16 (value); break;
    case 'i': v.i32 = g_variant_get_int32 (value); break;
    case 'u': v.u32 = g_variant_get_uint32 (value); break;
    case 'x': v.i64 = g_variant_get_int64 (value); break;
    case 't': v.u64 = g_variant_get_uint64 (value); break;
    case 'd': v.dbl = g_variant_get_double (value); break;
    case 's': case 'o': case 'g': v.str = (char *) g_variant_get_string (value, NULL); break;
    default: return FALSE;
    }
  if (!dbus_message_iter_append_basic (iter, type, &v))
    oom ();
  return TRUE;
}

gboolean
precis_marshal_append_value (DBusMessageIter *iter, GVariant *value, GError **error)
{
  const GVariantType *type = g_variant_get_type (value);

  if (g_variant_type_is_basic (type) && append_basic (iter, value))
    return TRUE;
  if (g_variant_type_is_variant (type))
    {
      g_autoptr(GVariant) inner = g_variant_get_variant (value);
      return append_container (iter, DBUS_TYPE_VARIANT, g_variant_get_type_string (inner),
                               value, error);
    }
  /* An array's type string is 'a' and its element's. */
  if (g_variant_type_is_array (type))
    return append_container (iter, DBUS_TYPE_ARRAY, g_variant_get_type_string (value) + 1, value,
                             error);
  if (g_variant_type_is_dict_entry (type))
    return append_container (iter, DBUS_TYPE_DICT_ENTRY, NULL, value, error);
  if (g_variant_type_is_tuple (type) && g_variant_n_children (value) > 0)
    return append_container (iter, DBUS_TYPE_STRUCT, NULL, value, error);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               "type ‘%s’ cannot be sent over D-Bus", g_variant_get_type_string (value));
  return FALSE;
}

gboolean
precis_marshal_append_args (DBusMessage *message, GVariant *args, GError **error)
{
  g_autoptr(GVariant) owned = g_variant_ref_sink (args);
  DBusMessageIter iter;
  GVariantIter children;
  GVariant *child;

  g_return_val_if_fail (g_variant_is_of_type (args, G_VARIANT_TYPE_TUPLE), FALSE);

  dbus_message_iter_init_append (message, &iter);
  g_variant_iter_init (&children, owned);
  while ((child = g_variant_iter_next_value (&children)) != NULL)
    {
      gboolean ok = precis_marshal_append_value (&iter, child, error);
      g_variant_unref (child);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static GVariant *read_value (DBusMessageIter *iter, GError **error);

static GVariant *
read_basic (DBusMessageIter *iter, int type)
{
  DBusBasicValue v;

  /* Unix fds would be dup'd by get_basic; no precis API carries one. */
  if (type == DBUS_TYPE_UNIX_FD)
    return NULL;
  dbus_message_iter_get_basic (iter, &v);
  switch (type)
    {
    case 'y': return g_variant_new_byte (v.byt);
    case 'b': return g_variant_new_boolean (v.bool_val != 0);
    case 'n': return g_variant_new_int16 (v.i16);
    case 'q': return g_variant_new_uint16 (v.u16);
    case 'i': return g_variant_new_int32 (v.i32);
    case 'u': return g_variant_new_uint32 (v.u32);
    case 'x': return g_variant_new_int64 (v.i64);
    case 't': return g_variant_new_uint64 (v.u64);
    case 'd': return g_variant_new_double (v.dbl);
    /* libdbus validates strings, paths and signatures on receipt. */
    case 's': return g_variant_new_string (v.str);
    case 'o': return g_variant_new_object_path (v.str);
    case 'g': return g_variant_new_signature (v.str);
    default: return NULL;
    }
}

/* --- arrays of fixed-size elements ------------------------------------------------ */

/* Members of a fixed-size element read in one go; a wider tuple takes the
 * general path. */
#define FIXED_MAX_MEMBERS 8

typedef struct {
  guint n;
  char types[FIXED_MAX_MEMBERS];
  gsize offsets[FIXED_MAX_MEMBERS];
  gsize size;
} FixedLayout;

/* Size and alignment of a basic fixed type in GVariant's serialisation
 * (a boolean is one byte there, four on D-Bus); 0 for any other type. */
static gsize
fixed_size (char type)
{
  switch (type)
    {
    case 'y': case 'b': return 1;
    case 'n': case 'q': return 2;
    case 'i': case 'u': return 4;
    case 'x': case 't': case 'd': return 8;
    default: return 0;
    }
}

/* GVariant's layout of `element`, a basic fixed type or a tuple of them
 * such as (uu): each member at its own alignment, the whole padded to the
 * largest.  FALSE for any other element. */
static gboolean
fixed_layout (const char *element, FixedLayout *layout)
{
  gboolean tuple = *element == '(';
  const char *c = tuple ? element + 1 : element;
  gsize offset = 0, align = 1;

  layout->n = 0;
  for (; *c != '\0' && *c != ')'; c++)
    {
      gsize size = fixed_size (*c);

      if (size == 0 || layout->n == FIXED_MAX_MEMBERS || (!tuple && layout->n == 1))
        return FALSE;
      offset = (offset + size - 1) & ~(size - 1);
      layout->types[layout->n] = *c;
      layout->offsets[layout->n++] = offset;
      offset += size;
      align = MAX (align, size);
    }
  if (layout->n == 0 || (tuple ? c[0] != ')' || c[1] != '\0' : *c != '\0'))
    return FALSE;
  layout->size = (offset + align - 1) & ~(align - 1);
  return TRUE;
}

/* An array such as a(uu) (a fact's mentions) becomes one serialised
 * GVariant, not three values an element: reading replies cost half as
 * much.  NULL when the elements are not of fixed size. */
static GVariant *
read_fixed_array (DBusMessageIter *iter, const char *signature)
{
  FixedLayout layout;
  DBusMessageIter elements;
  guchar *data;
  int n, i = 0;

  if (!fixed_layout (signature + 1, &layout))
    return NULL;
  n = dbus_message_iter_get_element_count (iter);
  if (n == 0)
    return g_variant_new_array (G_VARIANT_TYPE (signature + 1), NULL, 0);
  /* Zeroed: padding is zero in a GVariant's normal form. */
  data = g_malloc0_n ((gsize) n, layout.size);
  dbus_message_iter_recurse (iter, &elements);
  for (; i < n && dbus_message_iter_get_arg_type (&elements) != DBUS_TYPE_INVALID;
       i++, dbus_message_iter_next (&elements))
    {
      DBusMessageIter members = elements;

      if (signature[1] == '(')
        dbus_message_iter_recurse (&elements, &members);
      for (guint m = 0; m < layout.n; m++, dbus_message_iter_next (&members))
        {
          guchar *at = data + (gsize) i * layout.size + layout.offsets[m];
          DBusBasicValue v;

          dbus_message_iter_get_basic (&members, &v);
          /* Every member of the union starts at its first byte. */
          if (layout.types[m] == 'b')
            *at = v.bool_val != 0;
          else
            memcpy (at, &v, fixed_size (layout.types[m]));
        }
    }
  return g_variant_new_from_data (G_VARIANT_TYPE (signature), data, (gsize) i * layout.size, TRUE,
                                  g_free, data);
}

/* The children of the container `iter` points at, each read by read_value.
 * NULL only on error: an empty container gives an empty vector. */
static GVariant **
read_children (DBusMessageIter *iter, gsize *n_children, GError **error)
{
  g_autoptr(GPtrArray) children = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  DBusMessageIter sub;

  dbus_message_iter_recurse (iter, &sub);
  while (dbus_message_iter_get_arg_type (&sub) != DBUS_TYPE_INVALID)
    {
      GVariant *child = read_value (&sub, error);
      if (child == NULL)
        return NULL;
      g_ptr_array_add (children, g_variant_ref_sink (child));
      dbus_message_iter_next (&sub);
    }
  *n_children = children->len;
  g_ptr_array_add (children, NULL);
  g_ptr_array_set_free_func (children, NULL);
  return (GVariant **) g_ptr_array_free (g_steal_pointer (&children), FALSE);
}

static void
free_children (GVariant **children, gsize n)
{
  for (gsize i = 0; i < n; i++)
    g_variant_unref (children[i]);
  g_free (children);
}

static GVariant *
read_value (DBusMessageIter *iter, GError **error)
{
  int type = dbus_message_iter_get_arg_type (iter);
  g_autofree char *signature = NULL;
  GVariant **children;
  GVariant *result;
  gsize n = 0;

  if (dbus_type_is_basic (type))
    {
      result = read_basic (iter, type);
      goto out;
    }
  if (type == DBUS_TYPE_ARRAY)
    {
      /* The element type comes from the signature: an array may be empty. */
      char *s = dbus_message_iter_get_signature (iter);

      signature = g_strdup (s);
      dbus_free (s);
      if ((result = read_fixed_array (iter, signature)) != NULL)
        return result;
    }

  children = read_children (iter, &n, error);
  if (children == NULL)
    return NULL;
  switch (type)
    {
    case DBUS_TYPE_VARIANT:
      result = n == 1 ? g_variant_new_variant (children[0]) : NULL;
      break;
    case DBUS_TYPE_ARRAY:
      result = g_variant_new_array (g_variant_type_element (G_VARIANT_TYPE (signature)),
                                    children, n);
      break;
    case DBUS_TYPE_DICT_ENTRY:
      result = n == 2 ? g_variant_new_dict_entry (children[0], children[1]) : NULL;
      break;
    case DBUS_TYPE_STRUCT:
      result = g_variant_new_tuple (children, n);
      break;
    default:
      result = NULL;
    }
  free_children (children, n);
out:
  if (result == NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                 "cannot read D-Bus type ‘%c’ in a reply", type);
  return result;
}

GVariant *
precis_marshal_read_args (DBusMessage *message, GError **error)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  DBusMessageIter iter;

  if (dbus_message_iter_init (message, &iter))
    {
      do
        {
          GVariant *arg = read_value (&iter, error);
          if (arg == NULL)
            return NULL;
          g_ptr_array_add (args, g_variant_ref_sink (arg));
        }
      while (dbus_message_iter_next (&iter));
    }
  return g_variant_ref_sink (g_variant_new_tuple ((GVariant **) args->pdata, args->len));
}
