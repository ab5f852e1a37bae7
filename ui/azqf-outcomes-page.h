/* azqf-outcomes-page.h: units and outcomes, az and en side by side, with lint badges
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "azqf-document.h"
#include "azqf-framework.h"
#include "azqf-lint.h"
#include "azqf-outcome-row.h"
#include "azqf-standard-list.h"
#include "azqf-unit.h"

G_BEGIN_DECLS

#define AZQF_TYPE_OUTCOMES_PAGE (azqf_outcomes_page_get_type ())

G_DECLARE_FINAL_TYPE (AzqfOutcomesPage, azqf_outcomes_page, AZQF, OUTCOMES_PAGE, AdwBin)

/* Properties, set by AzqfStandardPage: "document" (AzqfDocument or NULL),
 * "frameworks" (AzqfFrameworks), "linter" (AzqfLinter), "standards"
 * (AzqfStandardList). A page uses those it needs and ignores the others. */

/* The page shows the document's units in order, each with its outcomes
 * (AzqfUnitGroup, AzqfOutcomeRow), the standard's own outcomes first, and a
 * completeness bar. It follows the lists as they change and rebuilds its
 * rows when the document is "reloaded" (undo, redo), keeping the focus on
 * the same outcome. Actions: "outcomes.add-unit", "outcomes.add-outcome"
 * (to the standard itself). */

/* The outcome rows in the order shown: a new array of borrowed AzqfOutcomeRow. */
GPtrArray *azqf_outcomes_page_collect_rows    (AzqfOutcomesPage *self);
/* The text of the completeness bar ("12 of 15 outcomes complete · …"). */
const char *azqf_outcomes_page_get_completeness (AzqfOutcomesPage *self);
/* Gives the focus to part of outcome's row, or
 * to unit's header; for rows that were rebuilt (a move, an undo). */
void       azqf_outcomes_page_focus_outcome   (AzqfOutcomesPage *self,
                                               AzqfOutcome      *outcome,
                                               AzqfOutcomeRowPart part);
void       azqf_outcomes_page_focus_unit      (AzqfOutcomesPage *self,
                                               AzqfUnit         *unit);

G_END_DECLS
