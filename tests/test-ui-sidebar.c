/* test-ui-sidebar.c: the sidebar (ui/azqf-sidebar.c) lists, filters and
 * searches the standards, and the window's actions (ui/azqf-window-standards.c)
 * create, duplicate, delete and restore them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sidebar cases put an AzqfSidebar over the sample workspace in a window
 * and drive it through its widgets, found by accessible name. The window cases
 * open a sample workspace in an AzqfWindow and activate win.* actions as the
 * menus and shortcuts do, then read the workspace back.
 */

#include "config.h"

#include <glib/gstdio.h>

#include <adwaita.h>

#include "model/azqf-locale.h"
#include "model/azqf-outcome.h"
#include "model/azqf-relation.h"
#include "model/azqf-sample.h"
#include "model/azqf-search-hit.h"
#include "model/azqf-standard.h"
#include "ui/azqf-new-standard-dialog.h"
#include "ui/azqf-sidebar.h"
#include "ui/azqf-sidebar-model.h"
#include "ui/azqf-standard-row.h"
#include "ui/azqf-window.h"
#include "ui-fixture.h"

#define SAMPLE_PS "PS-2411-01"      /* Mühasib, occupational, level 6, in review, version 2 */
#define SAMPLE_TS "TS-0714-06-01"   /* educational, level 6, approved */
#define SAMPLE_KS "KS-5120-04-01"   /* Aşpaz, qualification, level 4, draft */

/* Runs the main loop until condition holds; fails after 5 s. */
#define WAIT_FOR(condition) \
  G_STMT_START { \
    gint64 end_ = g_get_monotonic_time () + 5 * G_USEC_PER_SEC; \
    while (!(condition)) \
      { \
        g_assert_cmpint (g_get_monotonic_time (), <, end_); \
        g_main_context_iteration (NULL, FALSE); \
        g_usleep (1000); \
      } \
  } G_STMT_END

static const char *
uuid_of (AzqfStore  *store,
         const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfStandard) standard = azqf_store_load_standard (store, code, &error);

  g_assert_no_error (error);
  return g_intern_string (azqf_standard_get_uuid (standard));
}

static const char *
code_at (GListModel *model,
         guint       position)
{
  g_autoptr(AzqfStandard) standard = g_list_model_get_item (model, position);

  g_assert_nonnull (standard);
  return g_intern_string (azqf_standard_get_code (standard));
}

static void
count_rows (GtkWidget *widget,
            guint     *n)
{
  if (AZQF_IS_STANDARD_ROW (widget) && azqf_standard_row_get_standard (AZQF_STANDARD_ROW (widget)) != NULL)
    (*n)++;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count_rows (child, n);
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A visible label under widget whose text contains text, or NULL. */
static GtkWidget *
find_label_containing (GtkWidget  *widget,
                       const char *text)
{
  if (!gtk_widget_get_visible (widget))
    return NULL;
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_containing (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Sidebar */

typedef struct
{
  UiFixture         ui;
  AzqfStandardList *list;
  AzqfSidebar      *sidebar;
  GtkWindow        *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ui_fixture_set_up (&f->ui, SAMPLE_PS);
  f->list = azqf_standard_list_new (f->ui.store);
  f->sidebar = g_object_ref_sink (g_object_new (AZQF_TYPE_SIDEBAR, NULL));
  azqf_sidebar_set_model (f->sidebar, f->list);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 360, 700);
  gtk_window_set_child (f->window, GTK_WIDGET (f->sidebar));
  gtk_window_present (f->window);
  ui_flush_main_loop ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_assert_finalize_object (f->sidebar);
  g_assert_finalize_object (f->list);
  ui_fixture_tear_down (&f->ui);
}

static GListModel *
shown_items (Fixture *f)
{
  GtkWidget *view = ui_get_by_name (GTK_WIDGET (f->sidebar), "Standards");

  g_assert_true (GTK_IS_LIST_VIEW (view));
  return G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (view)));
}

static guint
rows_shown (Fixture *f)
{
  guint n = 0;

  ui_flush_main_loop ();
  count_rows (GTK_WIDGET (f->sidebar), &n);
  return n;
}

static void
test_rows (Fixture       *f,
           gconstpointer  data)
{
  GtkWidget *row;

  g_assert_cmpuint (g_list_model_get_n_items (shown_items (f)), ==, 3);
  g_assert_cmpuint (rows_shown (f), ==, 3);

  /* Each row says title and code; the badge its level, with the tooltip. */
  row = ui_get_by_name (GTK_WIDGET (f->sidebar), "Mühasib, " SAMPLE_PS);
  g_assert_true (AZQF_IS_STANDARD_ROW (row));
  g_assert_cmpstr (azqf_standard_get_code (azqf_standard_row_get_standard (AZQF_STANDARD_ROW (row))), ==, SAMPLE_PS);
  g_assert_nonnull (ui_find_by_name (GTK_WIDGET (f->sidebar), "Aşpaz, " SAMPLE_KS));
  g_assert_null (azqf_sidebar_get_selected_uuid (f->sidebar));
}

static void
test_row_content (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfStandard) standard = azqf_standard_new (AZQF_KIND_EDUCATIONAL, "X-1", &error);
  AzqfStandardRow *row = g_object_ref_sink (azqf_standard_row_new ());
  GtkWidget *badge;
  GtkWidget *label;
  GtkWidget *snippet;

  g_assert_no_error (error);
  g_assert_true (azqf_standard_set_level (standard, 6, &error));
  /* No az title: the en one. */
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN, "Cook <chef>");
  azqf_standard_row_set_standard (row, standard, "a " AZQF_SEARCH_MARK_START "mü&" AZQF_SEARCH_MARK_END " b");

  g_assert_true (azqf_standard_row_get_standard (row) == standard);
  g_assert_true (ui_find_by_name (GTK_WIDGET (row), "Cook <chef>, X-1") == GTK_WIDGET (row));
  /* The first label is the title, the level badge is the one with the class. */
  label = find_type (GTK_WIDGET (row), GTK_TYPE_LABEL);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "Cook <chef>");
  badge = gtk_widget_get_last_child (gtk_widget_get_first_child (GTK_WIDGET (row)));
  g_assert_true (gtk_widget_has_css_class (badge, "level-badge"));
  g_assert_true (gtk_widget_get_visible (badge));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (badge)), ==, "6");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (badge), ==, "AzQF level 6");

  /* The snippet shows under the title… */
  snippet = gtk_widget_get_last_child (gtk_widget_get_parent (label));
  g_assert_true (gtk_widget_get_visible (snippet));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (snippet)), ==, "a <b>mü&amp;</b> b");

  /* …unless it is the title: then the title shows the match. */
  azqf_standard_row_set_standard (row, standard, AZQF_SEARCH_MARK_START "Cook" AZQF_SEARCH_MARK_END " <chef>");
  g_assert_false (gtk_widget_get_visible (snippet));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, "<b>Cook</b> &lt;chef&gt;");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "Cook <chef>");
  azqf_standard_row_set_standard (row, standard, NULL);
  g_assert_false (gtk_widget_get_visible (snippet));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, "Cook <chef>");

  azqf_standard_row_set_standard (row, NULL, NULL);
  g_assert_null (azqf_standard_row_get_standard (row));
  g_assert_false (gtk_widget_is_visible (badge));
  g_assert_false (gtk_widget_is_visible (label));

  /* Bound again, to a standard without a level: no badge. */
  g_assert_true (azqf_standard_set_level (standard, 0, &error));
  azqf_standard_row_set_standard (row, standard, NULL);
  g_assert_true (gtk_widget_is_visible (label));
  g_assert_false (gtk_widget_get_visible (badge));
  g_assert_true (azqf_standard_set_level (standard, 6, &error));
  azqf_standard_row_set_standard (row, standard, NULL);
  g_assert_true (gtk_widget_get_visible (badge));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (badge)), ==, "6");
  g_assert_finalize_object (row);
}

static void
test_snippet_markup (void)
{
  struct { const char *snippet; const char *markup; } cases[] = {
    { "plain", "plain" },
    { "a " AZQF_SEARCH_MARK_START "mühasib" AZQF_SEARCH_MARK_END " <b>&", "a <b>mühasib</b> &lt;b&gt;&amp;" },
    { AZQF_SEARCH_MARK_START "x" AZQF_SEARCH_MARK_END AZQF_SEARCH_MARK_START "y" AZQF_SEARCH_MARK_END, "<b>x</b><b>y</b>" },
    /* Stray or unclosed marks never make invalid markup. */
    { "a" AZQF_SEARCH_MARK_END "b" AZQF_SEARCH_MARK_START "c", "ab<b>c</b>" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *markup = azqf_standard_row_snippet_markup (cases[i].snippet);

      g_assert_cmpstr (markup, ==, cases[i].markup);
      g_assert_true (pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, NULL));
    }
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *kind = ui_get_by_name (GTK_WIDGET (f->sidebar), "Filter by kind");
  GtkWidget *level = ui_get_by_name (GTK_WIDGET (f->sidebar), "Filter by level");
  GtkWidget *status = ui_get_by_name (GTK_WIDGET (f->sidebar), "Filter by status");
  AdwStatusPage *empty;

  /* Item 0 is "All …", then the kinds in AzqfKind order. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kind), 1 + AZQF_KIND_OCCUPATIONAL);
  g_assert_cmpint (azqf_standard_list_get_kind (f->list), ==, AZQF_KIND_OCCUPATIONAL);
  g_assert_cmpuint (g_list_model_get_n_items (shown_items (f)), ==, 1);
  g_assert_cmpstr (code_at (shown_items (f), 0), ==, SAMPLE_PS);
  g_assert_cmpuint (rows_shown (f), ==, 1);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (kind), 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (level), 6);
  g_assert_cmpuint (azqf_standard_list_get_level (f->list), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (shown_items (f)), ==, 2);
  g_assert_cmpuint (rows_shown (f), ==, 2);

  /* Nothing at level 6 is a draft: the empty state says so. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (status), 1 + AZQF_STATUS_DRAFT);
  g_assert_cmpint (azqf_standard_list_get_status (f->list), ==, AZQF_STATUS_DRAFT);
  g_assert_cmpuint (g_list_model_get_n_items (shown_items (f)), ==, 0);
  empty = ADW_STATUS_PAGE (find_type (GTK_WIDGET (f->sidebar), ADW_TYPE_STATUS_PAGE));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (empty)));
  g_assert_cmpstr (adw_status_page_get_title (empty), ==, "No Results");

  /* The model's filter shows in the drop-downs. */
  azqf_standard_list_set_filter (f->list, AZQF_KIND_QUALIFICATION, -1, 4);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (kind)), ==, 1 + AZQF_KIND_QUALIFICATION);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (level)), ==, 4);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (status)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (shown_items (f)), ==, 1);
  g_assert_cmpstr (code_at (shown_items (f), 0), ==, SAMPLE_KS);
  ui_flush_main_loop ();
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (empty)));
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *entry = ui_get_by_name (GTK_WIDGET (f->sidebar), "Search standards");
  const char *snippet;

  /* Folded: "muhasib" finds "Mühasib". */
  gtk_editable_set_text (GTK_EDITABLE (entry), "muhasib");
  WAIT_FOR (g_strcmp0 (azqf_standard_list_get_query (f->list), "muhasib") == 0);
  g_assert_cmpuint (g_list_model_get_n_items (shown_items (f)), ==, 1);
  g_assert_cmpstr (code_at (shown_items (f), 0), ==, SAMPLE_PS);
  snippet = azqf_standard_list_get_snippet (f->list, 0);
  g_assert_nonnull (strstr (snippet, AZQF_SEARCH_MARK_START));
  g_assert_cmpuint (rows_shown (f), ==, 1);

  /* Enter opens the best result. */
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (azqf_sidebar_get_selected_uuid (f->sidebar), ==, uuid_of (f->ui.store, SAMPLE_PS));

  /* Nothing found: "No Results". */
  gtk_editable_set_text (GTK_EDITABLE (entry), "zzzqqq");
  WAIT_FOR (g_strcmp0 (azqf_standard_list_get_query (f->list), "zzzqqq") == 0);
  g_assert_cmpuint (g_list_model_get_n_items (shown_items (f)), ==, 0);
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (find_type (GTK_WIDGET (f->sidebar), ADW_TYPE_STATUS_PAGE))),
                   ==, "No Results");

  /* Escape clears the search at once. */
  g_signal_emit_by_name (entry, "stop-search");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_null (azqf_standard_list_get_query (f->list));
  g_assert_cmpuint (g_list_model_get_n_items (shown_items (f)), ==, 3);

  /* A query set on the model shows in the entry. */
  azqf_standard_list_set_query (f->list, "aşpaz");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "aşpaz");
  g_assert_cmpstr (code_at (shown_items (f), 0), ==, SAMPLE_KS);
}

static void
notify_count_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_selection (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *view = ui_get_by_name (GTK_WIDGET (f->sidebar), "Standards");
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (GTK_LIST_VIEW (view)));
  const char *ps = uuid_of (f->ui.store, SAMPLE_PS);
  const char *ks = uuid_of (f->ui.store, SAMPLE_KS);
  guint notified = 0;
  guint position;
  g_autoptr(GError) error = NULL;

  g_signal_connect (f->sidebar, "notify::selected-uuid", G_CALLBACK (notify_count_cb), &notified);

  /* A click selects, and selecting sets selected-uuid. */
  position = azqf_standard_list_find (f->list, ps);
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (selection), position, TRUE);
  g_assert_cmpstr (azqf_sidebar_get_selected_uuid (f->sidebar), ==, ps);
  g_assert_cmpuint (notified, ==, 1);

  /* Enter on a row (the list's "activate"). */
  position = azqf_standard_list_find (f->list, ks);
  g_signal_emit_by_name (view, "activate", position);
  g_assert_cmpstr (azqf_sidebar_get_selected_uuid (f->sidebar), ==, ks);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, position);
  g_assert_cmpuint (notified, ==, 2);

  /* Set from outside: the highlight follows, a second time notifies nothing. */
  azqf_sidebar_set_selected_uuid (f->sidebar, ps);
  azqf_sidebar_set_selected_uuid (f->sidebar, ps);
  g_assert_cmpuint (notified, ==, 3);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, azqf_standard_list_find (f->list, ps));

  /* A write reloads the list; the highlight stays on the standard. */
  azqf_standard_set_text (azqf_document_get_standard (f->ui.document), AZQF_STANDARD_TITLE, AZQF_LANG_AZ,
                          "Baş mühasib");
  g_assert_true (azqf_document_save_now (f->ui.document, &error));
  g_assert_no_error (error);
  position = gtk_single_selection_get_selected (selection);
  g_assert_cmpuint (position, ==, azqf_standard_list_find (f->list, ps));
  g_assert_cmpstr (code_at (shown_items (f), position), ==, SAMPLE_PS);
  g_assert_nonnull (ui_find_by_name (GTK_WIDGET (f->sidebar), "Baş mühasib, " SAMPLE_PS));
  g_assert_cmpuint (notified, ==, 3);

  /* A standard the filter hides: no highlight, but still the selected one. */
  azqf_standard_list_set_filter (f->list, AZQF_KIND_QUALIFICATION, -1, 0);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, GTK_INVALID_LIST_POSITION);
  g_assert_cmpstr (azqf_sidebar_get_selected_uuid (f->sidebar), ==, ps);

  azqf_sidebar_set_selected_uuid (f->sidebar, NULL);
  g_assert_null (azqf_sidebar_get_selected_uuid (f->sidebar));
  g_signal_handlers_disconnect_by_data (f->sidebar, &notified);
}

typedef struct
{
  guint emissions;
  guint position;
  guint removed;
  guint added;
} Changes;

static void
changes_cb (GListModel *model,
            guint       position,
            guint       removed,
            guint       added,
            Changes    *changes)
{
  changes->emissions++;
  changes->position = position;
  changes->removed = removed;
  changes->added = added;
}

/* A reload reaches the list view only as the rows that changed. */
static void
test_sidebar_model (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(AzqfSidebarModel) rows = azqf_sidebar_model_new (f->list);
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfStandard) created = NULL;
  Changes changes = { 0 };
  guint ps;

  g_signal_connect (rows, "items-changed", G_CALLBACK (changes_cb), &changes);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, 3);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (rows)) == AZQF_TYPE_STANDARD);
  for (guint i = 0; i < 3; i++)
    g_object_unref (g_list_model_get_item (G_LIST_MODEL (rows), i));
  ps = azqf_standard_list_find (f->list, uuid_of (f->ui.store, SAMPLE_PS));

  /* Nothing a row shows changed: nothing to report. */
  azqf_standard_list_reload (f->list);
  g_assert_cmpuint (changes.emissions, ==, 0);

  /* The open standard's title, saved: its row only. */
  azqf_standard_set_text (azqf_document_get_standard (f->ui.document), AZQF_STANDARD_TITLE,
                          AZQF_LANG_AZ, "Mühasib (baş)");
  g_assert_true (azqf_document_save_now (f->ui.document, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.emissions, ==, 1);
  g_assert_cmpuint (changes.position, ==, ps);
  g_assert_cmpuint (changes.removed, ==, 1);
  g_assert_cmpuint (changes.added, ==, 1);
  g_assert_cmpstr (code_at (G_LIST_MODEL (rows), ps), ==, SAMPLE_PS);

  /* A standard more: the change as the list reports it. */
  changes.emissions = 0;
  created = azqf_standard_new (AZQF_KIND_EDUCATIONAL, "TS-0001", &error);
  g_assert_no_error (error);
  g_assert_true (azqf_store_insert_standard (f->ui.store, created, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.emissions, ==, 1);
  g_assert_cmpuint (changes.removed, ==, 3);
  g_assert_cmpuint (changes.added, ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, 4);

  /* Searching passes through too. */
  changes.emissions = 0;
  azqf_standard_list_set_query (f->list, "muhasib");
  g_assert_cmpuint (changes.emissions, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, 1);
  g_signal_handlers_disconnect_by_data (rows, &changes);
}

static void
test_empty_workspace (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("azqf-test-ui-sidebar-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "empty.azqf", NULL);
  AzqfStore *store;
  AzqfStandardList *list;
  AzqfSidebar *sidebar;
  AdwStatusPage *empty;

  g_assert_no_error (error);
  store = azqf_store_create (path, &error);
  g_assert_no_error (error);
  list = azqf_standard_list_new (store);
  sidebar = g_object_ref_sink (g_object_new (AZQF_TYPE_SIDEBAR, "model", list, NULL));

  empty = ADW_STATUS_PAGE (find_type (GTK_WIDGET (sidebar), ADW_TYPE_STATUS_PAGE));
  g_assert_cmpstr (adw_status_page_get_title (empty), ==, "No Standards");

  azqf_sidebar_set_model (sidebar, NULL);
  g_assert_finalize_object (sidebar);
  g_assert_finalize_object (list);
  azqf_store_close (store);
  g_assert_finalize_object (store);
  g_unlink (path);
  g_rmdir (dir);
}

/* Window actions */

typedef struct
{
  char       *dir;
  char       *path;
  AzqfWindow *window;
} WindowFixture;

static void
window_set_up (WindowFixture *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfStore) store = NULL;
  gboolean ok;

  f->dir = g_dir_make_tmp ("azqf-test-ui-sidebar-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "work.azqf", NULL);
  store = azqf_store_create (f->path, &error);
  g_assert_no_error (error);
  ok = azqf_sample_populate (store, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  azqf_store_close (store);

  f->window = g_object_ref_sink (g_object_new (AZQF_TYPE_WINDOW, NULL));
  ok = azqf_window_open_workspace (f->window, f->path, FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  gtk_window_present (GTK_WINDOW (f->window));
  ui_flush_main_loop ();
}

static void
window_tear_down (WindowFixture *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  gtk_window_destroy (GTK_WINDOW (f->window));
  ui_flush_main_loop ();
  g_assert_finalize_object (f->window);

  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (f->dir, name, NULL);

      g_unlink (child);
    }
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static AzqfNewStandardDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (AZQF_IS_NEW_STANDARD_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return AZQF_NEW_STANDARD_DIALOG (window);
    }
  return NULL;
}

static AzqfStandard *
load (WindowFixture *f,
      const char    *code)
{
  return azqf_store_load_standard (azqf_window_get_store (f->window), code, NULL);
}

static const char *
open_code (WindowFixture *f)
{
  AzqfDocument *document = azqf_window_get_document (f->window);

  return document != NULL ? azqf_standard_get_code (azqf_document_get_standard (document)) : NULL;
}

static void
test_new_standard (WindowFixture *f,
                   gconstpointer  data)
{
  AzqfNewStandardDialog *dialog;
  g_autoptr(AzqfStandard) created = NULL;
  guint n_before = g_list_model_get_n_items (G_LIST_MODEL (azqf_window_get_standards (f->window)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-standard", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (f->window));

  /* A malformed code: Create is off, nothing is written. */
  g_object_set (dialog, "code", "bad code!", NULL);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.create", NULL);
  g_assert_true (find_dialog () == dialog);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (azqf_window_get_standards (f->window))), ==, n_before);

  /* A code already taken: the dialog stays, with the reason and the input. */
  g_object_set (dialog,
                "code", SAMPLE_PS,
                "kind", AZQF_KIND_QUALIFICATION,
                "level", 5,
                "title-az", "Şirniyyatçı",
                "title-en", "Pastry cook",
                NULL);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.create", NULL);
  g_assert_true (find_dialog () == dialog);
  g_assert_nonnull (find_label_containing (GTK_WIDGET (dialog), "already has the code"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (azqf_window_get_standards (f->window))), ==, n_before);
  {
    g_autofree char *title = NULL;

    g_object_get (dialog, "title-az", &title, NULL);
    g_assert_cmpstr (title, ==, "Şirniyyatçı");
  }

  /* A free code: inserted as a draft, selected, on the Overview page, and
   * shown in the list even though the search would hide it. */
  azqf_standard_list_set_query (azqf_window_get_standards (f->window), "aşpaz");
  g_object_set (dialog, "code", "KS-7512-05-01", NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.create", NULL));
  ui_flush_main_loop ();
  g_assert_null (find_dialog ());

  created = load (f, "KS-7512-05-01");
  g_assert_nonnull (created);
  g_assert_cmpint (azqf_standard_get_kind (created), ==, AZQF_KIND_QUALIFICATION);
  g_assert_cmpint (azqf_standard_get_status (created), ==, AZQF_STATUS_DRAFT);
  g_assert_cmpuint (azqf_standard_get_level (created), ==, 5);
  g_assert_cmpuint (azqf_standard_get_version (created), ==, 1);
  g_assert_cmpstr (azqf_standard_get_text (created, AZQF_STANDARD_TITLE, AZQF_LANG_AZ), ==, "Şirniyyatçı");
  g_assert_cmpstr (azqf_standard_get_text (created, AZQF_STANDARD_TITLE, AZQF_LANG_EN), ==, "Pastry cook");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (azqf_window_get_standards (f->window))), ==, n_before + 1);
  g_assert_cmpstr (open_code (f), ==, "KS-7512-05-01");
  g_assert_null (azqf_standard_list_get_query (azqf_window_get_standards (f->window)));
  g_assert_cmpuint (azqf_standard_list_find (azqf_window_get_standards (f->window),
                                             azqf_standard_get_uuid (created)), !=, G_MAXUINT);
}

static void
test_new_standard_cancel (WindowFixture *f,
                          gconstpointer  data)
{
  AzqfNewStandardDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-standard", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_object_set (dialog, "code", "X-1", NULL);
  gtk_window_close (GTK_WINDOW (dialog));
  ui_flush_main_loop ();
  g_assert_null (find_dialog ());
  g_assert_null (load (f, "X-1"));
  g_assert_null (open_code (f));
}

static void
test_duplicate_standard (WindowFixture *f,
                         gconstpointer  data)
{
  g_autoptr(AzqfStandard) original = load (f, SAMPLE_PS);
  g_autoptr(AzqfStandard) copy = NULL;
  g_autoptr(AzqfRelation) relation = NULL;
  g_autofree char *code = NULL;
  AzqfNewStandardDialog *dialog;
  GListModel *relations;

  /* Nothing open: nothing to duplicate. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.duplicate-standard", NULL);
  g_assert_null (find_dialog ());

  azqf_window_select_standard (f->window, azqf_standard_get_uuid (original));
  g_assert_cmpstr (open_code (f), ==, SAMPLE_PS);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.duplicate-standard", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_object_get (dialog, "code", &code, NULL);
  g_assert_cmpstr (code, ==, SAMPLE_PS "-v3");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.create", NULL));
  ui_flush_main_loop ();
  g_assert_null (find_dialog ());

  copy = load (f, SAMPLE_PS "-v3");
  g_assert_nonnull (copy);
  g_assert_cmpstr (azqf_standard_get_uuid (copy), !=, azqf_standard_get_uuid (original));
  g_assert_cmpuint (azqf_standard_get_version (copy), ==, azqf_standard_get_version (original) + 1);
  g_assert_cmpint (azqf_standard_get_status (copy), ==, AZQF_STATUS_DRAFT);
  g_assert_cmpint (azqf_standard_get_kind (copy), ==, azqf_standard_get_kind (original));
  g_assert_cmpstr (azqf_standard_get_display_title (copy, AZQF_LANG_AZ), ==,
                   azqf_standard_get_display_title (original, AZQF_LANG_AZ));
  g_assert_cmpuint (azqf_standard_count_outcomes (copy), ==, azqf_standard_count_outcomes (original));
  g_assert_cmpuint (azqf_standard_count_outcomes (copy), >, 0);
  g_assert_null (azqf_standard_get_decision_number (copy));

  relations = azqf_standard_get_relations (copy);
  g_assert_cmpuint (g_list_model_get_n_items (relations), >=, 1);
  relation = g_list_model_get_item (relations, g_list_model_get_n_items (relations) - 1);
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(AzqfRelation) r = g_list_model_get_item (relations, i);

      if (azqf_relation_get_relation_type (r) == AZQF_RELATION_REPLACES)
        g_set_object (&relation, r);
    }
  g_assert_cmpint (azqf_relation_get_relation_type (relation), ==, AZQF_RELATION_REPLACES);
  g_assert_cmpstr (azqf_relation_get_target_uuid (relation), ==, azqf_standard_get_uuid (original));

  /* The original is untouched, and the copy is the one open. */
  g_clear_object (&original);
  original = load (f, SAMPLE_PS);
  g_assert_cmpint (azqf_standard_get_status (original), ==, AZQF_STATUS_IN_REVIEW);
  g_assert_cmpstr (open_code (f), ==, SAMPLE_PS "-v3");
}

static guint
count_links (AzqfStandard *standard)
{
  g_autoptr(GPtrArray) outcomes = azqf_standard_collect_outcomes (standard);
  guint n = 0;

  for (guint i = 0; i < outcomes->len; i++)
    n += g_list_model_get_n_items (azqf_outcome_get_links (g_ptr_array_index (outcomes, i)));
  return n;
}

/* The educational sample has links to the frameworks, confirmed, pending
 * and rejected: the new version has them all. */
static void
test_duplicate_with_links (WindowFixture *f,
                           gconstpointer  data)
{
  g_autoptr(AzqfStandard) original = load (f, SAMPLE_TS);
  g_autoptr(AzqfStandard) copy = NULL;
  AzqfNewStandardDialog *dialog;

  g_assert_cmpuint (count_links (original), >, 0);
  azqf_window_select_standard (f->window, azqf_standard_get_uuid (original));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.duplicate-standard", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_object_set (dialog, "code", "TS-0714-06-02", NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.create", NULL));
  ui_flush_main_loop ();

  copy = load (f, "TS-0714-06-02");
  g_assert_nonnull (copy);
  g_assert_cmpuint (count_links (copy), ==, count_links (original));
  g_assert_cmpuint (azqf_standard_get_version (copy), ==, 2);
  g_assert_cmpfloat (azqf_standard_get_ects_credits (copy), ==, azqf_standard_get_ects_credits (original));
}

static void
test_delete_and_undo (WindowFixture *f,
                      gconstpointer  data)
{
  g_autoptr(AzqfStandard) before = load (f, SAMPLE_PS);
  g_autoptr(AzqfStandard) after = NULL;
  g_autofree char *uuid = g_strdup (azqf_standard_get_uuid (before));
  GListModel *list = G_LIST_MODEL (azqf_window_get_standards (f->window));

  azqf_window_select_standard (f->window, uuid);
  g_assert_cmpstr (open_code (f), ==, SAMPLE_PS);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-standard", NULL));
  g_assert_null (load (f, SAMPLE_PS));
  g_assert_null (open_code (f));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  /* Nothing open: nothing more to delete. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-standard", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);

  /* The toast's Undo puts the same standard back, and opens it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo-delete-standard", "s", uuid));
  after = load (f, SAMPLE_PS);
  g_assert_nonnull (after);
  g_assert_cmpstr (azqf_standard_get_uuid (after), ==, uuid);
  g_assert_cmpuint (azqf_standard_get_version (after), ==, azqf_standard_get_version (before));
  g_assert_cmpint (azqf_standard_get_created (after), ==, azqf_standard_get_created (before));
  g_assert_cmpuint (azqf_standard_count_outcomes (after), ==, azqf_standard_count_outcomes (before));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  g_assert_cmpstr (open_code (f), ==, SAMPLE_PS);

  /* A second Undo has nothing left to restore. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo-delete-standard", "s", uuid));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  azqf_locale_init_test ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/azqf/ui-sidebar/row-content", test_row_content);
  g_test_add_func ("/azqf/ui-sidebar/snippet-markup", test_snippet_markup);
  g_test_add_func ("/azqf/ui-sidebar/empty-workspace", test_empty_workspace);
#define ADD(path, func) \
  g_test_add ("/azqf/ui-sidebar/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("rows", test_rows);
  ADD ("filters", test_filters);
  ADD ("search", test_search);
  ADD ("selection", test_selection);
  ADD ("sidebar-model", test_sidebar_model);
#undef ADD
#define ADD(path, func) \
  g_test_add ("/azqf/ui-window-standards/" path, WindowFixture, NULL, window_set_up, func, window_tear_down)
  ADD ("new", test_new_standard);
  ADD ("new-cancel", test_new_standard_cancel);
  ADD ("duplicate", test_duplicate_standard);
  ADD ("duplicate-with-links", test_duplicate_with_links);
  ADD ("delete-undo", test_delete_and_undo);
#undef ADD

  return g_test_run ();
}
