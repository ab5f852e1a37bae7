/* azqf-outcomes-page.h: units and outcomes, az and en side by side, with lint badges
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

#define AZQF_TYPE_OUTCOMES_PAGE (azqf_outcomes_page_get_type ())

G_DECLARE_FINAL_TYPE (AzqfOutcomesPage, azqf_outcomes_page, AZQF, OUTCOMES_PAGE, AdwBin)

/* Properties, set by AzqfStandardPage: "document" (AzqfDocument or NULL),
 * "frameworks" (AzqfFrameworks), "linter" (AzqfLinter), "standards"
 * (AzqfStandardList). A page uses those it needs and ignores the others. */

G_END_DECLS
