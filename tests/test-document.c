/* test-document.c: a standard open for editing (model/azqf-document.c) and
 * azqf_standard_assign(), which undo and redo restore through
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every case runs on a fresh sample workspace in a temporary folder. The
 * autosave cases run the main loop, bounded by a timeout that fails the test.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "model/azqf-document.h"
#include "model/azqf-json.h"
#include "model/azqf-locale.h"
#include "model/azqf-outcome.h"
#include "model/azqf-relation.h"
#include "model/azqf-sample.h"
#include "model/azqf-standard.h"
#include "model/azqf-standard-list.h"
#include "model/azqf-store.h"
#include "model/azqf-store-private.h"
#include "model/azqf-unit.h"
#include "model/azqf-value.h"

#define SAMPLE_PS "PS-2411-01"      /* Mühasib / Accountant: 5 units, 16 outcomes */
#define SAMPLE_KS "KS-5120-04-01"   /* Aşpaz / Cook: has relations */

typedef struct
{
  char      *dir;
  char      *path;
  AzqfStore *store;
} Fixture;

/* Recorders */

typedef struct
{
  guint   saved;
  guint   failed;
  guint   reloaded;
  GError *error;      /* of the last save-failed */
  GString *notified;  /* property names, comma-separated */
} Record;

static void
saved_cb (AzqfDocument *document,
          Record       *record)
{
  record->saved++;
}

static void
save_failed_cb (AzqfDocument *document,
                const GError *error,
                Record       *record)
{
  g_assert_nonnull (error);
  record->failed++;
  g_clear_error (&record->error);
  record->error = g_error_copy (error);
}

static void
reloaded_cb (AzqfDocument *document,
             Record       *record)
{
  record->reloaded++;
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           Record     *record)
{
  g_string_append_printf (record->notified, "%s%s",
                          record->notified->len > 0 ? "," : "", pspec->name);
}

static void
record_connect (Record       *record,
                AzqfDocument *document)
{
  record->notified = g_string_new (NULL);
  g_signal_connect (document, "saved", G_CALLBACK (saved_cb), record);
  g_signal_connect (document, "save-failed", G_CALLBACK (save_failed_cb), record);
  g_signal_connect (document, "reloaded", G_CALLBACK (reloaded_cb), record);
  g_signal_connect (document, "notify", G_CALLBACK (notify_cb), record);
}

static void
record_clear (Record *record)
{
  g_clear_error (&record->error);
  if (record->notified != NULL)
    g_string_free (record->notified, TRUE);
  record->notified = NULL;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The properties notified since the last check, in any order (a freeze may
 * reorder them), each once; then forgets them. */
static void
assert_notified (Record     *record,
                 const char *expected)
{
  g_auto(GStrv) got = g_strsplit (record->notified->str, ",", -1);
  g_auto(GStrv) want = g_strsplit (expected, ",", -1);
  g_autofree char *got_joined = NULL;
  g_autofree char *want_joined = NULL;

  qsort (got, g_strv_length (got), sizeof (char *), compare_strings);
  qsort (want, g_strv_length (want), sizeof (char *), compare_strings);
  got_joined = g_strjoinv (",", got);
  want_joined = g_strjoinv (",", want);
  g_assert_cmpstr (got_joined, ==, want_joined);
  g_string_truncate (record->notified, 0);
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

static void
items_changed_cb (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  (*count)++;
}

/* "changed" of the standard as "reloaded" comes, before the save that
 * follows sets the modified time (one more "changed"). */
typedef struct
{
  guint *changed;
  guint  at_reload;
} ChangedAtReload;

static void
changed_at_reload_cb (AzqfDocument    *document,
                      ChangedAtReload *data)
{
  data->at_reload = *data->changed;
}

/* Main loop */

static gboolean
quit_cb (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for ms milliseconds. */
static void
run_for (guint ms)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  g_timeout_add (ms, quit_cb, loop);
  g_main_loop_run (loop);
}

static gboolean
fail_cb (gpointer data)
{
  g_error ("timed out waiting for the document to save");
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until *counter grows; at most 10 s. Returns the time
 * waited in milliseconds. */
static guint
wait_for (guint *counter)
{
  guint start = *counter;
  gint64 began = g_get_monotonic_time ();
  guint timeout = g_timeout_add_seconds (10, fail_cb, NULL);

  while (*counter == start)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);

  return (guint) ((g_get_monotonic_time () - began) / 1000);
}

/* Fixture */

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      g_assert_nonnull (dir);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
    }

  g_assert_cmpint (g_remove (path), ==, 0);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  f->dir = g_dir_make_tmp ("azqf-test-document-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "work.azqf", NULL);
  f->store = azqf_store_create (f->path, &error);
  g_assert_no_error (error);
  ok = azqf_sample_populate (f->store, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  /* No autosave may be left behind. */
  g_assert_false (g_main_context_pending (NULL));
  g_assert_finalize_object (f->store);
  remove_tree (f->dir);
  g_clear_pointer (&f->path, g_free);
  g_clear_pointer (&f->dir, g_free);
}

/* Helpers */

static AzqfStandard *
load (AzqfStore  *store,
      const char *code)
{
  g_autoptr(GError) error = NULL;
  AzqfStandard *standard = azqf_store_load_standard (store, code, &error);

  g_assert_no_error (error);
  g_assert_nonnull (standard);

  return standard;
}

static AzqfDocument *
open_document (AzqfStore  *store,
               const char *code)
{
  g_autoptr(AzqfStandard) standard = load (store, code);
  g_autoptr(GError) error = NULL;
  AzqfDocument *document = azqf_document_open (store, azqf_standard_get_uuid (standard), &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);

  return document;
}

/* The whole standard as JSON, without the modified time (every save sets it). */
static char *
content_json (AzqfStandard *standard)
{
  g_autoptr(JsonNode) node = azqf_json_from_standard (standard, TRUE);
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_object_remove_member (json_node_get_object (node), "modified");
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, node);

  return json_generator_to_data (generator, NULL);
}

static char *
stored_json (AzqfStore    *store,
             AzqfStandard *standard)
{
  g_autoptr(AzqfStandard) stored = load (store, azqf_standard_get_code (standard));

  return content_json (stored);
}

static void
assert_store_holds (AzqfStore    *store,
                    AzqfStandard *standard)
{
  g_autofree char *expected = content_json (standard);
  g_autofree char *stored = stored_json (store, standard);

  g_assert_cmpstr (stored, ==, expected);
}

static const char *
stored_title_en (AzqfStore  *store,
                 const char *code)
{
  static char buffer[256];
  g_autoptr(AzqfStandard) stored = load (store, code);

  g_strlcpy (buffer, azqf_standard_get_text (stored, AZQF_STANDARD_TITLE, AZQF_LANG_EN), sizeof buffer);
  return buffer;
}

static void
save_now (AzqfDocument *document)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = azqf_document_save_now (document, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
}

static void
undo (AzqfDocument *document)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = azqf_document_undo (document, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
}

static void
redo (AzqfDocument *document)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = azqf_document_redo (document, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
}

static void
set_title_en (AzqfDocument *document,
              const char   *title)
{
  azqf_standard_set_text (azqf_document_get_standard (document),
                          AZQF_STANDARD_TITLE, AZQF_LANG_EN, title);
}

/* Cases */

static void
test_open (Fixture       *f,
           gconstpointer  data)
{
  AzqfDocument *document = open_document (f->store, SAMPLE_PS);
  AzqfStandard *standard = azqf_document_get_standard (document);
  g_autoptr(GError) error = NULL;
  AzqfStore *store = NULL;
  AzqfStandard *property_standard = NULL;
  GError *property_error = NULL;
  gboolean saved = FALSE, busy = TRUE, can_undo = TRUE, can_redo = TRUE;

  /* The whole standard. */
  g_assert_cmpstr (azqf_standard_get_code (standard), ==, SAMPLE_PS);
  g_assert_cmpuint (g_list_model_get_n_items (azqf_standard_get_units (standard)), ==, 5);
  g_assert_cmpuint (azqf_standard_count_outcomes (standard), ==, 16);

  g_assert_true (azqf_document_get_store (document) == f->store);
  g_assert_true (azqf_document_get_saved (document));
  g_assert_false (azqf_document_get_busy (document));
  g_assert_null (azqf_document_get_error (document));
  g_assert_false (azqf_document_get_can_undo (document));
  g_assert_false (azqf_document_get_can_redo (document));

  g_object_get (document, "store", &store, "standard", &property_standard, "saved", &saved,
                "busy", &busy, "error", &property_error, "can-undo", &can_undo,
                "can-redo", &can_redo, NULL);
  g_assert_true (store == f->store);
  g_assert_true (property_standard == standard);
  g_assert_true (saved);
  g_assert_false (busy);
  g_assert_null (property_error);
  g_assert_false (can_undo);
  g_assert_false (can_redo);
  g_object_unref (store);
  g_object_unref (property_standard);

  /* Nothing to undo or redo, nothing to save. */
  g_assert_false (azqf_document_undo (document, &error));
  g_assert_error (error, AZQF_DOCUMENT_ERROR, AZQF_DOCUMENT_ERROR_NOTHING_TO_UNDO);
  g_clear_error (&error);
  g_assert_false (azqf_document_redo (document, &error));
  g_assert_error (error, AZQF_DOCUMENT_ERROR, AZQF_DOCUMENT_ERROR_NOTHING_TO_REDO);
  g_clear_error (&error);
  save_now (document);
  g_assert_finalize_object (document);

  /* A uuid the store does not have. */
  document = azqf_document_open (f->store, "00000000-0000-4000-8000-000000000000", &error);
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_FOUND);
  g_assert_null (document);
}

/* An edit is written AZQF_DOCUMENT_SAVE_DELAY_MS after it, not before. */
static void
test_autosave (Fixture       *f,
               gconstpointer  data)
{
  AzqfDocument *document = open_document (f->store, SAMPLE_PS);
  AzqfStandard *standard = azqf_document_get_standard (document);
  gint64 modified_before = azqf_standard_get_modified (standard);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  Record record = { 0 };
  guint waited;

  record_connect (&record, document);

  set_title_en (document, "Chief accountant");
  assert_notified (&record, "saved,busy,can-undo");
  g_assert_false (azqf_document_get_saved (document));
  g_assert_true (azqf_document_get_busy (document));
  g_assert_true (azqf_document_get_can_undo (document));
  g_assert_cmpstr (stored_title_en (f->store, SAMPLE_PS), ==, "Accountant");
  g_assert_cmpuint (record.saved, ==, 0);

  waited = wait_for (&record.saved);
  g_assert_cmpuint (waited, >=, AZQF_DOCUMENT_SAVE_DELAY_MS - 20);
  g_assert_cmpuint (record.saved, ==, 1);
  assert_notified (&record, "saved,busy");
  g_assert_true (azqf_document_get_saved (document));
  g_assert_false (azqf_document_get_busy (document));
  g_assert_cmpstr (stored_title_en (f->store, SAMPLE_PS), ==, "Chief accountant");
  assert_store_holds (f->store, standard);

  /* The save set the modified time, and that was not an edit. */
  g_assert_cmpint (azqf_standard_get_modified (standard), >=, now);
  g_assert_cmpint (azqf_standard_get_modified (standard), !=, modified_before);
  run_for (AZQF_DOCUMENT_SAVE_DELAY_MS + 100);
  g_assert_cmpuint (record.saved, ==, 1);
  g_assert_true (azqf_document_get_saved (document));

  g_assert_cmpuint (record.failed, ==, 0);
  g_assert_finalize_object (document);
  record_clear (&record);
}

/* Each edit restarts the delay: typing saves once, after the last key. */
static void
test_debounce (Fixture       *f,
               gconstpointer  data)
{
  AzqfDocument *document = open_document (f->store, SAMPLE_PS);
  Record record = { 0 };
  gint64 began = g_get_monotonic_time ();
  guint waited;

  record_connect (&record, document);

  set_title_en (document, "A");
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *title = g_strdup_printf ("Accountant %u", i);

      run_for (AZQF_DOCUMENT_SAVE_DELAY_MS / 2);
      set_title_en (document, title);
      g_assert_cmpuint (record.saved, ==, 0);
      g_assert_true (azqf_document_get_busy (document));
    }
  /* saved and busy changed once, at the first key. */
  assert_notified (&record, "saved,busy,can-undo");

  waited = wait_for (&record.saved);
  g_assert_cmpuint ((g_get_monotonic_time () - began) / 1000, >=, 3 * AZQF_DOCUMENT_SAVE_DELAY_MS - 20);
  g_assert_cmpuint (waited, >=, AZQF_DOCUMENT_SAVE_DELAY_MS - 20);
  g_assert_cmpstr (stored_title_en (f->store, SAMPLE_PS), ==, "Accountant 3");

  run_for (AZQF_DOCUMENT_SAVE_DELAY_MS + 100);
  g_assert_cmpuint (record.saved, ==, 1);

  /* One step for the whole burst. */
  undo (document);
  g_assert_cmpstr (azqf_standard_get_text (azqf_document_get_standard (document),
                                           AZQF_STANDARD_TITLE, AZQF_LANG_EN), ==, "Accountant");
  g_assert_false (azqf_document_get_can_undo (document));

  g_assert_finalize_object (document);
  record_clear (&record);
}

static void
test_save_now (Fixture       *f,
               gconstpointer  data)
{
  AzqfDocument *document = open_document (f->store, SAMPLE_PS);
  Record record = { 0 };

  record_connect (&record, document);

  set_title_en (document, "Chief accountant");
  g_string_truncate (record.notified, 0);
  save_now (document);
  g_assert_cmpuint (record.saved, ==, 1);
  assert_notified (&record, "saved,busy");
  g_assert_true (azqf_document_get_saved (document));
  g_assert_false (azqf_document_get_busy (document));
  g_assert_cmpstr (stored_title_en (f->store, SAMPLE_PS), ==, "Chief accountant");

  /* The pending timeout went with it. */
  run_for (AZQF_DOCUMENT_SAVE_DELAY_MS + 100);
  g_assert_cmpuint (record.saved, ==, 1);

  /* Nothing to write: nothing happens. */
  save_now (document);
  g_assert_cmpuint (record.saved, ==, 1);
  assert_notified (&record, "");

  g_assert_finalize_object (document);
  record_clear (&record);
}

/* A unit and an outcome removed and a title changed, each saved: three steps
 * back and forth, in the same objects, the store following each. */
static void
test_undo_redo (Fixture       *f,
                gconstpointer  data)
{
  AzqfDocument *document = open_document (f->store, SAMPLE_PS);
  AzqfStandard *standard = azqf_document_get_standard (document);
  char *state[4] = { NULL };
  g_autoptr(GError) error = NULL;
  Record record = { 0 };
  guint changed = 0;
  guint units_changed = 0;
  ChangedAtReload at_reload = { &changed, 0 };

  record_connect (&record, document);
  state[0] = content_json (standard);

  set_title_en (document, "Chief accountant");
  save_now (document);
  state[1] = content_json (standard);

  {
    AzqfUnit *unit = NULL;
    AzqfOutcome *outcome = azqf_standard_find_outcome (standard, "U2.S2", &unit);

    g_assert_nonnull (outcome);
    azqf_standard_remove_outcome (standard, outcome);
  }
  save_now (document);
  state[2] = content_json (standard);
  g_assert_null (azqf_standard_find_outcome (standard, "U2.S2", NULL));

  azqf_standard_remove_unit (standard, azqf_standard_find_unit (standard, "U4"));
  save_now (document);
  state[3] = content_json (standard);
  g_assert_cmpuint (g_list_model_get_n_items (azqf_standard_get_units (standard)), ==, 4);
  g_assert_cmpuint (record.saved, ==, 3);
  g_assert_true (azqf_document_get_can_undo (document));
  g_assert_false (azqf_document_get_can_redo (document));

  g_signal_connect (standard, "changed", G_CALLBACK (count_cb), &changed);
  g_signal_connect (document, "reloaded", G_CALLBACK (changed_at_reload_cb), &at_reload);
  g_signal_connect (azqf_standard_get_units (standard), "items-changed",
                    G_CALLBACK (items_changed_cb), &units_changed);
  g_string_truncate (record.notified, 0);

  /* Back: the unit. */
  undo (document);
  g_assert_true (azqf_document_get_standard (document) == standard);
  g_assert_nonnull (azqf_standard_find_unit (standard, "U4"));
  g_assert_cmpuint (g_list_model_get_n_items (azqf_standard_get_units (standard)), ==, 5);
  g_assert_cmpuint (at_reload.at_reload, ==, 1);
  g_assert_cmpuint (changed, <=, 2);  /* + the modified time, if a second passed */
  g_assert_cmpuint (units_changed, ==, 1);
  g_assert_cmpuint (record.reloaded, ==, 1);
  g_assert_cmpuint (record.saved, ==, 4);
  {
    g_autofree char *now = content_json (standard);

    g_assert_cmpstr (now, ==, state[2]);
  }
  assert_store_holds (f->store, standard);
  g_assert_true (azqf_document_get_saved (document));
  g_assert_false (azqf_document_get_busy (document));
  g_assert_true (azqf_document_get_can_redo (document));
  assert_notified (&record, "can-redo");

  /* The outcome. */
  undo (document);
  g_assert_nonnull (azqf_standard_find_outcome (standard, "U2.S2", NULL));
  {
    g_autofree char *now = content_json (standard);

    g_assert_cmpstr (now, ==, state[1]);
  }
  assert_store_holds (f->store, standard);

  /* The title; then nothing more. */
  undo (document);
  g_assert_cmpstr (azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN), ==, "Accountant");
  {
    g_autofree char *now = content_json (standard);

    g_assert_cmpstr (now, ==, state[0]);
  }
  assert_store_holds (f->store, standard);
  g_assert_false (azqf_document_get_can_undo (document));
  assert_notified (&record, "can-undo");
  g_assert_false (azqf_document_undo (document, &error));
  g_assert_error (error, AZQF_DOCUMENT_ERROR, AZQF_DOCUMENT_ERROR_NOTHING_TO_UNDO);
  g_clear_error (&error);
  g_assert_cmpuint (record.reloaded, ==, 3);

  /* Forward again. */
  for (guint i = 1; i <= 3; i++)
    {
      g_autofree char *now = NULL;

      redo (document);
      now = content_json (standard);
      g_assert_cmpstr (now, ==, state[i]);
      assert_store_holds (f->store, standard);
      g_assert_true (azqf_document_get_can_undo (document));
    }
  g_assert_false (azqf_document_get_can_redo (document));
  g_assert_null (azqf_standard_find_unit (standard, "U4"));
  g_assert_false (azqf_document_redo (document, &error));
  g_assert_error (error, AZQF_DOCUMENT_ERROR, AZQF_DOCUMENT_ERROR_NOTHING_TO_REDO);
  g_clear_error (&error);
  g_assert_cmpuint (record.reloaded, ==, 6);

  /* Restoring is not an edit: no autosave is pending. */
  g_assert_false (azqf_document_get_busy (document));
  run_for (AZQF_DOCUMENT_SAVE_DELAY_MS + 100);
  g_assert_cmpuint (record.saved, ==, 9);

  g_signal_handlers_disconnect_by_func (standard, count_cb, &changed);
  g_signal_handlers_disconnect_by_func (azqf_standard_get_units (standard), items_changed_cb, &units_changed);
  g_assert_finalize_object (document);
  record_clear (&record);
  for (guint i = 0; i < G_N_ELEMENTS (state); i++)
    g_free (state[i]);
}

/* Undo right after typing, before the autosave: the typing is one step. */
static void
test_undo_unsaved (Fixture       *f,
                   gconstpointer  data)
{
  AzqfDocument *document = open_document (f->store, SAMPLE_PS);
  AzqfStandard *standard = azqf_document_get_standard (document);
  Record record = { 0 };

  record_connect (&record, document);

  set_title_en (document, "Chief accountant");
  g_assert_true (azqf_document_get_can_undo (document));
  undo (document);
  g_assert_false (azqf_document_get_busy (document));
  g_assert_true (azqf_document_get_saved (document));
  g_assert_cmpstr (azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN), ==, "Accountant");
  g_assert_cmpstr (stored_title_en (f->store, SAMPLE_PS), ==, "Accountant");
  g_assert_false (azqf_document_get_can_undo (document));
  g_assert_true (azqf_document_get_can_redo (document));

  redo (document);
  g_assert_cmpstr (azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN), ==, "Chief accountant");
  g_assert_cmpstr (stored_title_en (f->store, SAMPLE_PS), ==, "Chief accountant");

  g_assert_finalize_object (document);
  record_clear (&record);
}

/* A new edit after an undo drops the redo steps. */
static void
test_redo_cleared (Fixture       *f,
                   gconstpointer  data)
{
  AzqfDocument *document = open_document (f->store, SAMPLE_PS);
  AzqfStandard *standard = azqf_document_get_standard (document);
  g_autoptr(GError) error = NULL;
  Record record = { 0 };

  record_connect (&record, document);

  set_title_en (document, "One");
  save_now (document);
  set_title_en (document, "Two");
  save_now (document);
  undo (document);
  g_assert_true (azqf_document_get_can_redo (document));
  g_string_truncate (record.notified, 0);

  set_title_en (document, "Three");
  g_assert_false (azqf_document_get_can_redo (document));
  assert_notified (&record, "can-redo,saved,busy");
  g_assert_false (azqf_document_redo (document, &error));
  g_assert_error (error, AZQF_DOCUMENT_ERROR, AZQF_DOCUMENT_ERROR_NOTHING_TO_REDO);
  g_clear_error (&error);

  /* The refused redo wrote nothing. */
  g_assert_true (azqf_document_get_busy (document));
  save_now (document);
  undo (document);
  g_assert_cmpstr (azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN), ==, "One");
  undo (document);
  g_assert_cmpstr (azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN), ==, "Accountant");
  g_assert_false (azqf_document_get_can_undo (document));
  redo (document);
  redo (document);
  g_assert_cmpstr (azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN), ==, "Three");
  g_assert_cmpstr (stored_title_en (f->store, SAMPLE_PS), ==, "Three");

  g_assert_finalize_object (document);
  record_clear (&record);
}

/* Relations are restored too (KS has some). */
static void
test_undo_relation (Fixture       *f,
                    gconstpointer  data)
{
  AzqfDocument *document = open_document (f->store, SAMPLE_KS);
  AzqfStandard *standard = azqf_document_get_standard (document);
  GListModel *relations = azqf_standard_get_relations (standard);
  guint n = g_list_model_get_n_items (relations);
  g_autofree char *before = content_json (standard);

  g_assert_cmpuint (n, >, 0);
  {
    g_autoptr(AzqfRelation) relation = g_list_model_get_item (relations, 0);

    azqf_standard_remove_relation (standard, relation);
  }
  save_now (document);
  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, n - 1);
  assert_store_holds (f->store, standard);

  undo (document);
  g_assert_true (azqf_standard_get_relations (standard) == relations);
  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, n);
  {
    g_autofree char *after = content_json (standard);

    g_assert_cmpstr (after, ==, before);
  }
  assert_store_holds (f->store, standard);

  g_assert_finalize_object (document);
}

/* At most 200 steps are kept: the oldest go first. */
static void
test_undo_limit (Fixture       *f,
                 gconstpointer  data)
{
  AzqfDocument *document = open_document (f->store, SAMPLE_KS);
  AzqfStandard *standard = azqf_document_get_standard (document);
  g_autoptr(GError) error = NULL;
  guint undone = 0;

  for (guint i = 1; i <= 205; i++)
    {
      g_autofree char *title = g_strdup_printf ("Cook %u", i);

      set_title_en (document, title);
      save_now (document);
    }

  while (azqf_document_get_can_undo (document))
    {
      undo (document);
      undone++;
    }
  g_assert_cmpuint (undone, ==, 200);
  g_assert_cmpstr (azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN), ==, "Cook 5");
  g_assert_cmpstr (stored_title_en (f->store, SAMPLE_KS), ==, "Cook 5");
  g_assert_false (azqf_document_undo (document, &error));
  g_assert_error (error, AZQF_DOCUMENT_ERROR, AZQF_DOCUMENT_ERROR_NOTHING_TO_UNDO);
  g_clear_error (&error);

  while (azqf_document_get_can_redo (document))
    redo (document);
  g_assert_cmpstr (azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN), ==, "Cook 205");

  g_assert_finalize_object (document);
}

/* The list of standards follows the document's saves. */
static void
test_list_follows (Fixture       *f,
                   gconstpointer  data)
{
  AzqfDocument *document = open_document (f->store, SAMPLE_PS);
  AzqfStandardList *list = azqf_standard_list_new (f->store);
  const char *uuid = azqf_standard_get_uuid (azqf_document_get_standard (document));
  Record record = { 0 };
  guint items_changed = 0;
  guint position;

  record_connect (&record, document);
  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), &items_changed);
  azqf_standard_list_set_sort_lang (list, AZQF_LANG_EN);
  g_assert_cmpuint (azqf_standard_list_find (list, uuid), ==, 0);   /* Accountant */
  items_changed = 0;

  set_title_en (document, "Senior accountant");
  g_assert_cmpuint (items_changed, ==, 0);
  wait_for (&record.saved);
  g_assert_cmpuint (items_changed, ==, 1);
  position = azqf_standard_list_find (list, uuid);
  g_assert_cmpuint (position, ==, 2);   /* after Bachelor's …, Cook */
  {
    g_autoptr(AzqfStandard) listed = g_list_model_get_item (G_LIST_MODEL (list), position);

    g_assert_cmpstr (azqf_standard_get_text (listed, AZQF_STANDARD_TITLE, AZQF_LANG_EN), ==, "Senior accountant");
  }

  undo (document);
  g_assert_cmpuint (items_changed, ==, 2);
  g_assert_cmpuint (azqf_standard_list_find (list, uuid), ==, 0);

  g_assert_finalize_object (list);
  g_assert_finalize_object (document);
  record_clear (&record);
}

/* A full disk: the text stays, "error" and "save-failed" say why, and once
 * there is room the next save writes it. */
static void
test_save_failed (Fixture       *f,
                  gconstpointer  data)
{
  AzqfDocument *document = open_document (f->store, SAMPLE_PS);
  AzqfStandard *standard = azqf_document_get_standard (document);
  sqlite3 *db = _azqf_store_get_db (f->store);
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autofree char *limit = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stored_before = stored_json (f->store, standard);
  GError *property_error = NULL;
  sqlite3_stmt *stmt = NULL;
  Record record = { 0 };
  gboolean ok;

  record_connect (&record, document);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA page_count", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  limit = g_strdup_printf ("PRAGMA max_page_count = %d", sqlite3_column_int (stmt, 0));
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_exec (db, limit, NULL, NULL, NULL), ==, SQLITE_OK);

  while (g_utf8_strlen (summary->str, -1) < 19000)
    g_string_append (summary, "Mühasibat uçotunun beynəlxalq standartlarına uyğun hesabat hazırlayır. ");
  azqf_standard_set_text (standard, AZQF_STANDARD_SUMMARY, AZQF_LANG_AZ, summary->str);
  set_title_en (document, "Chief accountant");

  /* The autosave fails. */
  wait_for (&record.failed);
  g_assert_cmpuint (record.failed, ==, 1);
  g_assert_cmpuint (record.saved, ==, 0);
  g_assert_error (record.error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_DISK_FULL);
  g_assert_error (azqf_document_get_error (document), AZQF_STORE_ERROR, AZQF_STORE_ERROR_DISK_FULL);
  g_object_get (document, "error", &property_error, NULL);
  g_assert_error (property_error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_DISK_FULL);
  g_clear_error (&property_error);
  assert_notified (&record, "saved,busy,can-undo,busy,error");
  g_assert_false (azqf_document_get_saved (document));
  g_assert_false (azqf_document_get_busy (document));

  /* In memory: the text; in the store: what was there. */
  g_assert_cmpstr (azqf_standard_get_text (standard, AZQF_STANDARD_SUMMARY, AZQF_LANG_AZ), ==, summary->str);
  g_assert_cmpstr (azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN), ==, "Chief accountant");
  {
    g_autofree char *stored_now = stored_json (f->store, standard);

    g_assert_cmpstr (stored_now, ==, stored_before);
  }

  /* save_now fails the same way. */
  ok = azqf_document_save_now (document, &error);
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_DISK_FULL);
  g_assert_false (ok);
  g_clear_error (&error);
  g_assert_cmpuint (record.failed, ==, 2);
  g_string_truncate (record.notified, 0);

  /* Room again: the next change saves. */
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA max_page_count = 1073741823", NULL, NULL, NULL), ==, SQLITE_OK);
  set_title_en (document, "Chief accountant (2)");
  wait_for (&record.saved);
  g_assert_null (azqf_document_get_error (document));
  g_assert_true (azqf_document_get_saved (document));
  assert_notified (&record, "busy,busy,error,saved");
  assert_store_holds (f->store, standard);

  /* One step for everything typed while the disk was full. */
  undo (document);
  g_assert_cmpstr (azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN), ==, "Accountant");
  {
    g_autofree char *stored_now = stored_json (f->store, standard);

    g_assert_cmpstr (stored_now, ==, stored_before);
  }

  g_assert_finalize_object (document);
  record_clear (&record);
}

/* A read-only workspace: the save fails, the text stays, save_now retries
 * (and fails again) without losing it. */
static void
test_save_read_only (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AzqfStore *reader;
  AzqfDocument *document;
  Record record = { 0 };
  gboolean ok;

  g_assert_finalize_object (f->store);
  reader = azqf_store_open (f->path, AZQF_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  document = open_document (reader, SAMPLE_PS);
  record_connect (&record, document);

  set_title_en (document, "Chief accountant");
  wait_for (&record.failed);
  g_assert_error (record.error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_READ_ONLY);
  g_assert_false (azqf_document_get_saved (document));
  g_assert_cmpstr (azqf_standard_get_text (azqf_document_get_standard (document),
                                           AZQF_STANDARD_TITLE, AZQF_LANG_EN), ==, "Chief accountant");

  ok = azqf_document_save_now (document, &error);
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_READ_ONLY);
  g_assert_false (ok);
  g_clear_error (&error);

  /* Dispose tries once more, and says so. */
  g_assert_finalize_object (document);
  g_assert_cmpuint (record.failed, ==, 3);
  record_clear (&record);

  g_assert_finalize_object (reader);
  f->store = azqf_store_open (f->path, AZQF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stored_title_en (f->store, SAMPLE_PS), ==, "Accountant");
}

/* Closing the document writes what the delay still held. */
static void
test_dispose_flushes (Fixture       *f,
                      gconstpointer  data)
{
  AzqfDocument *document = open_document (f->store, SAMPLE_PS);
  g_autoptr(AzqfStandard) standard = g_object_ref (azqf_document_get_standard (document));
  Record record = { 0 };
  guint changed = 0;

  record_connect (&record, document);
  set_title_en (document, "Chief accountant");
  g_assert_true (azqf_document_get_busy (document));
  g_assert_cmpuint (record.saved, ==, 0);

  g_assert_finalize_object (document);
  g_assert_cmpuint (record.saved, ==, 1);
  g_assert_cmpstr (stored_title_en (f->store, SAMPLE_PS), ==, "Chief accountant");
  assert_store_holds (f->store, standard);
  record_clear (&record);

  /* The standard outlives it, and its edits no longer go anywhere. */
  g_signal_connect (standard, "changed", G_CALLBACK (count_cb), &changed);
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN, "Accountant");
  g_assert_cmpuint (changed, ==, 1);
  run_for (AZQF_DOCUMENT_SAVE_DELAY_MS + 100);
  g_assert_cmpstr (stored_title_en (f->store, SAMPLE_PS), ==, "Chief accountant");
  g_signal_handlers_disconnect_by_func (standard, count_cb, &changed);
}

/* Setters and saves notify only what changed. */
static void
test_notify (Fixture       *f,
             gconstpointer  data)
{
  AzqfDocument *document = open_document (f->store, SAMPLE_PS);
  AzqfStandard *standard = azqf_document_get_standard (document);
  Record record = { 0 };

  record_connect (&record, document);

  /* Setting a value the standard has is no edit. */
  set_title_en (document, "Accountant");
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ, "Mühasib");
  assert_notified (&record, "");
  g_assert_true (azqf_document_get_saved (document));
  g_assert_false (azqf_document_get_busy (document));

  set_title_en (document, "Chief accountant");
  assert_notified (&record, "saved,busy,can-undo");
  set_title_en (document, "Chief accountant 2");
  azqf_standard_set_status (standard, AZQF_STATUS_APPROVED);
  assert_notified (&record, "");

  save_now (document);
  assert_notified (&record, "saved,busy");
  save_now (document);
  assert_notified (&record, "");

  undo (document);
  assert_notified (&record, "can-undo,can-redo");
  redo (document);
  assert_notified (&record, "can-undo,can-redo");

  g_assert_finalize_object (document);
  record_clear (&record);
}

/* azqf_standard_assign: everything from the other standard, in the same
 * object, one "changed", one "items-changed" per list. */
static void
test_assign (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(AzqfStandard) standard = load (f->store, SAMPLE_PS);
  g_autoptr(AzqfStandard) other = load (f->store, SAMPLE_PS);
  g_autoptr(AzqfStandard) reference = load (f->store, SAMPLE_PS);
  g_autoptr(AzqfUnit) old_unit = g_list_model_get_item (azqf_standard_get_units (standard), 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;
  GListModel *units = azqf_standard_get_units (standard);
  guint changed = 0, units_changed = 0, other_changed = 0;
  gboolean ok;

  azqf_standard_set_text (other, AZQF_STANDARD_TITLE, AZQF_LANG_EN, "Chief accountant");
  azqf_standard_set_status (other, AZQF_STATUS_APPROVED);
  ok = azqf_standard_set_level (other, 7, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  azqf_standard_remove_unit (other, azqf_standard_find_unit (other, "U3"));
  azqf_standard_remove_outcome (other, azqf_standard_find_outcome (other, "U1.S1", NULL));
  expected = content_json (other);

  g_signal_connect (standard, "changed", G_CALLBACK (count_cb), &changed);
  g_signal_connect (units, "items-changed", G_CALLBACK (items_changed_cb), &units_changed);
  g_signal_connect (other, "changed", G_CALLBACK (count_cb), &other_changed);

  azqf_standard_assign (standard, other);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (units_changed, ==, 1);
  g_assert_true (azqf_standard_get_units (standard) == units);
  got = content_json (standard);
  g_assert_cmpstr (got, ==, expected);
  g_assert_cmpuint (azqf_standard_get_eqf_level (standard), ==, 7);

  /* The old unit is free again (another standard may take it); the new
   * ones belong to standard. */
  {
    g_autoptr(AzqfStandard) elsewhere = azqf_standard_new (AZQF_KIND_OCCUPATIONAL, "X-01", &error);

    g_assert_no_error (error);
    ok = azqf_standard_add_unit (elsewhere, old_unit, &error);
    g_assert_no_error (error);
    g_assert_true (ok);
    g_assert_true (azqf_standard_find_unit (elsewhere, "U1") == old_unit);
    g_assert_false (azqf_standard_find_unit (standard, "U1") == old_unit);
  }
  {
    AzqfUnit *unit = azqf_standard_find_unit (standard, "U1");

    /* Outcome codes stay unique across the standard it now belongs to. */
    g_autoptr(AzqfOutcome) duplicate = azqf_outcome_new ("U2.K1", AZQF_DOMAIN_KNOWLEDGE, &error);

    g_assert_no_error (error);
    ok = azqf_standard_add_outcome (standard, unit, duplicate, &error);
    g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_DUPLICATE);
    g_assert_false (ok);
    g_clear_error (&error);
  }

  /* Edits of the moved children reach standard, not other. */
  changed = 0;
  other_changed = 0;
  azqf_unit_set_title (azqf_standard_find_unit (standard, "U1"), AZQF_LANG_EN, "New title");
  azqf_outcome_set_text (azqf_standard_find_outcome (standard, "U2.K1", NULL), AZQF_LANG_EN, "New text");
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpuint (other_changed, ==, 0);

  /* other is left without children. */
  g_assert_cmpuint (g_list_model_get_n_items (azqf_standard_get_units (other)), ==, 0);
  g_assert_cmpuint (azqf_standard_count_outcomes (other), ==, 0);

  /* Assigning equal contents back changes only the lists. */
  changed = 0;
  {
    g_autoptr(AzqfStandard) again = load (f->store, SAMPLE_PS);
    Record record = { .notified = g_string_new (NULL) };

    azqf_standard_assign (standard, other);  /* other is empty now */
    g_signal_connect (standard, "notify", G_CALLBACK (notify_cb), &record);
    changed = 0;
    azqf_standard_assign (standard, again);
    g_assert_cmpuint (changed, ==, 1);
    assert_notified (&record, "title-en,status,level,eqf-level,qfehea-cycle");
    g_signal_handlers_disconnect_by_func (standard, notify_cb, &record);
    record_clear (&record);
    g_clear_pointer (&got, g_free);
    g_clear_pointer (&expected, g_free);
    got = content_json (standard);
    expected = content_json (reference);
    g_assert_cmpstr (got, ==, expected);
  }

  g_signal_handlers_disconnect_by_func (standard, count_cb, &changed);
  g_signal_handlers_disconnect_by_func (units, items_changed_cb, &units_changed);
  g_signal_handlers_disconnect_by_func (other, count_cb, &other_changed);
}

int
main (int    argc,
      char **argv)
{
  azqf_locale_init_test ();
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/azqf/document/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("open", test_open);
  ADD ("autosave", test_autosave);
  ADD ("debounce", test_debounce);
  ADD ("save-now", test_save_now);
  ADD ("undo-redo", test_undo_redo);
  ADD ("undo-unsaved", test_undo_unsaved);
  ADD ("redo-cleared", test_redo_cleared);
  ADD ("undo-relation", test_undo_relation);
  ADD ("undo-limit", test_undo_limit);
  ADD ("list-follows", test_list_follows);
  ADD ("save-failed", test_save_failed);
  ADD ("save-failed/read-only", test_save_read_only);
  ADD ("dispose-flushes", test_dispose_flushes);
  ADD ("notify", test_notify);
  ADD ("assign", test_assign);

#undef ADD

  return g_test_run ();
}
