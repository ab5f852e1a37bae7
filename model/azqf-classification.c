/* azqf-classification.c: the bundled ISCO-08 and ISCED-F 2013 code lists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "azqf-classification.h"
#include "resources/azqf-model-resources.h"

#define RESOURCE_DIR "/io/github/azqf/Studio/model/data/"

struct _AzqfClassificationEntry
{
  gatomicrefcount  ref_count;
  char            *code;
  char            *title_en;
  char            *title_az;  /* NULL when the list has no Azerbaijani title */
};

G_DEFINE_BOXED_TYPE (AzqfClassificationEntry,
                     azqf_classification_entry,
                     azqf_classification_entry_ref,
                     azqf_classification_entry_unref)

static const char * const resource_paths[] = {
  [AZQF_CLASSIFICATION_ISCO08] = RESOURCE_DIR "isco08.tsv",
  [AZQF_CLASSIFICATION_ISCED_F] = RESOURCE_DIR "isced-f-2013.tsv",
};

static AzqfClassificationEntry *
entry_new (const char *code,
           const char *title_en,
           const char *title_az)
{
  AzqfClassificationEntry *entry = g_new0 (AzqfClassificationEntry, 1);

  g_atomic_ref_count_init (&entry->ref_count);
  entry->code = g_strdup (code);
  entry->title_en = g_strdup (title_en);
  entry->title_az = title_az != NULL && *title_az != '\0' ? g_strdup (title_az) : NULL;

  return entry;
}

AzqfClassificationEntry *
azqf_classification_entry_ref (AzqfClassificationEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);

  g_atomic_ref_count_inc (&entry->ref_count);

  return entry;
}

void
azqf_classification_entry_unref (AzqfClassificationEntry *entry)
{
  g_return_if_fail (entry != NULL);

  if (g_atomic_ref_count_dec (&entry->ref_count))
    {
      g_free (entry->code);
      g_free (entry->title_en);
      g_free (entry->title_az);
      g_free (entry);
    }
}

const char *
azqf_classification_entry_get_code (const AzqfClassificationEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);

  return entry->code;
}

const char *
azqf_classification_entry_get_title (const AzqfClassificationEntry *entry,
                                     AzqfLang                       lang)
{
  g_return_val_if_fail (entry != NULL, NULL);

  if (lang == AZQF_LANG_AZ && entry->title_az != NULL)
    return entry->title_az;

  return entry->title_en;
}

gboolean
azqf_classification_entry_has_title (const AzqfClassificationEntry *entry,
                                     AzqfLang                       lang)
{
  g_return_val_if_fail (entry != NULL, FALSE);

  if (lang == AZQF_LANG_AZ)
    return entry->title_az != NULL;

  return entry->title_en != NULL && *entry->title_en != '\0';
}

/* Lines: "# comment" or "code<TAB>english[<TAB>azerbaijani]". */
static void
parse_list (GHashTable *table,
            const char *data,
            gsize       size)
{
  const char *end = data + size;
  const char *line = data;

  while (line < end)
    {
      const char *eol = memchr (line, '\n', end - line);
      g_autofree char *copy = NULL;
      g_auto (GStrv) fields = NULL;
      gsize len;

      if (eol == NULL)
        eol = end;

      len = eol - line;
      if (len > 0 && line[len - 1] == '\r')
        len--;

      if (len > 0 && line[0] != '#')
        {
          copy = g_strndup (line, len);
          fields = g_strsplit (copy, "\t", 3);

          if (fields[0] != NULL && fields[0][0] != '\0' && fields[1] != NULL)
            g_hash_table_replace (table,
                                  g_strdup (fields[0]),
                                  entry_new (fields[0], fields[1], fields[2]));
          else
            g_critical ("Malformed classification line “%.*s”", (int) len, line);
        }

      line = eol + 1;
    }
}

static GHashTable *
load_list (AzqfClassificationKind kind)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  GHashTable *table;

  table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                 (GDestroyNotify) azqf_classification_entry_unref);

  /* Referencing the resource keeps its registering constructor linked in
   * from the static library. */
  (void) azqf_model_get_resource ();

  bytes = g_resources_lookup_data (resource_paths[kind], G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    {
      g_critical ("Cannot load %s: %s", resource_paths[kind], error->message);
      return table;
    }

  parse_list (table, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  return table;
}

static gpointer
load_lists (gpointer data)
{
  GHashTable **tables = g_new0 (GHashTable *, G_N_ELEMENTS (resource_paths));

  for (guint i = 0; i < G_N_ELEMENTS (resource_paths); i++)
    tables[i] = load_list (i);

  return tables;
}

static GHashTable *
get_table (AzqfClassificationKind kind)
{
  static GOnce once = G_ONCE_INIT;
  GHashTable **tables;

  tables = g_once (&once, load_lists, NULL);

  return tables[kind];
}

const AzqfClassificationEntry *
azqf_classification_lookup (AzqfClassificationKind  kind,
                            const char             *code)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (resource_paths), NULL);

  if (code == NULL)
    return NULL;

  return g_hash_table_lookup (get_table (kind), code);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const AzqfClassificationEntry *entry_a = *(AzqfClassificationEntry * const *) a;
  const AzqfClassificationEntry *entry_b = *(AzqfClassificationEntry * const *) b;

  return strcmp (entry_a->code, entry_b->code);
}

GPtrArray *
azqf_classification_list_leaves (AzqfClassificationKind kind)
{
  GPtrArray *leaves;
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (resource_paths), NULL);

  leaves = g_ptr_array_new_with_free_func ((GDestroyNotify) azqf_classification_entry_unref);

  g_hash_table_iter_init (&iter, get_table (kind));
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      AzqfClassificationEntry *entry = value;

      if (strlen (entry->code) == 4)
        g_ptr_array_add (leaves, azqf_classification_entry_ref (entry));
    }

  g_ptr_array_sort (leaves, compare_entries);

  return leaves;
}
