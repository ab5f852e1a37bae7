/* azqf-preferences-window.h: the application's preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define AZQF_TYPE_PREFERENCES_WINDOW (azqf_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (AzqfPreferencesWindow, azqf_preferences_window, AZQF, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* Each row is bound to its key of settings: changes apply at once. */
AzqfPreferencesWindow *azqf_preferences_window_new (GtkWindow *parent,
                                                    GSettings *settings);

G_END_DECLS
