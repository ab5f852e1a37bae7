/* azqf-window-standards.c: new, duplicate and delete standards (win.*)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Deleting is immediate and undone from its toast: until the toast is
 * dismissed the window keeps the fully loaded standard, and "Undo" inserts
 * that same object again, uuid, times and all.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "azqf-new-standard-dialog.h"
#include "azqf-standard.h"
#include "azqf-window-private.h"

/* uuid → DeletedStandard, on the window, while their toasts show. */
#define DELETED_KEY "azqf-deleted-standards"

typedef struct
{
  AzqfStandard *standard;
  char         *workspace;  /* the uuid of the workspace it was deleted from */
} DeletedStandard;

static void
deleted_standard_free (gpointer data)
{
  DeletedStandard *deleted = data;

  g_object_unref (deleted->standard);
  g_free (deleted->workspace);
  g_free (deleted);
}

static GHashTable *
get_deleted (AzqfWindow *self)
{
  GHashTable *deleted = g_object_get_data (G_OBJECT (self), DELETED_KEY);

  if (deleted == NULL)
    {
      deleted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, deleted_standard_free);
      g_object_set_data_full (G_OBJECT (self), DELETED_KEY, deleted,
                              (GDestroyNotify) g_hash_table_unref);
    }
  return deleted;
}

/* Opens the standard, and shows it in the sidebar even when the search or
 * the filters would hide it. */
static void
show_standard (AzqfWindow *self,
               const char *uuid)
{
  if (azqf_standard_list_find (self->standards, uuid) == G_MAXUINT)
    {
      azqf_standard_list_set_query (self->standards, NULL);
      azqf_standard_list_set_filter (self->standards, -1, -1, 0);
    }
  azqf_window_select_standard (self, uuid);
}

static void
standard_created_cb (AzqfNewStandardDialog *dialog,
                     AzqfStandard          *standard,
                     AzqfWindow            *self)
{
  show_standard (self, azqf_standard_get_uuid (standard));
  azqf_standard_page_show_page (self->standard_page, "overview");
}

static void
run_dialog (AzqfWindow   *self,
            AzqfStandard *original)
{
  AzqfNewStandardDialog *dialog;

  if (self->store == NULL || azqf_store_get_read_only (self->store))
    return;

  dialog = azqf_new_standard_dialog_new (GTK_WINDOW (self), self->store, original);
  g_signal_connect_object (dialog, "created", G_CALLBACK (standard_created_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_standard_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  run_dialog (AZQF_WINDOW (widget), NULL);
}

static void
duplicate_standard_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  AzqfWindow *self = AZQF_WINDOW (widget);

  /* The document's standard is fully loaded and holds the latest edits. */
  if (self->document != NULL)
    run_dialog (self, azqf_document_get_standard (self->document));
}

/* The toast is gone: its standard can no longer come back. */
static void
toast_dismissed_cb (AdwToast   *toast,
                    AzqfWindow *self)
{
  GHashTable *table = get_deleted (self);
  const char *uuid = g_object_get_data (G_OBJECT (toast), "uuid");
  DeletedStandard *deleted = g_hash_table_lookup (table, uuid);

  /* Unless a later delete of the same standard (after an undo) owns it. */
  if (deleted != NULL && deleted->standard == g_object_get_data (G_OBJECT (toast), "standard"))
    g_hash_table_remove (table, uuid);
}

static void
delete_standard_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  AzqfWindow *self = AZQF_WINDOW (widget);
  g_autoptr(AzqfStandard) standard = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  DeletedStandard *deleted;
  AdwToast *toast;

  if (self->document == NULL || self->store == NULL)
    return;

  uuid = g_strdup (azqf_standard_get_uuid (azqf_document_get_standard (self->document)));
  /* What Undo puts back is the standard as stored, with the last edits. */
  if ((!azqf_document_get_saved (self->document) && !azqf_document_save_now (self->document, &error)) ||
      (standard = azqf_store_load_standard_by_uuid (self->store, uuid, &error)) == NULL)
    {
      azqf_window_show_error (self, _("Could Not Delete the Standard"), error);
      return;
    }

  azqf_window_select_standard (self, NULL);
  if (!azqf_store_delete_standard (self->store, uuid, &error))
    {
      azqf_window_show_error (self, _("Could Not Delete the Standard"), error);
      azqf_window_select_standard (self, uuid);
      return;
    }

  deleted = g_new0 (DeletedStandard, 1);
  deleted->standard = g_object_ref (standard);
  deleted->workspace = g_strdup (azqf_store_get_workspace_uuid (self->store));
  g_hash_table_replace (get_deleted (self), g_strdup (uuid), deleted);

  toast = adw_toast_new (_("Standard deleted"));
  adw_toast_set_button_label (toast, _("Undo"));
  adw_toast_set_action_name (toast, "win.undo-delete-standard");
  adw_toast_set_action_target (toast, "s", uuid);
  g_object_set_data_full (G_OBJECT (toast), "uuid", g_strdup (uuid), g_free);
  g_object_set_data_full (G_OBJECT (toast), "standard", g_object_ref (standard), g_object_unref);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), self, 0);
  azqf_window_add_toast (self, toast);
}

static void
undo_delete_standard_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  AzqfWindow *self = AZQF_WINDOW (widget);
  const char *uuid = g_variant_get_string (parameter, NULL);
  g_autoptr(AzqfStandard) standard = NULL;
  g_autoptr(GError) error = NULL;
  GHashTable *table = get_deleted (self);
  DeletedStandard *deleted = g_hash_table_lookup (table, uuid);

  if (deleted == NULL || self->store == NULL)
    return;
  /* The window has opened another workspace since. */
  if (g_strcmp0 (deleted->workspace, azqf_store_get_workspace_uuid (self->store)) != 0)
    {
      g_hash_table_remove (table, uuid);
      return;
    }

  standard = g_object_ref (deleted->standard);
  if (!azqf_store_insert_standard (self->store, standard, &error))
    {
      /* A standard created since has taken its code, say: the dialog says so. */
      azqf_window_show_error (self, _("Could Not Restore the Standard"), error);
      return;
    }
  g_hash_table_remove (table, uuid);
  show_standard (self, uuid);
}

void
_azqf_window_class_add_standard_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-standard", NULL, new_standard_action);
  gtk_widget_class_install_action (widget_class, "win.duplicate-standard", NULL, duplicate_standard_action);
  gtk_widget_class_install_action (widget_class, "win.delete-standard", NULL, delete_standard_action);
  gtk_widget_class_install_action (widget_class, "win.undo-delete-standard", "s",
                                   undo_delete_standard_action);
}
