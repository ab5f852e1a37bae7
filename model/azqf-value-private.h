/* azqf-value-private.h: helpers the model objects share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "azqf-value.h"

G_BEGIN_DECLS

/* Stores the normalised @text (empty or whitespace-only → NULL) in *@field.
 * Returns TRUE when the stored value changed, so the caller notifies. */
gboolean _azqf_value_replace_text   (char       **field,
                                     const char  *text);

/* Text a model object can hold: valid UTF-8 with only the characters XML 1.0
 * carries (NULL too). Length limits are left to the rule layer, which reports
 * an over-long text instead of losing it. */
gboolean _azqf_value_is_storable_text (const char  *text);

/* Credits rounded to two decimals, the form a model object stores. */
double   _azqf_value_round_credits  (double       credits);

G_END_DECLS
