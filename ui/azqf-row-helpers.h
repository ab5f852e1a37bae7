/* azqf-row-helpers.h: plain-text rows and list boxes rebuilt from a model's result
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* An AdwActionRow whose title and subtitle (NULL: none) are plain text,
 * never Pango markup: they come from the workspace or the model. */
GtkWidget *azqf_text_row_new      (const char *title,
                                   const char *subtitle);
/* Removes every row of list (gtk_list_box_remove_all is GTK 4.12). */
void       azqf_list_box_clear    (GtkListBox *list);

G_END_DECLS
