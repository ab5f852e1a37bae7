/* azqf-relation.h: a relation from one standard to another, which need not be in the workspace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "azqf-types.h"

G_BEGIN_DECLS

#define AZQF_TYPE_RELATION (azqf_relation_get_type ())

G_DECLARE_FINAL_TYPE (AzqfRelation, azqf_relation, AZQF, RELATION, GObject)

/* Properties: "relation-type" (AzqfRelationType), "target-uuid", "target-code". */
AzqfRelation    *azqf_relation_new               (AzqfRelationType   type,
                                                  const char        *target_uuid,
                                                  const char        *target_code,
                                                  GError           **error);
AzqfRelationType azqf_relation_get_relation_type (AzqfRelation      *self);
const char      *azqf_relation_get_target_uuid   (AzqfRelation      *self);
const char      *azqf_relation_get_target_code   (AzqfRelation      *self);
gboolean         azqf_relation_set_target_code   (AzqfRelation      *self,
                                                  const char        *target_code,
                                                  GError           **error);

G_END_DECLS
