/* ui-fixture.h: what the widget tests share: a sample workspace with one
 * standard open in an AzqfDocument, finding widgets by accessible name, and
 * waiting for the autosave
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/azqf-document.h"
#include "model/azqf-store.h"

G_BEGIN_DECLS

typedef struct
{
  char         *dir;
  AzqfStore    *store;
  AzqfDocument *document;
} UiFixture;

/* For main(): the test locale, gtk_test_init, libadwaita, and the
 * resources of the static azqf-ui library (templates). */
void       ui_test_init         (int          *argc,
                                 char       ***argv);

/* A fresh sample workspace in a temporary folder, with the standard of this
 * code open in f->document. */
void       ui_fixture_set_up    (UiFixture    *f,
                                 const char   *code);
/* Flushes and finalizes the document and the store (asserting that no one
 * kept a reference), then removes the folder. */
void       ui_fixture_tear_down (UiFixture    *f);

/* The first widget under root (root included, depth first) whose accessible
 * label is name, or NULL; labels are left out. Needs GTK_A11Y=test. */
GtkWidget *ui_find_by_name      (GtkWidget    *root,
                                 const char   *name);
/* Like ui_find_by_name, but fails the test when there is none. */
GtkWidget *ui_get_by_name       (GtkWidget    *root,
                                 const char   *name);
/* The first widget under root of this role named name, as AT-SPI names it:
 * by its accessible label, or by the label that labels it (libadwaita rows
 * label their editable or themselves by the row's title), or NULL. */
GtkWidget *ui_find_by_role      (GtkWidget         *root,
                                 GtkAccessibleRole  role,
                                 const char        *name);
/* Like ui_find_by_role, but fails the test when there is none. */
GtkWidget *ui_get_by_role       (GtkWidget         *root,
                                 GtkAccessibleRole  role,
                                 const char        *name);
/* Fails when a widget under root has both an accessible label and a
 * labelled-by relation: AT-SPI then names it twice ("Code Code"). Buttons
 * are left out: GTK 4.8 does that to every button itself. */
void       ui_assert_single_names (GtkWidget  *root);
/* Runs the main loop until the document emits "saved"; fails after 10 s. */
void       ui_wait_for_save     (AzqfDocument *document);
/* Runs the main loop until nothing is pending (at most 1 s). */
void       ui_flush_main_loop   (void);

G_END_DECLS
