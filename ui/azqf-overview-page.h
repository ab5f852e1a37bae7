/* azqf-overview-page.h: the metadata of a standard, as libadwaita rows with inline validation
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

#define AZQF_TYPE_OVERVIEW_PAGE (azqf_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (AzqfOverviewPage, azqf_overview_page, AZQF, OVERVIEW_PAGE, AdwBin)

/* Properties, set by AzqfStandardPage: "document" (AzqfDocument or NULL),
 * "frameworks" (AzqfFrameworks), "linter" (AzqfLinter), "standards"
 * (AzqfStandardList). A page uses those it needs and ignores the others. */

G_END_DECLS
