/* azqf-standard-page.h: one standard in the editor, as a stack of pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "azqf-document.h"
#include "azqf-framework.h"
#include "azqf-lint.h"
#include "azqf-standard-list.h"

G_BEGIN_DECLS

#define AZQF_TYPE_STANDARD_PAGE (azqf_standard_page_get_type ())

G_DECLARE_FINAL_TYPE (AzqfStandardPage, azqf_standard_page, AZQF, STANDARD_PAGE, AdwBin)

/* Its own header bar (view switcher title, the "Saved" indicator, the
 * standard's menu) over an AdwViewStack of the Overview, Outcomes, Gap
 * analysis and Relations pages, with a view switcher bar when narrow.
 *
 * Properties: "document" (AzqfDocument or NULL), "frameworks"
 * (AzqfFrameworks), "linter" (AzqfLinter), "standards" (AzqfStandardList,
 * the workspace's standards for the relation pickers), "show-back-button"
 * (gboolean: when the window is folded, a back button activates
 * "win.show-sidebar"). The page passes them on to its pages. */
AzqfDocument *azqf_standard_page_get_document (AzqfStandardPage *self);
void          azqf_standard_page_set_document (AzqfStandardPage *self,
                                               AzqfDocument     *document);
/* "overview", "outcomes", "gap" or "relations" */
void          azqf_standard_page_show_page    (AzqfStandardPage *self,
                                               const char       *name);

G_END_DECLS
