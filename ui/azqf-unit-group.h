/* azqf-unit-group.h: a unit (code, titles az/en) and its outcomes, or the standard's own outcomes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "azqf-lint.h"
#include "azqf-outcome-row.h"
#include "azqf-standard.h"
#include "azqf-unit.h"

G_BEGIN_DECLS

#define AZQF_TYPE_UNIT_GROUP (azqf_unit_group_get_type ())

G_DECLARE_FINAL_TYPE (AzqfUnitGroup, azqf_unit_group, AZQF, UNIT_GROUP, GtkBox)

/* The outcomes of unit in standard, one AzqfOutcomeRow each, following the
 * unit's list as it changes; unit NULL: the standard's own outcomes, under a
 * plain heading. Actions: "unit.add-outcome", and for a unit
 * "unit.move-up", "unit.move-down" (Alt+Up, Alt+Down in its header),
 * "unit.remove". */
GtkWidget      *azqf_unit_group_new       (AzqfStandard  *standard,
                                           AzqfUnit      *unit,
                                           AzqfLinter    *linter);
AzqfUnit       *azqf_unit_group_get_unit  (AzqfUnitGroup *self);
/* The row of outcome, or NULL. */
AzqfOutcomeRow *azqf_unit_group_find_row  (AzqfUnitGroup *self,
                                           AzqfOutcome   *outcome);
guint           azqf_unit_group_get_n_rows (AzqfUnitGroup *self);
AzqfOutcomeRow *azqf_unit_group_get_row   (AzqfUnitGroup *self,
                                           guint          index);
/* Focuses the code entry of the unit, or the add button. */
void            azqf_unit_group_focus     (AzqfUnitGroup *self);

G_END_DECLS
