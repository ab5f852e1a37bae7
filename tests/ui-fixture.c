/* ui-fixture.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "model/azqf-locale.h"
#include "model/azqf-sample.h"
#include "model/azqf-standard.h"
#include "ui-fixture.h"

/* Referencing the resources keeps the linker from dropping the object of the
 * static library that registers them. */
GResource *azqf_ui_get_resource (void);

void
ui_test_init (int    *argc,
              char ***argv)
{
  azqf_locale_init_test ();
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  (void) azqf_ui_get_resource ();
}

/* The workspace folder holds files only (the database, its journal). */
static void
remove_folder (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);

      g_assert_cmpint (g_remove (file), ==, 0);
    }
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

void
ui_fixture_set_up (UiFixture  *f,
                   const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AzqfStandard) standard = NULL;
  g_autofree char *path = NULL;
  gboolean ok;

  f->dir = g_dir_make_tmp ("azqf-test-ui-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "work.azqf", NULL);
  f->store = azqf_store_create (path, &error);
  g_assert_no_error (error);
  ok = azqf_sample_populate (f->store, &error);
  g_assert_no_error (error);
  g_assert_true (ok);

  standard = azqf_store_load_standard (f->store, code, &error);
  g_assert_no_error (error);
  f->document = azqf_document_new (f->store, standard);
}

void
ui_fixture_tear_down (UiFixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (azqf_document_save_now (f->document, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (f->document);
  g_assert_finalize_object (f->store);
  remove_folder (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

/* The labels under root that show name. */
static void
collect_labels (GtkWidget  *root,
                const char *name,
                GPtrArray  *labels)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), name) == 0)
    g_ptr_array_add (labels, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, name, labels);
}

/* Named as AT-SPI names it: by its label property, or by the label that
 * labels it (libadwaita rows label their editable by the row's title). */
static gboolean
is_named (GtkWidget  *widget,
          const char *name,
          GPtrArray  *labels)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);

  /* A label is named by its own text: the row titles would shadow the fields */
  if (GTK_IS_LABEL (widget))
    return FALSE;

  if (gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL))
    {
      g_autofree char *mismatch =
        gtk_test_accessible_check_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL, name);

      return mismatch == NULL;
    }

  if (labels == NULL
      || !gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return FALSE;
  for (guint i = 0; i < labels->len; i++)
    {
      g_autofree char *mismatch =
        gtk_test_accessible_check_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                            g_ptr_array_index (labels, i), NULL);

      if (mismatch == NULL)
        return TRUE;
    }

  return FALSE;
}

/* Depth first from root; role GTK_ACCESSIBLE_ROLE_NONE: any role, named by
 * the label property only (what ui_find_by_name has always done). */
static GtkWidget *
find_named (GtkWidget         *root,
            GtkAccessibleRole  role,
            const char        *name,
            GPtrArray         *labels)
{
  if (role == GTK_ACCESSIBLE_ROLE_NONE)
    {
      if (!GTK_IS_LABEL (root)
          && gtk_test_accessible_has_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL)
          && is_named (root, name, labels))
        return root;
    }
  else if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (root)) == role
           && is_named (root, name, labels))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, role, name, labels);

      if (found != NULL)
        return found;
    }

  return NULL;
}

GtkWidget *
ui_find_by_name (GtkWidget  *root,
                 const char *name)
{
  return find_named (root, GTK_ACCESSIBLE_ROLE_NONE, name, NULL);
}

GtkWidget *
ui_find_by_role (GtkWidget         *root,
                 GtkAccessibleRole  role,
                 const char        *name)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_labels (root, name, labels);
  return find_named (root, role, name, labels);
}

GtkWidget *
ui_get_by_role (GtkWidget         *root,
                GtkAccessibleRole  role,
                const char        *name)
{
  GtkWidget *found = ui_find_by_role (root, role, name);

  if (found == NULL)
    g_error ("no widget of role %d named \"%s\"", role, name);
  return found;
}

void
ui_assert_single_names (GtkWidget *root)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (root);

  /* GTK 4.8 gives every button both, from its own label or icon (the
   * end-to-end helpers know): only the fields are checked. */
  if (!GTK_IS_LABEL (root) && !GTK_IS_BUTTON (root)
      && gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL)
      && gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    {
      g_autofree char *label = gtk_test_accessible_check_property (accessible,
                                                                   GTK_ACCESSIBLE_PROPERTY_LABEL, "");

      g_error ("%s \"%s\" has a label and is labelled by another widget: its name says it twice",
               G_OBJECT_TYPE_NAME (root), label);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    ui_assert_single_names (child);
}

GtkWidget *
ui_get_by_name (GtkWidget  *root,
                const char *name)
{
  GtkWidget *found = ui_find_by_name (root, name);

  if (found == NULL)
    g_error ("no widget named \"%s\"", name);
  return found;
}

static gboolean
fail_cb (gpointer data)
{
  g_error ("timed out waiting for the document to save");
  return G_SOURCE_REMOVE;
}

static void
saved_cb (AzqfDocument *document,
          gboolean     *saved)
{
  *saved = TRUE;
}

void
ui_wait_for_save (AzqfDocument *document)
{
  gboolean saved = FALSE;
  gulong handler = g_signal_connect (document, "saved", G_CALLBACK (saved_cb), &saved);
  guint timeout = g_timeout_add_seconds (10, fail_cb, NULL);

  while (!saved)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
  g_signal_handler_disconnect (document, handler);
}

void
ui_flush_main_loop (void)
{
  gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC;

  while (g_main_context_pending (NULL) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}
