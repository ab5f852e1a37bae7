/* azqf-edit-helpers.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "azqf-application.h"
#include "azqf-edit-helpers.h"

void
azqf_edit_take_label (GtkWidget *widget,
                      char      *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_free (label);
}

void
azqf_edit_show_code_result (GtkWidget    *entry,
                            const GError *error,
                            const char   *tooltip)
{
  if (error == NULL)
    gtk_widget_remove_css_class (entry, "error");
  else
    gtk_widget_add_css_class (entry, "error");
  gtk_widget_set_tooltip_text (entry, error != NULL ? error->message : tooltip);
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GObject       *item)
{
  return gdk_content_provider_new_typed (G_OBJECT_TYPE (item), item);
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               GtkWidget     *icon_widget)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (icon_widget);

  gtk_drag_source_set_icon (source, paintable, 16, 16);
}

void
azqf_edit_add_drag_source (GtkWidget *handle,
                           GObject   *item,
                           GtkWidget *icon_widget)
{
  GtkDragSource *source = gtk_drag_source_new ();

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), item);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), icon_widget);
  gtk_widget_add_controller (handle, GTK_EVENT_CONTROLLER (source));
  gtk_widget_set_cursor_from_name (handle, "grab");
}

gboolean
azqf_edit_find_position (GListModel *list,
                         gpointer    item,
                         guint      *position)
{
  g_return_val_if_fail (G_IS_LIST_STORE (list), FALSE);

  return g_list_store_find (G_LIST_STORE (list), item, position);
}

GSettings *
azqf_edit_get_settings (void)
{
  GApplication *app = g_application_get_default ();

  if (app == NULL || !AZQF_IS_APPLICATION (app))
    return NULL;
  return g_object_ref (azqf_application_get_settings (AZQF_APPLICATION (app)));
}

void
azqf_edit_get_languages (GSettings *settings,
                         gboolean  *show_az,
                         gboolean  *show_en)
{
  g_autofree char *languages = settings != NULL ? g_settings_get_string (settings, "content-languages")
                                                : NULL;

  *show_az = g_strcmp0 (languages, "en") != 0;
  *show_en = g_strcmp0 (languages, "az") != 0;
}
