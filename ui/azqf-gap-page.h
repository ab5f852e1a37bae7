/* azqf-gap-page.h: gap analysis: coverage matrix, gaps, suggested links, credit findings
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

#define AZQF_TYPE_GAP_PAGE (azqf_gap_page_get_type ())

G_DECLARE_FINAL_TYPE (AzqfGapPage, azqf_gap_page, AZQF, GAP_PAGE, AdwBin)

/* Properties, set by AzqfStandardPage: "document" (AzqfDocument or NULL),
 * "frameworks" (AzqfFrameworks), "linter" (AzqfLinter), "standards"
 * (AzqfStandardList). A page uses those it needs and ignores the others. */

G_END_DECLS
