/* azqf-welcome-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "azqf-welcome-page.h"

struct _AzqfWelcomePage
{
  AdwBin                parent_instance;

  /* template children */
  AdwPreferencesGroup  *recent_group;
  GtkListBox           *recent_list;

  /* owned */
  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (AzqfWelcomePage, azqf_welcome_page, ADW_TYPE_BIN)

static GtkWidget *
create_recent_row (const char *path)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *home_folder = NULL;
  const char *home = g_get_home_dir ();
  GtkWidget *row = adw_action_row_new ();

  /* "~/Documents" reads better than "/home/user/Documents". */
  if (g_str_has_prefix (folder, home) && (folder[strlen (home)] == '/' || folder[strlen (home)] == '\0'))
    home_folder = g_strconcat ("~", folder + strlen (home), NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), home_folder != NULL ? home_folder : folder);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-recent");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", path);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return row;
}

static void
recent_changed_cb (AzqfWelcomePage *self)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-workspaces");
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);
  for (guint i = 0; recent[i] != NULL; i++)
    gtk_list_box_append (self->recent_list, create_recent_row (recent[i]));
  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), recent[0] != NULL);
}

static void
azqf_welcome_page_dispose (GObject *object)
{
  AzqfWelcomePage *self = AZQF_WELCOME_PAGE (object);

  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), AZQF_TYPE_WELCOME_PAGE);

  G_OBJECT_CLASS (azqf_welcome_page_parent_class)->dispose (object);
}

static void
azqf_welcome_page_class_init (AzqfWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = azqf_welcome_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/azqf/Studio/azqf-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AzqfWelcomePage, recent_group);
  gtk_widget_class_bind_template_child (widget_class, AzqfWelcomePage, recent_list);
}

static void
azqf_welcome_page_init (AzqfWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), FALSE);
}

void
azqf_welcome_page_set_settings (AzqfWelcomePage *self,
                                GSettings       *settings)
{
  g_return_if_fail (AZQF_IS_WELCOME_PAGE (self));
  g_return_if_fail (G_IS_SETTINGS (settings));

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_set_object (&self->settings, settings);
  g_signal_connect_object (settings, "changed::recent-workspaces",
                           G_CALLBACK (recent_changed_cb), self, G_CONNECT_SWAPPED);
  recent_changed_cb (self);
}
