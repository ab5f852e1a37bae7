/* azqf-field.h: a standard's metadata fields by name, for the CLI and scripts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "azqf-types.h"

G_BEGIN_DECLS

/* "code", "status", "version", "level", "isco08", "isced-f", "ects-credits",
 * "duration", "decision-number", "decision-date", "review-date", and
 * "title-az", "title-en", "summary-az", … "approving-body-en". NULL-terminated. */
const char * const *azqf_field_names     (void);
/* Sets one field from its text form, checked by the model; "" clears an
 * optional field. Unknown field names fail with AZQF_VALUE_ERROR_INVALID. */
gboolean            azqf_field_set       (AzqfStandard  *standard,
                                          const char    *name,
                                          const char    *value,
                                          GError       **error);

G_END_DECLS
