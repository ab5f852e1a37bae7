/* azqf-edit-helpers.h: small pieces the outcome and unit editors share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Sets the accessible name of widget to label, and frees label. */
void     azqf_edit_take_label          (GtkWidget   *widget,
                                        char        *label);
/* Shows on entry whether its code was accepted: the error's message and the
 * "error" style, or tooltip. */
void     azqf_edit_show_code_result    (GtkWidget   *entry,
                                        const GError *error,
                                        const char  *tooltip);
/* Makes handle drag item (of its own type, for a GtkDropTarget of that type),
 * with a picture of icon_widget under the pointer. item must outlive handle. */
void     azqf_edit_add_drag_source     (GtkWidget   *handle,
                                        GObject     *item,
                                        GtkWidget   *icon_widget);
/* The application's settings (a new reference), or NULL outside the
 * application (tests, benchmarks). */
GSettings *azqf_edit_get_settings      (void);
/* Which languages "content-languages" shows (both when settings is NULL). */
void     azqf_edit_get_languages       (GSettings   *settings,
                                        gboolean    *show_az,
                                        gboolean    *show_en);
/* The position of item in list (a GListStore), or FALSE. */
gboolean azqf_edit_find_position       (GListModel  *list,
                                        gpointer     item,
                                        guint       *position);

G_END_DECLS
