/* azqf-relation-row.h: one relation of a standard in the Relations page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "azqf-types.h"

G_BEGIN_DECLS

#define AZQF_TYPE_RELATION_ROW (azqf_relation_row_get_type ())

G_DECLARE_FINAL_TYPE (AzqfRelationRow, azqf_relation_row, AZQF, RELATION_ROW, AdwActionRow)

/* Shows relation, with the target's title when target (a standard of the
 * workspace, or NULL when the workspace does not hold it) is given. The
 * remove button activates "relations.remove" with ("based_on", target uuid);
 * activating the row, when the target is in the workspace, activates
 * "relations.open" with the target's uuid. */
GtkWidget    *azqf_relation_row_new          (AzqfRelation    *relation,
                                              AzqfStandard    *target);
AzqfRelation *azqf_relation_row_get_relation (AzqfRelationRow *self);

G_END_DECLS
