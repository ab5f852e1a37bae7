/* test-ui-relations.c: the Relations page (ui/azqf-relations-page.c) lists,
 * adds and removes a standard's relations to others
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page is shown in a window (its target picker fills when it maps), over
 * a fresh sample workspace; widgets are found by accessible name.
 */

#include "config.h"

#include <adwaita.h>

#include "model/azqf-relation.h"
#include "model/azqf-standard.h"
#include "ui/azqf-relation-row.h"
#include "ui/azqf-relations-page.h"
#include "ui-fixture.h"

#define SAMPLE_KS "KS-5120-04-01"   /* Aşpaz / Cook: based on PS-5120-01, not in the sample */
#define SAMPLE_PS "PS-2411-01"      /* Mühasib / Accountant */

typedef struct
{
  UiFixture  ui;
  GtkWidget *window;
  GtkWidget *page;
} Fixture;

static AzqfStandard *
standard_of (Fixture *f)
{
  return azqf_document_get_standard (f->ui.document);
}

static guint
count_relations (AzqfStandard *standard)
{
  return g_list_model_get_n_items (azqf_standard_get_relations (standard));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ui_fixture_set_up (&f->ui, SAMPLE_KS);
  f->page = g_object_ref_sink (g_object_new (AZQF_TYPE_RELATIONS_PAGE,
                                             "document", f->ui.document,
                                             NULL));
  f->window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (f->window), f->page);
  gtk_window_present (GTK_WINDOW (f->window));
  while (!gtk_widget_get_mapped (f->page))
    g_main_context_iteration (NULL, TRUE);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  ui_flush_main_loop ();
  g_object_set (f->page, "document", NULL, NULL);
  g_assert_finalize_object (f->page);
  ui_fixture_tear_down (&f->ui);
}

/* A shown label in error style with some text, or NULL. */
static GtkLabel *
find_error_label (GtkWidget *root)
{
  if (GTK_IS_LABEL (root) && gtk_widget_has_css_class (root, "error")
      && gtk_widget_is_visible (root) && *gtk_label_get_text (GTK_LABEL (root)) != '\0')
    return GTK_LABEL (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_error_label (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Selects the standard with this code in the target picker. */
static void
choose_target (Fixture    *f,
               const char *code)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (ui_get_by_role (f->page, GTK_ACCESSIBLE_ROLE_COMBO_BOX, "Target Standard"));
  GListModel *model = gtk_drop_down_get_model (dropdown);

  g_assert_nonnull (model);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AzqfStandard) standard = g_list_model_get_item (model, i);

      if (g_str_equal (azqf_standard_get_code (standard), code))
        {
          gtk_drop_down_set_selected (dropdown, i);
          return;
        }
    }
  g_error ("%s is not in the target picker", code);
}

/* The sample's relation points outside the workspace: the row shows its
 * code; removing it empties the list, in the standard and in the store. */
static void
test_remove (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *button = ui_get_by_name (f->page, "Remove relation to PS-5120-01");
  GtkWidget *row = gtk_widget_get_ancestor (button, AZQF_TYPE_RELATION_ROW);
  g_autoptr(AzqfStandard) saved = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "PS-5120-01");
  g_assert_cmpuint (count_relations (standard_of (f)), ==, 1);

  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (count_relations (standard_of (f)), ==, 0);
  g_assert_null (ui_find_by_name (f->page, "Remove relation to PS-5120-01"));

  ui_wait_for_save (f->ui.document);
  saved = azqf_store_load_standard (f->ui.store, SAMPLE_KS, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_relations (saved), ==, 0);

  /* Undo brings the row back */
  g_assert_true (azqf_document_undo (f->ui.document, &error));
  g_assert_no_error (error);
  g_assert_nonnull (ui_find_by_name (f->page, "Remove relation to PS-5120-01"));
}

/* Adding a relation to a standard of the workspace shows its title; the
 * same relation again is refused with a message. */
static void
test_add (Fixture       *f,
          gconstpointer  data)
{
  AdwComboRow *type = ADW_COMBO_ROW (ui_get_by_role (f->page, GTK_ACCESSIBLE_ROLE_COMBO_BOX, "Relation Type"));
  GtkDropDown *dropdown = GTK_DROP_DOWN (ui_get_by_role (f->page, GTK_ACCESSIBLE_ROLE_COMBO_BOX, "Target Standard"));
  GListModel *targets = gtk_drop_down_get_model (dropdown);
  g_autoptr(AzqfStandard) saved = NULL;
  g_autoptr(AzqfRelation) relation = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *button;
  GtkWidget *row;

  /* Every standard but this one */
  g_assert_cmpuint (g_list_model_get_n_items (targets), ==, 2);
  for (guint i = 0; i < g_list_model_get_n_items (targets); i++)
    {
      g_autoptr(AzqfStandard) target = g_list_model_get_item (targets, i);

      g_assert_cmpstr (azqf_standard_get_code (target), !=, SAMPLE_KS);
    }

  adw_combo_row_set_selected (type, AZQF_RELATION_LEADS_TO);
  choose_target (f, SAMPLE_PS);
  /* GTK 4.8 names a button by its label, mnemonic underscore included */
  g_signal_emit_by_name (ui_get_by_role (f->page, GTK_ACCESSIBLE_ROLE_BUTTON, "_Add Relation"), "clicked");

  g_assert_cmpuint (count_relations (standard_of (f)), ==, 2);
  g_assert_null (find_error_label (f->page));
  relation = g_list_model_get_item (azqf_standard_get_relations (standard_of (f)), 1);
  g_assert_cmpint (azqf_relation_get_relation_type (relation), ==, AZQF_RELATION_LEADS_TO);
  g_assert_cmpstr (azqf_relation_get_target_code (relation), ==, SAMPLE_PS);

  button = ui_get_by_name (f->page, "Remove relation to " SAMPLE_PS);
  row = gtk_widget_get_ancestor (button, AZQF_TYPE_RELATION_ROW);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Mühasib");
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  ui_assert_single_names (f->page);

  /* The same again: refused, said under the picker */
  gtk_widget_activate_action (f->page, "relations.add", NULL);
  g_assert_cmpuint (count_relations (standard_of (f)), ==, 2);
  g_assert_nonnull (find_error_label (f->page));

  ui_wait_for_save (f->ui.document);
  saved = azqf_store_load_standard (f->ui.store, SAMPLE_KS, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_relations (saved), ==, 2);

  /* Removing through the action, as the button does */
  gtk_widget_activate_action (f->page, "relations.remove", "(ss)", "leads_to",
                              azqf_relation_get_target_uuid (relation));
  g_assert_cmpuint (count_relations (standard_of (f)), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/azqf/ui-relations/remove", Fixture, NULL, fixture_set_up, test_remove, fixture_tear_down);
  g_test_add ("/azqf/ui-relations/add", Fixture, NULL, fixture_set_up, test_add, fixture_tear_down);

  return g_test_run ();
}
