/* azqf-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A window shows the welcome page or one workspace: the standards in the
 * sidebar and the selected one in the editor. The window owns the store
 * connection (and with it the workspace lock) and the AzqfDocument of the
 * standard being edited, which saves itself as the user types.
 */

#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "azqf-sample.h"
#include "azqf-standard.h"
#include "azqf-window-private.h"

G_DEFINE_FINAL_TYPE (AzqfWindow, azqf_window, ADW_TYPE_APPLICATION_WINDOW)

static GSettings *
get_settings (AzqfWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return app != NULL ? azqf_application_get_settings (AZQF_APPLICATION (app)) : NULL;
}

void
_azqf_window_update_actions (AzqfWindow *self)
{
  gboolean open = self->store != NULL;
  gboolean writable = open && !azqf_store_get_read_only (self->store);
  gboolean editing = self->document != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-standard", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.duplicate-standard", writable && editing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-standard", writable && editing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 editing && azqf_document_get_can_undo (self->document));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 editing && azqf_document_get_can_redo (self->document));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-page", editing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-standard", editing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-workspace", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", writable);
}

static void
document_state_changed_cb (AzqfWindow *self)
{
  _azqf_window_update_actions (self);
}

static void
document_save_failed_cb (AzqfWindow   *self,
                         const GError *error,
                         AzqfDocument *document)
{
  g_autofree char *title = NULL;
  AdwToast *toast;

  /* The text stays on screen and in the document; the next edit retries. */
  title = g_strdup_printf (_("Could not save: %s"), error->message);
  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  azqf_window_add_toast (self, toast);
}

/* Writes the open standard now; FALSE (with error) when that failed. */
static gboolean
flush_document (AzqfWindow  *self,
                GError     **error)
{
  if (self->document == NULL || azqf_document_get_saved (self->document))
    return TRUE;
  return azqf_document_save_now (self->document, error);
}

static void
set_document (AzqfWindow   *self,
              AzqfDocument *document)
{
  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  if (document != NULL)
    {
      g_signal_connect_object (document, "notify::can-undo",
                               G_CALLBACK (document_state_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::can-redo",
                               G_CALLBACK (document_state_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "save-failed",
                               G_CALLBACK (document_save_failed_cb), self, G_CONNECT_SWAPPED);
    }

  azqf_standard_page_set_document (self->standard_page, document);
  gtk_stack_set_visible_child_name (self->content_stack, document != NULL ? "standard" : "empty");
  _azqf_window_update_actions (self);
}

void
azqf_window_select_standard (AzqfWindow *self,
                             const char *uuid)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfDocument) document = NULL;

  g_return_if_fail (AZQF_IS_WINDOW (self));

  if (self->document != NULL && uuid != NULL &&
      g_strcmp0 (azqf_standard_get_uuid (azqf_document_get_standard (self->document)), uuid) == 0)
    return;

  if (!flush_document (self, &error))
    {
      /* Stay on the standard whose edits are not written yet. */
      azqf_window_show_error (self, _("Could Not Save the Standard"), error);
      azqf_sidebar_set_selected_uuid (self->sidebar,
                                      azqf_standard_get_uuid (azqf_document_get_standard (self->document)));
      return;
    }

  if (uuid != NULL && self->store != NULL)
    {
      document = azqf_document_open (self->store, uuid, &error);
      if (document == NULL)
        {
          azqf_window_show_error (self, _("Could Not Open the Standard"), error);
          return;
        }
    }

  set_document (self, document);
  azqf_sidebar_set_selected_uuid (self->sidebar, uuid);
  if (document != NULL)
    adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content_stack));
}

static void
selected_uuid_changed_cb (AzqfWindow *self)
{
  azqf_window_select_standard (self, azqf_sidebar_get_selected_uuid (self->sidebar));
}

static void
close_workspace (AzqfWindow *self)
{
  set_document (self, NULL);
  azqf_sidebar_set_model (self->sidebar, NULL);
  g_clear_object (&self->standards);
  g_clear_object (&self->frameworks);
  g_clear_object (&self->spell_checker);
  if (self->store != NULL)
    azqf_store_close (self->store);
  g_clear_object (&self->store);
}

static void
dictionaries_loaded_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* Without a dictionary a language is not checked. */
  if (!azqf_spell_checker_load_dictionaries_finish (AZQF_SPELL_CHECKER (source), result, &error))
    g_debug ("No spell-checking dictionary: %s", error->message);
}

/* The workspace's word list now, the dictionaries off the main thread (the
 * fields check again when they arrive). */
static void
open_spell_checker (AzqfWindow *self)
{
  g_autoptr(GError) error = NULL;

  self->spell_checker = azqf_spell_checker_new (self->store, &error);
  if (self->spell_checker == NULL)
    {
      g_debug ("Spell-checking without the workspace's words: %s", error->message);
      self->spell_checker = azqf_spell_checker_new (NULL, NULL);
    }
  azqf_spell_checker_load_dictionaries_async (self->spell_checker, AZQF_LANG_AZ, self->cancellable,
                                              dictionaries_loaded_cb, NULL);
  azqf_spell_checker_load_dictionaries_async (self->spell_checker, AZQF_LANG_EN, self->cancellable,
                                              dictionaries_loaded_cb, NULL);
}

static gboolean
open_workspace_full (AzqfWindow          *self,
                     const char          *path,
                     gboolean             create,
                     AzqfStoreOpenFlags   flags,
                     GError             **error)
{
  g_autoptr(AzqfStore) store = NULL;
  g_autoptr(AzqfFrameworks) frameworks = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *dirname = NULL;
  GtkApplication *app;

  g_return_val_if_fail (AZQF_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (create)
    store = azqf_store_create (path, error);
  else
    store = azqf_store_open (path, flags, error);
  if (store == NULL)
    return FALSE;

  frameworks = azqf_frameworks_load (store, error);
  if (frameworks == NULL)
    return FALSE;

  close_workspace (self);
  self->store = g_steal_pointer (&store);
  self->frameworks = g_steal_pointer (&frameworks);
  self->standards = azqf_standard_list_new (self->store);
  open_spell_checker (self);
  azqf_sidebar_set_model (self->sidebar, self->standards);
  g_object_set (self->standard_page,
                "frameworks", self->frameworks,
                "standards", self->standards,
                NULL);

  basename = g_path_get_basename (path);
  dirname = g_path_get_dirname (path);
  adw_window_title_set_title (self->sidebar_title, basename);
  if (azqf_store_get_read_only (self->store))
    {
      /* TRANSLATORS: the subtitle of a workspace opened read-only; %s is its folder */
      g_autofree char *subtitle = g_strdup_printf (_("%s (read-only)"), dirname);

      adw_window_title_set_subtitle (self->sidebar_title, subtitle);
    }
  else
    adw_window_title_set_subtitle (self->sidebar_title, dirname);
  gtk_window_set_title (GTK_WINDOW (self), basename);
  gtk_stack_set_visible_child_name (self->main_stack, "workspace");
  gtk_stack_set_visible_child_name (self->content_stack, "empty");

  app = gtk_window_get_application (GTK_WINDOW (self));
  if (app != NULL)
    azqf_application_add_recent (AZQF_APPLICATION (app), azqf_store_get_path (self->store));
  _azqf_window_update_actions (self);
  return TRUE;
}

gboolean
azqf_window_open_workspace (AzqfWindow  *self,
                            const char  *path,
                            gboolean     create,
                            GError     **error)
{
  return open_workspace_full (self, path, create, AZQF_STORE_OPEN_DEFAULT, error);
}

static void
locked_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    AzqfWindow       *self)
{
  g_autoptr(GError) error = NULL;
  const char *path = g_object_get_data (G_OBJECT (dialog), "path");

  if (g_strcmp0 (response, "read-only") == 0 &&
      !open_workspace_full (self, path, FALSE, AZQF_STORE_OPEN_READ_ONLY, &error))
    azqf_window_show_error (self, _("Could Not Open the Workspace"), error);
}

void
azqf_window_open_workspace_interactive (AzqfWindow *self,
                                        const char *path,
                                        gboolean    create)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (AZQF_IS_WINDOW (self));

  if (open_workspace_full (self, path, create, AZQF_STORE_OPEN_DEFAULT, &error))
    return;

  /* Another program writes to it: offer to read it meanwhile. */
  if (g_error_matches (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_LOCKED))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                                  _("The Workspace Is in Use"), error->message);

      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Cancel"),
                                        "read-only", _("Open _Read-Only"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "read-only",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "read-only");
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
      g_object_set_data_full (G_OBJECT (dialog), "path", g_strdup (path), g_free);
      g_signal_connect (dialog, "response", G_CALLBACK (locked_response_cb), self);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  azqf_window_show_error (self,
                            create ? _("Could Not Create the Workspace")
                                   : _("Could Not Open the Workspace"),
                            error);
}

/* File choosers */

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     AzqfWindow      *self)
{
  gboolean create = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "create"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        {
          if (create && !g_str_has_suffix (path, ".azqf"))
            {
              char *with_suffix = g_strconcat (path, ".azqf", NULL);

              g_free (path);
              path = with_suffix;
            }
          azqf_window_open_workspace_interactive (self, path, create);
        }
    }
  g_object_unref (chooser);
}

static void
run_chooser (AzqfWindow *self,
             gboolean    create)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (create ? _("New Workspace") : _("Open Workspace"),
                                         GTK_WINDOW (self),
                                         create ? GTK_FILE_CHOOSER_ACTION_SAVE
                                                : GTK_FILE_CHOOSER_ACTION_OPEN,
                                         create ? _("_Create") : _("_Open"),
                                         _("_Cancel"));
  gtk_file_filter_set_name (filter, _("AzQF workspaces"));
  gtk_file_filter_add_pattern (filter, "*.azqf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (create)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("Standards.azqf"));
  g_object_set_data (G_OBJECT (chooser), "create", GINT_TO_POINTER (create));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Opening in this window when it shows nothing yet, else in a new one. */
static AzqfWindow *
window_for_opening (AzqfWindow *self)
{
  AzqfWindow *window;

  if (self->store == NULL)
    return self;
  window = azqf_window_new (AZQF_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
new_workspace_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  run_chooser (window_for_opening (AZQF_WINDOW (widget)), TRUE);
}

static void
open_workspace_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  run_chooser (window_for_opening (AZQF_WINDOW (widget)), FALSE);
}

/* Through the application, which presents a window already showing it. */
static void
open_path (AzqfWindow *self,
           const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_application_open (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))),
                      &file, 1, "");
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AzqfWindow *self = AZQF_WINDOW (widget);
  const char *path = g_variant_get_string (parameter, NULL);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GError) error = g_error_new (AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_FOUND,
                                             _("The workspace %s no longer exists."), path);

      azqf_application_remove_recent (AZQF_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))),
                                      path);
      azqf_window_show_error (self, _("Could Not Open the Workspace"), error);
      return;
    }
  open_path (self, path);
}

/* The sample lives in the user's data folder; it is created on first use
 * and then opened like any other workspace. */
static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AzqfWindow *self = AZQF_WINDOW (widget);
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "azqf-studio", NULL);
  g_autofree char *path = g_build_filename (dir, "sample.azqf", NULL);
  g_autoptr(GError) error = NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(AzqfStore) store = NULL;

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved = errno;

          g_set_error (&error, G_FILE_ERROR, g_file_error_from_errno (saved),
                       _("Could not create the folder %s: %s"), dir, g_strerror (saved));
        }
      else if ((store = azqf_store_create (path, &error)) != NULL &&
               !azqf_sample_populate (store, &error))
        {
          azqf_store_close (store);
          g_unlink (path);
        }
      if (error != NULL)
        {
          azqf_window_show_error (self, _("Could Not Create the Sample Workspace"), error);
          return;
        }
    }
  open_path (self, path);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AzqfWindow *self = AZQF_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->document == NULL)
    return;
  if (g_str_equal (action_name, "win.undo"))
    ok = azqf_document_undo (self->document, &error);
  else
    ok = azqf_document_redo (self->document, &error);
  if (!ok && !g_error_matches (error, AZQF_DOCUMENT_ERROR, AZQF_DOCUMENT_ERROR_NOTHING_TO_UNDO) &&
      !g_error_matches (error, AZQF_DOCUMENT_ERROR, AZQF_DOCUMENT_ERROR_NOTHING_TO_REDO))
    azqf_window_add_toast (self, adw_toast_new (error->message));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AzqfWindow *self = AZQF_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, gtk_widget_get_parent (GTK_WIDGET (self->sidebar)));
  azqf_sidebar_focus_search (self->sidebar);
}

static void
show_sidebar_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  AzqfWindow *self = AZQF_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, gtk_widget_get_parent (GTK_WIDGET (self->sidebar)));
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AzqfWindow *self = AZQF_WINDOW (widget);

  azqf_standard_page_show_page (self->standard_page, g_variant_get_string (parameter, NULL));
}

/* Window state */

static void
save_window_state (AzqfWindow *self)
{
  GSettings *settings = get_settings (self);
  int width, height;

  if (settings == NULL)
    return;
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set (settings, "window-size", "(ii)", width, height);
  g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
}

static void
close_anyway_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 AzqfWindow       *self)
{
  if (g_strcmp0 (response, "close") == 0)
    {
      /* The user chose to drop the edits that cannot be written. */
      set_document (self, NULL);
      gtk_window_destroy (GTK_WINDOW (self));
    }
}

static gboolean
azqf_window_close_request (GtkWindow *window)
{
  AzqfWindow *self = AZQF_WINDOW (window);
  g_autoptr(GError) error = NULL;

  save_window_state (self);
  if (!flush_document (self, &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (window, _("Changes Could Not Be Saved"), NULL);

      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                      _("%s\n\nIf you close the window now, the latest changes are lost."),
                                      error->message);
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Keep Open"),
                                        "close", _("_Close Anyway"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "close",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
      g_signal_connect (dialog, "response", G_CALLBACK (close_anyway_cb), self);
      gtk_window_present (GTK_WINDOW (dialog));
      return TRUE;
    }
  return GTK_WINDOW_CLASS (azqf_window_parent_class)->close_request (window);
}

static void
azqf_window_constructed (GObject *object)
{
  AzqfWindow *self = AZQF_WINDOW (object);
  GSettings *settings;

  G_OBJECT_CLASS (azqf_window_parent_class)->constructed (object);

  settings = get_settings (self);
  if (settings != NULL)
    {
      int width, height;

      g_settings_get (settings, "window-size", "(ii)", &width, &height);
      gtk_window_set_default_size (GTK_WINDOW (self), width, height);
      if (g_settings_get_boolean (settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
      azqf_welcome_page_set_settings (self->welcome_page, settings);
    }
  if (gtk_window_get_application (GTK_WINDOW (self)) != NULL)
    g_object_set (self->standard_page,
                  "linter", azqf_application_get_linter (AZQF_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)))),
                  NULL);
  _azqf_window_update_actions (self);
}

static void
azqf_window_dispose (GObject *object)
{
  AzqfWindow *self = AZQF_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  /* The document flushes its pending edit when it goes. */
  close_workspace (self);
  g_clear_object (&self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), AZQF_TYPE_WINDOW);

  G_OBJECT_CLASS (azqf_window_parent_class)->dispose (object);
}

static void
azqf_window_class_init (AzqfWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = azqf_window_constructed;
  object_class->dispose = azqf_window_dispose;
  window_class->close_request = azqf_window_close_request;

  g_type_ensure (AZQF_TYPE_SIDEBAR);
  g_type_ensure (AZQF_TYPE_STANDARD_PAGE);
  g_type_ensure (AZQF_TYPE_WELCOME_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/azqf/Studio/azqf-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AzqfWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, AzqfWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, AzqfWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, AzqfWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, AzqfWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, AzqfWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, AzqfWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, AzqfWindow, standard_page);
  gtk_widget_class_bind_template_child (widget_class, AzqfWindow, empty_page);

  gtk_widget_class_install_action (widget_class, "win.new-workspace", NULL, new_workspace_action);
  gtk_widget_class_install_action (widget_class, "win.open-workspace", NULL, open_workspace_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  _azqf_window_class_add_standard_actions (widget_class);
  _azqf_window_class_add_io_actions (widget_class);
}

static void
azqf_window_init (AzqfWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  g_signal_connect_object (self->sidebar, "notify::selected-uuid",
                           G_CALLBACK (selected_uuid_changed_cb), self, G_CONNECT_SWAPPED);
#ifdef DEVELOPMENT
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}

AzqfWindow *
azqf_window_new (AzqfApplication *application)
{
  return g_object_new (AZQF_TYPE_WINDOW, "application", application, NULL);
}

const char *
azqf_window_get_workspace_path (AzqfWindow *self)
{
  g_return_val_if_fail (AZQF_IS_WINDOW (self), NULL);

  return self->store != NULL ? azqf_store_get_path (self->store) : NULL;
}

AzqfStore *
azqf_window_get_store (AzqfWindow *self)
{
  g_return_val_if_fail (AZQF_IS_WINDOW (self), NULL);

  return self->store;
}

AzqfStandardList *
azqf_window_get_standards (AzqfWindow *self)
{
  g_return_val_if_fail (AZQF_IS_WINDOW (self), NULL);

  return self->standards;
}

AzqfFrameworks *
azqf_window_get_frameworks (AzqfWindow *self)
{
  g_return_val_if_fail (AZQF_IS_WINDOW (self), NULL);

  return self->frameworks;
}

AzqfSpellChecker *
azqf_window_get_spell_checker (AzqfWindow *self)
{
  g_return_val_if_fail (AZQF_IS_WINDOW (self), NULL);

  return self->spell_checker;
}

AzqfDocument *
azqf_window_get_document (AzqfWindow *self)
{
  g_return_val_if_fail (AZQF_IS_WINDOW (self), NULL);

  return self->document;
}

void
azqf_window_add_toast (AzqfWindow *self,
                       AdwToast   *toast)
{
  g_return_if_fail (AZQF_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
azqf_window_show_error (AzqfWindow   *self,
                        const char   *heading,
                        const GError *error)
{
  GtkWidget *dialog;

  g_return_if_fail (AZQF_IS_WINDOW (self));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error != NULL ? error->message : NULL);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}
