/* test-ui-overview.c: the Overview page (ui/azqf-overview-page.c) edits the
 * standard through its rows, validates inline, and follows undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case builds the page over a fresh sample workspace, finds its rows by
 * accessible name (as a screen reader or the end-to-end tests do), types into
 * them, and checks the AzqfStandard and, after the autosave, the store.
 */

#include "config.h"

#include <adwaita.h>

#include "model/azqf-standard.h"
#include "model/azqf-value.h"
#include "ui/azqf-overview-page.h"
#include "ui-fixture.h"

#define SAMPLE_PS "PS-2411-01"      /* Mühasib / Accountant, occupational, level 6, ISCO 2411 */
#define SAMPLE_TS "TS-0714-06-01"   /* educational, 240 ECTS */

typedef struct
{
  UiFixture  ui;
  GtkWidget *page;
} Fixture;

static AzqfStandard *
standard_of (Fixture *f)
{
  return azqf_document_get_standard (f->ui.document);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ui_fixture_set_up (&f->ui, data != NULL ? data : SAMPLE_PS);
  f->page = g_object_ref_sink (g_object_new (AZQF_TYPE_OVERVIEW_PAGE,
                                             "document", f->ui.document,
                                             NULL));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_object_set (f->page, "document", NULL, NULL);
  g_assert_finalize_object (f->page);
  ui_fixture_tear_down (&f->ui);
}

static AzqfStandard *
load_saved (Fixture    *f,
            const char *code)
{
  g_autoptr(GError) error = NULL;
  AzqfStandard *standard = azqf_store_load_standard (f->ui.store, code, &error);

  g_assert_no_error (error);
  return standard;
}

/* The accessible description of a row: the message shown under it. */
static void
assert_message (GtkWidget  *row,
                const char *expected)
{
  g_autofree char *mismatch =
    gtk_test_accessible_check_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                        expected);

  if (mismatch != NULL)
    g_error ("message under the row: \"%s\", expected \"%s\"", mismatch, expected);
}

/* The page shows what the standard holds. */
static void
test_shows_standard (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *page = f->page;
  const char *names[] = { "Summary (Azerbaijani)", "Summary (English)", "Sector (Azerbaijani)",
                          "Sector (English)", "Awarding Body (Azerbaijani)",
                          "Awarding Body (English)", "Approving Body (Azerbaijani)",
                          "Approving Body (English)", "ISCED-F Code", "ECTS Credits", "Duration",
                          "Decision Number", "Review Date" };

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_get_by_role (page, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Code"))), ==, SAMPLE_PS);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_get_by_role (page, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Title (Azerbaijani)"))),
                   ==, "Mühasib");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_get_by_role (page, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Title (English)"))),
                   ==, "Accountant");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (ui_get_by_role (page, GTK_ACCESSIBLE_ROLE_COMBO_BOX, "Level"))), ==, 6);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (ui_get_by_role (page, GTK_ACCESSIBLE_ROLE_COMBO_BOX, "Kind"))),
                    ==, AZQF_KIND_OCCUPATIONAL);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (ui_get_by_role (page, GTK_ACCESSIBLE_ROLE_COMBO_BOX, "Status"))),
                    ==, AZQF_STATUS_IN_REVIEW);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (ui_get_by_role (page, GTK_ACCESSIBLE_ROLE_SPIN_BUTTON, "Version"))),
                   ==, 2);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_get_by_role (page, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Decision Date"))),
                   ==, "2024-05-22");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_get_by_role (page, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "ISCO-08 Code"))),
                   ==, "2411");
  /* The derived EQF level and QF-EHEA cycle */
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (ui_get_by_role (page, GTK_ACCESSIBLE_ROLE_COMBO_BOX, "Level"))),
                            "EQF level 6"));
  /* Every field has a name, said once */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_nonnull (ui_find_by_role (page, g_str_equal (names[i], "ECTS Credits")
                                             ? GTK_ACCESSIBLE_ROLE_SPIN_BUTTON
                                             : GTK_ACCESSIBLE_ROLE_TEXT_BOX,
                                       names[i]));
  ui_assert_single_names (page);
}

/* Typing into a row changes the standard at once, and the store after the
 * autosave. */
static void
test_edit_title (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *row = ui_get_by_role (f->page, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Title (English)");
  g_autoptr(AzqfStandard) saved = NULL;

  gtk_editable_set_text (GTK_EDITABLE (row), "Senior Accountant");
  g_assert_cmpstr (azqf_standard_get_text (standard_of (f), AZQF_STANDARD_TITLE, AZQF_LANG_EN),
                   ==, "Senior Accountant");
  g_assert_false (azqf_document_get_saved (f->ui.document));

  ui_wait_for_save (f->ui.document);
  saved = load_saved (f, SAMPLE_PS);
  g_assert_cmpstr (azqf_standard_get_text (saved, AZQF_STANDARD_TITLE, AZQF_LANG_EN),
                   ==, "Senior Accountant");
}

static void
test_edit_summary (Fixture       *f,
                   gconstpointer  data)
{
  GtkTextView *view = GTK_TEXT_VIEW (ui_get_by_role (f->page, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Summary (English)"));
  g_autoptr(AzqfStandard) saved = NULL;

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), "Keeps the books.\nAnd more.", -1);
  g_assert_cmpstr (azqf_standard_get_text (standard_of (f), AZQF_STANDARD_SUMMARY, AZQF_LANG_EN),
                   ==, "Keeps the books.\nAnd more.");
  ui_wait_for_save (f->ui.document);
  saved = load_saved (f, SAMPLE_PS);
  g_assert_cmpstr (azqf_standard_get_text (saved, AZQF_STANDARD_SUMMARY, AZQF_LANG_EN),
                   ==, "Keeps the books.\nAnd more.");
}

/* An invalid code: the message shows under the row, the user's text stays,
 * the standard keeps its code; a valid one clears the message. */
static void
test_invalid_code (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *row = ui_get_by_role (f->page, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Code");
  g_autoptr(GError) expected = NULL;
  g_autoptr(AzqfStandard) saved = NULL;

  g_assert_false (azqf_value_check_standard_code ("PS 2411", &expected));

  gtk_editable_set_text (GTK_EDITABLE (row), "PS 2411");
  g_assert_cmpstr (azqf_standard_get_code (standard_of (f)), ==, SAMPLE_PS);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "PS 2411");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  assert_message (row, expected->message);
  g_assert_true (azqf_document_get_saved (f->ui.document));

  gtk_editable_set_text (GTK_EDITABLE (row), "");
  g_assert_cmpstr (azqf_standard_get_code (standard_of (f)), ==, SAMPLE_PS);
  g_assert_true (gtk_widget_has_css_class (row, "error"));

  gtk_editable_set_text (GTK_EDITABLE (row), "PS-2411-07");
  g_assert_cmpstr (azqf_standard_get_code (standard_of (f)), ==, "PS-2411-07");
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  assert_message (row, "");

  ui_wait_for_save (f->ui.document);
  saved = load_saved (f, "PS-2411-07");
  g_assert_cmpstr (azqf_standard_get_uuid (saved), ==, azqf_standard_get_uuid (standard_of (f)));
}

/* Types text at the end of the field, as a user does. (gtk_editable_set_text
 * is a deletion then an insertion: the field is empty in between, which an
 * optional field accepts.) */
static void
type_at_end (GtkWidget  *editable,
             const char *text)
{
  int position = -1;

  gtk_editable_insert_text (GTK_EDITABLE (editable), text, -1, &position);
}

static gboolean
give_up_cb (gpointer data)
{
  g_error ("timed out waiting for the save to fail");
  return G_SOURCE_REMOVE;
}

/* A code another standard of the workspace has: the setter takes it (it
 * cannot know), the save refuses it, and the message shows under the row. */
static void
test_code_taken (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *row = ui_get_by_role (f->page, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Code");
  g_autoptr(AzqfStandard) saved = NULL;
  guint timeout;

  gtk_editable_set_text (GTK_EDITABLE (row), SAMPLE_TS);
  g_assert_cmpstr (azqf_standard_get_code (standard_of (f)), ==, SAMPLE_TS);
  g_assert_false (gtk_widget_has_css_class (row, "error"));

  timeout = g_timeout_add_seconds (10, give_up_cb, NULL);
  while (!gtk_widget_has_css_class (row, "error"))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
  assert_message (row, azqf_document_get_error (f->ui.document)->message);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, SAMPLE_TS);

  /* Fixed in place: the message goes, the save goes through */
  type_at_end (row, "-B");
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  ui_wait_for_save (f->ui.document);
  saved = load_saved (f, SAMPLE_TS "-B");
  g_assert_cmpstr (azqf_standard_get_uuid (saved), ==, azqf_standard_get_uuid (standard_of (f)));
  g_assert_false (gtk_widget_has_css_class (row, "error"));
}

/* An invalid date and an unknown ISCO code leave the standard as it was; a
 * known code shows its occupation under the row. */
static void
test_checked_fields (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *date = ui_get_by_role (f->page, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Review Date");
  GtkWidget *isco = ui_get_by_role (f->page, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "ISCO-08 Code");
  g_autoptr(GError) expected = NULL;
  char *described;

  assert_message (date, "");
  type_at_end (date, "7");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date)), ==, "2029-05-227");
  g_assert_cmpstr (azqf_standard_get_review_date (standard_of (f)), ==, "2029-05-22");
  g_assert_false (azqf_value_check_date ("2029-05-227", &expected));
  assert_message (date, expected->message);
  g_assert_true (gtk_widget_has_css_class (date, "error"));
  g_clear_error (&expected);

  gtk_editable_set_text (GTK_EDITABLE (date), "2030-01-31");
  g_assert_cmpstr (azqf_standard_get_review_date (standard_of (f)), ==, "2030-01-31");
  assert_message (date, "");
  g_assert_false (gtk_widget_has_css_class (date, "error"));

  /* Empty clears it, and the expected form shows */
  gtk_editable_set_text (GTK_EDITABLE (date), "");
  g_assert_null (azqf_standard_get_review_date (standard_of (f)));
  assert_message (date, "YYYY-MM-DD");

  /* 2411 Accountants: its title under the row (the check returns the
   * description it found, to be freed, because it is not empty) */
  described = gtk_test_accessible_check_property (GTK_ACCESSIBLE (isco),
                                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "");
  g_assert_nonnull (described);
  g_clear_pointer (&described, g_free);
  type_at_end (isco, "9");
  g_assert_cmpstr (azqf_standard_get_isco08 (standard_of (f)), ==, "2411");
  g_assert_true (gtk_widget_has_css_class (isco, "error"));

  gtk_editable_set_text (GTK_EDITABLE (isco), "9999");
  g_assert_true (gtk_widget_has_css_class (isco, "error"));
  g_assert_false (azqf_value_check_isco08 ("9999", &expected));
  assert_message (isco, expected->message);

  gtk_editable_set_text (GTK_EDITABLE (isco), "5120");
  g_assert_cmpstr (azqf_standard_get_isco08 (standard_of (f)), ==, "5120");
  g_assert_false (gtk_widget_has_css_class (isco, "error"));
}

/* Combo rows and spin buttons write through their setters. */
static void
test_combos_and_spins (Fixture       *f,
                       gconstpointer  data)
{
  AdwComboRow *level = ADW_COMBO_ROW (ui_get_by_role (f->page, GTK_ACCESSIBLE_ROLE_COMBO_BOX, "Level"));
  AdwComboRow *kind = ADW_COMBO_ROW (ui_get_by_role (f->page, GTK_ACCESSIBLE_ROLE_COMBO_BOX, "Kind"));
  AdwComboRow *status = ADW_COMBO_ROW (ui_get_by_role (f->page, GTK_ACCESSIBLE_ROLE_COMBO_BOX, "Status"));
  GtkSpinButton *version = GTK_SPIN_BUTTON (ui_get_by_role (f->page, GTK_ACCESSIBLE_ROLE_SPIN_BUTTON, "Version"));
  GtkSpinButton *ects = GTK_SPIN_BUTTON (ui_get_by_role (f->page, GTK_ACCESSIBLE_ROLE_SPIN_BUTTON, "ECTS Credits"));
  GtkWidget *ects_row = gtk_widget_get_ancestor (GTK_WIDGET (ects), ADW_TYPE_ACTION_ROW);
  g_autoptr(AzqfStandard) saved = NULL;

  adw_combo_row_set_selected (level, 5);
  g_assert_cmpuint (azqf_standard_get_level (standard_of (f)), ==, 5);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (level)), "EQF level 5"));
  adw_combo_row_set_selected (status, AZQF_STATUS_APPROVED);
  g_assert_cmpint (azqf_standard_get_status (standard_of (f)), ==, AZQF_STATUS_APPROVED);
  gtk_spin_button_set_value (version, 3);
  g_assert_cmpuint (azqf_standard_get_version (standard_of (f)), ==, 3);

  /* An occupational standard has no credits: the row hides until the kind
   * is one that has. */
  g_assert_false (gtk_widget_get_visible (ects_row));
  adw_combo_row_set_selected (kind, AZQF_KIND_QUALIFICATION);
  g_assert_cmpint (azqf_standard_get_kind (standard_of (f)), ==, AZQF_KIND_QUALIFICATION);
  g_assert_true (gtk_widget_get_visible (ects_row));

  /* Empty means unset */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ects)), ==, "");
  gtk_editable_set_text (GTK_EDITABLE (ects), "7,5");
  gtk_spin_button_update (ects);
  g_assert_cmpfloat (azqf_standard_get_ects_credits (standard_of (f)), ==, 7.5);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ects)), ==, "7.5");

  ui_wait_for_save (f->ui.document);
  saved = load_saved (f, SAMPLE_PS);
  g_assert_cmpuint (azqf_standard_get_level (saved), ==, 5);
  g_assert_cmpint (azqf_standard_get_kind (saved), ==, AZQF_KIND_QUALIFICATION);
  g_assert_cmpfloat (azqf_standard_get_ects_credits (saved), ==, 7.5);

  gtk_editable_set_text (GTK_EDITABLE (ects), "");
  gtk_spin_button_update (ects);
  g_assert_cmpfloat (azqf_standard_get_ects_credits (standard_of (f)), <, 0);
}

/* An educational standard: credits shown, no ISCO-08 row (it has no code). */
static void
test_educational (Fixture       *f,
                  gconstpointer  data)
{
  GtkSpinButton *ects = GTK_SPIN_BUTTON (ui_get_by_role (f->page, GTK_ACCESSIBLE_ROLE_SPIN_BUTTON, "ECTS Credits"));

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ects)), ==, "240");
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_ancestor (GTK_WIDGET (ects), ADW_TYPE_ACTION_ROW)));
  g_assert_false (gtk_widget_get_visible (ui_get_by_role (f->page, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "ISCO-08 Code")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_get_by_role (f->page, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Duration"))), ==, "P4Y");
}

/* Undo puts the old title back into the row; a change made elsewhere shows
 * too, and the page's own refresh writes nothing back. */
static void
test_undo_refreshes (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *title = ui_get_by_role (f->page, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Title (English)");
  GtkWidget *code = ui_get_by_role (f->page, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Code");
  g_autoptr(GError) error = NULL;

  gtk_editable_set_text (GTK_EDITABLE (title), "Bookkeeper");
  ui_wait_for_save (f->ui.document);
  /* An invalid code typed meanwhile is dropped by undo: the field shows the
   * standard's code again. */
  gtk_editable_set_text (GTK_EDITABLE (code), "bad code");
  g_assert_true (gtk_widget_has_css_class (code, "error"));

  g_assert_true (azqf_document_undo (f->ui.document, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Accountant");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (code)), ==, SAMPLE_PS);
  g_assert_false (gtk_widget_has_css_class (code, "error"));

  g_assert_true (azqf_document_redo (f->ui.document, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Bookkeeper");

  azqf_standard_set_text (standard_of (f), AZQF_STANDARD_TITLE, AZQF_LANG_AZ, "Baş mühasib");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_get_by_role (f->page, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Title (Azerbaijani)"))),
                   ==, "Baş mühasib");
  g_assert_true (azqf_standard_set_level (standard_of (f), 7, NULL));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (ui_get_by_role (f->page, GTK_ACCESSIBLE_ROLE_COMBO_BOX, "Level"))), ==, 7);
  g_assert_cmpuint (azqf_standard_get_level (standard_of (f)), ==, 7);
}

/* A workspace opened read-only: the fields show the standard and take no edits. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfStore) store = azqf_store_open (azqf_store_get_path (f->ui.store),
                                                AZQF_STORE_OPEN_READ_ONLY, &error);
  g_autoptr(AzqfStandard) standard = NULL;
  g_autoptr(AzqfDocument) document = NULL;
  GtkWidget *page;
  GtkWidget *code;

  g_assert_no_error (error);
  standard = azqf_store_load_standard (store, SAMPLE_PS, &error);
  g_assert_no_error (error);
  document = azqf_document_new (store, standard);
  page = g_object_ref_sink (g_object_new (AZQF_TYPE_OVERVIEW_PAGE, "document", document, NULL));

  code = ui_get_by_role (page, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Code");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (code)), ==, SAMPLE_PS);
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (code)));
  g_assert_false (gtk_widget_get_sensitive (ui_get_by_role (page, GTK_ACCESSIBLE_ROLE_COMBO_BOX, "Level")));
  g_assert_false (gtk_text_view_get_editable (GTK_TEXT_VIEW (ui_get_by_role (page, GTK_ACCESSIBLE_ROLE_TEXT_BOX,
                                                                            "Summary (English)"))));
  /* The page that shows the writable document again takes edits */
  g_object_set (page, "document", f->ui.document, NULL);
  g_assert_true (gtk_editable_get_editable (GTK_EDITABLE (code)));

  g_object_set (page, "document", NULL, NULL);
  g_assert_finalize_object (page);
  g_assert_finalize_object (g_steal_pointer (&document));
}

/* Without a document the page is empty and does nothing. */
static void
test_no_document (void)
{
  GtkWidget *page = g_object_ref_sink (g_object_new (AZQF_TYPE_OVERVIEW_PAGE, NULL));
  GtkWidget *code = ui_get_by_role (page, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Code");

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (code)), ==, "");
  gtk_editable_set_text (GTK_EDITABLE (code), "X-1");
  g_assert_finalize_object (page);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/azqf/ui-overview/no-document", test_no_document);
#define ADD(path, func, code) \
  g_test_add ("/azqf/ui-overview/" path, Fixture, code, fixture_set_up, func, fixture_tear_down)
  ADD ("shows-standard", test_shows_standard, SAMPLE_PS);
  ADD ("edit-title", test_edit_title, SAMPLE_PS);
  ADD ("edit-summary", test_edit_summary, SAMPLE_PS);
  ADD ("invalid-code", test_invalid_code, SAMPLE_PS);
  ADD ("checked-fields", test_checked_fields, SAMPLE_PS);
  ADD ("code-taken", test_code_taken, SAMPLE_PS);
  ADD ("combos-and-spins", test_combos_and_spins, SAMPLE_PS);
  ADD ("educational", test_educational, SAMPLE_TS);
  ADD ("undo-refreshes", test_undo_refreshes, SAMPLE_PS);
  ADD ("read-only", test_read_only, SAMPLE_PS);
#undef ADD

  return g_test_run ();
}
