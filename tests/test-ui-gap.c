/* test-ui-gap.c: the gap analysis page (ui/azqf-gap-page.c, ui/azqf-gap-matrix.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page on the sample's bachelor programme TS-0714-06-01 (EQF 3 of 4
 * elements covered, QF-EHEA 4 of 5; eqf:L6.A.2 has a suggestion from PO.A3,
 * qfehea:FC.5 a pending link from PO.A3). Decisions go through the page's
 * actions and buttons as a user's clicks do; the standard, the store and
 * the report are checked afterwards.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "model/azqf-finding.h"
#include "model/azqf-link.h"
#include "model/azqf-outcome.h"
#include "model/azqf-standard.h"
#include "ui/azqf-gap-matrix.h"
#include "ui/azqf-gap-page.h"
#include "ui-fixture.h"

#define CODE "TS-0714-06-01"

typedef struct
{
  UiFixture       ui;
  AzqfFrameworks *frameworks;
  AzqfLinter     *linter;
  GtkWidget      *page;
  GtkWidget      *window;
} Fixture;

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  ui_fixture_set_up (&f->ui, CODE);
  f->frameworks = azqf_frameworks_load (f->ui.store, &error);
  g_assert_no_error (error);
  f->linter = azqf_linter_new (&error);
  g_assert_no_error (error);
  f->page = g_object_ref_sink (g_object_new (AZQF_TYPE_GAP_PAGE,
                                             "frameworks", f->frameworks,
                                             "linter", f->linter,
                                             "document", f->ui.document,
                                             NULL));
  f->window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (f->window), f->page);
  gtk_window_present (GTK_WINDOW (f->window));
  while (!gtk_widget_get_mapped (f->page))
    g_main_context_iteration (NULL, TRUE);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  ui_flush_main_loop ();
  g_assert_finalize_object (f->page);
  g_assert_finalize_object (f->linter);
  g_assert_finalize_object (f->frameworks);
  ui_fixture_tear_down (&f->ui);
}

static AzqfGapReport *
get_report (Fixture *f)
{
  AzqfGapReport *report = azqf_gap_page_get_report (AZQF_GAP_PAGE (f->page));

  g_assert_nonnull (report);
  return report;
}

/* Gaps that need the author (warnings and errors), not notes. */
static guint
count_gaps (AzqfGapReport *report)
{
  GPtrArray *gaps = azqf_gap_report_get_gaps (report);
  guint n = 0;

  for (guint i = 0; i < gaps->len; i++)
    n += azqf_finding_get_severity (g_ptr_array_index (gaps, i)) != AZQF_SEVERITY_INFO;
  return n;
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

/* The accessible name of the first widget whose name starts with prefix. */
static char *
find_name_with_prefix (GtkWidget  *root,
                       const char *prefix)
{
  GtkAccessibleRole role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (root));

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      char *found = find_name_with_prefix (child, prefix);

      if (found != NULL)
        return found;
    }
  if (role == GTK_ACCESSIBLE_ROLE_GROUP && gtk_widget_has_css_class (root, "gap-score"))
    {
      g_autofree char *expected = NULL;

      /* gtk_test_accessible_check_property returns the value it found when it differs. */
      expected = gtk_test_accessible_check_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL, "");
      if (expected != NULL && g_str_has_prefix (expected, prefix))
        return g_steal_pointer (&expected);
    }
  return NULL;
}

static const char *
ui_get_card_name (GtkWidget  *page,
                  const char *prefix)
{
  static char *name;

  g_clear_pointer (&name, g_free);
  name = find_name_with_prefix (page, prefix);
  if (name == NULL)
    g_error ("no score card named \"%s…\"", prefix);
  return name;
}

static AzqfLink *
find_link (AzqfStandard *standard,
           const char   *outcome_code,
           const char   *element)
{
  AzqfOutcome *outcome = azqf_standard_find_outcome (standard, outcome_code, NULL);

  g_assert_nonnull (outcome);
  return azqf_outcome_find_link (outcome, element);
}

static void
test_shows_report (Fixture       *f,
                   gconstpointer  data)
{
  AzqfGapReport *report = get_report (f);
  GPtrArray *gaps = azqf_gap_report_get_gaps (report);

  g_assert_cmpstr (azqf_gap_report_get_standard_code (report), ==, CODE);
  g_assert_cmpfloat_with_epsilon (azqf_gap_report_get_score (report, "eqf"), 0.75, 1e-9);
  g_assert_cmpfloat_with_epsilon (azqf_gap_report_get_score (report, "qfehea"), 0.80, 1e-9);
  g_assert_cmpuint (count_gaps (report), ==, 2);

  /* A card per framework, named with its score. */
  ui_get_by_name (f->page, "EQF: 75%, 3 of 4 elements covered");
  ui_get_by_name (f->page, "QF-EHEA: 80%, 4 of 5 elements covered");
  ui_get_by_name (f->page, "AzQF: —, Level 6 text not loaded");

  /* One row per gap, the suggestions with their buttons, the matrix. */
  g_assert_cmpuint (count_children (ui_get_by_name (f->page, "Gaps")), ==, gaps->len);
  g_assert_cmpuint (count_children (ui_get_by_name (f->page, "Suggested links")), ==, 2);
  ui_get_by_name (f->page, "Confirm link PO.A3 → eqf:L6.A.2");
  ui_get_by_name (f->page, "Reject link PO.A3 → eqf:L6.A.2");
  ui_get_by_name (f->page, "Confirm link PO.A3 → qfehea:FC.5");
  ui_get_by_name (f->page, "Save Report…");
  ui_get_by_name (f->page, "PO.K2, eqf:L6.K.1: covers");
  ui_get_by_name (f->page, "PO.A1, eqf:L6.A.1: covers partly");
  ui_get_by_name (f->page, "PO.A3, eqf:L6.A.2: suggested link");
  ui_get_by_name (f->page, "PO.A3, qfehea:FC.5: pending link, to confirm or reject");
  ui_get_by_name (f->page, "PO.K1, eqf:L6.K.1: no link");

  /* The lint summary is there, one row. */
  g_assert_nonnull (azqf_gap_report_get_lint_findings (report));
  g_assert_cmpuint (count_children (ui_get_by_name (f->page, "Wording findings")), ==, 1);
}

static void
test_confirm (Fixture       *f,
              gconstpointer  data)
{
  AzqfStandard *standard = azqf_document_get_standard (f->ui.document);
  g_autoptr(AzqfStandard) stored = NULL;
  g_autoptr(GError) error = NULL;
  AzqfGapReport *before = get_report (f);
  guint gaps = count_gaps (before);
  AzqfLink *link;

  g_assert_null (find_link (standard, "PO.A3", "eqf:L6.A.2"));

  /* Through the action, as the button does. */
  g_assert_true (gtk_widget_activate_action (f->page, "gap.confirm-link", "(ss)", "PO.A3", "eqf:L6.A.2"));
  link = find_link (standard, "PO.A3", "eqf:L6.A.2");
  g_assert_nonnull (link);
  g_assert_cmpint (azqf_link_get_state (link), ==, AZQF_LINK_STATE_CONFIRMED);
  g_assert_cmpint (azqf_link_get_link_type (link), ==, AZQF_LINK_COVERS);

  /* The page answered at once: the gap is closed, the score up. */
  g_assert_true (get_report (f) != before);
  g_assert_cmpuint (count_gaps (get_report (f)), ==, gaps - 1);
  g_assert_cmpfloat_with_epsilon (azqf_gap_report_get_score (get_report (f), "eqf"), 1.0, 1e-9);
  g_assert_null (ui_find_by_name (f->page, "Confirm link PO.A3 → eqf:L6.A.2"));
  ui_get_by_name (f->page, "EQF: 100%, 4 of 4 elements covered");
  ui_get_by_name (f->page, "PO.A3, eqf:L6.A.2: covers");

  /* The pending link, through its button; it keeps its proposed type. */
  g_signal_emit_by_name (ui_get_by_name (f->page, "Confirm link PO.A3 → qfehea:FC.5"), "clicked");
  link = find_link (standard, "PO.A3", "qfehea:FC.5");
  g_assert_cmpint (azqf_link_get_state (link), ==, AZQF_LINK_STATE_CONFIRMED);
  g_assert_cmpuint (count_gaps (get_report (f)), ==, gaps - 2);
  g_assert_cmpuint (count_children (ui_get_by_name (f->page, "Suggested links")), ==, 1);
  ui_get_by_name (f->page, "QF-EHEA: 100%, 5 of 5 elements covered");

  /* The document saved the decisions. */
  ui_wait_for_save (f->ui.document);
  stored = azqf_store_load_standard (f->ui.store, CODE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (azqf_link_get_state (find_link (stored, "PO.A3", "eqf:L6.A.2")), ==,
                   AZQF_LINK_STATE_CONFIRMED);
  g_assert_cmpint (azqf_link_get_state (find_link (stored, "PO.A3", "qfehea:FC.5")), ==,
                   AZQF_LINK_STATE_CONFIRMED);
}

static void
test_reject (Fixture       *f,
             gconstpointer  data)
{
  AzqfStandard *standard = azqf_document_get_standard (f->ui.document);
  guint gaps = count_gaps (get_report (f));

  g_signal_emit_by_name (ui_get_by_name (f->page, "Reject link PO.A3 → eqf:L6.A.2"), "clicked");
  g_assert_cmpint (azqf_link_get_state (find_link (standard, "PO.A3", "eqf:L6.A.2")), ==,
                   AZQF_LINK_STATE_REJECTED);

  /* Still a gap, but the suggestion is not offered again. */
  g_assert_cmpuint (count_gaps (get_report (f)), ==, gaps);
  g_assert_null (ui_find_by_name (f->page, "Confirm link PO.A3 → eqf:L6.A.2"));
  g_assert_null (ui_find_by_name (f->page, "PO.A3, eqf:L6.A.2: suggested link"));
  ui_get_by_name (f->page, "PO.A3, eqf:L6.A.2: no link");

  /* An author's own link cannot be rejected: the standard stays as it is. */
  g_assert_true (gtk_widget_activate_action (f->page, "gap.reject-link", "(ss)", "PO.K2", "eqf:L6.K.1"));
  g_assert_cmpint (azqf_link_get_state (find_link (standard, "PO.K2", "eqf:L6.K.1")), ==,
                   AZQF_LINK_STATE_CONFIRMED);
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static gboolean
fail_cb (gpointer data)
{
  g_error ("timed out waiting for the page to refresh");
  return G_SOURCE_REMOVE;
}

static void
wait_for_report (Fixture *f,
                 guint   *count)
{
  guint timeout = g_timeout_add_seconds (10, fail_cb, NULL);

  while (*count == 0)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
}

/* An edit of the standard elsewhere (the outcomes page) refreshes the page
 * once typing stops, not at each keystroke. */
static void
test_debounce (Fixture       *f,
               gconstpointer  data)
{
  AzqfStandard *standard = azqf_document_get_standard (f->ui.document);
  g_autoptr(AzqfLink) link = NULL;
  g_autoptr(GError) error = NULL;
  guint notified = 0;
  gint64 start;

  g_signal_connect (f->page, "notify::report", G_CALLBACK (notify_cb), &notified);

  link = azqf_link_new ("eqf:L6.A.2", AZQF_LINK_PARTIAL, AZQF_LINK_SOURCE_AUTHOR,
                        AZQF_LINK_STATE_CONFIRMED, &error);
  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  g_assert_true (azqf_outcome_add_link (azqf_standard_find_outcome (standard, "PO.A2", NULL), link, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (notified, ==, 0);

  wait_for_report (f, &notified);
  g_assert_cmpint (g_get_monotonic_time () - start, >=, (AZQF_GAP_PAGE_REFRESH_DELAY_MS - 50) * 1000);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpint (azqf_gap_report_get_cell (get_report (f), 3, 10), ==, AZQF_LINK_PARTIAL);
  ui_get_by_name (f->page, "PO.A2, eqf:L6.A.2: covers partly");
}

/* Hidden (another page of the standard is shown), the page only notes an
 * edit, and catches up when it is shown again. */
static void
test_hidden (Fixture       *f,
             gconstpointer  data)
{
  AzqfStandard *standard = azqf_document_get_standard (f->ui.document);
  AzqfGapReport *before = get_report (f);
  g_autoptr(AzqfLink) link = NULL;
  g_autoptr(GError) error = NULL;
  guint notified = 0;
  gint64 until;

  g_signal_connect (f->page, "notify::report", G_CALLBACK (notify_cb), &notified);
  gtk_widget_set_visible (f->page, FALSE);
  g_assert_false (gtk_widget_get_mapped (f->page));

  link = azqf_link_new ("eqf:L6.A.2", AZQF_LINK_COVERS, AZQF_LINK_SOURCE_AUTHOR,
                        AZQF_LINK_STATE_CONFIRMED, &error);
  g_assert_no_error (error);
  g_assert_true (azqf_outcome_add_link (azqf_standard_find_outcome (standard, "PO.A2", NULL), link, &error));

  until = g_get_monotonic_time () + (AZQF_GAP_PAGE_REFRESH_DELAY_MS + 300) * 1000;
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (notified, ==, 0);
  g_assert_true (get_report (f) == before);

  gtk_widget_set_visible (f->page, TRUE);
  g_assert_true (gtk_widget_get_mapped (f->page));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpint (azqf_gap_report_get_cell (get_report (f), 3, 10), ==, AZQF_LINK_COVERS);
  ui_get_by_name (f->page, "PO.A2, eqf:L6.A.2: covers");

  /* A standard opened while the page is hidden is analysed when shown. */
  gtk_widget_set_visible (f->page, FALSE);
  g_object_set (f->page, "document", NULL, NULL);
  g_object_set (f->page, "document", f->ui.document, NULL);
  g_assert_null (azqf_gap_page_get_report (AZQF_GAP_PAGE (f->page)));
  gtk_widget_set_visible (f->page, TRUE);
  g_assert_nonnull (azqf_gap_page_get_report (AZQF_GAP_PAGE (f->page)));
  ui_get_by_name (f->page, "PO.A2, eqf:L6.A.2: covers");
}

/* Undo restores the standard into the same object and emits "reloaded":
 * the gap is back. */
static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint gaps = count_gaps (get_report (f));

  g_assert_true (gtk_widget_activate_action (f->page, "gap.confirm-link", "(ss)", "PO.A3", "eqf:L6.A.2"));
  g_assert_cmpuint (count_gaps (get_report (f)), ==, gaps - 1);
  ui_wait_for_save (f->ui.document);

  g_assert_true (azqf_document_undo (f->ui.document, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_gaps (get_report (f)), ==, gaps);
  ui_get_by_name (f->page, "Confirm link PO.A3 → eqf:L6.A.2");
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} SaveResult;

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  SaveResult *save = user_data;

  save->ok = azqf_gap_page_save_report_finish (AZQF_GAP_PAGE (object), result, &save->error);
  save->done = TRUE;
}

static void
save_report (Fixture    *f,
             GFile      *file,
             SaveResult *save)
{
  *save = (SaveResult) { FALSE, FALSE, NULL };
  azqf_gap_page_save_report_async (AZQF_GAP_PAGE (f->page), file, NULL, saved_cb, save);
  while (!save->done)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_save_report (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->ui.dir, "report.html", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent-azqf/report.html");
  g_autofree char *contents = NULL;
  SaveResult save;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  save_report (f, file, &save);
  g_assert_no_error (save.error);
  g_assert_true (save.ok);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<html"));
  g_assert_nonnull (strstr (contents, CODE));
  g_assert_nonnull (strstr (contents, "eqf:L6.A.2"));

  /* A folder that does not exist: an error, no file. */
  save_report (f, missing, &save);
  g_assert_false (save.ok);
  g_assert_nonnull (save.error);
  g_clear_error (&save.error);
  g_assert_false (g_file_test ("/nonexistent-azqf/report.html", G_FILE_TEST_EXISTS));
  g_unlink (path);
}

/* A level whose AzQF text is partial, and a working translation: labelled,
 * never shown as the official text. */
static void
test_working_text (Fixture       *f,
                   gconstpointer  data)
{
  AzqfStandard *standard = azqf_document_get_standard (f->ui.document);
  AzqfDescriptor *descriptor = azqf_frameworks_lookup (f->frameworks, "azqf:L1.K.1");
  g_autofree char *official = NULL;
  g_autofree char *working = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (descriptor);
  g_assert_cmpint (azqf_descriptor_get_provenance (descriptor, AZQF_LANG_AZ), ==, AZQF_PROVENANCE_OFFICIAL);
  g_assert_cmpint (azqf_descriptor_get_provenance (descriptor, AZQF_LANG_EN), ==, AZQF_PROVENANCE_WORKING);
  official = azqf_gap_matrix_describe_element (descriptor, AZQF_LANG_AZ);
  working = azqf_gap_matrix_describe_element (descriptor, AZQF_LANG_EN);
  g_assert_null (strstr (official, "Working text"));
  g_strdelimit (official, "\n", ' ');  /* wrapped for the tooltip */
  g_assert_nonnull (strstr (official, azqf_descriptor_get_text (descriptor, AZQF_LANG_AZ)));
  g_assert_nonnull (strstr (working, "Working text, not the official wording"));

  /* At level 1 the AzQF text is analysed, and its card says it is incomplete. */
  g_assert_true (azqf_standard_set_level (standard, 1, &error));
  g_assert_no_error (error);
  azqf_gap_page_refresh (AZQF_GAP_PAGE (f->page));
  g_assert_cmpfloat (azqf_gap_report_get_score (get_report (f), "azqf"), >=, 0.0);
  g_assert_nonnull (ui_find_by_name (f->page, "QF-EHEA: —, No level 1 in this framework"));
  g_assert_true (g_str_has_suffix (ui_get_card_name (f->page, "AzQF: "), ", Incomplete in the source"));
}

static void
test_no_document (Fixture       *f,
                  gconstpointer  data)
{
  guint notified = 0;

  g_signal_connect (f->page, "notify::report", G_CALLBACK (notify_cb), &notified);
  g_object_set (f->page, "document", NULL, NULL);
  g_assert_null (azqf_gap_page_get_report (AZQF_GAP_PAGE (f->page)));
  g_assert_cmpuint (notified, ==, 1);
  gtk_widget_activate_action (f->page, "gap.confirm-link", "(ss)", "PO.A3", "eqf:L6.A.2");
  g_assert_null (find_link (azqf_document_get_standard (f->ui.document), "PO.A3", "eqf:L6.A.2"));

  /* Setting the same document again does not notify. */
  g_signal_connect (f->page, "notify::document", G_CALLBACK (notify_cb), &notified);
  g_object_set (f->page, "document", f->ui.document, NULL);
  g_assert_cmpuint (notified, ==, 3);
  g_object_set (f->page, "document", f->ui.document, NULL);
  g_assert_cmpuint (notified, ==, 3);
  g_assert_nonnull (azqf_gap_page_get_report (AZQF_GAP_PAGE (f->page)));
}

int
main (int    argc,
      char **argv)
{
  ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/ui/gap/" path, Fixture, NULL, set_up, func, tear_down)

  ADD ("shows-report", test_shows_report);
  ADD ("confirm", test_confirm);
  ADD ("reject", test_reject);
  ADD ("debounce", test_debounce);
  ADD ("hidden", test_hidden);
  ADD ("undo", test_undo);
  ADD ("save-report", test_save_report);
  ADD ("working-text", test_working_text);
  ADD ("no-document", test_no_document);

  return g_test_run ();
}
