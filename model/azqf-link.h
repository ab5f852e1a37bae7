/* azqf-link.h: a link from an outcome to a framework descriptor element
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "azqf-types.h"

G_BEGIN_DECLS

#define AZQF_TYPE_LINK (azqf_link_get_type ())

G_DECLARE_FINAL_TYPE (AzqfLink, azqf_link, AZQF, LINK, GObject)

/* Properties: "element" (construct-only, "eqf:L6.K.1"), "framework" (read-only,
 * the element's prefix: "azqf", "eqf" or "qfehea"), "link-type" (AzqfLinkType),
 * "source" (AzqfLinkSource), "state" (AzqfLinkState), "comment" (string). */
AzqfLink      *azqf_link_new           (const char     *element,
                                        AzqfLinkType    type,
                                        AzqfLinkSource  source,
                                        AzqfLinkState   state,
                                        GError        **error);
const char    *azqf_link_get_element   (AzqfLink       *self);
const char    *azqf_link_get_framework (AzqfLink       *self);
AzqfLinkType   azqf_link_get_link_type (AzqfLink       *self);
void           azqf_link_set_link_type (AzqfLink       *self,
                                        AzqfLinkType    type);
AzqfLinkSource azqf_link_get_source    (AzqfLink       *self);
void           azqf_link_set_source    (AzqfLink       *self,
                                        AzqfLinkSource  source);
AzqfLinkState  azqf_link_get_state     (AzqfLink       *self);
/* A rejected state is only valid for a suggested link (register rule R13). */
gboolean       azqf_link_set_state     (AzqfLink       *self,
                                        AzqfLinkState   state,
                                        GError        **error);
const char    *azqf_link_get_comment   (AzqfLink       *self);
void           azqf_link_set_comment   (AzqfLink       *self,
                                        const char     *comment);

G_END_DECLS
