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

/* Credits as a model object stores them: < 0 (unset) becomes -1, anything
 * else is checked and rounded to two decimals. FALSE (and *credits left
 * alone) for a value azqf_value_check_credits () refuses. */
gboolean _azqf_value_normalize_credits (double      *credits,
                                        GError     **error);

G_END_DECLS
