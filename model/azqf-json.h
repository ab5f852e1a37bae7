/* azqf-json.h: standards as JSON, for `azqf … --json` and the bundled sample
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "azqf-types.h"

G_BEGIN_DECLS

#define AZQF_JSON_ERROR (azqf_json_error_quark ())

typedef enum
{
  AZQF_JSON_ERROR_INVALID,
} AzqfJsonError;

GQuark        azqf_json_error_quark      (void);

/* Adds key: value to the object being built, or nothing when value is NULL
 * (absent values are omitted, never null). */
void          azqf_json_add_string       (JsonBuilder   *builder,
                                          const char    *key,
                                          const char    *value);

/* One standard as a JSON object with stable keys (those of
 * resources/sample/sample.json, plus the derived "eqf_level" and
 * "qfehea_cycle"). With full FALSE: metadata only (no units, outcomes,
 * relations), as `azqf list --json` prints it. */
JsonNode     *azqf_json_from_standard    (AzqfStandard  *standard,
                                          gboolean       full);
/* The reverse, with every value checked by the model; keys starting with "_"
 * are comments. A missing uuid gets a fresh one; missing times are now. */
AzqfStandard *azqf_json_to_standard      (JsonNode      *node,
                                          GError       **error);
/* {"standards": [ … ]} → a new array of new standards. */
GPtrArray    *azqf_json_load_standards   (const char    *data,
                                          gssize         length,
                                          GError       **error);

G_END_DECLS
