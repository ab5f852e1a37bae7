/* azqf-sample.h: the bundled sample workspace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "azqf-types.h"

G_BEGIN_DECLS

/* The sample standards (resources/sample/sample.json): a new array. */
GPtrArray *azqf_sample_load     (GError    **error);
/* Adds the sample standards to store in one transaction. */
gboolean   azqf_sample_populate (AzqfStore  *store,
                                 GError    **error);

G_END_DECLS
