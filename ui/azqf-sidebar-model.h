/* azqf-sidebar-model.h: the standard list, reloads reported row by row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "azqf-standard-list.h"

G_BEGIN_DECLS

#define AZQF_TYPE_SIDEBAR_MODEL (azqf_sidebar_model_get_type ())

G_DECLARE_FINAL_TYPE (AzqfSidebarModel, azqf_sidebar_model, AZQF, SIDEBAR_MODEL, GObject)

/* A GListModel over an AzqfStandardList with the same items. The list
 * reports every reload (after each save of the workspace) as a change of all
 * its items, and GTK 4.8's list view then rebinds every row it keeps (about
 * 200). When a browsing reload keeps the number of standards, this model
 * compares the standards it has handed out with those now at the same
 * positions and reports only the rows whose standard or what a row shows of
 * it changed. Searches, and reloads that add or remove standards, pass
 * through as they are. */
AzqfSidebarModel *azqf_sidebar_model_new        (AzqfStandardList *list);
AzqfStandardList *azqf_sidebar_model_get_list   (AzqfSidebarModel *self);

G_END_DECLS
