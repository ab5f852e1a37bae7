/* azqf-welcome-page.h: what a window shows before a workspace is open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define AZQF_TYPE_WELCOME_PAGE (azqf_welcome_page_get_type ())

G_DECLARE_FINAL_TYPE (AzqfWelcomePage, azqf_welcome_page, AZQF, WELCOME_PAGE, AdwBin)

/* Shows the recent workspaces of settings' "recent-workspaces"; activating
 * one activates "win.open-recent" with its path. The buttons activate
 * "win.new-workspace", "win.open-workspace" and "win.open-sample". */
void azqf_welcome_page_set_settings (AzqfWelcomePage *self,
                                     GSettings       *settings);

G_END_DECLS
