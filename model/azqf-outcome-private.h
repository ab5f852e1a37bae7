/* azqf-outcome-private.h: what the unit and the standard need of an outcome
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "azqf-outcome.h"

G_BEGIN_DECLS

/* Borrowed back-pointers, set by the container while it holds the outcome:
 * the unit it is in (NULL for a standard-level outcome) and the standard whose
 * outcome codes must stay unique. */
AzqfUnit     *_azqf_outcome_get_unit     (AzqfOutcome  *self);
void          _azqf_outcome_set_unit     (AzqfOutcome  *self,
                                          AzqfUnit     *unit);
AzqfStandard *_azqf_outcome_get_standard (AzqfOutcome  *self);
void          _azqf_outcome_set_standard (AzqfOutcome  *self,
                                          AzqfStandard *standard);

G_END_DECLS
