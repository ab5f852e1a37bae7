/* test-ui-io.c: export and import of register XML from a window
 * (ui/azqf-window-io.c) and the import summary (ui/azqf-import-dialog.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two windows as a user has them: one on the sample workspace, one on a new,
 * empty workspace. What the first exports is checked with the model's
 * validator and imported into the second; the workspaces are checked after.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "model/azqf-locale.h"
#include "model/azqf-register-reader.h"
#include "model/azqf-sample.h"
#include "model/azqf-standard.h"
#include "ui/azqf-import-dialog.h"
#include "ui/azqf-window-io.h"
#include "ui-fixture.h"

typedef struct
{
  char       *dir;
  AzqfWindow *sample;   /* on the sample workspace */
  AzqfWindow *empty;    /* on a new, empty workspace */
} Fixture;

static char *
fixture_path (Fixture    *f,
              const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

static AzqfWindow *
open_window (const char *path,
             gboolean    create)
{
  g_autoptr(GError) error = NULL;
  AzqfWindow *window = azqf_window_new (NULL);

  g_assert_true (azqf_window_open_workspace (window, path, create, &error));
  g_assert_no_error (error);
  return window;
}

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sample_path = NULL;
  g_autofree char *empty_path = NULL;
  AzqfStore *store;

  f->dir = g_dir_make_tmp ("azqf-test-ui-io-XXXXXX", &error);
  g_assert_no_error (error);
  sample_path = fixture_path (f, "sample.azqf");
  empty_path = fixture_path (f, "empty.azqf");

  store = azqf_store_create (sample_path, &error);
  g_assert_no_error (error);
  g_assert_true (azqf_sample_populate (store, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (store);

  f->sample = open_window (sample_path, FALSE);
  f->empty = open_window (empty_path, TRUE);
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_assert_cmpint (g_remove (child), ==, 0);
    }
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->sample));
  gtk_window_destroy (GTK_WINDOW (f->empty));
  ui_flush_main_loop ();
  remove_dir (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

/* Waiting for async results */

typedef struct
{
  GAsyncResult *result;
} Wait;

static void
wait_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Wait *wait = user_data;

  wait->result = g_object_ref (result);
}

static GAsyncResult *
wait_for (Wait *wait)
{
  while (wait->result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return wait->result;
}

static gboolean
export (AzqfWindow         *window,
        const char * const *codes,
        const char         *path,
        guint              *n,
        GError            **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  Wait wait = { NULL };
  gboolean ok;

  azqf_window_export_async (window, codes, file, NULL, wait_cb, &wait);
  ok = azqf_window_export_finish (window, wait_for (&wait), n, error);
  g_object_unref (wait.result);
  return ok;
}

static void
plan (AzqfWindow              *window,
      const char              *path,
      AzqfRegisterImportMode   mode,
      GPtrArray              **plan_out,
      GPtrArray              **problems)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  Wait wait = { NULL };

  azqf_window_plan_import_async (window, file, mode, NULL, wait_cb, &wait);
  g_assert_true (azqf_window_plan_import_finish (window, wait_for (&wait), plan_out, problems, &error));
  g_assert_no_error (error);
  g_object_unref (wait.result);
}

static gboolean
count_cb (AzqfStandard  *standard,
          guint          line,
          guint          column,
          gpointer       user_data,
          GError       **error)
{
  (*(guint *) user_data)++;
  return TRUE;
}

/* The standards in a valid register file; fails on any problem. */
static guint
validate (const char *path)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_assert_true (azqf_register_read (path, FALSE, count_cb, &n, &problems, &error));
  g_assert_no_error (error);
  if (problems->len > 0)
    g_error ("%s", ((AzqfRegisterProblem *) g_ptr_array_index (problems, 0))->message);
  return n;
}

static guint
count_standards (AzqfWindow *window)
{
  AzqfStoreFilter filter = AZQF_STORE_FILTER_INIT;
  g_autoptr(GError) error = NULL;
  guint n = azqf_store_count_standards (azqf_window_get_store (window), &filter, &error);

  g_assert_no_error (error);
  return n;
}

static guint
count_actions (GPtrArray              *items,
               AzqfRegisterPlanAction  action)
{
  guint n = 0;

  for (guint i = 0; i < items->len; i++)
    n += ((AzqfRegisterPlanItem *) g_ptr_array_index (items, i))->action == action;
  return n;
}

static void
test_export_import (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *all = fixture_path (f, "all.xml");
  g_autofree char *one = fixture_path (f, "one.xml");
  const char *codes[] = { "PS-2411-01", NULL };
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (all);
  g_autoptr(GError) error = NULL;
  guint n = 0;

  /* The workspace, and one standard: valid register XML. */
  g_assert_true (export (f->sample, NULL, all, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (validate (all), ==, 3);
  g_assert_true (export (f->sample, codes, one, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (validate (one), ==, 1);

  /* The plan writes nothing. */
  plan (f->empty, all, AZQF_REGISTER_IMPORT_REFUSE, &items, &problems);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (items->len, ==, 3);
  g_assert_cmpuint (count_actions (items, AZQF_REGISTER_PLAN_ADDED), ==, 3);
  g_assert_cmpuint (count_standards (f->empty), ==, 0);
  g_clear_pointer (&items, g_ptr_array_unref);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* The import does, and the sidebar's list follows. */
  g_assert_true (azqf_window_import (f->empty, file, AZQF_REGISTER_IMPORT_REFUSE, &n, &problems, &error));
  g_assert_no_error (error);
  g_assert_null (problems);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (count_standards (f->empty), ==, 3);
  ui_flush_main_loop ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (azqf_window_get_standards (f->empty))), ==, 3);

  /* Again: everything is there already and left alone. */
  plan (f->empty, all, AZQF_REGISTER_IMPORT_REFUSE, &items, &problems);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (count_actions (items, AZQF_REGISTER_PLAN_UNCHANGED), ==, 3);
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_assert_true (azqf_window_import (f->empty, file, AZQF_REGISTER_IMPORT_REFUSE, &n, &problems, &error));
  g_assert_cmpuint (n, ==, 0);
}

/* A standard changed here: refused, replaced, or imported as a new
 * version, as the user chooses; the editor reopens it when replaced. */
static void
test_conflict (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *all = fixture_path (f, "all.xml");
  g_autoptr(GFile) file = g_file_new_for_path (all);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfStandard) stored = NULL;
  AzqfStandard *edited;
  AzqfDocument *document;
  const char *uuid;
  guint n = 0;

  g_assert_true (export (f->sample, NULL, all, &n, &error));
  g_assert_no_error (error);

  /* The author edits PS-2411-01 in the sample window. */
  stored = azqf_store_load_standard (azqf_window_get_store (f->sample), "PS-2411-01", &error);
  g_assert_no_error (error);
  uuid = azqf_standard_get_uuid (stored);
  azqf_window_select_standard (f->sample, uuid);
  document = azqf_window_get_document (f->sample);
  g_assert_nonnull (document);
  edited = azqf_document_get_standard (document);
  azqf_standard_set_text (edited, AZQF_STANDARD_TITLE, AZQF_LANG_EN, "Changed here");

  /* Refused: the unsaved edit is saved first, so the plan sees it. */
  plan (f->sample, all, AZQF_REGISTER_IMPORT_REFUSE, &items, &problems);
  g_assert_true (azqf_document_get_saved (document));
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (((AzqfRegisterProblem *) g_ptr_array_index (problems, 0))->id, ==, "I01");
  g_assert_cmpuint (((AzqfRegisterProblem *) g_ptr_array_index (problems, 0))->line, >, 0);
  g_clear_pointer (&items, g_ptr_array_unref);
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_assert_false (azqf_window_import (f->sample, file, AZQF_REGISTER_IMPORT_REFUSE, &n, &problems, &error));
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_INVALID);
  g_assert_cmpuint (problems->len, ==, 1);
  g_clear_error (&error);
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_assert_true (azqf_window_get_document (f->sample) == document);

  /* Replaced: one standard written, the editor shows the file's text. */
  plan (f->sample, all, AZQF_REGISTER_IMPORT_REPLACE, &items, &problems);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (count_actions (items, AZQF_REGISTER_PLAN_REPLACED), ==, 1);
  g_assert_cmpuint (count_actions (items, AZQF_REGISTER_PLAN_UNCHANGED), ==, 2);
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_assert_true (azqf_window_import (f->sample, file, AZQF_REGISTER_IMPORT_REPLACE, &n, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  document = azqf_window_get_document (f->sample);
  g_assert_nonnull (document);
  g_assert_cmpstr (azqf_standard_get_uuid (azqf_document_get_standard (document)), ==, uuid);
  g_assert_cmpstr (azqf_standard_get_text (azqf_document_get_standard (document), AZQF_STANDARD_TITLE,
                                           AZQF_LANG_EN), ==,
                   azqf_standard_get_text (stored, AZQF_STANDARD_TITLE, AZQF_LANG_EN));
}

static void
test_invalid (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = fixture_path (f, "broken.xml");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n = 0;

  g_assert_true (g_file_set_contents (path, "<?xml version=\"1.0\"?>\n<register>\n  <standard>\n</register>\n",
                                      -1, NULL));
  plan (f->empty, path, AZQF_REGISTER_IMPORT_REFUSE, &items, &problems);
  g_assert_cmpuint (problems->len, >, 0);
  g_assert_cmpuint (((AzqfRegisterProblem *) g_ptr_array_index (problems, 0))->line, >, 0);

  /* The dialog's text: every problem with its line and column. */
  text = azqf_import_dialog_format_problems (problems);
  g_assert_true (g_regex_match_simple ("^[0-9]+:[0-9]+: .+ \\[[A-Z][0-9]+\\]$", text,
                                       G_REGEX_MULTILINE, 0));
  g_clear_pointer (&problems, g_ptr_array_unref);

  g_assert_false (azqf_window_import (f->empty, file, AZQF_REGISTER_IMPORT_REFUSE, &n, &problems, &error));
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_INVALID);
  g_assert_cmpuint (count_standards (f->empty), ==, 0);
}

/* The summary dialog */

static void
import_cb (AzqfImportDialog *dialog,
           guint            *count)
{
  (*count)++;
}

/* The radio button of a conflict policy. */
static GtkCheckButton *
policy_check (AzqfImportDialog *dialog,
              const char       *name)
{
  g_autofree char *full = g_strconcat ("Conflict policy: ", name, NULL);
  GtkWidget *check = ui_get_by_name (GTK_WIDGET (dialog), full);

  g_assert_true (GTK_IS_CHECK_BUTTON (check));
  return GTK_CHECK_BUTTON (check);
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_dialog (Fixture       *f,
             gconstpointer  data)
{
  AzqfImportDialog *dialog = g_object_ref_sink (azqf_import_dialog_new (NULL, "all.xml"));
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) azqf_register_plan_item_free);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) azqf_register_problem_free);
  AzqfRegisterPlanItem *item;
  AzqfRegisterProblem *problem;
  guint imported = 0, notified = 0;

  g_signal_connect (dialog, "import", G_CALLBACK (import_cb), &imported);
  g_signal_connect (dialog, "notify::mode", G_CALLBACK (notify_cb), &notified);

  /* Planning: nothing to import yet. */
  g_assert_false (azqf_import_dialog_get_can_import (dialog));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);
  g_assert_cmpuint (imported, ==, 0);

  item = g_new0 (AzqfRegisterPlanItem, 1);
  item->uuid = g_strdup ("u1");
  item->code = g_strdup ("PS-2411-01");
  item->action = AZQF_REGISTER_PLAN_UNCHANGED;
  item->version = 1;
  g_ptr_array_add (items, item);

  /* Everything is here already: nothing to write. */
  azqf_import_dialog_set_plan (dialog, items, problems);
  g_assert_false (azqf_import_dialog_get_can_import (dialog));
  ui_get_by_name (GTK_WIDGET (dialog), "PS-2411-01, Version 1: Already here: left alone");

  item->action = AZQF_REGISTER_PLAN_ADDED;
  azqf_import_dialog_set_plan (dialog, items, problems);
  g_assert_true (azqf_import_dialog_get_can_import (dialog));
  ui_get_by_name (GTK_WIDGET (dialog), "PS-2411-01, Version 1: Will be added");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL));
  g_assert_cmpuint (imported, ==, 1);

  /* A conflict under "refuse": listed, and no import. */
  problem = g_new0 (AzqfRegisterProblem, 1);
  problem->file = g_strdup ("all.xml");
  problem->line = 12;
  problem->column = 3;
  problem->id = g_strdup ("I01");
  problem->message = g_strdup ("standard \"PS-2411-01\" (u1) already exists");
  g_ptr_array_add (problems, problem);
  azqf_import_dialog_set_plan (dialog, items, problems);
  g_assert_false (azqf_import_dialog_get_can_import (dialog));
  ui_get_by_name (GTK_WIDGET (dialog), "PS-2411-01, Version 1: Differs from the one here: not imported");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);
  g_assert_cmpuint (imported, ==, 1);

  /* The policy, from its radio button as a click does. */
  g_assert_cmpint (azqf_import_dialog_get_mode (dialog), ==, AZQF_REGISTER_IMPORT_REFUSE);
  gtk_check_button_set_active (policy_check (dialog, "replace"), TRUE);
  g_assert_cmpint (azqf_import_dialog_get_mode (dialog), ==, AZQF_REGISTER_IMPORT_REPLACE);
  g_assert_cmpuint (notified, ==, 1);
  azqf_import_dialog_set_mode (dialog, AZQF_REGISTER_IMPORT_NEW_VERSION);
  g_assert_true (gtk_check_button_get_active (policy_check (dialog, "import as a new version")));
  g_assert_cmpuint (notified, ==, 2);
  azqf_import_dialog_set_mode (dialog, AZQF_REGISTER_IMPORT_NEW_VERSION);
  g_assert_cmpuint (notified, ==, 2);

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

int
main (int    argc,
      char **argv)
{
  ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/ui/io/" path, Fixture, NULL, set_up, func, tear_down)

  ADD ("export-import", test_export_import);
  ADD ("conflict", test_conflict);
  ADD ("invalid", test_invalid);
  ADD ("dialog", test_dialog);

  return g_test_run ();
}
