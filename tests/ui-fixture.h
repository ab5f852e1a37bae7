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
/* Runs the main loop until the document emits "saved"; fails after 10 s. */
void       ui_wait_for_save     (AzqfDocument *document);
/* Runs the main loop until nothing is pending (at most 1 s). */
void       ui_flush_main_loop   (void);

G_END_DECLS
