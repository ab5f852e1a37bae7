/* azqf-sidebar-model.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "azqf-sidebar-model.h"
#include "azqf-standard.h"

struct _AzqfSidebarModel
{
  GObject           parent_instance;

  AzqfStandardList *list;
  GHashTable       *shown;    /* position → AzqfStandard handed out since the last reload */
  guint             n_items;
};

static void azqf_sidebar_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (AzqfSidebarModel, azqf_sidebar_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      azqf_sidebar_model_list_model_init))

static GType
azqf_sidebar_model_get_item_type (GListModel *model)
{
  return AZQF_TYPE_STANDARD;
}

static guint
azqf_sidebar_model_get_n_items (GListModel *model)
{
  return AZQF_SIDEBAR_MODEL (model)->n_items;
}

static gpointer
azqf_sidebar_model_get_item (GListModel *model,
                             guint       position)
{
  AzqfSidebarModel *self = AZQF_SIDEBAR_MODEL (model);
  AzqfStandard *standard = g_list_model_get_item (G_LIST_MODEL (self->list), position);

  if (standard != NULL)
    g_hash_table_replace (self->shown, GUINT_TO_POINTER (position), g_object_ref (standard));
  return standard;
}

static void
azqf_sidebar_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = azqf_sidebar_model_get_item_type;
  iface->get_n_items = azqf_sidebar_model_get_n_items;
  iface->get_item = azqf_sidebar_model_get_item;
}

/* Whether a row would show b just as it shows a. */
static gboolean
same_row (AzqfStandard *a,
          AzqfStandard *b)
{
  return g_strcmp0 (azqf_standard_get_uuid (a), azqf_standard_get_uuid (b)) == 0 &&
         g_strcmp0 (azqf_standard_get_code (a), azqf_standard_get_code (b)) == 0 &&
         azqf_standard_get_kind (a) == azqf_standard_get_kind (b) &&
         azqf_standard_get_status (a) == azqf_standard_get_status (b) &&
         azqf_standard_get_level (a) == azqf_standard_get_level (b) &&
         azqf_standard_get_version (a) == azqf_standard_get_version (b) &&
         g_strcmp0 (azqf_standard_get_text (a, AZQF_STANDARD_TITLE, AZQF_LANG_AZ),
                    azqf_standard_get_text (b, AZQF_STANDARD_TITLE, AZQF_LANG_AZ)) == 0 &&
         g_strcmp0 (azqf_standard_get_text (a, AZQF_STANDARD_TITLE, AZQF_LANG_EN),
                    azqf_standard_get_text (b, AZQF_STANDARD_TITLE, AZQF_LANG_EN)) == 0;
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  guint pa = *(const guint *) a;
  guint pb = *(const guint *) b;

  return pa < pb ? -1 : pa > pb;
}

static void
list_items_changed_cb (AzqfSidebarModel *self,
                       guint             position,
                       guint             removed,
                       guint             added,
                       GListModel       *list)
{
  g_autoptr(GHashTable) shown = NULL;
  g_autoptr(GArray) positions = NULL;
  GHashTableIter iter;
  gpointer key;
  const char *query = azqf_standard_list_get_query (self->list);
  guint n_old = self->n_items;

  self->n_items = g_list_model_get_n_items (list);

  /* Searching, or standards added or removed: as it comes. */
  if ((query != NULL && query[0] != '\0') || removed != added || position != 0 || removed != n_old)
    {
      g_hash_table_remove_all (self->shown);
      g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
      return;
    }

  /* A reload with as many standards: the rows handed out are compared with
   * what is at their positions now, in order, one change per changed row. */
  shown = g_steal_pointer (&self->shown);
  self->shown = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  positions = g_array_sized_new (FALSE, FALSE, sizeof (guint), g_hash_table_size (shown));
  g_hash_table_iter_init (&iter, shown);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      guint at = GPOINTER_TO_UINT (key);

      g_array_append_val (positions, at);
    }
  g_array_sort (positions, compare_positions);
  for (guint i = 0; i < positions->len; i++)
    {
      guint at = g_array_index (positions, guint, i);
      AzqfStandard *before = g_hash_table_lookup (shown, GUINT_TO_POINTER (at));
      g_autoptr(AzqfStandard) now = g_list_model_get_item (list, at);

      if (now != NULL && same_row (before, now))
        /* The list view keeps showing before, which looks the same. */
        g_hash_table_replace (self->shown, GUINT_TO_POINTER (at), g_object_ref (before));
      else
        g_list_model_items_changed (G_LIST_MODEL (self), at, 1, 1);
    }
}

static void
azqf_sidebar_model_dispose (GObject *object)
{
  AzqfSidebarModel *self = AZQF_SIDEBAR_MODEL (object);

  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  g_clear_object (&self->list);
  g_clear_pointer (&self->shown, g_hash_table_unref);

  G_OBJECT_CLASS (azqf_sidebar_model_parent_class)->dispose (object);
}

static void
azqf_sidebar_model_class_init (AzqfSidebarModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = azqf_sidebar_model_dispose;
}

static void
azqf_sidebar_model_init (AzqfSidebarModel *self)
{
  self->shown = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
}

AzqfSidebarModel *
azqf_sidebar_model_new (AzqfStandardList *list)
{
  AzqfSidebarModel *self;

  g_return_val_if_fail (AZQF_IS_STANDARD_LIST (list), NULL);

  self = g_object_new (AZQF_TYPE_SIDEBAR_MODEL, NULL);
  self->list = g_object_ref (list);
  self->n_items = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_signal_connect_object (list, "items-changed",
                           G_CALLBACK (list_items_changed_cb), self, G_CONNECT_SWAPPED);
  return self;
}

AzqfStandardList *
azqf_sidebar_model_get_list (AzqfSidebarModel *self)
{
  g_return_val_if_fail (AZQF_IS_SIDEBAR_MODEL (self), NULL);

  return self->list;
}
