/* azqf-unit-private.h: what the standard needs of a unit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "azqf-unit.h"

G_BEGIN_DECLS

/* Borrowed back-pointer to the standard holding the unit, whose unit codes
 * must stay unique; set by the standard. */
AzqfStandard *_azqf_unit_get_standard  (AzqfUnit     *self);
void          _azqf_unit_set_standard  (AzqfUnit     *self,
                                        AzqfStandard *standard);
/* Only azqf_standard_add_outcome() and azqf_standard_remove_outcome() call
 * these, after checking the outcome code. */
void          _azqf_unit_append_outcome (AzqfUnit    *self,
                                         AzqfOutcome *outcome);
/* position is clamped to the number of outcomes (G_MAXUINT appends). */
void          _azqf_unit_insert_outcome (AzqfUnit    *self,
                                         AzqfOutcome *outcome,
                                         guint        position);
gboolean      _azqf_unit_remove_outcome (AzqfUnit    *self,
                                         AzqfOutcome *outcome);

G_END_DECLS
