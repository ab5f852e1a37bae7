/* azqf-window-io.c: export and import of the register XML (win.*)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export and the import's dry run read the workspace in a worker thread on
 * a read-only connection of their own (azqf_register_export_async) (the window's connection holds the
 * lock and stays on the main thread); the open standard is saved first so
 * the worker sees what is on screen. The import itself writes through the
 * window's connection, all or nothing, after the user saw the plan.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "azqf-import-dialog.h"
#include "azqf-register-reader.h"
#include "azqf-register-writer.h"
#include "azqf-standard.h"
#include "azqf-window-io.h"
#include "azqf-window-private.h"

/* The problem a conflict policy can resolve (register-format.md §7.6). */
#define CONFLICT_PROBLEM "I01"

static gboolean
save_document (AzqfWindow  *self,
               GError     **error)
{
  if (self->document == NULL || azqf_document_get_saved (self->document))
    return TRUE;
  return azqf_document_save_now (self->document, error);
}

static char *
get_local_path (GFile   *file,
                GError **error)
{
  char *path = g_file_get_path (file);

  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("%s is not a local file"), uri);
    }
  return path;
}

/* A task of self for a worker on the workspace's file, or NULL when it
 * was returned already (no workspace, the open standard not saved, file
 * not local). *path: file's local path. */
static GTask *
start_task (AzqfWindow          *self,
            GFile               *file,
            gpointer             source_tag,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data,
            char               **path)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  GError *error = NULL;

  g_task_set_source_tag (task, source_tag);
  if (self->store == NULL)
    g_set_error (&error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_FOUND, "%s", _("No workspace is open"));
  else if (save_document (self, &error))
    *path = get_local_path (file, &error);

  if (error != NULL)
    {
      g_task_return_error (task, error);
      return NULL;
    }
  return g_steal_pointer (&task);
}

/* Export */

/* The model writes in a worker on its own read-only connection. */
static void
export_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!azqf_register_export_finish (AZQF_STORE (object), result, &error))
    g_task_return_error (task, error);
  else
    g_task_return_int (task, GPOINTER_TO_UINT (g_task_get_task_data (task)));
}

void
azqf_window_export_async (AzqfWindow          *self,
                          const char * const  *codes,
                          GFile               *file,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  AzqfStoreFilter filter = AZQF_STORE_FILTER_INIT;
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = NULL;
  GError *error = NULL;
  guint n;

  g_return_if_fail (AZQF_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  task = start_task (self, file, azqf_window_export_async, cancellable, callback, user_data, &path);
  if (task == NULL)
    return;

  if (codes != NULL)
    n = g_strv_length ((char **) codes);
  else
    {
      n = azqf_store_count_standards (self->store, &filter, &error);
      if (error != NULL)
        {
          g_task_return_error (task, error);
          return;
        }
    }

  g_task_set_task_data (task, GUINT_TO_POINTER (n), NULL);
  azqf_register_export_async (self->store, codes, path, cancellable, export_cb, g_steal_pointer (&task));
}

gboolean
azqf_window_export_finish (AzqfWindow    *self,
                           GAsyncResult  *result,
                           guint         *n_standards,
                           GError       **error)
{
  gssize n;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  n = g_task_propagate_int (G_TASK (result), error);
  if (n < 0)
    return FALSE;
  if (n_standards != NULL)
    *n_standards = n;
  return TRUE;
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  AzqfWindow *self = AZQF_WINDOW (object);
  g_autoptr(GFile) file = user_data;
  g_autoptr(GFile) parent = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;
  guint n = 0;

  if (!azqf_window_export_finish (self, result, &n, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        azqf_window_show_error (self, _("Could Not Export"), error);
      return;
    }

  name = g_file_get_basename (file);
  parent = g_file_get_parent (file);
  /* TRANSLATORS: a toast after an export; %s is the file's name */
  title = g_strdup_printf (ngettext ("Exported %u standard to %s", "Exported %u standards to %s", n),
                           n, name);
  toast = adw_toast_new (title);
  if (parent != NULL)
    {
      g_autofree char *uri = g_file_get_uri (parent);

      adw_toast_set_button_label (toast, _("Open Folder"));
      adw_toast_set_action_name (toast, "win.open-folder");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
    }
  azqf_window_add_toast (self, toast);
}

static void
launched_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(AzqfWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    azqf_window_add_toast (self, adw_toast_new (error->message));
}

/* Through the OpenURI portal in a sandbox. */
static void
open_folder_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_app_info_launch_default_for_uri_async (g_variant_get_string (parameter, NULL), NULL, NULL,
                                           launched_cb, g_object_ref (widget));
}

static void
export_chooser_response_cb (GtkNativeDialog *chooser,
                            int              response,
                            AzqfWindow      *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *basename = g_file_get_basename (chosen);
      const char * const *codes = g_object_get_data (G_OBJECT (chooser), "codes");
      GFile *file;

      /* The register's files are *.xml; a name typed without it gets it. */
      if (basename != NULL && !g_str_has_suffix (basename, ".xml"))
        {
          g_autofree char *with_suffix = g_strconcat (basename, ".xml", NULL);
          g_autoptr(GFile) parent = g_file_get_parent (chosen);

          file = parent != NULL ? g_file_get_child (parent, with_suffix) : g_object_ref (chosen);
        }
      else
        file = g_object_ref (chosen);

      azqf_window_export_async (self, codes, file, self->cancellable, export_done_cb, file);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
add_xml_filter (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Register XML"));
  gtk_file_filter_add_pattern (filter, "*.xml");
  gtk_file_filter_add_mime_type (filter, "application/xml");
  gtk_file_filter_add_mime_type (filter, "text/xml");
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AzqfWindow *self = AZQF_WINDOW (widget);
  gboolean one = g_str_equal (action_name, "win.export-standard");
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;
  char **codes = NULL;

  if (self->store == NULL || (one && self->document == NULL))
    return;

  if (one)
    {
      const char *code = azqf_standard_get_code (azqf_document_get_standard (self->document));

      codes = g_new0 (char *, 2);
      codes[0] = g_strdup (code);
      name = g_strconcat (code, ".xml", NULL);
    }
  else
    {
      g_autofree char *basename = g_path_get_basename (azqf_store_get_path (self->store));
      char *dot = strrchr (basename, '.');

      if (dot != NULL && dot != basename)
        *dot = '\0';
      name = g_strconcat (basename, ".xml", NULL);
    }

  chooser = gtk_file_chooser_native_new (one ? _("Export Standard") : _("Export Workspace"),
                                         GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  add_xml_filter (GTK_FILE_CHOOSER (chooser));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data_full (G_OBJECT (chooser), "codes", codes, (GDestroyNotify) g_strfreev);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Import: the plan */

typedef struct
{
  char                   *workspace;
  char                   *path;
  AzqfRegisterImportMode  mode;
  GPtrArray              *plan;
  GPtrArray              *problems;
} PlanData;

static void
plan_data_free (PlanData *data)
{
  g_free (data->workspace);
  g_free (data->path);
  g_clear_pointer (&data->plan, g_ptr_array_unref);
  g_clear_pointer (&data->problems, g_ptr_array_unref);
  g_free (data);
}

static void
plan_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  PlanData *data = task_data;
  g_autoptr(AzqfStore) store = NULL;
  GError *error = NULL;

  store = azqf_store_open (data->workspace, AZQF_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL ||
      !azqf_register_import (store, data->path, data->mode, TRUE, &data->plan, &data->problems, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
azqf_window_plan_import_async (AzqfWindow             *self,
                               GFile                  *file,
                               AzqfRegisterImportMode  mode,
                               GCancellable           *cancellable,
                               GAsyncReadyCallback     callback,
                               gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  PlanData *data;
  char *path = NULL;

  g_return_if_fail (AZQF_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  task = start_task (self, file, azqf_window_plan_import_async, cancellable, callback, user_data, &path);
  if (task == NULL)
    return;

  data = g_new0 (PlanData, 1);
  data->workspace = g_strdup (azqf_store_get_path (self->store));
  data->path = path;
  data->mode = mode;
  g_task_set_task_data (task, data, (GDestroyNotify) plan_data_free);
  g_task_run_in_thread (task, plan_thread);
}

gboolean
azqf_window_plan_import_finish (AzqfWindow    *self,
                                GAsyncResult  *result,
                                GPtrArray    **plan,
                                GPtrArray    **problems,
                                GError       **error)
{
  PlanData *data;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  data = g_task_get_task_data (G_TASK (result));
  if (plan != NULL)
    *plan = g_steal_pointer (&data->plan);
  if (problems != NULL)
    *problems = g_steal_pointer (&data->problems);
  return TRUE;
}

/* Import: the write */

gboolean
azqf_window_import (AzqfWindow              *self,
                    GFile                   *file,
                    AzqfRegisterImportMode   mode,
                    guint                   *n_imported,
                    GPtrArray              **problems,
                    GError                 **error)
{
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *path = NULL;
  g_autofree char *open_uuid = NULL;
  gboolean reopen = FALSE;
  guint n = 0;

  g_return_val_if_fail (AZQF_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->store == NULL)
    {
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_FOUND, "%s", _("No workspace is open"));
      return FALSE;
    }
  if (!save_document (self, error) || (path = get_local_path (file, error)) == NULL)
    return FALSE;

  if (!azqf_register_import (self->store, path, mode, FALSE, &plan, &found, error))
    return FALSE;

  if (found->len > 0)
    {
      g_autofree char *name = g_file_get_basename (file);

      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_INVALID,
                   ngettext ("%s cannot be imported: it has %u problem",
                             "%s cannot be imported: it has %u problems", found->len),
                   name, found->len);
      if (problems != NULL)
        *problems = g_steal_pointer (&found);
      return FALSE;
    }

  if (self->document != NULL)
    open_uuid = g_strdup (azqf_standard_get_uuid (azqf_document_get_standard (self->document)));
  for (guint i = 0; i < plan->len; i++)
    {
      AzqfRegisterPlanItem *item = g_ptr_array_index (plan, i);

      if (item->action == AZQF_REGISTER_PLAN_UNCHANGED)
        continue;
      n++;
      reopen |= g_strcmp0 (item->uuid, open_uuid) == 0;
    }

  /* The editor's standard object holds the old contents: open it again. */
  if (reopen)
    {
      azqf_window_select_standard (self, NULL);
      azqf_window_select_standard (self, open_uuid);
    }

  if (n_imported != NULL)
    *n_imported = n;
  return TRUE;
}

/* Import: the dialogs */

static void
problems_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      gpointer          user_data)
{
  if (g_strcmp0 (response, "copy") == 0)
    gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (dialog)),
                            g_object_get_data (G_OBJECT (dialog), "text"));
}

/* Every problem with its line and column, in a text the user can select
 * and copy. */
static void
show_problems (AzqfWindow *self,
               GFile      *file,
               GPtrArray  *problems)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *body = NULL;
  char *text = azqf_import_dialog_format_problems (problems);
  GtkWidget *dialog, *scrolled, *view;
  GtkTextBuffer *buffer;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The File Cannot Be Imported"), NULL);
  /* TRANSLATORS: %s is a file name */
  body = g_strdup_printf (ngettext ("%s has %u problem. Nothing was imported.",
                                    "%s has %u problems. Nothing was imported.", problems->len),
                          name, problems->len);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), body);

  view = gtk_text_view_new ();
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_set_text (buffer, text, -1);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_monospace (GTK_TEXT_VIEW (view), TRUE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Problems, line:column: message"), -1);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 160);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scrolled), 480);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_widget_add_css_class (scrolled, "card");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "copy", _("C_opy All"),
                                    "close", _("_Close"),
                                    NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_object_set_data_full (G_OBJECT (dialog), "text", text, g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (problems_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
only_conflicts (GPtrArray *problems)
{
  for (guint i = 0; i < problems->len; i++)
    if (g_strcmp0 (((AzqfRegisterProblem *) g_ptr_array_index (problems, i))->id, CONFLICT_PROBLEM) != 0)
      return FALSE;
  return TRUE;
}

static GCancellable *
dialog_cancellable (AzqfImportDialog *dialog)
{
  return g_object_get_data (G_OBJECT (dialog), "cancellable");
}

/* The plan of result; else FALSE, after closing dialog (may be NULL) and
 * telling the user why, unless the plan was cancelled. */
static gboolean
take_plan (AzqfWindow    *self,
           GAsyncResult  *result,
           GtkWidget     *dialog,
           GPtrArray    **plan,
           GPtrArray    **problems)
{
  g_autoptr(GError) error = NULL;

  if (azqf_window_plan_import_finish (self, result, plan, problems, &error))
    return TRUE;
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      if (dialog != NULL)
        gtk_window_destroy (GTK_WINDOW (dialog));
      azqf_window_show_error (self, _("Could Not Import"), error);
    }
  return FALSE;
}

static void
replan_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  AzqfWindow *self = AZQF_WINDOW (object);
  g_autoptr(AzqfImportDialog) dialog = user_data;
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  PlanData *data = g_task_get_task_data (G_TASK (result));
  AzqfRegisterImportMode mode = data->mode;

  if (!take_plan (self, result, GTK_WIDGET (dialog), &plan, &problems))
    return;

  /* A later choice is being planned already. */
  if (g_cancellable_is_cancelled (dialog_cancellable (dialog)) ||
      mode != azqf_import_dialog_get_mode (dialog))
    return;
  azqf_import_dialog_set_plan (dialog, plan, problems);
}

static void
mode_changed_cb (AzqfImportDialog *dialog,
                 GParamSpec       *pspec,
                 AzqfWindow       *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "file");

  azqf_import_dialog_set_plan (dialog, NULL, NULL);
  azqf_window_plan_import_async (self, file, azqf_import_dialog_get_mode (dialog),
                                 dialog_cancellable (dialog), replan_cb, g_object_ref (dialog));
}

static void
import_cb (AzqfImportDialog *dialog,
           AzqfWindow       *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "file");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  guint n = 0;

  if (!azqf_window_import (self, file, azqf_import_dialog_get_mode (dialog), &n, &problems, &error))
    {
      if (problems != NULL)
        {
          /* The file or the workspace changed since the plan. */
          azqf_import_dialog_set_plan (dialog, NULL, NULL);
          mode_changed_cb (dialog, NULL, self);
        }
      else
        azqf_window_show_error (self, _("Could Not Import"), error);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (dialog));
  title = g_strdup_printf (ngettext ("Imported %u standard", "Imported %u standards", n), n);
  azqf_window_add_toast (self, adw_toast_new (title));
}

static void
first_plan_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  AzqfWindow *self = AZQF_WINDOW (object);
  g_autoptr(GFile) file = user_data;
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *name = NULL;
  AzqfImportDialog *dialog;
  GCancellable *cancellable;

  if (!take_plan (self, result, NULL, &plan, &problems))
    return;

  if (!only_conflicts (problems))
    {
      show_problems (self, file, problems);
      return;
    }

  name = g_file_get_basename (file);
  dialog = azqf_import_dialog_new (GTK_WINDOW (self), name);
  cancellable = g_cancellable_new ();
  g_object_set_data_full (G_OBJECT (dialog), "file", g_object_ref (file), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "cancellable", cancellable, g_object_unref);
  g_signal_connect_swapped (dialog, "destroy", G_CALLBACK (g_cancellable_cancel), cancellable);
  azqf_import_dialog_set_plan (dialog, plan, problems);
  g_signal_connect_object (dialog, "notify::mode", G_CALLBACK (mode_changed_cb), self, 0);
  g_signal_connect_object (dialog, "import", G_CALLBACK (import_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_chooser_response_cb (GtkNativeDialog *chooser,
                            int              response,
                            AzqfWindow      *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      GFile *file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      azqf_window_plan_import_async (self, file, AZQF_REGISTER_IMPORT_REFUSE, self->cancellable,
                                     first_plan_cb, file);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AzqfWindow *self = AZQF_WINDOW (widget);
  GtkFileChooserNative *chooser;

  if (self->store == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Import from Register XML"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  add_xml_filter (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (import_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_azqf_window_class_add_io_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-standard", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-workspace", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.open-folder", "s", open_folder_action);
}
