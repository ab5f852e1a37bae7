/* azqf-sample.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "azqf-json.h"
#include "azqf-sample.h"
#include "azqf-store.h"

#define SAMPLE_RESOURCE "/io/github/azqf/Studio/model/sample/sample.json"

GPtrArray *
azqf_sample_load (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length = 0;
  const char *data;

  bytes = g_resources_lookup_data (SAMPLE_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  return azqf_json_load_standards (data, length, error);
}

gboolean
azqf_sample_populate (AzqfStore  *store,
                      GError    **error)
{
  g_autoptr(GPtrArray) standards = NULL;

  g_return_val_if_fail (AZQF_IS_STORE (store), FALSE);

  standards = azqf_sample_load (error);
  if (standards == NULL)
    return FALSE;

  return azqf_store_insert_standards (store, standards, error);
}
