/* azqf-sidebar.h: the workspace's standards, filtered and searched
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "azqf-standard-list.h"

G_BEGIN_DECLS

#define AZQF_TYPE_SIDEBAR (azqf_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (AzqfSidebar, azqf_sidebar, AZQF, SIDEBAR, AdwBin)

/* Properties: "model" (AzqfStandardList), "selected-uuid" (string, the
 * standard selected in the list, or NULL; settable to select one).
 *
 * A click on a row, or Enter on it, sets "selected-uuid"; the arrow keys
 * only move the highlight, so walking the list opens nothing; Delete opens
 * the highlighted standard and activates win.delete-standard. The search
 * entry and the three filters ("Filter by kind", "Filter by level",
 * "Filter by status") set the model's query and filter; setting those on
 * the model shows them in the entry and the filters. */
AzqfStandardList *azqf_sidebar_get_model         (AzqfSidebar      *self);
void              azqf_sidebar_set_model         (AzqfSidebar      *self,
                                                  AzqfStandardList *model);
const char       *azqf_sidebar_get_selected_uuid (AzqfSidebar      *self);
void              azqf_sidebar_set_selected_uuid (AzqfSidebar      *self,
                                                  const char       *uuid);
/* Moves the keyboard focus to the search entry. */
void              azqf_sidebar_focus_search      (AzqfSidebar      *self);

G_END_DECLS
