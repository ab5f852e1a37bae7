/* test-ui-outcomes.c: the Outcomes page (ui/azqf-outcomes-page.c) shows the
 * units and outcomes in order, puts typing into the outcome at once, lints
 * after a pause, reorders, and follows undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case builds the page over a fresh sample workspace, finds its widgets
 * by accessible name (as a screen reader or the end-to-end tests do), types
 * into them or activates their actions, and checks the AzqfStandard.
 */

#include "config.h"

#include <adwaita.h>

#include "model/azqf-criterion.h"
#include "model/azqf-lint.h"
#include "model/azqf-standard.h"
#include "ui/azqf-outcome-row.h"
#include "ui/azqf-outcomes-page.h"
#include "ui/azqf-unit-group.h"
#include "ui-fixture.h"

#define SAMPLE_PS "PS-2411-01"      /* Mühasib / Accountant: 5 units, 16 outcomes */
#define SAMPLE_TS "TS-0714-06-01"   /* educational: 12 outcomes of its own, no criteria in units */
#define SAMPLE_KS "KS-5120-04-01"   /* Aşpaz / Cook, qualification: 3 units */

typedef struct
{
  UiFixture   ui;
  AzqfLinter *linter;
  GtkWidget  *window;
  GtkWidget  *page;
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
  g_autoptr (GError) error = NULL;

  ui_fixture_set_up (&f->ui, data != NULL ? data : SAMPLE_PS);
  f->linter = azqf_linter_new (&error);
  g_assert_no_error (error);
  f->page = g_object_ref_sink (g_object_new (AZQF_TYPE_OUTCOMES_PAGE,
                                             "linter", f->linter,
                                             "document", f->ui.document,
                                             NULL));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    {
      gtk_window_set_child (GTK_WINDOW (f->window), NULL);
      gtk_window_destroy (GTK_WINDOW (f->window));
      ui_flush_main_loop ();
    }
  g_object_set (f->page, "document", NULL, NULL);
  g_assert_finalize_object (f->page);
  g_assert_finalize_object (f->linter);
  ui_fixture_tear_down (&f->ui);
}

/* Puts the page in a window, for the cases about keyboard focus. */
static void
show_in_window (Fixture *f)
{
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 800);
  gtk_window_set_child (GTK_WINDOW (f->window), f->page);
  gtk_window_present (GTK_WINDOW (f->window));
  ui_flush_main_loop ();
}

static gboolean
done_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for ms milliseconds. */
static void
run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, done_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static char *
buffer_text (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Replaces the text of a view as typing would: through its buffer. */
static void
type_text (GtkWidget  *view,
           const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

static AzqfOutcomeRow *
row_of (GtkWidget *widget)
{
  return AZQF_OUTCOME_ROW (gtk_widget_get_ancestor (widget, AZQF_TYPE_OUTCOME_ROW));
}

/* How many badges of row name the rule rule_id. */
static guint
count_badges (AzqfOutcomeRow *row,
              const char     *rule_id)
{
  g_autoptr (GPtrArray) badges = azqf_outcome_row_get_badges (row);
  const char *name = azqf_linter_get_rule_name (rule_id);
  guint count = 0;

  for (guint i = 0; i < badges->len; i++)
    {
      GtkWidget *badge = g_ptr_array_index (badges, i);
      GtkWidget *label = gtk_menu_button_get_child (GTK_MENU_BUTTON (badge));

      g_assert_true (gtk_widget_has_css_class (badge, "lint-badge"));
      g_assert_true (gtk_widget_get_focusable (badge) || gtk_widget_get_first_child (badge) != NULL);
      if (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (label)), name))
        count++;
    }

  return count;
}

static char *
outcome_codes (GListModel *list)
{
  GString *codes = g_string_new (NULL);
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (AzqfOutcome) outcome = g_list_model_get_item (list, i);

      g_string_append_printf (codes, "%s%s", i > 0 ? " " : "", azqf_outcome_get_code (outcome));
    }

  return g_string_free (codes, FALSE);
}

#define assert_codes(list, expected) \
  G_STMT_START { \
    g_autofree char *codes_ = outcome_codes (list); \
    g_assert_cmpstr (codes_, ==, expected); \
  } G_STMT_END

/* One row per outcome, in the order of the standard, named for screen
 * readers, showing both texts. */
static void
test_rows (Fixture       *f,
           gconstpointer  data)
{
  AzqfStandard *standard = standard_of (f);
  g_autoptr (GPtrArray) rows = azqf_outcomes_page_collect_rows (AZQF_OUTCOMES_PAGE (f->page));
  g_autoptr (GPtrArray) outcomes = azqf_standard_collect_outcomes (standard);
  AzqfOutcome *first;
  GtkWidget *view;
  g_autofree char *az = NULL;
  g_autofree char *en = NULL;

  g_assert_cmpuint (rows->len, ==, 16);
  g_assert_cmpuint (rows->len, ==, outcomes->len);
  for (guint i = 0; i < rows->len; i++)
    g_assert_true (azqf_outcome_row_get_outcome (g_ptr_array_index (rows, i))
                   == g_ptr_array_index (outcomes, i));

  first = g_ptr_array_index (outcomes, 0);
  view = ui_get_by_name (f->page, "Outcome U1.K1, Azerbaijani text");
  az = buffer_text (view);
  g_assert_cmpstr (az, ==, azqf_outcome_get_text (first, AZQF_LANG_AZ));
  en = buffer_text (ui_get_by_name (f->page, "Outcome U1.K1, English text"));
  g_assert_cmpstr (en, ==, azqf_outcome_get_text (first, AZQF_LANG_EN));
  g_assert_true (gtk_widget_has_css_class (view, "outcome-text"));
  g_assert_cmpint (gtk_text_view_get_wrap_mode (GTK_TEXT_VIEW (view)), ==, GTK_WRAP_WORD_CHAR);

  ui_get_by_name (f->page, "Domain of outcome U5.A1");
  ui_get_by_name (f->page, "Move Outcome U2.S2 Up");
  ui_get_by_name (f->page, "Unit U3, English title");
  ui_get_by_name (f->page, "Add Unit");
  ui_get_by_name (f->page, "Add Outcome");
  ui_get_by_name (f->page, "Criterion 2 of outcome U1.S1, English text");

  /* Only the very first outcome cannot move up, only the very last down;
   * the others cross to the next unit at either end of theirs. */
  show_in_window (f);
  g_assert_false (gtk_widget_get_sensitive (ui_get_by_name (f->page, "Move Outcome U1.K1 Up")));
  g_assert_true (gtk_widget_get_sensitive (ui_get_by_name (f->page, "Move Outcome U1.K1 Down")));
  g_assert_true (gtk_widget_get_sensitive (ui_get_by_name (f->page, "Move Outcome U2.K1 Up")));
  g_assert_true (gtk_widget_get_sensitive (ui_get_by_name (f->page, "Move Outcome U1.A1 Down")));
  g_assert_false (gtk_widget_get_sensitive (ui_get_by_name (f->page, "Move Outcome U5.A1 Down")));
  g_assert_false (gtk_widget_get_sensitive (ui_get_by_name (f->page, "Move Unit U1 Up")));
  g_assert_true (gtk_widget_get_sensitive (ui_get_by_name (f->page, "Move Unit U1 Down")));
  g_assert_false (gtk_widget_get_sensitive (ui_get_by_name (f->page, "Move Unit U5 Down")));

  /* Every outcome of the sample accountant has both texts and criteria. */
  g_assert_cmpstr (azqf_outcomes_page_get_completeness (AZQF_OUTCOMES_PAGE (f->page)),
                   ==, "16 of 16 outcomes complete");
}

/* The educational sample: outcomes of the standard itself come first, and
 * the units' outcomes have no criteria yet. */
static void
test_completeness (Fixture       *f,
                   gconstpointer  data)
{
  AzqfStandard *standard = standard_of (f);
  g_autoptr (GPtrArray) rows = azqf_outcomes_page_collect_rows (AZQF_OUTCOMES_PAGE (f->page));
  AzqfOutcome *first = azqf_outcome_row_get_outcome (g_ptr_array_index (rows, 0));
  g_autofree char *before = g_strdup (azqf_outcomes_page_get_completeness (AZQF_OUTCOMES_PAGE (f->page)));
  g_autofree char *expected = NULL;

  g_assert_cmpuint (rows->len, ==, azqf_standard_count_outcomes (standard));
  g_assert_cmpstr (azqf_outcome_get_code (first), ==, "PO.K1");
  g_assert_nonnull (strstr (before, "without criteria"));

  /* Emptying an English text counts after the pause. */
  type_text (azqf_outcome_row_get_text_view (g_ptr_array_index (rows, 0), AZQF_LANG_EN), "");
  g_assert_cmpstr (azqf_outcomes_page_get_completeness (AZQF_OUTCOMES_PAGE (f->page)), ==, before);
  run_for (400);
  g_assert_nonnull (strstr (azqf_outcomes_page_get_completeness (AZQF_OUTCOMES_PAGE (f->page)),
                            "1 without English"));
  expected = g_strdup (azqf_outcomes_page_get_completeness (AZQF_OUTCOMES_PAGE (f->page)));
  g_assert_cmpstr (expected, !=, before);

  /* The standard's own outcomes are linted against its level: "izah edir"
   * (levels 2 to 6) gets a badge at level 8 at once. */
  g_assert_cmpuint (count_badges (g_ptr_array_index (rows, 0), "lint.verb-level"), ==, 0);
  g_assert_true (azqf_standard_set_level (standard, 8, NULL));
  g_assert_cmpuint (count_badges (g_ptr_array_index (rows, 0), "lint.verb-level"), >, 0);
}

/* Typing goes into the outcome at once, without rebuilding the row. */
static void
test_typing (Fixture       *f,
             gconstpointer  data)
{
  AzqfOutcome *outcome = azqf_standard_find_outcome (standard_of (f), "U1.S1", NULL);
  GtkWidget *view = ui_get_by_name (f->page, "Outcome U1.S1, Azerbaijani text");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter end;
  g_autofree char *expected = g_strconcat (azqf_outcome_get_text (outcome, AZQF_LANG_AZ), " Əlavə", NULL);

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, " Əlavə", -1);
  g_assert_cmpstr (azqf_outcome_get_text (outcome, AZQF_LANG_AZ), ==, expected);
  g_assert_true (ui_get_by_name (f->page, "Outcome U1.S1, Azerbaijani text") == view);

  /* And the other way: a change of the model shows in the view. */
  azqf_outcome_set_text (outcome, AZQF_LANG_EN, "Records transactions.");
  {
    g_autofree char *shown = buffer_text (ui_get_by_name (f->page, "Outcome U1.S1, English text"));

    g_assert_cmpstr (shown, ==, "Records transactions.");
  }

  ui_wait_for_save (f->ui.document);
}

/* A vague verb shows a badge after the pause, named for screen readers;
 * fixing the text removes it. */
static void
test_lint (Fixture       *f,
           gconstpointer  data)
{
  GtkWidget *view = ui_get_by_name (f->page, "Outcome U1.K1, Azerbaijani text");
  AzqfOutcomeRow *row = row_of (view);
  g_autoptr (GPtrArray) badges = NULL;
  g_autofree char *label = NULL;

  g_assert_cmpuint (count_badges (row, "lint.vague-verb"), ==, 0);

  type_text (view, "Hesablar planının quruluşunu bilir.");
  g_assert_cmpuint (count_badges (row, "lint.vague-verb"), ==, 0);  /* not yet */
  run_for (AZQF_OUTCOME_ROW_LINT_DELAY_MS + 150);
  g_assert_cmpuint (count_badges (row, "lint.vague-verb"), ==, 1);

  badges = azqf_outcome_row_get_badges (row);
  for (guint i = 0; i < badges->len; i++)
    {
      GtkWidget *badge = g_ptr_array_index (badges, i);

      g_assert_true (gtk_widget_has_css_class (badge, "warning")
                     || gtk_widget_has_css_class (badge, "error")
                     || gtk_widget_has_css_class (badge, "hint"));
      g_assert_nonnull (gtk_widget_get_tooltip_text (badge));
      g_assert_nonnull (gtk_menu_button_get_popover (GTK_MENU_BUTTON (badge)));
      g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (badge),
                                                       GTK_ACCESSIBLE_PROPERTY_LABEL));
    }

  type_text (view, "Hesablar planının quruluşunu nümunələr əsasında izah edir.");
  run_for (AZQF_OUTCOME_ROW_LINT_DELAY_MS + 150);
  g_assert_cmpuint (count_badges (row, "lint.vague-verb"), ==, 0);
  g_assert_true (row_of (ui_get_by_name (f->page, "Outcome U1.K1, Azerbaijani text")) == row);

  /* "izah edir" suits levels 2 to 6: at level 8 the unit's outcomes are
   * linted again without any typing. */
  g_assert_cmpuint (count_badges (row, "lint.verb-level"), ==, 0);
  g_assert_true (azqf_unit_set_level (azqf_standard_find_unit (standard_of (f), "U1"), 8, NULL));
  run_for (AZQF_OUTCOME_ROW_LINT_DELAY_MS + 150);
  g_assert_cmpuint (count_badges (row, "lint.verb-level"), >, 0);
}

/* Add, remove and move through the actions the buttons use. */
static void
test_edit_actions (Fixture       *f,
                   gconstpointer  data)
{
  AzqfStandard *standard = standard_of (f);
  GListModel *units = azqf_standard_get_units (standard);
  AzqfUnit *u1 = azqf_standard_find_unit (standard, "U1");
  AzqfUnit *u2 = azqf_standard_find_unit (standard, "U2");
  AzqfOutcome *outcome;
  GtkWidget *row;
  g_autoptr (GPtrArray) rows = NULL;

  show_in_window (f);
  assert_codes (azqf_unit_get_outcomes (u1), "U1.K1 U1.S1 U1.A1");

  /* Move down inside the unit, with the focus following the outcome. */
  row = GTK_WIDGET (row_of (ui_get_by_name (f->page, "Outcome U1.K1, Azerbaijani text")));
  gtk_widget_grab_focus (azqf_outcome_row_get_text_view (AZQF_OUTCOME_ROW (row), AZQF_LANG_AZ));
  gtk_widget_activate_action (row, "outcome.move-down", NULL);
  assert_codes (azqf_unit_get_outcomes (u1), "U1.S1 U1.K1 U1.A1");
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window))
                 == ui_get_by_name (f->page, "Outcome U1.K1, Azerbaijani text"));

  /* Up from the top of U2 goes to the end of U1; the focus stays on the
   * button pressed. */
  gtk_widget_grab_focus (ui_get_by_name (f->page, "Move Outcome U2.K1 Up"));
  g_assert_true (gtk_widget_activate_action (ui_get_by_name (f->page, "Move Outcome U2.K1 Up"),
                                             "outcome.move-up", NULL));
  assert_codes (azqf_unit_get_outcomes (u1), "U1.S1 U1.K1 U1.A1 U2.K1");
  assert_codes (azqf_unit_get_outcomes (u2), "U2.S1 U2.S2 U2.A1");
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window))
                 == ui_get_by_name (f->page, "Move Outcome U2.K1 Up"));

  /* Remove it. */
  row = GTK_WIDGET (row_of (ui_get_by_name (f->page, "Outcome U2.K1, Azerbaijani text")));
  gtk_widget_activate_action (row, "outcome.remove", NULL);
  g_assert_null (azqf_standard_find_outcome (standard, "U2.K1", NULL));
  g_assert_null (ui_find_by_name (f->page, "Outcome U2.K1, Azerbaijani text"));

  /* A unit: added at the end with a free code, moved up, given an outcome. */
  gtk_widget_activate_action (f->page, "outcomes.add-unit", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (units), ==, 6);
  g_assert_nonnull (azqf_standard_find_unit (standard, "U6"));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) != NULL);
  gtk_widget_activate_action (gtk_widget_get_ancestor (ui_get_by_name (f->page, "Code of unit U6"),
                                                       GTK_TYPE_BOX),
                              "unit.move-up", NULL);
  {
    g_autoptr (AzqfUnit) fifth = g_list_model_get_item (units, 4);

    g_assert_cmpstr (azqf_unit_get_code (fifth), ==, "U6");
  }
  gtk_widget_activate_action (ui_get_by_name (f->page, "Add Outcome to Unit U6"),
                              "unit.add-outcome", NULL);
  outcome = azqf_standard_find_outcome (standard, "U6.1", NULL);
  g_assert_nonnull (outcome);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window))
                 == ui_get_by_name (f->page, "Outcome U6.1, Azerbaijani text"));
  type_text (ui_get_by_name (f->page, "Outcome U6.1, English text"), "Prepares tax returns.");
  g_assert_cmpstr (azqf_outcome_get_text (outcome, AZQF_LANG_EN), ==, "Prepares tax returns.");

  /* A criterion, added and removed. */
  row = GTK_WIDGET (row_of (ui_get_by_name (f->page, "Outcome U6.1, English text")));
  gtk_widget_activate_action (row, "outcome.add-criterion", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (azqf_outcome_get_criteria (outcome)), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (ui_get_by_name (f->page, "Criterion 1 of outcome U6.1, English text")),
                         "Files on time.");
  {
    g_autoptr (AzqfCriterion) criterion = g_list_model_get_item (azqf_outcome_get_criteria (outcome), 0);

    g_assert_cmpstr (azqf_criterion_get_text (criterion, AZQF_LANG_EN), ==, "Files on time.");
  }
  gtk_widget_activate_action (ui_get_by_name (f->page, "Criterion 1 of outcome U6.1, English text"),
                              "criterion.remove", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (azqf_outcome_get_criteria (outcome)), ==, 0);

  /* An outcome of the standard itself shows up first. */
  gtk_widget_activate_action (f->page, "outcomes.add-outcome", NULL);
  rows = azqf_outcomes_page_collect_rows (AZQF_OUTCOMES_PAGE (f->page));
  g_assert_cmpstr (azqf_outcome_get_code (azqf_outcome_row_get_outcome (g_ptr_array_index (rows, 0))),
                   ==, "LO1");
  g_assert_cmpuint (rows->len, ==, azqf_standard_count_outcomes (standard));

  /* Removing a unit removes its rows. */
  gtk_widget_activate_action (ui_get_by_name (f->page, "Remove Unit U6"), "unit.remove", NULL);
  g_assert_null (azqf_standard_find_unit (standard, "U6"));
  g_assert_null (ui_find_by_name (f->page, "Outcome U6.1, English text"));

  ui_wait_for_save (f->ui.document);
}

/* The controller of this type on widget (borrowed), or NULL. */
static gpointer
controller_of (GtkWidget *widget,
               GType      type)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);
  guint n = g_list_model_get_n_items (controllers);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
    }

  return NULL;
}

/* What dragging handle would carry, dropped on target: the two halves of a
 * drag and drop, as GTK calls them. */
static gboolean
drag_and_drop (GtkWidget *handle,
               GtkWidget *target)
{
  GtkDragSource *source = controller_of (handle, GTK_TYPE_DRAG_SOURCE);
  GtkDropTarget *drop = controller_of (target, GTK_TYPE_DROP_TARGET);
  g_autoptr (GdkContentProvider) content = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GValue) value = G_VALUE_INIT;
  const GType *types;
  gsize n_types;
  gboolean accepted = FALSE;

  g_assert_nonnull (source);
  g_assert_nonnull (drop);
  g_signal_emit_by_name (source, "prepare", 1.0, 1.0, &content);
  g_assert_nonnull (content);

  types = gtk_drop_target_get_gtypes (drop, &n_types);
  for (gsize i = 0; i < n_types && !G_IS_VALUE (&value); i++)
    {
      g_value_init (&value, types[i]);
      if (!gdk_content_provider_get_value (content, &value, NULL))
        g_value_unset (&value);
    }
  g_assert_true (G_IS_VALUE (&value));

  g_signal_emit_by_name (drop, "drop", &value, 10.0, 10.0, &accepted);
  return accepted;
}

static GtkWidget *
handle_named (Fixture    *f,
              const char *name)
{
  return ui_get_by_name (f->page, name);
}

/* The AzqfUnitGroup of the unit with this code. */
static GtkWidget *
group_named (Fixture    *f,
             const char *code)
{
  g_autofree char *name = g_strdup_printf ("Code of unit %s", code);

  return gtk_widget_get_ancestor (ui_get_by_name (f->page, name), AZQF_TYPE_UNIT_GROUP);
}

/* Drag and drop: an outcome onto another takes its place, onto a unit goes
 * to its end; a unit onto another takes its place. */
static void
test_drag_and_drop (Fixture       *f,
                    gconstpointer  data)
{
  AzqfStandard *standard = standard_of (f);
  AzqfUnit *u1 = azqf_standard_find_unit (standard, "U1");
  GListModel *units = azqf_standard_get_units (standard);

  g_assert_true (drag_and_drop (handle_named (f, "Drag handle of outcome U1.A1"),
                                ui_get_by_name (f->page, "Outcome U1.K1")));
  assert_codes (azqf_unit_get_outcomes (u1), "U1.A1 U1.K1 U1.S1");

  g_assert_true (drag_and_drop (handle_named (f, "Drag handle of outcome U2.K1"), group_named (f, "U1")));
  assert_codes (azqf_unit_get_outcomes (u1), "U1.A1 U1.K1 U1.S1 U2.K1");
  g_assert_nonnull (ui_find_by_name (f->page, "Outcome U2.K1, English text"));

  /* Dropped on itself: nothing moves. */
  g_assert_false (drag_and_drop (handle_named (f, "Drag handle of outcome U1.S1"),
                                 ui_get_by_name (f->page, "Outcome U1.S1")));

  g_assert_true (drag_and_drop (handle_named (f, "Drag handle of unit U3"), group_named (f, "U1")));
  {
    g_autoptr (AzqfUnit) first = g_list_model_get_item (units, 0);

    g_assert_cmpstr (azqf_unit_get_code (first), ==, "U3");
  }
  g_assert_cmpuint (g_list_model_get_n_items (units), ==, 5);

  ui_wait_for_save (f->ui.document);
}

/* The AdwStatusPage under root with this title, or NULL. */
static GtkWidget *
find_status_page (GtkWidget  *root,
                  const char *title)
{
  if (ADW_IS_STATUS_PAGE (root) && g_strcmp0 (adw_status_page_get_title (ADW_STATUS_PAGE (root)), title) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_status_page (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A standard left without units or outcomes says what to do next. */
static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  GtkWidget *status = find_status_page (f->page, "No Outcomes Yet");
  GListModel *units = azqf_standard_get_units (standard_of (f));

  /* Widgets' actions need a window: their action muxers come with one. */
  show_in_window (f);
  g_assert_nonnull (status);
  g_assert_false (gtk_widget_get_visible (status));

  while (g_list_model_get_n_items (units) > 0)
    {
      g_autoptr (AzqfUnit) unit = g_list_model_get_item (units, 0);
      g_autofree char *name = g_strdup_printf ("Remove Unit %s", azqf_unit_get_code (unit));

      g_assert_true (gtk_widget_activate_action (ui_get_by_name (f->page, name), "unit.remove", NULL));
    }
  g_assert_true (gtk_widget_get_visible (status));
  run_for (400);
  g_assert_cmpstr (azqf_outcomes_page_get_completeness (AZQF_OUTCOMES_PAGE (f->page)), ==, "No outcomes yet");

  gtk_widget_activate_action (f->page, "outcomes.add-outcome", NULL);
  g_assert_false (gtk_widget_get_visible (status));
  g_assert_nonnull (ui_find_by_name (f->page, "Outcome LO1, Azerbaijani text"));

  ui_wait_for_save (f->ui.document);
}

/* Undo through the document brings the old text back on screen, in new
 * rows, with the focus on the same outcome. */
static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  GtkWidget *view = ui_get_by_name (f->page, "Outcome U2.S1, English text");
  AzqfOutcomeRow *old_row = row_of (view);
  g_autofree char *old_text = buffer_text (view);
  g_autofree char *shown = NULL;
  g_autoptr (GPtrArray) rows = NULL;

  show_in_window (f);
  gtk_widget_grab_focus (view);
  type_text (view, "Prepares statements.");
  ui_wait_for_save (f->ui.document);
  g_assert_true (azqf_document_get_can_undo (f->ui.document));

  g_assert_true (azqf_document_undo (f->ui.document, &error));
  g_assert_no_error (error);

  view = ui_get_by_name (f->page, "Outcome U2.S1, English text");
  g_assert_true (row_of (view) != old_row);
  shown = buffer_text (view);
  g_assert_cmpstr (shown, ==, old_text);
  g_assert_cmpstr (azqf_outcome_get_text (azqf_standard_find_outcome (standard_of (f), "U2.S1", NULL),
                                          AZQF_LANG_EN), ==, old_text);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) == view);

  rows = azqf_outcomes_page_collect_rows (AZQF_OUTCOMES_PAGE (f->page));
  g_assert_cmpuint (rows->len, ==, 16);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/ui/outcomes/rows", Fixture, SAMPLE_PS, fixture_set_up, test_rows, fixture_tear_down);
  g_test_add ("/ui/outcomes/completeness", Fixture, SAMPLE_TS, fixture_set_up, test_completeness,
              fixture_tear_down);
  g_test_add ("/ui/outcomes/typing", Fixture, SAMPLE_PS, fixture_set_up, test_typing, fixture_tear_down);
  g_test_add ("/ui/outcomes/lint", Fixture, SAMPLE_PS, fixture_set_up, test_lint, fixture_tear_down);
  g_test_add ("/ui/outcomes/edit-actions", Fixture, SAMPLE_PS, fixture_set_up, test_edit_actions,
              fixture_tear_down);
  g_test_add ("/ui/outcomes/drag-and-drop", Fixture, SAMPLE_PS, fixture_set_up, test_drag_and_drop,
              fixture_tear_down);
  g_test_add ("/ui/outcomes/empty", Fixture, SAMPLE_KS, fixture_set_up, test_empty, fixture_tear_down);
  g_test_add ("/ui/outcomes/undo", Fixture, SAMPLE_PS, fixture_set_up, test_undo, fixture_tear_down);

  return g_test_run ();
}
